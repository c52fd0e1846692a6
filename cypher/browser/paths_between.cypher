// How are two entities connected: every shortest path (up to 6 relations)
// between the entities named $from and $to (name or alias, any case),
// through meetings, sanctions, affiliations and participations. Add SAID
// or MENTIONED_IN to $types to go through articles too.
// :param from => "Ada Example"
// :param to => "Dee Ortiz"
// :param types => ["MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"]
MATCH (a:Entity) WHERE toLower(a.name) = toLower($from) OR any(x IN a.aliases WHERE toLower(x) = toLower($from))
MATCH (b:Entity) WHERE toLower(b.name) = toLower($to) OR any(x IN b.aliases WHERE toLower(x) = toLower($to))
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE a <> b AND all(r IN relationships(p) WHERE type(r) IN $types)
RETURN p, length(p) AS hops, [n IN nodes(p) | coalesce(n.name, n.title)] AS via,
       [r IN relationships(p) | {type: type(r), evidence: r.evidence}] AS evidence
LIMIT 25
