// Write back neighbour lists read by nb_get that changed: the arrays when
// the list changed (x.ids not null), else only the count of entries.
// :param rows => [{id: "<entity id>", ids: ["<other id>"], rels: ["MET"], counts: [2], firsts: [""], lasts: [""], total: 1}]
UNWIND $rows AS x
MERGE (l:Neighbours {id: x.id})
SET l.total = x.total
FOREACH (_ IN CASE WHEN x.ids IS NULL THEN [] ELSE [1] END |
  SET l.ids = x.ids, l.rels = x.rels, l.counts = x.counts, l.firsts = x.firsts, l.lasts = x.lasts
)
