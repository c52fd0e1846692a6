package ingest

// The meeting frame (round 13): recall first, then filters, as the
// sanctions frame of round 12. Any meeting word of a sentence (a verb —
// met, spoke/talked with, conferred, negotiated with, sat down with,
// received, hosted, welcomed, phoned, called on, briefed — or a meeting
// noun taking "with" — talks, meeting, call, bilateral, consultations;
// "between" is left to the specific rule) opens a frame unless it is
// negated, modal, planned or refused. Its parties are the subject (the
// package's subject and pronoun resolution, or the subjects joined by
// "and") and the named actors of the object region (regionActors:
// places, speakers, journalists, bodies after "of" and the clauses of a
// second verb left out). The specific rules of meetings() run first and
// keep their relations; the frame adds only what they left, with lower
// confidence.

import (
	"slices"
	"strings"
)

// meetFrameVerbs take the one met right after them ("met X", "received
// X", "phoned X", "briefed X").
var meetFrameVerbs = set("met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "welcomes",
	"phoned", "telephoned", "briefed")

// meetFrameWith take the one met after "with" (or "to" for spoke and
// talked): "spoke by telephone with X", "sat down with X".
var meetFrameWith = set("spoke", "spoken", "talked", "conferred", "negotiated", "sat", "consulted", "engaged", "speaks", "confers")

// meetFrameNouns are meeting nouns that take their parties after "with".
var meetFrameNouns = set("talks", "meeting", "meetings", "call", "bilateral", "consultations", "discussions",
	"negotiations", "conversation", "audience", "summit", "videoconference", "teleconference", "session", "sessions", "lunch", "dinner")

// meetingClauseOpeners before "meeting X" make it a participle clause of
// a meeting held ("after meeting X", ", meeting X"), not a noun or a plan
// ("before meeting X", "hopes of meeting X").
var meetingClauseOpeners = set(",", "after", "while", "when")

// meetIntent before a meeting noun or after it makes the meeting one not
// (yet) held: "planned talks with X", "the call with Y was postponed".
var meetIntent = set("planned", "proposed", "possible", "future", "upcoming", "scheduled", "expected", "potential",
	"postponed", "cancelled", "canceled", "delayed", "off", "next", "due", "set", "slated", "pending", "requested",
	"request", "sought", "will", "would", "could", "may", "might", "no", "not", "never", "called", "calls", "urged",
	"demanded", "invitation", "invited", "offer", "offered", "hopes", "hoped", "declined", "refused", "rejected")

// meetFrame reads every meeting word of sentence si as a frame, for what
// meetings() left.
func (x *doc) meetFrame(si int) {
	s := &x.sents[si]
	if s.question {
		return
	}
	for k := s.t0; k < s.t1; k++ {
		if k+1 < s.t1 && x.toks[k+1].lower == "by" && hostVerbs[x.toks[k].lower] {
			x.hostedTalks(si, k)
			continue
		}
		if x.toks[k].lower == "the" {
			x.groupMeeting(si, k)
		}
		if !meetFrameGate.may(x.toks[k].lower) {
			continue // none of the five readings below can start here
		}
		if n := x.groupPredicate(si, k); n >= 0 {
			// "He and Gao met", "Lindgren and I had a long video call"
			if p, o := x.pronounPair(si, k, n); p >= 0 && !x.meetUnreal(si, n, k) && x.meetParties(p, o) {
				x.addRel(RelMet, p, o, si, 0.55, "")
			}
		}
		if x.handshake(si, k) {
			continue
		}
		if p, me := x.calledMe(si, k); p >= 0 {
			x.addRel(RelMet, p, me, si, 0.55, "") // "X called me" in an answer
			continue
		}
		v, from := x.meetTrigger(si, k)
		if v < 0 {
			v, from = x.goBetween(si, k) // "shuttled between their delegations"
		}
		if v < 0 || x.meetUnreal(si, k, v) {
			continue
		}
		// "both governors (together) held a meeting with X"
		a, two := -1, []int(nil)
		dash, bare := false, false
		if g := x.groupBefore(si, v); len(g) > 0 {
			a, two = g[0], g[1:]
		} else if g := x.bareGroupBefore(si, v); len(g) > 0 && from >= 0 {
			a, two, bare = g[0], g[1:], true // "The two later sat down with Y"
		} else if g := x.dashListSubject(si, v); len(g) > 0 {
			// "the three ministers — A, B and C — sat across the same
			// table": the list is the subject and its people the parties
			a, two, dash = g[0], g[1:], true
		} else {
			a = x.meetSubject(si, k, v)
		}
		excluded := append([]int{a}, two...)
		var bs []int
		mediator := false
		if end := x.sidesAt(si, from); end >= 0 && len(two) == 0 {
			// "met each delegation", "spoke with both delegation heads":
			// the mediator met each side's person (see sidesMet)
			if a = x.mediatorSubject(si, v, a); a < 0 || x.triedBefore(si, k) {
				continue // "tried to arrange talks with each side"
			}
			subs, _ := x.meetParts(si, a, v, nil)
			if c := x.coMediator(si, a, v); c >= 0 && !contains2(subs, c) {
				subs = append(subs, c)
			}
			bs, mediator = x.sidesMet(si, from, end, subs), true
			if len(bs) == 0 {
				continue
			}
			two = append(two, subs[1:]...) // the co-mediator meets each side too
		} else if from >= 0 {
			bs, _ = x.regionActors(si, from, excluded, true)
			if len(bs) == 0 && from+2 < s.t1 && x.toks[from].lower == "the" {
				// "hosted the two leaders"
				bs, _ = x.theGroup(si, from, a)
			}
		}
		if len(bs) == 0 && from >= 0 && x.objectPronounAt(si, from) {
			// "X received her for an hour", "Y called on him"
			if p := x.objectPronoun(si, from, a); p >= 0 {
				bs = []int{p}
			}
		}
		if len(bs) == 0 && from >= 0 {
			// "had an audience with the prime minister", "called on the
			// chief minister": the holder of that title named before
			if ri := x.theRoleAt(si, from); ri >= 0 && strings.IndexByte(x.roles[ri].tp.phrase, ' ') > 0 {
				if p := x.roleObject(si, ri); p >= 0 && p != a {
					bs = []int{p}
				}
			}
		}
		if len(bs) == 0 {
			bs = x.coordinated(si, v)
			if a >= 0 && len(bs) == 0 {
				bs = x.coordinatedWith(si, a, v)
			}
		}
		// a dash list meets with no one else named only as the subject
		// of a seat across the table ("— A, B and C — sat across the same
		// table"): "— A, B and C — met voters", "spoke to reporters" or
		// "briefed their cabinets" meets someone else, each on their own
		if !x.isActor(a) || len(bs) == 0 && !(dash && from < 0 && x.seatVerb(k)) || x.toks[v].lower == "saw" && !x.isPerson(a) {
			continue // "the summit saw X in Beijing" is no one's meeting
		}
		// a host's guests meet the host, and each other only when they
		// came for the same talks
		host := x.toks[v].lower == "hosted" || x.toks[v].lower == "received" || x.toks[v].lower == "welcomed"
		joint := host && x.forJointTalks(si, v)
		separate := host && !joint
		apart := x.apartAfter(si, min(v, k), k+12, true)
		if apart {
			separate = true
		}
		bs = slices.DeleteFunc(bs, x.loneName)
		each := mediator || !joint && (x.metEach(si, k, from) || x.toks[v].lower == "saw") // "saw X and Y": each seen by the subject
		var parts []int
		var nsub int
		if len(two) > 0 || mediator {
			// the mediator path has read its subjects already (subs)
			parts = append(append([]int{a}, two...), bs...)
			nsub = 1 + len(two)
		} else {
			parts, nsub = x.meetParts(si, a, v, bs)
		}
		parts, nsub = x.dropQualifiers(si, v, parts, nsub)
		if h := x.presider(si, k); h >= 0 {
			// "A and B met, with C in the chair": C met each of them
			for _, p := range parts {
				x.addHosted(p, []int{h}, si)
			}
		}
		for i := 0; i < len(parts); i++ {
			for j := i + 1; j < len(parts); j++ {
				p, q := parts[i], parts[j]
				if i >= nsub && (separate || each || !x.listed(si, from, p, q, joint)) || dash && j < nsub && apart || bare && j < nsub || !x.meetParties(p, q) {
					continue
				}
				x.addRel(RelMet, p, q, si, 0.55, "")
			}
		}
	}
}

// loneName reports a person known only by one word written once ("with
// the Minister of Rail, Roads, Canals …" can make "Science" a
// name): too weak a party for the frame, which reads long object regions.
func (x *doc) loneName(e int) bool {
	return x.isPerson(e) && len(x.ents[e].spans) == 1 && !strings.ContainsRune(x.ents[e].name, ' ')
}

// forJointTalks reports a host verb at k whose guests came for one
// meeting: "received X and Y for talks on a shared port", "hosted X and
// Y for a week of talks", "welcomed X, Y and Z for a trilateral
// consultation meeting". The meeting noun must follow "for" within a few
// lower-case words; "received X, and later Y" or "hosted a dinner for X"
// are no such thing.
func (x *doc) forJointTalks(si, k int) bool {
	s := &x.sents[si]
	for q := k + 1; q < s.t1 && q <= k+60; q++ {
		t := &x.toks[q]
		if t.text == ";" || t.kind == tkWord && (x.lx.speech[t.lower] || meetNouns[t.lower] && x.tokMent[q] < 0) {
			return false // a second clause, or a meeting noun not after "for"
		}
		if t.lower != "for" {
			continue
		}
		return x.meetingAfterFor(si, q)
	}
	return false
}

