package ingest

import (
	"slices"
	"sort"
	"strings"
)

// entity is a resolved real-world thing while the article is processed.
type entity struct {
	typ, kind, name, key string
	aliases              []string
	spans                []Span
	conf                 float64
	weak                 bool // only demonyms so far
	used                 bool // a relation needs it
	toks                 []string
	roles                []string // role words known for a person
	states               []string // state keys a person works for
}

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	for _, p := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	if s == "" {
		return
	}
	if sameName(s, e.name) {
		return
	}
	for _, a := range e.aliases {
		if sameName(a, s) {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

// sameName compares names ignoring case and apostrophe style.
func sameName(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if !strings.Contains(a, "\u2019") && !strings.Contains(b, "\u2019") {
		return false
	}
	return strings.EqualFold(strings.ReplaceAll(a, "\u2019", "'"), strings.ReplaceAll(b, "\u2019", "'"))
}

func (x *doc) attach(mi, ei int) {
	m := &x.ments[mi]
	e := x.ents[ei]
	m.ent = ei
	e.spans = append(e.spans, Span{x.toks[m.t0].start, x.toks[m.t1-1].end})
	if !m.weak {
		e.weak = false
	}
	if m.conf > e.conf {
		e.conf = m.conf
	} else {
		e.conf += 0.02
	}
	if m.typ != TypeEvent {
		e.addAlias(normText(x.spanText(m.t0, m.t1)))
		if a := x.styledSpan(m); a >= 0 {
			e.addAlias(normText(x.spanText(a, m.t1))) // "Ratu Semi Tokalau", "Dr. Ana Obi"
		}
	} else if wordCount(m.name) > wordCount(e.name) {
		// the fullest name of an event is its name
		old := e.name
		e.name = m.name
		e.addAlias(old)
	} else {
		e.addAlias(m.name)
	}
	if m.short != "" {
		e.addAlias(m.short) // the article names the war, or a state's ministry, without its owner too
	}
	if m.typ == TypeEvent && m.gzRole == gzName {
		// a known event under another of its names keeps the article's
		// own form too: "the second world war" for World War II
		e.addAlias(normText(x.spanText(m.t0, m.t1)))
	}
}

// styledSpan returns where the style of address before a person's
// mention begins ("Ratu", "Datuk Seri", "Dr."), or -1: the styled form is
// one more name of the person.
func (x *doc) styledSpan(m *mention) int {
	if m.typ != TypePerson || !m.titled || m.t0 == 0 {
		return -1
	}
	if ri := x.tokRole[m.t0-1]; ri >= 0 && x.roles[ri].tp.honor && x.roles[ri].t1 == m.t0 {
		return x.roles[ri].h0
	}
	return -1
}

// entChunk entities, with room for spanRoom spans each, are allocated at
// a time (doc.entSlab): an article has tens of entities, most of them
// mentioned once or twice. Larger rooms cost more bytes than they save
// allocations.
const entChunk, spanRoom = 8, 2

func (x *doc) newEntity(m *mention) int {
	if len(x.entSlab) == 0 {
		x.entSlab = make([]entity, entChunk)
		x.spanSlab = make([]Span, entChunk*spanRoom)
	}
	e := &x.entSlab[0]
	*e = entity{typ: m.typ, kind: m.kind, name: m.name, key: m.key, weak: true,
		spans: x.spanSlab[:0:spanRoom]}
	x.entSlab, x.spanSlab = x.entSlab[1:], x.spanSlab[spanRoom:]
	if e.typ == TypeEvent && m.name != "" {
		e.addAlias(m.name)
	}
	x.ents = append(x.ents, e)
	return len(x.ents) - 1
}

// similarGiven tells spelling variants of a given name apart from
// different people: "Anthony"/"Antony" match, "Jane"/"Robert" do not.
func similarGiven(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) >= 3 && len(b) >= 3 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a)) {
		return true
	}
	return len(a) >= 5 && len(b) >= 5 && editDistanceAtMost1(a, b)
}

func editDistanceAtMost1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i, j, diff := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] == b[j] {
			i++
			j++
			continue
		}
		diff++
		if diff > 1 {
			return false
		}
		if len(a) == len(b) {
			i++
		}
		j++
	}
	return diff+(len(b)-j)-(len(a)-i) <= 1
}

