package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// Writer stores whole articles; *graph.Store is the real one.
type Writer interface {
	WriteArticles(ctx context.Context, arts []graph.Article) (graph.WriteSummary, error)
}

var _ Writer = (*graph.Store)(nil)

// ExtractFunc turns a document into extraction results (ingest.Extract).
type ExtractFunc func(ctx context.Context, doc ingest.Document) (ingest.Result, error)

// Options tune a Loader. Zero values take the defaults.
type Options struct {
	Workers  int           // extraction goroutines; default GOMAXPROCS
	Batch    int           // whole articles per write transaction; default 200 (BENCHMARKS.md: the batch-size sweep)
	Progress io.Writer     // progress output: a bar on a terminal, log lines otherwise; nil for none
	Every    time.Duration // interval of progress log lines; default 5s
	Stdin    io.Reader     // what "-" reads; default os.Stdin
	Extract  ExtractFunc   // default ingest.Extract
	Logger   *slog.Logger
	// RetryFor is how long a batch keeps being retried, with backoff, while
	// Neo4j is unreachable (restarting, failing over) before the run gives
	// up; default 2 minutes. The driver already retries transient errors
	// inside one transaction for 30 s; this covers longer outages.
	RetryFor time.Duration
}

// Skip is an input that was not ingested, and why.
type Skip struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Summary is what a run did.
type Summary struct {
	Files              int           `json:"files"`          // inputs found
	Articles           int           `json:"articles"`       // extracted successfully
	Found              int           `json:"entities_found"` // entities extracted, counted per article
	graph.WriteSummary               // what the writer stored
	Skipped            []Skip        `json:"skipped"` // inputs not stored
	Duration           time.Duration `json:"duration_ns"`
}

// Failed reports whether any input was skipped.
func (s Summary) Failed() bool { return len(s.Skipped) > 0 }

// Loader runs ingest over many inputs into a Writer.
type Loader struct {
	w    Writer
	opts Options
	log  *slog.Logger
}

