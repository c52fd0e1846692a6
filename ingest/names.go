package ingest

// Capitalised chunks: names of people, institutions, events and places.

import "strings"

// lowerSurnames adds mentions for lower-cased surnames of people named
// in full elsewhere ("callaghan added"): case is not identity.
func (x *doc) lowerSurnames() {
	var sur map[string]bool
	var gate wordGate // sur's gate: the scan below asks about every word
	for i := range x.ments {
		m := &x.ments[i]
		if m.typ != TypePerson || m.dead || m.t1-m.t0 < 2 {
			continue
		}
		if sur == nil {
			sur = map[string]bool{}
		}
		last := x.toks[m.t1-1].lower
		if len(last) >= 3 {
			sur[last] = true
			gate.add(last)
		}
		// family name first ("Zhou Minghao"): the first word when it is
		// not a known given name
		if f := x.toks[m.t0].lower; len(f) >= 2 && !x.lx.first[f] {
			sur[f] = true
			gate.add(f)
		}
	}
	if sur == nil {
		return
	}
	for si := range x.sents {
		s := &x.sents[si]
		for k := s.t0; k < s.t1; k++ {
			t := &x.toks[k]
			if t.kind != tkWord || x.used[k] || !gate.may(t.lower) || !sur[t.lower] {
				continue
			}
			if !t.cap && x.lx.isCommon(t.lower) {
				continue // "trump" the verb, not the man
			}
			if k > s.t0 && x.toks[k-1].text == "-" && !x.toks[k-1].space && !t.space || k+1 < s.t1 && x.toks[k+1].text == "-" && !x.toks[k+1].space {
				continue // "Whitley-Barnes": half of a compound, which the chunk pass reads whole
			}
			x.addMention(mention{t0: k, t1: k + 1, sent: si, name: titleCaseWord(t.text), conf: 0.5, single: true, gzRole: -1})
		}
	}
}

// stopCapsBits is the gate (see wordBits) of stopCaps, which isProper
// asks about every capitalised word, many times over in chunkPass.
var stopCapsBits = bitsOf(stopCaps)

// isProper says whether token i can be part of a name.
func (x *doc) isProper(i int) bool {
	t := &x.toks[i]
	if x.used[i] || t.kind != tkWord || !t.cap {
		return false
	}
	if stopCapsBits.may(t.lower) && stopCaps[t.lower] || x.lx.gate.speech.may(t.lower) && x.lx.speech[t.lower] {
		return false
	}
	if x.tc[i] && x.isCommon(t.lower) {
		if _, ok := instHeads[t.lower]; ok {
			return true
		}
		if _, ok := eventHeads[t.lower]; ok {
			return true
		}
		if venueHeads[t.lower] {
			return true
		}
		return false
	}
	return true
}

// isHyphenTail accepts the lower-case half of a hyphenated given name
// ("Seo-yeon", "Jae-in").
func (x *doc) isHyphenTail(i int) bool {
	t := &x.toks[i]
	if x.used[i] || t.kind != tkWord || t.cap || len(t.lower) > 5 {
		return false
	}
	// "Hye-won", "Jae-in": a short syllable after a short capitalised one
	if p := i - 2; p >= 0 && x.toks[p].cap && len(x.toks[p].text) <= 4 && len(t.lower) <= 4 && !stopCaps[t.lower] {
		return true
	}
	return !x.lx.isCommon(t.lower)
}

// isNameTail accepts a lower-case surname after a given name ("Kirill
// volkov") when it is not an ordinary word. The length is read before
// the lookups: short words ("of", "to", "a") need none.
func (x *doc) isNameTail(i int) bool {
	t := &x.toks[i]
	if x.used[i] || t.kind != tkWord || t.cap || len(t.lower) <= 2 {
		return false
	}
	return !x.lx.isCommon(t.lower) && !stopCaps[t.lower] && !x.lx.speech[t.lower]
}

// lowerNameEnd returns the end of a person's name typed all in lower
// case from token i ("Prime Minister tarvo lindqvar", "opposition leader
// oriane pell-marchetti", "quoted aleksandr dravnikov, an aide to …"), or -1. The
// name is two or three words that are no ordinary words, hyphenated
// halves included; it needs a title right before it, or a known given
// name and a role in apposition after it: case is not identity, but a
// lower-case run needs a person's context to be a name.
//
// The cheap tests come first: chunkPass asks at every lower-case word,
// and the word tests (isNameTail, isCommon with its inflections) cost
// several map lookups, so they are made only for a free lower-case word
// with a title before it or a known given name.
func (x *doc) lowerNameEnd(si, i int) int {
	s := &x.sents[si]
	if t := &x.toks[i]; x.used[i] || t.kind != tkWord || t.cap || len(t.lower) <= 2 {
		return -1 // isNameTail(i) fails: no word
	}
	r := x.roleBefore(i)
	titled := r != nil && r.tp.title && !r.plural
	if !titled && !x.lx.isFirst(x.toks[i].lower) {
		return -1
	}
	words, e := 0, i
	for e < s.t1 && words < 3 && x.isNameTail(e) {
		words++
		e++
		// "shahid-hussain": a hyphenated surname
		for e+1 < s.t1 && x.toks[e].text == "-" && !x.toks[e].space && !x.toks[e+1].space && x.isNameTail(e+1) {
			e += 2
		}
	}
	if words < 2 || e < s.t1 && x.isNameTail(e) {
		return -1
	}
	if titled || x.roleAppositive(si, e) { // untitled, the first word is a known given name (above)
		return e
	}
	return -1
}

// roleAppositive reports a comma at e and a person's role soon after it,
// past articles and possessors: ", an aide to …", ", the party's
// spokeswoman".
func (x *doc) roleAppositive(si, e int) bool {
	s := &x.sents[si]
	if e+1 >= s.t1 || x.toks[e].text != "," {
		return false
	}
	for k := e + 1; k < s.t1 && k <= e+4; k++ {
		if r := x.roleCovering(k); r != nil && r.t0 == k {
			return r.tp.title && !r.plural
		}
		if l := x.toks[k].lower; l != "a" && l != "an" && l != "the" && x.toks[k].kind != tkPoss && !x.toks[k].cap {
			return false
		}
	}
	return false
}

// addLowerName adds the person named in lower case in [a, b), with each
// part capitalised.
func (x *doc) addLowerName(si, a, b int) {
	var sb strings.Builder
	for k := a; k < b; k++ {
		t := &x.toks[k]
		if k > a && t.text != "-" && x.toks[k-1].text != "-" {
			sb.WriteByte(' ')
		}
		sb.WriteString(titleCaseWord(t.text))
	}
	name := sb.String()
	x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePerson, key: lowerKey("per:", name), name: name, conf: 0.85, titled: true, gzRole: -1})
}

// givenShaped reports a capitalised word at k that may be a given name
// the lexicon does not know: no ordinary word, no head of a body, three
// letters or more ("Obinwa" in "Obinwa K. Dratsch"). It is asked only
// where a middle initial and a surname follow.
func (x *doc) givenShaped(k int) bool {
	t := &x.toks[k]
	if t.kind != tkWord || !t.cap || t.upper || len(t.lower) < 3 || x.isCommon(t.lower) {
		return false
	}
	_, head := instHeads[t.lower]
	return !head
}

// monthGiven reports a capitalised month word at k that is part of a
// person's name running over [a, e): "Liu Jun", "Jan Verhoeck", "June
// Maseko". The name must not be dated ("in May 2021", "June 12", "on Jan.
// 5", "since March"), and it must stand where a person does: after a
// title, before a speech verb or before a role in apposition.
func (x *doc) monthGiven(si, k, a, e int) bool {
	s := &x.sents[si]
	t := &x.toks[k]
	if _, ok := monthNames[t.lower]; !ok || !t.cap || x.used[k] {
		return false
	}
	if n := k + 1; n < s.t1 && (x.toks[n].kind == tkNum || x.toks[n].text == "." && !x.toks[n].space) {
		return false
	}
	if e < s.t1 && x.toks[e].kind == tkNum {
		return false
	}
	if a > s.t0 && dateLeads[x.toks[a-1].lower] {
		return false
	}
	return x.titledAt(a) || x.speechFollows(e, s.t1) || x.roleAppositive(si, e)
}

// particleOpensName reports a capitalised surname particle at i that
// opens a name: "Van der Linde", "Van Heerdt", "De la Vega". Lower-case
// particles may follow it; then a capitalised word that is no ordinary
// word ("Van drivers", "Van Sales Rise" are no names).
func (x *doc) particleOpensName(si, i int) bool {
	s := &x.sents[si]
	if !nameParticles[x.toks[i].lower] || !x.toks[i].cap || x.toks[i].upper {
		return false
	}
	k := i + 1
	for k < s.t1 && k < i+3 && !x.toks[k].cap && x.toks[k].kind == tkWord && nameParticles[x.toks[k].lower] {
		k++
	}
	return k < s.t1 && x.isProper(k) && !x.isCommon(x.toks[k].lower)
}

// verbInName reports a capitalised speech verb at k inside a person's
// name that starts at a: "Amina Said Mwinyi told reporters". Mid-sentence
// a verb is written in lower case, so a capitalised one between a given
// name and a surname is a name ("Said" is a common Arabic and Swahili
// one); at a sentence start or in a headline it is still the verb.
func (x *doc) verbInName(si, a, k int) bool {
	t := &x.toks[k]
	if !t.cap || t.upper || x.tc[k] || x.used[k] || !x.lx.speech[t.lower] || k+1 >= x.sents[si].t1 {
		return false
	}
	return (x.lx.first[x.toks[a].lower] || x.givenShaped(a)) && x.isProper(k+1) && !x.isCommon(x.toks[k+1].lower)
}

// properRunEnd returns the end of the run of proper words from k, at
// most three.
func (x *doc) properRunEnd(si, k int) int {
	e := k
	for e < x.sents[si].t1 && e < k+3 && x.isProper(e) {
		e++
	}
	return e
}

// freeTitleInName gives back to the name the title the role pass read
// right after a body's leading word at i: "Universidad Mayor de Santa
// Lucía", "Instituto Superior de Agronomia". The title must be followed
// by a connector and a name, as a body's name goes on; "Bank President
// Ana Ruiz" keeps its title.
func (x *doc) freeTitleInName(si, i int) {
	s := &x.sents[si]
	t := &x.toks[i]
	if x.used[i] || !t.cap || t.kind != tkWord || i+3 >= s.t1 || !x.used[i+1] {
		return
	}
	if _, ok := x.leadHead(t.lower); !ok {
		return
	}
	for n := len(x.roles) - 1; n >= 0 && x.roles[n].sent == si; n-- {
		r := &x.roles[n]
		if r.t0 != i+1 {
			continue
		}
		if !x.toks[r.t1-1].cap || r.t1+1 >= s.t1 || !romanceConnectors[x.toks[r.t1].lower] || x.toks[r.t1].cap || !x.isProper(r.t1+1) {
			return
		}
		for k := r.t0; k < r.t1; k++ {
			x.used[k] = false
		}
		x.roles = append(x.roles[:n], x.roles[n+1:]...)
		return
	}
}

// generalHeadAt reports a body's head joined to "-General" at a, before
// a connector and within end: "Directorate-General of ...",
// "Inspectorate-General for ...".
func (x *doc) generalHeadAt(a, end int) bool {
	toks := x.toks
	return a+4 < end && generalBodies[toks[a].lower] && toks[a].cap && toks[a+1].text == "-" && !toks[a+1].space && !toks[a+2].space &&
		toks[a+2].lower == "general" && toks[a+2].cap && connectors[toks[a+3].lower] && toks[a+3].lower != "and"
}

// generalRemitAt reports the remit after "Directorate-General of" at q:
// a name ("of Merchant Marine") or "the" and a name ("of the Armed
// Forces", "of the Treasury"). A body's short form the lexicon took there
// ("Treasury") is the remit, not that body: its mention is dropped so the
// run goes on through it, else "Directorate-General of the Treasury" was
// cut to the United States Treasury and "of the Armed Forces" to the
// forces. A state or place there stays for the state link ("of the
// Netherlands").
func (x *doc) generalRemitAt(q, end int) bool {
	if x.isProper(q) {
		return true
	}
	if x.toks[q].lower != "the" || q+1 >= end {
		return false
	}
	q++
	if x.isProper(q) {
		return true
	}
	if !x.used[q] || !x.toks[q].cap {
		return false
	}
	g := x.mentionStartingAt(q)
	if g < 0 || x.ments[g].typ != TypeInstitution || x.ments[g].kind == "state" || x.ments[g].t1 > end {
		return false
	}
	x.ments[g].dead = true
	for k := x.ments[g].t0; k < x.ments[g].t1; k++ {
		x.used[k] = false
	}
	return true
}

// rankAdjectives are one-word titles that are also words opening
// bodies' names: "General Court", "General Staff", "Official Gazette",
// "Representative Office", "Premier League". Before an institution head
// they name the body, not a person's rank: no one is called "Office".
var rankAdjectives = set("general", "official", "representative", "premier")

// rankAdjectivesGate is rankAdjectives' gate (see wordGate): chunkPass
// asks about every capitalised word and every word after a used one.
var rankAdjectivesGate = gateOf(rankAdjectives)

// rankInName gives back to a body's name the one-word rank the role pass
// read at i when a capitalised head of a body follows it: "the General
// Court ruled", "the General Audit Office said". A rank before a
// person's name ("General Ivan Petrov") or in a longer title ("Attorney
// General", "General Secretary") stays a title.
func (x *doc) rankInName(si, i int) {
	if !x.toks[i].cap || !rankAdjectivesGate.may(x.toks[i].lower) || !rankAdjectives[x.toks[i].lower] || !x.headAfterRank(si, i) {
		return
	}
	x.freeRoleAt(si, i)
}

// headAfterRank reports a capitalised institution head, not yet read,
// right after the rank at i ("General Court") or after one more
// capitalised word that is no given name and is a common word ("the
// Official Creditor Committee", "General Audit Office", "General Trading
// LLC"); an unknown proper word there is a titled person's surname
// ("Inspector General Kowalczyk Committee").
func (x *doc) headAfterRank(si, i int) bool {
	s := &x.sents[si]
	if i+1 >= s.t1 {
		return false
	}
	h := &x.toks[i+1]
	if !h.cap || h.kind != tkWord || x.used[i+1] {
		return false
	}
	if _, ok := instHeads[h.lower]; ok {
		return true
	}
	if x.lx.first[h.lower] || !x.isCommon(h.lower) || i+2 >= s.t1 {
		return false // only a common word between: "Inspector General Kowalczyk Committee" keeps its surname
	}
	q := &x.toks[i+2]
	_, ok := instHeads[q.lower]
	return ok && q.cap && q.kind == tkWord && !x.used[i+2]
}

// rankRoleInName gives back to a name the role the role pass read from
// j when it ends in a one-word rank before a body's head: "Zarrin Falcon
// General Trading LLC", where "Falcon General" was read as a title
// ("Chief Trade Negotiator") and cut the firm's name after "Zarrin".
func (x *doc) rankRoleInName(si, j int) {
	for n := len(x.roles) - 1; n >= 0 && x.roles[n].sent == si; n-- {
		r := &x.roles[n]
		if r.t0 != j {
			continue
		}
		e := r.t1 - 1
		if e-r.t0 > 1 || !x.toks[e].cap || !rankAdjectives[x.toks[e].lower] || !x.headAfterRank(si, e) {
			return
		}
		for k := r.t0; k < r.t1; k++ {
			x.used[k] = false
		}
		x.roles = append(x.roles[:n], x.roles[n+1:]...)
		return
	}
}

// placeNameBefore returns where a place's name begins when an unknown
// capitalised word before a known name at a is part of it ("Lanu
// Samoa", a volcano named like the state), killing that word's surname
// candidate; else a.
func (x *doc) placeNameBefore(si, a int) int {
	k := a - 1
	if k < x.sents[si].t0 {
		return a
	}
	t := &x.toks[k]
	if t.kind != tkWord || !t.cap || t.upper || x.isCommon(t.lower) || x.lx.first[t.lower] {
		return a
	}
	if x.used[k] {
		g := x.mentionEndingAt(a)
		if g < 0 || x.ments[g].t0 != k || !x.ments[g].single || x.ments[g].typ != "" {
			return a
		}
		x.ments[g].dead = true
	}
	return k
}

// personLinks are the joining words that, unlike "de" or "del", also
// stand between a body and a person ("Grupo Carso para Carlos Slim",
// "un prix pour Marie Curie").
var personLinks = set("para", "pour", "pentru", "sa", "ng", "le")

// personAfterLink reports a person's full name after the joining word at
// j: a given name and another proper word ("para Carlos Slim"). The run
// stops there, so the body and the person stay two names.
func (x *doc) personAfterLink(s *sentence, j int) bool {
	return personLinks[x.toks[j].lower] && j+2 < s.t1 && x.lx.first[x.toks[j+1].lower] && x.isProper(j+2)
}

// tradeNouns follow a discipline or a commodity named like a firm
// ("Coking Coal prices", "Oxford Engineering students"), not a firm's name.
var tradeNouns = set("price", "prices", "futures", "exports", "imports", "output", "production", "shipments",
	"market", "markets", "jobs", "students", "student", "professor", "professors", "graduates", "sector", "industry")

// academicUnits head "X of Chemical Engineering": a university's faculty,
// not a firm; "the price of Newcastle Coal" names a benchmark grade.
var academicUnits = set("faculty", "school", "department", "college", "institute", "chair", "price", "prices")

// tradeWordMisread reports a two-word run ending in a trade word that is
// no firm: a given name before it ("Alan Sugar", "Anna Coal": a person,
// as the trade words are some people's surnames), a university's unit
// ("Faculty of Chemical Engineering"), a price's grade ("the price of
// Newcastle Coal"), or a product or discipline with its
// noun after it ("Coking Coal prices", "Data Analytics jobs"). Three-word
// names ("Victoria Crest Sugar") are firm enough.
func (x *doc) tradeWordMisread(s *sentence, a, b int) bool {
	if b-a != 2 {
		return false
	}
	toks := x.toks
	if x.lx.first[toks[a].lower] {
		return true
	}
	if a-2 >= s.t0 && toks[a-1].lower == "of" && academicUnits[toks[a-2].lower] {
		return true
	}
	return b < s.t1 && toks[b].kind == tkWord && !toks[b].cap && tradeNouns[toks[b].lower]
}

