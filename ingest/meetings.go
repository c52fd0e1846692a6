package ingest

import (
	"slices"
	"strings"
)

// MET: meetings and talks that actually happened.

// modalMarkersBits is the gate (see wordBits) of modalMarkers, which
// modalBefore asks about up to twelve words before each verb it is
// asked about.
var modalMarkersBits = bitsOf(modalMarkers)

// modalBefore reports words before v in its clause that make an event
// unreal: planned, proposed, postponed, cancelled, conditional, denied.
func (x *doc) modalBefore(si, v int) bool {
	s := &x.sents[si]
	for k := v - 1; k >= s.t0 && k >= v-12; k-- {
		l := x.toks[k].lower
		if l == ";" || l == ":" && pastMeetVerb(x.toks[v].lower) || l == "but" && k-1 >= s.t0 && x.toks[k-1].text == "," {
			// a new clause: "did not attend the dinner, but he met …"; a
			// colon before a past verb too: "What he did not say: in May
			// he met …", "The two never shared a table: Z shuttled between
			// them" (a plan or option list before a colon is followed by
			// the present: "The itinerary is not final: X meets Y")
			break
		}
		if modalMarkersBits.may(l) && modalMarkers[l] && x.tokMent[k] < 0 && !x.inRelativeAside(si, k, v) && !(l == "may" && x.toks[k].cap && k > s.t0) {
			// (a capitalised "May" inside a sentence is the month)
			return true
		}
		if l == "to" && k == v-2 && x.toks[v-1].lower == "have" && k-1 >= s.t0 && (x.toks[k-1].lower == "were" || x.toks[k-1].lower == "was") {
			return true // "were to have met": a plan that fell through
		}
		if l == "to" && k == v-1 {
			if k-1 >= s.t0 {
				switch x.toks[k-1].lower {
				case "continues", "continued", "continue", "continuing", "began", "begun", "started", "resumed":
					return false // "continues to impose sanctions"
				}
			}
			for q := k - 1; q >= s.t0 && q >= k-4 && x.toks[q].kind != tkPunct; q-- {
				switch x.toks[q].lower {
				case "decided", "decision", "voted":
					// "the Treasury's move this week to blacklist X",
					// "the Council voted to impose": done, not intended
					return false
				}
			}
			return true // "to meet", "to hold talks"
		}
	}
	return x.deniedReport(si, v)
}

// deniedReport reports a meeting verb inside a denial or a report further
// back in its clause than modalBefore looks: "X's office denied reports
// in a weekly that she had seen Y", "rumours circulating
// in the capital for weeks that the two had met", "deputies claim X met
// Y". A report counts only with "that" between it and the verb; a claim
// with "that" or with its clause's subject right after it.
func (x *doc) deniedReport(si, v int) bool {
	s := &x.sents[si]
	that := false
	for k := v - 1; k >= s.t0 && k >= v-30; k-- {
		l := x.toks[k].lower
		if l == ";" || l == "but" && k-1 >= s.t0 && x.toks[k-1].text == "," {
			return false
		}
		if x.tokMent[k] >= 0 {
			continue
		}
		switch l {
		case "that":
			that = true
		case "denied", "denies", "deny", "denying", "disputed", "disputes":
			return true
		case "report", "reports", "allegation", "allegations", "rumour", "rumours", "rumor", "rumors", "speculation":
			if k-1 >= s.t0 && x.tokMent[k-1] >= 0 && x.isPerson(x.ments[x.tokMent[k-1]].ent) {
				continue // "our correspondent X reports that …": a report of what happened
			}
			if that {
				return true // "brushed off a press story saying he held talks with Y"
			}
		case "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging":
			// "deputies claim X met Y", "claimed that the two had met": an
			// allegation, not a fact; "who claimed the presidency, met Y"
			// has no clause after it and stays a meeting
			if that || k+1 < v && (x.tokMent[k+1] >= 0 || personPronouns[x.toks[k+1].lower]) {
				return true
			}
		}
	}
	return false
}

// meetingDeniedNext reports a denial of a meeting in the sentence after
// si: "The office then said that no meeting of that kind occurred", "… denied
// that the two had met", "The embassy denied any meeting". A meeting one
// side claims and the other denies is not a fact to put in the graph.
// "Both denied that the talks had touched on sanctions" denies a content,
// not the meeting, and keeps it.
func (x *doc) meetingDeniedNext(si int) bool {
	if si+1 >= len(x.sents) {
		return false
	}
	return x.deniesMeeting(si+1, x.sents[si+1].t0, true) || x.reportDeniedNext(si)
}

// reportVerbs, before "that", make a sentence a report of what others
// say happened ("radio reported that …"); the noun ("the audit report")
// does not.
var reportVerbs = set("reported", "reports", "claimed", "claims")

// thatClauseAfter reports a "that" clause opening within five words after
// the verb at k, past a time phrase and no punctuation ("reported late on
// Sunday that …").
func (x *doc) thatClauseAfter(si, k int) bool {
	s := &x.sents[si]
	for q := k + 1; q < s.t1 && q <= k+5; q++ {
		if x.toks[q].lower == "that" {
			return true
		}
		if x.toks[q].kind == tkPunct {
			return false
		}
	}
	return false
}

// denialEnds may follow "denied it": the denial ends there ("denied it
// on Saturday", "denied it outright."); "denied it had sent troops"
// denies something else.
var denialEnds = set("within", "on", "in", "late", "later", "outright", "flatly", "immediately", "and", "but")

// reportDeniedNext reports a meeting that sentence si only reports
// ("a radio station reported that X had called Y") and that the next
// sentence denies as a whole ("Both offices denied it on Saturday"): a
// claim the parties rejected is not a meeting.
func (x *doc) reportDeniedNext(si int) bool {
	s, n := &x.sents[si], &x.sents[si+1]
	reported := false
	for k := s.t0; k < s.t1 && !reported; k++ {
		l := x.toks[k].lower
		reported = l == "reportedly" || reportVerbs[l] && x.thatClauseAfter(si, k)
	}
	if !reported {
		return false
	}
	if x.neverMet(si+1) || x.reportFalse(si+1) {
		return true // "… said the report was inaccurate and that the two had never met"
	}
	for k := n.t0; k+1 < n.t1; k++ {
		switch x.toks[k].lower {
		case "denied", "denies", "deny":
		default:
			continue
		}
		if o := x.toks[k+1].lower; o != "it" && o != "this" && o != "that" {
			continue
		}
		if k+2 >= n.t1 || x.toks[k+2].kind == tkPunct || denialEnds[x.toks[k+2].lower] {
			return true
		}
	}
	return false
}

// falseWords call a report untrue: "said the report was inaccurate".
var falseWords = set("inaccurate", "false", "untrue", "baseless", "incorrect", "unfounded", "fabricated", "wrong")

// reportFalse reports a report or claim called untrue in sentence si
// ("Ventura said the report was inaccurate", "the claims were baseless"):
// a falsity word at most three words after "report(s)" or "claim(s)".
func (x *doc) reportFalse(si int) bool {
	s := &x.sents[si]
	for k := s.t0; k < s.t1; k++ {
		switch x.toks[k].lower {
		case "report", "reports", "claim", "claims":
		default:
			continue
		}
		for q := k + 1; q < s.t1 && q <= k+3; q++ {
			if falseWords[x.toks[q].lower] {
				return true
			}
		}
	}
	return false
}

// deniesMeeting reports a denial of a meeting in sentence si from token
// from on. It also reads the rest of the meeting's own sentence: "X had
// requested a meeting with Y …, but the office gave no answer and no
// meeting took place". In the sentence after a meeting (next), "a meeting
// he had requested with Y did not take place" is another meeting, not a
// denial of the one before.
func (x *doc) deniesMeeting(si, from int, next bool) bool {
	n := &x.sents[si]
	for k := from; k < n.t1; k++ {
		l := x.toks[k].lower
		switch l {
		case "denied", "denies", "deny", "denying":
			// "denied any meeting", "denied meeting him", "denied that … met";
			// two determiners too: "denied any such contacts", when the
			// denial can only be of this meeting (sameDenial)
			q := k + 1
			for d := 0; d < 2 && q < n.t1 && (x.toks[q].lower == "any" || x.toks[q].lower == "the" || x.toks[q].lower == "a" || x.toks[q].lower == "such"); d++ {
				q++
			}
			if q < n.t1 && (x.toks[q].lower == "meeting" || x.toks[q].lower == "meetings" || x.toks[q].lower == "contact" || x.toks[q].lower == "contacts") && (q-k <= 2 || x.sameDenial(si, from, k, q, next)) {
				if q+1 >= n.t1 || x.toks[q+1].lower != "had" && x.toks[q+1].lower != "was" && x.toks[q+1].lower != "were" {
					return true
				}
			}
			if q < n.t1 && x.toks[q].lower == "that" {
				for j := q + 1; j < n.t1 && j <= q+8; j++ {
					if x.lx.meet[x.toks[j].lower] || x.toks[j].lower == "place" {
						return true
					}
				}
			}
		case "such", "no":
			// "no meeting of that kind occurred", "no meeting took place"
			q := k + 1
			if l == "no" && q < n.t1 && x.toks[q].lower == "such" {
				q++
			}
			if q >= n.t1 || !meetNouns[x.toks[q].lower] || l == "such" && (k == n.t0 || x.toks[k-1].lower != "no") {
				continue
			}
			for j := q + 1; j < n.t1 && j <= q+4; j++ {
				if jl := x.toks[j].lower; jl == "place" || jl == "happened" || jl == "occurred" || jl == "existed" {
					return true
				}
			}
		case "never", "not":
			// "the meeting never took place", "talks did not take place"
			if k-1 >= n.t0 && k+2 < n.t1 && (x.toks[k+1].lower == "took" || x.toks[k+1].lower == "take" || x.toks[k+1].lower == "taken") && x.toks[k+2].lower == "place" {
				for j := n.t0; j < k; j++ {
					if meetNouns[x.toks[j].lower] {
						if next && x.indefiniteBefore(si, j) {
							// "A meeting of A and C planned beside
							// the summit talks never took place":
							// the talks named after it belong to
							// the other meeting's phrase, not denied
							break
						}
						return true
					}
				}
			}
		}
	}
	return false
}

// noBefore reports a determiner "no" in toks[i:n], before a meeting noun
// ("held no formal talks at all"), but not a count ("held no fewer
// than three meetings", "no more than").
func (x *doc) noBefore(i, n int) bool {
	for q := i; q < n; q++ {
		if x.toks[q].lower != "no" {
			continue
		}
		if q+1 < n {
			switch x.toks[q+1].lower {
			case "fewer", "less", "more":
				continue
			}
		}
		return true
	}
	return false
}

// indefiniteBefore reports that the meeting noun at j opens with "a" or
// "an", past up to four modifiers ("a meeting", "a three-way summit", "a
// planned joint session"): another meeting than one named before, whose
// denial in the next sentence does not undo it.
func (x *doc) indefiniteBefore(si, j int) bool {
	n := &x.sents[si]
	for q := j - 1; q >= n.t0 && q >= j-6; q-- {
		t := &x.toks[q]
		if t.lower == "a" || t.lower == "an" {
			return true
		}
		if t.kind != tkWord && t.text != "-" || x.tokMent[q] >= 0 {
			return false
		}
	}
	return false
}

// personBehind looks through "China's special representative for
// Eurasian affairs, Zhou Minghao" from the state mention m to the person.
func (x *doc) personBehind(si int, m *mention) int {
	s := &x.sents[si]
	q := m.t1
	poss := q < s.t1 && (x.toks[q].kind == tkPoss || x.plainApostrophe(q))
	if poss {
		q++
	}
	// "the Danish Baltic commander, Adm. X": a state as a modifier
	adj := !poss && m.ent >= 0 && x.ents[m.ent].kind == "state"
	// "NATO Deputy Secretary General X": a body's name before its officer's title
	adj = adj || !poss && m.ent >= 0 && !m.weak && x.ents[m.ent].typ == TypeInstitution && q < s.t1 && x.tokRole[q] >= 0
	if poss || adj {
		// "Canada's Arctic ambassador": a capitalised modifier before the role
		for n := 0; n < 3 && q+1 < s.t1 && x.tokRole[q] < 0 && x.toks[q].cap && x.toks[q].kind == tkWord; n++ {
			if adj && x.toks[q+1].text == "-" && !x.toks[q+1].space && q+2 < s.t1 && x.toks[q+2].cap {
				q += 2 // "Indo-Pacific"
			}
			nq := q + 1
			if mi := x.tokMent[q]; mi >= 0 {
				if x.ments[mi].typ != TypePlace {
					break
				}
				nq = x.ments[mi].t1
			}
			if nq >= s.t1 || x.tokRole[nq] < 0 {
				break
			}
			q = nq
		}
	}
	if poss {
		q = x.lowerRemit(si, q)
	}
	if q >= s.t1 || x.tokRole[q] < 0 {
		if q < s.t1 && (x.toks[q].lower == "counterpart" || x.toks[q].lower == "counterparts") {
			q++
		} else {
			return -1
		}
	} else {
		q = x.roles[x.tokRole[q]].t1
		for n := 0; n < 2 && q < s.t1 && x.tokRole[q] >= 0 && x.tokMent[q] < 0; n++ {
			q = x.roles[x.tokRole[q]].t1 // "Deputy Secretary" "General"
		}
		q = x.skipTitleQualifier(q, s.t1)
	}
	if mi := x.mentionStartAt(q); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		return x.ments[mi].ent
	}
	if q+1 < s.t1 && x.toks[q].text == "," {
		// "the ASEAN special envoy, Cambodian Foreign Minister X": a
		// demonym before the appositive's own title
		// A demonym of another state than m's starts the next item of a
		// list: "met Sweden's ambassador, Chilean Foreign Minister Y and …"
		if mi := x.mentionStartAt(q + 1); mi >= 0 && x.ments[mi].weak && !(m.ent >= 0 && x.ents[m.ent].kind == "state" && x.ments[mi].ent != m.ent) {
			if r := int(x.ments[mi].t1); r < s.t1 && x.tokRole[r] >= 0 && x.tokMent[r] < 0 {
				if pm := x.mentionStartAt(x.roles[x.tokRole[r]].t1); pm >= 0 && x.isPerson(x.ments[pm].ent) {
					return x.ments[pm].ent
				}
			}
		}
	}
	p := x.appositivePerson(si, q, 6)
	if p >= 0 && int(m.t0) > s.t0 && x.sourceAfterComma(si, q) {
		return -1 // "Y met Ukraine's ambassador in Kyiv, X said": X is the source
	}
	return p
}

// plainApostrophe reports a bare apostrophe at q closing a plural-looking
// name ("the United Arab Emirates' Minister of State, X", "the
// Philippines' envoy"): the possessive the tokenizer leaves as
// punctuation. It must cling to the name and be followed by a word.
func (x *doc) plainApostrophe(q int) bool {
	t := &x.toks[q]
	return t.text == "'" && !t.space && q > 0 && strings.HasSuffix(x.toks[q-1].lower, "s") &&
		q+1 < len(x.toks) && x.toks[q+1].space && x.toks[q+1].kind == tkWord
}

