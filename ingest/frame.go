package ingest

import "strings"

// The sanctions frame (round 12): recall first, then filters. Any word of
// the sanctions lexicon in a sentence (a verb, a noun or a participle used
// as an adjective) opens a frame unless it is negated, modal, lifted or
// only advocated; its imposer is the passive agent, a possessor, the
// clause's subject or the body a pronoun or role noun stands for (else
// the recent imposer), and only a state, a union or international body,
// a ministry or an agency may impose; its targets are the named actors of
// the clause after the trigger (and the list it opens), less the imposer,
// speakers, bodies named in reasons or descriptions, and places. The
// specific rules run first and keep their relations; the frame adds only
// what they left, with lower confidence.

// frameVerbs are sanctions verbs and participles that take their targets
// after them (or as their subject when passive).
var frameVerbs = set("sanctioned", "sanctioning", "blacklisted", "blacklisting", "designated", "designating",
	"froze", "frozen", "freezing", "embargoed", "penalized", "penalised", "penalizing", "penalising",
	"banned", "barred", "barring", "banning", "blocked", "targeted", "listed", "added")

// frameNouns are sanctions nouns that take their targets after "on",
// "against", "of", "targeting" or a list ("are:", "include").
var frameNouns = set("sanctions", "sanction", "designation", "designations", "blacklisting", "sanctioning",
	"embargo", "freeze", "ban", "bans", "penalties")

// frameVerbGate and frameNounGate spare frameTrigger, asked of every
// word, most lookups.
var frameVerbGate, frameNounGate = gateOf(frameVerbs), gateOf(frameNouns)

// liftWords before a trigger end or refuse the measure: "lifted sanctions
// on X", "vetoed the designation of Y", "eased the embargo".
var liftWords = set("lifted", "lift", "lifting", "lifts", "eased", "ease", "easing", "removed", "removing", "removal",
	"rejected", "rejects", "end", "ended", "ending", "ends", "waived", "suspended", "relief", "unfroze",
	"unfrozen", "revoked", "overturned", "annulled", "challenged", "challenging", "appeal", "appealed", "against",
	// intent: "is drafting an asset freeze on X", "discussed a ban"
	"preparing", "prepares", "drafting", "drafted", "discussing", "discussed", "debating", "debated", "studying",
	"reviewing", "mooted", "floated", "pushing", "push", "weighs", "eyeing", "contemplating", "threat", "threats")

// heldWords before "at" say where frozen wealth lies.
var heldWords = set("held", "kept", "deposited", "parked", "lodged")

// heldAt reports the "at" of "held at" at token j: "reserves kept at a
// regional bank" says where the wealth lies, not whose it is.
func (x *doc) heldAt(j int) bool {
	return j > 0 && x.toks[j].lower == "at" && heldWords[x.toks[j-1].lower]
}

// bankMention reports a mention holding the word "bank": "Orrin Bank",
// "the Bank of Talvere".
func (x *doc) bankMention(mi int32) bool {
	for q := x.ments[mi].t0; q < x.ments[mi].t1; q++ {
		if l := x.toks[q].lower; l == "bank" || l == "banque" {
			return true
		}
	}
	return false
}

// frameStops end the object region: a reason, a report or a new clause
// ("sanctioned X for supplying Russia", "…, accusing them of …").
var frameStops = set("for", "over", "because", "after", "accusing", "accused", "saying", "said", "says", "citing",
	"amid", "since", "while", "but", "although", "when", "before", "until", "to", "in", "from", "under", "with", "as")

// fromVerbs after "barred X from" make the bar a sanction: entering a
// state or dealing with it, not a competition or a building.
var fromVerbs = set("entering", "travelling", "traveling", "visiting", "doing", "dealing", "transacting", "accessing",
	"using", "holding", "receiving")

// frameImposer reports whether e may impose sanctions: a state, a union
// or international body, a ministry or a government agency (not a firm
// that the name recogniser took for an agency).
func (x *doc) frameImposer(e int) bool {
	if !x.isActor(e) || x.ents[e].typ != TypeInstitution {
		return false
	}
	switch x.ents[e].kind {
	case "state", "international", "ministry", "government":
		return true
	case "agency":
		return x.imposerFits(e, "department") && agencyName(x.ents[e].name)
	}
	return false
}

// agencyName reports a body's name that says it is part of a government:
// "Foreign Sanctions Office", "Treasury", "State Department".
func agencyName(name string) bool {
	for i := 0; i < len(name); {
		j := i
		for j < len(name) && name[j] != ' ' {
			j++
		}
		switch name[i:j] {
		case "Office", "Treasury", "Department", "Ministry", "Bureau", "Council", "Commission", "Committee", "Directorate":
			return true
		}
		i = j + 1
	}
	return false
}

