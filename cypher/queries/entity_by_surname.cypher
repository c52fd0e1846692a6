// People whose multi-word name ends in each given surname key: a one-word
// mention ("Antonov") resolves to the person only when there is exactly one.
// :param keys => ["antonov"]
UNWIND $keys AS k
OPTIONAL MATCH (p:Person {surname: k})
RETURN k AS key, collect(p.id) AS ids