// postingEnd returns the token after an envoy's posting "to Y" that
// starts at q ("the Ambassador of the Union to Y, X"), else q: the
// holder's name follows the posting.
//
// The posting may name two states ("to Australia and New Zealand, X"),
// and a remit may stand there instead ("the special envoy of S for the
// border settlement, Mr. X"): up to five words before the comma, none a
// verb, a preposition or a person, so the holder named after it is still
// the party. A name after the comma that a speech verb follows is the
// source of the report, not the holder ("…, Ms. Y said"): no remit then.
// titleAround reads the remit through this function, so the two agree on
// when the state gives way to the holder.
func (x *doc) postingEnd(si, q int) int {
	s := &x.sents[si]
	if q+1 < s.t1 && x.toks[q].lower == "to" {
		b := q + 1
		if b+1 < s.t1 && x.toks[b].lower == "the" {
			b++ // "to the United Nations"
		}
		if mi := x.mentionStartAt(b); mi >= 0 && x.ents[x.ments[mi].ent].typ == TypeInstitution {
			e := int(x.ments[mi].t1)
			if e+1 < s.t1 && x.toks[e].lower == "and" {
				if mj := x.mentionStartAt(e + 1); mj >= 0 && x.ents[x.ments[mj].ent].typ == TypeInstitution {
					e = int(x.ments[mj].t1)
				}
			}
			return e
		}
	}
	if q+2 < s.t1 && x.toks[q].lower == "for" && x.toks[q+1].lower == "the" {
		for j := q + 2; j < s.t1 && j <= q+7; j++ {
			t := &x.toks[j]
			if t.text == "," {
				k := j + 1
				for k < s.t1 && x.tokRole[k] >= 0 && x.tokMent[k] < 0 {
					k = x.roles[x.tokRole[k]].t1 // "Mr.", "Ms."
				}
				if mi := x.mentionStartAt(k); j > q+2 && !(mi >= 0 && int(x.ments[mi].t1) < s.t1 && x.lx.speech[x.toks[x.ments[mi].t1].lower]) {
					return j
				}
				return q
			}
			if t.text == "-" && !t.space && j+1 < s.t1 && !x.toks[j+1].space && x.toks[j+1].kind == tkWord {
				continue // "the long-running dispute": one word
			}
			if mi := x.tokMent[j]; mi >= 0 && x.isPerson(x.ments[mi].ent) || t.kind != tkWord || x.lx.speech[t.lower] || auxVerbs[t.lower] || prepositions[t.lower] {
				return q
			}
		}
	}
	return q
}

// lowerRemit skips one or two lower-case words naming a portfolio between
// a possessive and its role: "Iceland's fisheries minister, X", "South
// Africa's water minister, Y". It returns q unchanged unless a role
// follows them, so "Iceland's decision" or "Norway's own minister" (a
// function word) stay as they are.
func (x *doc) lowerRemit(si, q int) int {
	s := &x.sents[si]
	for n := 1; n <= 2 && q+n < s.t1; n++ {
		t := &x.toks[q+n-1]
		if t.kind != tkWord || t.cap || x.tokRole[q+n-1] >= 0 || x.tokMent[q+n-1] >= 0 || len(t.lower) < 4 ||
			prepositions[t.lower] || auxVerbs[t.lower] || skipBeforeVerb[t.lower] {
			return q
		}
		if x.tokRole[q+n] >= 0 && x.tokMent[q+n] < 0 {
			return q + n
		}
	}
	return q
}

// skipTitleQualifier skips the capitalised remit of a title before the
// name it introduces: "Deputy Secretary for Inland Waterways X".
// It returns q unchanged when no person follows the remit.
//
// The remit may list its fields with commas ("Minister for Industry,
// Trade and Investment X"): a comma followed by a capitalised field goes
// on, within eight words.
func (x *doc) skipTitleQualifier(q, end int) int {
	if q+1 >= end || (x.toks[q].lower != "for" && x.toks[q].lower != "of") || !x.toks[q+1].cap {
		return q
	}
	for j := q + 1; j < end && j <= q+8; j++ {
		if mi := x.mentionStartAt(j); mi >= 0 && x.isPerson(x.ments[mi].ent) && j > q+1 {
			return j
		}
		if t := &x.toks[j]; t.text == "," && j+1 < end && x.toks[j+1].cap && x.tokMent[j+1] < 0 {
			continue
		}
		if t := &x.toks[j]; t.kind != tkWord || !t.cap && t.lower != "and" {
			break
		}
	}
	return q
}

// appositivePerson finds the person named after a role that ends before
// q: ", X", ", Dr. X", and through a role name with commas ("Minister of
// Ports, Rail and Canals, Dr. X").
func (x *doc) appositivePerson(si, q, span int) int {
	s := &x.sents[si]
	commas := 0
	for k := q; k < s.t1 && k < q+span+8; k++ {
		if x.toks[k].text == "," {
			j := k + 1
			for j < s.t1 && x.tokRole[j] >= 0 && x.tokMent[j] < 0 {
				j = x.roles[x.tokRole[j]].t1 // "Dr.", "Adm.", "Col."
				// "…, Minister for Mines and Energy X": the remit
				j = x.skipTitleQualifier(j, s.t1)
			}
			if mi := x.mentionStartAt(j); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent
			}
			commas++
			if commas > 1 {
				return -1
			}
			// the role name may go on: "…, Irrigation and Energy, Dr. X"
			for j = k + 1; j < s.t1 && j < k+6 && (x.toks[j].cap || x.toks[j].lower == "and"); j++ {
			}
			if j >= s.t1 || x.toks[j].text != "," || j == k+1 {
				return -1
			}
			k = j - 1
			continue
		}
		if x.toks[k].kind == tkPunct || k >= q+span {
			return -1
		}
	}
	return -1
}

// objectsAfter returns the actors named after token k, several when they
// are joined by "and": "met Zielinski and Turkey's deputy foreign
// minister, Aylin Demir" gives both people.
func (x *doc) objectsAfter(si, k int) []int {
	s := &x.sents[si]
	var out []int
	// a title first: "the First Deputy Minister for Fisheries of …"
	// may run longer before its holder's name
	title := false
	if q := k; q < s.t1 {
		if x.toks[q].lower == "the" && q+1 < s.t1 {
			q++
		}
		title = x.tokRole[q] >= 0 && x.tokMent[q] < 0
	}
	for j := k; j < s.t1 && (j < k+9 || title && j < k+16); j++ {
		t := &x.toks[j]
		if t.lower == "sidelines" || t.lower == "margins" {
			break // "met for an hour at the margins of an OECD forum": where, not whom
		}
		if title && x.tokMent[j] < 0 && x.tokRole[j] < 0 && !(t.kind == tkWord && (t.cap || t.lower == "the" || t.lower == "of" || t.lower == "for" || t.lower == "and")) {
			title = false
		}
		if mi := x.tokMent[j]; mi >= 0 {
			m := &x.ments[mi]
			e := m.ent
			if e < 0 && m.acronym && m.t1 < s.t1 && x.toks[m.t1].kind == tkPoss {
				// "the FARC's commander, X": an unresolved acronym's role
				if p := x.personBehind(si, m); p >= 0 {
					e = p
				}
			}
			if !x.isActor(e) || m.t0 > s.t0 && x.toks[m.t0-1].text == "," && m.t1 < s.t1 && x.lx.speech[x.toks[m.t1].lower] {
				break // "spent an hour with his lawyers, X said": the source
			}
			if len(out) > 0 && m.t1 < s.t1 && clauseMeetVerbs[x.toks[m.t1].lower] {
				break // "A met B, and C met D": C opens a clause of its own
			}
			if e == m.ent && m.weak && m.t1 < s.t1 && x.tokRole[m.t1] >= 0 {
				if p := x.roleObject(si, int(x.tokRole[m.t1])); p >= 0 {
					e = p // "rang the Chilean president": the leader named before
				}
			}
			if e == m.ent && m.weak && x.personBehind(si, m) < 0 {
				// "met her Latvian and Dutch opposite numbers, X and Y": the
				// demonyms qualify the role; the people follow it
				q := m.t1
				for q+1 < s.t1 && (x.toks[q].lower == "and" || x.toks[q].text == ",") && x.tokMent[q+1] >= 0 && x.ments[x.tokMent[q+1]].weak {
					q = x.ments[x.tokMent[q+1]].t1
				}
				if q < s.t1 && (x.tokRole[q] >= 0 || x.toks[q].lower == "counterparts" || x.toks[q].lower == "counterpart") {
					e := q + 1
					if ri := x.tokRole[q]; ri >= 0 {
						e = x.roles[ri].t1
					}
					if x.appositivePerson(si, e, 1) >= 0 {
						j = e - 1
						continue
					}
				} else if p := x.demonymNoun(si, q); p >= 0 {
					e = p // "exiled Belarusian opposition figure X": the demonym describes X
				}
			}
			if e == m.ent && m.weak && x.unnamedOfficial(si, m) {
				// "met the Russian ambassador", "met his Romanian
				// counterpart": one official, neither named nor known from
				// before, is not his state, which did not meet anyone
				break
			}
			if e == m.ent && x.ents[e].typ == TypeInstitution {
				if p := x.personBehind(si, m); p >= 0 {
					e = p
				} else if pm := x.mentionStartAt(m.t1); pm >= 0 && x.isPerson(x.ments[pm].ent) {
					// "met EU Fisheries Commissioner X": an office's name
					// used as the person's title
					e = x.ments[pm].ent
				} else if o := x.organAfter(si, m); o >= 0 {
					// "met the chief of Norway's Coastal Shipping
					// Service": the organ, not the state
					e = o
				} else if p := m.t0 - 1; p-1 > s.t0 && x.toks[p].lower == "the" && (x.toks[p-1].lower == "of" || x.toks[p-1].lower == "at") && x.tokRole[p-2] >= 0 {
					// "the commander of the Northern Fleet, Adm. X", "the
					// Envoy of the Nordic Council in Y, X"
					if pe := x.postedHolder(si, m); pe >= 0 {
						e = pe
					}
				} else if p := m.t0 - 1; p > s.t0 && (x.toks[p].lower == "of" || x.toks[p].lower == "at") && x.tokRole[p-1] >= 0 {
					// "the chief of Denmark's Baltic Squadron, Adm. X"
					if pe := x.postedHolder(si, m); pe >= 0 {
						e = pe
					} else if ps := x.rolePeopleAfter(si, k, m); len(ps) > 0 {
						out = append(out, ps...)
						break
					}
				} else if ps := x.rolePeopleAfter(si, k, m); len(ps) > 0 {
					// "the leader of the opposition Liberal Party, X", "the
					// farm ministers of Chile and Peru, X and Y"
					out = append(out, ps...)
					break
				}
			} else if m.t1+1 < s.t1 && x.toks[m.t1].kind == tkPoss {
				// "met Putin's envoy": the envoy, named or not, not Putin;
				// "met X's delegation": X, who led it
				if p := x.personBehind(si, m); p >= 0 {
					e = p
				} else if !ledGroups[x.toks[m.t1+1].lower] {
					break
				}
			}
			out = append(out, e)
			// another object joined by "and"
			n := m.t1
			if e != m.ent {
				// the person behind a role: continue after the person's name
				for q := m.t1; q < s.t1 && q < m.t1+20; q++ {
					if mj := x.tokMent[q]; mj >= 0 && x.ments[mj].ent == e {
						n = x.ments[mj].t1
						break
					}
				}
			}
			for n < s.t1 && x.tokRole[n] >= 0 {
				n = x.roles[x.tokRole[n]].t1
			}
			if n+1 < s.t1 && x.toks[n].text == "," && x.toks[n+1].lower != "and" {
				// skip an appositive to its closing comma
				c := n + 1
				for c < s.t1 && c < n+12 && x.toks[c].text != "," && x.toks[c].text != "." {
					c++
				}
				if c < s.t1 && x.toks[c].text == "," {
					n = c
				}
			}
			if n < s.t1 && x.toks[n].text == "," {
				n++
			}
			if n < s.t1 && x.toks[n].lower == "and" {
				if n+1 < s.t1 && personPronouns[x.toks[n+1].lower] || x.secondVerb(si, n) {
					break // "saw X twice in Lima, and later he sat down with Y", "met X and signed …": a second clause
				}
				if n+1 < s.t1 && x.toks[n+1].lower == "with" {
					n++ // "with X, and with Y"
				}
				j = n
				k = n + 1
				continue
			}
			break
		}
		if ri := x.tokRole[j]; ri >= 0 {
			if x.roles[ri].t1 == j+1 && len(out) == 0 {
				if p := x.roleObject(si, int(ri)); p >= 0 {
					out = append(out, p) // "hosted the commissioner over a late supper"
					break
				}
			}
			continue
		}
		if t.lower == "him" || t.lower == "her" {
			// an object pronoun: the main clause's subject ("She thanked
			// Demir, who met her")
			if e, _ := x.clauseSubject(si, j); e >= 0 && x.isPerson(e) && !(j+1 < s.t1 && x.toks[j+1].kind == tkWord && x.toks[j+1].lower != "and") {
				out = append(out, e)
				if j+1 < s.t1 && x.toks[j+1].lower == "and" {
					continue
				}
				break
			}
			continue
		}
		if t.kind == tkPunct && t.text != "," && t.text != "-" {
			break
		}
		if t.kind == tkWord && (x.lx.speech[t.lower] || t.lower == "to" || t.lower == "that") {
			break
		}
		if t.lower == "and" && len(out) == 0 && j > k && (x.toks[j-1].lower == "him" || x.toks[j-1].lower == "her") {
			continue
		}
	}
	return out
}

// demonymNoun returns the person named right after one or two lower-case
// nouns that follow a demonym, q being the token after it: "Belarusian
// opposition figure X", "Cuban dissident X". Function words, speech verbs,
// clause openers ("Cuban dissidents whom X had recommended", "Belarusian
// exiles when X visited") and roles (read by the caller) end the search;
// -1 when no person follows.
func (x *doc) demonymNoun(si, q int) int {
	s := &x.sents[si]
	for r := q; r < s.t1 && r <= q+2; r++ {
		if mi := x.mentionStartAt(r); mi >= 0 {
			if r > q && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent
			}
			return -1
		}
		t := &x.toks[r]
		if r == q+2 || t.kind != tkWord || t.cap || x.tokRole[r] >= 0 || len(t.lower) < 4 || prepositions[t.lower] ||
			auxVerbs[t.lower] || skipBeforeVerb[t.lower] || x.lx.speech[t.lower] || pendingClauseEnds[t.lower] {
			return -1
		}
		switch t.lower {
		case "whom", "whenever", "where", "wherever", "whether":
			return -1
		}
	}
	return -1
}

// roleObject returns the named person that the role phrase ri stands for
// when the definite phrase is the whole object: "hosted the commissioner over a
// late supper", "rang the Chilean president" (the nearest
// earlier person of that role and state, as for a role-noun speaker). A
// name or qualifier after the role ("the envoy, X", "the leader of the
// party"), a plural, an indefinite or a former holder gives -1.
func (x *doc) roleObject(si, ri int) int {
	s := &x.sents[si]
	r := &x.roles[ri]
	if r.plural || strings.Contains(r.text, "former") {
		return -1
	}
	if n := r.t1; n < s.t1 {
		switch t := &x.toks[n]; {
		case x.tokMent[n] >= 0, t.kind == tkPoss, t.text == ",", t.text == "(", t.lower == "of", t.lower == "for", t.lower == "to":
			return -1
		}
	}
	if _, def := x.npStart(r); !def {
		return -1
	}
	p, ok := x.roleRef[ri]
	if !ok || p < 0 {
		p = x.resolveRole(r, r.t0)
	}
	if !x.isPerson(p) {
		return -1
	}
	if r.tp != nil && strings.IndexByte(r.tp.phrase, ' ') > 0 && !x.heldBefore(p, r.tp.phrase, si) {
		return -1 // "the prime minister" is not the foreign minister named before
	}
	return p
}

// heldBefore reports that person p was named with a role ending with
// phrase in a sentence before si ("Prime Minister X said …" before "met
// the prime minister"): the roles a resolution itself gave p do not count.
// A former holder ("Former Prime Minister Y spoke") is not "the prime
// minister"; and when another person also held that title before ("Chief
// Minister X of Punjab … Chief Minister Y of Sindh"), a bare "the chief
// minister" names neither of them surely.
func (x *doc) heldBefore(p int, phrase string, si int) bool {
	held := false
	for ri := range x.roles {
		r := &x.roles[ri]
		if r.sent >= si || r.tp == nil || !strings.HasSuffix(r.tp.phrase, phrase) || x.formerRole(r) {
			continue
		}
		switch h := x.namedHolder(r); {
		case h == p:
			held = true
		case h >= 0 && x.isPerson(h):
			return false
		}
	}
	return held
}

// formerRole reports "former" or "ex" in the noun phrase of role r
// ("Former Prime Minister Y", "the ex-chief minister").
func (x *doc) formerRole(r *roleSpan) bool {
	if strings.Contains(r.text, "former") {
		return true
	}
	np, _ := x.npStart(r)
	for k := np; k < r.t0; k++ {
		if l := x.toks[k].lower; l == "former" || l == "ex" {
			return true
		}
	}
	return false
}

