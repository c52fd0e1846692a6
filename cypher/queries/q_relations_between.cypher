// The relations between two nodes, either direction (an entity and another
// entity, or an entity and an article), of $types, with the article that
// states each one. At most $limit, in article and sentence order.
// :param {a: "<entity id>", b: "<entity or article id>", types: ["SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN", "MENTIONED_IN"], limit: 1000}
MATCH (x:Entity {id: $a})-[r]-(y:Entity|Article {id: $b})
WHERE type(r) IN $types
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, properties(r) AS props,
       art {.id, .title, published: toString(art.published)} AS article
ORDER BY art.published, r.article_id, r.sentence, r.key
LIMIT $limit
