package ingest

// Gazetteer matching: states, capitals, seats, institutions, media, events.

import (
	"slices"
	"strings"
	"unicode"
)

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
		hit := x.phraseAt(i, 0, s)
		if hit == nil {
			continue
		}
		n := len(hit.toks)
		e := hit.entry
		if n == 1 && x.shareButton(i, s) {
			x.used[i] = true // "Share: Facebook | X": a button, not the firm
			continue
		}
		if x.compoundSurname(si, i, i+n) {
			// "Ligaya Santiago-Dizon", "Lucía Montenegro-Paredes": a place's
			// name as half of a person's compound surname
			continue
		}
		if n == 1 && (e.kind == "state" || e.typ == TypePlace) && (x.givenNameOpens(i, s) || e.typ == TypePlace && x.givenNameBefore(i, s) || x.wordOpensName(si, i)) {
			// "Sofia Ndala-Ferreira said": a woman, not Bulgaria; "Sydney
			// Okafor", "Ana Mombasa": a person, not the city; "Chad
			// Wendell Hart-Ibsen, an economist": a name the lexicon knows
			// no other word of
			continue
		}
		if e.typ == TypePlace && e.kind == "place" && i+n < s.t1 && localLeaders[toks[i+n].lower] && x.placeOpensBody(hit.toks) {
			// "Mombasa Governor X" in an article that names the "Mombasa
			// County Government": the county acts through that
			// body, and its bare name before the title is left to the
			// chunker and resolved as the body's short form
			continue
		}
		if e.typ == TypeInstitution && e.kind != "state" && e.kind != "media" && x.ofNameFollows(i, i+n, s) {
			// "the state Department of Environmental Quality", "the
			// State Department of Labor": a listed head's short name
			// opening a longer "of" name is another body (a US state's
			// department); the chunker takes the whole name
			continue
		}
		if e.typ == TypeInstitution && e.kind != "state" && i+n < s.t1 && toks[i+n].cap && buildingWords[toks[i+n].lower] {
			// "the Treasury Building", "the Pentagon Building": the
			// capitalised word makes the whole a building's name, a
			// place, which no body needs to act in; the chunker takes it
			continue
		}
		if e.typ == TypeInstitution && e.kind != "state" && e.kind != "media" && x.longerNameFollows(i+n, s) {
			// "United Nations Military Observer Group", "Senate Foreign
			// Relations Committee": the chunker takes the whole name
			continue
		}
		if e.typ == TypeInstitution && e.kind != "state" {
			if k := x.longerNameBefore(i, hit, s); k >= 0 {
				// "the Andean Community's Peace and Security Council": the
				// bare words of a known body end another body's name
				name := normText(x.spanText(k, i+n))
				x.addMention(mention{t0: k, t1: i + n, sent: si, typ: TypeInstitution, kind: e.kind, key: lowerKey("org:", name), name: name, conf: 0.75, gzRole: -1})
				i += n - 1
				continue
			}
		}
		if t1 := x.foreignChamber(i, hit, si, s); t1 >= 0 {
			// "the Senate of Haiti", "the National Congress", "the Ohio
			// House of Representatives": another legislature
			i = t1 - 1
			continue
		}
		if (e.kind == "state" || e.typ == TypePlace) && x.schoolOfPlace(i, s) {
			// "University of Oslo", "Academy of the Andes": the place
			// names the school; the chunker takes the whole name
			continue
		}
		m := mention{t0: i, t1: i + n, sent: si, typ: e.typ, kind: e.kind, key: e.key, name: e.canon, conf: 0.95, gzRole: hit.role}
		if e.typ == TypeInstitution && e.kind != "state" {
			// "U.S." before "Treasury Department": the body's own state's short
			// name before it is part of how the text names the body
			m.t0 = x.ownStateBefore(i, e, s)
		}
		j := i + n // first token after the phrase
		instDone := false
		role := hit.role
		if role == gzName && cityStates[e.key] {
			role = gzCapital // "ministers meeting in Luxembourg": the city
		}
		switch role {
		case gzDemonym:
			m.weak = true
			m.conf = 0.8
			instDone = x.demonymInstitution(&m, j, s.t1)
		case gzCapital:
			if x.capitalIsPlace(i, j, s) {
				if x.ministryIn(&m, e, i, s) {
					break // "the foreign ministry in Tehran"
				}
				if x.datelineKey == "" && si <= 3 && i == s.t0 && x.toks[i].nl && j < s.t1 && x.toks[j].text != "," || x.datelineKey == "" && si <= 3 && i == s.t0 && x.toks[i].nl && x.toks[i].upper {
					x.datelineKey = e.key
				}
				m.typ, m.kind, m.key, m.name = TypePlace, "city", "pl:"+strings.ToLower(hit.surface), hit.surface
				m.seat = e.key
				m.conf = 0.8
			} else {
				m.conf = 0.85
			}
		case gzSeat:
			m.conf = 0.9
		}
		if e.kind == "company" && n == 1 && x.placeFirm(i, s) {
			// "deforestation in the Amazon": the place a firm is named after
			m.typ, m.kind, m.key, m.name = TypePlace, "place", "pl:"+toks[i].lower, hit.surface
			m.conf = 0.8
		}
		if hit.role != gzCapital && e.kind != "state" && m.typ == TypeInstitution && x.upperDateline(i, j, s) {
			// "UNITED NATIONS, July 15 (…) --": a dateline names a place
			m.typ, m.kind, m.key, m.name = TypePlace, "place", "pl:"+strings.ToLower(hit.surface), hit.surface
			m.conf = 0.8
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
			m.key = lowerKey("org:", m.name)
			m.t1++
		}
		// "G20 summit", "NATO summit", "Istanbul prisoner exchange",
		// "Odesa grain terminal attack"
		if m.t1 < s.t1 && (e.typ == TypePlace || e.kind == "international" || hit.role == gzCapital) {
			for h := m.t1; h < s.t1 && h <= m.t1+2; h++ {
				ht := &toks[h]
				cls, ok := eventHeads[ht.lower]
				if ok && (!ht.cap || h == m.t1) && (cls == "summit" && !x.summitModifier(si, i, h, e.typ == TypePlace && hit.role != gzCapital) || cls == "exchange" && x.swapAfterPlace(m.t1, h, s.t1) || cls == "treaty" && h == m.t1 && (ht.cap || hit.role == gzCapital) || cls == "attack" && (e.typ == TypePlace || hit.role == gzCapital)) {
					name, short := normText(x.spanText(i, h+1)), ""
					mod := toks[i].lower
					t0 := i
					if cls == "summit" && i-1 >= s.t0 && summitAdjectives[toks[i-1].lower] && !x.used[i-1] {
						// "an emergency African Union summit on Chad"
						t0 = i - 1
						name = toks[i-1].lower + " " + name
						if _, month := monthNames[toks[min(h+2, s.t1-1)].lower]; h+2 < s.t1 && toks[h+1].lower == "on" && toks[h+2].cap && toks[h+2].kind == tkWord && !month && !hasWeekday(toks[h+2].lower) {
							// a month or a weekday after "on" dates the
							// summit ("an extraordinary IGAD summit on
							// August 5", "... on Friday"); the name
							// without the subject stays an alias
							e := h + 3
							for e < s.t1 && e < h+5 && toks[e].cap && toks[e].kind == tkWord {
								e++
							}
							short = name
							name += " on " + normText(x.spanText(h+2, e))
						}
					}
					key := "ev:" + cls + ":" + mod
					if cls == "summit" && t0 == i && i-2 >= s.t0 && toks[i-1].cap && sittingKinds[toks[i-1].lower] && !x.used[i-1] &&
						x.ordinalAt(i-2, false) && !x.used[i-2] {
						// "the 21st Ordinary EAC Summit": the kind of
						// sitting goes with the number that follows
						t0, name = i-1, toks[i-1].text+" "+name
					}
					if cls == "summit" && (t0 == i || sittingKinds[toks[t0].lower]) && t0-1 >= s.t0 && x.ordinalAt(t0-1, false) && !x.used[t0-1] {
						// "the 33rd ASEAN Summit": numbered, keyed by the body
						// and the number (joinNumberedSummits)
						t0, name = t0-1, toks[t0-1].text+" "+name
						key += " #" + toks[t0].lower
						// bodies number their ordinary and extraordinary
						// sittings apart: "the 5th Extraordinary EAC
						// Summit" is not the 5th Ordinary one
						if k := toks[t0+1].lower; k == "extraordinary" || k == "special" {
							key += " " + k
						}
					}
					if cls == "summit" && t0 == i && e.typ == TypePlace {
						// "the Russia-Africa Summit", "the China-Central Asia
						// Summit": a region's summit with a side joined by an
						// attached dash is that pair's summit; cut at the
						// dash it was a false "Africa Summit" and the real one
						// was lost (round 36: dev34, dev46, dev49). The sides
						// keep their mentions; the whole name keys it.
						if ns := x.joinedRegionsStart(si, i, hit.role == gzName); ns < i {
							name = normText(x.spanText(ns, h+1))
							key = lowerKey("ev:summit:", name)
						}
					}
					m = mention{t0: t0, t1: h + 1, sent: si, typ: TypeEvent, kind: cls, key: key, name: name, short: short, conf: 0.75, gzRole: -1}
					break
				}
				if ht.kind != tkWord || ht.cap || stopCaps[ht.lower] || x.used[h] || !x.isCommon(ht.lower) {
					break
				}
			}
		}
		x.addMention(m)
		i = m.t1 - 1
	}
}