// namedHolder returns the person named with role r in its own sentence:
// "Prime Minister X", "The Chief Minister, X, …" (the appositive names the
// holder as surely as a prefix title) or "X, the prime minister"; else -1.
func (x *doc) namedHolder(r *roleSpan) int {
	if mi := x.mentionStartAt(r.t1); mi >= 0 {
		return x.ments[mi].ent
	}
	if n := r.t1; n+1 < x.sents[r.sent].t1 && x.toks[n].text == "," {
		if mi := x.mentionStartAt(n + 1); mi >= 0 {
			return x.ments[mi].ent
		}
	}
	q := r.t0 - 1
	if q >= 0 && x.toks[q].lower == "the" {
		q--
	}
	if q >= 0 && x.toks[q].text == "," {
		if mi := x.mentionEndAt(q - 1); mi >= 0 {
			return x.ments[mi].ent
		}
	}
	return -1
}

// timeWords may stand between "spoke/talked by phone" and "with": "talked
// by telephone late on Sunday with X".
var timeWords = set("on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"morning", "afternoon", "evening", "night", "late", "earlier", "later", "today", "yesterday", "the")

// callModifiers may stand in "paid a polite call on", "paid a brief
// farewell visit to".
var callModifiers = set("a", "an", "his", "her", "their", "courtesy", "farewell", "brief", "short", "private", "personal", "surprise", "formal")

// callOn returns the token after "on" in "paid a polite call on X" (or
// "to" in "paid a farewell visit to X") for the verb at k, or -1. Only
// modifiers stand between the verb and the noun: "paid a heavy price
// for", "paid tribute to" are no calls.
func (x *doc) callOn(si, k int) int {
	s := &x.sents[si]
	q := k + 1
	for q < s.t1 && q <= k+4 && callModifiers[x.toks[q].lower] {
		q++
	}
	if q == k+1 || q+1 >= s.t1 {
		return -1
	}
	switch n, p := x.toks[q].lower, x.toks[q+1].lower; {
	case (n == "call" || n == "calls") && p == "on", (n == "visit" || n == "visits") && p == "to":
		return q + 2
	}
	return -1
}

// timeSpent returns, for "spent" at k, the "with" after a short time
// phrase ("spent Wednesday with", "spent three days in Lima
// with"), or -1 with together set for "spent four hours together"; -1
// and false when no such phrase follows. The phrase must name an hour, a
// part of a day or a day (a weekday), so "spent years with the firm",
// "spent most of a season with" or "spent late on Monday" (no span
// spent) is none, and it names no person.
func (x *doc) timeSpent(si, k int) (int, bool) {
	s := &x.sents[si]
	timed := false
	for q := k + 1; q < s.t1 && q <= k+9; q++ {
		ql := x.toks[q].lower
		switch {
		case ql == "with" && timed:
			return q, false
		case ql == "together" && timed:
			return -1, true
		case spentTimes[ql] || hasWeekday(ql): // "spent Wednesday with"
			timed = true
		case x.toks[q].kind == tkPunct || x.tokMent[q] >= 0 && x.ments[x.tokMent[q]].typ != TypePlace:
			return -1, false
		}
	}
	return -1, false
}

// coordinatedPeople returns the people joined to subject a by "and"
// before the verb at v ("X and Y discussed", "X and his counterpart, Y,
// spoke for an hour"), or nil: only people, since two states "discussed"
// a matter through notes as often as face to face; and only when the two
// spoke to each other, not each to an audience ("discussed it in their
// columns", "on television", "both X and Y discussed"), not when the
// sentence says they "never met", and not as the object of a relative
// clause ("a memo that X and Y discussed").
func (x *doc) coordinatedPeople(si, a, v int) []int {
	if !x.isPerson(a) || x.apartAfter(si, v, v+12, false) || x.toAudience(si, v) || x.neverMet(si) {
		return nil // "discussed it in separate interviews"
	}
	bs := x.coordinated(si, v)
	if len(bs) == 0 {
		bs = x.coordinatedWith(si, a, v)
	}
	bs = x.peopleIn(bs)
	if len(bs) == 0 || x.afterPreposition(si, bs[0], v) || x.pairOpener(si, a, bs, v) {
		return nil // "a report by X and Y discussed": the pair is no subject
	}
	return bs
}

// apartWords tell that the parties of one verb acted each on their own:
// "met X and Y separately", "in separate interviews".
var apartWords = set("separate", "separately", "individually")

// apartAfter reports an apartWords word (or "each", when each is set)
// after token v up to token to, within the sentence and before a ";".
func (x *doc) apartAfter(si, v, to int, each bool) bool {
	s := &x.sents[si]
	for q := v + 1; q < s.t1 && q <= to; q++ {
		l := x.toks[q].lower
		if apartWords[l] || each && l == "each" {
			return true
		}
		if l == ";" {
			break
		}
	}
	return false
}

// mediaNouns name the channels of a statement made to an audience:
// "discussed the ruling in their columns", "on television".
var mediaNouns = set("column", "columns", "interview", "interviews", "speech", "speeches", "television", "radio", "print", "podcast", "podcasts", "article", "articles")

// toAudience reports "in their" or a mediaNouns word in the dozen tokens
// after v, within the sentence: each spoke to readers or listeners.
func (x *doc) toAudience(si, v int) bool {
	s := &x.sents[si]
	for q := v + 1; q < s.t1 && q <= v+12; q++ {
		l := x.toks[q].lower
		if mediaNouns[l] || l == "in" && q+1 < s.t1 && x.toks[q+1].lower == "their" {
			return true
		}
	}
	return false
}

// neverMet reports "never met" (or "never having met") in sentence si.
func (x *doc) neverMet(si int) bool {
	s := &x.sents[si]
	for q := s.t0; q+1 < s.t1; q++ {
		if x.toks[q].lower != "never" {
			continue
		}
		if n := x.toks[q+1].lower; n == "met" || n == "having" && q+2 < s.t1 && x.toks[q+2].lower == "met" {
			return true
		}
	}
	return false
}

// pairOpener reports "both", "that" or "which" right before the first
// of the pair of a and bs before v: "Both X and Y discussed" (each on
// their own), "a memo that X and Y discussed" (the pair is no subject of
// the clause, its object missing after v).
func (x *doc) pairOpener(si, a int, bs []int, v int) bool {
	s := &x.sents[si]
	first := -1
	for q := v - 1; q > s.t0 && q >= v-25; q-- {
		if mi := x.mentionStartAt(q); mi >= 0 && (x.ments[mi].ent == a || slices.Contains(bs, x.ments[mi].ent)) {
			first = q
		}
	}
	if first < 0 {
		return false
	}
	if p := x.itemStart(si, first) - 1; p >= s.t0 {
		switch x.toks[p].lower {
		case "both":
			return true
		case "that", "which":
			// a relative clause leaves the verb without its object: "a
			// memo that X and Y discussed was leaked"; after "said that
			// X and Y discussed the levy" the pair is the subject
			n := v + 1
			return n >= s.t1 || x.toks[n].kind == tkPunct || passiveAux[x.toks[n].lower] || x.toks[n].lower == "has" || x.toks[n].lower == "had"
		}
	}
	return false
}

// afterPreposition reports whether the last mention of e before v, with
// its title, follows a preposition: "a paper by X and Y", "the views of
// X and Y".
func (x *doc) afterPreposition(si, e, v int) bool {
	s := &x.sents[si]
	for q := v - 1; q > s.t0; q-- {
		if mi := x.mentionStartAt(q); mi >= 0 && x.ments[mi].ent == e {
			p := x.itemStart(si, q) - 1
			return p >= s.t0 && prepositions[x.toks[p].lower]
		}
	}
	return false
}

// spokeForSpan reports "spoke for <span>" at k: "spoke for 20 minutes",
// "talked for nearly two hours". Said of two subjects, a span spent
// talking is a conversation between them. Only "spoke", "spoken" and
// "talked" count ("sat for two hours" is no talk), and only a measured
// span ("spoke for the union this morning" names a side): between "for"
// and the span stand numbers and quantity words alone. "Spoke for ten
// minutes each" ("apiece", "in turn") and "spoke for 20 minutes at the
// rally" are speeches to an audience.
func (x *doc) spokeForSpan(si, k int) bool {
	s := &x.sents[si]
	if l := x.toks[k].lower; l != "spoke" && l != "spoken" && l != "talked" {
		return false
	}
	if k+2 >= s.t1 || x.toks[k+1].lower != "for" {
		return false
	}
	for q := k + 2; q < s.t1 && q <= k+5; q++ {
		l := x.toks[q].lower
		if spentTimes[l] {
			return !x.speechAfterSpan(si, q)
		}
		if !spanQuantities[l] && !numberWords[l] && !isDigits(l) {
			return false
		}
	}
	return false
}

// spanQuantities measure a span after "spoke for": "about an hour",
// "nearly two hours", "more than 40 minutes".
var spanQuantities = set("about", "nearly", "almost", "around", "roughly", "some", "over", "more", "than", "an", "a", "one", "half", "thirty", "forty", "fifty", "several")

// audienceNouns name the occasions of a speech to a room: "spoke for 20
// minutes at the rally".
var audienceNouns = set("rally", "forum", "conference", "convention", "congress", "assembly", "ceremony", "podium", "lectern")

// speechAfterSpan reports, after the span word at q, "each", "apiece",
// "in turn" or "at the <audienceNouns>": one speech for each speaker.
func (x *doc) speechAfterSpan(si, q int) bool {
	s := &x.sents[si]
	if q+1 >= s.t1 {
		return false
	}
	switch n := x.toks[q+1].lower; {
	case n == "each" || n == "apiece":
		return true
	case n == "in" && q+2 < s.t1 && x.toks[q+2].lower == "turn":
		return true
	case n != "at":
		return false
	}
	for p := q + 2; p < s.t1 && p <= q+5; p++ {
		if audienceNouns[x.toks[p].lower] {
			return true
		}
		if t := x.toks[p].text; t == "," || t == ";" || t == "." {
			return false
		}
	}
	return false
}

// spentTimes are the spans of a meeting's length after "spent": "an hour",
// "two days", "the weekend".
var spentTimes = set("hour", "hours", "minutes", "day", "days", "weekend", "evening", "afternoon", "morning")

// durationWords end a duration before "of talks": "two hours of talks".
var durationWords = set("hours", "hour", "days", "day", "rounds", "round", "weeks", "minutes")

// delegationLeader returns the person in "a delegation (team) led by X"
// when that phrase opens the clause of the verb at v, or -1.
func (x *doc) delegationLeader(si, v int) int {
	s := &x.sents[si]
	for k := v - 2; k > s.t0 && k >= v-25; k-- {
		l := x.toks[k].lower
		if x.tokMent[k] < 0 && x.toks[k].kind == tkWord && k != v && (x.lx.meet[l] || x.lx.speech[l]) {
			return -1 // another clause's verb
		}
		g := k - 1
		if g-1 > s.t0 && x.toks[g].text == "," {
			g-- // "the fisheries team, headed by Senator X, sat down with"
		}
		if (l != "led" && l != "headed") || x.toks[k+1].lower != "by" || !ledGroups[x.toks[g].lower] {
			continue
		}
		q := k + 2
		for n := 0; n < 3 && q < s.t1 && x.tokMent[q] < 0; n++ {
			if x.tokRole[q] >= 0 {
				q = x.roles[x.tokRole[q]].t1
			} else if x.toks[q].kind == tkWord && !x.toks[q].cap {
				q++ // "retired"
			} else {
				break
			}
		}
		if mi := x.mentionStartAt(q); mi >= 0 && x.isPerson(x.ments[mi].ent) {
			return x.ments[mi].ent
		}
		return -1
	}
	return -1
}

// peopleAfterAnd returns the people named after the "and" that follows
// mention mi ("led by X and President Y"), or nil.
func (x *doc) peopleAfterAnd(si, mi int) []int {
	if mi < 0 {
		return nil
	}
	q := int(x.ments[mi].t1)
	if q+1 >= x.sents[si].t1 || x.toks[q].lower != "and" {
		return nil
	}
	return x.peopleIn(x.objectsAfter(si, q+1))
}

// peopleIn returns the people among the entities objs, or nil.
func (x *doc) peopleIn(objs []int) []int {
	var out []int
	for _, b := range objs {
		if x.isPerson(b) {
			out = append(out, b)
		}
	}
	return out
}

// purposeFailedWords later in a clause tell that a meeting set out for
// did not happen: "took a team to meet Y, only for the talks to be
// scrapped", "…, who refused to receive them".
var purposeFailedWords = set("cancelled", "canceled", "postponed", "declined", "refused", "scrapped", "failed", "never", "not", "n't")

// relativeWords open a relative clause after a comma.
var relativeWords = set("who", "which", "whose", "whom")

// purposeFailed reports a word of purposeFailedWords after token k in
// the clause of the meeting in sentence si. The scan stops at a
// semicolon and at a verb of speech (what follows is what someone said:
// "…, who said the quota was not fair"); a relative clause after a comma
// is read only for its own verb ("…, who never turned up").
func (x *doc) purposeFailed(si, k int) bool {
	end := x.sents[si].t1
	for q := k + 1; q < end; q++ {
		l := x.toks[q].lower
		if x.toks[q].text == ";" || x.lx.speech[l] {
			return false
		}
		if x.toks[q].text == "," && q+1 < end && relativeWords[x.toks[q+1].lower] && q+5 < end {
			end = q + 5 // ", who (did) not / declined": the pronoun and up to three words
		}
		if purposeFailedWords[l] {
			return true
		}
	}
	return false
}

// ingNouns end in "-ing" but are no participle: "this morning".
var ingNouns = set("morning", "evening", "meeting", "building", "briefing", "spring", "king", "thing", "something", "nothing", "anything", "everything")

// determiners open a noun phrase. Before a word in "-ing" they make it a
// noun ("the briefing"); before a past participle, the participle's
// adjective ("a renewed request").
var determiners = set("a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "all", "some", "no",
	"its", "his", "her", "their", "our", "your", "my")

// participle reports a present participle at token q: "hoping",
// "wanting" (not a name, not "this morning" or "the briefing").
func (x *doc) participle(q int) bool {
	t := &x.toks[q]
	if t.kind != tkWord || x.tokMent[q] >= 0 || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ing") || ingNouns[t.lower] {
		return false
	}
	return q == 0 || !determiners[x.toks[q-1].lower]
}

// hadAuxiliary reports a "had" at k that is not the meeting verb for the
// meeting noun at n: it is an auxiliary ("had been scheduled to hold
// talks", "had asked for a meeting", "had requested a meeting") or the
// meeting between them is one intended ("had planned talks"). The
// infinitive's own case decides an intended "to hold talks". A
// participle right before the noun is its adjective ("had detailed
// talks").
func (x *doc) hadAuxiliary(k, n int) bool {
	for q := k + 1; q < n; q++ {
		t := &x.toks[q]
		if x.tokMent[q] >= 0 {
			continue
		}
		if t.lower == "to" || t.lower == "been" || meetIntent[t.lower] {
			return true
		}
		if q+1 < n && t.kind == tkWord && !t.cap && (strings.HasSuffix(t.lower, "ed") || t.lower == "sought") &&
			participleObjects[x.toks[q+1].lower] {
			return true
		}
	}
	return false
}

// participleObjects follow a participle that has its own object or
// complement: "asked for a meeting", "requested a meeting".
var participleObjects = set("for", "a", "an", "the", "that", "with", "about")

// ledToMeet returns the "led" or "headed" of "X led a team of growers
// to meet Y" (or "headed a mission to Tokyo to meet Y") for the
// "meet" at k, or -1. The group noun stands between the verb and "to
// meet", which tells what the delegation came for and did; no person and
// no clause punctuation stand between ("led talks, and hopes to meet").
func (x *doc) ledToMeet(si, k int) int {
	s := &x.sents[si]
	if k-2 <= s.t0 || x.toks[k-1].lower != "to" {
		return -1
	}
	group := false
	for q := k - 2; q > s.t0 && q >= k-10; q-- {
		t := &x.toks[q]
		if mi := x.tokMent[q]; mi >= 0 && x.isPerson(x.ments[mi].ent) || t.kind == tkPunct && t.text != "-" {
			return -1
		}
		if meetIntent[t.lower] || q == k-2 && x.participle(q) {
			return -1 // "led a team to Oslo in May wanting to meet Y"
		}
		group = group || ledGroups[t.lower] && x.tokMent[q] < 0
		if t.lower == "led" || t.lower == "headed" {
			if group && x.toks[q+1].lower != "by" {
				return q
			}
			return -1
		}
	}
	return -1
}

