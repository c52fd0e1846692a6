// Import: every other relationship, keyed by its key as relation_write and
// said_write key them. x.type has been checked against graph.RelationTypes;
// the target is an entity, or the article for SAID.
// :param links => [{type: "MET", source: "<entity id>", target: "<entity or article id>", key: "…", props: {key: "…", article_id: "…", evidence: "…", sentence: 0, start: 0, end: 26, confidence: 0.8}}]
UNWIND $links AS x
MATCH (s:Entity {id: x.source})
CALL (x) {
  MATCH (t:Entity {id: x.target})
  RETURN t
  UNION
  MATCH (t:Article {id: x.target})
  RETURN t
}
MERGE (s)-[r:$(x.type) {key: x.key}]->(t)
SET r = x.props
RETURN count(r) AS n
