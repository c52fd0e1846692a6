// Remove every relationship an article contributed: its mentions, what was
// said in it, and the relations whose evidence it holds. MENTIONED_IN and
// SAID end at the article node and are reached from it; the entity-to-
// entity types are found through their article_id indexes (schema 002),
// never by walking the relationships of the entities involved, which for a
// country or a large institution can be hundreds of thousands.
// :param ids => ["<article id>"]
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})<-[r:MENTIONED_IN|SAID]-() RETURN r
  UNION ALL
  MATCH ()-[r:MET {article_id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SANCTIONED {article_id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:AFFILIATED_WITH {article_id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN {article_id: id}]->() RETURN r
}
DELETE r