// delegationObject returns the leader in "received a team from the
// growers led by X", "met a mission of the union led by its
// spokesman, Y": a group right after the meeting verb at v (within a few
// words) whose leader is named. The leader met the verb's subject.
func (x *doc) delegationObject(si, v int) int {
	s := &x.sents[si]
	g := -1
	for q := v + 1; q < s.t1 && q <= v+5; q++ {
		if (ledGroups[x.toks[q].lower] || x.toks[q].lower == "representatives") && x.tokMent[q] < 0 {
			g = q // "met representatives of the union, led by X"
			break
		}
		if x.toks[q].kind == tkPunct && x.toks[q].text != "-" {
			return -1
		}
	}
	if g < 0 {
		return -1
	}
	for q := g + 1; q+1 < s.t1 && q <= g+12; q++ {
		if t := x.toks[q].text; t == ";" || t == "." || t == "," && !x.ledByAt(q+1) {
			return -1 // (a comma only before "led by": "a team from the union, led by X")
		}
		if x.ledByAt(q) {
			for r := q + 2; r < s.t1 && r <= q+10; r++ {
				if mi := x.tokMent[r]; mi >= 0 {
					if x.isPerson(x.ments[mi].ent) {
						return x.ments[mi].ent
					}
					if p := x.personBehind(si, &x.ments[mi]); p >= 0 {
						return p
					}
					return -1
				}
			}
			return -1
		}
	}
	return -1
}

// ledByAt reports "led by" or "headed by" at q.
func (x *doc) ledByAt(q int) bool {
	if q+1 >= len(x.toks) || x.toks[q+1].lower != "by" {
		return false
	}
	l := x.toks[q].lower
	return l == "led" || l == "headed"
}

// adjunctPreps open an adjunct that names a meeting held: "after talks
// with X", "at a dinner with X", "in a phone call with X", "went into a
// meeting with X".
var adjunctPreps = set("after", "following", "at", "during", "in", "into")

// adjunctPrepsGate is adjunctPreps' gate (see wordGate): meetings' verb
// switch reaches that case with almost every word.
var adjunctPrepsGate = gateOf(adjunctPreps)

// adjunctStops end the modifier walk of adjunctMeetWith: a preposition
// or a second determiner means the meeting noun belongs to another
// phrase ("after the cancellation of a meeting with", "after requests
// for a meeting with", "the failure to secure a meeting with").
var adjunctStops = set("of", "for", "to", "a", "an", "the", "his", "her", "their")

// adjunctMeetWith returns the "with" of a meeting noun phrase opened by
// the preposition at k, or -1: "after talks with", "after a two-hour
// meeting with", "in a video call in September with". A determiner
// ("a", "an", "his", "her", "their"; "the" after "after" and
// "following" only, where the meeting is over) and up to six lower-case
// modifiers may stand before the noun ("a final, three-hour session"),
// but no preposition or second determiner (adjunctStops); a few words
// of time or place may stand between the noun and "with". "In" and
// "into" always need a determiner, "at" unless the noun follows at once
// ("at talks with"); "in talks with" is an ongoing negotiation. "In"
// after a word must follow a comma, "was/were/been", "sat" or a speech
// verb ("said in a call with"): after a noun or adjective it is no
// meeting held ("little interest in a meeting with", "locked in a round
// of negotiations with"). "Into" needs a verb of going before it ("went
// straight into a meeting with"). A planned meeting ("at a planned
// meeting with", "after a proposed call with"), one called off or still
// to come after the noun ("after the meeting with X was cancelled", "in
// a call with X scheduled for Friday", see calledOffAfter) and a summit
// are no such meeting.
func (x *doc) adjunctMeetWith(si, k int) (w, v int) {
	s := &x.sents[si]
	v = -1
	l := x.toks[k].lower
	q := k + 1
	switch x.toks[q].lower {
	case "a", "an", "his", "her", "their":
		q++
	case "the":
		if l != "after" && l != "following" {
			return -1, -1
		}
		q++
	default:
		if l == "in" || l == "into" || l == "at" && !meetNouns[x.toks[q].lower] {
			return -1, -1
		}
	}
	if l == "in" && k > s.t0 {
		if p := x.toks[k-1].lower; p != "," && p != "was" && p != "were" && p != "been" && p != "sat" && !x.lx.speech[p] {
			return -1, -1
		}
	}
	if l == "into" {
		v = k - 1
		if v > s.t0 && (x.toks[v].lower == "straight" || x.toks[v].lower == "directly") {
			v--
		}
		if v < s.t0 || !travelVerbs[x.toks[v].lower] {
			return -1, -1
		}
	}
	n := -1
	for r := q; r < s.t1 && r <= q+6; r++ {
		t := &x.toks[r]
		if x.tokMent[r] >= 0 || meetIntent[t.lower] {
			return -1, -1
		}
		if meetNouns[t.lower] {
			n = r
			break
		}
		if t.kind == tkPunct && t.text != "-" && t.text != "," || t.kind == tkWord && t.cap || r > q && adjunctStops[t.lower] {
			return -1, -1
		}
	}
	if n < 0 || x.toks[n].lower == "summit" || x.toks[n].lower == "exchange" || x.calledOffAfter(si, n, false) {
		return -1, -1
	}
	for r := n + 1; r < s.t1 && r <= n+4; r++ {
		t := &x.toks[r]
		if t.lower == "with" {
			return r, v
		}
		if t.kind != tkWord || meetIntent[t.lower] || x.tokMent[r] >= 0 && r > n+2 {
			return -1, -1
		}
	}
	return -1, -1
}

// subjectAfterAdjunct returns the subject of the main clause after a
// fronted meeting adjunct whose "with" is at w and whose parties are bs:
// the pronoun or actor right after the comma that closes the last party
// ("In a phone call with her counterpart, X, she asked …"), or -1.
func (x *doc) subjectAfterAdjunct(si, w int, bs []int) int {
	s := &x.sents[si]
	if len(bs) == 0 {
		return -1
	}
	last := bs[len(bs)-1]
	end := -1
	for q := w + 1; q < s.t1 && q <= w+30; q++ {
		if mi := x.tokMent[q]; mi >= 0 && x.ments[mi].ent == last {
			end = int(x.ments[mi].t1)
			break
		}
	}
	if end < 0 || end+1 >= s.t1 || x.toks[end].text != "," {
		return -1
	}
	q := end + 1
	if l := x.toks[q].lower; personPronouns[l] {
		// the adjunct's own people are no antecedent: the one who held
		// the call is named before the sentence
		// (any of them, not only the last: "In a call with X and Y, he
		// …" is neither X nor Y)
		lo := si - 6
		if p := x.earlierPerson(si, lo, last, pronounGender(l), func(sj, j int) int { return x.resolvePronounIn(sj, j, lo) }); p >= 0 && !slices.Contains(bs, p) {
			return p
		}
		return -1
	}
	if mi := x.mentionStartAt(q); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		return x.ments[mi].ent
	}
	return -1
}

// organAfter returns the body in "Russia's Foreign Intelligence Service"
// when m is a state followed by a possessive and a named body of its own.
func (x *doc) organAfter(si int, m *mention) int {
	s := &x.sents[si]
	if m.ent < 0 || x.ents[m.ent].kind != "state" || m.t1+1 >= s.t1 || x.toks[m.t1].kind != tkPoss {
		return -1
	}
	if mi := x.mentionStartAt(m.t1 + 1); mi >= 0 && !x.ments[mi].weak {
		if o := x.ments[mi].ent; o >= 0 && x.ents[o].typ == TypeInstitution && x.ents[o].kind != "state" {
			return o
		}
	}
	return -1
}

var travelVerbs = set("flew", "travelled", "traveled", "went", "headed", "arrived", "came", "returned", "drove", "flown", "gone")

// passiveAdverbs may stand between a passive auxiliary and its verb:
// "was later received by".
var passiveAdverbs = set("later", "also", "then", "subsequently", "warmly", "briefly", "personally", "first", "formally", "afterwards")

// callModes before "conference" or "call" make it a meeting held at a
// distance: "a video conference", "a phone call".
var callModes = set("video", "phone", "telephone", "virtual")

var meetNouns = set("bilateral", "talks", "lunch", "dinner", "breakfast", "meeting", "meetings", "discussions", "consultations", "negotiations", "call",
	"videoconference", "teleconference", "video-conference",
	"conversation", "phone", "exchange", "session", "sessions", "dialogue", "summit")

