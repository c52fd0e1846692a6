// entity_search (004) covers every entity type, so entity_names (002) only
// doubled the full-text indexing work on every write; nothing queries it.
DROP INDEX entity_names IF EXISTS;
