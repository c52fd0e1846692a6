package ingest

// Affiliations: who holds which role at which institution.

import (
	"slices"
	"strings"
	"unicode"
)

// qualifier finds the institution a role belongs to: "U.S. President",
// "Russia's envoy", "banker with Morgan Stanley", "adviser to the Russian
// president". It returns the entity and the token after the phrase.
func (x *doc) qualifier(r *roleSpan) (inst int, after int, explicitOrg bool) {
	s := &x.sents[r.sent]
	inst, after = -1, r.t1
	if r.tp.honor {
		return -1, after, false
	}
	k := r.t0 - 1
	if b := x.shortFormBefore(k, s.t0); b >= 0 {
		k = b // "Pacific Islands Forum (PIF) Secretary General X"
	}
	// "Petro's new ambassador", "Russia's children's rights commissioner",
	// "Canada's Arctic ambassador", "EU foreign-policy spokeswoman": skip
	// lower-case words, attached hyphens and place names (and their
	// possessives) back to a possessor
	skipped := false
	for n := 0; n < 6 && k > s.t0; n++ {
		st, ok := x.qualSkip(k, s.t0)
		if !ok {
			break
		}
		skipped = true
		j := st - 1
		if j >= s.t0 && x.toks[j].kind == tkPoss && j-1 >= s.t0 && x.tokMent[j-1] < 0 && x.toks[j-1].kind == tkWord && !x.toks[j-1].cap {
			j -= 1 // "children 's"
		}
		if j < s.t0 {
			break
		}
		k = j
		if x.toks[j].kind == tkPoss {
			break
		}
		if _, ok := x.qualSkip(j, s.t0); !ok {
			break
		}
	}
	_ = skipped
	if mi := x.mentionEndAt(k); mi >= 0 && k >= s.t0 && k+2 < r.t0 && x.toks[k+1].text == "-" && x.toks[k+2].lower == "born" {
		k = x.ments[mi].t0 - 1 // "its Kenyan-born chairman": a birthplace, not the employer
	}
	if k >= s.t0 && x.toks[k].kind == tkWord && x.tokMent[k] < 0 && !x.toks[k].cap && k < r.t0 && x.toks[k].lower != "its" {
		k = -1 // ended on a skipped word: no possessor
	}
	poss := false
	if k > s.t0 && x.possAt(k) {
		k--
		poss = true
	}
	if k >= s.t0 && x.tokMent[k] >= 0 && x.ments[x.tokMent[k]].ent >= 0 && x.ents[x.ments[x.tokMent[k]].ent].typ == TypePlace && k < r.t0-1 {
		k = -1
	}
	if mi := x.mentionEndAt(k); mi >= 0 && k >= s.t0 {
		if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution {
			inst = e
			explicitOrg = x.ents[e].kind != "state"
		} else if poss && x.isPerson(e) && len(x.ents[e].states) > 0 && !r.tp.occup {
			// "Petro's ambassador": the state the principal serves
			if st := x.entityByKey(x.ents[e].states[0]); st >= 0 {
				inst = st
			}
		}
	}
	if inst < 0 && poss && k >= s.t0 && x.tokRole[k] >= 0 && !r.tp.occup {
		// "the UN Secretary-General's representative": the body whose
		// head the possessor is, for an office that acts for the head;
		// the head's own lawyer or doctor (an occupation) serves the
		// person, not the body (a "personal envoy" still acts for it)
		if rj := &x.roles[x.tokRole[k]]; rj.t1 == k+1 && !rj.plural && !rj.tp.honor {
			if mi := x.mentionEndAt(rj.t0 - 1); mi >= 0 && rj.t0-1 >= s.t0 {
				if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution {
					inst = e
					explicitOrg = x.ents[e].kind != "state"
				}
			}
		}
	}
	if inst < 0 && poss && k >= s.t0 && x.tokMent[k] < 0 && x.toks[k].kind == tkWord && x.toks[k].cap {
		// "Brellwick's managing director", "The Council's secretary general"
		inst = x.shortFormOwner(r.sent, k)
		explicitOrg = inst >= 0
	}
	if inst < 0 && poss && k-1 >= s.t0 && x.tokMent[k] < 0 && x.toks[k].kind == tkWord && !x.toks[k].cap && genericInstNouns[x.toks[k].lower] && x.definiteBefore(k, s.t0) {
		// "the firm's director, X", "the bloc's chief negotiator":
		// the body of that kind named last
		inst = x.genericPossessor(r.sent, k)
		explicitOrg = inst >= 0
	}
	if inst < 0 && !poss {
		// "Commission President X", "said council spokeswoman X"
		inst = x.headWordOwner(r)
		explicitOrg = inst >= 0
	}
	if inst < 0 {
		if e := x.whoseBody(r); e >= 0 {
			inst, explicitOrg = e, x.ents[e].kind != "state"
		}
	}
	if inst < 0 && k >= s.t0 && x.toks[k].lower == "its" && !r.tp.honor {
		inst = x.itsReferent(r, k)
		explicitOrg = inst >= 0 && x.ents[inst].kind != "state"
	}
	if inst < 0 {
		if e := x.localGovernment(r); e >= 0 {
			inst, explicitOrg = e, true
		}
	}
	// right side: of / at / with / for / to
	k = r.t1
	if k < s.t1 {
		prep := x.toks[k].lower
		if prep == "of" || prep == "at" || prep == "with" || prep == "for" || prep == "to" || prep == "in" || prep == "on" {
			q := k + 1
			if q < s.t1 && (x.toks[q].lower == "the" || x.toks[q].lower == "a") {
				q++
			}
			if q < s.t1 && q-1 > k && x.toks[q-1].lower == "the" && genericInstNouns[x.toks[q].lower] && prep != "to" && x.tokMent[q] < 0 {
				// "a loan officer at the lender", "a fellow at the institute"
				if e := x.genericBody(r.sent, q, x.toks[q].lower); e >= 0 {
					inst, explicitOrg, after = e, true, q+1
				}
			}
			// "leader of the far-right National Rally", "a fellow at the
			// Porto-based X": skip adjectives
			q = x.skipOrgModifiers(q, s.t1)
			if prep == "of" && r.tp.title {
				q = x.skipPortfolio(q, s.t1)
			}
			mi := x.mentionStartAt(q)
			if mi < 0 && q-1 > k && articleLike[x.toks[q-1].lower] {
				mi = x.mentionStartAt(q - 1) // a mention that took its article: "of the UN"
			}
			if mi >= 0 {
				m := &x.ments[mi]
				e := m.ent
				after = m.t1
				// "secretary of Chile's National Fisheries Council":
				// the state's body, not the state
				if e >= 0 && x.ents[e].kind == "state" && m.t1+1 < s.t1 && x.toks[m.t1].kind == tkPoss && prep == "of" {
					if mj := x.mentionStartAt(m.t1 + 1); mj >= 0 {
						if o := x.ments[mj].ent; o >= 0 && x.ents[o].typ == TypeInstitution && x.ents[o].kind != "state" && !x.ments[mj].weak {
							m, e, after = &x.ments[mj], o, x.ments[mj].t1
						}
					}
				}
				if e >= 0 && x.ents[e].typ == TypeInstitution {
					// "adviser to the Russian president": the president's state
					nextRole := m.t1 < s.t1 && x.tokRole[m.t1] >= 0
					switch {
					case prep == "to" && r.tp.diplo:
						// the host country, not the employer
					case prep == "to" && !(nextRole || x.ents[e].kind != "state" || !m.weak):
					case prep == "in" && x.ents[e].kind == "state":
					case prep == "on" && !committeeKinds[x.ents[e].kind]:
						// "a Democrat on the Agriculture Committee", not
						// "an expert on Russia"
					default:
						if inst < 0 || x.ents[inst].kind == "state" && x.ents[e].kind != "state" && (prep == "at" || prep == "with") ||
							x.occupationOf(r, inst, e, prep, poss) {
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
	if (inst < 0 || r.tp.occup && x.ents[inst].kind == "state") && r.t1 < s.t1 && x.toks[r.t1].lower == "of" {
		// "head of Asian freight research at Y", "a professor of
		// Baltic Russian history at Y": a field written with capitals, then the body;
		// for an occupation it outranks a state read as the field or
		// as a demonym before the role
		if e, end := x.fieldThenBody(r.t1+1, s.t1); e >= 0 {
			inst, explicitOrg, after = e, true, end
		}
	}
	if r.tp.implied != "" && !x.impliedForeign(r) && (!r.tp.bare || inst < 0 && x.titleStandsAlone(r)) {
		// (a party before the title is added by partyMembers:
		// "Republican Congresswoman X" sits in Congress too)
		noState := inst >= 0 && x.ents[inst].kind == "state" && x.impliedOwnsNoState(r.tp.implied)
		if inst < 0 || x.ents[inst].kind == "party" && x.partyWordAt(r.t0-1) || x.ents[inst].key == usKey && !r.tp.state ||
			noState {
			if e := x.impliedBody(r); e >= 0 {
				inst = e
				explicitOrg = true
				x.impliedSpan(e, r)
			} else if noState {
				// "Danish MEP X" where the chamber is never named: the
				// demonym still tells where X was elected, not whom X serves
				inst = -1
			}
		}
	}
	if r.tp.occup && !explicitOrg {
		return -1, after, false
	}
	return inst, after, explicitOrg
}

// fieldThenBody reads a role's field after "of" from token q and the body
// after the "at" that ends it: "(head of) Asian freight research at Y",
// "(Director of) Pricing at Y". The field is one to five words,
// capitalised or not, and may hold a demonym or a place ("North Korean
// studies"); "and" may join its words. A clause word, a possessive, a
// person or a body ends it with no result ("head of Kenya's mission at Y"
// is Kenya's; "head of the delegation in talks at Y" has no field). The
// body must be named in the same sentence and not be a state. It returns
// the body and the token after it, or -1.
func (x *doc) fieldThenBody(q, end int) (int, int) {
	k := q
	for n := 0; n < 6 && k < end; n++ {
		t := &x.toks[k]
		if t.lower == "at" && k > q {
			b := x.skipOrgModifiers(k+1, end)
			mi := x.mentionStartAt(b)
			if mi < 0 || x.ments[mi].weak || x.ments[mi].t1 > end {
				// (an "at" that ends the sentence would reach the next
				// sentence's first mention)
				return -1, 0
			}
			if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution && x.ents[e].kind != "state" {
				return e, x.ments[mi].t1
			}
			return -1, 0
		}
		if mi := x.tokMent[k]; mi >= 0 {
			m := &x.ments[mi]
			if m.t0 != k || m.ent < 0 || x.ents[m.ent].typ != TypePlace && x.ents[m.ent].kind != "state" {
				return -1, 0 // (a possessive after it ends the field below: no word)
			}
			k = m.t1
			continue
		}
		if t.kind != tkWord || x.tokRole[k] >= 0 || clauseWords[t.lower] || articleLike[t.lower] || x.lx.speech[t.lower] {
			return -1, 0
		}
		k++
	}
	return -1, 0
}

// occupationOf reports whether an occupation's "of" body e outranks inst,
// the state or party its adjective names: "an Estonian member of
// the European Parliament" sits in the Parliament (the demonym says where the
// member comes from), "a Democratic member of the Armed Services
// Committee" sits on the committee (the party is linked on its own). A
// possessive keeps its owner ("Kenya's member of the board"), a title keeps
// the state ("French Minister of Culture"), and a party gives way only to a
// chamber, council or committee.
func (x *doc) occupationOf(r *roleSpan, inst, e int, prep string, poss bool) bool {
	if prep != "of" || !r.tp.occup || poss || inst < 0 || x.ents[e].kind == "state" || x.ents[e].kind == "party" {
		return false
	}
	switch x.ents[inst].kind {
	case "state":
		return true
	case "party":
		return committeeKinds[x.ents[e].kind]
	}
	return false
}

// titleStandsAlone reports whether title r is written with nothing that
// could make it another body's: no word before the lexicon phrase but
// "EU", "European" or "the", no possessive or name right before it ("the
// province's trade commissioner", "California Energy Commissioner"), and
// no "of <body>" after the holder's name. A bare-flagged title implies its
// body only then: the same words name national and local offices.
func (x *doc) titleStandsAlone(r *roleSpan) bool {
	for k := r.t0; k < r.h0; k++ {
		switch x.toks[k].lower {
		case "eu", "european", "the":
		default:
			return false
		}
	}
	s := &x.sents[r.sent]
	if k := r.t0 - 1; k >= s.t0 {
		if t := &x.toks[k]; t.kind == tkPoss || t.kind == tkWord && t.cap && !strings.EqualFold(t.text, "EU") && !strings.EqualFold(t.text, "European") {
			return false
		}
	}
	if mi := x.mentionStartAt(r.t1); mi >= 0 {
		if e := x.ments[mi].t1; e+1 < s.t1 && x.toks[e].lower == "of" {
			if e++; x.toks[e].lower == "the" {
				e++
			}
			if x.mentionStartAt(e) >= 0 {
				return false
			}
		}
	}
	return true
}

// impliedOwnsNoState reports that an implied body belongs to no single
// state: no state's name opens it ("European Parliament", unlike "United
// States Senate"), nor is it a state itself. A member's nationality ("the
// Latvian MEP X") then says where the holder was elected, not whom the
// holder serves: the chamber wins over the demonym when the text names
// it, and the demonym alone ties the holder to nothing.
func (x *doc) impliedOwnsNoState(name string) bool {
	return x.nameOpensWithState(name) == ""
}

// nameOpensWithState returns the key of the state whose name opens a
// body's name ("st:united states" for "United States Senate"), or "".
func (x *doc) nameOpensWithState(name string) string {
	w := phraseTokens(name)
	for n := 1; n <= len(w); n++ {
		if k := "st:" + strings.Join(w[:n], " "); x.lx.states[k] != nil {
			return k
		}
	}
	return ""
}

// impliedForeign reports that the holder of a title whose body is implied
// ("Senator" → the United States Senate) is already tied to another
// state: "Australia's Minister for X, Y" later called "Senator Y" sits
// in Australia's senate. The holder is the name right after the title or
// the name the role stands in apposition to.
func (x *doc) impliedForeign(r *roleSpan) bool {
	s := &x.sents[r.sent]
	p, mi := -1, int32(-1)
	if r.t1 < s.t1 {
		mi = x.mentionStartAt(r.t1)
	}
	if mi >= 0 {
		p = x.ments[mi].ent
	} else {
		for k := r.t0 - 1; k > s.t0 && k >= r.t0-3; k-- {
			if x.toks[k].text == "," {
				if mi := x.mentionEndAt(k - 1); mi >= 0 {
					p = x.ments[mi].ent
				}
				break
			}
		}
	}
	if !x.isPerson(p) {
		return false
	}
	implied := strings.ToLower(r.tp.implied)
	for _, st := range x.ents[p].states {
		if !strings.HasPrefix(implied, strings.TrimPrefix(st, "st:")) {
			return true
		}
	}
	return false
}

// possAt reports a possessive at token k: "'s", or a bare apostrophe
// written onto a plural name ("the Netherlands'
// envoy"). k must not open the sentence.
func (x *doc) possAt(k int) bool {
	t := &x.toks[k]
	if t.kind == tkPoss {
		return true
	}
	if t.space || !isAposText(t.text) {
		return false
	}
	p := &x.toks[k-1]
	return p.kind == tkWord && p.cap && (strings.HasSuffix(p.text, "s") || strings.HasSuffix(p.text, "S"))
}

// entityByKey returns the entity with resolution key key, or -1.
func (x *doc) entityByKey(key string) int {
	for i, e := range x.ents {
		if e.key == key {
			return i
		}
	}
	return -1
}

// stateOf returns the state entity that institution e belongs to when e
// is one of its organs ("Chinese Foreign Ministry" → China), creating the
// state entity if the article names it only inside the organ; else -1.
func (x *doc) stateOf(e int) int {
	return x.stateOfKey(e, false)
}

// employerState is stateOf for a person's employer: it also knows the
// departments whose names do not say whose they are (stateOrgans). It is
// not used for imposers, where the department alone is what the
// annotation expects.
func (x *doc) employerState(e int) int {
	return x.stateOfKey(e, true)
}

func (x *doc) stateOfKey(e int, organs bool) int {
	key := x.ents[e].key
	sk, ok := stateOrgans[key]
	if !ok || !organs {
		if !strings.HasPrefix(key, "inst:st:") {
			return -1
		}
		sk = key[len("inst:"):]
		if i := strings.Index(sk[len("st:"):], ":"); i >= 0 {
			sk = sk[:len("st:")+i]
		}
	}
	for i, en := range x.ents {
		if en.key == sk {
			return i
		}
	}
	ge := x.lx.states[sk]
	if ge == nil {
		return -1
	}
	x.ents = append(x.ents, &entity{typ: ge.typ, kind: ge.kind, name: ge.canon, key: ge.key, conf: 0.6, spans: []Span{x.ents[e].spans[0]}})
	return len(x.ents) - 1
}

// stateOrgans are departments known by a name that does not say whose
// they are: the State Department is the United States' foreign ministry,
// so its spokesman speaks for the United States as well.
var stateOrgans = map[string]string{
	"org:united states department of state":   "st:united states",
	"org:united states department of defense": "st:united states",
	"org:department of homeland security":     "st:united states",
}

// impliedBody returns the institution a title implies, or -1. A state
// ("Secretary of State" → the United States) is taken even unnamed,
// unless other governments use the same title ("Foreign Secretary",
// "Cabinet Secretary": flag n): then, like a chamber, only when the text
// names it. An article that never mentions the Senate gives no evidence
// of which senate a senator sits in ("a Tarvish delegation led by
// Senator X"), and a "Foreign Secretary" in a story that never names
// Britain is another state's. Annotators record no body the article
// leaves unnamed.
func (x *doc) impliedBody(r *roleSpan) int {
	name := r.tp.implied
	state := r.tp.state && !r.tp.named
	if o := x.organInstead(name, r); o >= 0 {
		return o // "Sen. X" in a story about Nigeria's Senate
	}
	for i, e := range x.ents {
		if strings.EqualFold(e.name, name) {
			if state || x.hasMention(i) {
				return i
			}
			return -1
		}
	}
	if state {
		return x.entityByName(name) // not seen yet: create it
	}
	return -1
}

// hasMention reports whether a mention in the text resolves to entity e.
func (x *doc) hasMention(e int) bool {
	for i := range x.ments {
		if x.ments[i].ent == e && !x.ments[i].dead {
			return true
		}
	}
	return false
}

// impliedSpan records the role word as a mention of the institution it
// implies ("Congresswoman" for Congress) when that institution has none.
func (x *doc) impliedSpan(e int, r *roleSpan) {
	if len(x.ents[e].spans) == 0 {
		x.ents[e].spans = append(x.ents[e].spans, Span{x.toks[r.h0].start, x.toks[r.t1-1].end})
	}
}

// articleLike words open an appositive noun phrase.
var articleLike = set("a", "an", "the", "former")

// npStart returns the first token of the noun phrase a role heads,
// including its qualifier and determiner, and whether it is definite.
func (x *doc) npStart(r *roleSpan) (int, bool) {
	s := &x.sents[r.sent]
	p := r.t0
	k := x.possessorBefore(r)
	poss := k >= s.t0 && x.toks[k].kind == tkPoss
	if poss {
		k--
	}
	if mi := x.mentionEndAt(k); mi >= 0 && k >= s.t0 {
		p = x.ments[mi].t0
	} else if poss && k-1 >= s.t0 && x.toks[k-1].lower == "the" && genericInstNouns[x.toks[k].lower] && x.tokMent[k] < 0 {
		p = k // "X, the company's managing director"
	} else {
		// ", a tax law lecturer at": lower-case modifiers between
		// an appositive's article and its role
		q := p
		for n := 0; n < 3 && q-1 > s.t0; n++ {
			if b := x.appositiveModifier(q-1, s.t0); b >= 0 {
				q = b // "a Danish hydraulic engineer", "a Ghanaian-born former banker"
				continue
			}
			if x.toks[q-1].kind != tkWord || x.toks[q-1].cap || x.tokMent[q-1] >= 0 || articleLike[x.toks[q-1].lower] || possDets[x.toks[q-1].lower] {
				break
			}
			q--
		}
		a := q // "X, a former supervisory board member at Y": articles pile up
		for a-1 > s.t0 && a > q-2 && (articleLike[x.toks[a-1].lower] || possDets[x.toks[a-1].lower]) {
			a--
		}
		if q < p && a < q && x.toks[a-1].text == "," {
			p = q
		} else if q == p-1 && q-1 > s.t0 && x.toks[q-1].text == "," && !clauseWords[x.toks[q].lower] && r.t1 < s.t1 && (x.toks[r.t1].lower == "at" || x.toks[r.t1].lower == "of") {
			p = q // "X, research director at Y": no article, one modifier
		}
	}
	def := false
	for p-1 >= s.t0 {
		l := x.toks[p-1].lower
		if articleLike[l] || possDets[l] {
			def = def || l == "the"
			p--
			continue
		}
		break
	}
	return p, def
}

// appositiveModifier returns where a capitalised modifier ending at token
// k starts, when it may stand between an appositive's article and its role
// without owning the role: a state's or place's name or demonym ("a Danish
// water engineer"), a birthplace or seat compound ("a Ghanaian-born former
// banker", "an Oslo-based analyst") or a capitalised word that names
// nothing the text knows ("a Pirate member of the Y"). A role word or a body
// is no modifier: "a Reuters reporter" is read by the possessor rules.
// It returns -1 otherwise.
func (x *doc) appositiveModifier(k, lo int) int {
	t := &x.toks[k]
	if (t.lower == "born" || t.lower == "based") && k-2 > lo && x.placeCompound(k-1, k+1) {
		if mi := x.mentionEndAt(k - 2); mi >= 0 {
			return x.ments[mi].t0
		}
		if x.toks[k-2].cap && x.toks[k-2].kind == tkWord {
			return k - 2
		}
		return -1
	}
	if mi := x.mentionEndAt(k); mi >= 0 {
		m := &x.ments[mi]
		if m.t0 > lo && m.ent >= 0 && (x.ents[m.ent].typ == TypePlace || x.ents[m.ent].kind == "state") {
			return m.t0
		}
		return -1
	}
	if t.kind == tkWord && t.cap && x.tokMent[k] < 0 && x.tokRole[k] < 0 && !x.lx.speech[t.lower] && !articleLike[t.lower] {
		return k
	}
	return -1
}

// portfolioHolder returns the person named right after a capitalised
// title and its written-out portfolio: "Minister of Inland Waterways
// Datuk Dr. X", "Commissioner for Trade X". Up to six tokens make the
// portfolio (capitalised words, "and", "the", a place name counting as
// one), at least one of them capitalised or a place; styles of address
// may follow it. Else -1.
func (x *doc) portfolioHolder(r *roleSpan) int {
	s := &x.sents[r.sent]
	k := r.t1
	if k >= s.t1 || x.toks[k].lower != "of" && x.toks[k].lower != "for" {
		return -1
	}
	k++
	words := 0
	for n := 0; n < 6 && k < s.t1 && x.tokRole[k] < 0; n++ {
		t := &x.toks[k]
		if mi := x.tokMent[k]; mi >= 0 {
			if e := x.ments[mi].ent; e < 0 || x.ents[e].typ != TypePlace {
				break
			}
			k = x.ments[mi].t1
			words++
			continue
		}
		if t.kind != tkWord || !t.cap && t.lower != "and" && t.lower != "the" {
			break
		}
		if t.cap {
			words++
		}
		k++
	}
	for k < s.t1 && x.tokRole[k] >= 0 && x.tokMent[k] < 0 && x.roles[x.tokRole[k]].tp.honor {
		hr := &x.roles[x.tokRole[k]]
		words += hr.h0 - k // a style may have taken the portfolio's words as modifiers
		k = hr.t1          // "Datuk", "Dr."
	}
	if l := x.toks[k-1].lower; l == "and" || l == "the" {
		return -1 // "MP for Kirkby and Thorne": the name is the portfolio's
	}
	if words == 0 || k >= s.t1 {
		return -1
	}
	if mi := x.mentionStartAt(k); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		return x.ments[mi].ent
	}
	return -1
}

// definiteBefore reports "the" before a generic noun at k, directly or
// across one demonym: "the company's", "the Greek company's".
func (x *doc) definiteBefore(k, lo int) bool {
	j := k - 1
	if j-1 >= lo && x.toks[j].cap && x.toks[j].kind == tkWord {
		mi := x.tokMent[j]
		if mi < 0 || x.ments[mi].t0 != j || x.ments[mi].t1 != k || x.ments[mi].ent < 0 || x.ents[x.ments[mi].ent].kind != "state" {
			return false
		}
		j--
	}
	return x.toks[j].lower == "the"
}

// whoseBody returns the body a relative "whose" before role r refers
// to: "the Lake Basin Authority, whose executive secretary, X" (up to two
// lower-case qualifiers between "whose" and the role); else -1.
func (x *doc) whoseBody(r *roleSpan) int {
	lo := x.sents[r.sent].t0
	k := r.t0 - 1
	for n := 0; n < 2 && k > lo && x.toks[k].kind == tkWord && !x.toks[k].cap && x.toks[k].lower != "whose" && x.tokMent[k] < 0; n++ {
		k--
	}
	if k-2 < lo || x.toks[k].lower != "whose" || x.toks[k-1].text != "," {
		return -1
	}
	mi := x.mentionEndAt(k - 2)
	if mi < 0 || x.ments[mi].weak {
		return -1
	}
	if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution {
		return e
	}
	return -1
}

// partyFrom returns the party a role is said to be from or for ("an MP
// from the ruling Y Party", "a Folketing member from the Y Party", "a
// Finnish MEP for the Centre Party": the chamber is the role's qualifier,
// the party counts too), or -1. "From" names a place of origin as often
// ("a lawmaker from Texas", "an envoy from the European Union"), so only a
// party counts, only for a role that is not a diplomat's, and not a party
// that owns what follows ("a lawmaker from the Y Party's main rival").
func (x *doc) partyFrom(r *roleSpan) int {
	s := &x.sents[r.sent]
	if r.t1+1 >= s.t1 || x.toks[r.t1].lower != "from" && x.toks[r.t1].lower != "for" || r.tp.diplo || r.tp.honor {
		return -1
	}
	mi := x.mentionStartAt(x.skipOrgModifiers(r.t1+1, s.t1))
	if mi < 0 || x.ments[mi].weak {
		return -1
	}
	if m := &x.ments[mi]; m.t1 < s.t1 && x.toks[m.t1].kind == tkPoss {
		return -1 // "a lawmaker from the Y Party's main rival": the rival's
	}
	if e := x.ments[mi].ent; e >= 0 && x.ents[e].kind == "party" {
		return e
	}
	return -1
}

// servesOtherBody reports whether person p is known to hold a post at a
// body other than inst, where inst, the body a definite role phrase names,
// is not a state either: "Head of the Y (YC) X … The Head of Estonia's
// foreign ministry said" speaks of another head. A party membership and a
// past post are no such post: "Republican Senator X became chairman ... The
// chairman of the Y Committee" is still X.
func (x *doc) servesOtherBody(p, inst int) bool {
	if inst < 0 || x.ents[inst].kind == "state" {
		return false
	}
	for _, a := range x.affs {
		if a.person == p && a.inst != inst && x.ents[a.inst].kind != "state" && x.ents[a.inst].kind != "party" && holdsPost(a) {
			return true
		}
	}
	return false
}

// shortFormBefore reads a body's short form in brackets that ends at token
// k, right before a title ("Pacific Islands Forum (PIF) Secretary General
// X"): one or two capitalised words in brackets after the body's name. It
// returns the last token of the name, or -1 when no named body that is not
// a state comes before such brackets.
func (x *doc) shortFormBefore(k, lo int) int {
	if k-2 < lo || x.toks[k].text != ")" {
		return -1
	}
	for j := k - 1; j > lo && j >= k-3; j-- {
		if x.toks[j].text == "(" {
			if j == k-1 {
				return -1
			}
			mi := x.mentionEndAt(j - 1)
			if mi < 0 || x.ments[mi].ent < 0 || x.ents[x.ments[mi].ent].typ != TypeInstitution || x.ents[x.ments[mi].ent].kind == "state" {
				return -1
			}
			return j - 1
		}
		if x.toks[j].kind != tkWord || !x.toks[j].cap {
			return -1
		}
	}
	return -1
}

// skipShortForm skips a body's short form in brackets at token k ("the
// Chairman of the Palm Growers Association (PGA), X"): one or two tokens
// and the closing bracket. It returns k unchanged when no such brackets
// open there.
func (x *doc) skipShortForm(k, end int) int {
	if k >= end || x.toks[k].text != "(" {
		return k
	}
	for j := k + 1; j < end && j <= k+3; j++ {
		if x.toks[j].text == ")" {
			return j + 1
		}
		if x.toks[j].kind != tkWord || !x.toks[j].cap {
			return k
		}
	}
	return k
}

// possDets open an appositive as an article does: "X, its irrigation
// minister, said".
var possDets = set("its", "his", "her", "their")

// possessorBefore returns the token before role r, or, when lower-case
// qualifiers stand between a possessive and the role ("Ethiopia's water
// minister", "the bloc's farm commissioner"), the possessive itself, so
// that the noun phrase starts at the possessor.
func (x *doc) possessorBefore(r *roleSpan) int {
	lo := x.sents[r.sent].t0
	k := r.t0 - 1
	for j, n := k, 0; n < 3 && j > lo; n++ {
		st, ok := x.qualSkip(j, lo)
		if !ok || x.tokRole[j] >= 0 {
			break
		}
		j = st - 1
		if x.toks[j].kind == tkPoss {
			return j
		}
	}
	return k
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
	// (i) title before a name: "U.S. President Joe Biden", "Saudi Energy
	// Minister Prince Abdulaziz bin Salman"
	nameAt := r.t1
	if nameAt < s.t1 && x.tokRole[nameAt] >= 0 && (x.roles[x.tokRole[nameAt]].tp.title || x.roles[x.tokRole[nameAt]].tp.honor) {
		nameAt = x.roles[x.tokRole[nameAt]].t1
		// "Defence Minister Gen. (ret.) X"
		if nameAt+3 < s.t1 && x.toks[nameAt].text == "(" && x.toks[nameAt+1].lower == "ret" {
			q := nameAt + 2
			if x.toks[q].text == "." {
				q++
			}
			if x.toks[q].text == ")" {
				nameAt = q + 1
			}
		}
	}
	if nameAt < s.t1 && x.toks[nameAt].text == "(" && r.tp.title && x.toks[r.t0].cap {
		// "Pacific Islands Forum Secretary General (SG) X": the title's
		// short form in brackets before the name
		if b := x.skipShortForm(nameAt, s.t1); b > nameAt && b < s.t1 {
			nameAt = b
		}
	}
	if mi := x.mentionStartAt(nameAt); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		person = x.ments[mi].ent
	} else if after > r.t1 && r.tp.title && x.toks[r.t0].cap && after < s.t1 && (x.toks[after-1].kind == tkWord || x.toks[after-1].text == ")") {
		// "Under Secretary of the Navy X", "Ambassador to the
		// Philippines X": the name after the title's qualifier, and
		// after the body's short form ("Head of the Y (YC) X")
		if x.toks[after-1].kind == tkWord {
			after = x.skipShortForm(after, s.t1)
		}
		if mi := x.mentionStartAt(after); mi >= 0 && x.isPerson(x.ments[mi].ent) {
			person = x.ments[mi].ent
		}
	} else if r.tp.title && x.toks[r.t0].cap {
		person = x.portfolioHolder(r)
	}
	// (ii) role, then the name: "the Russian Ambassador to Washington,
	// Pavel Orlov," or "China's special representative for Eurasian
	// affairs, Zhou Minghao,"
	if person < 0 {
		after = x.skipShortForm(after, s.t1)
		if after+1 < s.t1 && x.toks[after].text == "-" && !x.toks[after+1].space && x.tokRole[after+1] >= 0 {
			after = x.roles[x.tokRole[after+1]].t1 // "Director-General for Fisheries, X": one title written as two
		}
		for k := after; k < s.t1 && k < after+8; k++ {
			t := &x.toks[k]
			if t.text == "," {
				// "defence minister, Col. X", "foreign minister, Dr. X",
				// "Minister of Roads, Bridges and Ports, Dr. X"
				person = x.appositivePerson(r.sent, k, 0)
				if person >= 0 && x.quoteSourceAfter(r, k) {
					return // "Y met the ambassador of S in Kyiv, X said": X is the source, not the holder
				}
				if person < 0 {
					person = x.describedHolder(r.sent, k+1) // "its owner, Maltese trader X"
				}
				break
			}
			if t.kind != tkWord || x.tokRole[k] >= 0 || x.lx.speech[t.lower] || x.tokMent[k] >= 0 && x.isPerson(x.ments[x.tokMent[k]].ent) {
				break
			}
		}
	}
	p, def := x.npStart(r)
	// (iii) appositive after a name or a chained role
	if person < 0 && p-1 >= s.t0 {
		switch x.toks[p-1].text {
		case ",", "(":
			if mi := x.mentionEndAt(x.skipAge(p-2, s.t0)); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				person = x.ments[mi].ent
			} else if p-2 >= s.t0 {
				if rj := x.tokRole[p-2]; rj >= 0 {
					if pp, ok := x.roleRef[int(rj)]; ok && pp >= 0 {
						person = pp
					}
				}
			}
		case "and":
			if x.toks[x.possessorBefore(r)].kind == tkPoss {
				break // "Minister X and the Commission's director": a new owner, a new holder
			}
			for rj := ri - 1; rj >= 0 && x.roles[rj].sent == r.sent; rj-- {
				if pp, ok := x.roleRef[rj]; ok && pp >= 0 {
					person = pp
					break
				}
			}
		default:
			// "a former deputy governor at Y": the lexicon reads "former
			// deputy" as a role of its own, right before this one; both
			// are one office of the person the first belongs to
			if rj := x.tokRole[p-1]; rj >= 0 && x.roles[rj].t1 == p && x.roles[rj].sent == r.sent && x.roles[rj].head == "deputy" {
				if pp, ok := x.roleRef[int(rj)]; ok && pp >= 0 {
					person = pp
				}
			}
		}
	}
	// (vi) a copula or "as": "Mensah, 49, is a graduate of …", "served as envoy"
	if person < 0 && p-1 >= s.t0 {
		switch x.toks[p-1].lower {
		case "is", "was", "became", "becomes", "remains", "remained", "as":
			v := p - 1
			if x.toks[v].lower == "as" && v-1 > s.t0 {
				switch x.toks[v-1].lower {
				case "served", "serves", "serving", "worked", "works", "working", "acted", "acts", "appointed", "named", "sworn", "took", "stayed":
					v-- // "X served as Japan's ambassador"
				}
			}
			if e, _ := x.subjectOf(r.sent, v); x.isPerson(e) {
				person = e
			} else if x.toks[v].lower == "as" {
				person = x.describedAsHolder(r.sent, v)
			}
		}
	}
	// (vii) a fronted appositive: "A former captain in the Nigerian Navy,
	// he …"
	if person < 0 && !def {
		person = x.frontedHolder(r, p)
	}
	// (v) a table row: "Denis Volkov Trade Envoy Russia"
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
			if r.tp.implied != "" && (inst < 0 || x.ents[inst].key == usKey && !r.tp.state) {
				if e := x.impliedBody(r); e >= 0 {
					inst = e
					x.impliedSpan(e, r)
				}
			}
		}
	}
	// (iv) "The Chinese envoy, …": the nearest compatible person
	if person < 0 && np && def {
		person = x.resolveRole(r, p)
		if person >= 0 && x.servesOtherBody(person, inst) {
			person = -1 // "the head of Estonia's foreign ministry" is not the head of Y named before
		}
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
	if pa := x.partyFrom(r); pa >= 0 && pa != person {
		x.addAff(person, pa, r.text, r.sent, 0.7) // "an MP from the ruling Y Party"
	}
	if inst < 0 || inst == person || r.tp.honor {
		return
	}
	if x.ents[inst].kind == "state" {
		pe.states = append(pe.states, x.ents[inst].key)
	}
	if pm := x.mentionEndAt(r.t0 - 1); pm >= 0 && r.tp.occup && x.ments[pm].ent >= 0 && x.ments[pm].ent != inst && x.ents[x.ments[pm].ent].kind == "party" {
		// "a Labour member of the Y Committee": the committee is the
		// qualifier (occupationOf), the party still counts
		x.addAff(person, x.ments[pm].ent, "member", r.sent, 0.7)
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
	// a state's ministry or embassy: the person also works for the state
	// when the post is one of the state's (speaksForState). An agency,
	// commission or council of the state keeps its officials to itself
	// ("head of Norway's Directorate of Mining").
	if k := x.ents[inst].kind; k != "ministry" && k != "embassy" || k == "ministry" && !speaksForState(r) {
		return
	}
	if st := x.employerState(inst); st >= 0 && st != person {
		dup := false
		for _, a := range x.affs {
			dup = dup || a.person == person && a.inst == st
		}
		if !dup {
			x.affs = append(x.affs, affiliation{person: person, inst: st, role: r.text, sent: r.sent, conf: conf * 0.9})
			pe.states = append(pe.states, x.ents[st].key)
		}
	}
}

// speaksForState reports whether a ministry's official also holds a post
// of the state itself: the ministry's spokesperson speaks for the
// government, its minister, state secretary or secretary-general leads
// it, its ambassador and adviser represent the state. Officials below
// that ("the State Department's special envoy", "an under secretary",
// "a director general at the trade ministry", "a vice minister") work
// for the ministry only; the annotation records the ministry alone.
func speaksForState(r *roleSpan) bool {
	switch r.head {
	case "spokesman", "spokeswoman", "spokesperson", "ambassador", "adviser", "advisor":
		return true
	case "minister":
		return !strings.Contains(r.text, "vice ")
	case "secretary-general", "general":
		return strings.Contains(r.text, "secretary")
	case "secretary":
		return strings.Contains(r.text, "state secretary") || strings.Contains(r.text, "permanent secretary") ||
			strings.Contains(r.text, "secretary of state")
	}
	return false
}

// skipAge steps back over an age set off by commas between a name and its
// appositive: at k (the token before the appositive's comma) "Kanzaki, 48,
// a former engineer at Y" has "48" and a comma before it, so the name ends
// two tokens earlier. News style puts a person's age there and nothing
// else of that shape ("In 2019, 48 firms" has no comma after the number);
// the caller still requires a person's name to end there. Otherwise k.
func (x *doc) skipAge(k, lo int) int {
	if k-2 < lo || x.toks[k].kind != tkNum || len(x.toks[k].text) > 3 || !isDigits(x.toks[k].text) || x.toks[k-1].text != "," {
		return k
	}
	return k - 2
}

// personOfOrg links "Ravi Rao of the Harbor Institute" and "X at
// Harvard University": a person directly followed by of/at/from and a
// named organisation (not a state or a place).
func (x *doc) personOfOrg() {
	for mi := range x.ments {
		m := &x.ments[mi]
		if !x.isPerson(m.ent) || m.t1+1 >= len(x.toks) {
			continue
		}
		s := &x.sents[m.sent]
		if s.heading || s.question {
			continue
		}
		k := m.t1
		if k+1 < s.t1 && x.toks[k].text == "," && x.toks[k+1].lower == "of" {
			k++ // "X, of the Y, said"
		}
		if k >= s.t1 {
			continue
		}
		if x.toks[k].text == "(" {
			x.bracketedBody(m, k)
			continue
		}
		if x.toks[k].lower == "of" || x.toks[k].lower == "for" {
			if x.pairedStates(m, k) {
				continue
			}
		}
		if l := x.toks[k].lower; l != "of" && l != "at" && l != "from" {
			continue
		}
		q := k + 1
		if q < s.t1 && x.toks[q].lower == "the" {
			q++
		}
		q = x.placeBased(q, s.t1) // "of the Moscow-based Y", "of the Kuala Lumpur-based Y"
		if q >= s.t1 {
			continue
		}
		q = x.seatedBody(q, s.t1) // "of London law firm Y"
		if mj := x.mentionStartAt(q); mj < 0 || x.ments[mj].ent < 0 || x.ents[x.ments[mj].ent].typ == TypePlace {
			q = x.describedBodyStart(q, s.t1) // "of the firm Y", "of the opposition Y"
		}
		oj := x.mentionStartAt(q)
		if oj < 0 {
			continue
		}
		o := x.ments[oj].ent
		if o < 0 || x.ents[o].typ != TypeInstitution || x.ments[oj].weak {
			continue
		}
		role := "member"
		if x.ents[o].kind == "state" {
			// "Foreign Minister Igor Markov of Russia": only with a title
			// before the name (a place of origin is not an affiliation)
			rb := x.roleCovering(m.t0 - 1)
			if rb == nil || rb.t1 != m.t0 || !rb.tp.title || rb.tp.honor {
				continue
			}
			role = rb.text
		}
		dup := false
		for _, a := range x.affs {
			if a.person == m.ent && a.inst == o {
				dup = true
				break
			}
		}
		if !dup {
			x.affs = append(x.affs, affiliation{person: m.ent, inst: o, role: role, sent: m.sent, conf: 0.6})
		}
	}
}

// pairedStates reads two people set side by side, each with a state:
// "A of X and B of Y held talks", "General A for X and General B for Y",
// "A of X and Y's B". Neither name has a title before it (the office
// was named in the sentence before: "The foreign ministers have been
// talking."), but two holders listed by their states represent them;
// a single "A of X" is only a place of origin. k is the "of" or "for"
// after m, the first person. It links A (and B, when written "B of Y")
// and reports whether it read such a pair.
func (x *doc) pairedStates(m *mention, k int) bool {
	s := &x.sents[m.sent]
	sa := x.stateMentAt(k+1, s.t1)
	if sa < 0 {
		return false
	}
	q := x.ments[sa].t1
	if q+1 >= s.t1 || x.toks[q].lower != "and" {
		return false
	}
	q++
	if rj := x.tokRole[q]; rj >= 0 && x.roles[rj].t0 == q && x.roles[rj].tp.title && !x.roles[rj].plural {
		q = x.roles[rj].t1 // "and General B for Y"
	}
	a, st := m.ent, x.ments[sa].ent
	other, ost, named := -1, -1, false
	if mi := x.mentionStartAt(q); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		// "B of Y" / "B for Y": the same word as A's
		named = true
		e := x.ments[mi].t1
		if e+1 < s.t1 && x.toks[e].lower == x.toks[k].lower {
			if sb := x.stateMentAt(e+1, s.t1); sb >= 0 {
				other, ost = x.ments[mi].ent, x.ments[sb].ent
			}
		}
	} else if sb := x.stateMentAt(q, s.t1); sb >= 0 {
		// "Y's B"
		e := x.ments[sb].t1
		if e+1 < s.t1 && x.toks[e].kind == tkPoss {
			if mi := x.mentionStartAt(e + 1); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				other, ost = x.ments[mi].ent, x.ments[sb].ent
			}
		}
	}
	if other < 0 || other == a || ost == st || !x.pluralOfficeBefore(m) {
		return false
	}
	role := "representative"
	if rb := x.roleCovering(m.t0 - 1); rb != nil && rb.t1 == m.t0 && rb.tp.title && !rb.tp.honor {
		role = rb.text
	}
	x.addAff(a, st, role, m.sent, 0.6)
	x.ents[a].states = append(x.ents[a].states, x.ents[st].key)
	if named {
		role = "representative"
		if rb := x.roleCovering(q - 1); rb != nil && rb.t1 == q && rb.tp.title && !rb.tp.honor {
			role = rb.text // "and President B of Y"
		}
		x.addAff(other, ost, role, m.sent, 0.6)
		x.ents[other].states = append(x.ents[other].states, x.ents[ost].key)
	}
	return true
}

// pluralOfficeBefore reports whether an office is named in the plural
// in m's sentence before m or in the sentence before ("the two prime
// ministers", "The foreign ministers have kept talking."): the pair
// holds it for their states. Without it "A of X and B of Y crossed the
// line together" names two sailors and where they come from.
func (x *doc) pluralOfficeBefore(m *mention) bool {
	t0 := x.sents[m.sent].t0
	if m.sent > 0 {
		t0 = x.sents[m.sent-1].t0
	}
	for q := t0; q < m.t0; q++ {
		if rj := x.tokRole[q]; rj >= 0 {
			if o := &x.roles[rj]; o.plural && o.tp.title && !o.tp.occup && !o.tp.honor {
				return true
			}
		}
	}
	return false
}

// stateMentAt returns the mention of a state that starts at token q (or
// after "the" there), or -1.
func (x *doc) stateMentAt(q, end int) int {
	if q < end && x.toks[q].lower == "the" {
		q++
	}
	if q >= end {
		return -1
	}
	mi := x.mentionStartAt(q)
	if mi < 0 || x.ments[mi].weak {
		return -1
	}
	if e := x.ments[mi].ent; e < 0 || x.ents[e].typ != TypeInstitution || x.ents[e].kind != "state" {
		return -1
	}
	return int(mi)
}

// describedBodyStart skips up to two words between "X of the" and a
// body's name that say what kind of body it is ("the firm Y", "the
// opposition Y", "the exchange house Y"; placeBased reads a seat compound
// before them). It returns the first token of the name when a named body
// starts there, else q: "Ana Ruiz of the city council of Y" and other
// lower-case phrases are left alone.
func (x *doc) describedBodyStart(q, end int) int {
	k := q
	for n := 0; n < 2 && k < end; n++ {
		t := &x.toks[k]
		if t.kind != tkWord || t.cap || x.tokMent[k] >= 0 || !bodyDescriptors[t.lower] && !genericInstNouns[t.lower] && orgNouns[t.lower] == "" && !firmNouns[t.lower] {
			break
		}
		k++
	}
	if k == q || k >= end {
		return q
	}
	if mi := x.mentionStartAt(k); mi >= 0 && !x.ments[mi].weak {
		if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution && x.ents[e].kind != "state" {
			return k
		}
	}
	return q
}

// bodyDescriptors are lower-case words that say what a body is, before its
// name, beside genericInstNouns, orgNouns and firmNouns.
var bodyDescriptors = set("opposition", "ruling", "governing", "consultancy", "watchdog", "broker", "brokerage", "nonprofit", "charity", "foundation", "network", "coalition")

// bracketedBody links a person to the body written in brackets right
// after the name, as lists of delegates and panels do: "A (Pacific
// Fisheries Council), B (University of X)". Only a named body that fills
// the brackets; a state or a party (a constituency, a birthplace, "(D)")
// is left alone.
func (x *doc) bracketedBody(m *mention, open int) {
	end := x.sents[m.sent].t1
	if open+1 >= end {
		return
	}
	oj := x.mentionStartAt(open + 1)
	if oj < 0 || x.ments[oj].weak || x.ments[oj].t1 >= end || x.toks[x.ments[oj].t1].text != ")" {
		return
	}
	if o := x.ments[oj].ent; o >= 0 && x.ents[o].typ == TypeInstitution && x.ents[o].kind != "state" && x.ents[o].kind != "party" {
		x.addAff(m.ent, o, "member", m.sent, 0.6)
	}
}

// statesPerson links "Kenya's Ruto", "Hungary's Orban" (a headline's way
// of naming a country's leader) when no role tied them already.
func (x *doc) statesPerson() {
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.ent < 0 || x.ents[m.ent].kind != "state" || m.weak || m.t1+1 >= len(x.toks) || x.toks[m.t1].kind != tkPoss {
			continue
		}
		pm := x.mentionStartAt(m.t1 + 1)
		if pm < 0 || !x.isPerson(x.ments[pm].ent) {
			continue
		}
		p, st := x.ments[pm].ent, m.ent
		known := false
		for _, a := range x.affs {
			known = known || a.person == p && (a.inst == st || x.ents[a.inst].kind == "state")
		}
		if known {
			continue
		}
		role := "leader"
		if roles := x.ents[p].roles; len(roles) > 0 {
			role = roles[0]
		}
		x.affs = append(x.affs, affiliation{person: p, inst: st, role: role, sent: m.sent, conf: 0.6})
		x.ents[p].states = append(x.ents[p].states, x.ents[st].key)
	}
}