// frameTriggerGate lets through the only words frameTrigger can return a
// kind for (the three verbs after "to", the two participles, frameNouns
// and frameVerbs), so that sanctionFrame, which asks about every word,
// spares the call for the others. A word frameTrigger comes to read must
// be added here; TestFrameTriggerGate extracts the repository's articles
// with the gate open and shut.
var frameTriggerGate = func() (g smallBits) {
	for _, m := range []map[string]bool{frameNouns, frameVerbs, set("sanction", "blacklist", "designate", "blacklisting", "sanctioning")} {
		for w := range m {
			g.add(w)
		}
	}
	return g
}()

// frameTrigger returns 1 for a sanctions verb at k, 2 for a sanctions
// noun, 0 for neither (or for a word the frame must not read: "banned
// from the competition", "the list of speakers", "added" without a
// sanctions list, "targeted" outside a sanctions context).
func (x *doc) frameTrigger(si, k int) int {
	s := &x.sents[si]
	t := &x.toks[k]
	if t.kind != tkWord || x.tokMent[k] >= 0 {
		return 0
	}
	l := t.lower
	next := ""
	if k+1 < s.t1 {
		next = x.toks[k+1].lower
	}
	if (l == "sanction" || l == "blacklist" || l == "designate") && k > s.t0 && x.toks[k-1].lower == "to" {
		return 1 // "the decision to sanction X" (modalBefore decides whether it was done)
	}
	if (l == "blacklisting" || l == "sanctioning") && next != "of" && k > s.t0 {
		// "…, blacklisting X and freezing …": a participle, not "the
		// blacklisting of X"
		switch p := x.toks[k-1]; {
		case p.kind == tkPoss, p.lower == "the", p.lower == "a", p.lower == "its", p.lower == "their", p.lower == "his", p.lower == "her":
		default:
			return 1
		}
	}
	if frameNounGate.may(l) && frameNouns[l] {
		if (l == "freeze" || l == "ban" || l == "bans") && !(k-1 >= s.t0 && (x.toks[k-1].lower == "asset" || x.toks[k-1].lower == "travel" || x.toks[k-1].lower == "visa" || x.toks[k-1].lower == "assets")) {
			return 0 // "a ban on smoking", "a freeze in talks"
		}
		return 2
	}
	if !frameVerbGate.may(l) || !frameVerbs[l] {
		return 0
	}
	switch l {
	case "banned", "barred", "barring", "banning":
		// "barred X from entering the country"; not "banned from the
		// competition"
		for q := k + 1; q+1 < s.t1 && q <= k+24; q++ {
			if x.toks[q].lower == "from" {
				if fromVerbs[x.toks[q+1].lower] {
					return 1
				}
				return 0
			}
			if x.toks[q].text == ";" || x.toks[q].text == "." {
				break
			}
		}
		return 0
	case "blocked":
		if next != "property" && next != "assets" && next != "persons" {
			return 0
		}
	case "added":
		// "added X to its (sanctions) list"
		for q := k + 1; q < s.t1 && q <= k+24; q++ {
			if x.toks[q].lower == "to" {
				for r := q + 1; r < s.t1 && r <= q+6; r++ {
					if rl := x.toks[r].lower; sanctionNouns[rl] && rl != "measures" || sanctionLists[rl] && rl != "entity" && rl != "denied" {
						return 1
					}
					if terrorLists[x.toks[r].lower] && r+1 < s.t1 && (x.toks[r+1].lower == "list" || x.toks[r+1].lower == "lists") {
						return 1 // "added X to its terrorism list"
					}
				}
				if q+2 < s.t1 && (x.toks[q+1].lower == "its" || x.toks[q+1].lower == "their") && x.toks[q+2].lower == "list" && x.sanctionsSoFar(si) {
					return 1 // "added X to its list" in an article about sanctions
				}
				return 0
			}
		}
		return 0
	case "targeted", "listed":
		if !x.sanctionContext(si, k) && x.recentImposer(si) < 0 && !x.sanctionsSoFar(si) {
			return 0
		}
	case "designated", "designating":
		if k-1 >= s.t0 && (x.toks[k-1].lower == "the" || x.toks[k-1].kind == tkPoss) {
			return 0 // "the designated successor"
		}
		for q := k + 1; q < s.t1 && q <= k+8; q++ {
			if x.toks[q].lower == "as" {
				if !terrorListing(x.toks, q+1, s.t1) {
					return 0 // "designated as the party's candidate"
				}
				break
			}
		}
	case "freezing":
		if next != "assets" && next != "the" && next != "any" && next != "all" {
			return 0 // "freezing temperatures"
		}
	}
	return 1
}