// samePerson compares two full names by surname and given name;
// middle names may be missing from one of them.
func samePerson(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	if len(a) != len(b) {
		// "Salcedo Ibarra" for "Ernesto Salcedo Ibarra": a double surname
		// used alone is the tail of the full name
		short, long := a, b
		if len(a) > len(b) {
			short, long = b, a
		}
		if slices.Equal(short, long[len(long)-len(short):]) {
			return true
		}
	}
	return similarGiven(a[0], b[0])
}

// stripArticle drops the Arabic article of a surname ("al-nuaimi",
// "el-mahdi") so that "al-Nuaimi", "Al-Nuaimi" and "Nuaimi" compare equal.
func stripArticle(t string) string {
	if len(t) > 5 && (strings.HasPrefix(t, "al-") || strings.HasPrefix(t, "el-")) {
		return t[3:]
	}
	return t
}

// surnameKey returns the word a lone surname is compared by: the last
// word after its particles ("El Fassi", "de la Vega", "Al Mazrui" are
// compared as "fassi", "vega", "mazrui"), without its Arabic article.
// A name with other words before the last is kept whole.
func surnameKey(l string) string {
	if sp := strings.LastIndexByte(l, ' '); sp > 0 && turkicPatronyms[l[sp+1:]] {
		l = l[:sp] // "toktogulov uulu" is compared as "toktogulov"
	}
	sp := strings.LastIndexByte(l, ' ')
	if sp < 0 {
		return stripArticle(l)
	}
	for _, w := range strings.Fields(l[:sp]) {
		if !nameParticles[w] {
			return l
		}
	}
	return stripArticle(l[sp+1:])
}

// dropPatronym drops a trailing Turkic patronymic word ("uulu", "kyzy")
// from a name's lower-case words: it says whose child a person is, not
// who, and two men named "Temir ... uulu" are compared by their fathers'
// names.
func dropPatronym(toks []string) []string {
	if n := len(toks); n > 1 && turkicPatronyms[toks[n-1]] {
		return toks[:n-1]
	}
	return toks
}

// indexFrom is the number of persons from which resolution looks names
// up in a wordIndex instead of scanning them all: an ordinary article
// names a few dozen people, a hostile one tens of thousands.
const indexFrom = 48

// wordIndex maps a word to the persons whose name has it in some place,
// in order of first mention; nil until there are indexFrom persons.
type wordIndex map[string][]int

// of returns the persons to try for word w: those indexed under it, or
// all of them while the index is off (the caller still checks each).
func (ix wordIndex) of(w string, persons []int) []int {
	if ix == nil {
		return persons
	}
	return ix[w]
}

// add indexes the last person of persons by the last word of the name,
// building the index of all persons when their number reaches indexFrom.
func (ix *wordIndex) add(ents []*entity, persons []int) {
	switch {
	case len(persons) < indexFrom:
		return
	case *ix == nil:
		*ix = make(wordIndex, 2*len(persons))
		for _, pi := range persons {
			(*ix).put(lastWord(ents[pi].toks), pi)
		}
	default:
		pi := persons[len(persons)-1]
		(*ix).put(lastWord(ents[pi].toks), pi)
	}
}

func (ix wordIndex) put(w string, pi int) { ix[w] = append(ix[w], pi) }

func lastWord(toks []string) string { return toks[len(toks)-1] }

// innerIndex maps the first and inner words of every person's full name
// (not particles) to the persons, in order: the candidates for a lone
// name that is no one's surname ("Taye", "Lula"). Below indexFrom
// persons it is nil and the caller scans them all.
func innerIndex(ents []*entity, persons []int) wordIndex {
	if len(persons) < indexFrom {
		return nil
	}
	idx := make(wordIndex, 2*len(persons))
	for _, pi := range persons {
		t := ents[pi].toks
		idx.put(t[0], pi)
		for _, w := range t[1 : len(t)-1] {
			if w != t[0] && !nameParticles[w] {
				idx.put(w, pi)
			}
		}
	}
	return idx
}

// middleToken reports l as an inner part of a long name ("Lula" in
// "Luiz Inacio Lula da Silva"), never a particle.
func middleToken(toks []string, l string) bool {
	if len(toks) < 3 || len(l) < 3 {
		return false
	}
	for _, t := range toks[1 : len(toks)-1] {
		if t == l && !nameParticles[t] {
			return true
		}
	}
	return false
}

