// Entity-to-entity relations (MET, SANCTIONED, AFFILIATED_WITH,
// PARTICIPATED_IN). x.type has been checked against graph.RelationTypes.
// MET is stored once, from the smaller id to the larger, and queried
// undirected. CREATE, not MERGE, for the reason given in said_write: two
// hubs (two countries) can share tens of thousands of relationships, and a
// MERGE would read them all for every new one.
// :param rels => [{type: "MET", source: "…", target: "…", article_id: "…", key: "…", props: {…}}]
UNWIND $rels AS x
MATCH (s:Entity {id: x.source})
MATCH (t:Entity {id: x.target})
CREATE (s)-[r:$(x.type)]->(t)
SET r += x.props, r.key = x.key, r.article_id = x.article_id