// hasLowerRune reports a lower-case letter in s, without allocating.
func hasLowerRune(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// phraseAt returns the longest gazetteer phrase that matches at token i
// of sentence s, or nil: every token unread, listed capitals in capitals,
// and a lower-case match only for an unambiguous state or place name.
// With end > 0 only a phrase ending at token end counts.
func (x *doc) phraseAt(i, end int, s *sentence) *gzPhrase {
	toks := x.toks
	t := &toks[i]
	if !x.lx.gate.gz.may(t.lower) {
		return nil // most words open no phrase: no map lookup
	}
	for _, p := range x.lx.gz[t.lower] {
		n := len(p.toks)
		if i+n > s.t1 || end > 0 && i+n != end || !x.wordsFollow(i, p.toks) {
			continue
		}
		ok := true
		anyCap := false
		for k := 0; k < n; k++ {
			tk := &toks[i+k]
			if x.used[i+k] {
				ok = false
				break
			}
			if tk.cap {
				anyCap = true
			}
			if p.exact && tk.kind == tkWord && !(tk.upper || (tk.cap || tk.dotted) && !hasLowerRune(tk.text)) {
				// in capitals as listed: "G7" and "U.S." too, which
				// have fewer than two letters between digits and dots
				ok = false
				break
			}
		}
		if !ok || p.upFirst && !t.upper {
			continue
		}
		if !anyCap {
			// lower-case only for unambiguous state and place names
			if n == 1 && (ambiguousLower[t.lower] || x.lx.isCommon(t.lower) || p.entry.kind != "state" && p.entry.typ != TypePlace) {
				continue
			}
		}
		if p.common && (!t.cap || x.tc[i] && !(t.upper && !s.heading && x.acronymLeads(i+n, s.t1))) {
			// (a word written all in capitals opening a sentence of the
			// text is the acronym it spells before a title or a name: "US
			// Trade Representative X said", not the pronoun; a heading may
			// be in capitals, and so may a shouted "IS there", "US TOO")
			continue
		}
		return p
	}
	return nil
}

// acronymLeads reports whether token k, after an all-capitals common word
// opening a sentence, makes that word an acronym: a title ("US ambassador")
// or a capitalised word not itself in capitals ("US Trade Representative",
// "IS Commander"). Punctuation, a lower-case word or more capitals
// ("US?", "IS there", "US TOO") read a shouted sentence.
func (x *doc) acronymLeads(k, end int) bool {
	if k >= end || x.toks[k].kind != tkWord {
		return false
	}
	t := &x.toks[k]
	return t.cap && !t.upper || x.lx.titlesAt(t.lower) != nil
}

// wordsFollow reports that the tokens from i read words. The first word
// is the gazetteer's key for the token at i and is not compared again;
// the other words reject most phrases at once ("the" opens nineteen),
// before phraseAt reads case and use.
func (x *doc) wordsFollow(i int, words []string) bool {
	for k := 1; k < len(words); k++ {
		if x.toks[i+k].lower != words[k] {
			return false
		}
	}
	return true
}

// schoolOfPlace reports a capitalised school head and "of" (and "the")
// right before the place's name at i: "University of Tehran", "Institute
// of the Bahamas". Left to the gazetteer, the capital or state would
// act for its government and the school would be lost. Only school heads
// (kind "university"): "Government of Chile" is the state itself and
// "Bank of England" is listed whole.
func (x *doc) schoolOfPlace(i int, s *sentence) bool {
	k := i - 1
	if k > s.t0 && x.toks[k].lower == "the" && !x.toks[k].cap {
		k--
	}
	if k-1 < s.t0 || x.toks[k].lower != "of" {
		return false
	}
	h := &x.toks[k-1]
	return h.cap && instHeads[h.lower] == "university"
}

// buttonSeparators stand between the buttons of a share or follow bar.
var buttonSeparators = set("|", "\u00b7", "\u2022", "/", ":")

// shareButton reports a platform's name at i that is one button of a bar
// the cleaner kept (spaced without bars, or with a button it does not
// know): a share word or another platform's name next to it on the same
// line, past bar separators only ("Share   Facebook   Email", "Tumblr |
// Facebook | Mail"), or "on A and B" in a line that opens with "Follow"
// or "Share" ("Follow the council on Facebook and Telegram"). In prose a platform sits among
// ordinary words: "Facebook removed the page".
func (x *doc) shareButton(i int, s *sentence) bool {
	toks := x.toks
	if !socialWords[toks[i].lower] {
		return false
	}
	button := func(k int) bool { return k >= s.t0 && k < s.t1 && socialWords[toks[k].lower] }
	k := i - 1
	for k > s.t0 && !toks[k+1].nl && toks[k].kind == tkPunct && buttonSeparators[toks[k].text] {
		k--
	}
	if !toks[k+1].nl && button(k) {
		return true
	}
	k = i + 1
	for k < s.t1 && !toks[k].nl && toks[k].kind == tkPunct && buttonSeparators[toks[k].text] {
		k++
	}
	if k < s.t1 && !toks[k].nl && button(k) {
		return true
	}
	if !x.followLine(i, s) {
		return false
	}
	if i-3 >= s.t0 && toks[i-1].lower == "and" && button(i-2) && toks[i-3].lower == "on" {
		return true // "on Telegram and Facebook"
	}
	return i-1 >= s.t0 && i+2 < s.t1 && toks[i-1].lower == "on" && toks[i+1].lower == "and" && button(i+2)
}

// followLine reports that the line holding token i opens with a call to
// follow or share: "Follow the council on ...". A line of prose that
// names two platforms ("the clerk put the notice on Telegram and
// Facebook") keeps them.
func (x *doc) followLine(i int, s *sentence) bool {
	k := i
	for k > s.t0 && !x.toks[k].nl {
		k--
	}
	l := x.toks[k].lower
	return l == "follow" || l == "share"
}

// givenNameOpens reports a state's or capital's name at i that is also
// a given name and is followed by an unknown capitalised word: a person
// ("Sofia Lindahl", "Victoria Ashdown"), not "Sofia Airport" or
// "Victoria Falls".
func (x *doc) givenNameOpens(i int, s *sentence) bool {
	toks := x.toks
	if !x.lx.first[toks[i].lower] || i+1 >= s.t1 {
		return false
	}
	n := &toks[i+1]
	return n.kind == tkWord && n.cap && !n.upper && n.space && !x.isCommon(n.lower) && len(x.lx.gz[n.lower]) == 0
}

// givenNameBefore reports a known given name right before the place's
// name at i: a town's name is a surname too ("Ana Mombasa", "Lena
// Lyon"), and the name chunker reads the pair as a person.
func (x *doc) givenNameBefore(i int, s *sentence) bool {
	toks := x.toks
	if i-1 < s.t0 || x.used[i-1] || !toks[i].space {
		return false
	}
	p := &toks[i-1]
	return p.kind == tkWord && p.cap && !p.upper && x.lx.first[p.lower]
}

// localLeaders head a province's or a city's government.
var localLeaders = set("governor", "mayor", "premier", "prefect")

// placeOpensBody reports whether the article names a body whose name
// opens with the place's words (lower case): the words, then up to four
// capitalised words on the same line ending in an institution head,
// outside a title-case headline (the place's own word included). The
// answer is kept per spelling of the place (the words), so that a long
// text full of one place is scanned once.
func (x *doc) placeOpensBody(words []string) bool {
	key := strings.Join(words, " ")
	if v, ok := x.placeBody[key]; ok {
		return v
	}
	found := false
	n := len(words)
	for k := 0; k+n < len(x.toks) && !found; k++ {
		if !x.toks[k].cap || x.toks[k].lower != words[0] || x.tc[k] && !x.isProper(k) {
			continue
		}
		match := true
		for w := 1; w < n && match; w++ {
			match = x.toks[k+w].lower == words[w] && !x.toks[k+w].nl
		}
		for q := k + n; match && q < len(x.toks) && q < k+n+4; q++ {
			t := &x.toks[q]
			if t.kind != tkWord || !t.cap || t.nl || x.tc[q] && !x.isProper(q) {
				break
			}
			if _, ok := instHeads[t.lower]; ok {
				found = true
				break
			}
		}
	}
	x.placeBody[key] = found
	return found
}

// longerNameFollows reports capitalised words from token j that end in an
// institution head within four words.
func (x *doc) longerNameFollows(j int, s *sentence) bool {
	for k := j; k < s.t1 && k < j+4; k++ {
		t := &x.toks[k]
		if t.kind != tkWord || !t.cap || x.used[k] || x.tc[k] && !x.isProper(k) {
			return false
		}
		if _, ok := instHeads[t.lower]; ok {
			return true
		}
	}
	return false
}

// ofNameFollows reports a listed body's name [i, j) of two or more words
// ending in an institution head ("State Department") and followed by
// "of" and a capitalised word that is no state's or place's name: the
// words open a longer name. "the Foreign Ministry of Russia" keeps its
// reading.
func (x *doc) ofNameFollows(i, j int, s *sentence) bool {
	if j-i < 2 || j+1 >= s.t1 || x.toks[j].lower != "of" {
		return false
	}
	if _, ok := instHeads[x.toks[j-1].lower]; !ok {
		return false
	}
	t := &x.toks[j+1]
	if t.kind != tkWord || !t.cap || x.used[j+1] || determiners[t.lower] {
		return false
	}
	if p := x.phraseAt(j+1, 0, s); p != nil && (p.entry.kind == "state" || p.entry.typ == TypePlace) {
		return false
	}
	return true
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
	"health", "education", "emergencies", "emergency", "culture", "agriculture", "transport", "commerce", "industry",
	"environment", "labour", "labor", "information", "petroleum", "oil", "mines", "fisheries", "tourism")

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
		m.key = "inst:" + m.key + ":" + strings.ReplaceAll(strings.ToLower(what), "defense", "defence")
		m.gzRole = -1
		return true
	}
	switch {
	case ministryWords[w] && j+1 < end && toks[j+1].lower == "ministry":
		return set(j+2, titleCaseWord(w)+" Ministry", "ministry")
	case w == "ministry" && j+2 < end && toks[j+1].lower == "of" && ministryWords[toks[j+2].lower]:
		t1 := j + 3
		if t1 < end && toks[t1].lower == "affairs" && !x.used[t1] {
			t1++ // "Ministry of Foreign Affairs" ends on its last word, not inside it
		}
		if toks[j+2].cap {
			t1 = x.remitsAfter(t1, end)
		}
		if !set(t1, titleCaseWord(toks[j+2].lower)+" Ministry", "ministry") {
			return false
		}
		if toks[j-1].kind == tkPoss && toks[j].cap && toks[j+2].cap {
			// after "Chile's", a ministry is also named by its own
			// words, as a state's chamber is
			m.short = normText(x.spanText(j, t1))
		}
		return true
	case w == "embassy":
		return set(j+1, "Embassy", "embassy")
	case w == "diplomatic" && j+1 < end && toks[j+1].lower == "mission":
		return set(j+2, "Embassy", "embassy")
	case w == "central" && j+1 < end && toks[j+1].lower == "bank":
		return set(j+2, "Central Bank", "agency")
	case w == "parliament":
		return set(j+1, "Parliament", "parliament")
	}
	return x.stateOrgan(m, j, end)
}

