package ingest

import (
	"strings"
)

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

// mentionEndAt returns the mention whose last token is k, or -1.
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
	for si := range x.sents {
		s := &x.sents[si]
		if s.heading || s.title || s.table || s.question {
			continue
		}
		x.speech(si)
		x.meetings(si)
		x.sanctions(si)
	}
	for _, a := range x.affs {
		ev, st, en := x.evidence(a.sent)
		x.ents[a.person].used = true
		x.ents[a.inst].used = true
		x.rels = append(x.rels, Relation{Type: RelAffiliatedWith, Source: provID(a.person), Target: provID(a.inst),
			Role: a.role, Evidence: ev, Sentence: a.sent, Start: st, End: en, Confidence: a.conf})
	}
}

func (x *doc) addRel(typ string, src, tgt int, si int, conf float64, quote string) {
	ev, st, en := x.evidence(si)
	r := Relation{Type: typ, Source: provID(src), Evidence: ev, Sentence: si, Start: st, End: en, Confidence: conf, Quote: quote}
	x.ents[src].used = true
	if typ == RelSaid {
		r.Target = x.id
	} else {
		r.Target = provID(tgt)
		x.ents[tgt].used = true
	}
	s := &x.sents[si]
	r.Date = sentenceDate(x.toks, s.t0, s.t1, x.ref)
	x.rels = append(x.rels, r)
}

// ---- affiliations ----

// qualifier finds the institution a role belongs to: "U.S. President",
// "Russia's envoy", "banker with Goldman Sachs", "adviser to the Russian
// president". It returns the entity and the token after the phrase.
func (x *doc) qualifier(r *roleSpan) (inst int, after int, explicitOrg bool) {
	s := &x.sents[r.sent]
	inst, after = -1, r.t1
	if r.tp.honor {
		return -1, after, false
	}
	k := r.t0 - 1
	if k >= s.t0 && x.toks[k].kind == tkPoss {
		k--
	}
	if mi := x.mentionEndAt(k); mi >= 0 && k >= s.t0 {
		if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution {
			inst = e
			explicitOrg = x.ents[e].kind != "state"
		}
	}
	// right side: of / at / with / for / to
	k = r.t1
	if k < s.t1 {
		prep := x.toks[k].lower
		if prep == "of" || prep == "at" || prep == "with" || prep == "for" || prep == "to" || prep == "in" {
			q := k + 1
			if q < s.t1 && (x.toks[q].lower == "the" || x.toks[q].lower == "a") {
				q++
			}
			if mi := x.mentionStartAt(q); mi >= 0 {
				m := &x.ments[mi]
				e := m.ent
				after = m.t1
				if e >= 0 && x.ents[e].typ == TypeInstitution {
					// "adviser to the Russian president": the president's state
					nextRole := m.t1 < s.t1 && x.tokRole[m.t1] >= 0
					switch {
					case prep == "to" && r.tp.diplo:
						// the host country, not the employer
					case prep == "to" && !(nextRole || x.ents[e].kind != "state" || !m.weak):
					case prep == "in" && x.ents[e].kind == "state":
					default:
						if inst < 0 || x.ents[inst].kind == "state" && x.ents[e].kind != "state" && (prep == "at" || prep == "with") {
							inst = e
							explicitOrg = x.ents[e].kind != "state"
						}
					}
					if nextRole {
						after = x.roles[x.tokRole[m.t1]].t1
					}
				}
			}
		}
	}
	if r.tp.implied != "" {
		if inst < 0 || x.ents[inst].key == "st:united states" {
			if e := x.entityByName(r.tp.implied); e >= 0 {
				inst = e
				explicitOrg = true
			}
		}
	}
	if r.tp.occup && !explicitOrg {
		return -1, after, false
	}
	return inst, after, explicitOrg
}

// npStart returns the first token of the noun phrase a role heads,
// including its qualifier and determiner, and whether it is definite.
func (x *doc) npStart(r *roleSpan) (int, bool) {
	s := &x.sents[r.sent]
	p := r.t0
	k := p - 1
	if k >= s.t0 && x.toks[k].kind == tkPoss {
		k--
	}
	if mi := x.mentionEndAt(k); mi >= 0 && k >= s.t0 {
		p = x.ments[mi].t0
	}
	def := false
	for p-1 >= s.t0 {
		l := x.toks[p-1].lower
		if l == "the" || l == "a" || l == "an" || l == "former" || l == "his" || l == "her" || l == "its" {
			def = def || l == "the"
			p--
			continue
		}
		break
	}
	return p, def
}