// sanctionsSoFar reports a sanctions verb or noun in the title or the
// sentences before si: "EU blacklists …" then "Among those listed are X".
func (x *doc) sanctionsSoFar(si int) bool {
	for sj := 0; sj < si && sj < len(x.sents); sj++ {
		for q := x.sents[sj].t0; q < x.sents[sj].t1; q++ {
			l := x.toks[q].lower
			if sanctionNouns[l] && l != "measures" || x.lx.sanction[l] || l == "blacklists" || l == "designated" {
				return true
			}
		}
	}
	return false
}

// frameUnreal reports a trigger that is negated, modal, advocated,
// lifted or refused: "threatened to sanction X", "called for the
// designation of Y", "lifted sanctions on Z", "vetoed the embargo".
func (x *doc) frameUnreal(si, k int) bool {
	s := &x.sents[si]
	if x.modalBefore(si, k) && !x.announcedDecision(si, k) {
		return true
	}
	for q := k - 1; q >= s.t0 && q >= k-6; q-- {
		l := x.toks[q].lower
		if l == ";" || l == "," {
			break
		}
		if liftWords[l] && x.tokMent[q] < 0 && !(l == "against" && q == k-1) {
			return true
		}
	}
	return frameNouns[x.toks[k].lower] && x.pendingPredicate(si, k)
}

// pendingCopulas link a sanctions noun phrase to what is said of it.
var pendingCopulas = set("is", "are", "was", "were", "remain", "remains", "remained", "been", "be")

// pendingNouns after "under" ("under active consideration") and
// pendingBeing after "being" ("are being weighed") leave the measure
// undecided; pendingPast are the participles that do so even without
// "being" ("sanctions on X were mooted"). "prepared" and "review(ed)"
// are not among them: sanctions "were prepared with the allies", "are
// under review" or "are being reviewed" are in force.
var (
	pendingNouns = set("consideration", "discussion", "study", "examination", "preparation")
	pendingPast  = set("considered", "weighed", "mooted", "floated", "proposed", "discussed", "debated")
	pendingBeing = set("considered", "weighed", "mooted", "floated", "proposed", "discussed", "debated",
		"prepared", "drafted", "studied", "examined", "explored", "planned")
)

// pendingClauseEnds end the sanctions noun's own clause: a relative
// pronoun or a conjunction opens a clause of its own ("sanctions on X
// took effect while others are being weighed").
var pendingClauseEnds = set(",", ";", ":", "(", "which", "that", "who", "whose", "but", "while", "whereas", "as",
	"because", "after", "before", "since", "until", "if", "unless", "when", "once", "although", "though", "so")

// pendingPredicate reports a sanctions noun at k whose own clause goes on
// to say the measure is only weighed: "sanctions on X remained under
// active consideration", "a travel ban on Y is being studied", "measures
// against Z are on the table", "… remain an option". The copula must
// follow the noun phrase directly: between them stand only prepositional
// phrases (a preposition, determiners and at most two other lower-case
// words), names, possessives and "and"/"or" joining two names. A
// clause end (a comma, a relative pronoun, a conjunction) stops the
// search, so "the sanctions, which were under review for months, took
// effect", "sanctions on X were imposed after being weighed" and
// "sanctions on X took effect while others are being weighed" stand.
func (x *doc) pendingPredicate(si, k int) bool {
	s := &x.sents[si]
	words := 0 // lower-case words since the last preposition
	for q := k + 1; q < s.t1 && q <= k+16; q++ {
		t := &x.toks[q]
		if pendingClauseEnds[t.lower] {
			return false
		}
		if x.tokMent[q] >= 0 || t.kind == tkPoss || t.cap {
			continue // "on Korvel Tankers", "on the firm's ships"
		}
		if t.lower == "and" || t.lower == "or" {
			if q-1 >= 0 && x.tokMent[q-1] >= 0 && q+1 < s.t1 && x.tokMent[q+1] >= 0 {
				continue // "on X and Y"
			}
			return false // "… and more are on the table"
		}
		if pendingCopulas[t.lower] {
			r := q + 1
			for r < s.t1 && (auxAdverbs[x.toks[r].lower] || x.toks[r].lower == "still" || x.toks[r].lower == "actively" ||
				x.toks[r].lower == "currently" || x.toks[r].kind == tkPunct && x.toks[r].text != "," && x.toks[r].text != ".") {
				r++ // "remained \"under active consideration\"", "are still being weighed"
			}
			return r < s.t1 && x.pendingAt(si, r)
		}
		switch {
		case prepositions[t.lower] || t.lower == "targeting" || t.lower == "targetting":
			words = 0
		case determiners[t.lower] || t.kind == tkPunct:
		default:
			if words++; words > 2 {
				return false // "on X took effect on Friday" is the noun's own verb
			}
		}
	}
	return false
}

