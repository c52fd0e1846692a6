package graph

import (
	"strings"
	"testing"
)

// A packed list gives back what it was given, entry for entry, and leaves
// out what it cannot hold rather than garbling it.
func TestViewListPacksEntries(t *testing.T) {
	others := []string{"a-1", "b-22", "art-3", "c-4", strings.Repeat("x", 70000), "d-6"}
	rels := []string{"MET", ">SANCTIONED", ">SAID", "<AFFILIATED_WITH", "MET", ">NEW_TYPE"}
	firsts := []string{"2020-01-02", "", "2021-05-06", "", "", ""}
	lasts := []string{"2020-03-04", "", "2021-05-06", "2022-07-08", "", ""}
	counts := []any{int64(5), int64(3), int64(2), int64(1), int64(1), int64(1), int64(9)}
	l := newViewList(others, rels, firsts, lasts, counts)
	// The 70,000-byte id and the unknown code are left out; the extra
	// count has no entry to go with.
	if l.len() != 4 {
		t.Fatalf("%d entries, want 4", l.len())
	}
	for i := range 4 {
		e := &l.entries[i]
		if l.other(i) != others[i] || relCodes[e.rel] != rels[i] || l.first(i) != firsts[i] || l.last(i) != lasts[i] ||
			e.count != counts[i].(int64) {
			t.Errorf("entry %d = %q %q %q %q %d, want %q %q %q %q %d", i, l.other(i), relCodes[e.rel], l.first(i), l.last(i),
				e.count, others[i], rels[i], firsts[i], lasts[i], counts[i])
		}
		if e.article() != (rels[i] == ">SAID") {
			t.Errorf("entry %d: article() = %v", i, e.article())
		}
	}
	// What a link drawn from each code is.
	for code, rl := range relLinks {
		rel := relCodes[code]
		typ := strings.TrimLeft(rel, "<>")
		if linkTypeOrder[rl.typ] != typ || rl.incoming != strings.HasPrefix(rel, "<") || rl.undirected != (rel == "MET") {
			t.Errorf("code %q: link %+v", rel, rl)
		}
	}
	if l := newViewList(nil, nil, nil, nil, nil); l.len() != 0 || l.size() <= 0 {
		t.Errorf("empty list: %d entries, size %d", l.len(), l.size())
	}
}
