package ingest

// Targets carried from earlier sentences. News that has just introduced a
// pair goes on with "Both": "A runs the port gang. B holds the coast
// road. Both are already under Canadian sanctions: Ottawa listed them in
// 2021"; "A and B lose their licences next week. Both firms had been put
// on the Swiss sanctions list months before". A definite count does the
// same as an object: "froze the accounts of the two brothers". The names
// are rarely repeated, so without this the second measure is lost.

// bothPeople and bothFirms are the plural nouns "Both" (or "the two")
// may take: they say whether the pair is two people or two firms.
var bothPeople = set("men", "women", "officials", "individuals", "people", "brothers", "executives", "businessmen",
	"officers", "leaders", "commanders")
var bothFirms = set("companies", "firms", "banks", "entities", "lenders", "exporters", "operators", "traders", "shippers")

// bothVerbs may follow a "Both" subject whose pair a later clause of the
// sentence takes up as "them".
var bothVerbs = set("face", "faced", "remain", "remained")

// bothPair returns the two actors a sentence-opening "Both" (or "Both
// men", "Both companies") stands for: the two nearest distinct named
// people (or, after a firm noun, firms) before it, in this sentence's
// two predecessors only (nearestOfClass). A bare "Both" takes the class
// of the nearest person or firm named: after "A and B own the mills. C
// Ltd and D Inc sell seed." it is the firms. It returns nil when the
// sentence does not open so, when "Both" is a determiner of something
// else ("Both sides", "Both countries") or when fewer than two fitting
// names are found. end is where the subject must have ended (the verb
// or its auxiliary); the words between "Both" and end may only be the
// noun and adverbs. With end < 0 the pair is the object of a later
// clause ("Both remain under a travel ban, and Norway has now listed
// them too"): the word after the subject must then be a verb of
// standing measures or an auxiliary.
func (x *doc) bothPair(si, end int) []int {
	s := &x.sents[si]
	k := s.t0
	if si == 0 || k+1 >= s.t1 || x.toks[k].lower != "both" || end >= 0 && end <= k {
		return nil
	}
	firms := false
	q := k + 1
	if l := x.toks[q].lower; bothFirms[l] {
		firms, q = true, q+1
	} else if bothPeople[l] {
		q++
	} else {
		firms = x.nearestIsFirm(si, k)
	}
	if end < 0 && (q >= s.t1 || !bothVerbs[x.toks[q].lower] && !auxAdverbs[x.toks[q].lower] && !auxVerbs[x.toks[q].lower]) {
		return nil
	}
	for ; q < end; q++ {
		if !auxAdverbs[x.toks[q].lower] && !auxVerbs[x.toks[q].lower] {
			return nil // "Both sides", "Both of them said"
		}
	}
	return x.nearestOfClass(si, k, 2, firms)
}

// nearestOfClass returns the n nearest distinct named people (or, with
// firms, companies) before token k, in sentence si and the two before
// it; nil when fewer are named there, or when one more of them is named
// earlier in the sentence that holds the farthest of the n: in "A and B
// met C in Riga. Both men were listed" (or "A and B run the militia,
// prosecutor C said") the nearest two are not the pair, and which two
// are cannot be told.
func (x *doc) nearestOfClass(si, k, n int, firms bool) []int {
	var out []int
	from := x.sents[max(si-2, 0)].t0
	for j := k - 1; j >= from; j-- {
		mi := x.tokMent[j]
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		j = m.t0
		e := m.ent
		if m.weak || !x.isActor(e) || contains2(out, e) {
			continue
		}
		if firms && x.ents[e].kind != "company" || !firms && !x.isPerson(e) {
			continue
		}
		if len(out) == n {
			return nil // one too many in the farthest one's sentence
		}
		out = append(out, e)
		if len(out) == n {
			from = x.sents[x.sentOf(j)].t0
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}

// nearestIsFirm reports whether the nearest named person or company
// before token k (in sentence si and the two before it) is a company.
func (x *doc) nearestIsFirm(si, k int) bool {
	for j := k - 1; j >= x.sents[max(si-2, 0)].t0; j-- {
		mi := x.tokMent[j]
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		j = m.t0
		if e := m.ent; !m.weak && x.isActor(e) {
			if x.isPerson(e) {
				return false
			}
			if x.ents[e].kind == "company" {
				return true
			}
		}
	}
	return false
}

// countedWords give the size of a group named by a definite count.
var countedWords = map[string]int{"two": 2, "three": 3, "both": 2}

// countedGroup returns the actors a definite counted group at k stands
// for as the object of a sanctions verb: "put a freeze on the two
// firms", "froze the assets of both companies", "sanctioned the three
// men": the n nearest people or firms named before it (nearestOfClass).
// The noun is required, and it must end the phrase ("the two firms'
// rivals", "the two companies' customers" name others).
func (x *doc) countedGroup(si, k int) []int {
	s := &x.sents[si]
	q := k
	if q < s.t1 && x.toks[q].lower == "the" {
		q++
	}
	if q+1 >= s.t1 {
		return nil
	}
	n := countedWords[x.toks[q].lower]
	if n == 0 || (x.toks[q].lower == "both") != (q == k) {
		return nil // "the two", "both"; not "two firms" (indefinite) or "the both"
	}
	l := x.toks[q+1].lower
	firms := bothFirms[l]
	if !firms && !bothPeople[l] {
		return nil
	}
	if q+2 < s.t1 && (x.toks[q+2].kind == tkPoss || x.toks[q+2].text == "'") {
		return nil
	}
	return x.nearestOfClass(si, k, n, firms)
}
