package bench

import (
	"bytes"
	"context"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/newsgraph/newsgraph/bench/gen"
	"github.com/newsgraph/newsgraph/ingest"
)

// corpus generates n articles once per benchmark run (generation is not
// what is measured) and counts their words.
func corpus(b *testing.B, n int) ([][]byte, int) {
	b.Helper()
	g, err := gen.New(gen.Config{Seed: 7, Articles: n})
	if err != nil {
		b.Fatal(err)
	}
	out := make([][]byte, n)
	words := 0
	for i := range out {
		a := g.Article(i)
		out[i] = a.Text
		words += len(bytes.Fields(a.Text))
	}
	return out, words
}

// BenchmarkExtractGenerated is the whole extraction pipeline (reading
// bytes → cleaning → entities → relations) over generated news, on as many
// goroutines as GOMAXPROCS: run it with -cpu 1,2 (scripts/bench does) for
// the one-core and all-core figures.
func BenchmarkExtractGenerated(b *testing.B) {
	docs, words := corpus(b, 500)
	ctx := context.Background()
	if _, err := ingest.Extract(ctx, ingest.Document{File: "warm.txt", Text: docs[0]}); err != nil {
		b.Fatal(err) // also loads the lexicon outside the timed part
	}
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := next.Add(1) - 1
			d := docs[int(i)%len(docs)]
			if _, err := ingest.Extract(ctx, ingest.Document{File: "g.txt", Text: d}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	sec := b.Elapsed().Seconds()
	perArticle := float64(words) / float64(len(docs))
	b.ReportMetric(float64(b.N)*perArticle/sec, "words/s")
	b.ReportMetric(float64(b.N)/sec, "articles/s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
}
