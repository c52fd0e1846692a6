package ingest

import "slices"

// Round 33: a mediator who meets each side. "X shuttled between their
// delegations", "met each delegation separately", "had private talks
// with each side", "spoke by telephone to both delegation heads",
// "received both delegations" or "carried notes between the two camps"
// name no party after the verb: the sides are two people the text names
// around it (see sidesMet for where and which), and the mediator met
// each of them, not they each other.

// sideNouns stand for one party of talks between two: "each delegation",
// "both sides", "the two camps".
var sideNouns = set("delegation", "delegations", "side", "sides", "camp", "camps", "party", "parties")

// pluralSides are the side nouns that stand for both sides at once
// after "their" or "both": "their delegations", "both camps"; "their
// party" or "their side" is one party.
var pluralSides = set("delegations", "sides", "camps", "parties")

// sidesOfWhat may follow "sides of": "both sides of the dispute" are the
// parties to it; "the two sides of the river" are places.
var sidesOfWhat = set("dispute", "conflict", "talks", "negotiations", "war", "divide", "table", "standoff", "row", "feud")

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
// "met them" may be any group. A side noun owning something ("both sides'
// pledge") or followed by "of" other than a dispute ("the two sides of
// the river") is no side, nor is a singular one after "their" or "both"
// ("their party": one party).
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
		if j+1 < s.t1 && (x.toks[j+1].kind == tkPoss || !x.toks[j+1].space && isAposText(x.toks[j+1].text)) {
			if sideHeads[word(j+2)] {
				return j + 3 // "each delegation's chief"
			}
			return -1 // "welcomed both sides' pledge" (possAt needs a capital before a bare apostrophe): the thing owned was met
		}
		if word(j+1) == "of" && !sidesOfWhat[word(j+2)] && !(word(j+2) == "the" && sidesOfWhat[word(j+3)]) {
			return -1 // "the two sides of the river": a place
		}
		return j + 1
	}
	switch l := word(q); l {
	case "each", "both":
		if l == "both" {
			if end := x.bothPeople(si, q+1); end >= 0 {
				return end // "had separate talks with both trade ministers"
			}
		}
		if l == "both" && sideNouns[word(q+1)] && !pluralSides[word(q+1)] && !sideHeads[word(q+2)] {
			return -1 // "both party leaders": "each" alone takes a singular side
		}
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
		if !pluralSides[word(q+1)] {
			return -1 // "their party": one party, not the two sides
		}
		return noun(q + 1)
	case "them":
		if q > s.t0 && x.toks[q-1].lower == "between" {
			return q + 1
		}
	}
	return -1
}

// bothPeople returns the token after a plural of people at q that
// follows "both" (round 34): a plural role ("both trade ministers") or
// one of twoNouns ("both negotiators", "both men"), not owning anything
// ("both ministers' deputies" are others), else -1. Read as the two sides, the
// mediator meets each of the two people sidesMet finds; "the two
// ministers" stays a group (theGroup), since "met the two ministers"
// names them as one party of the frame's subjects.
func (x *doc) bothPeople(si, q int) int {
	s := &x.sents[si]
	if q >= s.t1 || x.tokMent[q] >= 0 {
		return -1
	}
	end := -1
	if ri := x.tokRole[q]; ri >= 0 && x.roles[ri].plural {
		end = x.roles[ri].t1
	} else if twoNouns[x.toks[q].lower] {
		end = q + 1
	}
	if end < 0 || end < s.t1 && (x.toks[end].kind == tkPoss || !x.toks[end].space && isAposText(x.toks[end].text)) {
		return -1
	}
	return end
}

