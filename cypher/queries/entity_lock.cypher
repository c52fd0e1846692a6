// Take the write lock of these entities' nodes until commit (a SET locks
// even when it writes the value already there), so that rebuilding their
// neighbour lists cannot interleave with a writer folding a batch into
// them (nb_get).
// :param ids => ["<entity id>"]
UNWIND $ids AS eid
MATCH (n:Entity {id: eid})
SET n.id = eid