func (x *doc) meetings(si int) {
	s := &x.sents[si]
	for k := s.t0; k < s.t1; k++ {
		t := &x.toks[k]
		if t.kind != tkWord || x.tokMent[k] >= 0 {
			continue
		}
		l := t.lower
		a := -1
		var bs, subs []int // subs: more subjects listed with a
		conf := 0.8
		mv := k // the verb whose mood decides whether the meeting was held
		led := -1
		if l == "meet" {
			led = x.ledToMeet(si, k)
		}
		switch {
		case (l == "summoned" || l == "called" && k+1 < s.t1 && x.toks[k+1].lower == "in") &&
			!(k-1 >= s.t0 && (x.toks[k-1].lower == "was" || x.toks[k-1].lower == "were" || x.toks[k-1].lower == "been" || x.toks[k-1].lower == "being")):
			// "she had called in the Peruvian envoy, X", "the ministry
			// summoned X": a summons is a meeting with the one summoned
			q := k + 1
			if l == "called" {
				q++
			}
			p := x.personObject(si, q)
			if p < 0 {
				continue
			}
			a, _ = x.subjectOf(si, k)
			if !x.isPerson(a) {
				continue // "Paris summoned the chargé": a state's act, not a meeting of two people
			}
			bs = []int{p}
			conf = 0.7
		case led >= 0:
			// "X led a team of growers to meet Y": the leader met Y
			mv = led
			if a, _ = x.subjectOf(si, mv); !x.isPerson(a) || x.purposeFailed(si, k) {
				continue
			}
			bs = x.peopleIn(x.objectsAfter(si, k+1))
			conf = 0.7
		case x.lx.gate.meet.may(l) && x.lx.meet[l]: // met
			a, subs = x.personSubject(si, k)
			if a < 0 {
				a = x.subjectBeforeAside(si, k)
			}
			q := k + 1
			for q < s.t1 && (x.toks[q].lower == "with" || skipBeforeVerb[x.toks[q].lower]) {
				q++
			}
			if x.metIdiomObject(si, q) {
				continue // "met the deadline, which Y did not", "met every condition set by Y"
			}
			if q < s.t1 && x.toks[q].lower == "among" && k+1 == q {
				continue // "met among UN agency heads", "met among themselves": one side's own people
			}
			if q < s.t1 && (x.toks[q].lower == "in" || x.toks[q].lower == "at") {
				// "met in the Chilean port city": a place, unless "with"
				// follows ("met in Geneva with X")
				w := -1
				for r := q + 1; r < s.t1 && r <= q+6; r++ {
					if x.toks[r].lower == "with" {
						w = r
						break
					}
					if x.toks[r].kind == tkPunct && x.toks[r].text != "-" {
						break
					}
				}
				q = w + 1
				if w < 0 {
					q = s.t1
				}
			}
			bs = x.objectsAfter(si, q)
			if len(bs) == 0 {
				bs = x.coordinated(si, k)
			}
			if p := x.delegationObject(si, k); p >= 0 {
				// "met a delegation of X led by Y": Y is the one met, and X
				// did not meet its own leader; co-leaders too ("led by Y
				// and Z")
				bs = append([]int{p}, x.peopleAfterAnd(si, x.firstMentionOf(si, p))...)
			}
		case x.lx.gate.meetWith.may(l) && x.lx.meetWith[l]:
			w := -1
			for q := k + 1; q < s.t1 && q <= k+7; q++ {
				ql := x.toks[q].lower
				if ql == "with" && (l != "shook" || x.toks[q-1].lower == "hands") || (ql == "to" && (l == "spoke" || l == "talked" || l == "spoken")) ||
					ql == "from" && l == "sat" && x.toks[q-1].lower == "across" { // "sat across from X"
					w = q
					break
				}
				if !(ql == "hands" && l == "shook" || ql == "across" && l == "sat" || ql == "directly" || ql == "by" || ql == "phone" || ql == "telephone" || ql == "down" || ql == "separately" || ql == "briefly" || ql == "privately" || ql == "again" || ql == "also" || ql == "personally" || ql == "twice" ||
					timeWords[ql] && x.tokMent[q] < 0) {
					break
				}
			}
			a, subs = x.personSubject(si, k)
			if w < 0 {
				// "X and Y spoke by phone", but not "X and Y spoke at the
				// forum" (each to the room)
				private := false
				for q := k + 1; q < s.t1 && q <= k+3; q++ {
					switch x.toks[q].lower {
					case "phone", "telephone", "privately", "directly", "briefly", "each", "one", "sidelines":
						// "at the edge of the fair": aside, together
						private = true
					}
				}
				if !private {
					// "X and his counterpart, Y, spoke for an hour": two
					// people, the subjects of the span
					if !x.spokeForSpan(si, k) {
						continue
					}
					bs = x.coordinatedPeople(si, a, k)
					break
				}
				if bs = x.coordinated(si, k); len(bs) == 0 && a >= 0 {
					bs = x.coordinatedWith(si, a, k)
				}
				break
			}
			bs = x.objectsAfter(si, w+1)
		case l == "spent":
			// "X spent Wednesday with Y", "X and Y spent four hours
			// together": hours or a day in each other's company ("will
			// spend Tuesday with", "spends weekends with" tell a plan or
			// a habit)
			w, together := x.timeSpent(si, k)
			if w < 0 && !together {
				continue
			}
			a, _ = x.subjectOf(si, k)
			if !x.isPerson(a) {
				continue
			}
			if together {
				if bs = x.coordinated(si, k); len(bs) == 0 {
					bs = x.coordinatedWith(si, a, k)
				}
			} else {
				bs = x.peopleWith(si, w)
			}
			conf = 0.7
		case l == "discussed":
			// "visited Kyiv and discussed … with Olena Hrytsenko"
			w := -1
			for q := k + 1; q < s.t1 && q <= k+12; q++ {
				if x.toks[q].lower == "with" {
					w = q
					break
				}
				if x.toks[q].text == ";" || x.toks[q].text == "." {
					break
				}
			}
			a, _ = x.subjectOf(si, k)
			if w < 0 {
				// "X and Y discussed the quarrel": two people as the
				// subjects of one talk
				bs = x.coordinatedPeople(si, a, k)
			} else {
				bs = x.objectsAfter(si, w+1)
			}
			conf = 0.7
		case (l == "received" || l == "hosted" || l == "welcomed") && k-1 > s.t0 && (isPassiveAux(x.toks[k-1].lower) || k-2 > s.t0 && isPassiveAux(x.toks[k-2].lower) && passiveAdverbs[x.toks[k-1].lower]):
			// "X was received (at the office in Lima) by her Peruvian
			// counterpart, Y": the host named after "by"; "… and was
			// later received by Y"
			aux := k - 1
			if !isPassiveAux(x.toks[aux].lower) {
				aux--
			}
			by := -1
			for q := k + 1; q < s.t1 && q <= k+10; q++ {
				if x.toks[q].lower == "by" {
					by = q
					break
				}
				if tx := x.toks[q].text; tx == "," || tx == ";" || tx == "." || x.lx.speech[x.toks[q].lower] {
					break
				}
			}
			if by < 0 {
				continue
			}
			a, subs = x.personSubject(si, aux)
			if !x.isPerson(a) {
				// "both negotiators were welcomed by Y": Y met each side
				host, sides := x.passiveSides(si, aux, by)
				if host < 0 {
					continue
				}
				a, subs, bs, conf = host, nil, sides, 0.7
				break
			}
			bs = x.peopleIn(x.objectsAfter(si, by+1))
			conf = 0.7
		case l == "held" || l == "had" || l == "conducted" || l == "concluded" || l == "hosted":
			n := -1
			hy := 0 // "a final private meeting", "a 40-minute bilateral"
			for q := k + 1; q < s.t1 && q <= k+7+hy; q++ {
				if meetNouns[x.toks[q].lower] || x.toks[q].lower == "conference" && callModes[x.toks[q-1].lower] {
					n = q // "held a 25-minute video conference"
					break
				}
				if x.toks[q].text == "-" && !x.toks[q].space && hy < 6 {
					hy += 2
					continue
				}
				if x.tokMent[q] >= 0 || x.toks[q].kind == tkPunct || q > k+5+hy && !durationWords[x.toks[q-1].lower] && x.toks[q].lower != "of" {
					break // "held over six hours of talks" may run longer
				}
			}
			if n < 0 && l != "hosted" {
				continue
			}
			if n >= 0 && x.noBefore(k+1, n) {
				continue // "have held no formal talks since": denied, not held
			}
			if l == "had" && n >= 0 && x.hadAuxiliary(k, n) {
				continue // "had been due to hold talks", "had asked for a meeting"
			}
			a, _ = x.subjectOf(si, k)
			if l == "hosted" {
				// "X hosted Y", "hosted Chancellor Y": the guest right after
				// the verb, not "hosted rounds of Nordic-Baltic contacts"
				q := k + 1
				for q < s.t1 && x.tokMent[q] < 0 && (x.tokRole[q] >= 0 || x.toks[q].lower == "the" || x.toks[q].lower == "his" || x.toks[q].lower == "her" || x.toks[q].text == "." && x.tokRole[q-1] >= 0) {
					q++
				}
				// (or a role alone, before the meal: "hosted the commissioner over a
				// working dinner"); with no meeting noun the guest is all
				roleAlone := q > k+1 && x.tokRole[q-1] >= 0 && x.tokMent[q] < 0 && (n < 0 || q < n)
				if roleAlone || n < 0 && x.mentionStartAt(q) >= 0 {
					bs = x.objectsAfter(si, k+1)
				} else if p := x.delegationObject(si, k); p >= 0 {
					// "hosted a delegation from the growers led by X": its
					// leader is the guest, and so are co-leaders ("led by X
					// and Y")
					bs = append([]int{p}, x.peopleAfterAnd(si, x.firstMentionOf(si, p))...)
				}
				if n < 0 || len(bs) > 0 {
					break
				}
			}
			w := -1
			for q := n + 1; q < s.t1 && q <= n+6; q++ {
				if x.toks[q].lower == "with" {
					w = q
					break
				}
				if tx := x.toks[q].text; tx == "," || tx == ";" || tx == "." || x.tokRole[q] >= 0 || x.lx.speech[x.toks[q].lower] {
					break
				}
			}
			if !x.isPerson(a) {
				// "…, and the chief of Iceland's port authority, Y, held
				// talks": the person named in apposition, not the body
				if p := x.appositiveSubject(si, k); p >= 0 {
					a = p
				}
			}
			if w >= 0 {
				bs = x.objectsAfter(si, w+1)
			} else if bs = x.coordinated(si, k); len(bs) == 0 && a >= 0 {
				// "X and Y, the German chancellor, held talks"
				bs = x.coordinatedWith(si, a, k)
			}
			conf = 0.75
		case l == "between" && x.nounBeforeBetween(si, k) >= 0:
			// "a bilateral meeting between X and Y", "talks between X and
			// Y", "a day of talks in Quito between X and Y"
			n := x.nounBeforeBetween(si, k)
			planned := false
			for q := n - 1; q >= s.t0 && q >= n-3; q-- {
				switch x.toks[q].lower {
				case "no", "planned", "proposed", "possible", "future", "potential", "scheduled", "upcoming", "expected", "new", "further", "direct":
					planned = true
				}
			}
			switch x.toks[n].lower {
			case "meeting", "talks", "call", "conversation":
			default:
				planned = true
			}
			for q := s.t0; q < s.t1; q++ {
				switch x.toks[q].lower {
				case "not", "no", "never", "n't", "plans", "planned", "will", "would", "could", "may", "might", "proposed", "expected",
					"scheduled", "postponed", "cancelled", "canceled", "called", "set", "due", "slated", "pending", "sought", "seeking", "possible", "request", "requested", "if",
					"reports", "reported", "reportedly", "rumours", "rumors", "rumoured", "rumored", "speculation", "alleged", "allegedly", "unconfirmed", "denied", "denies",
					"looking", "hoping", "awaiting", "prospect", "prospects", "urged", "urging": // "diplomats are looking to a meeting between X and Y"
					planned = true
				}
			}
			for q := k + 1; q+1 < s.t1 && x.toks[q].text != ";"; q++ {
				if x.toks[q].lower == "on" && x.toks[q+1].lower == "hold" {
					planned = true // "was put on hold", in the meeting's own clause
				}
				if ql := x.toks[q].lower; (ql == "put" && x.toks[q+1].lower == "off" || ql == "delayed" || ql == "deferred" || ql == "shelved" || ql == "scrapped") && x.talksPutOff(si, k, q) {
					planned = true // "were put off until the autumn", "were shelved"
				}
			}
			if planned {
				continue
			}
			obs := x.objectsAfter(si, k+1)
			if p := x.delegationObject(si, k); p >= 0 {
				// "talks between a World Bank team led by X and Governor Y":
				// the leader stands for the mission
				obs = append([]int{p}, x.peopleAfterAnd(si, x.firstMentionOf(si, p))...)
			}
			if len(obs) < 2 || !x.isPerson(obs[0]) || !x.isPerson(obs[1]) {
				continue
			}
			a, bs = obs[0], obs[1:]
			conf = 0.7
		case l == "paid" || l == "pays":
			// "X paid a polite call on Governor Y", "paid a farewell
			// visit to Y": a call on a person is a meeting with them (a
			// visit to a state or a city is not)
			on := x.callOn(si, k)
			if on < 0 {
				continue
			}
			bs = x.peopleIn(x.objectsAfter(si, on))
			if a, _ = x.subjectOf(si, k); !x.isPerson(a) {
				continue
			}
			conf = 0.7
		case (l == "phoned" || l == "telephoned" || l == "rang") && k+1 < s.t1 && x.toks[k+1].lower != "in" && x.toks[k+1].lower != "up":
			// "X phoned Y", "telephoned her counterpart, Y": a call is
			// talking
			for _, b := range x.objectsAfter(si, k+1) {
				if x.isActor(b) {
					bs = append(bs, b)
				}
			}
			if len(bs) == 0 {
				continue
			}
			a, _ = x.subjectOf(si, k)
			conf = 0.7
		case l == "chaired" && k-2 > s.t0 && x.toks[k-1].text == "-" && x.toks[k-2].lower == "co":
			// "X and Y co-chaired the meeting", "X co-chaired the talks with Y"
			v := k - 2
			a, _ = x.subjectOf(si, v)
			for q := k + 1; q < s.t1 && q <= k+6; q++ {
				if x.toks[q].lower == "with" {
					bs = x.objectsAfter(si, q+1)
					break
				}
				if x.toks[q].kind == tkPunct {
					break
				}
			}
			if len(bs) == 0 {
				if bs = x.coordinated(si, v); len(bs) == 0 && a >= 0 {
					bs = x.coordinatedWith(si, a, v)
				}
			}
			conf = 0.7
		case l == "welcomed" || l == "received":
			// "Orban welcomed Xi Jinping to Budapest": a host and a visitor;
			// "received a delegation … led by X": its leader
			p := x.personObject(si, k+1)
			if p < 0 {
				p = x.delegationObject(si, k)
			}
			if p < 0 {
				continue
			}
			a, _ = x.subjectOf(si, k)
			if !x.isPerson(a) {
				continue // "Russia received Belov" in an exchange
			}
			bs = []int{p}
			conf = 0.7
		case l == "signed" || l == "initialled" || l == "initialed":
			// "Araghchi and Grossi signed an agreement": signing together
			// is meeting (people only; states sign by proxy)
			doc := -1
			for q := k + 1; q < s.t1 && q <= k+5; q++ { // "initialled a 15-point text"
				if signedDocs[x.toks[q].lower] {
					doc = q
					break
				}
				if signedNotDoc(x.toks[q].lower) {
					break // "signed an order suspending the agreement with Y": the paper is another's
				}
			}
			if passiveBefore(x.toks, s.t0, k) {
				// "the protocol was signed in Rome by X and Y": the
				// signers stand after "by", two at least
				if a, bs = x.passiveSigners(si, k); a < 0 {
					continue
				}
				conf = 0.65
				break
			}
			if doc < 0 && k+2 < s.t1 && x.toks[k+1].lower == "it" && x.toks[k+2].lower == "with" {
				doc = k + 1 // "signed it with the fisheries minister, Y"
			}
			if doc < 0 {
				continue
			}
			a, _ = x.subjectOf(si, k)
			if !x.isPerson(a) {
				continue
			}
			for _, c := range append(x.coordinatedWith(si, a, k), x.coordinated(si, k)...) {
				if x.isPerson(c) {
					bs = append(bs, c)
				}
			}
			if len(bs) == 0 {
				if w := x.withAfterDoc(si, doc); w > 0 {
					// "X signed the protocol with Italy's prime minister, Y":
					// the one signed with, a person only ("signed a contract
					// with a Chinese firm" names no second signer)
					bs = x.peopleWith(si, w)
				}
			}
			conf = 0.65
		case (l == "presented" || l == "handed") && k+3 < s.t1:
			// an ambassador "presented his credentials to Maduro"
			q := k + 1
			if ql := x.toks[q].lower; ql == "his" || ql == "her" || ql == "their" {
				q++
			}
			if x.toks[q].lower != "credentials" || q+1 >= s.t1 || x.toks[q+1].lower != "to" {
				continue
			}
			a, _ = x.subjectOf(si, k)
			bs = x.objectsAfter(si, q+2)
			conf = 0.75
		case l == "shook" && k+1 < s.t1 && x.toks[k+1].lower == "hands":
			// "X and Y shook hands", "X shook hands with Y"
			a, _ = x.subjectOf(si, k)
			if k+2 < s.t1 && x.toks[k+2].lower == "with" {
				bs = x.objectsAfter(si, k+3)
			} else {
				bs = x.coordinated(si, k)
			}
		case k+2 < s.t1 && adjunctPrepsGate.may(l) && adjunctPreps[l]:
			// "Speaking after talks with Heiko Maas, Dendias said …",
			// "after a two-hour meeting with X", "In a video call in May
			// with X, he …", "went straight into a meeting with X"
			w, v := x.adjunctMeetWith(si, k)
			if w < 0 {
				continue
			}
			if v < 0 && x.clauseOpenerBefore(si, k) {
				// "X said that Y had been in a meeting with Z": the
				// sentence's subject is not the adjunct's party
				continue
			}
			bs = x.objectsAfter(si, w+1)
			if v >= 0 {
				a, _ = x.subjectOf(si, v)
				mv = v
			} else if a = x.sentSubj[si]; a < 0 {
				if a, _ = x.clauseSubject(si, s.t0+1); a < 0 && k == s.t0 {
					a = x.subjectAfterAdjunct(si, w, bs)
				}
			}
			conf = 0.65
		case l == "for" && k+2 < s.t1 && meetNouns[x.toks[k+1].lower] && x.toks[k+2].lower == "with":
			// "flew to Quito for a meeting with X": travel to meet; "was in
			// Ankara last week for talks with X": a stay in a named place
			// to meet (not "was in no mood for talks with X")
			v := -1
			for q := k - 1; q >= s.t0 && q >= k-6; q-- {
				if ql := x.toks[q].lower; travelVerbs[ql] || (ql == "was" || ql == "were") && q+2 < k && x.toks[q+1].lower == "in" && x.toks[q+2].cap {
					v = q
					break
				}
			}
			if v < 0 || x.modalBefore(si, v) || x.calledOffAfter(si, k+1, true) {
				continue
			}
			a, _ = x.subjectOf(si, v)
			bs = x.peopleIn(x.objectsAfter(si, k+3)) // people only: an unnamed "for talks with the President" is no meeting
			conf = 0.7
		case l == "room" && k-2 > s.t0 && x.toks[k-1].lower == "same" && x.toks[k-2].lower == "the" && x.toks[k-3].lower == "in":
			// "X and Y were once in the same room as Z"
			a, _ = x.subjectOf(si, k-3)
			if k+1 < s.t1 && x.toks[k+1].lower == "with" {
				bs = x.objectsAfter(si, k+2)
			}
			if len(bs) == 0 {
				bs = x.coordinated(si, k-3)
			}
			if x.modalBefore(si, k-3) {
				continue
			}
			conf = 0.65
		case l == "told" && k+1 < s.t1:
			// "X told Y during a meeting in Oslo that …"
			b := x.personObject(si, k+1)
			if b < 0 {
				continue
			}
			mtg := false
			for q := k + 2; q < s.t1 && q <= k+10; q++ {
				if ql := x.toks[q].lower; ql == "during" || ql == "at" {
					r := q + 1
					if r < s.t1 && (x.toks[r].lower == "a" || x.toks[r].lower == "their" || x.toks[r].lower == "the") {
						r++
					}
					mtg = r < s.t1 && meetNouns[x.toks[r].lower] && x.toks[r].lower != "summit" && x.toks[r].lower != "exchange"
					break
				}
				if x.toks[q].lower == "that" || x.toks[q].kind == tkPunct && x.toks[q].text != "." {
					break
				}
			}
			if !mtg {
				continue
			}
			a, _ = x.subjectOf(si, k)
			if !x.isPerson(a) {
				continue
			}
			bs = []int{b}
			conf = 0.7
		case l == "joint" && k+2 < s.t1 && (x.toks[k+1].lower == "press" || x.toks[k+1].lower == "news") && x.toks[k+2].lower == "conference":
			// "X and Y gave a joint press conference", "… with Y"
			v := k - 1
			if v > s.t0 && x.toks[v].lower == "a" {
				v--
			}
			switch x.toks[v].lower {
			case "gave", "held", "hosted", "addressed":
			default:
				continue
			}
			a, _ = x.subjectOf(si, v)
			if k+4 < s.t1 && x.toks[k+3].lower == "with" {
				bs = x.objectsAfter(si, k+4)
			} else {
				bs = x.coordinated(si, v)
			}
			if x.modalBefore(si, v) {
				continue
			}
			conf = 0.7
		case l == "briefed" && k+1 < s.t1 && x.toks[k+1].lower == "by":
			// "she had been briefed by Demir by phone"
			a, _ = x.subjectOf(si, k)
			bs = x.objectsAfter(si, k+2)
			conf = 0.7
		case l == "speaking" || l == "talking" || l == "meeting" || l == "conferring":
			// "with Durand and Vogel speaking for ten minutes"
			m2 := x.mentionEndAt(k - 1)
			if m2 < 0 || x.ments[m2].t0-2 < s.t0 || x.toks[x.ments[m2].t0-1].lower != "and" {
				continue
			}
			m1 := x.mentionEndAt(x.ments[m2].t0 - 2)
			if m1 < 0 {
				continue
			}
			a, bs = x.ments[m1].ent, []int{x.ments[m2].ent}
			conf = 0.7
			if x.modalBefore(si, x.ments[m1].t0) {
				continue
			}
		default:
			continue
		}
		if a < 0 && len(bs) == 0 && k-2 >= s.t0 && x.toks[k-1].lower == "two" && x.toks[k-2].lower == "the" {
			// "The two spoke privately": the last two people named
			if g := x.lastPeople(si, k, 2, -1, false, 2); len(g) == 2 {
				a, bs = g[0], g[1:]
			}
		}
		if (a < 0 || len(bs) == 0) && (x.lx.meet[l] || l == "held") {
			// "Farm delegations from Chile and Peru met"
			if da, dbs := x.delegationsOf(si, k); da >= 0 {
				a, bs = da, dbs
			}
		}
		if p := x.delegationLeader(si, k); p >= 0 && (a < 0 || x.ents[a].typ == TypeInstitution) {
			// "an AU team headed by X … met Y": the leader
			a = p
		}
		if !x.isActor(a) || len(bs) == 0 {
			continue
		}
		if x.modalBefore(si, mv) || x.sents[si].question || x.meetingDeniedNext(si) || x.deniesMeeting(si, k+1, false) {
			continue
		}
		parts, nsub := x.meetParts(si, a, k, bs)
		for _, c := range subs {
			if !contains2(parts, c) {
				parts = slices.Insert(parts, nsub, c)
				nsub++
			}
		}
		parts, nsub = x.dropQualifiers(si, k, parts, nsub)
		// the objects did not meet each other after "held separate talks
		// with X and with Y", or as a host's guests ("X hosted A and B":
		// a mediator meets each side); nor, as a rule, after "met X and Y"
		// or "held talks with X and Y", where the subject met each object
		// (often on its own, as annotated across sets): only a meeting
		// called joint ("trilateral consultations with X and Y") pairs them
		// "met X and Y separately on Thursday", "held a morning session
		// with X and a second, longer session with Y": two meetings
		apart := x.apartAfter(si, k, k+16, false)
		separate := l == "hosted" || l == "received" || l == "welcomed" || apart
		// nor did a dash list of subjects ("— A, B and C — met Y
		// separately") meet among itself
		listApart := apart && len(subs) > 0
		named, joint := false, false
		for q := k + 1; q < s.t1 && q <= k+16; q++ {
			if named && x.withAgain(si, q) {
				separate = true
			}
			joint = joint || x.multiPartyAt(q)
			if x.toks[q].text == ";" || x.toks[q].text == "." {
				break
			}
			named = named || x.tokMent[q] >= 0
		}
		for i := 0; i < len(parts); i++ {
			for j := i + 1; j < len(parts); j++ {
				p, q := parts[i], parts[j]
				if p == q || !x.isActor(p) || !x.isActor(q) || i >= nsub && (separate || !joint) || listApart && j < nsub {
					continue
				}
				// the subject with each object, and the objects with each other
				x.addRel(RelMet, p, q, si, conf, "")
			}
		}
	}
}

