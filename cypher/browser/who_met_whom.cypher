// Who met whom: every meeting with the sentence that states it and its date
// (the meeting's own date, else the article's publication date). MET is
// stored once per pair and read undirected. $name ("" = everyone) keeps the
// meetings of one entity, by name or alias, in any case.
// :param name => "Ada Example"
// :param limit => 100
MATCH p = (a:Entity)-[m:MET]-(b:Entity)
WHERE ($name = '' AND a.id < b.id)
   OR ($name <> '' AND (toLower(a.name) = toLower($name) OR any(x IN a.aliases WHERE toLower(x) = toLower($name))))
OPTIONAL MATCH (art:Article {id: m.article_id})
RETURN p, a.name AS who, b.name AS met, coalesce(m.date, toString(art.published)) AS day,
       m.evidence AS evidence, art.title AS article
ORDER BY day, who, met
LIMIT $limit
