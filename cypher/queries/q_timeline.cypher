// An entity's relations (MENTIONED_IN left out) in time order. Each has a
// day: the relation's own date, else the publication date of the article
// stating it (date_source says which). Undated relations come last, and are
// left out when $from or $to is set ("" leaves that end open).
// :param {id: "<entity id>", from: "", to: "", limit: 5001}
MATCH (e:Entity {id: $id})-[r:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-(o:Entity|Article)
OPTIONAL MATCH (a:Article {id: r.article_id})
WITH e, r, o, a, coalesce(r.date, toString(a.published)) AS day
WHERE ($from = '' OR day >= $from) AND ($to = '' OR day <= $to)
RETURN day,
  CASE WHEN r.date IS NOT NULL THEN 'relation' WHEN a.published IS NOT NULL THEN 'article' ELSE '' END AS date_source,
  startNode(r) = e AS outgoing,
  {id: o.id, labels: labels(o), props: o {.name, .type, .title, .aliases, published: toString(o.published)}} AS other,
  {source: startNode(r).id, target: endNode(r).id, type: type(r), props: properties(r)} AS link,
  a {.id, .title, published: toString(a.published)} AS article
ORDER BY day IS NULL, day, r.article_id, r.sentence, r.key
LIMIT $limit