// ledBy links "the Democratic Alliance, led by John Steenhuisen" and
// "X, headed by Y": the person leads the organisation.
func (x *doc) ledBy() {
	for k := 1; k+2 < len(x.toks); k++ {
		l := x.toks[k].lower
		if (l != "led" && l != "headed" && l != "chaired" && l != "founded") || x.toks[k+1].lower != "by" {
			continue
		}
		q := k + 2
		for n := 0; n < 3 && q < len(x.toks) && x.tokMent[q] < 0; n++ {
			if x.tokRole[q] >= 0 {
				q = x.roles[x.tokRole[q]].t1 // "led by General X"
			} else if x.toks[q].kind == tkWord && !x.toks[q].cap && x.toks[q].lower != "the" {
				q++ // "led by retired General X"
			} else {
				break
			}
		}
		pm := x.mentionStartAt(q)
		if pm < 0 || !x.isPerson(x.ments[pm].ent) {
			continue
		}
		si := x.ments[pm].sent
		q = k - 1
		if q >= x.sents[si].t0 && x.toks[q].text == "," {
			q--
		}
		delegation := false
		if q > x.sents[si].t0 && ledGroups[x.toks[q].lower] && x.tokMent[q] < 0 {
			// "a SADC delegation led by X": X heads it for the body
			q--
			delegation = true
		}
		om := x.mentionEndAt(q)
		if om < 0 || q < x.sents[si].t0 {
			continue
		}
		o := x.ments[om].ent
		if o < 0 || x.ents[o].typ != TypeInstitution || x.ents[o].kind == "state" && !delegation || x.ments[om].weak {
			continue
		}
		role := "leader"
		if l == "founded" {
			role = "founder"
		} else if delegation {
			role = "delegation head"
		}
		x.addAff(x.ments[pm].ent, o, role, si, 0.7)
	}
	x.clauseBodies()
}

