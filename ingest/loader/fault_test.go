package loader

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/bench/gen"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// faultNeo4j is a Neo4j of this test's own (scripts/neo4j instance
// "fault"), because the test kills it: the shared test database must stay
// up for the other packages' tests running at the same time.
type faultNeo4j struct {
	t    *testing.T
	env  []string
	home string
}

func startFaultNeo4j(t *testing.T) *faultNeo4j {
	t.Helper()
	if os.Getenv("NEWSGRAPH_TEST_FAULTS") == "" {
		t.Skip("fault-injection test: set NEWSGRAPH_TEST_FAULTS=1 (scripts/test does) to run a Neo4j of its own and kill it")
	}
	cache := os.Getenv("NEWSGRAPH_CACHE")
	if cache == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			t.Fatal(err)
		}
		cache = filepath.Join(dir, "newsgraph")
	}
	n := &faultNeo4j{t: t, home: filepath.Join(cache, "instances", "fault"), env: append(os.Environ(),
		"NEO4J_INSTANCE=fault", "NEO4J_BOLT_PORT=7691", "NEO4J_HTTP_PORT=7478",
		"NEO4J_PASSWORD=newsgraph-fault", "NEO4J_HEAP=768m", "NEO4J_PAGECACHE=256m")}
	n.script("stop")
	n.script("wipe")
	n.script("start")
	t.Cleanup(func() { n.script("stop") })
	return n
}

func (n *faultNeo4j) script(cmd string) {
	n.t.Helper()
	c := exec.Command("../../scripts/neo4j", cmd)
	c.Env = n.env
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, &out
	if err := c.Run(); err != nil && cmd != "stop" {
		n.t.Fatalf("scripts/neo4j %s: %v\n%s", cmd, err, out.String())
	}
}

func (n *faultNeo4j) config() graph.Config {
	return graph.Config{URI: "bolt://127.0.0.1:7691", User: "neo4j", Password: "newsgraph-fault", ConnectTimeout: 5 * time.Second}
}

// kill ends the server with SIGKILL: no shutdown, no checkpoint, whatever
// transaction is open is lost mid-flight.
func (n *faultNeo4j) kill() {
	n.t.Helper()
	b, err := os.ReadFile(filepath.Join(n.home, "run", "neo4j.pid"))
	if err != nil {
		n.t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		n.t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		n.t.Fatal(err)
	}
	for syscall.Kill(pid, 0) == nil {
		time.Sleep(50 * time.Millisecond)
	}
}

// TestIngestSurvivesNeo4jKilledMidRun ingests 1,000 generated articles
// twice: once undisturbed, once with Neo4j killed (SIGKILL) and restarted
// while batches are being written. The loader must retry through the
// outage, report nothing as skipped, and leave exactly the graph of the
// undisturbed run: same nodes, ids, relationships and properties.
func TestIngestSurvivesNeo4jKilledMidRun(t *testing.T) {
	n := startFaultNeo4j(t)
	ctx := context.Background()
	st, err := graph.Open(ctx, n.config(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	drv, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:7691", neo4j.BasicAuth("neo4j", "newsgraph-fault", ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)

	const articles = 1000
	dir := t.TempDir()
	g, err := gen.New(gen.Config{Seed: 11, Articles: articles})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.WriteDir(ctx, gen.WriteOptions{Dir: dir, Articles: articles, Workers: 2}); err != nil {
		t.Fatal(err)
	}
	opts := Options{Workers: 2, Batch: 25, RetryFor: 3 * time.Minute}

	clean, err := New(st, opts).Run(ctx, []string{dir})
	if err != nil || clean.Failed() || clean.Written != articles {
		t.Fatalf("undisturbed run: %+v, %v", clean, err)
	}
	want := graphtest.CanonicalOn(t, drv)

	// CALL … IN TRANSACTIONS needs an auto-commit transaction: session.Run.
	sess := drv.NewSession(ctx, neo4j.SessionConfig{})
	res, err := sess.Run(ctx, "MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	sess.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stored := func() int64 {
		res, err := neo4j.ExecuteQuery(ctx, drv, "MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN count(a) AS n",
			nil, neo4j.EagerResultTransformer)
		if err != nil {
			return -1
		}
		v, _ := res.Records[0].Get("n")
		return v.(int64)
	}

	type outcome struct {
		sum Summary
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		sum, err := New(st, opts).Run(ctx, []string{dir})
		done <- outcome{sum, err}
	}()
	deadline := time.Now().Add(3 * time.Minute)
	for stored() < articles/4 {
		if time.Now().After(deadline) {
			t.Fatal("ingest did not get a quarter through in 3 minutes")
		}
		time.Sleep(100 * time.Millisecond)
	}
	before := stored()
	n.kill()
	t.Logf("killed Neo4j with %d of %d articles stored", before, articles)
	time.Sleep(2 * time.Second) // the loader now meets a dead server
	n.script("start")
	got := <-done
	if got.err != nil {
		t.Fatalf("run with Neo4j killed mid-way failed: %v", got.err)
	}
	if got.sum.Failed() {
		t.Errorf("run with Neo4j killed mid-way skipped inputs: %v", got.sum.Skipped)
	}
	if got.sum.Articles != articles || got.sum.Written+got.sum.Unchanged != articles {
		t.Errorf("summary after the outage = %+v", got.sum)
	}
	if stored() != articles {
		t.Errorf("%d articles stored, want %d", stored(), articles)
	}
	graphtest.Diff(t, "killed and restarted vs undisturbed", graphtest.CanonicalOn(t, drv), want)
}