// givenAbbrevs are written abbreviations of given names: "Ma. Luisa"
// (María), "Md. Rahman" (Mohammad), "Wm.", "Jos.", "Fco.".
var givenAbbrevs = set("ma", "md", "mohd", "wm", "jos", "fco", "chas", "thos")

// patronymLinks join a given name to the father's ("bin", "binti", "ibn"):
// a title word after them is a name ("Talal bin Sultan").
var patronymLinks = set("bin", "binti", "bint", "ibn")

// dateLeads are words before a month that make it a date: "in May",
// "since June", "early March".
var dateLeads = set("in", "on", "since", "by", "until", "till", "from", "of", "last", "next", "early", "late", "mid",
	"this", "through", "during", "before", "after", "between", "and", "or", "to", "throughout", "each", "every")

// chunkPass groups remaining capitalised words into names and classifies
// them: institutions and events by their head word, people by given
// names, titles and shape.
func (x *doc) chunkPass(si int) {
	s := &x.sents[si]
	toks := x.toks
	for i := s.t0; i < s.t1; i++ {
		start := i
		lowerFirst := false
		x.freeTitleInName(si, i)
		x.rankInName(si, i)
		if x.used[i] && i+1 < s.t1 && rankAdjectivesGate.may(toks[i+1].lower) && rankAdjectives[toks[i+1].lower] {
			x.rankRoleInName(si, i) // "Sahel Horizon General Trading LLC" after a place
		}
		proper := x.isProper(i)
		if t := &toks[i]; !proper && t.cap && t.kind == tkWord && !x.used[i] && x.lx.isFirst(t.lower) && !stopCaps[t.lower] && i+1 < s.t1 && (x.isProper(i+1) || nameParticles[toks[i+1].lower] && i+2 < s.t1 && x.isProper(i+2)) {
			// a given name that is also a word, starting a sentence:
			// "Marine Le Pen", "Grant Shapps"
		} else if !proper && toks[i].cap && !x.used[i] && i+1 < s.t1 && x.isProper(i+1) && x.monthGiven(si, i, i, x.properRunEnd(si, i+1)) {
			// "Jan Verhoeck said": a given name that is also a month
			// (monthGiven wants a free capitalised word at i; testing
			// that first spares most words the name-run scan)
		} else if !proper && t.cap && t.kind == tkWord && !x.used[i] && x.tc[i] && !(stopCapsBits.may(t.lower) && stopCaps[t.lower]) && x.firmHeadAhead(si, i+1) {
			// an ordinary word opening a line, inside a firm's name: "- Tulpar
			// Horizon Holding, the parent"
		} else if !proper && t.cap && t.kind == tkWord && !x.used[i] && x.tc[i] && regionAdjectivesGate.may(t.lower) && regionAdjectives[t.lower] && x.bodyHeadAhead(si, i+1) {
			// a region's adjective opening a sentence, inside a body's
			// name: "Northern Shield P&I Club, which insured the tankers"
		} else if !proper && t.cap && t.kind == tkWord && !x.used[i] && x.particleOpensName(si, i) {
			// "Van der Linde said": a surname's particle that is also a
			// word, opening a sentence
		} else if !proper && t.cap && t.kind == tkWord && !x.used[i] && x.wordOpensName(si, i) {
			// "Saw Eh Klo Htoo, a spokesman", ", Do Thi Thanh Ha,": a word
			// opening a name the lexicon knows no word of
		} else if !proper && t.cap && t.kind == tkWord && !x.used[i] && stormHeadsGate.may(t.lower) && stormHeads[t.lower] && i+2 < s.t1 && x.isProper(i+1) && !x.isProper(i+2) {
			// "Cyclone Ilsa struck": a storm's name opening a sentence
		} else if !proper {
			// "donald Trump": a lower-case given name before a capitalised word
			t := &toks[i]
			titledLower := false
			if r := x.roleBefore(i); r != nil && r.tp.title && i+1 < s.t1 && x.isNameTail(i+1) {
				titledLower = true // "Prime Minister viktor orban"
			}
			// (the cheap checks of the next token first: most lower-case
			// words are followed by no name, and need no lookup)
			if !(t.kind == tkWord && !t.cap && !x.used[i] && i+1 < s.t1 && (titledLower || x.isProper(i+1)) && x.lx.isFirst(t.lower) && !x.lx.isCommon(t.lower)) {
				if e := x.lowerNameEnd(si, i); e > 0 {
					x.addLowerName(si, i, e)
					i = e - 1
				}
				continue
			}
			lowerFirst = true
		}
		if (toks[i].lower == "al" || toks[i].lower == "el") && i+2 < s.t1 && toks[i+1].text == "-" && !toks[i+1].space && !toks[i+2].space && x.isProper(i+2) &&
			(i+3 >= s.t1 || !x.isProper(i+3) && toks[i+3].text != "-") {
			// "Al-Nuaimi said": a lone surname with its article, not the
			// given name "Al"
			i += 2
			start = i
		}
		j := i + 1
		hasHead := false
		firm := false   // partners' surnames joined by "&": a firm
		french := false // a French body's name in lower case after its head
		legal := false  // a firm's name closed by an undotted legal form
		if _, ok := instHeads[toks[i].lower]; ok {
			hasHead = true
		}
		lead := false
		if _, ok := x.leadHead(toks[i].lower); ok && toks[i].cap {
			hasHead, lead = true, true
		}
		if _, ok := eventHeads[toks[i].lower]; ok {
			hasHead = true
		}
		for j < s.t1 {
			if x.used[j] && toks[j].cap && j-start <= 3 && (rankAdjectives[toks[j].lower] || j+1 < s.t1 && rankAdjectives[toks[j+1].lower]) {
				// "Zarrin Falcon General Trading LLC": a rank inside a
				// name, before its head, is no title. At most three
				// words into the run: a firm's proper words come first,
				// and a rank further on is a title after a long name.
				x.rankRoleInName(si, j)
			}
			// in a headline, ordinary words may sit inside a name that
			// ends in an institution head: "Northline Trade Bank"
			if x.tc[j] && toks[j].cap && toks[j].kind == tkWord && !x.used[j] && !stopCaps[toks[j].lower] && !x.isProper(j) {
				h := -1
				for q := j + 1; q < s.t1 && q <= j+2; q++ {
					if !toks[q].cap || x.used[q] || toks[q].kind != tkWord {
						break
					}
					if _, ok := instHeads[toks[q].lower]; ok {
						h = q
						break
					}
				}
				if h > 0 {
					hasHead = true
					j = h + 1
					continue
				}
			}
			if t := &toks[j]; (t.text == "'" || t.text == "\u2019") && !t.space && j+1 < s.t1 && strings.HasSuffix(toks[j-1].lower, "s") && x.isProper(j+1) {
				// "Steel Tube Producers' Association": a plural possessive
				// inside an institution's name
				if _, ok := instHeads[toks[j+1].lower]; ok {
					j++
					continue
				}
			}
			if toks[j].text == "," {
				if q := x.remitListAt(si, start, j, hasHead); q > 0 {
					hasHead = true // "Ministry of Farming, Water and Forests"
					j = q
					continue
				}
			}
			if toks[j].kind == tkPoss && x.groupPossessive(si, j) {
				j++ // "Harbour Seamen's Union"
				continue
			}
			if !hasHead && j-start <= 2 && x.verbInName(si, start, j) {
				j++ // "Amina Said Mwinyi"
				continue
			}
			if !hasHead && j-start <= 2 && x.monthGiven(si, j, start, j+1) {
				j++ // "Ambassador Liu Jun"
				continue
			}
			if x.isProper(j) {
				if _, ok := instHeads[toks[j].lower]; ok {
					hasHead = true
				}
				if _, ok := eventHeads[toks[j].lower]; ok {
					hasHead = true
				}
				j++
				continue
			}
			t := &toks[j]
			if j-start <= 2 && x.lx.first[toks[j-1].lower] && x.isNameTail(j) {
				j++
				continue
			}
			if lead && t.kind == tkWord && !t.cap && romancePlaceLinks[t.lower] && j+1 < s.t1 && x.placeNameAt(j+1, true) {
				j += 2 // "Universidad Andina de Potosí", "Compagnie Pétrolière du Levant"
				continue
			}
			if j == start+1 && toks[start].cap && t.kind == tkWord && !t.cap {
				if e := x.frenchNameTail(si, start, j); e > j {
					j = e // "Observatoire haïtien de la sécurité", "Collectif des commerçants du Mali"
					french = true
					continue
				}
			}
			if lead && t.kind == tkWord && !t.cap && romanceConnectors[t.lower] && j+1 < s.t1 && x.isProper(j+1) && !x.personAfterLink(s, j) {
				j += 2 // "Universidad Metropolitana del Ávila"
				continue
			}
			if lead && t.kind == tkWord && !t.cap && romanceConnectors[t.lower] && j+2 < s.t1 && romanceConnectors[toks[j+1].lower] && !toks[j+1].cap && x.isProper(j+2) {
				j += 3 // "Aguas de la Sierra"
				continue
			}
			if lead && x.arabicArticleTail(si, start, j) {
				j += 3 // "Kataib Nur al-Din": the group's name goes on after its article
				continue
			}
			if t.kind == tkWord && !t.cap && connectors[t.lower] && hasHead && j+1 < s.t1 && x.isProper(j+1) && t.lower != "and" {
				j += 2
				continue
			}
			// "Institute for the Study of War"
			if t.kind == tkWord && !t.cap && (t.lower == "of" || t.lower == "for") && hasHead && j+2 < s.t1 && toks[j+1].lower == "the" && x.isProper(j+2) {
				e := j + 2
				for e < s.t1 && x.isProper(e) {
					e++
				}
				// "the Coast Guard for the North Aegean Sea": a name
				// cut by a known one is a place phrase, not part of it
				if !(e < s.t1 && toks[e].cap && toks[e].kind == tkWord && x.used[e]) {
					j += 3
					continue
				}
			}
			// "Bank of Russia", "Institute for Pacific Security", "Council of
			// the EU", "Mission on Myanmar"
			if t.kind == tkWord && !t.cap && x.stateLinkAfter(t.lower, start, j) && hasHead && j+1 < s.t1 {
				q := j + 1
				if toks[q].lower == "the" && q+1 < s.t1 {
					q++
				}
				if x.used[q] && toks[q].cap {
					if g := x.mentionStartingAt(q); g >= 0 && (x.ments[g].gzRole == gzName && (x.ments[g].kind == "state" || x.ments[g].typ == TypePlace || x.ments[g].kind == "international") || x.stateFormAfter(g, s.t1) || x.membersAfter(g, start, j, s.t1)) {
						x.ments[g].dead = true
						for q := x.ments[g].t0; q < x.ments[g].t1; q++ {
							x.used[q] = false
						}
						j = x.ments[g].t1
						if x.stateFormAfter(g, s.t1) {
							j++ // "of the Kyrgyz Republic"
						}
						continue
					}
				}
			}
			if t.kind == tkWord && (t.lower == "and" || t.lower == "&") && hasHead && j+1 < s.t1 && x.isProper(j+1) && x.chunkHasConnector(start, j) {
				j += 2
				continue
			}
			if x.firmAmpersand(si, j, hasHead) {
				j += 2 // "Drakos & Partners", "Tussac Oil & Gas"
				continue
			}
			if q := x.pairedRemitAt(si, start, j, hasHead); q > 0 {
				j = q // "the Police and Border Guard Board", "Foreign and Commonwealth Office"
				continue
			}
			if q := x.partnersFirmAt(si, start, j, hasHead); q > 0 {
				j = q // "the law firm Haldane, Pruett & Voss", "lawyers at Hartwell & Prynne"
				firm = true
				continue
			}
			if x.letterAmpersand(si, j, hasHead) {
				j += 2 // "Skarvik P&I Club", "Nordic Mutual P&I"
				continue
			}
			if t.kind == tkWord && nameParticles[t.lower] && !hasHead && j+1 < s.t1 {
				// "van der Berg", "de la Fuente", "al-Nuaimi"
				q := j + 1
				for q < s.t1 && q < j+3 && toks[q].kind == tkWord && !toks[q].cap && nameParticles[toks[q].lower] {
					q++
				}
				if q < s.t1 && (x.isProper(q) || toks[q].text == "-" && q+1 < s.t1 && x.isProper(q+1)) {
					j = q
					continue
				}
			}
			// "Maria Fernanda Duarte Lima", "Teófilo Arancibia Lagos": a
			// capital's or a city's name as the last part of a person's
			// name (Iberian double surnames)
			if j-start >= 2 && !hasHead && (x.lx.first[toks[start].lower] || x.givenShaped(start) && !x.isCommon(toks[j-1].lower)) && x.used[j] && toks[j].cap && (j+1 >= s.t1 || !toks[j+1].cap || toks[j+1].kind != tkWord) {
				if g := x.mentionStartingAt(j); g >= 0 && x.ments[g].t1 == j+1 && (x.ments[g].gzRole == gzCapital || x.ments[g].typ == TypePlace && x.ments[g].gzRole == gzName) {
					x.ments[g].dead = true
					x.used[j] = false
					j++
					continue
				}
			}
			if t.text == "-" && !t.space && j-start <= 2 && j+1 < s.t1 && !toks[j+1].space && toks[j+1].kind == tkNum && len(toks[j+1].text) <= 3 &&
				(j+2 >= s.t1 || toks[j+2].space || toks[j+2].kind == tkPunct && toks[j+2].text != "-") {
				// "Rodina-24", "Kanal-5": a broadcaster's channel number
				j += 2
				continue
			}
			if (t.text == "\"" || t.text == "\u201c") && !hasHead && j-start >= 1 && j-start <= 2 && j+3 < s.t1 && toks[j+1].cap && toks[j+1].kind == tkWord &&
				(toks[j+2].text == "\"" || toks[j+2].text == "\u201d") && x.isProper(j+3) && toks[j+3].space && !stopCaps[toks[j+3].lower] {
				// "Timoteo \"Tito\" Arbelo": a nickname in quotes
				j += 3
				continue
			}
			if len(t.text) == 1 && t.cap && t.text != "I" && !hasHead && j-start <= 2 && j+2 < s.t1 && toks[j+1].text == "." && !toks[j+1].space && toks[j+2].space && x.isProper(j+2) &&
				(x.lx.first[toks[start].lower] || x.titledAt(start) || j == start+1 && x.givenShaped(start)) {
				// "Celine A. Hartley": an initial that is also a word
				j += 2
				continue
			}
			if t.text == "." && !t.space && !hasHead && j-1 == start && givenAbbrevs[toks[start].lower] && j+1 < s.t1 && toks[j+1].space && x.isProper(j+1) {
				j++ // "Ma. Luisa Tanedo": an abbreviated given name
				continue
			}
			if t.text == "." && !t.space && !hasHead && j-start <= 2 && len(toks[j-1].text) == 1 && toks[j-1].cap && toks[j-1].text != "I" &&
				(j-1 == start || x.lx.first[toks[start].lower] || x.titledAt(start) || j == start+2 && x.givenShaped(start)) && j+1 < s.t1 && toks[j+1].space && x.isProper(j+1) && j+1 < s.t1 && !stopCaps[toks[j+1].lower] {
				// "Howard T. Keller", "R. Daniel Pryce": a middle or
				// first initial inside a person's name
				j++
				continue
			}
			if t.text == "." && !t.space && !hasHead && j-1 > start && j-start <= 2 && (toks[j-1].text == "St" || toks[j-1].text == "Ste") && j+1 < s.t1 && toks[j+1].space && x.isProper(j+1) &&
				(x.lx.first[toks[start].lower] || x.titledAt(start) || j == start+2 && x.givenShaped(start)) {
				// "Marie-Claire St. Aubin": a saint's abbreviation that
				// opens a surname after a given name
				j++
				continue
			}
			if hasHead && x.generalHeadAt(j-1, s.t1) && x.generalRemitAt(j+3, s.t1) {
				// "Directorate-General of Merchant Marine": a body's head
				// with "-General" is one head, not a rank; the run used to
				// stop at the hyphen and keep only the remit, as a firm
				// ("Merchant Marine"). A name must follow the connector.
				j += 2
				continue
			}
			if t.text == "-" && !t.space && j+1 < s.t1 && !toks[j+1].space && (x.isProper(j+1) ||
				// "Pieter-Jan": a given name joined to another, even one
				// that is also a month's abbreviation
				toks[j+1].cap && !x.used[j+1] && toks[j+1].kind == tkWord && x.lx.first[toks[j+1].lower] && j-1 == start && j+2 < s.t1 && (x.isProper(j+2) || nameParticles[toks[j+2].lower]) || !hasHead && x.isHyphenTail(j+1) && (j+2 < s.t1 && x.isProper(j+2) || j-start >= 2)) {
				// "Min-jun Lee", "Lai Ching-te"
				j += 2
				continue
			}
			if k := x.bodyAcrossPlace(si, start, j, hasHead); k > 0 {
				j = k // "National Estonian Tanker Company", "Port of Tallinn Authority"
				continue
			}
			if x.bareLegalFormAt(si, start, j) {
				legal = true // "Brekke Fisk AS", "Hvalbakur hf", "Drina Promet d.o.o."
				j++
			}
			break
		}
		if !firm && !french && j-start >= 2 && bareLegalForms[toks[j-1].text] && toks[j-1].kind == tkWord && !toks[j-2].upper {
			legal = true // "Tamme Vedu OÜ": a capitalised form the run took
		}
		if legal {
			if k := start - 1; k >= s.t0 && x.toks[k].cap && x.used[k] {
				// "Tartu Vedu OÜ": a town's name opens the firm's; the
				// gazetteer took it as a place and cut the run. A
				// capital's name ("Oslo Energi AS", "Riga Transport AS"),
				// taken as its state acting, opens the firm's name just
				// the same
				if g := x.mentionEndingAt(start); g >= 0 && x.ments[g].t0 == k && (x.ments[g].typ == TypePlace || x.ments[g].gzRole == gzCapital) {
					x.ments[g].dead = true
					x.used[k] = false
					start = k
				}
			}
			name := normText(x.spanText(start, j))
			// the key leaves the legal form out, as for a dotted one
			key := lowerKey("org:", normText(x.spanText(start, j-1)))
			x.addMention(mention{t0: start, t1: j, sent: si, typ: TypeInstitution, kind: "company", key: key, name: name, conf: 0.8, gzRole: -1})
			i = j - 1
			continue
		}
		if firm {
			name := normText(x.spanText(start, j))
			x.addMention(mention{t0: start, t1: j, sent: si, typ: TypeInstitution, kind: "company", key: lowerKey("org:", name), name: name, conf: 0.7, gzRole: -1})
			i = j - 1
			continue
		}
		if french {
			// the name may end in a lower-case word, which the head
			// test of classifyChunk would not take
			kind, ok := instHeads[toks[start].lower]
			if !ok {
				kind = "organization"
			}
			if lk, ok := x.leadHead(toks[start].lower); ok {
				kind = lk
			}
			name := normText(x.spanText(start, j))
			x.addMention(mention{t0: start, t1: j, sent: si, typ: TypeInstitution, kind: kind, key: lowerKey("org:", name), name: name, conf: 0.7, gzRole: -1})
			i = j - 1
			continue
		}
		x.classifyChunk(si, start, j, lowerFirst)
		i = j - 1
	}
}