// clauseBodies links a person to the body a clause about them names:
// "X, who heads the Accra-based Y", "X of Z, who chairs Y this year",
// "X, an economist at W who advised Y until 2024", "X, who now teaches
// economics at Y", "X, who holds the rotating Y chairmanship", and in a
// main clause in the present or perfect "X has run Y since 2019" (not
// "X led Y", which may be one event). The body must be named and not a
// state: "who leads Russia's team" is not Russia's leader.
func (x *doc) clauseBodies() {
	for si := range x.sents {
		x.clauseBodiesIn(si)
	}
}

// clauseBodiesIn is clauseBodies for sentence si.
func (x *doc) clauseBodiesIn(si int) {
	s := &x.sents[si]
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		if t := &x.toks[k]; t.kind != tkWord || t.cap || len(t.lower) < 3 {
			continue
		}
		verb := x.toks[k].lower
		role, ok := gatedLookup(&clauseVerbsGate, clauseVerbs, verb)
		if !ok || x.tokMent[k] >= 0 {
			continue
		}
		m := k - 1
		perfect := false
		for m > s.t0 && clauseAdverbs[x.toks[m].lower] {
			perfect = perfect || x.toks[m].lower == "has" || x.toks[m].lower == "have"
			m--
		}
		p := -1
		if x.toks[m].lower == "who" {
			p = x.relativeAntecedent(si, m)
		} else if pm := x.mentionEndAt(m); pm >= 0 && x.isPerson(x.ments[pm].ent) && (perfect || strings.HasSuffix(verb, "s")) {
			p = x.ments[pm].ent // "X has run Y", "X heads Y"
		}
		if p < 0 {
			continue
		}
		q := k + 1
		switch {
		case role == "lecturer" || role == "staff":
			// "teaches economics at Y", "lectures in hydrology at Y"
			for n := 0; n < 4 && q < s.t1 && x.toks[q].lower != "at" && x.toks[q].kind == tkWord && !x.toks[q].cap; n++ {
				q++
			}
			if q >= s.t1 || x.toks[q].lower != "at" && !(role == "staff" && x.toks[q].lower == "for") {
				continue
			}
			q++
		case role == "member":
			if q = x.seatBody(q, si); q < 0 {
				continue
			}
		case verb == "holds" || verb == "held":
			// "holds the rotating Y chairmanship"
			q = x.skipOrgModifiers(q, s.t1)
			om := x.mentionStartAt(q)
			if om < 0 || x.ments[om].t1 >= s.t1 || !chairNouns[x.toks[x.ments[om].t1].lower] {
				continue
			}
		}
		if o := x.clauseBody(q, si); o >= 0 {
			x.addAff(p, o, role, si, 0.7)
		}
	}
}

// relativeAntecedent returns the person a "who" at token w refers to:
// "X, who", "X of Y, who" or "X, an economist at Y who"; -1 otherwise.
func (x *doc) relativeAntecedent(si, w int) int {
	s := &x.sents[si]
	c := w - 1
	if c > s.t0 && x.toks[c].text == "," {
		pm := x.mentionEndAt(c - 1)
		if pm >= 0 && x.isPerson(x.ments[pm].ent) {
			return x.ments[pm].ent
		}
		// "X of Antigua and Barbuda, who", "X of Massachusetts,
		// who": a name, "of" and a place or body
		o := c - 1
		if pm >= 0 {
			o = x.ments[pm].t0 - 1
		} else {
			for n := 0; n < 4 && o > s.t0 && x.toks[o].cap && x.tokMent[o] < 0; n++ {
				o--
			}
		}
		if o-1 >= s.t0 && o < c-1 && x.toks[o].lower == "of" {
			if pp := x.mentionEndAt(o - 1); pp >= 0 && x.isPerson(x.ments[pp].ent) {
				return x.ments[pp].ent
			}
		}
		return -1
	}
	// "X, an economist at the Y who": an appositive without a verb or
	// another person between the name and "who"
	for k := w - 1; k > s.t0 && k >= w-14; k-- {
		t := &x.toks[k]
		if mi := x.tokMent[k]; mi >= 0 && x.isPerson(x.ments[mi].ent) || x.lx.speech[t.lower] || clauseWords[t.lower] && t.lower != "in" && t.lower != "at" {
			return -1
		}
		if t.text == "," && articleLike[x.toks[k+1].lower] {
			if pm := x.mentionEndAt(k - 1); pm >= 0 && x.isPerson(x.ments[pm].ent) {
				return x.ments[pm].ent
			}
			return -1
		}
		if t.kind == tkPunct && t.text != "-" {
			return -1
		}
	}
	return -1
}

// clauseVerbs lead a clause that names the body a person serves, with the
// role they give.
var clauseVerbs = map[string]string{"heads": "head", "headed": "head", "leads": "head", "led": "head",
	"chairs": "chair", "chaired": "chair", "runs": "head", "ran": "head", "run": "head", "directs": "director", "directed": "director",
	"commands": "commander", "commanded": "commander", "advises": "adviser", "advised": "adviser", "founded": "founder", "owns": "owner",
	"teaches": "lecturer", "taught": "lecturer", "lectures": "lecturer", "lectured": "lecturer", "works": "staff", "worked": "staff",
	"holds": "chair", "held": "chair", "represents": "member", "represented": "member", "sits": "member", "sat": "member"}

// clauseVerbsGate is clauseVerbs' gate (see wordGate): clauseBodiesIn
// looks up every lower-case word.
var clauseVerbsGate = gateOf(clauseVerbs)

// seatBody finds where the body of a seat clause starts, from token q
// after the verb: the body itself ("who represents the Y Authority"), or
// the body after a preposition past a constituency ("who represents
// Harburg in the Y", "who sits for the Y Party", "who sits on the transport
// committee of the Y"), which must be a chamber, council or party (a body
// one sits in). Lower-case words count only after the first preposition:
// "represents him in the Z" is a lawyer's brief, "sat down with the Z" a
// meeting; a clause word after a preposition ends the search ("represents
// Y in talks with the Z"), and so does a name that is neither a place nor
// such a body. It returns -1 when no body follows.
func (x *doc) seatBody(q, si int) int {
	s := &x.sents[si]
	d := q
	if d < s.t1 && x.toks[d].lower == "the" {
		d++
	}
	if mi := x.mentionStartAt(d); mi >= 0 && !x.ments[mi].weak {
		if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution && x.ents[e].kind != "state" {
			return d
		}
	}
	prep := false
	for n := 0; n < 10 && q < s.t1; n++ {
		t := &x.toks[q]
		if mi := x.tokMent[q]; mi >= 0 {
			if e := x.ments[mi].ent; e < 0 || x.ents[e].typ != TypePlace && x.ents[e].kind != "state" {
				return -1 // "represents Acme in court"
			}
			q = x.ments[mi].t1 // the constituency
			continue
		}
		switch {
		case t.lower == "in" || t.lower == "on" || t.lower == "of" || t.lower == "for":
			b := x.skipOrgModifiers(q+1, s.t1)
			for j := q + 1; j < b; j++ {
				if clauseWords[x.toks[j].lower] {
					return -1 // "in talks with the Z": something else
				}
			}
			if o := x.clauseBody(q+1, si); o >= 0 && (committeeKinds[x.ents[o].kind] || x.ents[o].kind == "party") {
				return q + 1
			}
			prep = true
		case t.kind != tkWord || !t.cap && !prep:
			return -1
		}
		q++ // a constituency the lexicon lacks, or a seat's words
	}
	return -1
}

// clauseAdverbs may stand between "who" (or a name) and its verb.
var clauseAdverbs = set("now", "also", "currently", "still", "has", "have", "had", "once", "previously", "formerly", "later", "long", "jointly")

// chairNouns name a rotating office held by a body's member.
var chairNouns = set("chairmanship", "presidency", "chair")

// clauseBody returns the body a relative clause names from token q on
// ("who heads the Accra-based Y", "who chairs the budget
// committee of the Y", "who chairs the bloc": the body of that kind
// named last), or -1; never a state.
func (x *doc) clauseBody(q, si int) int {
	s := &x.sents[si]
	if q+2 < s.t1 && x.toks[q].lower == "the" && genericInstNouns[x.toks[q+1].lower] && x.tokMent[q+1] < 0 && x.toks[q+2].kind == tkPunct {
		return x.genericPossessor(si, q+1)
	}
	q = x.skipOrgModifiers(q, s.t1)
	if q+1 < s.t1 && x.toks[q].lower == "the" && x.toks[q-1].lower == "of" {
		q++ // "the budget committee of the Y"
	}
	om := x.mentionStartAt(q)
	if om < 0 || x.ments[om].weak {
		return -1
	}
	if o := x.ments[om].ent; o >= 0 && x.ents[o].typ == TypeInstitution && x.ents[o].kind != "state" {
		return o
	}
	return -1
}

// skipOrgModifiers skips what may stand between a preposition and an
// organisation's name: "the", lower-case adjectives and a place-based
// compound ("the Karachi-based", "a Helsinki-based"). It returns the
// first token of the name.
func (x *doc) skipOrgModifiers(q, end int) int {
	if q < end && (x.toks[q].lower == "the" || x.toks[q].lower == "a" || x.toks[q].lower == "an") {
		q++
	}
	for n := 0; n < 4 && q < end; n++ {
		if b := x.placeBased(q, end); b > q {
			q = b // "Monterrey-based", "Kuala Lumpur-based"
			continue
		}
		if b := x.seatedBody(q, end); b > q {
			return b // "the Lisbon law firm Y", "Oslo's Y"
		}
		if b := x.shortOwnerBody(q, end); b > q {
			return b // "the North's Y"
		}
		if x.toks[q].kind == tkWord && !x.toks[q].cap && x.tokMent[q] < 0 && !x.lx.speech[x.toks[q].lower] && x.toks[q].lower != "and" ||
			x.toks[q].text == "-" && !x.toks[q].space && x.tokMent[q] < 0 {
			q++ // "the far-right"
			continue
		}
		break
	}
	return q
}

// clauseWords end a title's portfolio: what follows them is a clause.
var clauseWords = set("who", "whose", "which", "that", "is", "was", "are", "were", "has", "had", "have", "will", "would", "in", "at", "to", "on", "with", "from", "by")

// seatedBody skips a place (or a state, also a capital standing for it)
// named at q as the seat of the body that follows: "a partner at the
// Lisbon law firm Y", "an analyst at the Prague consultancy Y", "head of
// research at Oslo's Y", "a lawyer of Athens firm Y". The place is followed
// by a possessive or by one to four lower-case words (seatWords), and then a named
// body that is not a state must start; then the body's first token is
// returned. Otherwise q: without a body after it the place is what the
// phrase names ("an official at the Madrid ministry"). The seat may also
// be a state's possessive with such words ("head of Russia's food safety
// watchdog Y"), a demonym in a compound ("the Chinese-led Y") or another
// body with such words ("head of the UN peacekeeping mission Y"): without
// this the qualifier stops at the seat and gives its state or body.
func (x *doc) seatedBody(q, end int) int {
	mi := x.mentionStartAt(q)
	if mi < 0 && q > 0 && articleLike[x.toks[q-1].lower] {
		mi = x.mentionStartAt(q - 1) // a mention that took its article: "the UN"
	}
	if mi < 0 {
		return q
	}
	m := &x.ments[mi]
	if m.ent < 0 || x.ents[m.ent].typ != TypePlace && x.ents[m.ent].typ != TypeInstitution {
		return q
	}
	// a body that is not a state seats another only through a description
	// ("the UN peacekeeping mission Y"): "the UN's Y", "the UN Y" name
	// its own parts
	body := x.ents[m.ent].typ == TypeInstitution && x.ents[m.ent].kind != "state"
	k := m.t1
	if k < end && x.toks[k].kind == tkPoss && !body {
		k = x.seatWords(k+1, end) // "Russia's food safety watchdog Y"
	} else {
		if k+1 < end && x.toks[k].text == "-" && !x.toks[k].space && seatCompounds[x.toks[k+1].lower] {
			k += 2 // "the Chinese-led Y": a description, not the owner
		}
		k = x.seatWords(k, end)
		if k == m.t1 {
			return q
		}
	}
	if k >= end {
		return q // the sentence ends on the seat's words
	}
	oj := x.mentionStartAt(k)
	if oj < 0 || x.ments[oj].weak {
		return q
	}
	if o := x.ments[oj].ent; o < 0 || x.ents[o].typ != TypeInstitution || x.ents[o].kind == "state" {
		return q
	}
	return k
}

