package ingest

// Subjects: who a verb's subject, a pronoun or a role noun refers to.

import "strings"

// resolvePronoun finds the person "he" or "she" at token k refers to: the
// nearest person earlier in the sentence, else the subject (or first
// person) of the nearest earlier sentence that has one.
func (x *doc) resolvePronoun(si, k int) int {
	return x.resolvePronounIn(si, k, si-6)
}

// resolvePronounIn is resolvePronoun looking no further back than
// sentence lo, so that a chain of pronouns ("she … she … she") costs one
// window, not one per link.
func (x *doc) resolvePronounIn(si, k, lo int) int {
	s := &x.sents[si]
	g := pronounGender(x.toks[k].lower)
	qs, end := x.quoteBefore(si, k)
	if l := x.toks[k].lower; qs == si && (l == "he" || l == "she") {
		// "In July he met X twice, and he dined with Y": a second
		// "he" of the sentence is the first one's person, not X
		for j := s.t0; j < end; j++ {
			if x.toks[j].lower == l {
				if e := x.resolvePronounIn(si, j, lo); e >= 0 {
					return e
				}
				break
			}
		}
	}
	for j := end - 1; j >= x.sents[qs].t0; j-- {
		if mi := x.tokMent[j]; mi >= 0 && x.pronounFits(x.ments[mi].ent, -1, g) {
			return x.ments[mi].ent
		}
		if e := x.definiteRoleAt(j); e >= 0 && x.pronounFits(e, -1, g) && !x.personBefore(si, j) {
			// "The Minister then toured a plant, where he met X":
			// the person the definite role stands for, not a name
			// from the sentence before; only a role that opens the
			// sentence's parties ("X received the Minister, and he …"
			// keeps the older reading)
			return e
		}
	}
	// "On 9 March she travelled to Riga, where X greeted her. The next morning
	// she …": the same person as that "she"
	return x.earlierPerson(qs, lo, -1, g, func(sj, j int) int { return x.resolvePronounIn(sj, j, lo) })
}

// definiteRoleAt returns the person a definite role phrase standing
// alone (not before or after a name) at token j was resolved to: "the
// Minister", "the ambassador". Else -1.
func (x *doc) definiteRoleAt(j int) int {
	ri := x.tokRole[j]
	if ri < 0 || x.tokMent[j] >= 0 || x.roles[ri].t0 != j || x.roles[ri].plural || j == 0 || x.toks[j-1].lower != "the" {
		return -1
	}
	if r := &x.roles[ri]; r.t1 < len(x.toks) && x.tokMent[r.t1] >= 0 {
		return -1 // "the Minister Y": the name stands there
	}
	if p, ok := x.roleRef[int(ri)]; ok {
		return p
	}
	return -1
}

// personBefore reports a person named in sentence si before token j.
func (x *doc) personBefore(si, j int) bool {
	for q := x.sents[si].t0; q < j; q++ {
		if mi := x.tokMent[q]; mi >= 0 && x.isPerson(x.ments[mi].ent) {
			return true
		}
	}
	return false
}

// quoteBefore bounds the search for the person a pronoun at k stands
// for. When the pronoun attributes the quote that closes just before it
// ('"We will not talk to Mr X again," she said'), the people named inside
// the quote are the speaker's subject, never the speaker: it returns the
// sentence and token of the quote's opening mark, which may lie in an
// earlier sentence ('"X called us. We waited," she said'). Otherwise it
// returns si and k. A quote whose opening mark is not found in si or the
// three sentences before it bounds the search at the start of si.
func (x *doc) quoteBefore(si, k int) (int, int) {
	s := &x.sents[si]
	c := k - 1
	if c > s.t0 && x.toks[c].text == "," {
		c--
	}
	if c <= s.t0 {
		return si, k
	}
	if q := x.toks[c].text; q != "\u201d" && q != "\u00bb" && (q != "\"" || x.toks[c].space) {
		return si, k
	}
	for sj := si; sj >= 0 && sj > si-4; sj-- {
		ps := &x.sents[sj]
		j := ps.t1 - 1
		if sj == si {
			j = c - 1
		}
		for ; j >= ps.t0; j-- {
			switch t := &x.toks[j]; t.text {
			case "\u201c", "\u00ab":
				return sj, j
			case "\u201d", "\u00bb":
				return si, s.t0 // another quote closes first
			case "\"":
				if t.space || j == ps.t0 {
					return sj, j
				}
			}
		}
	}
	return si, s.t0
}

// pronounGender returns 'f' for a feminine pronoun ("she", "her"), else
// 'm'.
func pronounGender(l string) byte {
	if l == "she" || l == "her" || l == "hers" || l == "herself" {
		return 'f'
	}
	return 'm'
}

// subjectPronoun reports l a subject pronoun of gender g: "she" or "he".
func subjectPronoun(l string, g byte) bool {
	return l == "she" && g == 'f' || l == "he" && g == 'm'
}

// pronounFits reports e a person, other than not, whom a pronoun of
// gender g may stand for.
func (x *doc) pronounFits(e, not int, g byte) bool {
	return e != not && x.isPerson(e) && x.gender(e) != 'f'+'m'-g
}

// earlierPerson returns the person a pronoun of gender g (never not)
// stands for in the nearest sentence before si, back to lo, that has
// one: its subject, else the first fitting person named in it, else the
// person its first "he" or "she" of that gender stands for (chain
// resolves that pronoun at token j of sentence sj); -1 when none has.
func (x *doc) earlierPerson(si, lo, not int, g byte, chain func(sj, j int) int) int {
	for sj := si - 1; sj >= 0 && sj >= lo; sj-- {
		if p := x.sentSubj[sj]; p >= 0 && x.pronounFits(p, not, g) && !x.pronounedOther(sj, p, g) {
			return p
		}
		ps := &x.sents[sj]
		for j := ps.t0; j < ps.t1; j++ {
			if mi := x.tokMent[j]; mi >= 0 && x.pronounFits(x.ments[mi].ent, not, g) {
				return x.ments[mi].ent
			}
			if subjectPronoun(x.toks[j].lower, g) {
				if e := chain(sj, j); x.pronounFits(e, not, g) {
					return e
				}
				break
			}
		}
	}
	return -1
}