// meetingAfterFor reports a meeting noun a few lower-case words after the
// "for" at q: "for talks", "for a week of talks", "for a trilateral
// session".
func (x *doc) meetingAfterFor(si, q int) bool {
	s := &x.sents[si]
	for r := q + 1; r < s.t1 && r <= q+6; r++ {
		u := &x.toks[r]
		if meetFrameNouns[u.lower] || u.lower == "consultation" {
			return true
		}
		if x.tokMent[r] >= 0 || u.kind == tkPunct && u.text != "-" || u.cap {
			break
		}
	}
	return false
}

// joinedFor reports "joined" at k taking a person and then "for" a
// meeting: "both governors joined EU Commissioner X for a
// trilateral session", "Y joined her for talks". The "for" must close the
// object phrase (only names, roles and their small words between):
// "joined X in calling for talks", "joined the government for talks",
// "joined X for the ceremony" and "was joined by X" are no meeting.
func (x *doc) joinedFor(si, k int) bool {
	s := &x.sents[si]
	if l := x.toks[k].lower; l != "joined" && l != "joins" || k > s.t0 && isPassiveAux(x.toks[k-1].lower) {
		return false
	}
	if x.personObject(si, k+1) < 0 && !x.objectPronounAt(si, k+1) {
		return false
	}
	for q := k + 1; q < s.t1 && q <= k+14; q++ {
		t := &x.toks[q]
		switch {
		case t.lower == "for":
			return x.meetingAfterFor(si, q)
		case x.tokMent[q] >= 0 || x.tokRole[q] >= 0 || t.text == "," || t.text == "." || t.text == "-" || t.cap || t.lower == "him":
		case t.lower == "the" || t.lower == "his" || t.lower == "her" || t.lower == "their" || t.lower == "of" || t.lower == "and":
		default:
			return false
		}
	}
	return false
}

// meetParties reports two actors that may meet: two people, two bodies,
// or a person and a body that is not a state (a state meets through its
// people, and "Russia received Belov" is an exchange).
func (x *doc) meetParties(p, q int) bool {
	if p == q || !x.isActor(p) || !x.isActor(q) {
		return false
	}
	if x.isPerson(p) == x.isPerson(q) {
		return true
	}
	body := p
	if x.isPerson(p) {
		body = q
	}
	return x.ents[body].kind != "state"
}

// emphaticPast maps a bare meeting verb to the past form it stands for
// after an emphatic "did": "X did meet Y", "she did, however, sit down
// with Y", "she did speak by video link with Y".
var emphaticPast = map[string]string{"meet": "met", "sit": "sat", "speak": "spoke", "talk": "talked"}

// emphaticDid returns the "did" that carries the bare verb at k, past
// "-ly" or frequency adverbs and one short comma aside ("did finally
// meet", "did, however, sit down"), or -1. "did not meet" has "not"
// between, so it is none (and modalBefore reads the negation anyway).
func (x *doc) emphaticDid(si, k int) int {
	s := &x.sents[si]
	q := k - 1
	for q > s.t0 && (lyAdverb(&x.toks[q]) || frequencyAdverbs[x.toks[q].lower]) {
		q--
	}
	if q > s.t0 && x.toks[q].text == "," {
		for r := q - 1; r > s.t0 && r >= q-5; r-- {
			if x.toks[r].text == "," {
				if x.afterAside(si, r) == q+1 {
					q = r - 1
				}
				break
			}
		}
	}
	if q >= s.t0 && x.toks[q].lower == "did" && x.tokMent[q] < 0 {
		return q
	}
	return -1
}

// meetTrigger returns the verb of a meeting word at k (the word itself,
// the verb a meeting noun depends on, or the "did" of an emphatic bare
// verb) and the first token of its object region (-1 when the parties
// can only be the subjects: "X and Y met"); v is -1 for no trigger.
func (x *doc) meetTrigger(si, k int) (v, from int) {
	t := &x.toks[k]
	if t.kind != tkWord || x.tokMent[k] >= 0 || !meetTriggerGate.may(t.lower) || !meetTriggerWords[t.lower] {
		return -1, -1
	}
	past, bare := emphaticPast[t.lower]
	if !bare {
		return x.triggerAs(si, k, t.lower)
	}
	did := x.emphaticDid(si, k)
	if did < 0 {
		return -1, -1
	}
	if v, from = x.triggerAs(si, k, past); v >= 0 {
		v = did // the subject and the mood are read on "did"
	}
	return v, from
}

// meetTriggerWords are every word triggerAs reads, in one set: most
// words of a text are none of them, and one lookup tells.
var meetTriggerWords = func() map[string]bool {
	m := set("seated", "sitting", "sat", "sits", "meeting", "conference", "joined", "joins", "called", "saw")
	for _, s := range []map[string]bool{meetFrameNouns, meetFrameVerbs, meetFrameWith} {
		for w := range s {
			m[w] = true
		}
	}
	for w := range emphaticPast {
		m[w] = true
	}
	return m
}()

// meetFrameGate lets through the words at which meetFrame's five
// per-word readings (groupPredicate, handshake, calledMe, meetTrigger,
// goBetween) can fire: each first tests the word against its own heads,
// listed here, so the other words skip five calls after one hash. A head
// added to one of them must be added here; TestMeetFrameGate extracts
// the repository's articles with the gate open and shut, and the
// readings' own table tests fail when a head is missing (calledMe's
// callVerbs were, when the gate and calledMe were merged the same day).
var meetFrameGate = func() (g smallBits) {
	for _, m := range []map[string]bool{meetTriggerWords, callVerbs, set(
		"met", "talked", "conferred", "negotiated", "spoke", "sat", "held", "had", // groupPredicate
		"shook", "shaking", // handshake
		"shuttled", "shuttling", "shuttles", "shuttle", "carried", "carrying", "carries", "passed", "passing", "ferried", "ferrying")} { // goBetween
		for w := range m {
			g.add(w)
		}
	}
	return g
}()

// meetTriggerGate spares meetTrigger, asked of every word, most lookups.
var meetTriggerGate = gateOf(meetTriggerWords)

// triggerAs is meetTrigger for the word at k read as l.
func (x *doc) triggerAs(si, k int, l string) (v, from int) {
	s := &x.sents[si]
	next := ""
	if k+1 < s.t1 {
		next = x.toks[k+1].lower
	}
	switch {
	case (l == "seated" || l == "sitting" || l == "sat" || l == "sits") && next == "across":
		return x.acrossTable(si, k)
	case l == "meeting" && k > s.t0 && meetingClauseOpeners[x.toks[k-1].lower]:
		// "…, meeting X in Doha and Y in Riyadh", "spoke after meeting X":
		// a participle whose subject is the clause's
		if x.personObject(si, k+1) < 0 {
			return -1, -1
		}
		return k, k + 1
	case meetFrameNouns[l] || l == "conference" && k > s.t0 && callModes[x.toks[k-1].lower]:
		w := -1
		for q := k + 1; q < s.t1 && q <= k+3; q++ {
			if x.toks[q].lower == "with" {
				w = q
				break
			}
			if x.toks[q].kind != tkWord || x.tokMent[q] >= 0 {
				break
			}
		}
		if w < 0 {
			w = x.withAfterPlace(si, k+1)
		}
		if w < 0 {
			return -1, -1
		}
		return x.nounVerb(si, k), w + 1
	case l == "saw":
		if x.sawPerson(si, k) {
			return k, k + 1
		}
		return -1, -1
	case meetFrameVerbs[l]:
		if k-1 >= s.t0 && isPassiveAux(x.toks[k-1].lower) {
			return -1, -1 // the specific rules read "was received by"
		}
		if next == "among" {
			return -1, -1 // "met among UN agency heads": one side's own people
		}
		if (l == "met" || l == "meets") && (x.metIdiomObject(si, k+1) || next == "with" && x.metIdiomObject(si, k+2)) {
			return -1, -1 // "met the deadline, unlike Y", "met with criticism from Y": no one was met
		}
		if next == "with" {
			return k, k + 2
		}
		if l != "met" && l != "meets" && l != "briefed" && x.personObject(si, k+1) < 0 && !x.objectPronounAt(si, k+1) && !(k+3 < s.t1 && x.toks[k+2].lower == "two" && twoNouns[x.toks[k+3].lower]) && !x.forJointTalks(si, k) && x.sidesAt(si, k+1) < 0 {
			return -1, -1 // "welcomed the deal", "hosted rounds of talks"
		}
		return k, k + 1
	case (l == "joined" || l == "joins") && x.joinedFor(si, k):
		return k, k + 1 // "the two ministers joined X for a trilateral session"
	case l == "called" && next == "on":
		// "called on X at his office", not "called on X to …"
		// A bare role object ("called on the prime minister") is read to
		// the clause end: a demand often puts its "to" far off ("called on
		// the prime minister and the chancellor, in a letter published
		// today, again to quit") or says how it was made ("in a statement
		// …, demanding an inquiry").
		far, bareRole := k+12, x.theRoleAt(si, k+2) >= 0
		if bareRole {
			far = s.t1
		}
		for q := k + 2; q < s.t1 && q <= far; q++ {
			if x.toks[q].text == "," && q+1 < s.t1 && (x.toks[q+1].lower == "and" || x.toks[q+1].lower == "but") {
				break // "called on X last week, and Y is expected to …": a new clause
			}
			if x.toks[q].lower == "to" || x.toks[q].lower == "for" || x.toks[q].lower == "the" && q == k+2 && !bareRole {
				return -1, -1 // "called on the government": a demand, not a visit
			}
			if far == s.t1 && demandCues[x.toks[q].lower] {
				return -1, -1
			}
		}
		return k, k + 2
	case meetFrameWith[l]:
		if l == "sat" && next != "down" {
			return -1, -1
		}
		for q := k + 1; q < s.t1 && q <= k+8; q++ {
			ql := x.toks[q].lower
			if ql == "with" || ql == "to" && (l == "spoke" || l == "talked" || l == "spoken") {
				return k, q + 1
			}
			if x.toks[q].kind == tkPunct && x.toks[q].text != "-" || x.tokMent[q] >= 0 || ql == "about" || ql == "at" && l == "spoke" && !(q+1 < s.t1 && x.toks[q+1].lower == "length") {
				break
			}
		}
		if l == "spoke" || l == "spoken" || l == "speaks" || l == "engaged" {
			return -1, -1 // "X and Y spoke at the forum": each to the room
		}
		return k, -1
	}
	return -1, -1
}

