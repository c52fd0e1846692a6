// Wait (up to 300 s) until every index is online, so the first search after
// start-up sees every entity.
CALL db.awaitIndexes(300)
