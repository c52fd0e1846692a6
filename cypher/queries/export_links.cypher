// Export: the relationships among a set of nodes named by their element
// ids ($eids, from export_nodes), with every property: of $types, with a
// day (the relation's own date, else the publication date of its article)
// within $from..$to ("" leaves that end open). As in q_neighbourhood_links,
// each relationship is read from its lighter end (fewer relationships; the
// smaller element id on a tie), membership is a set look-up on element ids
// (no property read for the thousands of relationships that lead out of
// the set), and each node reads at most $scan relationships: only links
// between two nodes that both have more than $scan can be missed. At most
// $max_links rows.
// :param {eids: ["<element id>"], types: ["SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN", "MENTIONED_IN"], from: "", to: "", scan: 1000, max_links: 100000}
MATCH (s)
WHERE elementId(s) IN $eids
WITH s, COUNT { (s)--() } AS sdeg
CALL (s) {
  CALL (s) {
    MATCH (s)-[r:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-(t)
    RETURN r, t
    UNION ALL
    // MENTIONED_IN (many per entity) is read only when asked for.
    WITH s WHERE 'MENTIONED_IN' IN $types
    MATCH (s)-[r:MENTIONED_IN]-(t)
    RETURN r, t
  }
  RETURN r, t
  LIMIT $scan
}
WITH s, sdeg, r, t
WHERE elementId(t) IN $eids AND type(r) IN $types
WITH s, sdeg, r, t, COUNT { (t)--() } AS tdeg
WHERE (sdeg < tdeg OR (sdeg = tdeg AND elementId(s) < elementId(t)))
  AND (($from = '' AND $to = '')
    OR (r.date IS NOT NULL AND ($from = '' OR r.date >= $from) AND ($to = '' OR r.date <= $to))
    OR (r.date IS NULL AND EXISTS {
      MATCH (a:Article {id: r.article_id})
      WHERE ($from = '' OR toString(a.published) >= $from) AND ($to = '' OR toString(a.published) <= $to)
    }))
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, properties(r) AS props
LIMIT $max_links
