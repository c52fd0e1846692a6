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
