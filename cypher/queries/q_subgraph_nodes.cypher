// The nodes with these ids (entities and articles) with their degree
// (relations other than MENTIONED_IN) and element id (for
// q_neighbourhood_links); an article's text is left out.
// :param ids => ["<entity or article id>"]
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  MATCH (n:Article {id: id})
  RETURN n
}
RETURN n.id AS id, elementId(n) AS eid, labels(n) AS labels, n {.*, text: null} AS props,
       COUNT { (n)-[:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-() } AS degree
