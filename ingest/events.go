package ingest

// Events written with lower-case heads ("the war in Ukraine").

import (
	"strconv"
	"strings"
)

// eventGates are the gates (see wordGate) of the head-word sets that the
// lower-case detectors of eventPass and namedEventAt look up first (and of
// eventHeads, which eventPass looks up after them). eventPass asks each
// detector about every lower-case word, and most words share no (length,
// first letter) pair with any head, so the gate turns them away before
// the map is hashed. The sets are fixed literals, so the gates are built
// once with the package.
var eventGates = struct {
	datedHeads, placeEvents, partiesHeads, placeTalkHeads, datedNouns, exerciseWords, eventHeads wordGate
}{gateOf(datedHeads), gateOf(placeEvents), gateOf(partiesHeads), gateOf(placeTalkHeads), gateOf(datedNouns), gateOf(exerciseWords), gateOf(eventHeads)}

// lowerEventGate turns away, with one hash, the lower-case words at which
// none of eventPass's chain of lower-case detectors (seizureEvent to
// downingEvent) can fire: each of them first tests toks[i].lower against
// its own head words, listed here, so for an ordinary word all twenty
// non-inlined calls returned false (about 5 % of the benchmark run's
// instructions before the gate). A detector added to the chain must add its head words
// here; TestLowerEventGate extracts the repository's articles with the
// gate open and shut and fails when they differ.
var lowerEventGate = func() (g smallBits) {
	for _, m := range []map[string]string{datedNouns, datedHeads, placeEvents, partiesHeads} {
		for w := range m {
			g.add(w)
		}
	}
	for _, m := range []map[string]bool{seizureNouns, placeTalkHeads, monthVotes, set(
		"war", "pandemic", "epidemic", "summit", "election", "elections", "runoff", "meeting", "session",
		"ministerial", "crisis", "referendum", "exchange", "swap", "downing", "landing", "down")} {
		for w := range m {
			g.add(w)
		}
	}
	return g
}()

// namedEventGate does for the three detectors eventPass asks first about
// every token (namedEventAt, stateVenueEvent, fairEvent) what
// lowerEventGate does for the chain after them: it lets through only the
// words their cases test for (the dash of "the Karvia-2031 talks"
// included). A case added to them must add its head words here.
var namedEventGate = func() (g smallBits) {
	for _, m := range []map[string]bool{exerciseWords, fairHeads, set(
		"summit", "summits", "election", "elections", "point", "party", "-", "meeting", "session")} {
		for w := range m {
			g.add(w)
		}
	}
	for w := range stateVenueHeads {
		g.add(w)
	}
	return g
}()

// eventPass finds events written with lower-case heads: "the war in
// Karvia", "the Karvia conflict", "the attack at Riverside Arena".
func (x *doc) eventPass(si int) {
	s := &x.sents[si]
	toks := x.toks
	for i := s.t0; i < s.t1; i++ {
		if namedEventGate.may(toks[i].lower) && (x.namedEventAt(si, i) || x.stateVenueEvent(si, i) || x.fairEvent(si, i)) {
			continue
		}
		// every detector below takes a lower-case word not yet used
		if t := &toks[i]; t.kind == tkWord && !t.cap && !x.used[i] && lowerEventGate.may(t.lower) &&
			(x.seizureEvent(si, i) || x.civilWar(si, i) || x.datedEvent(si, i) || x.diseaseEvent(si, i) || x.placeDisaster(si, i) || x.bodySummit(si, i) || x.placeTalks(si, i) || x.kindElection(si, i) || x.monthElection(si, i) || x.goodsWar(si, i) || x.bodySitting(si, i) || x.specialSession(si, i) || x.datedHappening(si, i) || x.hostMinisterial(si, i) || x.namedSummitIn(si, i) || x.regionCrisis(si, i) || x.referendumEvent(si, i) || x.prisonerSwap(si, i) || x.partiesEvent(si, i) || x.downingEvent(si, i)) {
			continue
		}
		if x.used[i] {
			continue // (before the lookup: names are used words)
		}
		cls, ok := gatedLookup(&eventGates.eventHeads, eventHeads, toks[i].lower)
		if !ok {
			continue
		}
		// <state> war / conflict
		if (cls == "war" || cls == "crisis" || toks[i].lower == "coup") && i > s.t0 {
			if mi := x.mentionEndingAt(i); mi >= 0 {
				m := &x.ments[mi]
				// "Israel-Hamas war", "the Gaza war", "the Ukraine conflict"
				if (m.kind == "state" && m.typ == TypeInstitution || m.kind == "armed_group" || m.kind == "place" && m.typ == TypePlace) && m.gzRole == gzName && cls == "war" || m.kind == "state" && m.typ == TypeInstitution && (m.gzRole == gzName || cls == "revolution" && m.gzRole == gzDemonym) {
					a := m.t0
					if a-2 >= s.t0 && toks[a-1].text == "-" {
						if mj := x.mentionEndingAt(a - 1); mj >= 0 && (x.ments[mj].kind == "state" || x.ments[mj].kind == "armed_group") {
							a = x.ments[mj].t0
						}
					}
					name := normText(x.spanText(a, i)) + " " + toks[i].lower
					x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + m.key, name: name, conf: 0.75, gzRole: -1})
					continue
				}
			}
		}
		// "the 2024 U.S. presidential election": a year makes it one event
		if cls == "election" && !toks[i].cap && !(i-1 > s.t0 && toks[i-1].text == "-" && !toks[i-1].space) && !(i+1 < s.t1 && lawNouns[toks[i+1].lower]) {
			if y := x.yearBefore(i, s.t0); y >= 0 {
				name := normText(x.spanText(y, i+1))
				key := x.electionKey(toks[i-1].lower, name, "ev:election:"+strings.ToLower(name))
				if m := x.monthOfYear(si, y); m >= 0 {
					// "the disputed June 2031 general election": the month
					// belongs to the name, the key stays the year's
					y, name = m, normText(x.spanText(m, i+1))
				}
				x.addMention(mention{t0: y, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: key, name: name, conf: 0.7, gzRole: -1})
				continue
			}
		}
		if i+1 >= s.t1 {
			continue
		}
		p := i + 1
		prep := toks[p].lower
		if prep != "in" && prep != "at" && prep != "on" && prep != "against" && prep != "of" {
			continue
		}
		q := p + 1
		if q < s.t1 && toks[q].lower == "the" {
			q++
		}
		if q >= s.t1 {
			continue
		}
		// "the attack on a grain terminal in Odesa"
		if cls == "attack" && (prep == "on" || prep == "at") && (toks[q].lower == "a" || toks[q].lower == "the" || toks[q].lower == "an" || q == p+2) {
			r := q
			if toks[r].lower == "a" || toks[r].lower == "an" {
				r++
			}
			if n := x.lowerNouns(r, s.t1); n > 0 && r+n+1 < s.t1 && toks[r+n].lower == "in" {
				if pm := x.mentionStartingAt(r + n + 1); pm >= 0 && x.ments[pm].typ == TypePlace {
					pl := &x.ments[pm]
					name := pl.name + " " + normText(x.spanText(r, r+n)) + " " + toks[i].lower
					x.addMention(mention{t0: i, t1: r + n, sent: si, typ: TypeEvent, kind: cls, key: "ev:attack:" + strings.ToLower(toks[pl.t0].text), name: name, conf: 0.65, gzRole: -1})
					continue
				}
			}
		}
		region := ""
		if cls == "war" && prep == "in" && q == p+1 && q+1 < s.t1 && regionWords[toks[q].lower] {
			// "the war in eastern Ukraine": the part of the state is
			// part of the name, and another war than the whole state's
			region, q = toks[q].lower+" ", q+1
		}
		if cls == "war" && prep == "of" && q+2 < s.t1 && toks[q].lower == "aggression" && (toks[q+1].lower == "against" || toks[q+1].lower == "on") {
			// "a war of aggression on Karvia": the kind of war
			// before its target
			prep, q = "of aggression "+toks[q+1].lower, q+2
		}
		mi := x.mentionStartingAt(q)
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		switch {
		case cls == "war" && prep != "in" && prep != "at" && toks[i].lower != "battle" && m.kind == "state" && m.typ == TypeInstitution && !m.weak:
			// "the invasion of Ukraine", "the war on Ukraine": one event
			// with "the war in Ukraine"
			mod, n := x.warModifier(si, i)
			name := mod + toks[i].lower + " " + prep + " " + m.name
			short := ""
			owner := x.warOwner(si, i-n)
			if owner != "" {
				short = name // the bare form is an alias only beside an owner
			}
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + m.key, name: owner + name, short: short, conf: 0.7, gzRole: -1})
		case (cls == "war" || cls == "crisis" || toks[i].lower == "coup") && prep == "in" && m.kind == "state" && m.typ == TypeInstitution:
			mod, _ := x.warModifier(si, i)
			name := mod + toks[i].lower + " in " + region + m.name
			short := ""
			if mod == "" && x.militaryCoup(si, i) {
				short, name = name, "military "+name
			}
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + region + m.key, name: name, short: short, conf: 0.75, gzRole: -1})
		case toks[i].lower == "war" && prep == "in" && m.typ == TypePlace && m.gzRole == gzName && warTerritories[strings.ToLower(m.name)] && x.theBefore(si, i):
			// "the war in Gaza", "the war in Darfur": a known territory
			// that is no state names the war as a state does; the article
			// makes it the one war ("a war in Gaza" may be any). Only the
			// territories of warTerritories: a continent or region ("the
			// war in Europe", "the war in the Middle East") holds another
			// war than its own, and a city's ("the war in Aleppo") is the
			// state's war
			mod, _ := x.warModifier(si, i)
			name, short := mod+"war in "+region+m.name, ""
			if q == p+2 && region == "" {
				short = mod + "war in the " + m.name // "the war in the Gaza Strip": as written, an alias
			}
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:war:" + region + m.key, name: name, short: short, conf: 0.7, gzRole: -1})
		case toks[i].lower == "coup" && prep == "in" && (m.gzRole == gzCapital || m.typ == TypePlace && cityStates[m.seat]) && !m.weak && q == p+1:
			// "last week's coup in Niamey": a coup is seized in the
			// capital, which names it as its state does; the city stays
			// in the name and the state's key (the capital place's seat)
			// keeps "the coup in Niger" one event with it. A city-state
			// reads as its capital, a place ("the coup in Djibouti")
			name := "coup in " + x.hostName(m)
			short := ""
			if x.militaryCoup(si, i) {
				short, name = name, "military "+name
			}
			key := m.key
			if m.seat != "" {
				key = m.seat
			}
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + key, name: name, short: short, conf: 0.7, gzRole: -1})
		case cls == "attack" && prep == "on" && m.typ == TypePlace && m.t1+1 < s.t1 && x.lowerNouns(m.t1, s.t1) > 0:
			// "attack on Odesa grain terminal"
			n := x.lowerNouns(m.t1, s.t1)
			name := m.name + " " + normText(x.spanText(m.t1, m.t1+n)) + " " + toks[i].lower
			m.dead = true
			x.addMention(mention{t0: i, t1: m.t1 + n, sent: si, typ: TypeEvent, kind: cls, key: "ev:attack:" + strings.ToLower(toks[m.t0].text), name: name, conf: 0.7, gzRole: -1})
		case cls == "attack" && (prep == "at" || prep == "in" || prep == "on") && m.typ == TypePlace && (m.kind == "place" || m.kind == "ship"):
			// a named venue, not a city or a country
			name := m.name + " " + toks[i].lower
			first := strings.ToLower(x.toks[m.t0].text)
			m.dead = true
			x.addMention(mention{t0: i, t1: m.t1, sent: si, typ: TypeEvent, kind: cls, key: "ev:attack:" + first, name: name, conf: 0.75, gzRole: -1})
		case cls == "summit" && toks[i].lower != "conference" && (prep == "in" || prep == "at") && m.typ == TypePlace && i > s.t0 && toks[i-1].lower == "the":
			// a conference in a city is mostly a press conference or one
			// held by whoever organised it: "gave a press conference in
			// Varnholm", "a conference in Varnholm organised by an institute".
			// Only "the summit in <city>" is named by its city: "a summit
			// in Varnholm", "the next summit in ...", "their yearly summit
			// in ...", "an industry forum in ..." are planned, recurring or
			// someone else's meetings, or the city is not in their name
			// ("the Karvia-Lodria anniversary summit in ...").
			name := m.name + " " + toks[i].lower
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: placeEventKey("summit", x.hostName(m)), name: name, conf: 0.7, gzRole: -1})
		}
	}
	x.joinSwaps(si)
	x.summitsInCity(si)
	x.interSidesEvent(si)
	x.ministerialCouncilHeld(si)
}

// interHeads end a meeting named by the sides it brings together: "the
// inter-Korean summit", "the intra-Afghan talks".
var interHeads = set("summit", "talks")

// interCompounds after a head make it a modifier: "the inter-Korean
// talks agenda", "the inter-Korean summit team".
var interCompounds = set("agenda", "team", "teams", "delegation", "venue", "room", "site")

// interSidesEvent takes a summit or talks named by "inter-" or "intra-"
// and the sides' demonym or name, with up to four tokens of lower-case
// words and attached hyphens before the head: "the April 27 inter-Korean
// summit", "Tuesday's inter-Korean high-level talks". The gazetteer reads
// the bare demonym and the head ("Korean summit"), which names no
// meeting; the prefix says whose meeting it is, and a date, "the" or a
// possessive before it makes it one meeting. A date belongs to the name,
// but the key is the undated span's, so "the April 27 inter-Korean
// summit ... the inter-Korean summit" is one event (the undated form an
// alias). A head inside a compound is not the head: "summit-level
// talks", "summit talks" end at "talks". "an inter-Korean summit", a
// proposal "for inter-Korean talks", "inter-Korean projects" and "the
// inter-Korean talks agenda" are none.
func (x *doc) interSidesEvent(si int) {
	s := &x.sents[si]
	toks := x.toks
	for k := s.t0; k+3 < s.t1; k++ {
		if w := toks[k].lower; w != "inter" && w != "intra" || toks[k].cap || !x.attachedDash(s.t0, k+2) || !toks[k+2].cap || toks[k+2].kind != tkWord {
			continue
		}
		h := k + 3
		for h < s.t1 && h < k+7 && (!interHeads[toks[h].lower] || x.interHeadInCompound(s, h)) && (toks[h].kind == tkWord && !toks[h].cap || toks[h].text == "-" && !toks[h].space) {
			h++
		}
		if h >= s.t1 || !interHeads[toks[h].lower] || toks[h].cap || h+1 < s.t1 && (nounAfterDated(toks[h+1].lower) || interCompounds[toks[h+1].lower]) {
			continue
		}
		a := k
		if d := x.dayBefore(si, k); d >= 0 {
			a = d // "the April 27 inter-Korean summit"
		} else if x.monthAlone(si, k-1) {
			a = k - 1 // "the April inter-Korean summit"
		} else if k-1 < s.t0 || toks[k-1].lower != "the" && toks[k-1].kind != tkPoss {
			continue
		}
		x.killMentions(si, a, h+1)
		name, short := normText(x.spanText(a, h+1)), ""
		undated := name
		if a < k {
			undated = normText(x.spanText(k, h+1))
			short = undated
		}
		x.addMention(mention{t0: a, t1: h + 1, sent: si, typ: TypeEvent, kind: "summit", key: lowerKey("ev:summit:", undated), name: name, short: short, conf: 0.65, gzRole: -1})
		k = h
	}
}

// interHeadInCompound reports a meeting head at h that an attached hyphen
// or another head follows: "summit-level talks", "summit talks".
func (x *doc) interHeadInCompound(s *sentence, h int) bool {
	if h+1 >= s.t1 {
		return false
	}
	n := &x.toks[h+1]
	return n.text == "-" && !n.space || interHeads[n.lower] && !n.cap
}

// summitsInCity gives a body's summit written with its host city ("the
// NATO summit in Warsaw", "an emergency summit in Dakar") the city in its
// name, and keeps the bare form as an alias: articles name such a summit
// both ways, and the city is what tells one year's summit from the next.
// Only a mention whose tokens spell its whole name is extended (not "the
// summit in Lima", already named by the city), and only by a known place
// or capital right after "in".
func (x *doc) summitsInCity(si int) {
	s := &x.sents[si]
	for k := len(x.ments) - 1; k >= 0 && x.ments[k].sent == si; k-- {
		m := &x.ments[k]
		if m.dead || m.typ != TypeEvent || m.kind != "summit" || m.short != "" || m.t1+1 >= s.t1 || x.toks[m.t1].lower != "in" || x.toks[m.t1-1].lower != "summit" {
			continue
		}
		if !strings.EqualFold(normText(x.spanText(m.t0, m.t1)), m.name) {
			continue
		}
		ci := x.mentionStartingAt(m.t1 + 1)
		if ci < 0 || x.ments[ci].gzRole < 0 || x.ments[ci].typ != TypePlace && x.ments[ci].gzRole != gzCapital {
			continue
		}
		m.short = m.name
		m.name = m.name + " in " + normText(x.spanText(x.ments[ci].t0, x.ments[ci].t1))
	}
}

// distinctHeldEvents keeps apart the events that one key would wrongly
// merge. A body's summit named with its host city (summitsInCity) keeps
// the city only when the article names that body's summit in one city:
// "the NATO summit in Vilnius ... the NATO summit in Washington" are two
// summits, and a name with either city would be false for the other, so
// both go back to the bare "NATO summit". Downings and forced landings
// share one key per kind (one article mostly reports one incident); when
// two of them differ in the aircraft's model, its owner or the place
// ("a Russian Su-24 jet" and "an Azerbaijani airliner in Kazakhstan"),
// each incident gets its own key, and a mention that names none of these
// ("the downing of the airliner") joins the incident last named before it.
func (x *doc) distinctHeldEvents() {
	var cities map[string]string // a summit's key → the city name first seen, or "" when two differ
	var crafts map[string]bool   // downing keys seen
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypeEvent {
			continue
		}
		switch {
		case m.kind == "summit" && m.short != "" && strings.HasPrefix(m.name, m.short+" in "):
			if cities == nil {
				cities = map[string]string{}
			}
			if c, ok := cities[m.key]; !ok {
				cities[m.key] = m.name
			} else if !strings.EqualFold(c, m.name) {
				cities[m.key] = ""
			}
		case strings.HasSuffix(m.key, ":aircraft"):
			if crafts == nil {
				crafts = map[string]bool{}
			}
			crafts[m.key] = true
		}
	}
	for i := range x.ments {
		m := &x.ments[i]
		if c, ok := cities[m.key]; ok && c == "" && m.typ == TypeEvent && m.short != "" && strings.HasPrefix(m.name, m.short+" in ") {
			m.name, m.short = m.short, ""
		}
	}
	for key := range crafts {
		x.splitIncidents(key)
	}
}

// incident is what a downing's name tells of one incident: the
// aircraft's model ("Su-24", "MH17"), its owner ("Russian") and the place
// after "in".
type incident struct{ model, owner, place string }

// readIncident reads an incident from a downing's name ("downing of a
// Russian Su-24 jet in Kazakhstan", "forced landing in Minsk").
func readIncident(name string) incident {
	var in incident
	words := strings.Fields(name)
	after := false // past "of": the aircraft
	for k := 0; k < len(words); k++ {
		w := words[k]
		switch {
		case w == "in":
			in.place = strings.Join(words[k+1:], " ")
			return in
		case w == "of" && !after:
			after = true
		case !after:
		case strings.ContainsAny(w, "0123456789"):
			in.model = strings.ToLower(w)
		case w[0] >= 'A' && w[0] <= 'Z':
			in.owner = strings.ToLower(w)
		}
	}
	return in
}

// differs reports two incidents that cannot be one: a model, an owner or
// a place that both name and that differ.
func (a incident) differs(b incident) bool {
	return a.model != "" && b.model != "" && a.model != b.model ||
		a.owner != "" && b.owner != "" && a.owner != b.owner ||
		a.place != "" && b.place != "" && !strings.EqualFold(a.place, b.place)
}

// merge fills what a leaves open from b.
func (a incident) merge(b incident) incident {
	if a.model == "" {
		a.model = b.model
	}
	if a.owner == "" {
		a.owner = b.owner
	}
	if a.place == "" {
		a.place = b.place
	}
	return a
}

// splitIncidents gives the downings under key one key per incident when
// they name more than one (see distinctHeldEvents).
func (x *doc) splitIncidents(key string) {
	var seen []incident
	var idx []int // per mention under key, its incident
	var ms []int
	last := -1
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.key != key {
			continue
		}
		in := readIncident(m.name)
		n := -1
		if in == (incident{}) {
			n = max(last, 0)
		} else {
			for k := range seen {
				if !seen[k].differs(in) {
					n = k
					break
				}
			}
		}
		if n < 0 || len(seen) == 0 {
			seen = append(seen, in)
			n = len(seen) - 1
		} else {
			seen[n] = seen[n].merge(in)
		}
		last = n
		idx = append(idx, n)
		ms = append(ms, i)
	}
	if len(seen) < 2 {
		return
	}
	for k, i := range ms {
		if idx[k] > 0 {
			x.ments[i].key = key + ":" + strconv.Itoa(idx[k])
		}
	}
}

