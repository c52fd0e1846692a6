package ingest

import (
	"slices"
	"strings"
)

// Other legislatures written with the bare word of an American chamber.
//
// The gazetteer knows the United States Senate, Congress and House of
// Representatives by their bare words, which every other legislature
// shares. stateOrgan reads the state before the word ("the Kenyan
// Senate"); the readings here cover the other ways a news page names
// another chamber: the state after it ("the Senate of Haiti", "the
// Congress of Guatemala"), the word "National" before it ("the National
// Congress" of a Latin American republic) and a region before it ("the
// Ohio House of Representatives", a state legislature, not the federal
// House).

// usChamberWords returns the chamberWords entry the gazetteer phrase is
// when it is the bare word of an American federal chamber ("Senate" for
// the United States Senate), else nil.
func usChamberWords(hit *gzPhrase) []string {
	e := hit.entry
	if e.kind != "parliament" || !strings.HasPrefix(e.canon, "United States ") {
		return nil
	}
	for _, o := range chamberWords {
		if o.kind == "parliament" && slices.Equal(o.toks, hit.toks) {
			return o.toks
		}
	}
	return nil
}

// foreignChamber reads the bare word of an American chamber at i as
// another legislature's name when the text says whose it is, adds that
// mention and reports it. "Senate of Haiti": the state after "of" (its
// own name, not a demonym or the United States) is part of the name,
// keyed as the state's organ like "Haiti's Senate". "National
// Congress": the capitalised word opens the chamber's own name, unless
// a longer name stands before it ("Indian National Congress" is
// matched whole by the gazetteer; an unread capitalised word before
// "National" is left alone). "Ohio House of Representatives": a region
// the gazetteer reads as a place, right before the word, names its own
// chamber. A capitalised word after the phrase ("Senate Foreign
// Relations Committee") was already left to the chunker by
// longerNameFollows. "The National Congress of Brazil" keeps
// "National" and is keyed as Brazil's chamber, like "Brazil's National
// Congress" and "the Brazilian Congress". "The Congress of the
// Republic" is a republic's own legislature. A capitalised name after
// "of" that is no state ("Congress of South African Trade Unions") is a
// longer name, left to the chunker; "the National Congress of the
// Communist Party" is the party's meeting, read as nothing. It returns
// the token after what it read (a longer name is left unread, to the
// chunker), or -1 when the phrase is the American chamber.
func (x *doc) foreignChamber(i int, hit *gzPhrase, si int, s *sentence) int {
	organ := usChamberWords(hit)
	if organ == nil {
		return -1
	}
	toks := x.toks
	n := len(hit.toks)
	j := i + n
	if j+1 < s.t1 && toks[j].lower == "of" && !x.used[j] {
		k := j + 1
		if toks[k].lower == "the" && k+1 < s.t1 {
			k++
		}
		p := x.phraseAt(k, 0, s)
		if p != nil && p.role == gzName && p.entry.kind == "state" && p.entry.key != usKey {
			t1 := k + len(p.toks)
			free := true
			for q := k; q < t1; q++ {
				free = free && !x.used[q]
			}
			if free && !(t1 < s.t1 && toks[t1].kind == tkWord && toks[t1].cap) {
				t0 := i
				if q := i - 1; q >= s.t0 && toks[q].lower == "national" && toks[q].cap && !x.used[q] {
					t0 = q // "the National Congress of Brazil"
				}
				name := normText(x.spanText(t0, t1))
				x.addMention(mention{t0: t0, t1: t1, sent: si, typ: TypeInstitution, kind: "parliament",
					key: "inst:" + p.entry.key + ":" + strings.Join(organ, " "), name: name, conf: 0.75, gzRole: -1})
				return t1
			}
		}
		if toks[k].lower == "republic" && toks[k-1].lower == "the" && toks[k].cap && !x.used[k] && !(k+1 < s.t1 && (toks[k+1].lower == "of" || toks[k+1].kind == tkWord && toks[k+1].cap)) {
			// "the Congress of the Republic" (Peru's, Guatemala's): a
			// republic's own legislature, never the American one
			name := normText(x.spanText(i, k+1))
			x.addMention(mention{t0: i, t1: k + 1, sent: si, typ: TypeInstitution, kind: "parliament",
				key: lowerKey("org:", name), name: name, conf: 0.75, gzRole: -1})
			return k + 1
		}
		if (p == nil || p.entry.key != usKey) && toks[k].kind == tkWord && toks[k].cap && !toks[k].upper && !x.used[k] {
			// "Congress of South African Trade Unions": a longer name,
			// the chunker's. "The National Congress of the Communist
			// Party" is the party's meeting, no legislature and no body
			// of its own: its words are read as nothing.
			for q := k; q < s.t1 && q < k+6 && toks[q].kind == tkWord && toks[q].cap; q++ {
				if toks[q].lower == "party" {
					t0 := i
					if q := i - 1; q >= s.t0 && toks[q].lower == "national" && toks[q].cap && !x.used[q] {
						t0 = q
					}
					for q := t0; q < j; q++ {
						x.used[q] = true
					}
					break
				}
			}
			return j
		}
	}
	k := i - 1
	if k < s.t0 {
		return -1
	}
	t := &toks[k]
	if t.lower == "national" && t.cap && !t.upper && !x.used[k] {
		if p := k - 1; p >= s.t0 && toks[p].kind == tkWord && toks[p].cap && !x.used[p] && !determiners[toks[p].lower] && !(p == s.t0 && x.isCommon(toks[p].lower)) {
			return j // "Pan-Andean National Congress": a longer name, the chunker's
		}
		name := normText(x.spanText(k, j))
		key := lowerKey("org:", name)
		if st := x.stateBefore(k, s); st != "" {
			key = "inst:" + st + ":" + strings.Join(organ, " ") // "Brazil's National Congress"
		}
		x.addMention(mention{t0: k, t1: j, sent: si, typ: TypeInstitution, kind: "parliament",
			key: key, name: name, conf: 0.75, gzRole: -1})
		return j
	}
	if !x.used[k] || len(x.ments) == 0 {
		return -1
	}
	m := &x.ments[len(x.ments)-1]
	if m.t1 != i || m.sent != si || m.typ != TypePlace || m.kind != "place" || m.t0 < s.t0 || !toks[m.t0].cap {
		return -1
	}
	m.t1 = j
	m.name = normText(x.spanText(m.t0, j))
	m.typ, m.kind, m.key, m.conf, m.gzRole = TypeInstitution, "parliament", lowerKey("org:", m.name), 0.75, -1
	for q := i; q < j; q++ {
		x.used[q] = true
	}
	return j
}

