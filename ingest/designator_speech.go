package ingest

import "strings"

// SAID from a designation's own words: "OFAC froze the assets of X,
// whom it describes as the group's financier", "the Treasury sanctioned
// Y, which it said had moved cargoes", "banned two operators for what it
// called persistent involvement". The pronoun of the relative clause is
// the body that imposed the measure, and the clause reports what that
// body said about the target. speech() cannot see this: the verb's
// subject is a bare "it" that no earlier speech verb anchors, and the
// imposer is only known once sanctions() has read the sentence.

// designatorVerbs are the verbs of saying a designation's relative
// clause uses for its charge. "accused" is not among them: a charge
// printed with a measure ("a firm it accused of …") is read as the
// grounds of the deed as often as a statement, and crediting it costs
// more than it finds.
var designatorVerbs = set("said", "says", "described", "describes", "called", "calls")

// relativeIt reports the token before the pronoun ("it", "they") at p
// opening a relative clause about the target: "which it said", "whom it
// describes", "what it called", or a bare noun ("a money changer it
// said …", "two companies it said had …"). "citing what it called"
// gives a measure's grounds, not a statement of its own, and is left
// out.
func (x *doc) relativeIt(si, p int) bool {
	s := &x.sents[si]
	q := p - 1
	if q <= s.t0 {
		return false
	}
	t := &x.toks[q]
	switch t.lower {
	case "which", "that", "whom":
		return true
	case "what":
		return q-1 < s.t0 || x.toks[q-1].lower != "citing"
	}
	// a reduced relative: a lower-case noun ends the object right before
	// the pronoun ("two companies it said had …"); a conjunction, an
	// adverb or a time word before it starts a clause of its own ("…, and
	// it said", "last week it said")
	return t.kind == tkWord && !t.cap && x.tokMent[q] < 0 && x.tokRole[q] < 0 && !x.isSpeechWord(t.lower) &&
		!clauseStarters[t.lower] && !dayWords[t.lower] && !strings.HasSuffix(t.lower, "ly")
}

// clauseStarters open a clause of their own before a subject pronoun.
var clauseStarters = set("and", "but", "or", "nor", "as", "because", "when", "while", "after", "before", "since", "where",
	"so", "than", "if", "though", "although", "until", "once", "then", "now", "also", "later", "earlier", "week", "month",
	"year", "day", "time", "morning", "evening", "night", "weekend", "said", "says", "whether", "why", "how", "unless", "yet")

