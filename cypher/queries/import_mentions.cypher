// Import: MENTIONED_IN, one per entity and article, as mention_write keys it.
// :param links => [{source: "<entity id>", target: "<article id>", props: {article_id: "<article id>", count: 2, name: "Ada Example", aliases: [], confidence: 0.9}}]
UNWIND $links AS x
MATCH (s:Entity {id: x.source})
MATCH (t:Article {id: x.target})
MERGE (s)-[r:MENTIONED_IN {article_id: x.props.article_id}]->(t)
SET r = x.props
RETURN count(r) AS n
