package web

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/web/webtest"
)

// The fuzz targets cover every parser of user input: query parameters,
// the upload, merge and unmerge bodies, the Authorization header, and
// whole requests through the router. Each must never panic and must
// return either a valid value or a CodeInvalid error. Seed corpora are in
// testdata/fuzz/FuzzXxx; run one target with
//
//	go test -run '^$' -fuzz '^FuzzParams$' -fuzztime 15s ./web/
//
// (plain go test runs the seeds as regression tests).

func mustInvalid(t *testing.T, err error) {
	t.Helper()
	if err != nil && graph.ErrorCode(err) != graph.CodeInvalid {
		t.Fatalf("error %v has code %q, want invalid", err, graph.ErrorCode(err))
	}
}

func FuzzParams(f *testing.F) {
	for _, s := range []string{
		"q=envoy&types=Person,Institution&limit=10",
		"depth=3&labels=Person&labels=Article&mentions=true&from=2025-01-01&to=2025-12-31",
		"source=00000000-0000-5000-8000-000000000001&seeds=00000000-0000-5000-8000-000000000001,00000000-0000-5000-8000-000000000002",
		"q=%00&limit=-1&from=2025-02-30&to=2025-01-01&mentions=maybe",
		"q=%ff%fe&types=,,,&seeds=x", "unknown=1", "limit=99999999999999999999", "q=" + strings.Repeat("é", 300),
	} {
		f.Add(s)
	}
	known := []string{"q", "types", "limit", "depth", "labels", "mentions", "from", "to", "source", "seeds"}
	f.Fuzz(func(t *testing.T, raw string) {
		c, _ := gin.CreateTestContext(httptest.NewRecorder())
		c.Request = &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/", RawQuery: raw}, Header: http.Header{}}
		p := newParams(c, known...)
		q := p.str("q", maxQueryLen)
		types := p.list("types", graph.EntityTypes)
		labels := p.list("labels", graph.NodeLabels)
		limit := p.int("limit", 10, 1, maxSearchLimit)
		depth := p.int("depth", 1, 1, maxDepth)
		_ = p.bool("mentions")
		from, to := p.dateRange("from", "to")
		id := p.id("source", c.Query("source"), false)
		ids := p.ids("seeds")
		mustInvalid(t, p.err)

		if utf8.RuneCountInString(q) > maxQueryLen || !utf8.ValidString(q) || strings.TrimSpace(q) != q {
			t.Errorf("q %q out of bounds", q)
		}
		for _, v := range types {
			if !contains(graph.EntityTypes, v) {
				t.Errorf("type %q accepted", v)
			}
		}
		for _, v := range labels {
			if !contains(graph.NodeLabels, v) {
				t.Errorf("label %q accepted", v)
			}
		}
		if len(types) > maxListItems || len(labels) > maxListItems || len(ids) > maxListItems {
			t.Errorf("list longer than %d", maxListItems)
		}
		if limit < 1 || limit > maxSearchLimit || depth < 1 || depth > maxDepth {
			t.Errorf("limit %d depth %d out of bounds", limit, depth)
		}
		for _, d := range []string{from, to} {
			if _, err := time.Parse(time.DateOnly, d); d != "" && (err != nil || len(d) != 10) {
				t.Errorf("date %q accepted", d)
			}
		}
		if p.err == nil && from != "" && to != "" && to < from {
			t.Errorf("range %s..%s accepted", from, to)
		}
		for _, v := range append(ids, id) {
			if v != "" && (!uuidRE.MatchString(v) || strings.ToLower(v) != v) {
				t.Errorf("id %q accepted", v)
			}
		}
	})
}

func FuzzUpload(f *testing.F) {
	f.Add("text/plain", "a.txt", []byte("Officials met in Geneva on Monday."))
	f.Add("text/plain; charset=utf-8", "", []byte("Officials met.\n"))
	f.Add("application/json", "", []byte(`{"file":"dir/b.txt","text":"Officials met."}`))
	f.Add("application/json", "", []byte(`{"text":"x","extra":1}`))
	f.Add("application/json; charset=latin1", "", []byte(`{"text":"x"}`))
	f.Add("text/html", "../etc/passwd", []byte("<p>x</p>"))
	f.Add("text/plain", "a\\b", []byte("\x00\xff"))
	f.Add("", "", []byte(""))
	f.Fuzz(func(t *testing.T, ctype, file string, body []byte) {
		u, err := parseUpload(ctype, file, body)
		mustInvalid(t, err)
		if err != nil {
			return
		}
		if len(bytes.TrimSpace(u.Text)) == 0 {
			t.Error("empty article accepted")
		}
		if checkFileName(u.File) != nil {
			t.Errorf("file name %q accepted", u.File)
		}
	})
}

