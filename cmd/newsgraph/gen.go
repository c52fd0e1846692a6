package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"time"

	"github.com/newsgraph/newsgraph/bench/gen"
	"github.com/newsgraph/newsgraph/ingest/loader"
)

// runGen implements "newsgraph gen": a synthetic corpus for measuring
// ingest speed and graph scale (see package bench/gen). The same flags
// always write the same bytes, whatever --workers says.
func runGen(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("articles", 1000, "number of articles to write")
	seed := fs.Uint64("seed", 1, "random seed: the same seed and sizes give the same corpus")
	out := fs.String("out", "", "output directory (created; DIR/000/000123.txt, 1,000 files per subdirectory)")
	people := fs.Int("people", 0, "people in the population (default articles/2, at least 200)")
	insts := fs.Int("institutions", 0, "institutions in the population (default articles/8, at least 60)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "goroutines generating and writing")
	force := fs.Bool("force", false, "write into a non-empty directory (same-named files are replaced)")
	asJSON := fs.Bool("json", false, "print the summary as JSON on stdout")
	quiet := fs.Bool("quiet", false, "no progress output")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph gen --articles N --seed S --out DIR [flags]\n\nWrites a deterministic synthetic news corpus for benchmarks.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	switch {
	case fs.NArg() > 0:
		return errUsage{fmt.Sprintf("gen: unexpected argument %q", fs.Arg(0))}
	case *out == "":
		fs.Usage()
		return errUsage{"gen: --out DIR is required"}
	case *n < 1:
		return errUsage{"gen: --articles must be at least 1"}
	case *workers < 1:
		return errUsage{"gen: --workers must be at least 1"}
	case *people < 0 || *insts < 0:
		return errUsage{"gen: --people and --institutions must not be negative"}
	}
	g, err := gen.New(gen.Config{Seed: *seed, Articles: *n, People: *people, Institutions: *insts})
	if err != nil {
		return err
	}
	opts := gen.WriteOptions{Dir: *out, Articles: *n, Workers: *workers, Force: *force}
	var p *loader.Progress
	if !*quiet {
		p = loader.NewProgress(stderr, "gen", *n, 10*time.Second, logger)
		opts.Progress = p.Set
	}
	sum, err := g.WriteDir(ctx, opts)
	p.Done()
	if errors.Is(err, gen.ErrNotEmpty) {
		return errUsage{err.Error()}
	}
	if err != nil {
		return err
	}
	rate := float64(sum.Articles) / max(sum.Elapsed.Seconds(), 1e-9)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			gen.Summary
			Dir         string  `json:"dir"`
			Seed        uint64  `json:"seed"`
			People      int     `json:"people"`
			Inst        int     `json:"institutions"`
			Seconds     float64 `json:"seconds"`
			ArticlesPer float64 `json:"articles_per_s"`
		}{sum, *out, *seed, len(g.People()), len(g.Institutions()), sum.Elapsed.Seconds(), rate})
	}
	fmt.Fprintf(stderr, "gen: %d articles, %.1f MB, %d words (%.0f per article) in %s (%.0f articles/s) to %s; %d people, %d institutions, seed %d\n",
		sum.Articles, float64(sum.Bytes)/1e6, sum.Words, float64(sum.Words)/float64(max(sum.Articles, 1)),
		sum.Elapsed.Round(time.Millisecond), rate, *out, len(g.People()), len(g.Institutions()), *seed)
	return nil
}
