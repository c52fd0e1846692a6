package graph

import (
	"cmp"
	"container/heap"
	"slices"
	"strings"
)

// The search index.
//
// A search through Neo4j's full-text index costs about 1 ms of Neo4j CPU
// even on the fast path, and a short prefix that matches thousands of
// words several times that; with 16 clients on two cores the queue behind
// those searches put p99 far above what an autocomplete box needs
// (BENCHMARKS.md). So the server keeps every entity's names in memory:
// sorted distinct words with the entities that use them, each entity's
// words, and what a hit shows (id, name, aliases, type, counts). A word
// typed matches the words it is a prefix of, which sit next to each other
// in sorted order: a range of word numbers. The index is built for one
// version of the graph and used only while the graph is at that version;
// after a write, searches go to Neo4j until it has been rebuilt (see
// searchindex_store.go), so an answer is never staler than the node and
// answer caches'.
//
// Strings live in one arena and the tables hold offsets, so the index is
// a handful of pointer-free allocations however many entities it holds:
// the collector does not walk it.

// searchIndex is immutable once built.
type searchIndex struct {
	version int64
	text    string   // ids, names, aliases ("\x00" between), words, back to back
	ents    []idxEnt // by entity number
	wordAt  []uint32 // word w is text[wordAt[w]:wordAt[w+1]]; sorted
	postAt  []uint32 // word w's entities are post[postAt[w]:postAt[w+1]]
	post    []uint32
	entWord []uint32 // entity e's word numbers, sorted: entWord[ents[e].wordsAt:][:ents[e].words]
}

type idxEnt struct {
	mentions, articles int64
	idAt, nameAt       uint32
	aliasesAt, wordsAt uint32
	idLen, nameLen     uint16
	aliasesLen         uint32
	words              uint16
	fewest             uint8 // words of its shortest name (name or alias)
	typ                uint8 // index in EntityTypes
}

// indexEntity is one entity as the builder is given it.
type indexEntity struct {
	ID, Name, Type     string
	Aliases            []string
	Mentions, Articles int64
}

// buildSearchIndex indexes ents for the graph at version. An entity of an
// unknown type, or with strings too long for the tables, is left out
// (searches then find it through Neo4j's index only when the in-memory one
// is not in use; names are short in practice).
func buildSearchIndex(version int64, ents []indexEntity) *searchIndex {
	ix := &searchIndex{version: version}
	var text strings.Builder
	wordNum := map[string]uint32{}
	var words []string
	type pair struct{ word, ent uint32 }
	var pairs []pair
	var scratch []string
	for _, e := range ents {
		typ := slices.Index(EntityTypes, e.Type)
		aliases := strings.Join(e.Aliases, "\x00")
		if typ < 0 || len(e.ID) > 0xFFFF || len(e.Name) > 0xFFFF || len(aliases) > 1<<24 {
			continue
		}
		n := uint32(len(ix.ents))
		x := idxEnt{mentions: e.Mentions, articles: e.Articles, typ: uint8(typ)}
		x.idAt, x.idLen = uint32(text.Len()), uint16(len(e.ID))
		text.WriteString(e.ID)
		x.nameAt, x.nameLen = uint32(text.Len()), uint16(len(e.Name))
		text.WriteString(e.Name)
		x.aliasesAt, x.aliasesLen = uint32(text.Len()), uint32(len(aliases))
		text.WriteString(aliases)
		scratch = appendNameWords(scratch[:0], e.Name)
		x.fewest = uint8(min(len(scratch), 255))
		for _, a := range e.Aliases {
			n := len(scratch)
			scratch = appendNameWords(scratch, a)
			if k := len(scratch) - n; k > 0 {
				x.fewest = min(x.fewest, uint8(min(k, 255)))
			}
		}
		slices.Sort(scratch)
		for _, w := range slices.Compact(scratch) {
			id, ok := wordNum[w]
			if !ok {
				id = uint32(len(words))
				wordNum[w] = id
				words = append(words, w)
			}
			pairs = append(pairs, pair{id, n})
		}
		ix.ents = append(ix.ents, x)
	}
	// Number the words in sorted order, so that a prefix's words are a
	// range of numbers.
	order := make([]uint32, len(words))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(a, b uint32) int { return strings.Compare(words[a], words[b]) })
	renum := make([]uint32, len(words))
	ix.wordAt = make([]uint32, len(words)+1)
	for sorted, old := range order {
		renum[old] = uint32(sorted)
		ix.wordAt[sorted] = uint32(text.Len())
		text.WriteString(words[old])
	}
	ix.wordAt[len(words)] = uint32(text.Len())
	ix.text = text.String()
	// Postings by counting sort (entities ascending within a word), and
	// each entity's word numbers.
	ix.postAt = make([]uint32, len(words)+1)
	for _, p := range pairs {
		ix.postAt[renum[p.word]+1]++
	}
	for w := range words {
		ix.postAt[w+1] += ix.postAt[w]
	}
	ix.post = make([]uint32, len(pairs))
	next := slices.Clone(ix.postAt[:len(words)])
	ix.entWord = make([]uint32, len(pairs))
	for i, p := range pairs { // pairs are in entity order
		w := renum[p.word]
		ix.post[next[w]] = p.ent
		next[w]++
		ix.entWord[i] = w
	}
	at := uint32(0)
	for i := range ix.ents {
		start := at
		for at < uint32(len(pairs)) && pairs[at].ent == uint32(i) {
			at++
		}
		ix.ents[i].wordsAt, ix.ents[i].words = start, uint16(at-start)
		slices.Sort(ix.entWord[start:at])
	}
	return ix
}

