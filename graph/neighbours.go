package graph

import (
	"cmp"
	"context"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

// Neighbour lists.
//
// A neighbourhood view around a popular entity used to be an expansion over
// its relationships: hundreds of thousands on a big graph, 0.5 s of Neo4j
// work per view even when bounded. Instead the writer keeps, for every
// entity with relations, a (:Neighbours {id}) node holding its strongest
// neighbours: one entry per (other end, relation code) with the number of
// relationships behind it and the range of their dates, strongest first,
// at most nbListSize entries. A view then reads these lists by index seek
// (q_nb_nodes, through the node cache of nodecache.go) and never touches a
// relationship.
//
// The lists are exact, not a cache: a batch that only adds relations
// updates them in place (nbMaintain), which is exact because counts only
// grow — an entry outside a list ranks below everything in it, and when
// its count grows it is compared with the weakest listed one. Anything that
// removes or moves relations (a replaced or deleted article, a merge, an
// unmerge, an import) rebuilds the lists of the entities it touched from
// their relationships (nb_rebuild). Tests compare the two routes.
var (
	queryNbRebuild      = cypher.Query("nb_rebuild")
	queryNbGet          = cypher.Query("nb_get")
	queryEntityLock     = cypher.Query("entity_lock")
	queryNbSet          = cypher.Query("nb_set")
	queryNbCounts       = cypher.Query("nb_counts")
	queryNbNeighbourIDs = cypher.Query("nb_neighbour_ids")
	queryNbEntityPage   = cypher.Query("nb_entity_page")
	queryNbState        = cypher.Query("nb_state")
	queryNbStateSet     = cypher.Query("nb_state_set")
)

// nbListSize is the most entries a neighbour list keeps: a depth-1 view
// of a hub shows its nbListSize strongest neighbours. 200 entries cost
// 35% of ingest throughput (hubs' lists are rewritten by most batches),
// 64 cost 20% (docs/bench-query.md). A variable so that tests can make
// lists short enough to overflow.
var nbListSize = 64

// nbViews turns the neighbour-list views on; tests turn it off to compare
// them with the query path.
var nbViews = true

const (
	// nbFormat is the version of the lists' layout and length; a graph
	// whose GraphState says less is backfilled by Migrate (2: 64 entries).
	nbFormat = 2
	// nbRebuildPage is how many entities one backfill transaction rebuilds.
	nbRebuildPage = 500
)

// nbEntry is one entry of a neighbour list.
type nbEntry struct {
	other string // id of the other end (an article for ">SAID")
	rel   string // "MET", ">TYPE" (from the entity) or "<TYPE" (to it)
	count int64
	first string // earliest stated date, "" when none is dated
	last  string
}

// article reports whether the other end is an article (SAID ends at one).
func (e nbEntry) article() bool { return e.rel == ">SAID" }

// nbLess is the rank order of entries, the same as nb_rebuild's ORDER BY:
// count (higher first), entities before articles, other end, code.
func nbLess(a, b nbEntry) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	if a.article() != b.article() {
		return !a.article()
	}
	if a.other != b.other {
		return a.other < b.other
	}
	return a.rel < b.rel
}

// nbList is one entity's list as read and written by the writer.
type nbList struct {
	entries   []nbEntry
	total     int64 // entries in all, listed or not
	readTotal int64 // total as read
	// changed says nb_set must write the arrays, not only total: a hub's
	// list often gains only unlisted entries, and rewriting its arrays
	// for that is most of the cost of keeping lists.
	changed bool
}

// upsert sets the entry for (other, rel) to e, adding it when absent and
// when it ranks above the weakest listed entry or the list has room.
func (l *nbList) upsert(e nbEntry, isNew bool) {
	if isNew {
		l.total++
	}
	for i := range l.entries {
		if l.entries[i].other == e.other && l.entries[i].rel == e.rel {
			l.entries[i] = e
			l.changed = true
			sort.SliceStable(l.entries, func(a, b int) bool { return nbLess(l.entries[a], l.entries[b]) })
			return
		}
	}
	if len(l.entries) >= nbListSize && !nbLess(e, l.entries[len(l.entries)-1]) {
		return
	}
	l.changed = true
	l.entries = append(l.entries, e)
	sort.SliceStable(l.entries, func(a, b int) bool { return nbLess(l.entries[a], l.entries[b]) })
	if len(l.entries) > nbListSize {
		l.entries = l.entries[:nbListSize]
	}
}

