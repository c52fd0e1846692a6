// A merge record, for `newsgraph unmerge`.
// :param record => "<merge record id>"
MATCH (m:MergeRecord {id: $record})
RETURN m.from AS from, m.into AS into, m.labels AS labels, m.name AS name, m.type AS type,
       m.kind AS kind, m.surname AS surname, m.undone_at IS NOT NULL AS undone,
       EXISTS { MATCH (:Entity {id: m.from}) } AS from_exists,
       EXISTS { MATCH (:Entity {id: m.into}) } AS into_exists,
       COUNT { MATCH (:Entity {id: m.into})-[r]-() WHERE $record IN r.merged_from AND r.merged_from[-1] <> $record } AS later
