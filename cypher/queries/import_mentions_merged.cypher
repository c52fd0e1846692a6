// Import: MENTIONED_IN moved by a merge. The entity it was moved to may
// have its own mention of the same article, so these are keyed by article
// and merged_from (the merge records that moved it), which tell them apart.
// :param links => [{source: "<entity id>", target: "<article id>", props: {article_id: "<article id>", merged_from: ["<merge record id>"], merged_end: ["out"], count: 2, name: "Ada Example", aliases: [], confidence: 0.9}}]
UNWIND $links AS x
MATCH (s:Entity {id: x.source})
MATCH (t:Article {id: x.target})
MERGE (s)-[r:MENTIONED_IN {article_id: x.props.article_id, merged_from: x.props.merged_from}]->(t)
SET r = x.props
RETURN count(r) AS n
