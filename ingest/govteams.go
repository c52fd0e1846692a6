package ingest

// governmentTeams links the person who leads "the government delegation"
// ("the government's team", "the government's chief negotiator") to the
// state the story is about. Stories of talks between a government and its
// opposition or rebels name the state's side only as "the government";
// that side negotiates for the state, so its head is affiliated with it.
// The shapes read are the appositive "X, (the) head of the government
// delegation", the clause "X, who leads the government delegation" (or a
// main clause "X led the government's team"), the title "government
// delegation chief X", "the government delegation, led by X" and "the
// government's chief negotiator, X".
//
// The state is the one whose government the story names, else its
// dominant state (governedState); without one, nothing is linked, since
// "the government" could be any side's. "government" must stand bare
// after "the" (or open the sentence or a clause): "the regional government
// delegation", "the Kurdistan government team" or "a government
// delegation from Chad" do not speak for the story's state. A state's own
// delegation, named by the state, is read by stateDelegation.
func (x *doc) governmentTeams() {
	st := -2
	for si := range x.sents {
		s := &x.sents[si]
		for k := s.t0; k+1 < s.t1; k++ {
			t := &x.toks[k]
			if x.stateDelegation(si, k) {
				continue
			}
			if t.lower != "government" || x.tokMent[k] >= 0 || t.cap && k != s.t0 {
				continue
			}
			b := k // the first token of the group's phrase
			switch {
			case k == s.t0 || x.toks[k-1].text == ",":
			case x.toks[k-1].lower == "the":
				b = k - 1
			default:
				continue
			}
			q := k + 1
			poss := x.possAt(q)
			if poss {
				q++
			}
			if q < s.t1 && x.toks[q].lower == "negotiating" {
				q++
			}
			if q >= s.t1 {
				continue
			}
			p, role := -1, "delegation head"
			switch w := x.toks[q].lower; {
			case govTeamNouns[w]:
				p = x.teamLeader(si, b, q+1)
			case poss && govNegotiators[w]:
				// "the government's chief negotiator, X"
				if q+1 < s.t1 && x.toks[q+1].lower == "negotiator" {
					q++
				}
				if x.toks[q].lower != "negotiator" {
					continue
				}
				role = "chief negotiator"
				if w == "negotiator" {
					role = "negotiator"
				}
				if q+1 < s.t1 && x.toks[q+1].text == "," {
					q++
				}
				if pm := x.mentionStartAt(q + 1); pm >= 0 && x.isPerson(x.ments[pm].ent) {
					p = x.ments[pm].ent
				}
			}
			if p < 0 {
				continue
			}
			if st == -2 {
				st = x.governedState()
			}
			if st < 0 {
				continue // (a state's own delegation may still follow)
			}
			x.addAff(p, st, role, si, 0.7)
		}
	}
}

// stateDelegation links the leader of a state's delegation named by the
// state's demonym, whose last token is k ("the Thai delegation, led by
// X", "X led the South Korean delegation"), to that state, and reports
// whether k ended a state's name. Only "delegation" counts: "the South
// Korean team" may be a sports side. The possessive ("who heads Chile's
// delegation") is left out: an earlier round's table
// (TestClauseBodiesRound18) holds that it names no affiliation.
func (x *doc) stateDelegation(si, k int) bool {
	mi := x.tokMent[k]
	if mi < 0 {
		return false
	}
	m := &x.ments[mi]
	if m.t1 != k+1 || m.dead || m.ent < 0 || x.ents[m.ent].typ != TypeInstitution || x.ents[m.ent].kind != "state" {
		return false
	}
	s := &x.sents[si]
	q := k + 1
	if m.gzRole != gzDemonym || q >= s.t1 || x.toks[q].lower != "delegation" || x.tokMent[q] >= 0 {
		return true
	}
	b := m.t0
	if b > s.t0 && x.toks[b-1].lower == "the" {
		b--
	}
	if p := x.teamLeader(si, b, q+1); p >= 0 {
		x.addAff(p, m.ent, "delegation head", si, 0.7)
	}
	return true
}

// govTeamNouns are the groups that talk for a government.
var govTeamNouns = set("delegation", "team")

// govNegotiators open "the government's (chief) negotiator".
var govNegotiators = set("negotiator", "chief", "lead", "top")