// remitsAfter extends a ministry's name ending at t1 over the remits it
// lists after its first one: "Ministry of Economy, Trade and Industry",
// "Ministry of Commerce and Industry", "Ministry of Foreign Affairs and
// Trade". Annotators name such a ministry by all its words; cut at the
// first, the name matched none of them. Each remit is one capitalised
// ordinary word, not yet read, and no body's head, except the heads of
// a company's name that name a sector too ("Energy", "Oil", "Gas",
// "Industry", "Transport": all but firmHeadWords); the list closes with
// "and" or "&" and one such word that ends the name ("the Ministry of
// Finance and Central Bank" joins two bodies, and is left alone). It
// returns the new end, or t1.
func (x *doc) remitsAfter(t1, end int) int {
	toks := x.toks
	remit := func(k int) bool {
		t := &toks[k]
		if k >= end || x.used[k] || t.kind != tkWord || !t.cap || t.upper || stopCaps[t.lower] || !x.isCommon(t.lower) {
			return false
		}
		kind, head := instHeads[t.lower]
		return !head || kind == "company" && !firmHeadWords[t.lower]
	}
	q := t1
	for q+1 < end && toks[q].text == "," && remit(q+1) {
		q += 2
	}
	if q+1 >= end || toks[q].lower != "and" && toks[q].text != "&" || !remit(q+1) {
		return t1
	}
	if e := q + 2; e < end && toks[e].kind == tkWord && toks[e].cap && !stopCaps[toks[e].lower] {
		return t1 // "Ministry of Finance and Central Bank"
	}
	return q + 2
}