func (l *nbList) find(other, rel string) (nbEntry, bool) {
	for _, e := range l.entries {
		if e.other == other && e.rel == rel {
			return e, true
		}
	}
	return nbEntry{}, false
}

// nbPair is what one batch added between two nodes: n relationships of
// one type, as stored (MET from the smaller id; SAID to an article).
type nbPair struct {
	source, target, typ string
	n                   int64
	first, last         string
}

func (p nbPair) key() string { return p.typ + "\x00" + p.source + "\x00" + p.target }

// codes are the entry codes of the pair at its source and its target.
func (p nbPair) codes() (atSource, atTarget string) {
	if p.typ == "MET" {
		return "MET", "MET"
	}
	return ">" + p.typ, "<" + p.typ
}

// nbPairs sums a batch's relation rows (said_write and relation_write
// parameters) per pair.
func nbPairs(said, rels []map[string]any) []nbPair {
	byKey := map[string]*nbPair{}
	var order []string
	add := func(typ, src, tgt string, props map[string]any) {
		p := nbPair{source: src, target: tgt, typ: typ}
		k := p.key()
		q := byKey[k]
		if q == nil {
			q = &p
			byKey[k] = q
			order = append(order, k)
		}
		q.n++
		if d, _ := props["date"].(string); d != "" {
			q.first = minDate(q.first, d)
			q.last = maxDate(q.last, d)
		}
	}
	for _, r := range said {
		add("SAID", r["source"].(string), r["article_id"].(string), r["props"].(map[string]any))
	}
	for _, r := range rels {
		add(r["type"].(string), r["source"].(string), r["target"].(string), r["props"].(map[string]any))
	}
	out := make([]nbPair, len(order))
	for i, k := range order {
		out[i] = *byKey[k]
	}
	return out
}

