package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// exportJSON exports with o and returns the JSON, checked against the schema.
func exportJSON(t *testing.T, st *graph.Store, o graph.ExportOptions) (graph.Subgraph, []byte) {
	t.Helper()
	g, err := st.Export(context.Background(), o)
	if err != nil {
		t.Fatalf("Export(%+v): %v", o, err)
	}
	b, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if errs := loadSchema(t, "../docs/export.schema.json").validate(b); len(errs) > 0 {
		t.Fatalf("export does not validate against docs/export.schema.json:\n%s", strings.Join(errs, "\n"))
	}
	return g, b
}

// withoutExportedAt blanks meta.exported_at, the one thing two exports of
// the same graph may differ in.
func withoutExportedAt(t *testing.T, b []byte) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	meta, _ := m["meta"].(map[string]any)
	if meta["exported_at"] == "" {
		t.Error("no exported_at")
	}
	meta["exported_at"] = ""
	out, _ := json.MarshalIndent(m, "", " ")
	return string(out)
}

func TestExportWholeGraph(t *testing.T) {
	st := openCorpus(t)
	g, _ := exportJSON(t, st, graph.ExportOptions{})
	// 5 articles and 10 entities; 20 mentions and 13 other relations.
	if len(g.Nodes) != 15 || len(g.Links) != 33 || g.More != 0 {
		t.Fatalf("export: %d nodes, %d links, more %d; want 15, 33, 0", len(g.Nodes), len(g.Links), g.More)
	}
	m := g.Meta
	if m.Format != "newsgraph-export" || m.Version != 1 || m.Nodes != 15 || m.Links != 33 || m.Options.Limit != 10000 ||
		len(m.Options.Types) != 6 || len(m.Options.Labels) != 5 {
		t.Errorf("meta = %+v", m)
	}
	for k, want := range map[string]string{"published": "date", "ingested_at": "datetime", "created_at": "datetime", "confidence": "float"} {
		if m.PropertyTypes[k] != want {
			t.Errorf("property_types[%s] = %q, want %q", k, m.PropertyTypes[k], want)
		}
	}
	lt := linkTypes(g)
	if lt["MENTIONED_IN"] != 20 || lt["SAID"] != 3 || lt["MET"] != 4 {
		t.Errorf("link types %v", lt)
	}
	for _, n := range g.Nodes {
		if n.ID == artID("art1") && (n.Properties["text"] != "Text of art1." || n.Properties["published"] != "2025-01-10" || n.Properties["words"] != int64(3)) {
			t.Errorf("art1 = %+v", n)
		}
		if n.Degree != 0 {
			t.Errorf("export wrote a degree: %+v", n)
		}
	}
	checkLinks(t, "export", g)

	// The limit keeps the highest-degree nodes and counts the rest.
	g, _ = exportJSON(t, st, graph.ExportOptions{Limit: 3, Labels: []string{"Person", "Institution", "Event", "Place"}})
	wantNodes(t, "limit 3", g, ada.id(), bo.id(), cy.id()) // degree 5, 3, 3 (Dee has 3 too, but a larger id)
	if g.More != 7 {
		t.Errorf("limit 3: more %d, want 7", g.More)
	}
	checkLinks(t, "limit 3", g)
	// With articles allowed, those the links cite come along beyond the limit.
	g, _ = exportJSON(t, st, graph.ExportOptions{Limit: 3})
	wantNodes(t, "limit 3 with articles", g, ada.id(), bo.id(), cy.id(), artID("art1"), artID("art2"))
	if g.More != 12 {
		t.Errorf("limit 3 with articles: more %d, want 12", g.More)
	}
	checkLinks(t, "limit 3 with articles", g)

	// A date range chooses articles by publication and entities by relation.
	g, _ = exportJSON(t, st, graph.ExportOptions{From: "2025-03-01"})
	wantNodes(t, "from March", g, artID("art3"), artID("art5"), cy.id(), dee.id(), ada.id(), bo.id(), summit.id(), eli.id(), acme.id())
	for _, l := range g.Links {
		if l.Evidence.ArticleID != artID("art3") && l.Evidence.ArticleID != artID("art5") {
			t.Errorf("from March: link from %s", nameOf(l.Evidence.ArticleID))
		}
	}
	g, _ = exportJSON(t, st, graph.ExportOptions{Labels: []string{"Person"}, Types: []string{"MET"}})
	if len(g.Nodes) != 5 || len(g.Links) != 4 {
		t.Errorf("persons and MET: %d nodes, %d links", len(g.Nodes), len(g.Links))
	}

	ctx := context.Background()
	for _, o := range []graph.ExportOptions{
		{Seeds: []string{ada.id()}, Depth: 4}, {Limit: 100001}, {Labels: []string{"Robot"}}, {Types: []string{"OWNS"}},
		{From: "2025-02-30"}, {Seeds: []string{""}},
	} {
		if _, err := st.Export(ctx, o); graph.ErrorCode(err) != graph.CodeInvalid {
			t.Errorf("Export(%+v): %v, want CodeInvalid", o, err)
		}
	}
	if _, err := st.Export(ctx, graph.ExportOptions{Seeds: []string{ada.id(), "nope"}}); graph.ErrorCode(err) != graph.CodeNotFound {
		t.Errorf("unknown seed: %v, want CodeNotFound", err)
	}
}