// pendingAt reports an undecided complement opening at r: "under
// (active) consideration", "being weighed", "mooted", "on the table",
// "an option".
func (x *doc) pendingAt(si, r int) bool {
	s := &x.sents[si]
	word := func(q int) string {
		if q < s.t1 {
			return x.toks[q].lower
		}
		return ""
	}
	switch l := word(r); {
	case l == "under":
		return pendingNouns[word(r+1)] || pendingNouns[word(r+2)]
	case l == "being":
		return pendingBeing[word(r+1)]
	case l == "on":
		return word(r+1) == "the" && word(r+2) == "table"
	case l == "an" || l == "one":
		return word(r+1) == "option"
	default:
		return pendingPast[l]
	}
}

// sanctionFrame reads every sanctions word of sentence si as a frame, for
// what the specific rules left.
func (x *doc) sanctionFrame(si int) {
	s := &x.sents[si]
	for k := s.t0; k < s.t1; k++ {
		if l := x.toks[k].lower; (l == "list" || l == "blacklist") && k-1 > s.t0 {
			// "The Canadian ministry's list … named 11 Peruvians. Among them
			// were X": the list's owner is the recent imposer
			q := k - 1
			if x.toks[q].kind == tkPoss {
				q--
			}
			if mi := x.mentionEndAt(q); mi >= 0 && x.frameImposer(x.ments[mi].ent) && !x.modalBefore(si, k) {
				x.lastImposer, x.lastImposerSent = x.ments[mi].ent+1, si
			}
		}
		if !frameTriggerGate.may(x.toks[k].lower) {
			continue // frameTrigger returns 0 for any other word
		}
		kind := x.frameTrigger(si, k)
		if kind == 0 || x.frameUnreal(si, k) {
			continue
		}
		aux := k - 1
		if aux > s.t0 && auxAdverbs[x.toks[aux].lower] {
			aux--
		}
		// "is sanctioning X" is a progressive with its imposer as subject,
		// no passive
		passive := kind == 1 && aux >= s.t0 && isPassiveAux(x.toks[aux].lower) && !strings.HasSuffix(x.toks[k].lower, "ing")
		imposer, from, direct := x.frameImposerAt(si, k, kind, passive)
		if imposer < 0 {
			continue
		}
		if passive && !direct && (x.tellsRemoval(si) || !x.mayBorrow(si, k, aux, imposer)) {
			// the recent imposer borrowed under the guards of
			// unsaidImposer: "Y was blacklisted in 2019 but was delisted",
			// "Y was blacklisted in retaliation"
			continue
		}
		// the imposer and the bodies it acts for or belongs to are never
		// its targets ("Canadians may not trade with them")
		excluded := x.withParents(si, k, []int{imposer})
		if p := x.organParent(imposer); p >= 0 {
			excluded = append(excluded, p)
		}
		if kind == 1 && direct {
			x.lastImposer, x.lastImposerSent = imposer+1, si
		}
		var targets []int
		if passive {
			if e, _ := x.subjectOf(si, aux); e >= 0 && x.isActor(e) && !contains2(excluded, e) {
				if mi := x.mentionBefore(si, e, aux); mi < 0 {
					targets = []int{e}
				} else if !x.frameInPhrase(si, mi) {
					targets = x.listAfter(si, x.ments[mi].t1, []int{e})
				}
			}
		}
		colon := false
		if len(targets) == 0 {
			if kind == 2 && !x.nounTakesTargets(si, k) {
				if sub := x.subjectToBefore(si, k); sub >= 0 {
					// "X is subject to a travel ban"
					if e, _ := x.subjectOf(si, sub); e >= 0 && x.isActor(e) {
						targets = []int{e}
					}
				}
			} else {
				targets, colon = x.regionActors(si, from, excluded, false)
			}
		}
		if colon && len(targets) == 0 {
			// a region that ends at a colon: the items follow as bullet lines
			x.listSent, x.listImposers = si+1, append(x.listImposers[:0], imposer)
		}
		if len(targets) == 0 {
			continue
		}
		x.sanctionPairs(si, k, []int{imposer}, targets, 0.6, 0.5)
	}
}

