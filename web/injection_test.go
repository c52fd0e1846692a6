package web_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/web"
)

// payloads are hostile values: Cypher and Lucene syntax, quotes, comments,
// NUL (sent as %00 on the wire) and a literal "%00", control and
// direction-changing Unicode, emoji, and long strings.
var payloads = []string{
	`'`, `"`, "`", `\`, `}`, `{`, `//`, `/*`, `*/`,
	`' OR 1=1 //`,
	`MATCH (n) DETACH DELETE n`,
	`'}) MATCH (n) DETACH DELETE n //`,
	"`) DETACH DELETE n //",
	`") RETURN 1 UNION MATCH (n) DETACH DELETE n //`,
	`$id`, `${x}`, `{{x}}`,
	`CALL db.labels()`,
	`CALL apoc.periodic.iterate('MATCH (n) RETURN n','DETACH DELETE n',{})`,
	"\x00", "%00", "a\x00b", "\r\nX-Injected: 1",
	"\u202Egnp.exe\u202C", "שלום עולם", "Ωμέγα", "👩‍👩‍👧‍👦🔥", "\uFEFF", "\uFFFD",
	`*`, `?`, `~`, `AND`, `OR NOT`, `name:*`, `"unbalanced`, `(`, `[a TO z]`, `a^10`, `a~0.5`, `+-&&||!(){}[]^"~*?:\/`,
	`<script>alert(1)</script>`, `../../../etc/passwd`,
	`-1`, `0`, `99999999999999999999`, `1e9`, `NaN`, `true`, `null`, `,,,`, `Person,Article`, `MET,KNOWS`,
	someID + `' OR 1=1 //`, someID + `%00`, strings.ToUpper(someID) + "\x00",
	strings.Repeat("A", 10000), strings.Repeat("é", 3000), strings.Repeat("(", 500),
}

// leakMarkers are signs of database or runtime internals in an error.
// Successful answers carry article text, which may contain any word, so
// they are held to internalMarkers only.
var (
	leakMarkers = append([]string{"Cypher", "cypher", "CYPHER", "panic", "SyntaxError", "Invalid input",
		"Exception", "MATCH", "DETACH", "ConnectivityError", "Neo4jError"}, internalMarkers...)
	internalMarkers = []string{"Neo.ClientError", "Neo.DatabaseError", "Neo.TransientError", "Neo.", "neo4j-go-driver",
		"goroutine ", ".go:", "runtime."}
)

// assertNoLeak fails when an error answer (ok false) shows internals, or a
// successful one shows driver or runtime text. payload, when not empty,
// is removed from the body first: answers may quote what was sent.
func assertNoLeak(t *testing.T, what, body, payload string, ok bool) {
	t.Helper()
	if payload != "" {
		for _, form := range echoForms(payload) {
			body = strings.ReplaceAll(body, form, "")
		}
	}
	markers := leakMarkers
	if ok {
		markers = internalMarkers
	}
	for _, m := range markers {
		if strings.Contains(body, m) {
			t.Errorf("%s: answer shows %q: %.300s", what, m, body)
		}
	}
}

// echoForms are the ways an answer can quote s or one of its comma
// separated parts (list parameters): as is, JSON-escaped, Go-quoted then
// JSON-escaped, and cut to 60 runes; longest first.
func echoForms(s string) []string {
	var forms []string
	for _, part := range append([]string{s}, strings.Split(s, ",")...) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		forms = append(forms, part)
		for _, v := range []string{part, string([]rune(part)[:min(60, len([]rune(part)))])} {
			j, _ := json.Marshal(v)
			forms = append(forms, strings.Trim(string(j), `"`))
			q, _ := json.Marshal(fmt.Sprintf("%q", v))
			forms = append(forms, strings.Trim(string(q), `"`))
		}
	}
	sort.Slice(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
	return forms
}

// The OpenAPI document read for its operations.
type injParam struct {
	Name   string         `json:"name"`
	In     string         `json:"in"`
	Schema map[string]any `json:"schema"`
}

type injOp struct {
	Parameters  []injParam `json:"parameters"`
	RequestBody *injBody   `json:"requestBody"`
}

type injBody struct {
	Content map[string]struct {
		Schema map[string]any `json:"schema"`
	} `json:"content"`
}

