package graph

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The view index: every neighbour list of the graph in memory, for
// neighbourhood views.
//
// A default view (listView) reads the neighbour lists of its frontier and of
// every node it shows. On a million-node graph most views are around
// entities nobody looked at lately, so most of those lists came from Neo4j:
// two queries a view, about 2 ms of Neo4j CPU and as much again in the
// server decoding them and hashing their ids (docs/bench-query.md, round
// 5). Yet all the lists together are small: 717,536 lists of 2.6 million
// entries on the benchmark graph, about 80 MB once each node is a number.
// So the server keeps them, as it keeps the search index: read page by page
// at start, used only while the graph is at the version they were read at,
// rebuilt once writes have stopped (KeepViewIndex). A view then walks
// numbers in memory, and asks Neo4j only for the properties of nodes not in
// the node cache; when every node is cached it does not touch Neo4j at all.
// Its answer is the list path's, byte for byte (TestViewIndexMatchesLists).

// viewIndex holds every node named by a neighbour list — the lists'
// entities and the entities and articles their entries name — numbered in
// id order, so that comparing numbers compares ids, with each entity's
// list.
type viewIndex struct {
	version int64
	ids     string   // every node's id, back to back, in id order
	idAt    []uint32 // node i's id is ids[idAt[i]:idAt[i+1]]
	listAt  []uint32 // node i's entries are entries[listAt[i]:listAt[i+1]]
	total   []uint32 // node i's number of entries before its list was cut to nbListSize
	entries []ixEntry
	dates   []string // the dates entries name; 0 is ""
	quoted  []string // the dates as JSON strings
	plain   []bool   // node i's id needs no escaping in JSON (jsonPlain)
}

// ixEntry is one neighbour-list entry: the other end as a node number,
// the count of relationships, the first and last of their dates as
// numbers in dates, and the relation code.
type ixEntry struct {
	other       uint32
	count       uint32
	first, last uint16
	rel         relCode
}

func (ix *viewIndex) len() int { return len(ix.idAt) - 1 }

func (ix *viewIndex) id(i uint32) string { return ix.ids[ix.idAt[i]:ix.idAt[i+1]] }

func (ix *viewIndex) list(i uint32) []ixEntry { return ix.entries[ix.listAt[i]:ix.listAt[i+1]] }

// whole reports whether node n has a list, holds every entry of it (none
// cut by nbListSize or left out as unknown) and all of them lie within
// the nbLinkScan entries a view matches (an article has no list).
func (ix *viewIndex) whole(n uint32) bool {
	l := ix.listAt[n+1] - ix.listAt[n]
	return l > 0 && l == ix.total[n] && l <= nbLinkScan
}

// find returns the number of the node with this id.
func (ix *viewIndex) find(id string) (uint32, bool) {
	i := sort.Search(ix.len(), func(i int) bool { return ix.id(uint32(i)) >= id })
	return uint32(i), i < ix.len() && ix.id(uint32(i)) == id
}

// size is roughly the memory the index holds.
func (ix *viewIndex) size() int64 {
	n := int64(len(ix.ids)) + int64(len(ix.idAt)+len(ix.listAt)+len(ix.total))*4 + int64(len(ix.entries))*16 +
		int64(len(ix.plain))
	for i, d := range ix.dates {
		n += 32 + int64(len(d)+len(ix.quoted[i]))
	}
	return n
}

// ixList is one neighbour list as read for the index (q_nb_index_page).
type ixList struct {
	id                          string
	others, rels, firsts, lasts []string
	counts                      []any
	total                       int64
}

// ixBuilder numbers ids as it meets them and collects lists; finish
// renumbers everything in id order.
type ixBuilder struct {
	num     map[string]uint32
	names   []string
	lists   [][2]uint32 // by builder number: a list's span of entries, {0, 0} for none
	hasList []bool
	totals  []uint32
	entries []ixEntry
	dnum    map[string]uint16
	dates   []string
}

func newIxBuilder() *ixBuilder {
	return &ixBuilder{num: map[string]uint32{}, dnum: map[string]uint16{"": 0}, dates: []string{""}}
}