// warModifiers narrow a war or an invasion to one kind, and belong to its
// name: "the civil war in Sudan", "the large-scale invasion of Karvia".
var warModifiers = set("civil", "full-scale", "large-scale")

// warModifier returns the modifier written right before the war noun at
// i, with a trailing space, and the number of tokens it spans, or "", 0.
// Hyphenated modifiers are three tokens.
func (x *doc) warModifier(si, i int) (string, int) {
	lo := x.sents[si].t0
	if i-1 >= lo && x.toks[i-1].lower == "civil" {
		return "civil ", 1
	}
	if i-3 >= lo && x.toks[i-2].text == "-" && !x.toks[i-2].space && !x.toks[i-1].space {
		if w := x.toks[i-3].lower + "-" + x.toks[i-1].lower; warModifiers[w] {
			return w + " ", 3
		}
	}
	return "", 0
}

// warTerritories are territories that are no state and name a war as a
// state does ("the war in Gaza", "the war in Donbas"): well-known
// contested or war-torn regions. A continent, a macro-region or a city
// read as a place ("the war in Europe", "the war in Aleppo") is not one.
var warTerritories = set("gaza", "gaza strip", "west bank", "darfur", "donbas", "donbass", "crimea", "tigray", "kashmir",
	"chechnya", "nagorno-karabakh", "karabakh", "transnistria", "abkhazia", "south ossetia", "kurdistan", "balochistan",
	"cabinda", "idlib", "sinai", "golan heights")

// regionWords name a part of a state after "war in": "the war in
// eastern Ukraine".
var regionWords = set("eastern", "western", "northern", "southern")

// militaryCoup reports "military" right before the coup noun at i: the
// article names the coup by who seized power ("the military coup in
// Karvia"), and the name keeps the word; the bare "coup in Karvia" stays
// an alias.
func (x *doc) militaryCoup(si, i int) bool {
	return x.toks[i].lower == "coup" && i-1 >= x.sents[si].t0 && x.toks[i-1].lower == "military" && !x.used[i-1]
}

// warOwner returns the state written with a possessive right before
// token k, the first word of a war or an invasion of another state, with
// a trailing space ("Russia's "), or "": the article names the war by
// who wages it and the name keeps it ("Karvia's invasion of Lodria").
// Only a state owns it; a pronoun ("its war") names nobody.
func (x *doc) warOwner(si, k int) string {
	p := k - 1
	if p-1 < x.sents[si].t0 || x.toks[p].kind != tkPoss {
		return ""
	}
	mi := x.mentionEndingAt(p)
	if mi < 0 {
		return ""
	}
	m := &x.ments[mi]
	if m.kind != "state" || m.typ != TypeInstitution || m.weak {
		return ""
	}
	return normText(x.spanText(m.t0, k)) + " "
}

// seizureNouns name the taking or closing of a territory: with "of" and
// the territory's name they are one event ("the annexation of Karvia",
// "the blockade of Gaza").
var seizureNouns = set("annexation", "occupation", "blockade", "siege")

// seizureEvent adds the event at i for a seizure noun, "of", and a state's
// or place's known name: "the annexation of Crimea". Anything else after
// "of" is no event: "the occupation of the building", "the siege of
// reporters".
func (x *doc) seizureEvent(si, i int) bool {
	s := &x.sents[si]
	t := &x.toks[i]
	if t.cap || x.used[i] || i+2 >= s.t1 || x.toks[i+1].lower != "of" || !seizureNouns[t.lower] { // the lookup last: dearest
		return false
	}
	mi := x.mentionStartingAt(i + 2)
	if mi < 0 {
		return false
	}
	m := &x.ments[mi]
	if m.gzRole != gzName || m.weak || !(m.kind == "state" || m.typ == TypePlace) {
		return false
	}
	name := t.lower + " of " + m.name
	x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: t.lower, key: "ev:" + t.lower + ":" + m.key, name: name, conf: 0.7, gzRole: -1})
	return true
}

// mentionEndingAt finds a live mention of the current sentence ending at
// token i; mentions of earlier sentences are never searched, which keeps
// recognition linear.
// yearBefore finds a year (1900–2100) at most four words before token i
// with only adjectives, states and demonyms between ("2024 U.S.
// presidential"), and returns its index or -1.
func (x *doc) yearBefore(i, lo int) int {
	for k := i - 1; k >= lo && k >= i-5; k-- {
		t := &x.toks[k]
		if t.kind == tkNum && len(t.text) == 4 {
			if y := atoiSmall(t.text); y >= 1900 && y <= 2100 {
				return k
			}
			return -1
		}
		if t.kind != tkWord && t.text != "-" || stopCaps[t.lower] && !x.used[k] {
			return -1
		}
	}
	return -1
}

// lowerNouns counts up to three ordinary lower-case words from token k
// ("grain terminal").
func (x *doc) lowerNouns(k, end int) int {
	n := 0
	for k+n < end && n < 3 {
		t := &x.toks[k+n]
		if t.kind != tkWord || t.cap || x.used[k+n] || stopCaps[t.lower] || prepositions[t.lower] || !x.isCommon(t.lower) {
			break
		}
		n++
	}
	return n
}

// mentionEndingAt returns the live mention of the sentence being read
// whose end (exclusive) is token i, or -1. It scans the mentions made so
// far, so it works while eventPass is still adding them, before tokMent
// is filled; mentionEndAt in relations.go is the later, indexed lookup
// by last token (inclusive).
func (x *doc) mentionEndingAt(i int) int {
	for k := len(x.ments) - 1; k >= 0 && x.ments[k].sent == x.ments[len(x.ments)-1].sent; k-- {
		if x.ments[k].t1 == i && !x.ments[k].dead {
			return k
		}
	}
	return -1
}

// mentionStartingAt is mentionEndingAt for a mention's first token.
func (x *doc) mentionStartingAt(i int) int {
	for k := len(x.ments) - 1; k >= 0 && x.ments[k].sent == x.ments[len(x.ments)-1].sent; k-- {
		if x.ments[k].t0 == i && !x.ments[k].dead {
			return k
		}
	}
	return -1
}

// summitAdjectives make a summit a particular one: "the extraordinary
// summit", "an emergency summit".
var summitAdjectives = set("extraordinary", "emergency", "special")

// sittingKinds say which of a body's numbered sittings a meeting is:
// "the 21st Ordinary Summit", "the 43rd Regular Meeting". Alone,
// "ordinary" and "regular" are plain adjectives ("an ordinary summit");
// with the number before them they belong to the sitting's name.
var sittingKinds = set("ordinary", "extraordinary", "regular", "special", "annual")

// electionKinds make elections a particular event when a state is named:
// "Serbia's parliamentary elections".
var electionKinds = set("parliamentary", "presidential", "general", "legislative", "municipal", "regional", "local", "snap")

// pointDocs are the texts numbered by their points: "a 15-point
// agreement", "the five-point consensus".
var pointDocs = set("agreement", "consensus", "plan", "deal", "roadmap", "road-map", "accord", "proposal", "declaration")

// exerciseWords follow the name of a military exercise: "'Azure Shield'
// drills".
var exerciseWords = set("drills", "drill", "exercises", "exercise", "manoeuvres", "maneuvers", "wargames")

var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"fifteen", "twenty")

// namedEventAt recognises events named by their shape at token i: a
// summit with a particular adjective, a state's elections of a kind, an
// N-point agreement, a named exercise ("Azure Shield-2024", "'Azure
// Shield' drills"). It reports whether it added one.
func (x *doc) namedEventAt(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	t := &toks[i]
	if x.used[i] || t.kind != tkWord && t.text != "-" && t.kind != tkNum {
		return false
	}
	switch {
	case (t.lower == "summit" || t.lower == "summits") && !t.cap && i-2 >= s.t0 && summitAdjectives[toks[i-1].lower] && !x.used[i-1]:
		switch toks[i-2].lower {
		case "the", "an", "their", "its", "this", "last", "that":
		default:
			return false
		}
		name := toks[i-1].lower + " summit"
		x.addMention(mention{t0: i - 1, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: "ev:summit:" + name, name: name, conf: 0.65, gzRole: -1})
		return true
	case (t.lower == "elections" || t.lower == "election") && !t.cap && i-2 >= s.t0 && electionKinds[toks[i-1].lower] && x.yearBefore(i, s.t0) < 0:
		// "<state>'s parliamentary elections", "the Serbian presidential election"
		q := i - 2
		if toks[q].kind == tkPoss {
			q--
		}
		mi := x.mentionEndingAt(q + 1)
		if q < s.t0 || mi < 0 || x.ments[mi].kind != "state" || x.ments[mi].typ != TypeInstitution && !x.ments[mi].weak {
			return false
		}
		m := &x.ments[mi]
		dem := x.lx.demonymOf[m.key]
		if dem == "" {
			dem = m.name
		}
		name := dem + " " + toks[i-1].lower + " " + t.lower
		key := x.electionKey(toks[i-1].lower, name, "ev:election:"+m.key+":"+toks[i-1].lower)
		// the kind and the head as written are an alias: the article
		// names the vote without its state as often ("Karvia's presidential
		// election ... the presidential election"; round 34: dev24, dev27)
		short := toks[i-1].lower + " " + t.lower
		x.addMention(mention{t0: i - 1, t1: i + 1, sent: si, typ: TypeEvent, kind: "election", key: key, name: name, short: short, conf: 0.7, gzRole: -1})
		return true
	case t.lower == "point" && i-2 >= s.t0 && i+1 < s.t1 && toks[i-1].text == "-" && pointDocs[toks[i+1].lower]:
		// "a 15-point agreement", "the five-point consensus"
		n := &toks[i-2]
		if !(n.kind == tkNum || numberWords[n.lower] || isDigits(n.text)) || x.used[i-2] {
			return false
		}
		name := n.lower + "-point " + toks[i+1].lower
		x.addMention(mention{t0: i - 2, t1: i + 2, sent: si, typ: TypeEvent, kind: "treaty", key: "ev:treaty:" + name, name: name, conf: 0.65, gzRole: -1})
		return true
	case t.lower == "party" && i-2 >= s.t0 && i+1 < s.t1 && toks[i-1].text == "-" && toks[i+1].lower == "talks" && !x.used[i-2]:
		// "the six-party talks": a standing negotiating format
		n := &toks[i-2]
		if !(numberWords[n.lower] || isDigits(n.text)) {
			return false
		}
		name := n.lower + "-party talks"
		x.addMention(mention{t0: i - 2, t1: i + 2, sent: si, typ: TypeEvent, kind: "summit", key: "ev:summit:" + name, name: name, conf: 0.65, gzRole: -1})
		return true
	case t.text == "-" && !t.space && i+1 < s.t1 && !toks[i+1].space && isYear(toks[i+1].text) && i-1 >= s.t0 && toks[i-1].cap:
		// "Azure Shield-2024": a code name with its year
		a := x.capRunBefore(si, i)
		if a < 0 {
			return false
		}
		base := normText(x.spanText(a, i))
		x.addMention(mention{t0: a, t1: i + 2, sent: si, typ: TypeEvent, kind: "operation", key: "ev:operation:" + strings.ToLower(base), name: base + "-" + toks[i+1].text, conf: 0.7, gzRole: -1})
		return true
	case t.lower == "meeting":
		return x.membersMeeting(si, i) || x.sessionOfBody(si, i)
	case t.lower == "session":
		return x.sessionOfBody(si, i)
	case !t.cap && i-1 > s.t0 && eventGates.exerciseWords.may(t.lower) && exerciseWords[t.lower]:
		// "'Azure Shield' drills", "Azure Shield exercises"
		e := i
		if q := toks[i-1].text; q == "'" || q == "\u2019" || q == "\"" || q == "\u201d" {
			e = i - 1
		}
		a := x.capRunBefore(si, e)
		if a < 0 || e == i && a == e-1 {
			return false // one capitalised word: "Chinese drills", "Navy exercises"
		}
		name := normText(x.spanText(a, e))
		x.addMention(mention{t0: a, t1: e, sent: si, typ: TypeEvent, kind: "operation", key: "ev:operation:" + strings.ToLower(name), name: name, conf: 0.6, gzRole: -1})
		return true
	}
	return false
}

// capRunBefore returns the start of a run of one to three capitalised
// words, not yet taken by a gazetteer name, ending just before token e;
// -1 when there is none.
func (x *doc) capRunBefore(si, e int) int {
	s := &x.sents[si]
	a := e
	for a-1 >= s.t0 && e-a < 3 && x.toks[a-1].kind == tkWord && x.toks[a-1].cap && !stopCaps[x.toks[a-1].lower] && (!x.tc[a-1] || !x.lx.isCommon(x.toks[a-1].lower)) {
		a--
	}
	if a == e {
		return -1
	}
	for k := a; k < e; k++ {
		if mi := x.mentionStartingAt(k); mi >= 0 && x.ments[mi].gzRole >= 0 {
			return -1 // a state, a body or a place
		}
	}
	// a chunk mention over the run gives way to the event
	for k := a; k < e; k++ {
		for mi := len(x.ments) - 1; mi >= 0 && x.ments[mi].sent == si; mi-- {
			if m := &x.ments[mi]; !m.dead && m.t0 <= k && k < m.t1 {
				if m.t0 < a || m.t1 > e {
					return -1
				}
				m.dead = true
				for q := m.t0; q < m.t1; q++ {
					x.used[q] = false
				}
			}
		}
	}
	return a
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isYear(s string) bool {
	return len(s) == 4 && isDigits(s) && (s[0] == '1' || s[0] == '2')
}

// datedNouns name one-off events when a date is attached to them.
var datedNouns = map[string]string{"war": "war", "offensive": "war", "invasion": "war", "incursion": "war",
	"launches": "attack", "tests": "attack", "test": "attack", "strikes": "attack", "ramming": "attack", "killing": "attack",
	"coup": "revolution", "clashes": "attack", "violence": "attack", "riots": "attack", "unrest": "attack",
	"genocide": "attack", "massacre": "attack", "blockade": "war", "revolution": "revolution", "uprising": "revolution",
	"protests": "revolution", "deal": "treaty", "default": "crisis", "standoff": "crisis",
	// round 33: attacks, clashes and arrests on a day, a quake in a month
	// ("the August 25 attacks", "the May 28 clash", "the September 27
	// arrests", "the April earthquake", "the incident of 5 August 2023")
	"attack": "attack", "attacks": "attack", "bombing": "attack", "bombings": "attack", "clash": "attack",
	"arrests": "other", "earthquake": "disaster", "incident": "attack", "conflict": "war"}

// crisisCompounds follow a dated noun used as a modifier, not as the
// event: "the 2023 default rate", "cut the 2024 default risk", "standoff
// weapons", "the 2016 jury award winner". With eventNounModifiers and
// lawNouns they are the one list of such nouns (nounAfterDated).
var crisisCompounds = set("rate", "rates", "risk", "risks", "swap", "swaps", "option", "options", "setting", "settings",
	"value", "values", "probability", "probabilities", "insurance", "protection", "mode", "judgment", "judgement",
	"judgments", "judgements", "notice", "notices", "clause", "clauses", "level", "levels", "distance", "range",
	"weapon", "weapons", "missile", "missiles", "winner", "winners", "ceremony", "ceremonies")

// nounAfterDated reports a noun after a dated head that makes the head its
// modifier: "the 2023 default rate", "the 2011 crisis fund", "the June 4
// election law".
func nounAfterDated(w string) bool {
	return crisisCompounds[w] || eventNounModifiers[w] || lawNouns[w]
}

// datedCompounds are hyphenated modifiers between a date and its noun:
// "the 1991-92 post-election riots".
var datedCompounds = set("post", "pre")

// clauseDatePreps before a year date the clause, not the noun after the
// year: "in 2018 protests spread", "since 2015 attacks have doubled", "by
// 2030 conflict would be common", "after 2015 bombings fell".
var clauseDatePreps = set("in", "since", "by", "after", "before", "until", "till", "during", "from", "through", "throughout")

// recurringNouns and recurringModifiers make a dated noun one of many
// like it ("a suicide bombing in March", "armed clashes on May 5"): named
// with its date after "in" or "on", the date stays in its name and key.
var (
	recurringNouns     = set("attack", "attacks", "bombing", "bombings", "clash", "clashes", "conflict", "incident", "arrests", "earthquake")
	recurringModifiers = set("armed", "embassy", "terrorist", "suicide")
)

// datedModifiers may stand between the date and the noun.
var datedModifiers = set("missile", "military", "border", "nuclear", "ground", "air", "naval", "rocket", "ballistic", "civil", "drone",
	"armed", "embassy", "terrorist", "suicide")

// datedEvent takes a one-off event by its date: "their 1991-93 border
// war", "Ruritania's June 9 rocket tests", "a naval offensive
// in March 1987" (named "naval offensive"). Without a date the
// noun is no event ("further launches", "the war").
func (x *doc) datedEvent(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	t := &toks[i]
	if t.cap || x.used[i] {
		return false
	}
	cls, ok := gatedLookup(&eventGates.datedNouns, datedNouns, t.lower)
	if !ok {
		return false
	}
	a := i
	for a-1 >= s.t0 && a > i-2 && datedModifiers[toks[a-1].lower] && !x.used[a-1] {
		a--
	}
	if a-3 >= s.t0 && toks[a-2].text == "-" && !toks[a-2].space && !toks[a-1].space && datedCompounds[toks[a-3].lower] && toks[a-1].kind == tkWord && !x.used[a-1] {
		a -= 3 // "post-election"
	}
	place := -1
	if mi := x.mentionEndingAt(a); mi >= 0 && a > i-2 && x.ments[mi].gzRole >= 0 && (x.ments[mi].typ == TypePlace || x.ments[mi].gzRole == gzCapital) {
		// "the 2021 Honiara riots": the place between the date and the
		// noun is part of the name
		place, a = mi, x.ments[mi].t0
	}
	end := i + 1
	if cls == "crisis" && end < s.t1 && nounAfterDated(toks[end].lower) {
		return false // "the 2023 default rate"
	}
	if t.lower == "coup" && end < s.t1 && toks[end].lower == "attempt" {
		end++ // "coup attempt"
	}
	start := -1
	if k := a - 1; k >= s.t0 && !x.used[k] {
		switch {
		case (isYear(toks[k].text) || isDigits(toks[k].text) && len(toks[k].text) == 2) && k-2 >= s.t0 && toks[k-1].text == "-" && isYear(toks[k-2].text):
			start = k - 2 // "1991-93 border war", "the 1991-92 post-election riots"
		case isYear(toks[k].text) && k-1 >= s.t0 && clauseDatePreps[toks[k-1].lower]:
			return false // "in 2018 protests spread", "since 2015 attacks have doubled": the year dates the clause
		case isYear(toks[k].text):
			start = k // "the 2008 war", "the June 2023 killing"
			if k-1 >= s.t0 && toks[k-1].cap && !x.used[k-1] {
				if _, ok := monthNames[toks[k-1].lower]; ok {
					start = k - 1
				}
			}
		case isDigits(toks[k].text) && len(toks[k].text) <= 2 && k-1 >= s.t0:
			start = x.dayBefore(si, a) // "July 5 missile launches", "the Oct. 12 coup"
		case x.monthAlone(si, k):
			start = k // "the August coup", "Karvia's March riots"
		case a < i && x.countedAt(si, k):
			start = k // "Karvia's fourth missile test"
		}
	}
	name := ""
	dateFirst := start >= 0
	dayFirst := -1
	if start < 0 && end+1 < s.t1 && toks[end].lower == "of" && toks[end+1].kind == tkNum {
		dayFirst = x.dayFirstEnd(end+1, s.t1)
	}
	switch {
	case start >= 0:
		name = normText(x.spanText(start, end))
	case end+1 < s.t1 && toks[end].lower == "of" && x.monthYearEnd(end+1, s.t1) > 0:
		// "the coup attempt of March 1987": the date is part of the name
		start, end = a, x.monthYearEnd(end+1, s.t1)
		name = normText(x.spanText(a, end))
	case end+1 < s.t1 && toks[end].lower == "of" && x.dayDateEnd(end+1, s.t1) > 0:
		// "the military coup of February 1, 2021": a day dates it too
		start, end = a, x.dayDateEnd(end+1, s.t1)
		name = normText(x.spanText(a, end))
	case dayFirst > 0:
		// "the incident of 5 August 2023": the day written first
		start, end = a, dayFirst
		name = normText(x.spanText(a, end))
	case a < i && i+2 < s.t1 && (toks[i+1].lower == "in" || toks[i+1].lower == "on"):
		// "a naval offensive in March 1987"
		n := &toks[i+2]
		_, month := monthNames[n.lower]
		if !(month && n.cap) && !isYear(n.text) {
			return false
		}
		start = a
		if !recurringNouns[t.lower] && !recurringModifiers[toks[a].lower] {
			name = normText(x.spanText(a, i+1)) // "naval offensive", "nuclear test"
			break
		}
		// attacks, clashes, bombings and a conflict recur: the date
		// stays in the name and the key, so "a suicide bombing in March"
		// and "another suicide bombing in May" are two events
		de := -1
		if toks[i+1].lower == "on" {
			de = x.dayDateEnd(i+2, s.t1)
		} else {
			de = x.monthYearEnd(i+2, s.t1)
		}
		if de < 0 && month {
			de = i + 3 // "in March"
		}
		if de < 0 {
			return false
		}
		end = de
		name = normText(x.spanText(a, end))
	default:
		return false
	}
	if place >= 0 {
		x.killMentions(si, start, end)
	}
	key, short := lowerKey("ev:"+cls+":", name), ""
	if dateFirst && place < 0 {
		if w := x.datedWhereWho(si, end); w != "" {
			short, name = name, name+" "+w
		}
	}
	x.addMention(mention{t0: start, t1: end, sent: si, typ: TypeEvent, kind: cls, key: key, name: name, short: short, conf: 0.6, gzRole: -1})
	return true
}

// datedWhereWho returns "in <place>" or "of <person>" right after a dated
// event ending before token e, as written: "the July 2022 massacre in
// Cité Soleil", "the August earthquake in İzmit", "the June 2023 killing
// of <a named man>" (round 36: the date alone named them in dev38, dev48
// and dev49, where the gold keeps the place or the victim). The place is
// a city, a region or a place the chunk pass typed, or one or two
// capitalised words the chunk pass left for later (not opening with a
// given name: "in Maria Tarvu" is a person). A state ("the 2008 war in
// Georgia") or its capital, which stands for it ("the 2004 embassy
// bombings in Lima", round 33's name), is left out, as is the
// victim of any noun but "killing" ("the 2019 attacks of the rebels" names
// the attackers). "" when none. The caller keeps the dated name as an
// alias and as the key, so "the July 2022 massacre" elsewhere is one
// event with it.
func (x *doc) datedWhereWho(si, e int) string {
	s := &x.sents[si]
	if e+1 >= s.t1 || e-1 < s.t0 {
		return ""
	}
	mi := x.mentionStartingAt(e + 1)
	if mi < 0 {
		return ""
	}
	m := &x.ments[mi]
	if m.dead || m.weak {
		return ""
	}
	switch x.toks[e].lower {
	case "in":
		if m.typ == TypePlace && m.kind != "ship" && m.gzRole != gzCapital || m.typ == "" && m.gzRole < 0 && m.t1-m.t0 <= 2 && !x.lx.first[x.toks[m.t0].lower] {
			return "in " + normText(x.spanText(m.t0, m.t1))
		}
	case "of":
		if x.toks[e-1].lower == "killing" && m.typ == TypePerson && m.t1-m.t0 >= 2 {
			return "of " + normText(x.spanText(m.t0, m.t1))
		}
	}
	return ""
}

// joinNumberedSummits gives a body's plain summit ("the ASEAN Summit")
// the key of its numbered one ("the 41st ASEAN Summit") when the article
// numbers exactly one summit of that body; with two numbered summits the
// plain one is left alone, and each numbered summit is its own event.
func (x *doc) joinNumberedSummits() {
	var numbered map[string]string // plain key -> numbered key, "" for several
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.dead || m.typ != TypeEvent || m.kind != "summit" {
			continue
		}
		if plain, _, ok := strings.Cut(m.key, " #"); ok {
			numbered = noteJoin(numbered, plain, m.key)
		}
	}
	x.rekeyEvents(numbered)
}