// bodyAcrossPlace reads a known place, state or demonym at j (after
// "of" when the words before are a name's opening) as the inside of a
// body's name: "National Estonian Tanker Company", "Joint Greek-Turkish
// Border Commission", "Republic of Malawi Defence Forces", "Port of
// Tallinn Authority". The gazetteer took the place word first and cut
// the chunk, so the words before it were lost ("Estonian Tanker Company").
// The opening [a, j) is one or two capitalised words that hold no head
// of their own and do not start with a given name (the caller leaves out
// an ordinary word opening a sentence). Before "of" it is one ordinary
// word ("Port", "Republic"): a person's name there stays a person ("Olev
// Kask of Tallinn Technical University"). After the place come up to
// four proper words that end in an institution head. It frees the
// place's tokens and returns where the chunk goes on (the place's first
// token, always after a), or -1.
func (x *doc) bodyAcrossPlace(si, a, j int, hasHead bool) int {
	s := &x.sents[si]
	toks := x.toks
	if hasHead || s.heading || j-a > 2 || x.lx.first[toks[a].lower] {
		return -1
	}
	k := j
	if toks[k].lower == "of" && !toks[k].cap && k+1 < s.t1 {
		if j-a != 1 || !x.isCommon(toks[a].lower) || x.titledAt(a) {
			return -1
		}
		k++ // "Port of …", "Republic of …"
	}
	if !x.used[k] || !toks[k].cap {
		return -1
	}
	e := x.gzRunEnd(k, s.t1)
	if e < 0 {
		return -1
	}
	q := e
	for q < s.t1 && q < e+4 && x.isProper(q) {
		q++
	}
	if q == e || !toks[q-1].cap {
		return -1
	}
	if kind, ok := instHeads[toks[q-1].lower]; !ok || kind == "media" {
		return -1
	}
	for g := x.mentionStartingAt(k); g >= 0 && x.ments[g].t0 < e; g = x.mentionStartingAt(x.ments[g].t1 + 1) {
		x.ments[g].dead = true
		for t := x.ments[g].t0; t < x.ments[g].t1; t++ {
			x.used[t] = false
		}
	}
	return k
}

// gzRunEnd returns the end of a plain gazetteer mention of a state or
// place starting at k, taking a second one joined by a hyphen
// ("Greek-Turkish"), or -1.
func (x *doc) gzRunEnd(k, end int) int {
	e := -1
	for {
		g := x.mentionStartingAt(k)
		if g < 0 {
			return e
		}
		m := &x.ments[g]
		if m.gzRole < 0 || m.gzRole == gzSeat || m.kind != "state" && m.typ != TypePlace {
			return e
		}
		e = m.t1
		if e+1 >= end || x.toks[e].text != "-" || x.toks[e].space || x.toks[e+1].space {
			return e
		}
		k = e + 1
	}
}

// stateFormWords follow a demonym to name a state formally: "the Kyrgyz
// Republic", "the Russian Federation".
var stateFormWords = set("republic", "federation", "kingdom", "confederation")

// stateFormAfter reports a demonym mention g followed by a capitalised
// state-form word: "Slovak Republic" inside "Savings Bank of the Slovak
// Republic".
func (x *doc) stateFormAfter(g, end int) bool {
	m := &x.ments[g]
	if m.gzRole != gzDemonym || m.kind != "state" || m.t1 >= end {
		return false
	}
	t := &x.toks[m.t1]
	return t.cap && !x.used[m.t1] && stateFormWords[t.lower]
}

// memberBodyHeads are bodies of members that news names by who the
// members are: "Union of Greek Shipowners", "Federation of Kenyan
// Employers".
var memberBodyHeads = set("union", "association", "federation", "confederation", "chamber", "council", "society",
	"league", "syndicate", "guild")

// membersAfter reports a demonym mention g after "of" that opens the
// members of a member body ending at j ("Association of Nigerian
// Importers and Exporters"): the head is capitalised and a capitalised
// plural ("-s", "-men") follows the demonym. The gazetteer took the
// demonym, which cut the name after "of". In "the Union of Greek islands" (lower case)
// the demonym stays apart.
func (x *doc) membersAfter(g, a, j, end int) bool {
	m := &x.ments[g]
	if m.gzRole != gzDemonym || m.t1 >= end || j-1 < a || !x.toks[j-1].cap || !memberBodyHeads[x.toks[j-1].lower] {
		return false
	}
	t := &x.toks[m.t1]
	return t.kind == tkWord && t.cap && !x.used[m.t1] && len(t.lower) > 3 && (strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "men"))
}

// placeLinkHeads are bodies named after the place they work on:
// "Fact-Finding Mission on Libya", "Commission on China". Other bodies
// take only "of" or "for" before a state: "briefed the Security Council
// on Syria" is a phrase, not a name.
var placeLinkHeads = set("mission", "commission")

// stateLinkAfter reports a connector word that may join a state's name to
// the body named in [a, j): "of" and "for" always; "on" after a mission
// or commission written in Title Case as the last word of a name of two
// words or more.
func (x *doc) stateLinkAfter(w string, a, j int) bool {
	switch w {
	case "of", "for":
		return true
	case "on":
		return j-a >= 2 && x.toks[j-1].cap && placeLinkHeads[x.toks[j-1].lower]
	}
	return false
}

// firmAmpersand reports an "&" at j inside a firm's name: before a
// company head ("Drakos & Partners") or between the words of a name that
// already has a body's head ("Tussac Oil & Gas"). Between two bare names
// it joins two parties: "Smith & Jones met".
func (x *doc) firmAmpersand(si, j int, hasHead bool) bool {
	s := &x.sents[si]
	if x.toks[j].text != "&" || j+1 >= s.t1 {
		return false
	}
	n := &x.toks[j+1]
	if instHeads[n.lower] == "company" && n.cap {
		// "Partners" may have been read as a role: here it is the firm's
		x.freeRoleAt(si, j+1)
		return x.isProper(j + 1)
	}
	return hasHead && x.isProper(j+1)
}

// pairedRemitAt reads "and" at j inside a body's name whose head comes
// after it: "the Police and Border Guard Board", "the Foreign and
// Commonwealth Office", "National Banking and Securities Commission",
// "Myanma Oil and Gas Enterprise". The head-first "and" ("Ministry of
// Mines and Energy") is read above; without this the run broke at "and"
// and its second half became a body of its own. The words before [a, j)
// are one or two proper words with no head that open no given name;
// after "and" come two or three proper words whose last is an
// institution head and ends the run. The word before "and" is an
// ordinary word or a region's adjective ("City", "Oil", "Asian and
// Oceanian Affairs Bureau"): after a surname or a firm's
// own word it joins two names ("Ranjith Perera and Central Bank
// officials", "Haebit and Mekong Digital Solutions"). One word after
// "and" is too few, so that "Heads of State and Government" and
// "Ministry of Water, Irrigation and Energy" (a remit, read elsewhere)
// are not bodies; a media word is no head here. It returns the
// token after the "and" (the chunker reads the rest), or -1. After a
// comma the words close a list ("the Ministry of Trade, Water and
// Harbour Authority" lists a ministry's remits, then a body) and are left
// alone.
func (x *doc) pairedRemitAt(si, a, j int, hasHead bool) int {
	s := &x.sents[si]
	toks := x.toks
	if hasHead || s.heading || j-a > 2 || toks[j].lower != "and" || toks[j].cap || x.lx.first[toks[a].lower] || a > s.t0 && toks[a-1].text == "," {
		return -1
	}
	e := j + 1
	for e < s.t1 && e <= j+3 && x.isProper(e) {
		e++
	}
	if e < j+3 || e < s.t1 && x.isProper(e) || !x.isCommon(toks[j-1].lower) && !regionAdjectives[toks[j-1].lower] {
		return -1
	}
	if kind, ok := instHeads[toks[e-1].lower]; !ok || kind == "media" || x.lx.first[toks[j+1].lower] {
		return -1
	}
	return j + 1
}

// partnerCues before a name mark a workplace: "the law firm X", "a
// partner at X".
var partnerCues = set("firm", "at")

// partnersFirmAt reads partners' surnames joined by a spaced "&" as one
// firm: "Haldane, Pruett & Voss", "Rochat & Favre", "Koopman & Dekker
// Shipbrokers". Law, consulting and broking firms are named so; people
// in running text are joined by "and". The run so far [a, j) is one proper
// word that opens no given name, j holds "," or "&", each listed name is
// one proper word, and the last follows a spaced "&". Two names need a
// workplace cue before them ("firm", "at"): "Dravik & Olsen met the
// minister" and "Lawyers Hollin & Drabek said" stay two names; three or
// more ("X, Y & Z") are a firm's shape on their own. Not in a headline,
// which writes "&" for "and". It returns the token after the last name,
// or -1.
func (x *doc) partnersFirmAt(si, a, j int, hasHead bool) int {
	s := &x.sents[si]
	toks := x.toks
	if hasHead || s.heading || j-a != 1 || j+1 >= s.t1 || x.lx.first[toks[a].lower] || toks[j].text != "," && toks[j].text != "&" {
		return -1
	}
	surname := func(k int) bool {
		return k < s.t1 && x.isProper(k) && !x.lx.first[toks[k].lower] && !toks[k].upper
	}
	// common counts the listed words that are ordinary words or a body's
	// or event's head: "Food, Drink & Tobacco" and "Politics, Trade &
	// Markets" list sectors or topics, not partners. One such word is a
	// surname like any other ("Baker & Voss").
	common := 0
	plain := func(k int) {
		if l := toks[k].lower; x.isCommon(l) || instHeads[l] != "" || eventHeads[l] != "" {
			common++
		}
	}
	plain(a)
	n, q := 1, j
	for q+2 < s.t1 && toks[q].text == "," && surname(q+1) && (toks[q+2].text == "," || toks[q+2].text == "&") {
		plain(q + 1)
		q += 2
		n++
	}
	if toks[q].text != "&" || !toks[q].space || q+1 >= s.t1 || !toks[q+1].space || !surname(q+1) {
		return -1
	}
	if plain(q + 1); common > 1 {
		return -1
	}
	if n < 2 && (a-1 < s.t0 || !partnerCues[toks[a-1].lower]) {
		return -1
	}
	return q + 2
}

// letterAmpersand reports an "&" at j written tight between two short
// capital-letter words inside a name ("P&I" in "Skarvik P&I Club"): the
// letters are one word of the name, not two names joined. The run must
// already hold a head or go on with a proper word: a lone "Q&A" opens no
// name, and "Kelbrook S&P" at a run's end is no person.
func (x *doc) letterAmpersand(si, j int, hasHead bool) bool {
	s := &x.sents[si]
	if j+1 >= s.t1 || !x.tightLetters(j) {
		return false
	}
	return hasHead || j+2 < s.t1 && x.isProper(j+2)
}

// tightLetters reports an "&" at k written with no space between two
// words of one or two capital letters ("S&P"); k+1 must be a token.
func (x *doc) tightLetters(k int) bool {
	toks := x.toks
	return toks[k].text == "&" && !toks[k].space && !toks[k+1].space && capLetters(&toks[k-1]) && capLetters(&toks[k+1])
}

// capLetters reports a word of one or two capital letters ("P", "S", "UK").
func capLetters(t *token) bool {
	return t.kind == tkWord && t.cap && (len(t.text) == 1 || len(t.text) == 2 && t.upper)
}

// letterPairIn reports letters joined tight by "&" inside [a, b) ("S&P",
// "P&O"): a firm's or a term's shorthand, never part of a person's name.
func (x *doc) letterPairIn(a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if x.tightLetters(k) {
			return true
		}
	}
	return false
}

// freeRoleAt gives back token k when a one-word role of sentence si
// covers just it.
func (x *doc) freeRoleAt(si, k int) {
	for n := len(x.roles) - 1; n >= 0 && x.roles[n].sent == si; n-- {
		if r := &x.roles[n]; r.t0 == k && r.t1 == k+1 {
			x.used[k] = false
			x.roles = append(x.roles[:n], x.roles[n+1:]...)
			return
		}
	}
}

// groupPlurals are the irregular plurals of people that take a
// possessive inside a body's name ("Dockworkers" is regular and ends in
// a bare apostrophe). A list, not the ending "-men", which given names
// and places share ("Carmen's", "Yemen's").
var groupPlurals = set("men", "women", "fishermen", "cattlemen", "seamen", "workmen", "craftsmen",
	"tradesmen", "businessmen", "businesswomen", "servicemen", "policemen", "firemen", "herdsmen",
	"tribesmen", "sportsmen", "countrymen", "people", "children")

// groupPossessive reports a possessive at j inside a body's name: after
// an irregular plural of people ("Seamen's", "People's", "Women's")
// and before up to three proper words ending in an institution head
// ("Seamen's Union", "People's Party"). A person's possessive
// ("Okafor's Trading Company") has no such plural before it.
func (x *doc) groupPossessive(si, j int) bool {
	s := &x.sents[si]
	toks := x.toks
	if !toks[j-1].cap || !groupPlurals[toks[j-1].lower] {
		return false
	}
	for q := j + 1; q < s.t1 && q <= j+3 && x.isProper(q); q++ {
		if _, ok := instHeads[toks[q].lower]; ok && (q+1 >= s.t1 || !x.isProper(q+1)) {
			return true
		}
	}
	return false
}

// firmHeadWords are the company heads that name a firm, not a sector a
// ministry may look after ("Industry", "Energy", "Mining" may be remits).
// They overlap companyTails (resolve.go), which lists the words a firm's
// short form drops; the two serve different tests and are kept apart.
var firmHeadWords = set("bank", "fund", "company", "corporation", "corp", "group", "holding", "holdings", "partners",
	"capital", "ventures", "inc", "ltd", "llc", "plc", "ag")

// remitListAt reads a comma at j inside a body's name that lists its
// remits: "Ministry of Farming, Water and Forests", "Department for
// Transport, Tourism and Sport", "Tea, Spice and Cotton Growers Union".
// Each remit is one capitalised ordinary word, the list closes with
// "and" or "&" and proper words, and either the name so far is a head
// with "of", "for" or "on" and the closing words hold no head of a body ("the
// Ministry of Finance, Treasury and Central Bank" lists three bodies),
// or the name so far is ordinary words and the closing words end in a
// head. It returns the token after the first closing word (the chunker
// takes the rest), or -1.
func (x *doc) remitListAt(si, a, j int, hasHead bool) int {
	s := &x.sents[si]
	toks := x.toks
	remit := func(k int) bool {
		t := &toks[k]
		kind, head := instHeads[t.lower]
		// a company's head that names a sector ("Industry", "Energy")
		// is a remit too, as in remitsAfter
		return t.cap && t.kind == tkWord && !x.used[k] && (!head || hasHead && kind == "company" && !firmHeadWords[t.lower]) && x.isCommon(t.lower)
	}
	if !remit(j - 1) {
		return -1
	}
	q := j
	for q+2 < s.t1 && toks[q].text == "," && remit(q+1) {
		q += 2
	}
	if q == j || q+1 >= s.t1 || toks[q].lower != "and" && toks[q].text != "&" {
		return -1
	}
	the := 0
	if hasHead && toks[q+1].lower == "the" && q+2 < s.t1 && remit(q+2) && (q+3 >= s.t1 || !x.isProper(q+3)) {
		the = 1 // "Department of Agriculture, Water and the Environment"
	}
	if !x.isProper(q + 1 + the) {
		return -1
	}
	e := q + 1 + the
	bodyHead, lastHead := false, false
	for e < s.t1 && e <= q+3 && x.isProper(e) {
		kind, ok := instHeads[toks[e].lower]
		lastHead = ok
		bodyHead = bodyHead || ok && (kind != "company" || firmHeadWords[toks[e].lower])
		e++
	}
	if hasHead && x.chunkHasConnector(a, j) && !bodyHead {
		return q + 2 + the // "Ministry of Mines, Water and Roads"
	}
	for k := a; k < j; k++ {
		if !remit(k) {
			return -1
		}
	}
	if !hasHead && lastHead && (e >= s.t1 || !x.isProper(e)) {
		return q + 2
	}
	return -1
}

// shipPrefixes start ships' names.
var shipPrefixes = set("MV", "MS", "MT", "USS", "HMS", "RFA", "INS", "SS", "HMAS", "HMCS", "USNS", "FV", "RV")

func (x *doc) chunkHasConnector(a, b int) bool {
	for k := a; k < b; k++ {
		if l := x.toks[k].lower; l == "of" || l == "for" || l == "on" {
			return true
		}
	}
	return false
}

