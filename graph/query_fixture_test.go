package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// The query tests' corpus: five short articles with known people and
// relations.
//
//	art1 2025-01-10  Ada MET Bo (dated 2025-01-09), Ada AFFILIATED_WITH Freedonia (envoy), Ada SAID; Geneva mentioned
//	art2 2025-02-15  Bo MET Cy, Bo AFFILIATED_WITH Sylvanian Foreign Ministry (minister), Freedonia SANCTIONED Acme Bank (dated 2025-02-14)
//	art3 2025-03-20  Cy MET Dee, Dee SAID, Cy and Ada PARTICIPATED_IN the Geneva Summit; Bo mentioned
//	art4 (undated)   Dee MET Eli
//	art5 2025-04-01  Ada SAID, Eli AFFILIATED_WITH Acme Bank (chairman); Bo mentioned
//
// Relations other than MENTIONED_IN (degree): Ada 5, Bo 3, Cy 3, Dee 3,
// Eli 2, Freedonia 2, Acme 2, Summit 2, Sylvania 1, art1 1, art3 1, art5 1.
// Ada and Bo share three articles (1, 3, 5), the most of any pair.
type ent struct{ ref, typ, name string }

var (
	ada     = ent{"ada", "Person", "Ada Example"}
	bo      = ent{"bo", "Person", "Bo Sample"}
	cy      = ent{"cy", "Person", "Cy Newman"}
	dee     = ent{"dee", "Person", "Dee Ortiz"}
	eli     = ent{"eli", "Person", "Eli Park"}
	freed   = ent{"freed", "Institution", "Freedonia"}
	sylv    = ent{"sylv", "Institution", "Sylvanian Foreign Ministry"}
	acme    = ent{"acme", "Institution", "Acme Bank"}
	summit  = ent{"summit", "Event", "Geneva Summit"}
	geneva  = ent{"geneva", "Place", "Geneva"}
	allEnts = []ent{ada, bo, cy, dee, eli, freed, sylv, acme, summit, geneva}
)

func (e ent) id() string { return graph.EntityID(e.typ, e.name) }

func artID(n string) string { return graph.ArticleID(n + ".txt") }

// nameOf maps ids back to names in failure messages.
func nameOf(id string) string {
	for _, e := range allEnts {
		if e.id() == id {
			return e.name
		}
	}
	for _, n := range []string{"art1", "art2", "art3", "art4", "art5"} {
		if artID(n) == id {
			return n
		}
	}
	return id
}

func rel(typ string, src, tgt ent, sentence int, evidence string) graph.Relation {
	return graph.Relation{Type: typ, Source: src.ref, Target: tgt.ref, Evidence: evidence, Sentence: sentence,
		Start: sentence * 100, End: sentence*100 + len(evidence), Confidence: 0.75}
}

func article(name, published string, ents []ent, rels ...graph.Relation) graph.Article {
	a := graph.Article{ID: artID(name), Title: "Title of " + name, File: name + ".txt", SHA256: "sha-" + name,
		Published: published, Text: "Text of " + name + ".", Words: 3, Byline: "By A Reporter", Source: "test"}
	for _, e := range ents {
		ge := graph.Entity{Ref: e.ref, Type: e.typ, Name: e.name, Mentions: 2, Confidence: 0.9}
		if e == ada {
			ge.Aliases = []string{"Example"}
		}
		if e == freed {
			ge.Kind = "state"
		}
		a.Entities = append(a.Entities, ge)
	}
	a.Relations = rels
	return a
}

func corpus() []graph.Article {
	met := rel("MET", ada, bo, 0, "Ada Example met Bo Sample on 9 January.")
	met.Date = "2025-01-09"
	aff := rel("AFFILIATED_WITH", ada, freed, 1, "Ada Example, Freedonia's envoy, ...")
	aff.Role = "envoy"
	said1 := rel("SAID", ada, ada, 2, "Ada Example said talks went well.")
	said1.Quote = "talks went well"
	aff2 := rel("AFFILIATED_WITH", bo, sylv, 1, "Bo Sample, the Sylvanian foreign minister, ...")
	aff2.Role = "minister"
	sanc := rel("SANCTIONED", freed, acme, 2, "Freedonia sanctioned Acme Bank on 14 February.")
	sanc.Date = "2025-02-14"
	said3 := rel("SAID", dee, dee, 1, "Dee Ortiz said the summit was useful.")
	said3.Quote = "the summit was useful"
	said5 := rel("SAID", ada, ada, 0, "Ada Example said more talks would follow.")
	said5.Quote = "more talks would follow"
	aff5 := rel("AFFILIATED_WITH", eli, acme, 1, "Eli Park, chairman of Acme Bank, ...")
	aff5.Role = "chairman"
	return []graph.Article{
		article("art1", "2025-01-10", []ent{ada, bo, freed, geneva}, met, aff, said1),
		article("art2", "2025-02-15", []ent{bo, cy, sylv, freed, acme},
			rel("MET", bo, cy, 0, "Bo Sample met Cy Newman."), aff2, sanc),
		article("art3", "2025-03-20", []ent{cy, dee, ada, bo, summit},
			rel("MET", cy, dee, 0, "Cy Newman met Dee Ortiz."), said3,
			rel("PARTICIPATED_IN", cy, summit, 2, "Cy Newman attended the Geneva Summit."),
			rel("PARTICIPATED_IN", ada, summit, 3, "So did Ada Example.")),
		article("art4", "", []ent{dee, eli}, rel("MET", dee, eli, 0, "Dee Ortiz met Eli Park.")),
		article("art5", "2025-04-01", []ent{ada, bo, eli, acme}, said5, aff5),
	}
}