// pronounedOther reports that sentence sj names its speaker p only by a
// pronoun of the gender other than g ("He assured her, as he recalls
// it, that …"): p is then no antecedent for a pronoun of gender g, even when
// the name tells nothing of p's gender.
func (x *doc) pronounedOther(sj, p int, g byte) bool {
	other := false
	ps := &x.sents[sj]
	for j := ps.t0; j < ps.t1; j++ {
		if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent == p {
			return false
		}
		if l := x.toks[j].lower; subjectPronoun(l, g) {
			return false
		} else if subjectPronoun(l, 'f'+'m'-g) {
			other = true
		}
	}
	return other
}

// gender guesses 'f' or 'm' for a person from the given name and the
// roles seen ("congresswoman", "spokesman"), or 0 when unknown.
func (x *doc) gender(e int) byte {
	pe := x.ents[e]
	for _, r := range pe.roles {
		switch {
		case strings.Contains(r, "woman") || strings.HasPrefix(r, "mrs") || strings.HasPrefix(r, "ms") || strings.Contains(r, "queen"):
			return 'f'
		case strings.HasSuffix(r, "man") || strings.HasPrefix(r, "mr") || strings.Contains(r, "king"):
			return 'm'
		}
	}
	if len(pe.toks) >= 2 && !familyNameFirst(pe.name) {
		f := pe.toks[0]
		if x.lx.female[f] {
			return 'f'
		}
		if x.lx.first[f] {
			return 'm'
		}
	}
	return 0
}

// refAt resolves what token k stands for as a subject or object: a named
// mention, a pronoun or a role phrase.
// organNouns after a body's name speak for it.
var organNouns = set("secretariat", "presidency", "leadership", "delegation", "delegations", "committee", "panel")

// possessedOrgans speak for a body only after its possessive ("the
// Council's committee", "Kestrel Bank's press office said", "the
// Union's mediation team said", "Ruritania's interim government said"):
// "a Senate committee" names no speaker,
// and "the office said" is left to the rules for generic nouns.
var possessedOrgans = set("committee", "panel", "office", "team", "government")

