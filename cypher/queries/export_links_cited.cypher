// Export: the relationships between the articles the exported links cite
// ($cited, element ids; they were not in the export's node set, so
// export_links did not read them) and the nodes already exported ($eids),
// of $types and within $from..$to as in export_links. Read from the
// article's side (an article has a few dozen relationships; an entity it
// cites may have a hundred thousand), at most $scan per article.
// :param {cited: ["<element id>"], eids: ["<element id>"], types: ["SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN", "MENTIONED_IN"], from: "", to: "", scan: 1000, max_links: 100000}
MATCH (s:Article)
WHERE elementId(s) IN $cited
CALL (s) {
  MATCH (s)-[r:SAID|MENTIONED_IN]-(t)
  RETURN r, t
  LIMIT $scan
}
WITH s, r, t
WHERE elementId(t) IN $eids AND type(r) IN $types
  AND (($from = '' AND $to = '')
    OR (r.date IS NOT NULL AND ($from = '' OR r.date >= $from) AND ($to = '' OR r.date <= $to))
    OR (r.date IS NULL AND EXISTS {
      MATCH (a:Article {id: r.article_id})
      WHERE ($from = '' OR toString(a.published) >= $from) AND ($to = '' OR toString(a.published) <= $to)
    }))
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, properties(r) AS props
LIMIT $max_links
