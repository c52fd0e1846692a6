// The entities most often mentioned in the same articles as one entity,
// with the number of shared articles and up to 10 of their ids.
// :param {id: "<entity id>", limit: 20}
MATCH (e:Entity {id: $id})-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(o:Entity)
WHERE o <> e
WITH e, o, count(DISTINCT a) AS shared, collect(DISTINCT a.id) AS ids
ORDER BY shared DESC, o.mentions DESC, o.id
LIMIT $limit
RETURN e {.id, .name, .type, .aliases, .mentions, .articles} AS a,
       o {.id, .name, .type, .aliases, .mentions, .articles} AS b,
       shared, ids[..10] AS article_ids
