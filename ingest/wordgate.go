package ingest

// wordGate is a quick pre-test for a word set, asked before the map in the
// per-token loops of the relation stages. It keeps one bit for each
// (length, first byte) pair and one for each (length, last byte) pair
// among the set's words: a word whose pairs are not both set is not in
// the set, so the loop skips hashing it (a map lookup costs about 130
// instructions, the gate a handful). A set bit proves nothing; the map
// still decides. The last byte halves what gets through the larger sets,
// whose first letters and lengths alone let most words pass (with "says"
// in a set, "seen" and "sent" would pass on "s" and four letters). The low five
// bits of a byte tell the letters apart; other bytes share bits with
// them, which only lets more words through to the map.
type wordGate struct {
	first, last [32]uint32
}

// add lets w through the gate.
func (g *wordGate) add(w string) {
	if w != "" {
		n := min(len(w), len(g.first)-1)
		g.first[n] |= 1 << (w[0] & 31)
		g.last[n] |= 1 << (w[len(w)-1] & 31)
	}
}

// may reports whether w can be in the gate's set; false means it is not.
func (g *wordGate) may(w string) bool {
	if w == "" {
		return false
	}
	n := min(len(w), len(g.first)-1)
	return g.first[n]>>(w[0]&31)&1 != 0 && g.last[n]>>(w[len(w)-1]&31)&1 != 0
}

// gateOf builds the gate of the union of sets, words being the map keys.
func gateOf[V any](sets ...map[string]V) wordGate {
	var g wordGate
	for _, m := range sets {
		for w := range m {
			g.add(w)
		}
	}
	return g
}

// lexGates are the gates of the lexicon's word sets, built once the
// lexicon is loaded (the sets never change afterwards).
type lexGates struct {
	// speech and titles are gated with wordBits, not wordGate: their
	// many words share (length, first letter, last letter) triples with
	// a good part of ordinary text ("said" with "sand", "seed"), which
	// wordGate lets through to the map; wordBits.may costs a hash of
	// five bytes and an 8 KB table, which the small sets would not repay
	// (a small set a loop asks of every word takes smallBits instead).
	speech   wordBits // speech, speechWk, phrasal and issueVerbs: the per-word cues of (*doc).speech
	impose   wordGate
	meet     wordGate
	meetWith wordGate
	titles   wordBits // first words of titles
	gz       wordBits // first words of gazetteer phrases
	first    wordBits // given names (lx.first): asked of most words by the name stage
}

// wordBits is a finer gate than wordGate for a large set: one bit per
// hash of a word's length and its first two and last two bytes, so that
// a word outside the set is almost always turned away without hashing
// the whole word for a map (the gazetteer's first words are too many
// for wordGate, which lets most words through).
type wordBits [1 << 10]uint64

// wordBitsHash mixes what wordBits keeps of w into 16 bits; w is not
// empty. The second and second-last bytes are taken at min and max rather
// than behind a test of the length so that (*wordBits).may stays within
// the inlining budget: a one-letter word mixes its letter in four times,
// which the gate only needs to do the same way in add and may.
func wordBitsHash(w string) uint32 {
	n := len(w)
	return (uint32(n)*0x9E3779B1 ^ uint32(w[0])<<24 ^ uint32(w[n-1])<<16 ^ uint32(w[min(1, n-1)])<<8 ^ uint32(w[max(n-2, 0)])) * 0x85EBCA6B >> 16
}

// add lets w through the gate.
func (g *wordBits) add(w string) {
	if w != "" {
		h := wordBitsHash(w)
		g[h>>6] |= 1 << (h & 63)
	}
}

// may reports whether w can be in the gate's set; false means it is not.
func (g *wordBits) may(w string) bool {
	if w == "" {
		return false
	}
	h := wordBitsHash(w)
	return g[h>>6]>>(h&63)&1 != 0
}

// smallBits is wordBits for a set of a few hundred words at most: 4,096
// bits (512 bytes) instead of 65,536 (8 KB), taken from bits 10-15 and
// 0-5 of the same hash, so that the gates a per-word loop asks of every
// token (lowerEventGate, namedEventGate, meetFrameGate, frameTriggerGate)
// stay in the first-level cache beside the larger wordBits gates; with
// a hundred words set, about one other word in forty gets through.
type smallBits [1 << 6]uint64

// add lets w through the gate.
func (g *smallBits) add(w string) {
	if w != "" {
		h := wordBitsHash(w)
		g[h>>10] |= 1 << (h & 63)
	}
}

// may reports whether w can be in the gate's set; false means it is not.
func (g *smallBits) may(w string) bool {
	if w == "" {
		return false
	}
	h := wordBitsHash(w)
	return g[h>>10]>>(h&63)&1 != 0
}

// bitsOf builds the wordBits gate of the union of sets, words being the
// map keys.
func bitsOf[V any](sets ...map[string]V) (g wordBits) {
	for _, m := range sets {
		for w := range m {
			g.add(w)
		}
	}
	return g
}

func newLexGates(lx *lexicon) lexGates {
	var g lexGates
	g.speech = bitsOf(lx.speech, lx.speechWk, issueVerbs)
	g.impose = gateOf(lx.impose)
	g.meet, g.meetWith = gateOf(lx.meet), gateOf(lx.meetWith)
	g.titles = bitsOf(lx.titles)
	for w := range lx.phrasal {
		g.speech.add(w)
	}
	g.gz = bitsOf(lx.gz)
	g.first = bitsOf(lx.first)
	return g
}

// isFirst reports whether w is a known given name (lx.first[w]), asking
// the gate first: the name stage asks it of nearly every lower-case word
// (lowerNameEnd) and of capitalised words, and about a thousand names
// are too many for wordGate.
func (lx *lexicon) isFirst(w string) bool {
	return lx.gate.first.may(w) && lx.first[w]
}

// titlesAt returns the titles whose first word is w, asking the gate
// first: rolePass looks up every word.
func (lx *lexicon) titlesAt(w string) []*titlePhrase {
	if !lx.gate.titles.may(w) {
		return nil
	}
	return lx.titles[w]
}

// gatedLookup is m[w], asking the gate g of m first: the zero value and
// false when the gate rules w out, without hashing it.
func gatedLookup[V any](g *wordGate, m map[string]V, w string) (V, bool) {
	if !g.may(w) {
		var zero V
		return zero, false
	}
	v, ok := m[w]
	return v, ok
}