// mentionBefore returns the last mention of entity e within 40 tokens
// before k in sentence si, or -1.
func (x *doc) mentionBefore(si, e, k int) int32 {
	for q := k - 1; q >= x.sents[si].t0 && q >= k-40; q-- {
		if mi := x.tokMent[q]; mi >= 0 && x.ments[mi].ent == e {
			return mi
		}
	}
	return -1
}

// frameInPhrase reports mention mi standing in a prepositional phrase
// ("assets in the Union", "members of X"): not the subject of a passive.
func (x *doc) frameInPhrase(si int, mi int32) bool {
	p := x.ments[mi].t0 - 1
	for p > x.sents[si].t0 && x.tokMent[p] >= 0 {
		p = x.ments[x.tokMent[p]].t0 - 1 // a name cut in two
	}
	if p >= 0 && x.toks[p].lower == "the" {
		p--
	}
	if p < 0 {
		return false
	}
	switch x.toks[p].lower {
	case "in", "at", "of", "from", "to", "with":
		return true
	}
	return false
}

// nounTakesTargets reports a sanctions noun at k followed (after at most
// a modifier or two) by what introduces its targets: "on", "against",
// "of", "targeting", or a copula opening a list ("are:", "include").
func (x *doc) nounTakesTargets(si, k int) bool {
	s := &x.sents[si]
	for q := k + 1; q < s.t1 && q <= k+4; q++ {
		switch x.toks[q].lower {
		case "on", "against", "of", "targeting", "include", "includes", "included", "are", "were", "name", "names", "cover", "covers", "hit":
			return true
		case "package", "packages", "list", "regime", "lists", "measures", "and", "imposed", "adopted", "announced":
			continue
		}
		return false
	}
	return false
}

// frameImposerAt returns the imposer of the trigger at k and the first
// token of its object region: the agent of a passive ("sanctioned by
// Ottawa"), a possessor ("Washington's designation"), the subject or the
// body a pronoun or role noun stands for, else the recent imposer.
func (x *doc) frameImposerAt(si, k, kind int, passive bool) (imposer, from int, direct bool) {
	s := &x.sents[si]
	from = k + 1
	if by := x.byAfter(si, k, 4); by >= 0 {
		if im := x.actorsAfterBy(si, by+1); len(im) > 0 && x.frameImposer(im[0]) {
			if mi := x.tokMent[by+1]; mi >= 0 {
				from = x.ments[mi].t1
			} else if by+2 < s.t1 && x.tokMent[by+2] >= 0 {
				from = x.ments[x.tokMent[by+2]].t1
			}
			return im[0], from, true
		}
	}
	if passive {
		return x.frameRecent(si), from, false
	}
	e, opener := -1, false
	if kind == 2 || k-1 >= s.t0 && x.toks[k-1].lower == "the" {
		// "Washington's designation", "EU sanctions", "the bloc's
		// asset freeze"
		q := k - 1
		for n := 0; n < 3 && q > s.t0 && x.tokMent[q] < 0 && x.toks[q].kind == tkWord && !x.toks[q].cap; n++ {
			q--
		}
		if q >= s.t0 && x.toks[q].kind == tkPoss {
			q--
		}
		if mi := x.mentionEndAt(q); mi >= 0 && !x.ments[mi].weak {
			e = x.ments[mi].ent
		}
		if !x.frameImposer(e) {
			e = -1
		}
		if e < 0 {
			e, opener = x.frameOpener(si, k), true
		}
	} else if x.commaParticiple(si, k) {
		// "Britain went further, sanctioning X": the participle's subject
		// is the clause's, not a name after it
		e, _ = x.clauseSubject(si, k)
		if !x.frameImposer(e) {
			e = -1
		}
	} else if o, ok := x.committeeOwner(si, k); ok {
		// "The UN Security Council's committee on Somalia on Monday
		// sanctioned X": the committee acts for the body owning it, as in
		// sanctions(); the state of its remit is no subject (subjectOf
		// would step back over "on Monday" to it). A committee of a body
		// that imposes nothing imposes nothing.
		if o < 0 {
			return -1, from, false
		}
		e = o
	} else {
		e, _ = x.subjectOf(si, k)
		if !x.frameImposer(e) {
			e = x.anaphorSubject(si, k)
		}
		if e < 0 {
			// "X on January 14 designated": back over a time phrase
			q := k - 1
			for q > s.t0 && x.tokMent[q] < 0 && (x.toks[q].kind == tkNum || monthWords[x.toks[q].lower] || dayWords[x.toks[q].lower] ||
				auxVerbs[x.toks[q].lower] || auxAdverbs[x.toks[q].lower] || x.toks[q].lower == "on" || x.toks[q].lower == "in" || x.toks[q].lower == "last") {
				q--
			}
			if mi := x.mentionEndAt(q); q < k-1 && mi >= 0 && !x.ments[mi].weak {
				e = x.ments[mi].ent
			}
		}
		if e < 0 {
			e, opener = x.frameOpener(si, k), true
		}
	}
	if !x.frameImposer(e) {
		return x.frameRecent(si), from, false
	}
	return e, from, !opener // a clause opener may only be a speaker
}

