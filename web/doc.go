// Package web serves newsgraph's HTTP API and explorer. Handlers stay thin:
// they validate parameters, call the graph through the small Graph
// interface declared here, and map graph error codes to HTTP status in one
// place (writeError). Driver messages never reach a client.
//
// Around every handler: an access log line, panic recovery, security
// headers, CORS for configured origins only, and a request body limit.
// Graph endpoints wait for Options.Ready (503 until the store has reached
// and migrated Neo4j); the write endpoints (Writer) are off unless a
// Writer and a bearer token are configured. docs/reliability.md lists what
// is enforced and which test shows it.
package web
