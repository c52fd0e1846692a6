// One level of a neighbourhood: the nodes next to the frontier entities that
// are not yet seen, through relations of $types whose day (the relation's
// own date, else the publication date of its article) is within $from..$to
// ("" leaves that end open; undated relations fail a set bound), with a
// label in $labels; highest degree (relations other than MENTIONED_IN)
// first. The caller expands level by level and passes the node budget left
// as $limit: `kept` fits it, `omitted` are the ids it had no room for.
// Articles are kept but never expanded (only entities are a frontier).
// Bounded for hubs (entities with 100,000+ relationships): each frontier
// node contributes at most $per_node new neighbours (the first its
// relationships yield, so a hub's are a sample, not its best connected)
// and the level ranks at most $scan candidates (frontier nodes in the order
// given, which is rank order). An article is looked up for its date only
// when a bound is set and the relation has no date of its own.
// :param {frontier: ["<entity id>"], seen: ["<entity id>"], types: ["SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"], labels: ["Person", "Institution", "Event", "Place", "Article"], from: "", to: "", limit: 500, per_node: 500, scan: 2000}
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})
CALL (f) {
  CALL (f) {
    MATCH (f)-[r:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-(n:Entity|Article)
    WHERE type(r) IN $types
    RETURN r, n
    UNION ALL
    // MENTIONED_IN (many per entity) is read only when asked for.
    WITH f WHERE 'MENTIONED_IN' IN $types
    MATCH (f)-[r:MENTIONED_IN]->(n:Article)
    RETURN r, n
  }
  WITH r, n
  WHERE NOT n.id IN $seen
    AND any(l IN labels(n) WHERE l IN $labels)
    AND (($from = '' AND $to = '')
      OR (r.date IS NOT NULL AND ($from = '' OR r.date >= $from) AND ($to = '' OR r.date <= $to))
      OR (r.date IS NULL AND EXISTS {
        MATCH (a:Article {id: r.article_id})
        WHERE ($from = '' OR toString(a.published) >= $from) AND ($to = '' OR toString(a.published) <= $to)
      }))
  RETURN DISTINCT n
  LIMIT $per_node
}
WITH n LIMIT $scan
WITH DISTINCT n
WITH n, COUNT { (n)-[:SAID|MET|SANCTIONED|AFFILIATED_WITH|PARTICIPATED_IN]-() } AS degree
ORDER BY degree DESC, n.id
WITH collect({id: n.id, entity: n:Entity}) AS found
RETURN found[..$limit] AS kept, [x IN found[$limit..] | x.id] AS omitted
