// An entity's timeline: its relations in day order (the relation's own
// date, else the article's publication date), with the other side and
// the sentence. Undated relations come last.
// :param name => "Ada Example"
MATCH (x:Entity)-[r]-(o)
WHERE (toLower(x.name) = toLower($name) OR any(a IN x.aliases WHERE toLower(a) = toLower($name)))
  AND type(r) <> 'MENTIONED_IN' AND (o:Entity OR o:Article)
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN coalesce(r.date, toString(art.published)) AS day, type(r) AS relation,
       CASE WHEN startNode(r) = x THEN '->' ELSE '<-' END AS direction,
       coalesce(o.name, o.title) AS other, coalesce(r.quote, r.role) AS detail, r.evidence AS evidence, art.title AS article
ORDER BY day IS NULL, day, article
