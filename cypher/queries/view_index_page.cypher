// One page of neighbour lists in entity id order after $after: the
// server's in-memory view index (graph/viewindex.go) is built from these
// pages, walked through the neighbours_id constraint's index.
// :param {after: "", page: 5000}
MATCH (l:Neighbours)
WHERE l.id > $after
RETURN l.id AS id, coalesce(l.ids, []) AS others, coalesce(l.rels, []) AS rels, coalesce(l.counts, []) AS counts,
       coalesce(l.firsts, []) AS firsts, coalesce(l.lasts, []) AS lasts, coalesce(l.total, 0) AS total
ORDER BY l.id
LIMIT $page
