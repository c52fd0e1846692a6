package web_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/web"
	"github.com/newsgraph/newsgraph/web/webtest"
)

type oaParam struct {
	Name     string          `json:"name"`
	In       string          `json:"in"`
	Required bool            `json:"required"`
	Example  any             `json:"example"`
	Schema   json.RawMessage `json:"schema"`
}

type oaDoc struct {
	OpenAPI string                                               `json:"openapi"`
	Paths   map[string]map[string]struct{ Parameters []oaParam } `json:"paths"`
}

func loadOpenAPI(t *testing.T) oaDoc {
	t.Helper()
	b, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var d oaDoc
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(d.OpenAPI, "3.") {
		t.Fatalf("openapi.json: version %q, want 3.x", d.OpenAPI)
	}
	return d
}

var ginParam = regexp.MustCompile(`:([a-z_]+)`)

// Every Gin route under /api is in openapi.json and every documented path
// is a route, with the same method.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	srv := web.New(webtest.Down{}, web.Options{})
	routes := map[string]bool{}
	for _, r := range srv.Routes() {
		method, path, _ := strings.Cut(r, " ")
		if !strings.HasPrefix(path, "/api/") {
			continue
		}
		routes[strings.ToLower(method)+" "+ginParam.ReplaceAllString(path, "{$1}")] = true
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[method+" "+path] = true
		}
	}
	for r := range routes {
		if !documented[r] {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for d := range documented {
		if !routes[d] {
			t.Errorf("openapi.json documents %s, which is no route", d)
		}
	}
	if len(routes) < 12 {
		t.Errorf("only %d API routes: %v", len(routes), routes)
	}

	// The served document is the file.
	rec, body := get(t, srv, "/api/openapi.json")
	if rec.Code != http.StatusOK || body["openapi"] == nil {
		t.Errorf("GET /api/openapi.json: %d", rec.Code)
	}
}

// Each documented parameter, given its example value (with the others its
// route needs), is accepted: the answer is not 400. The store is down, so
// an accepted request reaches the graph and answers 503. An undocumented
// parameter is refused with 400.
func TestOpenAPIParametersAccepted(t *testing.T) {
	doc := loadOpenAPI(t)
	srv := web.New(webtest.Down{}, web.Options{})
	// Parameters that only make sense together (GET /api/relations takes
	// a and b, or key with entity).
	companions := map[string]map[string][]string{
		"/api/relations": {"a": {"b"}, "b": {"a"}, "types": {"a", "b"}, "entity": {"key"}, "": {"a", "b"}},
	}
	paths := make([]string, 0, len(doc.Paths))
	for p := range doc.Paths {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, path := range paths {
		op, ok := doc.Paths[path]["get"]
		if !ok {
			continue // the write routes: reliability_test.go and the injection test cover them
		}
		byName := map[string]oaParam{}
		var required []string
		concrete := path
		for i, p := range op.Parameters {
			if p.Example == nil && exampleOf(t, p, i) == "" {
				t.Errorf("%s: parameter %s has no example", path, p.Name)
			}
			switch p.In {
			case "path":
				concrete = strings.ReplaceAll(concrete, "{"+p.Name+"}", exampleOf(t, p, i))
			case "query":
				byName[p.Name] = p
				if p.Required {
					required = append(required, p.Name)
				}
			default:
				t.Errorf("%s: parameter %s in %q", path, p.Name, p.In)
			}
		}
		index := map[string]int{}
		for i, p := range op.Parameters {
			index[p.Name] = i
		}
		request := func(names ...string) string {
			q := url.Values{}
			for _, n := range append(append([]string{}, required...), names...) {
				q.Set(n, exampleOf(t, byName[n], index[n]))
			}
			if len(q) == 0 {
				return concrete
			}
			return concrete + "?" + q.Encode()
		}
		check := func(target string) {
			rec, body := get(t, srv, target)
			if rec.Code == http.StatusBadRequest {
				t.Errorf("GET %s: 400 %v", target, body["error"])
			}
		}
		check(request(companions[path][""]...))
		for name := range byName {
			check(request(append([]string{name}, companions[path][name]...)...))
		}
		bad := request(companions[path][""]...)
		if strings.Contains(bad, "?") {
			bad += "&undocumented=1"
		} else {
			bad += "?undocumented=1"
		}
		if path == "/api/openapi.json" || path == "/api/health" || path == "/api/config" || path == "/api/stats" {
			continue // no parameters to check there
		}
		if rec, _ := get(t, srv, bad); rec.Code != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 400 for an undocumented parameter", bad, rec.Code)
		}
	}
}

// exampleOf is the parameter's example as a query value; UUID parameters
// get distinct ids so that source and target differ.
func exampleOf(t *testing.T, p oaParam, i int) string {
	var s struct {
		Format string `json:"format"`
		Items  struct {
			Format string `json:"format"`
		} `json:"items"`
	}
	_ = json.Unmarshal(p.Schema, &s)
	if s.Format == "uuid" || s.Items.Format == "uuid" {
		return fmt.Sprintf("00000000-0000-5000-8000-%012d", i+1)
	}
	switch v := p.Example.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return fmt.Sprint(int(v))
	default:
		return fmt.Sprint(v)
	}
}
