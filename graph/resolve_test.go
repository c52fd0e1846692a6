package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// art builds an article mentioning people (by name) who all said something.
func art(key string, names ...string) graph.Article {
	a := graph.Article{ID: graph.ArticleID(key), File: key, SHA256: "sha-" + key, Title: key, Text: "text of " + key}
	for i, n := range names {
		ref := string(rune('a' + i))
		a.Entities = append(a.Entities, graph.Entity{Ref: ref, Type: "Person", Name: n, Mentions: 1})
		a.Relations = append(a.Relations, graph.Relation{Type: "SAID", Source: ref, Evidence: n + " said so.", Sentence: i})
	}
	return a
}

// view is the graph as an analyst sees it: entities with names and
// aliases, and relationships by endpoint names — no merge bookkeeping.
func view(t *testing.T) string {
	t.Helper()
	ents := graphtest.Exec(t, `MATCH (e:Entity) RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases,
		e.mentions AS mentions, e.articles AS articles ORDER BY id`, nil)
	rels := graphtest.Exec(t, `MATCH (a)-[r]->(b) WHERE NOT a:MergeRecord
		RETURN a.id AS from, type(r) AS type, b.id AS to, r.article_id AS article, r.evidence AS evidence, r.count AS count
		ORDER BY from, type, to, article, evidence`, nil)
	b, _ := json.MarshalIndent(map[string]any{"entities": ents, "relations": rels}, "", " ")
	return string(b)
}

