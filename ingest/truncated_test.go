package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestTruncatedArticles extracts every repository article (the golden
// articles and the development sets) cut short after each of its words. Rules look ahead of the token they are on ("…, a
// Republican" expects "from Idaho"), and an article that ends where a
// rule expects more must still come out whole: a panic would be turned
// into an error by Extract and the article lost. Fuzzing finds such
// bounds slowly because random bytes seldom form the phrases the rules
// wait for; real sentences cut at every word do.
func TestTruncatedArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every prefix of every article")
	}
	files := goldenAndDevArticles(t)
	ctx := context.Background()
	cuts := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(text); i++ {
			if text[i] != ' ' && text[i] != '\n' {
				continue
			}
			cuts++
			if _, err := Extract(ctx, Document{File: filepath.Base(f), Text: text[:i]}); err != nil {
				t.Errorf("%s cut after byte %d (…%q): %v", filepath.Base(f), i, text[max(0, i-40):i], err)
			}
		}
	}
	t.Logf("%d articles, %d prefixes", len(files), cuts)
	if cuts < 10000 {
		t.Fatalf("only %d cuts: articles missing?", cuts)
	}
}

// goldenAndDevArticles lists the golden articles and every development
// set's articles, the real text the whole-corpus checks run over; fewer
// than 100 means the test runs from the wrong directory.
func goldenAndDevArticles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	dev, _ := filepath.Glob(filepath.Join("..", "testdata", "eval", "dev*", "*.txt"))
	files = append(files, dev...)
	if len(files) < 100 {
		t.Fatalf("only %d articles found", len(files))
	}
	return files
}
