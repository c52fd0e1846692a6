package graph_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

func TestMigrateIsIdempotentAndRecorded(t *testing.T) {
	st := graphtest.Open(t) // applies the schema
	ctx := context.Background()
	again, err := st.Migrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != 0 {
		t.Errorf("second Migrate applied %v", again)
	}
	names, err := st.Migrations(ctx)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := cypher.Migrations()
	if len(names) != len(files) {
		t.Fatalf("recorded %v, have %d files", names, len(files))
	}
	for i, f := range files {
		if names[i] != f.Name {
			t.Errorf("migration %d: recorded %s, file %s", i, names[i], f.Name)
		}
	}
	cons := graphtest.Exec(t, "SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] AS label, properties[0] AS prop", nil)
	want := map[string]bool{"Article": false, "Person": false, "Institution": false, "Event": false, "Entity": false}
	for _, c := range cons {
		if c["prop"] == "id" {
			if _, ok := want[c["label"].(string)]; ok {
				want[c["label"].(string)] = true
			}
		}
	}
	for l, ok := range want {
		if !ok {
			t.Errorf("no uniqueness constraint on %s.id", l)
		}
	}
	ft := graphtest.Exec(t, "SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state", nil)
	if len(ft) == 0 || ft[0]["state"] != "ONLINE" {
		t.Errorf("full-text index not online: %v", ft)
	}
}

// Every query file must be valid Cypher for this server: EXPLAIN plans it
// without running it.
func TestQueriesCompile(t *testing.T) {
	graphtest.Open(t)
	for _, name := range cypher.QueryNames() {
		t.Run(name, func(t *testing.T) {
			graphtest.Exec(t, "EXPLAIN "+cypher.Query(name), nil)
		})
	}
}

func TestHealth(t *testing.T) {
	st := graphtest.Open(t)
	h := st.Health(context.Background())
	if !h.Reachable || !strings.HasPrefix(h.Version, "5.26") {
		t.Errorf("health = %+v, want reachable Neo4j 5.26", h)
	}

	cfg := graphtest.Config()
	cfg.URI = "bolt://127.0.0.1:1" // nothing listens on port 1
	cfg.ConnectTimeout = 2 * time.Second
	bad, err := graph.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bad.Close(context.Background())
	h = bad.Health(context.Background())
	if h.Reachable || h.Error == "" {
		t.Errorf("health of an unreachable server = %+v", h)
	}
	if err := bad.Verify(context.Background()); graph.ErrorCode(err) != graph.CodeUnavailable {
		t.Errorf("Verify on a dead port: %v (code %q), want unavailable", err, graph.ErrorCode(err))
	}

	cfg = graphtest.Config()
	cfg.Password = "wrong-password"
	wrong, _ := graph.New(cfg, nil)
	defer wrong.Close(context.Background())
	if err := wrong.Verify(context.Background()); graph.ErrorCode(err) != graph.CodeInvalid {
		t.Errorf("Verify with a wrong password: %v (code %q), want invalid", err, graph.ErrorCode(err))
	}
}

func fixture(id, file, sha string) graph.Article {
	return graph.Article{
		ID: graph.ArticleID(id), Title: "Envoys meet in Geneva", File: file, SHA256: sha,
		Published: "2025-03-04", Text: "Ada Example met Bo Sample. Ada Example said talks went well.", Words: 11,
		Entities: []graph.Entity{
			{Ref: "e1", Type: "Person", Name: "Ada Example", Aliases: []string{"Example"}, Mentions: 2, Confidence: 0.9},
			{Ref: "e2", Type: "Person", Name: "Bo Sample", Mentions: 1, Confidence: 0.8},
			{Ref: "e3", Type: "Institution", Name: "Freedonia", Kind: "state", Mentions: 1, Confidence: 0.9},
		},
		Relations: []graph.Relation{
			{Type: "MET", Source: "e1", Target: "e2", Evidence: "Ada Example met Bo Sample.", Sentence: 0, Start: 0, End: 26, Confidence: 0.8},
			{Type: "SAID", Source: "e1", Target: "article", Quote: "talks went well", Evidence: "Ada Example said talks went well.", Sentence: 1, Start: 27, End: 60, Confidence: 0.9},
			{Type: "AFFILIATED_WITH", Source: "e1", Target: "e3", Role: "envoy", Evidence: "Ada Example met Bo Sample.", Sentence: 0, Start: 0, End: 26},
		},
	}
}

func count(t *testing.T, q string) int64 {
	t.Helper()
	rows := graphtest.Exec(t, q, nil)
	return rows[0]["n"].(int64)
}

