package graph_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// A view drawn from the view index is the list path's view, byte for byte:
// same nodes in the same order, same links, counts, dates and ids, same
// More and LinksMore, at every depth and with limits that bind.
func TestViewIndexMatchesLists(t *testing.T) {
	ctx := context.Background()
	compare := func(t *testing.T, st *graph.Store, ids []string, limits, maxLinks []int) {
		t.Helper()
		stats, err := st.BuildViewIndex(ctx)
		if err != nil || stats.Lists == 0 || stats.Entries == 0 || stats.Nodes < stats.Lists {
			t.Fatalf("build: %+v %v", stats, err)
		}
		type key struct {
			id                    string
			depth, limit, maxLink int
		}
		indexed := map[key][]byte{}
		n := 0
		for _, id := range ids {
			for depth := 1; depth <= 3; depth++ {
				for _, limit := range limits {
					for _, ml := range maxLinks {
						if !graph.UsesViewIndex(st, ctx) {
							t.Fatal("the view index is not in use")
						}
						// The web server's encoding first, straight from the
						// index with nodes kept without their properties; then
						// the graph, whose nodes must have them.
						o := graph.NeighbourhoodOptions{ID: id, Depth: depth, Limit: limit, MaxLinks: ml}
						direct, err := st.NeighbourhoodJSON(ctx, o, []byte("x"))
						if err != nil {
							t.Fatal(err)
						}
						g, err := st.Neighbourhood(ctx, o)
						if err != nil {
							t.Fatal(err)
						}
						for _, nd := range g.Nodes {
							if len(nd.Properties) == 0 {
								t.Fatalf("%s: node %s of the view has no properties", nameOf(id), nd.ID)
							}
						}
						b, _ := json.Marshal(g)
						indexed[key{id, depth, limit, ml}] = b
						if string(direct) != "x"+string(b) {
							t.Errorf("%s depth %d limit %d links %d: NeighbourhoodJSON\n %s\nencoding/json\n %s", nameOf(id), depth, limit, ml, direct, b)
						}
						n += len(g.Links)
					}
				}
			}
		}
		if n == 0 {
			t.Fatal("no view has a link: nothing compared")
		}
		graph.DropViewIndex(st)
		for k, want := range indexed {
			g, err := st.Neighbourhood(ctx, graph.NeighbourhoodOptions{ID: k.id, Depth: k.depth, Limit: k.limit, MaxLinks: k.maxLink})
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := json.Marshal(g); string(got) != string(want) {
				t.Errorf("%s depth %d limit %d links %d:\n index %s\n lists %s", nameOf(k.id), k.depth, k.limit, k.maxLink, want, got)
			}
		}
	}
	entityIDs := func(t *testing.T) []string {
		var ids []string
		for _, r := range graphtest.Exec(t, "MATCH (n:Entity) RETURN n.id AS id ORDER BY id", nil) {
			ids = append(ids, r["id"].(string))
		}
		return ids
	}
	t.Run("fixture", func(t *testing.T) {
		st := openCorpus(t)
		compare(t, st, entityIDs(t), []int{2, 4, 500}, []int{1, 2000})
	})
	t.Run("generated", func(t *testing.T) {
		st := graphtest.Open(t)
		write(t, st, nbCorpus(60, 11)...)
		compare(t, st, entityIDs(t), []int{3, 12, 500}, []int{5, 2000})
	})
	t.Run("lists that overflowed", func(t *testing.T) {
		defer graph.SetNeighbourListSize(3)()
		st := graphtest.Open(t)
		write(t, st, nbCorpus(40, 5)...)
		compare(t, st, entityIDs(t), []int{4, 500}, []int{3, 2000})
	})
}

// The view index is used only while the graph is at the version it was
// built for: this store's own write stops its use at once (the view shows
// the write), KeepViewIndex rebuilds it once writes stop, and seeds it
// cannot answer (an entity without relations, an article, an unknown id)
// get the list path's answers.
func TestViewIndexFollowsTheGraph(t *testing.T) {
	ctx := context.Background()
	st := openCorpus(t)
	if _, ok := st.ViewIndex(ctx); ok {
		t.Fatal("a view index before any was built")
	}
	stats, err := st.BuildViewIndex(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if vi, ok := st.ViewIndex(ctx); !ok || !vi.InUse || vi.Nodes != stats.Nodes || vi.Entries != stats.Entries || vi.Version != stats.Version {
		t.Errorf("ViewIndex() = %+v %v after the build %+v", vi, ok, stats)
	}
	mk := func(key, a, b string) graph.Article {
		return graph.Article{ID: graph.ArticleID(key), File: key, SHA256: key, Title: key, Text: key,
			Entities:  []graph.Entity{{Ref: "a", Type: "Person", Name: a, Mentions: 1}, {Ref: "b", Type: "Person", Name: b, Mentions: 1}},
			Relations: []graph.Relation{{Type: "MET", Source: "a", Target: "b", Evidence: "They met.", Sentence: 0}}}
	}
	view := func(id string) (graph.NeighbourhoodGraph, error) {
		return st.Neighbourhood(ctx, graph.NeighbourhoodOptions{ID: id, Depth: 2})
	}
	newcomer := graph.EntityID("Person", "Zed Newcomer")
	write(t, st, mk("vi1.txt", "Ada Example", "Zed Newcomer"))
	if graph.UsesViewIndex(st, ctx) {
		t.Error("the view index is still in use after this store wrote")
	}
	g, err := view(ada.id())
	if err != nil || !nodeIDs(nodesOf(g))[newcomer] {
		t.Errorf("the view after a write lacks the new neighbour: %v", err)
	}
	kctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); st.KeepViewIndex(kctx, 50*time.Millisecond) }()
	defer func() { stop(); <-done }()
	eventually(t, 10*time.Second, "KeepViewIndex rebuilds the index after the last write", func() bool { return graph.UsesViewIndex(st, ctx) })
	g, err = view(ada.id())
	if err != nil || !nodeIDs(nodesOf(g))[newcomer] {
		t.Errorf("the view from the rebuilt index lacks the new neighbour: %v", err)
	}
	// Seeds without a list in the index answer as the list path does.
	write(t, st, graph.Article{ID: graph.ArticleID("vi2.txt"), File: "vi2.txt", SHA256: "vi2", Title: "vi2", Text: "vi2",
		Entities: []graph.Entity{{Ref: "p", Type: "Person", Name: "Lone Walker", Mentions: 1}}})
	eventually(t, 10*time.Second, "KeepViewIndex rebuilds the index after the second write", func() bool { return graph.UsesViewIndex(st, ctx) })
	lone := graph.EntityID("Person", "Lone Walker")
	for _, c := range []struct {
		id    string
		nodes int
		err   bool
	}{
		{lone, 1, false},
		{graph.ArticleID("vi2.txt"), 0, true},
		{"00000000-0000-5000-8000-000000000000", 0, true},
	} {
		g, err := view(c.id)
		if (err != nil) != c.err || len(g.Nodes) != c.nodes {
			t.Errorf("view of %s: %d nodes, err %v; want %d nodes, error %v", c.id, len(g.Nodes), err, c.nodes, c.err)
		}
	}
}

// eventually waits until cond holds, failing the test when it has not
// within d.
func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not within %s: %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
