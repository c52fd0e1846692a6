// Step 1 of writing a batch: take each article's node (creating it if new)
// and report the content hash stored. Setting and removing a property takes
// the node's write lock until commit, so a second writer of the same article
// waits here and then sees the new hash (and skips it) instead of writing
// the article's relations a second time.
// :param articles => [{id: "…"}]
UNWIND $articles AS a
MERGE (n:Article {id: a.id})
SET n._lock = true
REMOVE n._lock
RETURN a.id AS id, n.sha256 AS sha256
