// Package graph is newsgraph's domain package and its Neo4j store.
//
// It owns the types the rest of the program exchanges (Article, Entity,
// Relation), the stable identifiers they get, and *Store, the only code that
// talks to Neo4j. Every statement it runs lives in a .cypher file of package
// cypher, so that analysts can run the same text in Neo4j Browser.
//
// Other packages depend on small interfaces they declare themselves (the
// loader needs WriteArticles, the web server needs Health and the queries) and
// *Store satisfies them; see the compile-time assertions in those packages.
package graph
