// Cross-article entity resolution and recorded merges.
// A one-word person name ("Antonov") is resolved to the one person whose
// surname it is; the surname property makes that lookup an index seek.
CREATE INDEX person_surname IF NOT EXISTS FOR (p:Person) ON (p.surname);
// Every merge (automatic or by `newsgraph merge`) is a (:MergeRecord), so it
// can be undone and so that later articles naming the merged-away entity
// resolve to the one it was merged into.
CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE;
CREATE INDEX merge_record_from IF NOT EXISTS FOR (m:MergeRecord) ON (m.from);
