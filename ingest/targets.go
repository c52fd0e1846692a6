package ingest

// Sanction targets and imposers named the long way round: a description
// before the names ("two companies accused of …, X and Y"), "along with",
// a list the body keeps, a clause opened by the imposer.

// describedTargets finds the actors named after a description that
// starts at k: "three trawler firms said to land fish for the junta, X
// and Y", "two Norwegian skippers - Captain A and Captain
// B -", "the harbour master of Valdoria, Petr Almasko, and of …". The description is lower-case words, numbers,
// demonyms, places and role words up to a comma or a dash; the names
// after it must not start a new clause ("…, Petrov said").
func (x *doc) describedTargets(si, k int, out []int) []int {
	out, _ = x.describedGroup(si, k, out)
	return out
}

// describedGroup is describedTargets that also returns the comma or dash
// closing the description when it adds a name (else -1). A description
// that runs out of words before such a mark names no one ("traders who
// had shipped fuel … according to X": X is a source).
func (x *doc) describedGroup(si, k int, out []int) ([]int, int) {
	s := &x.sents[si]
	j := k
	words := 0
	closed := false
	for ; j < s.t1 && j < k+16; j++ {
		t := &x.toks[j]
		if x.placeCompound(j, s.t1) {
			j++ // "two Lagos-registered traders"
			continue
		}
		if t.text == "," || t.text == "-" || t.text == "\u2013" || t.text == "\u2014" || t.text == ":" {
			closed = true
			break
		}
		if t.kind == tkPunct && t.text != "'" || t.text == "." {
			return out, -1
		}
		if mi := x.tokMent[j]; mi >= 0 {
			m := &x.ments[mi]
			// a demonym or a place inside the description, or an actor
			// after a preposition ("said to land fish for the junta"); a
			// named actor first is a target of its own
			if m.typ != TypePlace && !(m.ent >= 0 && x.ents[m.ent].kind == "state") && words < 2 {
				return out, -1
			}
			j = m.t1 - 1
			words++
			continue
		}
		if t.cap && x.tokRole[j] < 0 && words > 0 && !x.isCommon(t.lower) {
			return out, -1
		}
		words++
	}
	if !closed || words < 2 || j+1 >= s.t1 {
		return out, -1
	}
	q := j + 1
	for q < s.t1 && x.tokRole[q] >= 0 && x.tokMent[q] < 0 {
		q = x.roles[x.tokRole[q]].t1 // "Senator", "Lt. Col."
		if q < s.t1 && x.toks[q].text == "." {
			q++
		}
	}
	mi := x.mentionStartAt(q)
	if mi < 0 || x.ments[mi].weak || !x.isActor(x.ments[mi].ent) {
		return out, -1
	}
	if t1 := x.ments[mi].t1; t1 < s.t1 && x.lx.speech[x.toks[t1].lower] || x.trailingSpeaker(si, &x.ments[mi]) {
		return out, -1 // "…, Petrov said", "…, Lena Varga, the agency's head, told reporters"
	}
	if !contains2(out, x.ments[mi].ent) {
		out = append(out, x.ments[mi].ent)
	}
	return x.namedListAfter(si, x.ments[mi].t1, out), j
}

// alongWith adds the targets named after "along with", "together with"
// or "as well as" later in the sentence from k: "designated X, a
// tuna broker …, as well as three reefer operators, A, B and C".
func (x *doc) alongWith(si, k int, out []int) []int {
	s := &x.sents[si]
	for j := k; j+2 < s.t1 && j < k+40; j++ {
		l := x.toks[j].lower
		if l == ";" || x.toks[j].text == "." && (j == s.t0 || x.tokRole[j-1] < 0) {
			break
		}
		if !((l == "along" || l == "together") && x.toks[j+1].lower == "with" || l == "as" && x.toks[j+1].lower == "well" && j+3 < s.t1 && x.toks[j+2].lower == "as") {
			continue
		}
		q := j + 2
		if l == "as" {
			q = j + 3
		}
		if d := x.afterDescriptor(si, q); d > q {
			q = d // "together with his brother X"
		} else if q < s.t1 && x.toks[q].lower == "the" {
			q++
		}
		if mi := x.mentionStartAt(q); mi >= 0 {
			if e := x.ments[mi].ent; x.isActor(e) && !x.ments[mi].weak && !contains2(out, e) {
				out = append(out, e)
				out = x.namedListAfter(si, x.ments[mi].t1, out)
			}
			break
		}
		out = x.describedTargets(si, q, out)
		break
	}
	return out
}

