package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/graphtest"
)

func TestExportImportUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "--format", "csv"}, "json or graphml"},
		{[]string{"export", "extra"}, "unexpected argument"},
		{[]string{"import"}, "one export file"},
		{[]string{"import", "a.json", "b.json"}, "one export file"},
	} {
		var out, errb bytes.Buffer
		err := run(context.Background(), tt.args, nil, &out, &errb)
		var u errUsage
		if !errors.As(err, &u) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want a usage error containing %q", tt.args, err, tt.want)
		}
	}
	// A file that is not an export is refused before any database is needed.
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"nodes": []}`), 0o644)
	err := run(context.Background(), []string{"import", bad}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "meta.format") {
		t.Errorf("import of a non-export: %v", err)
	}
}

// The sample articles survive export, wipe and import: the graph's
// statistics and a second export are the same.
func TestExportImportRoundTrip(t *testing.T) {
	graphtest.Open(t)
	ctx := context.Background()
	dir := t.TempDir()
	cmd := func(args ...string) (string, error) {
		var out, errb bytes.Buffer
		err := run(ctx, args, nil, &out, &errb)
		if err != nil {
			return out.String() + errb.String(), err
		}
		return out.String(), nil
	}
	if out, err := cmd("ingest", "--quiet", "--json", "../../testdata/articles"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	stats1, err := cmd("stats")
	if err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(dir, "first.json")
	if out, err := cmd("export", "-o", first); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	gml := filepath.Join(dir, "graph.graphml")
	if out, err := cmd("export", "--format", "graphml", "--output", gml); err != nil {
		t.Fatalf("export graphml: %v\n%s", err, out)
	}
	b1, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Nodes []json.RawMessage `json:"nodes"`
		Links []json.RawMessage `json:"links"`
	}
	if err := json.Unmarshal(b1, &exp); err != nil || len(exp.Nodes) < 24 {
		t.Fatalf("export: %v, %d nodes", err, len(exp.Nodes))
	}
	gb, _ := os.ReadFile(gml)
	var doc struct {
		Graph struct {
			Nodes []struct{} `xml:"node"`
			Edges []struct{} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(gb, &doc); err != nil || len(doc.Graph.Nodes) != len(exp.Nodes) || len(doc.Graph.Edges) != len(exp.Links) {
		t.Errorf("graphml: %v, %d nodes and %d edges; json has %d and %d", err,
			len(doc.Graph.Nodes), len(doc.Graph.Edges), len(exp.Nodes), len(exp.Links))
	}

	out, err := cmd("import", first)
	if err == nil || !strings.Contains(out+err.Error(), "not empty") || !strings.Contains(err.Error(), "--force") {
		t.Errorf("import into the full database: %v\n%s", err, out)
	}
	graphtest.Wipe(t)
	if out, err := cmd("import", "--json", first); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	stats2, err := cmd("stats")
	if err != nil {
		t.Fatal(err)
	}
	if stats1 != stats2 {
		t.Errorf("stats after the round trip:\n%s\nwant:\n%s", stats2, stats1)
	}
	second := filepath.Join(dir, "second.json")
	if out, err := cmd("export", "-o", second); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	b2, _ := os.ReadFile(second)
	if a, b := stripExportedAt(t, b1), stripExportedAt(t, b2); a != b {
		t.Error("the export after import differs from the first")
	}
	// A seeded export from stdin-less flags: repeated and comma-separated seeds.
	var one struct {
		Nodes []struct {
			ID   string `json:"id"`
			Type string `json:"type"`
		} `json:"nodes"`
	}
	json.Unmarshal(b1, &one)
	var people []string
	for _, n := range one.Nodes {
		if n.Type == "Person" && len(people) < 2 {
			people = append(people, n.ID)
		}
	}
	seeded, err := cmd("export", "--seed", people[0], "--seed", people[1], "--depth", "2", "--types", "MET,SAID", "--labels", "Person,Article")
	if err != nil {
		t.Fatalf("seeded export: %v\n%s", err, seeded)
	}
	if !strings.Contains(seeded, people[0]) || !strings.Contains(seeded, `"depth": 2`) {
		t.Errorf("seeded export:\n%.500s", seeded)
	}
	if out, err := cmd("export", "--seed", "no-such-entity"); err == nil || !strings.Contains(out+err.Error(), "no entity") {
		t.Errorf("unknown seed: %v %s", err, out)
	}
	if _, err := cmd("export", "--seed", people[0], "--depth", "9"); exitCode(err) != 2 {
		t.Errorf("depth 9: %v, want a usage error", err)
	}
}

func stripExportedAt(t *testing.T, b []byte) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	meta, _ := m["meta"].(map[string]any)
	delete(meta, "exported_at")
	out, _ := json.Marshal(m)
	return string(out)
}
