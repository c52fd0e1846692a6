package ingest

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
