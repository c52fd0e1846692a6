// SAID: speaker -> article, one relationship per statement. key identifies
// the statement by its evidence (see graph.relKey); the Go side sends each
// key once and the article's previous relationships are gone (article_clear),
// so CREATE is enough.
// :param rels => [{source: "<entity id>", article_id: "…", key: "…", props: {quote: "…", sentence: 3, start: 120, end: 260, evidence: "…", confidence: 0.8}}]
UNWIND $rels AS x
MATCH (s:Entity {id: x.source})
MATCH (a:Article {id: x.article_id})
CREATE (s)-[r:SAID]->(a)
SET r += x.props, r.key = x.key, r.article_id = x.article_id
