// The most connected entities: degree is the number of relations other
// than MENTIONED_IN (said, met, sanctioned, affiliations, participations);
// ties go to the entity with more mentions. $types filters by entity type.
// :param {types: [], limit: 20}
MATCH (e:Entity)
WHERE size($types) = 0 OR e.type IN $types
WITH e, COUNT { (e)-[:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-() } AS degree
ORDER BY degree DESC, e.mentions DESC, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, degree,
       coalesce(e.mentions, 0) AS mentions, coalesce(e.articles, 0) AS articles
