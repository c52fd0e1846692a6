// The nodes of a neighbourhood view drawn from the server's view index
// (graph/viewindex.go), which holds their neighbour lists: q_nb_nodes
// without the lists, the larger part of its work. An article's text is
// left out.
// :param {ids: ["<entity or article id>"]}
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  MATCH (n:Article {id: id})
  RETURN n
}
RETURN n.id AS id, labels(n) AS labels, n {.*, text: null} AS props,
       COUNT { (n)-[:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-() } AS degree
