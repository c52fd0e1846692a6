// The graph's version (0 before the first write): it changes whenever any
// write commits, so caches keyed by it are never stale for longer than the
// interval at which they read it.
// :param {}
OPTIONAL MATCH (s:GraphState {id: 'graph'})
RETURN coalesce(s.version, 0) AS version
