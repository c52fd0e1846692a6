package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/newsgraph/newsgraph/graph"
)

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func runMigrate(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	return runWithStore(ctx, command{
		name:  "migrate",
		usage: "migrate [flags]\n\nApplies pending schema migrations (cypher/schema) and lists the applied ones.",
		run: func(ctx context.Context, st *graph.Store, _ []string) error {
			names, err := st.Migrations(ctx) // opening the store applied pending ones
			for _, n := range names {
				fmt.Fprintf(stdout, "applied %s\n", n)
			}
			return err
		},
	}, args, stderr, logger)
}

func runStats(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	return runWithStore(ctx, command{
		name:  "stats",
		usage: "stats [flags]\n\nPrints node counts by label and relationship counts by type as JSON.",
		run: func(ctx context.Context, st *graph.Store, _ []string) error {
			s, err := st.Stats(ctx)
			if err != nil {
				return err
			}
			return printJSON(stdout, s)
		},
	}, args, stderr, logger)
}

func runMerge(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	return runWithStore(ctx, command{
		name: "merge",
		usage: "merge [flags] KEEP_ID MERGED_ID\n\nMoves every relationship of MERGED_ID, with its evidence, to KEEP_ID and deletes MERGED_ID.\n" +
			"The merge is recorded; `newsgraph unmerge RECORD_ID` undoes it, `newsgraph merges` lists them.",
		args: exactly(2, "two entity ids"),
		run: func(ctx context.Context, st *graph.Store, a []string) error {
			rec, err := st.Merge(ctx, a[0], a[1])
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "merged %s into %s (undo: newsgraph unmerge %s)\n", a[1], a[0], rec)
			return nil
		},
	}, args, stderr, logger)
}

func runUnmerge(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	return runWithStore(ctx, command{
		name:  "unmerge",
		usage: "unmerge [flags] RECORD_ID\n\nUndoes a recorded merge (newsgraph merges lists them).",
		args:  exactly(1, "one merge record id (see newsgraph merges)"),
		run: func(ctx context.Context, st *graph.Store, a []string) error {
			m, err := st.Unmerge(ctx, a[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "restored %s (%s) from %s\n", m.From, m.FromName, m.Into)
			return nil
		},
	}, args, stderr, logger)
}

func runMerges(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	var limit int
	return runWithStore(ctx, command{
		name:  "merges",
		usage: "merges [flags]\n\nLists recorded merges, newest first, as JSON.",
		flags: func(fs *flag.FlagSet) { fs.IntVar(&limit, "limit", 100, "how many, newest first") },
		run: func(ctx context.Context, st *graph.Store, _ []string) error {
			ms, err := st.Merges(ctx, limit)
			if err != nil {
				return err
			}
			return printJSON(stdout, ms)
		},
	}, args, stderr, logger)
}

func runDeleteArticle(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	return runWithStore(ctx, command{
		name:  "delete-article",
		usage: "delete-article [flags] ARTICLE_ID …\n\nRemoves articles and everything they contributed; entities no other article mentions go too.",
		args: func(a []string) error {
			if len(a) == 0 {
				return errors.New("want one or more article ids")
			}
			return nil
		},
		run: func(ctx context.Context, st *graph.Store, a []string) error {
			for _, id := range a {
				sum, err := st.DeleteArticle(ctx, id)
				if err != nil {
					return err
				}
				fmt.Fprintf(stdout, "deleted article %s; %d entities no longer mentioned were removed\n", id, sum.Pruned)
			}
			return nil
		},
	}, args, stderr, logger)
}
