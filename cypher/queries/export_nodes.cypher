// Export: the nodes with these ids (entities and articles), every property,
// and their element ids (for export_links).
// :param ids => ["<entity or article id>"]
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  MATCH (n:Article {id: id})
  RETURN n
}
RETURN n.id AS id, elementId(n) AS eid, labels(n) AS labels, properties(n) AS props
