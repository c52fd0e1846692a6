package web_test

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/ingest/loader"
)

// TestE2EFixture is not a test but the end-to-end run's set-up, run by
// scripts/test with NEWSGRAPH_E2E_FIXTURE=1 right before the browser tests:
// it empties the test database (graphtest.Open wipes it), applies the
// schema and ingests the sample articles, and leaves them there for the
// server the browser talks to. Otherwise it skips.
func TestE2EFixture(t *testing.T) {
	if os.Getenv("NEWSGRAPH_E2E_FIXTURE") != "1" {
		t.Skip("set NEWSGRAPH_E2E_FIXTURE=1 to load the end-to-end fixture (scripts/test does)")
	}
	st := graphtest.Open(t)
	sum, err := loader.New(st, loader.Options{}).Run(context.Background(), []string{"../testdata/articles"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed() || sum.Articles == 0 {
		t.Fatalf("ingest of testdata/articles: %d articles, skipped %+v", sum.Articles, sum.Skipped)
	}
	t.Logf("e2e fixture: %d articles ingested", sum.Articles)
}