// minDate and maxDate compare YYYY-MM-DD dates, "" meaning none.
func minDate(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

func maxDate(a, b string) string {
	if b > a {
		return b
	}
	return a
}

// nbMaintain folds a batch's new relations into the neighbour lists of
// their ends, except the entities in skip (they are rebuilt afterwards).
// It must run after the relations are created, only for entities that
// lost no relation in this transaction, and after the transaction has
// written every end's node (entity_accumulate), which is the lock that
// keeps two writers from updating one list at once.
func nbMaintain(ctx context.Context, tx neo4j.ManagedTransaction, pairs []nbPair, skip map[string]bool) error {
	idSet := map[string]bool{}
	for _, p := range pairs {
		if !skip[p.source] {
			idSet[p.source] = true
		}
		if p.typ != "SAID" && !skip[p.target] {
			idSet[p.target] = true
		}
	}
	if len(idSet) == 0 {
		return nil
	}
	ids := make([]string, 0, len(idSet))
	for id := range idSet {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	recs, err := collectTx(ctx, tx, queryNbGet, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	lists := make(map[string]*nbList, len(recs))
	for _, r := range recs {
		lists[recStr(r, "id")] = listFromRecord(r)
	}
	// The count and dates after this batch: the listed ones plus what the
	// batch added when either end lists the pair, else read from the store.
	after := make(map[string]nbEntry, len(pairs))
	var unknown []map[string]any
	for _, p := range pairs {
		cs, _ := p.codes()
		var old nbEntry
		found := false
		if l := lists[p.source]; l != nil {
			old, found = l.find(p.target, cs)
		}
		if !found && p.typ != "SAID" {
			if l := lists[p.target]; l != nil {
				_, ct := p.codes()
				old, found = l.find(p.source, ct)
			}
		}
		if found {
			after[p.key()] = nbEntry{count: old.count + p.n, first: minDate(old.first, p.first), last: maxDate(old.last, p.last)}
			continue
		}
		// Not listed: the pair is new when an end's list is complete (it
		// would list the pair otherwise) and always for SAID (the article
		// is new or was cleared); only a pair between two entities whose
		// lists both overflow needs counting. Without this, counting cost
		// more than the rest of the batch.
		if p.typ == "SAID" || complete(lists[p.source]) || complete(lists[p.target]) {
			after[p.key()] = nbEntry{count: p.n, first: p.first, last: p.last}
			continue
		}
		unknown = append(unknown, map[string]any{"source": p.source, "target": p.target, "type": p.typ})
	}
	if len(unknown) > 0 {
		recs, err := collectTx(ctx, tx, queryNbCounts, map[string]any{"pairs": unknown})
		if err != nil {
			return err
		}
		for _, r := range recs {
			p := nbPair{source: recStr(r, "source"), target: recStr(r, "target"), typ: recStr(r, "type")}
			after[p.key()] = nbEntry{count: recInt(r, "count"), first: recStr(r, "first"), last: recStr(r, "last")}
		}
	}
	// lists holds exactly the ends to update (neither skipped nor an
	// article).
	for _, p := range pairs {
		e, ok := after[p.key()]
		if !ok {
			continue // an end vanished; nothing to list
		}
		isNew := e.count == p.n // every relationship of the pair is this batch's
		cs, ct := p.codes()
		if l := lists[p.source]; l != nil {
			l.upsert(nbEntry{other: p.target, rel: cs, count: e.count, first: e.first, last: e.last}, isNew)
		}
		if l := lists[p.target]; l != nil {
			l.upsert(nbEntry{other: p.source, rel: ct, count: e.count, first: e.first, last: e.last}, isNew)
		}
	}
	rows := make([]map[string]any, 0, len(ids))
	for _, id := range ids {
		if l := lists[id]; l != nil && (l.changed || l.total != l.readTotal) {
			rows = append(rows, l.row(id))
		}
	}
	if len(rows) == 0 {
		return nil
	}
	return run(ctx, tx, queryNbSet, map[string]any{"rows": rows})
}

// complete reports whether a list holds every entry of its entity (it
// never overflowed), so that a pair it lacks does not exist yet.
func complete(l *nbList) bool {
	return l != nil && int64(len(l.entries)) >= l.total
}

func listFromRecord(r *neo4j.Record) *nbList {
	ids, rels := recStrings(r, "ids"), recStrings(r, "rels")
	counts, firsts, lasts := recList(r, "counts"), recStrings(r, "firsts"), recStrings(r, "lasts")
	l := &nbList{total: recInt(r, "total"), entries: make([]nbEntry, 0, len(ids))}
	l.readTotal = l.total
	for i := range ids {
		if i >= len(rels) || i >= len(counts) || i >= len(firsts) || i >= len(lasts) {
			break
		}
		c, _ := counts[i].(int64)
		l.entries = append(l.entries, nbEntry{other: ids[i], rel: rels[i], count: c, first: firsts[i], last: lasts[i]})
	}
	return l
}

func (l *nbList) row(id string) map[string]any {
	if !l.changed {
		return map[string]any{"id": id, "total": l.total, "ids": nil}
	}
	n := len(l.entries)
	ids, rels, firsts, lasts := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	counts := make([]int64, n)
	for i, e := range l.entries {
		ids[i], rels[i], counts[i], firsts[i], lasts[i] = e.other, e.rel, e.count, e.first, e.last
	}
	return map[string]any{"id": id, "ids": ids, "rels": rels, "counts": counts, "firsts": firsts, "lasts": lasts, "total": l.total}
}

// nbRebuild recomputes the neighbour lists of these entities from their
// relationships (and drops those of entities gone or without relations).
func nbRebuild(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	ids = uniqueStrings(append([]string(nil), ids...))
	for i := 0; i < len(ids); i += nbRebuildPage {
		page := ids[i:min(i+nbRebuildPage, len(ids))]
		// Locked first (in id order), so that a writer folding a batch
		// into one of these lists waits for the rebuilt one, or the
		// rebuild reads the relationships that writer committed.
		if err := run(ctx, tx, queryEntityLock, map[string]any{"ids": page}); err != nil {
			return err
		}
		if err := run(ctx, tx, queryNbRebuild, map[string]any{"ids": page, "k": nbListSize}); err != nil {
			return err
		}
	}
	return nil
}

// nbNeighbourIDs returns the entities related to id (whose lists name it).
func nbNeighbourIDs(ctx context.Context, tx neo4j.ManagedTransaction, id string) ([]string, error) {
	l, err := single[[]any](ctx, tx, queryNbNeighbourIDs, map[string]any{"id": id}, "ids")
	if err != nil {
		return nil, err
	}
	return strs(l), nil
}

// backfillNeighbours builds every entity's neighbour list when the graph
// was written before the lists existed (GraphState.neighbours < nbFormat),
// a page of entities per transaction, logging progress; it records the
// format when done, so it runs once. An interrupted backfill starts over
// at the next Migrate (a rebuild is idempotent).
func (s *Store) backfillNeighbours(ctx context.Context) error {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, queryNbState, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database))
	if err != nil {
		return classify(err, "read neighbour list state")
	}
	if len(res.Records) == 1 && recInt(res.Records[0], "neighbours") >= nbFormat {
		s.nbReady.Store(true)
		return nil
	}
	start := time.Now()
	last := start
	after, done := "", 0
	for {
		page, err := neo4j.ExecuteQuery(ctx, s.driver, queryNbEntityPage, map[string]any{"after": after, "page": nbRebuildPage},
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database))
		if err != nil {
			return classify(err, "list entities for neighbour lists")
		}
		if len(page.Records) == 0 {
			break
		}
		ids := make([]string, len(page.Records))
		for i, r := range page.Records {
			ids[i] = recStr(r, "id")
		}
		if _, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return nil, nbRebuild(ctx, tx, ids)
		}); err != nil {
			return s.wrap(err, "build neighbour lists after %s", after)
		}
		done += len(ids)
		after = ids[len(ids)-1]
		if time.Since(last) >= 10*time.Second {
			last = time.Now()
			s.log.Info("building neighbour lists", "entities", done, "elapsed", time.Since(start).Round(time.Second).String())
		}
	}
	if _, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, run(ctx, tx, queryNbStateSet, map[string]any{"format": nbFormat})
	}); err != nil {
		return s.wrap(err, "record neighbour lists")
	}
	if done > 0 {
		s.log.Info("neighbour lists built", "entities", done, "elapsed", time.Since(start).Round(time.Millisecond).String())
	}
	s.nbReady.Store(true)
	return nil
}

