package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/web"
)

func get(t *testing.T, h http.Handler, path string) (*httptest.ResponseRecorder, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	var body map[string]any
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("GET %s: body is not JSON: %v\n%s", path, err, rec.Body)
		}
	}
	return rec, body
}

func TestAPIWithNeo4j(t *testing.T) {
	st := graphtest.Open(t)
	srv := web.New(st, web.Options{BrowserURL: "http://localhost:7474/browser/"})

	rec, body := get(t, srv, "/api/health")
	if rec.Code != http.StatusOK || body["status"] != "ok" {
		t.Fatalf("health: %d %v", rec.Code, body)
	}
	if n4j := body["neo4j"].(map[string]any); n4j["reachable"] != true {
		t.Errorf("health says neo4j unreachable: %v", n4j)
	}

	rec, body = get(t, srv, "/api/stats")
	if rec.Code != http.StatusOK {
		t.Fatalf("stats: %d %v", rec.Code, body)
	}
	if _, ok := body["articles"]; !ok {
		t.Errorf("stats without articles: %v", body)
	}

	rec, body = get(t, srv, "/api/config")
	if rec.Code != http.StatusOK || body["neo4j_browser"] != "http://localhost:7474/browser/" {
		t.Errorf("config: %d %v", rec.Code, body)
	}
}

func TestUnknownAPIPathIsJSON404(t *testing.T) {
	srv := web.New(deadStore(t), web.Options{})
	rec, body := get(t, srv, "/api/nope")
	if rec.Code != http.StatusNotFound {
		t.Fatalf("status %d", rec.Code)
	}
	e, _ := body["error"].(map[string]any)
	if e["code"] != "not_found" || e["message"] == "" {
		t.Errorf("error body %v", body)
	}
}

func TestExplorerPageServed(t *testing.T) {
	srv := web.New(deadStore(t), web.Options{})
	rec, _ := get(t, srv, "/")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "<title>newsgraph") {
		t.Errorf("GET /: %d %.200s", rec.Code, rec.Body)
	}
}

// With Neo4j unreachable the server still answers: health is 503
// "degraded" and graph endpoints give a JSON error without driver text.
func TestDegradedWithoutNeo4j(t *testing.T) {
	srv := web.New(deadStore(t), web.Options{})
	rec, body := get(t, srv, "/api/health")
	if rec.Code != http.StatusServiceUnavailable || body["status"] != "degraded" {
		t.Errorf("health: %d %v", rec.Code, body)
	}
	rec, body = get(t, srv, "/api/stats")
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("stats: %d %v", rec.Code, body)
	}
	e := body["error"].(map[string]any)
	if e["code"] != "unavailable" {
		t.Errorf("error code %v", e["code"])
	}
	if msg := e["message"].(string); strings.Contains(strings.ToLower(msg), "connectivity") || strings.Contains(msg, "dial") {
		t.Errorf("driver detail leaked to the client: %q", msg)
	}
}

// deadStore is a real store whose server does not exist (nothing listens
// on port 1), which is how a down database looks to the web layer.
func deadStore(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.New(graph.Config{URI: "bolt://127.0.0.1:1", Password: "unused-password", ConnectTimeout: time.Second, MaxRetryTime: time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close(context.Background()) })
	return st
}