// stateBefore returns the key of the state (not the United States) that
// owns the chamber at k: a possessive ("Brazil's National Congress") or
// a demonym ("the Brazilian National Congress") right before it, else
// "". Two countries' "National Congress" are then two bodies, and the
// chamber is one body with "the Brazilian Congress".
func (x *doc) stateBefore(k int, s *sentence) string {
	e := k
	if e-1 >= s.t0 && x.toks[e-1].kind == tkPoss {
		e--
	}
	for n := len(x.ments) - 1; n >= 0 && n >= len(x.ments)-3; n-- {
		m := &x.ments[n]
		if m.dead || m.t1 != e || m.t0 < s.t0 {
			continue
		}
		if strings.HasPrefix(m.key, "st:") && m.key != usKey && (m.kind == "state" || m.weak) {
			return m.key
		}
	}
	return ""
}

// bareForeignChambers reads the bare word of an American chamber
// ("Congress", "the Senate") as the one other national legislature or
// party of that name the article has named, at bare words after that
// body's first mention, like bareForeignOrgans does for the Treasury: in
// a story about another state's chamber the bare word names it again
// ("the next session of Congress"). The bodies that count are a
// state's chamber read with its state ("Chile's Congress", "the
// Brazilian National Congress"), "the National Congress" on its own,
// and a party ("the Indian National Congress"). "The Senate of Haiti"
// and "the Congress of the Philippines" do not: their name is not the
// bare word. A region's chamber ("the Texas Senate") is no candidate: a
// US state's chamber sits beside the federal one. The bare words stay
// American when the story is American: a Washington dateline, the
// American chamber written any other way ("U.S. Congress"), a bare word
// before the other body's first mention, or a sign of Washington
// politics (Washington or the White House in a bare word's sentence,
// Democrats or Republicans, a US state) in a story that has no other
// state's dateline or masthead.
// A party's bare name needs no such sign at all ("Congress" is the
// Indian party only in Indian usage). Two such bodies leave the bare
// words American too.
func (x *doc) bareForeignChambers() {
	if x.datelineKey == usKey {
		return
	}
	cue := -1 // whether the story shows Washington politics, once read
	for _, o := range chamberWords {
		if o.kind != "parliament" {
			continue
		}
		x.bareForeignChamber(o.toks, &cue)
	}
}