// govTeamHeads title the leader of a delegation: "(delegation) chief X",
// "(the) head of the delegation".
var govTeamHeads = set("head", "chief", "leader")

// govLeadVerbs say that the subject leads a delegation.
var govLeadVerbs = set("leads", "led", "heads", "headed", "lead", "head", "leading", "heading")

// govLeadAux may stand between a subject and govLeadVerbs: "had led",
// "was to lead", "who now heads".
var govLeadAux = set("has", "have", "had", "was", "is", "to", "will", "would", "now", "also", "still", "currently", "previously", "once")

// teamLeader returns the person who leads the team whose phrase runs from
// token b (its "the", or "government" when bare) to token g (the token
// after the team noun) in sentence si, or -1.
func (x *doc) teamLeader(si, b, g int) int {
	s := &x.sents[si]
	person := func(pm int32) int {
		if pm >= 0 && x.isPerson(x.ments[pm].ent) {
			return x.ments[pm].ent
		}
		return -1
	}
	// after: "government delegation chief X", "the government delegation,
	// led by X"
	if g+1 < s.t1 && govTeamHeads[x.toks[g].lower] {
		return person(x.mentionStartAt(g + 1))
	}
	q := g
	if q < s.t1 && x.toks[q].text == "," {
		q++
	}
	if q+2 < s.t1 && (x.toks[q].lower == "led" || x.toks[q].lower == "headed") && x.toks[q+1].lower == "by" {
		return person(x.mentionStartAt(q + 2))
	}
	// before: "X, (the) head of the government delegation"
	j := b - 1
	if j-1 <= s.t0 {
		return -1
	}
	if x.toks[j].lower == "of" && govTeamHeads[x.toks[j-1].lower] {
		i := j - 2
		if i > s.t0 && x.toks[i].lower == "the" {
			i--
		}
		if i > s.t0 && x.toks[i].text == "," {
			return person(x.mentionEndAt(i - 1))
		}
		return -1
	}
	// "X, who leads the government delegation", "X led the government's
	// team", "X, the minister who had led the government delegation"
	if !govLeadVerbs[x.toks[j].lower] || x.tokMent[j] >= 0 {
		return -1
	}
	m := j - 1
	for n := 0; n < 3 && m > s.t0 && govLeadAux[x.toks[m].lower]; n++ {
		m--
	}
	if x.toks[m].lower == "who" {
		return x.relativeAntecedent(si, m)
	}
	return person(x.mentionEndAt(m))
}

// governedState returns the state whose government the story names: the
// one state written next to "government" (its demonym too: "the Venezuelan government",
// "Chad's government", "the government of Chad"), or when none or several
// are, the dominant state; -1 when neither is sure.
func (x *doc) governedState() int {
	found := -1
	for mi := range x.ments {
		m := &x.ments[mi]
		e := m.ent
		if e < 0 || e == found || m.dead || x.ents[e].typ != TypeInstitution || x.ents[e].kind != "state" {
			continue
		}
		k := m.t1
		if k < len(x.toks) && x.possAt(k) {
			k++
		}
		// "the Venezuelan government" is one mention of the state
		next := x.toks[m.t1-1].lower == "government" || k < len(x.toks) && x.toks[k].lower == "government" && x.tokMent[k] < 0
		prev := m.t0 >= 2 && x.toks[m.t0-1].lower == "of" && x.toks[m.t0-2].lower == "government" && x.tokMent[m.t0-2] < 0
		if !next && !prev {
			continue
		}
		if found >= 0 {
			found = -1 // two governments named: fall back
			break
		}
		found = e
	}
	if found >= 0 {
		return found
	}
	st, _ := x.dominantState()
	return st
}