// initials of an institution name: "Council on Foreign Relations" → "CFR".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "on" || lw == "for" || lw == "and" || lw == "the" || lw == "in" || lw == "&" {
			continue
		}
		r, _ := decode(w, 0)
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}

// sharedMinistryShorts drops the owner-less name ("Ministry of Foreign
// Affairs") of a state's ministry when the article names the same kind of
// ministry of another state too: the bare name then fits either.
func (x *doc) sharedMinistryShorts() {
	var first map[string]string // a ministry's kind → the key of the first state's ministry of it
	var shared map[string]bool
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.kind != "ministry" || m.typ != TypeInstitution || !strings.HasPrefix(m.key, "inst:") {
			continue
		}
		kind := m.key[strings.LastIndexByte(m.key, ':')+1:]
		if first == nil {
			first, shared = map[string]string{}, map[string]bool{}
		}
		if k, ok := first[kind]; !ok {
			first[kind] = m.key
		} else if k != m.key {
			shared[kind] = true
		}
	}
	if len(shared) == 0 {
		return
	}
	for mi := range x.ments {
		if m := &x.ments[mi]; m.short != "" && m.kind == "ministry" && shared[m.key[strings.LastIndexByte(m.key, ':')+1:]] {
			m.short = ""
		}
	}
}

