// One article for the explorer's reader: its properties (text included),
// the entities it mentions with the names it uses for them, and every
// relation it states (SAID, MET, SANCTIONED, AFFILIATED_WITH,
// PARTICIPATED_IN) with its evidence offsets. SAID ends at the article and
// is read from it; the other types are looked up through their article_id
// indexes.
// :param {id: "<article id>"}
MATCH (a:Article {id: $id})
RETURN a.id AS id, properties(a) AS props,
  COLLECT {
    MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
    RETURN {id: e.id, name: e.name, type: e.type, count: m.count,
            names: [x IN [m.name] + coalesce(m.aliases, []) WHERE x IS NOT NULL]}
  } AS mentions,
  COLLECT {
    CALL (a) {
      MATCH (s:Entity)-[r:SAID]->(a) RETURN s, r, a AS t
      UNION ALL
      MATCH (s:Entity)-[r:MET]->(t) WHERE r.article_id = $id RETURN s, r, t
      UNION ALL
      MATCH (s:Entity)-[r:SANCTIONED]->(t) WHERE r.article_id = $id RETURN s, r, t
      UNION ALL
      MATCH (s:Entity)-[r:AFFILIATED_WITH]->(t) WHERE r.article_id = $id RETURN s, r, t
      UNION ALL
      MATCH (s:Entity)-[r:PARTICIPATED_IN]->(t) WHERE r.article_id = $id RETURN s, r, t
    }
    RETURN {source: s.id, target: t.id, type: type(r), props: properties(r),
            source_name: s.name, source_type: s.type,
            target_name: coalesce(t.name, t.title), target_type: CASE WHEN t:Article THEN 'Article' ELSE t.type END}
  } AS relations
