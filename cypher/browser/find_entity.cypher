// Find entities by name or alias, fuzzily: Lucene syntax in $query, e.g.
// "antonov~" (fuzzy), "anto*" (prefix), "sergei AND lavrov". Places included.
// :param query => "example~"
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node.name AS name, node.type AS type, node.aliases AS aliases, node.mentions AS mentions,
       score, node.id AS id
LIMIT 25