// frameOpener returns the actor opening the clause of k (clauseOpener),
// unless a relative clause or a role noun comes first ("The committee,
// which runs the Mali sanctions list, named X": not Mali).
func (x *doc) frameOpener(si, k int) int {
	e := x.clauseOpener(si, k)
	if e < 0 {
		return -1
	}
	s := &x.sents[si]
	for q := s.t0; q < k && q < s.t0+8; q++ {
		if mi := x.tokMent[q]; mi >= 0 && x.ments[mi].ent == e {
			return e
		}
		switch x.toks[q].lower {
		case "which", "who", "that", ",":
			return -1
		}
		if imposerNouns[x.toks[q].lower] || groupNouns[x.toks[q].lower] {
			return -1
		}
	}
	return e
}

// frameRecent returns the recent imposer if it may impose, or -1.
func (x *doc) frameRecent(si int) int {
	if e := x.recentImposer(si); x.frameImposer(e) {
		return e
	}
	return -1
}

// regionActors returns the named actors of the object region from k to
// the end of the clause (a colon list runs on across semicolons), less
// the excluded (the imposer and its parents), possessors ("X's founder,
// Y" gives Y), speakers, agents after "by", bodies after a role
// ("director of the X"), and what follows a reason or a place
// preposition; colon reports a region that ends with a colon opening a
// list below. For a meeting (meet) other bodies may be parties too, and
// a second verb joined by "and" ("met X and agreed …", "met X and said
// …") ends the region.
func (x *doc) regionActors(si, k int, excluded []int, meet bool) (out []int, colon bool) {
	s := &x.sents[si]
	list := false
	for j := k; j < s.t1 && j < k+60; j++ {
		t := &x.toks[j]
		switch {
		case t.text == ":":
			list = true
			if j+1 >= s.t1 {
				return out, true
			}
			continue
		case t.text == ";":
			if !list {
				return out, false
			}
			continue
		case t.text == "." && (j == s.t0 || x.tokRole[j-1] < 0):
			return out, false
		case t.lower == "who" || t.lower == "which" || t.lower == "whose" || t.lower == "whom" || t.lower == "that" && x.tokMent[j] < 0:
			// a relative clause describes the target: to its end
			for j+1 < s.t1 && x.toks[j+1].text != "," && x.toks[j+1].text != ";" {
				j++
			}
			continue
		case meet && (x.secondVerb(si, j) || x.purposeClause(si, j)):
			return out, false
		case meet && t.lower == "with":
			continue // "spoke with X and with Y"
		case meet && x.tokMent[j] < 0 && (x.lx.speech[t.lower] || t.lower == "according"):
			return out, false // "…, the senator asked parliament to …"
		case meet && x.tokMent[j] < 0 && (t.lower == "at" || t.lower == "on" || t.lower == "during" || t.lower == "near"):
			// a venue or a time: "met X at the Election Commission"
			for j+1 < s.t1 && x.toks[j+1].text != "," && x.toks[j+1].lower != "and" {
				j++
			}
			continue
		case !meet && j > k && x.heldAt(j):
			// "froze a state's reserves kept at a regional bank, the
			// X": where the wealth lies, not whose it is; the bank's
			// name in apposition goes with it, and a second bank after
			// "and" that ends the phrase ("kept at X Bank and Y Bank")
			for j+1 < s.t1 && x.toks[j+1].text != "," && x.toks[j+1].lower != "and" {
				j++
			}
			if q := j + 2; q < s.t1 && (x.toks[j+1].text == "," || x.toks[j+1].lower == "and") {
				if x.toks[q].lower == "the" {
					q++
				}
				if mi := x.mentionStartAt(q); q < s.t1 && mi >= 0 && (x.toks[j+1].text == "," || x.bankMention(mi)) &&
					(x.ments[mi].t1 >= s.t1 || x.toks[x.ments[mi].t1].kind == tkPunct) {
					j = x.ments[mi].t1 - 1
				}
			}
			continue
		case frameStops[t.lower] && x.tokMent[j] < 0 && !list:
			if t.lower == "to" || t.lower == "in" || t.lower == "from" || t.lower == "under" || t.lower == "with" || t.lower == "as" {
				// a place or a purpose: skip the phrase, not the clause
				for j+1 < s.t1 && x.toks[j+1].text != "," && x.toks[j+1].lower != "and" {
					j++
				}
				continue
			}
			return out, false
		}
		mi := x.mentionStartAt(j)
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		j = m.t1 - 1
		e := m.ent
		if !meet && j > k && x.andBefore(m.t0, s.t0+1) >= 0 && x.subjectOfNext(si, mi) {
			// "sanctioned X and Britain froze the assets of Y": a clause
			// of its own, with its own imposer and targets
			return out, false
		}
		if a := x.andBefore(m.t0, k+1); !meet && a >= 0 && x.inDescription(si, k, a) {
			// "sanctions on Belarus, a step welcomed by Lithuania and
			// Poland": the description's second name, no target
			continue
		}
		if !x.isActor(e) || m.weak && (meet || !x.demonymGroup(si, m)) || contains2(excluded, e) || m.typ == TypePlace || contains2(out, e) {
			continue // (an unnamed group from a state is the state: "three Russian defence firms")
		}
		if meet && m.t0 > k && m.t1 < s.t1 && clauseMeetVerbs[x.toks[m.t1].lower] {
			return out, false // "A met B, and C met D": C opens a clause of its own
		}
		if m.t1 < s.t1 && (x.toks[m.t1].kind == tkPoss || meet && x.toks[m.t1].text == "'" || x.lx.speech[x.toks[m.t1].lower] || x.toks[m.t1].text == "-" || x.tokRole[m.t1] >= 0 && x.tokMent[m.t1] < 0) {
			continue // "Silk Meridian's founder", "the EU says", "a Malta-registered firm", "a Tehran court judge"
		}
		if m.gzRole == gzDemonym && !(m.t1 < s.t1 && groupNouns[x.toks[m.t1].lower]) && !x.demonymGroup(si, m) {
			continue // "a Bolivian public lender" describes a target
		}
		if p := m.t0 - 1; p > s.t0 && x.tokMent[p] < 0 && x.toks[p].cap && x.toks[p].kind == tkWord && x.ents[e].typ == TypeInstitution ||
			p >= s.t0 && x.tokMent[p] >= 0 && x.ments[x.tokMent[p]].typ == TypePlace {
			continue // a name cut short: "Amber Reed General | Trading LLC", "Ningbo | Lumeng Microparts"
		}
		if m.t1+1 < s.t1 && (x.toks[m.t1].lower == "government" || x.toks[m.t1].lower == "officials") && x.lx.speech[x.toks[m.t1+1].lower] {
			continue // "the Danish government says"
		}
		if meet && x.ents[e].typ == TypeInstitution {
			// "Y of the Union Civique Libre": a person's body
			p := m.t0 - 1
			if p-1 > s.t0 && x.toks[p].text == "(" && x.tokMent[p-1] >= 0 && x.ments[x.tokMent[p-1]].ent == e {
				continue // "(JICA)" after the body's full name: the same body, read (or left) there
			}
			for p > s.t0 && p >= m.t0-4 {
				if x.tokMent[p] < 0 && (x.toks[p].cap || x.toks[p].lower == "the") {
					p--
				} else if x.toks[p].lower == "and" && x.tokMent[p] < 0 && x.tokMent[p-1] < 0 && x.toks[p-1].cap {
					p-- // "of the Asian and Oceanian Affairs Bureau": a name cut at its "and"
				} else if pe := x.tokMent[p-1]; x.toks[p].kind == tkPoss && pe >= 0 && x.ments[pe].ent >= 0 && x.ents[x.ments[pe].ent].kind == "state" {
					// "deputy secretary of Iran's Supreme National Security
					// Council": a state's organ, still the person's body
					p = int(x.ments[x.tokMent[p-1]].t0) - 1
					break
				} else {
					break
				}
			}
			if p >= s.t0 && x.toks[p].lower == "of" {
				continue
			}
		}
		if p := m.t0 - 1; p >= s.t0 {
			pl := x.toks[p].lower
			if pl == "by" || pl == "the" && p-1 >= s.t0 && x.toks[p-1].lower == "by" {
				continue // "described by the Board as …"
			}
			for n := 0; n < 6 && p > s.t0 && x.toks[p].lower != "of" && (x.toks[p].kind == tkWord && (!x.toks[p].cap || x.tokMent[p] >= 0) || x.toks[p].text == "-"); n++ {
				p-- // "of the Chad-backed rebel group X"
			}
			if x.toks[p].lower == "of" && x.tokMent[p] < 0 {
				b := p - 1
				if b >= s.t0 && !frameNouns[x.toks[b].lower] && x.toks[b].lower != "assets" && x.toks[b].lower != "and" && x.toks[b].text != "," && x.toks[b].lower != "property" {
					continue // "vice-chair of the Bolivian Customs Agency"
				}
			}
		}
		if !meet && x.frameImposer(e) && x.ents[e].kind != "state" {
			continue // another body: a co-imposer or a source, not a target
		}
		if x.ents[e].kind == "state" && m.t1 < s.t1 && x.toks[m.t1].kind == tkWord && !x.toks[m.t1].cap &&
			!frameStops[x.toks[m.t1].lower] && x.toks[m.t1].lower != "and" && x.toks[m.t1].lower != "or" && !groupNouns[x.toks[m.t1].lower] && !(m.weak && x.demonymGroup(si, m)) {
			continue // "U.S. assets", "Russian oil": a modifier
		}
		if x.personHelper(si, m) || !meet && x.trailingSpeaker(si, m) {
			continue
		}
		out = append(out, e)
	}
	return out, false
}