// goBetween reads "shuttled between the two sides" and "carried messages
// between the two delegations" at k: the verb and the start of the sides
// phrase, or -1, -1. Only a sides phrase is read: "shuttled between Kyiv
// and Moscow" names places, not the people met (and sidesAt refuses "the
// two sides of the river").
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
// after it in the same clause ("met each delegation separately, and on
// the 13th X and Y sat across the table"), else the last two named before
// it in this sentence and the two before ("X and Y were both in Brussels
// …: Z shuttled between their delegations"), else, further back (six
// sentences), two who already met each other ("X and Y negotiated for a
// week … the Swiss minister phoned both delegation heads"). In either
// window two people named for another reason ("added X and Y to its
// list", "a report by X and Y", "said analyst X") are not the sides unless
// they met each other (sideIntro). When fewer than two are named in this
// sentence and the two before, the two people of the next sentence are
// the sides, if they are joined by "and" as one subject ("At midnight X
// and Y signed"). More than two named after it gives nil.
func (x *doc) sidesMet(si, q, end int, not []int) []int {
	s := &x.sents[si]
	var after []int
	for j := end; j < s.t1; j++ {
		if t := &x.toks[j]; t.text == ";" || t.text == "," && j+1 < s.t1 && clauseOpeners[x.toks[j+1].lower] {
			break // "…, a day after police arrested X and Y": another clause
		}
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
	if g := x.lastSides(si, q, 2, not); len(g) == 2 && (x.metEachOther(g[0], g[1]) || x.sideIntro(si, q, 2, g[0]) && x.sideIntro(si, q, 2, g[1])) {
		if x.toks[end-1].lower == "them" && x.thingPairBetween(si, q, g) {
			return nil // "flew to Yerevan and Baku and shuttled between them": the cities
		}
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
		first := -1
		for j := n.t0; j < n.t1; j++ {
			if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].t0 == j && x.isPerson(x.ments[mi].ent) && !x.ments[mi].weak && !contains2(not, x.ments[mi].ent) && !contains2(next, x.ments[mi].ent) {
				if len(next) == 0 {
					first = int(mi)
				}
				next = append(next, x.ments[mi].ent)
			}
		}
		if len(next) == 2 && x.joinedByAnd(first, next[1]) && x.sideIntro(si+1, n.t1, 0, next[0]) {
			return next
		}
	}
	return nil
}