// openCorpus returns a store on a test database holding the corpus.
func openCorpus(t *testing.T) *graph.Store {
	t.Helper()
	st := graphtest.Open(t)
	sum, err := st.WriteArticles(context.Background(), corpus())
	if err != nil {
		t.Fatalf("write corpus: %v", err)
	}
	if sum.Written != 5 {
		t.Fatalf("write corpus: %+v", sum)
	}
	return st
}

func nodeIDs(g graph.Subgraph) map[string]bool {
	out := map[string]bool{}
	for _, n := range g.Nodes {
		out[n.ID] = true
	}
	return out
}

func names(ids map[string]bool) string {
	var out []string
	for id := range ids {
		out = append(out, nameOf(id))
	}
	return strings.Join(sortedStrings(out), ", ")
}

func sortedStrings(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// wantNodes fails unless g has exactly the nodes with these ids.
func wantNodes(t *testing.T, what string, g graph.Subgraph, want ...string) {
	t.Helper()
	w := map[string]bool{}
	for _, id := range want {
		w[id] = true
	}
	got := nodeIDs(g)
	if names(got) != names(w) || len(g.Nodes) != len(want) {
		t.Errorf("%s: nodes [%s], want [%s]", what, names(got), names(w))
	}
}

// checkLinks fails when a link names a node not in g or lacks evidence.
func checkLinks(t *testing.T, what string, g graph.Subgraph) {
	t.Helper()
	ids := nodeIDs(g)
	seen := map[string]bool{}
	for _, l := range g.Links {
		if !ids[l.Source] || !ids[l.Target] {
			t.Errorf("%s: link %s %s->%s names a node not returned", what, l.Type, nameOf(l.Source), nameOf(l.Target))
		}
		if l.Evidence.ArticleID == "" || (l.Type != "MENTIONED_IN" && l.Evidence.Text == "") {
			t.Errorf("%s: link %s %s->%s without evidence: %+v", what, l.Type, nameOf(l.Source), nameOf(l.Target), l.Evidence)
		}
		if seen[l.ID] {
			t.Errorf("%s: link id %s twice", what, l.ID)
		}
		seen[l.ID] = true
	}
}

// linkTypes counts a subgraph's links (one per relationship) by type.
func linkTypes(g graph.Subgraph) map[string]int {
	return countTypes(g.Links, func(l graph.Link) string { return l.Type })
}

// countTypes counts links of either kind by the type typ reads from each.
func countTypes[L any](links []L, typ func(L) string) map[string]int {
	out := map[string]int{}
	for _, l := range links {
		out[typ(l)]++
	}
	return out
}

// nodesOf is a neighbourhood's nodes as a Subgraph, for wantNodes.
func nodesOf(g graph.NeighbourhoodGraph) graph.Subgraph {
	return graph.Subgraph{Nodes: g.Nodes, More: g.More}
}

// checkSummaries fails when a compact link names a node not in g, counts
// nothing, has dates out of order or comes twice.
func checkSummaries(t *testing.T, what string, g graph.NeighbourhoodGraph) {
	t.Helper()
	ids := nodeIDs(nodesOf(g))
	seen := map[string]bool{}
	for _, l := range g.Links {
		if !ids[l.Source] || !ids[l.Target] {
			t.Errorf("%s: link %s %s->%s names a node not returned", what, l.Type, nameOf(l.Source), nameOf(l.Target))
		}
		if l.Count < 1 || (l.First != "" && l.Last < l.First) {
			t.Errorf("%s: link %+v: want a count and first <= last", what, l)
		}
		if seen[l.ID] {
			t.Errorf("%s: link id %s twice", what, l.ID)
		}
		seen[l.ID] = true
	}
}

// summaryTypes counts a neighbourhood's links (one per node pair and type)
// by type.
func summaryTypes(g graph.NeighbourhoodGraph) map[string]int {
	return countTypes(g.Links, func(l graph.LinkSummary) string { return l.Type })
}
