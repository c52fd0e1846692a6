package ingest

import "strings"

// Does a state act? GUIDELINES.md counts states as institutions only
// when they act; a state the article names only as a place ("told
// reporters in Luxembourg", "a Cyprus-based bank", "the Gulf of Oman",
// "60 million US dollars") is a place. placeOnlyStates runs after the
// relation finders, so a state that is a party of any relation or
// affiliation has already shown that it acts and is never touched.

// placeOnlyStates retypes as places the states whose every mention in the
// article is a place use. One mention with no place cue (a subject, a
// possessor, a modifier of an actor, a list of parties) keeps the state:
// a dropped state also leaves the graph, so doubt keeps it.
func (x *doc) placeOnlyStates() {
	const (
		unseen = iota
		placeSoFar
		acts
	)
	var status []uint8 // per entity, made when a candidate is met
	for mi := range x.ments {
		e := x.ments[mi].ent
		if e < 0 {
			continue
		}
		en := x.ents[e]
		if en.typ != TypeInstitution || en.kind != "state" || en.used {
			continue
		}
		if status == nil {
			status = make([]uint8, len(x.ents))
		}
		if status[e] == acts {
			continue
		}
		if x.placeUse(mi) {
			status[e] = placeSoFar
		} else {
			status[e] = acts
		}
	}
	for e, st := range status {
		if st == placeSoFar {
			x.ents[e].typ, x.ents[e].kind = TypePlace, "country"
		}
	}
}

// placePreps put a state after them in a place: "in Luxembourg", "off
// Oman". Motion and trade prepositions (to, from, through, into, via)
// are left out: "exports to Russia", "trade through Oman" often make the
// state a party that the annotation counts.
var placePreps = set("in", "at", "near", "inside", "outside", "off", "around", "across", "throughout", "within")

// placeTails may follow a state that closes a place phrase: punctuation
// aside, a function word, a time word or a verb of the clause ("in
// Belgium will not"; past tenses by pastVerb). Another word after the
// state makes it a modifier ("in U.S. custody"), which is not a place
// use.
var placeTails = set("and", "or", "but", "on", "in", "at", "for", "to", "from", "with", "by", "as", "of", "where",
	"which", "who", "that", "since", "until", "last", "next", "this", "earlier", "later", "before", "after", "during",
	"while", "when", "over", "under", "will", "would", "could", "should", "may", "might", "can", "is", "was", "are",
	"were", "has", "have", "had", "said", "says", "told", "instead", "too", "again", "alone", "yesterday", "today",
	"tomorrow", "early", "late", "now", "then", "so", "because", "if", "than", "among", "between", "against")

// pastVerb reports a word shaped like a past tense ("reported",
// "agreed"): after a place phrase it is the clause's verb, not a noun the
// state modifies.
func pastVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// placeCompounds after a hyphen make the state where something is:
// "Cyprus-based", "Panama-flagged", "Malta-registered".
var placeCompounds = set("based", "flagged", "registered", "born", "headquartered", "domiciled", "incorporated",
	"listed", "bound")

// placeCompound reports a hyphen at token p glued on both sides to a
// place compound before end ("Lagos-registered", "Cyprus-based"): the
// place before it only says where something is.
func (x *doc) placeCompound(p, end int) bool {
	return p+1 < end && x.toks[p].text == "-" && !x.toks[p].space && !x.toks[p+1].space && placeCompounds[x.toks[p+1].lower]
}

// currencyWords after a state name a currency: "US dollars", "Singapore
// dollar".
var currencyWords = set("dollar", "dollars", "cents")

// placeUse reports a mention of a state that names it only as a place.
func (x *doc) placeUse(mi int) bool {
	m := &x.ments[mi]
	if m.gzRole == gzDemonym || m.typ != TypeInstitution {
		return false // "Belgian officials": a demonym is read as an actor
	}
	s := &x.sents[m.sent]
	toks := x.toks
	j := m.t1
	if j < s.t1 {
		t := &toks[j]
		switch {
		case t.kind == tkPoss:
			return false // "Rwanda's foreign minister", "Belgium's decision"
		case x.placeCompound(j, s.t1):
			return true
		case t.text == "$" && !t.space || currencyWords[t.lower]:
			return true
		}
	}
	// "the Gulf of Aden", "the Sea of Japan", "west of Chad"
	if p := m.t0 - 2; p >= s.t0 && toks[m.t0-1].lower == "of" && toks[p].cap && geoHeads[toks[p].lower] || x.compassOf(m.t0, s) {
		return true
	}
	if x.venueAfter(m, s) {
		return true // "the Samoa consultations"
	}
	p := x.listStart(m.t0, s, false)
	if p < s.t0 || !placePreps[toks[p].lower] && !x.tradeDestination(m.t0, p, s) {
		return false
	}
	if j < s.t1 && toks[j].kind == tkWord && !toks[j].cap && !placeTails[toks[j].lower] && !pastVerb(toks[j].lower) {
		return false
	}
	return !x.organActsThere(j, s)
}

