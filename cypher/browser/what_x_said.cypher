// What did X say, and where: every SAID of the entity named $name (name or
// alias, any case), with the quote, the sentence and the article.
// :param name => "Ada Example"
// :param limit => 100
MATCH p = (x:Entity)-[s:SAID]->(art:Article)
WHERE toLower(x.name) = toLower($name) OR any(a IN x.aliases WHERE toLower(a) = toLower($name))
RETURN p, x.name AS speaker, s.quote AS quote, s.evidence AS sentence,
       art.title AS article, toString(art.published) AS published, art.source AS source
ORDER BY art.published, s.sentence
LIMIT $limit
