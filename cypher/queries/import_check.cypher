// Import: is the database empty of newsgraph data?
RETURN COUNT { MATCH (:Article) } AS articles, COUNT { MATCH (:Entity) } AS entities
