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

// meetFrameVerbs take the one met right after them ("met X", "received
// X", "phoned X", "briefed X").
var meetFrameVerbs = set("met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "welcomes",
	"phoned", "telephoned", "briefed")

// meetFrameWith take the one met after "with" (or "to" for spoke and
// talked): "spoke by telephone with X", "sat down with X".
var meetFrameWith = set("spoke", "spoken", "talked", "conferred", "negotiated", "sat", "consulted", "engaged", "speaks", "confers")

// meetFrameNouns are meeting nouns that take their parties after "with".
var meetFrameNouns = set("talks", "meeting", "meetings", "call", "bilateral", "consultations", "discussions",
	"negotiations", "conversation", "audience", "summit", "videoconference", "teleconference", "session", "lunch", "dinner")

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
		v, from := x.meetTrigger(si, k)
		if v < 0 || x.meetUnreal(si, k, v) {
			continue
		}
		a := x.meetSubject(si, k, v)
		excluded := []int{a}
		var bs []int
		if from >= 0 {
			bs, _ = x.regionActors(si, from, excluded, true)
		}
		if len(bs) == 0 {
			bs = x.coordinated(si, v)
			if a >= 0 && len(bs) == 0 {
				bs = x.coordinatedWith(si, a, v)
			}
		}
		if !x.isActor(a) || len(bs) == 0 {
			continue
		}
		separate := false
		for q := min(v, k) + 1; q < s.t1 && q <= k+12; q++ {
			if l := x.toks[q].lower; l == "separate" || l == "separately" || l == "individually" || l == "each" {
				separate = true
			}
		}
		parts, nsub := x.meetParts(si, a, v, bs)
		for i := 0; i < len(parts); i++ {
			for j := i + 1; j < len(parts); j++ {
				p, q := parts[i], parts[j]
				if i >= nsub && (separate || !x.listed(si, from, p, q)) || !x.meetParties(p, q) {
					continue
				}
				x.addRel(RelMet, p, q, si, 0.55, "")
			}
		}
	}
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

// meetTrigger returns the verb of a meeting word at k (the word itself,
// or the verb a meeting noun depends on) and the first token of its
// object region (-1 when the parties can only be the subjects: "X and Y
// met"); v is -1 for no trigger.
func (x *doc) meetTrigger(si, k int) (v, from int) {
	s := &x.sents[si]
	t := &x.toks[k]
	if t.kind != tkWord || x.tokMent[k] >= 0 {
		return -1, -1
	}
	l := t.lower
	next := ""
	if k+1 < s.t1 {
		next = x.toks[k+1].lower
	}
	switch {
	case meetFrameNouns[l]:
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
			return -1, -1
		}
		return x.nounVerb(si, k), w + 1
	case meetFrameVerbs[l]:
		if k-1 >= s.t0 && isPassiveAux(x.toks[k-1].lower) {
			return -1, -1 // the specific rules read "was received by"
		}
		if next == "with" {
			return k, k + 2
		}
		if l != "met" && l != "meets" && l != "briefed" && x.personObject(si, k+1) < 0 {
			return -1, -1 // "welcomed the deal", "hosted rounds of talks"
		}
		return k, k + 1
	case l == "called" && next == "on":
		// "called on X at his office", not "called on X to …"
		for q := k + 2; q < s.t1 && q <= k+12; q++ {
			if x.toks[q].lower == "to" || x.toks[q].lower == "for" || x.toks[q].lower == "the" && q == k+2 {
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
			if x.toks[q].kind == tkPunct && x.toks[q].text != "-" || x.tokMent[q] >= 0 || ql == "about" || ql == "at" && l == "spoke" {
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
		if t.kind == tkWord && !t.cap && (len(t.lower) > 3 && t.lower[len(t.lower)-2:] == "ed" || t.lower == "had" || t.lower == "held" || t.lower == "for") {
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

// meetUnreal reports a meeting word that is negated, modal, planned,
// denied or refused.
func (x *doc) meetUnreal(si, k, v int) bool {
	s := &x.sents[si]
	if x.modalBefore(si, v) || v != k && x.modalBefore(si, k) || x.deniesMeeting(si, k+1) || x.meetingDeniedNext(si) {
		return true
	}
	// "talks with X were postponed", "the call … was called off"
	noun := meetFrameNouns[x.toks[k].lower]
	for q := k + 1; q < s.t1 && q <= k+12; q++ {
		l := x.toks[q].lower
		if l == ";" || l == "." || l == "but" {
			break
		}
		if noun && modalMarkers[l] && x.tokMent[q] < 0 {
			return true // "a meeting with X could take place"
		}
		if (l == "postponed" || l == "cancelled" || l == "canceled" || l == "delayed" || l == "off" || l == "scheduled" || l == "set" || l == "due" || l == "planned") && x.tokMent[q] < 0 {
			return true
		}
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
		a = p // "an ECOWAS delegation led by X … met Y": the leader
	}
	return a
}

// secondVerb reports token j opening a second verb of the clause: "and"
// (or a comma) followed by a past verb or a speech verb ("met X and
// agreed …", "met Y, and said …").
func (x *doc) secondVerb(si, j int) bool {
	s := &x.sents[si]
	if x.toks[j].lower != "and" || j+1 >= s.t1 {
		return false
	}
	q := j + 1
	for q+1 < s.t1 && (auxVerbs[x.toks[q].lower] || auxAdverbs[x.toks[q].lower] || x.toks[q].lower == "later" || x.toks[q].lower == "then") {
		q++
	}
	n := &x.toks[q]
	if n.kind != tkWord || n.cap || x.tokMent[q] >= 0 {
		return false
	}
	return x.lx.speech[n.lower] || len(n.lower) > 4 && n.lower[len(n.lower)-2:] == "ed" || n.lower == "held" || n.lower == "left" || n.lower == "made" || n.lower == "told"
}

// listed reports two people met together as one list after from: only
// commas, "and" and their roles between them ("met his counterparts, X
// and Y"), no place, time or second clause ("met X in Harare on Friday
// and Y the following day").
func (x *doc) listed(si, from, p, q int) bool {
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
		switch x.toks[j].lower {
		case "in", "at", "on", "of", "then", "later", "first", "during", "after", "before", "day", "separately", "—", "-":
			return false
		}
	}
	return false
}
