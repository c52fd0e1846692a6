package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is one stretch of text that names (or may name) an entity.
type mention struct {
	t0, t1  int
	sent    int
	typ     string // entity type; "" for a candidate that resolution decides
	kind    string
	key     string // resolution key; equal keys are one entity
	name    string // preferred display name
	conf    float64
	gzRole  int  // gazetteer role, -1 when not from a gazetteer
	weak    bool // a demonym: does not create an entity on its own
	single  bool // a lone capitalised word: a surname candidate
	acronym bool
	titled  bool // preceded by a title ("President Trump")
	speaker bool // directly before a speech verb
	dead    bool // absorbed into a longer mention
	ent     int  // entity index after resolution
}

// roleSpan is a role or title in the text ("Russian Deputy Foreign
// Minister" has the role span "Deputy Foreign Minister").
type roleSpan struct {
	t0, t1 int // with modifiers
	h0     int // first token of the lexicon phrase
	sent   int
	tp     *titlePhrase
	text   string // lower case
	head   string // last word of the lexicon phrase
	plural bool   // "officials", "foreign ministers": never one person
}

// ambiguousLower are names that are ordinary words when lower-case.
var ambiguousLower = set("china", "turkey", "chad", "jordan", "georgia", "guinea", "japan", "niger", "us", "is",
	"mali", "oman", "peru", "cuba", "wales", "washington", "nice", "reading", "bath", "mobile")

var languageWords = set("arabic", "english", "russian", "spanish", "french", "german", "chinese", "turkish",
	"persian", "ukrainian", "español", "deutsch", "africa", "america", "international", "world")

// titleCaseWord returns w with its first letter upper-cased when w is all
// lower case ("putin" → "Putin"); other spellings are kept.
func titleCaseWord(w string) string {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return w
		}
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

func (x *doc) spanText(t0, t1 int) string {
	return x.text[x.toks[t0].start:x.toks[t1-1].end]
}