// gzBefore returns the live gazetteer mention ending right before token
// i (a state, demonym, capital or place), or -1.
func (x *doc) gzBefore(i, lo int) int {
	if i-1 < lo || !x.used[i-1] {
		return -1
	}
	for k := len(x.ments) - 1; k >= 0 && k >= len(x.ments)-12; k-- {
		m := &x.ments[k]
		if m.t1 == i && !m.dead && m.gzRole >= 0 && (m.kind == "state" || m.typ == TypePlace) {
			return k
		}
	}
	return -1
}

// roleBefore returns the role span ending right before token i.
func (x *doc) roleBefore(i int) *roleSpan {
	return x.roleCovering(i - 1)
}

// roleCovering returns the role span of the current sentence that covers
// token k, or nil.
func (x *doc) roleCovering(k int) *roleSpan {
	for j := len(x.roles) - 1; j >= 0; j-- {
		r := &x.roles[j]
		if r.t0 <= k && k < r.t1 {
			return r
		}
		if r.t1 <= k && (k-r.t1 > 64 || j > 0 && x.roles[j-1].sent != r.sent) {
			break
		}
	}
	return nil
}

// nameParticlesGate and regionAdjectivesGate are the gates (see
// wordGate) of nameParticles and regionAdjectives, which classifyChunk
// asks about every word of a person's name.
var nameParticlesGate, regionAdjectivesGate = gateOf(nameParticles), gateOf(regionAdjectives)

func (x *doc) classifyChunk(si, a, b int, lowerFirst bool) {
	toks := x.toks
	s := &x.sents[si]
	if a >= b {
		return
	}
	if k := x.portfolioEnd(si, a, b); k > 0 {
		x.classifyChunk(si, k, b, false) // the holder after the remit
		return
	}
	if k := x.designationEnd(si, a, b); k > 0 {
		// "designated the group a Specially Designated Global Terrorist
		// entity": a listing, no body; a name after it is the holder's
		// ("named Specially Designated Global Terrorist Abu Khalid")
		if k < b {
			x.classifyChunk(si, k, b, false)
		}
		return
	}
	if x.leadingFormAt(a, b) {
		// "PT Sulawesi Makmur Nickel", "OOO Tulpar": a legal form before
		// the name makes a firm, whatever the words after it (read as a
		// person, the ordinary word ending it was cut off). The key
		// leaves the form out, as the firm is also named without it,
		// unless one word is left ("PT Telecom" is no "Telecom").
		name := normText(x.spanText(a, b))
		key := lowerKey("org:", name)
		if b-a >= 3 {
			key = lowerKey("org:", normText(x.spanText(a+1, b)))
		}
		x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: "company", key: key, name: name, conf: 0.8, gzRole: -1})
		return
	}
	if shipPrefixes[toks[a].text] && b-a >= 1 {
		// "MV Sapphire Dawn", "USS Nimitz": a ship, not a person
		for b < s.t1 && b < a+5 && toks[b].cap && toks[b].kind == tkWord && !x.used[b] {
			b++
		}
		if b-a >= 2 {
			name := normText(x.spanText(a, b))
			x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePlace, kind: "ship", key: lowerKey("pl:", name), name: name, conf: 0.7, gzRole: -1})
			return
		}
	}
	// "the Qasr Exchange company": a money-exchange firm, not a swap
	exchangeFirm := b < s.t1 && toks[b-1].lower == "exchange" && exchangeFirmNouns[toks[b].lower] && !toks[b].cap
	if x.bodyMeetingAt(si, a, b) {
		return
	}
	// Event with its head inside: "Cold War", "Cuban Missile Crisis",
	// cut after the head ("Cold War Détente" → "Cold War").
	for k := a; k < b && !exchangeFirm; k++ {
		if !toks[k].cap {
			continue
		}
		cls, ok := gatedLookup(&eventGates.eventHeads, eventHeads, toks[k].lower)
		if !ok {
			continue
		}
		if x.instHeadBefore(a, k) || x.instHeadEnds(a, k, b) {
			break // "Institute for the Study of War", "Central Election Commission" are institutions
		}
		if x.venueEnds(k, b) {
			return // "the Karvia International Conference Centre": a building, not scored
		}
		if cls == "exchange" && k > a && !swapNouns[toks[k-1].lower] && (k == b-1 || exchangeTail(toks[k+1].lower) || toks[k-1].lower == "stock" && x.placeOfEnds(k+1, b)) {
			// "the Tulpar Exchange", "Tulpar Exchange Co.", "the Stock
			// Exchange of Karvia": a legal form, or "of" and a name that
			// ends the chunk, ends the firm; "the Stock Exchange Act",
			// "the Karvia Stock Exchange Building" are a law and a building
			x.exchangeBody(si, a, b)
			return
		}
		if k == a && cls == "treaty" && k+2 < b && toks[k+1].lower == "of" {
			// "Declaration of Principles", "Treaty of Rome"
			name := normText(x.spanText(a, b))
			x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeEvent, kind: cls, key: lowerKey("ev:treaty:", name), name: name, conf: 0.7, gzRole: -1})
			return
		}
		if k == a && x.summitOfName(si, a, b) {
			return
		}
		start := a
		g := -1
		joined := false
		if k == a {
			if g = x.gzBefore(a, s.t0); g < 0 {
				break
			}
			start = x.ments[g].t0
			// a number before the state or its capital makes the name one
			// sitting: "the 12th Tarvu Dialogue on Security" (where
			// "the Lodria Forum" may be the state's forum as a body)
			numbered := start-1 >= s.t0 && x.ordinalAt(start-1, false) && !x.used[start-1] && (cls == "summit" || cls == "dialogue")
			if x.ments[g].kind == "state" && cls != "war" && cls != "crisis" && cls != "revolution" && !numbered {
				break
			}
			// "the Eritrean-Ethiopian War": two states joined by a hyphen
			if cls == "war" && start-2 >= s.t0 && toks[start-1].text == "-" && !toks[start-1].space && !toks[start].space {
				if g2 := x.mentionEndingAt(start - 1); g2 >= 0 && x.ments[g2].gzRole >= 0 && x.ments[g2].kind == "state" {
					x.ments[g2].dead = true
					for q := x.ments[g2].t0; q < x.ments[g2].t1; q++ {
						x.used[q] = false
					}
					start = x.ments[g2].t0
					joined = true
				}
			}
		} else if g = x.gzBefore(a, s.t0); g >= 0 && (x.ments[g].typ == TypePlace && x.ments[g].gzRole == gzName || x.ments[g].gzRole == gzCapital && (cls == "summit" || cls == "games" || cls == "treaty") || x.hostStateForum(g, cls, a, k)) {
			// "Black Sea Navigation Accord", "the Tarvu International
			// Forum", "the Beijing Winter Olympics": a place or a
			// capital before belongs to it
			start = x.ments[g].t0
		} else if !x.hasProperModifier(a, k) {
			if g < 0 {
				break
			}
			start = x.ments[g].t0
		} else {
			g = -1
		}
		if cls == "summit" && g >= 0 && x.summitModifier(si, x.ments[g].t0, k, x.ments[g].typ == TypePlace && x.ments[g].gzRole != gzCapital) {
			break // "the Africa Summit Hotel", "FabLine Asia Summit 2023"
		}
		if g >= 0 {
			x.ments[g].dead = true
			for q := x.ments[g].t0; q < x.ments[g].t1; q++ {
				x.used[q] = false
			}
		}
		ns, own := x.eventNameStart(si, start)
		// "the Astana International Forum": a forum named by its capital
		// with a proper modifier between is the city's yearly show, not
		// "the summit in Astana" that joinHostSummits joins to the city's
		// key (round 36: dev34, two events merged)
		stateHost := g >= 0 && (x.hostStateForum(g, cls, a, k) || x.ments[g].gzRole == gzCapital && toks[k].lower == "forum" && k > a && x.hasProperModifier(a, k))
		if cls == "summit" {
			ns = x.joinedRegionsStart(si, ns, g >= 0 && ns == x.ments[g].t0 && x.ments[g].typ == TypePlace && x.ments[g].gzRole == gzName)
		}
		name := normText(x.spanText(ns, k+1))
		key := lowerKey("ev:"+cls+":", toks[ns].text)
		if stateHost {
			key = lowerKey("ev:"+cls+":", name) // the state's forum, not its summit
		} else if g >= 0 && x.ments[g].kind == "state" && !joined {
			key = "ev:" + cls + ":" + x.ments[g].key
		} else if joined || ordinalWords[toks[ns].lower] {
			// "Second Karvia War" is not the first one, nor another
			// "Second ... War": the whole name keys it
			key = lowerKey("ev:"+cls+":", name)
		}
		if cls == "summit" {
			name, key = x.summitOfHeads(si, ns, k, name, key) // "... Summit of the X Heads of State"
		}
		x.addMention(mention{t0: own, t1: k + 1, sent: si, typ: TypeEvent, kind: cls, key: key, name: name, conf: 0.8, gzRole: -1})
		if k+1 < b {
			x.classifyChunk(si, k+1, b, false)
		}
		return
	}
	last := b - 1
	// Institution: "Oxford University", "Council on Foreign Relations",
	// "Ministry of Defence", "Moscow State University".
	kind, lastHead := instHeads[toks[last].lower]
	if !lastHead {
		kind, lastHead = x.lx.orgTail[toks[last].lower] // "Nordkapp Skipsverft"
		// not "Margit Verft, a fisheries spokeswoman" or "Deputy Minister
		// Tomas Pelagic": a title or role makes the pair a person
		lastHead = lastHead && b-a >= 2 && !x.appositiveCue(si, a, b) && !x.personAppositive(s, b) && !x.titledAt(a) && !x.tradeWordMisread(s, a, b)
	}
	if !lastHead && b-a >= 2 && toks[last].lower == "co" && last+1 < len(toks) && toks[last+1].text == "." && !toks[last+1].space {
		kind, lastHead = "company", true // "Nile Mining Co.", not "Dairy Co-operative"
		if last+3 < s.t1 && toks[last+2].text == "," && toks[last+3].cap && (toks[last+3].lower == "ltd" || toks[last+3].lower == "limited") {
			// "Lanna Data Services Co., Ltd": the legal form is
			// part of the name
			b = last + 4
		}
	}
	if b-a >= 2 && (toks[last].lower == "co" || toks[last].lower == "pte") && last+2 < s.t1 && toks[last+1].text == "." && !toks[last+1].space &&
		toks[last+2].cap && (toks[last+2].lower == "ltd" || toks[last+2].lower == "limited") && !x.used[last+2] {
		// "Yadanar Shipping Co. Ltd.", "Lionsgate Fuels Pte. Ltd.": the
		// second part of a dotted legal form is part of the name
		kind, lastHead = "company", true
		b = last + 3
	}
	if exchangeFirm && b-a >= 2 {
		kind, lastHead = "company", true
	}
	firstKind, firstHead := instHeads[toks[a].lower]
	hk := a + 1 // the connector after the head
	if firstHead && x.generalHeadAt(a, b) {
		hk = a + 3 // "Directorate-General of Customs of Turkey"
	}
	if firstHead && b-hk >= 2 && connectors[toks[hk].lower] && firstKind != "media" && x.hasProperModifier(hk+1, b) {
		kind, lastHead = firstKind, true
	}
	// "Instituto Pampa de Estudos Rurais", "Bank Sepah Tejarat"
	if (toks[a].lower == "los" || toks[a].lower == "las") && !lastHead && !x.romanceLinkIn(a+1, b) {
		return // "Los Mochis", "Las Palmas": a town more often than a gang, and no person
	}
	if lk, ok := x.leadHead(toks[a].lower); ok && b-a >= 2 && !lastHead {
		kind, lastHead = lk, true
	}
	// "Harbor Institute for Policy Studies": a head followed by a connector
	for k := a + 1; !lastHead && k+2 < b; k++ {
		if hk, ok := instHeads[toks[k].lower]; ok && toks[k].cap && connectors[toks[k+1].lower] && hk != "media" && x.hasProperModifier(a, k) {
			kind, lastHead = hk, true
		}
	}
	if lastHead && kind == "company" && a-2 >= s.t0 && (toks[a-1].lower == "for" || toks[a-1].lower == "of") && x.allCommon(a, b) {
		if r := x.roleBefore(a - 1); r != nil && (r.head == "minister" || r.head == "secretary" || r.head == "commissioner") {
			// "Minister for Information Technology": the portfolio, not a firm
			return
		}
	}
	if lastHead && toks[last].cap {
		start := a
		g := x.gzBefore(a, s.t0)
		proper := x.hasProperModifier(a, last) || firstHead && b-a >= 3
		if g >= 0 && (x.ments[g].kind == "state" || x.ments[g].typ == TypePlace) && (x.ments[g].gzRole == gzName || x.ments[g].gzRole == gzCapital || x.ments[g].gzRole == gzDemonym) {
			if kind == "ministry" || kind == "embassy" || b-a >= 2 || proper || x.ments[g].gzRole != gzDemonym || kind == "company" && !x.tc[a] {
				start = x.ments[g].t0
				x.ments[g].dead = true
				proper = true
				// "Eritrea-Ethiopia Boundary Commission": two states joined
				// by a hyphen before the head
				if start-2 >= s.t0 && toks[start-1].text == "-" && !toks[start-1].space && !toks[start].space {
					if g2 := x.mentionEndingAt(start - 1); g2 >= 0 && x.ments[g2].gzRole >= 0 && x.ments[g2].kind == "state" && !x.ments[g2].dead {
						start = x.ments[g2].t0
						x.ments[g2].dead = true
					}
				}
			}
		}
		// "Pakistan's Foreign Office": a generic name takes the state's
		if start == a && a-2 >= s.t0 && toks[a-1].kind == tkPoss && x.allCommon(a, b) {
			if g := x.mentionEndingAt(a - 1); g >= 0 && x.ments[g].kind == "state" && !x.ments[g].weak {
				m := &x.ments[g]
				dem := x.lx.demonymOf[m.key]
				if dem == "" {
					dem = m.name
				}
				name := dem + " " + normText(x.spanText(a, b))
				x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: kind, key: lowerKey("inst:"+m.key+":", normText(x.spanText(a, b))), name: name, conf: 0.7, gzRole: -1})
				return
			}
		}
		if proper && (b-start >= 2) {
			name := normText(x.spanText(start, b))
			name = strings.TrimPrefix(name, "the ")
			key := lowerKey("org:", name)
			if b-start >= 3 && x.legalFormAt(b-1) {
				key = lowerKey("org:", strings.TrimPrefix(normText(x.spanText(start, b-1)), "the "))
			}
			if kind == "ministry" {
				// "Ministry of Defence of Chile" = "Chilean Defence
				// Ministry" = "Chile's defence ministry"
				if w := x.ministryWord(start, b); w != "" {
					if st := x.stateIn(si, start, b); st != "" {
						key = "inst:" + st + ":" + w + " ministry"
					} else {
						key = "org:" + w + " ministry"
					}
				}
			}
			if g := x.stateGovernment(si, start, b); kind == "government" && g >= 0 {
				// "Government of Japan", "UK Government": the state itself
				st := &x.ments[g]
				x.addMention(mention{t0: start, t1: b, sent: si, typ: st.typ, kind: st.kind, key: st.key, name: st.name, conf: 0.8, gzRole: st.gzRole})
				return
			}
			x.addMention(mention{t0: start, t1: b, sent: si, typ: TypeInstitution, kind: kind, key: key, name: name, conf: 0.8, gzRole: -1})
			return
		}
	}
	if x.stormAt(si, a, b) || x.geoLeadAt(si, a, b) {
		return
	}
	// An operation or exercise by its code name: "drills, code-named
	// Strait Thunder", "Operation Desert Storm", "Exercise Iron Reed"
	// (not "Exercise Restraint" opening a sentence).
	if x.codeNamed(a, s.t0) || toks[a].lower == "operation" && b-a >= 2 && toks[a].cap || toks[a].text == "Exercise" && b-a >= 2 && !x.tc[a] && !s.heading {
		name := normText(x.spanText(a, b))
		x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeEvent, kind: "operation", key: lowerKey("ev:operation:", name), name: name, conf: 0.7, gzRole: -1})
		return
	}
	// A ship, plane or weapon named after its kind is not a person: "the
	// research vessel Oruc Reis", "the carrier Gerald Ford".
	if x.thingBefore(s, a) || x.vesselListBefore(si, a, b) {
		return
	}
	// A firm named after where it is based ("Murmansk-based Severtrans
	// Line") or in apposition to firms ("two shipping firms, A and B").
	whole := b >= s.t1 || !toks[b].cap && toks[b].lower != "of" && toks[b].lower != "for" && toks[b].text != "-" // not cut by a known name
	if b-a <= 5 && !s.heading && whole && (b-a >= 2 || !x.isCommon(toks[a].lower)) &&
		(a-2 >= s.t0 && toks[a-2].text == "-" && !toks[a-2].space && !toks[a-1].space && locatedWords[toks[a-1].lower] ||
			a-1 > s.t0 && (toks[a-1].text == "," || toks[a-1].lower == "and") && x.firmListBefore(si, a)) {
		name := normText(x.spanText(a, b))
		x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: "company", key: lowerKey("org:", name), name: name, conf: 0.65, gzRole: -1})
		return
	}
	// A body named after its kind: "the state oil company PDVSA", "the
	// ruling party Fidesz".
	if a-1 >= s.t0 && b-a <= 4 && !s.heading {
		n := toks[a-1].lower
		kind := orgNouns[n]
		if firmNouns[n] {
			kind = "company"
		}
		if kind != "" && !toks[a-1].cap && n != "think" && n != "union" {
			name := normText(x.spanText(a, b))
			x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: kind, key: lowerKey("org:", name), name: name, conf: 0.65, gzRole: -1})
			return
		}
	}
	// An outlet named after its kind: "the broadcaster TV8", "the
	// newspaper Kommersant", "news agency MTI".
	if a-1 >= s.t0 && b-a <= 4 {
		n := toks[a-1].lower
		if !toks[a-1].cap && (n == "broadcaster" || n == "newspaper" || n == "daily" || n == "tabloid" || n == "magazine" || n == "channel" || n == "agency" && a-2 >= s.t0 && toks[a-2].lower == "news") {
			name := normText(x.spanText(a, b))
			x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: "media", key: lowerKey("org:", name), name: name, conf: 0.7, gzRole: -1})
			return
		}
	}
	// A named body followed by its kind: "the Mercosur trade bloc". After
	// "a" or "an" the name says where a firm is from: "a Colorado
	// company", "a Siem Reap property firm" (placeBeforeKind). That name
	// is taken as a place here, for a parent firm's unknown name would
	// else fall to the person's shape below ("a Berkshire Hathaway
	// company" is no person). A given name first leaves a person's name
	// to the person's shape ("a Donald Trump company").
	if b < s.t1 && b-a <= 4 && !s.heading && x.placeBeforeKind(s, a, b) && !x.lx.first[toks[a].lower] {
		name := normText(x.spanText(a, b))
		x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePlace, kind: "place", key: lowerKey("pl:", name), name: name, conf: 0.5, gzRole: -1})
		return
	}
	if b < s.t1 && b-a <= 4 && !s.heading {
		k := b
		if k+1 < s.t1 && !toks[k].cap && toks[k].kind == tkWord && orgNouns[toks[k+1].lower] != "" && !orgNoun(toks[k].lower) {
			k++ // one modifier: "customs union", "trade bloc"
		}
		if kind := orgNouns[toks[k].lower]; kind != "" && !toks[k].cap {
			name := normText(x.spanText(a, b))
			x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: kind, key: lowerKey("org:", name), name: name, conf: 0.65, gzRole: -1})
			return
		}
	}
	// A media outlet named by what follows: "the Ost Kurier news agency".
	if b < s.t1 && b-a <= 4 {
		n := toks[b].lower
		if !toks[b].cap && (n == "newspaper" || n == "daily" || n == "broadcaster" || n == "magazine" || n == "tabloid" || n == "weekly" || n == "radio" || n == "television" || n == "tv" ||
			(n == "news" || n == "state") && b+1 < s.t1 && (toks[b+1].lower == "agency" || toks[b+1].lower == "outlet" || toks[b+1].lower == "website")) {
			// "France Inter radio": a state or place name right before
			// belongs to the outlet's name
			if g := x.gzBefore(a, s.t0); g >= 0 && x.ments[g].gzRole == gzName {
				a = x.ments[g].t0
				x.ments[g].dead = true
			}
			name := normText(x.spanText(a, b))
			x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: "media", key: lowerKey("org:", name), name: name, conf: 0.7, gzRole: -1})
			return
		}
	}
	// Event named by what follows: "the Riverside incident".
	if b < s.t1 {
		// "Press conference" (a capital "Press" opens a sentence or a
		// live blog's entry line) is the press's, never a named meeting
		if cls, ok := eventHeads[toks[b].lower]; ok && !toks[b].cap && (cls == "attack" || cls == "summit" || cls == "treaty") && b-a <= 3 && !(b-a == 1 && pressWords[toks[a].lower] && toks[b].lower == "conference") {
			name := normText(x.spanText(a, b)) + " " + toks[b].lower
			x.addMention(mention{t0: a, t1: b + 1, sent: si, typ: TypeEvent, kind: cls, key: lowerKey("ev:"+cls+":", toks[a].text), name: name, conf: 0.7, gzRole: -1})
			return
		}
		if x.placeEventAfter(si, a, b) {
			return
		}
	}
	if b-a >= 2 && (venueHeads[toks[last].lower] || geoHeads[toks[last].lower] || facilityHeads[toks[last].lower]) && x.hasProperModifier(a, last) && (geoHeads[toks[last].lower] || facilityHeads[toks[last].lower] || !x.lx.first[toks[a].lower] && !(a+2 < b && toks[a+1].text == "-" && !toks[a+2].cap)) {
		name := normText(x.spanText(a, b))
		x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePlace, kind: "place", key: lowerKey("pl:", name), name: name, conf: 0.7, gzRole: -1})
		return
	}
	// "Inversiones Delta Sur S.A.C.", "Naviera Andina C.A.": a dotted
	// legal form ends a firm's name
	if b-a >= 2 && x.legalFormAt(b-1) {
		name := normText(x.spanText(a, b))
		// the key leaves the legal form out, so that "Naviera Andina"
		// written without it is the same firm
		key := lowerKey("org:", normText(x.spanText(a, b-1)))
		x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: "company", key: key, name: name, conf: 0.8, gzRole: -1})
		return
	}
	// a body its context shows, which the person reading below would cut
	if x.cuedBody(si, a, b) {
		return
	}
	// People and surname candidates. Trim ordinary words at the edges
	// ("Volkov Follows" → "Volkov"), unless a given name starts it.
	// a given name: known, or hyphenated with a short lower-case half
	// ("Seo-yeon", "Jae-in")
	firstName := x.lx.first[toks[a].lower] || a+2 < b && toks[a+1].text == "-" && !toks[a+1].space && !toks[a+2].cap && len(toks[a+2].text) <= 5 ||
		// "R. Daniel Pryce": an initial before a given name
		a+3 < b && (len(toks[a].text) == 1 || givenAbbrevs[toks[a].lower]) && toks[a+1].text == "." && x.lx.first[toks[a+2].lower]
	r := x.roleBefore(a)
	titled := r != nil && (r.tp.title || r.tp.honor) || x.appositiveCue(si, a, b)
	// wordOpensName held at a when the trim stopped there; a word the
	// trim stopped at for another reason is read once, in the switch
	opens := false
	if !firstName && !titled {
		// without a given name or a title, ordinary words at the edges
		// are not part of a name ("The Visit by Volkov Follows")
		// (not the second half of a compound surname, "Whitley-Barnes",
		// unless ordinary words followed it: "Kok-Jar Industrial Supply")
		for cut := false; b > a && x.isCommon(toks[b-1].lower) && (cut || !x.hyphenMate(b-1)); cut = true {
			b--
		}
		for a < b && x.isCommon(toks[a].lower) && !x.hyphenMate(a) && !(nameParticles[toks[a].lower] && x.particleOpensName(si, a)) {
			if x.wordOpensName(si, a) {
				opens = true
				break
			}
			a++
		}
	}
	for b > a && (toks[b-1].kind != tkWord || nameParticlesGate.may(toks[b-1].lower) && nameParticles[toks[b-1].lower]) {
		b--
	}
	// "Ferdinand Marcos Jr.": the suffix and its dot are part of the name
	if b < s.t1 && b-a >= 2 && toks[b].text == "." && !toks[b].space && (toks[b-1].lower == "jr" || toks[b-1].lower == "sr") {
		b++
	}
	if a >= b {
		return
	}
	words, tails := 0, 0
	for k := a; k < b; k++ {
		if toks[k].kind == tkWord && !(nameParticlesGate.may(toks[k].lower) && nameParticles[toks[k].lower]) {
			words++
		}
		if x.hyphenTail(k) {
			tails++ // "Cruz-Yap" is one surname
		}
		if regionAdjectivesGate.may(toks[k].lower) && regionAdjectives[toks[k].lower] && !firstName && !x.hyphenMate(k) { // ("Okalu-West" is a surname)
			return
		}
	}
	if b-a >= 3 && !s.heading && !s.table && x.capsCodeAt(a, b) && !(r != nil && (r.tp.title || r.tp.honor)) && x.capsCodeAlone(si, a, b) {
		// "ZANU-PF", "VMRO-DPMNE": capitals joined by hyphens are a
		// body's short form, not a person's hyphenated surname; as a
		// lone acronym, it becomes a body when its context shows one
		text := x.spanText(a, b)
		x.addMention(mention{t0: a, t1: b, sent: si, key: "acr:" + text, name: text, conf: 0.6, acronym: true, gzRole: -1})
		return
	}
	if words-tails > 4 {
		if !firstName {
			return
		}
		// keep the given name and what follows it, up to three words
		n := 0
		k := a
		for ; k < b && n < 3; k++ {
			if toks[k].kind == tkWord && !x.hyphenTail(k) {
				n++
			}
		}
		b = k
		words = 3
	}
	if words == 1 {
		t := &toks[a]
		// "COP28", "COP29": climate conferences are events
		if len(t.text) > 3 && strings.HasPrefix(t.text, "COP") && t.text[3] >= '0' && t.text[3] <= '9' {
			x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeEvent, kind: "summit", key: "ev:summit:" + t.lower, name: t.text, conf: 0.8, gzRole: -1})
			return
		}
		if x.employerAcronym(si, a) {
			// an acronym still: resolution looks for its long form first
			x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: "organization", key: "org:" + t.lower, name: t.text, conf: 0.7, acronym: true, gzRole: -1})
			return
		}
		if (t.upper || letterNumber(t)) && len(t.text) >= 2 && len(t.text) <= 6 && !titled {
			x.addMention(mention{t0: a, t1: b, sent: si, key: "acr:" + t.text, name: t.text, conf: 0.6, acronym: true, gzRole: -1})
			return
		}
		if !titled && (x.tc[a] && x.isCommon(t.lower)) && !(b-a > 1 && nameParticles[t.lower]) {
			return
		}
		if x.headOfBodyAt(si, a, b) {
			return // "Press Secretary / Office of the Minister of ...": no one is called "Office"
		}
		name := titleCaseWord(t.text)
		if b-a > 1 && nameParticles[t.lower] {
			name = normText(x.spanText(a, b)) // "Ter-Minasyan", not "Ter"
		}
		m := mention{t0: a, t1: b, sent: si, name: name, conf: 0.5, single: true, titled: titled, gzRole: -1}
		if titled {
			m.typ, m.conf = TypePerson, 0.8
		}
		if r != nil && regnalTitles[r.head] && r.t1 == a {
			// "King Charles", "Pope Leo": the title is part of the name
			name := titleCaseWord(r.tp.phrase)
			if r.tp.phrase == "crown prince" {
				name = "Crown Prince"
			}
			m.prefix = name
			m.speaker = true
		}
		m.speaker = x.speechFollows(b, s.t1)
		if a-1 >= s.t0 && !x.tc[a] && !x.isCommon(t.lower) {
			switch toks[a-1].lower {
			case "meet", "met", "meets", "meeting", "thanked", "congratulated", "phoned":
				m.speaker = true // a person is met: "Will Vucic meet Putin?"
			}
		}
		x.addMention(m)
		return
	}
	conf := 0.0
	switch {
	case firstName:
		conf = 0.9
	case titled:
		conf = 0.85
	case opens || x.wordOpensName(si, a):
		conf = 0.8 // "Saw Eh Klo Htoo, a spokesman": the word opens the name
	case s.heading || s.table:
		// title case says nothing: a headline name needs a given name
		// or a title ("Frantic Scramble" is not a person)
	case !x.tc[a] || !x.isCommon(toks[a].lower) || x.particleOpensName(si, a):
		conf = 0.6
		for k := a; k < b; k++ {
			if x.isCommon(toks[k].lower) && !x.hyphenMate(k) && !(nameParticles[toks[k].lower] && (!toks[k].cap || k == a)) && !(len(toks[k].text) == 1 && k+1 < b && toks[k+1].text == ".") {
				conf = 0 // (a lower-case or leading particle or an initial is no ordinary word here: "Salim bin Hamad", "Van Heerdt-Maas", "Ada A. Obi")
			}
		}
	}
	if lowerFirst && conf < 0.9 {
		return
	}
	if conf == 0 {
		return
	}
	parts := make([]string, 0, words)
	for k := a; k < b; k++ {
		if toks[k].kind == tkWord {
			if nameParticlesGate.may(toks[k].lower) && nameParticles[toks[k].lower] {
				parts = append(parts, toks[k].text)
			} else {
				parts = append(parts, titleCaseWord(toks[k].text))
			}
		} else if (toks[k].text == "\"" || toks[k].text == "\u201c") && k+2 < b {
			k += 2 // a nickname in quotes is not part of the name
		} else if len(parts) > 0 {
			parts[len(parts)-1] += toks[k].text
			if toks[k].text == "." {
				continue // "Howard T. Keller"
			}
			if k+1 < b {
				parts[len(parts)-1] += toks[k+1].text
				k++
			}
		}
	}
	name := strings.Join(parts, " ")
	if conf < 0.9 && !titled && a-1 >= s.t0 && (b >= s.t1 || toks[b].kind != tkPoss) {
		p := a - 1
		if toks[p].lower == "the" && p-1 >= s.t0 && (b >= s.t1 || toks[b].kind != tkWord || stopCaps[toks[b].lower]) {
			p-- // "water in the Lough Neagh to its lowest"
		}
		switch toks[p].lower {
		case "in", "near", "outside", "into", "across", "around", "throughout", "towards", "toward":
			// "fighting near Kryvyi Rih": an unknown name after a place
			// preposition is a place, not a person
			x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePlace, kind: "place", key: lowerKey("pl:", name), name: name, conf: 0.5, gzRole: -1})
			return
		}
	}
	if conf < 0.9 && !titled && b < s.t1 && localityNouns[toks[b].text] && toks[b].kind == tkWord && !x.townHallAt(b, s.t1) {
		// "the Koro Bandi market", "Malu Kesa district": an unknown
		// name before a lower-case word for a locality or a site is a
		// place, not a person
		x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePlace, kind: "place", key: lowerKey("pl:", name), name: name, conf: 0.5, gzRole: -1})
		return
	}
	if x.letterPairIn(a, b) {
		return // "S&P Global", "P&O Ferries": letters joined by "&" name no person
	}
	if conf < 0.9 && !titled && x.combiningAdjective(si, a, b) {
		return // "Atlanto-Scandian herring", "Sino-Tarvian trade"
	}
	x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePerson, key: lowerKey("per:", name), name: name, conf: conf, titled: titled, gzRole: -1})
}