// hostName is the name that keys an event named by the place or state
// of mention m (placeEventKey): the state's or place's whole name, or the
// city as written for a capital (whose mention carries its state's name).
func (x *doc) hostName(m *mention) string {
	if m.gzRole == gzCapital {
		return normText(x.spanText(m.t0, m.t1))
	}
	return m.name
}

// joinHostSummits gives a summit named by its host ("the Karvia summit",
// keyed by the host's whole name) the key of a summit written with that
// host after "in" ("the EAC summit in Karvia", "in the United Lodrian
// Republic") when the article holds one such summit there: the article
// names one meeting both ways. Only a name's mention is a host ("in
// June" is not); places unknown to the gazetteer are typed later
// (placeEvidence), so any mention but a person or an event counts. Two
// different summits in one host leave the host's summit alone.
func (x *doc) joinHostSummits() {
	var at map[int]int // first token of a host after "in" -> its summit's mention
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.dead || m.typ != TypeEvent || m.kind != "summit" || m.t1+1 >= x.sents[m.sent].t1 || x.toks[m.t1].lower != "in" {
			continue
		}
		h := m.t1 + 1
		if x.toks[h].lower == "the" {
			h++
		}
		if at == nil {
			at = map[int]int{}
		}
		at[h] = mi
	}
	if at == nil {
		return
	}
	var host map[string]string // host key -> the summit's key, "" for several
	for hi := range x.ments {
		h := &x.ments[hi]
		si, ok := at[h.t0]
		if !ok || h.dead || h.typ == TypePerson || h.typ == TypeEvent {
			continue
		}
		sk := x.ments[si].key
		if hk := placeEventKey("summit", x.hostName(h)); hk != sk {
			host = noteJoin(host, hk, sk)
		}
		// names.go keys a summit named by a place the gazetteer does not
		// know by the place's first word ("the Santa Fe summit")
		if hk := placeEventKey("summit", x.toks[h.t0].lower); h.t1-h.t0 > 1 && h.gzRole < 0 && hk != sk {
			host = noteJoin(host, hk, sk)
		}
	}
	x.rekeyEvents(host)
}

// joinHeadlineSummits gives a summit or conference that only the title
// names, by its host or body and a plain head ("Karvia energy summit: ...",
// "EU summit live: ..."), the key of the one summit the body names in
// full ("the first Karvia-Lodria Energy Summit opened in ..."): a
// headline shortens the meeting its article is about, and scoring both
// counted one event twice (round 35: dev9, dev16, dev40). The title's
// key must have no mention in the body (a body that names the title's
// summit again, "the 55th ASEAN Summit", keeps it apart), and the body
// must hold exactly one other summit-kind event that is itself called a
// summit, conference or meeting: with two ("the Kazan summit", "the G8
// summit") or with only talks ("the Barbados talks") the headline may
// mean either or neither, and it is left alone. The title's first word
// (its host or body) must recur in the body (wordInBody).
func (x *doc) joinHeadlineSummits() {
	if len(x.sents) == 0 || !x.sents[0].title {
		return
	}
	var head, body string
	first := -1
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.dead || m.typ != TypeEvent || m.kind != "summit" {
			continue
		}
		if m.sent == 0 {
			if w := x.toks[m.t1-1].lower; w != "summit" && w != "conference" || x.toks[m.t1-1].cap || head != "" && head != m.key {
				return
			}
			head, first = m.key, m.t0
			continue
		}
		if !x.anyWordIn(m.t0, m.t1, summitNames) || body != "" && body != m.key {
			return
		}
		body = m.key
	}
	if head == "" || body == "" || head == body || !x.wordInBody(first) {
		return
	}
	for mi := range x.ments {
		if m := &x.ments[mi]; !m.dead && m.sent > 0 && m.key == head {
			return
		}
	}
	x.rekeyEvents(map[string]string{head: body})
}

// wordInBody reports the title's word at i written again after the title:
// the host or body that names a headline's summit ("Nouakchott energy
// summit", "EU summit") recurs in an article about that summit, while a
// title's "Lima summit" over a body that only names a conference in
// Quito is some other meeting (joinHeadlineSummits).
func (x *doc) wordInBody(i int) bool {
	w := x.toks[i].lower
	for q := x.sents[0].t1; q < len(x.toks); q++ {
		if x.toks[q].lower == w {
			return true
		}
	}
	return false
}

// summitNames are the heads that call an event a meeting of leaders or
// delegates (joinHeadlineSummits); "talks" and "forum" are left out.
var summitNames = set("summit", "conference", "meeting")

// noteJoin records that key from is one event with key to, or marks from
// as ambiguous ("") when it already leads to another key; the map is
// made on first use.
func noteJoin(join map[string]string, from, to string) map[string]string {
	if join == nil {
		join = map[string]string{}
	}
	if k, seen := join[from]; !seen {
		join[from] = to
	} else if k != to {
		join[from] = ""
	}
	return join
}

// rekeyEvents gives every live event mention whose key join leads to an
// unambiguous key that key, following joins as far as they go ("the
// Karvia talks" -> the summit in Karvia's city -> the body's summit
// there); an ambiguous step or a loop stops the walk.
func (x *doc) rekeyEvents(join map[string]string) {
	if join == nil {
		return
	}
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.dead || m.typ != TypeEvent {
			continue
		}
		start := m.key
		for n := 0; n < len(join); n++ {
			k := join[m.key]
			if k == "" || k == start {
				break
			}
			m.key = k
		}
	}
}

// countedAt reports an ordinal at token k (which no earlier pass took)
// that numbers the one event after it, with "the" or a possessive before
// it: "the third nuclear test", "Karvia's 5th missile launch". "first"
// and "1st" are left out: "the first missile tests in years" counts a
// kind, not one event.
func (x *doc) countedAt(si, k int) bool {
	if t := x.toks[k].lower; t == "first" || t == "1st" || !x.ordinalAt(k, true) || k-1 < x.sents[si].t0 {
		return false
	}
	return x.toks[k-1].lower == "the" || x.toks[k-1].kind == tkPoss
}

// monthYearEnd returns the end of a date "May 2015" or "2015" at token k,
// or -1.
func (x *doc) monthYearEnd(k, end int) int {
	if k < end && x.toks[k].cap {
		if _, ok := monthNames[x.toks[k].lower]; ok {
			k++
		}
	}
	if k < end && isYear(x.toks[k].text) {
		return k + 1
	}
	return -1
}

// dayFirstEnd returns the end of a date written day first, "5 August",
// "5 August 2023" or "11 September, 2001", starting at token k, or -1.
// dateAt reads it (checking the day against its month); a comma that no
// year follows is not the date's.
func (x *doc) dayFirstEnd(k, end int) int {
	d, e, ok := dateAt(x.toks, k, end)
	if !ok || d.d == 0 {
		return -1
	}
	if x.toks[e-1].text == "," {
		e--
	}
	return e
}

// dayDateEnd returns the end of a date "February 1", "Feb. 1",
// "December 3rd" or "February 1, 2021" starting at token k, or -1. What
// follows a comma belongs to the date only when it is a year. A numeric
// day is dateAt's (which checks the day against its month); an ordinal
// day ("3rd"), which dateAt does not read, is taken here.
func (x *doc) dayDateEnd(k, end int) int {
	if k >= end || !x.toks[k].cap {
		return -1
	}
	if d, e, ok := dateAt(x.toks, k, end); ok {
		if d.d == 0 {
			return -1 // "March 2021" has no day
		}
		if x.toks[e-1].text == "," {
			e-- // dateAt passes a comma that no year follows
		}
		return e
	}
	if _, ok := monthNames[x.toks[k].lower]; !ok {
		return -1
	}
	k++
	if k < end && x.toks[k].text == "." {
		k++ // "Dec. 3rd"
	}
	if k >= end || !isOrdinal(x.toks[k].text) || len(x.toks[k].text) > 4 {
		return -1
	}
	k++
	if k+1 < end && x.toks[k].text == "," && isYear(x.toks[k+1].text) {
		k += 2
	}
	return k
}

// referendumEvent takes a referendum at token i ("referendum") that the
// article names by the place that votes or by its day: "the Crimea
// referendum" (a known place or a state's name right before it, after
// "the") or "the referendum of December 3rd", "held a referendum on
// December 3" (a month and day right after "of" or "on"; a year written
// after the day belongs to the date and stays in the name and the key, so
// two years' referendums on one day stay two). The key is the one
// datedHappening gives the date-first form ("the December 3
// referendum"), which stays an alias: articles write it both ways. A
// referendum on a subject ("a referendum on EU membership"), one with
// neither place nor day ("promised a referendum") and the noun before a
// law ("the Crimea referendum law") are none. A date before the noun is
// datedHappening's.
func (x *doc) referendumEvent(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if toks[i].lower != "referendum" || i+1 < s.t1 && nounAfterDated(toks[i+1].lower) {
		return false
	}
	if x.referendumOfYear(si, i) || x.referendumOnName(si, i) {
		return true
	}
	if mi := x.mentionEndingAt(i); mi >= 0 {
		m := &x.ments[mi]
		if !m.weak && m.gzRole == gzName && (m.typ == TypePlace || m.kind == "state" && m.typ == TypeInstitution) && x.theBefore(si, m.t0) {
			name := normText(x.spanText(m.t0, i+1))
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: "election", key: lowerKey("ev:election:", name), name: name, conf: 0.6, gzRole: -1})
			return true
		}
		return false
	}
	if i+2 >= s.t1 || toks[i+1].lower != "of" && toks[i+1].lower != "on" {
		return false
	}
	end := x.dayDateEnd(i+2, s.t1)
	if end < 0 {
		return false
	}
	date, name := normText(x.spanText(i+2, end)), normText(x.spanText(i, end))
	short := date + " referendum"
	x.addMention(mention{t0: i, t1: end, sent: si, typ: TypeEvent, kind: "election", key: lowerKey("ev:election:", short), name: name, short: short, conf: 0.6, gzRole: -1})
	return true
}

// referendumOfYear takes "the referendum of 2019", "the independence
// referendum of 1991", "the Annan Plan referendum of April 2004": the
// article and a year (or a month and year) after "of" single out one vote
// as a day does (referendumEvent). The name keeps the date; what precedes
// the noun (a plain word, or a capitalised name after "the") stays in
// the name and gives the short form ("Annan Plan referendum"), the form
// articles repeat. A referendum "of" anything but a date is left, and
// so is a bare "the referendum of March 2031" (a month with no day,
// round 32's counter-example) unless a word or name before the noun
// says which vote it was.
func (x *doc) referendumOfYear(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if i+2 >= s.t1 || toks[i+1].lower != "of" {
		return false
	}
	e := i + 2
	month := false
	if _, ok := monthNames[toks[e].lower]; ok && e+1 < s.t1 {
		e, month = e+1, true
	}
	if !isYear(toks[e].text) {
		return false
	}
	e++
	a := i
	switch {
	case x.theBefore(si, i):
	case i-1 > s.t0 && x.openWord(i-1) && x.theBefore(si, i-1):
		a = i - 1 // "the independence referendum of 1991"
	default:
		for a > s.t0 && toks[a-1].cap && toks[a-1].kind == tkWord {
			a--
		}
		if a == i || !x.theBefore(si, a) {
			return false
		}
		// "the Annan Plan referendum of April 2004"
	}
	if month && a == i {
		return false // "the referendum of March 2031": a month without its day is left, as referendumEvent leaves it
	}
	name, short := normText(x.spanText(a, e)), ""
	if a < i {
		short = normText(x.spanText(a, i+1))
	}
	x.addMention(mention{t0: i, t1: e, sent: si, typ: TypeEvent, kind: "election", key: lowerKey("ev:election:", name), name: name, short: short, conf: 0.6, gzRole: -1})
	return true
}

// referendumOnName takes "the referendum on the Day of Karvia": after
// the article (or a possessive: "last May's referendum on the ..."), a
// subject that is itself a capitalised name ("the", then capitalised
// words joined by "of") makes the vote one known to the reader. "a
// referendum on EU membership" (no article, a common subject) stays a
// topic (referendumEvent).
func (x *doc) referendumOnName(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if i+3 >= s.t1 || toks[i+1].lower != "on" || toks[i+2].lower != "the" || !x.theBefore(si, i) && !(i-1 > s.t0 && toks[i-1].kind == tkPoss) || !toks[i+3].cap || toks[i+3].kind != tkWord {
		return false
	}
	e := i + 4
	for e < s.t1 {
		if toks[e].cap && toks[e].kind == tkWord {
			e++
		} else if toks[e].lower == "of" && e+1 < s.t1 && toks[e+1].cap && toks[e+1].kind == tkWord {
			e += 2
		} else {
			break
		}
	}
	name := normText(x.spanText(i, e))
	x.addMention(mention{t0: i, t1: e, sent: si, typ: TypeEvent, kind: "election", key: lowerKey("ev:election:", name), name: name, conf: 0.6, gzRole: -1})
	return true
}

// diseaseWords name diseases whose pandemics and epidemics are events:
// "the COVID-19 pandemic", "the Ebola epidemic".
var diseaseWords = set("covid", "coronavirus", "ebola", "zika", "cholera", "sars", "mers", "h1n1", "influenza", "flu",
	"mpox", "aids", "hiv", "polio", "measles", "dengue", "plague", "marburg")

// diseaseEvent takes a named disease's pandemic or epidemic at token i.
// "The pandemic" alone, or "a pandemic treaty", names no disease.
func (x *doc) diseaseEvent(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if l := toks[i].lower; l != "pandemic" && l != "epidemic" || toks[i].cap || x.used[i] || i-1 < s.t0 {
		return false
	}
	start := i - 1
	if toks[start].kind == tkNum && start-2 >= s.t0 && toks[start-1].text == "-" && !toks[start-1].space {
		start -= 2 // "COVID-19"
	}
	if !diseaseWords[toks[start].lower] {
		return false
	}
	x.killMentions(si, start, i)
	name := normText(x.spanText(start, i+1))
	x.addMention(mention{t0: start, t1: i + 1, sent: si, typ: TypeEvent, kind: "pandemic", key: "ev:pandemic:" + toks[start].lower, name: name, conf: 0.75, gzRole: -1})
	return true
}

// killMentions removes the mentions of sentence si that overlap [a, b):
// an event's name takes their tokens.
func (x *doc) killMentions(si, a, b int) {
	for mi := len(x.ments) - 1; mi >= 0 && x.ments[mi].sent == si; mi-- {
		if m := &x.ments[mi]; !m.dead && m.t0 < b && a < m.t1 {
			m.dead = true
			for q := m.t0; q < m.t1; q++ {
				x.used[q] = false
			}
		}
	}
	for q := a; q < b; q++ {
		x.used[q] = false
	}
}

// civilWar takes a state's civil war at token i ("war"): "Angola's civil
// war", "the Lebanese civil war", one event with "the war in Angola".
func (x *doc) civilWar(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if toks[i].lower != "war" || toks[i].cap || x.used[i] || i-2 < s.t0 || toks[i-1].lower != "civil" || x.used[i-1] {
		return false
	}
	k := i - 1
	if toks[k-1].kind == tkPoss {
		k--
	}
	mi := x.mentionEndingAt(k)
	if mi < 0 || x.ments[mi].kind != "state" || x.ments[mi].gzRole != gzName && x.ments[mi].gzRole != gzDemonym {
		return false
	}
	m := &x.ments[mi]
	name := normText(x.spanText(m.t0, i+1))
	x.addMention(mention{t0: i - 1, t1: i + 1, sent: si, typ: TypeEvent, kind: "war", key: "ev:war:" + m.key, name: name, conf: 0.7, gzRole: -1})
	return true
}

// placeDisaster takes a disaster named by its place at token i, with its
// year when one stands before: "the 2016 Tarvu drought", "the Kobe
// earthquake". The noun alone ("the drought") is no event.
func (x *doc) placeDisaster(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if toks[i].cap || x.used[i] || !eventGates.placeEvents.may(toks[i].lower) || placeEvents[toks[i].lower] != "disaster" || i+1 < s.t1 && eventNounModifiers[toks[i+1].lower] {
		return false
	}
	mi := x.mentionEndingAt(i)
	if mi < 0 || x.ments[mi].gzRole != gzName || x.ments[mi].typ != TypePlace && x.ments[mi].kind != "state" {
		return false
	}
	m := &x.ments[mi]
	a := m.t0
	if toks[i].lower == "fires" && !x.theBefore(si, a) && !(a-1 >= s.t0 && isYear(toks[a-1].text) && x.theBefore(si, a-1)) {
		return false // "Karvia fires its envoy": a verb after the name
	}
	if a = x.placeNameBefore(si, a); a < m.t0 {
		m.dead = true // "the Lanu Samoa eruption": a volcano, not the state
	}
	mod := x.spanText(a, i)
	if a-1 >= s.t0 && isYear(toks[a-1].text) && !x.used[a-1] {
		a--
	}
	name := normText(x.spanText(a, i+1))
	x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: "disaster", key: placeEventKey("disaster", mod), name: name, conf: 0.65, gzRole: -1})
	return true
}

