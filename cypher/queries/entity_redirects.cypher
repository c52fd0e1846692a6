// Entities merged away (automatically or by `newsgraph merge`) redirect to
// the entity they were merged into, unless the merge was undone.
// :param ids => ["<entity id>"]
UNWIND $ids AS id
MATCH (m:MergeRecord {from: id})
WHERE m.undone_at IS NULL
RETURN id, m.into AS into