// localityNouns are lower-case words for a locality, an area or a site
// that a place's name opens ("the Koro Bandi market", "Malu Kesa
// district", "the Tarsin and Oued Kelma plants"). An untitled person's
// name stands before such a word only with a possessive, which ends the
// chunk first; a titled one is left to the person reading. Matched as
// written: in capitals the word belongs to a body's or a place's name
// ("Koro Bandi Market Authority").
var localityNouns = set("market", "palace", "village", "villages", "town", "county", "counties", "district", "districts",
	"province", "region", "settlement", "plant", "plants", "refinery")

// townHallAt reports "town hall" at b: a meeting with voters or a
// council's building, named after the person who holds it ("a Tarek
// Zoubir town hall"), so the name before it is no place.
func (x *doc) townHallAt(b, end int) bool {
	return x.toks[b].text == "town" && b+1 < end && (x.toks[b+1].lower == "hall" || x.toks[b+1].lower == "halls")
}

// capsCodeAt reports a run [a, b) of words in capitals joined by hyphens
// without spaces ("ZANU-PF", "VMRO-DPMNE"), the shape capsShortForm
// (resolve.go) gives a body's short form. People's names in body text
// are not written so; a headline or a table is left out by the caller.
func (x *doc) capsCodeAt(a, b int) bool {
	for k := a; k < b; k++ {
		t := &x.toks[k]
		if k > a && t.space || t.kind == tkWord && !t.upper || t.kind != tkWord && t.text != "-" {
			return false
		}
	}
	return x.toks[a].kind == tkWord && x.toks[b-1].kind == tkWord
}

// capsCodeAlone reports that the capitals of [a, b) stand among words in
// ordinary case: a transcript's speaker label ("[CLIP] WIŚNIAK-HALAS:")
// and a line or phrase set in capitals ("SENATOR ODUYA-BELL, speaking")
// write a person's name so.
func (x *doc) capsCodeAlone(si, a, b int) bool {
	s := &x.sents[si]
	if b < s.t1 && x.toks[b].text == ":" {
		return false
	}
	if p := a - 1; p >= s.t0 && x.toks[p].kind == tkWord && x.toks[p].upper {
		return false
	}
	return b >= s.t1 || x.toks[b].kind != tkWord || !x.toks[b].upper
}

// letterNumber reports a capital letter followed by digits only ("M23",
// "G7"): a group's or a forum's code, never a person's name.
func letterNumber(t *token) bool {
	return t.kind == tkWord && len(t.text) >= 2 && t.text[0] >= 'A' && t.text[0] <= 'Z' && isDigits(t.text[1:])
}

// combiningForms are the Latin forms of a region's or people's name
// that open a compound adjective: "Anglo-", "Sino-", "Indo-",
// "Atlanto-", "Greco-". "Franco" is left out: it is a surname too.
var combiningForms = set("anglo", "sino", "indo", "russo", "atlanto", "greco", "graeco", "austro", "italo", "hispano",
	"luso", "afro", "euro", "nipo", "turco", "judeo", "balto", "fenno", "scandinavo")

// combiningAdjective reports a compound [a, b) of a combining form, a
// hyphen and one word, followed by a lower-case word it describes:
// "Atlanto-Scandian herring", "Anglo-Tarvian talks". It is an adjective,
// never a person's name.
func (x *doc) combiningAdjective(si, a, b int) bool {
	toks := x.toks
	if b-a != 3 || !combiningForms[toks[a].lower] || toks[a+1].text != "-" || toks[a+1].space || toks[a+2].space {
		return false
	}
	return b < x.sents[si].t1 && toks[b].kind == tkWord && !toks[b].cap
}

// portfolioHeads are roles an acronym before them qualifies as a remit,
// not as the employer: "ICT Minister", "ICT Cabinet Secretary".
var portfolioHeads = set("minister", "secretary", "ministers", "secretaries", "czar", "tsar")

// employerAcronym reports an acronym at a the lexicon does not know,
// written right before a title that stands before a capitalised name:
// "KVRA Administrator Kofi Obi", "WFP Executive Director Ana Ruiz".
// The body the title belongs to is named by the acronym. Two letters
// ("IT director") or a portfolio's head ("ICT Minister") say nothing.
func (x *doc) employerAcronym(si, a int) bool {
	t := &x.toks[a]
	s := &x.sents[si]
	if !t.upper || len(t.text) < 3 || len(t.text) > 6 || a+1 >= s.t1 || s.heading || len(x.lx.gz[t.lower]) > 0 {
		return false
	}
	r := x.roleCovering(a + 1)
	if r == nil || r.t0 != a+1 || !r.tp.title || r.tp.honor || r.plural || portfolioHeads[r.head] || x.toks[r.h0].upper {
		return false
	}
	if r.t1 >= s.t1 {
		return false
	}
	n := &x.toks[r.t1]
	return n.kind == tkWord && n.cap && !n.upper && !stopCaps[n.lower]
}