// affiliate links the person a role belongs to with its institution.
// With np set it also resolves a definite role phrase ("The Kremlin
// envoy") to the person it refers to.
func (x *doc) affiliate(ri int, np bool) {
	r := &x.roles[ri]
	s := &x.sents[r.sent]
	if r.plural {
		return
	}
	inst, after, _ := x.qualifier(r)
	person := -1
	// (i) title before a name: "U.S. President Joe Biden"
	if mi := x.mentionStartAt(r.t1); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		person = x.ments[mi].ent
	}
	// (ii) role, then the name: "the Russian Ambassador to Washington, Anatoly Antonov,"
	if person < 0 && after < s.t1 && x.toks[after].text == "," {
		if mi := x.mentionStartAt(after + 1); mi >= 0 && x.isPerson(x.ments[mi].ent) {
			person = x.ments[mi].ent
		}
	}
	p, def := x.npStart(r)
	// (iii) appositive after a name or a chained role
	if person < 0 && p-1 >= s.t0 {
		switch x.toks[p-1].text {
		case ",", "(":
			if mi := x.mentionEndAt(p - 2); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				person = x.ments[mi].ent
			} else if p-2 >= s.t0 {
				if rj := x.tokRole[p-2]; rj >= 0 {
					if pp, ok := x.roleRef[int(rj)]; ok && pp >= 0 {
						person = pp
					}
				}
			}
		case "and":
			for rj := ri - 1; rj >= 0 && x.roles[rj].sent == r.sent; rj-- {
				if pp, ok := x.roleRef[rj]; ok && pp >= 0 {
					person = pp
					break
				}
			}
		}
	}
	// (v) a table row: "Kirill Dmitriev Economic Envoy Russia"
	if person < 0 && s.table {
		for k := s.t0; k < r.t0; k++ {
			if mi := x.tokMent[k]; mi >= 0 && x.isPerson(x.ments[mi].ent) {
				person = x.ments[mi].ent
			}
		}
		if inst < 0 {
			for k := r.t1; k < s.t1; k++ {
				if mi := x.tokMent[k]; mi >= 0 {
					if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution {
						inst = e
						break
					}
				}
			}
			if r.tp.implied != "" && (inst < 0 || x.ents[inst].key == "st:united states") {
				if e := x.entityByName(r.tp.implied); e >= 0 {
					inst = e
				}
			}
		}
	}
	// (iv) "The Kremlin envoy, …": the nearest compatible person
	if person < 0 && np && def {
		person = x.resolveRole(r, p)
	}
	if person < 0 {
		if np {
			x.roleRef[ri] = -1
		}
		return
	}
	x.roleRef[ri] = person
	pe := x.ents[person]
	pe.roles = append(pe.roles, r.text)
	if inst < 0 || inst == person || r.tp.honor {
		return
	}
	if x.ents[inst].kind == "state" {
		pe.states = append(pe.states, x.ents[inst].key)
	}
	for _, a := range x.affs {
		if a.person == person && a.inst == inst {
			return
		}
	}
	conf := 0.8
	if s.table {
		conf = 0.7
	}
	x.affs = append(x.affs, affiliation{person: person, inst: inst, role: r.text, sent: r.sent, conf: conf})
}

// roleCompatible reports whether a person with the given known roles can
// be referred to as head ("the diplomat", "the deputy").
func roleCompatible(head string, roles []string) bool {
	fam, ok := roleFamilies[head]
	if !ok {
		fam = []string{head}
	}
	for _, r := range roles {
		for _, f := range fam {
			if f == "" || strings.Contains(r, f) {
				return true
			}
		}
	}
	return false
}

// resolveRole finds the named person a role phrase refers to: the
// nearest earlier person whose known roles fit, and whose state fits the
// phrase's qualifier ("the Kremlin envoy" is not the congresswoman).
func (x *doc) resolveRole(r *roleSpan, before int) int {
	state := ""
	if k := r.t0 - 1; k >= 0 {
		if x.toks[k].kind == tkPoss {
			k--
		}
		if mi := x.mentionEndAt(k); mi >= 0 {
			if e := x.ments[mi].ent; e >= 0 && x.ents[e].kind == "state" {
				state = x.ents[e].key
			}
		}
	}
	for si := r.sent; si >= 0 && si >= r.sent-12; si-- {
		hi := x.sents[si].t1
		if si == r.sent {
			hi = before
		}
		lo := x.sents[si].t0
		for k := hi - 1; k >= lo; k-- {
			mi := x.tokMent[k]
			if mi < 0 || x.ments[mi].t0 != k {
				continue
			}
			e := x.ments[mi].ent
			if !x.isPerson(e) {
				continue
			}
			pe := x.ents[e]
			if !roleCompatible(r.head, pe.roles) {
				continue
			}
			if state != "" && len(pe.states) > 0 && !contains(pe.states, state) {
				continue
			}
			return e
		}
	}
	return -1
}