// trailingSpeaker reports a mention that tells of the measure rather than
// being hit by it: set off by a comma and followed, past an appositive or
// a bracketed short form, by a speech verb ("…, Lena Varga, the agency's
// head, told reporters"; "…, the Customs Board (ECB) said on Monday").
func (x *doc) trailingSpeaker(si int, m *mention) bool {
	s := &x.sents[si]
	p := m.t0 - 1
	if p > s.t0 && x.toks[p].lower == "the" {
		p--
	}
	if p <= s.t0 || x.toks[p].text != "," {
		return false
	}
	q := m.t1
	if q < s.t1 && (x.toks[q].text == "(" || x.toks[q].text == ",") {
		closer := x.toks[q].text
		if closer == "(" {
			closer = ")"
		}
		r := q + 1
		for r < s.t1 && r <= q+10 && x.toks[r].text != closer && x.toks[r].text != "." && x.toks[r].text != ";" {
			r++
		}
		if r >= s.t1 || x.toks[r].text != closer {
			return false
		}
		q = r + 1
	}
	return q < s.t1 && x.tokMent[q] < 0 && x.lx.speech[x.toks[q].lower]
}

// helperRoles describe people who speak or act for a party to a sanction
// without being one: lawyers, spokespeople, journalists.
var helperRoles = set("lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson",
	"journalist", "reporter", "correspondent", "analyst", "counsel", "advocate")