// New returns a Loader writing to w.
func New(w Writer, opts Options) *Loader {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.Batch <= 0 {
		opts.Batch = 200
	}
	if opts.Every <= 0 {
		opts.Every = 5 * time.Second
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.Extract == nil {
		opts.Extract = ingest.Extract
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.RetryFor <= 0 {
		opts.RetryFor = 2 * time.Minute
	}
	return &Loader{w: w, opts: opts, log: opts.Logger}
}

type extracted struct {
	in   input
	art  graph.Article
	ents int
	err  error
}

// Run ingests args (files, directories, globs, "-"). It returns an error
// only when the run could not go on (the context ended, or the database
// failed in a way retries did not cure); bad inputs are in Summary.Skipped.
func (l *Loader) Run(ctx context.Context, args []string) (Summary, error) {
	start := time.Now()
	inputs, skips := expand(args)
	sum := Summary{Files: len(inputs) + len(skips), Skipped: skips}
	for _, s := range skips {
		l.log.Warn("skipped", "file", s.File, "reason", s.Reason)
	}
	prog := NewProgress(l.opts.Progress, "ingest", len(inputs), l.opts.Every, l.log)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan input)
	results := make(chan extracted, l.opts.Workers*2)
	go func() {
		defer close(jobs)
		for _, in := range inputs {
			select {
			case jobs <- in:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range l.opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				results <- l.extract(ctx, in)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Batches go to one writer goroutine through a short queue, so workers
	// keep extracting while a batch is being written: on a small machine
	// extraction and Neo4j share the cores, and neither waits for the other.
	// One writer, not several: batches touching the same frequent entities
	// would only queue on each other's locks.
	// The writer owns what it produces (written, writeSkips, runErr); the
	// collector reads them only after writerDone, so nothing is shared.
	batches := make(chan []extracted, 2)
	var (
		written    graph.WriteSummary
		writeSkips []Skip
		runErr     error
	)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for b := range batches {
			if runErr != nil {
				continue // drain
			}
			ws, skipped, err := l.write(ctx, b)
			written.Add(ws)
			writeSkips = append(writeSkips, skipped...)
			if err != nil {
				runErr = err
				cancel()
			}
			prog.Add(len(b))
		}
	}()
	batch := make([]extracted, 0, l.opts.Batch)
	flush := func() {
		if len(batch) == 0 {
			return
		}
		batches <- batch
		batch = make([]extracted, 0, l.opts.Batch)
	}
	for r := range results {
		if r.err != nil {
			sum.Skipped = append(sum.Skipped, Skip{File: r.in.path, Reason: r.err.Error()})
			l.log.Warn("skipped", "file", r.in.path, "reason", r.err)
			prog.Add(1)
			continue
		}
		sum.Articles++
		sum.Found += r.ents
		batch = append(batch, r)
		if len(batch) >= l.opts.Batch {
			flush()
		}
	}
	flush()
	close(batches)
	<-writerDone
	sum.WriteSummary.Add(written)
	sum.Skipped = append(sum.Skipped, writeSkips...)
	prog.Done()
	sum.Duration = time.Since(start)
	if runErr == nil && ctx.Err() != nil {
		runErr = ctx.Err()
	}
	return sum, runErr
}

func (l *Loader) extract(ctx context.Context, in input) extracted {
	var doc ingest.Document
	var err error
	if in.path == Stdin {
		doc, err = ingest.ReadDocument("stdin", l.opts.Stdin)
	} else {
		doc, err = ingest.ReadFile(in.path)
	}
	if err != nil {
		return extracted{in: in, err: err}
	}
	doc.ID = graph.ArticleID(in.key)
	if doc.Source == "" {
		doc.Source = in.key
	}
	res, err := l.opts.Extract(ctx, doc)
	if err != nil {
		return extracted{in: in, err: err}
	}
	return extracted{in: in, art: ToArticle(doc, in.key, res), ents: len(res.Entities)}
}

// write stores a batch in one transaction. If the batch is refused as
// invalid, it retries article by article so that one bad article cannot
// keep the others out, and reports the bad ones as skipped.
func (l *Loader) write(ctx context.Context, batch []extracted) (graph.WriteSummary, []Skip, error) {
	arts := make([]graph.Article, len(batch))
	for i, b := range batch {
		arts[i] = b.art
	}
	ws, err := l.writeRetrying(ctx, arts, batch[0].in.path)
	if err == nil {
		return ws, nil, nil
	}
	if graph.ErrorCode(err) != graph.CodeInvalid || len(batch) == 1 {
		if graph.ErrorCode(err) == graph.CodeInvalid {
			return ws, []Skip{{File: batch[0].in.path, Reason: graph.ErrorMessage(err)}}, nil
		}
		return ws, nil, fmt.Errorf("write batch of %d articles (first %s): %w", len(batch), batch[0].in.path, err)
	}
	var total graph.WriteSummary
	var skips []Skip
	for _, b := range batch {
		one, err := l.writeRetrying(ctx, []graph.Article{b.art}, b.in.path)
		switch {
		case err == nil:
			total.Add(one)
		case graph.ErrorCode(err) == graph.CodeInvalid:
			skips = append(skips, Skip{File: b.in.path, Reason: graph.ErrorMessage(err)})
			l.log.Warn("skipped", "file", b.in.path, "reason", err)
		default:
			return total, skips, fmt.Errorf("write %s: %w", b.in.path, err)
		}
	}
	return total, skips, nil
}

// writeRetrying writes arts, retrying with exponential backoff (0.5 s
// doubling to 15 s) while the database is unavailable, for at most
// Options.RetryFor. Writes are idempotent (an article already stored with
// the same content is skipped), so a batch that did commit before the
// connection dropped is harmless to send again.
func (l *Loader) writeRetrying(ctx context.Context, arts []graph.Article, first string) (graph.WriteSummary, error) {
	deadline := time.Now().Add(l.opts.RetryFor)
	wait := 500 * time.Millisecond
	for attempt := 1; ; attempt++ {
		ws, err := l.w.WriteArticles(ctx, arts)
		if err == nil || graph.ErrorCode(err) != graph.CodeUnavailable || time.Now().Add(wait).After(deadline) {
			return ws, err
		}
		l.log.Warn("database unavailable: retrying batch", "articles", len(arts), "first", first,
			"attempt", attempt, "in", wait.String(), "err", err)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return ws, ctx.Err()
		}
		wait = min(wait*2, 15*time.Second)
	}
}

// ToArticle converts extraction results into the graph's article model;
// file is the stable key the article is stored under (see expand). The
// loader and the upload endpoint both write articles through it.
func ToArticle(doc ingest.Document, file string, res ingest.Result) graph.Article {
	a := graph.Article{
		ID: doc.ID, Title: res.Article.Title, Byline: res.Article.Byline, Published: res.Article.Published,
		Source: doc.Source, File: file, SHA256: res.Article.SHA256, Text: res.Article.Text,
		Words: res.Article.Words,
	}
	a.Entities = make([]graph.Entity, 0, len(res.Entities))
	for _, e := range res.Entities {
		a.Entities = append(a.Entities, graph.Entity{
			Ref: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases, Kind: e.Kind,
			Mentions: e.Mentions, Confidence: e.Confidence,
		})
	}
	a.Relations = make([]graph.Relation, 0, len(res.Relations))
	for _, r := range res.Relations {
		a.Relations = append(a.Relations, graph.Relation{
			Type: r.Type, Source: r.Source, Target: r.Target, Role: r.Role, Quote: r.Quote, Date: r.Date,
			Evidence: r.Evidence, Sentence: r.Sentence, Start: r.Start, End: r.End, Confidence: r.Confidence,
		})
	}
	return a
}

// ErrNothingToDo is returned by callers that find no inputs at all.
var ErrNothingToDo = errors.New("no input files")