// normText collapses internal white space (names may wrap lines).
func normText(s string) string {
	if !strings.ContainsAny(s, "\n\t\r\u00a0") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func (x *doc) addMention(m mention) int {
	m.ent = -1
	x.ments = append(x.ments, m)
	idx := len(x.ments) - 1
	for k := m.t0; k < m.t1; k++ {
		x.used[k] = true
	}
	return idx
}

// recognize finds mentions and role spans in every sentence.
func (x *doc) recognize() {
	for si := range x.sents {
		x.gazetteerPass(si)
		x.rolePass(si)
		x.chunkPass(si)
		x.eventPass(si)
	}
	x.lowerSurnames()
	// order mentions by position and index them by token
	live := x.ments[:0]
	for _, m := range x.ments {
		if !m.dead {
			live = append(live, m)
		}
	}
	x.ments = live
	sortMentions(x.ments)
	for i := range x.tokMent {
		x.tokMent[i] = -1
	}
	for i, m := range x.ments {
		for k := m.t0; k < m.t1; k++ {
			x.tokMent[k] = int32(i)
		}
	}
	for i := range x.tokRole {
		x.tokRole[i] = -1
	}
	for i, r := range x.roles {
		for k := r.t0; k < r.t1; k++ {
			x.tokRole[k] = int32(i)
		}
	}
}

func sortMentions(ms []mention) {
	// insertion sort: mentions are nearly sorted already
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].t0 < ms[j-1].t0; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func (x *doc) prevWord(i, lo int) int {
	for k := i - 1; k >= lo; k-- {
		if x.toks[k].kind != tkPunct || x.toks[k].text == "," {
			return k
		}
	}
	return -1
}

// gazetteerPass matches the gazetteers, longest phrase first, and decides
// for capitals whether they act (the state) or are places.
func (x *doc) gazetteerPass(si int) {
	s := &x.sents[si]
	toks := x.toks
	for i := s.t0; i < s.t1; i++ {
		t := &toks[i]
		if x.used[i] || t.kind == tkPunct || t.kind == tkPoss {
			continue
		}
		ps := x.lx.gz[t.lower]
		var hit *gzPhrase
		for _, p := range ps {
			n := len(p.toks)
			if i+n > s.t1 {
				continue
			}
			ok := true
			anyCap := false
			for k := 0; k < n; k++ {
				tk := &toks[i+k]
				if tk.lower != p.toks[k] || x.used[i+k] {
					ok = false
					break
				}
				if tk.cap {
					anyCap = true
				}
				if p.exact && tk.kind == tkWord && !(tk.upper || len(tk.text) == 1 && tk.cap || tk.dotted && strings.ToUpper(tk.text) == tk.text) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if !anyCap {
				// lower-case only for unambiguous state and place names
				if n == 1 && (ambiguousLower[t.lower] || x.lx.common[t.lower] || p.entry.kind != "state" && p.entry.typ != TypePlace) {
					continue
				}
			}
			if p.common && (!t.cap || x.tc[i]) {
				continue
			}
			hit = p
			break
		}
		if hit == nil {
			continue
		}
		n := len(hit.toks)
		e := hit.entry
		m := mention{t0: i, t1: i + n, sent: si, typ: e.typ, kind: e.kind, key: e.key, name: e.canon, conf: 0.95, gzRole: hit.role}
		j := i + n // first token after the phrase
		instDone := false
		switch hit.role {
		case gzDemonym:
			m.weak = true
			m.conf = 0.8
			instDone = x.demonymInstitution(&m, j, s.t1)
		case gzCapital:
			if x.capitalIsPlace(i, j, s) {
				m.typ, m.kind, m.key, m.name = TypePlace, "city", "pl:"+strings.ToLower(hit.surface), hit.surface
				m.conf = 0.8
			} else {
				m.conf = 0.85
			}
		case gzSeat:
			m.conf = 0.9
		}
		if e.kind == "state" && m.typ == TypeInstitution && !m.weak && !instDone {
			// "the U.S. government", "Russia's government"
			k := j
			if k < s.t1 && toks[k].kind == tkPoss {
				k++
			}
			if k < s.t1 && govNouns[toks[k].lower] && !toks[k].cap {
				m.t1 = k + 1
			} else if k < s.t1 && toks[k].kind != tkPoss && !x.used[k] {
				x.possInstitution(&m, k, s.t1)
			}
		}
		if e.kind == "media" && m.t1 < s.t1 && toks[m.t1].cap && languageWords[toks[m.t1].lower] {
			m.name = e.canon + " " + toks[m.t1].text
			m.key = "org:" + strings.ToLower(m.name)
			m.t1++
		}
		// "G20 summit", "NATO summit", "Istanbul prisoner exchange",
		// "Odesa grain terminal attack"
		if m.t1 < s.t1 && (e.typ == TypePlace || e.kind == "international" || hit.role == gzCapital) {
			for h := m.t1; h < s.t1 && h <= m.t1+2; h++ {
				ht := &toks[h]
				cls, ok := eventHeads[ht.lower]
				if ok && !ht.cap && (cls == "summit" || cls == "exchange" || cls == "attack" && (e.typ == TypePlace || hit.role == gzCapital)) {
					name := normText(x.spanText(i, h+1))
					mod := toks[i].lower
					m = mention{t0: i, t1: h + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + mod, name: name, conf: 0.75, gzRole: -1}
					break
				}
				if ht.kind != tkWord || ht.cap || stopCaps[ht.lower] || x.used[h] || !x.lx.common[ht.lower] {
					break
				}
			}
		}
		x.addMention(m)
		i = m.t1 - 1
	}
}

// demonymInstitution turns "Russian Foreign Ministry", "the Russian
// embassy" or "the Russian government" into one mention. It reports
// whether it changed m.
func (x *doc) demonymInstitution(m *mention, j, end int) bool {
	toks := x.toks
	if j >= end || x.used[j] {
		return false
	}
	w := toks[j].lower
	if govNouns[w] && !toks[j].cap {
		m.t1 = j + 1
		m.weak = false
		m.conf = 0.85
		return true
	}
	return x.possInstitution(m, j, end)
}

var ministryWords = set("foreign", "defense", "defence", "finance", "interior", "justice", "economy", "energy", "trade",
	"health", "education", "emergencies", "emergency", "culture", "agriculture", "transport")

// possInstitution reads "<state> foreign ministry", "<state> embassy",
// "<state> central bank" after a state name or demonym at j.
func (x *doc) possInstitution(m *mention, j, end int) bool {
	toks := x.toks
	w := toks[j].lower
	demonym := x.lx.demonymOf[m.key]
	if demonym == "" {
		demonym = m.name
	}
	set := func(t1 int, what, kind string) bool {
		for k := j; k < t1; k++ {
			if x.used[k] {
				return false
			}
		}
		m.t1 = t1
		m.typ, m.kind, m.weak, m.conf = TypeInstitution, kind, false, 0.75
		m.name = demonym + " " + what
		m.key = "inst:" + m.key + ":" + strings.ToLower(what)
		m.gzRole = -1
		return true
	}
	switch {
	case ministryWords[w] && j+1 < end && toks[j+1].lower == "ministry":
		return set(j+2, titleCaseWord(w)+" Ministry", "ministry")
	case w == "ministry" && j+2 < end && toks[j+1].lower == "of" && ministryWords[toks[j+2].lower]:
		return set(j+3, titleCaseWord(toks[j+2].lower)+" Ministry", "ministry")
	case w == "embassy":
		return set(j+1, "Embassy", "embassy")
	case w == "diplomatic" && j+1 < end && toks[j+1].lower == "mission":
		return set(j+2, "Embassy", "embassy")
	case w == "central" && j+1 < end && toks[j+1].lower == "bank":
		return set(j+2, "Central Bank", "agency")
	case w == "parliament":
		return set(j+1, "Parliament", "parliament")
	}
	return false
}

// capitalIsPlace decides whether a capital at [i, j) is a place ("an
// event in San Francisco", "ambassador to Washington", a dateline) rather
// than its government acting ("Moscow said").
func (x *doc) capitalIsPlace(i, j int, s *sentence) bool {
	toks := x.toks
	p := i - 1
	if p >= s.t0 && toks[p].lower == "the" {
		p--
	}
	if p >= s.t0 {
		switch toks[p].lower {
		case "in", "at", "near", "outside", "across", "around", "via", "into", "inside", "toward", "towards",
			"through", "downtown", "central", "visit", "visited", "visiting", "trip", "travelled", "traveled", "flew", "arrived":
			return true
		case "to":
			for k := p - 1; k >= s.t0 && k >= p-4; k-- {
				switch toks[k].lower {
				case "ambassador", "envoy", "trip", "visit", "travel", "travelled", "traveled", "travels", "flew",
					"arrived", "returned", "came", "went", "moved", "delegation", "embassy", "mission", "journey", "flight", "consul":
					return true
				}
			}
		}
	}
	// dateline: "Washington D.C. – …", "MOSCOW (Reuters) –"
	if i == s.t0 {
		k := j
		if k < s.t1 && (toks[k].text == "," || toks[k].text == "(") {
			return true
		}
		if k < s.t1 && (toks[k].text == "\u2013" || toks[k].text == "\u2014" || toks[k].text == "-") {
			return true
		}
	}
	// "the Moscow region", "Washington area", "Moscow time"
	if j < s.t1 {
		switch toks[j].lower {
		case "region", "area", "time", "metro", "suburbs", "residents", "airport", "oblast", "mayor", "city":
			return true
		}
	}
	return false
}

// rolePass finds titles and roles, with the modifiers before them.
func (x *doc) rolePass(si int) {
	s := &x.sents[si]
	toks := x.toks
	for i := s.t0; i < s.t1; i++ {
		t := &toks[i]
		if x.used[i] || t.kind != tkWord {
			continue
		}
		var hit *titlePhrase
		plural := false
		for _, tp := range x.lx.titles[t.lower] {
			n := len(tp.toks)
			if i+n > s.t1 {
				continue
			}
			ok := true
			for k := 0; k < n; k++ {
				w := toks[i+k].lower
				if k == n-1 && w != tp.toks[k] && len(w) > 3 && w[len(w)-1] == 's' && !tp.honor {
					w = w[:len(w)-1] // plural: "foreign ministers"
					plural = w == tp.toks[k]
				}
				if w != tp.toks[k] || x.used[i+k] {
					ok = false
					break
				}
			}
			if ok {
				hit = tp
				break
			}
		}
		if hit == nil && len(t.lower) > 3 && t.lower[len(t.lower)-1] == 's' {
			for _, tp := range x.lx.titles[t.lower[:len(t.lower)-1]] {
				if len(tp.toks) == 1 && !tp.honor {
					hit = tp
					plural = true
					break
				}
			}
		}
		if hit == nil {
			continue
		}
		n := len(hit.toks)
		// "Lee" is a name in "Mr Lee", but "Pro Tip" is not a title.
		if hit.honor && (i+n >= s.t1 || !toks[i+n].cap && !(i+n+1 < s.t1 && toks[i+n].text == "." && toks[i+n+1].cap)) {
			continue
		}
		r := roleSpan{t0: i, t1: i + n, h0: i, sent: si, tp: hit, head: hit.toks[n-1], plural: plural}
		if hit.honor && r.t1 < s.t1 && toks[r.t1].text == "." {
			r.t1++
		}
		for k := i - 1; k >= s.t0; k-- {
			tk := &toks[k]
			if x.used[k] || tk.kind != tkWord {
				break
			}
			if roleModifiers[tk.lower] || tk.cap && !x.tc[k] && x.lx.common[tk.lower] && !stopCaps[tk.lower] && k > s.t0 && toks[k-1].kind != tkWord {
				r.t0 = k
				continue
			}
			if tk.cap && x.lx.common[tk.lower] && !stopCaps[tk.lower] && k+1 == r.t0 && toks[r.t0].cap {
				r.t0 = k // "Leading Economic Negotiator"
				continue
			}
			break
		}
		r.text = strings.ToLower(normText(x.spanText(r.t0, r.t1)))
		r.text = strings.TrimSuffix(r.text, ".")
		x.roles = append(x.roles, r)
		for k := r.t0; k < r.t1; k++ {
			x.used[k] = true
		}
		i = r.t1 - 1
	}
}

// lowerSurnames adds mentions for lower-cased surnames of people named
// in full elsewhere ("callaghan added"): case is not identity.
func (x *doc) lowerSurnames() {
	var sur map[string]bool
	for i := range x.ments {
		m := &x.ments[i]
		if m.typ != TypePerson || m.dead || m.t1-m.t0 < 2 {
			continue
		}
		last := x.toks[m.t1-1].lower
		if x.lx.common[last] || len(last) < 3 {
			continue
		}
		if sur == nil {
			sur = map[string]bool{}
		}
		sur[last] = true
	}
	if sur == nil {
		return
	}
	for si := range x.sents {
		s := &x.sents[si]
		for k := s.t0; k < s.t1; k++ {
			t := &x.toks[k]
			if t.kind != tkWord || t.cap || x.used[k] || !sur[t.lower] {
				continue
			}
			x.addMention(mention{t0: k, t1: k + 1, sent: si, name: titleCaseWord(t.text), conf: 0.5, single: true, gzRole: -1})
		}
	}
}

// isProper says whether token i can be part of a name.
func (x *doc) isProper(i int) bool {
	t := &x.toks[i]
	if x.used[i] || t.kind != tkWord || !t.cap {
		return false
	}
	if stopCaps[t.lower] || x.lx.speech[t.lower] {
		return false
	}
	if x.tc[i] && x.lx.common[t.lower] {
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

// isNameTail accepts a lower-case surname after a given name ("Kirill
// dmitriev") when it is not an ordinary word.
func (x *doc) isNameTail(i int) bool {
	t := &x.toks[i]
	if x.used[i] || t.kind != tkWord || t.cap {
		return false
	}
	return !x.lx.common[t.lower] && !stopCaps[t.lower] && !x.lx.speech[t.lower] && len(t.lower) > 2
}

// chunkPass groups remaining capitalised words into names and classifies
// them: institutions and events by their head word, people by given
// names, titles and shape.
func (x *doc) chunkPass(si int) {
	s := &x.sents[si]
	toks := x.toks
	for i := s.t0; i < s.t1; i++ {
		start := i
		lowerFirst := false
		if !x.isProper(i) {
			// "donald Trump": a lower-case given name before a capitalised word
			t := &toks[i]
			if !(t.kind == tkWord && !t.cap && !x.used[i] && x.lx.first[t.lower] && !x.lx.common[t.lower] && i+1 < s.t1 && x.isProper(i+1)) {
				continue
			}
			lowerFirst = true
		}
		j := i + 1
		hasHead := false
		if _, ok := instHeads[toks[i].lower]; ok {
			hasHead = true
		}
		if _, ok := eventHeads[toks[i].lower]; ok {
			hasHead = true
		}
		for j < s.t1 {
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
			if t.kind == tkWord && !t.cap && connectors[t.lower] && hasHead && j+1 < s.t1 && x.isProper(j+1) && t.lower != "and" {
				j += 2
				continue
			}
			// "Bank of Russia", "Institute for Pacific Security"
			if t.kind == tkWord && !t.cap && (t.lower == "of" || t.lower == "for") && hasHead && j+1 < s.t1 && x.used[j+1] && toks[j+1].cap {
				if g := x.mentionStartingAt(j + 1); g >= 0 && x.ments[g].gzRole == gzName && (x.ments[g].kind == "state" || x.ments[g].typ == TypePlace) {
					x.ments[g].dead = true
					for q := x.ments[g].t0; q < x.ments[g].t1; q++ {
						x.used[q] = false
					}
					j = x.ments[g].t1
					continue
				}
			}
			if t.kind == tkWord && (t.lower == "and" || t.lower == "&") && hasHead && j+1 < s.t1 && x.isProper(j+1) && x.chunkHasConnector(start, j) {
				j += 2
				continue
			}
			if t.kind == tkWord && nameParticles[t.lower] && !hasHead && j+1 < s.t1 && (x.isProper(j+1) || toks[j+1].text == "-" && j+2 < s.t1 && x.isProper(j+2)) {
				j++
				continue
			}
			if t.text == "-" && !t.space && j+1 < s.t1 && !toks[j+1].space && (x.isProper(j+1) || !hasHead && x.isNameTail(j+1) && j+2 < s.t1 && x.isProper(j+2)) {
				j += 2
				continue
			}
			break
		}
		x.classifyChunk(si, start, j, lowerFirst)
		i = j - 1
	}
}

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
	for k := len(x.ments) - 1; k >= 0 && k >= len(x.ments)-4; k-- {
		m := &x.ments[k]
		if m.t1 == i && !m.dead && m.gzRole >= 0 && (m.kind == "state" || m.typ == TypePlace) {
			return k
		}
	}
	return -1
}

func (x *doc) roleBefore(i int) *roleSpan {
	if n := len(x.roles); n > 0 && x.roles[n-1].t1 == i {
		return &x.roles[n-1]
	}
	return nil
}

func (x *doc) classifyChunk(si, a, b int, lowerFirst bool) {
	toks := x.toks
	s := &x.sents[si]
	if a >= b {
		return
	}
	// Event with its head inside: "Cold War", "Cuban Missile Crisis",
	// cut after the head ("Cold War Détente" → "Cold War").
	for k := a; k < b; k++ {
		cls, ok := eventHeads[toks[k].lower]
		if !ok || !toks[k].cap {
			continue
		}
		start := a
		g := -1
		if k == a {
			if g = x.gzBefore(a, s.t0); g < 0 {
				break
			}
			start = x.ments[g].t0
			if x.ments[g].kind == "state" && cls != "war" && cls != "crisis" && cls != "revolution" {
				break
			}
		} else if !x.hasProperModifier(a, k) {
			if g = x.gzBefore(a, s.t0); g < 0 {
				break
			}
			start = x.ments[g].t0
		}
		if g >= 0 {
			x.ments[g].dead = true
			for q := x.ments[g].t0; q < x.ments[g].t1; q++ {
				x.used[q] = false
			}
		}
		name := normText(x.spanText(start, k+1))
		key := "ev:" + cls + ":" + strings.ToLower(toks[start].text)
		if g >= 0 && x.ments[g].kind == "state" {
			key = "ev:" + cls + ":" + x.ments[g].key
		}
		x.addMention(mention{t0: start, t1: k + 1, sent: si, typ: TypeEvent, kind: cls, key: key, name: name, conf: 0.8, gzRole: -1})
		if k+1 < b {
			x.classifyChunk(si, k+1, b, false)
		}
		return
	}
	last := b - 1
	// Institution: "Stanford University", "Council on Foreign Relations",
	// "Ministry of Defence", "Moscow State University".
	kind, lastHead := instHeads[toks[last].lower]
	firstKind, firstHead := instHeads[toks[a].lower]
	if firstHead && b-a >= 3 && connectors[toks[a+1].lower] && firstKind != "media" && x.hasProperModifier(a+2, b) {
		kind, lastHead = firstKind, true
	}
	// "Meridian Institute for Strategic Dialogue": a head followed by a connector
	for k := a + 1; !lastHead && k+2 < b; k++ {
		if hk, ok := instHeads[toks[k].lower]; ok && toks[k].cap && connectors[toks[k+1].lower] && hk != "media" && x.hasProperModifier(a, k) {
			kind, lastHead = hk, true
		}
	}
	if lastHead && toks[last].cap {
		start := a
		g := x.gzBefore(a, s.t0)
		proper := x.hasProperModifier(a, last) || firstHead && b-a >= 3
		if g >= 0 && (x.ments[g].kind == "state" || x.ments[g].typ == TypePlace) && (x.ments[g].gzRole == gzName || x.ments[g].gzRole == gzCapital || x.ments[g].gzRole == gzDemonym) {
			if kind == "ministry" || kind == "embassy" || b-a >= 2 || proper || x.ments[g].gzRole != gzDemonym {
				start = x.ments[g].t0
				x.ments[g].dead = true
				proper = true
			}
		}
		if proper && (b-start >= 2) {
			name := normText(x.spanText(start, b))
			name = strings.TrimPrefix(name, "the ")
			x.addMention(mention{t0: start, t1: b, sent: si, typ: TypeInstitution, kind: kind, key: "org:" + strings.ToLower(name), name: name, conf: 0.8, gzRole: -1})
			return
		}
	}
	// Event named by what follows: "the Crocus incident".
	if b < s.t1 {
		if cls, ok := eventHeads[toks[b].lower]; ok && !toks[b].cap && (cls == "attack" || cls == "summit") && b-a <= 3 {
			name := normText(x.spanText(a, b)) + " " + toks[b].lower
			x.addMention(mention{t0: a, t1: b + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + strings.ToLower(toks[a].text), name: name, conf: 0.7, gzRole: -1})
			return
		}
	}
	if venueHeads[toks[last].lower] && b-a >= 2 && x.hasProperModifier(a, last) {
		name := normText(x.spanText(a, b))
		x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePlace, kind: "place", key: "pl:" + strings.ToLower(name), name: name, conf: 0.7, gzRole: -1})
		return
	}
	// People and surname candidates. Trim ordinary words at the edges
	// ("Dmitriev Follows" → "Dmitriev"), unless a given name starts it.
	firstName := x.lx.first[toks[a].lower]
	r := x.roleBefore(a)
	titled := r != nil && (r.tp.title || r.tp.honor) || x.appositiveCue(si, a, b)
	if !firstName && !titled {
		for a < b && toks[a].kind == tkWord && x.lx.common[toks[a].lower] && !x.tc[a] {
			// a capitalised ordinary word mid-sentence: keep it only
			// when the next word is a name too
			break
		}
		for b > a && x.lx.common[toks[b-1].lower] {
			b--
		}
		for a < b && x.lx.common[toks[a].lower] {
			a++
		}
	}
	for b > a && (toks[b-1].kind != tkWord || nameParticles[toks[b-1].lower]) {
		b--
	}
	if a >= b {
		return
	}
	words := 0
	for k := a; k < b; k++ {
		if toks[k].kind == tkWord && !nameParticles[toks[k].lower] {
			words++
		}
		if regionAdjectives[toks[k].lower] && !firstName {
			return
		}
	}
	if words > 4 {
		if !firstName {
			return
		}
		// keep the given name and what follows it, up to three words
		n := 0
		k := a
		for ; k < b && n < 3; k++ {
			if toks[k].kind == tkWord {
				n++
			}
		}
		b = k
		words = 3
	}
	if words == 1 {
		t := &toks[a]
		if t.upper && len(t.text) >= 2 && len(t.text) <= 6 && !titled {
			x.addMention(mention{t0: a, t1: b, sent: si, key: "acr:" + t.text, name: t.text, conf: 0.6, acronym: true, gzRole: -1})
			return
		}
		if !titled && (x.tc[a] && x.lx.common[t.lower]) {
			return
		}
		m := mention{t0: a, t1: b, sent: si, name: titleCaseWord(t.text), conf: 0.5, single: true, titled: titled, gzRole: -1}
		if titled {
			m.typ, m.conf = TypePerson, 0.8
		}
		m.speaker = x.speechFollows(b, s.t1)
		x.addMention(m)
		return
	}
	conf := 0.0
	switch {
	case firstName:
		conf = 0.9
	case titled:
		conf = 0.85
	case !x.tc[a] || !x.lx.common[toks[a].lower]:
		conf = 0.6
		for k := a; k < b; k++ {
			if x.lx.common[toks[k].lower] {
				conf = 0
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
			if nameParticles[toks[k].lower] {
				parts = append(parts, toks[k].text)
			} else {
				parts = append(parts, titleCaseWord(toks[k].text))
			}
		} else if len(parts) > 0 {
			parts[len(parts)-1] += toks[k].text
			if k+1 < b {
				parts[len(parts)-1] += toks[k+1].text
				k++
			}
		}
	}
	name := strings.Join(parts, " ")
	x.addMention(mention{t0: a, t1: b, sent: si, typ: TypePerson, key: "per:" + strings.ToLower(name), name: name, conf: conf, titled: titled, gzRole: -1})
}

// appositiveCue reports a name set off by commas next to a role:
// "China's special representative for Eurasian affairs, Tang Yiwen," or
// "Tang Yiwen, China's special representative".
func (x *doc) appositiveCue(si, a, b int) bool {
	s := &x.sents[si]
	toks := x.toks
	if a-1 > s.t0 && toks[a-1].text == "," {
		for k := a - 2; k >= s.t0 && k >= a-7; k-- {
			if toks[k].text == "," || toks[k].text == "." {
				break
			}
			if n := len(x.roles); n > 0 && x.roles[n-1].t1 > k && x.roles[n-1].t0 <= k && x.roles[n-1].tp.title {
				return b >= s.t1 || toks[b].kind == tkPunct
			}
		}
	}
	if b+1 < s.t1 && toks[b].text == "," {
		k := b + 1
		for k < s.t1 && k < b+6 {
			l := toks[k].lower
			if l == "the" || l == "a" || l == "an" || l == "former" || toks[k].kind == tkPoss || x.used[k] || toks[k].cap {
				k++
				continue
			}
			if tps := x.lx.titles[l]; len(tps) > 0 && tps[len(tps)-1].title {
				return true
			}
			for _, w := range []string{"minister", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "adviser", "representative", "president", "official", "diplomat", "director", "chief", "head"} {
				if strings.HasSuffix(l, w) {
					return true
				}
			}
			if roleModifiers[l] {
				k++
				continue
			}
			break
		}
	}
	return false
}

// hasProperModifier reports a word in [a, b) that is a name rather than a
// title-cased ordinary word.
func (x *doc) hasProperModifier(a, b int) bool {
	for k := a; k < b; k++ {
		t := &x.toks[k]
		if t.kind != tkWord || connectors[t.lower] {
			continue
		}
		if !x.tc[k] || !x.lx.common[t.lower] {
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

// eventPass finds events written with lower-case heads: "the war in
// Ukraine", "the Ukraine conflict", "the attack at Crocus City Hall".
func (x *doc) eventPass(si int) {
	s := &x.sents[si]
	toks := x.toks
	for i := s.t0; i < s.t1; i++ {
		cls, ok := eventHeads[toks[i].lower]
		if !ok || x.used[i] {
			continue
		}
		// <state> war / conflict
		if (cls == "war" || cls == "crisis") && i > s.t0 {
			if mi := x.mentionEndingAt(i); mi >= 0 {
				m := &x.ments[mi]
				if m.kind == "state" && m.typ == TypeInstitution && m.gzRole == gzName {
					a := m.t0
					if a-2 >= s.t0 && toks[a-1].text == "-" {
						if mj := x.mentionEndingAt(a - 1); mj >= 0 && x.ments[mj].kind == "state" {
							a = x.ments[mj].t0
						}
					}
					name := normText(x.spanText(a, i)) + " " + toks[i].lower
					x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + m.key, name: name, conf: 0.75, gzRole: -1})
					continue
				}
			}
		}
		if i+1 >= s.t1 {
			continue
		}
		p := i + 1
		prep := toks[p].lower
		if prep != "in" && prep != "at" && prep != "on" && prep != "against" {
			continue
		}
		q := p + 1
		if q < s.t1 && toks[q].lower == "the" {
			q++
		}
		if q >= s.t1 {
			continue
		}
		mi := x.mentionStartingAt(q)
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		switch {
		case (cls == "war" || cls == "crisis") && prep == "in" && m.kind == "state" && m.typ == TypeInstitution:
			name := toks[i].lower + " in " + m.name
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + m.key, name: name, conf: 0.75, gzRole: -1})
		case cls == "attack" && (prep == "at" || prep == "in" || prep == "on") && m.typ == TypePlace && m.kind == "place":
			// a named venue, not a city or a country
			name := m.name + " " + toks[i].lower
			first := strings.ToLower(x.toks[m.t0].text)
			m.dead = true
			x.addMention(mention{t0: i, t1: m.t1, sent: si, typ: TypeEvent, kind: cls, key: "ev:attack:" + first, name: name, conf: 0.75, gzRole: -1})
		case cls == "summit" && (prep == "in" || prep == "at") && m.typ == TypePlace:
			name := m.name + " " + toks[i].lower
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:summit:" + strings.ToLower(x.toks[m.t0].text), name: name, conf: 0.7, gzRole: -1})
		}
	}
}

func (x *doc) mentionEndingAt(i int) int {
	for k := len(x.ments) - 1; k >= 0; k-- {
		if x.ments[k].t1 == i && !x.ments[k].dead {
			return k
		}
	}
	return -1
}

func (x *doc) mentionStartingAt(i int) int {
	for k := len(x.ments) - 1; k >= 0; k-- {
		if x.ments[k].t0 == i && !x.ments[k].dead {
			return k
		}
	}
	return -1
}
