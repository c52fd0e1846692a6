// Import: entities with their type label, every property as exported
// (props includes id). x.labels has been checked against graph.EntityTypes.
// :param nodes => [{id: "…", labels: ["Person"], props: {id: "…", name: "Ada Example", type: "Person", aliases: []}}]
UNWIND $nodes AS x
MERGE (n:Entity {id: x.id})
SET n = x.props
SET n:$(x.labels)
RETURN count(n) AS n
