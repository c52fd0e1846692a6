package loader

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// The writer folds each batch into the entities it touches instead of
// recomputing them from all their mentions (entity_accumulate), and it
// CREATEs relationships rather than MERGEing them. These tests hold that
// shortcut to the slow, obviously right answer: whatever the batch size,
// the graph is the one a full recomputation gives, and re-ingesting a
// changed corpus leaves no duplicate.

func load(t *testing.T, st *graph.Store, batch int, args ...string) Summary {
	t.Helper()
	graphtest.Wipe(t)
	sum, err := New(st, Options{Workers: 1, Batch: batch}).Run(context.Background(), args)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed() {
		t.Fatalf("skipped: %v", sum.Skipped)
	}
	return sum
}

func TestBatchingMatchesFullRecomputation(t *testing.T) {
	// Every annotated article the repo has: many names, spelled many ways.
	corpus := []string{"../../testdata/articles", "../../testdata/eval"}
	st := graphtest.Open(t)
	one := load(t, st, 1, corpus...)
	if one.Written < 80 {
		t.Fatalf("only %d articles written", one.Written)
	}
	perArticle := graphtest.Canonical(t)

	// What entity_refresh computes from all mentions is what the batches
	// folded in.
	ids := []string{}
	for _, r := range graphtest.Exec(t, `MATCH (n:Entity) RETURN n.id AS id`, nil) {
		ids = append(ids, r["id"].(string))
	}
	graphtest.Exec(t, cypher.Query("entity_refresh"), map[string]any{"ids": ids})
	graphtest.Diff(t, "after a full refresh", graphtest.Canonical(t), perArticle)

	load(t, st, 1000, corpus...)
	graphtest.Diff(t, "one batch vs one article per batch", graphtest.Canonical(t), perArticle)
	load(t, st, 7, corpus...)
	graphtest.Diff(t, "batches of 7 vs one article per batch", graphtest.Canonical(t), perArticle)
}