func contains(ss []string, s string) bool {
	for _, v := range ss {
		if v == s {
			return true
		}
	}
	return false
}

// ---- subjects ----

// resolvePronoun finds the person "he" or "she" at token k refers to: the
// nearest person earlier in the sentence, else the subject (or first
// person) of the nearest earlier sentence that has one.
func (x *doc) resolvePronoun(si, k int) int {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0; j-- {
		if mi := x.tokMent[j]; mi >= 0 && x.isPerson(x.ments[mi].ent) {
			return x.ments[mi].ent
		}
	}
	for sj := si - 1; sj >= 0 && sj >= si-6; sj-- {
		if p := x.sentSubj[sj]; p >= 0 && x.isPerson(p) {
			return p
		}
		ps := &x.sents[sj]
		for j := ps.t0; j < ps.t1; j++ {
			if mi := x.tokMent[j]; mi >= 0 && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent
			}
		}
	}
	return -1
}

// refAt resolves what token k stands for as a subject or object: a named
// mention, a pronoun or a role phrase.
func (x *doc) refAt(si, k int) (int, float64) {
	if mi := x.tokMent[k]; mi >= 0 {
		if e := x.ments[mi].ent; x.isActor(e) {
			return e, x.ments[mi].conf
		}
		return -1, 0
	}
	l := x.toks[k].lower
	if personPronouns[l] {
		return x.resolvePronoun(si, k), 0.7
	}
	if ri := x.tokRole[k]; ri >= 0 {
		r := &x.roles[ri]
		if p, ok := x.roleRef[int(ri)]; ok && p >= 0 {
			return p, 0.7
		}
		if _, def := x.npStart(r); def || r.tp.honor {
			if p := x.resolveRole(r, r.t0); p >= 0 {
				return p, 0.65
			}
		}
		// an unnamed official acts for the body: "a State Department
		// spokesperson said", "NATO foreign ministers called on"
		if !strings.Contains(r.text, "former") && !r.tp.occup && !r.tp.honor {
			if q := r.t0 - 1; q >= x.sents[si].t0 {
				if x.toks[q].kind == tkPoss {
					q--
				}
				if mi := x.mentionEndAt(q); mi >= 0 && !(x.ments[mi].t0 > 0 && (x.toks[x.ments[mi].t0-1].lower == "former" || x.toks[x.ments[mi].t0-1].lower == "ex")) {
					if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution {
						return e, 0.55
					}
				}
			}
		}
	}
	return -1, 0
}

// subjectOf finds the subject of the verb at token v, skipping adverbs,
// auxiliaries, appositives and parentheticals ("Moscow, for its part,
// stresses"); for quotations it also looks after the verb ("…," said X).
func (x *doc) subjectOf(si, v int) (int, float64) {
	s := &x.sents[si]
	k := v - 1
	jumps := 0
	for k >= s.t0 {
		t := &x.toks[k]
		l := t.lower
		if x.tokMent[k] < 0 && x.tokRole[k] < 0 && (skipBeforeVerb[l] || t.kind == tkWord && !t.cap && len(l) > 4 && strings.HasSuffix(l, "ly")) {
			k--
			continue
		}
		// "was reported to have", "is said to have"
		if l == "to" && k+1 < v && x.toks[k+1].lower == "have" || l == "reported" || l == "said" && k+1 < v && x.toks[k+1].lower == "to" || l == "believed" {
			k--
			continue
		}
		if t.text == "," && jumps < 3 {
			c := k - 1
			for c >= s.t0 && x.toks[c].text != "," {
				c--
			}
			if c < s.t0 {
				break
			}
			if mi := x.mentionStartAt(c + 1); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent, x.ments[mi].conf
			}
			k = c - 1
			jumps++
			// keep jumping back over appositives that end on no name
			for k >= s.t0 && x.tokMent[k] < 0 && x.tokRole[k] < 0 && !personPronouns[x.toks[k].lower] && jumps < 3 {
				c2 := k
				for c2 >= s.t0 && x.toks[c2].text != "," {
					c2--
				}
				if c2 < s.t0 {
					break
				}
				if mi := x.mentionStartAt(c2 + 1); mi >= 0 && x.isPerson(x.ments[mi].ent) {
					return x.ments[mi].ent, x.ments[mi].conf
				}
				k = c2 - 1
				jumps++
			}
			continue
		}
		// relative clause: "X, who met …"
		if (l == "who" || l == "which") && k-1 >= s.t0 && x.toks[k-1].text == "," {
			k -= 2
			continue
		}
		break
	}
	if k < s.t0 {
		return -1, 0
	}
	t := &x.toks[k]
	// a second verb of the same subject: "X imposed … and added …"
	if t.lower == "and" || t.lower == "but" {
		return x.clauseSubject(si, k)
	}
	// "the Russian embassy in Bern said": skip a place phrase
	if mi := x.tokMent[k]; mi >= 0 && x.ments[mi].ent >= 0 && x.ents[x.ments[mi].ent].typ == TypePlace {
		p := x.ments[mi].t0 - 1
		if p > s.t0 && (x.toks[p].lower == "in" || x.toks[p].lower == "at" || x.toks[p].lower == "from") {
			k = p - 1
			t = &x.toks[k]
		}
	}
	// "Arjun Mehta of the Meridian Institute said": the person speaks
	if mi := x.tokMent[k]; mi >= 0 && x.ments[mi].t1 == k+1 {
		p := x.ments[mi].t0 - 1
		if p-1 > s.t0 && x.toks[p].lower == "the" {
			p--
		}
		if p-1 >= s.t0 && (x.toks[p].lower == "of" || x.toks[p].lower == "at" || x.toks[p].lower == "from") {
			if pm := x.mentionEndAt(p - 1); pm >= 0 && x.isPerson(x.ments[pm].ent) {
				return x.ments[pm].ent, x.ments[pm].conf
			}
		}
	}
	if statementNouns[t.lower] && k-1 >= s.t0 && x.toks[k-1].kind == tkPoss {
		k -= 2
		t = &x.toks[k]
	}
	if isClosing(t) || t.text == "," {
		// inverted attribution: "…," said Dmitriev
		if v+1 < s.t1 {
			q := v + 1
			if x.toks[q].lower == "the" {
				q++
			}
			if q < s.t1 {
				if e, c := x.refAt(si, q); e >= 0 {
					return e, c
				}
			}
		}
		return -1, 0
	}
	if x.tokMent[k] >= 0 && x.ments[x.tokMent[k]].t1 != k+1 {
		return -1, 0
	}
	return x.refAt(si, k)
}

