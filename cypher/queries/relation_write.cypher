// Entity-to-entity relations (MET, SANCTIONED, AFFILIATED_WITH,
// PARTICIPATED_IN). x.type has been checked against graph.RelationTypes.
// MET is stored once, from the smaller id to the larger, and queried undirected.
// :param rels => [{type: "MET", source: "…", target: "…", article_id: "…", key: "…", props: {…}}]
UNWIND $rels AS x
MATCH (s:Entity {id: x.source})
MATCH (t:Entity {id: x.target})
MERGE (s)-[r:$(x.type) {key: x.key}]->(t)
SET r += x.props, r.article_id = x.article_id