// resolve groups mentions into entities: gazetteer and head-word names by
// key, people by surname and given name, lone surnames to the nearest
// compatible person, acronyms to the long form whose initials they are.
func (x *doc) resolve() {
	byKey := map[string]int{}
	var persons []int
	var byLast wordIndex // persons by the last word of their name, once there are many
	var firms [32]int32  // firms' mentions, gathered when first needed
	nFirms, firmsDone := 0, false
	// the words of the full names already split: an article repeats a
	// person's full name, and splitting it again costs two allocations
	// (the words are only read, so the slice is shared)
	var split [16]struct {
		name string
		toks []string
	}
	nSplit := 0
	x.companyShortForms()
	x.sharedMinistryShorts()
	x.distinctHeldEvents()
	// full names and keyed mentions
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.single || m.acronym || m.typ == "" {
			continue
		}
		if m.typ == TypePerson && !m.titled && m.conf < 0.9 {
			// "The United Kingdom sanctioned Kavir Aerodyne" after "the
			// manufacturer Kavir Aerodyne": a name the article gives a firm
			// elsewhere is that firm, not a person
			if !firmsDone {
				nFirms, firmsDone = x.firmMentions(&firms), true
			}
			for _, f := range firms[:nFirms] {
				if x.ments[f].name == m.name {
					m.typ, m.kind, m.key = TypeInstitution, x.ments[f].kind, x.ments[f].key
					break
				}
			}
		}
		if m.typ == TypePerson {
			var toks []string
			for _, sp := range split[:nSplit] {
				if sp.name == m.name {
					toks = sp.toks
					break
				}
			}
			if toks == nil {
				toks = strings.Fields(strings.ToLower(m.name))
				for i, t := range toks {
					toks[i] = stripArticle(t)
				}
				toks = dropPatronym(toks)
				if nSplit < len(split) {
					split[nSplit].name, split[nSplit].toks = m.name, toks
					nSplit++
				}
			}
			if len(toks) == 1 {
				// "Lvova-Belova", "Mr. Boateng-Addo": a hyphenated surname
				// alone is a lone surname, resolved with the others below
				// (a titled one stays a person if no full name fits)
				m.single, m.typ = true, ""
				m.speaker = m.speaker || !m.titled
				continue
			}
			if len(toks) >= 2 {
				found := -1
				for _, pi := range byLast.of(toks[len(toks)-1], persons) {
					if samePerson(x.ents[pi].toks, toks) {
						found = pi
						break
					}
				}
				if found < 0 {
					found = x.newEntity(m)
					x.ents[found].toks = toks
					persons = append(persons, found)
					byLast.add(x.ents, persons)
				} else if e := x.ents[found]; len(toks) > len(e.toks) {
					e.addAlias(e.name)
					e.name, e.toks = m.name, toks
				}
				x.attach(mi, found)
				continue
			}
		}
		ei, ok := byKey[m.key]
		if !ok {
			ei = x.newEntity(m)
			byKey[m.key] = ei
		}
		x.attach(mi, ei)
	}
	// lone surnames, titled surnames and acronyms, in text order; the
	// full-name positions are sorted, so the nearest one is a binary search
	full := make(map[int][]int, len(persons))
	lastSeen := make(map[int]int, len(persons))
	for _, pi := range persons {
		st := make([]int, len(x.ents[pi].spans))
		for i, sp := range x.ents[pi].spans {
			st[i] = sp.Start
		}
		full[pi] = st
		lastSeen[pi] = -1
	}
	byInner := innerIndex(x.ents, persons)
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.ent >= 0 {
			continue
		}
		if m.acronym {
			x.resolveAcronym(mi, byKey)
			continue
		}
		if !m.single && !(m.typ == TypePerson) {
			continue
		}
		l := surnameKey(strings.ToLower(m.name))
		start := x.toks[m.t0].start
		best, bestDist := -1, 1<<62
		// surnames first; given or inner names ("Taye", "Lula") only
		// when no surname matches
		cands := byLast.of(l, persons)
		bySurname := false
		for _, pi := range cands {
			if t := x.ents[pi].toks; t[len(t)-1] == l {
				bySurname = true
				break
			}
		}
		if !bySurname {
			cands = byInner.of(l, persons)
		}
		for _, pi := range cands {
			e := x.ents[pi]
			if bySurname && e.toks[len(e.toks)-1] != l || !bySurname && e.toks[0] != l && !middleToken(e.toks, l) {
				continue
			}
			// nearest mention of that person, preferring earlier ones
			st := full[pi]
			j := sort.SearchInts(st, start)
			prev := lastSeen[pi]
			if j > 0 && st[j-1] > prev {
				prev = st[j-1]
			}
			d := 1 << 62
			if prev >= 0 && prev < start {
				d = start - prev
			} else if j < len(st) {
				d = st[j] - start + 1<<30
			}
			if d < bestDist {
				best, bestDist = pi, d
			}
		}
		if best >= 0 {
			x.attach(mi, best)
			lastSeen[best] = start
			continue
		}
		if ei := x.shortFormOfBody(mi); ei >= 0 {
			// "the Marula Grain Board (MAGRABOD)", "at MAGRABOD, X said"
			m.typ = TypeInstitution
			x.attach(mi, ei)
			continue
		}
		if !m.titled {
			if ok, seat := x.bodyOpeningWith(mi, l); ok || seat {
				// "Nioman said" after "Nioman Potash Trading"; "to meet
				// Kestova MP X" after "Kestova Dairy Ltd" names a seat,
				// not a person
				continue
			}
		}
		if m.titled || m.speaker {
			m.typ = TypePerson
			if m.prefix != "" {
				m.name = m.prefix + " " + m.name // "King Salman", "Pope Leo"
			}
			m.key = lowerKey("per:", m.name)
			ei, ok := byKey[m.key]
			if !ok {
				ei = x.newEntity(m)
				x.ents[ei].toks = []string{l}
				byKey[m.key] = ei
			}
			x.attach(mi, ei)
			continue
		}
	}
	x.nicknameAliases()
	x.acronymsOfBodies(byKey)
	x.orderEntities()
	// "Somalia's foreign ministry warned": the state is named too
	for e := range x.ents {
		if strings.HasPrefix(x.ents[e].key, "inst:st:") && len(x.ents[e].spans) > 0 {
			x.stateOf(e)
		}
	}
}

// bodyOpeningWith attaches the lone name l of mention mi, outside a
// heading, to an institution whose name opens with it ("Oxford" for
// "Oxford University", "Brenvik said" after "Brenvik Shipping Ltd"). It
// runs after the lone surnames of the article's people were tried, so
// "Dyson said" after "James Dyson" stays his. seat reports a firm opening
// with l that the name was kept from because a role follows it: the name
// is then the role's seat.
func (x *doc) bodyOpeningWith(mi int, l string) (ok, seat bool) {
	m := &x.ments[mi]
	if x.sents[m.sent].heading {
		return false, false
	}
	// a role after the name makes it the role's seat ("Naivasha MP"),
	// unless the role is a firm's own ("Ridgeline CEO X")
	roleAfter := m.t1 < len(x.toks) && x.tokRole[m.t1] >= 0 && !corporateHeads[x.roles[x.tokRole[m.t1]].head]
	start := x.toks[m.t0].start
	for ei, e := range x.ents {
		// the name opens with l and a space ("Brenvik Shipping Ltd"),
		// tested without allocating: this runs for every lone name
		if e.typ != TypeInstitution || len(e.name) <= len(l) || e.name[len(l)] != ' ' || !strings.EqualFold(e.name[:len(l)], l) {
			continue
		}
		if roleAfter && (x.tc[m.t0] || e.kind == "company") {
			// "Naivasha MP Ruth Kamau said", "…, said Naivasha MP Ruth
			// Kamau": the seat of the role, not the firm
			seat = seat || e.kind == "company"
			continue
		}
		if !(x.tc[m.t0] && len(e.spans) > 0 && e.spans[0].Start > start) {
			// at a sentence's start only after the full name: "Brenvik's
			// director said" before the firm is named may be anyone's
			m.typ = TypeInstitution
			x.attach(mi, ei)
			return true, false
		}
	}
	return false, seat
}