// clauseSubject returns the subject of the sentence's main clause before
// token k: the first actor that does not sit in a prepositional phrase.
func (x *doc) clauseSubject(si, k int) (int, float64) {
	s := &x.sents[si]
	for j := s.t0; j < k; j++ {
		mi := x.tokMent[j]
		if mi < 0 || x.ments[mi].t0 != j {
			if personPronouns[x.toks[j].lower] {
				return x.resolvePronoun(si, j), 0.7
			}
			if ri := x.tokRole[j]; ri >= 0 && x.roles[ri].t0 == j {
				if e, c := x.refAt(si, j); e >= 0 {
					return e, c
				}
			}
			continue
		}
		p := j - 1
		if p >= s.t0 && x.toks[p].lower == "the" {
			p--
		}
		m := &x.ments[mi]
		if p >= s.t0 && prepositions[x.toks[p].lower] || !x.isActor(m.ent) || m.weak {
			j = m.t1 - 1
			continue
		}
		return m.ent, m.conf * 0.9
	}
	return -1, 0
}

var prepositions = set("in", "on", "at", "of", "with", "for", "to", "from", "by", "about", "against", "between",
	"among", "after", "before", "during", "since", "into", "over", "under", "across", "through", "amid", "despite",
	"toward", "towards", "including", "like", "than", "per", "via", "within", "without")

// ---- speech ----

func negatedBefore(toks []token, k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-2; j-- {
		switch toks[j].lower {
		case "not", "n't", "never", "didn't", "won't", "cannot":
			return true
		}
	}
	return false
}

// quoteIn returns the quoted words in the sentence, or the reported
// clause after the verb at v.
func (x *doc) quoteIn(si, v int) string {
	s := &x.sents[si]
	open := -1
	for k := s.t0; k < s.t1; k++ {
		switch x.toks[k].text {
		case "\u201c":
			open = k
		case "\u201d":
			if open >= 0 && k > open+1 {
				return normText(x.text[x.toks[open+1].start:x.toks[k-1].end])
			}
		case "\"":
			if open < 0 {
				open = k
			} else if k > open+1 {
				return normText(x.text[x.toks[open+1].start:x.toks[k-1].end])
			}
		}
	}
	a := v + 1
	if a < s.t1 && x.toks[a].lower == "that" {
		a++
	}
	b := s.t1
	for b > a && x.toks[b-1].kind == tkPunct {
		b--
	}
	if a >= b {
		return ""
	}
	q := normText(x.text[x.toks[a].start:x.toks[b-1].end])
	if len(q) > 300 {
		cut := 300
		for cut > 0 && q[cut]&0xC0 == 0x80 {
			cut--
		}
		q = q[:cut]
	}
	return q
}