// neighbourListsReady reports whether every entity's list is built (the
// backfill has run on this graph), reading the state once it is known.
func (s *Store) neighbourListsReady(ctx context.Context, tx neo4j.ManagedTransaction) (bool, error) {
	if s.nbReady.Load() {
		return true, nil
	}
	v, err := single[int64](ctx, tx, queryNbState, nil, "neighbours")
	if err != nil {
		return false, err
	}
	if v >= nbFormat {
		s.nbReady.Store(true)
		return true, nil
	}
	return false, nil
}

const (
	// nbMinPerNode is the fewest entries each frontier node offers beyond
	// the first level; more when the budget is large for the frontier.
	nbMinPerNode = 8
	// nbLinkScan is how many entries of each view node's list are matched
	// against the view for its links: the view shows the strongest links
	// (DefaultViewLinks) anyway, and a link is found from either end.
	nbLinkScan = 64
)

// listView is the default neighbourhood view (every label, the relation
// types of RelationTypes, no date range) read from neighbour lists: level
// by level, the frontier's strongest neighbours, ranked by the strength of
// their links to the frontier (relationships summed), then the links among
// the chosen nodes. The first level offers each frontier node's whole list
// (nbListSize entries); deeper ones share the remaining budget, at least
// nbMinPerNode entries per frontier node. Articles (reached by SAID) are
// kept but not expanded. More estimates the nodes left out: the candidates
// found but not kept, and on the first level those beyond the seed's list.
// Nodes and lists come through the node cache (viewNodes).
func (s *Store) listView(ctx context.Context, tx neo4j.ManagedTransaction, seed string, depth, limit, maxLinks int) (NeighbourhoodGraph, error) {
	v, cached := s.nodeCacheVersion(ctx, tx)
	ids := []string{seed}
	seen := map[string]bool{seed: true}
	frontier := []string{seed}
	more := 0
	for level := 1; level <= depth && len(frontier) > 0; level++ {
		budget := limit - len(ids)
		if budget <= 0 {
			break
		}
		k := levelWidth(level, budget, len(frontier))
		nodes, err := s.viewNodes(ctx, tx, frontier, v, cached)
		if err != nil {
			return NeighbourhoodGraph{}, err
		}
		lc := newLevelCands[string](len(frontier) * k)
		for _, f := range frontier {
			n := nodes[f]
			if n == nil {
				continue
			}
			listed := min(k, n.list.len())
			if level == 1 {
				more += max(int(n.total)-listed, 0)
			}
			for j := range listed {
				if other := n.list.other(j); !seen[other] {
					lc.add(other, n.list.entries[j].count, n.list.entries[j].article())
				}
			}
		}
		var left int
		var spent bool
		ids, frontier, left, spent = lc.take(budget, seen, ids)
		more += left
		if spent {
			break // the budget is spent: do not explore further out
		}
	}
	nodes, err := s.viewNodes(ctx, tx, ids, v, cached)
	if err != nil {
		return NeighbourhoodGraph{}, err
	}
	g := listGraph(ids, nodes, maxLinks)
	g.More = more
	return g, nil
}

