package graph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// variants is a small corpus whose articles spell the same entities
// differently (case, a longer form, a one-word surname, extra aliases), so
// the choice of an entity's name and aliases depends on which articles
// were seen: the case the batch-wise fold (entity_accumulate) must get
// exactly as right as the full recomputation (entity_refresh).
func variants() []graph.Article {
	mk := func(key string, ents ...graph.Entity) graph.Article {
		a := graph.Article{ID: graph.ArticleID(key), File: key, SHA256: "sha-" + key, Title: key, Text: "text of " + key}
		for i := range ents {
			ents[i].Ref = string(rune('a' + i))
			ents[i].Mentions = i + 1
			a.Entities = append(a.Entities, ents[i])
			a.Relations = append(a.Relations, graph.Relation{Type: "SAID", Source: ents[i].Ref, Evidence: ents[i].Name + " said so.", Sentence: i})
		}
		if len(ents) > 1 {
			a.Relations = append(a.Relations, graph.Relation{Type: "MET", Source: "a", Target: "b", Evidence: "They met.", Sentence: 9})
		}
		return a
	}
	p := func(name string, aliases ...string) graph.Entity {
		return graph.Entity{Type: "Person", Name: name, Aliases: aliases, Confidence: 0.9}
	}
	org := func(name string, aliases ...string) graph.Entity {
		return graph.Entity{Type: "Institution", Name: name, Aliases: aliases, Confidence: 0.8}
	}
	return []graph.Article{
		mk("v1.txt", p("Ada Quill"), org("Northern Grain Board", "NGB")),
		mk("v2.txt", p("ADA QUILL", "Quill"), org("northern grain board")),
		mk("v3.txt", p("Quill"), org("Northern Grain Board", "the Board", "Grain Board")),
		mk("v4.txt", p("Ada  Quill", "Ms Quill"), p("Bo Tarn")),
		mk("v5.txt", org("NORTHERN GRAIN BOARD", "NGB"), p("Bo Tarn", "Tarn")),
		mk("v6.txt", p("Bö Tarn"), org("Northern Grain Board")),
	}
}

// TestAccumulateMatchesRefresh writes the corpus one article at a time, all
// at once and in reverse order, and checks each graph against itself after
// entity_refresh recomputed every entity from its mentions.
func TestAccumulateMatchesRefresh(t *testing.T) {
	st := graphtest.Open(t)
	arts := variants()
	refreshAll := func() {
		var ids []string
		for _, r := range graphtest.Exec(t, "MATCH (n:Entity) RETURN n.id AS id", nil) {
			ids = append(ids, r["id"].(string))
		}
		graphtest.Exec(t, cypher.Query("entity_refresh"), map[string]any{"ids": ids})
	}

	for _, a := range arts {
		write(t, st, a)
	}
	oneByOne := graphtest.Canonical(t)
	if aliases := graphtest.Exec(t, "MATCH (n:Entity) WHERE size(n.aliases) > 0 RETURN n.id AS id", nil); len(aliases) < 2 {
		t.Fatalf("the corpus should give entities aliases; got %d with any", len(aliases))
	}
	refreshAll()
	graphtest.Diff(t, "one by one, then refreshed", graphtest.Canonical(t), oneByOne)

	graphtest.Wipe(t)
	write(t, st, arts...)
	graphtest.Diff(t, "one batch vs one by one", graphtest.Canonical(t), oneByOne)

	graphtest.Wipe(t)
	for i := len(arts) - 1; i >= 0; i-- {
		write(t, st, arts[i])
	}
	reversed := graphtest.Canonical(t)
	refreshAll()
	graphtest.Diff(t, "reverse order, then refreshed", graphtest.Canonical(t), reversed)
}