// demandCues in the clause of "called on the ROLE" tell a public demand,
// not a visit: "in a statement", "in a letter", "demanding", "urging".
var demandCues = set("statement", "statements", "letter", "demanding", "urging", "appeal", "petition")

// theRoleAt returns the role span of a bare definite role phrase at q
// ("the prime minister", no name in it), or -1.
func (x *doc) theRoleAt(si, q int) int {
	s := &x.sents[si]
	if q+1 >= s.t1 || x.toks[q].lower != "the" || x.tokMent[q+1] >= 0 {
		return -1
	}
	ri := x.tokRole[q+1]
	if ri < 0 || x.roles[ri].t0 != q+1 || x.roles[ri].plural || x.roles[ri].tp == nil {
		return -1
	}
	return int(ri)
}

// seatVerb reports a sitting verb at k ("sat", "seated", "sitting",
// "sits", or "sit" after an emphatic "did"): the one verb whose subjects
// meet with no object named.
func (x *doc) seatVerb(k int) bool {
	l := x.toks[k].lower
	return l == "seated" || l == "sitting" || l == "sat" || l == "sits" || l == "sit"
}

// seatTableWords may stand between "the" and "table" in "sat across the
// same table": the seat is at a negotiation, not at a desk or a bar.
var seatTableWords = set("same", "negotiating")

// acrossTable reads a seat "across" at k+1 after the sitting verb at k:
// "was seated across from X", "sits across the table from Y" (Y is
// the other party), "A and B sit across the same table" (the subjects are
// the parties, from is -1). Anything else after "across" ("sat across
// the aisle", "sat across the room") is no meeting.
func (x *doc) acrossTable(si, k int) (v, from int) {
	s := &x.sents[si]
	q := k + 2
	if q < s.t1 && x.toks[q].lower == "the" {
		q++
		if q < s.t1 && seatTableWords[x.toks[q].lower] {
			q++
		}
		if q >= s.t1 || x.toks[q].lower != "table" {
			return -1, -1
		}
		q++
	}
	if q+1 < s.t1 && x.toks[q].lower == "from" {
		return k, q + 1
	}
	if q == k+2 {
		return -1, -1 // "sat across" alone, "sat across town"
	}
	return k, -1
}

// meetingPlaceWords open a short phrase of place or time between a
// meeting noun and its "with": "talks at the Office with X", "a
// meeting late on Sunday with Y".
var meetingPlaceWords = set("at", "in", "on", "during", "yesterday", "today", "earlier", "later", "this", "last")

// withAfterPlace returns the "with" after a short place or time phrase
// that starts at q ("at the Ministry", "in Geneva", "on Friday
// morning"), or -1. The phrase names no person and holds no clause
// punctuation, and a phrase opened by "of" or "about" is not one: "talks
// on trade with Y" still reaches Y, "a meeting of the council with" does
// not.
func (x *doc) withAfterPlace(si, q int) int {
	s := &x.sents[si]
	if q >= s.t1 || !meetingPlaceWords[x.toks[q].lower] {
		return -1
	}
	for r := q + 1; r < s.t1 && r <= q+5; r++ {
		t := &x.toks[r]
		if t.lower == "with" {
			return r
		}
		if mi := x.tokMent[r]; mi >= 0 && x.isPerson(x.ments[mi].ent) || t.kind == tkPunct && t.text != "-" || t.lower == "of" || t.lower == "about" {
			return -1
		}
	}
	return -1
}

// nounVerb returns the verb a meeting noun at k depends on ("held talks",
// "had a 40-minute bilateral", "for talks with"), else k itself.
func (x *doc) nounVerb(si, k int) int {
	s := &x.sents[si]
	for q := k - 1; q >= s.t0 && q >= k-5; q-- {
		t := &x.toks[q]
		if x.tokMent[q] >= 0 || t.kind == tkPunct && t.text != "-" {
			return k
		}
		if x.toks[q+1].text == "-" || q > s.t0 && x.toks[q-1].text == "-" {
			continue // "a closed-door meeting"
		}
		if t.kind == tkWord && !t.cap && (len(t.lower) > 3 && t.lower[len(t.lower)-2:] == "ed" || t.lower == "had" || t.lower == "held" || t.lower == "hold" || t.lower == "holds" || t.lower == "for" || x.gotMeeting(si, q)) {
			if t.lower == "for" {
				for p := q - 1; p >= s.t0 && p >= q-8; p-- {
					if pl := x.toks[p].lower; x.toks[p].kind == tkWord && !x.toks[p].cap && len(pl) > 3 && pl[len(pl)-2:] == "ed" {
						return p
					}
				}
				return k
			}
			return q
		}
	}
	return k
}

// gotMeeting reports "got" or an emphatic "did get" at q before a meeting
// noun ("got an audience with", "did get a meeting with"): a meeting had.
// A bare "get" is a wish or a plan ("hoped to get an audience").
func (x *doc) gotMeeting(si, q int) bool {
	switch x.toks[q].lower {
	case "got":
		return true
	case "get":
		return q > x.sents[si].t0 && x.toks[q-1].lower == "did"
	}
	return false
}

// meetUnreal reports a meeting word that is negated, modal, planned,
// denied or refused.
func (x *doc) meetUnreal(si, k, v int) bool {
	s := &x.sents[si]
	if x.modalBefore(si, v) || v != k && x.modalBefore(si, k) || x.deniesMeeting(si, k+1, false) || x.meetingDeniedNext(si) {
		return true
	}
	// "talks with X were postponed", "the call … was called off"; the
	// names and titles of the parties do not count towards the twelve
	// words ("a meeting with its Minister of Economy and Commerce, X, was
	// cancelled")
	if x.calledOffAfter(si, k, false) {
		return true
	}
	if meetFrameNouns[x.toks[k].lower] && x.wordAfterMeetNoun(si, k, func(l string) bool { return modalMarkers[l] }) {
		return true // "a meeting with X could take place"
	}
	if v == k {
		return false
	}
	for q := k - 1; q >= s.t0 && q >= k-4; q-- {
		if meetIntent[x.toks[q].lower] && x.tokMent[q] < 0 {
			return true
		}
	}
	return false
}

// meetSubject returns the party that does the meeting at k (verb v): a
// possessor of the noun ("Aalto's meeting with X"), the verb's subject or
// the person a pronoun stands for, or -1.
func (x *doc) meetSubject(si, k, v int) int {
	s := &x.sents[si]
	if v == k && x.toks[k].lower == "meeting" && k > s.t0 && meetingClauseOpeners[x.toks[k-1].lower] {
		// the participle's subject is the clause's: "X spent four days in
		// the region, meeting Y"
		return x.clausePerson(si, v)
	}
	if v == k && meetFrameNouns[x.toks[k].lower] {
		q := k - 1
		for q > s.t0 && x.toks[q].kind == tkWord && !x.toks[q].cap && x.tokMent[q] < 0 {
			q--
		}
		if q > s.t0 && x.toks[q].kind == tkPoss {
			if mi := x.mentionEndAt(q - 1); mi >= 0 && !x.ments[mi].weak {
				return x.ments[mi].ent
			}
		}
		return -1
	}
	a, _ := x.subjectOf(si, v)
	if a < 0 {
		a = x.subjectBeforeAside(si, v)
	}
	if a < 0 && x.commaParticiple(si, v) {
		a = x.clausePerson(si, v) // "X was in Quito, seated opposite Y"
	}
	if a < 0 {
		// "X instead met", "X then met": the name before an adverb
		q := v - 1
		for n := 0; n < 2 && q > s.t0 && x.tokMent[q] < 0 && x.toks[q].kind == tkWord && !x.toks[q].cap; n++ {
			q--
		}
		if mi := x.mentionEndAt(q); mi >= 0 && !x.ments[mi].weak && q < v-1 {
			a = x.ments[mi].ent
		}
	}
	if p := x.delegationLeader(si, v); p >= 0 && (a < 0 || x.ents[a].typ == TypeInstitution) {
		a = p // "an AU team headed by X … met Y": the leader
	}
	return a
}

