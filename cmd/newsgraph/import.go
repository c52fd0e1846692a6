package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/newsgraph/newsgraph/graph"
)

func runImport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	force := fs.Bool("force", false, "import into a database that already holds articles or entities, overwriting what has the same ids")
	asJSON := fs.Bool("json", false, "print the summary as JSON on stdout")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph import [--force] [--json] FILE|-\n\nLoads a JSON export (newsgraph export) into an empty database.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage{"import: give one export file (or - for stdin)"}
	}
	name := fs.Arg(0)
	var in io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		in = f
	}
	g, err := graph.ReadExport(bufio.NewReader(in))
	if err != nil {
		return fmt.Errorf("import: %s: %s", name, graph.ErrorMessage(err))
	}
	db.cfg.QueryTimeout = exportTimeout
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer closeStore(st, logger)
	sum, err := st.Import(ctx, g, graph.ImportOptions{Force: *force})
	switch graph.ErrorCode(err) {
	case "":
	case graph.CodeConflict:
		return fmt.Errorf("%s (--force merges into it)", graph.ErrorMessage(err))
	case graph.CodeInvalid:
		return fmt.Errorf("import: %s: %s", name, graph.ErrorMessage(err))
	default:
		return fmt.Errorf("import: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	fmt.Fprintf(stdout, "import: %d articles, %d entities, %d mentions and %d relations from %s\n",
		sum.Articles, sum.Entities, sum.Mentions, sum.Relations, name)
	return nil
}
