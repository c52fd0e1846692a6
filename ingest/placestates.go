package ingest

// Two more ways a state is named only as a place (round 28): what was
// held or signed there ("the Fiji talks", "the Samoa summit"),
// and where a firm's goods go ("shipped steel to Chile and Peru"). Both
// are read per mention by placeUse; a state with any acting mention, or
// a party of a relation, stays an actor.

// stateVenueNouns name, after a state or capital, a meeting or text
// held or signed there, beyond the venueNouns of capitals: "the
// Samoa summit", "the Lima consultations", "the Vienna Mechanism".
var stateVenueNouns = set("summit", "summits", "consultations", "mechanism", "roadmap")

// venueAfter reports a state or capital used as the name of a meeting,
// agreement or process held there: "the Fiji talks", "the Vienna
// Convention". A hyphen or list before it makes it one of the parties
// ("the EU-Russia summit", "the Iran and Iraq talks"), not the venue.
func (x *doc) venueAfter(m *mention, s *sentence) bool {
	toks := x.toks
	if m.t1 >= s.t1 || toks[m.t1].kind != tkWord {
		return false
	}
	if w := toks[m.t1].lower; !venueNouns[w] && !stateVenueNouns[w] {
		return false
	}
	if p := m.t0 - 1; p >= s.t0 {
		switch toks[p].lower {
		case "-", "\u2013", "and", "or", "/", ",":
			return false
		}
	}
	return true
}

// tradeWords carry goods to a market: "shipped coil to", "a supplier of
// wheat to", "rerouted volumes to", "selling more into". Exports and
// diversions are left out: "exports to Russia", "re-exported machines
// to Iran" often name a state as a party of a trade ban.
var tradeWords = set("ship", "ships", "shipped", "shipment", "shipments", "sell", "sells", "sold", "selling", "supplier",
	"suppliers", "supply", "supplies", "supplied", "supplying", "reroute", "rerouted", "rerouting", "redirect",
	"redirected")

// tradeDestination reports a state in a list after "to" or "into" that a
// trade word of the same clause governs: "whose firm sold barley to
// Chile and Peru last year". The list may hold other states: every one
// is a destination. A comma, bracket or quote, or another verb shaped
// like a past tense ("ships linked to X"), ends the search.
func (x *doc) tradeDestination(t0 int, s *sentence) bool {
	toks := x.toks
	p := x.listStart(t0, s, true)
	if p < s.t0 || toks[p].lower != "to" && toks[p].lower != "into" {
		return false
	}
	for k := p - 1; k >= s.t0 && k >= p-10; k-- {
		t := &toks[k]
		if tradeWords[t.lower] {
			return true
		}
		if t.kind == tkPunct && t.text != "-" || t.kind == tkWord && pastVerb(t.lower) && !(k > s.t0 && toks[k-1].text == "-") {
			return false
		}
	}
	return false
}
