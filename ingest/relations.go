package ingest

// affiliation is a person's role at an institution.
type affiliation struct {
	person, inst int
	role         string
	sent         int
	conf         float64
}

func (x *doc) entOfMention(mi int32) int {
	if mi < 0 {
		return -1
	}
	return x.ments[mi].ent
}

func (x *doc) isActor(ei int) bool {
	if ei < 0 {
		return false
	}
	t := x.ents[ei].typ
	return t == TypePerson || t == TypeInstitution
}

func (x *doc) isPerson(ei int) bool { return ei >= 0 && x.ents[ei].typ == TypePerson }

// mentionEndAt returns the mention whose last token is k, or -1, through
// tokMent (filled once recognition is done; see mentionEndingAt in
// events.go for the scan used while mentions are still being made).
func (x *doc) mentionEndAt(k int) int32 {
	if k < 0 || k >= len(x.toks) {
		return -1
	}
	mi := x.tokMent[k]
	if mi >= 0 && x.ments[mi].t1 == k+1 {
		return mi
	}
	return -1
}

// mentionStartAt returns the mention whose first token is k, or -1.
func (x *doc) mentionStartAt(k int) int32 {
	if k < 0 || k >= len(x.toks) {
		return -1
	}
	mi := x.tokMent[k]
	if mi >= 0 && x.ments[mi].t0 == k {
		return mi
	}
	return -1
}

// relations runs the relation finders in dependency order: affiliations
// first (they teach which person is "the ambassador"), then speech,
// meetings and sanctions.
func (x *doc) relations() {
	x.roleRef = map[int]int{}
	x.interviewee = x.findInterviewee()
	x.author = x.releaseAuthor()
	x.sentSubj = make([]int, len(x.sents))
	for i := range x.sentSubj {
		x.sentSubj[i] = -1
	}
	for ri := range x.roles {
		x.affiliate(ri, false)
	}
	for ri := range x.roles {
		if _, ok := x.roleRef[ri]; !ok {
			x.affiliate(ri, true)
		}
	}
	x.respectiveOffices()
	x.personOfOrg()
	x.ledBy()
	x.governmentTeams()
	x.ownedBodies()
	x.frontedBodies()
	x.statesPerson()
	x.partyMembers()
	x.impliedStates()
	x.releaseOfficials()
	x.ourOffices()
	for si := range x.sents {
		s := &x.sents[si]
		if s.table && !s.title {
			x.tableSanction(si)
		}
		if !s.title {
			x.listItemSanction(si)
			if s.heading && !s.table && s.t1-s.t0 > 2 && x.toks[s.t1-1].text == ":" {
				// a line opening a list: "The EU has designated, among others:"
				x.sanctions(si)
			}
		}
		if s.heading || s.title || s.table || s.question {
			continue
		}
		start := len(x.rels)
		if x.interviewee >= 0 && !x.interviewSaid && x.lineLabel(si) == 'A' {
			// the answers are the interviewee's statements
			x.interviewSaid = true
			x.addRel(RelSaid, x.interviewee, -1, si, 0.7, "")
		}
		x.speakerLabels(si)
		x.speech(si)
		x.meetings(si)
		x.meetFrame(si)
		x.sanctions(si)
		x.designatorSpeech(si, start)
		x.participation(si, start)
	}
	for _, a := range x.affs {
		ev, st, en := x.evidence(a.sent)
		x.ents[a.person].used = true
		x.ents[a.inst].used = true
		x.rels = append(x.rels, Relation{Type: RelAffiliatedWith,
			Role: a.role, Evidence: ev, Sentence: a.sent, Start: st, End: en, Confidence: a.conf})
		x.relEnds = append(x.relEnds, [2]int{a.person, a.inst})
	}
}

func (x *doc) addRel(typ string, src, tgt int, si int, conf float64, quote string) {
	k := relSeenKey{typ, src, tgt, si}
	if typ == RelSaid {
		k.tgt = -1
	} else if typ == RelMet && tgt < src {
		k.src, k.tgt = tgt, src // symmetric
	}
	if x.relSeen == nil {
		x.relSeen = map[relSeenKey]bool{}
	}
	if x.relSeen[k] {
		return // finish would drop it: the first one found is kept
	}
	x.relSeen[k] = true
	ev, st, en := x.evidence(si)
	r := Relation{Type: typ, Evidence: ev, Sentence: si, Start: st, End: en, Confidence: conf, Quote: quote}
	x.ents[src].used = true
	if typ == RelSaid {
		r.Target = x.id
		tgt = -1
	} else {
		x.ents[tgt].used = true
	}
	x.relEnds = append(x.relEnds, [2]int{src, tgt})
	if x.dateSent != si+1 {
		s := &x.sents[si]
		x.dateSent, x.dateText = si+1, sentenceDate(x.toks, s.t0, s.t1, x.ref)
	}
	r.Date = x.dateText
	x.rels = append(x.rels, r)
}