// terrorListing reports a listing after "designated X" (under the U.S.
// categories Specially Designated Global Terrorist or Foreign Terrorist
// Organization, or "as a terrorist group"), unlike "designated X as its
// candidate".
func terrorListing(toks []token, k, end int) bool {
	for j := k; j < end && j < k+5; j++ {
		switch toks[j].lower {
		case "terrorist", "terrorists", "terror", "specially", "sanctioned", "sanctions":
			return true
		}
	}
	return false
}

// clauseOpener returns the actor that opens the clause ending at k, for a
// participle after it: "By Friday it had gone further, listing X" (the
// pronoun's referent), "Oslo answered a week on, announcing
// sanctions against …". Only the first actor or pronoun in the sentence's
// first eight tokens counts, and not one after a preposition.
func (x *doc) clauseOpener(si, k int) int {
	s := &x.sents[si]
	for q := s.t0; q < k && q < s.t0+8; q++ {
		t := &x.toks[q]
		if q > s.t0 {
			switch x.toks[q-1].lower {
			case "in", "on", "at", "of", "from", "with", "to", "by", "for", "against":
				if x.tokMent[q] >= 0 {
					q = x.ments[x.tokMent[q]].t1 - 1
				}
				continue
			}
		}
		if t.lower == "it" || t.lower == "they" {
			e, _ := x.refAt(si, q)
			return e
		}
		if mi := x.tokMent[q]; mi >= 0 {
			m := &x.ments[mi]
			if m.typ == TypePlace || m.weak || !x.isActor(m.ent) {
				return -1
			}
			if m.t1 < s.t1 && (x.toks[m.t1].kind == tkPoss || x.toks[m.t1].lower == "of") {
				return -1 // "China's ministry …": the possessor is not the subject
			}
			if mj := x.mentionStartAt(m.t1); m.kind == "state" && mj >= 0 && x.isActor(x.ments[mj].ent) && x.ents[x.ments[mj].ent].typ == TypeInstitution {
				return x.ments[mj].ent // "the Canadian Fisheries Department": the department
			}
			return m.ent
		}
	}
	return -1
}

// destinationState returns the state after "to" in "exports of rare
// metals and graphite to the United States" (from k, within ten tokens).
func (x *doc) destinationState(si, k int) int {
	s := &x.sents[si]
	for j := k; j+1 < s.t1 && j < k+10; j++ {
		if x.toks[j].text == ";" || x.toks[j].text == "." {
			return -1
		}
		if x.toks[j].lower != "to" {
			continue
		}
		q := j + 1
		if x.toks[q].lower == "the" && q+1 < s.t1 {
			q++
		}
		if mi := x.mentionStartAt(q); mi >= 0 {
			if e := x.ments[mi].ent; e >= 0 && x.ents[e].kind == "state" {
				return e
			}
		}
		return -1
	}
	return -1
}

// namesSanctionList reports "its unreliable entity list", "the SDN list",
// "its terrorism list", "a sanctions blacklist", a "designated nationals"
// roll from k, within six words, before "list" and before any punctuation
// but quotation marks.
func (x *doc) namesSanctionList(si, k int) bool {
	s := &x.sents[si]
	for q := k; q < s.t1 && q <= k+5; q++ {
		ql := x.toks[q].lower
		next := ""
		if q+1 < s.t1 {
			next = x.toks[q+1].lower
		}
		if sanctionLists[ql] && (ql != "entity" && ql != "denied" || next == "list" || next == "persons") || ql == "designated" && next == "nationals" {
			return true
		}
		if terrorLists[ql] && (next == "list" || next == "lists") {
			return true // "its national terrorism list": a state's listing freezes assets too
		}
		if ql == "list" || x.toks[q].kind == tkPunct && !listQuotes[x.toks[q].text] {
			return false // a quoted name goes on: a "restricted entity list"
		}
	}
	return false
}

// terrorLists qualify a state's terrorism list, which freezes the assets of
// those it names as a sanctions list does: "added X to its terrorism
// list", "to their terrorist lists".
var terrorLists = set("terrorism", "terrorist", "terror")

// listQuotes are the quotation marks that may stand around a list's name.
var listQuotes = set("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019")