// thingPairBetween reports two places or bodies joined by "and" between
// the last mention of the people g and token q of sentence si (or the
// sentence before): "them" then stands for the nearer pair of things.
func (x *doc) thingPairBetween(si, q int, g []int) bool {
	found := false
	x.mentionsBefore(si, q, 1, func(sj, j, e int) bool {
		if contains2(g, e) {
			return false
		}
		if !x.isPerson(e) && j-2 >= x.sents[sj].t0 && x.toks[j-1].lower == "and" {
			if m := x.tokMent[j-2]; m >= 0 && !x.isPerson(x.ments[m].ent) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// clauseOpeners open a new clause after a comma: the people named after
// "…, a day after police arrested X and Y" are not the sides met.
var clauseOpeners = set("a", "an", "the", "where", "while", "before", "after", "when", "as", "since", "because", "which", "who", "whom", "although", "though", "days", "hours", "weeks", "one", "two")

// joinedByAnd reports that the mention mi is followed by "and" and a
// mention of e: "X and Y", one subject; a place or body after "of" or
// "from" may stand between ("X of Serbia and Y").
func (x *doc) joinedByAnd(mi, e int) bool {
	if mi < 0 {
		return false
	}
	j := int(x.ments[mi].t1)
	if j+1 < len(x.toks) && (x.toks[j].lower == "of" || x.toks[j].lower == "from") {
		// "X of Serbia and Y of Kosovo"
		if m := x.tokMent[j+1]; m >= 0 && !x.isPerson(x.ments[m].ent) {
			j = int(x.ments[m].t1)
		}
	}
	if j+1 >= len(x.toks) || x.toks[j].lower != "and" {
		return false
	}
	m := x.tokMent[j+1]
	return m >= 0 && x.ments[m].ent == e
}

// notSideWords before a person mark one named for something other than
// talks: the object of a sanction, a killing or an arrest, an author
// ("a report by X"), a quoted speaker ("said analyst X"), or a person
// put on a list ("added X").
var notSideWords = set("sanctioned", "sanctioning", "killed", "killing", "murdered", "arrested", "detained", "jailed",
	"by", "said", "says", "told", "added", "listed", "named", "analyst", "analysts", "economist", "economists",
	"journalist", "journalists", "reporter", "reporters", "lecturer", "professor", "victims", "farmers")

// ledBy before "by" names a side's head, not an author: "the army
// delegation is led by X".
var ledBy = set("led", "headed", "chaired", "represented", "accompanied")

// sideIntro reports that person e, last named before token q of sentence
// si or in the back sentences before it, was not named for another
// reason: no notSideWords word stands in the six tokens before that
// mention (mentions and "and" stepped over, so "X and Y" share X's).
func (x *doc) sideIntro(si, q, back int, e int) bool {
	for sj := si; sj >= 0 && sj >= si-back; sj-- {
		t0, hi := x.sents[sj].t0, x.sents[sj].t1
		if sj == si {
			hi = q
		}
		for j := hi - 1; j >= t0; j-- {
			mi := x.tokMent[j]
			if mi < 0 || x.ments[mi].t0 != j || x.ments[mi].ent != e {
				continue
			}
			for k, n := j-1, 0; k >= t0 && n < 6; k-- {
				if m := x.tokMent[k]; m >= 0 {
					k = int(x.ments[m].t0)
					continue
				}
				if notSideWords[x.toks[k].lower] && !(x.toks[k].lower == "by" && k > t0 && ledBy[x.toks[k-1].lower]) {
					return false // ("led by X" introduces a side's head)
				}
				n++
			}
			return true
		}
	}
	return true
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

// lastSides returns the last two people named before token q of sentence
// si and in the back sentences before it, the mediators not left out, or
// nil. (theGroup reads "the two men" through lastPeople with one person
// left out; the mediator and a co-mediator may be two, so they are
// dropped here after the count.)
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

// sameDenial reports that "denied any such contacts" at k (noun at q) in
// sentence si can only deny the meeting before it: "any such" points back
// to the nearest report, so no person may be named between from (the
// sentence start when next) and the denial ("Asked about reports that he
// had also seen Z, he denied any such contacts"), and the denial names no
// other person ("denied any such meetings with the Russian envoy, Z"; "any
// such contacts with China" still denies a meeting with Chinese envoys).
func (x *doc) sameDenial(si, from, k, q int, next bool) bool {
	n := &x.sents[si]
	if next {
		from = n.t0
	}
	if q+1 < n.t1 && (x.toks[q+1].lower == "with" || x.toks[q+1].lower == "between") {
		for j := q + 2; j < n.t1; j++ {
			if mi := x.tokMent[j]; mi >= 0 && !x.ments[mi].weak && x.isPerson(x.ments[mi].ent) {
				return false // "denied any such meetings with the Russian envoy, Z": another meeting
			}
		}
	}
	for j := from; j < k; j++ {
		if mi := x.tokMent[j]; mi >= 0 && !x.ments[mi].weak && x.isPerson(x.ments[mi].ent) {
			return false
		}
	}
	return true
}

// triedWords before a meeting noun make the meeting an attempt: "tried to
// arrange talks with each side", "pushed for talks with both delegations".
var triedWords = set("tried", "trying", "tries", "try", "attempted", "attempting", "sought", "seeking", "pushed",
	"pushing", "arrange", "arranged", "arranging", "press", "pressed", "pressing", "urged", "urging")

// triedBefore reports a triedWords word in the four tokens before the
// trigger k of a mediator meeting.
func (x *doc) triedBefore(si, k int) bool {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0 && j >= k-4; j-- {
		if triedWords[x.toks[j].lower] && x.tokMent[j] < 0 {
			return true
		}
	}
	return false
}

// pastMeetVerb reports a past-tense meeting verb (pastVerb, or an
// irregular one): a colon ends the clause of a denial or modal only before
// one ("never shared a table: Z shuttled between them"), since a plan or
// an option list before a colon is followed by the present ("The
// itinerary is not final: X meets Y").
func pastMeetVerb(l string) bool {
	switch l {
	case "met", "held", "spoke", "saw", "sat", "shook", "had", "took", "went", "flew":
		return true
	}
	return pastVerb(l)
}
