package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/ingest/loader"
	"github.com/newsgraph/newsgraph/web"
	"github.com/newsgraph/newsgraph/web/webtest"
)

func captureLog() (*slog.Logger, *webtest.LogBuffer) {
	buf := &webtest.LogBuffer{}
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug})), buf
}

// do sends one request with optional headers and returns the answer and
// its JSON body (nil when not JSON).
func do(t *testing.T, h http.Handler, method, target string, body io.Reader, header map[string]string) (*httptest.ResponseRecorder, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("%s %s: body is not JSON: %v\n%s", method, target, err, rec.Body)
		}
	}
	return rec, out
}

func errCode(body map[string]any) string {
	e, _ := body["error"].(map[string]any)
	s, _ := e["code"].(string)
	return s
}

// While the store is still connecting (Ready fails), health is degraded
// with the reason and every graph endpoint answers 503 unavailable; the
// endpoints that need no database still answer.
func TestNotReadyGatesGraphEndpoints(t *testing.T) {
	notReady := &graph.Error{Code: graph.CodeUnavailable, Message: "neo4j at bolt://127.0.0.1:1: unavailable"}
	srv := web.New(webtest.Down{}, web.Options{Ready: func() error { return notReady }})
	rec, body := get(t, srv, "/api/health")
	if rec.Code != http.StatusServiceUnavailable || body["status"] != "degraded" || body["reason"] == "" {
		t.Errorf("health: %d %v", rec.Code, body)
	}
	for _, target := range []string{"/api/stats", "/api/search?q=x", "/api/top", "/api/entities/" + someID, "/api/export"} {
		rec, body := get(t, srv, target)
		msg, _ := body["error"].(map[string]any)["message"].(string)
		if rec.Code != http.StatusServiceUnavailable || errCode(body) != "unavailable" || !strings.Contains(msg, "not ready") {
			t.Errorf("GET %s: %d %v", target, rec.Code, body)
		}
	}
	for _, target := range []string{"/api/config", "/api/openapi.json", "/"} {
		if rec, _ := get(t, srv, target); rec.Code != http.StatusOK {
			t.Errorf("GET %s while not ready: %d", target, rec.Code)
		}
	}
}

// blocking is a graph whose Search waits for its context to end and
// reports the context's error.
type blocking struct {
	webtest.Down
	entered chan struct{}
	ended   chan error
}

func (b blocking) Search(ctx context.Context, _ string, _ []string, _ int) ([]graph.EntitySummary, error) {
	close(b.entered)
	<-ctx.Done()
	b.ended <- ctx.Err()
	return nil, &graph.Error{Code: graph.CodeUnavailable, Message: "cancelled", Err: ctx.Err()}
}

// A client that goes away cancels its query: the graph sees the request's
// context end, and the request is logged as 499, not as a server error.
func TestClientGoneCancelsQuery(t *testing.T) {
	g := blocking{entered: make(chan struct{}), ended: make(chan error, 1)}
	logger, logs := captureLog()
	srv := web.New(g, web.Options{Logger: logger})
	ctx, cancel := context.WithCancel(context.Background())
	req := httptest.NewRequest(http.MethodGet, "/api/search?q=anything", nil).WithContext(ctx)
	rec := httptest.NewRecorder()
	done := make(chan struct{})
	go func() { srv.ServeHTTP(rec, req); close(done) }()
	<-g.entered
	cancel()
	select {
	case err := <-g.ended:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("graph saw %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the query's context did not end when the client went away")
	}
	<-done
	if rec.Code != 499 {
		t.Errorf("status %d, want 499 (client gone)", rec.Code)
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("a client going away was logged as an error:\n%s", logs)
	}
}

// panicking is a graph whose Stats panics with a message that must not
// reach the client.
type panicking struct{ webtest.Down }

func (panicking) Stats(context.Context) (graph.Stats, error) {
	panic("secret internal detail at graph/stats.go:42")
}