// secondVerb reports token j opening a second verb of the clause: "and"
// (or a comma) followed by a past verb or a speech verb ("met X and
// agreed …", "met Y, and said …"), also past a comma aside ("and, by
// most reports, urged …") or an adverb in "-ly" or of frequency after an
// auxiliary ("and has repeatedly criticised …", "and has often praised
// …"). A bare "-ly" word is not skipped: "and newly elected deputies"
// names more people met.
func (x *doc) secondVerb(si, j int) bool {
	s := &x.sents[si]
	if x.toks[j].lower != "and" || j+1 >= s.t1 {
		return false
	}
	q := x.afterAside(si, j+1)
	if q >= s.t1 {
		return false
	}
	aux := false
	for q+1 < s.t1 && (auxVerbs[x.toks[q].lower] || auxAdverbs[x.toks[q].lower] || x.toks[q].lower == "later" || x.toks[q].lower == "then" || aux && (lyAdverb(&x.toks[q]) || frequencyAdverbs[x.toks[q].lower])) {
		aux = aux || auxVerbs[x.toks[q].lower]
		q++
	}
	n := &x.toks[q]
	if n.kind != tkWord || n.cap || x.tokMent[q] >= 0 {
		return false
	}
	return x.lx.speech[n.lower] || len(n.lower) > 4 && n.lower[len(n.lower)-2:] == "ed" || n.lower == "held" || n.lower == "left" || n.lower == "made" || n.lower == "told"
}

// purposeClause reports ", to <verb>" at j: a purpose clause after the
// parties of a meeting ("met X in Vilnius, to discuss …"), whose bodies
// are matters talked about, not parties ("… and the pressure of the EU").
// A determiner after "to" makes it a preposition ("to the capital").
func (x *doc) purposeClause(si, j int) bool {
	s := &x.sents[si]
	if x.toks[j].lower != "to" || j-1 < s.t0 || x.toks[j-1].text != "," || j+1 >= s.t1 {
		return false
	}
	n := &x.toks[j+1]
	return n.kind == tkWord && !n.cap && x.tokMent[j+1] < 0 && !determiners[n.lower] && !meetFrameNouns[n.lower]
}

// afterAside returns the token after a short comma aside of lower-case
// words that opens at q ("by all accounts,"), else q.
func (x *doc) afterAside(si, q int) int {
	s := &x.sents[si]
	if q >= s.t1 || x.toks[q].text != "," {
		return q
	}
	for r := q + 1; r < s.t1 && r <= q+6; r++ {
		t := &x.toks[r]
		if t.text == "," && r > q+1 {
			return r + 1
		}
		if t.kind != tkWord || t.cap || x.tokMent[r] >= 0 {
			break
		}
	}
	return q
}

// frequencyAdverbs may stand between an auxiliary and its participle
// ("has often praised", "had long opposed").
var frequencyAdverbs = set("often", "always", "never", "long", "once", "twice", "sometimes", "seldom", "ever", "still", "just", "since", "again", "even")

// lyAdverb reports a lower-case adverb in "-ly" ("repeatedly").
func lyAdverb(t *token) bool {
	return t.kind == tkWord && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly")
}

// metEach reports the objects of the meeting verb at k (from their
// start at from) as people met one by one, not together: "met both X
// and Y", "met each of", or a bare list of names after "met" ("met X and
// Y, the chief of Z, at the market"), which the annotation reads as the
// subject meeting each. A plural noun before the names makes them one
// group met together ("met his Finnish and Swedish counterparts, X and
// Y"). Only "met" and "meets" are read: a meeting noun or another verb
// ("held a video call with both X and Y", "sat down with both X and Y")
// is one meeting, even with "both".
func (x *doc) metEach(si, k, from int) bool {
	s := &x.sents[si]
	if from < 0 || from >= s.t1 {
		return false
	}
	if l := x.toks[k].lower; l != "met" && l != "meets" {
		return false
	}
	if l := x.toks[from].lower; l == "both" || l == "each" {
		return true
	}
	for q := from; q < s.t1 && q <= from+6; q++ {
		t := &x.toks[q]
		if mi := x.tokMent[q]; mi >= 0 {
			if x.isPerson(x.ments[mi].ent) {
				return true
			}
			continue // "his Finnish and Swedish counterparts"
		}
		if t.kind != tkWord || !t.cap && len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") {
			return false
		}
	}
	return false
}

// listed reports two people met together as one list after from: only
// commas, "and" and their roles between them ("met his counterparts, X
// and Y"), no place, time or second clause ("met X in Harare on Friday
// and Y the following day"). When a host received them for joint talks
// (see forJointTalks), a role's "of" qualifier may stand between them
// ("received X, Vice Minister of Energy of Y, and Z, … for talks").
func (x *doc) listed(si, from, p, q int, joint bool) bool {
	if from < 0 || !x.isPerson(p) || !x.isPerson(q) {
		return false
	}
	s := &x.sents[si]
	in := false
	for j := from; j < s.t1; j++ {
		if mi := x.tokMent[j]; mi >= 0 {
			e := x.ments[mi].ent
			if e == p || e == q {
				if in {
					return true
				}
				in = true
			}
			j = int(x.ments[mi].t1) - 1
			continue
		}
		if !in {
			continue
		}
		if joint && x.toks[j].lower == "of" {
			continue
		}
		switch x.toks[j].lower {
		case "in", "at", "on", "of", "then", "later", "first", "during", "after", "before", "day", "separately", "—", "-":
			return false
		}
		if x.withAgain(si, j) {
			return false // "a session with X and a longer meeting with Y", "with X and with Y"
		}
		if l := x.toks[j].lower; meetFrameVerbs[l] || meetFrameWith[l] || x.lx.meet[l] {
			return false // "held talks with X and met Y": a second meeting
		}
	}
	return false
}

// hostVerbs after a meeting noun name the one who hosted or ran the talks:
// "talks hosted by X", "crisis talks convened by Y".
var hostVerbs = set("hosted", "convened", "mediated", "brokered", "chaired", "facilitated")

// hostNouns are the meetings a host runs for others.
var hostNouns = set("talks", "meeting", "meetings", "session", "sessions", "negotiations", "consultations", "discussions", "round", "dinner", "lunch")

// hostedTalks reads "X and Y held talks in Riyadh, hosted by Z" and "X
// and Y were in Quito for urgent talks called by Z" (the verb at k):
// the host met each party; a person hosts, a body does not ("talks
// brokered by CARICOM").
func (x *doc) hostedTalks(si, k int) {
	s := &x.sents[si]
	n := -1
	for q := k - 1; q >= s.t0 && q >= k-10; q-- {
		if t := &x.toks[q]; t.text == ";" || t.text == "." || x.lx.speech[t.lower] {
			break
		}
		if hostNouns[x.toks[q].lower] && x.tokMent[q] < 0 {
			n = q
			break
		}
	}
	if n < 0 {
		return
	}
	v := x.nounVerb(si, n)
	if x.meetUnreal(si, n, v) || x.modalBefore(si, k) {
		return
	}
	hosts := x.peopleIn(x.objectsAfter(si, k+2))
	if len(hosts) == 0 {
		if h := x.hostAfterTitle(si, k+2); h >= 0 {
			hosts = []int{h} // "hosted by the Lake Basin Authority (LBA) Executive Secretary, Z"
		}
	}
	if len(hosts) == 0 {
		return
	}
	a := -1
	var g []int
	if v != n {
		g = x.groupBefore(si, v)
	}
	if len(g) > 0 {
		// "the pair held four rounds of talks, each chaired by Z"
		for _, p := range g {
			x.addHosted(p, hosts, si)
		}
		return
	}
	if v != n {
		a = x.meetSubject(si, n, v)
	} else if n-1 > s.t0 && (x.toks[n-1].lower == "for" || x.toks[n-2].lower == "for") {
		a = x.clausePerson(si, n) // "X and Y were in Brussels for crisis talks"
	} else if p := x.settingPrep(si, n); p >= 0 {
		x.hostedSetting(si, n, p, hosts)
		return
	}
	if !x.isPerson(a) {
		return
	}
	parts, _ := x.meetParts(si, a, v, nil)
	if v == n {
		// "X and Serbian President Y were both in Brussels for talks"
		for mi := x.firstMentionOf(si, a); mi >= 0; {
			j := int(x.ments[mi].t1)
			if j >= s.t1 || x.toks[j].lower != "and" {
				break
			}
			j++
			for j < s.t1 && x.tokMent[j] < 0 && x.tokRole[j] >= 0 {
				j++
			}
			if j < s.t1 && x.tokMent[j] >= 0 && x.ments[x.tokMent[j]].weak {
				j = x.ments[x.tokMent[j]].t1
				for j < s.t1 && x.tokMent[j] < 0 && x.tokRole[j] >= 0 {
					j++
				}
			}
			mi = int(x.mentionStartAt(j))
			if mi < 0 || !x.isPerson(x.ments[mi].ent) {
				break
			}
			if !contains2(parts, x.ments[mi].ent) {
				parts = append(parts, x.ments[mi].ent)
			}
		}
	}
	for _, p := range parts {
		x.addHosted(p, hosts, si)
	}
}

// hostAfterTitle returns the person named after a comma behind a title at
// q whose body carries its abbreviation in brackets, which objectsAfter
// does not read past: "the Lake Basin Authority (LBA) Executive
// Secretary, Z". Before the comma only "the", "of", "for", brackets, a
// possessive, capitalised words, roles and bodies may stand (twelve
// tokens at most), and a role must follow the bracket: after "hosted by
// the African Union (AU), Z said" Z is a speaker, not the host; -1 when
// there is no such person.
func (x *doc) hostAfterTitle(si, q int) int {
	s := &x.sents[si]
	bracket, role := false, false
	for j := q; j < s.t1 && j < q+12; j++ {
		t := &x.toks[j]
		if mi := x.tokMent[j]; mi >= 0 {
			if x.isPerson(x.ments[mi].ent) {
				return -1
			}
			j = int(x.ments[mi].t1) - 1
			continue
		}
		switch {
		case t.text == "(" || t.text == ")":
			bracket, role = true, false
		case t.text == ",":
			if !role || j+1 >= s.t1 {
				return -1
			}
			if mi := x.mentionStartAt(j + 1); mi >= 0 && x.isPerson(x.ments[mi].ent) && !x.ments[mi].weak {
				return x.ments[mi].ent
			}
			return -1
		case t.lower == "the" || t.lower == "of" || t.lower == "for" || t.kind == tkPoss || t.cap || x.tokRole[j] >= 0:
			role = role || bracket && x.tokRole[j] >= 0
		default:
			return -1
		}
	}
	return -1
}

