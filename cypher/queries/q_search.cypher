// Search entities by name or alias, best match first (autocomplete).
// $lucene is a Lucene query the Go side builds from the user's words, every
// word escaped and lower-cased: exact, prefix and fuzzy forms of each word,
// all words required. $types filters by entity type ([] = every type).
// Places are searched too (index entity_search, schema 004). Only the
// $scan most relevant hits are ranked: a short prefix matches tens of
// thousands of names, and reading every one's mentions is what made a
// search slow on a big graph.
// :param {lucene: "(antonov^4 OR antonov*^2 OR antonov~1)", types: [], limit: 10, scan: 200}
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $scan}) YIELD node, score
WHERE node:Entity AND (size($types) = 0 OR node.type IN $types)
RETURN node.id AS id, node.name AS name, node.type AS type,
       coalesce(node.aliases, []) AS aliases, score,
       coalesce(node.mentions, 0) AS mentions, coalesce(node.articles, 0) AS articles
ORDER BY score DESC, mentions DESC, id
LIMIT $limit
