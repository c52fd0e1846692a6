package ingest

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
)

// TestConcurrentExtract runs Extract from several goroutines at once (the
// loader does) and checks every result equals the sequential one; run
// with -race to check the shared lexicon and buffer pool.
func TestConcurrentExtract(t *testing.T) {
	corpus := benchCorpus(24)
	want := make([]string, len(corpus))
	for i, d := range corpus {
		res, err := Extract(context.Background(), Document{File: "c.txt", Text: d})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(res)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(corpus)*4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := range corpus {
				j := (i + g*7) % len(corpus)
				res, err := Extract(context.Background(), Document{File: "c.txt", Text: corpus[j]})
				if err != nil {
					errs <- err.Error()
					return
				}
				b, _ := json.Marshal(res)
				if string(b) != want[j] {
					errs <- "result differs under concurrency"
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
