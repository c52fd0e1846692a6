// Mark the graph as changed: run last in every write transaction, so the
// new version becomes visible exactly when the change does (at commit).
// :param {}
MERGE (s:GraphState {id: 'graph'})
SET s.version = coalesce(s.version, 0) + 1