func FuzzMergeBody(f *testing.F) {
	f.Add([]byte(`{"from":"00000000-0000-5000-8000-000000000001","into":"00000000-0000-5000-8000-000000000002"}`))
	f.Add([]byte(`{"from":"00000000-0000-5000-8000-000000000001","into":"00000000-0000-5000-8000-000000000001"}`))
	f.Add([]byte(`{"from":"x' OR 1=1","into":null}`))
	f.Add([]byte(`{"from":1}`))
	f.Add([]byte(`{} {}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, body []byte) {
		m, err := parseMerge(body)
		mustInvalid(t, err)
		if err == nil && (!uuidRE.MatchString(m.From) || !uuidRE.MatchString(m.Into) || m.From == m.Into) {
			t.Errorf("accepted %+v", m)
		}
	})
}

func FuzzUnmergeBody(f *testing.F) {
	f.Add([]byte(`{"record":"00000000-0000-4000-8000-000000000001"}`))
	f.Add([]byte(`{"record":"MATCH (n) DETACH DELETE n"}`))
	f.Add([]byte(`{"record":"00000000-0000-4000-8000-000000000001","x":1}`))
	f.Add([]byte("\xff"))
	f.Fuzz(func(t *testing.T, body []byte) {
		r, err := parseUnmerge(body)
		mustInvalid(t, err)
		if err == nil && !uuidRE.MatchString(r) {
			t.Errorf("record %q accepted", r)
		}
	})
}

func FuzzBearer(f *testing.F) {
	for _, s := range []string{"Bearer abc", "bearer  abc ", "Basic abc", "Bearer", "Bearer a b", "Bearer \x00", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		tok, ok := bearerToken(header)
		if ok && (tok == "" || strings.ContainsAny(tok, " \t\r\n\x00")) {
			t.Errorf("token %q from %q", tok, header)
		}
		if !ok && tok != "" {
			t.Errorf("not ok but token %q", tok)
		}
	})
}

// FuzzRequest sends whole requests through the router (graph down, writes
// on with a fake writer, authenticated): no panic and no 500; every error
// is JSON with a known code.
func FuzzRequest(f *testing.F) {
	f.Add("GET", "/api/search?q=envoy&types=Person", "", []byte(nil))
	f.Add("GET", "/api/entities/00000000-0000-5000-8000-000000000001/neighbourhood?depth=2&from=2025-01-01", "", []byte(nil))
	f.Add("GET", "/api/relations?key=mention:00000000-0000-5000-8000-000000000001:00000000-0000-5000-8000-000000000002", "", []byte(nil))
	f.Add("GET", "/api/export?format=graphml&seeds=x", "", []byte(nil))
	f.Add("POST", "/api/articles?file=a.txt", "text/plain", []byte("Officials met in Geneva on Monday."))
	f.Add("POST", "/api/merge", "application/json", []byte(`{"from":"00000000-0000-5000-8000-000000000001","into":"00000000-0000-5000-8000-000000000002"}`))
	f.Add("DELETE", "/api/articles/%00", "", []byte(nil))
	f.Add("OPTIONS", "/api/merge", "", []byte(nil))
	const token = "fuzz-token-0123456789"
	srv := New(webtest.Down{}, Options{Writer: &webtest.Writer{}, Token: token, MaxBodyBytes: 1 << 16,
		Logger: discardLogger(), CORSOrigins: []string{"https://a.example"}})
	codes := map[string]bool{}
	for c := range statusOf {
		codes[string(c)] = true
	}
	f.Fuzz(func(t *testing.T, method, target, ctype string, body []byte) {
		req, err := http.NewRequest(method, "http://localhost"+target, bytes.NewReader(body))
		if err != nil || req.URL.Path == "" || req.URL.Path[0] != '/' {
			return // not a request a server could receive
		}
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Origin", "https://a.example")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code == http.StatusInternalServerError {
			t.Fatalf("%s %s: 500 %s", method, target, rec.Body)
		}
		if rec.Code >= 400 && strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
			var e struct {
				Error struct{ Code, Message string }
			}
			if json.Unmarshal(rec.Body.Bytes(), &e) != nil || !codes[e.Error.Code] || e.Error.Message == "" {
				t.Fatalf("%s %s: %d %s", method, target, rec.Code, rec.Body)
			}
		}
	})
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
