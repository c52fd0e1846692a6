package ingest

import "strings"

// Sanctions whose imposer or targets the sentence leaves to context
// (round 11): a pronoun or role-noun subject ("in May it penalized X",
// "the bloc also imposed …", "the committee added Y") stands for the
// nearest body before it that imposed sanctions or could have, and a
// listing verb followed by a colon names its targets after the colon or
// in the bullet lines below ("Norway has listed, in particular:").

// imposerNouns name a sanctioning body by what it is.
var imposerNouns = set("department", "ministry", "office", "agency", "treasury", "bloc", "union", "council",
	"committee", "commission", "government", "administration", "body")

// anaphorSubject returns the body that the pronoun or role-noun subject of
// the sanctions verb at k stands for ("it penalized", "the bloc also
// imposed", "they have frozen"), or -1.
func (x *doc) anaphorSubject(si, k int) int {
	s := &x.sents[si]
	q := x.beforeTimeAux(si, k)
	if q < s.t0 || x.tokMent[q] >= 0 {
		return -1
	}
	l := x.toks[q].lower
	pronoun := l == "it" || l == "they"
	if !pronoun && !(imposerNouns[l] && x.definiteNoun(si, q)) {
		return -1
	}
	if pronoun {
		if q-1 > s.t0 && sanctionNouns[x.toks[q-1].lower] {
			// "the fishing ban and penalties it put on Karvia": the
			// nearest such body before the noun
			if e := x.fittingBodyBefore(si, si, q-1, l); e >= 0 {
				return e
			}
			// "The regional body kept in place the travel ban and
			// asset freeze it imposed on X": the role noun that opens
			// the sentence, when it is the subject of a verb right after
			if r := x.openingRoleNoun(si); r >= 0 {
				return x.roleNounBody(si, r)
			}
			return -1
		}
		// "Norway stated that week it had also frozen …": the body
		// opening the sentence (when no semicolon opened another
		// clause), else the one that last imposed sanctions
		semi := false
		for j := s.t0; j < q && !semi; j++ {
			semi = x.toks[j].text == ";"
		}
		if e := x.clauseOpener(si, q); e >= 0 && !semi && x.imposerFits(e, l) {
			return e
		}
	}
	if pronoun {
		if im := x.recentImposer(si); im >= 0 && x.imposerFits(im, l) {
			return im
		}
		return -1
	}
	return x.roleNounBody(si, q)
}

// openingRoleNoun returns the role noun of a definite subject that opens
// sentence si ("The regional body kept …", "The bloc also extended …"),
// a word of imposerNouns after "the" and at most one lower-case modifier,
// followed by a lower-case word that is no preposition (its verb); else
// -1. "The body of the trader was found" and "The council's envoy"
// open with no such subject.
func (x *doc) openingRoleNoun(si int) int {
	s := &x.sents[si]
	if x.toks[s.t0].lower != "the" {
		return -1
	}
	for q := s.t0 + 1; q < s.t1-1 && q <= s.t0+2; q++ {
		if !imposerNouns[x.toks[q].lower] || x.tokMent[q] >= 0 || !x.definiteNoun(si, q) {
			continue
		}
		n := &x.toks[q+1]
		if n.kind != tkWord || n.cap || prepositions[n.lower] || n.lower == "and" || n.lower == "or" {
			return -1
		}
		return q
	}
	return -1
}

// roleNounBody returns the body that the definite role noun at q ("the
// bloc", "the regional body", "the ministry") stands for: the body that
// last imposed sanctions when it fits the noun, else the nearest fitting
// body named before, in this sentence or the three before it, else for
// "the ministry" the one state named there; -1 when there is none.
func (x *doc) roleNounBody(si, q int) int {
	l := x.toks[q].lower
	if im := x.recentImposer(si); im >= 0 && x.imposerFits(im, l) {
		return im
	}
	// "the department", "the bloc": the nearest such body named before,
	// in this sentence or the three before it
	if e := x.fittingBodyBefore(si, si-3, q, l); e >= 0 {
		return e
	}
	switch l {
	case "bloc", "body", "union":
		// "The regional body kept …" after a summit paragraph and a
		// quotation: a wider look back, three more sentences, when one
		// body alone fits there
		return x.soleFittingBefore(si, si-6, q, l)
	case "ministry":
		// "The ministry last week banned X" with no ministry or
		// government named: an unnamed ministry acts for its state
		// (guidelines: an unnamed part of a state acts for it), when one
		// state alone is named in this sentence and the three before it
		return x.soleStateBefore(si, si-3, q)
	}
	return -1
}