// bodySummit takes "the Visegrad Group summit" at token i: a body's
// summit is one meeting of its members (a state's or an outlet's is not).
func (x *doc) bodySummit(si, i int) bool {
	t := &x.toks[i]
	if t.lower != "summit" || t.cap || x.used[i] {
		return false
	}
	mi := x.mentionEndingAt(i)
	if mi < 0 {
		return false
	}
	m := &x.ments[mi]
	if m.typ != TypeInstitution || m.kind == "state" || m.kind == "media" || m.acronym {
		return false
	}
	if n := i + 1; n < x.sents[si].t1 && summitClassNouns[x.toks[n].lower] {
		return false // "the Iberia summit hotel group", "the Visegrad Group summit season" (summitModifier)
	}
	name := m.name + " summit"
	if a := m.t0 - 1; a >= x.sents[si].t0 && summitAdjectives[x.toks[a].lower] && !x.used[a] {
		// "the extraordinary AU Bureau summit": the adjective makes it one
		// sitting and belongs to its name (as namedEventAt's and the
		// gazetteer's summits keep it); the key stays the body's
		name = x.toks[a].lower + " " + name
	}
	x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: placeEventKey("summit", m.name), name: name, conf: 0.65, gzRole: -1})
	return true
}

// compassWords open the names of regions and of the events named after
// them: "North Atlantic …", "South Pacific …".
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western")

// isOrdinal reports a numeral with an ordinal suffix: "6th", "21st".
func isOrdinal(s string) bool {
	return len(s) >= 3 && len(s) <= 5 && s[0] >= '1' && s[0] <= '9' && atoiSmall(s) > 0 && !isDigits(s)
}

// ordinalAt reports an ordinal at token k that numbers an event: a
// numeral ("6th", "33rd") or, with words, a word ("sixth"). The callers
// check that no earlier pass took the token.
func (x *doc) ordinalAt(k int, words bool) bool {
	t := &x.toks[k]
	return isOrdinal(t.text) || words && ordinalWords[t.lower]
}

// acronymAt reports an upper-case word of two to six letters at k that no
// earlier pass took: an unknown body's acronym ("CPOPC").
func (x *doc) acronymAt(k int) bool {
	t := &x.toks[k]
	return t.kind == tkWord && t.upper && len(t.text) <= 6 && !x.used[k]
}

// eventNameStart extends an event's name leftward from token a over the
// words that belong to it and that the chunk pass left out: a compass
// point ("North Atlantic …", where "Atlantic" is a region of its own),
// an ordinal ("6th … Meeting") or a capitalised ordinal word ("the
// Second Karvia War"), with the kind of sitting after a number ("the
// 21st Ordinary ... Summit"), an unknown acronym, "Heads of" before
// "State" or "Government", and the body holding the event ("Coastal League Heads of
// State Summit"; an acronym read on its own counts). It returns where the
// name starts and where the event's own tokens start: the body keeps its
// mention. A word of another class (a sentence-opening "Monday"), a
// comma or an article stops it.
func (x *doc) eventNameStart(si, a int) (name, own int) {
	s := &x.sents[si]
	toks := x.toks
	name, own = a, a
	for steps := 0; steps < 4 && name-1 >= s.t0; steps++ {
		k := name - 1
		t := &toks[k]
		switch {
		case t.kind == tkWord && t.cap && !x.used[k] && compassWords[t.lower] && own == name:
			name, own = k, k
		case x.ordinalAt(k, false) && !x.used[k] && own == name:
			return k, k // nothing before an ordinal belongs to the name
		case t.cap && x.ordinalAt(k, true) && !x.used[k] && own == name:
			// "the Second Karvia War": a capitalised ordinal word is part
			// of the name (a discourse "Second," is cut by its comma)
			return k, k
		case t.kind == tkWord && t.cap && sittingKinds[t.lower] && !x.used[k] && own == name && k-1 >= s.t0 && x.ordinalAt(k-1, false) && !x.used[k-1]:
			// "the 21st Ordinary Coastal League Summit": the kind of
			// sitting belongs to the name with the number before it
			return k - 1, k - 1
		case x.acronymAt(k) && own == name:
			name, own = k, k
		case t.lower == "and" && own == name:
			// "the Open Skies and Transit Agreement": the chunk pass
			// cut the name at "and"
			r := x.capRunAfterThe(si, k)
			if r < 0 {
				return name, own
			}
			x.killMentions(si, r, k) // words no pass could place
			name, own = r, r
		case (toks[name].lower == "state" || toks[name].lower == "government") && toks[name].cap && k-1 >= s.t0 && t.lower == "of" &&
			(toks[k-1].lower == "heads" || toks[k-1].lower == "head") && toks[k-1].cap && own == name:
			name, own = k-1, k-1
		default:
			if p := x.partiesStart(si, name); p >= 0 {
				// "the Karvia-Lodria Business Forum": the parties keep
				// their mentions
				return p, own
			}
			mi := x.mentionEndingAt(name)
			if mi < 0 || !x.ments[mi].acronym && (x.ments[mi].typ != TypeInstitution || x.ments[mi].kind != "international" && x.ments[mi].kind != "organization") {
				return name, own
			}
			name = x.ments[mi].t0
		}
	}
	return name, own
}

// capRunAfterThe returns the start of one to three capitalised words
// that no pass took, ending just before token e and right after "the"
// (or "a", "an": "negotiating a Stabilisation and Association
// Agreement"); -1 when there is none. Without the article the words may
// be a list of their own ("Karvia and Lodria Agreement", "signed by
// Ortega and Lodria Energy").
func (x *doc) capRunAfterThe(si, e int) int {
	s := &x.sents[si]
	a := e
	for a-1 >= s.t0 && e-a < 3 && x.toks[a-1].kind == tkWord && x.toks[a-1].cap && !stopCaps[x.toks[a-1].lower] && (!x.used[a-1] || x.untypedAt(si, a-1)) {
		a--
	}
	if a == e || a-1 < s.t0 {
		return -1
	}
	if l := x.toks[a-1].lower; l != "the" && l != "a" && l != "an" {
		return -1
	}
	return a
}

// untypedAt reports a token of sentence si that only a mention of no
// type holds: a capitalised word the chunk pass could not place
// ("Stabilisation" cut from "a Stabilisation and Association
// Agreement"), free for an event's name.
func (x *doc) untypedAt(si, k int) bool {
	for mi := len(x.ments) - 1; mi >= 0 && x.ments[mi].sent == si; mi-- {
		if m := &x.ments[mi]; !m.dead && m.t0 <= k && k < m.t1 {
			return m.typ == ""
		}
	}
	return false
}

// treatySubjects extends the name of an agreement or a treaty written
// with its subject after "on" or "for" ("the Comprehensive Agreement on
// Investment", "the WTO Agreement on Safeguards", "the Comprehensive and
// Progressive Agreement for Trans-Pacific Partnership"): the subject is
// part of the title, and the chunk pass cut it off at the connector. The
// subject is a run of capitalised words (hyphens, "and" and "of" inside)
// starting with a word no pass took; a date ("on Monday", "on May 5") or
// a known name ("on Ukraine") after the connector is no subject. Words
// of the subject read as names of their own ("Pacific") lose those
// mentions.
func (x *doc) treatySubjects(si int) {
	s := &x.sents[si]
	toks := x.toks
	for mi := len(x.ments) - 1; mi >= 0 && x.ments[mi].sent == si; mi-- {
		m := &x.ments[mi]
		h := m.t1 - 1
		if m.dead || m.typ != TypeEvent || m.kind != "treaty" || !toks[h].cap || eventHeads[toks[h].lower] != "treaty" || m.t1+1 >= s.t1 {
			continue
		}
		if c := toks[m.t1].lower; c != "on" && c != "for" {
			continue
		}
		q := m.t1 + 1
		if t := &toks[q]; t.kind != tkWord || !t.cap || x.used[q] && !x.untypedAt(si, q) || stopCaps[t.lower] || hasWeekday(t.lower) {
			continue
		} else if _, month := monthNames[t.lower]; month {
			continue
		}
		// known reports a word an earlier pass typed as a name of its own
		// (a state, a person, a body): the subject stops before it, as it
		// stops before a lower-case word ("the Tarvu Agreement on
		// Fisheries and Karvia signed", "under the Tarvu Agreement on
		// Fisheries Anna Berg cut ...")
		// A name that starts inside the subject ("Caspian Shipping" in
		// "Trans-Caspian Shipping") is the subject's.
		known := func(k int) bool {
			if !x.used[k] {
				return false
			}
			for mi := len(x.ments) - 1; mi >= 0 && x.ments[mi].sent == si; mi-- {
				if m := &x.ments[mi]; !m.dead && m.t0 <= k && k < m.t1 {
					return m.typ != "" && m.t0 == k
				}
			}
			return false
		}
		e := q + 1
		for e < s.t1 && e-q < 6 {
			t := &toks[e]
			if t.kind == tkWord && t.cap && !stopCaps[t.lower] && !known(e) {
				e++
			} else if (t.text == "-" || t.text == "\u2013") && !t.space && e+1 < s.t1 && !toks[e+1].space && toks[e+1].cap && toks[e+1].kind == tkWord {
				e += 2 // "Trans-Pacific": the joined word ("Pacific") is the compound's
			} else if (t.lower == "and" || t.lower == "of") && e+1 < s.t1 && toks[e+1].cap && toks[e+1].kind == tkWord && !stopCaps[toks[e+1].lower] && !known(e+1) {
				e += 2
			} else {
				break
			}
		}
		// the whole title keys the agreement: "the WTO Agreement on
		// Safeguards" and "... on Agriculture" are two; the title without
		// its subject stays an alias
		nm := *m
		nm.name = m.name + " " + toks[m.t1].lower + " " + normText(x.spanText(q, e))
		nm.key = lowerKey("ev:treaty:", nm.name)
		nm.short = m.name
		nm.t1 = e
		x.killMentions(si, nm.t0, e)
		x.addMention(nm)
	}
}

// joinTreatyTitles gives an agreement written without its subject ("the
// WTO Agreement") the key of the one title that treatySubjects lengthened
// from it ("the WTO Agreement on Safeguards"): the article names one
// agreement both ways. With two such titles ("... on Agriculture" too)
// the short form is left alone.
func (x *doc) joinTreatyTitles() {
	var join map[string]string // the short form's lower-case name -> the title's key, "" for several
	for mi := range x.ments {
		if m := &x.ments[mi]; !m.dead && m.typ == TypeEvent && m.kind == "treaty" && m.short != "" && m.t1-m.t0 > 2 && x.toks[m.t1-1].cap {
			join = noteJoin(join, lowerKey("", m.short), m.key)
		}
	}
	if join == nil {
		return
	}
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.dead || m.typ != TypeEvent || m.kind != "treaty" || m.short != "" {
			continue
		}
		if k := join[lowerKey("", m.name)]; k != "" {
			m.key = k
		}
	}
}

// partiesStart returns where two or more states or international bodies
// joined by dashes start ("Karvia-Lodria", "EU–Karvia"), the last of
// them ending at token e; -1 when there are fewer than two or the
// chain goes on past a name not known ("Zorland-Karvia-Lodria" with
// Zorland unknown names another event than "Karvia-Lodria").
func (x *doc) partiesStart(si, e int) int {
	lo := x.sents[si].t0
	for n, a := 0, e; ; a-- {
		mi := x.mentionEndingAt(a)
		if mi < 0 || !isParty(&x.ments[mi]) {
			return -1
		}
		n, a = n+1, x.ments[mi].t0
		if !x.attachedDash(lo, a) {
			if n < 2 {
				return -1
			}
			return a
		}
	}
}

// partiesHeads are the lower-case nouns that two sides joined by a dash
// make one event: "the Karvia-Lodria peace treaty", "the first
// EU-Karvia intergovernmental conference". An agreement is a treaty's
// text ("the Karvia-Lodria free trade agreement"). Talks, deals and
// pacts are left out: "EU-Karvia trade talks resume" names a subject,
// not a meeting, and "the EU-Karvia deal" is as often a plan as a text.
var partiesHeads = map[string]string{"treaty": "treaty", "agreement": "treaty", "summit": "summit", "conference": "summit"}

// partiesEvent takes the event at token i (a partiesHeads noun) named by
// its parties and up to three lower-case words: "the Karvia–Lodria free
// trade agreement". The article (with at most one word after it, "the
// first ...") makes it one happening or text; "a Karvia-Lodria summit"
// may never take place, and "the Karvia-Lodria press conference" is
// nobody's event. The event's name includes the parties, but its mention
// covers only the lower-case words and the head: the parties keep their
// own mentions (and their relations).
func (x *doc) partiesEvent(si, i int) bool {
	cls, ok := gatedLookup(&eventGates.partiesHeads, partiesHeads, x.toks[i].lower)
	if !ok {
		return false
	}
	s := &x.sents[si]
	e := i
	for e-1 >= s.t0 && i-e < 3 && x.plainLower(e-1) {
		e--
	}
	a := x.partiesStart(si, e)
	if a < 0 || !x.theBefore(si, a) && !(a-2 >= s.t0 && x.toks[a-2].lower == "the" && (x.toks[a-1].kind == tkWord && !x.toks[a-1].cap || isYear(x.toks[a-1].text))) {
		return false
	}
	for k := e; k < i; k++ {
		if x.toks[k].lower == "press" || x.toks[k].lower == "news" {
			return false
		}
	}
	name := normText(x.spanText(a, i+1))
	x.addMention(mention{t0: e, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: lowerKey("ev:"+cls+":", name), name: name, conf: 0.65, gzRole: -1})
	return true
}

// plainLower reports a lower-case word at k that no pass took and that is
// no article, preposition or conjunction: a modifier inside a noun phrase.
func (x *doc) plainLower(k int) bool {
	t := &x.toks[k]
	return t.kind == tkWord && !t.cap && !x.used[k] && !stopCaps[t.lower] && !prepositions[t.lower]
}

// attachedDash reports a hyphen or an en dash written without spaces
// right before token a.
func (x *doc) attachedDash(lo, a int) bool {
	if a-2 < lo {
		return false
	}
	d := &x.toks[a-1]
	return (d.text == "-" || d.text == "\u2013") && !d.space && !x.toks[a].space
}

// isParty reports a state's known name or an international body: the
// sides an agreement, a forum or a summit is named by.
func isParty(m *mention) bool {
	return !m.dead && m.gzRole == gzName && (m.kind == "state" || m.kind == "country" || m.typ == TypeInstitution && (m.kind == "international" || m.kind == "organization"))
}

// theBefore reports "the" right before token a: a name after the article
// is a noun phrase's modifier, not a subject before its verb.
func (x *doc) theBefore(si, a int) bool {
	return a-1 >= x.sents[si].t0 && x.toks[a-1].lower == "the"
}

// placeTalks takes talks named by the known city that holds them at
// token i ("talks"): "the Geneva talks". The article gives them identity;
// without it the name is a state's or a speaker's ("Norway talks
// collapse", "Geneva talks to Washington"). A year may stand between the
// article and the city ("the 2019 Geneva talks"). A meeting or a round of
// consultations is named the same way ("the Geneva meeting", "the London
// consultations"), and one event with the talks of that city (the city
// keeps its mention there, a place, as it did before); so are
// "the talks in Geneva" (the city after "in", the name as written kept
// as an alias).
func (x *doc) placeTalks(si, i int) bool {
	t := &x.toks[i]
	if t.cap || x.used[i] || !eventGates.placeTalkHeads.may(t.lower) || !placeTalkHeads[t.lower] {
		return false
	}
	if t.lower == "talks" && x.theBefore(si, i) && i+2 < x.sents[si].t1 && x.toks[i+1].lower == "in" {
		return x.talksInPlace(si, i)
	}
	mi := x.mentionEndingAt(i)
	if mi < 0 || !x.theOrYearBefore(si, x.ments[mi].t0) && !x.headlineTalks(si, x.ments[mi].t0, i) {
		return false
	}
	m := &x.ments[mi]
	if m.gzRole != gzCapital && (m.typ != TypePlace || m.gzRole < 0) {
		return false
	}
	if n := i + 1; n < x.sents[si].t1 && (nounAfterDated(x.toks[n].lower) || meetingCompounds[x.toks[n].lower] || cityMeetingCompounds[x.toks[n].lower]) {
		return false // "the London meeting room", "the Geneva talks venue"
	}
	if t.lower != "talks" && x.meetingUnreal(si, m.t0, i+1) {
		return false // "called for the London meeting", "the Geneva meeting would be postponed"
	}
	a := m.t0
	mod := m.name
	if m.gzRole == gzCapital {
		mod = normText(x.spanText(a, i)) // the city, not its state
	}
	if t.lower == "talks" {
		x.killMentions(si, a, i)
	} else {
		a = i // "the Lima consultations": the city keeps its mention, a place
	}
	x.addMention(mention{t0: a, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: placeEventKey("summit", mod), name: mod + " " + t.lower, conf: 0.6, gzRole: -1})
	return true
}

// headlineTalks reports "<city> talks" at [a, i] in a headline or a
// subhead, which drop the article: "... as Karvia talks stall", "M23
// pulls out of Lima talks" name the talks as "the Lima talks" does in
// running text (round 35: dev22, dev44, dev47). The city must not be
// the tail of a longer name, and the talks no verb: "Lima talks to
// Quito", "Lima talks tough on tariffs" make the city the speaker.
func (x *doc) headlineTalks(si, a, i int) bool {
	s := &x.sents[si]
	if !s.heading || x.toks[i].lower != "talks" {
		return false
	}
	if a-1 >= s.t0 {
		if p := &x.toks[a-1]; p.cap || p.kind == tkPoss || p.kind == tkNum || p.text == "-" {
			return false
		}
	}
	if i+1 >= s.t1 {
		return true
	}
	if n := i + 1; n+1 < s.t1 && x.openWord(n) && !talksOutcomes[x.toks[n].lower] && talksPartner[x.toks[n+1].lower] {
		return false // "Brussels talks climate with Beijing": the city talks a topic with a partner
	}
	return !talksAsVerb[x.toks[i+1].lower]
}

// talksOutcomes are what talks do in a headline ("Lima talks end with a
// deal"); any other plain word between "talks" and a partner is the
// topic the city talks about (headlineTalks).
var talksOutcomes = set("end", "ends", "open", "opens", "close", "closes", "resume", "resumes", "stall", "stalls",
	"collapse", "collapses", "fail", "fails", "start", "starts", "begin", "begins", "conclude", "concludes", "continue", "continues")

// talksPartner open the party a city talks with (headlineTalks).
var talksPartner = set("with", "to")

// unheldHeadlineTalks drops the headline's "<city> talks" (headlineTalks)
// that no sentence of the body holds in that city: "Two days of talks
// ... ended in Lima" or "the indirect talks in Lima" place them there.
// Without it the city mostly stands for its government ("Turkey takes
// its fight to the WTO as Brussels talks stall": the EU's talks, held
// elsewhere; round 35: dev28).
func (x *doc) unheldHeadlineTalks() {
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.dead || m.typ != TypeEvent || m.kind != "summit" || !x.sents[m.sent].heading || x.theOrYearBefore(m.sent, m.t0) || !x.headlineTalks(m.sent, m.t0, m.t1-1) {
			continue
		}
		if !x.talksHeldIn(m.t0, m.t1-1) {
			m.dead = true
		}
	}
}

// talksHeldIn reports a body sentence (no heading) with a word of talks
// and the city written at [a, e) after "in".
func (x *doc) talksHeldIn(a, e int) bool {
	n := e - a
	for si := range x.sents {
		s := &x.sents[si]
		if s.heading || !x.anyWordIn(s.t0, s.t1, heldTalkWords) {
			continue
		}
		for p := s.t0 + 1; p+n <= s.t1; p++ {
			if x.toks[p-1].lower != "in" {
				continue
			}
			same := true
			for q := 0; q < n && same; q++ {
				same = x.toks[p+q].lower == x.toks[a+q].lower
			}
			if same {
				return true
			}
		}
	}
	return false
}

// heldTalkWords name talks in the body sentence that places them
// (talksHeldIn).
var heldTalkWords = set("talks", "negotiations", "round")

// talksAsVerb after "<city> talks" make "talks" the city's verb
// (headlineTalks).
var talksAsVerb = set("to", "with", "up", "down", "tough", "about", "of", "back", "over", "through", "peace", "trade", "sense")

// placeTalkHeads are the nouns placeTalks takes after a city's name.
var placeTalkHeads = set("talks", "meeting", "consultations")

// cityMeetingCompounds, with meetingCompounds, after a city's meeting
// make the meeting a modifier of a place or a paper: "the London meeting
// room", "the Geneva meeting point", "the Oslo talks minutes".
var cityMeetingCompounds = set("point", "points", "place", "halls", "center", "centre", "table")

