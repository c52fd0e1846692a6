// The relationships among a set of nodes: of $types, with a day (the
// relation's own date, else the publication date of its article) within
// $from..$to ("" leaves that end open). Each relationship is read from its
// lighter end (fewer relationships; the smaller id on a tie), so a hub in
// the set costs nothing: its links are found from the other side. Each node
// reads at most $scan of its relationships, which bounds the work; only
// links between two nodes that both have more than $scan relationships can
// be missed. Between two nodes at most $per_pair relationships of each type
// are returned (the first by article id and key): two hubs can share
// thousands, which no view draws; /api/relations lists them all.
// :param {ids: ["<entity or article id>"], types: ["SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"], from: "", to: "", scan: 1000, per_pair: 3}
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  MATCH (n:Article {id: id})
  RETURN n
}
WITH n AS s, COUNT { (n)--() } AS sdeg
CALL (s) {
  CALL (s) {
    MATCH (s)-[r:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-(t:Entity|Article)
    WHERE type(r) IN $types
    RETURN r, t
    UNION ALL
    // MENTIONED_IN (many per entity) is read only when asked for.
    WITH s WHERE 'MENTIONED_IN' IN $types
    MATCH (s)-[r:MENTIONED_IN]-(t:Entity|Article)
    RETURN r, t
  }
  RETURN r, t
  LIMIT $scan
}
WITH s, sdeg, r, t
WHERE t.id IN $ids
WITH s, sdeg, r, t, COUNT { (t)--() } AS tdeg
WHERE (sdeg < tdeg OR (sdeg = tdeg AND s.id < t.id))
  AND (($from = '' AND $to = '')
    OR (r.date IS NOT NULL AND ($from = '' OR r.date >= $from) AND ($to = '' OR r.date <= $to))
    OR (r.date IS NULL AND EXISTS {
      MATCH (a:Article {id: r.article_id})
      WHERE ($from = '' OR toString(a.published) >= $from) AND ($to = '' OR toString(a.published) <= $to)
    }))
WITH s, t, r ORDER BY r.article_id, r.key
WITH s, t, type(r) AS type, collect(r)[..$per_pair] AS rs
UNWIND rs AS r
RETURN startNode(r).id AS source, endNode(r).id AS target, type, properties(r) AS props
