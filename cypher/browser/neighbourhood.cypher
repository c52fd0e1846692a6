// An entity's neighbourhood: everything within $depth relations (1 to 3;
// the pattern allows 3 and $depth cuts it) of the entity named $name, through
// the relation types in $types, at most $limit paths. Articles are reached
// through SAID (and MENTIONED_IN, if you add it) but not gone through.
// :param name => "Ada Example"
// :param depth => 2
// :param types => ["SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"]
// :param limit => 300
MATCH (x:Entity) WHERE toLower(x.name) = toLower($name) OR any(a IN x.aliases WHERE toLower(a) = toLower($name))
MATCH p = (x)-[*1..3]-(n)
WHERE length(p) <= $depth
  AND all(r IN relationships(p) WHERE type(r) IN $types)
  AND all(m IN nodes(p)[1..-1] WHERE m:Entity)
  AND (n:Entity OR n:Article)
RETURN p
LIMIT $limit
