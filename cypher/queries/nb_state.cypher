// Which format of neighbour lists the graph holds (0: none; see
// graph.nbFormat). Set by the backfill after the last list is built.
// :param {}
OPTIONAL MATCH (s:GraphState {id: 'graph'})
RETURN coalesce(s.neighbours, 0) AS neighbours
