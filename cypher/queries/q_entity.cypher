// One entity in detail: its properties, roles (AFFILIATED_WITH, with the
// institution), members (for an institution), relation counts by type
// (MENTIONED_IN left out), the latest $articles articles mentioning it, and
// first and last seen (earliest and latest publication date of those articles).
// Bounded for hubs (entities mentioned in 100,000+ articles): an entity
// with more than $dense mentions is not read mention by mention; the
// publication-date index is walked from either end to the articles that
// mention it (then undated articles are left out of its list). Relation
// counts come from the store's degree counts; members are grouped from at
// most $dense affiliations.
// :param {id: "<entity id>", articles: 100, dense: 2000}
MATCH (e:Entity {id: $id})
WITH e, COUNT { (e)-[:MENTIONED_IN]->() } AS article_count
CALL (e, article_count) {
  WITH e WHERE article_count <= $dense
  OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
  // Grouped by e, so that the branch not taken yields no row at all.
  WITH e, min(a.published) AS first, max(a.published) AS last
  RETURN toString(first) AS first_seen, toString(last) AS last_seen
  UNION
  WITH e WHERE article_count > $dense
  CALL (e) {
    MATCH (a:Article) WHERE a.published IS NOT NULL AND EXISTS { (e)-[:MENTIONED_IN]->(a) }
    RETURN a.published AS first ORDER BY a.published LIMIT 1
  }
  CALL (e) {
    MATCH (a:Article) WHERE a.published IS NOT NULL AND EXISTS { (e)-[:MENTIONED_IN]->(a) }
    RETURN a.published AS last ORDER BY a.published DESC LIMIT 1
  }
  RETURN toString(first) AS first_seen, toString(last) AS last_seen
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
    CALL (e) {
      MATCH (e)<-[r:AFFILIATED_WITH]-(p:Entity)
      RETURN r, p LIMIT $dense
    }
    WITH p, coalesce(r.role, '') AS role, count(r) AS n
    ORDER BY n DESC, p.name, role
    LIMIT 100
    RETURN {id: p.id, name: p.name, type: p.type, role: role, count: n}
  } AS members,
  [x IN [
    {type: 'AFFILIATED_WITH', out: COUNT { (e)-[:AFFILIATED_WITH]->() }, total: COUNT { (e)-[:AFFILIATED_WITH]-() }},
    {type: 'MET', out: COUNT { (e)-[:MET]->() }, total: COUNT { (e)-[:MET]-() }},
    {type: 'PARTICIPATED_IN', out: COUNT { (e)-[:PARTICIPATED_IN]->() }, total: COUNT { (e)-[:PARTICIPATED_IN]-() }},
    {type: 'SAID', out: COUNT { (e)-[:SAID]->() }, total: COUNT { (e)-[:SAID]-() }},
    {type: 'SANCTIONED', out: COUNT { (e)-[:SANCTIONED]->() }, total: COUNT { (e)-[:SANCTIONED]-() }}
  ] WHERE x.total > 0] AS relations,
  CASE WHEN article_count <= $dense THEN COLLECT {
    MATCH (e)-[m:MENTIONED_IN]->(a:Article)
    WITH a, m ORDER BY a.published DESC, a.id
    LIMIT $articles
    RETURN {id: a.id, title: a.title, published: toString(a.published), mentions: m.count}
  } ELSE COLLECT {
    MATCH (a:Article) WHERE a.published IS NOT NULL AND EXISTS { (e)-[:MENTIONED_IN]->(a) }
    WITH a ORDER BY a.published DESC
    LIMIT $articles
    MATCH (e)-[m:MENTIONED_IN]->(a)
    RETURN {id: a.id, title: a.title, published: toString(a.published), mentions: m.count}
  } END AS articles
