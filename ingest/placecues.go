package ingest

import "strings"

// placePrefixes open the names of towns and cities in many languages:
// "St Petersburg", "Santa Cruz", "Puerto Ayora", "Kota Bharu". ("Bandar"
// is also a given name and stays out.) A name
// that starts with one and a space is a place, never a person's name
// (surnames take a hyphen: "Saint-Fleur" stays a person).
var placePrefixes = set("st", "st.", "saint", "sainte", "ste", "ste.", "santa", "santo", "são", "sankt",
	"puerto", "porto", "ciudad", "kota")

// placePrepositions put a name somewhere. placeInPrepositions are the ones
// of them that only a place takes in news prose: a person is met "in"
// a town, not "in" a person.
var (
	placePrepositions   = set("in", "near", "at", "to", "from", "off", "via", "outside", "around")
	placeInPrepositions = set("in", "near", "outside", "around")
)

// placeByPosition retypes as places the names recognised only by their
// shape that the article never uses as anything but a location: a name
// opened by a place prefix, or one whose every mention follows a
// preposition of place, at least one of them "in" or "near" ("traders in
// Kavala", "a road near Duzce"). One mention anywhere else ("Kavala said",
// "met Kavala", "Kavala's office"), a speaker, a title or a longer person
// name ending in the word keeps the person reading.
func (x *doc) placeByPosition() {
	var seen [8]string // names already decided: an article has few candidates
	n := 0
	for i := range x.ments {
		m := &x.ments[i]
		if _, in := x.placePreposition(m); !x.placeCandidate(m) || !in && !x.placePrefixed(m) {
			continue
		}
		done := false
		for _, k := range seen[:n] {
			done = done || strings.EqualFold(k, m.name)
		}
		if done {
			continue
		}
		if n < len(seen) {
			seen[n] = m.name
			n++
		}
		if x.onlyPlaced(m.name) {
			x.retypePlace(m.name)
		}
	}
}

// placeCandidate reports a mention typed by its shape alone that may name
// a place: not a lone place prefix cut from its name ("in St." of "St.
// Gallen").
func (x *doc) placeCandidate(m *mention) bool {
	return x.shapeOnly(m) && !m.speaker && !(m.t1-m.t0 == 1 && placePrefixes[x.toks[m.t0].lower])
}

// onlyPlaced reports whether every person or candidate mention of name
// is a placeCandidate after a preposition of place or opened by a place
// prefix.
func (x *doc) onlyPlaced(name string) bool {
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypePerson && !(m.typ == "" && m.single) || !strings.EqualFold(m.name, name) {
			continue
		}
		if prep, _ := x.placePreposition(m); !x.placeCandidate(m) || !prep && !x.placePrefixed(m) {
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
// prefix: "St Petersburg", not "Saint-Fleur" or a lone "Santa".
func (x *doc) placePrefixed(m *mention) bool {
	return m.t1-m.t0 > 1 && x.toks[m.t0+1].space && placePrefixes[x.toks[m.t0].lower]
}

// placePreposition reports whether a preposition of place comes right
// before m and ends its phrase (no possessive after: "in Kavala's view"),
// and whether that preposition is one only a place takes.
func (x *doc) placePreposition(m *mention) (prep, in bool) {
	s := &x.sents[m.sent]
	if m.t0-1 < s.t0 || m.t1 < s.t1 && x.toks[m.t1].kind == tkPoss {
		return false, false
	}
	p := m.t0 - 1
	if w := x.toks[p].lower; (w == "and" || w == "or") && p-1 >= s.t0 && x.toks[p-1].cap {
		// "in Kavala and Drama": the preposition before the first name
		for p--; p > s.t0 && p > m.t0-6 && x.toks[p].cap; p-- {
		}
	}
	w := x.toks[p].lower
	return placePrepositions[w], placeInPrepositions[w]
}
