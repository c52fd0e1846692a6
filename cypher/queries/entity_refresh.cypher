// Recompute what an entity's mentions say about it: its name (the longest
// name any article uses), aliases (every other surface form, sorted),
// mention and article counts. Deterministic, so re-runs change nothing.
// :param ids => ["<entity id>"]
UNWIND $ids AS eid
MATCH (n:Entity {id: eid})
CALL (n) {
  MATCH (n)-[m:MENTIONED_IN]->(:Article)
  WITH m ORDER BY size(m.name) DESC, m.name
  RETURN collect(m.name)[0] AS name, sum(m.count) AS mentions, count(DISTINCT m.article_id) AS articles
}
CALL (n) {
  MATCH (n)-[m:MENTIONED_IN]->(:Article)
  UNWIND [m.name] + coalesce(m.aliases, []) AS s
  WITH DISTINCT s ORDER BY s
  RETURN collect(s) AS surfaces
}
SET n.name = coalesce(name, n.name), n.mentions = mentions, n.articles = articles,
    n.aliases = [s IN surfaces WHERE s <> coalesce(name, n.name)]