// firmMentions puts into out the mentions of firms and organisations
// (not from the gazetteer) with distinct names, up to its size, and
// returns how many.
func (x *doc) firmMentions(out *[32]int32) int {
	n := 0
	for i := range x.ments {
		m := &x.ments[i]
		if m.typ != TypeInstitution || m.gzRole >= 0 || m.kind != "company" && m.kind != "organization" {
			continue
		}
		dup := false
		for _, f := range out[:n] {
			dup = dup || x.ments[f].name == m.name
		}
		if !dup && n < len(out) {
			out[n] = int32(i)
			n++
		}
	}
	return n
}

func (x *doc) resolveAcronym(mi int, byKey map[string]int) {
	m := &x.ments[mi]
	acr := strings.ReplaceAll(m.name, ".", "")
	// "Council on Foreign Relations (CFR)"
	if ei := x.bodyBeforeParen(mi); ei >= 0 {
		m.typ = TypeInstitution
		x.attach(mi, ei)
		return
	}
	for ei, e := range x.ents {
		if e.typ == TypeInstitution && len(acr) >= 2 && (initials(e.name) == acr || slices.Contains(e.aliases, m.name)) {
			m.typ = TypeInstitution
			x.attach(mi, ei)
			return
		}
	}
	// "KVRA Administrator X": the acronym is the body; its other
	// mentions join it (see acronymsOfBodies)
	if m.typ == TypeInstitution {
		ei, ok := byKey[m.key]
		if !ok {
			ei = x.newEntity(m)
			byKey[m.key] = ei
		}
		x.attach(mi, ei)
	}
}

// bodyBeforeParen returns the institution named right before the "("
// that opens mention mi ("Council on Foreign Relations (CFR)"), or -1. A
// tail the name's mention left out may stand between if no space parts
// it from the name ("Liberation Movement-in-Exile (LM-IE)"): the short
// form still names the body the tail belongs to. The run stops at the
// start of the bracket's sentence: a name that ends the sentence before
// ("... the Board.(KRU)") is not the one the brackets shorten.
func (x *doc) bodyBeforeParen(mi int) int {
	m := &x.ments[mi]
	p := m.t0 - 1
	s0 := x.sents[m.sent].t0
	if p <= s0 || x.toks[p].text != "(" {
		return -1
	}
	lo := p - 1 // first token of the space-less run that ends before "("
	for lo > s0 && !x.toks[lo].space {
		lo--
	}
	for k := mi - 1; k >= 0; k-- {
		o := &x.ments[k]
		if o.t1 <= lo {
			break // live mentions are in text order and do not overlap
		}
		if o.ent >= 0 && x.ents[o.ent].typ == TypeInstitution && o.t1 <= p {
			return o.ent
		}
	}
	return -1
}

// capsShortForm reports a mention written wholly in capitals, its parts
// joined by hyphens or dots without spaces ("MAGRABOD", "OPF-IE", "KRU-Y"): the
// shape of a body's short form. A person's name in capitals is a heading
// or a byline, and has no body of that name to join.
func (x *doc) capsShortForm(m *mention) bool {
	for k := m.t0; k < m.t1; k++ {
		t := &x.toks[k]
		if k > m.t0 && t.space || t.kind == tkWord && !t.upper && !(t.cap && len(t.text) == 1) || t.kind != tkWord && t.text != "-" && t.text != "." {
			return false
		}
	}
	return x.toks[m.t0].upper
}

