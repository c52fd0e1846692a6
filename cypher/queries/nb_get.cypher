// Read the neighbour lists of these entities (empty for one that has none
// yet) for the writer to fold a batch's new relations into. No lock of its
// own: the writer calls it only for entities whose nodes its transaction
// has already written (entity_accumulate), so two writers touching one
// entity are serialised on that node before either reads its list; the
// other writers of lists (nb_rebuild's callers) lock with entity_lock.
// :param ids => ["<entity id>"]
UNWIND $ids AS eid
OPTIONAL MATCH (l:Neighbours {id: eid})
RETURN eid AS id, coalesce(l.ids, []) AS ids, coalesce(l.rels, []) AS rels, coalesce(l.counts, []) AS counts,
       coalesce(l.firsts, []) AS firsts, coalesce(l.lasts, []) AS lasts, coalesce(l.total, 0) AS total
