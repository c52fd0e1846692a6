// Each entity's strongest neighbours, kept by the writer as one
// (:Neighbours {id: <entity id>}) node per entity with at least one
// relation (see graph/neighbours.go), so that a neighbourhood view is a few
// index seeks instead of an expansion over a hub's relationships. The
// lists are built for a graph written before this file by the first
// Migrate after it (graph.Store.Migrate).
CREATE CONSTRAINT neighbours_id IF NOT EXISTS FOR (l:Neighbours) REQUIRE l.id IS UNIQUE;