// meetWishes before a meeting make it wished for, not held: "Greta
// Solvik wants the talks in Lima to resume".
var meetWishes = set("want", "wants", "wanted", "wish", "wishes", "wished", "seek", "seeks", "sought", "plan", "plans",
	"hope", "hoping", "propose", "proposes")

// meetAhead after a meeting's city make it one not (yet) held: "the
// talks in Lima next week", "the Lima meeting would be postponed", "the
// talks in Lima, planned for May".
var meetAhead = set("will", "would", "could", "might", "shall", "next", "planned", "proposed", "postponed", "cancelled",
	"canceled", "delayed", "scheduled", "slated", "due", "expected", "upcoming")

// meetToVerbs after "to" make a meeting one still to happen: "wants the
// talks in Lima to resume", "the Lima meeting to be scrapped".
var meetToVerbs = set("be", "resume", "begin", "start", "restart", "reopen", "go", "take")

// meetingUnreal reports a meeting not (yet) held, its name spanning
// [a, e): a word of intent or doubt in the four words before it
// (swapUnreal's, "called" only before "for", or a wish), or within four words after it, commas
// passed, a future or modal word, a plan ("planned for May", "next
// week") or "to" and a verb of happening ("to resume", "to be held").
// "may" is a modal only in lower case ("in May" is a month).
func (x *doc) meetingUnreal(si, a, e int) bool {
	s := &x.sents[si]
	for q := a - 1; q >= s.t0 && q >= a-4; q-- {
		t := &x.toks[q]
		if t.kind == tkPunct && t.text != "-" {
			break
		}
		if t.lower == "called" || t.lower == "calls" {
			if x.toks[q+1].lower == "for" {
				return true // "called for the Lima meeting"
			}
			continue // "called the Lima meeting a start" names it
		}
		if meetIntent[t.lower] || t.lower == "any" || meetWishes[t.lower] {
			return true
		}
	}
	for q, words := e, 0; q < s.t1 && words < 4; q++ {
		t := &x.toks[q]
		if t.text == "," {
			continue
		}
		if t.kind == tkPunct && t.text != "-" {
			break
		}
		words++
		if meetAhead[t.lower] || t.lower == "may" && !t.cap || t.lower == "to" && q+1 < s.t1 && meetToVerbs[x.toks[q+1].lower] {
			return true
		}
	}
	return false
}

// talksInPlace takes "the talks in <city>" at token i ("talks"): a
// capital or a known city after "in" names the talks as "the <city>
// talks" does, and the written form stays an alias. The city keeps its
// own mention (a place); a state after "in" is left alone ("the talks in
// Karvia" may be talks about Karvia held anywhere). Talks proposed,
// planned, wished for or refused ("proposed holding the talks in Lima",
// "the talks in Lima next week", meetingUnreal's words before or after)
// have not taken place and are no event.
func (x *doc) talksInPlace(si, i int) bool {
	ci := x.mentionStartingAt(i + 2)
	if ci < 0 || x.meetingUnreal(si, i, x.ments[ci].t1) {
		return false
	}
	c := &x.ments[ci]
	if c.gzRole != gzCapital && (c.typ != TypePlace || c.gzRole < 0 || c.kind == "state") {
		return false
	}
	mod := x.hostName(c)
	x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: placeEventKey("summit", mod), name: mod + " talks", short: "talks in " + mod, conf: 0.6, gzRole: -1})
	return true
}

// theOrYearBefore reports "the" right before token a, or "the" and a
// year: "the Geneva talks", "the 2019 Geneva talks".
func (x *doc) theOrYearBefore(si, a int) bool {
	return x.theBefore(si, a) || a-1 >= x.sents[si].t0 && isYear(x.toks[a-1].text) && !x.used[a-1] && x.theBefore(si, a-1)
}

// stateVenueHeads name a meeting or a text by a state, with the event's
// class: after "the" and the state's name they are one happening ("the
// Karvia talks", "the Lodria summit", "the Karvia Agreement"). A capital
// before them is a place, left to placeTalks and the gazetteer.
var stateVenueHeads = map[string]string{"talks": "summit", "summit": "summit", "agreement": "treaty", "accord": "treaty"}

// talksVerb reports "talks" at token j read as a verb: "the Netherlands
// talks to Lodria", "the United States talks tough".
func (x *doc) talksVerb(j, end int) bool {
	if x.toks[j].lower != "talks" || j+1 >= end {
		return false
	}
	switch w := x.toks[j+1].lower; w {
	case "to", "tough", "up", "down", "about", "directly":
		return true
	default:
		return len(w) > 4 && strings.HasSuffix(w, "ly")
	}
}

// stateVenueEvent takes "the <state> talks|summit|agreement|accord" at
// token i (the head, either case) as one event: the article and the head
// right after the name leave little room for a verb ("Karvia hosted the
// talks" is no event; "the Netherlands talks to ..." is a verb,
// talksVerb). A law named after it ("the Karvia Agreement Act") is no
// event. The state's mention is dropped when the state is only the venue
// (stateIsVenue, placestates.go); talks with or about it held elsewhere
// ("the Karvia talks in Geneva") keep it, a party. The key is the
// summit-in-a-place key of the state's whole name, so "the summit in
// Karvia" is the same event.
func (x *doc) stateVenueEvent(si, i int) bool {
	t := &x.toks[i]
	if t.kind != tkWord || x.used[i] || i-2 < x.sents[si].t0 || !x.toks[i-1].cap {
		return false // a state's name ends in a capital, after "the"
	}
	cls, ok := stateVenueHeads[t.lower]
	if !ok {
		return false
	}
	mi := x.mentionEndingAt(i)
	if mi < 0 {
		return false
	}
	m := &x.ments[mi]
	if m.kind != "state" || m.typ != TypeInstitution || m.gzRole != gzName || m.weak || !x.theOrYearBefore(si, m.t0) ||
		i+1 < x.sents[si].t1 && lawNouns[x.toks[i+1].lower] || x.talksVerb(i, x.sents[si].t1) {
		return false
	}
	a, name, key := m.t0, normText(x.spanText(m.t0, i+1)), placeEventKey(cls, x.hostName(m))
	if x.stateIsVenue(a, i, &x.sents[si]) {
		x.killMentions(si, a, i)
	} else {
		a = i
	}
	x.addMention(mention{t0: a, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: key, name: name, conf: 0.65, gzRole: -1})
	return true
}

// nationalElections are the kinds of election that choose a state's
// president or parliament: one such vote is a particular event even
// without a date ("until after parliamentary elections", "the March 14
// presidential election"). Local, regional and snap elections are many
// or hypothetical ("local elections next year") and are left to a year or
// a state.
var nationalElections = set("parliamentary", "presidential", "general", "legislative")

// ordinalWords count elections: "Bhutan's fourth general election".
var ordinalWords = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth")

// kindElection takes a national election by its kind at token i
// ("election", "elections", "runoff"): "the presidential election", "the
// Nov. 7 general election", "Bhutan's fourth general election" (named
// "fourth general election"). A day written before it and a count belong
// to the name; a year or a state written before it is left to the rules
// that name those. "post-election" is no election.
func (x *doc) kindElection(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	t := &toks[i]
	if t.lower != "election" && t.lower != "elections" && t.lower != "runoff" || t.cap || x.used[i] || i-1 < s.t0 {
		return false
	}
	kind := toks[i-1].lower
	// the role pass reads "general" as a rank; before "election" it is none
	if !nationalElections[kind] || toks[i-1].cap || x.used[i-1] && !x.roleOver(i-1) || x.yearBefore(i, s.t0) >= 0 || x.oneOfKind(si, i-1) {
		return false
	}
	a := i - 1
	if k := a - 1; k >= s.t0 && !x.used[k] && x.ordinalAt(k, true) {
		a = k // "sixth parliamentary election"
	} else if d := x.dayBefore(si, a); d >= 0 {
		a = d // "the March 14 general election"
	} else if a-1 >= s.t0 && x.monthAlone(si, a-1) {
		a-- // "the June legislative elections"
	}
	e := i + 1
	if e+1 < s.t1 && toks[e].lower == "in" && isYear(toks[e+1].text) {
		e += 2 // "the presidential election in 2024"
	} else if e+1 < s.t1 && toks[e].lower == "of" {
		if d := x.monthYearEnd(e+1, s.t1); d > 0 {
			e = d // "the presidential election of May 2015"
		}
	}
	name := normText(x.spanText(a, e))
	x.addMention(mention{t0: a, t1: e, sent: si, typ: TypeEvent, kind: "election", key: x.electionKey(kind, name, "ev:election:"+kind), name: name, conf: 0.6, gzRole: -1})
	return true
}

// monthVotes are the vote nouns that a month alone makes one event:
// "the July election", "the October elections", "the October primary".
// "vote" and "poll" are left out: "the November vote" is mostly another
// name of an election the article names in full, and "the June poll" a
// survey as often as a vote.
var monthVotes = set("election", "elections", "primary", "primaries", "runoff")

// monthVotesGate is the gate (see wordGate) of monthVotes: eventPass asks
// monthElection about every lower-case word after a capitalised one.
var monthVotesGate = gateOf(monthVotes)

// monthElection takes a vote dated by its month alone at token i: "the
// July election", "Karvia's October elections". The article's month
// makes it the one vote it reports (round 34: missed in dev23 and
// dev44). The month must follow "the" or a possessive
// (monthAlone): "in July elections were held" dates the clause, and "a
// July election" is any. A noun after the head that makes it a modifier
// ("the July election law", "the October election risk") leaves it
// alone, and so does a kind word between, which kindElection takes ("the
// June legislative elections").
//
// A known state's possessive before the month keys the vote by the state
// and names it with the state, the month and head an alias ("Ghana's July
// election" and "Kenya's July election" are two votes); "the July
// election" after one state's vote is that vote (soleEventKey).
func (x *doc) monthElection(si, i int) bool {
	s := &x.sents[si]
	t := &x.toks[i]
	// the capitalised word before comes first: eventPass asks every
	// lower-case word, and the map lookup costs more
	if i-1 < s.t0 || !x.toks[i-1].cap || !monthVotesGate.may(t.lower) || !monthVotes[t.lower] || t.cap || x.used[i] || !x.monthAlone(si, i-1) ||
		i+1 < s.t1 && nounAfterDated(x.toks[i+1].lower) {
		return false
	}
	name, short := normText(x.spanText(i-1, i+1)), ""
	key := lowerKey("ev:election:", name)
	if p := i - 2; p-1 >= s.t0 && x.toks[p].kind == tkPoss {
		if mi := x.mentionEndingAt(p); mi >= 0 && x.ments[mi].kind == "state" {
			key = "ev:election:" + x.ments[mi].key + ":" + strings.ToLower(name)
			name, short = normText(x.spanText(x.ments[mi].t0, i+1)), name
		}
	} else if k := x.soleEventKey("election", name, key); k != "" {
		key = k
	}
	x.addMention(mention{t0: i - 1, t1: i + 1, sent: si, typ: TypeEvent, kind: "election", key: key, name: name, short: short, conf: 0.6, gzRole: -1})
	return true
}

// soleEventKey returns the key of the events of kind that the article
// named before whose names end in tail (case aside), when they are all
// one event under a key other than own: "Karvia's July election ... the
// July election", "Karvia's civil war ... the civil war". It returns ""
// when none or two events fit: "the civil war" after two states' civil
// wars is neither.
func (x *doc) soleEventKey(kind, tail, own string) string {
	key := ""
	for k := range x.ments {
		m := &x.ments[k]
		if m.dead || m.typ != TypeEvent || m.kind != kind || m.key == own || len(m.name) < len(tail) ||
			!strings.EqualFold(m.name[len(m.name)-len(tail):], tail) ||
			len(m.name) > len(tail) && m.name[len(m.name)-len(tail)-1] != ' ' {
			continue
		}
		if key != "" && key != m.key {
			return ""
		}
		key = m.key
	}
	return key
}

// oneOfKind reports "a" or "an" before token k, over at most two
// lower-case words: "a competitive presidential election" is any election
// of its kind, not one the article identifies.
func (x *doc) oneOfKind(si, k int) bool {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0 && j >= k-3; j-- {
		t := &x.toks[j]
		if t.lower == "a" || t.lower == "an" {
			return true
		}
		if t.kind != tkWord || t.cap {
			return false
		}
	}
	return false
}

// roleOver reports a role span of the current sentence over token k.
func (x *doc) roleOver(k int) bool {
	for ri := len(x.roles) - 1; ri >= 0 && x.roles[ri].t1 > k-8; ri-- {
		if r := &x.roles[ri]; r.t0 <= k && k < r.t1 {
			return true
		}
	}
	return false
}

// dayBefore returns where a month and day written right before token a
// begin ("October 20", "Nov. 7"), or -1.
func (x *doc) dayBefore(si, a int) int {
	s := &x.sents[si]
	toks := x.toks
	k := a - 1
	if k-1 < s.t0 || !isDigits(toks[k].text) || len(toks[k].text) > 2 || x.used[k] {
		return -1
	}
	m := k - 1
	if toks[m].text == "." && m-1 >= s.t0 {
		m-- // "Nov. 7"
	}
	if _, ok := monthNames[toks[m].lower]; !ok || !toks[m].cap || x.used[m] {
		return -1
	}
	return m
}

// electionKey returns the key of an election of the same kind named
// earlier in the article, so that "the presidential election" and "the
// 2030 Ruritanian presidential election" are one event; def when there is
// none. name is the new mention's. Only a bare election (def or the
// earlier one) joins, and a dated or a state's election (def not bare)
// joins the bare key only while every such election under it has its
// name: "the 2027 ... the 2032 presidential election" stay two.
func (x *doc) electionKey(kind, name, def string) string {
	bare := "ev:election:" + kind
	if def != bare {
		joins := false
		for mi := range x.ments {
			m := &x.ments[mi]
			if m.typ != TypeEvent || m.kind != "election" || m.key != bare {
				continue
			}
			if x.joinedElection(m) && !strings.EqualFold(m.name, name) {
				return def // the bare key is another year's or state's already
			}
			joins = true
		}
		if joins {
			return bare
		}
		return def
	}
	for mi := len(x.ments) - 1; mi >= 0; mi-- {
		m := &x.ments[mi]
		if m.typ == TypeEvent && m.kind == "election" && (m.key == bare || strings.Contains(" "+m.name+" ", " "+kind+" ")) {
			return m.key
		}
	}
	return def
}

// joinedElection reports that election mention m was dated by a year
// before it or named by a state (its name is not its span's text), so it
// came under a bare key by joining it (kindElection's own mentions start
// at a count, a day or the kind, and are named by their span).
func (x *doc) joinedElection(m *mention) bool {
	return isYear(x.toks[m.t0].text) || m.name != normText(x.spanText(m.t0, m.t1))
}

// monthAlone reports a month's name at k written without day or year
// after "the" or a possessive: "the August coup", "Karvia's March
// riots". The article makes it one event of that month; after a
// preposition the month dates the clause instead ("in May riots
// spread").
func (x *doc) monthAlone(si, k int) bool {
	if k-1 < x.sents[si].t0 || k >= x.sents[si].t1 {
		return false // callers may pass the token before the sentence
	}
	t := &x.toks[k]
	if _, ok := monthNames[t.lower]; !ok || !t.cap || x.used[k] {
		return false
	}
	return x.toks[k-1].lower == "the" || x.toks[k-1].kind == tkPoss
}

// datedHeads end a happening that the article sets apart by its date and
// a word of its kind: "the 2011 tanker crisis", "the May 2009 depot
// explosion", "the 2016 tribunal ruling". The value is the event's class.
// Votes are dated by a day only ("the May 2 by-elections"): a year before
// them is left to the election rules. Disasters are placeEvents ("the
// 2019 Tarvu fires" is one event with "the Tarvu fires"); datedHappening
// takes them too when the place rules did not.
var datedHeads = map[string]string{"crisis": "crisis", "incident": "attack", "explosion": "attack",
	"ruling": "ruling", "award": "ruling", "elections": "election", "election": "election", "referendum": "election"}

// dayOnlyHeads are the datedHeads that a day must date.
var dayOnlyHeads = set("elections", "election", "referendum")

// awardKinds are the kind words that make an award a ruling: "the 2016
// arbitral award", "the 1911 boundary award". Any other award is a prize
// ("the 2016 Lodrian press award").
var awardKinds = set("tribunal", "arbitral", "arbitration", "boundary", "border")

// datedHappening takes "the <date> [words] <head>" at token i, a
// lower-case datedHead: the article's own date for a happening makes it
// one ("the 2011 tanker crisis", "the June 4 tribunal award"). A year
// alone needs a word of the kind between ("the 1997 ruling by a court"
// is any ruling of that year); an award is a ruling only after
// one of awardKinds ("won the 2016 Lodrian press award" is a prize); the date must follow "the" or a possessive ("in
// 2011 tanker crises spread" dates the clause); a head that qualifies a
// noun after it ("the 2011 crisis fund", "the 2019 referendum law", "the
// 2016 award winner") is none. Mentions inside the words give way to it
// ("the 2011 Tarvu crisis"); one that reached the date would have taken it.
func (x *doc) datedHappening(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	cls, ok := gatedLookup(&eventGates.datedHeads, datedHeads, toks[i].lower)
	if !ok && eventGates.placeEvents.may(toks[i].lower) && placeEvents[toks[i].lower] == "disaster" {
		cls, ok = "disaster", true // "the 2019 Amazon fires": a name the place rules do not take
	}
	if !ok || i+1 < s.t1 && nounAfterDated(toks[i+1].lower) {
		return false
	}
	a := x.kindWordsBefore(si, i)
	if toks[i].lower == "award" && !x.anyWordIn(a, i, awardKinds) {
		return false
	}
	start, day := x.dateEndingAt(si, a)
	if start < 0 || day < 0 && (a == i || dayOnlyHeads[toks[i].lower]) ||
		!(x.theBefore(si, start) || start-1 >= s.t0 && toks[start-1].kind == tkPoss) {
		return false
	}
	x.killMentions(si, a, i)
	name := normText(x.spanText(start, i+1))
	x.addMention(mention{t0: start, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: lowerKey("ev:"+cls+":", name), name: name, conf: 0.6, gzRole: -1})
	return true
}

// anyWordIn reports a token in [a, b) whose lower-case form is in words.
func (x *doc) anyWordIn(a, b int, words map[string]bool) bool {
	for k := a; k < b; k++ {
		if words[x.toks[k].lower] {
			return true
		}
	}
	return false
}

// dateEndingAt returns where a date written right before token a begins,
// and where its day is: a month and day ("June 4", "Nov. 4"), or a year
// with or without its month ("2011", "May 2011", day -1). It returns -1, -1
// when there is none.
func (x *doc) dateEndingAt(si, a int) (start, day int) {
	if m := x.dayBefore(si, a); m >= 0 {
		return m, a - 1
	}
	y := a - 1
	if y < x.sents[si].t0 || !isYear(x.toks[y].text) || x.used[y] {
		return -1, -1
	}
	if m := x.monthOfYear(si, y); m >= 0 {
		return m, -1
	}
	return y, -1
}

// kindWordsBefore returns where up to three words that say what kind of
// happening the head at token i is begin: ordinary or capitalised words
// ("oil rig", "Tarvu"), hyphenated ones ("inter-Lodrian", "by-") and "and"
// between two of them ("regional and local"). It returns i when there is
// none.
func (x *doc) kindWordsBefore(si, i int) int {
	s := &x.sents[si]
	toks := x.toks
	a, words := i, 0
	for a-1 >= s.t0 && words < 3 {
		k := a - 1
		if toks[k].text == "-" && k-1 >= s.t0 && !toks[k].space && !toks[a].space && toks[k-1].kind == tkWord {
			a, words = k-1, words+1 // "inter-Lodrian", "by-elections"
			continue
		}
		if !x.kindWord(k) && !(toks[k].lower == "and" && a < i && k-1 >= s.t0 && x.kindWord(k-1)) {
			break
		}
		a, words = k, words+1
	}
	return a
}

// kindWord reports a word at k that may say what kind a happening is: not
// a function word or a month ("the", "and", "on", "May").
func (x *doc) kindWord(k int) bool {
	return x.toks[k].kind == tkWord && !stopCaps[x.toks[k].lower]
}

// ministerialHeads may follow "ministerial" in a meeting's name.
var ministerialHeads = set("conference", "meeting")

