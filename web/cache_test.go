package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/web"
	"github.com/newsgraph/newsgraph/web/webtest"
)

// counting is a graph whose search answers with the version it is at and
// counts its calls; gate, when set, holds every search until closed.
type counting struct {
	webtest.Down
	version atomic.Int64
	calls   atomic.Int64
	fail    atomic.Bool
	gate    chan struct{}
	started chan struct{} // receives once per search that began
}

func (g *counting) Version(context.Context) (int64, error) { return g.version.Load(), nil }

func (g *counting) Search(ctx context.Context, q string, _ []string, limit int) ([]graph.EntitySummary, error) {
	g.calls.Add(1)
	if g.started != nil {
		g.started <- struct{}{}
	}
	if g.gate != nil {
		<-g.gate
	}
	if g.fail.Load() {
		return nil, &graph.Error{Code: graph.CodeUnavailable, Message: "down"}
	}
	// A long name makes answers big enough to test the byte budget.
	name := fmt.Sprintf("%s@v%d", q, g.version.Load()) + strings.Repeat("x", limit*100)
	return []graph.EntitySummary{{ID: "id-" + q, Name: name}}, nil
}

func search(t *testing.T, srv http.Handler, q string) (cache, name string) {
	t.Helper()
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/search?"+q, nil))
	if rec.Code != http.StatusOK {
		return rec.Header().Get("X-Cache"), fmt.Sprintf("status %d", rec.Code)
	}
	var body struct {
		Results []graph.EntitySummary `json:"results"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || len(body.Results) != 1 {
		t.Fatalf("search %s: %v %s", q, err, rec.Body)
	}
	return rec.Header().Get("X-Cache"), strings.TrimRight(body.Results[0].Name, "x")
}

func TestCacheHitsMissesAndVersions(t *testing.T) {
	g := &counting{}
	g.version.Store(1)
	srv := web.New(g, web.Options{CacheBytes: 1 << 20, CacheInterval: 50 * time.Millisecond})

	steps := []struct {
		q, wantCache, wantName string
		calls                  int64
	}{
		{"q=ada", "miss", "ada@v1", 1},
		{"q=ada", "hit", "ada@v1", 1},
		{"q=%20ada%20&limit=10", "hit", "ada@v1", 1}, // the same validated request
		{"q=ada&limit=3", "miss", "ada@v1", 2},       // another limit is another answer
		{"q=bo", "miss", "bo@v1", 3},
	}
	for _, s := range steps {
		c, name := search(t, srv, s.q)
		if c != s.wantCache || name != s.wantName || g.calls.Load() != s.calls {
			t.Errorf("%s: X-Cache %q, name %q, %d calls; want %q, %q, %d", s.q, c, name, g.calls.Load(), s.wantCache, s.wantName, s.calls)
		}
	}
	// A write elsewhere moves the version: within the interval the cache
	// notices and answers afresh.
	g.version.Store(2)
	deadline := time.Now().Add(2 * time.Second)
	for {
		c, name := search(t, srv, "q=ada")
		if name == "ada@v2" {
			if c != "miss" {
				t.Errorf("first answer after the write: X-Cache %q, want miss", c)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("still %q (%s) after the version changed", name, c)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if c, name := search(t, srv, "q=ada"); c != "hit" || name != "ada@v2" {
		t.Errorf("after the refresh: %q %q, want a hit of v2", c, name)
	}
	if st := srv.CacheStats(); !st.Enabled || st.Hits < 3 || st.Misses < 4 {
		t.Errorf("stats %+v", st)
	}
}

func TestCacheDoesNotKeepErrors(t *testing.T) {
	g := &counting{}
	srv := web.New(g, web.Options{CacheBytes: 1 << 20})
	g.fail.Store(true)
	if c, name := search(t, srv, "q=ada"); name != "status 503" || c != "" {
		t.Errorf("failing search: %q %q, want 503", c, name)
	}
	g.fail.Store(false)
	if c, name := search(t, srv, "q=ada"); c != "miss" || name != "ada@v0" {
		t.Errorf("after recovery: %q %q, want a miss", c, name)
	}
}

func TestCacheOff(t *testing.T) {
	g := &counting{}
	srv := web.New(g, web.Options{})
	for range 3 {
		if c, _ := search(t, srv, "q=ada"); c != "off" {
			t.Errorf("X-Cache %q, want off", c)
		}
	}
	if g.calls.Load() != 3 || srv.CacheStats().Enabled {
		t.Errorf("%d calls, stats %+v; want 3 and disabled", g.calls.Load(), srv.CacheStats())
	}
}

// The byte budget evicts the least recently used answers.
func TestCacheEvictsByBytes(t *testing.T) {
	g := &counting{}
	// Each answer is about 1.2 KB (limit 10); room for four.
	srv := web.New(g, web.Options{CacheBytes: 5500})
	for _, q := range []string{"a", "b", "c", "d"} {
		search(t, srv, "q="+q+"&limit=10")
	}
	search(t, srv, "q=a&limit=10") // a is now the most recently used
	search(t, srv, "q=e&limit=10") // evicts b
	if st := srv.CacheStats(); st.Bytes > 5500 || st.Entries != 4 {
		t.Errorf("stats %+v: over the budget or nothing kept", st)
	}
	if c, _ := search(t, srv, "q=a&limit=10"); c != "hit" {
		t.Errorf("a: %q, want a hit (recently used)", c)
	}
	if c, _ := search(t, srv, "q=b&limit=10"); c != "miss" {
		t.Errorf("b: %q, want a miss (evicted)", c)
	}
}

// Identical requests that miss together are computed once.
func TestCacheSharesConcurrentMisses(t *testing.T) {
	g := &counting{gate: make(chan struct{}), started: make(chan struct{}, 64)}
	srv := web.New(g, web.Options{CacheBytes: 1 << 20})
	const n = 8
	var wg sync.WaitGroup
	got := make([]string, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = search(t, srv, "q=ada")
		}()
	}
	<-g.started // the leader is computing; give the others time to queue behind it
	time.Sleep(100 * time.Millisecond)
	close(g.gate)
	wg.Wait()
	if g.calls.Load() != 1 {
		t.Errorf("%d searches for %d identical requests, want 1", g.calls.Load(), n)
	}
	kinds := map[string]int{}
	for _, c := range got {
		kinds[c]++
	}
	if kinds["miss"] != 1 || kinds["shared"]+kinds["hit"] != n-1 {
		t.Errorf("X-Cache values %v, want one miss and the rest shared", kinds)
	}
}

// With Neo4j: a write through the store (as another process would make
// it) changes the cached answer within the interval.
func TestCacheSeesStoreWrites(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	art := func(id, name string) graph.Article {
		return graph.Article{
			ID: graph.ArticleID(id), Title: "Cache " + id, Published: "2025-03-01", Source: "test",
			Text: name + " spoke.", Words: 2,
			Entities: []graph.Entity{{Ref: "e1", Type: "Person", Name: name, Mentions: 1, Confidence: 1}},
		}
	}
	if _, err := st.WriteArticles(ctx, []graph.Article{art("cache-1", "Quillon Vexter")}); err != nil {
		t.Fatal(err)
	}
	const interval = 300 * time.Millisecond
	srv := web.New(st, web.Options{CacheBytes: 1 << 20, CacheInterval: interval})
	hits := func() (string, int) {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/search?q=vexter", nil))
		var body struct {
			Results []graph.EntitySummary `json:"results"`
		}
		if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &body) != nil {
			t.Fatalf("search: %d %s", rec.Code, rec.Body)
		}
		return rec.Header().Get("X-Cache"), len(body.Results)
	}
	if c, n := hits(); c != "miss" || n != 1 {
		t.Fatalf("first search: %q, %d hits; want a miss with 1", c, n)
	}
	if c, n := hits(); c != "hit" || n != 1 {
		t.Fatalf("second search: %q, %d hits; want a cache hit with 1", c, n)
	}
	if _, err := st.WriteArticles(ctx, []graph.Article{art("cache-2", "Ottoline Vexter")}); err != nil {
		t.Fatal(err)
	}
	written := time.Now()
	for {
		c, n := hits()
		if n == 2 {
			break
		}
		// Allow the interval plus a little for the version read itself.
		if time.Since(written) > interval+time.Second {
			t.Fatalf("still %d hit(s) (%s) %v after the write", n, c, time.Since(written))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// views is a graph whose neighbourhood views have Limit links (a limit of
// 500 makes an answer of some 70 KB) and counts its calls; gate, when
// set, holds every view until closed.
type views struct {
	webtest.Down
	calls   atomic.Int64
	gate    chan struct{}
	started chan struct{}
}

func (g *views) Version(context.Context) (int64, error) { return 1, nil }

func (g *views) Neighbourhood(ctx context.Context, o graph.NeighbourhoodOptions) (graph.NeighbourhoodGraph, error) {
	g.calls.Add(1)
	if g.started != nil {
		g.started <- struct{}{}
	}
	if g.gate != nil {
		<-g.gate
	}
	v := graph.NeighbourhoodGraph{Nodes: []graph.Node{{ID: o.ID, Type: "Person"}}}
	for i := range o.Limit {
		v.Links = append(v.Links, graph.LinkSummary{ID: fmt.Sprintf("MET:%s:n%05d", o.ID, i), Source: o.ID,
			Target: fmt.Sprintf("n%05d", i), Type: "MET", Count: int64(i + 1)})
	}
	return v, nil
}

func view(t *testing.T, srv http.Handler, limit int) (cache string, body []byte) {
	t.Helper()
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet,
		fmt.Sprintf("/api/entities/00000000-0000-5000-8000-000000000001/neighbourhood?limit=%d", limit), nil))
	var g graph.NeighbourhoodGraph
	if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &g) != nil || len(g.Links) != limit {
		t.Fatalf("view of %d links: %d %.200s", limit, rec.Code, rec.Body)
	}
	return rec.Header().Get("X-Cache"), rec.Body.Bytes()
}

// A small answer is kept at once; a large one from its second request on,
// so that a stream of views nobody returns to does not churn the cache.
func TestCacheAdmitsLargeAnswersOnSecondRequest(t *testing.T) {
	g := &views{}
	srv := web.New(g, web.Options{CacheBytes: 16 << 20})
	var got []string
	for _, limit := range []int{1, 1, 500, 500, 500, 500} {
		c, body := view(t, srv, limit)
		if limit == 500 && len(body) <= 64<<10 {
			t.Fatalf("a view of 500 links is %d bytes: not a large answer", len(body))
		}
		got = append(got, c)
	}
	if want := "[miss hit miss miss hit hit]"; fmt.Sprint(got) != want || g.calls.Load() != 3 {
		t.Errorf("X-Cache %v with %d views computed; want %s with 3", got, g.calls.Load(), want)
	}
}

// Identical requests that wait for a large answer nobody keeps each get
// the whole answer (it is copied out of the pooled buffer for them).
func TestCacheSharesLargeAnswers(t *testing.T) {
	defer web.PoisonReleasedAnswers()()
	g := &views{gate: make(chan struct{}), started: make(chan struct{}, 64)}
	srv := web.New(g, web.Options{CacheBytes: 16 << 20})
	const n = 6
	var wg sync.WaitGroup
	bodies, kinds := make([][]byte, n), make([]string, n)
	for i := range n {
		wg.Go(func() { kinds[i], bodies[i] = view(t, srv, 500) })
	}
	<-g.started
	time.Sleep(100 * time.Millisecond)
	close(g.gate)
	wg.Wait()
	// Then other answers reuse the pooled buffers: the shared bodies must
	// not change.
	want := string(bodies[0])
	for i := range 4 {
		view(t, srv, 499-i)
	}
	for i, b := range bodies {
		if string(b) != want {
			t.Errorf("request %d (%s) got a different body", i, kinds[i])
		}
	}
	if g.calls.Load() != 1+4 {
		t.Errorf("%d views computed, want 1 for the %d identical requests and 4 after", g.calls.Load(), n)
	}
}
