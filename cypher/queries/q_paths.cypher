// All shortest paths (at most $limit) between two entities through
// relations of $types, up to 6 relations long (the Go side drops paths
// longer than the caller's maximum). With SAID or MENTIONED_IN in $types a
// path may pass through an article.
// :param {from: "<entity id>", to: "<entity id>", types: ["MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"], limit: 25}
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  AND all(n IN nodes(p) WHERE n:Entity OR n:Article)
WITH p
LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), props: properties(r)}] AS links