func write(t *testing.T, st *graph.Store, arts ...graph.Article) graph.WriteSummary {
	t.Helper()
	sum, err := st.WriteArticles(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func people(t *testing.T) map[string][]any {
	t.Helper()
	out := map[string][]any{}
	for _, r := range graphtest.Exec(t, "MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases", nil) {
		out[r["name"].(string)] = r["aliases"].([]any)
	}
	return out
}

func TestSurnameJoinsFullNameInEitherOrder(t *testing.T) {
	st := graphtest.Open(t)
	a := art("a.txt", "Antonov")
	b := art("b.txt", "Anatoly Antonov", "Bo Sample")

	write(t, st, a)
	write(t, st, b) // the full name arrives later: "Antonov" is absorbed
	ab := view(t)
	got := people(t)
	if len(got) != 2 || len(got["Anatoly Antonov"]) != 1 || got["Anatoly Antonov"][0] != "Antonov" {
		t.Fatalf("people after A then B = %v", got)
	}

	graphtest.Wipe(t)
	write(t, st, b)
	write(t, st, a) // the full name is known: "Antonov" resolves to it
	if ba := view(t); ba != ab {
		t.Errorf("ingest order changed the graph:\nA,B: %s\nB,A: %s", ab, ba)
	}

	graphtest.Wipe(t)
	write(t, st, a, b) // both in one batch
	if one := view(t); one != ab {
		t.Errorf("one batch differs from two:\n%s\n%s", ab, one)
	}
}

func TestAmbiguousSurnameStaysApart(t *testing.T) {
	st := graphtest.Open(t)
	write(t, st, art("a.txt", "Min-jun Lee"), art("b.txt", "Sarah Lee"))
	write(t, st, art("c.txt", "Lee"))
	got := people(t)
	if len(got) != 3 {
		t.Fatalf("people = %v, want Min-jun Lee, Sarah Lee and an unresolved Lee", got)
	}
	if _, ok := got["Lee"]; !ok {
		t.Errorf("the ambiguous Lee was joined to someone: %v", got)
	}
}

// A one-word name joins the full names written before it, in one batch as
// article by article: a second full name with that surname written after
// it leaves the join as it was, however the articles are batched.
func TestSurnameJoinIsTheSameInAnyBatching(t *testing.T) {
	st := graphtest.Open(t)
	a, c, b := art("a.txt", "Min-jun Lee"), art("c.txt", "Lee"), art("b.txt", "Sarah Lee")
	write(t, st, a)
	write(t, st, c) // "Lee" joins the only Lee there is
	write(t, st, b) // a second Lee comes after
	one := view(t)
	if got := people(t); len(got) != 2 || len(got["Min-jun Lee"]) != 1 {
		t.Fatalf("people after A, C, B one by one = %v, want Lee joined to Min-jun Lee", got)
	}
	graphtest.Wipe(t)
	write(t, st, a, c, b)
	if batch := view(t); batch != one {
		t.Errorf("one batch differs from one article at a time:\n%s\n%s", one, batch)
	}
	graphtest.Wipe(t)
	write(t, st, a, c)
	write(t, st, b)
	if two := view(t); two != one {
		t.Errorf("two batches differ from one article at a time:\n%s\n%s", one, two)
	}

	// the one-word name first, then one article naming two Lees: it stays
	// apart, one article at a time as in one batch
	both := art("d.txt", "Min-jun Lee", "Sarah Lee")
	graphtest.Wipe(t)
	write(t, st, c)
	write(t, st, both)
	apart := view(t)
	if got := people(t); len(got) != 3 {
		t.Fatalf("people after C, D one by one = %v, want Lee apart from both", got)
	}
	graphtest.Wipe(t)
	write(t, st, c, both)
	if batch := view(t); batch != apart {
		t.Errorf("C, D in one batch differ from one at a time:\n%s\n%s", apart, batch)
	}
}

func TestCaseVariantsAreOneEntity(t *testing.T) {
	st := graphtest.Open(t)
	write(t, st, art("a.txt", "Vladimir Putin"), art("b.txt", "Vladimir putin"), art("c.txt", "VLADIMIR PUTIN"))
	if n := count(t, "MATCH (p:Person) RETURN count(p) AS n"); n != 1 {
		t.Errorf("case variants made %d people", n)
	}
	if n := count(t, "MATCH (p:Person) RETURN p.articles AS n"); n != 3 {
		t.Errorf("articles = %d, want 3", n)
	}
}

func TestMergeAndUnmerge(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	inst := func(key, name string) graph.Article {
		return graph.Article{ID: graph.ArticleID(key), File: key, SHA256: key, Text: "t",
			Entities: []graph.Entity{
				{Ref: "i", Type: "Institution", Name: name, Mentions: 2},
				{Ref: "p", Type: "Person", Name: "Ada Example", Mentions: 1},
			},
			Relations: []graph.Relation{
				{Type: "AFFILIATED_WITH", Source: "p", Target: "i", Role: "director", Evidence: "Ada Example runs " + name + ".", Sentence: 0},
				{Type: "SAID", Source: "i", Evidence: name + " said.", Sentence: 1},
			}}
	}
	write(t, st, inst("a.txt", "Foreign Intelligence Bureau"), inst("b.txt", "FIB"))
	before := view(t)
	into := graph.EntityID("Institution", "Foreign Intelligence Bureau")
	from := graph.EntityID("Institution", "FIB")

	if _, err := st.Merge(ctx, into, graph.EntityID("Person", "Ada Example")); graph.ErrorCode(err) != graph.CodeInvalid {
		t.Errorf("merging a person into an institution: %v", err)
	}
	if _, err := st.Merge(ctx, into, "no-such-id"); graph.ErrorCode(err) != graph.CodeNotFound {
		t.Errorf("merging a missing entity: %v", err)
	}
	rec, err := st.Merge(ctx, into, from)
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, "MATCH (i:Institution) RETURN count(i) AS n"); n != 1 {
		t.Fatalf("%d institutions after merge", n)
	}
	rows := graphtest.Exec(t, `MATCH (i:Institution) OPTIONAL MATCH (i)<-[r:AFFILIATED_WITH]-()
		RETURN i.aliases AS aliases, i.articles AS articles, collect(r.evidence) AS ev`, nil)
	if al := rows[0]["aliases"].([]any); len(al) != 1 || al[0] != "FIB" {
		t.Errorf("aliases after merge = %v", al)
	}
	if ev := rows[0]["ev"].([]any); len(ev) != 2 {
		t.Errorf("evidence after merge = %v, want both sentences", ev)
	}
	// A later article naming the merged-away entity joins the kept one.
	write(t, st, inst("c.txt", "FIB"))
	if n := count(t, "MATCH (i:Institution) RETURN count(i) AS n"); n != 1 {
		t.Errorf("a new mention of a merged entity recreated it")
	}
	if _, err := st.DeleteArticle(ctx, graph.ArticleID("c.txt")); err != nil {
		t.Fatal(err)
	}
	merges, err := st.Merges(ctx, 10)
	if err != nil || len(merges) != 1 || merges[0].ID != rec || merges[0].Reason != "user" || merges[0].FromName != "FIB" {
		t.Fatalf("merges = %+v, %v", merges, err)
	}

	if _, err := st.Unmerge(ctx, rec); err != nil {
		t.Fatal(err)
	}
	if after := view(t); after != before {
		t.Errorf("unmerge did not restore the graph:\nbefore %s\nafter %s", before, after)
	}
	if _, err := st.Unmerge(ctx, rec); graph.ErrorCode(err) != graph.CodeConflict {
		t.Errorf("second unmerge: %v, want conflict", err)
	}
}

func TestDeleteArticle(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	write(t, st, art("a.txt", "Ada Example", "Bo Sample"), art("b.txt", "Ada Example"))
	sum, err := st.DeleteArticle(ctx, graph.ArticleID("a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Pruned != 1 {
		t.Errorf("pruned %d, want 1 (Bo Sample)", sum.Pruned)
	}
	if got := people(t); len(got) != 1 {
		t.Errorf("people left = %v", got)
	}
	if n := count(t, "MATCH (p:Person) RETURN p.articles AS n"); n != 1 {
		t.Errorf("Ada's article count = %d after delete", n)
	}
	if _, err := st.DeleteArticle(ctx, graph.ArticleID("a.txt")); graph.ErrorCode(err) != graph.CodeNotFound {
		t.Errorf("deleting twice: %v, want not found", err)
	}
}