// shortFormOfBody returns the institution a lone name in capitals is the
// short form of, or -1: the body it follows in brackets, or one that
// already carries it as an alias ("the Marula Grain Board (MAGRABOD)" and
// later "officials at MAGRABOD"). Such a name is never typed a person,
// whatever title or speech verb stands beside it.
func (x *doc) shortFormOfBody(mi int) int {
	m := &x.ments[mi]
	if !x.capsShortForm(m) {
		return -1
	}
	if m.t1 < len(x.toks) && x.toks[m.t1].text == ")" {
		if ei := x.bodyBeforeParen(mi); ei >= 0 {
			return ei
		}
	}
	name := x.spanText(m.t0, m.t1) // a caps short form holds no white space
	for ei, e := range x.ents {
		if e.typ == TypeInstitution && slices.Contains(e.aliases, name) {
			return ei
		}
	}
	return -1
}

// acronymsOfBodies gives a bare acronym left unresolved the body its
// own name made elsewhere in the article ("KVRA said" before "KVRA
// Administrator X").
func (x *doc) acronymsOfBodies(byKey map[string]int) {
	for mi := range x.ments {
		m := &x.ments[mi]
		if !m.acronym || m.ent >= 0 {
			continue
		}
		if ei, ok := byKey["org:"+strings.ToLower(strings.ReplaceAll(m.name, ".", ""))]; ok {
			m.typ = TypeInstitution
			x.attach(mi, ei)
		}
	}
}

// orderEntities sorts entities by first mention so that ids are stable
// and readable, and renumbers the mentions' references.
func (x *doc) orderEntities() {
	n := len(x.ents)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	first := func(i int) int {
		if len(x.ents[i].spans) == 0 {
			return 1 << 62
		}
		min := x.ents[i].spans[0].Start
		for _, s := range x.ents[i].spans {
			if s.Start < min {
				min = s.Start
			}
		}
		return min
	}
	firsts := make([]int, n)
	for i := range firsts {
		firsts[i] = first(i)
	}
	slices.SortStableFunc(order, func(a, b int) int { return firsts[a] - firsts[b] })
	newIdx := make([]int, n)
	ents := make([]*entity, n)
	for to, from := range order {
		newIdx[from] = to
		ents[to] = x.ents[from]
	}
	x.ents = ents
	for i := range x.ments {
		if x.ments[i].ent >= 0 {
			x.ments[i].ent = newIdx[x.ments[i].ent]
		}
	}
	// spans are mostly in order already, but a later pass may add a
	// second sorted run (short forms joined after the first pass): a
	// stable sort keeps spans at one offset in the order they came
	cmp := func(a, b Span) int { return a.Start - b.Start }
	for _, e := range x.ents {
		if !slices.IsSortedFunc(e.spans, cmp) {
			slices.SortStableFunc(e.spans, cmp)
		}
	}
}

// companyTails end a company's full name and are left out of its short
// form: "Meridian Aerospace" for "Meridian Aerospace Systems".
var companyTails = set("systems", "group", "holdings", "corporation", "corp", "inc", "ltd", "limited", "company",
	"co", "technologies", "industries", "enterprises", "plc", "llc", "sa", "ag", "international", "incorporated",
	"srl", "sarl", "gmbh", "llp", "pte", "pty", "bhd", "ooo", "jsc", "pjsc")

// companyShortForms gives a company's short form the key of its full
// name when the full name only adds a company word.
func (x *doc) companyShortForms() {
	var full map[string]string // short form → the full name's key
	for i := range x.ments {
		l := &x.ments[i]
		if l.typ != TypeInstitution || l.gzRole >= 0 || l.kind == "state" {
			continue
		}
		// "Lanna Data Services Co., Ltd" → "Lanna Data Services Co." and
		// "Lanna Data Services"
		name := l.name
		for n := 0; n < 3; n++ {
			sp := strings.LastIndexByte(name, ' ')
			if sp <= 0 || !companyTails[strings.Trim(strings.ToLower(name[sp+1:]), ".,")] || wordCount(name[:sp]) < 2 {
				break
			}
			name = strings.TrimRight(name[:sp], ",")
			if full == nil {
				full = map[string]string{}
			}
			full[name] = l.key
		}
	}
	if full == nil {
		return
	}
	for i := range x.ments {
		m := &x.ments[i]
		if m.typ != TypeInstitution || m.gzRole >= 0 || m.kind == "state" {
			continue
		}
		if k, ok := full[m.name]; ok {
			m.key = k
		}
	}
}

