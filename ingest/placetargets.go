package ingest

import "strings"

// Round 36 guards on states read as sanctions targets from a word that
// only describes the real target. GUIDELINES count a state as the target
// of an unnamed group ("Russian oil entities", "from Russia"); a named or
// later-named target is itself the target, and the state in its
// description only says where it is from:
//
//   - a place compound before a name: "Cyprus-registered X",
//     "Malaysian-owned Y" (the name is taken instead, namedAfterDemonym);
//   - the description of a name set off by a comma: "X, a Prague trading
//     company", "Y, the main Kosovo Serb party";
//   - a place inside the state: "from Sierra Leonean waters", "a commander
//     from the Libyan coastal city of Z";
//   - a counted group named in full right after ("two Lebanese
//     businessmen." followed by their two names); a group named in part
//     ("three Chinese firms, among them X") keeps its state, as the gold
//     of the sets does;
//   - one person or body: "a Beirut exchange house", "a former U.S.
//     congressman" (singleDemonym reads a demonym so);
//   - a clause or a date of its own: "days before Lebanon holds
//     elections", "before Lebanon's elections", once the measure has
//     named or described a target before the clause (a measure with none,
//     "sanctions on Monday after Syria's shelling", is on that state).
//
// A capital in the upper-case dateline before the trigger ("LONDON/
// TRIPOLI, March 17 —") no longer keeps the state as a target named
// before the trigger.
//
// modifierState tells strayTarget to leave such a state out of the pairs.

// ownCompounds after a hyphen make the state the owner of a named body:
// "Malaysian-owned X", "Iranian-controlled Y". Unnamed ("Iranian-owned
// tankers") the state stays the target.
var ownCompounds = set("owned", "controlled", "backed")

// stateCompound reports a place compound ("Cyprus-registered") or an
// ownership compound ("Malaysian-owned") at hyphen p.
func (x *doc) stateCompound(p, end int) bool {
	return x.placeCompound(p, end) || p+1 < end && x.toks[p].text == "-" && !x.toks[p].space && !x.toks[p+1].space && ownCompounds[x.toks[p+1].lower]
}

// descStops end a description's words before its head would be passed:
// a conjunction or a pronoun opening a clause ("a Beirut exchange house
// it said had …").
var descStops = set("that", "and", "or", "it", "they", "he", "she", "we", "whom", "as")

// placeNouns head a place inside a state: "Sierra Leonean waters", "the
// Libyan coastal city of Sirte".
var placeNouns = set("waters", "city", "town", "village", "coast", "province", "district", "region", "island", "islands")

// stateClauseOpeners before a state open a clause or a time of its own: "three
// days before Lebanon holds elections", "after Georgia's vote".
var stateClauseOpeners = set("before", "after", "until", "while", "when", "since", "because", "during")

// firmGroupNouns head counted groups of bodies; other groups are people.
var firmGroupNouns = set("companies", "firms", "entities", "banks", "lenders", "exporters", "importers", "producers",
	"suppliers", "makers", "manufacturers", "houses", "operators", "shippers", "refiners", "insurers", "charities", "groups")

// modifierState reports a state's mention m after the sanctions trigger
// at k that only describes a named or later-named target (see above).
func (x *doc) modifierState(si, k int, m *mention) bool {
	if m.ent < 0 || x.ents[m.ent].kind != "state" {
		return false
	}
	s := &x.sents[si]
	toks := x.toks
	q := m.t1
	if q >= s.t1 || toks[q].kind == tkPoss && !(m.t0 > s.t0 && stateClauseOpeners[toks[m.t0-1].lower]) {
		return false // "Russia's central bank": read elsewhere
	}
	if p := m.t0 - 1; p > s.t0 && stateClauseOpeners[toks[p].lower] && (toks[q].kind == tkPoss || toks[q].kind == tkWord && !toks[q].cap && !prepositions[toks[q].lower]) {
		// "before Lebanon holds elections", "before Lebanon's vote": only
		// when the measure names its targets before the clause; "imposed
		// sanctions on Monday after Syria's shelling" names none, and the
		// state whose act it answers is its target
		return x.mentionBetween(k, p)
	}
	if x.describesName(si, m.t0) {
		return true // "X, a Prague trading company"
	}
	compound := x.stateCompound(q, s.t1)
	if compound {
		q += 2
	}
	h := q // past the description's lower-case words to its head
	for h < s.t1 && h < q+4 {
		t := &toks[h]
		if t.kind != tkWord || t.cap || x.tokMent[h] >= 0 || prepositions[t.lower] || relativeWords[t.lower] || descStops[t.lower] || pastVerb(t.lower) {
			break
		}
		h++
		if pluralWord(t.lower) || groupNouns[t.lower] {
			break // the head of a group: "two Lebanese businessmen it said …"
		}
	}
	if h == q {
		// "Cyprus-registered Halden Marine": the name right after
		return compound && x.namedBodyAt(h)
	}
	head := toks[h-1].lower
	if !compound && placeNouns[head] {
		return true
	}
	if !pluralWord(head) && !groupNouns[head] && x.oneBefore(si, m.t0) {
		return true // "a Beirut exchange house", "a former U.S. congressman"
	}
	if h < s.t1 && x.namedBodyAt(h) {
		return true // "the Iranian shipping firm X"
	}
	n := x.countBefore(si, m.t0)
	return n > 0 && (pluralWord(head) || groupNouns[head]) && x.namedNext(si, firmGroupNouns[head], n)
}

