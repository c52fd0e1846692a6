package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
)

func runMigrate(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	st, err := db.open(ctx, logger) // open applies pending migrations
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer closeStore(st, logger)
	names, err := st.Migrations(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, n := range names {
		fmt.Fprintf(stdout, "applied %s\n", n)
	}
	return nil
}

func runStats(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	defer closeStore(st, logger)
	s, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}

func runMerge(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph merge [flags] KEEP_ID MERGED_ID\n\nMoves every relationship of MERGED_ID, with its evidence, to KEEP_ID and deletes MERGED_ID.\nThe merge is recorded; `newsgraph unmerge RECORD_ID` undoes it, `newsgraph merges` lists them.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return errUsage{"merge: want two entity ids"}
	}
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	defer closeStore(st, logger)
	rec, err := st.Merge(ctx, fs.Arg(0), fs.Arg(1))
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	fmt.Fprintf(stdout, "merged %s into %s (undo: newsgraph unmerge %s)\n", fs.Arg(1), fs.Arg(0), rec)
	return nil
}

func runUnmerge(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("unmerge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	if fs.NArg() != 1 {
		return errUsage{"unmerge: want one merge record id (see newsgraph merges)"}
	}
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("unmerge: %w", err)
	}
	defer closeStore(st, logger)
	m, err := st.Unmerge(ctx, fs.Arg(0))
	if err != nil {
		return fmt.Errorf("unmerge: %w", err)
	}
	fmt.Fprintf(stdout, "restored %s (%s) from %s\n", m.From, m.FromName, m.Into)
	return nil
}

func runMerges(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("merges", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	limit := fs.Int("limit", 100, "how many, newest first")
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("merges: %w", err)
	}
	defer closeStore(st, logger)
	ms, err := st.Merges(ctx, *limit)
	if err != nil {
		return fmt.Errorf("merges: %w", err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(ms)
}

func runDeleteArticle(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("delete-article", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	if fs.NArg() == 0 {
		return errUsage{"delete-article: want one or more article ids"}
	}
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("delete-article: %w", err)
	}
	defer closeStore(st, logger)
	for _, id := range fs.Args() {
		sum, err := st.DeleteArticle(ctx, id)
		if err != nil {
			return fmt.Errorf("delete-article: %w", err)
		}
		fmt.Fprintf(stdout, "deleted article %s; %d entities no longer mentioned were removed\n", id, sum.Pruned)
	}
	return nil
}