func TestExportSeeds(t *testing.T) {
	st := openCorpus(t)
	g, _ := exportJSON(t, st, graph.ExportOptions{Seeds: []string{ada.id()}, Types: []string{"MET", "AFFILIATED_WITH", "SANCTIONED"}, Depth: 2})
	// with the articles the links cite
	wantNodes(t, "Ada depth 2", g, ada.id(), bo.id(), freed.id(), cy.id(), sylv.id(), acme.id(), artID("art1"), artID("art2"))
	checkLinks(t, "Ada depth 2", g)
	if len(g.Links) != 5 || g.Meta.Options.Depth != 2 || g.Meta.Options.Seeds[0] != ada.id() {
		t.Errorf("Ada depth 2: %d links, options %+v", len(g.Links), g.Meta.Options)
	}
	g, _ = exportJSON(t, st, graph.ExportOptions{Seeds: []string{dee.id(), ada.id(), dee.id()}, Types: []string{"MET"}})
	wantNodes(t, "Dee and Ada", g, dee.id(), cy.id(), eli.id(), ada.id(), bo.id(),
		artID("art1"), artID("art2"), artID("art3"), artID("art4"))
	if len(g.Meta.Options.Seeds) != 2 {
		t.Errorf("seeds not deduplicated: %v", g.Meta.Options.Seeds)
	}
	g, _ = exportJSON(t, st, graph.ExportOptions{Seeds: []string{dee.id()}, Types: []string{"MET"}, Labels: []string{"Person"}})
	wantNodes(t, "Dee without articles", g, dee.id(), cy.id(), eli.id())
}

// Export, wipe, import, export again: the same graph, and the same export
// but for the time it was made.
func TestImportRoundTrip(t *testing.T) {
	for name, o := range map[string]graph.ExportOptions{
		"whole":    {},
		"seed":     {Seeds: []string{ada.id()}, Depth: 2},
		"filtered": {Seeds: []string{cy.id()}, Types: []string{"MET", "SAID"}, From: "2025-01-01", Depth: 3},
	} {
		t.Run(name, func(t *testing.T) { testRoundTrip(t, o) })
	}
}

func testRoundTrip(t *testing.T, o graph.ExportOptions) {
	{
		st := openCorpus(t) // one per (sub)test: it holds the database lock until the test ends
		ctx := context.Background()
		whole := o.Seeds == nil
		var before string
		if whole {
			before = graphtest.Snapshot(t)
		}
		g1, b1 := exportJSON(t, st, o)
		graphtest.Wipe(t)

		in, err := graph.ReadExport(bytes.NewReader(b1))
		if err != nil {
			t.Fatal(err)
		}
		sum, err := st.Import(ctx, in, graph.ImportOptions{})
		if err != nil {
			t.Fatalf("import: %v", err)
		}
		if sum.Articles+sum.Entities != len(g1.Nodes) || sum.Mentions+sum.Relations != len(g1.Links) {
			t.Errorf("import summary %+v for %d nodes, %d links", sum, len(g1.Nodes), len(g1.Links))
		}
		if whole {
			if after := graphtest.Snapshot(t); after != before {
				t.Errorf("the imported graph differs from the exported one:\n%s\n---\n%s", before, after)
			}
		}
		_, b2 := exportJSON(t, st, o)
		if a, b := withoutExportedAt(t, b1), withoutExportedAt(t, b2); a != b {
			t.Errorf("export %+v after import differs:\n%s\n---\n%s", o, a, b)
		}
		// A stored date and date-time come back with their types.
		if whole {
			rows := graphtest.Exec(t, `MATCH (a:Article {id: $id}) RETURN a.published IS :: DATE AS d,
				a.ingested_at IS :: ZONED DATETIME AS dt, a.words IS :: INTEGER AS w`, map[string]any{"id": artID("art1")})
			if len(rows) != 1 || rows[0]["d"] != true || rows[0]["dt"] != true || rows[0]["w"] != true {
				t.Errorf("types after import: %v", rows)
			}
			rows = graphtest.Exec(t, `MATCH ()-[r:MET]->() RETURN count(r) AS n, all(x IN collect(r.confidence) WHERE x IS :: FLOAT) AS f`, nil)
			if rows[0]["n"] != int64(4) || rows[0]["f"] != true {
				t.Errorf("MET after import: %v", rows)
			}
		}
	}
}

