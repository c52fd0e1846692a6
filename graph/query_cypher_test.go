package graph_test

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// concatenation finds a parameter or literal string joined into query text
// with +: `'…' + $x`, `$x + '…'`. (A + between two values in an
// expression, like coalesce(r.date, …), is not what this looks for.)
var concatenation = regexp.MustCompile(`(\+\s*\$)|(\$[A-Za-z_][A-Za-z0-9_]*\s*\+)|(['"]\s*\+)|(\+\s*['"])`)

// Every statement is a plain, parameterised file: none builds text by
// concatenating parameters or string literals, and each query the library
// and export/import use starts with a :param header for Neo4j Browser.
func TestQueryFilesAreParameterised(t *testing.T) {
	for _, name := range cypher.QueryNames() {
		raw, err := os.ReadFile(filepath.Join("..", "cypher", "queries", name+".cypher"))
		if err != nil {
			t.Fatal(err)
		}
		body := cypher.Query(name)
		if m := concatenation.FindString(body); m != "" {
			t.Errorf("%s.cypher concatenates (%q): pass values as parameters", name, m)
		}
		if strings.Contains(body, "apoc.cypher") || strings.Contains(strings.ToLower(body), "db.index.fulltext.querynodes($") {
			t.Errorf("%s.cypher runs dynamic text", name)
		}
		if strings.Contains(body, "$") && !strings.Contains(string(raw), "// :param") {
			t.Errorf("%s.cypher has no // :param header", name)
		}
	}
}

// cypherLike spots Cypher in a Go string literal.
// Cypher keywords are written in capitals, messages in lower case.
var cypherLike = regexp.MustCompile(`\b(MATCH|MERGE|CREATE)\s*\(|\bUNWIND\s+[\$\[]|\bDETACH DELETE\b|\bCALL\s+(db|dbms|apoc)\.|\bRETURN\s+[\w\$\{\[]`)

// inlineCypherKnown are literals that break the rule and are known: each
// should move to cypher/queries/.
var inlineCypherKnown = map[string]bool{}

// The graph package never writes Cypher in Go: every statement comes from
// cypher.Query, so no string literal looks like Cypher and no fmt.Sprintf
// or + builds one.
func TestNoCypherInGo(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			if cypherLike.MatchString(s) && !inlineCypherKnown[s] {
				t.Errorf("%s: a string literal looks like Cypher: %.60q (put it in cypher/queries/)", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
}

// headerParams evaluates the // :param lines of a query file as Neo4j
// Browser would: ":param {a: 1, b: [\"x\"]}" sets a and b, ":param name =>
// value" sets name. The values are the file's own examples, so a header
// that does not run is an error too.
func headerParams(t *testing.T, name string) (map[string]any, bool) {
	t.Helper()
	return headerParamsOf(t, filepath.Join("..", "cypher", "queries", name+".cypher"))
}

func headerParamsOf(t *testing.T, path string) (map[string]any, bool) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	params := map[string]any{}
	found := false
	for _, line := range strings.Split(string(raw), "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "// :param")
		if !ok {
			continue
		}
		found = true
		rest = strings.TrimSpace(rest)
		if key, value, ok := strings.Cut(rest, "=>"); ok && !strings.HasPrefix(rest, "{") {
			rows := graphtest.Exec(t, "RETURN "+strings.TrimSpace(value)+" AS v", nil)
			params[strings.TrimSpace(key)] = rows[0]["v"]
			continue
		}
		rows := graphtest.Exec(t, "RETURN "+rest+" AS p", nil)
		m, _ := rows[0]["p"].(map[string]any)
		for k, v := range m {
			params[k] = v
		}
	}
	return params, found
}

// varLength finds a variable-length relationship pattern: [*], [r*2..],
// [:T*..6]. Group 1 is its range.
var varLength = regexp.MustCompile(`\[[^\]]*?\*\s*([0-9]*\s*(?:\.\.\s*[0-9]*)?)\s*\]`)

// unbounded reports whether a variable-length range ("", "2..", "..6",
// "3") has no upper bound.
func unbounded(rng string) bool {
	rng = strings.ReplaceAll(rng, " ", "")
	if rng == "" {
		return true
	}
	_, hi, isRange := strings.Cut(rng, "..")
	return isRange && hi == ""
}

// No query expands a variable-length pattern without an upper bound: on a
// graph with hubs, [*] or [*2..] reaches everything.
func TestNoUnboundedExpansion(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    bool
	}{
		{"(a)-[*]-(b)", true}, {"(a)-[r:MET*2..]-(b)", true}, {"(a)-[*..6]-(b)", false},
		{"(a)-[:MET*3]-(b)", false}, {"(a)-[*1..4]->(b)", false}, {"(a)-[r]-(b)", false},
	} {
		m := varLength.FindStringSubmatch(tc.pattern)
		if got := m != nil && unbounded(m[1]); got != tc.want {
			t.Errorf("%s: unbounded %v, want %v", tc.pattern, got, tc.want)
		}
	}
	for _, name := range cypher.QueryNames() {
		for _, m := range varLength.FindAllStringSubmatch(cypher.Query(name), -1) {
			if unbounded(m[1]) {
				t.Errorf("%s.cypher: %s has no upper bound", name, m[0])
			}
		}
	}
}