func TestPanicAnswers500WithoutStack(t *testing.T) {
	logger, logs := captureLog()
	srv := web.New(panicking{}, web.Options{Logger: logger})
	rec, body := get(t, srv, "/api/stats")
	if rec.Code != http.StatusInternalServerError || errCode(body) != "internal" {
		t.Fatalf("status %d body %v", rec.Code, body)
	}
	for _, leak := range []string{"secret", "stats.go", "goroutine", "panic"} {
		if strings.Contains(rec.Body.String(), leak) {
			t.Errorf("answer leaks %q: %s", leak, rec.Body)
		}
	}
	l := logs.String()
	if !strings.Contains(l, "panic in handler") || !strings.Contains(l, "secret internal detail") || !strings.Contains(l, "goroutine") {
		t.Errorf("panic not logged with its stack:\n%s", l)
	}
	// The access log still has the request, with its 500.
	if !regexp.MustCompile(`msg=http method=GET path=/api/stats status=500 `).MatchString(l) {
		t.Errorf("no access log line for the panicked request:\n%s", l)
	}
	// The server goes on answering.
	if rec, _ := get(t, srv, "/api/config"); rec.Code != http.StatusOK {
		t.Errorf("after a panic: %d", rec.Code)
	}
}

// Every request leaves one structured line: method, path, status,
// duration, size, client address; the query string is not logged.
func TestAccessLogLine(t *testing.T) {
	logger, logs := captureLog()
	srv := web.New(webtest.Down{}, web.Options{Logger: logger})
	get(t, srv, "/api/config?private=yes")
	get(t, srv, "/api/nope")
	line := regexp.MustCompile(`(?m)^time=\S+ level=INFO msg=http method=GET path=/api/config status=200 duration=[0-9.]+[µnm]?s bytes=[1-9][0-9]* remote=\S+$`)
	if !line.MatchString(logs.String()) {
		t.Errorf("no access log line for GET /api/config:\n%s", logs)
	}
	if !strings.Contains(logs.String(), "path=/api/nope status=404") {
		t.Errorf("no access log line for the 404:\n%s", logs)
	}
	if strings.Contains(logs.String(), "private") {
		t.Errorf("query string logged:\n%s", logs)
	}
}

// Bodies over the limit answer 413 with the JSON error, whether the
// client announces the length or streams the body.
func TestBodyLimit(t *testing.T) {
	w := &webtest.Writer{}
	srv := web.New(webtest.Down{}, web.Options{Writer: w, Token: testToken, MaxBodyBytes: 1000})
	auth := map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "text/plain"}
	big := strings.Repeat("An envoy met a minister. ", 100) // 2500 bytes

	rec, body := do(t, srv, http.MethodPost, "/api/articles", strings.NewReader(big), auth)
	if rec.Code != http.StatusRequestEntityTooLarge || errCode(body) != "too_large" {
		t.Errorf("announced length: %d %v", rec.Code, body)
	}
	req := httptest.NewRequest(http.MethodPost, "/api/articles", io.MultiReader(strings.NewReader(big)))
	req.ContentLength = -1 // streamed: only MaxBytesReader can stop it
	for k, v := range auth {
		req.Header.Set(k, v)
	}
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), `"too_large"`) {
		t.Errorf("streamed: %d %s", rec.Code, rec.Body)
	}
	// Even a route without a body is protected, before authentication.
	rec, _ = do(t, srv, http.MethodPost, "/api/merge", strings.NewReader(big), nil)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("unauthenticated big body: %d", rec.Code)
	}
	if len(w.Called()) != 0 {
		t.Errorf("writer called: %v", w.Called())
	}
	// Under the limit it goes through.
	rec, body = do(t, srv, http.MethodPost, "/api/articles?file=small.txt", strings.NewReader(big[:900]), auth)
	if rec.Code != http.StatusCreated {
		t.Errorf("small body: %d %v", rec.Code, body)
	}
}

