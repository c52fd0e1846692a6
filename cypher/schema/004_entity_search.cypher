// Search must find places too: entity_names (002) covers Person, Institution
// and Event only, so the query library searches this index over every
// entity type. entity_names stays for the resolver.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Person|Institution|Event|Place) ON EACH [n.name, n.aliases];
