package web_test

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/ingest/loader"
	"github.com/newsgraph/newsgraph/web"
	"github.com/newsgraph/newsgraph/web/webtest"
)

const someID = "00000000-0000-5000-8000-000000000001"

// Bad parameters are refused with 400 and code invalid before the graph is
// asked (the store here is down, so reaching it would answer 503).
func TestParameterValidation(t *testing.T) {
	srv := web.New(webtest.Down{}, web.Options{})
	long := strings.Repeat("a", 201)
	for _, target := range []string{
		"/api/search",
		"/api/search?q=",
		"/api/search?q=" + long,
		"/api/search?q=x&limit=0",
		"/api/search?q=x&limit=101",
		"/api/search?q=x&limit=ten",
		"/api/search?q=x&types=Article",
		"/api/search?q=x&qq=1",
		"/api/top?limit=1001",
		"/api/entities/not-an-id",
		"/api/entities/" + someID + "?depth=1",
		"/api/entities/" + someID + "/neighbourhood?depth=4",
		"/api/entities/" + someID + "/neighbourhood?depth=0",
		"/api/entities/" + someID + "/neighbourhood?limit=5001",
		"/api/entities/" + someID + "/neighbourhood?types=KNOWS",
		"/api/entities/" + someID + "/neighbourhood?labels=Thing",
		"/api/entities/" + someID + "/neighbourhood?from=2025-13-01",
		"/api/entities/" + someID + "/neighbourhood?from=25-01-01",
		"/api/entities/" + someID + "/neighbourhood?from=2025-02-01&to=2025-01-01",
		"/api/entities/" + someID + "/neighbourhood?mentions=maybe",
		"/api/entities/" + someID + "/timeline?to=yesterday",
		"/api/paths?source=" + someID,
		"/api/paths?source=" + someID + "&target=" + someID,
		"/api/paths?source=" + someID + "&target=00000000-0000-5000-8000-000000000002&max_length=7",
		"/api/paths?source=x&target=y",
		"/api/articles/'%20OR%201=1",
		"/api/relations",
		"/api/relations?a=" + someID,
		"/api/relations?key=zz",
		"/api/relations?key=0123456789abcdef0123456789abcdef01234567&a=" + someID,
		"/api/relations?a=" + someID + "&b=" + someID + "&entity=" + someID,
		"/api/export?format=csv",
		"/api/export?seeds=nope",
		"/api/export?limit=100001",
		"/api/export?seeds=" + someID + "&depth=4",
	} {
		rec, body := get(t, srv, target)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 400", target, rec.Code)
			continue
		}
		e, _ := body["error"].(map[string]any)
		if e["code"] != "invalid" || e["message"] == "" {
			t.Errorf("GET %s: error body %v", target, body)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	srv := web.New(webtest.Down{}, web.Options{})
	for _, target := range []string{"/", "/api/config"} {
		rec, _ := get(t, srv, target)
		h := rec.Header()
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: CSP %q", target, csp)
		}
		if target == "/" && (!strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline")) {
			t.Errorf("%s: CSP %q", target, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
			t.Errorf("%s: headers %v", target, h)
		}
	}
}

// TestAPIFlowWithNeo4j ingests the sample articles and walks the explorer's
// requests: search, entity, neighbourhood, relation evidence, article,
// path, timeline, export.
func TestAPIFlowWithNeo4j(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	sum, err := loader.New(st, loader.Options{Workers: 2}).Run(ctx, []string{"../testdata/articles"})
	if err != nil || sum.Failed() {
		t.Fatalf("ingest: %v %+v", err, sum.Skipped)
	}
	srv := web.New(st, web.Options{})

	rec, body := get(t, srv, "/api/search?q=koval&types=Person")
	results, _ := body["results"].([]any)
	if rec.Code != http.StatusOK || len(results) == 0 {
		t.Fatalf("search: %d %v", rec.Code, body)
	}
	koval := results[0].(map[string]any)
	if !strings.Contains(koval["name"].(string), "Koval") {
		t.Errorf("first hit %v", koval)
	}
	id := koval["id"].(string)

	rec, body = get(t, srv, "/api/entities/"+id)
	if rec.Code != http.StatusOK || body["name"] != koval["name"] {
		t.Fatalf("entity: %d %v", rec.Code, body)
	}

	rec, body = get(t, srv, "/api/entities/"+id+"/neighbourhood?depth=2&limit=300")
	if rec.Code != http.StatusOK {
		t.Fatalf("neighbourhood: %d %v", rec.Code, body)
	}
	nodes, links := body["nodes"].([]any), body["links"].([]any)
	if len(nodes) < 2 || len(links) == 0 {
		t.Fatalf("neighbourhood: %d nodes, %d links", len(nodes), len(links))
	}
	rec, small := get(t, srv, "/api/entities/"+id+"/neighbourhood?depth=2&limit=2")
	if rec.Code != http.StatusOK || len(small["nodes"].([]any)) != 2 || small["more"].(float64) < 1 {
		t.Errorf("capped neighbourhood: %d nodes, more %v", len(small["nodes"].([]any)), small["more"])
	}

	// A neighbourhood's links are compact (a count, no evidence); the
	// evidence of the first is fetched by its ends, then one relationship
	// by its key.
	l := links[0].(map[string]any)
	if l["count"].(float64) < 1 || l["evidence"] != nil {
		t.Fatalf("compact link %v: want a count and no evidence", l)
	}
	rec, body = get(t, srv, "/api/relations?a="+l["source"].(string)+"&b="+l["target"].(string)+"&types="+l["type"].(string))
	rels, _ := body["relations"].([]any)
	if rec.Code != http.StatusOK || len(rels) != int(l["count"].(float64)) {
		t.Fatalf("relations: %d %v, want %v", rec.Code, body, l["count"])
	}
	key := rels[0].(map[string]any)["link"].(map[string]any)["id"].(string)
	rec, body = get(t, srv, "/api/relations?key="+url.QueryEscape(key)+"&entity="+l["source"].(string))
	rels, _ = body["relations"].([]any)
	if rec.Code != http.StatusOK || len(rels) != 1 || rels[0].(map[string]any)["link"].(map[string]any)["id"] != key {
		t.Fatalf("relation by key: %d %v", rec.Code, body)
	}
	ev := rels[0].(map[string]any)["link"].(map[string]any)["evidence"].(map[string]any)

	// The article shows the evidence sentence at the stored offsets.
	rec, body = get(t, srv, "/api/articles/"+ev["article_id"].(string))
	if rec.Code != http.StatusOK {
		t.Fatalf("article: %d %v", rec.Code, body)
	}
	text := body["text"].(string)
	spans := body["spans"].([]any)
	found := false
	for _, x := range spans {
		sp := x.(map[string]any)
		st, en := int(sp["start"].(float64)), int(sp["end"].(float64))
		if st < 0 || en > len(text) || st >= en {
			t.Fatalf("span out of the text: %v", sp)
		}
		if sp["kind"] == "relation" && sp["link_id"] == key {
			found = true
			if text[st:en] != ev["evidence"] {
				t.Errorf("span text %q, evidence %q", text[st:en], ev["evidence"])
			}
		}
		if sp["kind"] == "mention" && text[st:en] != sp["text"] {
			t.Errorf("mention span %q vs %q", text[st:en], sp["text"])
		}
	}
	if !found {
		t.Errorf("article has no span for link %v", key)
	}

	rec, body = get(t, srv, "/api/entities/"+id+"/timeline")
	if rec.Code != http.StatusOK || len(body["events"].([]any)) == 0 {
		t.Errorf("timeline: %d %v", rec.Code, body)
	}

	// A path from the entity to a node two steps away.
	var far string
	for _, x := range nodes {
		n := x.(map[string]any)
		if n["type"] != "Article" && n["id"] != id {
			far = n["id"].(string)
		}
	}
	rec, body = get(t, srv, "/api/paths?source="+id+"&target="+far+"&types=MET,SANCTIONED,AFFILIATED_WITH,PARTICIPATED_IN,SAID")
	if rec.Code != http.StatusOK || body["length"].(float64) < 1 {
		t.Errorf("paths: %d %v", rec.Code, body)
	}

	rec, body = get(t, srv, "/api/entities/00000000-0000-5000-8000-000000000009")
	if rec.Code != http.StatusNotFound || body["error"].(map[string]any)["code"] != "not_found" {
		t.Errorf("unknown entity: %d %v", rec.Code, body)
	}
	rec, _ = get(t, srv, "/api/articles/00000000-0000-5000-8000-000000000009")
	if rec.Code != http.StatusNotFound {
		t.Errorf("unknown article: %d", rec.Code)
	}

	rec, body = get(t, srv, "/api/export?seeds="+id+"&depth=1")
	if rec.Code != http.StatusOK || body["meta"] == nil || !strings.Contains(rec.Header().Get("Content-Disposition"), "attachment") {
		t.Fatalf("export: %d %v", rec.Code, rec.Header())
	}
	if m := body["meta"].(map[string]any); m["format"] != "newsgraph-export" {
		t.Errorf("export meta %v", m)
	}
	rec, _ = get(t, srv, "/api/export?seeds="+id+"&format=graphml")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/graphml+xml") {
		t.Fatalf("graphml: %d %v", rec.Code, rec.Header())
	}
	dec := xml.NewDecoder(strings.NewReader(rec.Body.String()))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("graphml is not XML: %v", err)
		}
	}

	rec, body = get(t, srv, "/api/top?limit=5")
	if rec.Code != http.StatusOK || len(body["results"].([]any)) == 0 {
		t.Errorf("top: %d %v", rec.Code, body)
	}
}

