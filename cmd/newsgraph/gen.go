package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/bench/gen"
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
	var p *genProgress
	if !*quiet {
		p = newGenProgress(stderr, *n, 10*time.Second, logger)
		opts.Progress = p.add
	}
	sum, err := g.WriteDir(ctx, opts)
	p.done()
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

// genProgress shows articles written, articles/s and ETA: a redrawn
// bar on a terminal, a log line every interval otherwise (the style of
// the ingest loader's progress).
type genProgress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	total int
	n     int
	start time.Time
	last  time.Time
	every time.Duration
	log   *slog.Logger
}

func newGenProgress(w io.Writer, total int, every time.Duration, log *slog.Logger) *genProgress {
	p := &genProgress{w: w, total: total, start: time.Now(), every: every, log: log}
	p.last = p.start
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

// add records that done articles are written (a running total).
func (p *genProgress) add(done int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if done > p.n {
		p.n = done
	}
	now := time.Now()
	if p.tty {
		if now.Sub(p.last) >= 100*time.Millisecond {
			p.last = now
			fmt.Fprintf(p.w, "\r%s", p.line(now))
		}
		return
	}
	if now.Sub(p.last) >= p.every {
		p.last = now
		el := now.Sub(p.start).Seconds()
		p.log.Info("gen progress", "done", p.n, "total", p.total,
			"articles_per_s", int(float64(p.n)/el), "eta", p.eta(el).String())
	}
}

func (p *genProgress) done() {
	if p == nil || !p.tty {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\r%s\n", p.line(time.Now()))
}

func (p *genProgress) eta(elapsed float64) time.Duration {
	if p.n == 0 {
		return 0
	}
	rate := float64(p.n) / elapsed
	return time.Duration(float64(p.total-p.n) / rate * float64(time.Second)).Round(time.Second)
}

func (p *genProgress) line(now time.Time) string {
	const width = 30
	el := now.Sub(p.start).Seconds()
	fill := width
	if p.total > 0 {
		fill = p.n * width / p.total
	}
	rate := 0.0
	if el > 0 {
		rate = float64(p.n) / el
	}
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
	return fmt.Sprintf("[%s] %d/%d articles  %.0f/s  ETA %s ", bar, p.n, p.total, rate, p.eta(el))
}