// namedSummitIn takes a summit at token i ("summit") named by
// capitalised words no pass could place and held in a known place:
// "the Central Lodrian summit in Lima", "the Northern Corridor Projects
// summit in Kigali", "the Group of 20 summit in Osaka", "the C5+1 summit
// in New York". The words name the format or the group that meets; the
// host after "in" tells one summit from another, and the name without it
// stays an alias (as summitsInCity keeps it). "the" (and an ordinal)
// must open the name; a person's or a state's mention inside it stops it.
func (x *doc) namedSummitIn(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if toks[i].lower != "summit" || i+2 >= s.t1 || toks[i+1].lower != "in" {
		return false
	}
	pm := x.mentionStartingAt(i + 2)
	if pm < 0 || x.ments[pm].gzRole < 0 || !(x.ments[pm].typ == TypePlace || x.ments[pm].gzRole == gzCapital || x.ments[pm].kind == "state") {
		return false
	}
	a, caps := i, 0
	for a-1 >= s.t0 && i-a < 6 {
		t := &toks[a-1]
		free := !x.used[a-1] || x.untypedAt(si, a-1) || x.demonymAt(si, a-1)
		switch {
		case t.kind == tkWord && t.cap && !stopCaps[t.lower] && free:
			if !x.stateDemonymAt(si, a-1) {
				caps++ // "Peruvian" alone is the state's summit, not a name
			}
		case (t.text == "+" || t.text == "-" || t.text == "\u2013") && !t.space && !toks[a].space && a < i && a-2 >= s.t0:
			// "C5+1", "Ibero-American"
		case (t.kind == tkNum || isDigits(t.text)) && free:
		case t.lower == "of" && a < i && a-2 >= s.t0 && toks[a-2].cap:
			// "Group of 20"
		default:
			goto done
		}
		a--
	}
done:
	if caps == 0 || a == i || a-1 < s.t0 || !toks[a].cap {
		return false
	}
	p := a - 1
	if x.ordinalAt(p, true) && !x.used[p] && p-1 >= s.t0 {
		p-- // "the first C5+1 summit"
	}
	if toks[p].lower != "the" || x.lx.first[toks[a].lower] || x.personNameEnds(normText(x.spanText(a, i)), 0.5) {
		return false // "the Paul Tarvu summit": a person's name
	}
	x.killMentions(si, a, i)
	short := normText(x.spanText(a, i+1))
	name := short + " in " + x.ments[pm].name
	if x.ments[pm].gzRole == gzCapital {
		name = short + " in " + normText(x.spanText(x.ments[pm].t0, x.ments[pm].t1)) // the city, not its state
	}
	x.addMention(mention{t0: a, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: lowerKey("ev:summit:", short), name: name, short: short, conf: 0.6, gzRole: -1})
	return true
}

// crisisKinds may stand between a crisis's region and the noun: "the
// Asian financial crisis", "the Gulf diplomatic crisis".
var crisisKinds = set("financial", "diplomatic", "economic", "debt", "political", "humanitarian", "migrant", "refugee",
	"energy", "banking", "hostage", "missile", "constitutional", "currency", "fuel")

// crisisUses after "crisis" make it a modifier: "the Gulf crisis talks",
// "a crisis meeting", "the Gulf crisis team".
var crisisUses = set("talks", "meeting", "meetings", "summit", "team", "cell", "centre", "center", "committee", "group",
	"management", "response", "mode", "unit", "plan", "line")

// regionCrisis takes a crisis at token i ("crisis") named by a region, a
// place or a regional demonym that no state's rule read: "the Gulf
// crisis", "the Asian financial crisis", "the Lodrian border town
// crisis" is not one (lower-case words other than a kind stop it). One or
// two capitalised words after "the", each unplaced, a demonym or a
// place; a state's crisis is eventPass's, and a body's or a person's
// ("the Tarvu Bank crisis", "the Orsola Benn crisis") is none.
func (x *doc) regionCrisis(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if toks[i].lower != "crisis" || i-2 < s.t0 || i+1 < s.t1 && (nounAfterDated(toks[i+1].lower) || crisisUses[toks[i+1].lower]) {
		return false // "the Gulf crisis fund", "the Gulf crisis talks"
	}
	e := i
	if crisisKinds[toks[e-1].lower] && !toks[e-1].cap && !x.used[e-1] {
		e--
	}
	a, caps := e, 0
	for a-1 >= s.t0 && e-a < 2 {
		t := &toks[a-1]
		if t.kind != tkWord || !t.cap || stopCaps[t.lower] || hasWeekday(t.lower) {
			break
		}
		if _, month := monthNames[t.lower]; month {
			break
		}
		if x.used[a-1] && !x.untypedAt(si, a-1) && !x.demonymAt(si, a-1) && !x.placeAt(si, a-1) {
			return false // a state's, a body's or a person's name
		}
		if !x.stateDemonymAt(si, a-1) {
			caps++
		}
		a--
	}
	if a == e || caps == 0 || a-1 < s.t0 || toks[a-1].lower != "the" || x.lx.first[toks[a].lower] || x.personNameEnds(normText(x.spanText(a, e)), 0.5) {
		// a state's demonym alone ("the Peruvian crisis") is the state's;
		// a person's surname ("the Vlask crisis") names no region
		return false
	}
	x.killMentions(si, a, e)
	name := normText(x.spanText(a, i+1))
	x.addMention(mention{t0: a, t1: i + 1, sent: si, typ: TypeEvent, kind: "crisis", key: lowerKey("ev:crisis:", name), name: name, conf: 0.6, gzRole: -1})
	return true
}

// placeAt reports a token of sentence si held by a known place's mention.
func (x *doc) placeAt(si, k int) bool {
	for mi := len(x.ments) - 1; mi >= 0 && x.ments[mi].sent == si; mi-- {
		if m := &x.ments[mi]; !m.dead && m.t0 <= k && k < m.t1 {
			return m.typ == TypePlace && m.gzRole >= 0
		}
	}
	return false
}

// demonymAt reports a token of sentence si held by a demonym's mention
// ("American" in "Central American"): inside a capitalised name it is
// part of the name, not a state's actor.
func (x *doc) demonymAt(si, k int) bool {
	for mi := len(x.ments) - 1; mi >= 0 && x.ments[mi].sent == si; mi-- {
		if m := &x.ments[mi]; !m.dead && m.t0 <= k && k < m.t1 {
			return m.gzRole == gzDemonym
		}
	}
	return false
}

// stateDemonymAt reports a token of sentence si held by the demonym of a
// state or a body ("Peruvian", "European"), not of a region ("Asian"):
// alone before "summit" or "crisis" it names the state's meeting or
// crisis, and the state is its actor.
func (x *doc) stateDemonymAt(si, k int) bool {
	for mi := len(x.ments) - 1; mi >= 0 && x.ments[mi].sent == si; mi-- {
		if m := &x.ments[mi]; !m.dead && m.t0 <= k && k < m.t1 {
			return m.gzRole == gzDemonym && m.typ != TypePlace
		}
	}
	return false
}

// hostMinisterial takes "the <host> ministerial [conference|meeting]" at
// token i ("ministerial"): a meeting of ministers named by the body that
// holds it or the place it meets in, known or not ("the WTO ministerial
// conference", "the Orvik ministerial of the forum"). "in <place>" after it joins
// the name, the name without it staying an alias; with or without its head
// noun it is one meeting (one key). A verb or a function word may follow
// ("the WTO ministerial collapsed", "ended early"). Without a host ("the
// next ministerial"), for a state or a people, known or shaped like one
// ("the Chilean ministerial", "the Karvian ministerial"), for a person
// named in the article, or before another noun ("an ECOWAS ministerial
// delegation", "the G20 ministerial talks") there is none.
func (x *doc) hostMinisterial(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if toks[i].lower != "ministerial" {
		return false
	}
	mi := x.mentionEndingAt(i)
	if mi < 0 || !x.theBefore(si, x.ments[mi].t0) {
		return false
	}
	m := &x.ments[mi]
	unknown := m.typ == "" && m.gzRole < 0 && !demonymShaped(m.name) && !x.personNameEnds(m.name, 0.5)
	// a council named by its region ("the Arctic Council", "the Nordic
	// Council") is a body of states as an international one is, and its
	// ministerial is its meeting (round 36: dev48), as bodySitting reads
	// its "meeting"
	council := m.typ == TypeInstitution && m.kind == "organization" && toks[m.t1-1].lower == "council" && !m.weak
	if !(m.typ == TypePlace && m.gzRole >= 0 || m.gzRole == gzCapital || unknown || m.typ == TypeInstitution && (m.kind == "international" || m.acronym) || council) {
		return false
	}
	e := i + 1
	if e < s.t1 && ministerialHeads[toks[e].lower] && !toks[e].cap {
		e++
	}
	if e < s.t1 && toks[e].kind == tkWord && !stopCaps[toks[e].lower] && !placeTails[toks[e].lower] && !pastVerb(toks[e].lower) {
		return false // "ministerial delegation", "ministerial conference centre"
	}
	name := normText(x.spanText(m.t0, e))
	short := ""
	if e+1 < s.t1 && toks[e].lower == "in" {
		if pm := x.mentionStartingAt(e + 1); pm >= 0 && x.ments[pm].gzRole >= 0 && (x.ments[pm].typ == TypePlace || x.ments[pm].gzRole == gzCapital) {
			short, name = name, name+" in "+x.ments[pm].name
		}
	}
	key := placeEventKey("summit", x.hostName(m)+" ministerial")
	x.addMention(mention{t0: i, t1: e, sent: si, typ: TypeEvent, kind: "summit", key: key, name: name, short: short, conf: 0.65, gzRole: -1})
	return true
}

// demonymShaped reports a one-word name shaped like a people's adjective
// ("Karvian", "Lodrese", "Orvish"), known to the gazetteer or not.
func demonymShaped(name string) bool {
	if strings.ContainsRune(name, ' ') {
		return false
	}
	l := strings.ToLower(name)
	return strings.HasSuffix(l, "ian") || strings.HasSuffix(l, "ese") || strings.HasSuffix(l, "ish")
}

// prisonerSwap takes the exchange of captives at token i ("exchange",
// "swap") after its noun: "the detainee swap", "a hostage exchange
// brokered by Qatar", with a year written before it ("the 2011 prisoner
// swap"). A swap that is only wished for, offered or denied is none:
// "ruled out any prisoner swap", "a possible hostage exchange". All swaps
// of an article are one event with the first one named.
func (x *doc) prisonerSwap(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if l := toks[i].lower; l != "exchange" && l != "swap" || toks[i].cap || x.used[i] || i-1 < s.t0 {
		return false
	}
	a := i - 1
	if !swapNouns[toks[a].lower] || toks[a].cap || x.used[a] || x.swapUnreal(si, a) {
		return false
	}
	if k := a - 1; k >= s.t0 && isYear(toks[k].text) && !x.used[k] && !(k-1 >= s.t0 && toks[k-1].lower == "in") {
		a = k
	}
	name := normText(x.spanText(a, i+1))
	key := "ev:exchange:" + toks[i-1].lower
	if mi := x.swapBefore(len(x.ments)); mi >= 0 {
		key = x.ments[mi].key
	}
	x.addMention(mention{t0: a, t1: i + 1, sent: si, typ: TypeEvent, kind: "exchange", key: key, name: name, conf: 0.6, gzRole: -1})
	return true
}

// swapUnreal reports a word of intent, doubt or denial in the four words
// before the swap's noun at a, within its clause: "any", "possible",
// "would never agree to a ...".
func (x *doc) swapUnreal(si, a int) bool {
	for q := a - 1; q >= x.sents[si].t0 && q >= a-4; q-- {
		t := &x.toks[q]
		if t.kind == tkPunct && t.text != "-" {
			return false
		}
		if meetIntent[t.lower] || t.lower == "any" {
			return true
		}
	}
	return false
}

// swapBefore returns the latest event mention before index end that
// exchanged captives, or -1.
func (x *doc) swapBefore(end int) int {
	for mi := end - 1; mi >= 0; mi-- {
		if x.isSwap(&x.ments[mi]) {
			return mi
		}
	}
	return -1
}

// isSwap reports an event mention that exchanged captives: one named by
// its noun ("prisoner swap") or by the place that held it ("the Narvik
// exchange"). A money or stock exchange has a lower-case word of its own
// before the head, a firm a capitalised head ("Qasr Exchange").
func (x *doc) isSwap(m *mention) bool {
	if m.typ != TypeEvent || m.kind != "exchange" || m.dead || m.t1-m.t0 < 2 || x.toks[m.t1-1].cap {
		return false
	}
	b := &x.toks[m.t1-2]
	return b.cap || swapNouns[b.lower]
}

// joinSwaps gives a swap named in sentence si by its place ("the Narvik
// exchange") the key of a swap named earlier ("a prisoner swap"): the
// article tells of one exchange, however it names it.
func (x *doc) joinSwaps(si int) {
	first := len(x.ments)
	for first > 0 && x.ments[first-1].sent == si {
		first--
	}
	for mi := first; mi < len(x.ments); mi++ {
		if m := &x.ments[mi]; x.isSwap(m) {
			if j := x.swapBefore(first); j >= 0 {
				m.key = x.ments[j].key
			}
		}
	}
}

// swapAfterPlace reports that the exchange noun at h after a place's
// name ending at e is a swap held there: nothing stands between them but
// the captives' noun ("the Narvik exchange", "Narvik hostage swap"). A
// verb ("Narvik and Oslo complete prisoner swap") or a trade ("Narvik
// money exchange") between them, or a firm's noun after the head ("the
// Narvik exchange house"), make it none. end is the sentence's end.
func (x *doc) swapAfterPlace(e, h, end int) bool {
	if h+1 < end && exchangeFirmNouns[x.toks[h+1].lower] {
		return false
	}
	return h == e || h == e+1 && swapNouns[x.toks[e].lower]
}

// summitOfHeads extends a capitalised summit named by names.go (tokens
// [ns, k], head at k) over the members' gathering that follows it: "the
// 9th Ordinary Summit of the Coastal League Heads of Government and State".
// The whole title is the event's name; the body keeps its own mention and
// gives the key ("the 9th ... Summit" then joins a headline's "Coastal
// League summit" by joinNumberedSummits). Without "Heads of State" or
// "Heads of Government" the words after "of" are another name ("the
// Summit of the Americas") or a venue, and name and key are returned as
// they came.
func (x *doc) summitOfHeads(si, ns, k int, name, key string) (string, string) {
	e, body := x.headsOfStateEnd(si, k+1)
	if e < 0 {
		return name, key
	}
	name = normText(x.spanText(ns, e))
	if body >= 0 {
		key = "ev:summit:" + strings.ToLower(x.toks[body].text)
		if isOrdinal(x.toks[ns].text) {
			key += " #" + x.toks[ns].lower
		}
	}
	return name, key
}

// headsOfStateEnd reads "of [the] [<body>] Heads of State [and
// Government]" from token p and returns its end and the first token of the
// body (-1 without one), or -1, -1. The body is an international body or
// organisation's mention, or an acronym no pass took.
func (x *doc) headsOfStateEnd(si, p int) (end, body int) {
	s := &x.sents[si]
	toks := x.toks
	if p+3 >= s.t1 || toks[p].lower != "of" {
		return -1, -1
	}
	q := p + 1
	if toks[q].lower == "the" {
		q++
	}
	body = -1
	if mi := x.mentionStartingAt(q); mi >= 0 && x.ments[mi].typ == TypeInstitution && (x.ments[mi].acronym || x.ments[mi].kind == "international" || x.ments[mi].kind == "organization") {
		body, q = q, x.ments[mi].t1
	} else if q < s.t1 && x.acronymAt(q) {
		body, q = q, q+1
	}
	if q+2 >= s.t1 || toks[q].lower != "heads" || toks[q+1].lower != "of" || !headsOfWhat[toks[q+2].lower] {
		return -1, -1
	}
	end = q + 3
	if end+1 < s.t1 && toks[end].lower == "and" && headsOfWhat[toks[end+1].lower] && toks[end+1].lower != toks[q+2].lower {
		end += 2
	}
	return end, body
}

// headsOfWhat are the words after "Heads of" in a summit's title.
var headsOfWhat = set("state", "government")

// meetingMembers are the plural roles whose meeting, held by a body or by
// two named sides, is one event: "the Coastal League energy ministers'
// meeting".
var meetingMembers = set("ministers", "leaders")

// meetingCompounds follow a meeting noun that only qualifies them: "the
// leaders' meeting room".
var meetingCompounds = set("room", "rooms", "hall", "venue", "notes", "minutes", "agenda", "schedule")

// membersMeeting takes the meeting at token i named by its members and
// their body: "<body> [one or two words] ministers'/leaders' meeting"
// ("the Coastal League foreign ministers' meeting", "the Karvia-Lodria
// Foreign Ministers' Meeting"). The body, an international body's mention,
// an acronym read on its own or two sides joined by a dash, keeps its
// mention and makes the meeting a particular one; "the foreign ministers'
// meeting" or "a Karvian ministers' meeting" (a state's) are left out, as
// are plural "meetings".
func (x *doc) membersMeeting(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	if i-3 < s.t0 || toks[i-1].text != "'" && toks[i-1].text != "\u2019" || toks[i-1].space || !meetingMembers[toks[i-2].lower] {
		return false
	}
	if i+1 < s.t1 && toks[i+1].kind == tkWord && (toks[i+1].cap || meetingCompounds[toks[i+1].lower]) {
		return false // "the ASEAN leaders' meeting room", "... Meeting Act"
	}
	e := i - 2
	for e-1 >= s.t0 && e > i-4 && toks[e-1].kind == tkWord && !toks[e-1].upper && !stopCaps[toks[e-1].lower] && x.mentionEndingAt(e) < 0 {
		e-- // "trade", "Foreign" (a role pass may have read them)
	}
	a := x.partiesStart(si, e)
	if a < 0 {
		mi := x.mentionEndingAt(e)
		if mi < 0 || x.ments[mi].typ != TypeInstitution || !x.ments[mi].acronym && x.ments[mi].kind != "international" {
			return false
		}
		a = x.ments[mi].t0
	}
	name := normText(x.spanText(a, i+1))
	// the key reads a typographic apostrophe as a plain one, as lineKey
	// does: the headline's "Leaders' Meeting" and the body's "leaders'
	// meeting" are one event whichever apostrophe each prints
	key := "ev:summit:" + strings.ReplaceAll(strings.ToLower(name), "\u2019", "'")
	x.addMention(mention{t0: e, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: key, name: name, conf: 0.65, gzRole: -1})
	return true
}

// lawNouns follow an event noun that names a law, not the event: "the
// 2015 election law", "the Karvia Agreement Act".
var lawNouns = set("law", "laws", "act", "code", "bill")

// monthOfYear returns the capitalised month name right before the year at
// token y ("the May 2018 ..."), or -1. After "in" the month and year date
// the clause ("in May 2018 presidential elections were held"), not a name.
func (x *doc) monthOfYear(si, y int) int {
	m := y - 1
	if m < x.sents[si].t0 || !x.toks[m].cap || x.used[m] || m-1 >= x.sents[si].t0 && x.toks[m-1].lower == "in" {
		return -1
	}
	if _, ok := monthNames[x.toks[m].lower]; !ok {
		return -1
	}
	return m
}

// sessionOfBody takes a numbered sitting of a named body at token i
// ("session" or "meeting"): "the 21st session of the Karvian Water
// Commission", "the annual session of Lodria-Karvia Joint Board". The
// ordinal (or "annual") and the body's name make one happening; "the
// meeting of the commission", "a session of talks" or "the first meeting
// of the ASEAN trade ministers" (the body is only a modifier) are none.
// The body keeps its mention; the event's own tokens are the ordinal and
// the noun.
//
// Round 34: a kind of sitting may stand between the ordinal and the noun
// ("the fourth ordinary session of the National Assembly"); and a sitting
// numbered in digits needs no body after it when "the" or a possessive
// comes before ("the commission's 53rd session in October", "during the
// 76th Session in July"): the article's own body holds it. A word ordinal
// alone ("after the second session") counts the sittings of any talks.
func (x *doc) sessionOfBody(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	o := i - 1
	if o-1 >= s.t0 && !x.used[o] && sittingKinds[toks[o].lower] && !toks[o].cap && x.ordinalAt(o-1, true) && !x.used[o-1] {
		o-- // "the fourth ordinary session of ..."
	}
	if o-1 >= s.t0 && !x.used[o] && isOrdinal(toks[o].text) && (toks[o-1].lower == "the" || toks[o-1].kind == tkPoss) &&
		(i+1 >= s.t1 || toks[i+1].lower != "of") && toks[i].lower == "session" {
		name := normText(x.spanText(o, i+1))
		x.addMention(mention{t0: o, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: lowerKey("ev:session:", name), name: name, conf: 0.6, gzRole: -1})
		return true
	}
	if o-1 < s.t0 || i+2 >= s.t1 || toks[o-1].lower != "the" || x.used[o] || toks[i+1].lower != "of" ||
		!x.ordinalAt(o, true) && toks[o].lower != "annual" {
		return false
	}
	q := i + 2
	if toks[q].lower == "the" {
		q++
	}
	end := x.bodyEnd(si, q)
	if end < 0 || end < s.t1 && (toks[end].kind == tkPoss || x.openWord(end) && !finiteVerb(toks[end].lower)) {
		return false // "the ASEAN trade ministers", "the Board's auditors"
	}
	name := normText(x.spanText(o, end))
	x.addMention(mention{t0: o, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: lowerKey("ev:session:", name), name: name, conf: 0.65, gzRole: -1})
	return true
}

