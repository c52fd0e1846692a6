// The nodes with these ids (entities and articles) with their degree
// (relations other than MENTIONED_IN); an article's text is left out.
// :param ids => ["<entity or article id>"]
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
