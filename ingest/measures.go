package ingest

import "strings"

// Kinds of measure that are sanctions without the word "sanctions": a
// state body that withdraws a named firm's licence or permit, and a
// state body or lender that keeps a named firm out of its tenders,
// contracts or projects (debarment). The annotators count both as
// SANCTIONED wherever they are stated as done (round 36: licences in
// dev15, dev20, dev37, dev40, dev41, dev47, dev48, dev49; debarment in
// dev37, dev39, dev46, dev47, dev48); only threatened, proposed and
// considered ones are negative, and those never use the past active
// verbs read here (dev29 holds one revoked registration as optional).
// Helped: licences in dev47, dev48 and dev49; debarment in dev47 and
// dev48 (the other debarment misses fail on a pronoun, a named example
// after a demonym group, and an unrecognised name).

// measureBan is the entry from sanctions (at each word k): it reports a
// withdrawn licence or permit (revokedPapers), which the ban reading then
// takes as "banned". A verb in a conditional, a plan, a threat or a
// denial (invertedIf, modalBefore: "would have revoked", "has not
// suspended") is no measure.
func (x *doc) measureBan(si, k int) bool {
	if !paperVerbs[x.toks[k].lower] || x.invertedIf(si, k) || x.modalBefore(si, k) {
		return false
	}
	return x.revokedPapers(si, k)
}

// paperVerbs withdraw a permission already given. Present and
// infinitive forms ("threatened to revoke", "may suspend") are left
// out, so a threat or a proposal is never read.
var paperVerbs = set("suspended", "revoked", "cancelled", "canceled", "rescinded")

// paperNouns are the permissions a firm needs to trade or operate.
var paperNouns = set("licence", "licences", "license", "licenses", "permit", "permits", "registration", "registrations")

// paperKinds may stand between the determiner and the permission:
// "the export licences", "its operating permit".
var paperKinds = set("export", "import", "operating", "fishing", "trading", "business", "mining", "landing",
	"broadcasting", "exploration", "shipping")

// revokedPapers reports an active past verb at k (a paperVerbs word, as
// measureBan has checked) that withdraws the
// licence, permit or registration of a named firm or body (not a state,
// not a person: "revoked the licence of Dr X" is a professional matter),
// when the subject may impose a ban (barImposer: a state, a ministry, an
// agency, a Board or an Authority; a role-noun subject such as "the
// customs authority" is resolved by regulatorSubject, and as the ban
// reading cannot resolve it, revokedPapers adds that link itself and
// reports false): "suspended the export licences of
// X", "revoked the export registration of X", "suspended the operating
// permit of X in its ports". A stop for an accident or an outbreak
// (hazardHalt) is left alone, as for halted imports.
func (x *doc) revokedPapers(si, k int) bool {
	s := &x.sents[si]
	if a := x.auxBefore(si, k); a >= 0 && isPassiveAux(x.toks[a].lower) {
		return false // "the licence was suspended": the passive has no named imposer here
	}
	q := k + 1
	if q < s.t1 {
		switch x.toks[q].lower {
		case "the", "its", "their", "all":
			q++
		}
	}
	for n := 0; n < 2 && q < s.t1 && paperKinds[x.toks[q].lower]; n++ {
		q++
	}
	if q+2 >= s.t1 || !paperNouns[x.toks[q].lower] {
		return false
	}
	if l := x.toks[q+1].lower; l != "of" && l != "for" {
		return false
	}
	q += 2
	if x.toks[q].lower == "the" && q+1 < s.t1 {
		q++
	}
	mi := x.mentionStartAt(q)
	if mi < 0 || x.ments[mi].weak {
		return false
	}
	if e := x.ments[mi].ent; e < 0 || !x.isActor(e) || x.ents[e].typ != TypeInstitution || x.ents[e].kind == "state" ||
		paperlessKinds[x.ents[e].kind] {
		return false
	}
	if x.hazardHalt(si, int(x.ments[mi].t1)) {
		return false
	}
	e, _ := x.subjectOf(si, k)
	if e < 0 {
		e = x.anaphorSubject(si, k) // "the government suspended …"
	}
	if e >= 0 && electoralBody(x.ents[e].name) {
		return false // "the Election Commission cancelled the registration of X": a party's or list's papers
	}
	if e < 0 {
		// "the customs authority also revoked …": a role noun the ban
		// reading cannot resolve, so the link is added here
		if im := x.regulatorSubject(si, k); im >= 0 {
			x.addRel(RelSanctioned, im, x.ments[mi].ent, si, 0.7, "")
		}
		return false
	}
	return x.barImposer(e)
}