// soleStateBefore returns the one state named (not by a demonym) before
// token k of sentence si, back to sentence from, or -1 when there is
// none or more than one: "the ministry" of an article about two states
// stays unread.
func (x *doc) soleStateBefore(si, from, k int) int {
	return x.soleBefore(si, from, k, func(m *mention) bool {
		e := m.ent
		return m.gzRole != gzDemonym && x.ents[e].kind == "state" && x.ents[e].typ == TypeInstitution
	})
}

// soleFittingBefore returns the one body that the word w can stand for
// named before token k of sentence si, back to sentence from, or -1 when
// there is none or more than one.
func (x *doc) soleFittingBefore(si, from, k int, w string) int {
	return x.soleBefore(si, from, k, func(m *mention) bool { return x.imposerFits(m.ent, w) })
}

// soleBefore is the look-back both of them share: the one entity whose
// strong mention passes fits before token k of sentence si, back to
// sentence from, or -1 when none or two different ones do. A role noun
// binds only when its antecedent is unambiguous.
func (x *doc) soleBefore(si, from, k int, fits func(m *mention) bool) int {
	one := -1
	for sj := si; sj >= 0 && sj >= from; sj-- {
		hi := x.sents[sj].t1
		if sj == si {
			hi = k
		}
		for j := x.sents[sj].t0; j < hi; j++ {
			mi := x.tokMent[j]
			if mi < 0 {
				continue
			}
			m := &x.ments[mi]
			if m.ent < 0 || m.weak || !fits(m) {
				continue
			}
			if one >= 0 && one != m.ent {
				return -1
			}
			one = m.ent
		}
	}
	return one
}

// beforeTimeAux is beforeAux that also steps back over a time phrase
// between a role-noun subject and its verb, as subjectOf does for named
// subjects: "the ministry last week banned", "the bloc on Monday froze",
// "the council in March extended".
func (x *doc) beforeTimeAux(si, k int) int {
	q, t0 := k-1, x.sents[si].t0
	for q > t0 && x.tokMent[q] < 0 && x.tokRole[q] < 0 {
		l := x.toks[q].lower
		switch {
		case auxVerbs[l] || auxAdverbs[l] || x.adverbial(q):
			q--
		case monthWords[l] && x.toks[q-1].lower == "in":
			q -= 2
		default:
			return q
		}
	}
	return q
}

// committeeOwner reads a committee that is the subject of the sanctions
// verb at k: "the UN Security Council's Karvia committee last
// month listed X", "the council's panel on Karvia put Y on its
// list" (the council named last). A committee acts for the body that
// owns it: ok reports such a subject, owner is that body when it can
// impose sanctions, else -1 ("the party's disciplinary committee" imposes
// nothing, and neither does the party).
func (x *doc) committeeOwner(si, k int) (owner int, ok bool) {
	s := &x.sents[si]
	c := -1
	for q := k - 1; q >= s.t0 && q >= k-10; q-- {
		t := &x.toks[q]
		if t.lower == "committee" && x.tokMent[q] < 0 {
			c = q
			break
		}
		if t.kind == tkPunct && t.text != "-" || x.lx.speech[t.lower] || x.lx.impose[t.lower] {
			return -1, false
		}
	}
	if c < 0 {
		return -1, false
	}
	if r := c + 1; r < k {
		// only a remit, a time or an auxiliary between: "on Somalia",
		// "on Wednesday", "has also"
		if l := x.toks[r].lower; l != "on" && l != "for" && l != "in" && l != "last" && !auxVerbs[l] && !auxAdverbs[l] {
			return -1, false
		}
	}
	p := c - 1
	for n := 0; n < 2 && p > s.t0 && x.toks[p].kind == tkWord && !x.toks[p].cap && x.tokMent[p] < 0; n++ {
		p-- // "the council's sanctions committee", "its disciplinary committee"
	}
	if p <= s.t0 || x.toks[p].kind != tkPoss {
		return -1, false
	}
	if mi := x.mentionEndAt(p - 1); mi >= 0 {
		if e := x.ments[mi].ent; !x.ments[mi].weak && x.imposerFits(e, "committee") {
			return e, true
		}
		return -1, true
	}
	if w := x.toks[p-1].lower; imposerNouns[w] && p-2 >= s.t0 && x.toks[p-2].lower == "the" {
		// "the council's": the nearest such body named before
		return x.fittingBodyBefore(si, si-3, p-2, w), true
	}
	return -1, false
}

// fittingBodyBefore returns the nearest body before token k of sentence
// si, back to sentence from, that the word w can stand for, or -1.
func (x *doc) fittingBodyBefore(si, from, k int, w string) int {
	return x.nearestBodyBefore(si, from, k, func(e int) bool { return x.imposerFits(e, w) })
}

