// The articles that mention the entity named $name (name or alias, any
// case), newest first, with how often and under which names, and what else
// the article states about it.
// :param name => "Ada Example"
// :param limit => 50
MATCH (x:Entity)-[m:MENTIONED_IN]->(art:Article)
WHERE toLower(x.name) = toLower($name) OR any(a IN x.aliases WHERE toLower(a) = toLower($name))
RETURN art.title AS article, toString(art.published) AS published, art.source AS source, art.file AS file,
       m.count AS mentions, [m.name] + coalesce(m.aliases, []) AS names,
       COLLECT { MATCH (x)-[r]-() WHERE r.article_id = art.id AND type(r) <> 'MENTIONED_IN' RETURN type(r) } AS relations,
       art.id AS article_id
ORDER BY art.published DESC, article
LIMIT $limit
