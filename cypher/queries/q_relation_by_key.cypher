// One relationship by its key (every relationship but MENTIONED_IN has
// one), with the article that states it. With $entity set ("" otherwise)
// the search starts at that entity, one end of the relationship, which is
// quicker than scanning every relationship of the types.
// :param {key: "<40 hex digits>", entity: ""}
CALL () {
  MATCH (s:Entity {id: $entity})-[r:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-()
  WHERE $entity <> '' AND r.key = $key
  RETURN r
  UNION
  MATCH ()-[r:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]->()
  WHERE $entity = '' AND r.key = $key
  RETURN r
}
WITH r LIMIT 1
OPTIONAL MATCH (art:Article {id: r.article_id})
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, properties(r) AS props,
       art {.id, .title, published: toString(art.published)} AS article
