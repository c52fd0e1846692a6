// Who sanctioned whom, with the sentence and the day (the sanction's own
// date, else the article's publication date). $name ("" = everyone) keeps
// the sanctions imposed by or on one entity, by name or alias.
// :param name => ""
// :param limit => 100
MATCH p = (s:Entity)-[r:SANCTIONED]->(t:Entity)
WHERE $name = ''
   OR any(e IN [s, t] WHERE toLower(e.name) = toLower($name) OR any(x IN e.aliases WHERE toLower(x) = toLower($name)))
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN p, s.name AS sanctioning, t.name AS sanctioned, coalesce(r.date, toString(art.published)) AS day,
       r.evidence AS evidence, art.title AS article
ORDER BY day, sanctioning, sanctioned
LIMIT $limit
