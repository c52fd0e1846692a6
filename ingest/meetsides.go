package ingest

import "slices"

// Round 33: a mediator who meets each side. "X shuttled between their
// delegations", "met each delegation separately", "had private talks
// with each side", "spoke by telephone to both delegation heads",
// "received both delegations" or "carried notes between the two camps"
// name no party after the verb: the sides are the two
// people the text has just named (or names next, in the same sentence),
// and the mediator met each of them, not they each other.

// sideNouns stand for one party of talks between two: "each delegation",
// "both sides", "the two camps".
var sideNouns = set("delegation", "delegations", "side", "sides", "camp", "camps", "party", "parties")

// sideHeads may follow a side noun for the leader of each side: "both
// delegation heads", "each delegation's chief".
var sideHeads = set("heads", "head", "chiefs", "chief", "leaders", "leader")

// carriedThings are what a go-between carries between the sides: "carried
// messages between the two delegations".
var carriedThings = set("messages", "papers", "proposals", "drafts", "notes", "texts")

// sidesAt returns the token after a phrase at q that stands for the two
// sides of talks, or -1: "each delegation", "each side", "each of them",
// "each of the two delegations", "both delegations", "both delegation
// heads", "both of them", "the two sides", "their (two) delegations";
// "them" counts only after "between" ("shuttled between them"), since
// "met them" may be any group.
func (x *doc) sidesAt(si, q int) int {
	s := &x.sents[si]
	if q < s.t0 || q >= s.t1 || x.tokMent[q] >= 0 {
		return -1
	}
	word := func(j int) string {
		if j >= s.t1 || x.tokMent[j] >= 0 {
			return ""
		}
		return x.toks[j].lower
	}
	noun := func(j int) int {
		if !sideNouns[word(j)] {
			return -1
		}
		if sideHeads[word(j+1)] {
			return j + 2 // "both delegation heads"
		}
		return j + 1
	}
	switch l := word(q); l {
	case "each", "both":
		if word(q+1) == "of" {
			if word(q+2) == "them" {
				return q + 3
			}
			if word(q+2) == "the" && word(q+3) == "two" {
				return noun(q + 4)
			}
			return -1
		}
		return noun(q + 1)
	case "the":
		if word(q+1) == "two" {
			return noun(q + 2)
		}
	case "their":
		if word(q+1) == "two" {
			return noun(q + 2)
		}
		return noun(q + 1)
	case "them":
		if q > s.t0 && x.toks[q-1].lower == "between" {
			return q + 1
		}
	}
	return -1
}

// goBetween reads "shuttled between the two sides" and "carried messages
// between the two delegations" at k: the verb and the start of the sides
// phrase, or -1, -1. Only a sides phrase is read: "shuttled between Kyiv
// and Moscow" names places, not the people met.
func (x *doc) goBetween(si, k int) (v, from int) {
	s := &x.sents[si]
	q := k + 1
	switch x.toks[k].lower {
	case "shuttled", "shuttling", "shuttles", "shuttle":
	case "carried", "carrying", "carries", "passed", "passing", "ferried", "ferrying":
		if q+1 >= s.t1 || !carriedThings[x.toks[q].lower] {
			return -1, -1
		}
		q++
	default:
		return -1, -1
	}
	if q+1 >= s.t1 || x.toks[q].lower != "between" || x.sidesAt(si, q+1) < 0 {
		return -1, -1
	}
	return k, q + 1
}

