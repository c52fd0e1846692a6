// Package graphtest gives tests a *graph.Store on the real test Neo4j that
// scripts/test starts, with the schema applied and the data wiped.
//
// Test binaries of different packages run in parallel but share one
// database, so Open holds an exclusive file lock until the test ends: graph
// tests run one at a time across the whole `go test ./...`, unit tests still
// run in parallel.
package graphtest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
)

// Enabled reports whether graph tests should run: scripts/test sets
// NEWSGRAPH_TEST_NEO4J=1 after starting Neo4j.
func Enabled() bool { return os.Getenv("NEWSGRAPH_TEST_NEO4J") != "" }

// Config is the test database's configuration from the environment.
func Config() graph.Config {
	c := graph.ConfigFromEnv()
	c.ConnectTimeout = 20 * time.Second
	return c
}

// Require skips t when no test database is configured, except under CI
// (CI=true), where a missing database fails the test with the reason.
func Require(t testing.TB) {
	t.Helper()
	if Enabled() {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("graph test needs Neo4j but NEWSGRAPH_TEST_NEO4J is not set: run the tests with `make test` (scripts/test starts Neo4j)")
	}
	t.Skip("no test Neo4j: run `make test` to start one (set NEWSGRAPH_TEST_NEO4J=1 with NEO4J_* to use your own)")
}

// Open returns a store on an emptied test database with the schema applied.
// Everything but the schema migrations is deleted, so use only a database
// meant for tests.
func Open(t testing.TB) *graph.Store {
	t.Helper()
	Require(t)
	lock(t)
	ctx := context.Background()
	st, err := graph.Open(ctx, Config(), nil)
	if err != nil {
		t.Fatalf("open test neo4j: %v", err)
	}
	t.Cleanup(func() { _ = st.Close(context.Background()) })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	Wipe(t)
	return st
}

// Wipe deletes all data except the schema migration records.
func Wipe(t testing.TB) {
	t.Helper()
	Exec(t, "MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
}

// Exec runs one statement in an implicit transaction (needed for CALL … IN
// TRANSACTIONS) and returns its records as maps. Tests use it to inspect the
// graph independently of the code under test.
func Exec(t testing.TB, query string, params map[string]any) []map[string]any {
	t.Helper()
	ctx := context.Background()
	cfg := Config()
	drv, err := driver()
	if err != nil {
		t.Fatalf("driver: %v", err)
	}
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: orDefault(cfg.Database, "neo4j")})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, query, params)
	if err != nil {
		t.Fatalf("exec %q: %v", query, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		t.Fatalf("exec %q: %v", query, err)
	}
	out := make([]map[string]any, len(recs))
	for i, r := range recs {
		out[i] = r.AsMap()
	}
	return out
}

// Snapshot returns a canonical JSON dump of every node and relationship
// with all properties, sorted, for byte-for-byte comparisons.
func Snapshot(t testing.TB) string {
	t.Helper()
	nodes := Exec(t, `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:GraphState
		RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id`, nil)
	rels := Exec(t, `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`, nil)
	enc := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	var lines []string
	for _, n := range nodes {
		l, _ := n["labels"].([]any)
		ls := make([]string, 0, len(l))
		for _, x := range l {
			ls = append(ls, x.(string))
		}
		sort.Strings(ls)
		lines = append(lines, "N "+enc(ls)+" "+enc(n["props"]))
	}
	for _, r := range rels {
		lines = append(lines, "R "+enc(r["from"])+" "+enc(r["type"])+" "+enc(r["to"])+" "+enc(r["props"]))
	}
	sort.Strings(lines)
	b, _ := json.MarshalIndent(lines, "", " ")
	return string(b)
}

var (
	execOnce   sync.Once
	execDriver neo4j.DriverWithContext
	execErr    error
)

// driver is the one driver Exec uses for the whole test binary, so that
// inspecting the graph does not open a connection pool per statement.
func driver() (neo4j.DriverWithContext, error) {
	execOnce.Do(func() {
		cfg := Config()
		execDriver, execErr = neo4j.NewDriverWithContext(orDefault(cfg.URI, "bolt://127.0.0.1:7687"),
			neo4j.BasicAuth(orDefault(cfg.User, "neo4j"), cfg.Password, ""))
	})
	return execDriver, execErr
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// lock serialises graph tests across test binaries with an exclusive flock.
func lock(t testing.TB) {
	t.Helper()
	path := filepath.Join(os.TempDir(), "newsgraph-graphtest.lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("graph test lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("graph test lock: %v", err)
	}
	t.Cleanup(func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}

// Canonical is every node and relationship with its properties as sorted
// JSON lines, minus what legitimately differs between two loads of the same
// data: timestamps, and merge bookkeeping (merge records, and which merge
// moved a relationship: "Antonov" absorbed into "Anatoly Antonov" when the
// full name arrives later, or joined to it at once when both come in one
// batch, ends in the same graph by different routes), so that two ways of
// building a graph can be compared.
func Canonical(t testing.TB) []string {
	t.Helper()
	return canonical(func(q string) []map[string]any { return Exec(t, q, nil) })
}

// CanonicalOn is Canonical for another database than the test one (a test
// that runs its own Neo4j).
func CanonicalOn(t testing.TB, drv neo4j.DriverWithContext) []string {
	t.Helper()
	return canonical(func(q string) []map[string]any {
		res, err := neo4j.ExecuteQuery(context.Background(), drv, q, nil, neo4j.EagerResultTransformer)
		if err != nil {
			t.Fatalf("exec %q: %v", q, err)
		}
		out := make([]map[string]any, len(res.Records))
		for i, r := range res.Records {
			out[i] = r.AsMap()
		}
		return out
	})
}

func canonical(exec func(string) []map[string]any) []string {
	volatile := map[string]bool{"created_at": true, "ingested_at": true, "at": true, "merged_from": true, "merged_end": true}
	clean := func(v any) string {
		m, _ := v.(map[string]any)
		out := map[string]any{}
		for k, x := range m {
			if !volatile[k] {
				out[k] = x
			}
		}
		b, _ := json.Marshal(out)
		return string(b)
	}
	var lines []string
	for _, r := range exec(`MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:MergeRecord AND NOT n:GraphState
		RETURN labels(n) AS l, properties(n) AS p`) {
		l, _ := json.Marshal(r["l"])
		lines = append(lines, "N "+string(l)+" "+clean(r["p"]))
	}
	for _, r := range exec(`MATCH (a)-[r]->(b) WHERE NOT a:MergeRecord
		RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p`) {
		a, _ := r["a"].(string)
		b, _ := r["b"].(string)
		typ, _ := r["t"].(string)
		lines = append(lines, "R "+a+" "+typ+" "+b+" "+clean(r["p"]))
	}
	sort.Strings(lines)
	return lines
}

// Diff reports up to five lines of got that want lacks, and the other way
// round, as test errors under the heading what.
func Diff(t testing.TB, what string, got, want []string) {
	t.Helper()
	missing := func(a, b []string) []string {
		in := make(map[string]int, len(b))
		for _, l := range b {
			in[l]++
		}
		var out []string
		for _, l := range a {
			if in[l] > 0 {
				in[l]--
				continue
			}
			out = append(out, l)
		}
		return out
	}
	for _, d := range []struct {
		sign  string
		lines []string
	}{{"+", missing(got, want)}, {"-", missing(want, got)}} {
		for i, l := range d.lines {
			if i == 5 {
				t.Errorf("%s: … %d more %s lines", what, len(d.lines)-5, d.sign)
				break
			}
			t.Errorf("%s: %s %s", what, d.sign, l)
		}
	}
}