// afterDescriptor skips a short description standing before a named
// target in a list: "his wife X", "the businessman Y", "its owner, Z",
// "its parent, W". It returns the name's first token, or q when there is
// no such description followed by a name.
func (x *doc) afterDescriptor(si, q int) int {
	s := &x.sents[si]
	if q >= s.t1 {
		return q
	}
	switch x.toks[q].lower {
	case "his", "her", "its", "their", "the":
	default:
		if x.toks[q].kind != tkPoss {
			return q // "the RSF's procurement chief, Y" reads as "its"
		}
	}
	r := x.runAfter(si, q, func(t *token, r int) bool {
		return t.kind == tkWord && !t.cap && x.tokMent[r] < 0 && !stopCaps[t.lower]
	})
	if r == q+1 || r >= s.t1 {
		return q
	}
	if x.toks[r].text == "," && x.toks[q].lower != "the" {
		r++ // "its owner, Z"
		if r < s.t1 && x.tokRole[r] >= 0 && x.tokMent[r] < 0 {
			r = x.roles[x.tokRole[r]].t1 // "its procurement chief, Brigadier Z"
		}
	}
	if mi := x.mentionStartAt(r); mi >= 0 && !x.ments[mi].weak {
		if t1 := x.ments[mi].t1; t1 < s.t1 && (x.lx.speech[x.toks[t1].lower] || x.lx.speechWk[x.toks[t1].lower]) {
			return q // "and the ministry spokesman X said": a new clause
		}
		return r
	}
	return q
}

// skipAside returns the token after a comma-closed relative clause
// starting at q ("whom it described as …, ") or after a lower-case
// description ended by a comma or "and" ("the battalion itself and"),
// or q.
func (x *doc) skipAside(si, q int) int {
	s := &x.sents[si]
	if q >= s.t1 {
		return q
	}
	switch x.toks[q].lower {
	case "who", "whom", "which", "whose":
		for r := q + 1; r < s.t1 && r < q+30; r++ {
			if x.toks[r].text == "," {
				return r
			}
			if x.toks[r].text == ";" || x.toks[r].text == "." && x.tokRole[r-1] < 0 {
				return q
			}
		}
		return q
	case "the":
		r := q + 1
		for r < s.t1 && r <= q+4 && x.toks[r].kind == tkWord && !x.toks[r].cap && x.tokMent[r] < 0 && x.toks[r].lower != "and" {
			r++
		}
		if r > q+1 && r < s.t1 && (x.toks[r].lower == "and" || x.toks[r].text == ",") {
			return r
		}
	}
	return q
}

// runAfter returns the token after the run of at most three tokens from
// q+1 that ok accepts (q+1 when there is none): the words of a short
// description ("his wife", "the businessman") or of a time phrase ("in
// March", "on 12 April").
func (x *doc) runAfter(si, q int, ok func(t *token, r int) bool) int {
	s := &x.sents[si]
	r := q + 1
	for r < s.t1 && r <= q+3 && ok(&x.toks[r], r) {
		r++
	}
	return r
}

// companyNouns name a firm by what it is: "the company", "the operator".
var companyNouns = set("company", "firm", "operator", "trader", "shipper", "carrier", "exporter", "importer",
	"producer", "manufacturer", "broadcaster", "channel", "lender", "conglomerate", "contractor")

// companyAnaphor returns the company that "the company" (or "the firm",
// "the operator", "the Serbian contractor": a demonym says where the firm
// is from, not which) at k stands for: the only company named in this
// sentence before k and the two sentences before it. -1 when k holds no
// such noun phrase, a name follows the noun ("the company X" is named),
// or two companies could be meant (a customer or a victim named beside
// the target).
func (x *doc) companyAnaphor(si, k int) int {
	if x.companyNounAt(si, k) < 0 {
		return -1
	}
	e, _ := x.onlyCompanyBefore(si, k)
	return e
}

// onlyCompanyBefore returns the only company named in sentence si before
// token k and the two sentences before it, or -1 with two set when two
// are named there (-1 and false: none is).
func (x *doc) onlyCompanyBefore(si, k int) (found int, two bool) {
	from := x.sents[max(si-2, 0)].t0
	found = -1
	for q := k - 1; q >= from; q-- {
		mi := x.tokMent[q]
		if mi < 0 {
			continue
		}
		e := x.ments[mi].ent
		q = x.ments[mi].t0
		if e < 0 || x.ents[e].kind != "company" || e == found {
			continue
		}
		if found >= 0 {
			return -1, true
		}
		found = e
	}
	return found, false
}

