// Record that every entity's neighbour list is built in format $format.
// :param format => 1
MERGE (s:GraphState {id: 'graph'})
SET s.neighbours = $format
