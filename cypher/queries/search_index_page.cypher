// One page of entities in id order after $after, with what a search hit
// shows: the server's in-memory search index (graph/searchindex.go) is
// built from these pages, walked through the id index.
// :param {after: "", page: 5000}
MATCH (n:Entity)
WHERE n.id > $after
RETURN n.id AS id, n.name AS name, n.type AS type, coalesce(n.aliases, []) AS aliases,
       coalesce(n.mentions, 0) AS mentions, coalesce(n.articles, 0) AS articles
ORDER BY n.id
LIMIT $page
