// The relationships among a set of nodes: of $types, with a day (the
// relation's own date, else the publication date of its article) within
// $from..$to ("" leaves that end open). Every relationship starts at an
// entity, so looking up the entities among $ids finds them all.
// :param {ids: ["<entity or article id>"], types: ["SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"], from: "", to: ""}
UNWIND $ids AS id
MATCH (s:Entity {id: id})
CALL (s) {
  MATCH (s)-[r:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]->(t:Entity|Article)
  WHERE type(r) IN $types
  RETURN r, t
  UNION ALL
  // MENTIONED_IN (many per entity) is read only when asked for.
  WITH s WHERE 'MENTIONED_IN' IN $types
  MATCH (s)-[r:MENTIONED_IN]->(t:Article)
  RETURN r, t
}
WITH s, r, t
WHERE t.id IN $ids
CALL (r) {
  OPTIONAL MATCH (a:Article {id: r.article_id})
  RETURN coalesce(r.date, toString(a.published)) AS day
}
WITH s, r, t, day
WHERE ($from = '' OR day >= $from) AND ($to = '' OR day <= $to)
RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props
