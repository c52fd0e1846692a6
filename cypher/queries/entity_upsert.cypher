// Create or find entities by id (one row per entity and batch). The label
// comes from e.type, which the Go side has checked against
// graph.EntityTypes; an id is derived from type and name, so an existing
// node already has it. name and aliases are kept by entity_accumulate and
// entity_refresh. surname is set for people with a multi-word name, so a
// later one-word mention can find them. An existing node is written only
// when the batch brings a kind or surname it lacks: a frequent entity
// appears in every batch, and an unconditional SET would lock and rewrite
// it each time.
// :param entities => [{id: "…", type: "Person", name: "Anatoly Antonov", kind: null, surname: "antonov"}]
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type, n.created_at = datetime(), n:$(e.type),
              n.kind = e.kind, n.surname = e.surname
WITH n, e
WHERE (e.kind IS NOT NULL AND (n.kind IS NULL OR n.kind <> e.kind))
   OR (e.surname IS NOT NULL AND (n.surname IS NULL OR n.surname <> e.surname))
SET n.kind = coalesce(e.kind, n.kind), n.surname = coalesce(e.surname, n.surname)