// levelWidth is how many entries of each frontier node's list a view's
// level offers: the whole list on the first level; deeper, a share of the
// remaining budget (twice it, spread over the frontier), at least
// nbMinPerNode.
func levelWidth(level, budget, frontier int) int {
	if level == 1 {
		return nbListSize
	}
	return min(nbListSize, max(nbMinPerNode, (2*budget+frontier-1)/frontier))
}

// levelCands gathers one level of a view: each node its frontier reaches
// with the strength of its links to the frontier (relationships summed),
// and whether it is an article (reached by SAID: kept, not expanded). K
// is a node's id on the list path, its number on the view index (whose
// numbers are in id order, so both rank alike).
type levelCands[K cmp.Ordered] struct {
	at    map[K]int
	cands []levelCand[K]
}

type levelCand[K cmp.Ordered] struct {
	id      K
	score   int64
	article bool
}

func newLevelCands[K cmp.Ordered](n int) *levelCands[K] {
	return &levelCands[K]{at: make(map[K]int, n), cands: make([]levelCand[K], 0, n)}
}

// add counts count relationships from the frontier to id.
func (l *levelCands[K]) add(id K, count int64, article bool) {
	i, ok := l.at[id]
	if !ok {
		i = len(l.cands)
		l.at[id] = i
		l.cands = append(l.cands, levelCand[K]{id: id, article: article})
	}
	l.cands[i].score += count
}

// take ranks the candidates (strongest first, entities before articles,
// then id) and keeps at most budget of them: appended to ids and marked
// seen; the entities among them are the next frontier. left counts those
// left out, spent says some were (explore no further).
func (l *levelCands[K]) take(budget int, seen map[K]bool, ids []K) (out, frontier []K, left int, spent bool) {
	slices.SortFunc(l.cands, func(a, b levelCand[K]) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		if a.article != b.article {
			if a.article {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.id, b.id)
	})
	for i, c := range l.cands {
		if i >= budget {
			return ids, frontier, len(l.cands) - budget, true
		}
		seen[c.id] = true
		ids = append(ids, c.id)
		if !c.article {
			frontier = append(frontier, c.id)
		}
	}
	return ids, frontier, 0, false
}

// rankBits is the width of a node's rank in a packed link key (two ranks
// and a type in 64 bits): a view has at most MaxNodes nodes.
const rankBits = 24

// Compile-time check that MaxNodes ranks fit (a negative uint constant
// does not compile).
const _ = uint(1<<rankBits - 1 - MaxNodes)

// linkTypeOrder is RelationTypes sorted by name: a link's place in it
// orders links as their ids do.
var linkTypeOrder = func() []string {
	t := slices.Clone(RelationTypes)
	slices.Sort(t)
	return t
}()

func linkTypeIndex(t string) int8 {
	return int8(slices.Index(linkTypeOrder, t))
}