func (x *doc) bareForeignChamber(organ []string, cue *int) {
	var us *gzEntry
	for _, p := range x.lx.gz[organ[0]] {
		if slices.Equal(p.toks, organ) && p.entry.kind == "parliament" && strings.HasPrefix(p.entry.canon, "United States ") {
			us = p.entry
			break
		}
	}
	if us == nil {
		return
	}
	suffix := " " + strings.Join(organ, " ")
	other, first := -1, -1 // the other body's first mention, the first bare American word
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypeInstitution {
			continue
		}
		if m.key == us.key {
			if m.t1-m.t0 != len(organ) || !x.wordsAt(m.t0, organ) {
				return // the American chamber written out
			}
			if first < 0 || m.t0 < x.ments[first].t0 {
				first = i
			}
			continue
		}
		if m.kind != "parliament" && m.kind != "party" || strings.HasPrefix(m.key, "org:united states") {
			continue
		}
		low := strings.ToLower(m.name)
		if low != suffix[1:] && !strings.HasSuffix(low, suffix) && !(m.kind == "parliament" && strings.HasPrefix(low, suffix[1:]+" of ")) {
			continue
		}
		if m.kind == "parliament" && strings.HasSuffix(low, suffix) && !strings.HasPrefix(m.key, "inst:") && !strings.HasPrefix(low, "national ") {
			continue // "the Texas Senate": a region's chamber
		}
		if other >= 0 && x.ments[other].key != m.key {
			return // two such bodies: the bare word says not which
		}
		if other < 0 || m.t0 < x.ments[other].t0 {
			other = i
		}
	}
	if other < 0 || first < 0 {
		return
	}
	o := x.ments[other]
	if *cue < 0 {
		*cue = 0
		if x.usPoliticsCue() {
			*cue = 1
		}
	}
	from := -1 // with no sign of Washington, every bare word is the other body's
	if *cue == 1 || x.washingtonBeside(us.key) {
		foreign := x.datelineKey != "" || x.issuerKey != "" && x.issuerKey != usKey
		if o.kind == "party" || !foreign || x.ments[first].t0 < o.t0 {
			return // "would ask Congress … Peru's Congress": the bare word was American first
		}
		from = o.t0
	}
	for i := range x.ments {
		if m := &x.ments[i]; !m.dead && m.key == us.key && m.t0 > from {
			m.key, m.name, m.kind, m.gzRole = o.key, o.name, o.kind, -1
		}
	}
}

// washingtonBeside reports Washington or the White House in a sentence
// with a bare word of the American chamber keyed key ("In Washington,
// Congress remains deadlocked"). Elsewhere in the story Washington is
// often only the place of another government's news ("the Department
// of State in Washington" in a Quito bulletin). The sentences of the
// bare words are gathered first (there are few), so the mentions are
// scanned twice rather than once per Washington.
func (x *doc) washingtonBeside(key string) bool {
	var bare []int
	for k := range x.ments {
		if m := &x.ments[k]; !m.dead && m.key == key {
			bare = append(bare, m.sent)
		}
	}
	if len(bare) == 0 {
		return false
	}
	for i := range x.ments {
		w := &x.ments[i]
		if w.dead || !(w.seat == usKey || w.key == usKey && (w.gzRole == gzSeat || w.gzRole == gzCapital)) {
			continue
		}
		for _, s := range bare {
			if s == w.sent {
				return true
			}
		}
	}
	return false
}

// usStates are one-word names of American states that name nothing
// else in world news ("Georgia" and "Washington" left out; the capital
// is read as the state's seat).
var usStates = set("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
	"delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
	"maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
	"nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah",
	"vermont", "virginia", "wisconsin", "wyoming")

// usPoliticsCue reports signs of Washington politics anywhere in the
// article: Democrats or Republicans, an American state by name.
func (x *doc) usPoliticsCue() bool {
	for k := range x.toks {
		t := &x.toks[k]
		if t.kind != tkWord || !t.cap {
			continue
		}
		switch t.lower {
		case "democrats", "republicans", "democrat", "republican":
			return true
		}
		if usStates[t.lower] {
			return true
		}
	}
	return false
}

