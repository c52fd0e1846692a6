package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/extract/*.golden.json")

// TestGolden runs the extractor over the short original articles in
// testdata/extract and compares with the expected JSON. Run with -update
// to rewrite the expectations after a deliberate change, then review the
// diff. A second extraction must give identical bytes (determinism).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/extract/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden inputs in testdata/extract")
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			got := goldenJSON(t, f)
			if again := goldenJSON(t, f); !bytes.Equal(got, again) {
				t.Fatal("two runs over the same input differ")
			}
			want := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test ./ingest -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, exp) {
				t.Errorf("output differs from %s (run with -update and review the diff)\n--- got\n%s", want, got)
			}
		})
	}
}

func goldenJSON(t *testing.T, path string) []byte {
	t.Helper()
	doc, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	// every relation's offsets give back its evidence sentence, and every
	// entity span lies in the text
	for _, r := range res.Relations {
		if r.Start < 0 || r.End > len(res.Article.Text) || normText(res.Article.Text[r.Start:r.End]) != r.Evidence {
			t.Errorf("%s: offsets %d..%d do not give the evidence %q", path, r.Start, r.End, r.Evidence)
		}
	}
	for _, e := range res.Entities {
		for _, sp := range e.Spans {
			if sp.Start < 0 || sp.End > len(res.Article.Text) || sp.Start >= sp.End {
				t.Errorf("%s: bad span %+v for %s", path, sp, e.Name)
			}
		}
		if e.Mentions != len(e.Spans) {
			t.Errorf("%s: %s has %d mentions but %d spans", path, e.Name, e.Mentions, len(e.Spans))
		}
	}
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}