// chamberWords are the capitalised names of a state's own chambers and
// services. After another state's name or demonym they name that state's
// organ, not the body the gazetteer knows by the bare word: "the French
// Senate" is not the United States Senate, "Kenya's Senate" neither, and
// "the Nepali Congress" is no part of the American legislature.
var chamberWords = []struct {
	toks []string
	kind string
}{
	{[]string{"senate"}, "parliament"},
	{[]string{"congress"}, "parliament"},
	{[]string{"national", "assembly"}, "parliament"},
	{[]string{"house", "of", "representatives"}, "parliament"},
	{[]string{"security", "council"}, "agency"},
	{[]string{"navy"}, "agency"},
	{[]string{"air", "force"}, "agency"},
	{[]string{"coast", "guard"}, "agency"},
	{[]string{"armed", "forces"}, "agency"},
	// "the French Treasury", "France's Treasury": not the United States
	// Department of the Treasury, which the gazetteer knows by the bare word
	{[]string{"treasury"}, "ministry"},
}

// stateOrgan reads one of chamberWords, capitalised, right after the state
// mention m (at j, past any "'s"). The organ is named as the text writes
// it ("French Senate", "China Coast Guard"); after a possessive it is
// the organ's own words, the possessive form kept as an alias by attach
// ("National Assembly" for "Burundi's National Assembly"). A longer name ("the Kenyan Senate Budget
// Committee") and the state's own body under a bare word ("the American
// Congress": the gazetteer's United States Congress) are left alone.
func (x *doc) stateOrgan(m *mention, j, end int) bool {
	toks := x.toks
	if !toks[j].cap || !chamberFirst[toks[j].lower] {
		return false // most words after a state open no chamber
	}
	for _, o := range chamberWords {
		t1 := j + len(o.toks)
		if t1 > end {
			continue
		}
		ok := true
		for k, w := range o.toks {
			t := &toks[j+k]
			if t.lower != w || x.used[j+k] || w != "of" && !t.cap {
				ok = false
				break
			}
		}
		if !ok || t1 < end && toks[t1].kind == tkWord && toks[t1].cap || x.ownOrgan(m.name, o.toks) || usStateNamed[m.key] {
			continue
		}
		if k := m.t0 - 1; k >= x.sents[m.sent].t0 && toks[k].kind == tkWord && toks[k].cap && !determiners[toks[k].lower] && !(k == x.sents[m.sent].t0 && x.isCommon(toks[k].lower)) {
			return false // "the Royal Cambodian Navy": a longer name
		}
		state, organ := m.name, normText(x.spanText(j, t1))
		name := normText(x.spanText(m.t0, t1))
		if toks[j-1].kind == tkPoss {
			// "Burundi's National Assembly": annotators name such a
			// chamber by its own words, the possessive form an alias
			name = organ
		}
		m.key = lowerKey("inst:"+m.key+":", organ)
		m.t1, m.name = t1, name
		m.typ, m.kind, m.weak, m.conf = TypeInstitution, o.kind, false, 0.75
		m.gzRole = -1
		if e := x.listedOrgan(state, organ); e != nil {
			// "Russia's Security Council" is the listed Security
			// Council of Russia
			m.key, m.name, m.kind = e.key, e.canon, e.kind
		}
		return true
	}
	return false
}