// plainWordSeats drops a seat of government written in ordinary words
// ("the Blue House") when the article names its state nowhere else or a
// capitalised word follows it: "the Blue House, a pub", "Blue House
// Farm" are no presidency. A seat that is a name ("Kremlin", "Cheong Wa
// Dae") is the state on its own, and the White House is left as it is:
// news pages use it as Washington's voice without naming the state.
func (x *doc) plainWordSeats() {
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.gzRole != gzSeat || m.key == usKey || !x.plainWords(m.t0, m.t1) {
			continue
		}
		named := false
		for k := range x.ments {
			if o := &x.ments[k]; !o.dead && (o.key == m.key && o.gzRole != gzSeat || o.seat == m.key) {
				named = true
				break
			}
		}
		if named && !(m.t1 < len(x.toks) && x.toks[m.t1].kind == tkWord && x.toks[m.t1].cap && !x.toks[m.t1].nl) {
			continue
		}
		m.dead = true
	}
}

// plainWords reports that every word from t0 to t1 is an ordinary word.
func (x *doc) plainWords(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if t := &x.toks[k]; t.kind == tkWord && !x.isCommon(t.lower) {
			return false
		}
	}
	return true
}

// bareParliaments reads a bare capitalised "Parliament" ("Wickramaratne
// told Parliament", "Parliament has to pass the budget", "in Parliament")
// as the article's legislature: annotators keep it as a body, and no
// other pass made it one (the gazetteer's parliaments carry a state's
// or a union's name, and a chunk of one head word is no name). When the
// article names exactly one legislature in full ("the National
// Assembly", "the European Parliament", "Sri Lanka's Parliament") the
// bare word is that body; with two or more it could be either, and is
// left alone. Not a longer name ("Parliament House", "Parliament
// Speaker X", "Parliament of Ghana"), nor "Member of Parliament", a
// title. A capitalised word before it opens a longer name ("European
// Parliament") unless it is an ordinary word opening the sentence ("In
// Parliament on Tuesday"); nor does a weekday beside it ("On Tuesday
// Parliament passed", "approved by Parliament Tuesday").
func (x *doc) bareParliaments() {
	toks := x.toks
	var found []int // token indexes, gathered before any mention is read
	for si := range x.sents {
		s := &x.sents[si]
		for k := s.t0; k < s.t1; k++ {
			if t := &toks[k]; t.text != "Parliament" || x.used[k] {
				continue
			}
			if k > s.t0 {
				p := &toks[k-1]
				if p.kind == tkWord && p.cap && !determiners[p.lower] && !hasWeekday(p.lower) && !(k-1 == s.t0 && x.isCommon(p.lower)) || p.kind == tkPoss || p.text == "-" {
					continue // "European Parliament", "Kenya's Parliament"
				}
				if p.lower == "of" && k-2 >= s.t0 && memberWords[toks[k-2].lower] {
					continue // "Member of Parliament"
				}
			}
			if k+1 < s.t1 {
				n := &toks[k+1]
				if n.kind == tkWord && (n.cap && !hasWeekday(n.lower) || n.lower == "of" || parliamentPlaceWords[n.lower]) || n.text == "-" {
					continue // "Parliament House", "Parliament of Ghana", "Parliament speaker"
				}
			}
			found = append(found, k)
		}
	}
	if len(found) == 0 {
		return
	}
	key, name := "", ""
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypeInstitution || m.kind != "parliament" || m.key == key || strings.HasPrefix(m.name, "United States ") {
			continue
		}
		if key != "" {
			return // two legislatures: the bare word could be either
		}
		key, name = m.key, m.name
	}
	if key == "" {
		key, name = "org:parliament", "Parliament"
	}
	for _, k := range found {
		x.addMention(mention{t0: k, t1: k + 1, sent: x.sentOf(k), typ: TypeInstitution, kind: "parliament", key: key, name: name, conf: 0.7, gzRole: -1})
	}
}

// memberWords come before "of Parliament" in a title, not a body.
var memberWords = set("member", "members")

// parliamentPlaceWords after "Parliament" make a place or a post of it.
var parliamentPlaceWords = set("speaker", "house", "building", "buildings", "square", "street", "hill", "grounds", "chamber")
