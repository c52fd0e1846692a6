// Recompute the neighbour lists of these entities from all their relations
// (other than MENTIONED_IN): one entry per (other end, relation code) with
// how many relationships there are and the range of their stated dates.
// The code is "MET" (stored once per pair, read undirected), ">TYPE" for
// a relation from the entity and "<TYPE" for one to it; ">SAID" ends at an
// article. Entries rank by count (highest first), entities before articles,
// then other end and code: graph.nbLess is the same order, so that lists
// kept up to date batch by batch equal lists rebuilt here. The first $k
// entries are kept; total counts them all. An entity that no longer exists
// or has no relation left loses its (:Neighbours) node.
// :param {ids: ["<entity id>"], k: 200}
UNWIND $ids AS eid
OPTIONAL MATCH (n:Entity {id: eid})
CALL (n) {
  WITH n WHERE n IS NOT NULL
  MATCH (n)-[r:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-(m)
  WHERE m <> n
  WITH m.id AS other,
       CASE WHEN type(r) = 'MET' THEN 'MET'
            WHEN startNode(r) = n THEN {SAID: '>SAID', SANCTIONED: '>SANCTIONED', AFFILIATED_WITH: '>AFFILIATED_WITH', PARTICIPATED_IN: '>PARTICIPATED_IN'}[type(r)]
            ELSE {SANCTIONED: '<SANCTIONED', AFFILIATED_WITH: '<AFFILIATED_WITH', PARTICIPATED_IN: '<PARTICIPATED_IN'}[type(r)] END AS rel,
       r.date AS d
  WITH other, rel, count(*) AS c, min(d) AS first, max(d) AS last
  ORDER BY c DESC, rel = '>SAID', other, rel
  RETURN collect({o: other, r: rel, c: c, f: coalesce(first, ''), l: coalesce(last, '')}) AS entries
}
WITH eid, entries[..$k] AS top, size(entries) AS total
OPTIONAL MATCH (old:Neighbours {id: eid})
FOREACH (_ IN CASE WHEN total = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN total > 0 THEN [1] ELSE [] END |
  MERGE (l:Neighbours {id: eid})
  SET l.ids = [x IN top | x.o], l.rels = [x IN top | x.r], l.counts = [x IN top | x.c],
      l.firsts = [x IN top | x.f], l.lasts = [x IN top | x.l], l.total = total
)
