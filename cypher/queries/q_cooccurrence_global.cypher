// The pairs of entities mentioned together in the most articles, over the
// whole graph (each pair once), with up to 10 of the shared article ids.
// :param {limit: 20}
MATCH (x:Entity)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(y:Entity)
WHERE x.id < y.id
WITH x, y, count(DISTINCT a) AS shared, collect(DISTINCT a.id) AS ids
ORDER BY shared DESC, x.id, y.id
LIMIT $limit
RETURN x {.id, .name, .type, .aliases, .mentions, .articles} AS a,
       y {.id, .name, .type, .aliases, .mentions, .articles} AS b,
       shared, ids[..10] AS article_ids
