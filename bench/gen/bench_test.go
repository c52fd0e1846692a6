package gen

import (
	"context"
	"testing"
)

// BenchmarkGenerate measures article generation on one goroutine
// (articles/s; MB/s from the mean article size).
func BenchmarkGenerate(b *testing.B) {
	g := newGen(b, Config{Seed: 1, Articles: 100000})
	src := g.Source()
	var a Article
	total := 0
	for i := range 200 {
		src.Generate(i, &a)
		total += len(a.Text)
	}
	b.SetBytes(int64(total / 200))
	b.ReportAllocs()
	b.ResetTimer()
	words := 0
	for i := 0; b.Loop(); i++ {
		src.Generate(i, &a)
		words += a.Words
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(words)/float64(b.N), "words/article")
}

// BenchmarkWriteDir measures generating and writing files with one
// worker, the figure the command's speed rests on.
func BenchmarkWriteDir(b *testing.B) {
	g := newGen(b, Config{Seed: 1, Articles: 100000})
	var sum Summary
	for b.Loop() {
		s, err := g.WriteDir(context.Background(), WriteOptions{Dir: b.TempDir(), Articles: 5000, Workers: 1})
		if err != nil {
			b.Fatal(err)
		}
		sum.Articles += s.Articles
		sum.Bytes += s.Bytes
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(sum.Articles)/sec, "articles/s")
	b.ReportMetric(float64(sum.Bytes)/sec/1e6, "MB/s")
}
