package ingest

// Round 31 guards on the targets of a sanctions statement. The rules that
// find targets read the named actors after the trigger; some of those
// names are not hit by the measure at all:
//
//   - the body a listed person belongs to, named as the person's title
//     ("barred State Duma deputy X", "froze the assets of the commander of
//     the Y Front"): the person is the target, the body only says who he is;
//   - the subject of the next clause that the list runs into ("…, and
//     London said it had frozen …", "…, and Germany has pledged …", "…, a
//     step X called …"): a speaker or an actor of its own.
//
// strayTarget tells sanctionPairs and the other pair makers to leave such
// a target out. A target with any other mention in the sentence stays.

// strayTarget reports that every mention of target tg in sentence si after
// the trigger at k is a person's body or the subject of another clause. A
// target not named after k (a passive subject, a pronoun, an earlier
// sentence) is never stray.
func (x *doc) strayTarget(si, k, tg int) bool {
	s := &x.sents[si]
	if k < s.t0 || k >= s.t1 {
		return false
	}
	seen := false
	for j := k + 1; j < s.t1; j++ {
		mi := x.tokMent[j]
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		j = m.t1 - 1
		if m.ent != tg {
			continue
		}
		if p := m.t0 - 1; p > s.t0 && x.toks[p].text == "(" && x.tokMent[p-1] >= 0 && x.ments[x.tokMent[p-1]].ent == tg {
			continue // "the Alliance for X (AFX)": the short form goes with the name
		}
		if !x.personsBody(si, m) && !x.nextClauseSubject(si, m) {
			return false
		}
		seen = true
	}
	return seen
}

// personsBody reports a body's mention m that only names the post of a
// person: the title and the person's name follow ("State Duma deputy X",
// "NATO Deputy Secretary General Y"), or a role word and "of" come before
// it ("the commander of the Z Front", "the former chairman of fertiliser
// group W"). A state is left alone: its demonym before a title is read
// elsewhere.
func (x *doc) personsBody(si int, m *mention) bool {
	e := m.ent
	if e < 0 || x.ents[e].typ != TypeInstitution || x.ents[e].kind == "state" || m.weak {
		return false
	}
	s := &x.sents[si]
	if q := m.t1; q < s.t1 && x.tokRole[q] >= 0 && x.tokMent[q] < 0 {
		if p := x.personBehind(si, m); p >= 0 && x.isPerson(p) {
			return true
		}
	}
	// "the commander of (the) (fertiliser group) Z"
	p := m.t0 - 1
	if p > s.t0 && x.toks[p].lower == "the" {
		p--
	}
	for n := 0; n < 2 && p > s.t0 && x.toks[p].kind == tkWord && !x.toks[p].cap && x.tokMent[p] < 0 && x.tokRole[p] < 0 && x.toks[p].lower != "of"; n++ {
		p-- // "fertiliser group"
	}
	if p-1 <= s.t0 || x.toks[p].lower != "of" || x.tokRole[p-1] < 0 || x.tokMent[p-1] >= 0 {
		return false
	}
	return x.roleOfPerson(si, p-1)
}

// roleOfPerson reports a role word at r that belongs to a named person: the
// person's name comes right before it, set off by a comma and an article
// ("X, a vice-president of"), or right after its phrase ("the commander of
// … , Colonel X" is not read: the body is named first).
func (x *doc) roleOfPerson(si, r int) bool {
	s := &x.sents[si]
	q := r - 1
	for n := 0; n < 3 && q > s.t0 && x.toks[q].kind == tkWord && !x.toks[q].cap && x.tokMent[q] < 0 && !articleOrPossessive(x.toks[q].lower); n++ {
		q-- // "former", "main"
	}
	if articleOrPossessive(x.toks[q].lower) && q > s.t0 {
		if x.toks[q-1].text != "," {
			// "added the former chairman of W": the listed one is the
			// role's holder, a person
			return true
		}
		q-- // "X, a vice-president of"
	}
	if q > s.t0 && x.toks[q].text == "," {
		if mi := x.tokMent[q-1]; mi >= 0 && x.isPerson(x.ments[mi].ent) {
			return true
		}
	}
	if mi := x.tokMent[q]; mi >= 0 && x.ments[mi].t1 == q+1 && x.isPerson(x.ments[mi].ent) {
		return true // "Colonel X, commander of"
	}
	return false
}

// articleOrPossessive reports a word that opens a noun phrase.
func articleOrPossessive(l string) bool {
	switch l {
	case "the", "a", "an", "its", "his", "her", "their":
		return true
	}
	return false
}

// clauseAux are the auxiliaries and verbs that open a new clause after its
// subject ("and Germany has pledged", "and Dutch authorities have frozen").
var clauseAux = set("has", "have", "had", "will", "would", "could", "should", "plans", "plan", "planned", "pledged", "called")

// nextClauseSubject reports a mention m that opens a clause of its own after
// the list of targets: set off by "and" or a comma, and followed (past
// "authorities", "government" or a title and a name) by a speech verb or
// an auxiliary ("…, and London said it had frozen …", "…, and the Foreign
// Office minister X told parliament …", "…, Y called me").
func (x *doc) nextClauseSubject(si int, m *mention) bool {
	s := &x.sents[si]
	q := m.t1
	if q+2 < s.t1 && x.toks[q].text == "(" && x.toks[q+2].text == ")" {
		q += 3 // "the Trade Office (TO) said"
	}
	if q < s.t1 && x.tokMent[q] < 0 {
		switch x.toks[q].lower {
		case "authorities", "government", "officials":
			q++
		}
	}
	if q < s.t1 && x.tokRole[q] >= 0 && x.tokMent[q] < 0 {
		if p := x.personBehind(si, m); p >= 0 {
			// past the title to the end of the person's name
			for r := q; r < s.t1 && r <= q+8; r++ {
				if mi := x.tokMent[r]; mi >= 0 && x.ments[mi].ent == p {
					q = x.ments[mi].t1
					break
				}
			}
		}
	}
	if q >= s.t1 || x.tokMent[q] >= 0 {
		return false
	}
	l := x.toks[q].lower
	speech := x.lx.speech[l] || l == "called"
	if x.isPerson(m.ent) && speech {
		return true // "…, a step Y called a strange way …"
	}
	if !speech && !clauseAux[l] {
		return false
	}
	p := m.t0 - 1
	if p > s.t0 && x.toks[p].lower == "the" {
		p--
	}
	return p > s.t0 && (x.toks[p].lower == "and" || x.toks[p].text == ",")
}

// dropStrayTargets returns targets less the stray ones (strayTarget),
// reusing the slice's array.
func (x *doc) dropStrayTargets(si, k int, targets []int) []int {
	out := targets[:0]
	for _, tg := range targets {
		if !x.strayTarget(si, k, tg) {
			out = append(out, tg)
		}
	}
	return out
}
