// Package bench holds newsgraph's performance measurements: the extraction
// throughput benchmark over a generated corpus (this package), the corpus
// generator (bench/gen), the million-node graph builder (bench/biggraph)
// and the HTTP load generator (bench/load). The scripts that run them and
// the figures they produced are in scripts/bench* and BENCHMARKS.md.
package bench