// dropQualifiers removes from a meeting's parties (the first nsub of
// them subjects) each state or body that only qualifies its own official
// ("met Iraq's oil minister, X": X met, Iraq did not), and returns the
// parties and the new number of subjects. The mention tested is the one
// that made it a party, read from the meeting word at k: a subject's
// last mention before k, an object's first after it ("S hosted T for
// talks, and S's minister met T's trade minister, Y": T is still the
// guest of the first clause).
func (x *doc) dropQualifiers(si, k int, parts []int, nsub int) ([]int, int) {
	for i := len(parts) - 1; i >= 0; i-- {
		if x.officialNamed(si, k, parts[i], i < nsub) {
			parts = slices.Delete(parts, i, i+1)
			if i < nsub {
				nsub--
			}
		}
	}
	return parts, nsub
}

// officialNamed reports whether institution e, in its mention in
// sentence si that made it a party of the meeting word at k (see
// dropQualifiers), qualifies one of its own officials named there:
// "Iraq's electricity minister, X", "her Canadian counterpart, X", "the
// administrator of the Port Authority (PA), X", "the Minister of Trade of
// the Republic of S, X", or a group of its people ("members of the
// Chilean community"). The official is the party (as annotated across
// sets), not the state or body beside them.
func (x *doc) officialNamed(si, k, e int, subject bool) bool {
	if e < 0 || x.ents[e].typ != TypeInstitution {
		return false
	}
	s := &x.sents[si]
	before, after := -1, -1
	for j := s.t0; j < s.t1; j++ {
		mi := int(x.tokMent[j])
		if mi < 0 || x.ments[mi].ent != e || (j > s.t0 && int(x.tokMent[j-1]) == mi) {
			continue
		}
		if j < k {
			before = mi
		} else if j > k && after < 0 {
			after = mi
		}
	}
	mi := after
	if subject && before >= 0 || mi < 0 {
		mi = before
	}
	if mi < 0 {
		return false
	}
	m := &x.ments[mi]
	return x.titleAround(si, e, int(m.t0), int(m.t1)) || m.weak && x.groupNoun(int(m.t1))
}

// groupNoun reports a plain lower-case noun at q after a demonym: "the
// Chilean community", "Chilean exporters" (people of the state, not the
// state). A role ("the Chilean minister") or a verb-like word is not one.
func (x *doc) groupNoun(q int) bool {
	return q < len(x.toks) && demonymGroups[x.toks[q].lower] && x.tokMent[q] < 0
}

// demonymGroups are plural or collective nouns for people that a demonym
// qualifies without making its state a party.
var demonymGroups = set("community", "communities", "exporters", "importers", "companies", "firms", "businesses",
	"farmers", "growers", "traders", "investors", "students", "diaspora", "nationals", "citizens", "residents", "workers")

// titleAround reports whether the mention of e at [t0, t1) sits in a
// title whose holder is named right after it: a role before it ("the
// Minister of Trade of S, X") or after it ("S's deputy prime
// minister and foreign minister, X", "S counterpart, X").
func (x *doc) titleAround(si, e, t0, t1 int) bool {
	s := &x.sents[si]
	role := false
	for p := t0 - 1; p >= s.t0 && p >= t0-12; p-- {
		t := &x.toks[p]
		if x.tokRole[p] >= 0 && x.tokMent[p] < 0 {
			role = true
			break
		}
		if t.kind == tkPoss && p-2 >= s.t0 && x.tokMent[p-1] < 0 && x.toks[p-1].kind == tkWord && !x.toks[p-1].cap && x.toks[p-2].lower == "the" {
			p -= 2 // "the president of the group's Supreme Council, X": a body owned by one named before
			continue
		}
		if mi := x.tokMent[p]; mi >= 0 && x.ments[mi].ent != e || t.kind != tkWord || !t.cap && !titleJoins[t.lower] {
			break
		}
	}
	lower, commas := 0, 0
	posting := false
	for q := t1; q < s.t1 && q < t1+16; q++ {
		t := &x.toks[q]
		if role && commas == 0 && t.lower == "for" {
			// "the special envoy of S for the border settlement, X": the
			// remit, read as objectsAfter reads it (a remit it refuses
			// leaves S the party, so S must not be dropped here either)
			if r := x.postingEnd(si, q); r > q {
				q = r - 1
				continue
			}
		}
		if mi := x.tokMent[q]; mi >= 0 {
			if x.isPerson(x.ments[mi].ent) {
				// not the source of a quote after a posting: "the envoy
				// of S in Y, X said"
				return role && !(commas > 0 && posting && int(x.ments[mi].t1) < s.t1 && x.lx.speech[x.toks[x.ments[mi].t1].lower])
			}
			if x.ments[mi].ent != e && !(posting && commas == 0 && x.ents[x.ments[mi].ent].typ != TypePerson) {
				return false
			}
			q = int(x.ments[mi].t1) - 1
			continue
		}
		switch {
		case role && commas == 0 && (t.lower == "to" || t.lower == "in") && q+1 < s.t1 && (x.tokMent[q+1] >= 0 || q+2 < s.t1 && x.toks[q+1].lower == "the" && x.tokMent[q+2] >= 0):
			// "the Ambassador of S to Y and Z, X", "… to the United
			// Nations, X": the posting before the holder's name
			posting = true
		case posting && commas == 0 && t.lower == "and":
		case x.tokRole[q] >= 0:
			role = true
			q = x.roles[x.tokRole[q]].t1 - 1
		case t.lower == "counterpart":
			role = true
		case t.kind == tkPoss && q == t1:
		case t.text == "(" && q+2 < s.t1 && x.toks[q+2].text == ")":
			q += 2 // "(PA)"
		case t.text == "," && role && commas == 0:
			commas++
		case t.kind == tkWord && (t.cap || titleJoins[t.lower] && (t.lower != "and" || x.titleGoesOn(q+1))):
			// "deputy prime minister and foreign minister", not "its
			// negotiators and X"
		case t.kind == tkWord && !role && lower < 2 && len(t.lower) > 3:
			lower++ // "S's electricity minister"
		default:
			return false
		}
	}
	return false
}

// titleGoesOn reports whether a title goes on at q after "and": a role
// or a capitalised word that starts no mention.
func (x *doc) titleGoesOn(q int) bool {
	return q < len(x.toks) && x.tokMent[q] < 0 && (x.toks[q].cap || x.tokRole[q] >= 0)
}

// titleJoins are the small words inside a long title: "Minister of
// Foreign Affairs and Trade", "Commissioner for the Interior".
var titleJoins = set("of", "for", "and", "the")

// nounBeforeBetween returns the meeting noun that "between" at k
// depends on: the word before it ("talks between") or the one before a
// short place or time phrase ("talks in Quito between", "a telephone
// call in January between"); -1 for none. A summit is no meeting of its
// members, and a phrase naming a person or holding punctuation ("talks
// with X in Geneva between sessions") breaks the link.
func (x *doc) nounBeforeBetween(si, k int) int {
	s := &x.sents[si]
	for q := k - 1; q >= s.t0 && q >= k-5; q-- {
		t := &x.toks[q]
		if meetNouns[t.lower] && x.tokMent[q] < 0 {
			if t.lower == "summit" || q < k-1 && !meetingPlaceWords[x.toks[q+1].lower] {
				return -1
			}
			return q
		}
		if mi := x.tokMent[q]; mi >= 0 && x.isPerson(x.ments[mi].ent) || t.kind == tkPunct && t.text != "-" {
			return -1
		}
	}
	return -1
}

// withAgain reports token q, after a party has been named, opening a
// second "with" of the same meeting verb: "with Y" or "a longer meeting
// with Y" after "held talks with X and". Each "with" names a meeting of
// its own ("held talks with the deputy minister and with officials of
// the agency"), so the objects did not meet each other.
func (x *doc) withAgain(si, q int) bool {
	s := &x.sents[si]
	if x.tokMent[q] >= 0 {
		return false
	}
	if x.toks[q].lower == "with" {
		return q > s.t0 && x.toks[q-1].lower == "and"
	}
	return meetNouns[x.toks[q].lower] && q+1 < s.t1 && x.toks[q+1].lower == "with"
}

// multiPartyWords call one meeting of more than two sides, so the
// objects listed after it met each other: "trilateral consultations with
// X and Y", "a three-party meeting with", "met X and Y together".
var multiPartyWords = set("trilateral", "tripartite", "quadrilateral", "multilateral", "joint", "together")

// multiPartyAt reports a word at q that makes a meeting one of several
// sides: one of multiPartyWords, or "-way" ("a three-way call").
func (x *doc) multiPartyAt(q int) bool {
	t := &x.toks[q]
	return multiPartyWords[t.lower] || t.lower == "way" && q > 0 && x.toks[q-1].text == "-"
}

// meetParts returns the parties of the meeting at v: the subject a, the
// actors joined to it by "and" ("Mensah and Hrytsenko held talks": a
// subject joined by "and" meets too), then the objects bs; nsub counts
// the subjects.
func (x *doc) meetParts(si, a, v int, bs []int) (parts []int, nsub int) {
	parts = append(make([]int, 0, 4), a)
	for _, c := range x.coordinatedWith(si, a, v) {
		if !contains2(parts, c) {
			parts = append(parts, c)
		}
	}
	nsub = len(parts)
	for _, c := range bs {
		if !contains2(parts, c) {
			parts = append(parts, c)
		}
	}
	return parts, nsub
}

// lastPeople returns the n most recently named distinct people other
// than not before token k, in sentence si and the back sentences before
// it, or nil when fewer are named; with roles, a role phrase counts as
// the person it was resolved to ("the Cabinet Secretary said").
func (x *doc) lastPeople(si, k, back, not int, roles bool, n int) []int {
	var got []int
	for sj := si; sj >= 0 && sj >= si-back && len(got) < n; sj-- {
		hi := x.sents[sj].t1
		if sj == si {
			hi = k
		}
		for j := hi - 1; j >= x.sents[sj].t0 && len(got) < n; j-- {
			e := -1
			if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].t0 == j {
				if !x.possessorOfPerson(sj, &x.ments[mi]) {
					e = x.ments[mi].ent
				}
			} else if ri := x.tokRole[j]; roles && ri >= 0 && x.roles[ri].t0 == j && mi < 0 {
				if p, ok := x.roleRef[int(ri)]; ok {
					e = p
				}
			}
			if x.isPerson(e) && e != not && !contains2(got, e) {
				got = append(got, e)
			}
		}
	}
	if len(got) < n {
		return nil
	}
	return got
}

// possessorOfPerson reports a mention that only qualifies the person
// named after it: "X's boss, Y", "Z's deputy, W". Such a possessor is not
// one of "the three ministers" counted back from a later sentence.
func (x *doc) possessorOfPerson(si int, m *mention) bool {
	s := &x.sents[si]
	q := m.t1
	if q >= s.t1 || x.toks[q].kind != tkPoss {
		return false
	}
	if x.personBehind(si, m) >= 0 {
		return true
	}
	for q++; q < s.t1 && q <= m.t1+4; q++ {
		t := &x.toks[q]
		if t.text == "," {
			return x.personObject(si, q+1) >= 0
		}
		if t.kind != tkWord || t.cap && x.tokRole[q] < 0 {
			return false
		}
	}
	return false
}

// personObject returns the person named right after token k (past
// determiners and titles), or -1.
func (x *doc) personObject(si, k int) int {
	s := &x.sents[si]
	for j := k; j < s.t1 && j < k+8; j++ {
		if mi := x.tokMent[j]; mi >= 0 {
			m := &x.ments[mi]
			if x.isPerson(m.ent) {
				return m.ent
			}
			if x.ents[m.ent].typ == TypeInstitution {
				if p := x.personBehind(si, m); p >= 0 {
					return p
				}
				if m.weak && m.t1 < s.t1 && x.tokRole[m.t1] >= 0 {
					j = x.roles[x.tokRole[m.t1]].t1 - 1
					continue
				}
			}
			return -1
		}
		if ri := x.tokRole[j]; ri >= 0 && x.roles[ri].t1 < s.t1 && x.tokRole[x.roles[ri].t1] < 0 {
			if p := x.titleHolder(si, x.roles[ri].t1); p >= 0 {
				return p // "received the Farm Minister of Free State X, H.E. Y"
			}
		}
		if x.tokRole[j] >= 0 || x.toks[j].lower == "the" || x.toks[j].lower == "his" || x.toks[j].lower == "her" ||
			x.toks[j].text == "." && j > k && x.tokRole[j-1] >= 0 ||
			(x.toks[j].lower == "al" || x.toks[j].lower == "el") && j+1 < s.t1 && x.toks[j+1].text == "-" {
			if x.toks[j].lower == "al" || x.toks[j].lower == "el" {
				j++ // "Al-Mansouri": the article before a lone surname
			}
			continue
		}
		return -1
	}
	return -1
}

// titleHolder returns the person named after a role's long qualifier that
// starts at q: "of the United Republic of X, H.E. Y", "of
// Japan to Mongolia Y"; -1 when q opens no such qualifier or no person
// follows it.
func (x *doc) titleHolder(si, q int) int {
	s := &x.sents[si]
	if q+1 >= s.t1 || x.toks[q].lower != "of" && x.toks[q].lower != "for" && x.toks[q].lower != "to" {
		return -1
	}
	for j := q + 1; j < s.t1 && j <= q+14; j++ {
		t := &x.toks[j]
		if mi := x.tokMent[j]; mi >= 0 {
			if x.isPerson(x.ments[mi].ent) {
				if j > q+1 && x.toks[j-1].text != "," {
					return x.ments[mi].ent // "of Japan to Mongolia Y"
				}
				return -1
			}
			j = x.ments[mi].t1 - 1
			continue
		}
		if t.text == "," {
			n := j + 1
			for n < s.t1 && x.tokRole[n] >= 0 && x.tokMent[n] < 0 {
				n = x.roles[x.tokRole[n]].t1 // "H.E.", "Dr."
			}
			if mi := x.mentionStartAt(n); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent
			}
			return -1
		}
		if t.kind != tkWord || !t.cap && t.lower != "the" && t.lower != "of" && t.lower != "and" && t.lower != "to" && t.lower != "for" {
			return -1
		}
	}
	return -1
}

