package graph

import "strings"

// viewList is a neighbour list as the node cache keeps it. The writer's
// form (nbEntry: four strings per entry, each its own allocation as the
// driver decodes it) made a cached 64-entry list some 200 small objects
// and 10 KB: the cache held few lists per megabyte, and the collector
// spent a fifth of the server's CPU under load walking them. Here the
// entries' strings sit back to back in one string and the entries hold
// offsets, so a list is two allocations with no pointers to follow but
// one.
type viewList struct {
	text    string // every entry's other end, first and last date, back to back
	entries []viewEntry
}

// viewEntry is one entry of a viewList; the strings are spans of text.
type viewEntry struct {
	count                    int64
	otherAt, firstAt, lastAt uint32
	otherLen                 uint16
	firstLen, lastLen        uint8
	rel                      relCode
}

// relCode is an entry's relation code as an index in relCodes.
type relCode uint8

// relCodes are the entry codes a list can hold ("MET", ">TYPE" from the
// entity, "<TYPE" to it) with what a link drawn from the entry is: its
// type's place in linkTypeOrder and whether the entity is the link's
// target.
var relCodes, relLinks = func() (codes []string, links []relLink) {
	for _, t := range RelationTypes {
		if t == "MET" {
			codes = append(codes, "MET")
			links = append(links, relLink{typ: linkTypeIndex("MET"), undirected: true})
			continue
		}
		codes = append(codes, ">"+t, "<"+t)
		links = append(links, relLink{typ: linkTypeIndex(t)}, relLink{typ: linkTypeIndex(t), incoming: true})
	}
	return codes, links
}()

type relLink struct {
	typ        int8 // place in linkTypeOrder
	incoming   bool // the entity is the target
	undirected bool // MET: the smaller rank is the source
}

var relSaidOut, _ = relCodeOf(">SAID")

// relCodeOf returns the code of a relation code string, ok false for one
// this build does not know.
func relCodeOf(rel string) (relCode, bool) {
	for i, c := range relCodes {
		if c == rel {
			return relCode(i), true
		}
	}
	return 0, false
}

// article reports whether the entry's other end is an article (SAID ends
// at one).
func (e *viewEntry) article() bool { return e.rel == relSaidOut }

func (l *viewList) len() int { return len(l.entries) }

func (l *viewList) other(i int) string {
	e := &l.entries[i]
	return l.text[e.otherAt : e.otherAt+uint32(e.otherLen)]
}

func (l *viewList) first(i int) string {
	e := &l.entries[i]
	return l.text[e.firstAt : e.firstAt+uint32(e.firstLen)]
}

func (l *viewList) last(i int) string {
	e := &l.entries[i]
	return l.text[e.lastAt : e.lastAt+uint32(e.lastLen)]
}

// size is roughly the memory the list holds.
func (l *viewList) size() int64 {
	return int64(len(l.text)) + int64(cap(l.entries))*32 + 48
}

// newViewList packs a list read from the store (parallel arrays, as
// q_nb_nodes returns them). An entry with a code this build does not know,
// or strings too long for its spans (ids are UUIDs, dates YYYY-MM-DD), is
// left out rather than drawn wrong.
func newViewList(others, rels, firsts, lasts []string, counts []any) viewList {
	n := min(len(others), len(rels), len(firsts), len(lasts), len(counts))
	size := 0
	for i := range n {
		size += len(others[i]) + len(firsts[i]) + len(lasts[i])
	}
	var buf strings.Builder
	buf.Grow(size)
	entries := make([]viewEntry, 0, n)
	for i := range n {
		code, ok := relCodeOf(rels[i])
		if !ok || len(others[i]) > 0xFFFF || len(firsts[i]) > 0xFF || len(lasts[i]) > 0xFF {
			continue
		}
		c, _ := counts[i].(int64)
		e := viewEntry{count: c, rel: code}
		e.otherAt, e.otherLen = uint32(buf.Len()), uint16(len(others[i]))
		buf.WriteString(others[i])
		e.firstAt, e.firstLen = uint32(buf.Len()), uint8(len(firsts[i]))
		buf.WriteString(firsts[i])
		e.lastAt, e.lastLen = uint32(buf.Len()), uint8(len(lasts[i]))
		buf.WriteString(lasts[i])
		entries = append(entries, e)
	}
	return viewList{text: buf.String(), entries: entries}
}