// linkCand is a candidate link of listGraph: its count and its key (the
// type's place in linkTypeOrder and the two ends' ranks packed so that keys
// compare as the links' ids do), and the entry it came from (its node's
// rank and its place in the list), so that it holds no pointer and
// candidates can be pooled.
type linkCand struct {
	count     int64
	key       uint64
	order     uint64 // sortLinkCands' radix key
	at, entry uint32
}

var linkCands = sync.Pool{New: func() any { return new([]linkCand) }}

// listGraph is the view of these nodes: each node, and the links among
// them that the first nbLinkScan entries of either end's list name, the
// maxLinks strongest. A node that vanished since its id was listed is
// left out.
func listGraph(ids []string, nodes map[string]*cachedNode, maxLinks int) NeighbourhoodGraph {
	// Each node's rank in id order: links are compared and deduplicated
	// as small integers (a view around hubs finds ten thousand candidates
	// for its 2,000 links), in the order of their "TYPE:source:target" ids.
	sorted := make([]string, 0, len(ids))
	for _, id := range ids {
		if nodes[id] != nil {
			sorted = append(sorted, id)
		}
	}
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	rank := make(map[string]int32, len(sorted))
	order := make([]*Node, len(sorted))
	for i, id := range sorted {
		rank[id] = int32(i)
		order[i] = &nodes[id].node
	}
	scan := 0
	for _, id := range sorted {
		scan += min(nbLinkScan, nodes[id].list.len())
	}
	pooled := linkCands.Get().(*[]linkCand)
	defer linkCands.Put(pooled)
	cands := (*pooled)[:0]
	if cap(cands) < scan {
		cands = make([]linkCand, 0, scan)
		*pooled = cands
	}
	for _, id := range sorted {
		me := uint64(rank[id])
		n := nodes[id]
		for i := range min(nbLinkScan, n.list.len()) {
			r, ok := rank[n.list.other(i)]
			if !ok {
				continue
			}
			cands = append(cands, newLinkCand(me, uint64(r), n.list.entries[i].rel, n.list.entries[i].count, uint32(i)))
		}
	}
	return viewOf(order, cands, maxLinks, func(r uint64) string { return sorted[r] }, func(c linkCand) (string, string) {
		l := &nodes[sorted[c.at]].list
		return l.first(int(c.entry)), l.last(int(c.entry))
	})
}

