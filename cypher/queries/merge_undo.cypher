// Undo merge $record: recreate the merged-away entity and move back every
// relationship the merge moved (the last entry of merged_from is $record).
// :param {record: "…", from: "…", into: "…", labels: ["Entity", "Person"], props: {id: "…", name: "…", type: "Person"}}
MATCH (new:Entity {id: $into})
CREATE (old:Entity)
SET old = $props, old:$($labels), old.created_at = datetime()
WITH new, old
CALL (new, old) {
  MATCH (new)-[r]->(x)
  WHERE r.merged_from[-1] = $record AND r.merged_end[-1] = 'out'
  WITH old, r, x, type(r) AS t, properties(r) AS p
  CREATE (old)-[r2:$(t)]->(x)
  SET r2 = p,
      r2.merged_from = CASE WHEN size(p.merged_from) > 1 THEN p.merged_from[..-1] END,
      r2.merged_end = CASE WHEN size(p.merged_end) > 1 THEN p.merged_end[..-1] END
  DELETE r
}
CALL (new, old) {
  MATCH (new)<-[r]-(x)
  WHERE r.merged_from[-1] = $record AND r.merged_end[-1] = 'in'
  WITH old, r, x, type(r) AS t, properties(r) AS p
  CREATE (x)-[r2:$(t)]->(old)
  SET r2 = p,
      r2.merged_from = CASE WHEN size(p.merged_from) > 1 THEN p.merged_from[..-1] END,
      r2.merged_end = CASE WHEN size(p.merged_end) > 1 THEN p.merged_end[..-1] END
  DELETE r
}
WITH old
MATCH (m:MergeRecord {id: $record})
SET m.undone_at = datetime()
