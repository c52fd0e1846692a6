// Fold one batch's new mentions into entities that lost none: add to the
// mention and article counts and merge the batch's names into name and
// aliases. The outcome is what entity_refresh would compute from all
// mentions (the longest name any article uses as its main name, ties
// alphabetical; every other surface form sorted), but the cost depends on
// the batch, not on how many articles already mention the entity.
// An entity created in this batch (no counts yet) takes its name from the
// batch alone. name and aliases are written only when they change, so the
// full-text index is not updated for every mention of a frequent entity.
// :param rows => [{id: "<entity id>", names: ["Anatoly Antonov"], surfaces: ["Anatoly Antonov", "Antonov"], mentions: 3, articles: 1}]
UNWIND $rows AS x
MATCH (n:Entity {id: x.id})
WITH n, x, n.articles IS NULL AS fresh
WITH n, x,
     CASE WHEN fresh THEN x.names ELSE x.names + [n.name] END AS names,
     CASE WHEN fresh THEN x.surfaces ELSE x.surfaces + [n.name] + coalesce(n.aliases, []) END AS surfaces
CALL (names) {
  UNWIND names AS s
  WITH s ORDER BY size(s) DESC, s
  RETURN collect(s)[0] AS name
}
CALL (surfaces, name) {
  UNWIND surfaces AS s
  WITH DISTINCT s WHERE s <> name
  WITH s ORDER BY s
  RETURN collect(s) AS aliases
}
SET n.mentions = coalesce(n.mentions, 0) + x.mentions,
    n.articles = coalesce(n.articles, 0) + x.articles
WITH n, name, aliases
WHERE n.name IS NULL OR n.name <> name OR n.aliases IS NULL OR n.aliases <> aliases
SET n.name = name, n.aliases = aliases
