// Move every relationship of entity $from to entity $into and delete $from.
// Each moved relationship keeps its properties and evidence and records the
// merge ($record) and which end moved, so merge_undo can put it back.
// Relationship types are copied from existing relationships, never from input.
// :param {from: "…", into: "…", record: "…"}
MATCH (old:Entity {id: $from})
MATCH (new:Entity {id: $into})
CALL (old, new) {
  MATCH (old)-[r]->(x)
  WHERE x <> old
  WITH new, r, x, type(r) AS t, properties(r) AS p
  CREATE (new)-[r2:$(t)]->(x)
  SET r2 = p,
      r2.merged_from = coalesce(p.merged_from, []) + [$record],
      r2.merged_end = coalesce(p.merged_end, []) + ['out']
  DELETE r
}
CALL (old, new) {
  MATCH (old)<-[r]-(x)
  WHERE x <> old
  WITH new, r, x, type(r) AS t, properties(r) AS p
  CREATE (x)-[r2:$(t)]->(new)
  SET r2 = p,
      r2.merged_from = coalesce(p.merged_from, []) + [$record],
      r2.merged_end = coalesce(p.merged_end, []) + ['in']
  DELETE r
}
DETACH DELETE old
