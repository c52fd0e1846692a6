// One entity in detail: its properties, roles (AFFILIATED_WITH, with the
// institution), members (for an institution), relation counts by type
// (MENTIONED_IN left out), the latest $articles articles mentioning it, and
// first and last seen (earliest and latest publication date of those articles).
// :param {id: "<entity id>", articles: 100}
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
  RETURN count(a) AS article_count, toString(min(a.published)) AS first_seen,
         toString(max(a.published)) AS last_seen
}
RETURN e.id AS id, labels(e) AS labels, properties(e) AS props,
  article_count, first_seen, last_seen,
  COLLECT {
    MATCH (e)-[r:AFFILIATED_WITH]->(i:Entity)
    WITH i, coalesce(r.role, '') AS role, count(r) AS n
    ORDER BY n DESC, i.name, role
    RETURN {id: i.id, name: i.name, type: i.type, role: role, count: n}
  } AS roles,
  COLLECT {
    MATCH (e)<-[r:AFFILIATED_WITH]-(p:Entity)
    WITH p, coalesce(r.role, '') AS role, count(r) AS n
    ORDER BY n DESC, p.name, role
    LIMIT 100
    RETURN {id: p.id, name: p.name, type: p.type, role: role, count: n}
  } AS members,
  COLLECT {
    MATCH (e)-[r:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-(:Entity|Article)
    WITH type(r) AS type, sum(CASE WHEN startNode(r) = e THEN 1 ELSE 0 END) AS out, count(r) AS total
    ORDER BY type
    RETURN {type: type, out: out, total: total}
  } AS relations,
  COLLECT {
    MATCH (e)-[m:MENTIONED_IN]->(a:Article)
    WITH a, m ORDER BY a.published DESC, a.id
    LIMIT $articles
    RETURN {id: a.id, title: a.title, published: toString(a.published), mentions: m.count}
  } AS articles
