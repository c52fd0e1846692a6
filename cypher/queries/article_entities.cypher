// The entities an article mentions now (before it is rewritten or deleted).
// :param ids => ["<article id>"]
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:MENTIONED_IN]-(e:Entity)
RETURN collect(DISTINCT e.id) AS ids