// sittingVerbs are verbs a sitting takes right after its body's name:
// "the 21st session of the X Commission opened in Lima".
var sittingVerbs = set("opens", "opened", "closes", "closed", "ends", "ended", "began", "begins", "starts", "started",
	"met", "meets", "convened", "convenes", "adopted", "adopts", "approved", "approves", "agreed", "agrees", "took",
	"takes", "runs", "ran", "concluded", "concludes", "resumed", "resumes")

// finiteVerb reports a lower-case word that is a verb, not a noun the body
// modifies: a sitting verb or a past form in "-ed" ("endorsed").
// "-eed" words ("seed", "feed") are nouns as often.
func finiteVerb(w string) bool {
	return sittingVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// openWord reports a lower-case word at k that is no article, pronoun,
// auxiliary or preposition, taken or not: after a name it makes the name
// a modifier ("the ASEAN trade ministers") or opens a clause whose verb
// may be a participle ("the Commission ended talks").
func (x *doc) openWord(k int) bool {
	t := &x.toks[k]
	return t.kind == tkWord && !t.cap && !stopCaps[t.lower] && !prepositions[t.lower]
}

// bodyEnd returns the end of a named body whose mention starts at token q,
// with the sides written before it ("the Karvia–Lodria Joint Commission",
// where Karvia has a mention of its own), or -1 when no body starts there:
// the last mention must be an institution other than a state or an
// outlet.
func (x *doc) bodyEnd(si, q int) int {
	mi := x.mentionStartingAt(q)
	for mi >= 0 {
		m := &x.ments[mi]
		next := -1
		if m.t1+1 < x.sents[si].t1 && x.attachedDash(x.sents[si].t0, m.t1+1) {
			next = x.mentionStartingAt(m.t1 + 1)
		}
		if next < 0 {
			if m.typ != TypeInstitution || m.kind == "state" || m.kind == "media" {
				return -1
			}
			return m.t1
		}
		mi = next
	}
	return -1
}

// fairHeads end the names of trade fairs and farm shows when
// capitalised: "the Marsh Valley Grain Expo", "the Farm Machinery Show".
// Lower-case "show" is no name. "Week" is taken only when the article
// places or dates the week right after it ("the Lodria Maritime Week in
// April", "... Week in Berlin"): otherwise "<Cap> Week" names a
// newsletter or a programme as often as an industry week ("Commodities
// Week 2031", "Karvia This Week"). Festivals are as often a town's feast
// as a news event.
var fairHeads = set("expo", "show", "week")

// showTrades are the words that make a capitalised "Show" a fair: the
// goods or the trade on show ("the Orvik Tractor Show", "the Farm
// Progress Show"). Without one, "Show" names a broadcast as often ("told
// the Breakfast Show", "appeared on the Late Night Show").
var showTrades = set("farm", "farmers", "agricultural", "agriculture", "agri", "trade", "motor", "auto", "car", "air",
	"boat", "yacht", "tractor", "machinery", "livestock", "cattle", "horse", "dairy", "grain", "flower", "garden",
	"food", "wine", "fashion", "mining", "energy", "industrial", "industry", "defence", "defense", "aerospace",
	"marine", "fishing", "equipment", "home", "building", "construction", "truck")

// fairHeadsGate is the gate (see wordGate) of fairHeads: eventPass asks
// fairEvent about every capitalised word.
var fairHeadsGate = gateOf(fairHeads)

// fairEvent takes a trade fair named by one to four capitalised words
// before its head at token i ("Show" only with a trade word among them); a place, capital or state opening them
// belongs to the name ("Lima International Mining Expo"), and a word the
// chunk pass left untyped gives way. A title-case line ("Minister Opens
// Trade Expo", "Polls Show Support") and a name that goes on after the
// head ("Trade Expo Lodria 2031", "Expo 2031 —", often a sponsor's
// notice) are left alone.
func (x *doc) fairEvent(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	t := &toks[i]
	if !t.cap || !fairHeadsGate.may(t.lower) || !fairHeads[t.lower] || x.tc[i] || i+1 < s.t1 && (toks[i+1].cap && toks[i+1].kind == tkWord || toks[i+1].kind == tkNum || isDigits(toks[i+1].text)) {
		return false
	}
	week := t.lower == "week"
	if week && !x.heldWeek(si, i) {
		return false
	}
	a, words := i+1, 0
	for a-1 >= s.t0 && words < 5 && toks[a-1].kind == tkWord && toks[a-1].cap && !stopCaps[toks[a-1].lower] {
		if !x.used[a-1] {
			a, words = a-1, words+1
			continue
		}
		mi := x.mentionEndingAt(a)
		if mi < 0 {
			break
		}
		m := &x.ments[mi]
		if m.typ == "" && m.gzRole < 0 {
			// an untyped chunk: "Grain" in "... Grain Expo"
			a, words = m.t0, words+m.t1-m.t0
			continue
		}
		if m.gzRole >= 0 && (m.typ == TypePlace || m.gzRole == gzCapital || m.kind == "state") {
			a = m.t0 // "Lodria Maritime Week": the host's week
		}
		break
	}
	if words < 2 {
		// the head alone, or a place before it: "the Lodria Show", and
		// "Karvia Week in Lima" is the state's week, its actor kept
		return false
	}
	if t.lower == "show" && !x.anyWordIn(a, i, showTrades) {
		return false // "the Breakfast Show", a programme
	}
	x.killMentions(si, a, i+1)
	name := normText(x.spanText(a, i+1))
	x.addMention(mention{t0: a, t1: i + 1, sent: si, typ: TypeEvent, kind: "other", key: lowerKey("ev:other:", name), name: name, conf: 0.65, gzRole: -1})
	return true
}

// heldWeek reports "in" and a month or a known place right after a
// capitalised "Week" at i: "... Week in April", "... Week in Berlin".
func (x *doc) heldWeek(si, i int) bool {
	s := &x.sents[si]
	if i+2 >= s.t1 || x.toks[i+1].lower != "in" || !x.toks[i+2].cap {
		return false
	}
	if _, month := monthNames[x.toks[i+2].lower]; month {
		return true
	}
	mi := x.mentionStartingAt(i + 2)
	return mi >= 0 && x.ments[mi].gzRole >= 0 && (x.ments[mi].typ == TypePlace || x.ments[mi].gzRole == gzCapital || x.ments[mi].kind == "state")
}

// instHeadEnds reports a chunk [a, b) whose event head at k is followed by
// more of the name ending in an institution head: "the Central Election
// Commission", "the Pacific Islands Forum Secretariat". The event word
// only says what the body deals with or belongs to; cutting the name
// after it made a spurious event ("Central Election") and lost the body.
func (x *doc) instHeadEnds(a, k, b int) bool {
	if k+1 >= b {
		return false
	}
	for q := k + 1; q < b; q++ {
		if !x.toks[q].cap || x.toks[q].kind != tkWord {
			return false // "Extraordinary Summit of the Authority ...": the body holds the event
		}
	}
	t := &x.toks[b-1]
	_, ok := instHeads[t.lower]
	return ok && !venueCentres[t.lower]
}

// venueCentres are institution heads that also name a building: the
// "Arusha International Conference Centre" is where the conference met.
var venueCentres = set("centre", "center")

// venueEnds reports a chunk ending at b whose event head at k is followed
// only by capitalised words ending in a building's head: the "Karvia
// International Conference Centre" is where a meeting is held, a place
// and no event; cut after its head it was one more conference beside the
// summit held there (round 35: dev40; a known leftover on unseen news).
func (x *doc) venueEnds(k, b int) bool {
	if k+1 >= b || !venueCentres[x.toks[b-1].lower] {
		return false
	}
	for q := k + 1; q < b; q++ {
		if !x.toks[q].cap || x.toks[q].kind != tkWord {
			return false
		}
	}
	return true
}

// forumBodies retypes as institutions the events named by a capitalised
// "Forum" or "Dialogue" that the article describes as a body: a person's
// role at it ("a senior fellow at the X Forum", "who heads the X
// Forum"), a body's apposition (", a Dhaka-based rights group", ", a
// think tank"), a body noun before it ("the NGO X Dialogue") or a
// statement it makes as the subject of its clause ("The X Forum said").
// Many think tanks, industry groups and NGOs carry these heads. A forum or
// dialogue that is held has cues of its own, and they win over a role or
// a statement (not over a body's apposition or "NGO", which say what it
// is): "The X Forum opened on Monday", "the third round of the X
// Dialogue" (heldMeeting), and "at the X Forum in Lima", which outweighs
// a statement only. The people who attend a meeting ("a keynote speaker
// at", "delegates at the X Dialogue said") say nothing about a body.
// Every mention of the same event changes with it, under one key and the
// fullest of its names. A demonym or a place name written right before
// the body belongs to its name ("the Haitian Business Forum"), which the
// event reading leaves out.
func (x *doc) forumBodies() {
	const (
		cueBody = 1 << iota // "NGO" before it or a body's apposition
		cueRole             // a role at it, or "who heads" it
		cueSaid             // a statement it makes as its clause's subject
		cueHeld             // it is held
		cueIn               // a place after it: "at the X Forum in Lima"
	)
	var cues map[string]uint8 // a name (forumBase) → the cues its mentions carry
	for i := range x.ments {
		m := &x.ments[i]
		if !x.forumShaped(m) {
			continue
		}
		s := &x.sents[m.sent]
		a := m.t0
		if p := x.modifierBefore(m); p >= 0 {
			a = x.ments[p].t0 // "secretary general of the Indonesian X Forum"
		}
		ngo := a == m.t0 && x.toks[a].lower == "ngo" && x.toks[a].upper && a+1 < m.t1 // "the cross-border NGO X Dialogue"
		if !ngo && a-3 >= s.t0 && x.toks[a-1].lower == "based" && x.toks[a-2].text == "-" {
			// "the Karachi-based X Forum", "the New York-based X Forum":
			// the role is read before "the", over a place of a few words
			a -= 3
			for a-1 >= s.t0 && x.toks[a-1].lower != "the" && a > m.t0-5 {
				a--
			}
		}
		var c uint8
		switch {
		case ngo || x.orgAppositive(s, m.t1):
			c = cueBody
		case x.forumRelative(s, m.t1):
			c = cueBody
		case x.bodyWordsBefore(s, a) && !x.attendeeBefore(s, a) || x.forumMemberCue(m.sent, a, m.t1):
			c = cueRole
		case m.t1 < s.t1 && x.lx.speech[x.toks[m.t1].lower] && x.toks[m.t1].lower != "told" && x.clauseOpensAt(s, a):
			c = cueSaid
		}
		if x.heldMeeting(s, a, m.t1) {
			c |= cueHeld
		}
		if x.placeAfter(s, m.t1) {
			c |= cueIn
		}
		if c == 0 {
			continue
		}
		if cues == nil {
			cues = map[string]uint8{}
		}
		cues[x.forumBase(m)] |= c
	}
	var fullest map[string]string // a name (forumBase) → the longest form of its retyped mentions
	for i := range x.ments {
		m := &x.ments[i]
		if !x.forumShaped(m) {
			continue
		}
		base := x.forumBase(m)
		if c := cues[base]; c&cueBody == 0 && (c&cueHeld != 0 || c&cueRole == 0 && (c&cueSaid == 0 || c&cueIn != 0)) {
			continue
		}
		if p := x.modifierBefore(m); p >= 0 {
			x.ments[p].dead = true
			m.t0 = x.ments[p].t0
			m.name = normText(x.spanText(m.t0, m.t1))
		} else if x.toks[m.t0].lower == "ngo" && x.toks[m.t0].upper && m.t0+1 < m.t1 {
			m.t0++
			m.name = normText(x.spanText(m.t0, m.t1))
		}
		if fullest == nil {
			fullest = map[string]string{}
		}
		if f := fullest[base]; wordCount(m.name) > wordCount(f) {
			fullest[base] = m.name
		}
		m.typ, m.kind, m.conf, m.cued = TypeInstitution, "organization", cuedConf, true
		m.key = base
	}
	for i := range x.ments {
		m := &x.ments[i]
		if m.typ != TypeInstitution || !strings.HasPrefix(m.key, "forum:") {
			continue
		}
		if f, ok := fullest[m.key]; ok {
			// "The Ghanaian X Forum said ... who chairs the X Forum": one
			// body, named in full, the bare form an alias
			m.name = f
			m.key = lowerKey("org:", f)
		}
	}
}

// forumUnits are the parts of a body a person leads or works in: "the
// nuclear program at the X Forum", "the Polar Programme at the X Forum".
var forumUnits = set("program", "programme", "programs", "programmes", "project", "department", "division", "unit", "office")

// forumPapers are what a body publishes: "a new paper from the X Forum".
var forumPapers = set("paper", "papers", "report", "reports", "study", "studies", "survey", "analysis", "brief", "index")

// forumMemberCue reports words before a forum-shaped name at a that only
// a body takes and bodyWordsBefore does not read: a named person "of" it
// ("Lena Voss of the X Forum welcomed the vote"), a unit of it at which
// someone works ("directs the energy program at the X Forum") or a paper
// it published ("a report from the X Forum"). A meeting has speakers and
// sessions, not members, units or papers of its own. A forum at b that is
// held somewhere or on a day ("a project at the X Forum in Lima", "a
// report from the X Forum on Tuesday") is a meeting: the deal was signed,
// or the dispatch sent, there. A unit at a forum is a body's only when a
// person's verb runs it ("directs the energy program at"): "signed a
// solar project at the X Forum" names a deal made at a meeting.
func (x *doc) forumMemberCue(si, a, b int) bool {
	s := &x.sents[si]
	toks := x.toks
	p := a - 1
	if p-2 < s.t0 || toks[p].lower != "the" {
		return false
	}
	if b+1 < s.t1 && (x.heldWeek(si, b-1) || toks[b].lower == "on" && (hasWeekday(toks[b+1].lower) || toks[b+1].cap && monthNames[toks[b+1].lower] > 0)) {
		return false
	}
	p--
	switch toks[p].lower {
	case "of":
		// (mentionEndingAt reads only the last sentence's mentions, and
		// this runs after every sentence's)
		for i := range x.ments {
			if m := &x.ments[i]; m.t1 == p && !m.dead && m.typ == TypePerson {
				return true
			}
		}
	case "at":
		if !forumUnits[toks[p-1].lower] {
			return false
		}
		for k := p - 2; k >= s.t0 && k >= p-5; k-- {
			if unitRunners[toks[k].lower] {
				return true
			}
		}
	case "from", "by":
		return forumPapers[toks[p-1].lower]
	}
	return false
}

// unitRunners are the verbs of a person who runs or works in a body's
// unit: "directs the energy program at the X Forum".
var unitRunners = set("runs", "ran", "directs", "directed", "heads", "headed", "leads", "led", "manages", "managed", "oversees",
	"oversaw", "coordinates", "coordinated", "chairs", "chaired", "works", "worked", "joined", "joins")

// forumRelatives are verbs of what a body does, in a relative clause
// right after its name: "the X Forum, which represents 200 companies".
var forumRelatives = set("represents", "lobbies", "unites", "groups", "publishes", "campaigns", "advocates", "employs")

// forumRelative reports ", which" and such a verb right after a name
// ending at b.
func (x *doc) forumRelative(s *sentence, b int) bool {
	toks := x.toks
	return b+2 < s.t1 && toks[b].text == "," && (toks[b+1].lower == "which" || toks[b+1].lower == "that") && forumRelatives[toks[b+2].lower]
}

// forumBase returns the name of a forum-shaped event without "NGO"
// before it, in lower case and with a prefix no other key has: the
// mentions of one body share it, with or without a demonym before them.
// (Event keys are coarser: "ev:summit:<first word>".)
func (x *doc) forumBase(m *mention) string {
	t0 := m.t0
	if x.toks[t0].lower == "ngo" && x.toks[t0].upper && t0+1 < m.t1 {
		t0++
	}
	return lowerKey("forum:", normText(x.spanText(t0, m.t1)))
}

// attendeeRoles are the people a meeting has rather than a body: "a
// keynote speaker at the X Forum", "delegates at the X Dialogue".
var attendeeRoles = set("speaker", "speakers", "delegate", "delegates", "participant", "participants", "panellist",
	"panellists", "panelist", "panelists", "attendee", "attendees", "guest", "guests", "moderator", "visitor", "visitors")

// attendeeBefore reports an attendee's role with "at" or "of" before a
// name at a: "a keynote speaker at the X Forum".
func (x *doc) attendeeBefore(s *sentence, a int) bool {
	p := a - 1
	if p >= s.t0 && x.toks[p].lower == "the" {
		p--
	}
	return p-1 >= s.t0 && (x.toks[p].lower == "at" || x.toks[p].lower == "of") && attendeeRoles[x.toks[p-1].lower]
}

// clauseOpensAt reports a name at a (after an optional "the") that opens
// its sentence or a clause after a comma, semicolon or colon: the subject
// of the verb after it. "Delegates at the X Dialogue said" and
// "Organisers of the X Forum said" are someone else's statements.
func (x *doc) clauseOpensAt(s *sentence, a int) bool {
	p := a
	if p-1 >= s.t0 && x.toks[p-1].lower == "the" {
		p--
	}
	if p == s.t0 {
		return true
	}
	switch x.toks[p-1].text {
	case ",", ";", ":":
		return true
	}
	return false
}

// heldVerbs say that a meeting takes place when they follow its name
// with a time or a place rather than an object: "The X Forum opened on
// Monday", "ended in Lima" (not "opened an office").
var heldVerbs = set("opened", "opens", "closed", "closes", "ended", "ends", "began", "begins", "convened", "convenes",
	"concluded", "concludes", "reconvened", "resumed", "resumes")

// heldRounds are the parts of a meeting written before "of the" and its
// name: "the third round of the X Dialogue", "on the sidelines of the X
// Forum".
var heldRounds = set("round", "rounds", "session", "sessions", "edition", "sidelines", "margins")

// heldMeeting reports cues that the meeting named in [a, b) is held:
// a round or session of it before its name, or after it a verb of
// meeting followed by a time or place, "was held" or "took place".
func (x *doc) heldMeeting(s *sentence, a, b int) bool {
	toks := x.toks
	if a-3 >= s.t0 && toks[a-1].lower == "the" && toks[a-2].lower == "of" && heldRounds[toks[a-3].lower] {
		return true
	}
	if b+1 >= s.t1 {
		return false
	}
	w, n := toks[b].lower, &toks[b+1]
	switch {
	case heldVerbs[w]:
		return n.kind != tkWord || prepositions[n.lower] || n.cap // "on Monday", ", ", "Monday"
	case w == "took" || w == "takes":
		return n.lower == "place"
	case w == "was" || w == "is" || w == "will":
		if n.lower == "be" && b+2 < s.t1 {
			n = &toks[b+2]
		}
		return n.lower == "held"
	}
	return false
}

// placeAfter reports a known place or capital written after "in" right
// after a name ending at b: "at the X Forum in Lima".
func (x *doc) placeAfter(s *sentence, b int) bool {
	if b+1 >= s.t1 || x.toks[b].lower != "in" || !x.toks[b+1].cap {
		return false
	}
	for i := range x.ments {
		if p := &x.ments[i]; p.t0 == b+1 && !p.dead {
			return x.knownPlace(p)
		}
	}
	return false
}

// knownPlace reports a place or a state the gazetteer knows, or a
// capital: where a meeting is held or an aircraft downed ("in Lima", "in
// Kazakhstan"). A demonym ("in Syrian airspace") is no place.
func (x *doc) knownPlace(p *mention) bool {
	return p.gzRole == gzCapital || p.gzRole == gzName && (p.typ == TypePlace || p.kind == "state")
}

// forumShaped reports a live event mention ending in a capitalised
// "Forum" or "Dialogue".
func (x *doc) forumShaped(m *mention) bool {
	if m.dead || m.typ != TypeEvent || m.gzRole >= 0 {
		return false
	}
	t := &x.toks[m.t1-1]
	return t.cap && (t.lower == "forum" || t.lower == "dialogue")
}

// modifierBefore returns the live gazetteer mention of a demonym or a
// place name written right before m in its sentence ("Haitian", "Asia"),
// or -1.
func (x *doc) modifierBefore(m *mention) int {
	if m.t0 == 0 || !x.toks[m.t0-1].cap || x.toks[m.t0-1].kind != tkWord {
		return -1
	}
	for i := range x.ments {
		p := &x.ments[i]
		if p.t1 == m.t0 && p.sent == m.sent && !p.dead && (p.gzRole == gzDemonym || p.gzRole == gzName && p.typ == TypePlace) {
			return i
		}
	}
	return -1
}

// aircraftNouns end the object of a downing or a forced landing: "the
// downing of a Russian Su-24 jet", "the forced landing of a passenger
// jet".
var aircraftNouns = set("jet", "jets", "airliner", "airliners", "aircraft", "plane", "planes", "airplane", "bomber",
	"bombers", "fighter", "helicopter", "flight", "airship")

// downingEvent adds the event at i for a definite nominal downing or
// forced landing of an aircraft: "the downing of a Russian Su-24 jet",
// "the shooting down of flight MH17", "the shooting-down of two exile
// aircraft", "the forced landing of a passenger jet in Minsk", "the
// forced landing in Minsk". The name runs to the aircraft noun (or its
// flight number or model) and takes a known place written right after
// it with "in"; "over eastern Ukraine", "by Cuban MiGs", a date or "in
// the Belarusian capital" stay out, and so does a demonym ("in Syrian
// airspace", knownPlace). One article mostly reports one such incident:
// its mentions share one key by kind, which distinctHeldEvents splits
// when two of them name different aircraft or places. Without "the" (an
// indefinite "a downing of drones") or without an aircraft ("the
// downing of tools") there is no event.
func (x *doc) downingEvent(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	t := &toks[i]
	var a int // where the name starts
	kind := "downing"
	switch t.lower {
	case "downing":
		a = i
	case "landing":
		if i-1 < s.t0 || toks[i-1].lower != "forced" {
			return false
		}
		a, kind = i-1, "landing"
	case "down":
		a = i - 1
		if a-1 >= s.t0 && toks[a].text == "-" && !toks[a].space {
			a-- // "shooting-down"
		}
		if a < s.t0 || toks[a].lower != "shooting" {
			return false
		}
	default:
		return false
	}
	if a-1 < s.t0 || toks[a-1].lower != "the" || i+2 >= s.t1 {
		return false
	}
	e := -1 // end of the name
	switch toks[i+1].lower {
	case "of":
		e = x.aircraftEnd(si, i+2)
	case "in":
		if kind == "landing" {
			e = i + 1 // the place is read below
		}
	}
	if e < 0 {
		return false
	}
	if e+1 < s.t1 && toks[e].lower == "in" && toks[e+1].cap {
		if mi := x.mentionStartingAt(e + 1); mi >= 0 && x.knownPlace(&x.ments[mi]) {
			e = x.ments[mi].t1
		}
	}
	if e == i+1 {
		return false // "the forced landing in the capital"
	}
	name := normText(x.spanText(a, e))
	x.addMention(mention{t0: a, t1: i + 1, sent: si, typ: TypeEvent, kind: "attack", key: "ev:" + kind + ":aircraft", name: name, conf: 0.65, gzRole: -1})
	return true
}

// aircraftEnd returns the end of an aircraft's description starting at k
// after "of" ("a Russian Su-24 jet", "flight MH17", "the Su-24"), or -1
// when no aircraft noun or model comes within six tokens. The noun or
// model must head the phrase: with another noun after it, it only
// describes that noun ("the F-35 sale", "the plane trees"), and a model
// already read as a name ("the G-7 price cap plan") is no aircraft. Of two
// aircraft nouns the last is the head ("a fighter jet").
func (x *doc) aircraftEnd(si, k int) int {
	s := &x.sents[si]
	toks := x.toks
	model := -1
	for q := k; q < s.t1 && q < k+6; q++ {
		t := &toks[q]
		if t.kind != tkWord && t.kind != tkNum && t.text != "-" && t.text != "\u2013" {
			break
		}
		if t.kind == tkWord && !t.cap && (prepositions[t.lower] || t.lower == "which" || t.lower == "that") {
			break
		}
		if aircraftNouns[t.lower] && !t.cap {
			if t.lower == "flight" && q+1 < s.t1 && toks[q+1].cap && toks[q+1].kind == tkWord {
				return q + 2 // "flight MH17"
			}
			if q+1 < s.t1 && aircraftNouns[toks[q+1].lower] && !toks[q+1].cap {
				continue // "a fighter jet"
			}
			if x.nounFollows(si, q+1) {
				return -1
			}
			return q + 1
		}
		if t.kind == tkNum && q-2 >= k && toks[q-1].text == "-" && toks[q-2].cap {
			if x.knownAt(si, q-2) {
				return -1 // "the G-7 price cap plan": a body's name
			}
			model = q + 1 // "Su-24"
		}
	}
	if model >= 0 && x.nounFollows(si, model) {
		return -1
	}
	return model
}

// knownAt reports a live gazetteer mention in sentence si over token i.
func (x *doc) knownAt(si, i int) bool {
	for k := len(x.ments) - 1; k >= 0 && x.ments[k].sent == si; k-- {
		if m := &x.ments[k]; !m.dead && m.gzRole >= 0 && m.t0 <= i && i < m.t1 {
			return true
		}
	}
	return false
}

// aircraftFollowers may follow an aircraft that heads its phrase, besides
// prepositions, punctuation, capitalised words and past forms in "-ed":
// "the downing of the Su-24 near the border", "of the jet last year", "the
// downing of the jet still shapes", "the downing of the jet led to".
var aircraftFollowers = set("near", "off", "outside", "above", "which", "that", "who", "whose", "and", "or", "but",
	"would", "will", "was", "were", "is", "are", "has", "have", "had", "can", "could", "may", "might", "must", "should",
	"last", "earlier", "this", "still", "also", "now", "then", "again", "soon", "later", "itself", "alone", "remains",
	"became", "becomes", "led", "leads", "drew", "draws", "shook", "brought", "made", "took", "sent", "set", "put",
	"cut", "hit", "froze", "broke", "began", "came", "gave", "left", "meant", "shapes", "haunts")

// nounFollows reports a lower-case word at q that is no preposition,
// clause word or verb form that aircraftFollowers allow: a noun the
// aircraft before it describes ("F-35 sale", "plane trees").
func (x *doc) nounFollows(si, q int) bool {
	if q >= x.sents[si].t1 {
		return false
	}
	t := &x.toks[q]
	return t.kind == tkWord && !t.cap && !prepositions[t.lower] && !aircraftFollowers[t.lower] && !strings.HasSuffix(t.lower, "ed")
}

// hostStateForum reports that the state mention g right before the chunk
// [a, …) opens the name of the forum, conference or summit whose head is
// at k, with a proper modifier between: "the Kazakhstan Mining Forum",
// "the Karvia Investment Summit". The state names the meeting it hosts;
// cut after it, the name ("Mining Forum") was a false event and the real
// one was lost (round 34: dev45). The head alone after the state ("the
// Karvia Forum") may be the state's forum as a standing body, and a
// possessive ("Karvia's Mining Forum") is no name: both stay out.
func (x *doc) hostStateForum(g int, cls string, a, k int) bool {
	m := &x.ments[g]
	return cls == "summit" && m.kind == "state" && m.gzRole == gzName && !m.weak && k > a && x.hasProperModifier(a, k)
}

// joinedRegionsStart extends the start ns of a forum's, conference's or
// summit's name leftward over the sides or regions joined to it by an
// attached dash or by "and": "the Central Asia-EU Economic Forum", "the
// Sahel-Maghreb Energy Summit", "the Middle East and North Africa
// Economic Conference". The chunk pass cut such names at the dash or the
// conjunction and kept only the last side (round 34: dev16, dev35,
// dev45). A dash joins a known region, state or international body; "and"
// only two known places (no state: "Karvia and Lodria Business Forum" may
// be a list of a state and a forum), and only once. The joined
// mentions keep their own entries; at most two steps. regionFirst says
// that the name at ns opens with a known region or place (the caller's
// host mention, which it has already absorbed).
func (x *doc) joinedRegionsStart(si, ns int, regionFirst bool) int {
	lo := x.sents[si].t0
	start := ns
	for step := 0; step < 2 && ns-2 >= lo; step++ {
		mi := x.mentionEndingAt(ns - 1) // a mention right before the dash or "and"
		if mi < 0 {
			break
		}
		m := &x.ments[mi]
		region := m.typ == TypePlace && m.gzRole == gzName && !m.weak
		if !(x.attachedDash(lo, ns) && (region || isParty(m)) || x.toks[ns-1].lower == "and" && region && regionFirst && step == 0) {
			break
		}
		ns = m.t0
	}
	if ns != start && x.attachedDash(lo, ns) {
		// the chain goes on past what is known ("the Zorvania-Peru-Ghana
		// Business Forum"): a part of it is no name
		return start
	}
	return ns
}

// warGoods are the goods and trades that name a dispute between states as
// a war: "the trade war", "the gas war", "the cod war", "the mackerel
// war". The war is a dispute over them, not fighting; a price war is a
// market's, and a "sniper war" or "drone war" a way of fighting that any
// war has. "civil" is the one kind of fighting that names the war: "the
// civil war" is the one the article's country went through.
var warGoods = set("trade", "tariff", "currency", "gas", "oil", "water", "fish", "cod", "mackerel", "herring", "turbot",
	"tuna", "scallop", "banana", "chip", "tech", "steel", "lumber", "civil")

// goodsWar takes the dispute named by its goods at token i ("war"): "the
// trade war", "the so-called mackerel war", "the US-China trade war"
// (round 34: missed in dev22, dev33, dev37 and dev44; "the civil war" in
// dev36 and dev41). "the" must stand
// right before the goods word or the sides joined by a dash (with
// "so-called" between): "a trade war" is any, "the chip trade war" or
// "the largest trade war" may be one war or a kind, and a possessive
// ("Karvia's gas war") is left to the other rules. A noun after the head
// that makes it a modifier ("the trade war fund") leaves it alone. The
// sides stay in the name, keep their own mentions, and the goods alone is
// an alias, so "the US-China trade war ... the trade war" is one event.
func (x *doc) goodsWar(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	g := i - 1
	if toks[i].lower != "war" || toks[i].cap || x.used[i] || g-1 < s.t0 || !warGoods[toks[g].lower] || toks[g].cap || x.used[g] ||
		i+1 < s.t1 && (nounAfterDated(toks[i+1].lower) || toks[i+1].lower == "in") {
		return false // "the civil war in Karvia" is the state's war (eventPass)
	}
	if i+2 < s.t1 && toks[i+1].lower == "of" && warMetaphors[toks[i+2].lower] {
		return false // "the trade war of words": a quarrel, no war
	}
	a, sides := g, g
	if p := x.partiesStart(si, g); p >= 0 {
		a, sides = p, p // "the US-China trade war"
	}
	if a-1 >= s.t0 && toks[a-1].lower == "so-called" {
		a--
	} else if a-3 >= s.t0 && toks[a-1].lower == "called" && toks[a-2].text == "-" && toks[a-3].lower == "so" {
		a -= 3
	}
	if !x.theBefore(si, a) {
		return false
	}
	short := toks[g].lower + " war"
	name, alias := short, ""
	if sides < g {
		// "the so-called US-China trade war" keeps its sides too
		name, alias = normText(x.spanText(sides, g))+" "+short, short
	}
	key := "ev:war:" + short
	if toks[g].lower == "civil" {
		// "the civil war" after the one state's civil war the article
		// named is that war ("Karvia's civil war ... the civil war")
		if k := x.soleEventKey("war", short, key); k != "" {
			key = k
		}
	}
	x.addMention(mention{t0: g, t1: i + 1, sent: si, typ: TypeEvent, kind: "war", key: key, name: name, short: alias, conf: 0.6, gzRole: -1})
	return true
}

// warMetaphors after "war of" make the war a figure of speech: "the
// trade war of words", "a civil war of nerves".
var warMetaphors = set("words", "nerves")

// bodySitting takes a body's meeting or session at token i written with
// a lower-case head right after the body's name: "the Eurogroup meeting
// on November 12", "today's Security Council meeting on Haiti", "a WTO
// General Council meeting in Geneva in July", "the Nordic Council
// session" (round 34: missed in dev13, dev17, dev29 and dev44). The body
// is an international body, or a council by its head word; a company's,
// a ministry's or a board's meeting ("the Tulpar board meeting") is
// nobody's news event. "the" or a possessive before the body makes it one
// sitting; after "a" only a place or a month right after does ("a
// Security Council meeting" is any). A compound after the head ("the
// Security Council meeting room") leaves it alone. A state after "on" (the
// sitting's subject) or a city or place after "in" (its host) stays in
// its name, the bare form an alias: "the G7 meeting in Berlin".
// The body keeps its mention; the event's own token is the head.
func (x *doc) bodySitting(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	t := &toks[i]
	if t.lower != "meeting" && t.lower != "session" || t.cap || x.used[i] {
		return false
	}
	mi := x.mentionEndingAt(i)
	if mi < 0 {
		return false
	}
	m := &x.ments[mi]
	if m.dead || m.weak || m.typ != TypeInstitution || m.t0-1 < s.t0 ||
		m.kind != "international" && !(m.kind == "organization" && toks[m.t1-1].lower == "council") {
		return false
	}
	if n := i + 1; n < s.t1 && toks[n].kind == tkWord && (toks[n].cap || meetingCompounds[toks[n].lower] || nounAfterDated(toks[n].lower)) {
		return false
	}
	p := &toks[m.t0-1]
	switch {
	case p.lower == "the" || p.kind == tkPoss:
	case (p.lower == "a" || p.lower == "an") && i+2 < s.t1 && toks[i+1].lower == "in":
		_, month := monthNames[toks[i+2].lower]
		pm := x.mentionStartingAt(i + 2)
		if !(month && toks[i+2].cap) && (pm < 0 || x.ments[pm].typ != TypePlace && x.ments[pm].gzRole != gzCapital) {
			return false
		}
	default:
		return false
	}
	base := normText(x.spanText(m.t0, i+1))
	name, short := base, ""
	if i+2 < s.t1 && (toks[i+1].lower == "on" || toks[i+1].lower == "in") {
		sm := x.mentionStartingAt(i + 2)
		if sm >= 0 && !x.ments[sm].weak && (toks[i+1].lower == "on" && x.ments[sm].kind == "state" && x.ments[sm].typ == TypeInstitution ||
			toks[i+1].lower == "in" && (x.ments[sm].gzRole == gzCapital || x.ments[sm].typ == TypePlace && x.ments[sm].gzRole >= 0)) {
			name, short = base+" "+toks[i+1].lower+" "+normText(x.spanText(i+2, x.ments[sm].t1)), base
		}
	}
	x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: lowerKey("ev:summit:", base), name: name, short: short, conf: 0.6, gzRole: -1})
	return true
}