// paperlessKinds are targets whose registration is no firm's permission
// to trade: a party deregistered, a university's or a court's standing.
// Their loss is electoral or academic administration, not a ban (round 36
// review: "cancelled the registration of the X party", "suspended the
// registration of X University").
var paperlessKinds = set("party", "university", "parliament", "court", "election")

// electoralBody reports an election commission or electoral board by
// name: what it cancels is a party's or a candidate's registration, which
// the annotators leave out of SANCTIONED as they leave a court's
// disqualification of a candidate (dev23).
func electoralBody(name string) bool {
	return strings.Contains(name, "Election") || strings.Contains(name, "Electoral")
}

// regulatorNouns name a state body by what it does: "the customs
// authority", "the regulator", "the agency". "Board" is left out: a bare
// "the board" in business news is a firm's board of directors ("the
// board then suspended the trading licence of its unit"), and a state's
// board is named by its name ("Kenya Sugar Board").
var regulatorNouns = set("authority", "regulator", "agency", "service", "inspectorate")

// regulatorSubject returns the body that a definite role-noun subject of
// regulatorNouns ("the customs authority also revoked …") stands for: the
// body other than a state that imposed a measure in this sentence or the
// three before it (recentImposer), else the nearest state body other than
// a state named in this sentence or the one before, when it may impose a
// ban (barImposer); else -1.
func (x *doc) regulatorSubject(si, k int) int {
	q := x.beforeTimeAux(si, k)
	if q <= x.sents[si].t0 || x.tokMent[q] >= 0 || !regulatorNouns[x.toks[q].lower] || !x.definiteNoun(si, q) {
		return -1
	}
	if e := x.recentImposer(si); e >= 0 && x.ents[e].kind != "state" && x.barImposer(e) {
		return e
	}
	// else the nearest state body named in this sentence or the one
	// before ("The General Administration of Customs said …")
	return x.nearestBodyBefore(si, si-1, q, func(e int) bool {
		return e >= 0 && x.ents[e].kind != "state" && x.barImposer(e)
	})
}

// tenderWords name the public work a debarred firm is kept out of.
var tenderWords = set("tender", "tenders", "tendering", "bidding", "procurement", "contracts", "projects",
	"auctions")

// tenderOpeners may stand before a tender word after "from": "from its
// projects", "from public tenders", "from future state contracts".
var tenderOpeners = set("its", "their", "all", "any", "public", "future", "new", "state", "government", "federal",
	"further")

// tenderEntries open a share in public work: "from taking part in",
// "from participating in", "from competing in".
var tenderEntries = set("taking", "participating", "competing", "bidding")

// debarredFrom reports that the words after a bar's "from" at q keep a
// firm out of public work: "from its projects", "from public tenders",
// "from new contracts", "from taking part in future licence rounds",
// "from bidding for state contracts". A bare "from the project" or "from
// taking part in the summit" is no debarment.
func (x *doc) debarredFrom(si, q int) bool {
	s := &x.sents[si]
	if q >= s.t1 {
		return false
	}
	if tenderEntries[x.toks[q].lower] {
		// the entry's object within six words: "taking part in future
		// licence rounds", "bidding for state contracts"
		for r := q + 1; r < s.t1 && r <= q+6; r++ {
			if x.toks[r].kind != tkWord {
				return false
			}
			switch l := x.toks[r].lower; {
			case tenderWords[l], l == "rounds" && paperNouns[x.toks[r-1].lower]:
				return true
			}
		}
		return x.toks[q].lower == "bidding" && q+1 < s.t1 && x.toks[q+1].kind != tkWord
	}
	n := 0
	for q < s.t1 && n < 2 && tenderOpeners[x.toks[q].lower] {
		q++
		n++
	}
	if q >= s.t1 || !tenderWords[x.toks[q].lower] {
		return false
	}
	// "projects" and "contracts" need an opener: "from the contracts it
	// signed" is no such bar, "from its projects" is
	l := x.toks[q].lower
	return n > 0 || (l != "projects" && l != "contracts")
}