func (x *doc) speech(si int) {
	s := &x.sents[si]
	var done [8]int
	nd := 0
	isDone := func(e int) bool {
		for i := 0; i < nd; i++ {
			if done[i] == e {
				return true
			}
		}
		return false
	}
	mark := func(e int) {
		if nd < len(done) {
			done[nd] = e
			nd++
		}
	}
	for k := s.t0; k < s.t1; k++ {
		t := &x.toks[k]
		if t.kind != tkWord || x.tokMent[k] >= 0 {
			continue
		}
		l := t.lower
		conf := 0.85
		switch {
		case x.lx.speech[l]:
			if k+1 < s.t1 && x.toks[k+1].lower == "to" && l != "told" {
				continue // "is said to have", "expected to"
			}
		case (l == "called" || l == "calls") && k+1 < s.t1:
			n := x.toks[k+1].lower
			if n == "off" || n == "up" || n == "in" || n == "back" || n == "it" || n == "by" || n == "to" || x.toks[k+1].kind == tkPunct {
				continue
			}
			if k-1 >= s.t0 && (x.toks[k-1].lower == "was" || x.toks[k-1].lower == "is" || x.toks[k-1].lower == "be" || x.toks[k-1].lower == "so") {
				continue
			}
			conf = 0.75
		case l == "saying" && k-1 >= s.t0 && x.toks[k-1].text == ",":
			e, c := x.clauseSubject(si, k)
			if e >= 0 && !isDone(e) {
				mark(e)
				x.addRel(RelSaid, e, -1, si, 0.7*(0.5+c/2), x.quoteIn(si, k))
			}
			continue
		case x.lx.speechWk[l]:
			// "he added that", "…, she notes."
			ok := k+1 >= s.t1 || x.toks[k+1].lower == "that" || x.toks[k+1].kind == tkPunct && x.toks[k+1].text != "-"
			if k-1 >= s.t0 && isClosing(&x.toks[k-1]) {
				ok = true
			}
			if !ok {
				continue
			}
			conf = 0.75
		case len(x.lx.phrasal[l]) > 0 && k+1 < s.t1 && contains(x.lx.phrasal[l], x.toks[k+1].lower):
		case l == "according" && k+1 < s.t1 && x.toks[k+1].lower == "to":
			q := k + 2
			if q < s.t1 && x.toks[q].lower == "the" {
				q++
			}
			if q < s.t1 {
				if mi := x.mentionStartAt(q); mi >= 0 {
					if e := x.ments[mi].ent; x.isActor(e) && !isDone(e) {
						mark(e)
						x.addRel(RelSaid, e, -1, si, 0.6, x.quoteIn(si, s.t1))
					}
				}
			}
			continue
		default:
			continue
		}
		if t.cap && k == s.t0 {
			continue
		}
		if negatedBefore(x.toks, k, s.t0) {
			continue
		}
		e, c := x.subjectOf(si, k)
		if e < 0 || isDone(e) {
			continue
		}
		mark(e)
		if x.isPerson(e) && x.sentSubj[si] < 0 {
			x.sentSubj[si] = e
		}
		x.addRel(RelSaid, e, -1, si, conf*(0.5+c/2), x.quoteIn(si, k))
		// "X and Y said"
		if k-1 >= s.t0 {
			if mi := x.tokMent[k-1]; mi >= 0 {
				m := &x.ments[mi]
				if m.t0-2 >= s.t0 && x.toks[m.t0-1].lower == "and" {
					if e2 := x.entOfMention(x.mentionEndAt(m.t0 - 2)); x.isActor(e2) && !isDone(e2) {
						mark(e2)
						x.addRel(RelSaid, e2, -1, si, conf*0.9, x.quoteIn(si, k))
					}
				}
			}
		}
	}
}

// ---- meetings ----

// modalBefore reports words before v in its clause that make an event
// unreal: planned, proposed, postponed, cancelled, conditional, denied.
func (x *doc) modalBefore(si, v int) bool {
	s := &x.sents[si]
	for k := v - 1; k >= s.t0 && k >= v-12; k-- {
		l := x.toks[k].lower
		if l == ";" {
			break
		}
		if modalMarkers[l] && x.tokMent[k] < 0 {
			return true
		}
		if l == "to" && k == v-1 {
			return true // "to meet", "to hold talks"
		}
	}
	return false
}

// personBehind looks through "China's special representative for
// Eurasian affairs, Tang Yiwen" from the state mention m to the person.
func (x *doc) personBehind(si int, m *mention) int {
	s := &x.sents[si]
	q := m.t1
	if q < s.t1 && x.toks[q].kind == tkPoss {
		q++
	}
	if q >= s.t1 || x.tokRole[q] < 0 {
		if q < s.t1 && (x.toks[q].lower == "counterpart" || x.toks[q].lower == "counterparts") {
			q++
		} else {
			return -1
		}
	} else {
		q = x.roles[x.tokRole[q]].t1
	}
	if mi := x.mentionStartAt(q); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		return x.ments[mi].ent
	}
	for k := q; k < s.t1 && k < q+6; k++ {
		if x.toks[k].text == "," {
			if mi := x.mentionStartAt(k + 1); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent
			}
			return -1
		}
		if x.toks[k].kind == tkPunct {
			return -1
		}
	}
	return -1
}