// Queries that look at every entity or article by design: a label scan is
// their plan. All others start from an id.
var labelScanAllowed = map[string]bool{"q_top": true, "q_cooccurrence_global": true, "export_nodes_all": true}

// No query of the library scans all nodes, and those that start from an id
// look it up in the index instead of scanning a label.
func TestQueryPlans(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config()
	ctx := context.Background()
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(orDefault(cfg.User, "neo4j"), cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	// A little data, so that the planner's estimates are not those of an empty store.
	if _, err := st.WriteArticles(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	for _, name := range cypher.QueryNames() {
		if !strings.HasPrefix(name, "q_") && !strings.HasPrefix(name, "export_") {
			continue
		}
		params, ok := headerParams(t, name)
		if !ok && strings.Contains(cypher.Query(name), "$") {
			t.Errorf("%s: no // :param header to EXPLAIN it with", name)
			continue
		}
		res, err := neo4j.ExecuteQuery(ctx, drv, "EXPLAIN "+cypher.Query(name), params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(orDefault(cfg.Database, "neo4j")), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			t.Errorf("EXPLAIN %s: %v", name, err)
			continue
		}
		var ops []string
		var walk func(p neo4j.Plan)
		walk = func(p neo4j.Plan) {
			if p == nil {
				return
			}
			op := strings.SplitN(p.Operator(), "@", 2)[0]
			ops = append(ops, op)
			// A variable-length expansion in the plan must carry an upper bound.
			if strings.Contains(op, "VarLengthExpand") || strings.Contains(op, "ShortestPath") {
				details, _ := p.Arguments()["Details"].(string)
				for _, m := range varLength.FindAllStringSubmatch(details, -1) {
					if unbounded(m[1]) {
						t.Errorf("%s: plan expands without an upper bound: %s %s", name, op, details)
					}
				}
			}
			for _, c := range p.Children() {
				walk(c)
			}
		}
		walk(res.Summary.Plan())
		if len(ops) == 0 {
			t.Errorf("%s: no plan", name)
		}
		for _, op := range ops {
			if op == "AllNodesScan" {
				t.Errorf("%s: plan scans all nodes: %v", name, ops)
			}
			if op == "NodeByLabelScan" && !labelScanAllowed[name] {
				t.Errorf("%s: plan scans a label where an id lookup is meant: %v", name, ops)
			}
		}
	}
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// planOps lists the operators of a plan, without their "@neo4j" suffix.
func planOps(p neo4j.Plan) []string {
	if p == nil {
		return nil
	}
	ops := []string{strings.SplitN(p.Operator(), "@", 2)[0]}
	for _, c := range p.Children() {
		ops = append(ops, planOps(c)...)
	}
	return ops
}

// The analysts' queries in cypher/browser run as they stand with the
// values of their own :param lines (chosen to fit the test corpus, so each
// finds something), and none scans all nodes.
func TestBrowserQueries(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	if _, err := st.WriteArticles(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	before := graphtest.Snapshot(t)
	files, err := filepath.Glob(filepath.Join("..", "cypher", "browser", "*.cypher"))
	if err != nil || len(files) < 6 {
		t.Fatalf("browser queries: %v, %d files", err, len(files))
	}
	cfg := graphtest.Config()
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(orDefault(cfg.User, "neo4j"), cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	for _, f := range files {
		name := filepath.Base(f)
		params, ok := headerParamsOf(t, f)
		if !ok {
			t.Errorf("%s: no // :param lines", name)
		}
		raw, _ := os.ReadFile(f)
		stmts := cypher.Split(string(raw))
		if len(stmts) != 1 {
			t.Errorf("%s: %d statements, want one", name, len(stmts))
			continue
		}
		if m := concatenation.FindString(stmts[0]); strings.Contains(m, "$") {
			t.Errorf("%s concatenates a parameter (%q)", name, m)
		}
		rows := graphtest.Exec(t, stmts[0], params)
		if len(rows) == 0 {
			t.Errorf("%s: no rows on the test corpus with its own :param values %v", name, params)
		}
		res, err := neo4j.ExecuteQuery(ctx, drv, "EXPLAIN "+stmts[0], params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(orDefault(cfg.Database, "neo4j")))
		if err != nil {
			t.Errorf("EXPLAIN %s: %v", name, err)
			continue
		}
		for _, op := range planOps(res.Summary.Plan()) {
			if op == "AllNodesScan" {
				t.Errorf("%s: plan scans all nodes", name)
			}
		}
	}
	if graphtest.Snapshot(t) != before {
		t.Error("a browser query changed the graph")
	}
}

// parseGrass reads a Neo4j Browser style file as the Browser does: rules
// "selector { key: value; … }", strings in single quotes.
func parseGrass(s string) map[string]map[string]string {
	rules := map[string]map[string]string{}
	var keyword, props strings.Builder
	inString, inProps := false, false
	for _, c := range s {
		switch {
		case c == '\'':
			inString = !inString
			continue
		case c == '{' && !inString:
			inProps = true
			continue
		case c == '}' && !inString:
			inProps = false
			r := map[string]string{}
			for _, p := range strings.Split(props.String(), ";") {
				if k, v, ok := strings.Cut(p, ":"); ok && strings.TrimSpace(k) != "" && strings.TrimSpace(v) != "" {
					r[strings.TrimSpace(k)] = strings.TrimSpace(v)
				}
			}
			rules[keyword.String()] = r
			keyword.Reset()
			props.Reset()
			continue
		}
		if inProps {
			props.WriteRune(c)
		} else if c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			keyword.WriteRune(c)
		}
	}
	return rules
}

func TestBrowserStyle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "cypher", "browser", "newsgraph.grass"))
	if err != nil {
		t.Fatal(err)
	}
	rules := parseGrass(string(b))
	colours := map[string]string{}
	for _, l := range []string{"Person", "Institution", "Event", "Place", "Article"} {
		r := rules["node."+l]
		want := "{name}"
		if l == "Article" {
			want = "{title}"
		}
		if r["caption"] != want || !strings.HasPrefix(r["color"], "#") {
			t.Errorf("node.%s = %v, want a colour and caption %s", l, r, want)
		}
		if other, dup := colours[r["color"]]; dup {
			t.Errorf("node.%s has the colour of node.%s", l, other)
		}
		colours[r["color"]] = l
	}
	for _, rt := range []string{"SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN", "MENTIONED_IN"} {
		if r := rules["relationship."+rt]; r["caption"] == "" || !strings.HasPrefix(r["color"], "#") {
			t.Errorf("relationship.%s = %v", rt, r)
		}
	}
	for k := range rules {
		if !strings.HasPrefix(k, "node") && !strings.HasPrefix(k, "relationship") {
			t.Errorf("selector %q is neither node nor relationship (a comment? the Browser has none)", k)
		}
	}
}
