package graph

import (
	"errors"
	"os"
	"time"
)

// DefaultNodeCacheBytes is the node cache's default budget: on the
// million-node bench graph 128 MiB took uncached depth-2 views from 470 to
// 520-590 a second over 64 MiB, for about 250 MB more resident memory
// (BENCHMARKS.md).
const DefaultNodeCacheBytes = 128 << 20

// Config says how to reach Neo4j. Zero fields take the defaults below.
type Config struct {
	URI      string // NEO4J_URI, default bolt://127.0.0.1:7687
	User     string // NEO4J_USER, default neo4j
	Password string // NEO4J_PASSWORD, required: newsgraph keeps no default credential
	Database string // NEO4J_DATABASE, default neo4j

	// ConnectTimeout bounds VerifyConnectivity and each connection attempt.
	ConnectTimeout time.Duration
	// MaxRetryTime bounds how long the driver retries a transaction that
	// failed for a transient reason (a restarting server, a deadlock).
	MaxRetryTime time.Duration
	// QueryTimeout bounds every read transaction, so that a pathological
	// request cannot hold the database.
	QueryTimeout time.Duration
	// NodeCacheBytes bounds the node cache of neighbourhood views
	// (nodecache.go): 0 means DefaultNodeCacheBytes, a negative value turns
	// it off.
	NodeCacheBytes int64
	// NodeCacheInterval is how often the node cache reads the graph's
	// version to see whether another process changed the graph: the
	// longest a view can lag behind. 0 means one second.
	NodeCacheInterval time.Duration
}

// ConfigFromEnv reads the NEO4J_* variables; flags may override the result.
func ConfigFromEnv() Config {
	return Config{
		URI:      os.Getenv("NEO4J_URI"),
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

func (c Config) withDefaults() Config {
	if c.URI == "" {
		c.URI = "bolt://127.0.0.1:7687"
	}
	if c.User == "" {
		c.User = "neo4j"
	}
	if c.Database == "" {
		c.Database = "neo4j"
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = 10 * time.Second
	}
	if c.MaxRetryTime <= 0 {
		c.MaxRetryTime = 10 * time.Second
	}
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = 30 * time.Second
	}
	if c.NodeCacheBytes == 0 {
		c.NodeCacheBytes = DefaultNodeCacheBytes
	}
	if c.NodeCacheInterval <= 0 {
		c.NodeCacheInterval = time.Second
	}
	return c
}

func (c Config) validate() error {
	if c.Password == "" {
		return errors.New("NEO4J_PASSWORD is not set (scripts/neo4j env prints the local instance's settings)")
	}
	return nil
}