func TestWriteArticlesIdempotent(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	a := fixture("a.txt", "a.txt", "sha-1")
	sum, err := st.WriteArticles(ctx, []graph.Article{a})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Written != 1 || sum.Entities != 3 || sum.Relations != 3 {
		t.Errorf("first write: %+v", sum)
	}
	first := graphtest.Snapshot(t)

	sum, err = st.WriteArticles(ctx, []graph.Article{a})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 1 || sum.Written != 0 {
		t.Errorf("second write of the same article: %+v", sum)
	}
	if second := graphtest.Snapshot(t); second != first {
		t.Errorf("graph changed on re-write:\n%s\n---\n%s", first, second)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Stats{Articles: 1, People: 2, Institutions: 1, MentionedIn: 3, Said: 1, Met: 1, AffiliatedWith: 1}
	if stats != want {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	rows := graphtest.Exec(t, `MATCH (p:Person:Entity {name: "Ada Example"})-[r:SAID]->(a:Article)
		RETURN p.aliases AS aliases, r.quote AS quote, r.article_id = a.id AS ok, toString(a.published) AS pub`, nil)
	if len(rows) != 1 || rows[0]["quote"] != "talks went well" || rows[0]["ok"] != true || rows[0]["pub"] != "2025-03-04" {
		t.Errorf("SAID evidence = %v", rows)
	}
}

func TestChangedArticleReplacesItsContribution(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	a := fixture("a.txt", "a.txt", "sha-1")
	b := fixture("b.txt", "b.txt", "sha-b") // a second article mentioning the same people
	b.Relations = nil
	if _, err := st.WriteArticles(ctx, []graph.Article{a, b}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, "MATCH (p:Person {name: 'Ada Example'}) RETURN count(p) AS n"); n != 1 {
		t.Fatalf("the same person in two articles made %d nodes", n)
	}
	if n := count(t, "MATCH (p:Person {name: 'Ada Example'}) RETURN p.articles AS n"); n != 2 {
		t.Errorf("articles count = %d, want 2", n)
	}

	// New text for a: Bo Sample and Freedonia are gone, a new person came.
	a2 := fixture("a.txt", "a.txt", "sha-2")
	a2.Entities = []graph.Entity{
		{Ref: "e1", Type: "Person", Name: "Ada Example", Mentions: 1},
		{Ref: "e2", Type: "Person", Name: "Cy Newman", Mentions: 1},
	}
	a2.Relations = []graph.Relation{{Type: "MET", Source: "e2", Target: "e1", Sentence: 3, Start: 5}}
	sum, err := st.WriteArticles(ctx, []graph.Article{a2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Written != 1 {
		t.Errorf("changed article not rewritten: %+v", sum)
	}
	if n := count(t, "MATCH ()-[r:MET]-() WHERE r.sentence = 0 RETURN count(r) AS n"); n != 0 {
		t.Errorf("%d stale MET relations survived", n)
	}
	if n := count(t, "MATCH ()-[r:SAID|AFFILIATED_WITH]->() RETURN count(r) AS n"); n != 0 {
		t.Errorf("%d stale SAID/AFFILIATED_WITH survived", n)
	}
	// Bo Sample is still mentioned by b, Freedonia too: both stay.
	if n := count(t, "MATCH (e:Entity) WHERE e.name IN ['Bo Sample', 'Freedonia', 'Cy Newman'] RETURN count(e) AS n"); n != 3 {
		t.Errorf("entities kept = %d, want 3", n)
	}
	// Ada's alias "Example" came only from a's first version and must go.
	rows := graphtest.Exec(t, "MATCH (p:Person {name: 'Ada Example'}) RETURN p.aliases AS aliases", nil)
	if al := rows[0]["aliases"].([]any); len(al) != 1 || al[0] != "Example" {
		// b still says "Example": the alias stays while any article uses it.
		t.Errorf("aliases = %v, want [Example] (from article b)", al)
	}

	// b changes too and no longer mentions Bo Sample: he is pruned.
	b2 := fixture("b.txt", "b.txt", "sha-b2")
	b2.Entities = b2.Entities[:1]
	b2.Entities[0].Aliases = nil
	b2.Relations = nil
	sum, err = st.WriteArticles(ctx, []graph.Article{b2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Pruned != 2 { // Bo Sample and Freedonia
		t.Errorf("pruned = %d, want 2 (%+v)", sum.Pruned, sum)
	}
	rows = graphtest.Exec(t, "MATCH (p:Person {name: 'Ada Example'}) RETURN p.aliases AS aliases", nil)
	if al := rows[0]["aliases"].([]any); len(al) != 0 {
		t.Errorf("stale aliases %v survived", al)
	}
}

func TestWriteRejectsInvalidBatchWhole(t *testing.T) {
	st := graphtest.Open(t)
	good := fixture("a.txt", "a.txt", "sha-1")
	bad := fixture("b.txt", "b.txt", "sha-b")
	bad.Relations = append(bad.Relations, graph.Relation{Type: "MET", Source: "e1", Target: "nope"})
	_, err := st.WriteArticles(context.Background(), []graph.Article{good, bad})
	if graph.ErrorCode(err) != graph.CodeInvalid {
		t.Fatalf("err = %v, want CodeInvalid", err)
	}
	if n := count(t, "MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n"); n != 0 {
		t.Errorf("a refused batch left %d nodes", n)
	}
}

// Every committed write moves the graph's version, so a cache keyed by it
// (the web server's) notices writes from any process; reads do not.
func TestVersionMovesWithEveryWrite(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	v0, err := st.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := graph.Article{ID: graph.ArticleID("v.txt"), File: "v.txt", SHA256: "1", Title: "v", Text: "t",
		Entities: []graph.Entity{{Ref: "e1", Type: "Person", Name: "Ada Quill"}, {Ref: "e2", Type: "Person", Name: "Bo Tarn"}}}
	if _, err := st.WriteArticles(ctx, []graph.Article{a}); err != nil {
		t.Fatal(err)
	}
	v1, _ := st.Version(ctx)
	if v1 <= v0 {
		t.Fatalf("version %d after a write, was %d", v1, v0)
	}
	if _, err := st.Search(ctx, "quill", nil, 5); err != nil {
		t.Fatal(err)
	}
	if v, _ := st.Version(ctx); v != v1 {
		t.Errorf("a read moved the version: %d -> %d", v1, v)
	}
	if _, err := st.Merge(ctx, graph.EntityID("Person", "Ada Quill"), graph.EntityID("Person", "Bo Tarn")); err != nil {
		t.Fatal(err)
	}
	v2, _ := st.Version(ctx)
	if v2 <= v1 {
		t.Errorf("version %d after a merge, was %d", v2, v1)
	}
	if _, err := st.DeleteArticle(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if v, _ := st.Version(ctx); v <= v2 {
		t.Errorf("version %d after a delete, was %d", v, v2)
	}
}
