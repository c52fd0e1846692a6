// Create or find entities by id. The label comes from e.type, which the Go
// side has checked against graph.EntityTypes; name and aliases are
// recomputed from all mentions by entity_refresh. surname is set for people
// with a multi-word name, so a later one-word mention can find them.
// :param entities => [{id: "…", type: "Person", name: "Anatoly Antonov", kind: null, surname: "antonov"}]
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type, n.created_at = datetime()
SET n:$(e.type), n.kind = coalesce(e.kind, n.kind), n.surname = coalesce(e.surname, n.surname)
