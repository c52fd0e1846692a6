// Entities no article mentions any more are removed with their relationships.
// :param ids => ["<entity id>"]
UNWIND $ids AS eid
MATCH (n:Entity {id: eid})
WHERE NOT (n)-[:MENTIONED_IN]->(:Article)
DETACH DELETE n
RETURN count(*) AS removed