// sortLinkCands sorts a view's candidate links strongest first, then by
// key (the order of their ids); nodes is the view's node count (ranks are
// below it). A depth-2 view around hubs has ten thousand candidates or
// more: sorting them by comparison was a fifth of the server's CPU, so
// they are sorted by radix on one integer that orders them the same way —
// the count's complement, the type and the two ranks, each in as few bits
// as this view needs (30-odd), 11 bits a pass.
func sortLinkCands(cands []linkCand, nodes int) {
	byCompare := func() {
		slices.SortFunc(cands, func(a, b linkCand) int {
			if a.count != b.count {
				return cmp.Compare(b.count, a.count)
			}
			return cmp.Compare(a.key, b.key)
		})
	}
	if len(cands) < 256 {
		byCompare()
		return
	}
	var maxCount int64
	for _, c := range cands {
		maxCount = max(maxCount, c.count)
	}
	rb := bits.Len(uint(max(nodes-1, 1)))
	cb := bits.Len64(uint64(max(maxCount, 0)))
	width := cb + 3 + 2*rb
	if maxCount < 0 || width > 64 || rb > rankBits {
		byCompare()
		return
	}
	const mask = 1<<rankBits - 1
	for i := range cands {
		c := &cands[i]
		typ, src, tgt := c.key>>(2*rankBits), c.key>>rankBits&mask, c.key&mask
		c.order = uint64(maxCount-c.count)<<(3+2*rb) | typ<<(2*rb) | src<<rb | tgt
	}
	pooled := linkCands.Get().(*[]linkCand)
	defer linkCands.Put(pooled)
	tmp := (*pooled)[:0]
	if cap(tmp) < len(cands) {
		tmp = make([]linkCand, len(cands))
		*pooled = tmp
	}
	tmp = tmp[:len(cands)]
	const digit = 11
	var counts [1 << digit]int
	src, dst := cands, tmp
	for shift := 0; shift < width; shift += digit {
		clear(counts[:])
		for i := range src {
			counts[src[i].order>>shift&(1<<digit-1)]++
		}
		sum := 0
		for d, n := range counts {
			counts[d] = sum
			sum += n
		}
		for i := range src {
			d := src[i].order >> shift & (1<<digit - 1)
			dst[counts[d]] = src[i]
			counts[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &cands[0] {
		copy(cands, src)
	}
}

// newLinkCand is the candidate link drawn from entry i (relation code rel,
// count) of the node of rank me, whose other end has rank other.
func newLinkCand(me, other uint64, rel relCode, count int64, i uint32) linkCand {
	link := relLinks[rel]
	src, tgt := me, other
	switch {
	case link.undirected:
		src, tgt = min(me, other), max(me, other)
	case link.incoming:
		src, tgt = other, me
	}
	return linkCand{count: count, key: uint64(link.typ)<<(2*rankBits) | src<<rankBits | tgt, at: uint32(me), entry: i}
}

// viewOf is the view of these nodes (by rank: id order) with the
// maxLinks strongest of the candidate links; idOf names a rank, dates
// gives a candidate's first and last date. It sorts order and cands in
// place.
func viewOf(order []*Node, cands []linkCand, maxLinks int, idOf func(rank uint64) string,
	dates func(linkCand) (first, last string)) NeighbourhoodGraph {
	cands, linksMore := rankView(order, cands, maxLinks)
	return viewGraphOf(order, cands, linksMore, idOf, dates)
}

// rankView puts a view's nodes in sortNodes' order (sorted as pointers: a
// Node is too big to move around cheaply) and its candidate links
// strongest first, then by id, without duplicates (a link listed at both
// ends is the same candidate twice, adjacent after sorting), the maxLinks
// first; linksMore counts the rest.
func rankView(order []*Node, cands []linkCand, maxLinks int) (kept []linkCand, linksMore int) {
	slices.SortFunc(order, compareNodes)
	sortLinkCands(cands, len(order))
	cands = slices.CompactFunc(cands, func(a, b linkCand) bool { return a.key == b.key })
	if len(cands) > maxLinks {
		return cands[:maxLinks], len(cands) - maxLinks
	}
	return cands, 0
}

// viewGraphOf makes the view of ranked nodes and links (see viewOf).
func viewGraphOf(order []*Node, cands []linkCand, linksMore int, idOf func(rank uint64) string,
	dates func(linkCand) (first, last string)) NeighbourhoodGraph {
	g := NeighbourhoodGraph{Nodes: make([]Node, 0, len(order)), LinksMore: linksMore}
	for _, n := range order {
		g.Nodes = append(g.Nodes, *n)
	}
	const mask = 1<<rankBits - 1
	g.Links = make([]LinkSummary, len(cands))
	size := 0
	for i, c := range cands {
		typ, src, tgt := linkTypeOrder[c.key>>(2*rankBits)], idOf(c.key>>rankBits&mask), idOf(c.key&mask)
		first, last := dates(c)
		g.Links[i] = LinkSummary{Source: src, Target: tgt, Type: typ, Directed: typ != "MET", Count: c.count,
			First: first, Last: last}
		size += len(typ) + len(src) + len(tgt) + 2
	}
	// The links' ids ("TYPE:source:target") are cut from one string rather
	// than built one by one: 2,000 small strings per view were a tenth of
	// the server's allocations.
	var linkIDs strings.Builder
	linkIDs.Grow(size)
	for i := range g.Links {
		l := &g.Links[i]
		linkIDs.WriteString(l.Type)
		linkIDs.WriteByte(':')
		linkIDs.WriteString(l.Source)
		linkIDs.WriteByte(':')
		linkIDs.WriteString(l.Target)
	}
	all, at := linkIDs.String(), 0
	for i := range g.Links {
		l := &g.Links[i]
		n := len(l.Type) + len(l.Source) + len(l.Target) + 2
		l.ID, at = all[at:at+n], at+n
	}
	return g
}
