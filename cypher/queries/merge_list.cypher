// Recorded merges, newest first.
// :param limit => 100
MATCH (m:MergeRecord)
RETURN m.id AS id, m.from AS from, m.name AS from_name, m.into AS into, m.into_name AS into_name,
       m.reason AS reason, toString(m.at) AS at, toString(m.undone_at) AS undone_at
ORDER BY m.at DESC
LIMIT $limit
