// One MENTIONED_IN per entity and article, carrying the surface names the
// article used, so that aliases can be recomputed when an article goes.
// CREATE, not MERGE: the writer has just removed whatever the article
// contributed before (article_clear) inside the same transaction, and the
// Go side sends each (entity, article) pair once. MERGE would have to look
// through every MENTIONED_IN of the entity, which for a frequent entity
// grows with the corpus.
// :param mentions => [{entity_id: "…", article_id: "…", count: 3, name: "Anatoly Antonov", aliases: ["Antonov"], confidence: 0.9}]
UNWIND $mentions AS m
MATCH (e:Entity {id: m.entity_id})
MATCH (a:Article {id: m.article_id})
CREATE (e)-[r:MENTIONED_IN]->(a)
SET r.article_id = m.article_id, r.count = m.count, r.name = m.name, r.aliases = m.aliases, r.confidence = m.confidence