// seatCompounds are the words of a compound that turns a state or a
// place before a body into its description: "the Chinese-led Y", "the
// Qatari-owned Y", "a Norwegian-backed Y".
var seatCompounds = set("led", "owned", "backed", "run", "funded", "controlled")

// seatWords skips from k the lower-case words that describe a body after
// its seat (seatNoun: "law firm", "think-tank", "catering and logistics
// firm"; "and" only between two such words) and returns the token after
// them, k when there are none.
func (x *doc) seatWords(k, end int) int {
	for n := 0; n < 4 && k < end && x.seatNoun(k); n++ {
		k++
		if k+1 < end && x.toks[k].text == "-" && !x.toks[k].space && x.seatNoun(k+1) {
			k += 2 // "think-tank"
		}
		if k+1 < end && x.toks[k].lower == "and" && x.seatNoun(k+1) {
			k++ // "catering and logistics firm"
		}
	}
	return k
}

// shortOwnerBody skips an owner the text names by one capitalised word
// the lexicon does not know, with a possessive, before a named body: "the
// North's Committee for Y" (a state's short name), "the Kingdom's Y". A
// day or a month is no owner: "a speaker at Monday's Y session" is at an
// event. It returns the body's first token, or q when no body that is not
// a state follows.
func (x *doc) shortOwnerBody(q, end int) int {
	if q+2 >= end || x.toks[q].kind != tkWord || !x.toks[q].cap || x.tokMent[q] >= 0 || x.tokRole[q] >= 0 || x.toks[q+1].kind != tkPoss {
		return q
	}
	if l := x.toks[q].lower; dayWords[l] || monthWords[l] {
		return q
	}
	mi := x.mentionStartAt(q + 2)
	if mi < 0 || x.ments[mi].weak {
		return q
	}
	if e := x.ments[mi].ent; e < 0 || x.ents[e].typ != TypeInstitution || x.ents[e].kind == "state" {
		return q
	}
	return q + 2
}

// seatNoun reports a lower-case word that may describe a body after its
// seat ("law", "firm", "consultancy"), not a clause, a coordination or a
// speech verb ("the Madrid ministry said Y").
func (x *doc) seatNoun(k int) bool {
	t := &x.toks[k]
	return t.kind == tkWord && !t.cap && x.tokMent[k] < 0 && !clauseWords[t.lower] && !articleLike[t.lower] && t.lower != "of" && t.lower != "and" && !x.lx.speech[t.lower]
}

// placeBased skips a seat compound at token q: one word ("Monterrey-based")
// or a place or state the text names in more words ("Kuala
// Lumpur-based", "Sri Lanka-based"). It returns the token after "based",
// or q when no such compound starts there.
func (x *doc) placeBased(q, end int) int {
	k := q + 1
	if mi := x.mentionStartAt(q); mi >= 0 {
		if e := x.ments[mi].ent; e >= 0 && (x.ents[e].typ == TypePlace || x.ents[e].kind == "state") {
			k = x.ments[mi].t1
		}
	}
	if x.placeCompound(k, end) && x.toks[k+1].lower == "based" {
		return k + 2
	}
	return q
}

// skipPortfolio skips the portfolio of a title written out with "of"
// ("Minister of Inland Fisheries of the Republic of X", "Deputy Minister
// of Roads, Bridges and Ports of X") and the formal style of a state
// ("the Republic of", "the Kingdom of"), so that the qualifier reaches
// the state or body the title belongs to. It returns q unchanged unless
// the skipped words end in "of" before a named body.
func (x *doc) skipPortfolio(q, end int) int {
	k := q
	for n := 0; n < 12 && k < end && x.tokMent[k] < 0; n++ {
		t := &x.toks[k]
		switch {
		case t.lower == "of":
			r := k + 1
			if r < end && x.toks[r].lower == "the" {
				r++
			}
			if x.mentionStartAt(r) >= 0 {
				return r
			}
		case t.text == ",", t.kind == tkWord && x.tokRole[k] < 0 && (t.cap || !clauseWords[t.lower] && !x.lx.speech[t.lower]):
		default:
			return q
		}
		k++
	}
	return q
}

// addAff records an affiliation unless the pair is already known.
func (x *doc) addAff(p, o int, role string, si int, conf float64) {
	if p < 0 || o < 0 || p == o {
		return
	}
	for _, a := range x.affs {
		if a.person == p && a.inst == o {
			return
		}
	}
	x.affs = append(x.affs, affiliation{person: p, inst: o, role: role, sent: si, conf: conf})
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
// phrase's qualifier ("the Chinese envoy" is not the congresswoman).
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
	// "The Foreign Minister later visited …": the person called foreign
	// minister, before one with another minister's title named since
	exact := ""
	if r.tp != nil && strings.IndexByte(r.tp.phrase, ' ') > 0 {
		exact = r.tp.phrase
	}
	first := -1
	for si := r.sent; si >= 0 && si >= r.sent-12; si-- {
		hi := x.sents[si].t1
		if si == r.sent {
			hi = before
		}
		lo := x.sents[si].t0
		for k := hi - 1; k >= lo; k-- {
			e := -1
			if mi := x.tokMent[k]; mi >= 0 && x.ments[mi].t0 == k {
				e = x.ments[mi].ent
			} else if rj := x.tokRole[k]; mi < 0 && rj >= 0 && x.roles[rj].t0 == k && x.roles[rj].text == r.text {
				// "the Foreign Minister toured X. … Later the Foreign
				// Minister saw Y": the same phrase read earlier names
				// the same person, nearer than the name itself
				if p, ok := x.roleRef[int(rj)]; ok {
					e = p
				}
			}
			if e < 0 || !x.isPerson(e) {
				continue
			}
			pe := x.ents[e]
			if !roleCompatible(r.head, pe.roles) || !x.rankFits(r, pe.roles) {
				continue
			}
			if state != "" && len(pe.states) > 0 && !contains(pe.states, state) {
				continue
			}
			if exact == "" {
				return e
			}
			if first < 0 {
				first = e
			}
			for _, pr := range pe.roles {
				if strings.HasSuffix(pr, exact) {
					return e
				}
			}
		}
	}
	return first
}

// rankWords turn an office into another one: a vice or deputy
// minister, a prime minister, a vice-president are not "the minister"
// or "the president" of a text.
var rankWords = []string{"vice", "deputy", "prime", "chief", "associate", "assistant", "under", "junior"}

// rankFits reports that one of roles the role phrase r is compatible
// with carries no rank word the phrase lacks: "the Foreign Minister" is
// not a vice foreign minister named since, nor "the Minister" a prime
// minister. A rank word that is itself of the phrase's
// family ("the premier", a prime minister) does not count.
func (x *doc) rankFits(r *roleSpan, roles []string) bool {
	fam, ok := roleFamilies[r.head]
	if !ok {
		fam = []string{r.head}
	}
	if slices.Contains(fam, "") {
		return true // "the official" is of any rank
	}
	for _, w := range rankWords {
		// the lexicon may read "Deputy Ambassador X" as two roles,
		// "deputy" and "ambassador": the rank is the person's own
		if slices.Contains(roles, w) && !hasWord(r.text, w) && !slices.Contains(fam, w) {
			return false
		}
	}
	for _, role := range roles {
		fit := false
		for _, f := range fam {
			if f == "" || strings.Contains(role, f) {
				fit = true
				break
			}
		}
		if !fit {
			continue
		}
		for _, w := range rankWords {
			if hasWord(role, w) && !hasWord(r.text, w) && !slices.Contains(fam, w) {
				fit = false
				break
			}
		}
		if fit {
			return true
		}
	}
	return false
}

// hasWord reports w a whole word of s, words parted by spaces or hyphens
// ("vice-president" has "vice").
func hasWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		if (a == 0 || s[a-1] == ' ' || s[a-1] == '-') && (b == len(s) || s[b] == ' ' || s[b] == '-') {
			return true
		}
		i = a + 1
	}
	return false
}

func contains(ss []string, s string) bool {
	for _, v := range ss {
		if v == s {
			return true
		}
	}
	return false
}

// qualSkip reports whether token k may sit between a possessor and its
// role ("new", "foreign-policy", "Arctic") and the first token of the
// unit it belongs to.
func (x *doc) qualSkip(k, lo int) (int, bool) {
	t := &x.toks[k]
	if t.text == "-" && !t.space {
		return k, true
	}
	if mi := x.tokMent[k]; mi >= 0 {
		m := &x.ments[mi]
		if m.t1 == k+1 && m.t0 > lo && m.ent >= 0 && x.ents[m.ent].typ == TypePlace {
			return m.t0, true
		}
		return k, false
	}
	if t.kind == tkWord && !t.cap {
		switch t.lower {
		case "its", "his", "her", "their", "the", "a", "an", "and", "or", "but", "of", "who", "which", "that", "said", "says",
			"as", "for", "to", "in", "at", "on", "with", "by", "from", "post", "role", "is", "was", "has", "had", "have", "be", "been", "will", "would":
			return k, false
		}
		if x.lx.speech[t.lower] {
			return k, false
		}
		return k, true
	}
	return k, false
}

// firstBody returns the first institution named in sentence si, or -1.
func (x *doc) firstBody(si int) int {
	s := &x.sents[si]
	for k := s.t0; k < s.t1; k++ {
		if mi := x.tokMent[k]; mi >= 0 && !x.ments[mi].weak {
			if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution {
				return e
			}
		}
	}
	return -1
}

// corporateHeads are roles that belong to a company or body rather than
// a state ("its chief executive").
var corporateHeads = map[string]bool{"executive": true, "officer": true, "director": true, "chairman": true,
	"chairwoman": true, "vice-president": true, "founder": true, "manager": true, "chair": true, "ceo": true, "owner": true}

// itsReferent finds the body "its" refers to in "its deputy foreign
// minister, X": the subject of the clause (the first institution named in
// the sentence before it, else in the sentence before); for a company
// role, the nearest company-like body in the last three sentences.
func (x *doc) itsReferent(r *roleSpan, its int) int {
	if e := x.coordinatedBody(r.sent, its); e >= 0 {
		return e
	}
	corp := corporateHeads[r.head] || corporateHeads[r.tp.phrase]
	for si := r.sent; si >= 0 && si >= r.sent-2; si-- {
		s := &x.sents[si]
		hi := s.t1
		if si == r.sent {
			hi = its
		}
		if corp {
			for k := hi - 1; k >= s.t0; k-- {
				if mi := x.tokMent[k]; mi >= 0 && x.ments[mi].t0 == k {
					if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution {
						switch x.ents[e].kind {
						case "state", "ministry", "parliament", "government", "embassy", "agency", "court":
						case "international":
							// "The World Bank, which …, has been guarded. X,
							// its vice-president": only as the clause subject
							if x.firstBody(si) == e {
								return e
							}
						default:
							return e
						}
					}
				}
			}
			continue
		}
		for k := s.t0; k < hi; k++ {
			if mi := x.tokMent[k]; mi >= 0 && x.ments[mi].t0 == k {
				if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution && !x.ments[mi].weak {
					return e
				}
			}
		}
		if si == r.sent && its > s.t0 && !x.itsOpensClause(s.t0, its) {
			return -1 // a sentence with no body before "its": not a clause subject
		}
	}
	return -1
}

// itsOpensClause reports whether the words before "its" at token its
// (from lo) leave "its" to a body of an earlier sentence, as at the
// opening of a sentence: the holder's name in apposition ("Caught in the
// middle is Kuwait. X, its minister of state, …") or words that name
// nothing ("On Tuesday its envoy"). Any other mention before it, or a
// name not set off by a comma, may be what "its" stands for; so may a
// common noun with its article outside a quotation ("Ghana and the IMF
// reached a deal. The fund said its mission chief, X, …": the fund, not
// the earlier sentence's first body).
func (x *doc) itsOpensClause(lo, its int) bool {
	// the words after the sentence's last quotation mark are the
	// narrator's; a quotation may open in an earlier sentence
	free := lo
	for k := its - 1; k >= lo; k-- {
		if t := x.toks[k].text; t == "\"" || t == "\u201c" || t == "\u201d" {
			free = k + 1
			break
		}
	}
	for k := lo; k < its; k++ {
		// an article opens a common noun that may be what "its" stands for
		// ("the fund said its …")
		if k >= free && articles[x.toks[k].lower] {
			return false
		}
		mi := x.tokMent[k]
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		if !x.isPerson(m.ent) || m.t1 != its-1 || x.toks[its-1].text != "," {
			return false
		}
		k = m.t1 - 1
	}
	return true
}

// coordinatedBody returns the body named right before "and its" or
// "(,) together with its" at token its: "the tribunal fined Vantor
// Dairies and its chairman, Y", "a court struck off the Z Pilots'
// Guild together with its treasurer, W". The coordination names the
// owner outright, whatever body opened the clause. Else -1.
func (x *doc) coordinatedBody(si, its int) int {
	lo := x.sents[si].t0
	j := its - 1
	switch {
	case j > lo && x.toks[j].lower == "and":
		j--
	case j-1 > lo && x.toks[j].lower == "with" && x.toks[j-1].lower == "together":
		j -= 2
		if j > lo && x.toks[j].text == "," {
			j--
		}
	default:
		return -1
	}
	// ", and its" joins clauses ("… closed its port to Y, and its
	// harbourmaster"): j is on the comma, where no mention ends
	mi := x.mentionEndAt(j)
	if mi < 0 || x.ments[mi].weak {
		return -1
	}
	if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution {
		return e
	}
	return -1
}

// stateOffice reports whether a role is an office of a state ("Prime
// Minister", "Vice Premier", "High Commissioner", "Deputy Foreign
// Minister", a cabinet secretary such as "Treasury Secretary", a
// government, ministry or presidential spokesman), whose holder works
// for a state even when the phrase names none.
func (x *doc) stateOffice(r *roleSpan) bool {
	if !r.tp.title || r.tp.honor || r.tp.occup || r.plural {
		return false
	}
	switch r.head {
	case "minister", "premier", "chancellor", "ambassador":
		return true
	case "president":
		// a formal title: "President X", not "president of the society"
		return x.toks[r.t0].cap && !strings.Contains(r.text, "vice") && !strings.Contains(r.text, "former")
	case "commissioner":
		return strings.HasPrefix(r.text, "high ")
	case "secretary":
		return x.cabinetSecretary(r)
	case "spokesman", "spokeswoman", "spokesperson":
		// "government spokesman X", "foreign ministry spokeswoman X" (a
		// lower-case "ministry" stays outside the role's words)
		return strings.Contains(r.text, "government") || strings.Contains(r.text, "ministry") || strings.Contains(r.text, "presidential") ||
			r.t0-1 >= x.sents[r.sent].t0 && x.toks[r.t0-1].text == "ministry"
	}
	return false
}

// cabinetSecretary reports a secretary's title that names a cabinet
// post ("Treasury Secretary", "Foreign Secretary"), not a body's
// secretary-general. Such a post takes its state from the sentence only:
// in a story about the state it sanctions, "Treasury Secretary X" is
// seldom of the state the story names most.
func (x *doc) cabinetSecretary(r *roleSpan) bool {
	return r.head == "secretary" && x.toks[r.t0].cap && r.text != "secretary" && !strings.Contains(r.text, "general") &&
		!strings.Contains(r.text, "executive") && !strings.Contains(r.text, "party")
}

// impliedStates links the holder of a state office to its state when the
// role names none: the nearest state named earlier in the same sentence
// ("four Kenyan officials, among them High Commissioner X", "a Japanese
// mission headed by Vice Premier Y"), else the state the article is
// plainly about ("Prime Minister Z told parliament"), else the state the
// holder speaks for in a sentence of its own when the article backs it
// (spokenState, spokenBacked).
func (x *doc) impliedStates() {
	dominant, top := -2, 0   // top: mentions of the state named most often
	home := "-"              // mastheadHome, read when first needed
	fromKey := x.filedFrom() // the dateline's state: its capital's or its city's
	for ri := range x.roles {
		r := &x.roles[ri]
		person, ok := x.roleRef[ri]
		if !ok || person < 0 || !x.stateOffice(r) {
			continue
		}
		if x.affiliated(person) {
			continue // a firm the holder owns says nothing of the office's state
		}
		s := &x.sents[r.sent]
		st := -1
		otherPerson := false
		for k := r.t0 - 1; k >= s.t0 && k >= r.t0-15; k-- {
			if t := x.toks[k].text; t == "\"" || t == "\u201d" {
				break // a quotation before the role: the speaker's words
			}
			if mi := x.tokMent[k]; mi >= 0 {
				if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution && x.ents[e].kind == "state" {
					if k-1 >= s.t0 && (x.toks[k-1].lower == "to" || x.toks[k-1].lower == "in" || x.toks[k-1].lower == "with") {
						break // "ambassador to X", "talks in X": a host
					}
					st = e
					break
				}
				if e := x.ments[mi].ent; x.isPerson(e) && e != person {
					otherPerson = true
					break // another person's state
				}
			}
		}
		if st < 0 && !r.tp.diplo {
			// "In Lisbon, Deputy Foreign Minister X said …": the
			// capital the sentence opens in names the office's state
			if se := x.releaseLead(ri); se >= 0 {
				st = se
			} else if se := x.openingSeat(r); se >= 0 {
				st = se
			} else if se := x.speakingSeat(r); se >= 0 {
				st = se
			} else if se := x.meetingSeat(ri); se >= 0 {
				st = se
			} else if !x.cabinetSecretary(r) {
				st = x.discourseState(ri)
			}
			if st < 0 {
				if st = x.statementState(ri); st >= 0 {
					// a state the holder speaks of is theirs only when
					// no second state is in view
					if x.paragraphNamesOther(ri, st) || x.otherStateNamed(ri, st, otherPerson, false) || x.pairedAbroad(ri, st) {
						st = -1
					}
				}
			}
		}
		if st < 0 && !r.tp.diplo && !x.cabinetSecretary(r) {
			if dominant == -2 {
				dominant, top = x.dominantState()
			}
			st = dominant
			filed := false
			if st < 0 && fromKey != "" {
				// the state of the capital in the dateline: a story
				// filed from Tbilisi about Georgia's "Prime Minister X"
				st = x.entityByKey(fromKey)
				filed = true
				if st >= 0 && 2*len(x.ents[st].spans) < top {
					// a story filed from Kingston that names Jamaica
					// twice and Haiti five times is about Haiti
					st = -1
				}
				if st >= 0 && x.datelineKey == "" && (!x.namedMost(st) || x.sentenceNamesOther(ri, st)) {
					// a second city is weaker evidence than a capital:
					// "BATUMI –" over a story that names Turkey as
					// often as Georgia leaves the minister's state open,
					// and so does a host city named most for hosting
					// talks when the holder's own sentence names another
					// state ("ISTANBUL – … Foreign Minister X said the
					// ports of Ukraine need guarantees")
					st = -1
				}
			}
			if st < 0 && fromKey == "" && x.issuerKey == "" {
				// no dateline: the state the publication's masthead
				// names ("Bahrain's independent daily", "THE NICOSIA
				// CHRONICLE"), read like a dateline
				if home == "-" {
					home = x.lx.mastheadHome(x.masthead)
					if home == "" {
						// "Bergen 7°C, drizzle" over the headline: the
						// weather box of a paper at home there
						home = x.weatherKey
					}
				}
				if home != "" && home != usKey {
					if st = x.entityByKey(home); st >= 0 && 2*len(x.ents[st].spans) < top {
						st = -1
					}
					filed = true
				}
			}
			if st >= 0 && (x.otherStateNamed(ri, st, otherPerson, filed) || x.twinOffice(ri) || x.pairedAbroad(ri, st) || x.travelsTo(ri, st)) {
				st = -1
			}
		}
		if st < 0 && !r.tp.diplo && !x.cabinetSecretary(r) {
			// "Foreign Minister X met the envoy. … X said on Tuesday
			// that Ostria would not …": the state the holder speaks
			// for in a sentence of its own
			if st = x.spokenState(ri); st >= 0 && (!x.spokenBacked(ri, st, top) || x.otherStateNamed(ri, st, otherPerson, true) || x.twinOffice(ri)) {
				st = -1
			}
		}
		if st < 0 || st == person || x.counterpartOf(person, st) {
			continue
		}
		x.affs = append(x.affs, affiliation{person: person, inst: st, role: r.text, sent: r.sent, conf: 0.6})
		x.ents[person].states = append(x.ents[person].states, x.ents[st].key)
	}
}