// personHelper reports a person named as a lawyer, spokesperson or
// journalist right before or after the name ("his lawyer, X", "X, a
// spokeswoman for …").
func (x *doc) personHelper(si int, m *mention) bool {
	if m.typ != TypePerson {
		return false
	}
	s := &x.sents[si]
	for q := m.t0 - 1; q >= s.t0 && q >= m.t0-3; q-- {
		if helperRoles[x.toks[q].lower] {
			return true
		}
	}
	for q := m.t1; q < s.t1 && q <= m.t1+3; q++ {
		if helperRoles[x.toks[q].lower] {
			return true
		}
	}
	return false
}

// demonymGroup reports a demonym heading an unnamed group of targets,
// past up to two modifiers: "Russian oil traders", "two North Korean
// shipping firms" (not "a Bolivian public lender", one named after).
func (x *doc) demonymGroup(si int, m *mention) bool {
	s := &x.sents[si]
	if m.gzRole != gzDemonym {
		return false
	}
	for q := m.t1; q < s.t1 && q <= m.t1+2; q++ {
		t := &x.toks[q]
		if groupNouns[t.lower] {
			return true // (also "three Peruvian ferry firms, A and B": the state and its named firms)
		}
		if t.kind != tkWord || t.cap || x.tokMent[q] >= 0 || t.lower == "and" || t.lower == "or" {
			return false
		}
	}
	return false
}

// commaParticiple reports a participle at k set off by a comma, whose
// subject is the clause's: "Britain went further, sanctioning X".
func (x *doc) commaParticiple(si, k int) bool {
	l := x.toks[k].lower
	return len(l) > 4 && l[len(l)-3:] == "ing" && k > x.sents[si].t0 && x.toks[k-1].text == ","
}