func TestImportRefusesNonEmptyDatabase(t *testing.T) {
	st := openCorpus(t)
	ctx := context.Background()
	_, b := exportJSON(t, st, graph.ExportOptions{})
	in, err := graph.ReadExport(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	before := graphtest.Snapshot(t)
	_, err = st.Import(ctx, in, graph.ImportOptions{})
	if graph.ErrorCode(err) != graph.CodeConflict || !strings.Contains(graph.ErrorMessage(err), "not empty") {
		t.Errorf("import into a full database: %v, want CodeConflict", err)
	}
	if _, err := st.Import(ctx, in, graph.ImportOptions{Force: true}); err != nil {
		t.Errorf("forced import of the same graph: %v", err)
	}
	if after := graphtest.Snapshot(t); after != before {
		t.Error("a forced import of the graph's own export changed it")
	}
}

func TestImportRejectsBadExports(t *testing.T) {
	st := openCorpus(t)
	_, good := exportJSON(t, st, graph.ExportOptions{})
	graphtest.Wipe(t)
	ctx := context.Background()
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		if err := json.Unmarshal(good, &m); err != nil {
			t.Fatal(err)
		}
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	first := func(m map[string]any, key string) map[string]any {
		return m[key].([]any)[0].(map[string]any)
	}
	for name, b := range map[string][]byte{
		"not json":      []byte("{"),
		"no meta":       edit(func(m map[string]any) { delete(m, "meta") }),
		"version 9":     edit(func(m map[string]any) { m["meta"].(map[string]any)["version"] = 9 }),
		"unknown label": edit(func(m map[string]any) { first(m, "nodes")["labels"] = []any{"Entity", "Robot`) DELETE n //"} }),
		"two types":     edit(func(m map[string]any) { first(m, "nodes")["labels"] = []any{"Entity", "Person", "Place"} }),
		"unknown type":  edit(func(m map[string]any) { first(m, "links")["type"] = "KNOWS" }),
		"dangling link": edit(func(m map[string]any) { first(m, "links")["target"] = "nope" }),
		"bad date": edit(func(m map[string]any) {
			for _, n := range m["nodes"].([]any) {
				if p := n.(map[string]any)["properties"].(map[string]any); p["published"] != nil {
					p["published"] = "10 January"
				}
			}
		}),
	} {
		g, err := graph.ReadExport(bytes.NewReader(b))
		if err == nil {
			_, err = st.Import(ctx, g, graph.ImportOptions{})
		}
		if graph.ErrorCode(err) != graph.CodeInvalid {
			t.Errorf("%s: %v, want CodeInvalid", name, err)
		}
	}
	if n := count(t, "MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n"); n != 0 {
		t.Errorf("refused imports left %d nodes", n)
	}
}

// GraphML for Gephi and Cytoscape: well-formed, every attribute declared
// with a type its values parse as, the right counts.
func TestGraphML(t *testing.T) {
	st := openCorpus(t)
	g, _ := exportJSON(t, st, graph.ExportOptions{})
	var buf bytes.Buffer
	if err := graph.WriteGraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
		Keys    []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				ID     string `xml:"id,attr"`
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	if !strings.HasPrefix(buf.String(), `<?xml version="1.0" encoding="UTF-8"?>`) || doc.Graph.EdgeDefault != "directed" {
		t.Errorf("header or edgedefault wrong:\n%.300s", buf.String())
	}
	if len(doc.Graph.Nodes) != 15 || len(doc.Graph.Edges) != 33 {
		t.Fatalf("GraphML: %d nodes, %d edges, want 15 and 33", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	keys := map[string]struct{ forWhat, name, typ string }{}
	byName := map[string]string{}
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %s declared twice", k.ID)
		}
		switch k.Type {
		case "string", "long", "double", "boolean", "int", "float":
		default:
			t.Errorf("key %s: attr.type %q", k.ID, k.Type)
		}
		keys[k.ID] = struct{ forWhat, name, typ string }{k.For, k.Name, k.Type}
		byName[k.For+"/"+k.Name] = k.Type
	}
	for name, typ := range map[string]string{"node/label": "string", "node/labels": "string", "node/mentions": "long",
		"node/words": "long", "edge/type": "string", "edge/directed": "boolean", "edge/confidence": "double", "edge/sentence": "long", "edge/evidence": "string"} {
		if byName[name] != typ {
			t.Errorf("key %s: type %q, want %q", name, byName[name], typ)
		}
	}
	check := func(forWhat, id, key, value string) {
		k, ok := keys[key]
		if !ok || k.forWhat != forWhat {
			t.Errorf("%s %s: data key %s not declared for %s", forWhat, id, key, forWhat)
			return
		}
		var err error
		switch k.typ {
		case "long":
			_, err = strconv.ParseInt(value, 10, 64)
		case "double":
			_, err = strconv.ParseFloat(value, 64)
		case "boolean":
			_, err = strconv.ParseBool(value)
		}
		if err != nil {
			t.Errorf("%s %s: %s = %q is not a %s", forWhat, id, k.name, value, k.typ)
		}
	}
	nodes := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = true
		label := ""
		for _, d := range n.Data {
			check("node", n.ID, d.Key, d.Value)
			if keys[d.Key].name == "label" {
				label = d.Value
			}
		}
		if n.ID == ada.id() && label != "Ada Example" {
			t.Errorf("Ada's label = %q", label)
		}
	}
	undirected := 0
	for _, e := range doc.Graph.Edges {
		if !nodes[e.Source] || !nodes[e.Target] || e.ID == "" {
			t.Errorf("edge %s %s->%s", e.ID, e.Source, e.Target)
		}
		for _, d := range e.Data {
			check("edge", e.ID, d.Key, d.Value)
			if keys[d.Key].name == "directed" && d.Value == "false" {
				undirected++
			}
		}
	}
	if undirected != 4 {
		t.Errorf("%d undirected edges, want the 4 MET", undirected)
	}
}