// filedFrom returns the key of the state the article's dateline places
// it in: the capital's (datelineKey), else that of a well-known city
// lying in one state ("ISTANBUL, May 3 –": Turkey), or "". A wire story
// filed from a state's second city is as much its home story as one
// filed from the capital.
func (x *doc) filedFrom() string {
	if x.datelineKey != "" {
		return x.datelineKey
	}
	return x.datelineCity
}

// sentenceNamesOther reports whether the sentence of role ri names a
// state other than st anywhere, the holder's own words included, except
// as the state of another person's title: the test a second city's
// dateline must pass, since a city that hosts talks is named for the
// hosting while the holder speaks of home.
func (x *doc) sentenceNamesOther(ri, st int) bool {
	s := &x.sents[x.roles[ri].sent]
	for k := s.t0; k < s.t1; k++ {
		mi := x.mentionStartAt(k)
		if mi < 0 {
			continue
		}
		if e := x.ments[mi].ent; e >= 0 && e != st && x.ents[e].typ == TypeInstitution && x.ents[e].kind == "state" {
			if rj, _ := x.qualifiesOther(mi, ri); rj >= 0 && x.heldByOther(rj, ri) {
				continue // "met Valdonian Foreign Secretary Y": Y's state
			}
			return true
		}
	}
	return false
}

// namedMost reports whether state st is named more often than any other
// state in the article: the test a dateline's second city must pass
// (ISTANBUL over a story naming Georgia and Turkey once each says
// nothing of whose minister speaks).
func (x *doc) namedMost(st int) bool {
	for e := range x.ents {
		if e != st && x.ents[e].typ == TypeInstitution && x.ents[e].kind == "state" && len(x.ents[e].spans) >= len(x.ents[st].spans) {
			return false
		}
	}
	return true
}

// counterpartOf reports whether "his Ostrian counterpart" (or "her")
// follows a mention of person p anywhere in the article, whatever the
// verb, st being Ostria: the holder of the same office in another state,
// so p is not Ostria's ("Mr X met his Indonesian counterpart"). An
// office whose state the article leaves implied goes most often to the
// partner the story names most, which is exactly the state such a
// sentence rules out. Only the holder's own
// clause counts: the walk from the name stops at the next person, so
// "X said Y had met his Ostrian counterpart" is Y's.
func (x *doc) counterpartOf(p, st int) bool {
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.ent != p {
			continue
		}
		end := min(x.sents[m.sent].t1, m.t1+16)
		for k := m.t1; k+2 < end; k++ {
			if mj := x.tokMent[k]; mj >= 0 && x.isPerson(x.ments[mj].ent) && x.ments[mj].ent != p {
				break
			}
			if ri := x.tokRole[k]; ri >= 0 && x.tokMent[k] < 0 {
				if q, ok := x.roleRef[int(ri)]; !ok || q != p {
					break // "X said the president had met his Ostrian counterpart"
				}
			}
			if w := x.toks[k].lower; w != "his" && w != "her" {
				continue
			}
			mj := x.mentionStartAt(k + 1)
			if mj < 0 || x.ments[mj].ent != st {
				continue
			}
			if c := x.ments[mj].t1; c < end && (x.toks[c].lower == "counterpart" || x.toks[c].lower == "counterparts") {
				return true
			}
		}
	}
	return false
}

// mastheadHome returns the key of the one state the lines above the
// headline and the notices at the foot name (doc.masthead, lower case):
// a paper's name or tagline ("The Manama Courier", "Cyprus' independent
// daily", "New Delhi Edition") or the imprint ("published in Cairo"). A
// publication's own state is where its officials need no country:
// "Foreign Minister X" in "Bahrain's independent daily" is Bahrain's. A
// breadcrumb ("News > North Korea") is a story's topic, not the
// publisher's home, and is skipped, as is the author's note at the foot
// (authorNote); so is a state that makes up a whole item of a menu
// ("News | Politics | North Korea | World": a beat the site files
// stories under) or a whole line (the rubric "NORTH KOREA" over a
// headline). Two states named give none. A local paper names its town
// ("Bergens Avis", "The Kaunas Courier"): a well-known city that lies in
// one state counts too: a local paper's officials are its state's as
// much as a national paper's are.
func (lx *lexicon) mastheadHome(masthead string) string {
	key := ""
	var buf [24]token
	var segs [16]string
	for line := range strings.SplitSeq(masthead, "\n") {
		if strings.ContainsAny(line, ">»›") || authorNote(line) {
			continue
		}
		items := barItems(line, segs[:0])
		for _, item := range items {
			toks := buf[:0]
			for w := range strings.FieldsFuncSeq(item, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
				if len(toks) == cap(toks) {
					break
				}
				toks = append(toks, token{lower: w})
			}
			for j := 0; j < len(toks); j++ {
				if toks[j].lower == "us" && j > 0 && usPronounAfter[toks[j-1].lower] {
					continue // "about us", "contact us": the pronoun, not the U.S.
				}
				k, n := lx.stateWordsAt(toks, j)
				if k == "" {
					k, n = lx.capitalWordsAt(toks, j)
				}
				if k == "" {
					k, n = lx.cityWordsAt(toks, j)
				}
				if k == "" {
					continue
				}
				j += n - 1
				if n == len(toks) && (len(items) == 1 || len(items) >= 3) {
					continue // a menu's item or a rubric: the story's beat
				}
				if key != "" && key != k {
					return ""
				}
				key = k
			}
		}
	}
	return key
}

// usPronounAfter holds the words after which a masthead's lower-case
// "us" is the pronoun of a footer link ("about us", "contact us",
// "follow us"), not the United States: read as a state, it vetoes the
// state the paper does name ("the nairobi sentinel … | about us").
var usPronounAfter = set("about", "contact", "follow", "join", "email", "e-mail", "call", "write", "support", "with")

