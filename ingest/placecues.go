package ingest

import "strings"

// placePrefixes open the names of towns and cities in many languages:
// "St Petersburg", "Sankt Pölten", "Puerto Ayora", "Ciudad Juárez". A
// name that starts with one and a space is a place, never a person's
// name (surnames take a hyphen: "Saint-Fleur" stays a person). Prefixes
// that are also given names ("Santa", "Santo", "Kota", "Bandar") stay
// out.
var placePrefixes = set("st", "st.", "saint", "sainte", "ste", "ste.", "são", "sankt", "puerto", "porto", "ciudad")

// placeTriggers are the prepositions of placePreps that put a name in a
// place; "at" is left out, for people work "at" a firm. A name they
// precede may still be a person or a firm after the stakes, trust and
// roles of inHolders.
var placeTriggers = set("in", "near", "inside", "outside", "off", "around", "across", "throughout", "within")

// inHolders take "in" before a person or a firm, not a place: "a stake in
// X", "confidence in X", "invested in X".
var inHolders = set("stake", "stakes", "share", "shares", "holding", "holdings", "interest", "interests",
	"confidence", "faith", "trust", "belief", "believe", "believed", "believes", "hope", "hopes", "role",
	"invest", "invested", "investing", "investment", "investments", "involvement", "participation", "partner",
	"partners", "position")

// placeByPosition retypes as places the names recognised only by their
// shape that the article never uses but as a location: a name opened by
// a place prefix ("St Varnholm"), or one that follows a preposition of
// place in every mention, at least one of them a placeTrigger ("traders
// in Kavala", "a road near Duzce", "the depot at Kavala"). One mention
// anywhere else ("Kavala said", "met Kavala", "a letter to Kavala",
// "Kavala's office"), a title, or a person's longer name ending in the
// same words keeps the person reading.
func (x *doc) placeByPosition() {
	var seen [8]string // names decided: an article names few such places, and at most eight are tried
	n := 0
	for i := range x.ments {
		m := &x.ments[i]
		if prep, trigger := x.placePreposition(m); !x.placeCandidate(m) || !trigger && !x.placePrefixed(m, prep) {
			continue
		}
		done := false
		for _, k := range seen[:n] {
			done = done || strings.EqualFold(k, m.name)
		}
		if done {
			continue
		}
		if n == len(seen) {
			break // each name costs a pass over the mentions: a list of hundreds stays linear
		}
		seen[n] = m.name
		n++
		if x.onlyPlaced(m.name) && !x.personNameEnds(m.name, 0.6) {
			x.retypePlace(m.name)
		}
	}
}

// placeCandidate reports a mention typed by its shape alone that may name
// a place: not a lone place prefix cut from its name ("in St." of "St.
// Gallen").
func (x *doc) placeCandidate(m *mention) bool {
	return x.shapeOnly(m) && !(m.t1-m.t0 == 1 && placePrefixes[x.toks[m.t0].lower])
}

// onlyPlaced reports whether every person or candidate mention of name
// is a placeCandidate after a preposition of place, or opened by a place
// prefix.
func (x *doc) onlyPlaced(name string) bool {
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypePerson && !(m.typ == "" && m.single) || !strings.EqualFold(m.name, name) {
			continue
		}
		if prep, _ := x.placePreposition(m); !x.placeCandidate(m) || !prep && !x.placePrefixed(m, false) {
			return false
		}
	}
	return true
}

// retypePlace makes every shape-only mention of name a place, but a lone
// word that ends a person's full name.
func (x *doc) retypePlace(name string) {
	for i := range x.ments {
		m := &x.ments[i]
		if !m.dead && x.shapeOnly(m) && strings.EqualFold(m.name, name) && !x.surnameOfPerson(m) {
			m.typ, m.kind, m.single, m.conf = TypePlace, "place", false, 0.7
			m.key = lowerKey("pl:", m.name)
		}
	}
}

// placePrefixed reports a name of two or more words opened by a place
// prefix: "St Petersburg", not "Saint-Fleur" or a lone "St". Right before
// a verb of saying it must also follow a preposition (prep): "St Varnel
// said" may be a person's odd name; "in St Varnel said" is not.
func (x *doc) placePrefixed(m *mention, prep bool) bool {
	return m.t1-m.t0 > 1 && x.toks[m.t0+1].space && placePrefixes[x.toks[m.t0].lower] && (prep || !m.speaker)
}

// placePrepsGate is placePreps' gate (see wordGate): placePreposition
// asks it about the word before every place mention.
var placePrepsGate = gateOf(placePreps)

// placePreposition reports whether a preposition of place (placePreps)
// comes right before m and m ends its phrase (placeTails, a past tense,
// punctuation, the end of the sentence; not "in Kavala's view" or "in
// Kavala Street"), and whether it is a placeTrigger that no inHolders
// word comes before. In a list the first name's preposition counts: "in
// Kavala and Drama".
func (x *doc) placePreposition(m *mention) (prep, trigger bool) {
	s := &x.sents[m.sent]
	if m.t0-1 < s.t0 {
		return false, false
	}
	if b := m.t1; b < s.t1 {
		if t := &x.toks[b]; t.kind == tkPoss || t.kind == tkWord && !placeTails[t.lower] && !pastVerb(t.lower) {
			return false, false
		}
	}
	p := m.t0 - 1
	if w := x.toks[p].lower; (w == "and" || w == "or") && p-1 >= s.t0 && x.toks[p-1].cap {
		for p--; p > s.t0 && p > m.t0-6 && x.toks[p].cap; p-- {
		}
	}
	w := x.toks[p].lower
	if w == "the" && p-1 >= s.t0 && x.toks[p-1].lower == "at" {
		// "told reporters at the X": a building or a site (venueAt)
		return true, x.venueAt(s, m.t0)
	}
	if !placePrepsGate.may(w) || !placePreps[w] {
		return false, false
	}
	if w == "at" {
		return true, p-1 >= s.t0 && atSites[x.toks[p-1].lower]
	}
	return true, placeTriggers[w] && (p-1 < s.t0 || !inHolders[x.toks[p-1].lower])
}

// atSites before "at" make it a place's "at" (round 36): a site, a
// clash or a gathering is somewhere ("the extraction plant at X", "border
// clashes at X", "students rallied at X", "talks at X", "trucks still
// cross at X"), where a person's "at" follows an aim or a look ("a swipe
// at X", "looked at X") and people work at firms ("an analyst at X").
var atSites = set("plant", "plants", "mine", "mines", "camp", "camps", "base", "bases", "office", "offices", "site",
	"facility", "terminal", "checkpoint", "post", "crossing", "clash", "clashes", "fighting", "battle", "skirmish",
	"skirmishes", "rallied", "rally", "protest", "protests", "protested", "gathered", "talks", "summit", "ceremony",
	"cross", "crossed", "landed", "docked", "anchored", "moored", "stranded", "queued", "residence", "compound", "dam")