// portfolioEnd returns where a title's remit ends inside the chunk [a,
// b) and the holder's name begins: "Assistant Secretary for African
// Affairs Odile Obi", "Commissioner for Trade Anna Berg". The remit
// follows "for" or "of" after a title and is made of ordinary words and
// gazetteer words (demonyms, places), not given names, ending in an
// ordinary word; the name after it has two words or more. It returns -1
// when there is no such remit.
func (x *doc) portfolioEnd(si, a, b int) int {
	toks := x.toks
	s := &x.sents[si]
	if a-2 < s.t0 || toks[a-1].lower != "for" && toks[a-1].lower != "of" || toks[a-1].cap || !x.titledAt(a-1) {
		return -1
	}
	last := toks[b-1].lower
	if _, head := instHeads[last]; head || x.lx.orgTail[last] != "" {
		return -1 // "envoy for Northern Kelvar Tankers": a body
	}
	k := a
	for k < b && toks[k].kind == tkWord && (x.lx.isCommon(toks[k].lower) || len(x.lx.gz[toks[k].lower]) > 0) && !x.lx.first[toks[k].lower] {
		k++
	}
	if k == a || k+1 >= b || !x.lx.isCommon(toks[k-1].lower) || x.isCommon(toks[k].lower) {
		return -1
	}
	return k
}

// firmHeadAhead reports a run of one or two proper words from i that ends
// in a company head word ("Meridian Holding", "Star Trading") or in a
// company trade word of orgwords.txt ("Savanna Fresh Dairies").
func (x *doc) firmHeadAhead(si, i int) bool {
	s := &x.sents[si]
	for j := i; j < s.t1 && j < i+3; j++ {
		if !x.isProper(j) {
			return false
		}
		if k, ok := instHeads[x.toks[j].lower]; j > i && (ok && k == "company" || x.lx.orgTail[x.toks[j].lower] == "company") {
			return j+1 >= s.t1 || !x.toks[j+1].cap // ("Savanna Fresh Dairies, which")
		}
	}
	return false
}

// leadHead returns the kind of a body word that opens a name, English
// or from the foreign general vocabulary in orgwords.txt ("Plataforma",
// "Eléctrica").
func (x *doc) leadHead(w string) (string, bool) {
	if k, ok := leadHeads[w]; ok {
		return k, true
	}
	k, ok := x.lx.orgLead[w]
	return k, ok
}

// stormAt adds a named storm for [a, b): "Cyclone Ilsa", "Tropical
// Storm Maro", "Hurricane Dolores" (a given name is fine), but not
// "Storm Shadow" (an ordinary word), "Typhoon jets" or a storm in a
// heading (lists of video and story links name them without a sentence).
func (x *doc) stormAt(si, a, b int) bool {
	toks := x.toks
	h := a
	if toks[a].lower == "tropical" && a+1 < b {
		h = a + 1
	}
	if !stormHeads[toks[h].lower] || !toks[h].cap || x.sents[si].heading || b != h+2 || x.tc[h+1] && x.isCommon(toks[h+1].lower) || x.isCommon(toks[h+1].lower) && !x.lx.first[toks[h+1].lower] {
		return false
	}
	if b < x.sents[si].t1 && weaponNouns[toks[b].lower] {
		return false
	}
	name := normText(x.spanText(h, b))
	x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeEvent, kind: "storm", key: "ev:storm:" + toks[h+1].lower, name: name, conf: 0.75, gzRole: -1})
	return true
}

// geoLeadAt adds a natural feature named by its leading word: "Lake
// Tarvu", "Salar de Quisma", "Mount Obel".
func (x *doc) geoLeadAt(si, a, b int) bool {
	if !geoLeads[x.toks[a].lower] || !x.toks[a].cap || b-a < 2 || !x.hasProperModifier(a+1, b) {
		return false
	}
	if placeLeads[x.toks[a].lower] {
		if x.isCommon(x.toks[b-1].lower) {
			return false // "Ust-Tarva Bulk Terminal"
		}
		// a person with a given name or surname of theirs ("Bahr
		// Idriss Garda, the rebel commander, said"): streets, capes
		// and palaces neither speak nor hold roles
		s := &x.sents[si]
		if x.roleAppositive(si, b) || x.personAppositive(s, b) || x.speechFollows(b, s.t1) {
			return false
		}
	}
	name := normText(x.spanText(a, b))
	x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePlace, kind: "place", key: lowerKey("pl:", name), name: name, conf: 0.7, gzRole: -1})
	return true
}

// placeEvents follow a place's name to make an event of it: a
// conflict, a disaster, a round of talks ("the Tarvu conflict", "the
// Oskel drought", "the Brena round"). It is the one table of these
// nouns: placeDisaster in events.go reads it too ("flood" alone is a
// season: "the Tarvu flood data").
var placeEvents = map[string]string{"conflict": "war", "drought": "disaster", "floods": "disaster",
	"earthquake": "disaster", "eruption": "disaster", "tsunami": "disaster", "famine": "disaster", "wildfires": "disaster", "fires": "disaster",
	"landslide": "disaster", "round": "summit", "talks": "summit"}

// placeEventKey is the one key of an event named by the place or body
// that holds it: its class and the name without year or event noun, so
// "the 2016 Tarvu drought" and "the Tarvu drought", or "the Geneva talks"
// and "the Geneva round", are one event however they were found.
func placeEventKey(cls, mod string) string {
	return lowerKey("ev:"+cls+":", mod)
}

// eventNounModifiers follow an event noun used as a modifier: "drought
// relief", "round trip", "conflict zone".
var eventNounModifiers = set("relief", "victims", "conditions", "aid", "risk", "season", "response", "insurance",
	"fund", "plan", "zone", "zones", "area", "areas", "trip", "table", "robin", "resolution", "prevention", "management",
	"monitoring", "mitigation", "resilience", "preparedness", "survivors", "refugees", "minerals", "diamonds")

// placeEventAfter adds the event named by the unknown name [a, b) and the
// lower-case noun after it, with a year written before it ("the 2016
// Oskel drought"). A given name first ("the Maria conflict"), a trip
// ("Brena round trip") or a noun after the noun ("drought relief") is
// no event name.
func (x *doc) placeEventAfter(si, a, b int) bool {
	s := &x.sents[si]
	toks := x.toks
	cls := placeEvents[toks[b].lower]
	if cls == "" || toks[b].cap || b-a > 3 || x.lx.first[toks[a].lower] {
		return false
	}
	if b+1 < s.t1 && eventNounModifiers[toks[b+1].lower] {
		return false
	}
	if a-1 >= s.t0 && toks[a-1].kind == tkPoss {
		return false // "Tarvu's round": the person's turn
	}
	if toks[b].lower == "talks" && !x.theBefore(si, a) {
		return false // "Odinga talks tough": a verb after a surname
	}
	start := a
	if a-1 >= s.t0 && isYear(toks[a-1].text) && !x.used[a-1] {
		start = a - 1
	}
	if toks[b].lower == "fires" && !x.theBefore(si, start) {
		return false // "Ferell fires his deputy": a verb after a name
	}
	name := normText(x.spanText(start, b)) + " " + toks[b].lower
	x.addMention(mention{t0: start, t1: b + 1, sent: si, typ: TypeEvent, kind: cls, key: placeEventKey(cls, normText(x.spanText(a, b))), name: name, conf: 0.65, gzRole: -1})
	return true
}

// bodyMeetingAt adds the meeting of a body named before [a, b): "the
// Arctic Council Ministerial Meeting", "the Andean Forum Leaders
// Meeting". "Meeting" after a person or a state is no such name.
func (x *doc) bodyMeetingAt(si, a, b int) bool {
	toks := x.toks
	if toks[b-1].lower != "meeting" || !toks[b-1].cap || b-a > 3 {
		return false
	}
	k := a
	if r := x.roleBefore(a); r != nil && r.t1 == a && r.t0 >= a-2 {
		k = r.t0 // "Leaders", "Ministers": a role word inside the name
	}
	start := k
	if g := x.mentionEndingAt(k); g >= 0 && x.ments[g].typ == TypeInstitution && (x.ments[g].kind == "international" || x.ments[g].kind == "organization") {
		start = x.ments[g].t0
		x.killMentions(si, start, a)
	} else if g >= 0 && k == a && b-a >= 2 && x.ments[g].typ == TypePlace && x.ments[g].gzRole == gzName && toks[a].cap && instHeads[toks[a].lower] != "" {
		// "the Arctic Council Ministerial Meeting": a region and a
		// body's head word name the body whose meeting it is
		start = x.ments[g].t0
		x.killMentions(si, start, a)
	} else if b-k < 2 || !x.acronymAt(a) && (k-1 < x.sents[si].t0 || !isOrdinal(toks[k-1].text) || x.used[k-1]) {
		// without a body, an unknown acronym ("the CPOPC Ministerial
		// Meeting") or an ordinal ("the 9th Expert Group Meeting") makes
		// it one meeting
		return false
	}
	start, _ = x.eventNameStart(si, start)
	name := normText(x.spanText(start, b))
	x.addMention(mention{t0: start, t1: b, sent: si, typ: TypeEvent, kind: "summit", key: placeEventKey("summit", name), name: name, conf: 0.7, gzRole: -1})
	return true
}

// hyphenMate reports a capitalised word joined by a hyphen to a
// capitalised word that is not an ordinary one: "Barnes" in "Whitley-Barnes",
// "Lie" in "Brekke-Lie" belong to a compound surname.
func (x *doc) hyphenMate(k int) bool {
	t := &x.toks[k]
	if !t.cap || t.kind != tkWord {
		return false
	}
	mate := func(q int) bool {
		m := &x.toks[q]
		return m.kind == tkWord && m.cap && len(m.lower) >= 3 && !x.isCommon(m.lower)
	}
	if k-2 >= 0 && x.toks[k-1].text == "-" && !x.toks[k-1].space && !t.space && mate(k-2) {
		return true
	}
	return k+2 < len(x.toks) && x.toks[k+1].text == "-" && !x.toks[k+1].space && !x.toks[k+2].space && mate(k+2)
}

// hyphenTail reports a word joined by a hyphen to the word before it:
// the second half of "Cruz-Yap".
func (x *doc) hyphenTail(k int) bool {
	return k >= 2 && x.toks[k-1].text == "-" && !x.toks[k-1].space && !x.toks[k].space && x.toks[k-2].kind == tkWord
}

// appositiveCue reports a name set off by commas next to a role:
// "China's special representative for Eurasian affairs, Zhou Minghao," or
// "Zhou Minghao, China's special representative" (roleAfterComma).
func (x *doc) appositiveCue(si, a, b int) bool {
	s := &x.sents[si]
	toks := x.toks
	if a-1 > s.t0 && toks[a-1].text == "," {
		for k := a - 2; k >= s.t0 && k >= a-7; k-- {
			if toks[k].text == "," || toks[k].text == "." {
				break
			}
			if r := x.roleCovering(k); r != nil && r.tp.title {
				return b >= s.t1 || toks[b].kind == tkPunct
			}
		}
	}
	return x.roleAfterComma(si, b, false)
}

// ministryWord returns the portfolio of a ministry name in [a, b)
// ("foreign" for "Ministry of Foreign Affairs"), or "".
func (x *doc) ministryWord(a, b int) string {
	for k := a; k < b; k++ {
		w := x.toks[k].lower
		switch {
		case w == "defense":
			return "defence"
		case w == "internal" && k+1 < b && x.toks[k+1].lower == "affairs":
			return "interior"
		case ministryWords[w]:
			return w
		}
	}
	return ""
}

// stateIn returns the key of a state named inside [a, b) of sentence si
// (a gazetteer mention absorbed into a longer name), or "".
func (x *doc) stateIn(si, a, b int) string {
	if g := x.stateMentionIn(si, a, b); g >= 0 {
		return x.ments[g].key
	}
	return ""
}

// stateMentionIn returns the index of the last state mention inside [a,
// b) of sentence si, or -1.
func (x *doc) stateMentionIn(si, a, b int) int {
	for j := len(x.ments) - 1; j >= 0 && x.ments[j].sent == si; j-- {
		m := &x.ments[j]
		if m.t0 >= a && m.t1 <= b && m.kind == "state" && strings.HasPrefix(m.key, "st:") {
			return j
		}
	}
	return -1
}

// stateGovWords may stand beside a state's name in the name of its
// government: "the Royal Government of Bhutan", "Federal Government of
// Nigeria", "UK Government".
var stateGovWords = set("the", "government", "of", "royal", "federal")

// stateGovernment returns the state mention named in [a, b) when the rest
// of the span is only the government's own words ("Government of Japan",
// "UK Government"), or -1. A government with any other word is a body of
// its own: "Kurdistan Regional Government", "Government of National
// Unity", "Lagos State Government".
func (x *doc) stateGovernment(si, a, b int) int {
	g := x.stateMentionIn(si, a, b)
	if g < 0 {
		return -1
	}
	for k := a; k < b; k++ {
		if (k < x.ments[g].t0 || k >= x.ments[g].t1) && !stateGovWords[x.toks[k].lower] {
			return -1
		}
	}
	return g
}

// corpForms are legal forms of firms written with dots (dots removed):
// "S.A.", "S.A.C.", "C.A.", "N.V.", "S.p.A.".
var corpForms = set("sa", "sac", "saa", "ca", "sas", "sab", "nv", "bv", "srl", "spa", "kk", "sl", "as", "doo", "ltda", "sarl", "gmbh")

// bareLegalForms are the legal forms of firms in the Nordic, Baltic and
// Balkan states that follow the name as a word of their own, undotted or
// in lower case: Norwegian and Estonian "AS", "ASA", Estonian "OÜ",
// Finnish "Oy", "Oyj", Swedish "AB", Danish "ApS", Lithuanian "UAB",
// Icelandic "hf", "ehf". The chunker stopped before them ("AS" is the
// word "as", "hf" is in lower case), so "Brekke Fisk AS" was read as a
// person "Brekke Fisk" and "Hvalbakur Útgerð hf" lost its form. They are matched with their case as written: "As", "Ab" or
// "HF" are other words.
var bareLegalForms = set("AS", "ASA", "OÜ", "Oy", "Oyj", "AB", "ApS", "UAB", "hf", "ehf")

// bareLegalFormAt reports a legal form at j closing the run of one to
// three proper words [a, j): an undotted one of bareLegalForms, or a
// dotted one written in lower case ("d.o.o.", which the chunker does not
// take as a capitalised word). The run must not be in capitals ("OUR
// PILOTS AS WELL AS ..."), and no proper word may follow the form (the
// form would be inside a longer name, or another word).
func (x *doc) bareLegalFormAt(si, a, j int) bool {
	s := &x.sents[si]
	if j <= a || j-a > 3 || j >= s.t1 || x.used[j] {
		return false
	}
	if !x.legalFormAt(j) {
		return false
	}
	if p := &x.toks[j-1]; !p.cap || p.upper || p.kind != tkWord {
		return false
	}
	return j+1 >= s.t1 || !x.isProper(j+1)
}

// geoHeads end names of natural features and of a few man-made sites (a
// canal, a manor), which are places even after a given name ("Thomas
// Shoal", "Lake Victoria" aside).
var geoHeads = set("shoal", "reef", "atoll", "island", "islands", "strait", "bay", "river", "lake", "sea", "gulf",
	"canal", "peninsula", "mountains", "valley", "desert", "falls", "waterfall", "fjord", "glacier", "volcano",
	"lagoon", "estuary", "plateau", "wetlands", "manor")

// geoLeads open names of natural features in English and other languages:
// "Lake X", "Mount X", "Salar de X", "Lago X", "Cerro X".
var geoLeads = set("lake", "mount", "cape", "salar", "lago", "laguna", "cerro", "sierra", "isla", "bahía", "río",
	"monte", "volcán", "lac", "mont", "ozero", "gora", "pulau", "gunung", "danau", "tanjung", "wadi", "jebel", "jabal",
	"cabo", "ust", "bahr", "qasr", "avenida", "calle", "rua", "jalan", "taman")

// placeLeads are the geoLeads of round 34: capes, river mouths, seas and
// rivers, palaces, streets and parks that open a place's name in other
// languages ("Cabo Tarvo", Russian "Ust-Tarva", Arabic "Bahr al-Tarv",
// "Qasr al-Tarv", "Avenida Tarvo", Malay "Jalan Tarvo", "Taman Tarvo"),
// read as people before. Not "Ras" (a cape, but also a given name and an
// Ethiopian title), "Ain" (a spring, but an Estonian given name) nor
// "Bandar" (a port, and a given name). A name of theirs that ends in an
// ordinary word is a body named after the place ("Ust-Tarva Bulk
// Terminal"), and one followed by a person's role or a speech verb is a
// person ("Bahr", "Calle", "Jalan" are names too): both are left to the
// other readings.
var placeLeads = set("cabo", "ust", "bahr", "qasr", "avenida", "calle", "rua", "jalan", "taman")

// stormHeads name a storm before its name: "Cyclone X", "Hurricane X".
var stormHeads = set("cyclone", "hurricane", "typhoon", "storm")

// stormHeadsGate is stormHeads' gate (see wordGate): chunkPass asks it
// about capitalised words that open no name.
var stormHeadsGate = gateOf(stormHeads)

// weaponNouns after "Typhoon" or "Storm" make it a machine: "Typhoon jets".
var weaponNouns = set("jet", "jets", "fighter", "fighters", "missile", "missiles", "aircraft", "drone", "drones")

// legalFormAt reports a dotted legal form at k ("S.A.", "N.V.") or an
// undotted one of bareLegalForms ("Oy", "OÜ"), which the chunker takes
// as a proper word: "Tamme Vedu OÜ" is a firm, not a person.
func (x *doc) legalFormAt(k int) bool {
	t := &x.toks[k]
	return t.dotted && corpForms[strings.ReplaceAll(t.lower, ".", "")] || bareLegalForms[t.text] && t.kind == tkWord
}

// regnalTitles are part of a single-name person's name.
var regnalTitles = set("king", "queen", "pope", "prince", "princess", "emperor", "sultan", "emir", "sheikh", "patriarch", "ayatollah")