// companyNounAt returns the noun of an unnamed firm at k, "the company"
// or "the Serbian contractor" (a one-word demonym may stand between, as
// pastDemonym reads it), or -1: k must hold "the", the noun must be a
// company noun that is no part of a name, and neither a name nor a
// possessive may follow it ("the company X" is named, "the firm's
// owner" is someone else).
func (x *doc) companyNounAt(si, k int) int {
	s := &x.sents[si]
	if k+1 >= s.t1 || x.toks[k].lower != "the" {
		return -1
	}
	n := x.pastDemonym(k + 1)
	if n >= s.t1 || !companyNouns[x.toks[n].lower] || x.tokMent[n] >= 0 || n+1 < s.t1 && (x.toks[n+1].cap || x.toks[n+1].kind == tkPoss) {
		return -1
	}
	return n
}

// alsoListedVerbs say that one more target joined the sanctions action
// just reported: "X was also named", "Y, too, was added to a blacklist"
// ("sanctioned", "designated" and "blacklisted" are passiveListing's).
var alsoListedVerbs = set("named", "targeted", "added")

// alsoListed reads "X, <aside>, was also named / targeted / added to a
// blacklist" right after a sanctions statement: X, named in this
// sentence as the subject, is one more target of that statement's imposer
// (recentImposer). "also" ties the clause to the statement; "named" and the like must end the clause ("was also named
// chairman", "was also named as a witness" say something else), and
// "added" must go to a list.
func (x *doc) alsoListed(si int) {
	imposer := x.recentImposer(si)
	if imposer < 0 {
		return
	}
	s := &x.sents[si]
	for k := s.t0 + 2; k+1 < s.t1; k++ {
		if x.toks[k].lower != "also" || x.toks[k-1].lower != "was" && x.toks[k-1].lower != "were" {
			continue
		}
		if !alsoListedVerbs[x.toks[k+1].lower] || !x.listingEnds(si, k+1) {
			return
		}
		e, _ := x.subjectOf(si, k-1)
		if mi := x.mentionBefore(si, e, k-1); mi < 0 || x.ments[mi].weak {
			e = x.openingAppositive(si, k-1) // not a pronoun for an earlier target
		}
		if x.isActor(e) && e != imposer {
			x.addRel(RelSanctioned, imposer, e, si, 0.7, "")
		}
		return
	}
}

// listingEnds reports that the listing participle at v ends its clause
// ("was also named.", "was also targeted, officials said", "under the same
// order") or, for "added", goes to a list ("added to Oslo's fishing blacklist").
func (x *doc) listingEnds(si, v int) bool {
	s := &x.sents[si]
	q := v + 1
	if q >= s.t1 {
		return true
	}
	if x.toks[v].lower == "added" {
		if x.toks[q].lower != "to" {
			return false
		}
		for r := q + 1; r < s.t1 && r <= q+6; r++ {
			if l := x.toks[r].lower; l == "list" || l == "blacklist" {
				return true
			}
		}
		return false
	}
	switch x.toks[q].text {
	case ".", ",", ";", "under":
		return true
	}
	return false
}

// openingAppositive returns the actor (of any kind, unlike
// appositiveSubject's person) named between commas after a nameless
// subject that opens the sentence, right before the auxiliary at aux:
// "The fleet's chief insurer, X, was also targeted"; else -1.
func (x *doc) openingAppositive(si, aux int) int {
	s := &x.sents[si]
	if aux-1 <= s.t0 || x.toks[aux-1].text != "," {
		return -1
	}
	for c := s.t0 + 1; c < aux-1 && c <= s.t0+6; c++ {
		if mi := x.tokMent[c-1]; mi >= 0 && x.isActor(x.ments[mi].ent) {
			return -1 // the subject is named before the comma
		}
		if x.toks[c].text != "," {
			continue
		}
		if mi := x.mentionStartAt(c + 1); mi >= 0 && !x.ments[mi].weak && int(x.ments[mi].t1) == aux-1 {
			return x.ments[mi].ent
		}
		return -1
	}
	return -1
}

// closeVerbs close a border, an airspace or ports to another state.
var closeVerbs = set("closed", "closing", "closes", "close", "shut", "shutting", "shuts")

// closeVerbGate spares the sanctions loop most closeVerbs lookups.
var closeVerbGate = gateOf(closeVerbs)

// closedPassages are what a closure shuts to a sanctioned state.
var closedPassages = set("border", "borders", "airspace", "ports")

