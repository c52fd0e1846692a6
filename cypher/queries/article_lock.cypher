// Step 1 of writing a batch: take each article's node (creating it if new),
// which locks it for this transaction, and report the content hash stored.
// :param articles => [{id: "…"}]
UNWIND $articles AS a
MERGE (n:Article {id: a.id})
RETURN a.id AS id, n.sha256 AS sha256