// settingPreps put a hosted meeting noun in an adjunct of the clause:
// "met Y at a working dinner hosted by Z", "signed the accord after two
// days of negotiations hosted by Z".
var settingPreps = set("in", "at", "during", "after")

// gapWords before "after" measure a time gap: "met Y on Monday, a week
// after talks hosted by Z" names an earlier event, not the setting.
var gapWords = set("hours", "day", "days", "week", "weeks", "month", "months", "year", "years")

// settingPrep returns the settingPreps word that opens the noun phrase of
// the meeting noun at n ("at a working dinner", "after two days of
// negotiations"): up to five lower-case words, hyphens and "of" before n, no
// name; -1 when none, or when "after" follows a gapWords word ("days
// after talks hosted by Z").
func (x *doc) settingPrep(si, n int) int {
	s := &x.sents[si]
	for q := n - 1; q >= s.t0 && q >= n-6; q-- {
		t := &x.toks[q]
		if x.tokMent[q] >= 0 || t.kind == tkPunct && t.text != "-" || t.cap {
			return -1
		}
		if settingPreps[t.lower] {
			if t.lower == "after" && q > s.t0 && gapWords[x.toks[q-1].lower] {
				return -1
			}
			return q
		}
	}
	return -1
}

// hostedSetting reads a hosted meeting noun at n in an adjunct opened by
// the preposition at p (round 34): the host met the people who met in
// this sentence before it ("X met Y at a dinner hosted by Z": Z met X
// and Y). With no meeting found and "after" ("X and Y signed the accord
// after negotiations hosted by Z"), two or more people
// joined as the clause's subjects held those talks: they met each other
// and the host. One subject alone is no party ("X said after talks
// hosted by Z": a comment, maybe from afar). Behind a second clause
// ("X met Y; W spoke at a session hosted by Z", ", and", ", but", ",
// who") the meeting and the setting may be another's: nothing.
func (x *doc) hostedSetting(si, n, p int, hosts []int) {
	s := &x.sents[si]
	for q := s.t0; q < p; q++ {
		if t := x.toks[q].text; t == ";" || t == "," && q+1 < p && (x.toks[q+1].lower == "and" || presiderEnds[x.toks[q+1].lower]) {
			return
		}
	}
	var parts []int
	for i, r := range x.rels {
		if r.Sentence != si || r.Type != RelMet {
			continue
		}
		for _, e := range x.relEnds[i] {
			if x.isPerson(e) && !contains2(hosts, e) && !contains2(parts, e) {
				parts = append(parts, e)
			}
		}
	}
	if len(parts) == 0 && x.toks[p].lower == "after" {
		a := x.clausePerson(si, p)
		if !x.isPerson(a) || contains2(hosts, a) {
			return
		}
		parts = []int{a}
		for _, c := range x.coordinatedWith(si, a, p) {
			if x.isPerson(c) && !contains2(parts, c) {
				parts = append(parts, c)
			}
		}
		if mi := x.firstMentionOf(si, a); len(parts) < 2 && mi >= 0 {
			// "The trade ministers of S and K, X and Y, signed":
			// the people joined to the first by "and"
			for _, c := range x.peopleAfterAnd(si, mi) {
				if x.isPerson(c) && !contains2(parts, c) {
					parts = append(parts, c)
				}
			}
		}
		if len(parts) < 2 {
			return
		}
		for i, q := range parts {
			for _, r := range parts[i+1:] {
				if x.meetParties(q, r) {
					x.addRel(RelMet, q, r, si, 0.55, "")
				}
			}
		}
	}
	for _, q := range parts {
		x.addHosted(q, hosts, si)
	}
}

// addHosted adds the meetings of party p with each host of its talks.
func (x *doc) addHosted(p int, hosts []int, si int) {
	for _, h := range hosts {
		if x.meetParties(p, h) {
			x.addRel(RelMet, p, h, si, 0.55, "")
		}
	}
}

// presiderEnds stop the search for a presider: a new clause (";", "but",
// "while") or a relative clause may name someone who ran another meeting.
var presiderEnds = set(";", "but", "while", "whereas", "who", "which", "whose", "although")

// hostOwners before "host" make it the meeting's host: "with their host, X".
var hostOwners = set("their", "his", "her", "the")

// presider returns the person a "with" phrase after the meeting word at k
// names as the one who ran the meeting: "with their host, X", "with X in
// the chair", "with Y seated at the table's head", "with Z chairing" or
// "presiding"; -1 when there is none. The cue must close the phrase: "with
// X" alone is another party or a companion, which the frame reads itself,
// and "with X's blessing" names no one at the table. The meeting's mood is
// read on its own word (meetUnreal), so a planned session gives nothing.
//
// The phrase belongs to this meeting only: the search stops at a purpose
// clause or a modal ("and will meet W on Friday, with L in the chair"),
// and a "with" a few words after another event's noun ("a session of
// parliament with L in the chair") is that event's. A second past verb of the same subjects does
// not stop it ("sat across the table and then signed an accord, with L
// at the head of a long table").
func (x *doc) presider(si, k int) int {
	s := &x.sents[si]
	for q := k + 1; q+2 < s.t1; q++ {
		t := &x.toks[q]
		if presiderEnds[t.lower] || x.lx.speech[t.lower] || presiderModals[t.lower] || x.purposeClause(si, q) {
			return -1
		}
		if t.lower != "with" || x.tokMent[q] >= 0 {
			continue
		}
		if x.otherEventBefore(k, q) {
			continue
		}
		if hostOwners[x.toks[q+1].lower] && x.toks[q+2].lower == "host" && q+4 < s.t1 && x.toks[q+3].text == "," {
			if ps := x.peopleIn(x.objectsAfter(si, q+4)); len(ps) > 0 {
				return ps[0]
			}
			continue
		}
		ps := x.peopleIn(x.objectsAfter(si, q+1))
		if len(ps) == 0 {
			continue
		}
		if e := x.mentionEndOf(si, q+1, ps[0]); e >= 0 && x.presidingCue(si, e) {
			return ps[0]
		}
	}
	return -1
}

// presiderModals open a clause about another, planned meeting.
var presiderModals = set("will", "would", "shall", "could", "can", "may", "might", "should", "must")

// presiderOtherEvents are nouns of events other than the meeting itself:
// a "with" phrase right after one of them belongs to that event.
var presiderOtherEvents = set("session", "sessions", "debate", "hearing", "hearings", "parliament", "sitting", "vote",
	"assembly", "inquiry", "trial", "ceremony", "committee", "congress", "senate", "tribunal")

// otherEventBefore reports another event's noun among the five words
// before the "with" at q, after the meeting word at k and with no comma
// between: "a session of parliament with L", "a hearing at the chamber
// with L".
func (x *doc) otherEventBefore(k, q int) bool {
	for r := q - 1; r > k && r >= q-5; r-- {
		if x.toks[r].text == "," {
			return false
		}
		if presiderOtherEvents[x.toks[r].lower] {
			return true
		}
	}
	return false
}

// mentionEndOf returns the token after the first mention of entity e
// from token q on (within the object window of objectsAfter), or -1.
func (x *doc) mentionEndOf(si, q, e int) int {
	s := &x.sents[si]
	for j := q; j < s.t1 && j < q+16; j++ {
		if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent == e {
			return int(x.ments[mi].t1)
		}
	}
	return -1
}

// presidingCues follow a person's name to make the person the one who
// ran the meeting.
var presidingCues = [][]string{{"chairing"}, {"presiding"}, {"in", "the", "chair"}}

// presidingCue reports, at token q right after a person's name (past one
// comma), a presidingCues phrase or a seat at the table's head, "seated"
// or "sitting" before it or not: "at the head of a long table" (up to
// three words, a determiner first, between "of" and "table") or "at the
// table's head".
func (x *doc) presidingCue(si, q int) bool {
	s := &x.sents[si]
	if q < s.t1 && x.toks[q].text == "," {
		q++
	}
	for _, c := range presidingCues {
		if q+len(c) <= s.t1 && x.toks[q].lower == c[0] && x.wordsFollow(q, c) {
			return true
		}
	}
	if q < s.t1 && (x.toks[q].lower == "seated" || x.toks[q].lower == "sitting") {
		q++
	}
	if q+4 < s.t1 && x.toks[q].lower == "at" && x.toks[q+1].lower == "the" && x.toks[q+2].lower == "table" && x.toks[q+3].kind == tkPoss && x.toks[q+4].lower == "head" {
		return true // "at the table's head"
	}
	if q+4 >= s.t1 || x.toks[q].lower != "at" || !x.wordsFollow(q, []string{"at", "the", "head", "of"}) {
		return false
	}
	for r := q + 4; r < s.t1 && r <= q+7; r++ {
		if x.toks[r].lower == "table" {
			return true
		}
		if x.toks[r].kind != tkWord || x.tokMent[r] >= 0 {
			return false
		}
	}
	return false
}