// usStateNamed are states that share their name with a state of the
// United States, whose chambers are the American state's: "the Georgia
// Senate" sits in Atlanta.
var usStateNamed = set("st:georgia")

// listedOrgan returns the gazetteer's entry named "<organ> of <state>"
// ("Security Council of Russia"), or nil.
func (x *doc) listedOrgan(state, organ string) *gzEntry {
	want := organ + " of " + state
	for _, p := range x.lx.gz[strings.ToLower(strings.Fields(organ)[0])] {
		if strings.EqualFold(p.entry.canon, want) {
			return p.entry
		}
	}
	return nil
}

// ownOrgan reports that the gazetteer knows the organ's bare words as a
// body of the state itself ("Senate" for the United States Senate).
func (x *doc) ownOrgan(state string, organ []string) bool {
	for _, p := range x.lx.gz[organ[0]] {
		if slices.Equal(p.toks, organ) && strings.HasPrefix(p.entry.canon, state+" ") {
			return true
		}
	}
	return false
}

// ministryIn reads "the foreign ministry in Tehran" and "the embassy in
// Moscow" (of the state whose capital it is) as one institution.
func (x *doc) ministryIn(m *mention, e *gzEntry, i int, s *sentence) bool {
	toks := x.toks
	if i-2 < s.t0 || toks[i-1].lower != "in" {
		return false
	}
	k := i - 2
	w := toks[k].lower
	if w != "ministry" || x.used[k] {
		return false
	}
	a := k
	what := "Ministry"
	if k-1 >= s.t0 && ministryWords[toks[k-1].lower] && !x.used[k-1] {
		a = k - 1
		what = titleCaseWord(toks[k-1].lower) + " Ministry"
	}
	if toks[a].cap && !x.tc[a] {
		return false // a named body, not a generic one
	}
	dem := x.lx.demonymOf[e.key]
	if dem == "" {
		dem = e.canon
	}
	*m = mention{t0: a, t1: m.t1, sent: m.sent, typ: TypeInstitution, kind: "ministry", key: lowerKey("inst:"+e.key+":", what),
		name: dem + " " + what, conf: 0.7, gzRole: -1}
	return true
}

// cityStates share their name with their capital: each mention is read
// as a capital's, a place unless it acts ("talks in Singapore", "the
// Luxembourg meeting", "Singapore said").
var cityStates = set("st:luxembourg", "st:singapore", "st:monaco", "st:san marino", "st:djibouti", "st:vatican")

// capitalIsPlace decides whether a capital at [i, j) is a place ("an
// event in San Francisco", "ambassador to Washington", a dateline) rather
// than its government acting ("Moscow said").
func (x *doc) capitalIsPlace(i, j int, s *sentence) bool {
	toks := x.toks
	p := i - 1
	if p >= s.t0 && toks[p].lower == "the" {
		p--
	}
	if x.travelFrom(p, s) {
		return true
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
					"arrived", "returned", "came", "went", "moved", "delegation", "embassy", "mission", "journey", "flight", "consul",
					"flying", "travelling", "traveling":
					return true
				}
			}
		}
	}
	// dateline: "Washington D.C. – …", "MOSCOW (Reuters) –"
	if i == s.t0 && toks[i].nl {
		k := j
		if k < s.t1 && (toks[k].text == "(" || toks[k].text == "\u2013" || toks[k].text == "\u2014" || toks[k].text == "-") {
			return true
		}
		// "MOSCOW, Oct 26", "TBILISI, Georgia —", but not "Moscow, for its
		// part, stresses …"
		if k+1 < s.t1 && toks[k].text == "," {
			if toks[i].upper {
				return true
			}
			n := &toks[k+1]
			if _, ok := monthNames[n.lower]; ok && n.cap {
				return true
			}
			if n.kind == tkNum {
				return true
			}
			for q := k + 1; q < s.t1 && q < k+5; q++ {
				if toks[q].text == "\u2013" || toks[q].text == "\u2014" || toks[q].text == "(" {
					return true
				}
			}
		}
	}
	// "a Moscow-based analyst", "Kyiv-born"
	if j+1 < s.t1 && toks[j].text == "-" && !toks[j].space {
		switch toks[j+1].lower {
		case "based", "born", "bred", "area", "region", "headquartered":
			return true
		}
	}
	// "Vienna's international airport", "Kyiv's outskirts": a place noun
	// owned by the city
	if j+1 < s.t1 && toks[j].kind == tkPoss {
		for k := j + 1; k < s.t1 && k <= j+3; k++ {
			if cityNouns[toks[k].lower] {
				return true
			}
			if toks[k].kind != tkWord || toks[k].cap {
				break
			}
		}
	}
	// "the Moscow region", "Washington area", "Moscow time"
	if j < s.t1 {
		switch toks[j].lower {
		case "region", "area", "time", "metro", "suburbs", "residents", "airport", "oblast", "mayor", "city",
			"tarmac", "outskirts", "streets", "centre", "center", "port", "harbour", "harbor", "district":
			return true
		}
		if venueNouns[toks[j].lower] {
			return true
		}
	}
	return x.compassOf(i, s) || x.inPlaceName(i, j, s)
}