// Views drawn from the store's view index answer what the list path
// answers, byte for byte, and health says when the index is in use.
func TestNeighbourhoodFromViewIndex(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	sum, err := loader.New(st, loader.Options{Workers: 2}).Run(ctx, []string{"../testdata/articles"})
	if err != nil || sum.Failed() {
		t.Fatalf("ingest: %v %+v", err, sum.Skipped)
	}
	raw := func(h http.Handler, path string) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code, rec.Body.String()
	}
	var paths []string
	for _, r := range graphtest.Exec(t, "MATCH (n:Entity) RETURN n.id AS id ORDER BY id LIMIT 40", nil) {
		for _, q := range []string{"depth=1", "depth=2&limit=300", "depth=2&limit=5&max_links=3"} {
			paths = append(paths, "/api/entities/"+r["id"].(string)+"/neighbourhood?"+q)
		}
	}
	paths = append(paths, "/api/entities/"+someID+"/neighbourhood")
	lists := web.New(st, web.Options{})
	want := map[string]string{}
	for _, p := range paths {
		code, body := raw(lists, p)
		want[p] = fmt.Sprint(code, " ", body)
	}
	if _, h := get(t, lists, "/api/health"); h["view_index"] != nil {
		t.Errorf("health reports a view index before one was built: %v", h["view_index"])
	}
	if _, err := st.BuildViewIndex(ctx); err != nil {
		t.Fatal(err)
	}
	indexed := web.New(st, web.Options{}) // a fresh answer cache
	if _, h := get(t, indexed, "/api/health"); h["view_index"] == nil || h["view_index"].(map[string]any)["in_use"] != true {
		t.Fatalf("health after the build: view_index %v", h["view_index"])
	}
	for _, p := range paths {
		code, body := raw(indexed, p)
		if got := fmt.Sprint(code, " ", body); got != want[p] {
			t.Errorf("GET %s from the view index:\n %s\nfrom the lists:\n %s", p, got, want[p])
		}
	}
	// Views from memory do not queue behind expensive reads: with every
	// heavy slot taken, a default view answers and a filtered one (which
	// reads Neo4j) times out waiting.
	busy := web.New(st, web.Options{CacheBytes: 0, HeavyQueries: 1, RequestTimeout: 300 * time.Millisecond})
	release := web.FillHeavySlots(busy)
	defer release()
	if code, body := raw(busy, paths[1]); fmt.Sprint(code, " ", body) != want[paths[1]] {
		t.Errorf("a view from memory with the heavy slots taken: %d %.200s", code, body)
	}
	if code, _ := raw(busy, paths[1]+"&types=MET"); code == http.StatusOK {
		t.Errorf("a filtered view did not wait for a heavy slot: %d", code)
	}
}