func (b *ixBuilder) node(id string) uint32 {
	if n, ok := b.num[id]; ok {
		return n
	}
	n := uint32(len(b.names))
	b.num[id] = n
	b.names = append(b.names, id)
	b.lists = append(b.lists, [2]uint32{})
	b.hasList = append(b.hasList, false)
	b.totals = append(b.totals, 0)
	return n
}

func (b *ixBuilder) date(d string) (uint16, error) {
	if n, ok := b.dnum[d]; ok {
		return n, nil
	}
	if len(b.dates) > math.MaxUint16 {
		return 0, fmt.Errorf("more than %d distinct dates in neighbour lists", math.MaxUint16)
	}
	n := uint16(len(b.dates))
	b.dnum[d] = n
	b.dates = append(b.dates, d)
	return n, nil
}

// add takes one list. An entry with a code this build does not know is
// left out, as newViewList leaves it out.
func (b *ixBuilder) add(l ixList) error {
	me := b.node(l.id)
	if b.hasList[me] {
		return fmt.Errorf("two neighbour lists for %s", l.id)
	}
	start := uint32(len(b.entries))
	n := min(len(l.others), len(l.rels), len(l.firsts), len(l.lasts), len(l.counts))
	for i := range n {
		code, ok := relCodeOf(l.rels[i])
		if !ok || len(l.others[i]) > 0xFFFF || len(l.firsts[i]) > 0xFF || len(l.lasts[i]) > 0xFF {
			continue
		}
		c, _ := l.counts[i].(int64)
		if c < 0 || c > math.MaxUint32 {
			return fmt.Errorf("neighbour list of %s: count %d out of range", l.id, c)
		}
		first, err := b.date(l.firsts[i])
		if err != nil {
			return err
		}
		last, err := b.date(l.lasts[i])
		if err != nil {
			return err
		}
		b.entries = append(b.entries, ixEntry{other: b.node(l.others[i]), count: uint32(c), first: first, last: last, rel: code})
	}
	if len(b.entries) > math.MaxUint32 || l.total > math.MaxUint32 {
		return fmt.Errorf("neighbour lists too big for the view index")
	}
	b.lists[me] = [2]uint32{start, uint32(len(b.entries))}
	b.hasList[me] = true
	b.totals[me] = uint32(max(l.total, 0))
	return nil
}

// finish numbers the nodes in id order and lays the lists out in it. Ids
// are found by 32-bit offsets: a graph whose ids take more than 4 GB
// (about a hundred million nodes) is too big for the index.
func (b *ixBuilder) finish(version int64) (*viewIndex, error) {
	order := make([]uint32, len(b.names)) // final position → builder number
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(x, y uint32) int { return strings.Compare(b.names[x], b.names[y]) })
	final := make([]uint32, len(order)) // builder number → final position
	size := 0
	for pos, n := range order {
		final[n] = uint32(pos)
		size += len(b.names[n])
	}
	if size > math.MaxUint32 {
		return nil, fmt.Errorf("the graph's ids take %d bytes: too many for the view index", size)
	}
	ix := &viewIndex{version: version, idAt: make([]uint32, 0, len(order)+1), listAt: make([]uint32, 0, len(order)+1),
		total: make([]uint32, len(order)), entries: make([]ixEntry, 0, len(b.entries)), dates: b.dates}
	var ids strings.Builder
	ids.Grow(size)
	for pos, n := range order {
		ix.idAt = append(ix.idAt, uint32(ids.Len()))
		ids.WriteString(b.names[n])
		ix.listAt = append(ix.listAt, uint32(len(ix.entries)))
		if span := b.lists[n]; b.hasList[n] {
			for _, e := range b.entries[span[0]:span[1]] {
				e.other = final[e.other]
				ix.entries = append(ix.entries, e)
			}
			ix.total[pos] = b.totals[n]
		}
	}
	ix.idAt = append(ix.idAt, uint32(ids.Len()))
	ix.listAt = append(ix.listAt, uint32(len(ix.entries)))
	ix.ids = ids.String()
	for _, d := range ix.dates {
		ix.quoted = append(ix.quoted, string(appendJSONString(nil, d)))
	}
	ix.plain = make([]bool, ix.len())
	for i := range ix.plain {
		ix.plain[i] = jsonPlain(ix.id(uint32(i)))
	}
	return ix, nil
}

