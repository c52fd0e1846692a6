package ingest

import "strings"

// Affiliations to a named body where both the person and the body are
// found but no role phrase joins them: the owner named by a possessive
// ("X, whose firm Y") and a holder described by an occupation after the
// role ("its sole director, Maltese trader X").

// ownedNouns end the lower-case words between a possessive and the body it
// owns: "whose firm Y", "his holding company Y", "her logistics group, Y".
var ownedNouns = set("firm", "company", "group", "business", "conglomerate", "holding", "enterprise", "venture", "startup")

// ownedBodies links a person to the body a possessive gives them:
// "X, whose firm Y runs forty lorries", "X, 61, and his holding company
// Y", "X and his Y Group". Between the possessive and the body stand up
// to three lower-case words ending in a firm noun, else nothing, and then
// the body must be a company: "his Highland council" is where he lives,
// "his rival's firm" belongs to the rival. For his/her, the owner is the
// one person the pronoun fits named before it in the sentence; two make
// it ambiguous.
func (x *doc) ownedBodies() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.heading || s.title || s.table {
			continue
		}
		for k := s.t0 + 1; k+1 < s.t1; k++ {
			if l := x.toks[k].lower; l != "his" && l != "her" && l != "whose" {
				continue
			}
			o := x.ownedBodyAt(k+1, s.t1)
			if o < 0 {
				continue
			}
			p := -1
			if x.toks[k].lower == "whose" {
				p = x.relativeAntecedent(si, k)
			} else {
				p = x.onlyPersonBefore(si, k, pronounGender(x.toks[k].lower))
			}
			x.addAff(p, o, "owner", si, 0.7)
		}
	}
}

// ownedBodyAt returns the body named from token q after a possessive,
// past lower-case words that end in a firm noun (and an optional comma),
// or -1.
func (x *doc) ownedBodyAt(q, end int) int {
	words := 0
	for q < end && words < 3 && x.toks[q].kind == tkWord && !x.toks[q].cap && x.tokMent[q] < 0 {
		q++
		words++
	}
	if words > 0 && !ownedNouns[x.toks[q-1].lower] {
		return -1
	}
	if words > 0 && q < end && x.toks[q].text == "," {
		q++
	}
	if q >= end {
		return -1 // the body would be in the next sentence
	}
	mi := x.mentionStartAt(q)
	if mi < 0 || x.ments[mi].weak {
		return -1
	}
	e := x.ments[mi].ent
	if e < 0 || x.ents[e].typ != TypeInstitution {
		return -1
	}
	switch x.ents[e].kind {
	case "company":
		// "his Varga Bank shares": a name that only qualifies a noun
		// is something he holds of the firm, not the firm
		if n := x.ments[mi].t1; words == 0 && n < end && x.toks[n].kind == tkWord && !x.toks[n].cap && !companyTails[x.toks[n-1].lower] {
			return -1
		}
		return e
	case "state", "ministry", "parliament", "government", "embassy", "agency", "court", "international":
		return -1
	}
	if words == 0 {
		return -1
	}
	return e
}

// onlyPersonBefore returns the person named before token k in sentence si
// when exactly one person a pronoun of gender g may stand for is named
// there, else -1.
func (x *doc) onlyPersonBefore(si, k int, g byte) int {
	p := -1
	for j := x.sents[si].t0; j < k; j++ {
		mi := x.tokMent[j]
		if mi < 0 || !x.pronounFits(x.ments[mi].ent, -1, g) {
			continue
		}
		if p >= 0 && x.ments[mi].ent != p {
			return -1
		}
		p = x.ments[mi].ent
	}
	return p
}

// describedHolder finds the holder of a role in an appositive that
// describes them before the name: "its sole director, Maltese trader X",
// "its co-founder, engineer X". From token q after the comma it skips one
// state mention (the demonym) and one or two lower-case occupation words
// and returns the person named next, or -1. A verb ("said", "told") or a
// function word ends the search: "its director, told reporters Y".
func (x *doc) describedHolder(si, q int) int {
	end := x.sents[si].t1
	if q >= end {
		return -1 // the comma ends the sentence
	}
	if mi := x.mentionStartAt(q); mi >= 0 {
		e := x.ments[mi].ent
		if e < 0 || x.ents[e].typ != TypeInstitution || x.ents[e].kind != "state" {
			return -1
		}
		q = x.ments[mi].t1
	}
	words := 0
	for q < end && words < 2 && x.toks[q].kind == tkWord && !x.toks[q].cap && x.tokMent[q] < 0 {
		if l := x.toks[q].lower; x.lx.speech[l] || clauseWords[l] || articleLike[l] || len(l) < 4 {
			return -1
		}
		q++
		words++
	}
	if words == 0 || q >= end {
		return -1
	}
	if mi := x.mentionStartAt(q); mi >= 0 && x.isPerson(x.ments[mi].ent) {
		return x.ments[mi].ent
	}
	return -1
}

