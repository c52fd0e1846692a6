// The links of a neighbourhood view, compact: one row per (source, target,
// type) with how many relationships there are and the range of their
// stated dates (r.date; the evidence itself is fetched with /api/relations
// when a link is opened). The nodes are named by their element ids ($eids,
// from q_subgraph_nodes), so that membership is a set look-up on the
// relationship's other end without reading its id property or labels.
// Relations of $types whose day (their own date, else the publication date
// of their article) is within $from..$to ("" leaves that end open).
// Each relationship is read from its lighter end (fewer relationships; the
// smaller element id on a tie), so a hub in the set costs nothing: its
// links are found from the other side. Each node reads at most $scan of
// its relationships, which bounds the work; only links between two nodes
// that both have more than $scan relationships can be missed.
// :param {eids: ["<element id>"], types: ["SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"], from: "", to: "", scan: 1000}
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
RETURN elementId(startNode(r)) AS source, elementId(endNode(r)) AS target, type(r) AS type,
       count(*) AS count, min(r.date) AS first, max(r.date) AS last