// indexView is listView on the index: the same levels, ranking and links,
// on node numbers. ok is false when the seed has no list in the index (an
// entity without relations, an article, an unknown id): the caller takes
// the list path, which knows what to answer. jsonOnly: the view will only
// be written (appendJSON), not made into a graph. The caller releases the
// view.
func (s *Store) indexView(ctx context.Context, ix *viewIndex, seed string, depth, limit, maxLinks int, jsonOnly bool) (v *ixView, ok bool, err error) {
	me, found := ix.find(seed)
	if !found || len(ix.list(me)) == 0 {
		return nil, false, nil
	}
	nums := []uint32{me}
	seen := map[uint32]bool{me: true}
	frontier := []uint32{me}
	more := 0
	for level := 1; level <= depth && len(frontier) > 0; level++ {
		budget := limit - len(nums)
		if budget <= 0 {
			break
		}
		k := levelWidth(level, budget, len(frontier))
		lc := newLevelCands[uint32](len(frontier) * k)
		for _, f := range frontier {
			list := ix.list(f)
			listed := min(k, len(list))
			if level == 1 {
				more += max(int(ix.total[f])-listed, 0)
			}
			for _, e := range list[:listed] {
				if !seen[e.other] {
					lc.add(e.other, int64(e.count), e.rel == relSaidOut)
				}
			}
		}
		var left int
		var spent bool
		nums, frontier, left, spent = lc.take(budget, seen, nums)
		more += left
		if spent {
			break
		}
	}
	slices.Sort(nums)
	nodes, ok, err := s.indexNodes(ctx, ix, nums, jsonOnly)
	if err != nil || !ok {
		return nil, ok, err
	}
	v = rankIndexView(ix, nums, nodes, maxLinks)
	v.more = more
	return v, true, nil
}

// ixView is a view drawn from the index, ranked (rankView): its nodes in
// sortNodes' order and its links as candidates, in a pooled slice that
// release returns.
type ixView struct {
	ix              *viewIndex
	sorted          []uint32 // the view's node numbers in id order: a link key's ranks index it
	order           []*Node
	links           []linkCand
	pooled          *[]linkCand
	more, linksMore int
}

// rankIndexView is listGraph's work on the index: nums are the view's
// nodes in id order and nodes their properties (nil for a node that
// vanished).
func rankIndexView(ix *viewIndex, nums []uint32, nodes []*cachedNode, maxLinks int) *ixView {
	v := &ixView{ix: ix, sorted: make([]uint32, 0, len(nums)), order: make([]*Node, 0, len(nums))}
	for i, n := range nums {
		if nodes[i] != nil {
			v.sorted = append(v.sorted, n)
			v.order = append(v.order, &nodes[i].node)
		}
	}
	scan := 0
	for _, n := range v.sorted {
		scan += min(nbLinkScan, len(ix.list(n)))
	}
	v.pooled = linkCands.Get().(*[]linkCand)
	cands := (*v.pooled)[:0]
	if cap(cands) < scan {
		cands = make([]linkCand, 0, scan)
		*v.pooled = cands
	}
	// A link between two listed entities is found from both ends. When
	// the end with the smaller number has its whole list within the scan
	// it is sure to find the link, so the other end leaves it to it: half
	// the candidates to sort (the duplicates would be dropped anyway).
	ranks := newRankTable(v.sorted)
	for me, n := range v.sorted {
		at := ix.listAt[n]
		list := ix.list(n)
		for i := range min(nbLinkScan, len(list)) {
			e := &list[i]
			if e.other < n && ix.whole(e.other) {
				continue
			}
			r, ok := ranks.get(e.other)
			if !ok {
				continue
			}
			cands = append(cands, newLinkCand(uint64(me), uint64(r), e.rel, int64(e.count), at+uint32(i)))
		}
	}
	v.links, v.linksMore = rankView(v.order, cands, maxLinks)
	return v
}

// rankTable maps the node numbers of a view to their ranks: an
// open-addressing table at most half full, so that a look-up is a probe or
// two (a view looks up some 30,000 list entries; a binary search over its
// nodes took 9 steps each).
type rankTable struct {
	keys  []uint32 // number+1; 0 is an empty slot
	ranks []int32
	mask  uint32
	shift uint8 // 32 - log2(len(keys))
}

