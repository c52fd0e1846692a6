// q_paths with MENTIONED_IN among $types: paths may also pass through the
// articles that mention both sides. The same bounds: at most 6 relations,
// no entity on the way mentioned more than $hub times expanded.
// :param {from: "<entity id>", to: "<entity id>", types: ["MET", "MENTIONED_IN"], limit: 25, hub: 20000}
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN|MENTIONED_IN*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  AND all(n IN nodes(p) WHERE n = a OR n = b OR coalesce(n.mentions, 0) <= $hub)
WITH p
LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), props: properties(r)}] AS links
