// One page of entity ids in id order, after $after: the backfill of
// neighbour lists walks every entity this way through the id index.
// :param {after: "", page: 1000}
MATCH (n:Entity)
WHERE n.id > $after
RETURN n.id AS id
ORDER BY n.id
LIMIT $page
