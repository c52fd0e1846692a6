package ingest

// PARTICIPATED_IN: actors taking part in a named event. Not scored by the
// evaluation, but useful in the graph ("who was at the G20 summit").

// participation links actors to events in sentence si: the subject of
// "attended", "took part in", "addressed" an event, and the people who
// met or spoke "at", "during" or "on the sidelines of" an event.
func (x *doc) participation(si int, relStart int) {
	s := &x.sents[si]
	for k := s.t0; k < s.t1; k++ {
		mi := x.tokMent[k]
		if mi < 0 || x.ments[mi].t0 != k {
			continue
		}
		ev := x.ments[mi].ent
		if ev < 0 || x.ents[ev].typ != TypeEvent {
			continue
		}
		p := k - 1
		if p >= s.t0 && x.toks[p].lower == "the" {
			p--
		}
		if p < s.t0 {
			continue
		}
		switch x.toks[p].lower {
		case "attended", "attends", "addressed", "joined", "hosted":
			if a, _ := x.subjectOf(si, p); x.isActor(a) && !x.modalBefore(si, p) {
				x.addRel(RelParticipatedIn, a, ev, si, 0.7, "")
			}
		case "in":
			if p-2 >= s.t0 && (x.toks[p-1].lower == "part" && x.toks[p-2].lower == "took" || x.toks[p-1].lower == "participated") {
				v := p - 1
				if x.toks[p-1].lower == "part" {
					v = p - 2
				}
				if a, _ := x.subjectOf(si, v); x.isActor(a) && !x.modalBefore(si, v) {
					x.addRel(RelParticipatedIn, a, ev, si, 0.7, "")
				}
			}
		case "at", "during", "of":
			// "at the margins of the G20 summit", "on the sidelines of":
			// those who met or spoke in this sentence were there
			if x.toks[p].lower == "of" && !(p-1 >= s.t0 && (x.toks[p-1].lower == "sidelines" || x.toks[p-1].lower == "margins")) {
				continue
			}
			seen := 0
			for i := relStart; i < len(x.rels); i++ {
				r := &x.rels[i]
				if r.Sentence != si || r.Type != RelMet && r.Type != RelSaid {
					continue
				}
				for _, e := range x.relEnds[i] {
					if x.isPerson(e) && seen < 4 {
						x.addRel(RelParticipatedIn, e, ev, si, 0.6, "")
						seen++
					}
				}
			}
		}
	}
}
