package graph_test

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// nbCorpus is a deterministic corpus of n articles over a small population
// drawn with a skew (a few entities in most articles), so that with short
// lists (SetNeighbourListSize) the frequent entities' lists overflow and
// entries are evicted and come back. Some relations are dated, one person
// appears by surname alone before the full name arrives (an absorbing
// merge inside the writer), and some pairs repeat in one article.
func nbCorpus(n int, seed uint64) []graph.Article {
	r := rand.New(rand.NewPCG(seed, 1))
	pool := []graph.Entity{
		{Type: "Person", Name: "Ada Quill"}, {Type: "Person", Name: "Bo Tarn"}, {Type: "Person", Name: "Cy Vell"},
		{Type: "Person", Name: "Dee Morrow"}, {Type: "Person", Name: "Eli Pask"}, {Type: "Person", Name: "Fay Lund"},
		{Type: "Person", Name: "Gus Brand"}, {Type: "Person", Name: "Hal Ostrov"}, {Type: "Person", Name: "Tarn"},
		{Type: "Institution", Name: "Northern Grain Board"}, {Type: "Institution", Name: "Freedonia"},
		{Type: "Institution", Name: "Acme Bank"}, {Type: "Institution", Name: "Sylvanian Foreign Ministry"},
		{Type: "Event", Name: "Harbour Summit"}, {Type: "Event", Name: "Grain Talks"},
	}
	pick := func() int { // Zipf-like: low indexes far more often
		return min(int(float64(len(pool))*r.Float64()*r.Float64()), len(pool)-1)
	}
	var out []graph.Article
	for i := range n {
		key := fmt.Sprintf("nb%03d.txt", i)
		a := graph.Article{ID: graph.ArticleID(key), File: key, SHA256: "sha-" + key, Title: key, Text: "text of " + key}
		if i%3 == 0 {
			a.Published = fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)
		}
		// The surname alone in the first articles, the full name only
		// after them: the writer absorbs "Tarn" into "Bo Tarn".
		early := i < 6
		chosen := map[int]bool{}
		if early {
			chosen[8] = true
		}
		for len(chosen) < 3+r.IntN(4) {
			j := pick()
			if (j == 8 && !early) || (j == 1 && early) {
				continue
			}
			chosen[j] = true
		}
		idx := make([]int, 0, len(chosen))
		for j := range chosen {
			idx = append(idx, j)
		}
		sort.Ints(idx)
		for k, j := range idx {
			e := pool[j]
			e.Ref = fmt.Sprintf("e%d", k)
			e.Mentions = 1
			e.Confidence = 0.9
			a.Entities = append(a.Entities, e)
		}
		for s := range 2 + r.IntN(6) {
			x, y := a.Entities[r.IntN(len(a.Entities))], a.Entities[r.IntN(len(a.Entities))]
			rel := graph.Relation{Source: x.Ref, Target: y.Ref, Evidence: fmt.Sprintf("sentence %d", s), Sentence: s, Confidence: 0.8}
			switch {
			case x.Type == "Person" && y.Type == "Person":
				rel.Type = "MET"
			case x.Type == "Person" && y.Type == "Institution":
				rel.Type, rel.Role = "AFFILIATED_WITH", "envoy"
			case x.Type == "Institution" && y.Type != "Event":
				rel.Type = "SANCTIONED"
			case y.Type == "Event":
				rel.Type = "PARTICIPATED_IN"
			default:
				rel.Type, rel.Target = "SAID", ""
			}
			if r.IntN(3) == 0 {
				rel.Date = fmt.Sprintf("2025-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28))
			}
			a.Relations = append(a.Relations, rel)
		}
		out = append(out, a)
	}
	return out
}

// neighbourLists dumps every (:Neighbours) node, sorted.
func neighbourLists(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, r := range graphtest.Exec(t, "MATCH (l:Neighbours) RETURN properties(l) AS p", nil) {
		b, _ := json.Marshal(r["p"])
		out = append(out, string(b))
	}
	sort.Strings(out)
	return out
}

