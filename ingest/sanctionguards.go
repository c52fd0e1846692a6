package ingest

import "strings"

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
// target not named after k (a pronoun, an earlier sentence) is never
// stray, nor one the sentence names before k: a passive subject ("X was
// sanctioned by Y, and X said it would appeal") is the target even when
// it speaks again after the trigger.
func (x *doc) strayTarget(si, k, tg int) bool {
	s := &x.sents[si]
	if k < s.t0 || k >= s.t1 {
		return false
	}
	for j := s.t0; j < k; j++ {
		if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent == tg && !x.datelineMention(si, &x.ments[mi]) {
			return false
		}
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
		if !x.personsBody(si, m) && !x.nextClauseSubject(si, m) && !x.modifierState(si, k, m) {
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
			return !x.bodyListedToo(si, m.t1)
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
	return x.roleOfPerson(si, p-1) && !x.bodyListedToo(si, m.t1)
}

// bodyListedToo reports that the sentence lists the body again after
// token from by a description: "the assets of W chairman X and of the
// shipping group", "W chairman X and two other firms", "… and the
// company itself". The body is then a target of its own, not only the
// post of the person named with it. A possessive ("and the firm's
// subsidiaries") lists something else.
func (x *doc) bodyListedToo(si, from int) bool {
	s := &x.sents[si]
	for j := from; j < s.t1; j++ {
		if x.toks[j].lower == "itself" {
			return true
		}
		if x.toks[j].lower != "and" || x.tokMent[j] >= 0 {
			continue
		}
		q, det, other := j+1, false, false
		if q < s.t1 && x.toks[q].lower == "of" {
			q++
		}
		if q < s.t1 && (articles[x.toks[q].lower] || possDets[x.toks[q].lower]) {
			det = true
			q++
		}
		for n := 0; n < 3 && q < s.t1; n++ {
			t := &x.toks[q]
			if t.kind != tkWord || t.cap || x.tokMent[q] >= 0 || x.tokRole[q] >= 0 {
				break
			}
			w := t.lower
			if strings.HasSuffix(w, "s") && other {
				w = w[:len(w)-1] // "two other firms"
			}
			if orgApposNouns[w] || orgNouns[w] != "" || w == "front" {
				if (det || other) && (q+1 >= s.t1 || x.toks[q+1].kind != tkPoss && x.toks[q+1].text != "'") {
					return true
				}
				break
			}
			other = other || w == "other"
			q++
		}
	}
	return false
}

// roleOfPerson reports a role word at r that belongs to a named person: the
// person's name comes right before it, set off by a comma and an article
// ("X, a vice-president of") or by a comma alone ("X, commander of"), or
// it is joined to the name by "and" ("Colonel X and other commanders
// of"). A singular role with an article and no name before it ("added the
// former chairman of W") is its holder's, a person the measure lists; a
// plural one ("the leaders of W") names no one, and the body is then the
// only party the measure hits.
func (x *doc) roleOfPerson(si, r int) bool {
	s := &x.sents[si]
	q := r - 1
	for n := 0; n < 3 && q > s.t0 && x.toks[q].kind == tkWord && !x.toks[q].cap && x.tokMent[q] < 0 && !articleOrPossessive(x.toks[q].lower); n++ {
		q-- // "former", "main"; "and other"
	}
	if articleOrPossessive(x.toks[q].lower) && q > s.t0 {
		if x.toks[q-1].text != "," {
			// "added the former chairman of W": the listed one is the
			// role's holder, a person
			return !x.roles[x.tokRole[r]].plural
		}
		q-- // "X, a vice-president of"
	}
	if q > s.t0 && x.toks[q].text == "," {
		if mi := x.tokMent[q-1]; mi >= 0 && x.isPerson(x.ments[mi].ent) {
			return true
		}
	}
	if mi := x.tokMent[q]; mi >= 0 && x.ments[mi].t1 == q+1 && x.isPerson(x.ments[mi].ent) {
		return true // "Colonel X and other commanders of"
	}
	return false
}

// articleOrPossessive reports a word that opens a noun phrase.
func articleOrPossessive(l string) bool {
	return articles[l] || possDets[l]
}

// clauseAux are the auxiliaries and verbs that open a new clause after its
// subject ("and Germany has pledged", "and Dutch authorities have
// frozen"); speech verbs ("pledged", "called") are read apart.
var clauseAux = set("has", "have", "had", "will", "would", "could", "should", "plans", "plan", "planned")

// passiveListed are the participles that say a clause's subject is listed
// too: "…, and Belarus will also be targeted", "and W has been added".
var passiveListed = set("targeted", "sanctioned", "added", "designated", "listed", "blacklisted", "hit", "frozen",
	"included", "named", "penalized", "penalised", "barred", "banned")

// listedToo reports that the clause whose auxiliary is at q says its
// subject is listed too: the auxiliary, "be" or "been" (past "also",
// "too", "now", "already") and a listing participle.
func (x *doc) listedToo(si, q int) bool {
	s := &x.sents[si]
	be := false
	for j := q + 1; j < s.t1 && j <= q+4; j++ {
		switch l := x.toks[j].lower; {
		case l == "also" || l == "too" || l == "now" || l == "already" || l == "likewise":
		case l == "be" || l == "been":
			be = true
		default:
			return be && passiveListed[l]
		}
	}
	return false
}

// reducedRelative reports a speech verb at q that opens no clause but a
// participle phrase on the name before it: "X accused of financing",
// "W described by Brussels as", "Y cited in the report". "said in a
// statement" still opens a clause.
func (x *doc) reducedRelative(si, q int) bool {
	if q+1 >= x.sents[si].t1 {
		return false
	}
	switch x.toks[q+1].lower {
	case "of", "by", "as":
		return true
	case "in":
		return !stanceVerbs[x.toks[q].lower]
	}
	return false
}

// remarkAppositive reports a person's mention m that is the subject of a
// relative clause on a noun set off by a comma: "…, a step Y called
// reckless", "…, a move that Y described as".
func (x *doc) remarkAppositive(si int, m *mention) bool {
	s := &x.sents[si]
	p := m.t0 - 1
	if p > s.t0 && (x.toks[p].lower == "that" || x.toks[p].lower == "which") {
		p--
	}
	if p-2 < s.t0 || x.toks[p].kind != tkWord || x.toks[p].cap || x.tokMent[p] >= 0 {
		return false
	}
	return articles[x.toks[p-1].lower] && x.toks[p-2].text == ","
}

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
	if q < s.t1 && x.toks[q].kind == tkPoss {
		q++ // "and Norway's Foreign Minister X said", "and Norway's government said"
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
	if !speech && !clauseAux[l] {
		return false
	}
	if speech && x.isPerson(m.ent) && x.remarkAppositive(si, m) {
		return true // "…, a step Y called a strange way …"
	}
	if speech && x.reducedRelative(si, q) || !speech && x.listedToo(si, q) {
		return false // "and W accused of shipping", "and Belarus will also be targeted"
	}
	p := m.t0 - 1
	if p > s.t0 && x.toks[p].lower == "the" {
		p--
	}
	return p > s.t0 && (x.toks[p].lower == "and" || x.toks[p].text == ",")
}

// dropStrayTargets returns targets less the stray ones (strayTarget). The
// caller's slice is left as it was: a new one is made only when a target
// is dropped.
func (x *doc) dropStrayTargets(si, k int, targets []int) []int {
	for i, tg := range targets {
		if !x.strayTarget(si, k, tg) {
			continue
		}
		out := append(make([]int, 0, len(targets)-1), targets[:i]...)
		for _, t := range targets[i+1:] {
			if !x.strayTarget(si, k, t) {
				out = append(out, t)
			}
		}
		return out
	}
	return targets
}