// nearestBodyBefore returns the entity of the nearest strong mention
// before token k of sentence si, back to sentence from, that fits, or
// -1: the one backward walk the imposer readings share, each with its
// own test of what may stand there.
func (x *doc) nearestBodyBefore(si, from, k int, fits func(e int) bool) int {
	for sj := si; sj >= 0 && sj >= from; sj-- {
		hi := x.sents[sj].t1
		if sj == si {
			hi = k
		}
		for j := hi - 1; j >= x.sents[sj].t0; j-- {
			mi := x.tokMent[j]
			if mi < 0 || x.ments[mi].weak {
				continue
			}
			if e := x.ments[mi].ent; fits(e) {
				return e
			}
			j = x.ments[mi].t0
		}
	}
	return -1
}

// imposerFits reports whether body e can be what the word w (a pronoun or
// a role noun) stands for as the imposer of sanctions: a state or
// government for "it", "they", "the government"; a union or bloc for "the
// bloc", "the council", "the committee"; a ministry or agency for "the
// department", "the office", "the agency", "the Treasury". Companies,
// parties and courts never fit.
func (x *doc) imposerFits(e int, w string) bool {
	if !x.isActor(e) || x.ents[e].typ != TypeInstitution {
		return false
	}
	pronoun := w == "it" || w == "they"
	switch x.ents[e].kind {
	case "state":
		return pronoun || w == "government" || w == "administration"
	case "international":
		switch w {
		case "bloc", "union", "council", "committee", "commission", "body":
			return true
		}
		return pronoun
	case "ministry", "agency":
		switch w {
		case "department", "ministry", "office", "agency", "treasury":
			return true
		case "council", "committee", "commission":
			return strings.Contains(strings.ToLower(x.ents[e].name), w)
		}
		return pronoun
	}
	return false
}

// listVerbs name targets in a list that may follow a colon.
var listVerbs = set("designated", "sanctioned", "blacklisted", "targeted", "listed", "penalized", "penalised", "named", "added")

// listVerbGate spares colonList, asked of every word, most lookups.
var listVerbGate = gateOf(listVerbs)

// colonList returns the colon after a listing verb at k with nothing but
// an aside before it ("has designated, among others:", "sanctioned the
// following individuals and entities:"), or -1.
func (x *doc) colonList(si, k int) int {
	s := &x.sents[si]
	if l := x.toks[k].lower; !listVerbGate.may(l) || !listVerbs[l] {
		return -1
	}
	for q := k + 1; q < s.t1 && q <= k+8; q++ {
		t := &x.toks[q]
		if t.text == ":" {
			return q
		}
		switch {
		case t.text == ",", t.kind == tkNum, numberWords[t.lower], groupNouns[t.lower]:
		case t.lower == "among", t.lower == "others", t.lower == "the", t.lower == "following", t.lower == "and",
			t.lower == "on", t.lower == "today", t.lower == "including", t.lower == "new", t.lower == "as" && q+1 < s.t1 && x.toks[q+1].text == ":":
			// "The ministry listed the trawlers as:"
		case dayWords[t.lower]:
		default:
			return -1
		}
	}
	return -1
}

// bulletAt reports a sentence that is an item of a bullet or dash list:
// its first token is a bullet, a dash or an asterisk.
func (x *doc) bulletAt(si int) bool {
	s := &x.sents[si]
	if s.t0 >= s.t1 {
		return false
	}
	switch x.toks[s.t0].text {
	case "\u2022", "-", "\u2013", "\u2014", "*", "\u25cf", "\u25aa":
		return true
	}
	return false
}

// listItemSanction reads a bullet line below a listing that ended with a
// colon ("Norway has listed, in particular:" then "• X, the cod
// exporter;"): the item's first named actor is a target of the listing's
// imposers. The list ends at the first line that is not an item.
func (x *doc) listItemSanction(si int) {
	if x.listSent == 0 || !x.bulletAt(si) {
		return
	}
	if x.listSent != si {
		x.listSent = 0 // not the line right after the listing or an item
		return
	}
	x.listSent = si + 1
	s := &x.sents[si]
	q := s.t0 + 1
	if d := x.afterDescriptor(si, q); d > q {
		q = d // "the Valdoria Cod Canning Plant"
	}
	for ; q < s.t1 && q <= s.t0+6; q++ {
		mi := x.tokMent[q]
		if mi < 0 {
			if x.toks[q].kind == tkPunct {
				return
			}
			continue // "businessman X", "Deputy Industry Minister Y"
		}
		tg := x.ments[mi].ent
		if !x.isActor(tg) || x.ments[mi].weak {
			return
		}
		if t1 := x.ments[mi].t1; t1 < s.t1 && x.toks[t1].kind == tkPoss {
			return // "X's largest exporter"
		}
		x.sanctionPairs(si, q, x.listImposers, []int{tg}, 0.7, 0.6)
		return
	}
}