// coordinated returns X in "X and Y <verb>" when Y is the subject.
func (x *doc) coordinated(si, v int) []int {
	s := &x.sents[si]
	k := x.beforeAside(si, v)
	m2 := x.mentionEndAt(k)
	if m2 < 0 {
		return nil
	}
	a := x.ments[m2].t0
	// "… and U.S. Ambassador Kwame Mensah met": step over the title
	if a-1 >= s.t0 && x.tokRole[a-1] >= 0 {
		r := &x.roles[x.tokRole[a-1]]
		a, _ = x.npStart(r)
		for a < r.t0 && (x.toks[a].lower == "the" || x.toks[a].lower == "a") {
			a++
		}
	}
	if a-2 < s.t0 || x.toks[a-1].lower != "and" {
		return nil
	}
	b := a - 2
	if mi := x.mentionEndAt(b); mi >= 0 {
		if e := x.ments[mi].ent; x.isActor(e) {
			return []int{e}
		}
	}
	return nil
}

// coordinatedWith returns the actors joined to subject a by "and" before
// the verb at v: "Ambassador Kwame Mensah and Olena Hrytsenko, Ukraine's
// special envoy, held talks" gives Mensah for subject Hrytsenko.
func (x *doc) coordinatedWith(si, a, v int) []int {
	s := &x.sents[si]
	for k := v - 1; k >= s.t0; k-- {
		mi := x.mentionStartAt(k)
		if mi < 0 || x.ments[mi].ent != a {
			continue
		}
		// walk back over "A, B and C": each item may carry a title
		var out []int
		start := x.itemStart(si, k)
		// "A and his Iranian counterpart, B, spoke": B is A's counterpart
		if c := start - 1; c-3 >= s.t0 && x.toks[c].text == "," {
			for q := c - 1; q > s.t0 && q >= c-5; q-- {
				l := x.toks[q].lower
				if l == "and" {
					if p := x.personBeforeAnd(si, q); p >= 0 && p != a && (x.toks[q+1].lower == "his" || x.toks[q+1].lower == "her" || x.toks[q+1].lower == "the") {
						return []int{p}
					}
					break
				}
				mq := x.tokMent[q]
				if !(l == "counterpart" || l == "his" || l == "her" || x.tokRole[q] >= 0 || mq >= 0 && (x.ments[mq].weak || !x.isPerson(x.ments[mq].ent)) || mq < 0 && x.toks[q].kind == tkWord && !x.toks[q].cap) {
					break
				}
			}
		}
		if p := x.titledPairBefore(si, start); p >= 0 && p != a {
			// "Chile's minister, X, and the chief of Peru's port board, Y,
			// held talks": not a list of X, the agency and Y
			return []int{p}
		}
		for n := 0; n < 6 && start-2 >= s.t0; n++ {
			if x.toks[start-1].lower == "the" && start-3 >= s.t0 {
				start-- // "the AU and the UN"
			}
			sep := x.toks[start-1].lower
			if sep != "and" && sep != "," {
				break
			}
			pe := start - 2
			if sep == "and" && pe > s.t0 && x.toks[pe].text == "," {
				pe-- // "X, and Y"
			}
			prev, at := x.mentionEndAt(pe), start-2
			if mj := x.qualifiedPerson(si, pe); mj >= 0 {
				// "X, Serbia's prime minister, and Y", "X of Japan and Y":
				// back over the person's qualifier
				prev, at = mj, int(x.ments[mj].t1)-1
			}
			if prev < 0 {
				break
			}
			e := x.ments[prev].ent
			if !x.isActor(e) || e == a || x.inPrepPhrase(si, at) {
				break
			}
			if p := x.itemStart(si, x.ments[prev].t0) - 1; p >= s.t0 && clauseMeetVerbs[x.toks[p].lower] {
				break // "A met B, and C met D": B is the first verb's object, not C's co-subject
			}
			out = append(out, e)
			start = x.itemStart(si, x.ments[prev].t0)
			if sep == "and" && (start-1 < s.t0 || x.toks[start-1].text != ",") {
				break
			}
		}
		if len(out) == 0 {
			out = x.listForward(si, x.ments[mi].t1, v, a)
		}
		return out
	}
	return nil
}

// personBeforeAnd returns the person named right before the "and" at q:
// a name ("A and his counterpart, B"), a name before its comma
// appositive ("A, S's envoy, and her counterpart, B"; see
// qualifiedPerson) or "he"/"she" opening the sentence ("She and the
// Faroese minister, B, met"), else -1.
func (x *doc) personBeforeAnd(si, q int) int {
	if pm := x.mentionEndAt(q - 1); pm >= 0 && x.isPerson(x.ments[pm].ent) {
		return x.ments[pm].ent
	}
	if q-2 > x.sents[si].t0 && x.toks[q-1].text == "," {
		// "X, Peru's trade minister, and her Chilean counterpart, Y"
		if pm := x.qualifiedPerson(si, q-2); pm >= 0 {
			return x.ments[pm].ent
		}
	}
	if q-1 == x.sents[si].t0 && personPronouns[x.toks[q-1].lower] {
		return x.resolvePronoun(si, q-1)
	}
	return -1
}

// qualifiedPerson returns the mention of the person whose qualifier ends
// at token pe, or -1: "X of Japan" (a state or body after "of"), "X, the
// Irish rail commissioner" (an appositive after a comma that
// holds a title) or "X, who led the delegation" (a relative clause). The
// qualifier names no other person and holds no clause punctuation, so in
// "X, Y and Z" or "the EU, Russia and Z" nothing is skipped.
func (x *doc) qualifiedPerson(si, pe int) int32 {
	s := &x.sents[si]
	if mi := x.mentionEndAt(pe); mi >= 0 {
		m := &x.ments[mi]
		if x.isPerson(m.ent) {
			return -1
		}
		o := int(m.t0) - 1
		if o > s.t0 && x.toks[o].lower == "the" {
			o--
		}
		if o > s.t0 && x.toks[o].lower == "of" {
			if pm := x.mentionEndAt(o - 1); pm >= 0 && x.isPerson(x.ments[pm].ent) {
				return pm
			}
		}
	}
	role := false
	for c := pe; c > s.t0 && c >= pe-14; c-- {
		t := &x.toks[c]
		if t.text == "," {
			if !role && x.toks[c+1].lower != "who" {
				return -1
			}
			if pm := x.mentionEndAt(c - 1); pm >= 0 && x.isPerson(x.ments[pm].ent) {
				return pm
			}
			return -1
		}
		if mi := x.tokMent[c]; mi >= 0 && x.isPerson(x.ments[mi].ent) || t.kind == tkPunct && t.text != "-" && t.text != "." {
			return -1
		}
		role = role || x.tokRole[c] >= 0
	}
	return -1
}

// listForward returns the actors joined to a first one ending at q by
// "," and "and" when the list is the subject of the verb at v: "Saudi
// Arabia, Bahrain and Egypt cut ties".
func (x *doc) listForward(si, q, v, a int) []int {
	var out []int
	for n := 0; n < 6 && q < v; n++ {
		sep := x.toks[q].lower
		j := q + 1
		if sep == "," && j < v && x.toks[j].lower == "and" {
			j++
		}
		if j < v && x.toks[j].lower == "the" {
			j++
		}
		if sep != "," && sep != "and" {
			break
		}
		mi := x.mentionStartAt(j)
		if mi < 0 {
			return nil
		}
		e := x.ments[mi].ent
		if !x.isActor(e) || e == a || x.ments[mi].weak || x.ents[e].typ != x.ents[a].typ {
			return nil
		}
		if t1 := x.ments[mi].t1; t1 < v && (x.toks[t1].kind == tkPoss || x.tokRole[t1] >= 0) {
			return nil // an appositive: "X, the U.S. ambassador"
		}
		out = append(out, e)
		q = x.ments[mi].t1
		if sep == "and" || x.toks[j-1].lower == "and" {
			break
		}
	}
	if len(out) == 0 || q >= v {
		return nil
	}
	// the list must end before the verb, not inside a phrase
	if nx := x.toks[q].lower; prepositions[nx] || x.toks[q].kind != tkWord || nx == "and" {
		return nil
	}
	return out
}

// itemStart returns where the list item whose name starts at token k
// begins, including a title and its qualifier ("South Korean President
// Yoon Suk Yeol") or a possessive state ("Peru's X").
func (x *doc) itemStart(si, k int) int {
	s := &x.sents[si]
	if k-2 > s.t0 && x.toks[k-1].text == "," && x.tokRole[k-2] >= 0 {
		// "Kosovo's prime minister, X"
		r := &x.roles[x.tokRole[k-2]]
		if p := r.t0 - 1; p-1 >= s.t0 && x.toks[p].kind == tkPoss {
			if mi := x.mentionEndAt(p - 1); mi >= 0 && !x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].t0
			}
		}
	}
	if k-2 >= s.t0 && x.toks[k-1].kind == tkPoss {
		// "Venezuela's X"
		if mi := x.mentionEndAt(k - 2); mi >= 0 && !x.isPerson(x.ments[mi].ent) {
			return x.ments[mi].t0
		}
	}
	if k-1 >= s.t0 && x.tokRole[k-1] >= 0 {
		r := &x.roles[x.tokRole[k-1]]
		p, _ := x.npStart(r)
		for p < r.t0 && (x.toks[p].lower == "the" || x.toks[p].lower == "a") {
			p++
		}
		return p
	}
	return k
}

// delegationNouns name groups that meet on behalf of states.
var delegationNouns = set("delegations", "negotiators", "representatives", "envoys", "officials", "teams", "diplomats")

// delegationsOf returns the two states in a subject "delegations from A
// and B" (or "of A and B") right before the verb at k.
func (x *doc) delegationsOf(si, k int) (int, []int) {
	s := &x.sents[si]
	q := k - 1
	mb := x.mentionEndAt(q)
	if mb < 0 || q < s.t0 {
		return -1, nil
	}
	b := x.ments[mb].ent
	q = x.ments[mb].t0 - 1
	if q < s.t0 || x.toks[q].lower != "and" {
		return -1, nil
	}
	ma := x.mentionEndAt(q - 1)
	if ma < 0 {
		return -1, nil
	}
	a := x.ments[ma].ent
	q = x.ments[ma].t0 - 1
	if q-1 < s.t0 || (x.toks[q].lower != "from" && x.toks[q].lower != "of") || !delegationNouns[x.toks[q-1].lower] {
		return -1, nil
	}
	if a < 0 || b < 0 || a == b || x.ents[a].kind != "state" || x.ents[b].kind != "state" {
		return -1, nil
	}
	return a, []int{b}
}

// inRelativeAside reports token k inside a relative clause set off by
// commas that closes before the verb at v: "X designated the group, which
// Washington calls Y, as …, and named …", "Z, who was expected to meet
// him, met W". Its words do not make the main verb unreal.
func (x *doc) inRelativeAside(si, k, v int) bool {
	s := &x.sents[si]
	open := -1
	for q := k - 1; q > s.t0 && q >= k-10; q-- {
		if x.toks[q].text == "," {
			switch x.toks[q+1].lower {
			case "which", "who", "whom", "whose":
				open = q
			}
			break
		}
		if x.toks[q].kind == tkPunct && x.toks[q].text != "-" {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for q := k + 1; q < v; q++ {
		if x.toks[q].text == "," {
			return true
		}
	}
	return false
}

// adverbsBefore returns the token before the verb at v, past adverbs
// ("X and Y then met").
func (x *doc) adverbsBefore(si, v int) int {
	s := &x.sents[si]
	k := v - 1
	for k >= s.t0 && skipBeforeVerb[x.toks[k].lower] {
		k--
	}
	return k
}

// beforeAside returns the token before the verb at v, past adverbs and a
// relative clause set off by commas: "X and Y, who heads the committee,
// met" gives the end of Y.
func (x *doc) beforeAside(si, v int) int {
	s := &x.sents[si]
	k := x.adverbsBefore(si, v)
	if k > s.t0 && x.toks[k].text == "," {
		for q := k - 1; q > s.t0 && q >= k-14; q-- {
			if x.toks[q].text == "," {
				if l := x.toks[q+1].lower; l == "who" || l == "which" {
					return q - 1
				}
				break
			}
			if x.toks[q].kind == tkPunct && x.toks[q].text != "-" && x.toks[q].text != "'" {
				break
			}
		}
	}
	return k
}

// subjectBeforeAside returns the person right before the verb at v past a
// relative aside ("Y, who heads the committee, met"), or -1.
func (x *doc) subjectBeforeAside(si, v int) int {
	k := x.beforeAside(si, v)
	if k == v-1 || k < x.sents[si].t0 {
		return -1
	}
	if mi := x.mentionEndAt(k); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		return x.ments[mi].ent
	}
	return -1
}

// remitJoin reports an "and" or a comma at q inside the remit of a title,
// between two capitalised words that belong to no mention: "Minister of
// Industry and Trade", "Minister of Trade, Energy and Mines". It joins
// no parties.
func (x *doc) remitJoin(q int) bool {
	if q < 1 || q+1 >= len(x.toks) || x.toks[q].lower != "and" && x.toks[q].text != "," {
		return false
	}
	p, n := &x.toks[q-1], &x.toks[q+1]
	return p.kind == tkWord && n.kind == tkWord && p.cap && n.cap && x.tokMent[q-1] < 0 && x.tokMent[q+1] < 0
}

// titledPairBefore returns the person in "ROLE A, X, and the ROLE of B, Y,
// <verb>" for the subject Y named after the comma before start: the
// earlier appositive pair joined by "and" (a title phrase between).
func (x *doc) titledPairBefore(si, start int) int {
	s := &x.sents[si]
	c := start - 1
	if c <= s.t0 || x.toks[c].text != "," {
		return -1
	}
	role := false
	for q := c - 1; q > s.t0 && q >= c-14; q-- {
		t := &x.toks[q]
		if x.remitJoin(q) {
			continue // "the Vice Minister of Ports and Fisheries of Peru, Y"
		}
		if t.lower == "and" {
			pe := q - 1
			if pe > s.t0 && x.toks[pe].text == "," {
				pe--
			}
			if !role {
				return -1
			}
			if mi := x.mentionEndAt(pe); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent
			}
			return -1
		}
		if x.tokRole[q] >= 0 {
			role = true
		}
		if t.kind == tkPunct && t.text != "-" || x.tokMent[q] >= 0 && x.isPerson(x.ments[x.tokMent[q]].ent) {
			return -1
		}
	}
	return -1
}

// pluralRoles name several officeholders at once: "the foreign ministers
// of A and B, X and Y".
var pluralRoles = set("ministers", "leaders", "heads", "presidents", "envoys", "chiefs", "secretaries", "counterparts", "ambassadors")

// rolePeopleAfter returns the people named after "the ROLE of (the …) B,"
// where m is B, the body or state the role belongs to, found within the
// object starting at k: "the leader of the opposition Liberal Party, X",
// "the farm ministers of Chile and Peru, X and Y".
func (x *doc) rolePeopleAfter(si, k int, m *mention) []int {
	s := &x.sents[si]
	of := false
	role := false
	for q := m.t0 - 1; q >= k && q >= m.t0-12; q-- {
		t := &x.toks[q]
		if x.tokRole[q] >= 0 && x.tokMent[q] < 0 || pluralRoles[t.lower] {
			if of {
				role = true
				break
			}
			continue
		}
		if t.lower == "of" || t.lower == "at" {
			of = true
			continue
		}
		if t.kind != tkWord || x.tokMent[q] >= 0 {
			return nil
		}
	}
	if !role {
		return nil
	}
	end := m.t1
	// "of Chile and Peru, X and Y"
	if end+1 < s.t1 && x.toks[end].lower == "and" {
		if mj := x.mentionStartAt(end + 1); mj >= 0 && !x.isPerson(x.ments[mj].ent) {
			end = x.ments[mj].t1
		}
	}
	p := x.appositivePerson(si, end, 2)
	if p < 0 || x.sourceAfterComma(si, end) {
		return nil // "met the ambassador of S, X said": the source
	}
	out := []int{p}
	for q := end + 1; q < s.t1 && q < end+12; q++ {
		mi := x.tokMent[q]
		if mi < 0 || x.ments[mi].ent != p {
			continue
		}
		r := x.ments[mi].t1
		if r+1 < s.t1 && x.toks[r].lower == "and" {
			if mj := x.mentionStartAt(r + 1); mj >= 0 && x.isPerson(x.ments[mj].ent) {
				out = append(out, x.ments[mj].ent)
			}
		}
		break
	}
	return out
}

