// How many relationships of one type link two nodes, with the range of
// their stated dates: for the relations a batch added whose pair neither
// end's neighbour list held (so the writer knows the count, not only what
// the batch added). The pair is given as stored (MET from the smaller id,
// SAID to an article); MET is read in both directions, since a merge can
// store it the other way round.
// :param pairs => [{source: "<entity id>", target: "<entity or article id>", type: "MET"}]
UNWIND $pairs AS p
MATCH (s:Entity {id: p.source})
CALL (p) {
  WITH p WHERE p.type <> 'SAID'
  MATCH (t:Entity {id: p.target})
  RETURN t
  UNION
  WITH p WHERE p.type = 'SAID'
  MATCH (t:Article {id: p.target})
  RETURN t
}
CALL (s, t, p) {
  // One typed pattern per type, so that Expand(Into) reads only that
  // type's relationships of the lighter end (an untyped pattern read a
  // hub's MENTIONED_IN too).
  CALL (s, t, p) {
    WITH s, t WHERE p.type = 'MET'
    MATCH (s)-[r:MET]-(t)
    RETURN r
    UNION ALL
    WITH s, t WHERE p.type = 'SANCTIONED'
    MATCH (s)-[r:SANCTIONED]->(t)
    RETURN r
    UNION ALL
    WITH s, t WHERE p.type = 'AFFILIATED_WITH'
    MATCH (s)-[r:AFFILIATED_WITH]->(t)
    RETURN r
    UNION ALL
    WITH s, t WHERE p.type = 'PARTICIPATED_IN'
    MATCH (s)-[r:PARTICIPATED_IN]->(t)
    RETURN r
    UNION ALL
    WITH s, t WHERE p.type = 'SAID'
    MATCH (s)-[r:SAID]->(t)
    RETURN r
  }
  RETURN count(r) AS c, min(r.date) AS first, max(r.date) AS last
}
RETURN p.source AS source, p.target AS target, p.type AS type, c AS count,
       coalesce(first, '') AS first, coalesce(last, '') AS last
