package main

import (
	"context"
	"flag"
	"log/slog"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// dbFlags are the Neo4j settings every database command takes. The
// password is deliberately not a flag.
type dbFlags struct {
	cfg  graph.Config
	wait time.Duration
}

func addDBFlags(fs *flag.FlagSet) *dbFlags {
	d := &dbFlags{cfg: graph.ConfigFromEnv()}
	fs.StringVar(&d.cfg.URI, "neo4j-uri", d.cfg.URI, "Neo4j URI (env NEO4J_URI; default bolt://127.0.0.1:7687)")
	fs.StringVar(&d.cfg.User, "neo4j-user", d.cfg.User, "Neo4j user (env NEO4J_USER; default neo4j)")
	fs.StringVar(&d.cfg.Database, "neo4j-database", d.cfg.Database, "Neo4j database (env NEO4J_DATABASE; default neo4j)")
	fs.DurationVar(&d.wait, "wait", 0, "wait up to this long for Neo4j to come up (e.g. 2m)")
	return d
}

// open connects, waiting up to --wait for a server that is starting, and
// applies pending schema migrations so every command sees the same schema.
func (d *dbFlags) open(ctx context.Context, logger *slog.Logger) (*graph.Store, error) {
	st, err := graph.New(d.cfg, logger)
	if err != nil {
		return nil, err
	}
	if d.wait > 0 {
		wctx, cancel := context.WithTimeout(ctx, d.wait)
		err = st.WaitReady(wctx, 2*time.Second)
		cancel()
	} else {
		err = st.Verify(ctx)
	}
	if err == nil {
		_, err = st.Migrate(ctx)
	}
	if err != nil {
		_ = st.Close(context.Background())
		return nil, err
	}
	return st, nil
}

func closeStore(st *graph.Store, logger *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := st.Close(ctx); err != nil {
		logger.Warn("close neo4j driver", "err", err)
	}
}
