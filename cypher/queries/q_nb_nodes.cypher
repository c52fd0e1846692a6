// The nodes of a neighbourhood view with their neighbour lists (the first
// $k entries; an article has none): what graph.Store keeps in its node
// cache, so that a view around popular entities reads only the nodes it
// has not seen since the graph last changed. An article's text is left out.
// :param {ids: ["<entity or article id>"], k: 200}
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  MATCH (n:Article {id: id})
  RETURN n
}
OPTIONAL MATCH (l:Neighbours {id: id})
RETURN n.id AS id, labels(n) AS labels, n {.*, text: null} AS props,
       COUNT { (n)-[:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-() } AS degree,
       coalesce(l.ids[..$k], []) AS others, coalesce(l.rels[..$k], []) AS rels, coalesce(l.counts[..$k], []) AS counts,
       coalesce(l.firsts[..$k], []) AS firsts, coalesce(l.lasts[..$k], []) AS lasts, coalesce(l.total, 0) AS total
