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
// longerNameFollows. It returns the token after what it read (a longer
// name before "National" is left unread, to the chunker), or -1 when
// the phrase is the American chamber.
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
		if p := x.phraseAt(k, 0, s); p != nil && p.role == gzName && p.entry.kind == "state" && p.entry.key != "st:united states" {
			t1 := k + len(p.toks)
			free := true
			for q := k; q < t1; q++ {
				free = free && !x.used[q]
			}
			if free && !(t1 < s.t1 && toks[t1].kind == tkWord && toks[t1].cap) {
				name := normText(x.spanText(i, t1))
				x.addMention(mention{t0: i, t1: t1, sent: si, typ: TypeInstitution, kind: "parliament",
					key: "inst:" + p.entry.key + ":" + strings.Join(organ, " "), name: name, conf: 0.75, gzRole: -1})
				return t1
			}
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
		x.addMention(mention{t0: k, t1: j, sent: si, typ: TypeInstitution, kind: "parliament",
			key: lowerKey("org:", name), name: name, conf: 0.75, gzRole: -1})
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

// bareForeignChambers reads the bare word of an American chamber
// ("Congress", "the Senate") as the one other legislature or party of
// that name the article has named ("the National Congress", "the Senate
// of Haiti", "Chile's Congress", "the Indian National Congress") at
// bare words after that body's first mention, like bareForeignOrgans
// does for the Treasury: in a story about another state's chamber the
// bare word names it again ("the next session of Congress"). Two such
// bodies, an American chamber written any other way ("U.S. Congress",
// "the United States Senate") or a Washington dateline leave the bare
// words American.
func (x *doc) bareForeignChambers() {
	if x.datelineKey == "st:united states" {
		return
	}
	for _, o := range chamberWords {
		if o.kind != "parliament" {
			continue
		}
		x.bareForeignChamber(o.toks)
	}
}

func (x *doc) bareForeignChamber(organ []string) {
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
	other, bare := -1, false
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypeInstitution {
			continue
		}
		if m.key == us.key {
			if m.t1-m.t0 != len(organ) || !x.wordsAt(m.t0, organ) {
				return // the American chamber written out
			}
			bare = true
			continue
		}
		if m.kind != "parliament" && m.kind != "party" || strings.HasPrefix(m.key, "org:united states") {
			continue
		}
		if low := strings.ToLower(m.name); low != suffix[1:] && !strings.HasSuffix(low, suffix) {
			continue
		}
		if other >= 0 && x.ments[other].key != m.key {
			return // two such bodies: the bare word says not which
		}
		if other < 0 || m.t0 < x.ments[other].t0 {
			other = i
		}
	}
	if other < 0 || !bare {
		return
	}
	o := x.ments[other]
	for i := range x.ments {
		if m := &x.ments[i]; !m.dead && m.key == us.key && m.t0 > o.t0 {
			m.key, m.name, m.kind, m.gzRole = o.key, o.name, o.kind, -1
		}
	}
}
