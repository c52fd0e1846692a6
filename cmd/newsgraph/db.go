package main

import (
	"context"
	"flag"
	"fmt"
	"io"
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

// command describes a subcommand that works on the database.
type command struct {
	name  string
	usage string                    // shown by -h and on a usage error
	flags func(fs *flag.FlagSet)    // extra flags, or nil
	args  func(args []string) error // checks the positional arguments, or nil for none allowed
	run   func(ctx context.Context, st *graph.Store, args []string) error
}

// runWithStore parses the command's flags, opens the store (waiting and
// migrating as asked), runs it and closes the store: the part every
// database command shares.
func runWithStore(ctx context.Context, c command, args []string, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	if c.flags != nil {
		c.flags(fs)
	}
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph "+c.usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	check := c.args
	if check == nil {
		check = func(a []string) error {
			if len(a) > 0 {
				return fmt.Errorf("unexpected argument %q", a[0])
			}
			return nil
		}
	}
	if err := check(fs.Args()); err != nil {
		fs.Usage()
		return errUsage{c.name + ": " + err.Error()}
	}
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("%s: %w", c.name, err)
	}
	defer closeStore(st, logger)
	if err := c.run(ctx, st, fs.Args()); err != nil {
		return fmt.Errorf("%s: %w", c.name, err)
	}
	return nil
}

// exactly returns an argument check for n positional arguments.
func exactly(n int, what string) func([]string) error {
	return func(a []string) error {
		if len(a) != n {
			return fmt.Errorf("want %s", what)
		}
		return nil
	}
}
