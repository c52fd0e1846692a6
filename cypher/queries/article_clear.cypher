// Remove every relationship an article contributed: its mentions, what was
// said in it, and the relations whose evidence it holds.
// :param ids => ["<article id>"]
UNWIND $ids AS id
MATCH (a:Article {id: id})<-[:MENTIONED_IN]-(e:Entity)
MATCH (e)-[r]-()
WHERE r.article_id = id
WITH DISTINCT r
DELETE r