// checkLists compares the lists as maintained with the lists rebuilt from
// every entity's relationships, and checks they are well formed.
func checkLists(t *testing.T, what string, k int) {
	t.Helper()
	kept := neighbourLists(t)
	if len(kept) == 0 {
		t.Fatalf("%s: no neighbour lists", what)
	}
	if bad := graphtest.Exec(t, `MATCH (l:Neighbours)
		WHERE size(l.ids) = 0 OR size(l.ids) > $k OR size(l.ids) > l.total OR NOT EXISTS { MATCH (:Entity {id: l.id}) }
		RETURN l.id AS id`, map[string]any{"k": k}); len(bad) > 0 {
		t.Errorf("%s: %d lists empty, too long or without their entity: %v", what, len(bad), bad)
	}
	var ids []string
	for _, r := range graphtest.Exec(t, "MATCH (n:Entity) RETURN n.id AS id", nil) {
		ids = append(ids, r["id"].(string))
	}
	graphtest.Exec(t, cypher.Query("nb_rebuild"), map[string]any{"ids": ids, "k": k})
	graphtest.Diff(t, what+": kept (got) vs rebuilt (want)", kept, neighbourLists(t))
}

// TestNeighbourListsMatchRebuild writes a corpus in batches of several
// sizes, then replaces, deletes, merges and unmerges, and after each step
// checks that the lists the writer kept up to date equal the lists rebuilt
// from scratch — with lists of 3 entries, so that they overflow.
func TestNeighbourListsMatchRebuild(t *testing.T) {
	const k = 3
	defer graph.SetNeighbourListSize(k)()
	st := graphtest.Open(t)
	ctx := context.Background()
	arts := nbCorpus(90, 7)
	for i, size := 0, 1; i < len(arts); size = size%13 + 4 {
		write(t, st, arts[i:min(i+size, len(arts))]...)
		i += size
	}
	checkLists(t, "batches", k)
	over := graphtest.Exec(t, "MATCH (l:Neighbours) WHERE l.total > size(l.ids) RETURN count(*) AS n", nil)
	if n, _ := over[0]["n"].(int64); n < 3 {
		t.Fatalf("only %d lists overflowed; the corpus should overflow lists of %d", n, k)
	}
	if merges := graphtest.Exec(t, "MATCH (m:MergeRecord) RETURN count(*) AS n", nil); merges[0]["n"].(int64) == 0 {
		t.Errorf("the corpus should make the writer absorb a surname")
	}

	// Replaced articles: other relations, the same ids.
	changed := nbCorpus(90, 99)[:12]
	for i := range changed {
		changed[i].ID, changed[i].File, changed[i].SHA256 = arts[i*5].ID, arts[i*5].File, "changed"
	}
	write(t, st, changed[:5]...)
	write(t, st, changed[5:]...)
	checkLists(t, "replaced", k)

	for _, i := range []int{1, 2, 40} {
		if _, err := st.DeleteArticle(ctx, arts[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	checkLists(t, "deleted", k)

	into, from := graph.EntityID("Person", "Ada Quill"), graph.EntityID("Person", "Cy Vell")
	rec, err := st.Merge(ctx, into, from)
	if err != nil {
		t.Fatal(err)
	}
	checkLists(t, "merged", k)
	if _, err := st.Unmerge(ctx, rec); err != nil {
		t.Fatal(err)
	}
	checkLists(t, "unmerged", k)

	// More articles after all that: the incremental path again.
	write(t, st, nbCorpus(30, 3)...)
	checkLists(t, "more", k)
}

// TestNeighbourhoodFromLists checks the default view from neighbour lists
// against the query path on graphs where no limit binds (the same nodes
// and links), and its own ranking where one does.
func TestNeighbourhoodFromLists(t *testing.T) {
	ctx := context.Background()
	compare := func(t *testing.T, st *graph.Store, ids []string) {
		t.Helper()
		for _, id := range ids {
			for depth := 1; depth <= 3; depth++ {
				o := graph.NeighbourhoodOptions{ID: id, Depth: depth}
				fast, err := st.Neighbourhood(ctx, o)
				if err != nil {
					t.Fatal(err)
				}
				restore := graph.SetNeighbourViews(false)
				slow, err := st.Neighbourhood(ctx, o)
				restore()
				if err != nil {
					t.Fatal(err)
				}
				if a, b := viewLines(fast), viewLines(slow); fmt.Sprint(a) != fmt.Sprint(b) {
					graphtest.Diff(t, fmt.Sprintf("%s depth %d: lists (got) vs query (want)", nameOf(id), depth), a, b)
				}
			}
		}
	}
	t.Run("fixture", func(t *testing.T) {
		st := openCorpus(t)
		var ids []string
		for _, e := range allEnts {
			ids = append(ids, e.id())
		}
		compare(t, st, ids)

		// Ranking when the limit binds: strongest links to the frontier
		// first, entities before articles, then by id. Ada's neighbours
		// are each one relationship away; Bo and Ada share the most
		// articles but one MET, so every entity ties.
		g, err := st.Neighbourhood(ctx, graph.NeighbourhoodOptions{ID: ada.id(), Limit: 4})
		if err != nil {
			t.Fatal(err)
		}
		got := nodeIDs(nodesOf(g))
		if len(g.Nodes) != 4 || !got[ada.id()] || !got[bo.id()] || !got[freed.id()] || !got[summit.id()] || g.More != 2 {
			t.Errorf("limit 4: [%s], more %d; want Ada, Bo, Freedonia, the Summit (entities before articles), more 2", names(got), g.More)
		}
		checkSummaries(t, "limit 4", g)
	})
	t.Run("generated", func(t *testing.T) {
		st := graphtest.Open(t)
		write(t, st, nbCorpus(60, 11)...)
		var ids []string
		for _, r := range graphtest.Exec(t, "MATCH (n:Entity) RETURN n.id AS id ORDER BY id", nil) {
			ids = append(ids, r["id"].(string))
		}
		compare(t, st, ids)
	})
	t.Run("strongest first", func(t *testing.T) {
		defer graph.SetNeighbourListSize(2)()
		st := graphtest.Open(t)
		// Hub meets A three times, B twice and C once: a list of two keeps
		// A and B, and the view shows them, with more = 1 for C.
		hub := graph.Entity{Ref: "h", Type: "Person", Name: "Hub Person", Mentions: 1}
		var arts []graph.Article
		for i, other := range []string{"Alpha One", "Alpha One", "Alpha One", "Beta Two", "Beta Two", "Gamma Three"} {
			key := fmt.Sprintf("s%d.txt", i)
			arts = append(arts, graph.Article{ID: graph.ArticleID(key), File: key, SHA256: key, Title: key, Text: key,
				Entities:  []graph.Entity{hub, {Ref: "o", Type: "Person", Name: other, Mentions: 1}},
				Relations: []graph.Relation{{Type: "MET", Source: "h", Target: "o", Evidence: "They met.", Sentence: 0}}})
		}
		write(t, st, arts...)
		g, err := st.Neighbourhood(ctx, graph.NeighbourhoodOptions{ID: graph.EntityID("Person", "Hub Person")})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range g.Links {
			got = append(got, fmt.Sprint(l.Count))
		}
		if len(g.Nodes) != 3 || g.More != 1 || fmt.Sprint(got) != "[3 2]" {
			t.Errorf("hub view: %d nodes, more %d, link counts %v; want 3 nodes, more 1, [3 2]", len(g.Nodes), g.More, got)
		}
	})
}

// viewLines renders a view's nodes and links for comparison.
func viewLines(g graph.NeighbourhoodGraph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, fmt.Sprintf("N %s %s %d", n.ID, n.Type, n.Degree))
	}
	for _, l := range g.Links {
		out = append(out, fmt.Sprintf("L %s %d %s %s %v", l.ID, l.Count, l.First, l.Last, l.Directed))
	}
	out = append(out, fmt.Sprintf("more %d links_more %d", g.More, g.LinksMore))
	sort.Strings(out)
	return out
}

// TestNodeCacheFollowsOtherWriters checks the node cache of views: a view
// may lag another process's write by at most the cache interval, and this
// process's own writes show at once.
func TestNodeCacheFollowsOtherWriters(t *testing.T) {
	ctx := context.Background()
	other := graphtest.Open(t) // the other process: an ingest run
	const every = 2 * time.Second
	cfg := graphtest.Config()
	cfg.NodeCacheInterval = every
	st, err := graph.Open(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	mk := func(key, a, b string) graph.Article {
		return graph.Article{ID: graph.ArticleID(key), File: key, SHA256: key, Title: key, Text: key,
			Entities:  []graph.Entity{{Ref: "a", Type: "Person", Name: a, Mentions: 1}, {Ref: "b", Type: "Person", Name: b, Mentions: 1}},
			Relations: []graph.Relation{{Type: "MET", Source: "a", Target: "b", Evidence: "They met.", Sentence: 0}}}
	}
	seed := graph.EntityID("Person", "Ada Quill")
	view := func() map[string]bool {
		t.Helper()
		g, err := st.Neighbourhood(ctx, graph.NeighbourhoodOptions{ID: seed})
		if err != nil {
			t.Fatal(err)
		}
		return nodeIDs(nodesOf(g))
	}
	write(t, other, mk("c1.txt", "Ada Quill", "Bo Tarn"))
	if v := view(); len(v) != 2 {
		t.Fatalf("first view: %d nodes, want 2", len(v))
	}
	start := time.Now()
	write(t, other, mk("c2.txt", "Ada Quill", "Cy Vell"))
	newcomer := graph.EntityID("Person", "Cy Vell")
	if v := view(); v[newcomer] && time.Since(start) < every/2 {
		t.Errorf("another process's write showed at once: the view did not come from the cache")
	}
	time.Sleep(every - time.Since(start) + 100*time.Millisecond)
	if v := view(); !v[newcomer] {
		t.Errorf("after the cache interval the view still lacks the new neighbour: %v", v)
	}
	// This process's own write shows at once.
	write(t, st, mk("c3.txt", "Ada Quill", "Dee Morrow"))
	if v := view(); !v[graph.EntityID("Person", "Dee Morrow")] {
		t.Errorf("the store's own write does not show at once: %v", v)
	}
}

// TestEntityLockWaits checks what nb_rebuild's callers rely on: the SET
// of entity_lock, though it writes the value already there, takes the
// entity's write lock, so a second writer waits until the first commits
// instead of reading a neighbour list that is about to change.
func TestEntityLockWaits(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	write(t, st, nbCorpus(3, 1)...)
	id := graph.EntityID("Person", "Ada Quill")
	cfg := graphtest.Config()
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cmp.Or(cfg.User, "neo4j"), cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	lock := cypher.Query("entity_lock")
	s1 := drv.NewSession(ctx, neo4j.SessionConfig{})
	defer s1.Close(ctx)
	tx1, err := s1.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := tx1.Run(ctx, lock, map[string]any{"ids": []string{id}})
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := res.Consume(ctx); err != nil || sum.Counters().PropertiesSet() != 1 {
		t.Fatalf("entity_lock: %v, want one property set (the entity exists)", err)
	}
	done := make(chan time.Time, 1)
	go func() {
		s2 := drv.NewSession(ctx, neo4j.SessionConfig{})
		defer s2.Close(ctx)
		_, err := s2.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, lock, map[string]any{"ids": []string{id}})
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		})
		if err != nil {
			t.Error(err)
		}
		done <- time.Now()
	}()
	time.Sleep(700 * time.Millisecond)
	released := time.Now()
	if err := tx1.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if at := <-done; at.Before(released) {
		t.Errorf("a second entity_lock went through while the first transaction held the entity")
	}
}