// ourOffices links "our foreign minister, X" (a role after "our" with its
// holder named after it) to the state of the one who says "our": the
// speaker of a transcript line ("Fofana: Our prime minister, X, …"), the
// interviewee in an answer, or, in a government's own release, the
// issuing state. The speaker's state is the state they are affiliated
// with, or the state of the ministry or embassy they serve (employerState).
// A role that names its own body ("our central bank governor") or a
// speaker with no state leaves the role to the ordinary rules: "our" of a
// think-tank director is the institute's, not a country's.
func (x *doc) ourOffices() {
	for ri := range x.roles {
		r := &x.roles[ri]
		s := &x.sents[r.sent]
		j := r.t0 - 1
		if j < s.t0 || x.toks[j].lower != "our" || r.plural || r.tp.occup {
			continue
		}
		q := r.t1
		if q+1 < s.t1 && x.toks[q].lower == "to" && r.tp.diplo {
			// "our ambassador to China, X": the post, then the name
			if om := x.mentionStartAt(q + 1); om >= 0 {
				q = x.ments[om].t1
			}
		}
		if q < s.t1 && x.toks[q].text == "," {
			q++
		}
		if q+1 < s.t1 && x.tokMent[q] < 0 && x.honorific(x.toks[q].lower) {
			q++ // "our foreign minister, Sheikh X"
		}
		pm := x.mentionStartAt(q)
		if pm < 0 || !x.isPerson(x.ments[pm].ent) || x.ments[pm].weak {
			continue
		}
		if x.roleNamesBody(r) {
			continue
		}
		st := x.ourState(r.sent)
		if st < 0 {
			continue
		}
		x.addAff(x.ments[pm].ent, st, r.text, r.sent, 0.7)
	}
}

// roleNamesBody reports a role whose words name a body of its own
// ("our central bank governor", "our Senate president"): such a role
// belongs to that body, so "our" says nothing about a state.
func (x *doc) roleNamesBody(r *roleSpan) bool {
	for k := r.t0; k < r.t1; k++ {
		if x.tokMent[k] >= 0 && (k == r.t0 || x.toks[k-1].lower != "to" && x.toks[k-1].lower != "in") {
			return true // (not the post of "our ambassador to China")
		}
	}
	return r.tp.implied != "" && !r.tp.state
}

// ourState returns the state of whoever says "our" in sentence si: the
// speaker named in the label of its transcript line, else the interviewee
// in an answer, else the issuer of a government release; -1 when none has
// a state.
func (x *doc) ourState(si int) int {
	sp := x.answerSpeaker(si)
	if sp < 0 {
		if x.issuerKey != "" {
			return x.entityByKey(x.issuerKey)
		}
		return -1
	}
	if !x.isPerson(sp) {
		return -1
	}
	found := -1
	for _, a := range x.affs {
		if a.person != sp {
			continue
		}
		st := a.inst
		if x.ents[st].kind != "state" {
			st = x.employerState(st)
		}
		if st < 0 || st == found {
			continue
		}
		if found >= 0 {
			return -1 // a speaker with two states: whose "our" is unsure
		}
		found = st
	}
	return found
}

// frontedHolder returns the person of "he" or "she" after a fronted
// appositive that role r opens (its phrase starting at token p, the
// sentence start or up to five lower-case words after it): "A former
// captain in the Nigerian Navy, he has …", "A petroleum engineer and
// former dean at Y, she …". The appositive describes the subject that
// follows its comma. Only an indefinite phrase ("a", "an") counts, read
// up to its first comma over at most twenty tokens with no person, quote
// or speech verb in it: "The minister, he said, …" and "A spokesman for
// X said, …" are no such appositive. Returns -1 otherwise.
func (x *doc) frontedHolder(r *roleSpan, p int) int {
	s := &x.sents[r.sent]
	if p < s.t0 || p > s.t0+5 || s.heading || s.title || s.table || s.question {
		return -1
	}
	if l := x.toks[s.t0].lower; l != "a" && l != "an" {
		return -1
	}
	for k := s.t0 + 1; k < p; k++ {
		// "A career diplomat": lower-case modifiers the phrase may
		// leave out of the role
		if t := &x.toks[k]; t.kind != tkWord || t.cap || x.tokMent[k] >= 0 {
			return -1
		}
	}
	for k := r.t1; k+1 < s.t1 && k < r.t1+20; k++ {
		t := &x.toks[k]
		if t.text == "," {
			if l := x.toks[k+1].lower; l != "he" && l != "she" {
				return -1
			}
			if e := x.resolvePronoun(r.sent, k+1); x.isPerson(e) {
				return e
			}
			return -1
		}
		if mi := x.tokMent[k]; mi >= 0 && x.isPerson(x.ments[mi].ent) || x.lx.speech[t.lower] || t.kind == tkPunct && t.text != "-" && t.text != "." && t.text != "(" && t.text != ")" {
			return -1
		}
	}
	return -1
}