// The headers every answer carries, on the explorer, API answers and API
// errors alike.
func TestSecurityHeadersEverywhere(t *testing.T) {
	srv := web.New(webtest.Down{}, web.Options{MaxBodyBytes: 10})
	cases := []struct {
		method, target string
		body           string
		ui             bool
	}{
		{"GET", "/", "", true},
		{"GET", "/index.html", "", true},
		{"GET", "/no-such-file.js", "", true},
		{"GET", "/api/config", "", false},
		{"GET", "/api/openapi.json", "", false},
		{"GET", "/api/nope", "", false},
		{"GET", "/api/stats", "", false},                       // 503
		{"GET", "/api/search", "", false},                      // 400
		{"POST", "/api/merge", "", false},                      // 403
		{"POST", "/api/merge", strings.Repeat("x", 20), false}, // 413
	}
	for _, c := range cases {
		var body io.Reader
		if c.body != "" {
			body = strings.NewReader(c.body)
		}
		rec, _ := do(t, srv, c.method, c.target, body, nil)
		h := rec.Header()
		want := map[string]string{
			"X-Content-Type-Options":     "nosniff",
			"Referrer-Policy":            "no-referrer",
			"X-Frame-Options":            "DENY",
			"Cross-Origin-Opener-Policy": "same-origin",
		}
		for k, v := range want {
			if h.Get(k) != v {
				t.Errorf("%s %s (%d): %s = %q, want %q", c.method, c.target, rec.Code, k, h.Get(k), v)
			}
		}
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-") {
			t.Errorf("%s %s: CSP %q", c.method, c.target, csp)
		}
		if c.ui && (!strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "object-src 'none'")) {
			t.Errorf("%s: UI CSP %q", c.target, csp)
		}
		if !c.ui && (!strings.HasPrefix(csp, "default-src 'none'") || h.Get("Cache-Control") != "no-store") {
			t.Errorf("%s %s: API CSP %q, Cache-Control %q", c.method, c.target, csp, h.Get("Cache-Control"))
		}
	}
}