// A merge can leave an entity two mentions of one article (its own and the
// one moved from the merged entity): both survive the round trip. Merge
// records are internal and not exported.
func TestImportRoundTripAfterMerge(t *testing.T) {
	st := openCorpus(t)
	ctx := context.Background()
	if _, err := st.Merge(ctx, ada.id(), bo.id()); err != nil {
		t.Fatalf("merge: %v", err)
	}
	g1, b1 := exportJSON(t, st, graph.ExportOptions{})
	checkLinks(t, "after merge", g1) // link ids stay unique
	dup := 0
	for _, l := range g1.Links {
		if l.Type == "MENTIONED_IN" && l.Source == ada.id() && strings.Contains(l.ID, "@") {
			dup++
		}
	}
	if dup != 4 { // Bo's mentions of art1-3 and art5; Ada has her own of art1, art3 and art5
		t.Errorf("%d merged mentions, want 4", dup)
	}
	graphtest.Wipe(t)
	in, err := graph.ReadExport(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Import(ctx, in, graph.ImportOptions{}); err != nil {
		t.Fatalf("import: %v", err)
	}
	_, b2 := exportJSON(t, st, graph.ExportOptions{})
	if a, b := withoutExportedAt(t, b1), withoutExportedAt(t, b2); a != b {
		t.Errorf("export after merge, import and export differs:\n%s\n---\n%s", a, b)
	}
	if n := count(t, "MATCH (m:MergeRecord) RETURN count(m) AS n"); n != 0 {
		t.Errorf("%d merge records imported", n)
	}
}

// The API's bounds: at most MaxLinks links, the articles they cite still
// come along, and LinkScan is checked.
func TestExportLinkBounds(t *testing.T) {
	st := openCorpus(t)
	all, _ := exportJSON(t, st, graph.ExportOptions{Seeds: []string{ada.id()}, Depth: 2})
	g, _ := exportJSON(t, st, graph.ExportOptions{Seeds: []string{ada.id()}, Depth: 2, MaxLinks: 2, LinkScan: 100})
	if len(all.Links) <= 2 || len(g.Links) != 2 || g.Meta.Links != 2 {
		t.Fatalf("max 2 links: %d (meta %d) of %d", len(g.Links), g.Meta.Links, len(all.Links))
	}
	checkLinks(t, "max 2 links", g)
	ids := nodeIDs(g)
	for _, l := range g.Links {
		if !ids[l.Evidence.ArticleID] {
			t.Errorf("link %s cites %s, which is not exported", l.ID, nameOf(l.Evidence.ArticleID))
		}
	}
	for _, scan := range []int{-1, 1001} {
		if _, err := st.Export(context.Background(), graph.ExportOptions{LinkScan: scan}); graph.ErrorCode(err) != graph.CodeInvalid {
			t.Errorf("LinkScan %d: %v, want CodeInvalid", scan, err)
		}
	}
}
