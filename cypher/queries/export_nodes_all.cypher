// Export without seeds: the ids of the graph's entities and articles with
// a label in $labels, highest degree (relations other than MENTIONED_IN)
// first, at most $limit of them, and how many there are in all. With $from
// or $to set ("" leaves that end open), an article counts when it was
// published in the range and an entity when it has a relation of $types
// whose day (its own date, else its article's publication date) is in it.
// :param {labels: ["Person", "Institution", "Event", "Place", "Article"], types: ["SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN", "MENTIONED_IN"], from: "", to: "", limit: 10000}
CALL () {
  MATCH (e:Entity)
  WHERE any(l IN labels(e) WHERE l IN $labels)
    AND (($from = '' AND $to = '') OR EXISTS {
      MATCH (e)-[r]-(:Entity|Article)
      WHERE type(r) IN $types
      OPTIONAL MATCH (a:Article {id: r.article_id})
      WITH coalesce(r.date, toString(a.published)) AS day
      WHERE ($from = '' OR day >= $from) AND ($to = '' OR day <= $to)
      RETURN day
    })
  RETURN e AS n
  UNION
  MATCH (a:Article)
  WHERE 'Article' IN $labels
    AND ($from = '' OR toString(a.published) >= $from)
    AND ($to = '' OR toString(a.published) <= $to)
  RETURN a AS n
}
WITH n, COUNT { (n)-[:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-() } AS degree
ORDER BY degree DESC, n.id
WITH collect(n.id) AS ids
RETURN ids[..$limit] AS ids, size(ids) AS total