func TestCORS(t *testing.T) {
	const site = "https://analysts.example.org"
	preflight := map[string]string{"Origin": site, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"}

	t.Run("off by default", func(t *testing.T) {
		srv := web.New(webtest.Down{}, web.Options{})
		rec, _ := do(t, srv, "GET", "/api/config", nil, map[string]string{"Origin": site})
		if v := rec.Header().Get("Access-Control-Allow-Origin"); v != "" {
			t.Errorf("ACAO %q without configured origins", v)
		}
		rec, _ = do(t, srv, "OPTIONS", "/api/search", nil, preflight)
		if rec.Code < 400 || rec.Header().Get("Access-Control-Allow-Origin") != "" || rec.Header().Get("Access-Control-Allow-Methods") != "" {
			t.Errorf("preflight without configured origins: %d %v", rec.Code, rec.Header())
		}
	})

	t.Run("listed origins only", func(t *testing.T) {
		origins, err := web.ParseOrigins([]string{"HTTPS://Analysts.Example.org", "http://localhost:3000,http://127.0.0.1:5173"})
		if err != nil {
			t.Fatal(err)
		}
		srv := web.New(webtest.Down{}, web.Options{CORSOrigins: origins})
		for _, o := range []string{site, "http://localhost:3000", "http://127.0.0.1:5173"} {
			rec, _ := do(t, srv, "GET", "/api/config", nil, map[string]string{"Origin": o})
			if rec.Header().Get("Access-Control-Allow-Origin") != o || !strings.Contains(strings.Join(rec.Header().Values("Vary"), ","), "Origin") {
				t.Errorf("origin %s: %v", o, rec.Header())
			}
		}
		rec, _ := do(t, srv, "OPTIONS", "/api/merge", nil, preflight)
		h := rec.Header()
		if rec.Code != http.StatusNoContent || h.Get("Access-Control-Allow-Origin") != site ||
			!strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") ||
			!strings.Contains(strings.ToLower(h.Get("Access-Control-Allow-Headers")), "authorization") {
			t.Errorf("preflight: %d %v", rec.Code, h)
		}
		for _, evil := range []string{"https://evil.example", "https://analysts.example.org.evil.example", "null"} {
			rec, _ := do(t, srv, "GET", "/api/config", nil, map[string]string{"Origin": evil})
			if v := rec.Header().Get("Access-Control-Allow-Origin"); v != "" {
				t.Errorf("origin %s allowed: %q", evil, v)
			}
			p := map[string]string{"Origin": evil, "Access-Control-Request-Method": "POST"}
			rec, _ = do(t, srv, "OPTIONS", "/api/merge", nil, p)
			if rec.Code == http.StatusNoContent || rec.Header().Get("Access-Control-Allow-Origin") != "" {
				t.Errorf("preflight from %s: %d %v", evil, rec.Code, rec.Header())
			}
		}
	})
}

func TestParseOrigins(t *testing.T) {
	for _, bad := range []string{"*", "example.org", "ftp://example.org", "https://example.org/path", "https://user@example.org", "https://", "https://example.org?x=1"} {
		if _, err := web.ParseOrigins([]string{bad}); err == nil {
			t.Errorf("ParseOrigins(%q) accepted", bad)
		}
	}
	got, err := web.ParseOrigins([]string{" https://A.example ,", "http://b.example:8080/"})
	if err != nil || strings.Join(got, " ") != "https://a.example http://b.example:8080" {
		t.Errorf("ParseOrigins = %v, %v", got, err)
	}
}

const testToken = "test-token-0123456789abcdef"

var writeRoutes = []struct{ method, target, ctype, body string }{
	{"POST", "/api/articles?file=a.txt", "text/plain", "Officials met in Geneva on Monday to discuss the talks."},
	{"POST", "/api/merge", "application/json", `{"from":"` + someID + `","into":"00000000-0000-5000-8000-000000000002"}`},
	{"POST", "/api/unmerge", "application/json", `{"record":"` + someID + `"}`},
	{"DELETE", "/api/articles/" + someID, "", ""},
}

// Writes are off by default (403), stay off when enabled without a token,
// and need the exact bearer token when on (401 otherwise). The writer is
// never reached by a refused request.
func TestWriteAccess(t *testing.T) {
	send := func(srv http.Handler, auth string) []int {
		var codes []int
		for _, r := range writeRoutes {
			h := map[string]string{"Content-Type": r.ctype}
			if auth != "" {
				h["Authorization"] = auth
			}
			rec, body := do(t, srv, r.method, r.target, strings.NewReader(r.body), h)
			codes = append(codes, rec.Code)
			if rec.Code >= 400 && errCode(body) == "" {
				t.Errorf("%s %s: %d without a JSON error: %s", r.method, r.target, rec.Code, rec.Body)
			}
			if rec.Code == http.StatusUnauthorized && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("401 without WWW-Authenticate: %v", rec.Header())
			}
		}
		return codes
	}
	all := func(codes []int, want int) bool {
		for _, c := range codes {
			if c != want {
				return false
			}
		}
		return true
	}

	w := &webtest.Writer{}
	if codes := send(web.New(webtest.Down{}, web.Options{}), "Bearer "+testToken); !all(codes, http.StatusForbidden) {
		t.Errorf("writes off: %v, want 403s", codes)
	}
	if codes := send(web.New(webtest.Down{}, web.Options{Writer: w}), "Bearer "+testToken); !all(codes, http.StatusForbidden) {
		t.Errorf("writer without token: %v, want 403s", codes)
	}
	srv := web.New(webtest.Down{}, web.Options{Writer: w, Token: testToken})
	for _, auth := range []string{"", "Bearer", "Bearer ", "Bearer wrong-token-0123456789", "Basic " + testToken, "Bearer " + testToken + "x", "Bearer " + testToken[:len(testToken)-1], testToken} {
		if codes := send(srv, auth); !all(codes, http.StatusUnauthorized) {
			t.Errorf("Authorization %q: %v, want 401s", auth, codes)
		}
	}
	if c := w.Called(); len(c) != 0 {
		t.Fatalf("writer reached by refused requests: %v", c)
	}
	codes := send(srv, "bearer "+testToken)
	if codes[0] != http.StatusCreated || codes[1] != 200 || codes[2] != 200 || codes[3] != 200 {
		t.Errorf("with the token: %v", codes)
	}
	want := []string{"merge 00000000-0000-5000-8000-000000000002 " + someID, "unmerge " + someID, "delete " + someID}
	if c := w.Called(); len(c) != 4 || !strings.HasPrefix(c[0], "write ") || strings.Join(c[1:], "|") != strings.Join(want, "|") {
		t.Errorf("writer calls %v", c)
	}
}