// groupMeeting reads a group phrase at k that met as a group: "the three
// ministers held talks for four hours", "the two men met twice", "the
// two leaders sat down together". Each member met each other member.
func (x *doc) groupMeeting(si, k int) {
	s := &x.sents[si]
	g, v := x.theGroup(si, k, -1)
	if len(g) == 0 {
		return
	}
	for v < s.t1 && x.tokMent[v] < 0 && x.adverbial(v) {
		v++
	}
	n := x.groupPredicate(si, v)
	if n < 0 || x.meetUnreal(si, n, v) {
		return
	}
	for i, p := range g {
		for _, q := range g[i+1:] {
			if x.meetParties(p, q) {
				x.addRel(RelMet, p, q, si, 0.55, "")
			}
		}
	}
}

// callChannels after "spoke by" make the speaking a call between the
// subjects.
var callChannels = set("phone", "telephone", "video", "videoconference", "teleconference")

// groupPredicate returns the meeting word of a predicate at v that a
// group does together (met, talked, conferred, sat down or across; held
// or had talks, a meeting, sessions of talks; spoke by telephone), or -1:
// "the two men are expected to meet" or "the two leaders signed" give
// nothing.
func (x *doc) groupPredicate(si, v int) int {
	s := &x.sents[si]
	if v >= s.t1 {
		return -1
	}
	switch l := x.toks[v].lower; l {
	case "met", "talked", "conferred", "negotiated":
		return v
	case "spoke":
		// "spoke by telephone": with each other, not to a room
		if v+2 < s.t1 && x.toks[v+1].lower == "by" && callChannels[x.toks[v+2].lower] {
			return v
		}
	case "sat":
		if v+1 < s.t1 && (x.toks[v+1].lower == "down" || x.toks[v+1].lower == "together" || x.toks[v+1].lower == "across") {
			return v
		}
	case "held", "had":
		for q := v + 1; q < s.t1 && q <= v+6; q++ {
			t := &x.toks[q]
			if t.kind == tkPunct && t.text != "-" || x.tokMent[q] >= 0 {
				break
			}
			if meetFrameNouns[t.lower] || hostNouns[t.lower] {
				return q
			}
		}
	}
	return -1
}

// firstMentionOf returns the first mention of entity e in sentence si,
// or -1.
func (x *doc) firstMentionOf(si, e int) int {
	s := &x.sents[si]
	for j := s.t0; j < s.t1; j++ {
		if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent == e {
			return int(mi)
		}
	}
	return -1
}

// twoNouns stand for people named before: "the two men", "the three
// ministers" (not "the two sides" or "the two countries", which are
// states or delegations).
var twoNouns = set("men", "women", "leaders", "ministers", "presidents", "envoys", "diplomats", "negotiators",
	"counterparts", "officials", "heads", "premiers", "chancellors")

// groupSizes are the sizes a group phrase may give: "the three ministers"
// (and countBefore's groups small enough to be named in full in the next
// sentence: "two Lebanese businessmen").
var groupSizes = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5}

// theGroup returns the people "the two men" or "the three foreign
// ministers" at q (the position of "the") stands for: the last n people
// other than not named before it, in this sentence and the four before,
// and the token after the phrase. It returns nil when fewer than the
// phrase's number of people are found, so a group whose members were not
// all named gives nothing; further people named earlier are not counted.
func (x *doc) theGroup(si, q, not int) ([]int, int) {
	s := &x.sents[si]
	if q < s.t0 || q+2 >= s.t1 || x.toks[q].lower != "the" {
		return nil, q
	}
	n := groupSizes[x.toks[q+1].lower]
	if n == 0 {
		return nil, q
	}
	end := q + 3
	if ri := x.tokRole[q+2]; ri >= 0 && x.roles[ri].plural && x.tokMent[q+2] < 0 {
		end = x.roles[ri].t1 // "the three foreign ministers"
	} else if !twoNouns[x.toks[q+2].lower] {
		return nil, q
	}
	k := q
	if q-1 > s.t0 && x.toks[q-1].text == "," {
		if mi := x.mentionEndAt(q - 2); mi >= 0 {
			if m := &x.ments[mi]; m.t0 == s.t0 || x.toks[m.t0-1].text == ":" {
				k = m.t0 // "Tavita, the four governors met …": the one addressed is no member
			}
		}
	}
	return x.lastPeople(si, k, 4, not, true, n), end
}

// groupBefore returns the people of a group phrase that is the subject of
// the verb at v, past adverbs: "both governors (together) held".
func (x *doc) groupBefore(si, v int) []int {
	s := &x.sents[si]
	q := v - 1
	for q > s.t0 && x.tokMent[q] < 0 && x.adverbial(q) {
		q--
	}
	for p := q - 3; p <= q-2; p++ {
		if g, end := x.theGroup(si, p, -1); len(g) > 0 && end == q+1 {
			return g
		}
	}
	return nil
}

// clausePerson returns the person who is the subject of sentence si
// before token v: the first person named (or a pronoun's person) that does
// not follow a preposition, or -1.
func (x *doc) clausePerson(si, v int) int {
	s := &x.sents[si]
	for j := s.t0; j < v; j++ {
		if personPronouns[x.toks[j].lower] {
			return x.resolvePronoun(si, j)
		}
		mi := x.tokMent[j]
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		p := j - 1
		if p >= s.t0 && x.toks[p].lower == "the" {
			p--
		}
		if x.isPerson(m.ent) && !(p >= s.t0 && prepositions[x.toks[p].lower]) {
			return m.ent
		}
		j = m.t1 - 1
	}
	return -1
}

// objectPronounAt reports an object pronoun at k: "him", or "her" not
// followed by a noun it would be the possessive of ("received her for
// two hours", not "welcomed her decision").
func (x *doc) objectPronounAt(si, k int) bool {
	s := &x.sents[si]
	if k >= s.t1 {
		return false
	}
	switch x.toks[k].lower {
	case "him":
		return true
	case "her":
		if k+1 >= s.t1 {
			return true
		}
		n := &x.toks[k+1]
		return n.kind == tkPunct || n.kind == tkWord && !n.cap && (prepositions[n.lower] || n.lower == "and" || n.lower == "twice" || n.lower == "briefly" || n.lower == "again" || dayWords[n.lower])
	}
	return false
}

// objectPronoun resolves an object pronoun ("him", "her") at token k whose
// clause has the subject subj: the nearest compatible person before it in
// the sentence (or the person an earlier "she" stands for), else the
// subject or first person of the nearest earlier sentence, never subj
// itself ("X received her": not X).
func (x *doc) objectPronoun(si, k, subj int) int {
	s := &x.sents[si]
	g := pronounGender(x.toks[k].lower)
	for j := k - 1; j >= s.t0; j-- {
		if mi := x.tokMent[j]; mi >= 0 && x.pronounFits(x.ments[mi].ent, subj, g) {
			return x.ments[mi].ent
		}
		if subjectPronoun(x.toks[j].lower, g) {
			if e := x.resolvePronoun(si, j); x.pronounFits(e, subj, g) {
				return e
			}
		}
		if ri := x.tokRole[j]; ri >= 0 && x.roles[ri].t0 == j && x.tokMent[j] < 0 && !x.roles[ri].plural && !x.roles[ri].tp.honor {
			// "greeted the Governor and then briefed him": the pronoun is the
			// role's, which is not certain enough to name (the subject's
			// own title, "The Taiwanese ambassador, X, called on him", is
			// no other person)
			if e, _ := x.refAt(si, j); e != subj || e < 0 {
				return -1
			}
		}
	}
	// "She succeeds the retiring port chief, Y": the one the subject
	// pronoun stands for, not Y
	return x.earlierPerson(si, si-3, subj, g, x.resolvePronoun)
}

// pairPronouns may stand for one of two people joined by "and" as a
// meeting's subject; "I" only written so (see interviewRef).
var pairPronouns = set("he", "she", "i")

// pairFollowers may follow the meeting word of a pair that met each
// other: a place, a time, a manner, a topic ("met at Cebu", "talked
// about the hotline"). Any other lower-case word is an object of their
// own ("met voters", "talked to reporters"): each met someone else.
var pairFollowers = set("at", "in", "on", "for", "last", "this", "twice", "again", "briefly", "privately", "together", "and",
	"during", "after", "before", "over", "earlier", "late", "yesterday", "today", "until", "while", "behind", "outside", "alone",
	"informally", "secretly", "recently", "repeatedly", "often", "regularly", "also", "about", "on", "when", "throughout", "by", "via", "later")