// designatorSpeech credits a SAID to each institution that imposed a
// measure in sentence si (the SANCTIONED relations from relStart on)
// when a relative clause "it said/describes/called …" follows the
// imposer's name. It runs after sanctions(si).
func (x *doc) designatorSpeech(si, relStart int) {
	// most sentences impose no measure: nothing to credit, and their
	// words need not be read
	if !x.anySanctionSince(si, relStart) {
		return
	}
	s := &x.sents[si]
	v := -1
	for k := s.t0 + 2; k < s.t1; k++ {
		// the pronoun before is tested before the verb set is hashed
		if (x.toks[k-1].lower == "it" || x.toks[k-1].lower == "they") && designatorVerbs[x.toks[k].lower] && x.relativeIt(si, k-1) && !x.insideQuote(si, k) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	// "it": the imposer named first speaks ("the US Treasury froze any
	// U.S. assets of X, which it says …" credits the Treasury, not the
	// state the measure is also recorded for); "they": every imposer
	// named before ("Chile and Peru banned …, which they said …")
	plural := x.toks[v-1].lower == "they"
	var cand [4]int
	n := 0
	best, at := -1, v
	for i := relStart; i < len(x.rels); i++ {
		if x.rels[i].Type != RelSanctioned || x.rels[i].Sentence != si {
			continue
		}
		e := x.relEnds[i][0]
		if e < 0 || x.ents[e].typ != TypeInstitution || !x.isActor(e) {
			continue
		}
		j := x.firstMention(si, e, v-1)
		if j < 0 || x.clauseBreakBetween(si, relStart, e, j, v-1) {
			continue
		}
		if j < at {
			best, at = e, j
		}
		if plural && n < len(cand) {
			dup := false
			for _, c := range cand[:n] {
				dup = dup || c == e
			}
			if !dup {
				cand[n] = e
				n++
			}
		}
	}
	if !plural && best >= 0 {
		cand[0], n = best, 1
	}
	for _, e := range cand[:n] {
		x.addRel(RelSaid, e, -1, si, 0.6, x.quoteIn(si, v))
	}
}

// clauseBreakBetween reports a word between the imposer e at a and the
// pronoun at p that hands the pronoun to another clause: a subordinator
// before another actor ("two weeks after Pyongyang test-fired what it
// called …": that actor's words), "citing" (the measure's grounds:
// "banned imports, citing … what it called …"), "and"/"but" before
// another actor that is no target of the sentence's measures ("…, and
// Russia condemned the move, which it said …"; "… in May and Britain
// froze the assets of X, which it said …": the nearer imposer's words),
// or, when a verb governs "what it called", any other actor before it:
// that actor is the verb's subject ("X, which rejected what it called
// …"), while "has imposed what it calls" keeps the imposer. A
// subordinator used as an adverb ("has since frozen") breaks nothing,
// nor do joined names ("Belgium and the Netherlands froze").
func (x *doc) clauseBreakBetween(si, relStart, e, a, p int) bool {
	s := &x.sents[si]
	verbWhat := p-2 > s.t0 && x.toks[p-1].lower == "what" && x.toks[p-2].kind == tkWord && !prepositions[x.toks[p-2].lower]
	for j := a + 1; j < p; j++ {
		if verbWhat {
			if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent != e && x.isActor(x.ments[mi].ent) {
				return true
			}
		}
		switch x.toks[j].lower {
		case "citing":
			return true
		case "and", "but":
			q := j + 1
			if q < p && x.toks[q].lower == "the" {
				q++
			}
			if q >= p {
				continue
			}
			mi := x.tokMent[q]
			if mi < 0 || x.ments[mi].ent == e || !x.isActor(x.ments[mi].ent) || x.sanctionEnd(si, relStart, x.ments[mi].ent, 1) {
				continue
			}
			if pm := x.mentionEndAt(j - 1); pm >= 0 && x.sanctionEnd(si, relStart, x.ments[pm].ent, 0) {
				continue // "Belgium and the Netherlands froze …"
			}
			return true
		case "after", "before", "when", "while", "since", "until", "because", "although", "though", "whereas":
			q := j + 1
			if q < p && x.toks[q].lower == "the" {
				q++
			}
			if q < p {
				if mi := x.tokMent[q]; mi >= 0 && x.ments[mi].ent != e && x.isActor(x.ments[mi].ent) {
					return true
				}
			}
		}
	}
	return false
}

// anySanctionSince reports a SANCTIONED relation of sentence si among
// those found from relStart on.
func (x *doc) anySanctionSince(si, relStart int) bool {
	for i := relStart; i < len(x.rels); i++ {
		if x.rels[i].Type == RelSanctioned && x.rels[i].Sentence == si {
			return true
		}
	}
	return false
}

// sanctionEnd reports whether entity ent is end side (0 imposer, 1
// target) of a SANCTIONED relation of sentence si found from relStart on.
func (x *doc) sanctionEnd(si, relStart, ent, side int) bool {
	for i := relStart; i < len(x.rels); i++ {
		if x.rels[i].Type == RelSanctioned && x.rels[i].Sentence == si && x.relEnds[i][side] == ent {
			return true
		}
	}
	return false
}

// firstMention returns the first token of e's earliest mention in
// sentence si before token k, or -1. A sentence-initial "It" stands for
// the imposer sanctions() resolved it to.
func (x *doc) firstMention(si, e, k int) int {
	s := &x.sents[si]
	for j := s.t0; j < k; j++ {
		if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent == e {
			return j
		}
		if j == s.t0 && x.toks[j].lower == "it" {
			return j
		}
	}
	return -1
}