// A read that runs past the query time-out is stopped and answers 504
// with code timeout and no driver text. The time-out here is 1 µs (store
// and request, as serve sets them), which every real query exceeds
// wherever it is stopped: waiting for a connection, in the Bolt
// handshake, in the query. graph's TestServerTimeoutIsCodeTimeout shows
// that a time-out Neo4j itself enforces is classified the same way.
func TestQueryTimeoutAnswers504(t *testing.T) {
	graphtest.Open(t)
	cfg := graphtest.Config()
	cfg.QueryTimeout = time.Microsecond
	st, err := graph.Open(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(context.Background())
	logger, _ := captureLog()
	srv := web.New(st, web.Options{Logger: logger, RequestTimeout: cfg.QueryTimeout})
	for _, target := range []string{"/api/search?q=envoy", "/api/top", "/api/entities/" + someID + "/neighbourhood?depth=3", "/api/export"} {
		rec, body := get(t, srv, target)
		if rec.Code != http.StatusGatewayTimeout || errCode(body) != "timeout" {
			t.Errorf("GET %s: %d %v, want 504 timeout", target, rec.Code, body)
		}
		assertNoLeak(t, target, rec.Body.String(), "", false)
	}
	// The same store with the default time-out answers.
	cfg.QueryTimeout = 0
	ok, err := graph.Open(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ok.Close(context.Background())
	if rec, body := get(t, web.New(ok, web.Options{Logger: logger}), "/api/top"); rec.Code != http.StatusOK {
		t.Errorf("default time-out: %d %v", rec.Code, body)
	}
	// An export has a time-out of its own (a download is slower than a
	// view): with views bounded to 1 µs, an export still answers, and a
	// view still does not.
	both := web.New(ok, web.Options{Logger: logger, RequestTimeout: time.Microsecond, ExportTimeout: time.Minute})
	if rec, body := get(t, both, "/api/export"); rec.Code != http.StatusOK {
		t.Errorf("export with its own time-out: %d %v", rec.Code, body)
	}
	if rec, body := get(t, both, "/api/top"); rec.Code != http.StatusGatewayTimeout {
		t.Errorf("view with a 1 µs time-out next to a long export time-out: %d %v", rec.Code, body)
	}
}

// The write endpoints against the real database: upload (text and JSON),
// re-upload unchanged, merge and unmerge, delete; deleting what was
// uploaded leaves the graph as it was.
func TestWriteEndpointsWithNeo4j(t *testing.T) {
	st := graphtest.Open(t)
	before := graphtest.Snapshot(t)
	srv := web.New(st, web.Options{Writer: st, Token: testToken, Ready: st.Ready})
	auth := func(ctype string) map[string]string {
		return map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": ctype}
	}
	const text = "Envoys meet in Valdoria\n\nMarta Kellinger met Osric Tamblyn in Valdoria on Monday, officials said.\n" +
		"Kellinger, the foreign minister of Norvania, said the talks had been useful. Tamblyn did not comment.\n"

	rec, body := do(t, srv, "POST", "/api/articles?file=valdoria.txt", strings.NewReader(text), auth("text/plain; charset=utf-8"))
	if rec.Code != http.StatusCreated || body["id"] != graph.ArticleID("valdoria.txt") {
		t.Fatalf("upload: %d %v", rec.Code, body)
	}
	id := body["id"].(string)
	rec, _ = do(t, srv, "POST", "/api/articles?file=valdoria.txt", strings.NewReader(text), auth("text/plain"))
	if rec.Code != http.StatusOK {
		t.Errorf("unchanged re-upload: %d, want 200", rec.Code)
	}
	rec, art := get(t, srv, "/api/articles/"+id)
	if rec.Code != http.StatusOK || !strings.Contains(art["text"].(string), "Marta Kellinger met Osric Tamblyn") {
		t.Fatalf("uploaded article: %d %v", rec.Code, art)
	}
	rec, body = do(t, srv, "DELETE", "/api/articles/"+id, nil, auth(""))
	if rec.Code != http.StatusOK {
		t.Fatalf("delete: %d %v", rec.Code, body)
	}
	if after := graphtest.Snapshot(t); after != before {
		t.Errorf("upload then delete left the graph changed:\nbefore %s\nafter %s", before, after)
	}
	rec, body = do(t, srv, "DELETE", "/api/articles/"+id, nil, auth(""))
	if rec.Code != http.StatusNotFound || errCode(body) != "not_found" {
		t.Errorf("second delete: %d %v", rec.Code, body)
	}

	// JSON upload, then merge two of its people and undo it.
	js, _ := json.Marshal(map[string]string{"file": "second.txt", "text": text})
	rec, body = do(t, srv, "POST", "/api/articles", bytes.NewReader(js), auth("application/json"))
	if rec.Code != http.StatusCreated || body["id"] != graph.ArticleID("second.txt") {
		t.Fatalf("JSON upload: %d %v", rec.Code, body)
	}
	people := graphtest.Exec(t, "MATCH (p:Person) RETURN p.id AS id ORDER BY p.name", nil)
	if len(people) < 2 {
		t.Fatalf("extraction found %d people in the test article", len(people))
	}
	a, b := people[0]["id"].(string), people[1]["id"].(string)
	mj, _ := json.Marshal(map[string]string{"from": a, "into": b})
	rec, body = do(t, srv, "POST", "/api/merge", bytes.NewReader(mj), auth("application/json"))
	if rec.Code != http.StatusOK || body["record"] == "" {
		t.Fatalf("merge: %d %v", rec.Code, body)
	}
	if rec, _ := get(t, srv, "/api/entities/"+a); rec.Code != http.StatusNotFound {
		t.Errorf("merged-away entity still answers %d", rec.Code)
	}
	rec, again := do(t, srv, "POST", "/api/merge", bytes.NewReader(mj), auth("application/json"))
	if rec.Code != http.StatusNotFound {
		t.Errorf("merging a merged-away entity again: %d %v", rec.Code, again)
	}
	uj, _ := json.Marshal(map[string]string{"record": body["record"].(string)})
	rec, body = do(t, srv, "POST", "/api/unmerge", bytes.NewReader(uj), auth("application/json"))
	if rec.Code != http.StatusOK || body["from"] != a {
		t.Fatalf("unmerge: %d %v", rec.Code, body)
	}
	if rec, _ := get(t, srv, "/api/entities/"+a); rec.Code != http.StatusOK {
		t.Errorf("unmerged entity answers %d", rec.Code)
	}
}

// loadFixture ingests the sample articles.
func loadFixture(t *testing.T, st *graph.Store) {
	t.Helper()
	sum, err := loader.New(st, loader.Options{Workers: 2}).Run(context.Background(), []string{"../testdata/articles"})
	if err != nil || sum.Failed() || sum.Articles == 0 {
		t.Fatalf("ingest: %v %+v", err, sum.Skipped)
	}
}