// pronounPair returns the two people of a subject "pronoun and X" or "X
// and pronoun" right before the meeting verb at v (past adverbs): "He and
// Gao met in Manila", "Tomas Irigoyen, my counterpart, and I met", "Per
// Lind and I had a long video call", "told senators that he and X met"
// (v is a groupPredicate); "he", "she" and "I" are subjects wherever they
// stand ("him" is no pairPronouns word). The pair did not meet each
// other when they acted apart ("met separately with Y", "held separate
// talks") or when the meeting word has an object of its own ("met
// voters", "talked to reporters"); with "with Y" after it the pronoun's
// person met Y ("He and X spoke by phone with Y": X and Y are the
// with-frame's). -1, -1 when there is none. "you" is left out: in a
// question it is the one asked.
func (x *doc) pronounPair(si, v, n int) (int, int) {
	s := &x.sents[si]
	q := x.adverbsBefore(si, v)
	if q-1 <= s.t0 {
		return -1, -1
	}
	pron := func(k int) int {
		if !pairPronouns[x.toks[k].lower] || x.toks[k].lower == "i" && x.toks[k].text != "I" || x.tokMent[k] >= 0 {
			return -1
		}
		if e, _ := x.refAt(si, k); x.isPerson(e) {
			return e
		}
		return -1
	}
	p, o := -1, -1
	if x.tokMent[q] < 0 && x.toks[q-1].lower == "and" {
		// "X and I met": the pronoun last, the person before "and"
		if p = pron(q); p >= 0 {
			o = x.personBeforeAnd(si, q-1)
			if q-3 > s.t0 && x.toks[q-2].text == "," {
				// "Peru's trade minister, X, and I met"
				if mi := x.mentionEndAt(q - 3); mi >= 0 && x.isPerson(x.ments[mi].ent) && !x.ments[mi].weak {
					o = x.ments[mi].ent
				}
			}
		}
	} else {
		if x.toks[q].text == "," && q-1 > s.t0 {
			q-- // "She and our defence secretary, X, met"
		}
		mi := x.mentionEndAt(q)
		if mi < 0 || x.ments[mi].weak || !x.isPerson(x.ments[mi].ent) {
			return -1, -1
		}
		st := x.itemStart(si, int(x.ments[mi].t0))
		if st-2 < s.t0 || x.toks[st-1].lower != "and" {
			return -1, -1
		}
		p, o = pron(st-2), x.ments[mi].ent
	}
	if p < 0 || o < 0 || o == p || x.apartAfter(si, v, v+12, true) {
		return -1, -1
	}
	f := n + 1
	if f+1 < s.t1 && x.toks[f].lower == "by" {
		f += 2 // "spoke by phone"
	}
	if f >= s.t1 {
		return p, o
	}
	switch l := x.toks[f].lower; {
	case l == "with" || l == "to":
		if f+1 < s.t1 && (x.toks[f+1].lower == "each" || x.toks[f+1].lower == "one") {
			return p, o // "with each other"
		}
		if y := x.personObject(si, f+1); l == "with" && y >= 0 && y != p && y != o {
			return p, y // "He and X spoke by phone with Y": he met Y
		}
		return -1, -1
	case x.toks[f].kind == tkWord && !x.toks[f].cap && !pairFollowers[l] && !dayWords[l]:
		return -1, -1 // "met voters": each met someone else
	}
	return p, o
}

// sawNext may follow the person a subject "saw" when the seeing was a
// meeting: a time, the end of the clause ("saw X last month", "crossed to
// the north and saw X."); "in", "at", "on" and "during" only before a
// place, a date or a meeting (see sawSetting). "saw X as a threat", "saw
// X win", "saw X's plan" or "saw X for what he was" is no meeting.
var sawNext = set("in", "at", "last", "this", "on", "twice", "again", "briefly", "and", ",", ".", "during", "earlier")

// courtesyTitles may stand before the name of the one seen.
var courtesyTitles = set("mr", "mrs", "ms", "dr", "sir")

// sawVenues after "saw X at/in (the)" are places people meet in, beside
// the meeting nouns: "saw X at the embassy".
var sawVenues = set("embassy", "residence", "palace", "office", "offices", "ministry", "headquarters", "hotel", "airport", "capital", "sidelines", "margins", "visit", "trip")

// sawSetting reports that the words from q on set a seeing after "in",
// "at", "on" or "during" at q-1 as a meeting: within two words (past
// "the"/"a") a place or state named, a date, or a meeting or venue noun
// ("saw X in Muscat", "on 4 May", "during the talks", "at the embassy");
// "in a new light", "on the news", "on social media", "during the
// televised debate" or "at the rally" are sights.
func (x *doc) sawSetting(si, q int) bool {
	s := &x.sents[si]
	prep := x.toks[q-1].lower
	for j := q; j < s.t1 && j < q+3; j++ {
		t := &x.toks[j]
		if dayWords[t.lower] || monthWords[t.lower] || t.kind == tkNum || isYear(t.text) {
			return true
		}
		if prep == "on" {
			return false // "on" sets a day, not a place ("on the news", "on television on Friday")
		}
		if meetFrameNouns[t.lower] || sawVenues[t.lower] {
			return true
		}
		if prep != "during" && t.cap {
			if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent >= 0 {
				e := x.ents[x.ments[mi].ent]
				return e.typ == TypePlace || e.typ == TypeInstitution && e.kind == "state"
			}
			return j == q // "in Muscat": a place the extractor does not know
		}
	}
	return false
}

// sawPerson reports "saw" at k seeing a person met: a person named right
// after it (past titles, see personObject) and after the name a sawNext
// word, a day, or the end of the sentence. A list ("saw X and Y in
// Doha") or an appositive ("saw X, the envoy, in Doha") is passed over
// to the word after it, so "saw X and Y as rivals" or "saw X, the leader,
// as the obstacle" is a view; so is "saw X, who …". "saw X at the site,
// but did not speak to him" met no one. meetFrame pairs the seen only
// with the one who saw them.
func (x *doc) sawPerson(si, k int) bool {
	s := &x.sents[si]
	o := k + 1
	if o+1 < s.t1 && courtesyTitles[x.toks[o].lower] {
		o++ // "saw Mr X in Doha"
		if x.toks[o].text == "." {
			o++
		}
	}
	for o < s.t1 && x.tokMent[o] >= 0 && x.ments[x.tokMent[o]].weak {
		e := int(x.ments[x.tokMent[o]].t1)
		if e >= s.t1 || x.tokMent[e] < 0 || !x.ments[x.tokMent[e]].weak {
			break
		}
		o = e // "saw Turkish Cypriot leader X": the first of two demonyms
	}
	p := x.personObject(si, o)
	if p < 0 {
		return false
	}
	for j := k + 1; j+2 < s.t1; j++ {
		if x.toks[j].lower == "but" && (x.toks[j+1].lower == "did" || x.toks[j+1].lower == "never") {
			return false // "saw X at the site, but did not speak to him"
		}
	}
	for j := o; j < s.t1 && j < o+8; j++ {
		mi := x.tokMent[j]
		if mi < 0 || x.ments[mi].ent != p {
			continue
		}
		e := int(x.ments[mi].t1)
		for hop := 0; hop < 3 && e < s.t1; hop++ {
			switch x.toks[e].lower {
			case "and":
				// "saw X and Y …": the word after Y decides
				if mj := x.tokMent[min(e+1, s.t1-1)]; e+1 < s.t1 && mj >= 0 && x.isPerson(x.ments[mj].ent) {
					e = int(x.ments[mj].t1)
					continue
				}
				return true // "saw X and agreed …"
			case ",":
				if e+1 < s.t1 && (x.toks[e+1].lower == "who" || x.toks[e+1].lower == "whom" || x.toks[e+1].lower == "which") {
					return false // "saw X, who he said was the obstacle"
				}
				if e+1 < s.t1 && (x.toks[e+1].lower == "the" || x.toks[e+1].lower == "a" || x.tokRole[e+1] >= 0) {
					// an appositive: the word after its closing comma
					c := e + 1
					for c < s.t1 && c < e+10 && x.toks[c].text != "," {
						c++
					}
					if c+1 >= s.t1 || x.toks[c].text != "," {
						return true // "saw X, the envoy." ends the clause
					}
					e = c + 1
					continue
				}
				return true
			}
			break
		}
		if e >= s.t1 {
			return true
		}
		n := x.toks[e].lower
		switch n {
		case "in", "at", "on", "during":
			return e+1 < s.t1 && x.sawSetting(si, e+1)
		}
		return sawNext[n] || dayWords[n]
	}
	return false
}

// handshake reads two handshakes at k that name their parties without a
// meeting verb (round 34): "A and B shook hands after a final session"
// (the subjects shook hands with each other) and a picture's "(showed) A
// and B shaking hands with C" (everyone in it met). "A shook hands with B"
// is read by the meetWith rules. A handshake is a meeting only when it
// took place: a negated, modal or wished one ("never shook hands", "are
// expected to be shaking hands with Y", "nobody wanted a photo of X
// shaking hands with Y") gives nothing (meetUnreal reads the modalMarkers
// before it; the bare "shake" of "refused to shake hands" is never read),
// and the participle's subject must be a name right before it, not a
// title or a pronoun ("a photo of the envoy shaking hands with Y" may show
// anyone).
func (x *doc) handshake(si, k int) bool {
	s := &x.sents[si]
	l := x.toks[k].lower
	if l != "shook" && l != "shaking" || k+1 >= s.t1 || x.toks[k+1].lower != "hands" || x.tokMent[k] >= 0 {
		return false
	}
	with := k+3 < s.t1 && x.toks[k+2].lower == "with"
	if l == "shook" && with || x.meetUnreal(si, k, k) {
		return l == "shaking"
	}
	var parts []int
	if l == "shook" {
		a := x.meetSubject(si, k, k)
		if !x.isPerson(a) {
			return true
		}
		parts, _ = x.meetParts(si, a, k, nil)
	} else {
		if !with {
			return true // "shaking hands for photographers": with whom is not said
		}
		mi := x.mentionEndAt(k - 1)
		if mi < 0 || x.ments[mi].weak || !x.isPerson(x.ments[mi].ent) {
			return true
		}
		parts, _ = x.meetParts(si, x.ments[mi].ent, k, x.peopleIn(x.objectsAfter(si, k+3)))
	}
	if len(parts) < 2 {
		return true
	}
	for i, p := range parts {
		for _, q := range parts[i+1:] {
			if !x.isPerson(p) || !x.isPerson(q) || !x.meetParties(p, q) {
				continue
			}
			x.addRel(RelMet, p, q, si, 0.55, "")
		}
	}
	return true
}