// has reports whether the body (nil: none) may have content type ct.
func (b *injBody) has(ct string) bool {
	if b == nil {
		return false
	}
	_, ok := b.Content[ct]
	return ok
}

type injDoc struct {
	Paths      map[string]map[string]injOp `json:"paths"`
	Components struct {
		Schemas map[string]map[string]any `json:"schemas"`
	} `json:"components"`
}

// valid returns a value the parameter accepts, so that one bad value is
// tested at a time.
func valid(name string, schema map[string]any, n int) string {
	if schema["format"] == "uuid" {
		return fmt.Sprintf("00000000-0000-5000-8000-%012d", n)
	}
	if items, ok := schema["items"].(map[string]any); ok && items["format"] == "uuid" {
		return fmt.Sprintf("00000000-0000-5000-8000-%012d", n)
	}
	if ex, ok := schema["example"]; ok {
		switch v := ex.(type) {
		case float64:
			return fmt.Sprint(int(v))
		default:
			return fmt.Sprint(v)
		}
	}
	if name == "q" {
		return "envoy"
	}
	return ""
}

// request is one hostile request, built from the document.
type request struct {
	method, target, ctype string
	body                  []byte
	payload               string // what to strip before looking for leaks
	op                    string // "METHOD /path" as documented
	what                  string
}

// hostileRequests sends every payload through every parameter of every
// operation in openapi.json: path and query parameters, each property of
// a JSON body, a whole text body and a whole (non-JSON) body.
func hostileRequests(t *testing.T) (reqs []request, ops []string) {
	t.Helper()
	raw, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc injDoc
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	resolve := func(s map[string]any) map[string]any {
		if ref, ok := s["$ref"].(string); ok {
			return doc.Components.Schemas[strings.TrimPrefix(ref, "#/components/schemas/")]
		}
		return s
	}
	for path, methods := range doc.Paths {
		for method, op := range methods {
			method = strings.ToUpper(method)
			ops = append(ops, method+" "+path)
			// The valid form of every parameter.
			pathVals, query := map[string]string{}, url.Values{}
			for i, p := range op.Parameters {
				v := valid(p.Name, p.Schema, i+1)
				switch {
				case p.In == "path":
					pathVals[p.Name] = v
				case v != "" && p.Name != "key" && p.Name != "entity":
					query.Set(p.Name, v) // (relations: a and b, not key)
				}
			}
			var jsonBody map[string]any
			ctype := ""
			if op.RequestBody != nil {
				if c, ok := op.RequestBody.Content["application/json"]; ok {
					ctype = "application/json"
					jsonBody = map[string]any{}
					props, _ := resolve(c.Schema)["properties"].(map[string]any)
					i := 0
					for name, ps := range props {
						i++
						jsonBody[name] = valid(name, ps.(map[string]any), 50+i)
					}
					if _, ok := jsonBody["text"]; ok {
						jsonBody["text"] = "Officials met on Monday."
					}
				}
			}
			build := func(pv map[string]string, q url.Values, body []byte, ct string) (string, []byte, string) {
				target := path
				for k, v := range pv {
					target = strings.ReplaceAll(target, "{"+k+"}", url.PathEscape(v))
				}
				if len(q) > 0 {
					target += "?" + q.Encode()
				}
				return target, body, ct
			}
			encode := func(m map[string]any) []byte { b, _ := json.Marshal(m); return b }
			// The query parameters of an operation that also takes a
			// text/plain body go with that form (POST /api/articles?file=):
			// with a JSON body they are refused, so the hostile value
			// would never get past that check.
			plain := op.RequestBody.has("text/plain")
			bodyQuery := func(ct string) url.Values {
				if plain && ct != "text/plain" {
					return nil
				}
				return query
			}
			for _, pl := range payloads {
				for _, p := range op.Parameters {
					pv := map[string]string{}
					for k, v := range pathVals {
						pv[k] = v
					}
					q := url.Values{}
					for k, v := range query {
						q[k] = v
					}
					if p.In == "path" {
						pv[p.Name] = pl
					} else {
						q.Set(p.Name, pl)
					}
					body := encode(jsonBody)
					ct := ctype
					if plain || (jsonBody == nil && op.RequestBody != nil) {
						body, ct = []byte("Officials met on Monday."), "text/plain"
					}
					target, b, c := build(pv, q, body, ct)
					reqs = append(reqs, request{method, target, c, b, pl, method + " " + path, fmt.Sprintf("%s %s param %s", method, path, p.Name)})
				}
				for name := range jsonBody {
					m := map[string]any{}
					for k, v := range jsonBody {
						m[k] = v
					}
					m[name] = pl
					target, b, c := build(pathVals, bodyQuery(ctype), encode(m), ctype)
					reqs = append(reqs, request{method, target, c, b, pl, method + " " + path, fmt.Sprintf("%s %s body field %s", method, path, name)})
				}
				if op.RequestBody != nil {
					for ct := range op.RequestBody.Content {
						target, b, c := build(pathVals, bodyQuery(ct), []byte(pl), ct)
						reqs = append(reqs, request{method, target, c, b, pl, method + " " + path, fmt.Sprintf("%s %s whole %s body", method, path, ct)})
					}
				}
			}
		}
	}
	sort.Strings(ops)
	return reqs, ops
}

