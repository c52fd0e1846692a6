// Which of the given ids are entities.
// :param ids => ["<entity id>"]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(e.id) AS found
