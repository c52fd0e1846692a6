// SAID: speaker -> article, one relationship per statement, keyed by its evidence.
// :param rels => [{source: "<entity id>", article_id: "…", key: "…", props: {quote: "…", sentence: 3, start: 120, end: 260, evidence: "…", confidence: 0.8}}]
UNWIND $rels AS x
MATCH (s:Entity {id: x.source})
MATCH (a:Article {id: x.article_id})
MERGE (s)-[r:SAID {key: x.key}]->(a)
SET r += x.props, r.article_id = x.article_id