// organActsThere reports a "where" clause after the place at token j
// whose subject is an organ of the state: "anger in Peru, where the
// president's office condemned the vote" names the state
// acting through its government.
func (x *doc) organActsThere(j int, s *sentence) bool {
	toks := x.toks
	if j+1 >= s.t1 || toks[j].text != "," || toks[j+1].lower != "where" {
		return false
	}
	for k := j + 2; k < s.t1 && k < j+6; k++ {
		if govNouns[toks[k].lower] || proxyNouns[toks[k].lower] || x.tokRole[k] >= 0 {
			return true
		}
	}
	return false
}

// listStart returns the token before a list of places that ends at the
// mention starting at t0 ("in Brasília and Montevideo", "in Kyiv, Minsk
// and the Baltic states"), after a leading "the". Unless states is set,
// a list of states stops it: "lenders in Georgia and Armenia" may name
// the states as parties (of secondary sanctions), so only the first is
// read as a place; a trade destination passes to every state of its list.
func (x *doc) listStart(t0 int, s *sentence, states bool) int {
	toks := x.toks
	p := t0 - 1
	for {
		if p >= s.t0 && toks[p].lower == "the" {
			p--
		}
		if p < s.t0 || toks[p].lower != "and" && toks[p].lower != "or" && toks[p].text != "," {
			return p
		}
		q := p - 1
		if q >= s.t0 && toks[p].lower != "," && toks[q].text == "," {
			q-- // "Oman, and the UAE"
		}
		if q < s.t0 {
			return p // the sentence opens with "And"
		}
		mi := x.mentionEndAt(q)
		if mi < 0 || x.ments[mi].typ != TypePlace && !(states && x.ments[mi].kind == "state") {
			return p
		}
		p = x.ments[mi].t0 - 1
	}
}

// eventOnlyBodies drops the bodies named only as the opening words of an
// event's name: "the ASEAN Regional Forum", "the G7 finance ministers'
// meeting", "the Pacific Islands Forum leaders' meeting". The gathering
// is the entity; the body that convenes it does nothing in the article
// (round 36: spurious institutions in 9 dev sets). A body with any other
// mention, or that a relation needs, is kept; states are left to
// placeOnlyStates.
func (x *doc) eventOnlyBodies() {
	const (
		unseen = iota
		inEvent
		elsewhere
	)
	var status []uint8
	for mi := range x.ments {
		m := &x.ments[mi]
		e := m.ent
		if e < 0 {
			continue
		}
		en := x.ents[e]
		if en.typ != TypeInstitution || en.kind == "state" || en.used {
			continue
		}
		if status == nil {
			status = make([]uint8, len(x.ents))
		}
		if status[e] == elsewhere {
			continue
		}
		if x.opensEventName(m) {
			status[e] = inEvent
		} else {
			status[e] = elsewhere
		}
	}
	for e, st := range status {
		if st == inEvent {
			x.ents[e].weak = true
		}
	}
}

// opensEventName reports an event's mention of two or more words right
// after m whose name starts with m's words ("ASEAN" before "Regional
// Forum", "G7" before "finance ministers' meeting"). The body's own
// "summit" or "meeting" in one word ("the Non-Aligned Movement summit")
// is the body meeting, and the annotation keeps the body.
func (x *doc) opensEventName(m *mention) bool {
	if m.t1 >= len(x.toks) {
		return false
	}
	ei := x.tokMent[m.t1]
	if ei < 0 {
		return false
	}
	ev := &x.ments[ei]
	if ev.typ != TypeEvent || ev.t0 != m.t1 || ev.t1-ev.t0 < 2 || ev.sent != m.sent {
		return false
	}
	w := x.spanText(m.t0, m.t1)
	return len(ev.name) > len(w) && strings.HasPrefix(ev.name, w) && ev.name[len(w)] == ' '
}
