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
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// listFlag is a flag that may be repeated and takes comma-separated values.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

// exportTimeout bounds one export or import transaction: larger than the
// default query timeout, which is meant for interactive queries.
const exportTimeout = 10 * time.Minute

func runExport(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	var o graph.ExportOptions
	var seeds, labels, types listFlag
	fs.Var(&seeds, "seed", "entity id to start from (repeatable, or comma-separated); none exports the whole graph")
	fs.IntVar(&o.Depth, "depth", 1, "with --seed: relations away from the seeds, 1..3")
	fs.Var(&labels, "labels", "node labels to include, comma-separated: Person,Institution,Event,Place,Article (default all)")
	fs.Var(&types, "types", "relationship types to include, comma-separated: SAID,MET,SANCTIONED,AFFILIATED_WITH,PARTICIPATED_IN,MENTIONED_IN (default all)")
	fs.StringVar(&o.From, "from", "", "keep relations dated (or published) on or after this day, YYYY-MM-DD")
	fs.StringVar(&o.To, "to", "", "keep relations dated (or published) on or before this day, YYYY-MM-DD")
	fs.IntVar(&o.Limit, "limit", graph.DefaultExportNodes, fmt.Sprintf("most nodes to export, 1..%d (cited articles come on top)", graph.MaxExportNodes))
	format := fs.String("format", "json", "json (newsgraph's export format, docs/export.schema.json) or graphml (Gephi, Cytoscape)")
	var out string
	fs.StringVar(&out, "o", "", "write to this file instead of stdout")
	fs.StringVar(&out, "output", "", "same as -o")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph export [--seed ID …] [--depth N] [--labels …] [--types …] [--from DATE] [--to DATE] [--limit N] [--format json|graphml] [-o FILE]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	if fs.NArg() > 0 {
		return errUsage{fmt.Sprintf("export: unexpected argument %q", fs.Arg(0))}
	}
	if *format != "json" && *format != "graphml" {
		return errUsage{fmt.Sprintf("export: --format %q: want json or graphml", *format)}
	}
	o.Seeds, o.Labels, o.Types = seeds, labels, types
	if len(seeds) == 0 {
		o.Depth = 0 // the whole graph: depth means nothing
	}
	db.cfg.QueryTimeout = exportTimeout
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer closeStore(st, logger)
	g, err := st.Export(ctx, o)
	if err != nil {
		if graph.ErrorCode(err) == graph.CodeInvalid {
			return errUsage{"export: " + graph.ErrorMessage(err)}
		}
		return fmt.Errorf("export: %w", err)
	}
	write := func(w io.Writer) error {
		if *format == "graphml" {
			return graph.WriteGraphML(w, g)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(g)
	}
	if out == "" || out == "-" {
		if err := write(stdout); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	} else if err := writeFileAtomic(out, write); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	where := out
	if where == "" || where == "-" {
		where = "stdout"
	}
	fmt.Fprintf(stderr, "export: %d nodes, %d links as %s to %s", len(g.Nodes), len(g.Links), *format, where)
	if g.More > 0 {
		fmt.Fprintf(stderr, "; %d more nodes left out by --limit %d", g.More, g.Meta.Options.Limit)
	}
	fmt.Fprintln(stderr)
	return nil
}

// writeFileAtomic writes through a temporary file renamed into place, so
// a failed export never leaves a half-written file under the name asked for.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