// entityByName returns the entity of that name, of any type, or creates
// it when the lexicon knows it as a state (used for the state a title
// implies, such as a Secretary of State's); otherwise -1.
func (x *doc) entityByName(name string) int {
	for i, e := range x.ents {
		if strings.EqualFold(e.name, name) {
			return i
		}
	}
	ge := x.lx.states["st:"+strings.ToLower(name)]
	if ge == nil {
		return -1
	}
	e := &entity{typ: ge.typ, kind: ge.kind, name: ge.canon, key: ge.key, conf: 0.6}
	x.ents = append(x.ents, e)
	return len(x.ents) - 1
}

// nicknameAdverbs may stand before "known as" in a nickname's clause:
// "better known as", "also known as".
var nicknameAdverbs = set("better", "also", "widely", "popularly", "commonly", "locally")

// nicknameAliases joins a person's nickname to the person: "Tarek Yousef
// Hamdi, better known as Abu Layth", "Jean-Marc Brutus (also known as
// "Ti Zoro")", "Brutus, who styles himself "Ti Zoro"". Gang leaders and
// militia commanders go by noms de guerre; read as a second person, the
// nickname was a spurious entity, and the person's later mentions by it
// ("the minister met Abu Layth") went to that entity. The person's name
// must end right before the clause's comma or bracket, in the same
// sentence, and both must be people: "the bloc, better known as IGAD"
// and "the exercise known as Max Thunder" are left alone. The nickname
// must end the clause: "X, known as Y's aide" names a second person Y.
// It runs after
// lone surnames are resolved ("Brutus, who styles himself").
func (x *doc) nicknameAliases() {
	toks := x.toks
	for k := 2; k+2 < len(toks); k++ {
		w := toks[k].lower
		if w != "known" && w != "styles" && w != "calls" {
			continue
		}
		nx := toks[k+1].lower
		if w == "known" && nx != "as" || w != "known" && nx != "himself" && nx != "herself" {
			continue
		}
		q := k + 2
		if isOpenQuote(&toks[q]) || toks[q].text == "\u2018" || toks[q].text == "'" {
			q++
		}
		p := k - 1
		if w == "known" {
			for p > 0 && nicknameAdverbs[toks[p].lower] {
				p--
			}
		} else if toks[p].lower == "who" {
			p--
		} else {
			continue
		}
		if t := toks[p].text; t != "," && t != "(" {
			continue
		}
		pm := x.mentionEndAt(p - 1)
		if pm < 0 || x.ments[pm].ent < 0 || x.ents[x.ments[pm].ent].typ != TypePerson {
			continue
		}
		pe := x.ments[pm].ent
		// the nickname: a mention, or a run of capitalised words the
		// recogniser left (a lone "Abu Layth" after "as" makes no person
		// of its own). Either must end the clause: "known as Tarek
		// Hamdi's aide" names another person, who is no nickname.
		nick := ""
		if a := x.mentionStartAt(q); a >= 0 {
			if x.ments[a].sent != x.ments[pm].sent {
				continue
			}
			if ae := x.ments[a].ent; ae >= 0 && x.ents[ae].typ != TypePerson {
				continue
			}
			if e := x.ments[a].t1; e < len(toks) && (toks[e].kind == tkWord || toks[e].kind == tkPoss) {
				continue
			}
			nick = x.ments[a].name
		} else {
			e := q
			for e < len(toks) && e < q+4 && toks[e].cap && toks[e].kind == tkWord && x.tokMent[e] < 0 {
				e++
			}
			if e-q < 2 || e < len(toks) && (toks[e].kind == tkWord || toks[e].kind == tkPoss) {
				continue
			}
			nick = normText(x.spanText(q, e))
		}
		x.joinNickname(pe, nick)
	}
}

// joinNickname moves to person pe the mentions of the person entity
// named nick, and gives pe the nickname as an alias.
func (x *doc) joinNickname(pe int, nick string) {
	x.ents[pe].addAlias(nick)
	for ae, e := range x.ents {
		if ae == pe || e.typ != TypePerson || !sameName(e.name, nick) {
			continue
		}
		for mi := range x.ments {
			if x.ments[mi].ent == ae {
				x.attach(mi, pe)
			}
		}
		e.spans, e.aliases, e.weak = e.spans[:0], nil, true
	}
}