// hyphenModifierStart returns the first token of a hyphenated
// lower-case compound that ends at token k, or k itself: "a
// vice-chairman of Y", "Y's fifth-generation owner", "a non-executive
// director at Y". rolePass calls it at each step of its backward scan
// from a role, so k is the token right before the role or before the
// modifiers already taken. The compound belongs to the role, so the
// appositive still reaches the name before it. Both parts must be
// lower-case words written without spaces around the hyphen (this runs
// while mentions are found: x.used, not x.tokMent, marks them): "its
// Kenyan-born chairman" names a birthplace, and "the board - chairman X"
// is a dash. A compound of more parts ("a 55-year-old director", "a
// mother-of-two director") is taken whole, never cut at its last
// hyphen; its earlier parts may be numbers.
func (x *doc) hyphenModifierStart(k, lo int) int {
	h := k // the hyphen
	if x.toks[k].kind == tkWord {
		h = k - 1
	}
	w := h - 1
	if w < lo || x.toks[h].text != "-" || x.toks[h].space || x.toks[h+1].space || x.used[h] {
		return k
	}
	for _, i := range [2]int{w, h + 1} {
		if t := &x.toks[i]; t.kind != tkWord || t.cap || x.used[i] {
			return k
		}
	}
	// "55-year-old", "mother-of-two": walk back to the compound's start;
	// a part another role took ("commander" in "commander-in-chief")
	// ends the walk, as it ends rolePass's scan
	for w-2 >= lo && x.toks[w-1].text == "-" && !x.toks[w-1].space && !x.toks[w].space {
		t := &x.toks[w-2]
		if x.used[w-1] || x.used[w-2] {
			break
		}
		if t.kind != tkWord && t.kind != tkNum || t.cap {
			return k // "a Norrvik-born-and-bred chairman": a place opens it
		}
		w -= 2
	}
	return w
}

// frontedBodies links the holder of a title to the body the sentence
// opens with: "At Harrow Mills, spokeswoman X said", "In the Bundestag,
// Green lawmaker Y". The opening adjunct sets the scene inside the body,
// and a title written straight before a name then names the holder's
// post there. A state (or its capital) opening the sentence is left to
// openingSeat. A title that implies a body of its own ("Senator") keeps
// it, named in the text or not, unless the opening body is the same
// state's chamber ("In Congress, Senator X"); a title that names a body
// keeps that; a
// state office or a diplomat's title belongs to a state, and a title
// qualified by a state ("Iranian negotiator") goes to the opening body
// only when that body is the same state's own or a parliament of no other
// state ("In the Bundestag, German lawmaker X"), not a forum where the
// holder spoke ("At the IAEA") nor another state's chamber ("In
// Congress, Peruvian lawmaker X").
func (x *doc) frontedBodies() {
	for ri := range x.roles {
		r := &x.roles[ri]
		person, ok := x.roleRef[ri]
		if !ok || person < 0 || r.plural || !r.tp.title || r.tp.honor || r.tp.diplo || x.stateOffice(r) {
			continue
		}
		s := &x.sents[r.sent]
		if s.heading || s.title || s.table || s.question {
			continue
		}
		o := x.frontedBody(r)
		if o < 0 || !x.namesHolder(r, person) {
			continue
		}
		if r.tp.implied != "" {
			// "In Congress, Senator X": the state's own chamber may stand
			// for the one the title implies; a forum may not ("At the
			// United Nations, Senator X")
			if st := x.nameOpensWithState(r.tp.implied); st == "" || x.bodyState(o) != st {
				continue
			}
		}
		if inst, _, _ := x.qualifier(r); inst >= 0 {
			switch x.ents[inst].kind {
			case "party":
			case "state":
				// the state's own body, or a parliament that is no other
				// state's: a member speaks for the state that elected her
				if owner := x.bodyState(o); owner != x.ents[inst].key && (owner != "" || x.ents[o].kind != "parliament") {
					continue
				}
			default:
				continue
			}
		}
		x.addAff(person, o, r.text, r.sent, 0.6)
	}
}

