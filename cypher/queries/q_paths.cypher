// All shortest paths (at most $limit) between two entities through
// relations of $types (other than MENTIONED_IN: q_paths_mentions follows
// those too), up to 6 relations long (the Go side drops paths longer than
// the caller's maximum). With SAID in $types a path may pass through an
// article. The pattern names its relationship types, so the search never
// reads a hub's MENTIONED_IN relationships (most of them: 561,776 db hits
// against 158,693 for a path from the biggest hub on the bench graph), and
// it does not pass through hubs: an entity on the way (not an end)
// mentioned more than $hub times is not expanded. Paths through a node
// linked to tens of thousands of others say little, and expanding one
// costs as much as the rest of the search. The test is a property read
// (mentions), not a degree count: counting the relationships of every
// node the search visits cost more than the hubs it spared.
// :param {from: "<entity id>", to: "<entity id>", types: ["MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"], limit: 25, hub: 20000}
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  AND all(n IN nodes(p) WHERE n = a OR n = b OR coalesce(n.mentions, 0) <= $hub)
WITH p
LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), props: properties(r)}] AS links
