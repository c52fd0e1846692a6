package ingest

import "strings"

// Two more ways a state is named only as a place (round 28): a meeting
// held there ("the Samoa summit", "the Fiji consultations"), and where a
// firm's goods go ("shipped steel to Chile and Peru"). Both are read per
// mention by placeUse; a state with any acting mention, or a party of a
// relation, stays an actor. Capitals are typed by the gazetteer
// (capitalIsPlace, venueNouns) before this runs.

// stateVenueNouns name, after "the" and a state's name, a meeting held
// there that no event is made of: "the Samoa consultations", "the Fiji
// round", "the Tonga process". The heads that make one ("the Samoa
// summit", "the Fiji talks", "the Tonga Agreement") are stateVenueEvent's
// (events.go), which drops the state's mention when stateIsVenue holds.
// Conferences, deals and documents are left out: "the Karvia conference",
// "the Karvia deal" mostly name a topic or a party.
var stateVenueNouns = set("summits", "consultations", "meeting", "meetings", "round", "process", "mechanism", "roadmap")

// venueAfter reports a state's name used as the name of a meeting held
// there: "the Samoa consultations" (stateVenueNouns, stateIsVenue).
// Capitals are typed by the gazetteer before this (capitalIsPlace).
func (x *doc) venueAfter(m *mention, s *sentence) bool {
	return m.gzRole == gzName && m.t1 < s.t1 && stateVenueNouns[x.toks[m.t1].lower] && x.stateIsVenue(m.t0, m.t1, s)
}

// stateIsVenue reports a state's name at [t0, j) that names the place of
// the meeting or text whose noun is at j. The article must come right
// before the state: a possessive or another determiner ("Karvia's Samoa
// talks", "his Fiji meeting") and a hyphen or list ("the EU-Samoa
// summit", "the Fiji and Samoa meeting") make it a party, and without the
// article the state may be a headline's subject ("Samoa talks resume").
// Another place after the noun ("the Karvia talks in Geneva": talks
// about the state held elsewhere) keeps the state an actor.
func (x *doc) stateIsVenue(t0, j int, s *sentence) bool {
	toks := x.toks
	if t0-1 < s.t0 || toks[t0-1].lower != "the" {
		return false
	}
	if k := j + 1; k+1 < s.t1 && (toks[k].lower == "in" || toks[k].lower == "at") {
		if toks[k+1].lower == "the" && k+2 < s.t1 {
			k++
		}
		if h := &toks[k+1]; h.kind == tkWord && h.cap {
			_, month := monthNames[h.lower]
			return month // "the Fiji talks in May"
		}
	}
	return true
}

// tradeWords carry goods to a market: "shipped coil to", "a supplier of
// wheat to", "rerouted volumes to", "selling more into". Exports and
// diversions are left out: "exports to Russia", "re-exported machines
// to Iran" often name a state as a party of a trade ban. "ship" and
// "ships" after a count or a determiner are vessels ("two ships", "the
// ships"), not a verb.
var tradeWords = set("ship", "ships", "shipped", "shipment", "shipments", "sell", "sells", "sold", "selling", "supplier",
	"suppliers", "supply", "supplies", "supplied", "supplying", "reroute", "rerouted", "rerouting", "redirect",
	"redirected")

// armsNouns are supplied by one state to another, which names the
// recipient a party: "supplied fighter jets to Karvia".
var armsNouns = set("weapons", "weaponry", "arms", "jets", "missiles", "ammunition", "munitions", "shells", "tanks",
	"drones", "rockets", "warplanes", "howitzers")

// vesselCount reports a count or a determiner before "ship(s)": a noun.
func vesselCount(t *token) bool {
	return t.kind == tkNum || numberWords[t.lower] || articleLike[t.lower] || possDets[t.lower] || countWords[t.lower]
}

// tradeDestination reports a state in a list after "to" or "into" that a
// trade word of the same clause governs: "whose firm sold barley to
// Chile and Peru last year". p is the token before the state's list of
// places (listStart); the list may hold other states too: every one is
// a destination. A comma, bracket or quote, another verb shaped like a
// past tense or a participle ("ships linked to X", "vessels sailing to
// X"), or arms ("supplied jets to X") end the search.
func (x *doc) tradeDestination(t0, p int, s *sentence) bool {
	toks := x.toks
	if p >= s.t0 && (toks[p].lower == "and" || toks[p].lower == "or" || toks[p].text == ",") {
		p = x.listStart(t0, s, true) // a list of states: read past it
	}
	if p < s.t0 || toks[p].lower != "to" && toks[p].lower != "into" {
		return false
	}
	for k := p - 1; k >= s.t0 && k >= p-10; k-- {
		t := &toks[k]
		if tradeWords[t.lower] {
			if t.lower != "ship" && t.lower != "ships" || k == s.t0 || !vesselCount(&toks[k-1]) {
				return true
			}
			continue
		}
		if t.kind == tkPunct && t.text != "-" || armsNouns[t.lower] ||
			t.kind == tkWord && (pastVerb(t.lower) || len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing")) && !(k > s.t0 && toks[k-1].text == "-") {
			return false
		}
	}
	return false
}