// bareListing reports "targeted X" or "listed X" at k with nothing that
// makes it another phrase ("targeted X with sanctions", "listed X on its
// blacklist", "listed X as …" are read elsewhere; "was targeted" is
// passive), a named object right after, and a sanctions statement in
// the sentences before or earlier in this one.
func (x *doc) bareListing(si, k int) bool {
	s := &x.sents[si]
	if k+1 >= s.t1 || k-1 >= s.t0 && isPassiveAux(x.toks[k-1].lower) {
		return false
	}
	q := k + 1
	if d := x.afterDescriptor(si, q); d > q {
		q = d
	}
	if mi := x.mentionStartAt(q); mi < 0 || !x.isActor(x.ments[mi].ent) {
		return false
	}
	for j := k + 1; j < s.t1 && j <= k+20; j++ {
		switch x.toks[j].lower {
		case "with", "on", "under", "as", "in", "for":
			if j <= k+12 {
				return false
			}
		case ".", ";":
			j = s.t1
		}
	}
	return x.sanctionContext(si, k) || x.recentImposer(si) >= 0
}

// responseVerbs answer a move with one of one's own: "retaliated by
// adding", "hit back by barring".
var responseVerbs = set("retaliated", "retaliates", "responded", "responds", "reacted", "reacts", "replied",
	"answered", "countered", "hit", "struck")

// responseSubject returns the subject of a response verb whose "by"
// phrase holds the sanctions verb at k: "Karvia answered within a week by
// putting five Danish skippers on its list", "Moscow hit back by
// barring X". The "by" must come right before the verb and the response
// verb at most six tokens before it, with no punctuation between; -1
// otherwise ("was hit by sanctions" is a passive, not a response).
func (x *doc) responseSubject(si, k int) int {
	s := &x.sents[si]
	if k-1 <= s.t0 || x.toks[k-1].lower != "by" || !strings.HasSuffix(x.toks[k].lower, "ing") {
		return -1
	}
	for q := k - 2; q >= s.t0 && q >= k-8; q-- {
		t := &x.toks[q]
		if t.kind == tkPunct {
			return -1
		}
		if x.tokMent[q] >= 0 || !responseVerbs[t.lower] {
			continue
		}
		if q-1 >= s.t0 && isPassiveAux(x.toks[q-1].lower) {
			return -1
		}
		e, _ := x.subjectOf(si, q)
		if !x.isActor(e) {
			return -1
		}
		return e
	}
	return -1
}

// definiteNoun reports "the" before the noun at q, right before it or
// before one lower-case modifier that names nothing: "the coastal
// league".
func (x *doc) definiteNoun(si, q int) bool {
	return x.theAcrossOne(q, x.sents[si].t0, func(p int) bool {
		return x.toks[p].kind == tkWord && !x.toks[p].cap && x.tokMent[p] < 0
	})
}

// theAcrossOne reports "the" right before token k, or before the one
// token k-1 that skip accepts, within the sentence from lo. (Shared shape
// of definiteNoun and affiliations.go's definiteBefore, whose skipped
// token is a state's demonym; that one could be written with it too.)
func (x *doc) theAcrossOne(k, lo int, skip func(int) bool) bool {
	if k-1 < lo {
		return false
	}
	if x.toks[k-1].lower == "the" {
		return true
	}
	return k-2 >= lo && skip(k-1) && x.toks[k-2].lower == "the"
}

// alsoAdded reports "also added X" at k with a named actor right after
// the verb (or after a descriptor), no "to" anywhere after it in the
// sentence ("also added X to its board" is read elsewhere or is no
// sanction) and a sanctions noun after the object that is put on someone
// ("…, imposing a travel ban and an asset freeze on him"): a listing told
// without its list. A noun with no target of its own is no such listing:
// "also added Norway and Japan as sponsors of the ban", "also added
// Norway, which chairs the sanctions committee, as a member".
func (x *doc) alsoAdded(si, k int) bool {
	s := &x.sents[si]
	if k-1 <= s.t0 || x.toks[k-1].lower != "also" || k+1 >= s.t1 {
		return false
	}
	q := k + 1
	if d := x.afterDescriptor(si, q); d > q {
		q = d
	}
	mi := x.mentionStartAt(q)
	if mi < 0 || x.ments[mi].weak || !x.isActor(x.ments[mi].ent) {
		return false
	}
	noun := false
	for j := x.ments[mi].t1; j < s.t1; j++ {
		switch l := x.toks[j].lower; {
		case l == "to":
			return false
		case sanctionNouns[l] && l != "measures" && x.nounTakesTargets(si, j):
			noun = true
		}
	}
	return noun
}