// frontedBody returns the institution named by an "At Y," or "In the Y,"
// that opens the sentence of role r, or -1. Between the body and its comma
// only a place may stand: one premises noun ("At NATO headquarters,"),
// then perhaps "in", "at", "on" or "near" with a few capitalised words or
// numbers ("in Brussels", "on 5 Mill Road"); a topic or an occasion ("In
// the Google antitrust case,", "At the TikTok hearing,") is no scene
// inside the body. After the comma, one appositive may describe the body
// ("At Y, one of the country's largest dairies, chief executive X"), and
// then comes the role itself, with at most two capitalised modifiers or
// "the" before it ("Dutch lawmaker").
func (x *doc) frontedBody(r *roleSpan) int {
	s := &x.sents[r.sent]
	k := s.t0
	if l := x.toks[k].lower; l != "at" && l != "in" || k+2 >= r.t0 {
		return -1
	}
	k++
	if x.toks[k].lower == "the" {
		k++
	}
	mi := x.mentionStartAt(k)
	if mi < 0 || x.ments[mi].weak {
		return -1
	}
	o := x.ments[mi].ent
	if o < 0 || x.ents[o].typ != TypeInstitution || x.ents[o].kind == "state" {
		return -1
	}
	q := x.placeTail(x.ments[mi].t1, r.t0)
	if q >= r.t0 || x.toks[q].text != "," {
		return -1
	}
	q++
	if l := x.toks[q].lower; l == "one" || l == "a" || l == "an" {
		// an appositive about the body, up to its closing comma
		j := q + 1
		for j < r.t0 && j < q+12 && x.toks[j].text != "," && x.tokRole[j] < 0 {
			if mj := x.tokMent[j]; mj >= 0 && x.isPerson(x.ments[mj].ent) {
				return -1
			}
			j++
		}
		if j >= r.t0 || x.toks[j].text != "," {
			return -1
		}
		q = j + 1
	}
	if r.t0-q > 2 {
		return -1
	}
	for ; q < r.t0; q++ {
		if t := &x.toks[q]; t.kind != tkWord || !t.cap && t.lower != "the" {
			return -1
		}
	}
	return o
}

// namesHolder reports whether role r is written straight before its
// holder's name, directly or through a second title ("the chair,
// Senator X" is not; "Senator X" and "Deputy Secretary General X" are).
func (x *doc) namesHolder(r *roleSpan, person int) bool {
	k := r.t1
	if k < len(x.toks) && x.tokRole[k] >= 0 && x.roles[x.tokRole[k]].tp.title {
		k = x.roles[x.tokRole[k]].t1
	}
	mi := x.mentionStartAt(k)
	return mi >= 0 && x.ments[mi].ent == person
}

// premisesNouns name a body's site after its name: "At NATO
// headquarters,", "At the Ridgeway plant in Ohio,". A noun saying what
// kind of body it is may stand there too (orgNouns, bodyNouns: "At the
// Harbour Road society on 5 Mill Road,").
var premisesNouns = set("headquarters", "hq", "offices", "office", "plant", "site", "campus", "factory",
	"mine", "mill", "refinery", "port", "terminal", "shipyard", "yard", "branch", "embassy", "compound")

// bodyNouns are kinds of body that orgNouns does not list.
var bodyNouns = set("society", "association", "club", "council", "foundation", "institute", "cooperative")

// placeTail returns the token after the place phrase that may follow a
// fronted body's name at q (and stop before end): an optional premises
// noun, then an optional "in/at/on/near" with up to three capitalised
// words or numbers that name no person or body ("in Brussels", "on 5 Mill
// Road"). Anything else is returned where it stands, so a caller that
// wants the comma there finds a word instead.
func (x *doc) placeTail(q, end int) int {
	if q < end && (premisesNouns[x.toks[q].lower] || orgNouns[x.toks[q].lower] != "" || bodyNouns[x.toks[q].lower]) {
		q++
	}
	if q >= end {
		return q
	}
	switch x.toks[q].lower {
	case "in", "at", "on", "near":
	default:
		return q
	}
	k := q + 1
	for n := 0; k < end && n < 3; n, k = n+1, k+1 {
		t := &x.toks[k]
		if t.kind != tkNum && !(t.kind == tkWord && t.cap) {
			break
		}
		if mj := x.tokMent[k]; mj >= 0 && x.ments[mj].ent >= 0 && x.ents[x.ments[mj].ent].typ != TypePlace {
			return q // a second body or a person: not one scene
		}
	}
	if k == q+1 {
		return q
	}
	return k
}

// bodyState returns the key of the state body o belongs to, by its key
// ("inst:st:germany:…") or by a state's name opening its own ("United
// States Congress"), or "".
func (x *doc) bodyState(o int) string {
	if k := strings.TrimPrefix(x.ents[o].key, "inst:"); strings.HasPrefix(k, "st:") {
		if i := strings.IndexByte(k[len("st:"):], ':'); i >= 0 {
			return k[:len("st:")+i]
		}
	}
	return x.nameOpensWithState(x.ents[o].name)
}
