// Package web serves newsgraph's HTTP API and explorer. Handlers stay thin:
// they validate parameters, call the graph through the small Graph
// interface declared here, and map graph error codes to HTTP status in one
// place (writeError). Driver messages never reach a client.
package web