// appositiveSubject returns Y in "the head of B, Y, <verb>": a person
// set off by commas right before the verb at v, or -1.
func (x *doc) appositiveSubject(si, v int) int {
	s := &x.sents[si]
	k := x.adverbsBefore(si, v)
	if k-1 <= s.t0 || x.toks[k].text != "," {
		return -1
	}
	mi := x.mentionEndAt(k - 1)
	if mi < 0 || !x.isPerson(x.ments[mi].ent) {
		return -1
	}
	c := x.ments[mi].t0 - 1
	for c > s.t0 && x.tokRole[c] >= 0 && x.tokMent[c] < 0 {
		c-- // ", Deputy Prime Minister Y,"
	}
	if c > s.t0 && c+1 < int(x.ments[mi].t0) {
		if mj := x.tokMent[c]; mj >= 0 && !x.isPerson(x.ments[mj].ent) {
			c = int(x.ments[mj].t0) - 1 // ", Chilean Deputy Prime Minister Y,"
		}
	}
	if c > s.t0 && x.toks[c].text == "," {
		return x.ments[mi].ent
	}
	return -1
}

// personSubject returns the person who is the subject of the meeting verb
// at v, and the other people listed with it: the package's subject when
// it is a person, else the people of a dash list before the verb ("The
// mission's heads — A, B and C — were received by Y"), else a person in
// apposition to a body or title ("The bloc's envoy on Z, Deputy Prime
// Minister Y, was received"); else the subject as found (a body).
func (x *doc) personSubject(si, v int) (int, []int) {
	a, _ := x.subjectOf(si, v)
	if x.isPerson(a) {
		return a, nil
	}
	if ps := x.dashListSubject(si, v); len(ps) > 0 {
		return ps[0], ps[1:]
	}
	if p := x.appositiveSubject(si, v); p >= 0 && x.titledHead(si) {
		return p, nil
	}
	return a, nil
}

// titledHead reports a sentence that opens with a title, past "the" and
// a possessor or a named body ("The bloc's envoy, Y, …", "The ASEAN
// special envoy on Z, Y, …"): the person in apposition holds it. A thing
// ("The letter from the envoy, Y, was received") does not meet.
func (x *doc) titledHead(si int) bool {
	s := &x.sents[si]
	k := s.t0
	if k < s.t1 && x.toks[k].lower == "the" {
		k++
	}
	if k >= s.t1 {
		return false
	}
	if mi := x.tokMent[k]; mi >= 0 {
		k = int(x.ments[mi].t1)
	} else if k+1 < s.t1 && x.toks[k+1].kind == tkPoss {
		k++
	}
	if k < s.t1 && x.toks[k].kind == tkPoss {
		k++
	}
	return k < s.t1 && x.tokRole[k] >= 0
}

// dashAt reports a dash that sets off a parenthesis at k: an em or en
// dash (isDash), or a hyphen with a space before it.
func (x *doc) dashAt(k int) bool {
	t := &x.toks[k]
	return isDash(t.text) || t.text == "-" && t.space
}

// dashListSubject returns the people listed between two dashes right
// before the verb at v, when the parenthesis is a list that names the
// subject: "The heads of the mission — A of the Fund, B of the Commission
// and C of the Bank — were received by Y". It needs two people or more,
// an "and" among them, and each name opening the list or following a
// comma or "and" past its title and past a state's possessive before it
// ("— Chad's A, Niger's B and Mali's C —"); a name after a preposition
// ("— a former aide to A and B —", "— advisers to Chad's A and Niger's
// B —") is a description, and so is any parenthesis after a person ("Z —
// adviser to A and B — met Y": Z is the subject).
func (x *doc) dashListSubject(si, v int) []int {
	s := &x.sents[si]
	e := x.adverbsBefore(si, v)
	if e <= s.t0 || !x.dashAt(e) {
		return nil
	}
	o := -1
	for q := e - 1; q > s.t0 && q >= e-60; q-- {
		if x.dashAt(q) {
			o = q
			break
		}
		if x.toks[q].text == ";" {
			return nil
		}
	}
	if o < 0 {
		return nil
	}
	if mi := x.mentionEndAt(o - 1); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		return nil
	}
	var out []int
	and := false
	for q := o + 1; q < e; q++ {
		if x.toks[q].lower == "and" {
			and = true
		}
		mi := x.tokMent[q]
		if mi < 0 || int(x.ments[mi].t0) != q || !x.isPerson(x.ments[mi].ent) {
			continue
		}
		p := q - 1
		for p > o && x.tokRole[p] >= 0 && x.tokMent[p] < 0 {
			p--
		}
		if p > o && x.toks[p].kind == tkPoss {
			// "— Chad's A, Niger's B and Mali's C —": each name after its state
			if sm := x.mentionEndAt(p - 1); sm >= 0 && x.isActor(x.ments[sm].ent) && !x.isPerson(x.ments[sm].ent) {
				p = int(x.ments[sm].t0) - 1
			}
		}
		if p != o && x.toks[p].text != "," && x.toks[p].lower != "and" {
			return nil
		}
		if !contains2(out, x.ments[mi].ent) {
			out = append(out, x.ments[mi].ent)
		}
		q = int(x.ments[mi].t1) - 1
	}
	if len(out) < 2 || !and {
		return nil
	}
	return out
}

// calledOffAfter reports a meeting noun at k that a word in the next
// twelve (the parties' names and titles not counted) says was called
// off or is still to come: "talks with X were postponed", "a call with
// X scheduled for Friday", "the meeting with X was cancelled". With
// soon, "next" and "tomorrow" count as well ("was in Oslo for talks with
// X next week": the stay is before the meeting).
func (x *doc) calledOffAfter(si, k int, soon bool) bool {
	return x.wordAfterMeetNoun(si, k, func(l string) bool {
		return calledOffWords[l] || soon && (l == "next" || l == "tomorrow")
	})
}

// wordAfterMeetNoun reports a word outside any name that hit accepts
// among the twelve after the meeting noun at k, the parties' names and
// titles not counted, before the clause ends at ";", "." or "but".
func (x *doc) wordAfterMeetNoun(si, k int, hit func(l string) bool) bool {
	s := &x.sents[si]
	for q, n := k+1, 0; q < s.t1 && n < 12; q++ {
		if x.tokMent[q] < 0 && x.tokRole[q] < 0 {
			n++
		}
		l := x.toks[q].lower
		if l == ";" || l == "." || l == "but" {
			break
		}
		if x.tokMent[q] < 0 && hit(l) {
			return true
		}
	}
	return false
}

var calledOffWords = set("postponed", "cancelled", "canceled", "delayed", "off", "scheduled", "set", "due", "planned")

// clauseOpenerBefore reports a that-, which- or who-clause opened before
// k in the sentence: the sentence's subject is then not the clause's
// ("X criticised the deal, which Y struck in a meeting with Z").
func (x *doc) clauseOpenerBefore(si, k int) bool {
	s := &x.sents[si]
	for q := s.t0; q < k; q++ {
		switch x.toks[q].lower {
		case "that", "which", "who", "whom":
			if x.tokMent[q] < 0 {
				return true
			}
		}
	}
	return false
}

// passiveSides reads a sides phrase as the subject of a passive host verb
// (round 34): "both negotiators were welcomed by Y", "the two delegations
// were received by Y". It returns the host named after "by" (at by) and the
// two people the phrase stands for (sidesMet, the host left out), or -1
// and nil. The phrase must end right at the auxiliary aux and be the
// subject itself, not behind a preposition ("the proposals of both
// ministers were received by Y": the proposals were).
func (x *doc) passiveSides(si, aux, by int) (int, []int) {
	s := &x.sents[si]
	for q := aux - 1; q >= s.t0 && q >= aux-5; q-- {
		if x.sidesAt(si, q) != aux {
			continue
		}
		if q > s.t0 && prepositions[x.toks[q-1].lower] {
			return -1, nil
		}
		hosts := x.peopleIn(x.objectsAfter(si, by+1))
		if len(hosts) == 0 {
			return -1, nil
		}
		if sides := x.sidesMet(si, q, aux, hosts[:1]); len(sides) == 2 {
			return hosts[0], sides
		}
		return -1, nil
	}
	return -1, nil
}

// signedDocs are the papers whose signing by two people, side by side,
// is annotated as a meeting ("signed the protocol", "initialled a
// 15-point text", "signed the handover documents").
var signedDocs = set("agreement", "deal", "accord", "memorandum", "treaty", "declaration", "agreements", "deals", "pact",
	"protocol", "contract", "communique", "communiqué", "documents", "text", "accords", "treaties")

// passiveBefore reports "was", "were" or "been" just before the verb at
// k, past one adverb ("was formally signed"). A bare "be" ("will be
// signed", "is to be signed") tells a signing still to come.
func passiveBefore(toks []token, t0, k int) bool {
	for q := k - 1; q >= t0 && q >= k-2; q-- {
		switch toks[q].lower {
		case "was", "were", "been":
			return true
		}
		if toks[q].kind != tkWord || !strings.HasSuffix(toks[q].lower, "ly") {
			return false
		}
	}
	return false
}

// passiveSigners returns the signers in "The document was signed at the
// palace by X and Y": the people after the first "by" within ten tokens
// of the verb at k, in the same clause, when there are two or more (one
// signer alone met no one) and the subject is a paper (signedDocs), not
// a person or a body.
func (x *doc) passiveSigners(si, k int) (int, []int) {
	s := &x.sents[si]
	paper := false
	for q := k - 1; q >= s.t0 && q >= k-6; q-- {
		if x.tokMent[q] >= 0 || x.toks[q].text == "," {
			break
		}
		if signedDocs[x.toks[q].lower] || x.toks[q].lower == "facility" || x.toks[q].lower == "document" || x.toks[q].lower == "loan" {
			paper = true
			break
		}
	}
	if !paper {
		return -1, nil
	}
	for q := k + 1; q < s.t1 && q <= k+10; q++ {
		l := x.toks[q].lower
		if l == ";" || l == "and" && x.tokMent[q] < 0 && q+1 < s.t1 && x.tokMent[q+1] < 0 && x.tokRole[q+1] < 0 {
			break
		}
		if l != "by" {
			continue
		}
		ps := x.peopleIn(x.objectsAfter(si, q+1))
		if len(ps) < 2 {
			return -1, nil
		}
		return ps[0], ps[1:]
	}
	return -1, nil
}

// signedNotDoc reports a word between "signed" and a paper that shows the
// paper is not what was signed: another document ("signed an order
// suspending the agreement with Y", "signed into law the pact with Y")
// or a participle that governs the paper ("a decree ending the pact").
// Adjectives in -ing ("the founding treaty", "a binding accord") pass.
func signedNotDoc(l string) bool {
	switch l {
	case "order", "orders", "decree", "decrees", "law", "laws", "bill", "bills", "ordinance", "letter", "petition", "into":
		return true
	case "founding", "binding", "lasting", "sweeping", "outstanding", "existing", "standing":
		return false
	}
	return len(l) > 4 && strings.HasSuffix(l, "ing")
}

// withAfterDoc returns the "with" that follows the paper named at doc,
// past its modifiers ("signed the protocol on fisheries with Y"), or -1
// at punctuation, a name or after six tokens, and when what follows
// "with" cannot open a person ("signed it with a flourish as Y looked
// on": a name, a role or "the/his/her" must come next).
func (x *doc) withAfterDoc(si, doc int) int {
	s := &x.sents[si]
	for q := doc + 1; q < s.t1 && q <= doc+6; q++ {
		if x.toks[q].lower == "with" {
			if n := q + 1; n >= s.t1 || x.tokMent[n] < 0 && x.tokRole[n] < 0 && x.toks[n].lower != "the" && x.toks[n].lower != "his" && x.toks[n].lower != "her" {
				return -1
			}
			return q
		}
		if x.toks[q].kind == tkPunct || x.tokMent[q] >= 0 {
			return -1
		}
	}
	return -1
}

// unnamedOfficial reports a demonym mention m ("Russian") that qualifies
// one official after it, a singular role or "counterpart", whose holder
// is not named in apposition: "the Russian ambassador", "his Romanian
// counterpart for talks". Plural roles ("Iranian officials") stand for
// the state and are left alone.
func (x *doc) unnamedOfficial(si int, m *mention) bool {
	s := &x.sents[si]
	q := int(m.t1)
	if q >= s.t1 || x.personBehind(si, m) >= 0 {
		return false
	}
	end := q + 1
	if ri := x.tokRole[q]; ri >= 0 {
		if x.roles[ri].plural {
			return false
		}
		end = x.roles[ri].t1
	} else if x.toks[q].lower != "counterpart" {
		return false
	}
	if end < s.t1 && (x.tokMent[end] >= 0 || x.toks[end].text == "," || x.toks[end].lower == "of") {
		return false // "the Russian ambassador, X", "the Chilean minister of trade"
	}
	return true
}

// postedHolder returns the person named in apposition after the body m
// and its posting ("the ambassador of S in Kyiv, X"), or -1. A name
// that a speech verb follows is the quote's source, not the holder: "Y
// met the ambassador of S in Kyiv, X said" (the state stays the party).
func (x *doc) postedHolder(si int, m *mention) int {
	q := x.postingEnd(si, m.t1)
	p := x.appositivePerson(si, q, 2)
	if p >= 0 && x.sourceAfterComma(si, q) {
		return -1
	}
	return p
}

// sourceAfterComma reports that the person named after the first comma
// from token q (past a title: "Dr.") is followed by a speech verb: "…
// the ambassador of S in Kyiv, X said". X is then the source of the
// report, not the holder named in apposition.
func (x *doc) sourceAfterComma(si, q int) bool {
	s := &x.sents[si]
	for k := q; k < s.t1 && k < q+14; k++ {
		if x.toks[k].text != "," {
			continue
		}
		j := k + 1
		for j < s.t1 && x.tokRole[j] >= 0 && x.tokMent[j] < 0 {
			j = x.roles[x.tokRole[j]].t1
		}
		mi := x.mentionStartAt(j)
		if mi < 0 || !x.isPerson(x.ments[mi].ent) {
			return false
		}
		t1 := int(x.ments[mi].t1)
		return t1 < s.t1 && x.lx.speech[x.toks[t1].lower]
	}
	return false
}

// talksPutOff reports that the verb at q ("put off", "delayed",
// "shelved") is the predicate of the talks before k: a passive auxiliary
// stands before it ("were put off", "were finally shelved") and no
// relative pronoun opens a clause of its own between k and q. A
// participle or a relative clause tells the talks' past ("talks between
// X and Y, delayed by a storm, opened on Monday", "which had been delayed
// twice, ended with a deal"): they were held.
func (x *doc) talksPutOff(si, k, q int) bool {
	if !passiveBefore(x.toks, k+1, q) {
		return false
	}
	for j := k + 1; j < q; j++ {
		if l := x.toks[j].lower; l == "which" || l == "that" {
			return false
		}
	}
	return true
}

// clauseMeetVerbs are finite meeting verbs that, right after a name in
// a list of those met, show the name is the subject of a new clause: "A
// met B, and C met D" (A did not meet C or D).
var clauseMeetVerbs = set("met", "meets", "held", "holds", "spoke", "talked", "hosted", "received", "visited", "saw")

// peopleWith returns the people named after the "with" at w ("spent the
// day with X and Y", "signed the protocol with Italy's prime minister,
// Y"): the people among objectsAfter's, else the one personObject reads
// from a role and its holder ("with the Faroese fisheries minister, Y").
func (x *doc) peopleWith(si, w int) []int {
	if bs := x.peopleIn(x.objectsAfter(si, w+1)); len(bs) > 0 {
		return bs
	}
	if p := x.personObject(si, w+1); p >= 0 {
		return []int{p}
	}
	return nil
}
