package graph

import (
	"cmp"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"testing"
)

// The index numbers nodes in id order, keeps what newViewList keeps, and
// a view drawn from it encodes as encoding/json encodes the graph it
// stands for, ids that need escaping included.
func TestViewIndexLayoutAndJSON(t *testing.T) {
	b := newIxBuilder()
	lists := []ixList{
		{id: "e<3>", others: []string{"e1", "a\"1"}, rels: []string{"MET", ">SAID"}, firsts: []string{"2024-01-02", ""},
			lasts: []string{"2024-03-04", ""}, counts: []any{int64(2), int64(1)}, total: 2},
		{id: "e1", others: []string{"e<3>", "é4", "x9"}, rels: []string{"MET", ">SANCTIONED", "?NEW"}, firsts: []string{"2024-01-02", "", ""},
			lasts: []string{"2024-03-04", "2025-05-06", ""}, counts: []any{int64(2), int64(5), int64(1)}, total: 9},
		{id: "é4", others: []string{"e1"}, rels: []string{"<SANCTIONED"}, firsts: []string{""}, lasts: []string{"2025-05-06"},
			counts: []any{int64(5)}, total: 1},
	}
	for _, l := range lists {
		if err := b.add(l); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.add(lists[0]); err == nil {
		t.Error("a second list for one id was taken")
	}
	ix, err := b.finish(7)
	if err != nil {
		t.Fatal(err)
	}
	// a"1, e1, e<3>, é4 in id order; x9, named only by the left-out
	// entry, is not a node.
	var ids []string
	for i := range ix.len() {
		ids = append(ids, ix.id(uint32(i)))
	}
	if want := []string{"a\"1", "e1", "e<3>", "é4"}; !slices.Equal(ids, want) {
		t.Fatalf("ids %q, want %q", ids, want)
	}
	for i, id := range ids {
		if n, ok := ix.find(id); !ok || n != uint32(i) {
			t.Errorf("find(%q) = %d %v, want %d", id, n, ok, i)
		}
	}
	if _, ok := ix.find("e2"); ok {
		t.Error("find(e2) found a node")
	}
	e1, _ := ix.find("e1")
	if l := ix.list(e1); len(l) != 2 || ix.total[e1] != 9 || ix.id(l[1].other) != "é4" || relCodes[l[1].rel] != ">SANCTIONED" || l[1].count != 5 {
		t.Errorf("e1's list %+v total %d: want 2 entries (the unknown code left out), total 9", l, ix.total[e1])
	}
	if ix.plain[0] || !ix.plain[1] || ix.plain[2] || ix.plain[3] {
		t.Errorf("plain = %v: want ids with \", <, non-ASCII not plain", ix.plain)
	}
	nodes := make([]*cachedNode, ix.len())
	for i, id := range ids {
		n := &cachedNode{node: Node{ID: id, Type: "Person", Labels: []string{"Entity", "Person"}, Name: "N " + id,
			Degree: int64(i % 2), Properties: map[string]any{"name": "N " + id}}}
		if id == "a\"1" {
			n.node.Type, n.node.Labels = "Article", []string{"Article"}
		}
		if err := n.node.encode(); err != nil {
			t.Fatal(err)
		}
		nodes[i] = n
	}
	nums := []uint32{0, 1, 2, 3}
	for _, maxLinks := range []int{1, 2, 2000} {
		v := rankIndexView(ix, nums, nodes, maxLinks)
		v.more = 3
		want, err := json.Marshal(v.graph())
		if err != nil {
			t.Fatal(err)
		}
		got, err := v.appendJSON(nil)
		v.release()
		if err != nil || string(got) != string(want) {
			t.Errorf("max links %d: appendJSON (%v)\n %s\nencoding/json\n %s", maxLinks, err, got, want)
		}
		if maxLinks == 2000 && !json.Valid(got) {
			t.Errorf("invalid JSON %s", got)
		}
	}
}

// The rank table finds every number it holds and no other, at any size.
func TestRankTable(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 9, 500, 5000} {
		var nums []uint32
		for i := range n {
			nums = append(nums, uint32(i*3+1)) // neighbours and gaps
		}
		tab := newRankTable(nums)
		for r, x := range nums {
			if got, ok := tab.get(x); !ok || got != r {
				t.Fatalf("%d numbers: get(%d) = %d %v, want %d", n, x, got, ok, r)
			}
		}
		for _, x := range []uint32{0, 2, 3, uint32(n*3 + 1), 1 << 31} {
			if _, ok := tab.get(x); ok {
				t.Fatalf("%d numbers: get(%d) found a rank", n, x)
			}
		}
	}
}

// The radix sort of candidate links orders them as the comparison does:
// strongest first, then by key; duplicates (the same link from both ends)
// end up adjacent.
func TestSortLinkCands(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct {
		n, nodes int
		maxCount int64
	}{{10, 5, 3}, {300, 20, 1}, {5000, 500, 4}, {20000, 500, 9000}, {3000, 3, 2}, {4000, 500, 1 << 40}} {
		cands := make([]linkCand, c.n)
		for i := range cands {
			typ := uint64(rng.IntN(len(linkTypeOrder)))
			src, tgt := uint64(rng.IntN(c.nodes)), uint64(rng.IntN(c.nodes))
			cands[i] = linkCand{count: 1 + rng.Int64N(c.maxCount), key: typ<<(2*rankBits) | src<<rankBits | tgt,
				at: uint32(src), entry: uint32(i)}
			if i > 0 && rng.IntN(4) == 0 { // a duplicate
				cands[i] = cands[rng.IntN(i)]
			}
		}
		want := slices.Clone(cands)
		slices.SortStableFunc(want, func(a, b linkCand) int {
			if a.count != b.count {
				return cmp.Compare(b.count, a.count)
			}
			return cmp.Compare(a.key, b.key)
		})
		sortLinkCands(cands, c.nodes)
		for i := range cands {
			if cands[i].count != want[i].count || cands[i].key != want[i].key {
				t.Fatalf("%+v: position %d is %d/%x, want %d/%x", c, i, cands[i].count, cands[i].key, want[i].count, want[i].key)
			}
		}
	}
}
