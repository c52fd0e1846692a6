// One MENTIONED_IN per entity and article, carrying the surface names the
// article used, so that aliases can be recomputed when an article goes.
// :param mentions => [{entity_id: "…", article_id: "…", count: 3, name: "Anatoly Antonov", aliases: ["Antonov"], confidence: 0.9}]
UNWIND $mentions AS m
MATCH (e:Entity {id: m.entity_id})
MATCH (a:Article {id: m.article_id})
MERGE (e)-[r:MENTIONED_IN {article_id: m.article_id}]->(a)
SET r.count = m.count, r.name = m.name, r.aliases = m.aliases, r.confidence = m.confidence