// organSpeaker resolves "the GCC secretariat said", "the Egyptian
// delegation said", "X's press office told": an organ speaks for its
// body. ok is false when the rule does not apply to token k.
func (x *doc) organSpeaker(si, k int) (e int, ok bool) {
	l := x.toks[k].lower
	if !organNouns[l] && !possessedOrgans[l] || k-1 < x.sents[si].t0 {
		return -1, false
	}
	q := k - 1
	if q-1 > x.sents[si].t0 && x.toks[q].kind == tkWord && !x.toks[q].cap && x.toks[q-1].kind == tkPoss {
		q-- // "the Security Council's monitoring committee"
	}
	if x.toks[q].kind == tkPoss {
		q--
	} else if possessedOrgans[l] {
		return -1, organNouns[l]
	}
	if mi := x.mentionEndAt(q); q >= x.sents[si].t0 && mi >= 0 {
		if e := x.ments[mi].ent; x.isActor(e) && x.ents[e].typ == TypeInstitution {
			return e, true
		}
	}
	return -1, true
}

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
	if l == "i" || l == "you" {
		if e := x.interviewRef(si, k); e >= 0 {
			return e, 0.7
		}
		return -1, 0
	}
	if e, ok := x.organSpeaker(si, k); ok {
		if e < 0 {
			return -1, 0
		}
		return e, 0.6
	}
	// "the Treasury said it had imposed …": "it" is the body that speaks
	if l == "it" {
		q := k - 1
		if q >= x.sents[si].t0 && x.toks[q].lower == "that" {
			q--
		}
		// "said on Friday it", "said in a statement it"
		for n := 0; n < 4 && q > x.sents[si].t0 && !x.lx.speech[x.toks[q].lower] && !announceVerbs[x.toks[q].lower]; n++ {
			if ql := x.toks[q].lower; !(dayWords[ql] || ql == "on" || ql == "in" || ql == "a" || ql == "statement") {
				break
			}
			q--
		}
		if q > x.sents[si].t0 && (x.lx.speech[x.toks[q].lower] || announceVerbs[x.toks[q].lower]) {
			if e, c := x.subjectOf(si, q); e >= 0 && x.ents[e].typ == TypeInstitution {
				return e, c * 0.8
			}
		}
		// "Later that week it also barred …": a sentence-initial "it" after a
		// sentence whose subject is a state or body
		if si > 0 && k-x.sents[si].t0 <= 3 && x.toks[x.sents[si].t0].cap {
			p := &x.sents[si-1]
			q := p.t0
			if x.toks[q].lower == "the" && q+1 < p.t1 {
				q++ // "The Treasury Department added …"
			}
			if mi := x.mentionStartAt(q); mi >= 0 {
				if e := x.ments[mi].ent; x.isActor(e) && x.ents[e].typ == TypeInstitution {
					return e, 0.5
				}
			}
			// "In April, the Nordic Council listed …. It also barred …":
			// the subject after an opening phrase
			if e, _ := x.clauseSubject(si-1, p.t1); x.frameImposer(e) && x.toks[p.t0].kind == tkWord {
				return e, 0.5 // (a state or public body, not a list item's firm)
			}
		}
		return -1, 0
	}
	// "the ministry said", "the department said": the nearest earlier
	// institution whose name has that word
	if k-1 >= x.sents[si].t0 && x.toks[k-1].lower == "the" && memberBodyNouns[l] && !genericInstNouns[l] {
		return x.nearestMemberBody(si, k, l), 0.6
	}
	if k-1 >= x.sents[si].t0 && x.toks[k-1].lower == "the" && genericInstNouns[l] {
		e := x.nearestInstitutionNamed(si, k, l)
		if x.toks[k].cap {
			// "the Commission said" ten sentences after "the European
			// Commission": a capitalised head word is a body's short
			// name, read over the whole article when exactly one body
			// named before it ends in that word; two that do ("the
			// Lake Basin Commission and the European Commission") leave
			// "the Commission" unread, however near one of them is.
			// A body whose name has the word as its head before
			// "of"/"on"/"for" ("the Central Bank of Nigeria", "the
			// Commission on Elections") is also called so: beside one
			// that ends in it ("the World Bank" named in passing) the
			// short name fits either and none is taken
			if x.headShared(x.toks[k:k+1], x.toks[k].start) {
				e = -1
			} else if one := x.soleBody(x.toks[k:k+1], x.toks[k].start, true, true); one >= 0 {
				e = one
			}
		}
		if e >= 0 || l != "ministry" {
			return e, 0.6
		}
	}
	// "Treasury said the shipper had …", "the Bureau said": a body's short
	// name that recognition left unlinked speaks for the institution
	// named with it shortly before
	if x.toks[k].cap && shortBodyNames[l] && (k == x.sents[si].t0 || x.toks[k-1].lower == "the") {
		if e := x.nearestInstitutionNamed(si, k, l); e >= 0 {
			return e, 0.6
		}
	}
	// "the government in Tbilisi said", "In Vilnius, the foreign ministry
	// said": an unnamed government organ speaks for the state whose seat
	// names it
	if (l == "government" || l == "ministry") && k-1 >= x.sents[si].t0 {
		q := k - 1
		if l == "ministry" && x.toks[q].kind == tkWord && !x.toks[q].cap && x.toks[q].lower != "the" {
			q-- // "the foreign ministry"
		}
		if q >= x.sents[si].t0 && x.toks[q].lower == "the" {
			if e := x.seatState(si, k); e >= 0 {
				return e, 0.55
			}
		}
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
		// "Putin's spokesman said": the person's spokesman speaks for him
		if q := r.t0 - 1; q-1 >= x.sents[si].t0 && x.toks[q].kind == tkPoss && !r.plural {
			if mi := x.mentionEndAt(q - 1); mi >= 0 && x.isPerson(x.ments[mi].ent) && (r.head == "spokesman" || r.head == "spokeswoman" || r.head == "spokesperson" || r.head == "aide" || r.head == "adviser" || r.head == "advisor") {
				return x.ments[mi].ent, 0.55
			}
		}
		// an unnamed official acts for the body: "a State Department
		// spokesperson added", "NATO foreign ministers called on"
		if !strings.Contains(r.text, "former") && !r.tp.occup && !r.tp.honor && !r.tp.diplo {
			// "a spokesman for the ministry said"
			if inst, _, _ := x.qualifier(r); inst >= 0 && r.t1 < x.sents[si].t1 && (x.toks[r.t1].lower == "for" || x.toks[r.t1].lower == "of" || x.toks[r.t1].lower == "at") {
				return inst, 0.55
			}
		}
		if !strings.Contains(r.text, "former") && !r.tp.occup && !r.tp.honor && !x.quantified(si, r) {
			// "a Commission spokesperson said", "a Fund spokesman told
			// reporters": an unnamed official of a body called by its
			// head word speaks for the one body named before with that
			// last word (headWordOwner, unnamedHeadOwner)
			if !r.tp.diplo {
				if e := x.unnamedHeadOwner(r); e >= 0 {
					return e, 0.55
				}
			}
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

// memberBodyNouns are the common nouns a members' body is called by
// after its name ("The association said", "the society said in a short
// statement", "the federation met X"); refAt resolves them for every
// caller (speech, meetings, sanctions, targets) through
// nearestMemberBody. "cooperative" is not among them: it is in
// genericInstNouns, whose nearest-named-body rule refAt applies instead.
var memberBodyNouns = set("association", "society", "federation", "coalition", "chamber", "foundation")

// nearestMemberBody resolves "the association", "the society" … before
// token k to a body whose name has that word, in this or the six previous
// sentences. Bodies of that kind come in pairs in a report ("the X
// Growers Association sued …, citing a report by the Y Farmers
// Association. The association said …"), and the one the anaphor takes
// up is the one that acted, not one only cited: the nearest candidate
// that does not follow a preposition or "citing" (but for "of" after a
// role: "the president of the X Association") wins; when every
// candidate is cited, only a single one is taken, else none (-1).
func (x *doc) nearestMemberBody(si, k int, word string) int {
	found, cited := -1, -1
	x.bodiesBefore(si, k, func(sj, j, e int) bool {
		if !x.nameHas(e, word) {
			return true
		}
		t0 := x.sents[sj].t0
		p := j - 1
		if p >= t0 && x.toks[p].lower == "the" {
			p--
		}
		if p < t0 || !prepositions[x.toks[p].lower] && x.toks[p].lower != "citing" ||
			x.toks[p].lower == "of" && p-1 >= t0 && x.tokRole[p-1] >= 0 {
			found = e // (the body's own office holder: "the president of the X Association")
			return false
		}
		if cited >= 0 && cited != e {
			cited = -2 // two bodies, both only cited: no guess
		} else if cited == -1 {
			cited = e
		}
		return true
	})
	if found >= 0 {
		return found
	}
	if cited < 0 {
		return -1
	}
	return cited
}

// nameHas reports that the name or an alias of e contains word (lower
// case).
func (x *doc) nameHas(e int, word string) bool {
	en := x.ents[e]
	if containsFoldASCII(en.name, word) {
		return true
	}
	for _, a := range en.aliases {
		if containsFoldASCII(a, word) {
			return true
		}
	}
	return false
}

// blocNames are the international bodies of member states that news
// calls "the bloc" (unions, communities, trade and regional groupings);
// a body like the UN, the WHO or the IMF is no bloc.
var blocNames = set("European Union", "Council of the European Union", "European Council", "European Commission", "ASEAN", "African Union",
	"Mercosur", "Economic Community of West African States", "Economic Community of Central African States",
	"Southern African Development Community", "East African Community", "Gulf Cooperation Council",
	"Eurasian Economic Union", "Shanghai Cooperation Organization", "BRICS", "Caribbean Community",
	"Andean Community", "Arab League", "Commonwealth of Independent States", "G7", "G20", "Pacific Islands Forum",
	"Organisation of Islamic Cooperation")

var genericInstNouns = set("ministry", "department", "embassy", "agency", "bank", "company", "party", "committee",
	"commission", "council", "alliance", "bloc", "institute", "university", "court", "office", "organisation",
	"organization", "group", "firm", "lender", "broadcaster", "newspaper", "fund", "union", "mission",
	"consortium", "cooperative", "directorate")

// shortBodyNames are the one-word names a body is called by after its
// full name ("the Department of the Treasury" … "Treasury said").
var shortBodyNames = set("treasury", "commission", "bureau")

// mentionsBefore calls visit for each mention that starts before token k
// of sentence si, nearest first, back to back sentences before, with the
// mention's sentence, first token and entity (-1 for none). visit stops
// the walk by returning false.
func (x *doc) mentionsBefore(si, k, back int, visit func(sj, j, e int) bool) {
	for sj := si; sj >= 0 && sj >= si-back; sj-- {
		hi := x.sents[sj].t1
		if sj == si {
			hi = k
		}
		for j := hi - 1; j >= x.sents[sj].t0; j-- {
			mi := x.tokMent[j]
			if mi < 0 || x.ments[mi].t0 != j {
				continue
			}
			if !visit(sj, j, x.ments[mi].ent) {
				return
			}
		}
	}
}

// bodiesBefore walks mentionsBefore over the six sentences before token k
// of sentence si, visiting only institutions other than states: the
// window every "the <noun>" resolver reads (nearestInstitutionNamed,
// nearestMemberBody, nearestGroup).
func (x *doc) bodiesBefore(si, k int, visit func(sj, j, e int) bool) {
	x.mentionsBefore(si, k, 6, func(sj, j, e int) bool {
		if e < 0 || x.ents[e].typ != TypeInstitution || x.ents[e].kind == "state" {
			return true
		}
		return visit(sj, j, e)
	})
}

// nearestInstitutionNamed finds the last institution mentioned before
// token k (in this or the six previous sentences) whose name or kind
// contains word ("bloc": a body in blocNames).
func (x *doc) nearestInstitutionNamed(si, k int, word string) int {
	found := -1
	x.bodiesBefore(si, k, func(sj, j, e int) bool {
		en := x.ents[e]
		if word == "bloc" {
			// "the bloc said": only a bloc (blocNames), and none when
			// the sentence naming it names another bloc ("the EU and
			// the African Union met …")
			if !blocNames[en.name] {
				return true
			}
			for j2 := j - 1; j2 >= x.sents[sj].t0; j2-- {
				if m2 := x.tokMent[j2]; m2 >= 0 && x.ments[m2].t0 == j2 {
					if e2 := x.ments[m2].ent; e2 >= 0 && e2 != e && blocNames[x.ents[e2].name] {
						return false
					}
				}
			}
			found = e
			return false
		}
		if x.nameHas(e, word) || en.kind == word ||
			(word == "firm" || word == "lender" || word == "group") && en.kind == "company" || word == "broadcaster" && en.kind == "media" || word == "newspaper" && en.kind == "media" {
			found = e
			return false
		}
		return true
	})
	return found
}

// quantified reports "several EU leaders", "some NATO ministers":
// individuals speaking for themselves, not their body.
func (x *doc) quantified(si int, r *roleSpan) bool {
	p, _ := x.npStart(r)
	for k := p - 1; k >= x.sents[si].t0 && k >= p-3; k-- {
		switch x.toks[k].lower {
		case "several", "some", "many", "few", "two", "three", "four", "most", "other", "individual", "various", "numerous", "dozens":
			return true
		}
		if x.tokMent[k] < 0 && x.toks[k].kind == tkWord && !x.toks[k].cap {
			continue
		}
		if x.tokMent[k] >= 0 {
			continue
		}
		break
	}
	return false
}

// adverbial reports a word a subject or verb search steps over: an
// auxiliary or adverb of skipBeforeVerb, or a lower-case "-ly" adverb
// ("Beijing swiftly rejected", "met briefly with").
func (x *doc) adverbial(k int) bool {
	t := &x.toks[k]
	return skipBeforeVerb[t.lower] || t.kind == tkWord && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly")
}

// fromBefore reports "from" (or "from the") right before token q.
func (x *doc) fromBefore(si, q int) bool {
	s := &x.sents[si]
	p := q - 1
	if p > s.t0 && x.toks[p].lower == "the" {
		p--
	}
	return p >= s.t0 && x.toks[p].lower == "from"
}

// relAfterwards reports "afterwards"/"afterward" right before a verb
// ("X, who afterwards insisted …"): a time adverb like "later", stepped
// over only next to the verb, since elsewhere it may end a clause ("met
// afterwards, and X said").
func relAfterwards(l string) bool {
	return l == "afterwards" || l == "afterward"
}

// maxSubjectDepth bounds how deeply subjectOf may call itself through
// refAt: a subject "it" is resolved through its speech verb's subject,
// and a rule that asks about the same "it" again would otherwise recurse
// until the stack overflows, which no recover() can catch and which
// would end a whole batch, not just one article.
const maxSubjectDepth = 4

// subjectOf finds the subject of the verb at token v, skipping adverbs,
// auxiliaries, appositives and parentheticals ("Beijing, for its part,
// stresses"); for quotations it also looks after the verb ("…," said X).
// Past maxSubjectDepth nested calls it gives no subject.
func (x *doc) subjectOf(si, v int) (int, float64) {
	if x.subjDepth >= maxSubjectDepth {
		return -1, 0
	}
	x.subjDepth++
	e, c := x.findSubject(si, v)
	x.subjDepth--
	return e, c
}

// findSubject is subjectOf without the depth bound.
func (x *doc) findSubject(si, v int) (int, float64) {
	s := &x.sents[si]
	k := v - 1
	jumps := 0
	relative := false // the verb opens a "which" clause: "X, which called …"
	for k >= s.t0 {
		t := &x.toks[k]
		l := t.lower
		if x.tokMent[k] < 0 && x.tokRole[k] < 0 && (x.adverbial(k) || relAfterwards(l) && k+1 == v) {
			k--
			continue
		}
		// "X did hold a meeting", "Y did say": an emphatic auxiliary
		if (l == "did" || l == "does") && k == v-1 {
			k--
			continue
		}
		// "the Treasury in March froze": a month phrase between subject
		// and verb
		if monthWords[l] && x.tokMent[k] < 0 && k-1 > s.t0 && x.toks[k-1].lower == "in" {
			k -= 2
			continue
		}
		// "was reported to have", "is said to have"
		if l == "to" && k+1 < v && x.toks[k+1].lower == "have" || l == "reported" || l == "said" && k+1 < v && x.toks[k+1].lower == "to" || l == "believed" {
			k--
			continue
		}
		// "began enforcing", "continued imposing"
		if k == v-1 && x.tokMent[k] < 0 && strings.HasSuffix(x.toks[v].lower, "ing") {
			switch l {
			case "began", "begun", "begins", "started", "starts", "continued", "continues", "resumed":
				k--
				continue
			}
		}
		// "continues to impose", "began to withdraw"
		if l == "to" && k-1 >= s.t0 {
			switch x.toks[k-1].lower {
			case "continues", "continued", "continue", "began", "started", "resumed":
				k -= 2
				continue
			}
		}
		if t.text == "," && jumps < 3 && k+1 < v && x.toks[k+1].lower == "who" {
			// "…, former Malian foreign minister X, who met …": the person
			// right before the relative pronoun
			if mi := x.mentionEndAt(k - 1); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent, x.ments[mi].conf
			}
		}
		if t.text == "," && jumps == 0 && relative {
			// "according to a statement from China's Ministry of Commerce,
			// which accused …": the body right after "from" is the
			// antecedent, even when an earlier comma would read the
			// phrase as an appositive
			if mi := x.mentionEndAt(k - 1); mi >= 0 && !x.ments[mi].weak && x.isActor(x.ments[mi].ent) && x.fromBefore(si, x.ments[mi].t0) {
				return x.ments[mi].ent, x.ments[mi].conf * 0.9
			}
		}
		if t.text == "," && jumps < 3 {
			c := k - 1
			for c >= s.t0 && x.toks[c].text != "," {
				c--
			}
			if c < s.t0 {
				// "Emile Durand, who met …": the name before the only comma
				if k-1 >= s.t0 && x.mentionEndAt(k-1) >= 0 && k+1 < v && (x.toks[k+1].lower == "who" || x.toks[k+1].lower == "which") {
					k--
				}
				break
			}
			ap := c + 1
			for ap < k && x.tokRole[ap] >= 0 && x.tokMent[ap] < 0 {
				ap = x.roles[x.tokRole[ap]].t1 // ", Dr. Lim Soo Chen, said"
			}
			if mi := x.mentionStartAt(ap); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent, x.ments[mi].conf
			}
			if e := x.namedBodyAppositive(si, c, k); e >= 0 {
				return e, 0.7
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
		// "the Financial Conduct Authority (FCA) fined": skip a
		// short parenthesis back to the name before it
		if t.text == ")" && jumps < 3 {
			o := k - 1
			for o > s.t0 && o >= k-4 && x.toks[o].text != "(" && x.toks[o].text != ")" {
				o--
			}
			if o > s.t0 && o < k-1 && x.toks[o].text == "(" && x.mentionEndAt(o-1) >= 0 {
				k = o - 1
				jumps++
				continue
			}
		}
		// relative clause: "X, who met …"
		if (l == "who" || l == "which") && k-1 >= s.t0 && x.toks[k-1].text == "," {
			// only "which" takes a body as its antecedent: in "a visitor
			// from Germany, who said" the person, not the state, speaks
			relative = l == "which"
			k-- // land on the comma: the appositive logic finds the head
			continue
		}
		break
	}
	if k < s.t0 {
		return -1, 0
	}
	t := &x.toks[k]
	// a second verb of the same subject: "X imposed … and added …",
	// "Recean visited Berlin and met Scholz"
	if t.lower == "and" || t.lower == "but" {
		for j := k - 1; j >= s.t0 && j >= k-25; j-- {
			tj := &x.toks[j]
			if tj.kind != tkWord || tj.cap || x.tokMent[j] >= 0 || x.tokRole[j] >= 0 {
				continue
			}
			if x.lx.speech[tj.lower] || x.lx.meet[tj.lower] || x.lx.impose[tj.lower] || pastVerb(tj.lower) {
				if e, c := x.subjectOf(si, j); e >= 0 {
					return e, c
				}
				break
			}
		}
		return x.clauseSubject(si, k)
	}
	// "the Russian embassy in Bern said", "the Observer Group in India and
	// Pakistan said": skip a place phrase back to its head
	if mi := x.tokMent[k]; mi >= 0 && x.ments[mi].ent >= 0 && x.ents[x.ments[mi].ent].typ != TypePerson {
		p := x.ments[mi].t0 - 1
		if p-1 > s.t0 && x.toks[p].lower == "and" {
			if mj := x.mentionEndAt(p - 1); mj >= 0 {
				p = x.ments[mj].t0 - 1
			}
		}
		// "a rebuke from China, which called the curbs …", "a statement
		// from the ministry, which accused …": the relative pronoun takes
		// the body itself as its antecedent; "from" there names whose
		// words they are, not where a head noun sits. "in"/"at" still lead
		// back to a head ("the embassy in Bern, which said").
		if p > s.t0 && (x.toks[p].lower == "in" || x.toks[p].lower == "at" || x.toks[p].lower == "from" && !relative) {
			k = p - 1
			t = &x.toks[k]
		}
	}
	// "Ravi Rao of the Harbor Institute said": the person speaks
	if mi := x.tokMent[k]; mi >= 0 && x.ments[mi].t1 == k+1 {
		p := x.ments[mi].t0 - 1
		if p-1 >= s.t0 && x.toks[p].lower == "for" && staffNouns[x.toks[p-1].lower] && x.isPerson(x.ments[mi].ent) {
			return -1, 0 // "lawyers for X said": X's staff speak, not X
		}
		if p-3 > s.t0 && strings.HasSuffix(x.toks[p].lower, "ed") && x.toks[p-1].text == "-" && !x.toks[p-1].space && !x.toks[p].space {
			p -= 3 // "of Oslo-based Y", "of state-owned Y"
		}
		if p-1 > s.t0 && x.toks[p].lower == "the" {
			p--
		}
		if p-1 >= s.t0 && (x.toks[p].lower == "of" || x.toks[p].lower == "at" || x.toks[p].lower == "from" || x.toks[p].lower == "for" && x.tokRole[p-1] >= 0) {
			q := p - 1
			if ri := x.tokRole[q]; ri >= 0 {
				// "X, managing director of Y, a textile firm, said", "X, a
				// spokesman for Y, which …, said": the person before the
				// role speaks, not the body the role belongs to
				r0 := x.roles[ri].t0
				if r0-1 > s.t0 && articles[x.toks[r0-1].lower] {
					r0--
				}
				if r0-2 >= s.t0 && x.toks[r0-1].text == "," {
					q = r0 - 2
				}
			}
			if pm := x.mentionEndAt(q); pm >= 0 && x.isPerson(x.ments[pm].ent) {
				return x.ments[pm].ent, x.ments[pm].conf
			}
		}
	}
	if statementNouns[t.lower] && k-1 >= s.t0 && x.toks[k-1].kind == tkPoss {
		if staffNouns[t.lower] && k-2 >= s.t0 && (x.isPerson(x.entOfMention(x.mentionEndAt(k-2))) || x.mentionEndAt(k-2) < 0 && x.tokRole[k-2] >= 0) {
			return -1, 0 // "X's office said", "the premier's office said": staff, not X
		}
		k -= 2
		t = &x.toks[k]
	} else if statementNouns[t.lower] && k-1 >= s.t0 && (x.toks[k-1].lower == "his" || x.toks[k-1].lower == "her") {
		if staffNouns[t.lower] {
			return -1, 0 // "his office said", "her lawyers said": staff, not the person
		}
		// "his statement said": the person's own words; the possessive
		// points back to the sentence's subject
		if e, c := x.clauseSubject(si, k-1); x.isPerson(e) {
			return e, c * 0.7
		}
		return x.resolvePronoun(si, k-1), 0.6
	}
	if isClosing(t) || t.text == "," {
		// inverted attribution: "…," said Volkov
		if v+1 < s.t1 {
			q := v + 1
			if x.toks[q].lower == "the" {
				q++
			}
			// "…," said it is no English inversion; and refAt resolves a
			// subject "it" through this very verb, so asking it would loop
			if q < s.t1 && x.toks[q].lower != "it" {
				if e, c := x.refAt(si, q); e >= 0 {
					if mi := x.mentionStartAt(q); mi >= 0 && x.ents[e].typ == TypeInstitution {
						// "…," said Peru's ambassador to the UN, X
						if p := x.personBehind(si, &x.ments[mi]); p >= 0 {
							return p, c
						}
					}
					return e, c
				}
				// "…," said the institute's director, Dr. X
				for r := q; r < s.t1 && r < q+6; r++ {
					if ri := x.tokRole[r]; ri >= 0 {
						if p := x.appositivePerson(si, x.roles[ri].t1, 3); p >= 0 {
							return p, 0.75
						}
						// "…," said operations manager X, "…," said Deputy
						// Treasury Secretary X: the role runs straight into
						// the name that follows a speech verb ("sitting across
						// from Deputy Minister X" names no subject)
						if !x.isSpeechWord(x.toks[v].lower) || x.prepIn(q, r) {
							break // "said someone close to Deputy Minister X": a role after a preposition
						}
						j := x.roles[ri].t1
						for n := 0; n < 3 && j < s.t1; n++ {
							if rj := x.tokRole[j]; rj >= 0 && x.roles[rj].t0 == j {
								j = x.roles[rj].t1 // "Deputy" "Secretary"
							} else if mi := x.mentionStartAt(j); mi >= 0 && !x.isPerson(x.ments[mi].ent) && x.ments[mi].t1 < s.t1 && x.tokRole[x.ments[mi].t1] >= 0 {
								j = x.ments[mi].t1 // the body inside the title: "Treasury"
							} else {
								break
							}
						}
						if mi := x.mentionStartAt(j); mi >= 0 && x.isPerson(x.ments[mi].ent) {
							return x.ments[mi].ent, 0.75
						}
						break
					}
					if x.toks[r].kind == tkPunct && x.toks[r].kind != tkPoss {
						break
					}
				}
			}
		}
		return -1, 0
	}
	if x.tokMent[k] >= 0 && x.ments[x.tokMent[k]].t1 != k+1 {
		return -1, 0
	}
	if jumps > 0 && x.tokMent[k] >= 0 && x.isPerson(x.ments[x.tokMent[k]].ent) {
		// "X, who received China's ambassador, Y, at the ministry on
		// Monday, said": the jumps over the relative clause's tail land
		// on its object; the person the clause describes speaks
		if a := x.openingRelative(si, int(x.ments[x.tokMent[k]].t0)); a >= 0 {
			return a, 0.7
		}
	}
	e, c := x.refAt(si, k)
	if ri := x.tokRole[k]; e >= 0 && ri >= 0 && x.tokMent[k] < 0 && x.namedInRelativeClause(si, e, x.roles[ri].t0) {
		// "…, where he met acting speaker Y, the congressman urged": the
		// role in the main clause is not the person named inside the
		// relative clause just before it
		return -1, 0
	}
	return e, c
}

// openingRelative returns the person a relative clause describes when
// the name at token p is the appositive that ends the clause's first
// stretch: the sentence opens on that person (after an article and a
// title at most), then ", who …, Y," with no comma or semicolon between
// the pronoun and the comma right before p. Any earlier comma closes the
// clause before p ("X, who chairs the board, stayed away, but his
// deputy, Y, said"; "X, who …, and Y, …, said"), and Y is then a subject
// of his own. It returns -1 otherwise.
func (x *doc) openingRelative(si, p int) int {
	s := &x.sents[si]
	if p-1 <= s.t0 || x.toks[p-1].text != "," {
		return -1
	}
	c := p - 2
	for c > s.t0 && x.toks[c].text != "," && x.toks[c].text != ";" {
		c--
	}
	if c <= s.t0 || x.toks[c].text != "," || !relativeWords[x.toks[c+1].lower] {
		return -1
	}
	a := x.relativeAntecedent(si, c+1)
	if a < 0 {
		return -1
	}
	q := s.t0
	if articles[x.toks[q].lower] {
		q++
	}
	for q < c && x.tokRole[q] >= 0 && x.tokMent[q] < 0 {
		q++ // "Deputy Foreign Minister X, who …"
	}
	if mi := x.mentionStartAt(q); mi < 0 || x.ments[mi].ent != a {
		return -1
	}
	return a
}

// namedInRelativeClause reports that person e, the referent of the role
// at r0 that is the main clause's subject, is named after the subject of
// the relative clause (", where …", ", who …") that closes with the comma
// right before the role: "…, where he met acting speaker Y, the
// congressman urged". The clause's own subject ("In Kessock, where
// Senator Y grew up, the senator urged") is the role's holder. Only the
// nearest relative clause is read; a mention of e before it is not
// looked for.
func (x *doc) namedInRelativeClause(si, e, r0 int) bool {
	s := &x.sents[si]
	q := r0 - 1
	if q > s.t0 && articles[x.toks[q].lower] {
		q--
	}
	if q <= s.t0 || x.toks[q].text != "," {
		return false
	}
	in := false
	for j := q - 1; j > s.t0; j-- {
		if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent == e {
			in = true
		}
		l := x.toks[j].lower
		if (l != "where" && !relativeWords[l]) || x.toks[j-1].text != "," {
			continue
		}
		if !in {
			return false
		}
		h := j + 1
		if h < q && articles[x.toks[h].lower] {
			h++
		}
		for h < q && x.tokRole[h] >= 0 && x.tokMent[h] < 0 {
			h++
		}
		mi := x.mentionStartAt(h)
		return mi < 0 || x.ments[mi].ent != e
	}
	return false
}

// prepIn reports a preposition among the tokens [a, b).
func (x *doc) prepIn(a, b int) bool {
	for k := a; k < b; k++ {
		if prepositions[x.toks[k].lower] {
			return true
		}
	}
	return false
}

// namedBodyAppositive resolves a subject described first and named in an
// apposition: "Lebanon's central bank, Banque du Liban, said", "the
// national ombudsman's office, the Defensoría del Pueblo, said". The
// description opens the sentence (c is its comma, k the comma before the
// verb), is short and ends on a noun for a body; the apposition is one
// institution, nothing else. It returns -1 otherwise.
func (x *doc) namedBodyAppositive(si, c, k int) int {
	s := &x.sents[si]
	if c-s.t0 < 1 || c-s.t0 > 6 || c+1 >= k {
		return -1
	}
	head := x.toks[c-1].lower
	if x.toks[c-1].cap || x.tokMent[c-1] >= 0 || !(orgApposNouns[head] || genericInstNouns[head] || head == "authority" || head == "body") {
		return -1
	}
	for j := s.t0; j < c; j++ {
		if t := &x.toks[j]; t.kind == tkPunct || t.lower == "and" || t.lower == "or" {
			return -1 // a clause or a list, not one description
		}
	}
	ap := c + 1
	if x.toks[ap].lower == "the" {
		ap++
	}
	mi := x.mentionStartAt(ap)
	if mi < 0 || x.ments[mi].t1 != k || x.ments[mi].weak {
		return -1
	}
	if e := x.ments[mi].ent; x.isActor(e) && x.ents[e].typ == TypeInstitution && x.ents[e].kind != "state" {
		return e
	}
	return -1
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
		if x.ents[m.ent].typ == TypeInstitution {
			// "China's special representative …, Zhou Minghao, visited"
			if pe := x.personBehind(si, m); pe >= 0 {
				return pe, m.conf * 0.9
			}
		}
		return m.ent, m.conf * 0.9
	}
	return -1, 0
}

var prepositions = set("in", "on", "at", "of", "with", "for", "to", "from", "by", "about", "against", "between",
	"among", "after", "before", "during", "since", "into", "over", "under", "across", "through", "amid", "despite",
	"toward", "towards", "including", "like", "than", "per", "via", "within", "without")

// announceVerbs report a decision like speech verbs do: "announced that
// it would suspend".
var announceVerbs = set("announced", "announces", "confirmed", "confirms", "declared", "declares")

// dayWords are the days of the week as they follow "said on".
var dayWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday")

// monthWords name the months: "in March".
var monthWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

// seatState returns the state whose seat names the unnamed government
// organ at k: "the government in Tbilisi" right after it, or a sentence
// that opens "In Tbilisi," with no other state before k. It returns -1
// when neither holds.
func (x *doc) seatState(si, k int) int {
	s := &x.sents[si]
	if k+2 < s.t1 && x.toks[k+1].lower == "in" {
		if mi := x.mentionStartAt(k + 2); mi >= 0 && x.ments[mi].seat != "" {
			return x.seatEntity(mi)
		}
	}
	if s.t0+2 >= k || x.toks[s.t0].lower != "in" {
		return -1
	}
	mi := x.mentionStartAt(s.t0 + 1)
	if mi < 0 || x.ments[mi].seat == "" || x.ments[mi].t1 >= k || x.toks[x.ments[mi].t1].text != "," {
		return -1
	}
	st := x.seatEntity(mi)
	for j := x.ments[mi].t1; j < k; j++ {
		if mj := x.tokMent[j]; mj >= 0 {
			if e := x.ments[mj].ent; e >= 0 && e != st && x.ents[e].typ == TypeInstitution {
				return -1 // "In London, the Chinese embassy …"
			}
		}
	}
	return st
}

// seatEntity returns the state whose seat mention mi names, creating the
// state entity (spanning the seat) when the article names it only so.
func (x *doc) seatEntity(mi int32) int {
	key := x.ments[mi].seat
	if e := x.entityByKey(key); e >= 0 {
		return e
	}
	ge := x.lx.states[key]
	if ge == nil {
		return -1
	}
	m := &x.ments[mi]
	x.ents = append(x.ents, &entity{typ: ge.typ, kind: ge.kind, name: ge.canon, key: ge.key, conf: 0.6,
		spans: []Span{{x.toks[m.t0].start, x.toks[m.t1-1].end}}})
	return len(x.ents) - 1
}

// familyNameFirst reports a two-word name whose second word is a
// hyphenated given name with a lower-case second syllable ("Pak
// Sol-mi"), the Korean way of writing names: its first word is the
// family name ("Kim", "Lee"), which firstnames.txt lists for the men it
// mostly names but which tells nothing of this person's gender.
func familyNameFirst(name string) bool {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 || strings.IndexByte(name[sp+1:], ' ') >= 0 {
		return false
	}
	given := name[sp+1:]
	h := strings.IndexByte(given, '-')
	return h > 0 && h+1 < len(given) && given[0] >= 'A' && given[0] <= 'Z' && given[h+1] >= 'a' && given[h+1] <= 'z'
}

// unnamedHeadOwner is headWordOwner for a role that names nobody ("a
// Commission spokesperson said"), which also takes a capitalised "Fund",
// "Bank" or "Union" written alone right before the role ("a Fund
// spokesman" once the IMF is named in full): capitalised and
// bare, these are a body's short name, not a trade ("fund manager",
// "union leader", "a bank spokesman" of an unnamed lender stay
// unresolved). The capitalised word must not open the sentence, where
// capitals say nothing, nor end a longer capitalised run.
func (x *doc) unnamedHeadOwner(r *roleSpan) int {
	lo := x.sents[r.sent].t0
	if e := x.headWordOwner(r); e >= 0 {
		if k := r.t0 - 1; k > lo && x.toks[k].cap && x.capRunStart(lo, k, true) == k && x.headShared(x.toks[k:k+1], x.toks[r.t0].start) {
			return -1 // "a Commission spokesman" after the Commission on Elections too
		}
		return e
	}
	k := r.h0 - 1
	if k < r.t0 || !x.toks[k].cap {
		k = r.t0 - 1
	}
	if k <= lo || x.toks[k].kind != tkWord || !x.toks[k].cap || x.tokMent[k] >= 0 || !capitalHeads[x.toks[k].lower] {
		return -1
	}
	if p := &x.toks[k-1]; p.kind == tkWord && p.cap && !articleLike[p.lower] || p.kind == tkPoss {
		return -1 // "World Bank spokesman", "Ghana's Bank official"
	}
	if x.headShared(x.toks[k:k+1], x.toks[r.t0].start) {
		return -1 // "a Union spokesman" after the National Union of Mineworkers and the EU
	}
	return x.soleBody(x.toks[k:k+1], x.toks[r.t0].start, true, true)
}

// capitalHeads are the head words unnamedHeadOwner adds to bodyHeads
// when capitalised.
var capitalHeads = set("fund", "bank", "union")

// headShared reports two institutions (not states) named before byte
// offset before whose names both end in the words of run, or, for one
// word, have it as their head before "of", "on" or "for" ("Central Bank
// of Nigeria", "National Union of Mineworkers", "Commission on
// Elections"): the short name fits either.
func (x *doc) headShared(run []token, before int) bool {
	n := 0
	for _, en := range x.ents {
		if en.typ == TypeInstitution && en.kind != "state" && !en.weak && len(en.spans) > 0 && en.spans[0].Start < before &&
			(nameEndsWith(en.name, run) || len(run) == 1 && nameHeadBeforeOf(en.name, run[0].text)) {
			if n++; n > 1 {
				return true
			}
		}
	}
	return false
}

// nameHeadBeforeOf reports word w (case aside) inside name right before
// "of", "on" or "for": the head of "Central Bank of Nigeria".
func nameHeadBeforeOf(name, w string) bool {
	for rest := name; ; {
		word, tail, ok := strings.Cut(rest, " ")
		if !ok {
			return false
		}
		if strings.EqualFold(word, w) {
			next, _, _ := strings.Cut(tail, " ")
			if next == "of" || next == "on" || next == "for" {
				return true
			}
		}
		rest = tail
	}
}
