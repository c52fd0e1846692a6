package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"time"

	"github.com/newsgraph/newsgraph/ingest/loader"
)

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "extraction workers")
	batch := fs.Int("batch", 200, "whole articles per write transaction (larger batches: fewer commits, more memory)")
	asJSON := fs.Bool("json", false, "print the summary as JSON on stdout")
	quiet := fs.Bool("quiet", false, "no progress output")
	applySize := addMaxSizeFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph ingest [flags] PATH|DIR|GLOB|- …\n\nDirectories are walked for *.txt files; - reads one article from stdin.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	applySize()
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage{"ingest: no input given"}
	}
	if *workers < 1 || *batch < 1 {
		return errUsage{"ingest: --workers and --batch must be at least 1"}
	}
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer closeStore(st, logger)

	var progress io.Writer = stderr
	if *quiet {
		progress = nil
	}
	l := loader.New(st, loader.Options{Workers: *workers, Batch: *batch, Progress: progress, Stdin: stdin, Logger: logger})
	sum, runErr := l.Run(ctx, fs.Args())
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		printSummary(stderr, sum)
	}
	if runErr != nil {
		return fmt.Errorf("ingest: %w", runErr)
	}
	if sum.Files == 0 {
		return fmt.Errorf("ingest: %w", loader.ErrNothingToDo)
	}
	if sum.Failed() {
		return fmt.Errorf("ingest: %d of %d inputs skipped: %w", len(sum.Skipped), sum.Files, errReported)
	}
	return nil
}

func printSummary(w io.Writer, s loader.Summary) {
	fmt.Fprintf(w, "ingest: %d inputs in %s: %d articles written, %d unchanged, %d skipped; %d entity mentions and %d relations written; %d orphaned entities removed\n",
		s.Files, s.Duration.Round(time.Millisecond), s.Written, s.Unchanged, len(s.Skipped), s.Entities, s.Relations, s.Pruned)
	for _, sk := range s.Skipped {
		fmt.Fprintf(w, "  skipped %s: %s\n", sk.File, sk.Reason)
	}
}