// appendNameWords appends the words of a name as searchWords cuts a query
// (without its limit on the number of words).
func appendNameWords(dst []string, name string) []string {
	return appendWords(dst, name, -1)
}

func (ix *searchIndex) word(w uint32) string { return ix.text[ix.wordAt[w]:ix.wordAt[w+1]] }

// span returns the words that q is a prefix of, [lo, hi), and exact, the
// number of q itself (-1 when no entity uses the word q).
func (ix *searchIndex) span(q string) (lo, hi uint32, exact int64) {
	n := len(ix.wordAt) - 1
	// Words are UTF-8, which never has the byte 0xFF: every word that
	// starts with q sorts below q+"\xff", every other word after q above.
	l, h := ix.lowerBound(q), ix.lowerBound(q+"\xff")
	exact = -1
	if l < n && ix.word(uint32(l)) == q {
		exact = int64(l)
	}
	return uint32(l), uint32(h), exact
}

func (ix *searchIndex) lowerBound(q string) int {
	lo, hi := 0, len(ix.wordAt)-1
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if ix.word(uint32(mid)) < q {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// hit is a match being ranked: score, then mentions, then id.
type hit struct {
	ent   uint32
	score int
}

// search returns the best limit entities whose words match every word of
// words (lower-cased, as searchWords gives them) exactly or as a prefix,
// of the given types (none: all). A word scores 4 when an entity has it
// exactly and 2 as a prefix, as the Lucene query weighs them, and a name
// of just the words typed one more; ties go to the entity mentioned more,
// then to the smaller id.
func (ix *searchIndex) search(words []string, types []string, limit int) []EntitySummary {
	type term struct {
		lo, hi uint32
		exact  int64
	}
	terms := make([]term, len(words))
	best, bestCost := -1, 0
	for i, w := range words {
		lo, hi, exact := ix.span(w)
		if lo == hi {
			return []EntitySummary{} // a word nothing matches
		}
		terms[i] = term{lo, hi, exact}
		if cost := int(ix.postAt[hi] - ix.postAt[lo]); best < 0 || cost < bestCost {
			best, bestCost = i, cost
		}
	}
	var typeMask uint8
	for _, t := range types {
		if i := slices.Index(EntityTypes, t); i >= 0 {
			typeMask |= 1 << i
		}
	}
	// The entities of the rarest word's range are the candidates (one
	// entity can sit under several words of the range: deduplicated).
	t := terms[best]
	cands := ix.post[ix.postAt[t.lo]:ix.postAt[t.hi]]
	if t.hi-t.lo > 1 {
		cands = slices.Clone(cands)
		slices.Sort(cands)
		cands = slices.Compact(cands)
	}
	top := &hitHeap{ix: ix}
	for _, e := range cands {
		x := &ix.ents[e]
		if typeMask != 0 && typeMask&(1<<x.typ) == 0 {
			continue
		}
		ew := ix.entWord[x.wordsAt : x.wordsAt+uint32(x.words)]
		score := 0
		for _, tm := range terms {
			i, _ := slices.BinarySearch(ew, tm.lo)
			if i == len(ew) || ew[i] >= tm.hi {
				score = -1
				break
			}
			if tm.exact >= 0 && slices.Contains(ew[i:], uint32(tm.exact)) {
				score += 4
			} else {
				score += 2
			}
		}
		if score < 0 {
			continue
		}
		// A name that is what was typed, word for word, before longer
		// ones (as Lucene's length norm ranks "Geneva" before "Geneva
		// Summit").
		if score == 4*len(terms) && int(x.fewest) == len(terms) {
			score++
		}
		h := hit{ent: e, score: score}
		if top.Len() < limit {
			heap.Push(top, h)
		} else if top.better(h, top.hits[0]) {
			top.hits[0] = h
			heap.Fix(top, 0)
		}
	}
	out := make([]EntitySummary, top.Len())
	for i := len(out) - 1; i >= 0; i-- {
		h := heap.Pop(top).(hit)
		out[i] = ix.summary(h)
	}
	return out
}

func (ix *searchIndex) summary(h hit) EntitySummary {
	x := &ix.ents[h.ent]
	s := EntitySummary{
		ID:       ix.text[x.idAt : x.idAt+uint32(x.idLen)],
		Name:     ix.text[x.nameAt : x.nameAt+uint32(x.nameLen)],
		Type:     EntityTypes[x.typ],
		Score:    float64(h.score),
		Mentions: x.mentions, Articles: x.articles,
		Aliases: []string{},
	}
	if x.aliasesLen > 0 {
		s.Aliases = strings.Split(ix.text[x.aliasesAt:x.aliasesAt+x.aliasesLen], "\x00")
	}
	return s
}

// hitHeap keeps the best hits seen, the worst on top.
type hitHeap struct {
	ix   *searchIndex
	hits []hit
}

func (h *hitHeap) better(a, b hit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	x, y := &h.ix.ents[a.ent], &h.ix.ents[b.ent]
	if x.mentions != y.mentions {
		return x.mentions > y.mentions
	}
	return cmp.Less(h.ix.text[x.idAt:x.idAt+uint32(x.idLen)], h.ix.text[y.idAt:y.idAt+uint32(y.idLen)])
}

func (h *hitHeap) Len() int           { return len(h.hits) }
func (h *hitHeap) Less(i, j int) bool { return h.better(h.hits[j], h.hits[i]) }
func (h *hitHeap) Swap(i, j int)      { h.hits[i], h.hits[j] = h.hits[j], h.hits[i] }
func (h *hitHeap) Push(x any)         { h.hits = append(h.hits, x.(hit)) }
func (h *hitHeap) Pop() any {
	x := h.hits[len(h.hits)-1]
	h.hits = h.hits[:len(h.hits)-1]
	return x
}

// size is roughly the memory the index holds.
func (ix *searchIndex) size() int64 {
	return int64(len(ix.text)) + int64(len(ix.ents))*48 + 4*int64(len(ix.wordAt)+len(ix.postAt)+len(ix.post)+len(ix.entWord))
}