// metIdiomNouns are the objects of "met" that are no party: a goal or a
// duty fulfilled ("met the deadline", "met every condition", "has met
// its targets"). "the opposition" is left out: "met the opposition" is
// a meeting with a party.
var metIdiomNouns = set("deadline", "deadlines", "target", "targets", "demand", "demands", "requirement", "requirements",
	"condition", "conditions", "criteria", "criterion", "expectations", "goal", "goals", "standard", "standards", "quota",
	"quotas", "obligation", "obligations", "threshold", "benchmark", "benchmarks", "commitment", "commitments", "pledge",
	"costs", "needs", "fate", "end", "terms", "payment", "payments", "challenge",
	// a reception: "met with criticism from Y", "met with fierce resistance"
	"criticism", "criticisms", "resistance", "scepticism", "skepticism", "approval", "disapproval", "outrage",
	"anger", "protests", "condemnation", "backlash", "hostility", "derision", "ridicule", "praise", "applause",
	"dismay", "indifference", "silence", "success", "suspicion", "disbelief", "objections", "response",
	"reception", "reaction")

// metIdiomDeterminers may stand between "met" and an idiom noun: "met
// the deadline", "met all its obligations", "met every condition".
var metIdiomDeterminers = set("the", "its", "their", "his", "her", "our", "my", "your", "a", "an", "all", "every", "each",
	"any", "this", "these", "those", "most", "some", "both", "new", "revised", "key", "agreed",
	"fierce", "strong", "stiff", "sharp", "harsh", "widespread", "mixed", "little", "much", "broad", "lukewarm", "muted")

// metIdiomObject reports that the object of "met" starting at q is a
// goal or duty (metIdiomNouns) after at most two determiners, so that
// the people named later in the sentence ("met the deadline, which Y
// did not") are not read as those met.
func (x *doc) metIdiomObject(si, q int) bool {
	s := &x.sents[si]
	for j := q; j < s.t1 && j <= q+2; j++ {
		if x.tokMent[j] >= 0 || x.tokRole[j] >= 0 {
			return false
		}
		l := x.toks[j].lower
		if metIdiomNouns[l] {
			return true
		}
		if !metIdiomDeterminers[l] {
			return false
		}
	}
	return false
}

// bareGroupWords are the bare group nouns a meeting's subject may be
// after "the": "The two later sat down with X", "where the pair met Y".
var bareGroupWords = set("two", "pair")

// bareGroupOpeners may stand before a bare "the two"/"the pair" subject
// (besides the sentence start and a comma): a clause opener.
var bareGroupOpeners = set("where", "when", "and", "but", "then", "after", "as", "while", "so")

// bareGroupBefore returns the two people a bare "the two" or "the pair"
// right before the verb at v (past adverbs) stands for, when the verb
// has a party of its own to meet (the caller checks the object region):
// the last two people named before it, in this sentence and the one
// before. Round 36: "The two later sat down with EAC's secretary
// general", "travelled with X, where the pair met the trade minister"
// were lost (groupBefore wants a noun: "the two men"). Since "the two"
// may as well stand for two states or bodies ("Chad and Niger … the two
// held talks with the AU"), nil when two or more non-person actors are
// named (two distinct entities) between the later of the two people
// and the phrase, or when
// "the two" is itself an object ("met the two"). Only this sentence and
// the one before are searched, and a person named as the source of a
// statement ("said analyst C") is a reporter of the two, not one of
// them: both make nil, since a third person or a pair of ships may stand
// between the two and the phrase.
func (x *doc) bareGroupBefore(si, v int) []int {
	s := &x.sents[si]
	q := v - 1
	for q > s.t0 && x.tokMent[q] < 0 && x.adverbial(q) {
		q--
	}
	if q-1 < s.t0 || !bareGroupWords[x.toks[q].lower] || x.toks[q-1].lower != "the" {
		return nil
	}
	if q-1 > s.t0 {
		if o := &x.toks[q-2]; o.text != "," && !bareGroupOpeners[o.lower] {
			return nil
		}
	}
	g := x.lastPeople(si, q-1, 1, -1, false, 2)
	if len(g) != 2 {
		return nil
	}
	other := -1 // the first non-person actor met; a second one is too many
	for sj := si; sj >= 0 && sj >= si-1; sj-- {
		hi, done := x.sents[sj].t1, false
		if sj == si {
			hi = q - 1
		}
		for j := hi - 1; j >= x.sents[sj].t0; j-- {
			mi := x.tokMent[j]
			if mi < 0 || int(x.ments[mi].t0) != j {
				continue
			}
			e := x.ments[mi].ent
			if (e == g[0] || e == g[1]) && x.attributedTo(sj, int(mi)) {
				return nil // "A and B feud, said analyst C. The two met Y"
			}
			if done = e == g[0] || e == g[1]; done {
				break // the later of the two
			}
			if x.isActor(e) && !x.isPerson(e) && e != other {
				if other >= 0 {
					return nil
				}
				other = e
			}
		}
		if done {
			break
		}
	}
	return g
}

// callVerbs make a call when their object is "me": "X called me".
var callVerbs = set("called", "phoned", "telephoned", "rang")

// callMeNext may follow "called me" when it was a call: the end of the
// clause, a time or a purpose ("called me at midnight", "called me to
// say", "rang me back"); "called me a liar" or "called me names" is
// naming, and "called me in" a summons.
var callMeNext = set(",", ".", ";", "at", "on", "to", "last", "this", "yesterday", "twice", "again", "back", "after",
	"before", "from", "early", "late", "that", "when", "the", "every", "and")

// callDayWords may follow "called me the": "called me the day it began";
// after "the next", "the same", "the following", "that", "this", "last"
// or "every" one of them must come ("called me the next morning"), since
// "called me the next prime minister", "called me the same names" and
// "called me that" are naming.
var callDayWords = set("day", "night", "morning", "evening", "week", "month", "afternoon", "weekend", "year", "time")

// callDayOpeners need a callDayWords word (or a weekday) after them.
var callDayOpeners = set("next", "same", "following")

// callSummons after "called me to" makes a summons, not a call: "called
// me to the stand", "called me to his office", "called me to testify".
var callSummons = set("testify", "appear", "account", "order", "attention", "task")

// callAfterDay reports a time word at q: a callDayWords word or a weekday.
func (x *doc) callAfterDay(q int) bool {
	l := x.toks[q].lower
	return callDayWords[l] || dayWords[l]
}

// calledMe returns the caller and the interviewee of "X called me" (or
// phoned, telephoned, rang) at k in an interview answer, else -1, -1.
// Round 36: a call is a meeting (GUIDELINES: talked by phone), and in
// an interview "me" is the one answering ("Defence Minister X called me
// the day the blockade began"), which the frame's object pronouns (him,
// her) never read. A modal or negated call ("would have called me",
// "never called me") and someone else's quoted "me" are none.
func (x *doc) calledMe(si, k int) (int, int) {
	s := &x.sents[si]
	if !callVerbs[x.toks[k].lower] || k+2 >= s.t1 || x.toks[k+1].lower != "me" || x.tokMent[k] >= 0 {
		return -1, -1
	}
	n := x.toks[k+2].lower
	if !callMeNext[n] {
		return -1, -1
	}
	n3 := ""
	if k+3 < s.t1 {
		n3 = x.toks[k+3].lower
	}
	switch n {
	case "the":
		if !callDayWords[n3] && !(callDayOpeners[n3] && k+4 < s.t1 && x.callAfterDay(k+4)) {
			return -1, -1
		}
	case "that", "this", "last", "every":
		if n3 == "" || !x.callAfterDay(k+3) {
			return -1, -1 // "called me that", not "called me that night"
		}
	case "to":
		if determiners[n3] || callSummons[n3] {
			return -1, -1 // "called me to the stand", "called me to testify"
		}
	case "on":
		if n3 == "it" || n3 == "that" || n3 == "this" {
			return -1, -1 // "called me on it": a challenge
		}
	case "and":
		if determiners[n3] {
			return -1, -1 // "called me and my husband liars"
		}
	}
	for q := k + 2; q+1 < s.t1; q++ {
		// "rang me twice, but I did not pick up": the call never got through
		if x.toks[q].lower == "but" && x.toks[q+1].text == "I" {
			for r := q + 2; r < s.t1 && r <= q+4; r++ {
				if negWords[x.toks[r].lower] || x.toks[r].lower == "missed" || x.toks[r].lower == "asleep" {
					return -1, -1
				}
			}
		}
	}
	me := x.answerSpeaker(si) // "Al-Mannai: … X called me …"
	if !x.isPerson(me) || x.quotedI(si, k+1) || x.meetUnreal(si, k, k) {
		return -1, -1
	}
	a, _ := x.subjectOf(si, k)
	if !x.isActor(a) || a == me || !x.meetParties(a, me) {
		return -1, -1
	}
	return a, me
}

// attributedTo reports the mention mi in sentence si as the source of a
// statement: after "said", "says" or "according to" (past a role:
// "said analyst C") or right before "said"/"says".
func (x *doc) attributedTo(si, mi int) bool {
	s := &x.sents[si]
	m := &x.ments[mi]
	if t := int(m.t1); t < s.t1 && (x.toks[t].lower == "said" || x.toks[t].lower == "says") {
		return true
	}
	for j, n := int(m.t0)-1, 0; j >= s.t0 && n < 4; j, n = j-1, n+1 {
		switch l := x.toks[j].lower; {
		case l == "said" || l == "says" || l == "to" && j > s.t0 && x.toks[j-1].lower == "according":
			return true
		case x.toks[j].kind != tkWord || x.tokRole[j] < 0 && !determiners[l]:
			return false
		}
	}
	return false
}