func newRankTable(nums []uint32) rankTable {
	size, shift := 16, uint8(28)
	for size < 2*len(nums) {
		size, shift = size*2, shift-1
	}
	t := rankTable{keys: make([]uint32, size), ranks: make([]int32, size), mask: uint32(size - 1), shift: shift}
	for r, n := range nums {
		i := t.slot(n)
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.ranks[i] = n+1, int32(r)
	}
	return t
}

// slot is where n's probe starts: the top bits of its number scrambled
// (Fibonacci hashing), as neighbouring numbers are common.
func (t rankTable) slot(n uint32) uint32 { return (n * 2654435769) >> t.shift }

func (t rankTable) get(n uint32) (int, bool) {
	for i := t.slot(n); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case n + 1:
			return int(t.ranks[i]), true
		case 0:
			return 0, false
		}
	}
}

func (v *ixView) release() {
	if v.pooled != nil {
		linkCands.Put(v.pooled)
		v.pooled, v.links = nil, nil
	}
}

func (v *ixView) id(rank uint64) uint32 { return v.sorted[rank] }

func (v *ixView) dates(c linkCand) (first, last string) {
	e := &v.ix.entries[c.entry]
	return v.ix.dates[e.first], v.ix.dates[e.last]
}

// graph is the view as Neighbourhood returns it.
func (v *ixView) graph() NeighbourhoodGraph {
	g := viewGraphOf(v.order, v.links, v.linksMore, func(r uint64) string { return v.ix.id(v.id(r)) }, v.dates)
	g.More = v.more
	return g
}

// appendJSON appends what graph().AppendJSON would, without making the
// graph: for a depth-2 view that is 2,000 links and their ids the server
// would build only to encode them. Ids and dates that need no escaping
// (all of them, in practice: ids are UUIDs) are copied as they are.
func (v *ixView) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"nodes":[`...)
	for i, n := range v.order {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = n.appendJSON(b); err != nil {
			return nil, err
		}
	}
	b = append(b, `],"links":[`...)
	const mask = 1<<rankBits - 1
	for i, c := range v.links {
		if i > 0 {
			b = append(b, ',')
		}
		typ := linkTypeOrder[c.key>>(2*rankBits)]
		src, tgt := v.id(c.key>>rankBits&mask), v.id(c.key&mask)
		b = append(b, `{"id":"`...)
		b = append(b, typ...)
		b = append(b, ':')
		b = v.ix.appendID(b, src, false)
		b = append(b, ':')
		b = v.ix.appendID(b, tgt, false)
		b = append(b, `","source":`...)
		b = v.ix.appendID(b, src, true)
		b = append(b, `,"target":`...)
		b = v.ix.appendID(b, tgt, true)
		b = append(b, `,"type":"`...)
		b = append(b, typ...)
		b = append(b, `","directed":`...)
		b = strconv.AppendBool(b, typ != "MET")
		b = append(b, `,"count":`...)
		b = strconv.AppendInt(b, c.count, 10)
		e := &v.ix.entries[c.entry]
		if e.first != 0 {
			b = append(b, `,"first":`...)
			b = v.ix.appendDate(b, e.first)
		}
		if e.last != 0 {
			b = append(b, `,"last":`...)
			b = v.ix.appendDate(b, e.last)
		}
		b = append(b, '}')
	}
	b = append(b, `],"more":`...)
	b = strconv.AppendInt(b, int64(v.more), 10)
	b = append(b, `,"links_more":`...)
	b = strconv.AppendInt(b, int64(v.linksMore), 10)
	return append(b, '}'), nil
}

// appendID appends node n's id, quoted or not (inside the link id's
// string), escaped only when it needs to be.
func (ix *viewIndex) appendID(b []byte, n uint32, quoted bool) []byte {
	id := ix.id(n)
	if !ix.plain[n] {
		e := appendJSONString(nil, id)
		if !quoted {
			e = e[1 : len(e)-1]
		}
		return append(b, e...)
	}
	if quoted {
		b = append(b, '"')
		b = append(b, id...)
		return append(b, '"')
	}
	return append(b, id...)
}

func (ix *viewIndex) appendDate(b []byte, d uint16) []byte { return append(b, ix.quoted[d]...) }

// jsonPlain reports whether s is JSON-encoded as itself in quotes.
func jsonPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || !jsonSafe[c] {
			return false
		}
	}
	return true
}
