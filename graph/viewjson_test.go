package graph

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestViewJSONMatchesEncodingJSON holds AppendJSON to encoding/json's
// bytes: the answers are cached and compared by clients, so the fast
// encoder must not differ by a byte, escapes included.
func TestViewJSONMatchesEncodingJSON(t *testing.T) {
	awkward := []string{"", "plain", `quo"te`, `back\slash`, "<b>&amp;</b>", "line\nbreak\r\ttab",
		"\x00\x01\x08\x0c\x1f\x7f", "naïve café", "日本語", "sep\u2028par\u2029", "bad\xffutf8\xc3", "emoji 😀",
		"\xed\xa0\x80 surrogate"}
	node := func(i int, s string) Node {
		return Node{ID: "id-" + s, Labels: []string{"Entity", "Person"}, Type: "Person", Name: s, Degree: int64(i),
			Properties: map[string]any{"name": s, "aliases": []any{s, "x"}, "mentions": int64(i), "score": 0.5,
				"flag": true, "none": nil, "z" + s: "last"}}
	}
	link := func(i int, s string) LinkSummary {
		return LinkSummary{ID: "MET:" + s + ":b", Source: s, Target: "b", Type: "MET", Directed: i%2 == 0,
			Count: int64(i) * 1e9, First: s, Last: strings.Repeat(s, i%3)}
	}
	cases := map[string]NeighbourhoodGraph{
		"nil lists": {},
		"empty":     {Nodes: []Node{}, Links: []LinkSummary{}, More: -1, LinksMore: 7},
		"nil props": {Nodes: []Node{{ID: "a"}}, Links: []LinkSummary{{}}},
	}
	var g NeighbourhoodGraph
	for i, s := range awkward {
		g.Nodes = append(g.Nodes, node(i, s))
		g.Links = append(g.Links, link(i, s))
	}
	cases["awkward strings"] = g
	rng := rand.New(rand.NewPCG(1, 2))
	var big NeighbourhoodGraph
	for i := range 300 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteRune(rune(rng.IntN(0x2100)))
		}
		big.Nodes = append(big.Nodes, node(i, sb.String()))
		big.Links = append(big.Links, link(i, sb.String()))
	}
	big.More, big.LinksMore = 12, 345
	cases["random"] = big

	for name, g := range cases {
		t.Run(name, func(t *testing.T) {
			want, err := json.Marshal(g)
			if err != nil {
				t.Fatal(err)
			}
			got, err := g.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("AppendJSON differs from encoding/json:\n got %s\nwant %s", got, want)
			}
			// The same with every node's JSON kept beside it, as the node
			// cache does, after a prefix.
			enc := g
			enc.Nodes = slices.Clone(g.Nodes)
			for i := range enc.Nodes {
				if err := enc.Nodes[i].encode(); err != nil {
					t.Fatal(err)
				}
			}
			got, err = enc.AppendJSON([]byte("prefix"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, append([]byte("prefix"), want...)) {
				t.Fatalf("with encoded nodes:\n got %s\nwant prefix%s", got, want)
			}
		})
	}

	// What encoding/json cannot encode fails the same way, not silently.
	bad := NeighbourhoodGraph{Nodes: []Node{{ID: "nan", Properties: map[string]any{"x": math.NaN()}}}}
	if _, err := bad.AppendJSON(nil); err == nil {
		t.Error("a NaN property encoded without error")
	}
	if err := bad.Nodes[0].encode(); err == nil || bad.Nodes[0].encoded != nil {
		t.Errorf("encode of a NaN property: err %v, kept %q", err, bad.Nodes[0].encoded)
	}
}

func BenchmarkViewJSON(b *testing.B) {
	var g NeighbourhoodGraph
	for i := range 500 {
		n := Node{ID: EntityID("Person", strings.Repeat("n", i%7)+string(rune('a'+i%26))), Labels: []string{"Entity", "Person"},
			Type: "Person", Name: "Some Person", Degree: int64(i), Properties: map[string]any{"name": "Some Person",
				"aliases": []any{"Person"}, "mentions": int64(i), "articles": int64(i), "created_at": "2015-01-01T00:00:00Z"}}
		g.Nodes = append(g.Nodes, n)
	}
	for i := range 2000 {
		s, tg := g.Nodes[i%500].ID, g.Nodes[(i*7)%500].ID
		g.Links = append(g.Links, LinkSummary{ID: "SANCTIONED:" + s + ":" + tg, Source: s, Target: tg, Type: "SANCTIONED",
			Directed: true, Count: int64(i), First: "2020-01-02", Last: "2020-11-12"})
	}
	enc := g
	enc.Nodes = slices.Clone(g.Nodes)
	for i := range enc.Nodes {
		_ = enc.Nodes[i].encode()
	}
	b.Run("encoding/json", func(b *testing.B) {
		for b.Loop() {
			out, _ := json.Marshal(g)
			b.SetBytes(int64(len(out)))
		}
	})
	b.Run("AppendJSON", func(b *testing.B) {
		buf := make([]byte, 0, 1<<20)
		for b.Loop() {
			out, _ := enc.AppendJSON(buf[:0])
			b.SetBytes(int64(len(out)))
		}
	})
}
