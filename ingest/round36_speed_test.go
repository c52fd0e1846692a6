package ingest

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestLowerEventGate checks that lowerEventGate and namedEventGate list
// every head word of eventPass's detectors: the repository's articles (golden and
// development sets) must extract the same with the gate shut as with it
// open (every word let through to the detectors). A detector whose heads
// are missing from the gate loses its events here.
func TestLowerEventGate(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	dev, _ := filepath.Glob(filepath.Join("..", "testdata", "eval", "dev*", "*.txt"))
	files = append(files, dev...)
	if len(files) < 100 {
		t.Fatalf("only %d articles found", len(files))
	}
	ctx := context.Background()
	extractAll := func() []Result {
		out := make([]Result, len(files))
		for k, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if out[k], err = Extract(ctx, Document{File: filepath.Base(f), Text: text}); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		return out
	}
	gated := extractAll()
	saved, savedNamed := lowerEventGate, namedEventGate
	defer func() { lowerEventGate, namedEventGate = saved, savedNamed }()
	for k := range lowerEventGate {
		lowerEventGate[k], namedEventGate[k] = ^uint64(0), ^uint64(0)
	}
	open := extractAll()
	for k := range files {
		if !reflect.DeepEqual(gated[k], open[k]) {
			t.Errorf("%s: the gate changes the extraction: a detector's head word is missing from lowerEventGate or namedEventGate", files[k])
		}
	}
}