// specialSessions are the kinds of sitting called apart from a body's
// calendar: "a special session", "an emergency session".
var specialSessions = set("special", "emergency", "extraordinary")

// specialSession takes a sitting called apart from the calendar at token
// i ("session"): with its body's acronym or name and "the" before it ("the
// CARICOM special session"), or with the state it is about after "on" ("a
// special session on Karvia"). Either makes it one sitting (round 34:
// missed in dev40 and dev41, with the numbered sessions of dev23 and
// dev45). "a special session" alone, "an emergency session of
// parliament" and "the special session room" are left alone.
func (x *doc) specialSession(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	k := i - 1
	if toks[i].lower != "session" || toks[i].cap || x.used[i] || k-1 < s.t0 || !specialSessions[toks[k].lower] || toks[k].cap || x.used[k] {
		return false
	}
	if i+1 < s.t1 && toks[i+1].kind == tkWord && (meetingCompounds[toks[i+1].lower] || nounAfterDated(toks[i+1].lower)) {
		return false
	}
	a := k
	name := ""
	if mi := x.mentionEndingAt(k); mi >= 0 && x.ments[mi].kind != "state" && x.theBefore(si, x.ments[mi].t0) &&
		(x.ments[mi].typ == TypeInstitution && !x.ments[mi].weak || x.ments[mi].typ != TypePerson && x.ments[mi].t1-x.ments[mi].t0 == 1 && toks[x.ments[mi].t0].upper) {
		// a body's name, or an acronym read as a name of its own: "the
		// Commonwealth special session", "the COFCOR special session"
		name = normText(x.spanText(x.ments[mi].t0, i+1))
	} else if x.acronymAt(k-1) && k-2 >= s.t0 && x.theBefore(si, k-1) {
		a = k - 1 // an acronym no pass took: "the COFCOR special session"
		name = normText(x.spanText(a, i+1))
	} else if i+2 < s.t1 && toks[i+1].lower == "on" {
		sm := x.mentionStartingAt(i + 2)
		if sm < 0 || x.ments[sm].kind != "state" || x.ments[sm].typ != TypeInstitution || x.ments[sm].weak {
			return false
		}
		name = toks[k].lower + " session on " + normText(x.spanText(i+2, x.ments[sm].t1))
	} else {
		return false
	}
	x.addMention(mention{t0: a, t1: i + 1, sent: si, typ: TypeEvent, kind: "summit", key: lowerKey("ev:session:", name), name: name, conf: 0.6, gzRole: -1})
	return true
}

// summitMembers in a summit's name after "of" say who meets, not which
// summit: "the Summit of Heads of State" is any body's sitting
// (summitOfHeads reads it after a body's name).
var summitMembers = set("heads", "head", "leaders", "ministers", "presidents")

// summitOfName takes the chunk [a, b) opening with a capitalised "Summit"
// and its subject after "of" or "for": "the Summit of the Americas", "the
// Summit for Democracy". The chunk pass found no place or body before the
// head and dropped it, so the recurring summit was lost (round 36: dev10,
// dev13, dev49). "the" must stand right before it (a headline's
// "Summit of leaders ends" is no name) and the subject must be a
// capitalised word that is no month ("the Summit of May" is a date).
// Members after "of" ("the Summit of Heads of State") name no summit of
// their own. A building's or a body's head ending the chunk makes the
// whole name that building or body ("the Summit of the Americas Hotel",
// "the Summit of the Americas Secretariat"), not the summit.
func (x *doc) summitOfName(si, a, b int) bool {
	toks := x.toks
	if toks[a].lower != "summit" || !toks[a].cap || b-a < 3 || b-a > 6 || !x.theBefore(si, a) {
		return false
	}
	if last := toks[b-1].lower; venueHeads[last] || venueCentres[last] {
		return false
	} else if _, ok := instHeads[last]; ok {
		return false
	}
	if p := toks[a+1].lower; p != "of" && p != "for" {
		return false
	}
	q := a + 2
	if toks[q].lower == "the" && q+1 < b {
		q++
	}
	if _, month := monthNames[toks[q].lower]; month || !toks[q].cap || toks[q].kind != tkWord || !toks[b-1].cap {
		return false
	}
	for k := q; k < b; k++ {
		if summitMembers[toks[k].lower] {
			return false
		}
	}
	name := normText(x.spanText(a, b))
	x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeEvent, kind: "summit", key: lowerKey("ev:summit:", name), name: name, conf: 0.7, gzRole: -1})
	return true
}

// ministerialCouncilHeld retypes a body's "Ministerial Council" that the
// article places in a city as the sitting held there: "on the sidelines
// of the OSCE Ministerial Council in Belgrade", "before the OSCE
// Ministerial Council in Brussels in December" (round 36: dev5, dev41;
// dev10 writes it lower-case). The chunk pass read the council's head
// word as a body; a council that meets in a named city, after "the", is
// the yearly meeting of the ministers, as "the ministerial in Belgrade"
// would be. Without the host ("the OSCE Ministerial Council adopted a
// decision") it stays the body, and so it does as the subject of a verb
// after the city ("the OSCE Ministerial Council in Vienna decided to
// extend the mission", "... in Vienna will review"), unless the verb
// says it is held ("... in Vienna opened on Monday"). The place keeps its
// mention; the name with it is an alias.
func (x *doc) ministerialCouncilHeld(si int) {
	s := &x.sents[si]
	toks := x.toks
	for mi := len(x.ments) - 1; mi >= 0 && x.ments[mi].sent == si; mi-- {
		m := &x.ments[mi]
		if m.dead || m.typ != TypeInstitution || m.t1-m.t0 < 3 || m.t1+1 >= s.t1 || !x.theBefore(si, m.t0) ||
			toks[m.t1-1].lower != "council" || toks[m.t1-2].lower != "ministerial" || !toks[m.t1-2].cap || toks[m.t1].lower != "in" {
			continue
		}
		pi := x.mentionStartingAt(m.t1 + 1)
		if pi < 0 {
			continue
		}
		pm := &x.ments[pi]
		if pm.gzRole < 0 || !(pm.typ == TypePlace || pm.gzRole == gzCapital) {
			continue
		}
		if v := pm.t1; v < s.t1 && toks[v].kind == tkWord && !toks[v].cap && !x.heldMeeting(s, m.t0, v) {
			if w := toks[v].lower; x.lx.speech[w] || finiteVerb(w) || auxVerbs[w] || finiteModals[w] {
				continue // the body acts
			}
		}
		name := normText(x.spanText(m.t0, m.t1))
		m.typ, m.kind, m.key, m.name, m.acronym = TypeEvent, "summit", lowerKey("ev:summit:", name), name, false
		m.short = name + " in " + x.hostName(pm)
	}
}
