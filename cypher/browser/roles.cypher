// Who holds which role where: AFFILIATED_WITH with the role, how many
// statements give it, and one sentence as evidence. $name ("" = everyone)
// keeps the roles of a person or the members of an institution.
// :param name => "Freedonia"
// :param limit => 200
MATCH p = (x:Entity)-[r:AFFILIATED_WITH]->(i:Entity)
WHERE $name = ''
   OR any(e IN [x, i] WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name)))
WITH x, i, r.role AS role, collect(p) AS paths, collect(r.evidence) AS sentences
RETURN paths[0] AS p, x.name AS who, role, i.name AS at, size(sentences) AS statements, sentences[0] AS evidence
ORDER BY at, who
LIMIT $limit