// codeNamed reports "code-named", "dubbed" or "named" right before token
// a after a word for an operation or exercise.
func (x *doc) codeNamed(a, lo int) bool {
	k := a - 1
	if k < lo {
		return false
	}
	switch x.toks[k].lower {
	case "named", "dubbed", "codenamed", "called":
	default:
		return false
	}
	for j := k - 1; j >= lo && j >= k-5; j-- {
		switch x.toks[j].lower {
		case "drills", "drill", "exercise", "exercises", "operation", "offensive", "mission", "maneuvers", "manoeuvres", "campaign", "war games":
			return true
		}
	}
	return false
}

// shipNouns are the classes of vessel that news puts before a ship's
// name ("the suezmax X", "two trawlers, X and Y"); a plural takes an "s".
var shipNouns = set(shipClasses...)

var shipClasses = []string{"vessel", "ship", "tanker", "frigate", "destroyer", "submarine", "warship", "cruiser", "yacht",
	"superyacht", "trawler", "freighter", "icebreaker", "dredger", "tugboat", "bulker", "suezmax", "aframax", "panamax"}

// thingNouns name objects whose names look like people's: the ship
// classes and other craft, storms and programmes. "carrier" and "ferry"
// are left out: "the carrier Aerolux" is an airline, "to ferry Ana Ruiz"
// a verb; so is "boat" ("off the boat Ana Ruiz said"), which only a list
// after a count names as ships (vesselListBefore).
var thingNouns = withWords(set("aircraft", "plane", "jet", "satellite", "missile", "rocket", "drone", "operation",
	"storm", "hurricane", "typhoon", "cyclone", "virus", "variant", "program", "programme", "project", "spacecraft",
	"probe", "system", "platform"), shipClasses)

// thingMakers end a hyphened modifier that only objects take: "the
// 2009-built Sela Dorn", "the Malta-flagged Ivo Rask" are vessels.
var thingMakers = set("built", "flagged")

// thingBefore reports that the name opening at a follows a lower-case
// thing noun ("the trawler Ivo Rask"), a hyphened "-built"/"-flagged"
// modifier, or one of these and a title word that opens the vessel's
// name ("the superyacht Lady Sela": the title is the ship's, not a
// person's). A name after "captain of the trawler," is cut off by the
// comma and stays a person.
func (x *doc) thingBefore(s *sentence, a int) bool {
	toks := x.toks
	p := a - 1
	if p-1 >= s.t0 && toks[p].cap && len(x.lx.titles[toks[p].lower]) > 0 {
		p-- // "Lady", "Princess" opening a ship's name
	}
	if p < s.t0 || toks[p].cap {
		return false
	}
	return thingNouns[toks[p].lower] || thingMakers[toks[p].lower] && p-2 >= s.t0 && toks[p-1].text == "-" && !toks[p-1].space && !toks[p].space
}

// instHeadBefore reports an institution head word in [a, k) followed by
// a connector ("Institute for …", "Council on …").
func (x *doc) instHeadBefore(a, k int) bool {
	for j := a; j < k; j++ {
		if kind, ok := instHeads[x.toks[j].lower]; ok && kind != "media" && x.toks[j].cap && j+1 < k && connectors[x.toks[j+1].lower] {
			return true
		}
	}
	return false
}

// allCommon reports that every word in [a, b) is an ordinary word.
func (x *doc) allCommon(a, b int) bool {
	for k := a; k < b; k++ {
		if x.toks[k].kind == tkWord && !x.lx.isCommon(x.toks[k].lower) && !connectors[x.toks[k].lower] {
			return false
		}
	}
	return true
}

// hasProperModifier reports a word in [a, b) that is a name rather than a
// title-cased ordinary word.
func (x *doc) hasProperModifier(a, b int) bool {
	for k := a; k < b; k++ {
		t := &x.toks[k]
		if t.kind != tkWord || connectors[t.lower] {
			continue
		}
		if !x.tc[k] || !x.isCommon(t.lower) {
			return true
		}
	}
	return false
}

// speechFollows reports a speech verb at i, after adverbs.
func (x *doc) speechFollows(i, end int) bool {
	for k := i; k < end && k < i+3; k++ {
		l := x.toks[k].lower
		if x.lx.speech[l] {
			return true
		}
		if !skipBeforeVerb[l] && !strings.HasSuffix(l, "ly") {
			return false
		}
	}
	return false
}

// titledAt reports whether a title stands right before token i
// ("Secretary of State Celine A. Hartley").
func (x *doc) titledAt(i int) bool {
	r := x.roleBefore(i)
	return r != nil && r.tp.title && r.t1 == i
}

// companyShortNames finds a company called by the first words of its full
// name elsewhere in the article: "Kettle Reef" for "Kettle Reef Resort
// Holdings", "Darood Express" for "Darood Express Remit", "Corvina's
// director" for "Corvina Shipmanagement". The short form must be two or more capitalised words that
// end a capitalised run; a person or place read there gives way.
func (x *doc) companyShortNames() {
	n := len(x.ments)
	for ci := 0; ci < n; ci++ {
		c := &x.ments[ci]
		if c.dead || c.typ != TypeInstitution || c.kind != "company" && !(c.kind == "agency" && x.firmWordIn(c.t0+1, c.t1-1)) || c.gzRole >= 0 || c.t1-c.t0 < 3 {
			continue // ("Nile Crest Petroleum Services" is a firm, not an agency)
		}
		// the proper words before the head: at least two, all capitalised
		w := 0
		for k := c.t0; k < c.t1-1 && (x.toks[k].cap && x.toks[k].kind == tkWord || x.toks[k].text == "-" && !x.toks[k].space); k++ {
			w++
		}
		if w < 2 || w == c.t1-c.t0 {
			continue
		}
		lastL, lastShared := 0, false // the ambiguity test, kept per firm
		for p := 0; p+w <= len(x.toks); p++ {
			if p >= c.t0 && p < c.t1 || x.toks[p].text != x.toks[c.t0].text {
				continue
			}
			l := 1
			for l < w && x.toks[p+l].text == x.toks[c.t0+l].text {
				l++
			}
			// the longest prefix found, of two words or more, ending the run
			if l < 2 || x.toks[p+l-1].kind != tkWord || p+l < len(x.toks) && (x.toks[p+l].cap && x.toks[p+l].kind == tkWord || x.toks[p+l].text == "-" && !x.toks[p+l].space) {
				continue
			}
			si := x.sentOf(p)
			if p > x.sents[si].t0 && x.toks[p-1].cap && x.toks[p-1].kind == tkWord && !stopCaps[x.toks[p-1].lower] {
				continue // part of a longer name
			}
			if l != lastL {
				lastL, lastShared = l, x.sharedShortName(ci, c.t0, l)
			}
			if lastShared {
				continue // two firms open with these words: neither owns them
			}
			if g := x.bodyMentionAt(p, p+l); g >= 0 {
				// "Banco Orinoco" read on its own as a body (its last word
				// a head: "Konkan Marine", "Gulfline Tankers"): the same
				// firm, with every mention written as the short name. Only
				// those: a mention keyed like g may be another firm's full
				// name that claimed these words before.
				if old := x.ments[g].key; old != c.key {
					for k := range x.ments {
						if mk := &x.ments[k]; mk.key == old && mk.typ == TypeInstitution && x.sameWords(mk.t0, mk.t1, p, p+l) {
							mk.key = c.key
						}
					}
				}
				continue
			}
			if !x.freeForShortName(p, p+l) {
				continue
			}
			m := mention{t0: p, t1: p + l, sent: si, typ: TypeInstitution, kind: "company", key: c.key, name: c.name, conf: 0.7, gzRole: -1}
			x.addMention(m)
			c = &x.ments[ci] // addMention may move the table
		}
	}
}

// sharedShortName reports another live firm, keyed apart from firm ci,
// whose name also opens with the l words at t0 and goes on past them:
// "Konkan Marine" in an article naming both "Konkan Marine Services Ltd"
// and "Konkan Marine Logistics Ltd" may be either, so it joins neither.
// Any body counts: "Banco Llanero" is no short form of "Banco Llanero
// Comercial SA" when "Banco Llanero de Fomento" is named too.
func (x *doc) sharedShortName(ci, t0, l int) bool {
	key := x.ments[ci].key
	for i := range x.ments {
		m := &x.ments[i]
		if i == ci || m.dead || m.typ != TypeInstitution || m.key == key || m.t1-m.t0 <= l {
			continue
		}
		if x.sameWords(m.t0, m.t0+l, t0, t0+l) {
			return true
		}
	}
	return false
}

// sameWords reports tokens a..b written as tokens c..d, word for word.
func (x *doc) sameWords(a, b, c, d int) bool {
	if b-a != d-c {
		return false
	}
	for k := 0; k < b-a; k++ {
		if x.toks[a+k].text != x.toks[c+k].text {
			return false
		}
	}
	return true
}

// freeForShortName reports tokens a..b unused, or used only by people,
// places, surname candidates and bodies guessed from their context
// (cued) lying wholly inside them, which it kills.
func (x *doc) freeForShortName(a, b int) bool {
	used := false
	for k := a; k < b; k++ {
		used = used || x.used[k]
	}
	if !used {
		return true
	}
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.t1 <= a || m.t0 >= b {
			continue
		}
		if m.t0 < a || m.t1 > b || m.typ == TypeInstitution && !m.cued || m.typ == TypeEvent {
			return false
		}
	}
	for i := range x.ments {
		if m := &x.ments[i]; !m.dead && m.t0 >= a && m.t1 <= b {
			m.dead = true
		}
	}
	return true
}

// sentOf returns the sentence holding token k.
func (x *doc) sentOf(k int) int {
	lo, hi := 0, len(x.sents)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if x.sents[mid].t0 <= k {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// exchangeFirmNouns after "exchange" make it a business: "exchange
// house", "the Qasr Exchange company".
var exchangeFirmNouns = set("house", "houses", "company", "bureau", "firm", "office", "shop")

// placeInSurnames undoes a place or state read inside a person's surname
// where the given name is not there to show it: "Santiago-Dizon said" or
// "Montenegro Paredes said" in an article that names "Ligaya
// Santiago-Dizon" or "Lucía Montenegro Paredes" in full. The place's
// mention dies; a hyphenated one joins the surname mention after it.
func (x *doc) placeInSurnames() {
	var full [64]int32 // people named in three tokens or more
	n := 0
	for i := range x.ments {
		if m := &x.ments[i]; m.typ == TypePerson && !m.dead && m.t1-m.t0 >= 3 && n < len(full) {
			full[n] = int32(i)
			n++
		}
	}
	if n == 0 {
		return
	}
	for i := range x.ments {
		g := &x.ments[i]
		if g.dead || g.gzRole < 0 || g.t1-g.t0 != 1 || g.typ == TypePerson {
			continue
		}
		k := g.t1
		hyphen := k+1 < len(x.toks) && x.toks[k].text == "-" && !x.toks[k].space && !x.toks[k+1].space
		if hyphen {
			k++
		}
		if k >= len(x.toks) || !x.toks[k].cap {
			continue
		}
		for _, f := range full[:n] {
			fm := &x.ments[f]
			// the person's name ends with the place's word, (the hyphen,)
			// and the words from k on
			e := -1
			for j := k; j < len(x.toks) && j-k < fm.t1-fm.t0 && x.toks[j].cap; j++ {
				if x.toks[j].lower == x.toks[fm.t1-1].lower {
					e = j + 1
				}
			}
			if e < 0 || e-g.t0 >= fm.t1-fm.t0 || !x.sameTokens(g.t0, e, fm.t1-(e-g.t0)) {
				continue
			}
			ni := -1
			for j := range x.ments {
				if m := &x.ments[j]; !m.dead && m.t0 == k && m.t1 == e && (m.single || m.typ == TypePerson) {
					ni = j
					break
				}
			}
			if ni < 0 {
				continue
			}
			g.dead = true
			x.used[g.t0] = false
			if hyphen {
				m := &x.ments[ni]
				for q := g.t0; q < m.t0; q++ {
					x.used[q] = true
				}
				m.t0 = g.t0
				m.name = normText(x.spanText(m.t0, m.t1))
				if m.typ == TypePerson {
					m.key = lowerKey("per:", m.name)
				}
			}
			break
		}
	}
}

// sameTokens reports tokens [a, b) equal, in lower case, to the tokens
// from c on.
func (x *doc) sameTokens(a, b, c int) bool {
	for i := a; i < b; i++ {
		if x.toks[i].lower != x.toks[c+i-a].lower || x.toks[i].text == "-" != (x.toks[c+i-a].text == "-") {
			return false
		}
	}
	return true
}

// firmGroups are plural nouns for firms that a list of names may follow.
var firmGroups = set("firms", "companies", "entities", "banks", "lenders", "exporters", "importers", "suppliers", "shippers", "subsidiaries", "conglomerates", "businesses")

// firmListBefore reports a name at a that is an item of a list set off
// after a plural firm noun: "three Panamanian salvage firms, Corvena Marine
// and Istmo Tow Services".
func (x *doc) firmListBefore(si, a int) bool {
	s := &x.sents[si]
	toks := x.toks
	j := a - 1
	for n := 0; j > s.t0 && n < 24; n++ {
		t := &toks[j]
		switch {
		case t.text == ",":
			if firmGroups[toks[j-1].lower] && !toks[j-1].cap {
				return true
			}
			j--
		case t.lower == "and" && !t.cap:
			j--
		case t.kind == tkWord && t.cap || t.text == "-" || t.text == "." || x.used[j]:
			j--
		default:
			return false
		}
	}
	return false
}

// vesselNoun reports a ship class at w, or "boat", and whether it is
// plural ("tankers", "boats").
func vesselNoun(w string) (ok, plural bool) {
	stem := strings.TrimSuffix(w, "s")
	return shipNouns[stem] || stem == "boat", stem != w
}

// ownerPronouns open a short relative clause after a vessel noun: "the
// tankers it manages".
var ownerPronouns = set("it", "they", "we", "he", "she")

// shipMeasures end a hyphened size before a vessel's name: "the
// 40-metre X".
var shipMeasures = set("metre", "meter", "foot", "tonne", "ton")

// vesselListBefore reports a name [a, b) that is an item of a list of
// ships: after a vessel noun and a comma ("his yacht, the 40-metre X";
// "two tankers it charters, X and Y") or after "including" ("three boats
// including the X and the Y"). After a singular noun the name must take
// "the" ("the ship, Captain X said" is a person); a plural noun must be
// counted or owned ("two tankers", "its boats", "tankers it charters":
// "survivors from the boats, X and Y" are people); and the list must
// close with a comma or the sentence ("near its trawlers, X waited" and
// "two tankers, X said" are people). A comma followed by "and" ends the
// list ("two tankers, and X, the owner").
func (x *doc) vesselListBefore(si, a, b int) bool {
	s := &x.sents[si]
	toks := x.toks
	if !x.listClosesAfter(s, b) {
		return false
	}
	j := a - 1
	for n := 0; j > s.t0 && n < 24; n++ {
		t := &toks[j]
		switch {
		case t.lower == "the" || t.lower == "and" && !t.cap || t.kind == tkWord && t.cap || x.used[j]:
			j--
		case t.text == "-" && j-1 > s.t0 && toks[j-1].kind == tkNum && j+1 < a && shipMeasures[toks[j+1].lower]:
			j -= 2 // "the 40-metre X"
		case shipMeasures[t.lower] && j-1 > s.t0 && toks[j-1].text == "-":
			j--
		case t.text == "," || t.lower == "including":
			if t.text == "," && toks[j+1].lower == "and" {
				return false
			}
			q := j - 1
			if t.lower == "including" && q > s.t0 && toks[q].text == "," {
				q--
			}
			owned := false
			if q-2 >= s.t0 && ownerPronouns[toks[q-1].lower] && toks[q].kind == tkWord && !toks[q].cap {
				q -= 2 // "two tankers it charters, X"
				owned = true
			}
			ship, plural := false, false
			if q >= s.t0 && !toks[q].cap {
				ship, plural = vesselNoun(toks[q].lower)
			}
			if !ship {
				if t.text == "," {
					j--
					continue
				}
				return false
			}
			if !plural {
				return toks[j+1].lower == "the"
			}
			return owned || x.countedBefore(s, q)
		default:
			return false
		}
	}
	return false
}

// listClosesAfter reports that the list items running on from token b
// (capitalised words, "the", "and", "or", commas) end at a comma, a stop
// or the end of the sentence: "X and Y, for moving crude", "the X and the
// Y.", "X and Y, and a tug", not "X waited". A comma goes on with the
// list when a name follows it, after "and", "or" or "the".
func (x *doc) listClosesAfter(s *sentence, b int) bool {
	toks := x.toks
	name := func(k int) bool { return k < s.t1 && (toks[k].kind == tkWord && toks[k].cap || x.used[k]) }
	k := b
	for k < s.t1 {
		t := &toks[k]
		if t.text == "," {
			n := k + 1
			if n < s.t1 && (toks[n].lower == "and" || toks[n].lower == "or") {
				n++
			}
			if n < s.t1 && toks[n].lower == "the" {
				n++
			}
			if !name(n) {
				return true
			}
			k++
			continue
		}
		if !name(k) && t.text != "-" && t.lower != "the" && t.lower != "and" && t.lower != "or" {
			break
		}
		k++
	}
	if k >= s.t1 {
		return true
	}
	switch toks[k].text {
	case ".", ";", ":", ")", "(", "!", "?":
		return true
	}
	return false
}

// countedBefore reports a count or an owner before the plural noun at q,
// past capitalised class words: "two Suezmax tankers", "its boats", "the
// firm's 12 trawlers".
func (x *doc) countedBefore(s *sentence, q int) bool {
	toks := x.toks
	p := q - 1
	for p >= s.t0 && toks[p].kind == tkWord && toks[p].cap && !stopCaps[toks[p].lower] {
		p--
	}
	if p < s.t0 {
		return false
	}
	t := &toks[p]
	return t.kind == tkNum || isDigits(t.text) || numberWords[t.lower] || possDets[t.lower] || t.lower == "our" || t.kind == tkPoss
}

// exchangeTail reports a legal form after a capitalised "Exchange":
// "Tulpar Exchange Co.", "Cedar Exchange SAL" (companyTails, and the
// Lebanese "SAL"). A swap has none.
func exchangeTail(w string) bool {
	return companyTails[w] || w == "sal"
}

// placeOfEnds reports "of" at k and one to three capitalised words that
// end the chunk at b, none of them a law's or a building's noun: "the
// Stock Exchange of Karvia" (not "... of Karvia Act").
func (x *doc) placeOfEnds(k, b int) bool {
	if k+1 >= b || b-k > 4 || x.toks[k].lower != "of" {
		return false
	}
	for q := k + 1; q < b; q++ {
		if t := &x.toks[q]; t.kind != tkWord || !t.cap || lawNouns[t.lower] || venueHeads[t.lower] {
			return false
		}
	}
	return true
}

// swapNouns before "Exchange" make it a swap: "the Prisoner Exchange".
var swapNouns = set("prisoner", "prisoners", "hostage", "hostages", "detainee", "detainees")

// exchangeBody adds the body named [a, b) by a capitalised "Exchange"
// after other capitalised words: "the Tulpar Exchange", "the Florida
// Tomato Exchange" (a market, a money changer), never a swap of
// prisoners, which is written in lower case. A place or a capital right
// before belongs to the name.
func (x *doc) exchangeBody(si, a, b int) {
	if g := x.gzBefore(a, x.sents[si].t0); g >= 0 && (x.ments[g].gzRole == gzName || x.ments[g].gzRole == gzCapital) {
		a = x.ments[g].t0
		x.killMentions(si, a, a+1)
	}
	name := normText(x.spanText(a, b))
	x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: "company", key: lowerKey("org:", name), name: name, conf: 0.7, gzRole: -1})
}