// mentionBetween reports a mention of an entity strictly between tokens
// a and b: the measure at a has a named or described target before b.
func (x *doc) mentionBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent >= 0 {
			return true
		}
	}
	return false
}

// namedBodyAt reports a named actor other than a state opening at token
// h: a person or a body.
func (x *doc) namedBodyAt(h int) bool {
	mi := x.mentionStartAt(h)
	if mi < 0 || x.ments[mi].weak {
		return false
	}
	e := x.ments[mi].ent
	return x.isActor(e) && x.ents[e].kind != "state"
}

// oneBefore reports "a" or "an" before the state's mention at t0, past
// up to two modifiers ("a former", "a small"): one person or body is
// described, as singleDemonym reads a demonym there.
func (x *doc) oneBefore(si, t0 int) bool {
	p := x.modifiersBefore(si, t0)
	return p >= x.sents[si].t0 && (x.toks[p].lower == "a" || x.toks[p].lower == "an")
}

// datelineMention reports a mention in a story's upper-case dateline
// ("LONDON/TRIPOLI, March 17 —"): a place the story is filed from, no
// passive subject named before the trigger.
func (x *doc) datelineMention(si int, m *mention) bool {
	s := &x.sents[si]
	if m.t1 >= s.t1 {
		return false
	}
	for j := s.t0; j < m.t1; j++ {
		if t := &x.toks[j]; !(t.kind == tkWord && t.upper || t.text == "/") {
			return false
		}
	}
	switch x.toks[m.t1].text {
	case "/", ",", "-", "\u2013", "\u2014", "(":
		return true // not "US defence firms were sanctioned by …"
	}
	return false
}

// describesName reports a state's mention at t0 inside a description set
// off by a comma after a name: "X, a Prague trading company", "Y, the
// main Kosovo Serb party", "Z s.r.o., a Brno firm".
func (x *doc) describesName(si, t0 int) bool {
	s := &x.sents[si]
	p := x.modifiersBefore(si, t0) // past "the main", "a small"
	if p-2 < s.t0 || !articles[x.toks[p].lower] || x.toks[p-1].text != "," {
		return false
	}
	b := &x.toks[p-2]
	return b.kind == tkWord && (b.cap || strings.IndexByte(b.text, '.') > 0) || x.tokMent[p-2] >= 0
}

// countBefore returns the count of a group whose description holds the
// state at t0: "two Lebanese businessmen" 2, "two former Haitian
// senators" 2; 0 when no number word counts it ("several", "dozens").
func (x *doc) countBefore(si, t0 int) int {
	s := &x.sents[si]
	p := t0 - 1
	if p > s.t0 && banModifiers[x.toks[p].lower] {
		p-- // "two former"
	}
	if p < s.t0 {
		return 0
	}
	return groupSizes[x.toks[p].lower]
}

// namedNext reports that the sentence after si names n new people (firms,
// when firms) for the first time, and it or the next speaks of the
// listing: the whole group counted in sentence si is named there ("two
// Lebanese businessmen …. A and B were designated").
// A group left unnamed ("three Kyrgyz trading firms" with no names after)
// or named only in part ("four Iranian companies …. Those listed include
// X") keeps its state, as GUIDELINES count it.
func (x *doc) namedNext(si int, firms bool, n int) bool {
	if si+1 >= len(x.sents) {
		return false
	}
	var seen [5]int
	found := 0
	for i := range x.ments {
		m := &x.ments[i]
		if m.sent < si+1 || m.dead || m.weak || m.ent < 0 {
			continue
		}
		if m.sent > si+1 {
			break
		}
		e := m.ent
		if !x.isActor(e) || x.ents[e].kind == "state" || x.isPerson(e) == firms || x.mentionedBefore(e, si+1) {
			continue
		}
		if contains2(seen[:found], e) {
			continue
		}
		seen[found] = e
		if found++; found >= n {
			return x.listingWordIn(si+1) || si+2 < len(x.sents) && x.listingWordIn(si+2)
		}
	}
	return false
}

// listingWords say that people or firms are listed or their wealth is
// blocked: "were designated", "would sanction X", "block funds held by
// X", "their assets … are frozen", "named them as".
var listingWords = set("sanction", "sanctions", "sanctioned", "designated", "designation", "listed", "listing",
	"blacklisted", "banned", "barred", "froze", "frozen", "freeze", "freezing", "block", "blocked", "assets", "funds", "named")

// listingWordIn reports a listing word in sentence si: the names the
// sentence after a counted group gives are those of the group only when
// it (or the one after it) speaks of the listing, not when they are
// speakers of their own ("two Chinese firms. The commerce ministry and
// Huawei criticised the decision").
func (x *doc) listingWordIn(si int) bool {
	s := &x.sents[si]
	for q := s.t0; q < s.t1; q++ {
		if listingWords[x.toks[q].lower] {
			return true
		}
	}
	return false
}

// mentionedBefore reports entity e named in a sentence before si.
func (x *doc) mentionedBefore(e, si int) bool {
	for i := range x.ments {
		m := &x.ments[i]
		if m.sent >= si {
			return false
		}
		if m.ent == e && !m.dead {
			return true
		}
	}
	return false
}
