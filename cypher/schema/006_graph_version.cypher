// One (:GraphState {id: 'graph'}) node carries a version number that every
// write transaction increases (graph_version_bump), so a server can tell
// in one index seek whether what it cached is still the graph's state,
// even when the writes come from another process (an ingest run).
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (s:GraphState) REQUIRE s.id IS UNIQUE;