// headOfBodyAt reports a lone capitalised institution head at a (b = a+1)
// that opens a body's name with "of" or "for" after it: "Office of the
// Minister of Foreign Affairs", "Ministry of Trade". A press release's
// contact block writes the sender's title on the line before it
// ("Press Secretary" / "Office of the Minister ..."), and the title read
// the head as the surname of a titled person. No one is called "Office"
// or "Ministry"; the words after "of" were read as a role, so no body's
// name is lost either. Only a head opening its line counts: in running
// text a titled person may be called "Post", "Church" or "Court".
func (x *doc) headOfBodyAt(si, a, b int) bool {
	s := &x.sents[si]
	if b != a+1 || b >= s.t1 || !x.toks[a].cap || !x.toks[a].nl {
		return false // the contact block's head opens its line ("Judge Post of the court" is a judge)
	}
	if _, ok := instHeads[x.toks[a].lower]; !ok {
		return false
	}
	n := &x.toks[b]
	return !n.cap && (n.lower == "of" || n.lower == "for")
}

// designationCategories are the United States' sanctions designations,
// written like bodies' names: "designated the group a Specially
// Designated Global Terrorist group", "as a Foreign Terrorist
// Organization". They name a listing, not a body (the listed group is
// the one named before them); "Organization" or "group" after them made
// them institutions. General knowledge, lower case, by words.
var designationCategories = [][]string{
	{"specially", "designated"}, // ... Global Terrorist, ... Nationals
	{"foreign", "terrorist", "organization"},
	{"foreign", "terrorist", "organisation"},
	{"foreign", "terrorist", "organizations"},
	{"foreign", "terrorist", "organisations"},
}

// designationEnd returns the end of a designation category opening the
// capitalised chunk [a, b) ("Specially Designated Global Terrorist",
// "Foreign Terrorist Organization"), with the category's own trailing
// words ("Global Terrorist", "Nationals", "Organization", "Entity"), or
// 0. A sentence-initial "Foreign" the chunker dropped still counts, so
// "Foreign Terrorist Organization Hamas" leaves "Hamas" alone.
func (x *doc) designationEnd(si, a, b int) int {
	t := &x.toks[a]
	off := 0
	switch {
	case t.lower == "specially" || t.lower == "foreign":
	case t.lower == "terrorist" && a-1 == x.sents[si].t0 && x.toks[a-1].lower == "foreign":
		off = 1 // "Foreign" opening the sentence, left out of the chunk
	default:
		return 0 // the cheap test first: most chunks open otherwise
	}
	for _, d := range designationCategories {
		n := len(d) - off
		if b-a < n {
			continue
		}
		ok := true
		for k, w := range d[off:] {
			if x.toks[a+k].lower != w || !x.toks[a+k].cap {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		e := a + n
		for e < b && x.toks[e].cap && designationTails[x.toks[e].lower] {
			e++
		}
		return e
	}
	return 0
}

// designationTails are the words that finish a category's name after
// its opening words: "Specially Designated Global Terrorist
// Organization", "Specially Designated Nationals".
var designationTails = set("global", "terrorist", "terrorists", "nationals", "organization", "organisation", "organizations", "organisations", "entity", "entities", "group", "groups")

// leadingFormAt reports a legal form written before a firm's name at a
// ("PT Sulawesi Makmur Nickel"). A given name or a title right after the
// form, with no trade word in the name, is a person's ("PT Maria Costa
// said": a physical therapist; "PT Senator ...": Brazil's Workers'
// Party), not a firm's. So is any name after a form the article also
// writes alone ("the party, known as the PT"): there it is a short name.
func (x *doc) leadingFormAt(a, b int) bool {
	if b-a < 2 || !leadingForms[x.toks[a].text] || !x.toks[a+1].cap || x.toks[a+1].kind != tkWord || x.used[a+1] {
		return false
	}
	w := x.toks[a+1].lower
	if (x.lx.first[w] || x.lx.titles[w] != nil) && !x.firmWordIn(a+1, b) {
		return false
	}
	for k := range x.toks {
		if x.toks[k].text == x.toks[a].text && (k+1 >= len(x.toks) || !x.toks[k+1].cap || x.toks[k+1].kind != tkWord) {
			return false // written alone too ("known as the PT"): a short name, no form
		}
	}
	return true
}

// leadingForms are legal forms written in capitals before a firm's name:
// Indonesian "PT" (perseroan terbatas) and the Russian "OOO", "OAO",
// "ZAO" and "PAO". Only the capital spelling counts.
var leadingForms = set("PT", "OOO", "OAO", "ZAO", "PAO")

// firmWordIn reports a firm's trade word among the capitalised words
// [a, b): "Petroleum" in "Nile Crest Petroleum Services".
func (x *doc) firmWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		if x.toks[k].cap && instHeads[x.toks[k].lower] == "company" {
			return true
		}
	}
	return false
}

// bodyMentionAt returns the live institution mention spanning exactly
// [a, b) that the chunker made (not the gazetteer), a company or a body
// guessed from its context, else -1.
func (x *doc) bodyMentionAt(a, b int) int {
	for i := range x.ments {
		m := &x.ments[i]
		if m.t0 == a && m.t1 == b && !m.dead && m.typ == TypeInstitution && m.gzRole < 0 && (m.kind == "company" || m.cued) {
			return i
		}
	}
	return -1
}

// bodyHeadAhead reports up to four proper words from i, letters joined
// by "&" among them ("P&I"), that end in an institution head of any kind
// after the first, with no capitalised word after it: "Shield P&I Club".
func (x *doc) bodyHeadAhead(si, i int) bool {
	s := &x.sents[si]
	for j := i; j < s.t1 && j < i+6; j++ {
		if j > i && j+1 < s.t1 && x.tightLetters(j) {
			j++ // "P&I": the letter after "&"
			continue
		}
		if !x.isProper(j) {
			return false
		}
		if _, ok := instHeads[x.toks[j].lower]; ok && j > i {
			return j+1 >= s.t1 || !x.toks[j+1].cap
		}
	}
	return false
}

// hyphenPrefixedBodies gives a body's name back the word joined to its
// front by a hyphen: "Sino-Pacific Telecom Holdings", "Japan-Korea
// Parliamentarians' Union", "Islamic Revolutionary Guard Corps-Qods
// Force". The chunk pass stops at the hyphen, and a place the gazetteer
// knows ("Pacific", "Andes") starts the name anew, so the body lost its
// first word and the word alone became a name of its own ("Sino"). Only
// a name the chunk pass built (no gazetteer body) of two words or more
// takes the word, and only when the hyphen is written tight on both
// sides and the word is no middle part of a longer chain ("the
// Baku-Tbilisi-Ceyhan pipeline") or a lone prefix of a people ("Sino-"
// before an adjective makes no body: the name must be an institution).
func (x *doc) hyphenPrefixedBodies() {
	toks := x.toks
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypeInstitution || m.gzRole >= 0 || m.t1-m.t0 < 2 || m.t0-2 < x.sents[m.sent].t0 {
			continue
		}
		if h := &toks[m.t0-1]; h.text != "-" || h.space || toks[m.t0].space {
			continue
		}
		a := m.t0 - 2
		if p := &toks[a]; p.kind != tkWord || !p.cap || a-1 >= x.sents[m.sent].t0 && toks[a-1].text == "-" && !p.space || hasWeekday(p.lower) || monthNames[p.lower] > 0 {
			continue // a date run into a name: "on Tuesday-Finance Ministry officials"
		}
		if x.used[a] {
			// the front part is a name of its own: a body ("Islamic
			// Revolutionary Guard Corps"), a state ("Japan") or a lone
			// word not yet classified ("Sino")
			k := -1
			for j := range x.ments {
				if n := &x.ments[j]; !n.dead && j != i && n.t1 == m.t0-1 && n.t0 <= a {
					k = j
					break
				}
			}
			if k < 0 || x.ments[k].typ != TypeInstitution && !(x.ments[k].typ == "" && x.ments[k].single && x.ments[k].gzRole < 0) {
				continue
			}
			a = x.ments[k].t0
			x.ments[k].dead = true
		}
		for q := a; q < m.t0; q++ {
			x.used[q] = true
		}
		pre := m.key
		if c := strings.IndexByte(pre, ':'); c >= 0 {
			pre = pre[:c+1]
		}
		m.t0 = a
		m.name = normText(x.spanText(a, m.t1))
		m.key = lowerKey(pre, m.name)
	}
}

// romancePlaceLinks join a place to a Romance-language body's name ("de
// Potosí", "du Levant", "del Norte").
var romancePlaceLinks = set("de", "del", "du", "da", "do", "di", "des")

// placeNameAt reports that token i opens a one-word place, state or
// capital the gazetteer took ("Potosí", "Levant", "Mali", "Lima") and, when take is set,
// gives the word to the name being built: a Romance body's name goes on
// through "de"/"du" to its place, where the English "of" has its own
// rule (stateLinkAfter).
func (x *doc) placeNameAt(i int, take bool) bool {
	if !x.used[i] || !x.toks[i].cap {
		return false
	}
	g := x.mentionStartingAt(i)
	if g < 0 {
		return false
	}
	m := &x.ments[g]
	if m.t1 != i+1 || m.gzRole != gzName && m.gzRole != gzCapital || m.typ != TypePlace && m.kind != "state" {
		return false
	}
	if take {
		m.dead = true
		x.used[i] = false
	}
	return true
}

// frenchHeads open a French body's name that goes on in lower case
// ("Observatoire haïtien de la sécurité", "Tribunal administratif de
// Nice"): French writes only the first word of such names with a
// capital, so the chunk pass, which stops at the first lower-case word,
// kept the head alone. The words are French only (or, for "tribunal",
// followed by a French adjective), so English text never opens this way.
var frenchHeads = set("observatoire", "institut", "collectif", "tribunal", "comité", "syndicat", "fédération",
	"ministère", "société", "compagnie", "banque", "caisse", "régie", "conseil", "assemblée", "agence", "groupe",
	"direction", "association", "mouvement", "rassemblement", "union", "centre", "office", "coalition", "parti")

// frenchOnlyHeads are frenchHeads that are no English words: after
// them a lower-case adjective belongs to the name ("Institut congolais");
// after "Union" or "Office" it would be English ("Union representative").
// "Tribunal" is English too ("a Tribunal official said", "the Tribunal
// legal adviser"): after it an English adjective ("official", "legal",
// "general") counts only when a French link follows ("Tribunal général
// de ..."), while a French one ("administratif", "pénal") always does.
var frenchOnlyHeads = set("observatoire", "institut", "collectif", "tribunal", "comité", "syndicat", "fédération",
	"ministère", "société", "compagnie", "banque", "caisse", "régie", "conseil", "assemblée", "agence", "groupe")

// frenchLinks join the parts of a French name: "de la sécurité", "des
// commerçants du Mali", "de recherche sur la gouvernance".
var frenchLinks = set("de", "du", "des", "la", "le", "les", "sur", "pour", "aux", "au", "en")

// frenchAdjectiveEnds are the endings of French adjectives of nation and
// kind ("haïtien", "congolais", "administratif", "générale").
var frenchAdjectiveEnds = []string{"ais", "aise", "ien", "ienne", "if", "ive", "ique", "al", "ale", "aux", "é", "ée", "el", "elle", "aire", "ois", "oise"}

// frenchNameTail returns where a French body's name that head opens ends,
// when the word at j (the one after the head) goes on in French: a
// French adjective after a French-only head ("Institut congolais"), or a
// French link ("Collectif des commerçants", "Tribunal administratif de
// Nice"). Then come pairs of links and a word, lower case or a name
// ("de la sécurité", "du Mali"), up to punctuation or a word that is no
// French link ("in Pétion-Ville", "rejected"). It returns -1 for none.
// The place a pair ends on ("Mali", "Nice") is taken from the gazetteer.
func (x *doc) frenchNameTail(si, head, j int) int {
	s := &x.sents[si]
	toks := x.toks
	h := toks[head].lower
	if !frenchHeads[h] {
		return -1
	}
	q := j
	if frenchOnlyHeads[h] && frenchAdjective(toks[j].lower) && (h != "tribunal" || !x.lx.isCommon(toks[j].lower) || j+1 < s.t1 && romancePlaceLinks[toks[j+1].lower]) {
		q = j + 1 // "Tribunal pénal", but not the English "Tribunal official said"
	} else if toks[j].lower != "des" && toks[j].lower != "du" && toks[j].lower != "de" {
		return -1
	}
	for q < s.t1 {
		c := q
		for c < s.t1 && c < q+2 && toks[c].kind == tkWord && !toks[c].cap && frenchLinks[toks[c].lower] {
			c++
		}
		if c == q || c >= s.t1 || toks[c].kind != tkWord {
			break
		}
		switch {
		case !toks[c].cap && !frenchLinks[toks[c].lower] && !x.used[c]:
			q = c + 1
		case x.isProper(c):
			for q = c + 1; q < s.t1 && x.isProper(q); q++ {
			}
		case x.placeNameAt(c, true):
			q = c + 1
		default:
			return endOr(q, j)
		}
	}
	return endOr(q, j)
}

// endOr returns q when a French name's tail took words past j, else -1.
func endOr(q, j int) int {
	if q > j {
		return q
	}
	return -1
}

// frenchAdjective reports a lower-case word of five letters or more with
// a French adjective's ending.
func frenchAdjective(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range frenchAdjectiveEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// romanceLinkIn reports a lower-case Romance connector inside [a, b):
// the Spanish plural articles of orgwords.txt open a group's name only
// when it goes on past one ("Los Jaguares del Atlántico", "Las Panteras
// de la Costa"); a bare "Los Mochis" or "Las Palmas" is a town as often
// as a gang, and a spurious body costs more than a missed one.
func (x *doc) romanceLinkIn(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &x.toks[k]; !t.cap && romanceConnectors[t.lower] {
			return true
		}
	}
	return false
}

// arabicArticles are the forms of the Arabic article written, lower case
// and hyphened, before a word of a name ("al-Haq", "ash-Sham", "an-Nasr";
// after a vowel "ut-", "ul-": "Hizb ut-Tahrir").
var arabicArticles = set("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ut", "ul")

// arabicArticleTail reports an Arabic article and a proper word at j
// ("al-Din") inside the name of an armed group that opened with a
// group word of orgwords.txt ("Kataib ...", "Saraya ..."). A person's
// name takes the article through its particles; a group's lead head
// did not, and the name was cut before it ("Kataib Nur" and a person
// "Din").
func (x *doc) arabicArticleTail(si, start, j int) bool {
	toks := x.toks
	t := &toks[j]
	if t.kind != tkWord || t.cap || !arabicArticles[t.lower] || j+2 >= x.sents[si].t1 || toks[j+1].text != "-" || toks[j+1].space || toks[j+2].space {
		return false
	}
	if k, _ := x.leadHead(toks[start].lower); k != "armed_group" {
		return false
	}
	return x.isProper(j + 2)
}

// facilityHeads end the names of buildings and sites that are often
// named after a person ("Tarek Hamdi International Airport", "Mohammed V
// Palace", Hindi "... Bhawan", a building), and are nobody's surname: a
// given name first does not make the name a person's, as it does before
// "Park" or "Hall" ("Lisa Park").
var facilityHeads = set("airport", "palace", "stadium", "cathedral", "mosque", "museum", "hospital", "bhawan", "bhavan")

// placeBeforeKind reports a name [a, b) after "a" or "an" and before a
// firm's kind noun: it only says where the firm is from ("a Hrubieszów
// company", "an Ohio bank"; round 36: towns, states and islands typed as
// companies in four dev sets). One lower-case modifier may come before
// the kind noun ("a Siem Reap property firm"). Other kinds keep the body
// ("a Pheu Thai party lawmaker"), and so does "the" ("the Mercosur trade
// bloc"; "the Cincinnati law firm Haldane & Voss" is left alone, for the
// affiliation finder reaches the firm's name through it).
func (x *doc) placeBeforeKind(s *sentence, a, b int) bool {
	toks := x.toks
	k := b
	if k+1 < s.t1 && !toks[k].cap && toks[k].kind == tkWord && orgNouns[toks[k].lower] != "company" {
		k++
	}
	if k >= s.t1 || toks[k].cap || orgNouns[toks[k].lower] != "company" {
		return false
	}
	return a-1 >= s.t0 && (toks[a-1].lower == "a" || toks[a-1].lower == "an") && !toks[a-1].cap
}
