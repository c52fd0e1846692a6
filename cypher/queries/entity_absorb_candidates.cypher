// One-word person entities ("Antonov") that a multi-word name now written
// ("Anatoly Antonov") may absorb: returned with every person having that
// surname, so the caller absorbs only when the full name is unambiguous.
// :param rows => [{single: "<id of the one-word entity>", surname: "antonov"}]
UNWIND $rows AS r
MATCH (s:Person {id: r.single})
OPTIONAL MATCH (p:Person {surname: r.surname})
RETURN r.single AS single, collect(DISTINCT p.id) AS ids