// authorNote reports whether a masthead line (lower case) is the note on
// the story's author kept from the foot ("X is a former correspondent in
// Kampala and writes on East Africa"): the places there are where the
// author worked, not where the paper is published.
func authorNote(line string) bool {
	for _, w := range [...]string{"correspondent", "journalist", "reporter", "columnist", " writes "} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// barItems appends to segs the items of a masthead line, split where a
// bar or menu separates them ('|', '/', '[', ']', '•', '·' or a run of
// two or more spaces), and returns them; a line with no such mark is
// one item. At most cap(segs) items are kept.
func barItems(line string, segs []string) []string {
	add := func(it string) {
		if it = strings.TrimSpace(it); it != "" && len(segs) < cap(segs) {
			segs = append(segs, it)
		}
	}
	start, cut := 0, false
	for i, r := range line {
		if cut {
			start, cut = i, false
		}
		if r == '|' || r == '/' || r == '[' || r == ']' || r == '•' || r == '·' || r == ' ' && i+1 < len(line) && line[i+1] == ' ' {
			add(line[start:i])
			cut = true
		}
	}
	if !cut {
		add(line[start:])
	}
	return segs
}

// capitalWordsAt is stateWordsAt for a state's capital ("manama", "new
// delhi"): the state's key and the capital's length in words.
func (lx *lexicon) capitalWordsAt(toks []token, j int) (string, int) {
	return lx.statePhraseAt(toks, j, gzCapital, gzCapital)
}

// statePhraseAt returns the key and length in words of a state's
// gazetteer phrase of role r1 or r2 written at toks[j], or "": the one
// match that stateWordsAt and capitalWordsAt share.
func (lx *lexicon) statePhraseAt(toks []token, j int, r1, r2 int) (string, int) {
	for _, p := range lx.gz[toks[j].lower] {
		if p.entry.kind != "state" || p.role != r1 && p.role != r2 || j+len(p.toks) > len(toks) {
			continue
		}
		ok := true
		for i, w := range p.toks {
			ok = ok && toks[j+i].lower == w
		}
		if ok {
			return p.entry.key, len(p.toks)
		}
	}
	return "", 0
}

// otherStateNamed reports whether the sentence of role ri names a state
// that makes st, the article's main state, a guess for the role's
// holder: another state ("Israel regretted"), or st itself beside
// another person ("Moldovan Prime Minister X met Chancellor Y"). States
// named in the holder's statement do not count. With filed set (st is
// the dateline's state) a state that qualifies another role or a body of
// its own ("met his Russian counterpart", "received the US ambassador",
// "Chile's Ministry of Mines") is a contrast, not a rival: in
// a story filed from Ulaanbaatar, the prime minister who "received
// Chinese Vice Premier Y" is the host's.
func (x *doc) otherStateNamed(ri, st int, otherPerson, filed bool) bool {
	r := &x.roles[ri]
	s := &x.sents[r.sent]
	for k := s.t0; k < x.statementStart(r); k++ {
		mi := x.mentionStartAt(k)
		if mi < 0 {
			continue
		}
		e := x.ments[mi].ent
		if e < 0 || x.ents[e].typ != TypeInstitution || x.ents[e].kind != "state" {
			continue
		}
		rj, qual := x.qualifiesOther(mi, ri)
		if e == st && (otherPerson || rj >= 0 && x.heldByOther(rj, ri)) || e != st && !(filed && qual) {
			return true
		}
	}
	return false
}

// pairedAbroad reports whether role ri follows "X and" or "X," where X
// is a person known to serve another state than st ("a warrant for
// Verbitskaya and President Zhilenko" in a story filed from London): the
// pair is that state's, not the dateline's.
func (x *doc) pairedAbroad(ri, st int) bool {
	r := &x.roles[ri]
	k := r.t0 - 1
	if k-1 < x.sents[r.sent].t0 || x.toks[k].lower != "and" && x.toks[k].text != "," {
		return false
	}
	mi := x.mentionEndAt(k - 1)
	if mi < 0 || !x.isPerson(x.ments[mi].ent) {
		return false
	}
	states := x.ents[x.ments[mi].ent].states
	return len(states) > 0 && !contains(states, x.ents[st].key)
}

// twinOffice reports whether another person in the sentence of role ri
// holds the same office with no state either ("the summit between
// President X and President Y"): the two are of different states, so
// one state fits at most one of them.
func (x *doc) twinOffice(ri int) bool {
	r := &x.roles[ri]
	for rj := range x.roles {
		o := &x.roles[rj]
		if rj == ri || o.sent != r.sent || o.tp.phrase != r.tp.phrase || o.plural || !x.heldByOther(rj, ri) {
			continue
		}
		if inst, _, _ := x.qualifier(o); inst < 0 {
			return true
		}
	}
	return false
}

// heldByOther reports whether role rj names a person other than the
// holder of role ri.
func (x *doc) heldByOther(rj, ri int) bool {
	p, ok := x.roleRef[rj]
	return ok && p >= 0 && p != x.roleRef[ri]
}

// qualifiesOther reports whether state mention mi qualifies a role other
// than ri ("Russian Foreign Minister", "Fiji's trade
// minister", "the Saudi envoy", "the Prime Minister of Fiji"), with that
// role's index, or possesses a body ("Chile's Ministry of Mines", role
// index -1).
func (x *doc) qualifiesOther(mi int32, ri int) (int, bool) {
	m := &x.ments[mi]
	s := &x.sents[m.sent]
	k := m.t1
	if k < s.t1 && x.toks[k].kind == tkPoss {
		k++
		if mj := x.mentionStartAt(k); mj >= 0 {
			o := x.ments[mj].ent
			return -1, o >= 0 && x.ents[o].typ == TypeInstitution && x.ents[o].kind != "state"
		}
	}
	for n := 0; n < 4 && k < s.t1 && x.tokRole[k] < 0 && x.tokMent[k] < 0; n++ {
		if _, ok := x.qualSkip(k, s.t0); !ok {
			break
		}
		k++
	}
	if k < s.t1 {
		if rj := x.tokRole[k]; rj >= 0 && int(rj) != ri && x.roles[rj].t0 == k {
			return int(rj), true
		}
	}
	p := m.t0 - 1
	if p >= s.t0 && x.toks[p].lower == "the" {
		p--
	}
	if p-1 >= s.t0 && x.toks[p].lower == "of" {
		if rj := x.tokRole[p-1]; rj >= 0 && int(rj) != ri {
			return int(rj), true
		}
	}
	return -1, false
}

// openingSeat returns the state whose capital opens the role's sentence
// as a place ("In Ankara, foreign ministry spokeswoman X said"), or -1.
func (x *doc) openingSeat(r *roleSpan) int {
	s := &x.sents[r.sent]
	if s.t0+2 >= r.t0 || x.toks[s.t0].lower != "in" {
		return -1
	}
	mi := x.mentionStartAt(s.t0 + 1)
	if mi < 0 || x.ments[mi].seat == "" || x.ments[mi].t1 >= s.t1 || x.toks[x.ments[mi].t1].text != "," {
		return -1
	}
	st := x.entityByKey(x.ments[mi].seat)
	if st >= 0 && x.ents[st].kind != "state" {
		return -1 // "In Brussels, Minister X": a visitor to the EU's seat
	}
	if st >= 0 && x.meetingVerbBefore(r) >= 0 && x.hostBefore(r, st, x.ments[mi].seat) {
		return -1 // "In Lisbon, Valdonian President W met Prime Minister Y": Y is the guest
	}
	for k := x.ments[mi].t1; k < x.statementStart(r) && st >= 0; k++ {
		if mj := x.tokMent[k]; mj >= 0 {
			if e := x.ments[mj].ent; e >= 0 && e != st && x.ents[e].typ == TypeInstitution && x.ents[e].kind == "state" {
				return -1 // "In London, the Chinese ambassador X"
			}
		}
	}
	return st
}

// speakingSeat returns the state whose capital is where the holder of
// role r spoke, in the clause right after the name ("Foreign Minister X
// told reporters in Ottawa", "Trade Minister Y, speaking in Wellington,
// said"), or -1. Only a capital, only before any other named entity
// (other than the holder's own name), and only when the capital's state
// is named elsewhere in the article.
func (x *doc) speakingSeat(r *roleSpan) int {
	s := &x.sents[r.sent]
	spoke := false
	for k := r.t1; k+1 < s.t1 && k < r.t1+14; k++ {
		t := &x.toks[k]
		if mi := x.mentionStartAt(k); mi >= 0 {
			m := &x.ments[mi]
			if k == r.t1 && x.isPerson(m.ent) {
				continue // the holder's own name
			}
			if m.seat != "" && spoke && x.toks[k-1].lower == "in" {
				return x.entityByKey(m.seat)
			}
			if m.ent >= 0 || m.seat != "" {
				return -1
			}
		}
		if x.tokMent[k] < 0 && t.kind == tkWord && (x.lx.speech[t.lower] || t.lower == "speaking") {
			spoke = true
		}
	}
	return -1
}

// meetingSeat returns the state whose capital is where a visitor met the
// holder of role r in person, or -1: "In Lisbon she met Vice Foreign
// Minister X", "spent Monday in Lisbon, where he met Prime Minister Y",
// "was due to meet Finance Minister Z in Lisbon". The one who travels is
// the subject; the one met at home is the host. It abstains when the
// role is not the object of the meeting, when the meeting is a call or
// a video link, when no capital stands in the meeting's own clause (or
// the capitals before the verb and after the name differ), when the
// capital's state is never named, when a host of that state comes
// before the role (hostBefore: "In Lisbon, Valdonian President W met
// Prime Minister Y": Y is the guest), and at a gathering of many states
// ("at the summit in Lisbon he met …"), where both may be guests.
func (x *doc) meetingSeat(ri int) int {
	r := &x.roles[ri]
	s := &x.sents[r.sent]
	v := x.meetingVerbBefore(r)
	if v < 0 {
		return -1
	}
	seat := x.capitalNear(v, s.t0, v, true)
	if mi := x.mentionStartAt(r.t1); mi >= 0 && x.ments[mi].ent == x.roleRef[ri] {
		if after := x.capitalNear(x.ments[mi].t1, x.ments[mi].t1, s.t1, false); seat == "" {
			seat = after
		} else if after != "" && after != seat {
			return -1 // "in Lisbon … met X in Madrid": which one is unclear
		}
	}
	if seat == "" {
		seat = x.visitSeatBefore(r.sent, v)
	}
	if seat == "" {
		return -1
	}
	st := x.entityByKey(seat)
	if st < 0 || x.ents[st].kind != "state" {
		return -1
	}
	for k := s.t0; k < s.t1; k++ {
		if w := x.toks[k].lower; multilateralVenue[w] || callModes[w] || remoteMeeting[w] || x.multiPartyAt(k) {
			return -1
		}
	}
	if x.hostBefore(r, st, seat) {
		return -1
	}
	return st
}

// visitSeatBefore returns the state key of the capital where the
// sentence before si, on the same line, puts a visit ("The envoy spent
// two days in Lisbon. He met Deputy Foreign Minister X", "In Lisbon the
// mood was warmer. W held talks with Y", "W flew to Lisbon three times.
// He held talks with Y"), or "": the one met there at home is the host,
// as meetingSeat reads a capital in the meeting's own clause. Only when
// the meeting sentence opens with its visitor (a pronoun or a person,
// no other name and no "home" before the verb at v), when the sentence
// before names one capital and no state at all (not even the capital's
// own: "W, Valdonia's envoy, arrived in Lisbon"), and when that capital
// is where someone travels or stays (a verb of travel, or "In Lisbon"
// opening the sentence); a capital named in passing ("the embassy in
// Lisbon said") is no visit. A trip is the visitor's only when a
// visitor named before the verb is named in the sentence before too
// ("Z flew to Lisbon. W met Y" is Z's trip, W may be anywhere); a
// capital opening the sentence before sets the scene for whoever
// follows.
func (x *doc) visitSeatBefore(si, v int) string {
	if si == 0 || !x.continuesLine(si) {
		return ""
	}
	s := &x.sents[si]
	if v-s.t0 > 12 {
		return ""
	}
	visitor, named := false, -1
	for k := s.t0; k < v; k++ {
		if mi := x.tokMent[k]; mi >= 0 {
			if !x.isPerson(x.ments[mi].ent) {
				return ""
			}
			visitor, named = true, x.ments[mi].ent
		} else if w := x.toks[k].lower; w == "he" || w == "she" || w == "they" {
			visitor, named = true, -1 // "Z said she met Y": she is the one who travelled
		} else if w == "home" {
			return "" // "Back home, she met X": not where she travelled
		}
	}
	if !visitor {
		return ""
	}
	p := &x.sents[si-1]
	seat, travel, opens, traveller := "", false, false, named < 0
	for k := p.t0; k < p.t1; k++ {
		mi := x.tokMent[k]
		if mi >= 0 && x.ments[mi].ent == named {
			traveller = true
		}
		if mi < 0 {
			if travelWords[x.toks[k].lower] {
				travel = true
			}
			continue
		}
		m := &x.ments[mi]
		if m.t0 != k {
			continue
		}
		if m.seat != "" {
			in := k - 1
			if in < p.t0 || seat != "" || x.toks[in].lower != "in" && x.toks[in].lower != "to" {
				return ""
			}
			seat, opens = m.seat, x.toks[in].lower == "in" && x.opensSentence(p.t0, in)
			continue
		}
		if e := m.ent; e >= 0 && x.ents[e].typ == TypeInstitution && x.ents[e].kind == "state" {
			return "" // "the Ostrian envoy spent two days in Lisbon": whose host is unclear
		}
	}
	if seat == "" || !travel && !opens || !traveller && !opens {
		return ""
	}
	return seat
}

// travelWords put a visitor in the capital the sentence names ("spent
// two days in", "arrived in", "flew to").
var travelWords = set("spent", "arrived", "flew", "travelled", "traveled", "stayed", "landed", "visited")

// hostBefore reports a host of state st (the state with key seat) named
// before role r, in its sentence or the one before it on the line: the
// state itself as an actor ("Valdonian President W", "Valdonia's W") or
// a person known to hold one of its offices. The state named as the
// place visited ("arrived in Valdonia", "a visit to Valdonia") is no
// host.
func (x *doc) hostBefore(r *roleSpan, st int, seat string) bool {
	lo := x.sents[r.sent].t0
	if x.continuesLine(r.sent) {
		lo = x.sents[r.sent-1].t0 // "she" may be a host named just before
	}
	for k := lo; k < r.t0; k++ {
		mi := x.mentionStartAt(k)
		if mi < 0 {
			continue
		}
		e := x.ments[mi].ent
		if e == st {
			p := k - 1
			if p >= lo && x.toks[p].lower == "the" {
				p--
			}
			if p >= lo && visitWords[x.toks[p].lower] || x.placeUse(int(mi)) {
				continue
			}
			return true
		}
		if x.isPerson(e) && contains(x.ents[e].states, seat) {
			return true
		}
	}
	return false
}

// visitWords before a state name it as the place a visitor goes to.
var visitWords = set("to", "in", "into", "visit", "visiting", "toward", "towards", "across", "at")

// multilateralVenue words put a meeting at a gathering of many states,
// where the city's state is seldom that of the one met (with
// multiPartyWords: "trilateral", "joint").
var multilateralVenue = set("summit", "sidelines", "margins", "forum", "conference", "assembly", "ministerial")

// remoteMeeting words, with the meetings stage's callModes, make a
// meeting one held at a distance, which says nothing of where the one
// met is.
var remoteMeeting = set("videoconference", "virtually", "online", "remotely")

// inPersonMeet nouns before "with" name a meeting held face to face
// ("held talks with"); "call" and "conversation" do not.
var inPersonMeet = set("talks", "meeting", "meetings", "discussions", "consultations", "negotiations")

// meetingVerbBefore returns the meeting verb right before role r ("met
// Prime Minister", "meet caretaker Finance Minister", "met with Deputy
// Minister", "held talks with Deputy Minister"), or -1.
func (x *doc) meetingVerbBefore(r *roleSpan) int {
	s := &x.sents[r.sent]
	k := r.t0 - 1
	if k > s.t0 && x.toks[k].lower == "with" {
		k--
	}
	if k < s.t0 || x.tokMent[k] >= 0 {
		return -1
	}
	if w := x.toks[k].lower; x.lx.meet[w] || w == "meet" || k < r.t0-1 && inPersonMeet[w] {
		return k
	}
	return -1
}

// capitalNear returns the state key of a capital named as a place ("in
// Lisbon") in the meeting's own clause, within six tokens, or "". Before
// the verb at (before), the walk passes the visitor's name and words of
// the clause up to a boundary (meetingClauseEnd), and the capital must
// open the sentence ("In Lisbon the envoy W met", lo being the
// sentence's start) or lead into the meeting ("in Lisbon, where she
// met", "in Lisbon to meet"); a capital in a clause of its own ("W, who
// studied in Lisbon, met", "Born in Lisbon, W met") does not count.
// After the name ending at at, the walk stops at a comma, a boundary or
// a past-tense verb ("met X, who studied in Lisbon").
func (x *doc) capitalNear(at, lo, hi int, before bool) string {
	for n, k := 0, at; n < 6; n++ {
		if before {
			k--
		} else if n > 0 {
			k++
		}
		if k < lo || k >= hi {
			return ""
		}
		mi := x.tokMent[k]
		if mi < 0 {
			t := &x.toks[k]
			if meetingClauseEnd[t.lower] || !before && (t.text == "," || pastVerb(t.lower) || x.lx.speech[t.lower]) {
				return ""
			}
			continue
		}
		if before && x.isPerson(x.ments[mi].ent) {
			continue // the visitor's name: "In Lisbon the envoy W met"
		}
		m := &x.ments[mi]
		in := m.t0 - 1
		if m.seat == "" || in < lo || x.toks[in].lower != "in" {
			return ""
		}
		if before && !x.opensSentence(lo, in) && !x.leadsToMeeting(m.t1, at) && !x.visitorThereOnDay(lo, in, m.t1, at) {
			return "" // "W, who studied in Lisbon, met", "After talks in Lisbon, W met"
		}
		return m.seat
	}
	return ""
}

// opensSentence reports the place phrase "in" at token in opening the
// sentence that starts at lo, after at most a word of time ("In Lisbon",
// "Today in Lisbon", "On Monday in Lisbon").
func (x *doc) opensSentence(lo, in int) bool {
	if in-lo > 2 {
		return false
	}
	for k := lo; k < in; k++ {
		if w := x.toks[k].lower; !dayWords[w] && w != "on" && w != "later" && w != "earlier" {
			return false
		}
	}
	return true
}

// leadsToMeeting reports a capital ending at token j that leads into the
// meeting verb at v: "in Lisbon, where she met", "in Lisbon to meet".
func (x *doc) leadsToMeeting(j, v int) bool {
	if j < v && x.toks[j].text == "," {
		j++
	}
	return j < v && (x.toks[j].lower == "where" || x.toks[j].lower == "to" && j+1 == v)
}

// visitorThereOnDay reports a capital (its "in" at token in, its end at
// j) in a relative clause on the visitor that places him there on a day
// of the story, right before the meeting verb at v: "W, who arrived in
// Lisbon on Monday, met" (not "W, who studied in Lisbon, met").
func (x *doc) visitorThereOnDay(lo, in, j, v int) bool {
	if j+3 != v || x.toks[j].lower != "on" || !dayWords[x.toks[j+1].lower] || x.toks[j+2].text != "," {
		return false
	}
	for k := in - 1; k > lo && k >= in-12; k-- {
		switch x.toks[k].text {
		case "who":
			return x.toks[k-1].text == ","
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// meetingClauseEnd words open a clause other than the meeting's.
var meetingClauseEnd = set("who", "whom", "whose", "which", "that", "after", "before", "born", "while", "when", "and", "but", "since", "until", ";", ":")

// hostWords before a state mark it as a place visited, a partner or a
// target ("a visit to X", "talks with X", "sanctions on X"), not the
// actor whose officials the next sentence quotes.
var hostWords = set("to", "in", "into", "with", "from", "against", "on", "at", "visit", "visiting", "toward", "towards", "between", "for", "of", "by", "over", "across", "than")

// discourseState returns the one state that the paragraph names as an
// actor just before role ri, in the previous sentence of the same line
// or in the role's own sentence ("Ostria closed the crossing on Monday.
// Foreign Minister X said …"), or -1. It abstains when any state there is
// a host, a partner or a target (after a preposition: "during his visit
// to Y"), qualifies another person's role ("his Ostrian counterpart"),
// when two states are named, or when the role's sentence names another
// state before the holder's statement: one actor, nothing between.
func (x *doc) discourseState(ri int) int {
	r := &x.roles[ri]
	lo := x.sents[r.sent].t0
	if x.continuesLine(r.sent) {
		lo = x.sents[r.sent-1].t0
	}
	if x.unknownQualifier(r) {
		return -1
	}
	st, quoted := -1, false
	cpName := -1 // where the counterpart's name may start
	for k := lo; k < x.statementStart(r); k++ {
		if k >= r.t0 && k < r.t1 {
			continue
		}
		mi := x.mentionStartAt(k)
		if mi < 0 {
			switch x.toks[k].text {
			case "counterpart", "counterparts":
				if k-1 >= lo && x.toks[k-1].kind == tkWord && x.tokMent[k-1] >= 0 && x.counterpartState(x.tokMent[k-1]) {
					// "his Ukrainian counterpart, Borys X": the state is
					// skipped below, and the name after it is the
					// counterpart's
					cpName = k + 1
					if cpName < len(x.toks) && x.toks[cpName].text == "," {
						cpName++
					}
					continue
				}
				return -1
			case "\"":
				quoted = !quoted
			case "\u201c":
				quoted = true
			case "\u201d":
				quoted = false
			}
			continue
		}
		if quoted {
			continue // the speaker's words, not the paragraph's actor
		}
		e := x.ments[mi].ent
		if k == cpName && x.isPerson(e) {
			continue
		}
		if k >= x.sents[r.sent].t0 && x.isPerson(e) && e != x.roleRef[ri] {
			return -1 // "X called on Prime Minister Y": two people, two states
		}
		if e < 0 || x.ents[e].typ != TypeInstitution || x.ents[e].kind != "state" {
			continue
		}
		if k >= r.t1 && x.counterpartState(mi) {
			// "Foreign Minister X spoke with his Ukrainian
			// counterpart": the one state X is not (counterpartOf
			// keeps it from X), no rival to the state before
			continue
		}
		if k >= r.t1 {
			return -1 // "Prime Minister X met the Russian ambassador"
		}
		p := k - 1
		if p >= 0 && x.toks[p].lower == "the" {
			p--
		}
		if p >= 0 && hostWords[x.toks[p].lower] {
			return -1
		}
		if rj, _ := x.qualifiesOther(mi, ri); rj >= 0 && x.heldByOther(rj, ri) {
			return -1
		}
		if st >= 0 && e != st {
			return -1
		}
		st = e
	}
	return st
}

// travelsTo reports whether the sentence of role ri names state st as
// where someone goes ("Former Prime Minister X, who fled to Ostria",
// "on a visit to Ostria", "Prime Minister X arrived in Ostria"): the
// article's main state reached by travel is seldom the holder's own.
func (x *doc) travelsTo(ri, st int) bool {
	s := &x.sents[x.roles[ri].sent]
	for k := s.t0 + 2; k < s.t1; k++ {
		if mi := x.mentionStartAt(k); mi >= 0 && x.ments[mi].ent == st {
			switch p, v := x.toks[k-1].lower, x.toks[k-2].lower; {
			case (p == "to" || p == "into") && goesAbroad[v], p == "in" && arrivesIn[v]:
				return true
			}
		}
	}
	return false
}

// goesAbroad holds the words that, before "to X", send someone abroad
// ("fled to Ostria", "a visit to Ostria"); "flew back to X" or
// "ambassador to X" do not count.
var goesAbroad = set("fled", "flee", "flees", "fleeing", "flew", "fly", "flies", "flying", "travelled", "traveled", "travel",
	"travels", "travelling", "traveling", "visit", "visits", "trip", "trips", "journey", "went", "go", "goes", "going",
	"moved", "defected", "escaped", "emigrated", "relocated", "exile", "exiled", "mission")

// arrivesIn holds the words that, before "in X", bring a visitor to X
// ("Prime Minister X arrived in Ostria").
var arrivesIn = set("arrived", "arrives", "arriving", "arrive", "landed", "lands", "landing")

// counterpartState reports whether mention mi is a state qualifying a
// counterpart ("his Ukrainian counterpart", "her Japanese
// counterparts"): the state of the other side, which rules that state
// out for the holder and names no rival for the holder's own.
func (x *doc) counterpartState(mi int32) bool {
	m := &x.ments[mi]
	if m.ent < 0 || x.ents[m.ent].typ != TypeInstitution || x.ents[m.ent].kind != "state" || m.t1 >= len(x.toks) || m.t0 < 1 {
		return false
	}
	if w := x.toks[m.t1].lower; w != "counterpart" && w != "counterparts" {
		return false
	}
	switch x.toks[m.t0-1].lower {
	case "his", "her", "their", "its":
		return true
	}
	return false
}

// statementState returns the state that opens the statement of the
// holder of role ri as its subject ("Trade Minister X announced on
// Friday that Ostria had filed a complaint", "X, the presidential
// spokesman, said Ostria does not take part"), or -1: an office holder
// who speaks of a state as the actor of a plan or a stance speaks for
// it. Only after a verb that reports a clause (not "accused Ostria",
// "told Ostria's envoy"), when no other person or state comes between the
// role and the verb, and when the state is named, not its capital or
// seat ("said Moscow would answer" is as often the other side), as the
// subject of a lower-case verb (not "said Ostria's neighbours", "said
// Ostria and Valdonia").
func (x *doc) statementState(ri int) int {
	r := &x.roles[ri]
	if x.unknownQualifier(r) || x.cabinetSecretary(r) {
		return -1
	}
	return x.reportedState(r.sent, r.t1, x.statementStart(r), x.roleRef[ri])
}

// spokenState returns the state that the holder of role ri speaks for
// in another sentence that names the holder without the role: the
// subject of a clause the holder reports there, as statementState reads
// it ("Foreign Minister X met the envoy on Monday. … X said on Tuesday
// that Ostria will not recognise the vote"), or -1. A holder who speaks
// of two states so is left alone; headings and titles are no reports.
func (x *doc) spokenState(ri int) int {
	r := &x.roles[ri]
	p := x.roleRef[ri]
	if x.unknownQualifier(r) {
		return -1
	}
	st := -1
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.ent != p || m.sent == r.sent || x.sents[m.sent].title || x.sents[m.sent].heading {
			continue
		}
		e := x.reportedState(m.sent, m.t1, x.speechAfter(m.sent, m.t1), p)
		if e < 0 {
			continue
		}
		if st >= 0 && e != st {
			return -1
		}
		st = e
	}
	return st
}

// spokenBacked reports whether state st, which the holder of role ri
// speaks of in another sentence (spokenState), is also named where the
// holder's own state would be: it is the state the article names most
// (at least three times; top is that count), or the title or the role's
// paragraph names it by name or demonym, not as the qualifier of another
// person's role nor by its capital, and not in what the holder says there.
// A minister speaks of foreign states as often as for their own
// ("Foreign Minister X met the envoy. … X said Ostria would have to
// withdraw its troops"): the statement alone is no evidence.
func (x *doc) spokenBacked(ri, st, top int) bool {
	if n := len(x.ents[st].spans); n >= 3 && n == top {
		return true
	}
	r := &x.roles[ri]
	lo, hi := x.paragraphOf(r.sent)
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.ent != st || m.gzRole != gzName && m.gzRole != gzDemonym || m.seat != "" {
			continue
		}
		if x.sents[m.sent].title {
			return true
		}
		if m.sent < lo || m.sent > hi || m.sent == r.sent && m.t0 >= x.statementStart(r) || m.sent != r.sent && x.namesIn(m.sent, x.roleRef[ri]) {
			continue
		}
		if rj, _ := x.qualifiesOther(int32(mi), ri); rj < 0 {
			return true
		}
	}
	return false
}

// namesIn reports whether sentence si names entity e.
func (x *doc) namesIn(si, e int) bool {
	s := &x.sents[si]
	for k := s.t0; k < s.t1; k++ {
		if mi := x.tokMent[k]; mi >= 0 && x.ments[mi].ent == e {
			return true
		}
	}
	return false
}

// reportedState returns the state that opens the clause person reports
// in sentence si, or -1: t1 ends the words naming the person and k is
// the token after the speech verb that follows them (see
// statementState).
func (x *doc) reportedState(si, t1, k, person int) int {
	s := &x.sents[si]
	if k >= s.t1 || !stanceVerbs[x.toks[k-1].lower] {
		return -1
	}
	if e, _ := x.subjectOf(si, k-1); e != person {
		return -1 // "police said Ostria would …": someone else's statement
	}
	for j := t1; j < k; j++ {
		if mi := x.tokMent[j]; mi >= 0 {
			if e := x.ments[mi].ent; e != person && (x.isPerson(e) || x.stateAt(j)) {
				return -1 // "X met Y, who said …": whose statement is unclear
			}
		}
	}
	// "announced on Saturday that …": an adverbial before "that"
	for j := k; j < k+5 && j < s.t1 && x.tokMent[j] < 0; j++ {
		if x.toks[j].lower == "that" {
			k = j + 1
			break
		}
	}
	mi := x.mentionStartAt(k)
	if mi < 0 {
		return -1
	}
	m := &x.ments[mi]
	if m.ent < 0 || x.ents[m.ent].typ != TypeInstitution || x.ents[m.ent].kind != "state" || m.gzRole == gzCapital || m.gzRole == gzSeat {
		return -1
	}
	if n := m.t1; n >= s.t1 || !statementVerbStart(x.toks[n]) {
		return -1
	}
	return m.ent
}

// stanceVerbs report a statement as a clause, whose subject is the first
// thing named after them.
var stanceVerbs = set("said", "says", "announced", "announces", "stated", "declared", "insisted", "stressed", "confirmed")

// paragraphOf returns the first and last sentence of the paragraph that
// holds sentence si.
func (x *doc) paragraphOf(si int) (lo, hi int) {
	lo, hi = si, si
	for x.continuesLine(lo) {
		lo--
	}
	for hi+1 < len(x.sents) && x.continuesLine(hi+1) {
		hi++
	}
	return lo, hi
}

// paragraphNamesOther reports whether the paragraph of role ri names a
// state other than st outside its holder's statement ("accused Ostria
// of …. Deputy Minister X said Valdonia had started it"), or the capital
// of another state anywhere ("said Ostria had fired drones at Valdo"):
// the speaker may serve either. A state the statement names as the
// other side of st's act ("said Ostria is imposing sanctions on
// Valdonia") or that qualifies another person's role ("talks with
// Valdonian Foreign Secretary Y") does not count.
func (x *doc) paragraphNamesOther(ri, st int) bool {
	r := &x.roles[ri]
	lo, hi := x.paragraphOf(r.sent)
	said, end := x.statementStart(r), x.sents[r.sent].t1
	for k := x.sents[lo].t0; k < x.sents[hi].t1; k++ {
		mi := x.mentionStartAt(k)
		if mi < 0 {
			continue
		}
		if seat := x.ments[mi].seat; seat != "" && seat != x.ents[st].key {
			return true
		}
		if k >= said && k < end {
			continue
		}
		if e := x.ments[mi].ent; e >= 0 && e != st && x.ents[e].typ == TypeInstitution && x.ents[e].kind == "state" {
			if rj, _ := x.qualifiesOther(mi, ri); rj >= 0 && x.heldByOther(rj, ri) {
				continue // "talks with Valdonian Foreign Secretary Y": Y's state
			}
			return true
		}
	}
	return false
}

// continuesLine reports whether sentence si goes on the line of the
// sentence before it (no line break between them, and that one is no
// heading or title): the two belong to one paragraph.
func (x *doc) continuesLine(si int) bool {
	if si <= 0 {
		return false
	}
	p := &x.sents[si-1]
	return !p.heading && !p.title && strings.IndexByte(x.text[p.end:x.sents[si].start], '\n') < 0
}

// statementVerbStart reports whether t can begin the predicate after a
// statement's subject: a lower-case word other than a conjunction, or an
// opening quotation mark ("said Ostria \"will not\"").
func statementVerbStart(t token) bool {
	if t.text == "\"" || t.text == "\u201c" {
		return true
	}
	return t.kind == tkWord && !t.cap && t.lower[0] >= 'a' && t.lower[0] <= 'z' && t.lower != "and" && t.lower != "or"
}

// unknownQualifier reports a capitalised word that is no mention before a
// role and its lower-case qualifiers ("the Faroese fisheries minister"):
// most likely a demonym of a state the lexicon lacks, so the role is not
// the state the paragraph names.
func (x *doc) unknownQualifier(r *roleSpan) bool {
	s := &x.sents[r.sent]
	q := r.t0
	for n := 0; n < 3 && q-1 > s.t0 && x.toks[q-1].kind == tkWord && !x.toks[q-1].cap && x.tokMent[q-1] < 0 && !articleLike[x.toks[q-1].lower]; n++ {
		q--
	}
	return q-1 > s.t0 && x.toks[q-1].kind == tkWord && x.toks[q-1].cap && x.tokMent[q-1] < 0
}

// statementStart returns the token after the first speech verb following
// a role (the start of what its holder said), or the sentence end: states
// named in a statement ("said Israel regretted …") say nothing about
// whom the speaker works for.
func (x *doc) statementStart(r *roleSpan) int {
	return x.speechAfter(r.sent, r.t1)
}

// speechAfter returns the token after the first speech verb from token
// t1 on in sentence si, or the sentence end.
func (x *doc) speechAfter(si, t1 int) int {
	s := &x.sents[si]
	for k := t1; k < s.t1; k++ {
		if x.tokMent[k] < 0 && x.toks[k].kind == tkWord && x.lx.speech[x.toks[k].lower] {
			return k + 1
		}
	}
	return s.t1
}

// dominantState returns the state named at least three times and twice as
// often as any other, or -1, and the mentions of the state named most
// often.
func (x *doc) dominantState() (int, int) {
	best, second, bi := 0, 0, -1
	for ei, e := range x.ents {
		if e.typ != TypeInstitution || e.kind != "state" {
			continue
		}
		n := len(e.spans)
		if n > best {
			best, second, bi = n, best, ei
		} else if n > second {
			second = n
		}
	}
	if best >= 3 && best >= 2*second {
		return bi, best
	}
	return -1, best
}

// committeeKinds are bodies a person sits on.
var committeeKinds = set("organization", "parliament", "government")

// ledGroups are groups that act for the body named before them.
var ledGroups = set("delegation", "delegations", "team", "mission")

// genericBody resolves the generic noun w at token k ("the firm", "the
// group") to the body of that kind named last before it; "the group" is
// resolved by nearestGroup.
func (x *doc) genericBody(si, k int, w string) int {
	if w == "group" {
		return x.nearestGroup(si, k)
	}
	return x.nearestInstitutionNamed(si, k, w)
}

// nearestGroup resolves "the group" at token k in one backward scan over
// the window nearestInstitutionNamed reads. The nearest armed group (a
// militia, a cartel, a rebel force) or body with "Group" in its name wins.
// A company that is a group only by kind ("Tarrow Shipbrokers Ltd") loses
// to an armed group named before it: stories that list a militia's
// financiers call the firm that moved its money "the company" or "the
// firm", and the people they list by the militia ("the group's
// treasurer"). A body named "... Group" is called "the group" in its own
// right, so it is never passed over; meeting one ends the scan.
func (x *doc) nearestGroup(si, k int) int {
	firm, found := -1, -1
	x.bodiesBefore(si, k, func(_, _, e int) bool {
		en := x.ents[e]
		if en.kind == "armed_group" {
			found = e
			return false
		}
		if x.nameHas(e, "group") {
			found = e
			if firm >= 0 {
				found = firm
			}
			return false
		}
		if firm < 0 && en.kind == "company" {
			firm = e
		}
		return true
	})
	if found >= 0 {
		return found
	}
	return firm
}

// genericPossessor resolves the generic noun at k ("the firm", "the bloc")
// that possesses a role to the body of that kind named last before it.
func (x *doc) genericPossessor(si, k int) int {
	w := x.toks[k].lower
	if e := x.genericBody(si, k, w); e >= 0 {
		return e
	}
	if w == "bloc" || w == "alliance" {
		return x.nearestInstitutionNamed(si, k, "international")
	}
	return -1
}

// shortFormOwner resolves a possessor that names a body by part of its
// name and was not recognised as a mention: "Brellwick's managing
// director" after "Brellwick Freight Services Ltd", "The Council's
// secretary general" after "the Coral Shelf Council". k is the last word
// before the possessive; up to three capitalised words ending there must
// be consecutive words of the name of exactly one institution named
// before the sentence (an acronym is a mention already); see soleBody.
func (x *doc) shortFormOwner(si, k int) int {
	j := x.capRunStart(x.sents[si].t0, k, false)
	return x.soleBody(x.toks[j:k+1], x.toks[x.sents[si].t0].start, false, true)
}

// capRunStart walks back from the capitalised word k over at most two
// more capitalised words without a mention of their own ("Port
// Authority"), not over "the" nor, with mods, over a role modifier
// ("Chief"); it returns the run's first token.
func (x *doc) capRunStart(lo, k int, mods bool) int {
	j := k
	for j-1 >= lo && k-j < 2 {
		t := &x.toks[j-1]
		if t.kind != tkWord || !t.cap || x.tokMent[j-1] >= 0 || t.lower == "the" || mods && roleModifiers[t.lower] {
			break
		}
		j--
	}
	return j
}

// soleBody returns the one institution (not a state) named before byte
// offset before whose name holds the words of run, at its end with tail.
// A short form two bodies share ("the Commission's" after two
// commissions) gives none, and so does one that is part of a name
// opening with a given name (a person's, also one taken for a body:
// "X's lawyer" is the client's surname); not so a head word, which is
// no surname ("Foundation president X" after a foundation named for a
// person). Without listed a gazetteer body is no candidate: a bare
// lower-case "council" is the article's own, not the "UN Security
// Council".
func (x *doc) soleBody(run []token, before int, tail, listed bool) int {
	found := -1
	for e, en := range x.ents {
		body := en.typ == TypeInstitution && en.kind != "state" && !en.weak && len(en.spans) > 0 && en.spans[0].Start < before
		if tail {
			// only bodies are compared: this runs for bare head words
			if !body || !nameEndsWith(en.name, run) || !listed && x.listedBody(en) {
				continue
			}
		} else if !nameHasRun(en.name, run) {
			continue
		}
		if given, _, _ := strings.Cut(en.name, " "); !tail && x.lx.first[strings.ToLower(given)] {
			return -1
		}
		if !body {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// listedBody reports an institution of the gazetteer (orgs.txt).
func (x *doc) listedBody(en *entity) bool {
	name, ok := strings.CutPrefix(en.key, "org:")
	if !ok {
		return false
	}
	g := x.lx.orgs[name]
	return g != nil && g.key == en.key
}

// bodyHeads are the last words of bodies' names that a role may borrow
// as its owner when written bare before it ("Commission President X",
// "council spokeswoman X"). Portfolio and ministry words are left out:
// "Trade Minister X" says nothing about a "World Trade Organization";
// so are "union" and "fund", more often a trade than a body ("union
// leader X", "fund manager X" beside the European Union or the IMF).
var bodyHeads = set("commission", "council", "authority", "cooperative", "board", "association", "federation", "foundation",
	"committee", "institute", "agency", "alliance", "chamber", "court")

// headWordOwner resolves a body written by the last words of its name,
// bare, right before a role or as the role's capitalised modifier:
// "Commission President X" after "the European Commission", "Port
// Authority chief executive X", "said council spokeswoman X" after "the
// Valley Growers Council". The run ends in one of bodyHeads; it is one
// lower-case word or up to three capitalised words without a mention of
// their own. Exactly one institution (not a state) named before the role
// must end in those words (soleBody); two such bodies ("the Commission"
// with two commissions named) give none. A lower-case word names only a
// body the article itself found, and only when no lower-case word of its
// own comes before it: "city council", "hedge fund", "parish board" are
// other bodies than the one named.
func (x *doc) headWordOwner(r *roleSpan) int {
	lo := x.sents[r.sent].t0
	k := r.h0 - 1
	switch {
	case r.t1-r.h0 > 1 && bodyHeads[x.toks[r.h0].lower]:
		k = r.h0 // the lexicon's own "commission president"
	case k < r.t0 || !x.toks[k].cap || roleModifiers[x.toks[k].lower]:
		k = r.t0 - 1
	}
	if k < lo || x.toks[k].kind != tkWord || x.tokMent[k] >= 0 || !bodyHeads[x.toks[k].lower] {
		return -1
	}
	j := k
	if x.toks[k].cap {
		j = x.capRunStart(lo, k, true)
	} else if k-1 >= lo && !x.openerBeforeHead(k-1) {
		return -1
	}
	return x.soleBody(x.toks[j:k+1], x.toks[r.t0].start, true, x.toks[k].cap)
}

// headOpeners may come right before a bare lower-case body word ("said
// council spokeswoman X", "according to board member X").
var headOpeners = set("and", "or", "but", "by", "for", "of", "as", "according", "added", "told")

// openerBeforeHead reports whether token i, right before a bare
// lower-case body word, leaves that word bare: no word, an article, a
// speech verb or a function word; a lower-case noun ("city", "trade")
// makes it another body.
func (x *doc) openerBeforeHead(i int) bool {
	t := &x.toks[i]
	return t.kind != tkWord || t.cap || articleLike[t.lower] || clauseWords[t.lower] || headOpeners[t.lower] || x.lx.speech[t.lower]
}

// nameEndsWith reports whether the last words of name are the words of
// run (case aside).
func nameEndsWith(name string, run []token) bool {
	rest := name
	for n := len(run) - 1; n >= 0; n-- {
		w := run[n].text
		if len(rest) < len(w) || !strings.EqualFold(rest[len(rest)-len(w):], w) {
			return false
		}
		rest = rest[:len(rest)-len(w)]
		if n > 0 || rest != "" {
			if !strings.HasSuffix(rest, " ") {
				return false
			}
			rest = rest[:len(rest)-1]
		}
	}
	return true
}

// nameHasRun reports whether the words of run are consecutive words of
// name (case aside). It walks the name in place: it runs for every body
// of the article.
func nameHasRun(name string, run []token) bool {
	for rest := name; rest != ""; {
		if runAt(rest, run) {
			return true
		}
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
	}
	return false
}

// runAt reports whether name starts with the words of run, each ending at
// a space or at the end of name.
func runAt(name string, run []token) bool {
	for n := range run {
		w := run[n].text
		if len(name) < len(w) || !strings.EqualFold(name[:len(w)], w) {
			return false
		}
		name = name[len(w):]
		if n == len(run)-1 {
			return name == "" || name[0] == ' '
		}
		if name == "" || name[0] != ' ' {
			return false
		}
		name = name[1:]
	}
	return false
}

// partyMembers links a person to the party whose adjective names them:
// "Democrat Temperance Oakes", "Tolland, a Republican from Idaho". (A party
// before a title, "Republican senator X", is the title's qualifier.)
func (x *doc) partyMembers() {
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.ent < 0 || m.kind != "party" || m.t1-m.t0 != 1 || partyWords[x.toks[m.t0].lower] == "" {
			continue
		}
		end := x.sents[m.sent].t1 // the person follows in the same sentence
		if pm := x.mentionStartAt(m.t1); m.t1 < end && pm >= 0 && x.isPerson(x.ments[pm].ent) {
			x.addAff(x.ments[pm].ent, m.ent, "member", m.sent, 0.7)
			continue
		}
		if m.t1 < end && x.tokRole[m.t1] >= 0 {
			// "Republican Congresswoman X"
			r := &x.roles[x.tokRole[m.t1]]
			if pm := x.mentionStartAt(r.t1); r.t1 < end && pm >= 0 && x.isPerson(x.ments[pm].ent) {
				x.addAff(x.ments[pm].ent, m.ent, r.head, m.sent, 0.7)
			}
			continue
		}
		if c := m.t0 - 2; c > x.sents[m.sent].t0 && x.toks[c].text == "," {
			if pm := x.mentionEndAt(c - 1); pm >= 0 && x.isPerson(x.ments[pm].ent) {
				x.addAff(x.ments[pm].ent, m.ent, "member", m.sent, 0.7)
			}
		}
	}
}

// partyWordAt reports a party's adjective read as the party at token k.
func (x *doc) partyWordAt(k int) bool {
	if k < 0 || x.tokMent[k] < 0 || partyWords[x.toks[k].lower] == "" {
		return false
	}
	return x.ments[x.tokMent[k]].kind == "party"
}

// respectiveOffices reads a plural office and its holders: "the Chilean
// and Peruvian trade ministers, A and B", "A and B, the French and
// Polish presidents", "the trade ministers of X and Y, A and B" and
// "her Danish and Estonian counterparts, A and B" pair states and names
// in order; "the two trade ministers, A of X and B of Y" give each
// holder the state after the name; "three of the cannery's directors,
// A and B" give all of them the body that qualifies the role. Nothing when
// the counts differ or no comma sets the names beside the role.
func (x *doc) respectiveOffices() {
	for ri := range x.roles {
		r := &x.roles[ri]
		if !r.plural || !r.tp.title || r.tp.honor || r.tp.diplo {
			continue
		}
		s := &x.sents[r.sent]
		states, after := x.statesBefore(r), r.t1
		if len(states) == 0 && after < s.t1 && x.toks[after].lower == "of" {
			states, after = x.stateList(r.sent, after+1)
		}
		var people, own []int
		if after+1 < s.t1 && x.toks[after].text == "," {
			people, own, _ = x.holderList(r.sent, after+1)
		}
		if len(people) == 0 && len(states) > 0 {
			people = x.holdersBefore(r.sent, x.firstStateBefore(r))
			own = make([]int, len(people))
			for i := range own {
				own[i] = -1
			}
		}
		if len(people) < 2 {
			continue
		}
		body := -1
		if len(states) == 0 {
			if inst, _, explicit := x.qualifier(r); explicit {
				body = inst // "the company's directors, A and B"
			}
		} else if len(states) != len(people) {
			continue
		}
		role := strings.TrimSuffix(r.text, "s")
		for i, p := range people {
			st := own[i]
			switch {
			case len(states) > 0 && st < 0:
				st = states[i]
			case body >= 0 && st < 0:
				x.addAff(p, body, role, r.sent, 0.7)
				continue
			}
			if st >= 0 && x.ents[st].kind == "state" && !r.tp.occup {
				x.addAff(p, st, role, r.sent, 0.7)
				x.ents[p].states = append(x.ents[p].states, x.ents[st].key)
			}
		}
	}
}

// firstStateBefore returns the first token of the list statesBefore read
// for role r.
func (x *doc) firstStateBefore(r *roleSpan) int {
	k := r.t0
	for k-1 >= x.sents[r.sent].t0 {
		mi := x.mentionEndAt(k - 1)
		if mi < 0 || x.ments[mi].ent < 0 || x.ents[x.ments[mi].ent].kind != "state" {
			break
		}
		k = x.ments[mi].t0
		if k-2 < x.sents[r.sent].t0 || (x.toks[k-1].lower != "and" && x.toks[k-1].text != ",") || !x.stateEndsAt(k-2) {
			break
		}
		k--
	}
	return k
}

// stateEndsAt reports a state's mention ending at token k.
func (x *doc) stateEndsAt(k int) bool {
	mi := x.mentionEndAt(k)
	return mi >= 0 && x.ments[mi].ent >= 0 && x.ents[x.ments[mi].ent].kind == "state"
}

// holdersBefore reads "A and B, the" backwards from token k, the first
// token of the states that qualify a plural role ("A and B, the French
// and Polish presidents"): the people in text order, or nil.
func (x *doc) holdersBefore(si, k int) []int {
	s := &x.sents[si]
	if k-2 <= s.t0 || x.toks[k-1].lower != "the" || x.toks[k-2].text != "," {
		return nil
	}
	var out []int
	for q := k - 3; q >= s.t0; {
		mi := x.mentionEndAt(q)
		if mi < 0 || !x.isPerson(x.ments[mi].ent) {
			return nil
		}
		out = append([]int{x.ments[mi].ent}, out...)
		q = x.ments[mi].t0 - 1
		if q < s.t0 || x.toks[q].lower != "and" && x.toks[q].text != "," {
			break
		}
		q--
	}
	return out
}

// statesBefore returns the states named by a list of demonyms or names
// right before role r ("the Chilean and Peruvian trade ministers"), in
// text order, or nil.
func (x *doc) statesBefore(r *roleSpan) []int {
	s := &x.sents[r.sent]
	var out []int
	k := r.t0 - 1
	for k >= s.t0 {
		mi := x.mentionEndAt(k)
		if mi < 0 {
			break
		}
		e := x.ments[mi].ent
		if e < 0 || x.ents[e].kind != "state" {
			return nil
		}
		out = append([]int{e}, out...)
		k = x.ments[mi].t0 - 1
		if k < s.t0 || x.toks[k].lower != "and" && x.toks[k].text != "," {
			break
		}
		k--
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// stateList reads "Japan and South Korea" (or "A, B and C") from token q:
// the states in order and the token after the list; nil unless every
// item is a state and there are at least two.
func (x *doc) stateList(si, q int) ([]int, int) {
	s := &x.sents[si]
	var out []int
	for q < s.t1 {
		mi := x.mentionStartAt(q)
		if mi < 0 {
			return nil, q
		}
		e := x.ments[mi].ent
		if e < 0 || x.ents[e].kind != "state" {
			return nil, q
		}
		out = append(out, e)
		q = x.ments[mi].t1
		if q+1 < s.t1 && (x.toks[q].lower == "and" || x.toks[q].text == "," && x.stateAt(q+1)) {
			q++
			continue
		}
		break
	}
	if len(out) < 2 {
		return nil, q
	}
	return out, q
}

// stateAt reports a state's mention starting at token k.
func (x *doc) stateAt(k int) bool {
	mi := x.mentionStartAt(k)
	return mi >= 0 && x.ments[mi].ent >= 0 && x.ents[x.ments[mi].ent].kind == "state"
}

// holderList reads the people listed from token q ("A and B", "A, B and
// C", "A of X and B of Y"): each person with the body written after the
// name with "of" (-1 if none), and the token after the list.
func (x *doc) holderList(si, q int) (people, own []int, next int) {
	s := &x.sents[si]
	for q < s.t1 {
		mi := x.mentionStartAt(q)
		if mi < 0 || !x.isPerson(x.ments[mi].ent) {
			break
		}
		people = append(people, x.ments[mi].ent)
		o := -1
		q = x.ments[mi].t1
		if q+1 < s.t1 && x.toks[q].lower == "of" {
			if mj := x.mentionStartAt(q + 1); mj >= 0 && x.ments[mj].ent >= 0 && x.ents[x.ments[mj].ent].typ == TypeInstitution {
				o, q = x.ments[mj].ent, x.ments[mj].t1
			}
		}
		own = append(own, o)
		if q+1 < s.t1 && (x.toks[q].lower == "and" || x.toks[q].text == ",") {
			q++
			if x.toks[q].lower == "and" {
				q++
			}
			continue
		}
		break
	}
	return people, own, q
}

// issuerHeads open the name of a government, or of one of its ministries,
// printed above that government's own release: "Government of Ostria",
// "Ministry of Fisheries, Republic of Ostria". "Republic" and "Kingdom"
// name the issuer only as a line of their own or after a ministry's
// segment: a sports menu ends in "Republic of Ostria" too.
var issuerHeads = set("government", "ministry", "department", "republic", "kingdom")

// issuerHeadsGate is issuerHeads' gate (see wordGate): mastheadCue asks
// it about every word of the lines above an article.
var issuerHeadsGate = gateOf(issuerHeads)

// releaseIssuer reads the lines above an article's first paragraph (a
// page's masthead, menu and breadcrumbs) for the government that issues
// the page and for the ministers it is printed for ("The Hon X MP",
// "Senator the Hon Y"). It returns the issuing state's key only when the
// masthead names exactly one state as a government ("Government of
// Ostria", "Ostrian Government", "Ministry of Fisheries and Ports of
// the Republic of Ostria") and the page calls itself a release (a
// "Media release", "Press releases" or "Press Service" line, or a
// minister's "The Hon" line): a news site prints no government above its
// stories, and its headline "Pressure mounts on Ostrian Government" is
// no issuer.
func (lx *lexicon) releaseIssuer(text string) (key string, names []string) {
	cue := false
	for n := 0; n < 16 && text != ""; {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n++
		if wordCount(line) > 14 && len(segments(line)) < 3 || strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "...") {
			break // the first paragraph; a breadcrumb and "Search..." are not
		}
		cue = cue || releaseCue(line)
		if !lx.mastheadCue(line) {
			continue
		}
		if name := lx.honourableName(line); name != "" {
			names = append(names, name)
			cue = true
		}
		parts := segments(line)
		if parts == nil {
			parts = []string{line}
		}
		ministry := false // a ministry's or government's segment came first
		var buf [32]token // one short segment at a time
		for _, p := range parts {
			toks := tokenize(p, buf[:0])
			k := lx.governmentNamed(toks, len(parts) == 1 || ministry)
			if len(toks) > 0 && toks[0].lower != "republic" && toks[0].lower != "kingdom" && issuerHeads[toks[0].lower] {
				ministry = true
			}
			if k == "" {
				continue
			}
			if key != "" && key != k {
				return "", names // two governments: a joint page or a menu
			}
			key = k
		}
	}
	if !cue {
		return "", nil
	}
	return key, names
}

// releaseCue reports whether a header line calls the page a release: "Press
// release", "Media releases", "News release", "For immediate release", a
// menu item "Releases", or a government's press office ("Press Service",
// "Press Room", "Press Centre"). A headline's "release" ("Hostage release
// talks stall") is none.
func releaseCue(line string) bool {
	lower := strings.ToLower(line)
	if !strings.Contains(lower, "release") && !strings.Contains(lower, "press") {
		return false
	}
	for _, seg := range append(segments(lower), lower) {
		words := strings.FieldsFunc(seg, func(r rune) bool { return !unicode.IsLetter(r) })
		for i, w := range words {
			switch {
			case (w == "release" || w == "releases") && (len(words) == 1 || i > 0 && releaseKinds[words[i-1]]):
				return true
			case w == "press" && i+1 < len(words) && pressOffices[words[i+1]]:
				return true
			}
		}
	}
	return false
}

// releaseKinds come before "release": "Press release", "Joint media
// release", "For immediate release".
var releaseKinds = set("press", "media", "news", "immediate")

// pressOffices follow "Press" in a government's header: its press office.
var pressOffices = set("service", "room", "centre", "center", "office")

// mastheadCue reports whether a header line holds a word that names a
// government (an issuer head) or a minister's honorific: a cheap test
// that spares every other line the splitting and tokenising.
func (lx *lexicon) mastheadCue(line string) bool {
	var buf [12]byte
	for w := range strings.FieldsSeq(line) {
		w = strings.TrimSuffix(w, ".")
		if len(w) > len(buf) {
			continue // longer than any head or honorific
		}
		b := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if issuerHeadsGate.may(string(b)) && issuerHeads[string(b)] || lx.gate.titles.may(string(b)) && lx.honourableTitle(lx.titles[string(b)]) {
			return true
		}
	}
	return false
}

// governmentNamed returns the key of the state a masthead segment names
// as a government: the segment is "[the] <state> Government" (or ends in
// "of the <state> Government": "Home page of the Ostrian Government"),
// or it opens with a head and ends in "of [the] <state>" ("Republic of
// Ostria", "Ministry of Ports and Canals of Ostria"). A
// headline ("Ostrian Government lifts ban", "Pressure mounts on Ostrian
// Government") does neither. "Republic" and "Kingdom" open the name
// only when alone is set: the segment is its line, or a ministry's
// segment came before it.
func (lx *lexicon) governmentNamed(toks []token, alone bool) string {
	n := len(toks)
	if n < 2 {
		return ""
	}
	if toks[n-1].lower == "government" {
		for j := 0; j < n-1; j++ {
			k, l := lx.stateWordsAt(toks, j)
			if k == "" || j+l != n-1 {
				continue
			}
			if j == 0 || j == 1 && toks[0].lower == "the" || j >= 2 && toks[j-1].lower == "the" && toks[j-2].lower == "of" {
				return k
			}
		}
		return ""
	}
	h := 0
	if toks[0].lower == "the" {
		h = 1
	}
	if !issuerHeads[toks[h].lower] || !alone && (toks[h].lower == "republic" || toks[h].lower == "kingdom") {
		return ""
	}
	for j := h + 2; j < n; j++ {
		if toks[j-1].lower != "of" && !(toks[j-1].lower == "the" && toks[j-2].lower == "of") {
			continue
		}
		if k, l := lx.stateWordsAt(toks, j); k != "" && j+l == n {
			return k
		}
	}
	return ""
}

// stateWordsAt returns the key and length of a state's name or demonym
// written at toks[j], or "".
func (lx *lexicon) stateWordsAt(toks []token, j int) (string, int) {
	return lx.statePhraseAt(toks, j, gzName, gzDemonym)
}

// honourableName returns the name on a masthead line printed for a
// minister ("The Hon Jane Roe MP", "Senator the Hon John Doe"), without
// the honorifics, the office after a comma or a bar ("The Hon Jane Roe
// MP, Ostrian Minister of Canals") and a post-nominal in capitals, or "".
func (lx *lexicon) honourableName(line string) string {
	if i := strings.IndexAny(line, ",|"); i >= 0 {
		line = line[:i]
	}
	words := strings.Fields(line)
	i := 0
	if i < len(words) && strings.EqualFold(words[i], "senator") {
		i++
	}
	if i+2 >= len(words) || !strings.EqualFold(words[i], "the") || !lx.honourable(strings.ToLower(strings.TrimSuffix(words[i+1], "."))) {
		return ""
	}
	words = words[i+2:]
	if last := words[len(words)-1]; len(words) > 2 && len(last) <= 4 && strings.ToUpper(last) == last {
		words = words[:len(words)-1] // "MP", "QC"
	}
	return strings.Join(words, " ")
}

// honourable reports whether the lower-cased word w is the honorific a
// Commonwealth government gives its ministers ("hon", "honourable",
// "honorable"): an honorific of titles.txt spelt "hon…". "Mr" and "Dr"
// are honorifics too, but not a minister's.
func (lx *lexicon) honourable(w string) bool {
	return strings.HasPrefix(w, "hon") && lx.honourableTitle(lx.titles[w])
}

// honourableTitle reports whether the titles listed under one word hold
// a one-word minister's honorific ("Hon", "Hon.", "Honourable").
func (lx *lexicon) honourableTitle(tps []*titlePhrase) bool {
	for _, tp := range tps {
		if tp.honor && len(tp.toks) == 1 && strings.HasPrefix(tp.toks[0], "hon") {
			return true
		}
	}
	return false
}

// releaseLead returns the issuing state of a government's release for
// the holder of a state office who opens it, in its headline or first
// paragraph ("Foreign Minister X today received …", "On 3 May, Minister
// of Trade Y met …"): the page is that government's account of its own
// minister. Otherwise -1. Only words of time, "the", numbers and
// honorifics may stand before the role: a subject before it ("Delegates
// welcomed Prime Minister Z", "Today delegates welcomed …") makes the
// minister an object. The role is no visitor's: "Visiting Foreign
// Minister Z", "the visiting Foreign Minister Z" and the guest named
// after the host are another state's.
func (x *doc) releaseLead(ri int) int {
	if x.issuerKey == "" {
		return -1
	}
	r := &x.roles[ri]
	s := &x.sents[r.sent]
	if !s.title && r.sent != x.firstParagraph() || r.t0-s.t0 > 6 || strings.Contains(r.text, "visiting") {
		return -1
	}
	for k := s.t0; k < r.t0; k++ {
		t := &x.toks[k]
		if rj := x.tokRole[k]; x.tokMent[k] >= 0 || rj >= 0 && !x.roles[rj].tp.honor {
			return -1
		} else if rj >= 0 {
			continue // "the Hon", "Hon."
		}
		if _, month := monthNames[t.lower]; t.kind == tkWord && !month && !hasWeekday(t.lower) && !leadWords[t.lower] {
			return -1
		}
	}
	return x.entityByKey(x.issuerKey)
}

// leadWords may open a release's first sentence before its minister (the
// honorifics are roles of their own).
var leadWords = set("on", "today", "yesterday", "this", "morning", "afternoon", "evening", "week", "the")

// firstParagraph returns the index of the article's first sentence that
// is no title, heading or table, or -1.
func (x *doc) firstParagraph() int {
	for si := range x.sents {
		if s := &x.sents[si]; !s.title && !s.heading && !s.table {
			return si
		}
	}
	return -1
}

// releaseOfficials links to the issuing state of a government's release
// the people it calls its ministers and who have no affiliation yet: a
// name its masthead prints ("The Hon X MP") and a name written after
// "the Hon", "the Honourable" or "Hon." in its text. Governments give
// that honorific to their own ministers; a guest is "H.E.", is named
// with his state, which an earlier stage has taken, or is a visitor
// ("the Hon X, who is visiting from Y", "the Hon X of Y").
func (x *doc) releaseOfficials() {
	if x.issuerKey == "" {
		return
	}
	st := x.entityByKey(x.issuerKey)
	if st < 0 {
		return
	}
	done := make([]bool, len(x.ents)) // the people affiliated already
	for _, a := range x.affs {
		if a.person >= 0 && a.person < len(done) && a.role != "owner" {
			done[a.person] = true
		}
	}
	for mi := range x.ments {
		m := &x.ments[mi]
		if !x.isPerson(m.ent) || done[m.ent] {
			continue
		}
		if x.honouredAt(m.t0) && !x.visitorAt(mi, st) || x.mastheadNamed(m.ent) {
			x.addAff(m.ent, st, "", m.sent, 0.6)
			x.ents[m.ent].states = append(x.ents[m.ent].states, x.ents[st].key)
			done[m.ent] = true
		}
	}
}

// visitorAt reports whether the person of mention mi is called a visitor
// or given another state than st in the words around the name: "visiting"
// up to three words before it or six after it, or "of"/"from" and a
// state up to six words after it.
func (x *doc) visitorAt(mi, st int) bool {
	m := &x.ments[mi]
	s := &x.sents[m.sent]
	for k := max(s.t0, m.t0-3); k < min(s.t1, m.t1+6); k++ {
		if x.toks[k].lower == "visiting" {
			return true
		}
		if k > m.t1 && (x.toks[k-1].lower == "of" || x.toks[k-1].lower == "from") {
			if mj := x.mentionStartAt(k); mj >= 0 && x.ments[mj].ent >= 0 && x.ments[mj].ent != st && x.ents[x.ments[mj].ent].kind == "state" {
				return true
			}
		}
	}
	return false
}

// affiliated reports whether person p has an affiliation already (a firm
// the person owns aside, and so a past post: "Kanzaki, a former engineer
// at Y" may now hold a state's office).
func (x *doc) affiliated(p int) bool {
	for _, a := range x.affs {
		if a.person == p && holdsPost(a) {
			return true
		}
	}
	return false
}

// holdsPost reports whether affiliation a is a post its person holds now:
// not a firm the person owns, not a past ("former ...") post. Such links
// neither keep a person from a state's office (affiliated) nor from a
// second body's (servesOtherBody).
func holdsPost(a affiliation) bool {
	return a.role != "owner" && !strings.HasPrefix(a.role, "former ")
}

// honouredAt reports whether "Hon", "Hon." or "Honourable" stands right
// before token k.
func (x *doc) honouredAt(k int) bool {
	k--
	if k >= 0 && x.toks[k].text == "." {
		k--
	}
	return k >= 0 && x.lx.honourable(x.toks[k].lower)
}

// mastheadNamed reports whether the release's masthead prints the name
// of person e, in full or as its surname ("Ms Roe" under "The Hon Jane
// Roe MP").
func (x *doc) mastheadNamed(e int) bool {
	for _, n := range x.issuerNames {
		if namedAs(n, x.ents[e].name) {
			return true
		}
		for _, a := range x.ents[e].aliases {
			if namedAs(n, a) {
				return true
			}
		}
	}
	return false
}

// namedAs reports whether the masthead's name n is a, in full or ending
// in it after a space.
func namedAs(n, a string) bool {
	return sameName(n, a) || len(n) > len(a) && n[len(n)-len(a)-1] == ' ' && sameName(n[len(n)-len(a):], a)
}

// localGovernment finds the regional or city government a role belongs to
// when a place, not a body, stands before it: "Vornek Governor X",
// "Keldra's Transport Secretary X", "the Tarrow State Commissioner for
// Works, X". Such an office serves the province or city, not the
// country, so the article must name exactly one government ("government"
// kind, never a state) whose name holds the place ("Provincial Government
// of Vornek", "Tarrow State Government") or its adjective ("Caledonian
// Government" for "Caledonia"). Only a government's own executive office
// counts (localOffice): a legislator ("Vornek Senator X", "Vornek MP X"),
// a role whose lexicon entry implies its body (a chamber, a state), and
// the head of a police force, university, port or hospital of the place
// never go to its government. A state before the role is the qualifier's
// own case, so a national office is never moved to a province; a place
// that names no government of its own leaves the role alone; and a role
// that spans a body's head ("Central Bank Governor") belongs to that
// body, not to the place.
func (x *doc) localGovernment(r *roleSpan) int {
	lo := x.sents[r.sent].t0
	j := r.t0 - 1
	if r.tp.diplo || r.tp.implied != "" || j <= lo-1 || !x.localOffice(r) {
		return -1
	}
	if j > lo && x.localRank(r, j) {
		j-- // "Vornek Deputy Mayor X", "Vornek Chief Minister X"
	}
	if j > lo && x.possAt(j) {
		j--
	}
	if x.toks[j].kind != tkWord || !x.toks[j].cap {
		return -1
	}
	i := j
	if mi := x.tokMent[j]; mi >= 0 {
		m := &x.ments[mi]
		if m.t1 != j+1 || m.ent < 0 || x.ents[m.ent].typ != TypePlace {
			return -1
		}
		i = m.t0
	} else if x.lx.isCommon(x.toks[j].lower) {
		return -1 // "Provincial Governor X", "Deputy Governor X": no place
	}
	place := x.toks[i : j+1]
	found := -1
	for e, en := range x.ents {
		if en.typ != TypeInstitution || en.kind != "government" || !nameHasRun(en.name, place) && !adjectiveOpens(en.name, place) {
			continue
		}
		if found >= 0 {
			return -1 // two governments of the place: no guess
		}
		found = e
	}
	return found
}

// localHeads are the offices that head a province's or city's
// government; localPortfolioHeads are its members only with a portfolio
// ("Fisheries Secretary", "Commissioner for Works"), never bare.
var (
	localHeads          = set("governor", "premier", "mayor")
	localPortfolioHeads = set("secretary", "commissioner", "minister")
	// localNotPortfolio are words before such a head that name no
	// portfolio of a regional government: a rank, a national office
	// ("Prime Minister", "Foreign Secretary") or the word "state"
	localNotPortfolio = set("deputy", "assistant", "under", "vice", "acting", "interim", "junior", "senior", "state",
		"prime", "foreign", "external", "defence", "defense", "press", "cabinet", "high", "permanent", "principal", "former")
	// localOwnBodies are bodies of a place with heads of their own: a
	// "Vornek Police Commissioner" or "University Chancellor" serves
	// the force or the school, not the government
	localOwnBodies = set("police", "university", "port", "ports", "harbour", "harbor", "hospital", "hospitals", "school",
		"schools", "college", "airport", "prison", "prisons", "fire", "army", "navy", "museum", "library", "bank", "church",
		"diocese", "club", "team", "league", "union", "party", "company", "corporation")
)

// localOffice reports whether role r is an executive office of a regional
// or city government: a governor, premier or mayor (with a rank such as
// "Deputy Mayor"), a chief or first minister, or a secretary,
// commissioner or minister with a portfolio before the head or after it
// ("Commissioner for Works"). No word of the role may name a body of its
// own (localOwnBodies, bodyHeads).
func (x *doc) localOffice(r *roleSpan) bool {
	for k := r.t0; k < r.t1; k++ {
		if w := x.toks[k].lower; bodyHeads[w] || localOwnBodies[w] {
			return false
		}
	}
	if localHeads[r.head] {
		return true
	}
	if !localPortfolioHeads[r.head] || r.t1-1 < r.t0 || x.toks[r.t1-1].lower != r.head {
		return false
	}
	if r.head == "minister" && (r.t1-r.t0 == 2 && x.localRank(r, r.t0) || r.t1-r.t0 == 1 && r.t0 > x.sents[r.sent].t0 && x.localRank(r, r.t0-1)) {
		return true // "Chief Minister", "First Minister"
	}
	for k := r.t0; k < r.t1-1; k++ {
		t := &x.toks[k]
		if t.kind == tkWord && t.cap && !localNotPortfolio[t.lower] {
			return true
		}
	}
	// "Commissioner for Works": the portfolio after the head
	s := x.sents[r.sent]
	if k := r.t1; k+1 < s.t1 && x.toks[k].lower == "for" {
		t := &x.toks[k+1]
		return t.kind == tkWord && t.cap && !localOwnBodies[t.lower] && !bodyHeads[t.lower]
	}
	return false
}

// localRank reports whether the word at k, right before or opening role
// r, makes it a regional executive office with the head: "Deputy" or
// "Lieutenant" before a governor or mayor, "Chief" or "First" before a
// minister.
func (x *doc) localRank(r *roleSpan, k int) bool {
	t := &x.toks[k]
	if t.kind != tkWord || !t.cap {
		return false
	}
	switch t.lower {
	case "deputy", "lieutenant", "vice":
		return localHeads[r.head]
	case "chief", "first":
		return r.head == "minister"
	}
	return false
}

// adjectiveOpens reports whether name opens with the adjective of a
// one-word place: the place and "n" ("Caledonian Government" for
// "Caledonia"), a place ending in a consonant and "an", "ian", "ese" or
// "ish" ("Dremmish" for "Dremm"), or a "-land" place's stem and "ish"
// ("Vornish" for "Vornland"). A place that only shares its first letters
// with the adjective is not it (a city "Velmo" and a "Velmonian" body).
func adjectiveOpens(name string, place []token) bool {
	if len(place) != 1 || len(place[0].lower) < 4 {
		return false
	}
	p := place[0].lower
	first, _, _ := strings.Cut(name, " ")
	first = strings.ToLower(first)
	if len(first) <= len(p) && !strings.HasSuffix(p, "land") {
		return false
	}
	if first == p+"n" {
		return true
	}
	if strings.HasPrefix(first, p) && !strings.ContainsRune("aeiouy", rune(p[len(p)-1])) {
		switch first[len(p):] {
		case "an", "ian", "ese", "ish":
			return true
		}
	}
	if stem, ok := strings.CutSuffix(p, "land"); ok && len(stem) >= 3 {
		return strings.HasPrefix(first, stem) && strings.HasSuffix(first, "ish") && len(first) <= len(stem)+5
	}
	return false
}

// describedAsHolder finds the person a body's description names, from
// token as (the "as" before the role): "X, whom the notice described as
// the militia's treasurer", "X, whom lawmakers describe as Y's main
// donor", "X, a trader they described as a financier of Y", "X, described
// by the ministry as a commander of Y". The description is the body's,
// but its role is the person's, as an appositive's would be. "described"
// sits right before "as" or before a "by/in" phrase naming the describer;
// before it comes the describer after "whom/who", or a short appositive
// opened by "a/an" and closed by the describer, or nothing; then the
// comma that ends the person's name. The describer must be a body (see
// isDescriber): critics' or rivals' words are accusations, not roles, and
// "who met a man the Treasury described as" gives the role to the man,
// not to the subject. A hedged description ("whom the Treasury wrongly
// described as", "once described as") is no affiliation: no adverb is a
// describer word, and none may stand between "described" and "as" or
// between the comma and "described". A description of something else
// ("what the government described as his ties") has no name before its
// comma and gives -1.
func (x *doc) describedAsHolder(si, as int) int {
	lo := x.sents[si].t0
	v := -1
	for k := as - 1; k >= lo && k >= as-8; k-- {
		switch x.toks[k].lower {
		case "described", "describes", "describe", "identified":
			v = k
		}
		if v >= 0 {
			break
		}
		if x.toks[k].kind != tkWord && x.toks[k].kind != tkPoss {
			return -1
		}
	}
	if v < 0 || v+1 < as && (x.toks[v+1].lower != "by" && x.toks[v+1].lower != "in" || !x.isDescriber(v+2, as, false)) {
		return -1 // "described the talks as …": an object of its own
	}
	k := v - 1
	if k >= lo && x.toks[k].text != "," {
		// the describer after "whom", or an appositive "a/an NP" and
		// the describer closing it
		w := -1
		for j := k; j > lo && j >= v-8 && x.toks[j].text != ","; j-- {
			l := x.toks[j].lower
			if l == "whom" || l == "who" || (l == "a" || l == "an") && x.toks[j-1].lower != "whom" && x.toks[j-1].lower != "who" {
				w = j
				break
			}
		}
		if w < 0 {
			return -1 // ", the talks it described as": no appositive of a person
		}
		if x.toks[w].lower == "whom" || x.toks[w].lower == "who" {
			if !x.isDescriber(w+1, v, true) {
				return -1
			}
		} else {
			// ", a Kismayo-based businessman it described as": any words, then the describer
			if !x.isDescriber(v-1, v, false) {
				return -1
			}
			for j := w + 1; j < v-1; j++ {
				if mi := x.tokMent[j]; mi >= 0 && x.isPerson(x.ments[mi].ent) || x.toks[j].kind != tkWord && x.toks[j].text != "-" {
					return -1
				}
			}
		}
		k = w - 1
	}
	if k < lo || x.toks[k].text != "," {
		return -1
	}
	if mi := x.mentionEndAt(x.skipAge(k-1, lo)); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		return x.ments[mi].ent
	}
	return -1
}

// describerNouns are the official sources whose description of a person
// names the person's role: the notice, the ministry, prosecutors.
var describerNouns = set("notice", "statement", "ministry", "treasury", "department", "government", "prosecutors",
	"investigators", "officials", "authorities", "police", "senators", "lawmakers", "legislators", "ministers",
	"committee", "council", "court", "indictment", "designation", "listing", "journal", "report", "regulators",
	"auditors", "agency", "administration", "panel")

// describerAux may follow "who" in a passive description: "who was
// described by the ministry as", "who has been described as".
var describerAux = set("was", "were", "is", "are", "has", "have", "had", "been")

// isDescriber reports whether tokens a..b-1 name a body that describes a
// person: "the notice", "it", "the Treasury's notice", "the EU's Official
// Journal", "ministers". Each word is a determiner, a possessive, a
// pronoun for a body (it, they), a word of a name (not a person's), or an
// official noun, and the last is no determiner; a person or any other
// word ("who hired men police described", "whom the Treasury once
// described") gives false. With aux (after "who/whom") an auxiliary is
// allowed and the describer may be missing: "who was described as".
func (x *doc) isDescriber(a, b int, aux bool) bool {
	head := false
	for j := a; j < b; j++ {
		t := &x.toks[j]
		head = false
		switch {
		case t.kind == tkPoss:
		case t.lower == "the" || t.lower == "its" || t.lower == "their" || t.lower == "a" && j == a:
		case aux && describerAux[t.lower]:
			head = true
		case x.tokMent[j] >= 0:
			if x.isPerson(x.ments[x.tokMent[j]].ent) {
				return false
			}
			head = true // any token of a body's name: "the U.S. Treasury"
		case t.kind != tkWord:
			return false
		case t.lower == "it" || t.lower == "they" || t.cap || describerNouns[t.lower]:
			head = true
		default:
			return false
		}
	}
	return head || aux && a == b
}

// quoteSourceAfter reports that the person after the comma at k is the
// source of a report ("Y met the ambassador of S in Kyiv, X said"), not
// the role's holder, when the role r stands after the start of its
// sentence. A role that opens the sentence ("The chief executive, X
// said") or its clause after an opening phrase ("On Tuesday, S's
// foreign minister, X said") is a loose apposition and keeps its holder.
func (x *doc) quoteSourceAfter(r *roleSpan, k int) bool {
	if p, _ := x.npStart(r); p <= x.sents[r.sent].t0 || x.toks[p-1].text == "," {
		return false // "On Tuesday, S's foreign minister, X said": after an opening phrase
	}
	return x.sourceAfterComma(r.sent, k)
}