// TestInjectionThroughEveryParameter sends every payload through every
// parameter of every documented operation (openapi.json, which another
// test holds to the route table, so a new route is covered without
// editing this test) against the real database with the sample articles,
// writes enabled and authenticated. No answer is a 5xx or shows Cypher or
// Neo4j internals, and the graph is unchanged afterwards, once the
// articles the upload endpoint accepted (hostile text is still an
// article) are deleted again through the API.
func TestInjectionThroughEveryParameter(t *testing.T) {
	st := graphtest.Open(t)
	loadFixture(t, st)
	before := graphtest.Snapshot(t)
	logger, _ := captureLog()
	srv := web.New(st, web.Options{Writer: st, Token: testToken, Ready: st.Ready, Logger: logger})

	reqs, ops := hostileRequests(t)
	covered := map[string]int{}
	start := time.Now()
	var uploaded []string
	for _, r := range reqs {
		req := httptest.NewRequest(r.method, r.target, bytes.NewReader(r.body))
		req.Header.Set("Authorization", "Bearer "+testToken)
		if r.ctype != "" {
			req.Header.Set("Content-Type", r.ctype)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		covered[r.op]++
		body := rec.Body.String()
		if rec.Code >= 500 {
			t.Errorf("%s = %.40q: %d %.300s", r.what, r.payload, rec.Code, body)
		}
		assertNoLeak(t, r.what, body, r.payload, rec.Code < 300)
		if rec.Code >= 400 {
			var e map[string]any
			if json.Unmarshal(rec.Body.Bytes(), &e) != nil || errCode(e) == "" {
				t.Errorf("%s: %d without a JSON error: %.200s", r.what, rec.Code, body)
			}
		}
		if r.method == "POST" && strings.HasPrefix(r.target, "/api/articles") && rec.Code < 300 {
			var res map[string]any
			_ = json.Unmarshal(rec.Body.Bytes(), &res)
			id, _ := res["id"].(string)
			uploaded = append(uploaded, id)
		}
	}
	for _, op := range ops {
		if covered[op] == 0 && !strings.HasSuffix(op, "/api/health") && !strings.HasSuffix(op, "/api/config") &&
			!strings.HasSuffix(op, "/api/openapi.json") && !strings.HasSuffix(op, "/api/stats") {
			t.Errorf("%s: no hostile request (no parameters found in openapi.json?)", op)
		}
	}
	t.Logf("%d hostile requests over %d operations in %v; %d uploads stored as text", len(reqs), len(ops), time.Since(start).Round(time.Millisecond), len(uploaded))

	// Deleting the accepted uploads through the API restores the graph.
	for _, id := range dedupe(uploaded) {
		req := httptest.NewRequest("DELETE", "/api/articles/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+testToken)
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Errorf("delete uploaded %s: %d %s", id, rec.Code, rec.Body)
		}
	}
	if after := graphtest.Snapshot(t); after != before {
		t.Errorf("the graph changed under hostile requests (%d bytes of snapshot before, %d after)", len(before), len(after))
	}
	// The fixture is still there and answers.
	rec, _ := get(t, srv, "/api/top?limit=3")
	if rec.Code != http.StatusOK {
		t.Errorf("after the hostile requests: %d", rec.Code)
	}
	if n := graphtest.Exec(t, "MATCH (a:Article) RETURN count(a) AS n", nil)[0]["n"].(int64); n == 0 {
		t.Error("no articles left")
	}
}

func dedupe(ids []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