// sidesMet returns the two people a sides phrase from q to end stands
// for, the mediators not (the subjects) left out: the two people named
// after it in the sentence ("met each delegation separately, and on the
// 13th X and Y sat across the table"), else the last two named before it
// in this sentence and the two before ("X and Y were both in Brussels
// …: Z shuttled between their delegations"), else, further back (six
// sentences), two who already met each other ("X and Y negotiated for a
// week … the Swiss minister phoned both delegation heads"): two people
// named earlier for another reason
// ("added X and Y to its list") are not the sides of the talks. When no
// one at all is named before, the two people of the next sentence are
// the sides. More than two named after it gives nil.
func (x *doc) sidesMet(si, q, end int, not []int) []int {
	s := &x.sents[si]
	var after []int
	for j := end; j < s.t1; j++ {
		mi := x.tokMent[j]
		if mi < 0 {
			continue
		}
		if e := x.ments[mi].ent; x.isPerson(e) && !contains2(not, e) && !x.ments[mi].weak && !contains2(after, e) {
			after = append(after, e)
		}
		j = int(x.ments[mi].t1) - 1
	}
	if len(after) == 2 {
		return after
	}
	if len(after) > 2 {
		return nil
	}
	if g := x.lastSides(si, q, 2, not); len(g) == 2 {
		return g
	}
	if g := x.lastSides(si, q, 6, not); len(g) == 2 && x.metEachOther(g[0], g[1]) {
		return g
	}
	if x.lastPeople(si, q, 2, -1, true, len(not)+1) == nil && si+1 < len(x.sents) {
		// nobody named before: the sides are named next ("the two sat in
		// separate rooms while Z shuttled between them. At midnight X and
		// Y signed …")
		n := &x.sents[si+1]
		var next []int
		for j := n.t0; j < n.t1; j++ {
			if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].t0 == j && x.isPerson(x.ments[mi].ent) && !x.ments[mi].weak && !contains2(not, x.ments[mi].ent) && !contains2(next, x.ments[mi].ent) {
				next = append(next, x.ments[mi].ent)
			}
		}
		if len(next) == 2 {
			return next
		}
	}
	return nil
}

// lastSides returns the last two people named before token q of sentence
// si and in the back sentences before it, the mediators not left out, or
// nil.
func (x *doc) lastSides(si, q, back int, not []int) []int {
	for n := 2; n <= 2+len(not); n++ {
		g := x.lastPeople(si, q, back, -1, true, n)
		if g == nil {
			return nil
		}
		g = slices.DeleteFunc(g, func(e int) bool { return contains2(not, e) })
		if len(g) == 2 {
			return g
		}
	}
	return nil
}

// metEachOther reports a meeting of p and q found earlier in the text.
func (x *doc) metEachOther(p, q int) bool {
	for i, e := range x.relEnds {
		if (e[0] == p && e[1] == q || e[0] == q && e[1] == p) && x.rels[i].Type == RelMet {
			return true
		}
	}
	return false
}

// mediatorSubject returns the person who met the sides at the verb v: the
// frame's subject a when it is a person, else a person in apposition to a
// title ("Norway's foreign minister, X, met each delegation") or the
// person a relative "who" opens on ("X, who phoned each delegation
// head, …"); -1 when none is a person.
func (x *doc) mediatorSubject(si, v, a int) int {
	if x.isPerson(a) {
		return a
	}
	if p, _ := x.personSubject(si, v); x.isPerson(p) {
		return p
	}
	if p := x.appositiveSubject(si, v); p >= 0 {
		return p
	}
	s := &x.sents[si]
	if v-3 >= s.t0 && x.toks[v-1].lower == "who" && x.toks[v-2].text == "," {
		if mi := x.mentionEndAt(v - 3); mi >= 0 && x.isPerson(x.ments[mi].ent) && !x.ments[mi].weak {
			return x.ments[mi].ent
		}
	}
	return -1
}

// coMediator returns a person joined by "and" to the mediator a before the
// verb v across a's title ("Qatari Deputy Foreign Minister X and EU
// Special Representative for the Horn Y chaired the plenary and then met
// each delegation alone": X mediated too), or -1.
// Only title words, bodies and "of"/"for" are stepped over, ten at most.
func (x *doc) coMediator(si, a, v int) int {
	s := &x.sents[si]
	m := -1
	for j := s.t0; j < v; j++ {
		if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent == a {
			m = int(mi)
		}
	}
	if m < 0 {
		return -1
	}
	j := int(x.ments[m].t0) - 1
	for n := 0; j > s.t0 && n < 10; n++ {
		t := &x.toks[j]
		if mi := x.tokMent[j]; mi >= 0 && !x.isPerson(x.ments[mi].ent) || x.tokRole[j] >= 0 && mi < 0 || t.cap && mi < 0 || t.lower == "of" || t.lower == "for" {
			j--
			continue
		}
		break
	}
	if j-1 < s.t0 || x.toks[j].lower != "and" {
		return -1
	}
	if mi := x.mentionEndAt(j - 1); mi >= 0 && x.isPerson(x.ments[mi].ent) && x.ments[mi].ent != a {
		return x.ments[mi].ent
	}
	return -1
}