// objectsAfter returns the actors named after token k, several when they
// are joined by "and": "met Zielinski and Turkey's deputy foreign
// minister, Selin Arslan" gives both people.
func (x *doc) objectsAfter(si, k int) []int {
	s := &x.sents[si]
	var out []int
	for j := k; j < s.t1 && j < k+9; j++ {
		t := &x.toks[j]
		if mi := x.tokMent[j]; mi >= 0 {
			m := &x.ments[mi]
			e := m.ent
			if !x.isActor(e) {
				break
			}
			if x.ents[e].typ == TypeInstitution {
				if p := x.personBehind(si, m); p >= 0 {
					e = p
				}
			}
			out = append(out, e)
			// another object joined by "and"
			n := m.t1
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
				j = n
				k = n + 1
				continue
			}
			break
		}
		if x.tokRole[j] >= 0 {
			continue
		}
		if t.lower == "him" || t.lower == "her" {
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

var meetNouns = set("talks", "meeting", "meetings", "discussions", "consultations", "negotiations", "call",
	"conversation", "phone", "exchange", "session", "dialogue")

func (x *doc) meetings(si int) {
	s := &x.sents[si]
	for k := s.t0; k < s.t1; k++ {
		t := &x.toks[k]
		if t.kind != tkWord || x.tokMent[k] >= 0 {
			continue
		}
		l := t.lower
		a := -1
		var bs []int
		conf := 0.8
		switch {
		case x.lx.meet[l]: // met
			a, _ = x.subjectOf(si, k)
			q := k + 1
			for q < s.t1 && (x.toks[q].lower == "with" || skipBeforeVerb[x.toks[q].lower]) {
				q++
			}
			bs = x.objectsAfter(si, q)
			if len(bs) == 0 {
				bs = x.coordinated(si, k)
			}
		case x.lx.meetWith[l]:
			w := -1
			for q := k + 1; q < s.t1 && q <= k+4; q++ {
				ql := x.toks[q].lower
				if ql == "with" || (ql == "to" && (l == "spoke" || l == "talked" || l == "spoken")) {
					w = q
					break
				}
				if !(ql == "directly" || ql == "by" || ql == "phone" || ql == "telephone" || ql == "down" || ql == "separately" || ql == "briefly" || ql == "privately" || ql == "again" || ql == "also" || ql == "personally" || ql == "twice") {
					break
				}
			}
			if w < 0 {
				continue
			}
			a, _ = x.subjectOf(si, k)
			bs = x.objectsAfter(si, w+1)
		case l == "discussed":
			// "visited Kyiv and discussed … with Marina Koval"
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
			if w < 0 {
				continue
			}
			a, _ = x.subjectOf(si, k)
			bs = x.objectsAfter(si, w+1)
			conf = 0.7
		case l == "held" || l == "had" || l == "conducted" || l == "concluded" || l == "hosted":
			n := -1
			for q := k + 1; q < s.t1 && q <= k+5; q++ {
				if meetNouns[x.toks[q].lower] {
					n = q
					break
				}
			}
			if n < 0 && l != "hosted" {
				continue
			}
			a, _ = x.subjectOf(si, k)
			if l == "hosted" {
				bs = x.objectsAfter(si, k+1)
				break
			}
			w := -1
			for q := n + 1; q < s.t1 && q <= n+3; q++ {
				if x.toks[q].lower == "with" {
					w = q
					break
				}
			}
			if w >= 0 {
				bs = x.objectsAfter(si, w+1)
			} else if bs = x.coordinated(si, k); len(bs) == 0 && a >= 0 {
				// "X and Y, the German chancellor, held talks"
				bs = x.coordinatedWith(si, a, k)
			}
			conf = 0.75
		case l == "speaking" || l == "talking" || l == "meeting" || l == "conferring":
			// "with Blinken and Lavrov speaking for ten minutes"
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
		if !x.isActor(a) || len(bs) == 0 {
			continue
		}
		if x.modalBefore(si, k) || x.sents[si].question {
			continue
		}
		// a subject joined by "and" meets too: "Okafor and Koval held talks"
		parts := []int{a}
		for _, c := range x.coordinatedWith(si, a, k) {
			parts = append(parts, c)
		}
		parts = append(parts, bs...)
		for i := 0; i < len(parts); i++ {
			for j := i + 1; j < len(parts); j++ {
				p, q := parts[i], parts[j]
				if p == q || !x.isActor(p) || !x.isActor(q) {
					continue
				}
				// the subject with each object, and the objects with each other
				x.addRel(RelMet, p, q, si, conf, "")
			}
		}
	}
}

// coordinated returns X in "X and Y <verb>" when Y is the subject.
func (x *doc) coordinated(si, v int) []int {
	s := &x.sents[si]
	k := v - 1
	for k >= s.t0 && skipBeforeVerb[x.toks[k].lower] {
		k--
	}
	m2 := x.mentionEndAt(k)
	if m2 < 0 {
		return nil
	}
	a := x.ments[m2].t0
	if a-2 < s.t0 || x.toks[a-1].lower != "and" {
		return nil
	}
	if e := x.entOfMention(x.mentionEndAt(a - 2)); x.isActor(e) {
		return []int{e}
	}
	return nil
}

// coordinatedWith returns the actors joined to subject a by "and" before
// the verb at v: "Ambassador Daniel Okafor and Marina Koval, Ukraine's
// special envoy, held talks" gives Okafor for subject Koval.
func (x *doc) coordinatedWith(si, a, v int) []int {
	s := &x.sents[si]
	for k := v - 1; k > s.t0; k-- {
		mi := x.mentionStartAt(k)
		if mi < 0 || x.ments[mi].ent != a {
			continue
		}
		if k-2 >= s.t0 && x.toks[k-1].lower == "and" {
			if e := x.entOfMention(x.mentionEndAt(k - 2)); x.isActor(e) && e != a {
				return []int{e}
			}
		}
		return nil
	}
	return nil
}

// ---- sanctions ----

var sanctionNouns = set("sanctions", "sanction", "embargo", "restrictions", "penalties", "blacklist", "measures")

// targetsAfter finds the targets of sanctions from token k: named actors
// ("on X, …, and on Y"), a demonym ("Russian oil entities") or "from
// Russia".
func (x *doc) targetsAfter(si, k, limit int) []int {
	s := &x.sents[si]
	end := k + limit
	if end > s.t1 {
		end = s.t1
	}
	var out []int
	for j := k; j < end; j++ {
		if mi := x.tokMent[j]; mi >= 0 {
			if e := x.ments[mi].ent; x.isActor(e) {
				out = append(out, e)
				break
			}
		}
		if l := x.toks[j].text; l == "." || l == ";" {
			break
		}
	}
	if len(out) == 0 {
		return nil
	}
	// more targets: "… and on Caspian Orion Shipping"
	for j := k; j < s.t1; j++ {
		if x.toks[j].lower != "and" {
			continue
		}
		q := j + 1
		if q < s.t1 && (x.toks[q].lower == "on" || x.toks[q].lower == "against") {
			q++
		} else if !(j > 0 && x.toks[j-1].text == ",") {
			continue
		}
		if mi := x.mentionStartAt(q); mi >= 0 {
			if e := x.ments[mi].ent; x.isActor(e) && !x.ments[mi].weak && !contains2(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

func contains2(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// actorsAt returns the actor at token k and any joined to it by "and"
// ("the United States and Britain imposed").
func (x *doc) actorsAfterBy(si, k int) []int {
	s := &x.sents[si]
	var out []int
	for j := k; j < s.t1 && j < k+8; j++ {
		if mi := x.mentionStartAt(j); mi >= 0 {
			if e := x.ments[mi].ent; x.isActor(e) {
				out = append(out, e)
				j = x.ments[mi].t1
				if j < s.t1 && x.toks[j].lower == "and" {
					continue
				}
				break
			}
		}
		if l := x.toks[j].lower; l != "the" && l != "and" {
			if len(out) > 0 {
				break
			}
		}
	}
	return out
}

func (x *doc) sanctions(si int) {
	s := &x.sents[si]
	for k := s.t0; k < s.t1; k++ {
		t := &x.toks[k]
		if t.kind != tkWord || x.tokMent[k] >= 0 {
			continue
		}
		l := t.lower
		var imposers, targets []int
		subj := func() []int {
			e, _ := x.subjectOf(si, k)
			if e < 0 {
				return nil
			}
			out := []int{e}
			out = append(out, x.coordinatedWith(si, e, k)...)
			return out
		}
		switch {
		case x.lx.impose[l]:
			// imposed (new) sanctions on X; the measures X imposed on Y
			n := -1
			for q := k + 1; q < s.t1 && q <= k+5; q++ {
				if sanctionNouns[x.toks[q].lower] && x.toks[q].lower != "measures" {
					n = q
					break
				}
			}
			if n < 0 {
				for q := k - 1; q >= s.t0 && q >= k-6; q-- {
					if sanctionNouns[x.toks[q].lower] {
						n = k
						break
					}
				}
			}
			if n < 0 {
				continue
			}
			if n < k {
				continue
			}
			imposers = subj()
			for q := n; q < s.t1 && q <= n+3; q++ {
				if ql := x.toks[q].lower; ql == "on" || ql == "against" || ql == "targeting" {
					targets = x.targetsAfter(si, q+1, 6)
					break
				}
			}
			if n == k && len(targets) == 0 {
				continue
			}
		case (l == "sanctions" || l == "embargo" || l == "measures") && k+1 < s.t1 && x.lx.impose[x.toks[k+1].lower]:
			// sanctions imposed by X on Y; under sanctions imposed by X
			for q := k + 2; q < s.t1 && q <= k+8; q++ {
				ql := x.toks[q].lower
				if ql == "by" && imposers == nil {
					imposers = x.actorsAfterBy(si, q+1)
				}
				if (ql == "on" || ql == "against") && targets == nil {
					targets = x.targetsAfter(si, q+1, 6)
				}
			}
			if targets == nil && k-1 >= s.t0 && x.toks[k-1].lower == "under" {
				// "Dorin, …, who is under sanctions imposed by …"
				if e, _ := x.subjectOf(si, k-1); e >= 0 {
					targets = []int{e}
				}
			}
		case (l == "sanctions" || l == "embargo") && k+1 < s.t1 && (x.toks[k+1].lower == "on" || x.toks[k+1].lower == "against"):
			// "U.S. sanctions on Russia", "the European Union's sanctions on X"
			q := k - 1
			if q >= s.t0 && x.toks[q].kind == tkPoss {
				q--
			}
			if mi := x.mentionEndAt(q); mi >= 0 && q >= s.t0 {
				imposers = []int{x.ments[mi].ent}
				targets = x.targetsAfter(si, k+2, 5)
			}
		case l == "sanctioned" || l == "blacklisted" || l == "banned" || l == "froze" || l == "frozen" || l == "freezes" || l == "embargoed":
			passive := k-1 >= s.t0 && (x.toks[k-1].lower == "was" || x.toks[k-1].lower == "were" || x.toks[k-1].lower == "been" || x.toks[k-1].lower == "being")
			if (l == "sanctioned" || l == "blacklisted") && k+1 < s.t1 && x.toks[k+1].lower == "by" {
				// "X, the tanker operator sanctioned by the EU"; "Y was sanctioned by X"
				imposers = x.actorsAfterBy(si, k+2)
				if passive {
					if e, _ := x.subjectOf(si, k-1); e >= 0 {
						targets = []int{e}
					}
				} else {
					targets = x.nearestActorBefore(si, k)
				}
				break
			}
			if passive || (l == "frozen" && !(k-1 >= s.t0 && (x.toks[k-1].lower == "had" || x.toks[k-1].lower == "has" || x.toks[k-1].lower == "have"))) {
				continue
			}
			imposers = subj()
			targets = x.targetsAfter(si, k+1, 6)
			if targets == nil && (l == "froze" || l == "frozen") {
				// "Caspian Orion Shipping, whose assets South Korea froze"
				for q := k - 1; q > s.t0 && q >= k-8; q-- {
					if x.toks[q].lower == "whose" && x.toks[q-1].text == "," {
						targets = x.nearestActorBefore(si, q-1)
						break
					}
				}
			}
		case l == "added":
			// added … to its sanctions list
			to := -1
			for q := k + 1; q < s.t1 && q <= k+16; q++ {
				if x.toks[q].lower == "to" {
					to = q
					break
				}
			}
			if to < 0 {
				continue
			}
			listed := false
			for q := to + 1; q < s.t1 && q <= to+5; q++ {
				if ql := x.toks[q].lower; ql == "sanctions" || ql == "blacklist" || ql == "sanction" {
					listed = true
				}
			}
			if !listed {
				continue
			}
			imposers = subj()
			targets = x.targetsAfter(si, k+1, to-k-1)
		default:
			continue
		}
		if len(imposers) == 0 || len(targets) == 0 || x.modalBefore(si, k) {
			continue
		}
		for _, im := range imposers {
			for _, tg := range targets {
				if x.isActor(im) && x.isActor(tg) && im != tg {
					x.addRel(RelSanctioned, im, tg, si, 0.8, "")
				}
			}
		}
	}
}

// nearestActorBefore returns the nearest named actor before token k in
// the sentence (an appositive's head: "X, the operator sanctioned by …").
func (x *doc) nearestActorBefore(si, k int) []int {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0 && j >= k-10; j-- {
		if mi := x.tokMent[j]; mi >= 0 {
			if e := x.ments[mi].ent; x.isActor(e) && !x.ments[mi].weak {
				return []int{e}
			}
		}
	}
	return nil
}