// closedTo returns the actor a closure at k shuts out: "shut its ports to
// Danish trawlers", "closing the northern rail and road borders with
// Moldova" (a demonym counts only before carriers or goods). At most five
// lower-case words may stand between the verb and its border, airspace or
// ports word; -1 for anything else ("closed the hearing", "shut its
// consulate", "closed the four small hill customs posts with Chile").
func (x *doc) closedTo(si, k int) int {
	s := &x.sents[si]
	q := k + 1
	for q < s.t1 && q <= k+5 && !closedPassages[x.toks[q].lower] {
		if t := &x.toks[q]; t.cap || x.tokMent[q] >= 0 || t.kind == tkPunct && t.text != "'" {
			return -1 // a name or a clause break first: "shut Tallinn's ports", "closed the depot, and its border"
		}
		q++
	}
	if q >= s.t1 || !closedPassages[x.toks[q].lower] {
		return -1 // "closed the four small hill customs posts with Chile"
	}
	r := q + 1
	if r+1 >= s.t1 || x.toks[r].lower != "with" && x.toks[r].lower != "to" {
		return -1
	}
	mi := x.mentionStartAt(r + 1)
	if mi < 0 || !x.isActor(x.ments[mi].ent) {
		return -1
	}
	if m := &x.ments[mi]; m.weak {
		if x.ents[m.ent].kind != "state" || m.t1 >= s.t1 || !bannedGoods[x.toks[m.t1].lower] {
			return -1 // "to Danish trawlers", not "to Danish anglers' trips"
		}
	}
	return x.ments[mi].ent
}

// freezeForms are the forms of "freeze" and "bar" the sanction verbs of
// the lexicon lack.
var freezeForms = set("frozen", "freezing", "barred", "barring", "banning")

// sanctionNear reports that sanctions are spoken of in sentence si, as a
// noun in it or the one before (sanctionContext) or as a verb in it
// ("shut its ports to Danish trawlers and froze their quotas"). A closure
// on its own may be for health or security, no sanction.
func (x *doc) sanctionNear(si int) bool {
	s := &x.sents[si]
	if x.sanctionContext(si, s.t1) {
		return true
	}
	for q := s.t0; q < s.t1; q++ {
		if l := x.toks[q].lower; x.lx.sanction[l] || freezeForms[l] {
			return true
		}
	}
	return false
}

// pastDemonym returns the token after a one-word demonym at p ("Serbian"
// in "the Serbian contractor"), or p when p holds none.
func (x *doc) pastDemonym(p int) int {
	mi := x.tokMent[p]
	if mi < 0 {
		return p
	}
	m := &x.ments[mi]
	if m.t0 != p || m.t1 != p+1 || !m.weak || m.ent < 0 || x.ents[m.ent].kind != "state" {
		return p
	}
	return p + 1
}

// sanctionedCompany returns the company "the company" (or "the
// conglomerate", …) at k stands for as the target of a sanctions
// statement: companyAnaphor's, or, when no company is named in its
// window at all, the one company that a SANCTIONED relation of the four
// sentences before si targets: a story opens with a freeze on X, "a
// mining conglomerate", names its directors and the rules of a second
// state, then tells that a third state "blacklisted the conglomerate last
// year". Two such companies give -1, and so do another company named in
// those four sentences and a person the recogniser typed a firm.
func (x *doc) sanctionedCompany(si, k int) int {
	if x.companyNounAt(si, k) < 0 {
		return -1
	}
	e, two := x.onlyCompanyBefore(si, k) // companyAnaphor's reading
	if e >= 0 {
		if x.isPerson(e) {
			return -1 // a person, whatever kind the name was given
		}
		return e
	}
	if two {
		return -1 // two companies named: in doubt
	}
	found := -1
	for i := len(x.rels) - 1; i >= 0; i-- {
		r := &x.rels[i]
		if r.Sentence >= si {
			continue
		}
		if r.Sentence < si-4 {
			break
		}
		if r.Type != RelSanctioned {
			continue
		}
		e := x.relEnds[i][1]
		if e < 0 || x.ents[e].kind != "company" || x.isPerson(e) || e == found {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	if found >= 0 {
		// "X was blacklisted. Y Inc. posted record profits. … Britain
		// froze the assets of the company": a firm named after the
		// measure (or beside it) may be the one meant
		for q := x.sents[max(si-4, 0)].t0; q < x.sents[max(si-2, 0)].t0; q++ {
			if mi := x.tokMent[q]; mi >= 0 && x.ments[mi].ent >= 0 && x.ments[mi].ent != found && x.ents[x.ments[mi].ent].kind == "company" {
				return -1
			}
		}
	}
	return found
}