// fromTravelWords, up to four words before "from", make the capital
// after it where a journey or a report starts, not a government acting:
// "a flight from Athens", "flew in from Dhaka", "reporting from Bangkok",
// "Hello from Dakar". Other words keep "pressure from Moscow" and "a
// message from Washington" the state's.
var fromTravelWords = set("flight", "flights", "flew", "flown", "flying", "travelled", "traveled", "travelling",
	"traveling", "returned", "returning", "arrived", "arriving", "trip", "journey", "drove", "trucks",
	"lorries", "report", "reports", "reporting", "hello", "greetings", "dispatch", "live")

// fromActorNouns between a travel word and "from" make the capital the
// source of a reaction, a demand or help, which its government gives:
// "the trip drew sharp criticism from Beijing", "returned with
// assurances from Washington".
var fromActorNouns = set("criticism", "rebuke", "rebukes", "condemnation", "protest", "protests", "complaint",
	"complaints", "objection", "objections", "pressure", "warning", "warnings", "threat", "threats", "message",
	"messages", "call", "calls", "demand", "demands", "request", "requests", "response", "reaction", "reply",
	"approval", "permission", "consent", "support", "backing", "assurance", "assurances", "guarantee", "guarantees",
	"pledge", "pledges", "promise", "promises", "offer", "offers", "invitation", "order", "orders", "signal",
	"signals", "backlash", "pushback", "aid", "help", "funding", "sanctions", "retaliation", "praise",
	"congratulations", "condolences", "letter", "statement", "summons", "veto", "opposition", "envoy", "envoys",
	"delegation", "delegations", "officials", "diplomats", "ministers")

