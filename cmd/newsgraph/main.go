// Command newsgraph turns news articles into a relationship graph in Neo4j
// and serves an explorer over it.
//
//	newsgraph serve    [flags]           serve the API and explorer
//	newsgraph ingest   [flags] PATH…     extract articles and write them to Neo4j
//	newsgraph extract  [--json] PATH…    extract only, print JSON Lines (no database)
//	newsgraph migrate  [flags]           apply the schema
//	newsgraph stats    [flags]           print graph statistics as JSON
//	newsgraph export   [flags]           write a subgraph as JSON or GraphML
//	newsgraph import   [flags] FILE      load a JSON export into an empty database
//	newsgraph merge / unmerge / merges   merge duplicate entities, undo, list
//	newsgraph delete-article ID…         remove articles and what they contributed
//	newsgraph version
//
// Neo4j is configured by NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
// NEO4J_DATABASE; the --neo4j-* flags override all but the password, which
// is read from the environment only so it never shows in a process list.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errReported) && !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(os.Stderr, "newsgraph: %v\n", err)
		}
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(exitCode(err))
	}
}

// errReported marks an error whose details the command already printed.
var errReported = errors.New("reported")

// errUsage marks a command-line mistake (exit status 2).
type errUsage struct{ msg string }

func (e errUsage) Error() string { return e.msg }

func exitCode(err error) int {
	var u errUsage
	if errors.As(err, &u) {
		return 2
	}
	return 1
}

const usage = `newsgraph turns news articles into a relationship graph in Neo4j.

Usage:
  newsgraph serve    [flags]           serve the API and explorer (default 127.0.0.1:8080)
  newsgraph ingest   [flags] PATH…     extract articles (files, directories, globs, -) and write them to Neo4j
  newsgraph extract  [--json] PATH…    extract only and print one JSON object per article (no database)
  newsgraph migrate  [flags]           apply the schema to Neo4j
  newsgraph stats    [flags]           print graph statistics as JSON
  newsgraph export   [flags]           write a subgraph (or the whole graph) as JSON or GraphML
  newsgraph import   [flags] FILE      load a JSON export into an empty database
  newsgraph merge    KEEP_ID MERGED_ID merge two entities (recorded; undo with unmerge)
  newsgraph unmerge  RECORD_ID         undo a merge
  newsgraph merges                     list recorded merges
  newsgraph delete-article ID…         remove articles and what they contributed
  newsgraph gen      [flags] --out DIR write a deterministic synthetic corpus for benchmarks
  newsgraph version                    print the version

Run "newsgraph COMMAND -h" for a command's flags.
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (scripts/neo4j env prints the local ones).
`

// run is main without process globals, so tests can call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errUsage{"no command given"}
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel()}))
	slog.SetDefault(logger)
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, rest, stderr, logger)
	case "ingest":
		return runIngest(ctx, rest, stdin, stdout, stderr, logger)
	case "extract":
		return runExtract(ctx, rest, stdout, stderr)
	case "migrate":
		return runMigrate(ctx, rest, stdout, stderr, logger)
	case "stats":
		return runStats(ctx, rest, stdout, stderr, logger)
	case "export":
		return runExport(ctx, rest, stdout, stderr, logger)
	case "import":
		return runImport(ctx, rest, stdin, stdout, stderr, logger)
	case "merge":
		return runMerge(ctx, rest, stdout, stderr, logger)
	case "unmerge":
		return runUnmerge(ctx, rest, stdout, stderr, logger)
	case "merges":
		return runMerges(ctx, rest, stdout, stderr, logger)
	case "delete-article":
		return runDeleteArticle(ctx, rest, stdout, stderr, logger)
	case "gen":
		return runGen(ctx, rest, stdout, stderr, logger)
	case "version", "--version":
		fmt.Fprintf(stdout, "newsgraph %s\n", version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return errUsage{fmt.Sprintf("unknown command %q", cmd)}
	}
}

func logLevel() slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(os.Getenv("NEWSGRAPH_LOG_LEVEL"))); err != nil {
		return slog.LevelInfo
	}
	return l
}