// travelFrom reports "from" at p (or "from a rainy", "from a very warm":
// an article and up to two lower-case words before the capital) after a
// fromTravelWords word of the same clause.
func (x *doc) travelFrom(p int, s *sentence) bool {
	toks := x.toks
	for k := p; k >= s.t0 && k >= p-2 && toks[k].kind == tkWord && !toks[k].cap && toks[k].lower != "from"; k-- {
		if toks[k].lower == "a" || toks[k].lower == "an" {
			p = k - 1
			break
		}
	}
	if p < s.t0 || toks[p].lower != "from" {
		return false
	}
	for k := p - 1; k >= s.t0 && k >= p-4; k-- {
		if toks[k].kind == tkPunct && toks[k].text != "-" || fromActorNouns[toks[k].lower] {
			return false
		}
		if fromTravelWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// venueNouns after a capital name what was held or signed there, not
// what its government did: "the Vienna meeting", "the Minsk Protocol",
// "the Vienna Convention", "the Doha talks".
var venueNouns = set("meeting", "meetings", "talks", "round", "convention", "conventions", "protocol", "protocols",
	"accord", "accords", "agreement", "agreements", "process", "format", "conference", "declaration", "document",
	"consensus", "communique", "communiqué", "consultations", "mechanism", "roadmap", "summits")

// compassPoints before "of" place what follows: "east of Vienna",
// "north-east of X" (the hyphen splits it, so its last token is "east").
var compassPoints = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")

// compassOf reports "east of X", "30 km north of X" before token i.
func (x *doc) compassOf(i int, s *sentence) bool {
	return i-2 >= s.t0 && x.toks[i-1].lower == "of" && compassPoints[x.toks[i-2].lower]
}

// placeNameLinks join the words of a longer place name: "Santiago
// de Cuba", "Mocímboa da Praia".
var placeNameLinks = set("de", "da", "do", "del", "di", "du", "dos", "das")

// inPlaceName reports a capital's name inside a longer place name linked
// by a particle: "Santiago de Cuba", "Mocímboa da Praia".
func (x *doc) inPlaceName(i, j int, s *sentence) bool {
	toks := x.toks
	if j+1 < s.t1 && placeNameLinks[toks[j].lower] && toks[j+1].cap && toks[j+1].kind == tkWord {
		return true
	}
	return i-2 >= s.t0 && placeNameLinks[toks[i-1].lower] && toks[i-2].cap && toks[i-2].kind == tkWord
}

// cityNouns after a capital's possessive make it the city, not the state.
var cityNouns = set("airport", "airports", "outskirts", "suburbs", "streets", "centre", "center", "mayor", "residents",
	"port", "harbour", "harbor", "metro", "subway", "hotels", "hotel", "hospitals", "hospital", "districts", "district",
	"neighbourhoods", "neighborhoods", "skyline", "old", "historic", "city")

// upperDateline reports an upper-case place name opening a line and
// followed by a date or an agency credit: "UNITED NATIONS, March 3, 1999
// (Agency) --".
func (x *doc) upperDateline(i, j int, s *sentence) bool {
	toks := x.toks
	if i != s.t0 || !toks[i].nl || j >= s.t1 {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].kind == tkWord && !toks[k].upper {
			return false
		}
	}
	if toks[j].text == "(" {
		return true
	}
	if toks[j].text == "," && j+1 < s.t1 {
		n := &toks[j+1]
		if _, ok := monthNames[n.lower]; ok && n.cap {
			return true
		}
		return n.kind == tkNum
	}
	return false
}

// compoundSurname reports a gazetteer match [a, b) that is half of a
// hyphenated surname after a given name or a title: "Ligaya
// Santiago-Dizon", "Ambassador Lima-Ferraz" (not "Russia-Ukraine talks",
// "Iran-backed", "Sino-Russian").
func (x *doc) compoundSurname(si, a, b int) bool {
	s := &x.sents[si]
	toks := x.toks
	if b == a+1 && a-1 >= s.t0 && b < s.t1 && toks[a].cap && toks[b].cap && toks[b].kind == tkWord && toks[a-1].cap && !x.used[a-1] && x.lx.first[toks[a-1].lower] &&
		len(x.lx.gz[toks[b].lower]) == 0 && !x.isCommon(toks[b].lower) {
		return true // "Lucía Montenegro Paredes": given name, place name, surname
	}
	if b+1 >= s.t1 || toks[b].text != "-" || toks[b].space || toks[b+1].space || !toks[b+1].cap || toks[b+1].kind != tkWord || !toks[a].cap {
		return false
	}
	if len(x.lx.gz[toks[b+1].lower]) > 0 || x.isCommon(toks[b+1].lower) {
		return false
	}
	if a-1 < s.t0 {
		return false
	}
	p := &toks[a-1]
	if p.kind != tkWord || !p.cap || x.used[a-1] {
		return false
	}
	return x.lx.first[p.lower] || len(x.lx.titles[p.lower]) > 0 || !x.isCommon(p.lower) && len(x.lx.gz[p.lower]) == 0 && a-1 > s.t0
}

// organInstead returns the one state organ of the article (stateOrgan)
// that the implied body of role r names by its bare words, or -1: a
// senator in a story about the Kenyan Senate sits in that chamber, not
// in the American chamber the title implies. The role must stand
// alone (no party, state or other capitalised word before it, no "of
// <Place>" after its holder: "Republican Senator X of Ohio" and "U.S.
// Sen. X" are American), the implied body must have no mention of its
// own, and two such organs leave the title alone.
func (x *doc) organInstead(implied string, r *roleSpan) int {
	if !x.bareRole(r) {
		return -1
	}
	low := strings.ToLower(implied)
	found := -1
	for i, e := range x.ents {
		if strings.EqualFold(e.name, implied) && x.hasMention(i) {
			return -1
		}
		if !strings.HasPrefix(e.key, "inst:st:") {
			continue
		}
		organ := e.key[strings.LastIndexByte(e.key, ':')+1:]
		if !strings.HasSuffix(low, " "+organ) || !chamberNames[organ] {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// bareRole reports a role with no capitalised word before it ("U.S.
// Sen.", "Republican Senator") and no "of <Name>" after the name that
// follows it.
func (x *doc) bareRole(r *roleSpan) bool {
	s := &x.sents[r.sent]
	if k := r.t0 - 1; k >= s.t0 && x.toks[k].kind == tkWord && x.toks[k].cap && !determiners[x.toks[k].lower] {
		return false
	}
	k := r.t1
	if k < s.t1 {
		if mi := x.tokMent[k]; mi >= 0 {
			k = x.ments[mi].t1
		}
	}
	return !(k+1 < s.t1 && x.toks[k].lower == "of" && x.toks[k+1].cap)
}

// chamberNames are chamberWords written out ("house of representatives"),
// as the organ's key ends; chamberFirst are their first words.
var chamberNames, chamberFirst = func() (names, first map[string]bool) {
	names, first = map[string]bool{}, map[string]bool{}
	for _, o := range chamberWords {
		names[strings.Join(o.toks, " ")] = true
		first[o.toks[0]] = true
	}
	return names, first
}()

// longerNameBefore returns where another body's name begins when the
// gazetteer phrase at i is only the last words of its own body's name
// ("Security Council" of the UN's Security Council) and an ordinary
// word, capitalised as part of a name and not already read, stands
// before it: after another body's possessive ("the Andean Community's
// Maritime Security Council"), or with "and" after no other name word
// ("the Peace and Security Council"). Else -1. A capitalised adjective
// alone ("the Emergency Security Council session") is the known body's,
// a title is no name ("Deputy Treasury"), and "the U.N. Security
// Council" is a longer phrase of its own.
func (x *doc) longerNameBefore(i int, hit *gzPhrase, s *sentence) int {
	k := i - 1
	and := k > s.t0 && x.toks[k].lower == "and"
	if and {
		k--
	}
	if k <= s.t0 {
		return -1
	}
	t := &x.toks[k]
	if t.kind != tkWord || !t.cap || t.upper || x.used[k] || !x.isCommon(t.lower) || x.lx.gz[t.lower] != nil || x.lx.titles[t.lower] != nil {
		return -1
	}
	switch p := &x.toks[k-1]; {
	case p.kind == tkPoss:
	case and && !(p.kind == tkWord && p.cap && !determiners[p.lower]):
		// "Ana Hope and Security Council envoys": a person's name
	default:
		return -1
	}
	canon := strings.Fields(strings.ToLower(hit.entry.canon))
	if len(canon) <= len(hit.toks) || !slices.Equal(canon[len(canon)-len(hit.toks):], hit.toks) {
		return -1
	}
	return k
}

// ownStateBefore returns where the name of body e's own state begins when
// it stands unread right before token i ("U.S." before "Treasury
// Department", whose canonical name opens with "United States"), else i.
// The state's name is unread only when a longer phrase opening with it
// was left to the chunker ("U.S. Treasury" before "Department").
func (x *doc) ownStateBefore(i int, e *gzEntry, s *sentence) int {
	for k := i - 1; k >= s.t0 && k >= i-3; k-- {
		if x.used[k] {
			break
		}
		if p := x.phraseAt(k, i, s); p != nil && p.entry.kind == "state" && strings.HasPrefix(e.canon, p.entry.canon+" ") {
			return k
		}
	}
	return i
}

// placeFirm reports a one-word firm's name at i, written with "the"
// before it, that also opens a place's name the gazetteer knows ("the
// Amazon" beside "Amazon rainforest"). A firm is named without the
// article ("Amazon said"); with it the word is the place (the rainforest,
// the river). In practice Amazon is the one such firm in orgs.txt today;
// the rule is written for the class. Two guards keep the firm: a title
// after the word ("the Amazon spokesperson") makes it an owner, and an
// article that also names the word bare, outside the place's longer
// name ("Amazon shares rose"), is about the firm, read one way
// throughout ("a review of the Amazon logistics network").
func (x *doc) placeFirm(i int, s *sentence) bool {
	if i-1 < s.t0 || x.toks[i-1].lower != "the" {
		return false
	}
	if i+1 < s.t1 && !x.toks[i+1].cap && x.lx.titles[x.toks[i+1].lower] != nil {
		return false
	}
	places := x.lx.gz[x.toks[i].lower]
	found := false
	for _, p := range places {
		found = found || len(p.toks) > 1 && p.entry.typ == TypePlace
	}
	if !found {
		return false
	}
	for k := range x.toks {
		if k == i || x.toks[k].text != x.toks[i].text || k > 0 && x.toks[k-1].lower == "the" || k > 1 && x.toks[k-2].lower == "the" && !x.toks[k-1].cap {
			continue // "the Amazon", "the 2019 Amazon fires": the place again
		}
		inPlace := false
		for _, p := range places {
			inPlace = inPlace || len(p.toks) > 1 && p.entry.typ == TypePlace && x.wordsAt(k, p.toks)
		}
		if !inPlace {
			return false // the firm named bare elsewhere
		}
	}
	return true
}

// wordsAt reports the lower-cased words w at token k.
func (x *doc) wordsAt(k int, w []string) bool {
	if k+len(w) > len(x.toks) {
		return false
	}
	for j, t := range w {
		if x.toks[k+j].lower != t {
			return false
		}
	}
	return true
}

// bareForeignOrgans reads the bare word of a state's organ ("the
// Treasury", "Treasury officials") as the one organ of that name the
// article gives another state ("France's Treasury", "the French
// Treasury"), not as the American body the gazetteer knows by that word.
// The article must name one such organ only, and never write the
// American body in any other way ("U.S. Treasury", "Treasury
// Department"), which would show that it is there too. Only bare words
// after the foreign organ's first mention are read so: before it, nothing
// has named another state's organ yet. An American setting keeps them
// all American (usTreasuryContext): a story from Washington about
// "Treasury Secretary Scott Bessent" that mentions "the French Treasury"
// in passing is still about the US Treasury, and titles are no mentions,
// so the check above does not see them.
func (x *doc) bareForeignOrgans() {
	organ := -1 // the foreign organ's first mention
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypeInstitution || !strings.HasPrefix(m.key, "inst:st:") || !strings.HasSuffix(m.key, ":treasury") {
			continue
		}
		if organ >= 0 && x.ments[organ].key != m.key {
			return // two states' treasuries: the bare word says not which
		}
		if organ < 0 || m.t0 < x.ments[organ].t0 {
			organ = i
		}
	}
	if organ < 0 {
		return
	}
	o := x.ments[organ]
	var us *gzEntry
	for _, p := range x.lx.gz["treasury"] {
		if len(p.toks) == 1 {
			us = p.entry
			break
		}
	}
	if us == nil || x.usTreasuryContext() {
		return
	}
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.key != us.key {
			continue
		}
		if m.t1-m.t0 != 1 || x.toks[m.t0].lower != "treasury" {
			return // "the U.S. Treasury": the American body is named too
		}
	}
	for i := range x.ments {
		if m := &x.ments[i]; !m.dead && m.key == us.key && m.t0 > o.t0 {
			m.key, m.name, m.kind, m.gzRole = o.key, o.name, o.kind, -1
		}
	}
}

// usTreasuryContext reports signs that an article is set in the United
// States, where a bare "Treasury" is the American one: a Washington
// dateline, a mention of the United States or its capital ("U.S.",
// "Washington", "American"), OFAC, or the American title "Treasury
// Secretary" / "Secretary of the Treasury".
func (x *doc) usTreasuryContext() bool {
	if x.datelineKey == usKey {
		return true
	}
	for i := range x.ments {
		if m := &x.ments[i]; !m.dead && (m.key == usKey || m.seat == usKey) {
			return true
		}
	}
	for k := range x.toks {
		switch x.toks[k].lower {
		case "ofac":
			return true
		case "secretary":
			if k > 0 && x.toks[k-1].lower == "treasury" || k+3 < len(x.toks) && x.toks[k+1].lower == "of" && x.toks[k+2].lower == "the" && x.toks[k+3].lower == "treasury" {
				return true
			}
		}
	}
	return false
}

// summitClassNouns after "summit" make it a modifier of a kind of thing,
// not one summit: "the Asia summit circuit", "the Latin America summit
// season", "the Europe summit hopping of leaders", or the top of a
// mountain ("the Europe summit finish", "a summit hut").
var summitClassNouns = set("season", "seasons", "circuit", "circuits", "series", "calendar", "calendars", "fatigue",
	"format", "formats", "industry", "business", "hotel", "hotels", "brand", "brands", "culture", "tourism", "hopping",
	"tour", "tours", "finish", "trail", "route", "stage", "hut", "ridge", "climb")

// summitModifier reports a place's or a body's "summit" at h (the name
// opening at i) that is no summit: a building's or a body's head after
// it makes the whole a name ("the Africa Summit Hotel", "the Asia Summit
// Secretariat"), a noun of a kind after it a class ("the Asia summit
// circuit", "the Asia Pacific Summit Series", the mountain's "Europe
// summit finish"), and for a place (not a capital, which holds summits of its
// own) an unknown capitalised word right before it, inside the sentence,
// a brand's name ("FabLine Asia Summit 2023", an industry show).
// Round 36: invented text typed all of these as events; a date, a place,
// "in", "on" or a verb after the summit keep it ("the Africa Summit in
// Addis Ababa", "the Asia summit opened").
func (x *doc) summitModifier(si, i, h int, place bool) bool {
	s := &x.sents[si]
	toks := x.toks
	if toks[h].lower != "summit" {
		return false // "the North Atlantic Seafood Forum" is the forum's own name
	}
	if n := h + 1; n < s.t1 && toks[n].kind == tkWord {
		w := toks[n].lower
		// a capitalised "Summit" names one whose series or season it is
		// ("the Asia Steel Summit series") unless the noun is in the name
		if _, ok := instHeads[w]; toks[n].cap && (ok || venueHeads[w] || venueCentres[w]) || summitClassNouns[w] && (!toks[h].cap || toks[n].cap) {
			return true
		}
	}
	if p := i - 1; place && p > s.t0 && toks[p].cap && toks[p].kind == tkWord && !stopCaps[toks[p].lower] {
		// not a known name ending there: "the Brussels Africa summit"
		// is held in Brussels
		if mi := x.mentionEndingAt(i); mi < 0 || x.ments[mi].gzRole < 0 && x.ments[mi].typ == "" {
			return true
		}
	}
	return false
}

// buildingWords, capitalised after a known body's name, name the building
// it sits in ("the Treasury Building"): a venue, not the body.
var buildingWords = set("building", "buildings")
