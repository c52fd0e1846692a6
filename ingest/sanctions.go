package ingest

import "strings"

// SANCTIONED: who imposed sanctions on whom.

var sanctionNouns = set("sanctions", "sanction", "embargo", "restrictions", "penalties", "blacklist", "measures", "ban", "bans",
	"freeze", "freezes", "blockade", "blockades", "embargoes")

// wealthOwner returns the owner named right before a frozen asset noun at
// a: "freezing X's accounts" (X alone, not what follows the accounts),
// "Norway froze his deposits" (the person the pronoun stands for);
// nil when neither is there ("froze the assets of X" is read after it).
func (x *doc) wealthOwner(si, a int) []int {
	p := a - 1
	if p-1 >= x.sents[si].t0 && x.wealthModifier(p) {
		p-- // "froze his overseas assets", "X's British accounts"
	}
	if l := x.toks[p].lower; l == "his" || l == "her" {
		if e := x.resolvePronoun(si, p); e >= 0 {
			return []int{e}
		}
		return nil
	}
	if x.toks[p].kind != tkPoss {
		return nil
	}
	if mi := x.mentionEndAt(p - 1); mi >= 0 && x.isActor(x.ments[mi].ent) {
		return []int{x.ments[mi].ent}
	}
	return nil
}

// wealthModifier reports a word at p that may stand between a frozen
// wealth's owner and its noun: one lower-case word ("overseas", "bank")
// or a one-word state name or demonym ("British", "UK"), which says where
// the wealth lies, not whom the freeze targets.
func (x *doc) wealthModifier(p int) bool {
	if mi := x.tokMent[p]; mi >= 0 {
		m := &x.ments[mi]
		return m.t0 == p && m.t1 == p+1 && m.ent >= 0 && x.ents[m.ent].kind == "state"
	}
	return x.demonymModifier(p)
}

// heldWealth names what a freeze holds: "froze the assets of X", "froze
// his accounts", "freezing X's accounts".
var heldWealth = set("assets", "accounts")

// sanctionLists name the lists a body adds its targets to.
var sanctionLists = set("sanctions", "sanction", "blacklist", "sdn", "watchlist", "entity", "denied")

// targetsAfter finds the targets of sanctions from token k: named actors
// ("on X, …, and on Y"), a demonym ("Iranian oil entities") or "from
// Russia".
func (x *doc) targetsAfter(si, k, limit int) []int {
	s := &x.sents[si]
	end := k + limit
	if end > s.t1 {
		end = s.t1
	}
	for j := k + 1; j < end; j++ {
		if x.heldAt(j) {
			end, limit = j, j-k // "froze the reserves kept at X": the bank only keeps them
			break
		}
	}
	var out []int
	for j := k; j < end; j++ {
		if mi := x.tokMent[j]; mi >= 0 {
			if t1 := x.ments[mi].t1; t1 < s.t1 && (x.toks[t1].lower == "jurisdiction" || x.toks[t1].lower == "jurisdictions" || x.toks[t1].lower == "law") {
				break // "froze whatever he owns under Danish law"
			}
			if j-2 >= k && x.toks[j-1].lower == "in" && locatedWords[x.toks[j-2].lower] {
				break // "four companies registered in X": a place
			}
			if b := x.possessedBody(si, mi); b >= 0 {
				mi = b // "listed Moldova's Tax Office on Monday": the office
			} else if b := x.namedAfterDemonym(si, mi); b >= 0 {
				mi = b // "banned the Latvian music station X": X
			} else if x.singleDemonym(si, mi) {
				j = x.ments[mi].t1 - 1
				continue // "on a Moldovan notary": one person, not the state
			}
			if e := x.ments[mi].ent; x.isActor(e) {
				if t1 := x.ments[mi].t1; t1 < s.t1 && x.toks[t1].kind == tkPoss {
					// "the militia's arms buyer, Colonel X": X
					if p := x.personBehind(si, &x.ments[mi]); p >= 0 {
						e = p
					} else if d := x.afterDescriptor(si, t1); d > t1 && (x.isPerson(x.ments[x.tokMent[d]].ent) || x.toks[d-1].text == ",") {
						// "X's parent company, Y": the possessed body
						// named in apposition, not its possessor
						e, mi = x.ments[x.tokMent[d]].ent, x.tokMent[d]
					}
				}
				out = append(out, e)
				out = x.listAfter(si, x.ments[mi].t1, out)
				if t1 := x.ments[mi].t1; len(out) == 1 && x.ents[e].kind == "state" && (t1 < s.t1 && x.toks[t1].kind == tkWord && !x.toks[t1].cap || x.placeCompound(t1, s.t1)) {
					// "three American lawmakers - Senator A, …", "two
					// Lagos-registered traders, X and Y": the names are
					// the targets, the state only says where they are from
					var end int
					if out, end = x.describedGroup(si, j, out); len(out) > 1 && x.oneGroup(t1, end) {
						out = out[1:]
					}
				}
				break
			}
		}
		if l := x.toks[j].text; l == "." || l == ";" {
			break
		}
	}
	out = x.includedTargets(si, k, limit, out)
	if len(out) == 0 {
		out = x.describedTargets(si, k, out)
	}
	if len(out) == 0 {
		if e := x.sanctionedCompany(si, k); e >= 0 {
			return []int{e} // "banned the company from its waters"
		}
		if g := x.countedGroup(si, k); g != nil {
			return g // "blacklisted the two brothers"
		}
		// "sanctions on five people and two firms held responsible
		// for abuses in Belarus": unnamed people or bodies of a state
		if e := x.groupState(si, k); e >= 0 {
			return []int{e}
		}
		return nil
	}
	out = x.alongWith(si, k, out)
	// more targets: "… and on Baltic Star Shipping"
	for j := k; j < s.t1; j++ {
		if x.toks[j].lower != "and" {
			continue
		}
		q := j + 1
		if q < s.t1 && (x.toks[q].lower == "on" || x.toks[q].lower == "against" || x.toks[q].lower == "of" && j > 0 && x.toks[j-1].text == ",") {
			q++
			// "…, and of the broadcaster X": a common noun before the name
			if q+1 < s.t1 && (x.toks[q].lower == "the" || x.toks[q].lower == "its" || x.toks[q].lower == "their") && x.tokMent[q+1] < 0 {
				r := q + 1
				for r < s.t1 && r <= q+3 && x.toks[r].kind == tkWord && !x.toks[r].cap && x.tokMent[r] < 0 {
					r++
				}
				if r < s.t1 && r > q+1 && x.toks[r].text == "," {
					r++ // "and of its chairman, X"
				}
				if x.mentionStartAt(r) >= 0 {
					q = r
				}
			} else if q+1 < s.t1 && x.toks[q].lower == "the" && x.mentionStartAt(q+1) >= 0 {
				q++ // "…, and of the Kashgar Public Security Bureau"
			}
		} else if q+1 < s.t1 && (x.toks[q].lower == "the" || x.toks[q].lower == "its" || x.toks[q].lower == "their") && x.tokMent[q+1] < 0 {
			// "… grain brokers and the ferry line X": a common noun phrase
			// naming what the target is; "and its chief executive, X"
			r := q + 1
			for r < s.t1 && r <= q+3 && x.toks[r].kind == tkWord && !x.toks[r].cap && x.tokMent[r] < 0 {
				r++
			}
			if x.toks[q].lower != "the" && r < s.t1 && r > q+1 && x.toks[r].text == "," {
				r++
			}
			mi := x.mentionStartAt(r)
			if r == q+1 || mi < 0 {
				if mi < 0 || !(j > 0 && x.toks[j-1].text == ",") {
					continue
				}
			}
			if t1 := x.ments[mi].t1; t1 < s.t1 && x.toks[t1].kind == tkWord && x.toks[t1].lower != "and" && x.toks[t1].lower != "on" && x.toks[t1].lower != "as" && x.toks[t1].lower != "to" {
				continue // "and the ministry spokesman X said"
			}
			q = r
		} else if !(j > 0 && (x.toks[j-1].text == "," || groupNouns[x.toks[j-1].lower] && j-1 > k)) {
			// "three Iranian companies and X": a named target after an
			// unnamed group
			continue
		} else if q+1 < s.t1 && x.toks[q].lower == "the" {
			q++
		}
		if mi := x.mentionStartAt(q); mi >= 0 {
			if x.subjectOfNext(si, mi) {
				// ", and London added X to its list": a clause of its own,
				// whose object is no target of this one either
				break
			}
			if q > 0 && x.toks[q-1].lower == "the" {
				// ", and the X Foundation, a non-profit" ends a list; ", and
				// the European Union froze …" starts a clause
				if t1 := x.ments[mi].t1; t1 < s.t1 && x.toks[t1].kind == tkWord && x.toks[t1].lower != "and" {
					continue
				}
			}
			if e := x.ments[mi].ent; x.isActor(e) && !x.ments[mi].weak && !contains2(out, e) {
				out = append(out, e)
			}
		}
	}
	return x.itselfTargets(si, k, end, out)
}

// inDescription reports the "and" at j inside a description that follows
// a target after a comma, with no comma of its own before it: "sanctions
// on Belarus, a decision criticised by Hungary and Slovakia", "sanctioned
// X, a fund based in Cyprus and Malta", "an arms embargo on South Sudan,
// a move opposed by Russia and China". The name after it belongs with
// the description's own name, it is no target. A list's ", and" is never
// read so ("on X, a Dubai trader, and on Y").
func (x *doc) inDescription(si, k, j int) bool {
	s := &x.sents[si]
	if j-1 <= k || x.toks[j-1].kind == tkPunct {
		return false
	}
	for c := j - 2; c > k && c >= j-14; c-- {
		t := &x.toks[c]
		if t.text == ";" || t.text == "." || t.text == ":" {
			return false
		}
		if t.text != "," {
			continue
		}
		if c+2 >= s.t1 || x.tokMent[c-1] < 0 {
			return false // the comma must close a name: "on Belarus, a …"
		}
		n := x.toks[c+1].lower
		return n == "a" || n == "an" || n == "the" && x.tokMent[c+2] < 0 && !x.toks[c+2].cap
	}
	return false
}

// itselfTargets adds the body that "the <noun> itself" in the list of
// targets from k stands for: "sanctions on X, leader of the Bel-Air
// Coalition, and on the coalition itself", "designated X, who commands
// the Y Battalion, …, the battalion itself and Z". The noun must be the
// last word of a body named earlier in the sentence (the nearest such).
// The list ends at end when a sanctions list opens there ("added X, …, to
// its sanctions list"), else at a contrast or a reason ("but", "citing",
// "over"): the window end of a plain verb is too short for a long list
// ("designated X, who commands the Y Battalion, together with his brother
// Z, the battalion itself and W"). The phrase must continue the list:
// after "and" or a comma, or after an "on" that follows one ("… and on
// the brigade itself"), and before a comma, "and" or the end. A free
// "of", "against" or "on" opens no list item: "a feud with the leadership
// of the brigade itself", "abuses against the brigade itself", "took no
// action on the brigade itself".
func (x *doc) itselfTargets(si, k, end int, out []int) []int {
	s := &x.sents[si]
	stop := s.t1
	if end < s.t1 && (x.toks[end].lower == "to" || x.toks[end].lower == "on" || x.toks[end].lower == "under") && (x.namesSanctionList(si, end+1) || x.sanctionNounAt(si, end+1, 3)) {
		stop = end // "added X, …, to its sanctions list": the list ends there
	}
	for j := k + 3; j < stop; j++ {
		if itselfBreaks[x.toks[j].lower] {
			break // "…, but took no action on the brigade itself"
		}
		if x.toks[j].lower != "itself" || x.toks[j-2].lower != "the" || x.tokMent[j-1] >= 0 || x.toks[j-1].kind != tkWord {
			continue
		}
		switch x.toks[j-3].lower {
		case "and", ",":
		case "on":
			if j-4 < k || x.toks[j-4].lower != "and" && x.toks[j-4].lower != "," {
				continue
			}
		default:
			continue
		}
		if j+1 < s.t1 {
			if n := x.toks[j+1]; n.text != "," && n.text != "." && n.text != ";" && n.lower != "and" {
				continue
			}
		}
		w := x.toks[j-1].lower
		for q := j - 3; q >= s.t0; q-- {
			mi := x.mentionEndAt(q)
			if mi < 0 || x.ments[mi].weak || x.toks[q].lower != w {
				continue
			}
			if p := x.ments[mi].t0 - 1; p-1 >= s.t0 && x.toks[p].lower == "and" && x.toks[p-1].cap && x.tokMent[p-1] < 0 {
				break // "Xinjiang Production and Construction Corps …": a name cut at its "and"
			}
			if e := x.ments[mi].ent; e >= 0 && x.ents[e].typ == TypeInstitution && !contains2(out, e) {
				out = append(out, e)
			}
			break
		}
	}
	return out
}

// includedTargets adds the actors named among the targets after k:
// "…, including Russia's children's rights commissioner Maria
// Lvova-Belova", "twelve officials, among them …". With no target yet it
// looks only a little past the limit.
func (x *doc) includedTargets(si, k, limit int, out []int) []int {
	s := &x.sents[si]
	for j := k; j+1 < s.t1 && (len(out) > 0 || j < k+limit+6); j++ {
		if l := x.toks[j].text; l == "." || l == ";" {
			break
		}
		if x.toks[j].lower == "among" && x.toks[j+1].lower == "them" {
			j++
		} else if x.toks[j].lower != "including" {
			continue
		}
		for q := j + 1; q < s.t1 && q < j+10; q++ {
			if x.toks[q].text == "." && q > j+1 && x.tokRole[q-1] >= 0 {
				continue // "including Rep. X", "Sen. Y"
			}
			if x.toks[q].text == "." || x.toks[q].text == ";" {
				break
			}
			if mi := x.mentionStartAt(q); mi >= 0 {
				m := &x.ments[mi]
				e := m.ent
				if e >= 0 && x.ents[e].typ == TypeInstitution {
					if p := x.personBehind(si, m); p >= 0 {
						e = p
					} else if m.t1 < s.t1 && (x.toks[m.t1].kind == tkPoss || m.weak) {
						// a possessor of the role, not the target itself
						q = m.t1
						continue
					}
				}
				if x.isActor(e) && !contains2(out, e) {
					out = append(out, e)
					out = x.namedListAfter(si, m.t1, out)
				}
				break
			}
		}
	}
	return out
}

// possessedBody returns the mention of a named body right after a state's
// possessive at mention mi ("Nicaragua's Public Ministry", "Iran's
// Revolutionary Guards"): the body is the target, its state only owns it.
// -1 when the state is not a possessor or no body follows.
func (x *doc) possessedBody(si int, mi int32) int32 {
	m := &x.ments[mi]
	if m.ent < 0 || x.ents[m.ent].kind != "state" || m.t1+1 >= x.sents[si].t1 || x.toks[m.t1].kind != tkPoss {
		return -1
	}
	b := x.mentionStartAt(m.t1 + 1)
	if b < 0 || x.ments[b].weak {
		return -1
	}
	if e := x.ments[b].ent; !x.isActor(e) || x.ents[e].typ != TypeInstitution || x.ents[e].kind == "state" {
		return -1
	}
	return b
}

// namedAfterDemonym returns the mention of a body named right after a
// demonym and a short lower-case description ("the Russian entertainment
// channel X", "the Iranian shipping firm Y"): the named body is the
// target, the demonym only says where it is from. -1 when mention mi is
// no demonym or no such name follows ("Iranian oil entities", "Russian
// banks and X").
func (x *doc) namedAfterDemonym(si int, mi int32) int32 {
	m := &x.ments[mi]
	from := m.t1 - 1
	if m.ent >= 0 && x.ents[m.ent].kind == "state" && x.stateCompound(m.t1, x.sents[si].t1) {
		from = m.t1 + 1 // "Cyprus-registered X", "Malaysian-owned Y" (round 36)
	} else if m.gzRole != gzDemonym {
		return -1
	}
	r := x.runAfter(si, from, func(t *token, r int) bool {
		return t.kind == tkWord && !t.cap && x.tokMent[r] < 0 && !stopCaps[t.lower]
	})
	if r == m.t1 || r >= x.sents[si].t1 {
		return -1
	}
	b := x.mentionStartAt(r)
	if b < 0 || x.ments[b].weak {
		return -1
	}
	if e := x.ments[b].ent; !x.isActor(e) || x.ents[e].kind == "state" {
		return -1
	}
	return b
}

// oneGroup reports the words from p up to the comma or dash at end as
// one group that the state right before p only describes: "three
// Chilean police officers", "two Lima-registered traders". A second
// group ("brokers and a Lima-based agent") or a clause ("officials over
// the jailing of two lawyers", "traders who shipped fuel") leaves the
// names after the comma to something else, so the state stays a target.
func (x *doc) oneGroup(p, end int) bool {
	if end < 0 {
		return false
	}
	for ; p < end; p++ {
		if x.placeCompound(p, end) {
			p++ // "Lagos-registered"
			continue
		}
		if l := x.toks[p].lower; groupBreaks[l] || pastVerb(l) {
			return false
		}
	}
	return true
}

// groupBreaks end a group's description before its comma: a second
// group, a preposition, a relative word or an auxiliary.
var groupBreaks = set("and", "or", "&", "over", "for", "after", "of", "who", "that", "which", "whose", "whom",
	"in", "on", "at", "from", "with", "by", "to", "against", "under", "is", "was", "are", "were", "has", "had", "have")

// singleDemonym reports a demonym at mention mi that only says where one
// person or body comes from: after "a"/"an" ("a retired Moldovan notary")
// or a possessive with a singular head ("the bank's Latvian branch"). An
// unnamed group ("two Moldovan notaries", "its Latvian branches") still
// stands for its state.
func (x *doc) singleDemonym(si int, mi int32) bool {
	m := &x.ments[mi]
	if m.gzRole != gzDemonym {
		return false
	}
	s := &x.sents[si]
	p := x.modifiersBefore(si, m.t0) // past "a retired", "a former senior"
	if p < s.t0 {
		return false
	}
	if x.toks[p].lower == "a" || x.toks[p].lower == "an" {
		return true
	}
	if x.toks[p].kind != tkPoss && !possDets[x.toks[p].lower] {
		return false
	}
	h := m.t1 // the head: the last lower-case word after the demonym
	if h >= s.t1 {
		return false
	}
	for h+1 < s.t1 && h+1 <= m.t1+2 && x.toks[h+1].kind == tkWord && !x.toks[h+1].cap && x.tokMent[h+1] < 0 && !prepositions[x.toks[h+1].lower] && !relativeWords[x.toks[h+1].lower] && x.toks[h+1].lower != "that" && !pluralWord(x.toks[h].lower) {
		h++ // not into "… branches that hold …"
	}
	hl := x.toks[h].lower
	return x.toks[h].kind == tkWord && !x.toks[h].cap && !groupNouns[hl] && !strings.HasSuffix(hl, "s")
}

// demonymModifier reports a word at p that may stand between "a"/"an"
// and a demonym ("a retired", "a former senior"): lower case, and no
// article, possessive, preposition, sanctions word, relative pronoun or
// "-ing" form ("a ban targeting Latvian ships" names no one person).
func (x *doc) demonymModifier(p int) bool {
	t := &x.toks[p]
	l := t.lower
	return t.kind == tkWord && !t.cap && x.tokMent[p] < 0 && !articles[l] && !possDets[l] && !prepositions[l] && l != "and" &&
		!frameNouns[l] && !frameVerbs[l] && !relativeWords[l] && l != "that" && !strings.HasSuffix(l, "ing")
}

// modifiersBefore returns the token before a mention opening at t0,
// past up to two demonymModifier words ("a former senior Latvian", "the
// main Kosovo Serb party"): where its article or possessive stands
// (singleDemonym, describesName, oneBefore), or below the sentence.
func (x *doc) modifiersBefore(si, t0 int) int {
	s := &x.sents[si]
	p := t0 - 1
	for n := 0; n < 2 && p > s.t0 && x.demonymModifier(p); n++ {
		p--
	}
	return p
}

// pluralWord reports a plural-looking word ("branches"; not "business").
func pluralWord(l string) bool {
	return strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}

// articles open a noun phrase.
var articles = set("a", "an", "the")

// listAfter adds the actors listed after a first target ending at q:
// "sanctioned X, Y and Z", "X, a drone maker, and Y".
func (x *doc) listAfter(si, q int, out []int) []int {
	s := &x.sents[si]
	for n := 0; n < 12 && q < s.t1; n++ {
		if x.toks[q].text == "." && q > 0 && (x.toks[q-1].lower == "co" || x.toks[q-1].lower == "ltd" || x.toks[q-1].lower == "inc") {
			q++ // "Nile Mining Co. and Y"
		}
		j := q
		for j < s.t1 && (x.toks[j].text == "," || x.toks[j].text == ";" || x.toks[j].lower == "and" || x.toks[j].lower == "or") {
			j++
		}
		if j == q {
			return out
		}
		if j < s.t1 && j == q+1 && x.toks[q].text == "," && (x.toks[j].lower == "a" || x.toks[j].lower == "an") {
			// "X, a consultant; Y, an adviser; and Z": skip the description
			r := j + 1
			for r < s.t1 && r < j+24 && x.toks[r].text != "," && x.toks[r].text != ";" && x.toks[r].text != "." {
				r++
			}
			if r < s.t1 && r < j+24 && x.toks[r].text != "." {
				q = r
				continue
			}
			return out
		}
		if d := x.afterDescriptor(si, j); d > j {
			j = d // "X, his wife Y and the businessman Z"
		} else if j < s.t1 && (x.toks[j].lower == "on" || x.toks[j].lower == "against" || x.toks[j].lower == "the") {
			j++
		}
		mi := x.mentionStartAt(j)
		if mi < 0 {
			return out
		}
		if t1 := x.ments[mi].t1; t1 < s.t1 && (x.toks[t1].kind == tkPoss || x.tokRole[t1] >= 0) {
			return out // an appositive: "X, Germany's deputy foreign minister"
		}
		if x.ments[mi].gzRole == gzDemonym && j == q+2 && x.toks[q].text == "," && articles[x.toks[j-1].lower] {
			return out // an appositive: "X, the Moldovan wine trader behind …"
		}
		if x.trailingSpeaker(si, &x.ments[mi]) {
			return out // "…, Lena Varga, the agency's head, told reporters"
		}
		if x.andBefore(j, q) >= 0 && x.subjectOfNext(si, mi) {
			// "… on Eritrean officers, and Paris listed X in turn", "…
			// sanctioned X and the European Union imposed a ban on Y"
			return out
		}
		if e := x.ments[mi].ent; x.isActor(e) && !x.ments[mi].weak && !contains2(out, e) {
			out = append(out, e)
		}
		q = x.ments[mi].t1
	}
	return out
}

// subjectOfNext reports a name at mention mi, read after a list's "and",
// that a sanctions verb follows: it opens a clause of its own as that
// verb's subject ("sanctions on Eritrean officers, and Paris listed X in
// turn": Paris imposes, it is no target). After a comma's "and" any past
// verb does ("…, and Canada followed suit"). A verb with a preposition
// right after it is a participle that ends the list item instead ("the
// EU sanctions on Syria and Iran imposed in 2012", "on Venezuela and Cuba
// listed as hostile states"): the name stays a target.
func (x *doc) subjectOfNext(si int, mi int32) bool {
	s := &x.sents[si]
	t1 := x.ments[mi].t1
	if t1 >= s.t1 || x.toks[t1].kind != tkWord || x.toks[t1].cap {
		return false
	}
	if n := t1 + 1; n < s.t1 && x.toks[n].kind == tkWord && !x.toks[n].cap && (prepositions[x.toks[n].lower] || x.toks[n].lower == "as" || x.toks[n].lower == "until") {
		return false
	}
	v := x.toks[t1].lower
	if x.lx.sanction[v] || x.lx.impose[v] || listingVerbs[v] {
		return true
	}
	t0 := x.ments[mi].t0
	return t0-2 >= s.t0 && x.toks[t0-1].lower == "and" && x.toks[t0-2].text == "," && (strings.HasSuffix(v, "ed") || v == "said")
}

// andBefore returns the "and" right before token t0, or before the
// article there ("and the European Union froze …"), when it stands at
// lo or after; else -1. A name after it may open a clause of its own
// (subjectOfNext) or continue a description (inDescription).
func (x *doc) andBefore(t0, lo int) int {
	p := t0 - 1
	if p >= lo && x.toks[p].lower == "the" {
		p--
	}
	if p >= lo && x.toks[p].lower == "and" {
		return p
	}
	return -1
}

// sanctionObject reports mention mi as the object of a sanctions verb
// right before it ("the United States sanctioned X and Britain froze the
// assets of Y"): X is a target of the first clause, never a co-subject
// of the second verb.
func (x *doc) sanctionObject(si int, mi int32) bool {
	if mi < 0 {
		return false
	}
	p := x.ments[mi].t0 - 1
	if p > x.sents[si].t0 && x.toks[p].lower == "the" {
		p--
	}
	if p < x.sents[si].t0 || x.tokMent[p] >= 0 {
		return false
	}
	v := x.toks[p].lower
	return x.lx.sanction[v] && v != "sanctions" || listingVerbs[v]
}

// listingVerbs put a target on a sanctions list or under a measure:
// "London added X", "Britain placed an asset freeze on X".
var listingVerbs = set("added", "listed", "designated", "named", "placed")

// stateAnaphor resolves "the small island state", "the country" after
// token k to the nearest state named before it that is not among
// excluded.
func (x *doc) stateAnaphor(si, k int, excluded []int) int {
	s := &x.sents[si]
	if k >= s.t1 || x.toks[k].lower != "the" {
		return -1
	}
	head := -1
	for q := k + 1; q < s.t1 && q <= k+6; q++ {
		t := &x.toks[q]
		if t.text == "-" {
			continue
		}
		if t.kind != tkWord || t.cap || x.tokMent[q] >= 0 {
			break
		}
		switch t.lower {
		case "state", "country", "kingdom", "emirate", "nation", "emirate's", "republic":
			head = q
		}
		if head >= 0 {
			break
		}
	}
	if head < 0 || head+1 < s.t1 && x.toks[head+1].kind == tkWord && !x.toks[head+1].cap && x.toks[head+1].lower != "and" && x.toks[head+1].lower != "in" {
		return -1
	}
	lo := s.t0
	if si > 0 {
		lo = x.sents[si-1].t0
	}
	for j := k - 1; j >= lo; j-- {
		if mi := x.tokMent[j]; mi >= 0 {
			m := &x.ments[mi]
			if e := m.ent; e >= 0 && m.kind == "state" && !m.weak && !contains2(excluded, e) {
				return e
			}
		}
	}
	return -1
}

func contains2(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// actorsAt returns the actor at token k and any joined to it by "and"
// ("Peru and Chile then imposed").
func (x *doc) actorsAfterBy(si, k int) []int {
	s := &x.sents[si]
	var out []int
	for j := k; j < s.t1 && j < k+8; j++ {
		if mi := x.mentionStartAt(j); mi >= 0 {
			if e := x.ments[mi].ent; x.isActor(e) {
				out = append(out, e)
				j = x.ments[mi].t1
				if j < s.t1 && x.toks[j].lower == "and" {
					continue
				}
				break
			}
		}
		if l := x.toks[j].lower; l != "the" && l != "and" {
			if len(out) > 0 {
				break
			}
		}
	}
	return out
}

func (x *doc) sanctions(si int) {
	s := &x.sents[si]
	x.designatedInclude(si)
	x.alsoListed(si)
	x.nominalSanctions(si)
	x.nounBans(si)
	x.decisionToSanction(si)
	for k := s.t0; k < s.t1; k++ {
		t := &x.toks[k]
		if t.kind != tkWord || x.tokMent[k] >= 0 {
			continue
		}
		l := t.lower
		if (l == "suspended" || l == "halted" || l == "blocked" || l == "barred") && x.haltedImports(si, k) && !x.invertedIf(si, k) {
			// "suspended imports from X", "halted imports of a
			// neighbour's coal", "suspended the import permits of X",
			// "barred imports of X-made soap": a stop on a supplier's
			// goods is an import ban, read as "banned" is
			l = "banned"
		} else if x.measureBan(si, k) {
			l = "banned" // "suspended the export licences of X" (measures.go)
		} else if l == "barred" && x.barredNamed(si, k) && !x.invertedIf(si, k) {
			// "the bureau barred X, a cheese maker, from all Kenyan
			// shops": a named firm or person kept out of a market, a
			// trade or a country is banned as with "banned"
			l = "banned"
		}
		var imposers, targets []int
		subj := func() []int {
			e := -1
			// a participle after a comma takes its clause's subject, never
			// its own object ("…, designating X")
			participle := strings.HasSuffix(l, "ing") && k-1 > s.t0 && x.toks[k-1].text == ","
			if !participle {
				if o, ok := x.committeeOwner(si, k); !ok {
					e, _ = x.subjectOf(si, k)
				} else if o < 0 {
					return nil // a committee of a body that imposes nothing
				} else {
					e = o // "the assembly's listing committee added X"
				}
			}
			if e < 0 {
				// "it would impose", "it was freezing", "it has also added"
				q := x.beforeAux(si, k)
				if q < k-1 && q >= s.t0 && (x.toks[q].lower == "it" || x.toks[q].lower == "they") {
					e, _ = x.refAt(si, q)
				} else if mi := x.mentionEndAt(q); q < k-1 && q >= s.t0 && mi >= 0 && x.isActor(x.ments[mi].ent) {
					e = x.ments[mi].ent // "that Beijing would sanction"
				}
			}
			if e < 0 && participle {
				// "X adopted a package of sanctions against Y, freezing the
				// assets of Z": the participle's subject is the clause's
				for q := k - 2; q >= s.t0; q-- {
					if x.lx.impose[x.toks[q].lower] && x.tokMent[q] < 0 {
						e, _ = x.subjectOf(si, q)
						break
					}
				}
				if e < 0 {
					// "Later it went on, designating X": the
					// subject that opens the clause
					e = x.clauseOpener(si, k-1)
				}
			}
			if e < 0 && k-2 > s.t0 && x.toks[k-1].lower == "and" && x.toks[k-2].text == "," {
				// "X designated the group, which …, as …, and named its
				// leader, Y, a …": a second verb of the clause's subject
				e = x.clauseOpener(si, k-1)
			}
			if e < 0 && !participle {
				// "prosecutors in Austria and Italy froze …"
				if st := x.authoritiesIn(si, k); len(st) > 0 {
					return st
				}
			}
			if e < 0 && !participle {
				// "in May it penalized X", "the bloc also imposed …"
				e = x.anaphorSubject(si, k)
			}
			if e < 0 {
				// "Chile hit back by adding X to its list"
				e = x.responseSubject(si, k)
			}
			if e < 0 {
				return nil
			}
			out := []int{e}
			for _, c := range x.coordinatedWith(si, e, k) {
				if !x.sanctionObject(si, x.mentionBefore(si, c, k)) {
					out = append(out, c)
				}
			}
			return out
		}
		pendingList := false
		var bans, buyers []int // the states a ban verb's demonyms name, looked up once
		supply := false        // a ban on the imposer's own firms selling to buyers
		if l == "barred" || l == "banned" || l == "barring" || l == "banning" || l == "bans" || l == "bar" || l == "ban" {
			var state int
			var pron bool
			if buyers, state, pron, supply = x.supplyBan(si, k); supply && !x.ownFirms(si, k, subj(), state) {
				// a foreign group: "barred Chinese firms from selling
				// cameras to its agencies" targets China; with a buyer of
				// its own ("to Tallin Metals", "selling it parts") the
				// target is in doubt and nothing is read
				third := pron
				for _, b := range buyers {
					third = third || x.ents[b].kind != "state"
				}
				buyers, supply = nil, third
			}
			if !supply {
				bans = x.demonymBan(si, k, false)
			}
		}
		listed := x.listedPronoun(si, k)
		var both []int
		if listed < 0 && k+1 < s.t1 && x.toks[k+1].lower == "them" && (pronounListings[l] || l == "barred") {
			both = x.bothPair(si, -1) // "Both remain under a ban, and X listed them"
		}
		var halted []int
		if exportHaltsGate.may(l) && exportHalts[l] && !x.invertedIf(si, k) {
			// "Had Chile halted exports to Peru, …" is a condition
			halted = x.haltedExports(si, k)
		}
		switch c := x.colonList(si, k); {
		case len(both) > 0:
			// the pair a "Both" subject stands for (bothPair), when a
			// sanctioning body does the listing
			if imposers = subj(); len(imposers) > 0 && x.frameImposer(imposers[0]) {
				targets = both
			} else {
				imposers = nil
			}
		case listed >= 0:
			// "Oslo listed him weeks afterwards": the person the pronoun
			// stands for, when a sanctioning body does the listing
			if imposers = subj(); len(imposers) > 0 && x.frameImposer(imposers[0]) {
				targets = []int{listed}
			} else {
				imposers = nil
			}
		case c >= 0 && !(k-1 >= s.t0 && isPassiveAux(x.toks[k-1].lower)):
			// "Canada has now listed the following:" and the targets after
			// the colon or in the bullet lines below
			imposers = subj()
			if c+1 < s.t1 {
				targets = x.targetsAfter(si, c+1, 6)
			} else {
				pendingList = true
			}
		case l == "added" && x.alsoAdded(si, k):
			// "The committee also added X, a trader, imposing a travel
			// ban on him": one more target of the body that has just
			// imposed sanctions, when it is this verb's subject
			if imposers = subj(); len(imposers) == 0 || imposers[0] != x.recentImposer(si) {
				imposers = nil
			} else {
				targets = x.targetsAfter(si, k+1, 6)
			}
		case (l == "targeted" || l == "listed") && x.bareListing(si, k):
			// "Last spring the ministry targeted A, B and C", "the
			// committee on Wednesday listed X and Y": a sanctioning
			// body's listing, in a sanctions context
			if imposers = subj(); len(imposers) > 0 && x.imposerFits(imposers[0], "it") {
				targets = x.alongWith(si, k+1, x.targetsAfter(si, k+1, 6))
			} else {
				imposers = nil
			}
		case len(halted) > 0:
			// "suspended all power sales to X", "halted exports of flour
			// to X", "suspended all road and rail links with X"
			imposers, targets = subj(), halted
		case closeVerbGate.may(l) && closeVerbs[l] && x.sanctionNear(si):
			// "Lima shut its ports to Bolivian trawlers and froze their
			// quotas", "put sanctions on the dairy cartel, closing its
			// rail borders with Chile"
			if tg := x.closedTo(si, k); tg >= 0 {
				imposers, targets = subj(), []int{tg}
			}
		case x.lx.gate.impose.may(l) && x.lx.impose[l] || (l == "widened" || l == "broadened") && x.widenedSanction(si, k):
			// imposed (new) sanctions on X; the measures X imposed on Y;
			// "widened their sanctions against Y" (widenedSanction)
			n := -1
			w := k // "renewed, until next June, its asset freeze on X"
			if k+1 < s.t1 && x.toks[k+1].text == "," {
				for r := k + 2; r < s.t1 && r <= k+8; r++ {
					if x.toks[r].text == "," {
						w = r
						break
					}
				}
			}
			for q := k + 1; q < s.t1 && q <= w+8; q++ {
				if sanctionNouns[x.toks[q].lower] && x.toks[q].lower != "measures" ||
					x.toks[q].lower == "controls" && x.toks[q-1].lower == "export" ||
					x.toks[q].lower == "designations" && n < 0 && q > k+1 {
					n = q // "tightened export controls on X"
					break
				}
				if q > w+5 && (x.tokMent[q] >= 0 || x.toks[q].text == "." || x.toks[q].text == ";") {
					break // "a road, rail and port embargo" may run longer
				}
			}
			if n < 0 {
				// "adopted (joint) measures against Peruvian copper
				// exporters": measures only with a target right after
				for q := k + 1; q < s.t1 && q <= k+4; q++ {
					if x.toks[q].lower != "measures" {
						if x.toks[q].kind != tkWord || x.tokMent[q] >= 0 {
							break
						}
						continue
					}
					r := q + 1
					if w := x.skipWhen(si, r); w+1 < s.t1 && (x.toks[w].lower == "against" || x.toks[w].lower == "on") {
						r = w // "adopted measures in May against …"
					}
					if r+1 < s.t1 && (x.toks[r].lower == "against" || x.toks[r].lower == "on") {
						r++
						if x.companyAnaphor(si, r) >= 0 || x.measuredGroup(si, r) {
							n = q // "imposed like measures on the company", "on 40 Malian officers"
						}
						if x.toks[r].lower == "the" {
							r++
						}
						if mi := x.mentionStartAt(r); mi >= 0 && x.isActor(x.ments[mi].ent) && (x.ments[mi].gzRole != gzDemonym || x.measuredGroup(si, r)) {
							n = q // a demonym only before a group of people or firms: not "measures on Chinese steel"
						}
					}
					break
				}
			}
			if n < 0 {
				for q := k - 1; q >= s.t0 && q >= k-6; q-- {
					if sanctionNouns[x.toks[q].lower] {
						if !x.liftedNoun(si, q) {
							n = k // "the ban that Kenya imposed on …"
						}
						break
					}
				}
			}
			if n < 0 {
				continue
			}
			if n < k {
				continue
			}
			unreal := false
			for q := k + 1; q < n; q++ {
				if modalMarkers[x.toks[q].lower] && x.tokMent[q] < 0 {
					unreal = true // "announced it would consider a ban on X"
				}
				if x.toks[q].lower == "that" && (l == "announced" || l == "announces") {
					unreal = true // "announced that Chile had imposed": the clause's own verb
				}
				if liftWords[x.toks[q].lower] && x.toks[q].lower != "against" && x.tokMent[q] < 0 {
					unreal = true // "approved the removal of its port restrictions on X"
				}
			}
			if unreal || x.invertedIf(si, k) {
				continue // "Had Norway extended its embargo to Chile, …"
			}
			imposers = subj()
			for q := n; q < s.t1 && q <= n+5; q++ {
				if ql := x.toks[q].lower; ql == "to" && extendVerbs[l] && n > k {
					// "extended the ban to bottled water from X", "widened
					// its embargo to Y": the measure now reaches X. Only
					// when the sanctions noun is the verb's own object (n >
					// k): with the noun before the verb, "after the embargo
					// Chile extended the deadline to Peru" widens no
					// sanction. "Extended sanctions relief (a waiver, an
					// exemption) to X" gives X the opposite of a sanction.
					if !x.extensionEases(n+1, q) {
						targets = x.extendedTo(si, q+1)
					}
					break
				}
				if ql := x.toks[q].lower; ql == "on" || ql == "against" || ql == "targeting" {
					targets = x.targetsAfter(si, q+1, 6)
					if targets == nil {
						if e := x.stateAnaphor(si, q+1, imposers); e >= 0 {
							targets = []int{e}
						}
					}
					break
				}
				if x.toks[q].kind == tkPunct && x.toks[q].text != "," || x.tokMent[q] >= 0 {
					break
				}
			}
			if extendVerbs[l] {
				targets = x.dropNextSubject(si, n, targets)
			}
			if n == k && len(targets) == 0 {
				continue
			}
		case (l == "sanctions" || l == "embargo" || l == "measures" || restrictionGate.may(l) && restrictionNouns[l] && x.sanctionNounAt(si, k-1, 1)) && k+1 < s.t1 && x.lx.impose[x.toks[k+1].lower]:
			// sanctions imposed by X on Y; under sanctions imposed by X
			for q := k + 2; q < s.t1 && q <= k+8; q++ {
				ql := x.toks[q].lower
				if ql == "by" && imposers == nil {
					imposers = x.actorsAfterBy(si, q+1)
				}
				if (ql == "on" || ql == "against") && targets == nil {
					targets = x.targetsAfter(si, q+1, 6)
				}
			}
			if imposers == nil {
				// "U.S. sanctions imposed on Petrov"
				q := k - 1
				if q >= s.t0 && x.toks[q].kind == tkPoss {
					q--
				}
				if mi := x.mentionEndAt(q); mi >= 0 && q >= s.t0 && x.isActor(x.ments[mi].ent) {
					imposers = []int{x.ments[mi].ent}
				}
			}
			if targets == nil && k-1 >= s.t0 && x.toks[k-1].lower == "under" {
				// "Petrov, …, who is under sanctions imposed by …"
				if e, _ := x.subjectOf(si, k-1); e >= 0 {
					targets = []int{e}
				}
			}
			if targets == nil && imposers != nil {
				// "X is subject to a travel ban imposed by Y": the
				// subject of "is subject to"
				if sub := x.subjectToBefore(si, k); sub >= 0 {
					if e, _ := x.subjectOf(si, sub); e >= 0 {
						targets = []int{e}
					}
				}
			}
		case (l == "hit" || l == "hits" || l == "targeted" || l == "targets") && !x.lx.impose[l]:
			// "X hit Y with sanctions", "new sanctions targeted Y"
			w := -1
			for q := k + 1; q < s.t1 && q <= k+8; q++ {
				if x.toks[q].lower == "with" && q+1 < s.t1 && (sanctionNouns[x.toks[q+1].lower] || q+2 < s.t1 && sanctionNouns[x.toks[q+2].lower]) {
					w = q
					break
				}
			}
			if w < 0 {
				continue
			}
			if k-1 >= s.t0 && isPassiveAux(x.toks[k-1].lower) {
				// "X was hit with sanctions by Y"
				imposers, targets = x.passiveBy(si, k, w+1, 5)
				break
			}
			imposers = subj()
			targets = x.targetsAfter(si, k+1, w-k-1)
		case (l == "sanctions" || l == "embargo") && k+2 < s.t1 && (x.toks[k+1].lower == "package" || x.toks[k+1].lower == "regime" || x.toks[k+1].lower == "packages") && (x.toks[k+2].lower == "on" || x.toks[k+2].lower == "against"):
			// "the EU's 14th sanctions package against Russia"
			q := k - 1
			for n := 0; n < 3 && q > s.t0 && x.toks[q].kind != tkPoss && x.tokMent[q] < 0 && !x.toks[q].cap; n++ {
				q--
			}
			if q >= s.t0 && x.toks[q].kind == tkPoss {
				q--
			}
			if mi := x.mentionEndAt(q); mi >= 0 && q >= s.t0 {
				imposers = []int{x.ments[mi].ent}
				targets = x.targetsAfter(si, k+3, 5)
			}
		case (l == "sanctions" || l == "embargo") && k+1 < s.t1 && (x.toks[k+1].lower == "on" || x.toks[k+1].lower == "against") ||
			l == "measures" && k+1 < s.t1 && x.toks[k+1].lower == "against":
			// "U.S. sanctions on Russia", "the European Union's sanctions on X";
			// "Brussels' measures against Minsk" (only "against": "the EU's
			// measures on steel" or "on climate" are no sanction)
			q := k - 1
			if q >= s.t0 && x.toks[q].kind == tkPoss {
				q--
			}
			if mi := x.mentionEndAt(q); mi >= 0 && q >= s.t0 {
				if l == "measures" && !x.measuresAgainst(si, mi, k+2) {
					continue
				}
				imposers = []int{x.ments[mi].ent}
				targets = x.targetsAfter(si, k+2, 5)
			}
		case supply:
			// "barred American firms from selling chips to X": X, never
			// the firms' own state
			if len(buyers) == 0 || k-1 >= s.t0 && isPassiveAux(x.toks[k-1].lower) {
				continue
			}
			imposers, targets = subj(), buyers
		case len(bans) > 0:
			// "barred 30 Chilean nationals from entering Peru",
			// "barred Danish cargo planes from its skies",
			// "banning imports of Peruvian grapes": the demonym's state
			if k-1 >= s.t0 && (x.toks[k-1].lower == "was" || x.toks[k-1].lower == "were" || x.toks[k-1].lower == "been" || x.toks[k-1].lower == "being") {
				continue
			}
			imposers = subj()
			targets = x.includedTargets(si, k+1, 6, bans)
		case (l == "sanctioned" || l == "blacklisted" || x.sanctionPast(l) || l == "banned" && !(k+1 < s.t1 && (x.toks[k+1].lower == "exports" || x.toks[k+1].lower == "sales")) || l == "froze") || l == "frozen" || l == "freezes" || l == "freezing" || l == "embargoed" ||
			l == "sanction" && k-1 >= s.t0 && (x.toks[k-1].lower == "would" || x.toks[k-1].lower == "will"):
			if l == "banned" && x.bannedFromElsewhere(si, k) {
				continue // "banned Nigerian officials from the tournament"
			}
			passive := l != "freezing" && k-1 >= s.t0 && (x.toks[k-1].lower == "was" || x.toks[k-1].lower == "were" || x.toks[k-1].lower == "been" || x.toks[k-1].lower == "being")
			if l == "frozen" && passive && k+1 < s.t1 && x.toks[k+1].lower == "by" {
				// "the assets of X were frozen by Y"
				imposers = x.actorsAfterBy(si, k+2)
				targets = x.assetsOfBefore(si, k)
				break
			}
			if (l == "sanctioned" || l == "blacklisted" || x.sanctionPast(l)) && k+1 < s.t1 && x.toks[k+1].lower == "by" {
				// "X, the tanker operator sanctioned by the EU"; "Y was sanctioned by X"
				imposers = x.actorsAfterBy(si, k+2)
				if passive {
					if e, _ := x.subjectOf(si, k-1); e >= 0 {
						targets = []int{e}
					} else if targets = x.includedBefore(si, k); targets == nil {
						targets = x.groupSubject(si, k-1)
					}
				} else {
					targets = x.nearestActorBefore(si, k)
				}
				break
			}
			aux := x.auxBefore(si, k) // "has also frozen"
			if (passive || x.passiveAfterAdverb(si, k)) && (l == "sanctioned" || l == "blacklisted") {
				// "X's company, Y, was also blacklisted"
				imposers, targets = x.passiveListing(si, k)
				break
			}
			if passive || (l == "frozen" && !(aux >= s.t0 && (x.toks[aux].lower == "had" || x.toks[aux].lower == "has" || x.toks[aux].lower == "have"))) {
				continue
			}
			imposers = subj()
			assets := -1
			for q := k + 1; q < s.t1 && q <= k+6; q++ {
				if heldWealth[x.toks[q].lower] {
					assets = q // "the assets", "any U.S. assets"
					break
				}
				if x.toks[q].kind == tkPunct && q > k+4 {
					break
				}
			}
			if l == "freezing" && assets < 0 {
				continue // "freezing temperatures"
			}
			if (l == "froze" || l == "frozen" || l == "freezes" || l == "freezing") && assets > 0 {
				// "froze the funds of X", "froze any funds held by
				// X"
				for q := assets; q < s.t1 && q <= k+8; q++ {
					if x.toks[q].lower == "of" {
						targets = x.targetsAfter(si, q+1, 6)
						if targets == nil {
							targets = x.laterOwnerOf(si, q+1)
						}
						break
					}
					if (x.toks[q].lower == "held" || x.toks[q].lower == "owned" || x.toks[q].lower == "controlled") && q+1 < s.t1 && x.toks[q+1].lower == "by" {
						if mi := x.mentionStartAt(q + 2); mi >= 0 && x.ments[mi].t1 < s.t1 && x.toks[x.ments[mi].t1].kind == tkPoss {
							if p := x.personBehind(si, &x.ments[mi]); p >= 0 {
								targets = []int{p} // "held by X's founder, Y": Y
								break
							}
						}
						targets = x.targetsAfter(si, q+2, 6)
						break
					}
					if x.toks[q].kind == tkPunct {
						break
					}
				}
				if targets == nil {
					targets = x.belongingTo(si, assets)
				}
			}
			if targets == nil && assets > k+1 {
				targets = x.wealthOwner(si, assets)
			}
			if targets == nil {
				targets = x.targetsAfter(si, x.pastImportedGoods(si, k+1), 6)
				if assets > 0 {
					// "froze any Danish funds held …": the imposer's own
					// jurisdiction is no target ("Nigerien state assets" is)
					keep := targets[:0]
					for _, tg := range targets {
						own := false
						for _, im := range imposers {
							own = own || tg == im || x.organParent(im) == tg
						}
						if !own {
							keep = append(keep, tg)
						}
					}
					targets = keep
				}
			}
			if targets == nil && (l == "froze" || l == "frozen") {
				// "Baltic Star Shipping, whose assets South Korea froze"
				for q := k - 1; q > s.t0 && q >= k-8; q-- {
					if x.toks[q].lower == "whose" && x.toks[q-1].text == "," {
						targets = x.nearestActorBefore(si, q-1)
						break
					}
				}
			}
		case (l == "designated" || l == "designating") && k+1 < s.t1:
			// "the Treasury designated X"; "X was designated by Y"
			passive := k-1 >= s.t0 && (x.toks[k-1].lower == "was" || x.toks[k-1].lower == "were" || x.toks[k-1].lower == "been" || x.toks[k-1].lower == "being")
			if x.toks[k+1].lower == "by" {
				imposers = x.actorsAfterBy(si, k+2)
				if passive {
					if e, _ := x.subjectOf(si, k-1); e >= 0 {
						targets = []int{e}
					}
				}
				break
			}
			if passive || x.passiveAfterAdverb(si, k) {
				// "X and Y were designated under a new decree"
				imposers, targets = x.passiveListing(si, k)
				break
			}
			if k-1 >= s.t0 && (x.toks[k-1].lower == "the" || x.toks[k-1].kind == tkPoss) {
				continue // "the designated successor"
			}
			q := k + 1
			if d := x.afterDescriptor(si, q); d > q {
				q = d // "designated his wife X", "the exchange house Y"
			} else if x.toks[q].lower == "the" {
				q++
			}
			mi := x.mentionStartAt(q)
			if mi < 0 || x.ments[mi].weak {
				// "designated two firms it blames for …, X and Y"
				if targets = x.describedTargets(si, k+1, nil); len(targets) > 0 {
					imposers = subj()
					targets = x.alongWith(si, k+1, targets)
				}
				break
			}
			if t1 := x.ments[mi].t1; t1 < s.t1 && x.toks[t1].lower == "as" && !terrorListing(x.toks, t1+1, s.t1) {
				continue // "designated X as its candidate"
			}
			imposers = subj()
			targets = x.alongWith(si, q, x.targetsAfter(si, q, 2))
		case (l == "barred" || l == "banned") && k+3 < s.t1 && x.toks[k+1].lower == "from" && (x.toks[k+2].lower == "entering" || x.toks[k+2].lower == "travelling" || x.toks[k+2].lower == "traveling"):
			// "X, who has been banned from entering Canada": the
			// state entered imposes the ban
			q := k + 3
			if x.toks[q].lower == "to" {
				q++
			}
			if x.toks[q].lower == "the" {
				q++
			}
			mi := x.mentionStartAt(q)
			if mi < 0 || x.ments[mi].ent < 0 || x.ents[x.ments[mi].ent].kind != "state" {
				continue
			}
			imposers = []int{x.ments[mi].ent}
			if e, _ := x.subjectOf(si, k); e >= 0 && x.isActor(e) {
				targets = []int{e}
			}
		case l == "added" || l == "adding":
			// added … to its sanctions list
			to, listed := x.listTo(si, k)
			if to < 0 {
				continue
			}
			if !listed && to+2 < s.t1 && (x.toks[to+1].lower == "its" || x.toks[to+1].lower == "their") && x.toks[to+2].lower == "list" {
				// "added X to its list" right after (or within) a
				// sanctions statement
				listed = x.sanctionContext(si, k)
			}
			if !listed {
				continue
			}
			if aux := x.auxBefore(si, k); aux >= 0 && isPassiveAux(x.toks[aux].lower) {
				// "X was added to the entity list by Y", "X was already added …"
				by := false
				for q := to + 1; q < s.t1 && q <= to+9; q++ {
					if x.toks[q].lower == "by" {
						imposers, by = x.actorsAfterBy(si, q+1), true
						break
					}
				}
				if imposers == nil && !by {
					// "Three traders … were added to Canada's sanctions
					// list on Monday", "A, …, and B were added to the SDN
					// list"
					imposers = x.unsaidImposer(si, to, aux)
				} else if imposers == nil {
					if e := x.listKeeper(si, to); e >= 0 && x.frameImposer(e) {
						imposers = []int{e}
					}
				}
				if e, _ := x.subjectOf(si, aux); e >= 0 {
					// "A, a tanker operator, and B were added": every
					// conjunct of the subject
					targets = x.passiveSubjects(si, e, aux)
				} else if targets = x.includedBefore(si, k); targets == nil {
					// "Both firms had been put on Canada's list"
					if targets = x.bothPair(si, aux); targets == nil {
						// "The Serbian contractor was put on Canada's
						// list": the subject opens the sentence
						if e := x.sanctionedCompany(si, s.t0); e >= 0 && x.pastDemonym(s.t0+1) == x.beforeAux(si, k) {
							targets = []int{e}
						}
					}
				}
				break
			}
			imposers = subj()
			targets = x.targetsAfter(si, k+1, to-k-1)
			if e := x.listKeeper(si, to); e >= 0 && len(imposers) > 0 && !contains2(imposers, e) {
				// "to the trade ministry's entity list": the body
				// keeping the list imposes too
				imposers = append(imposers, e)
			}
		case (l == "banned" || l == "banning" || l == "halted" || l == "suspended") && k+2 < s.t1 && (x.toks[k+1].lower == "exports" || x.toks[k+1].lower == "sales"):
			// "banned exports of rare metals to the United States"
			if e := x.destinationState(si, k+2); e >= 0 && (l == "banned" || l == "banning") {
				imposers = subj()
				targets = []int{e}
			}
		case (l == "put" || l == "placed" || l == "putting" || l == "placing" || l == "listed") && k+1 < s.t1:
			// "put X, a radar firm, on its entity list"
			on := -1
			for q := k + 1; q < s.t1 && q <= k+20; q++ {
				if x.toks[q].lower == "on" || x.toks[q].lower == "under" {
					on = q
					break
				}
			}
			if on < 0 {
				continue
			}
			if x.toks[on].lower == "under" {
				// "placed X under sanctions", "put X under an asset freeze"
				if !x.sanctionNounAt(si, on+1, 3) {
					continue
				}
			} else if !x.namesSanctionList(si, on+1) {
				continue
			}
			if k-1 >= s.t0 && isPassiveAux(x.toks[k-1].lower) {
				// "X was placed on the sanctions list by Y"
				imposers, targets = x.passiveBy(si, k, on+1, 6)
				if imposers == nil && x.byAfter(si, on+1, 6) < 0 && x.realListing(si, on) {
					// "X had been placed on the bloc's sanctions list",
					// "Y was placed under an entry ban": the list's keeper,
					// else the imposer of the statement just before
					imposers, targets = x.unsaidImposer(si, on, k-1), nil
					if e, _ := x.subjectOf(si, k-1); e >= 0 && len(imposers) > 0 {
						targets = x.passiveSubjects(si, e, k-1)
					}
				}
				break
			}
			imposers = subj()
			targets = x.targetsAfter(si, k+1, on-k-1)
		case l == "named" && k+2 < s.t1 && !(k-1 >= s.t0 && isPassiveAux(x.toks[k-1].lower)):
			// "the Treasury named X a Specially Designated Global
			// Terrorist", "named its leader, X, a Specially Designated …"
			if from := x.namedAsFrom(si, k); from >= 0 {
				// "The Treasury named them as A, a refiner, and B"
				mi := x.mentionStartAt(from)
				if imposers = subj(); len(imposers) > 0 && x.imposerFits(imposers[0], "it") && mi >= 0 && x.isActor(x.ments[mi].ent) {
					targets = x.namedListAfter(si, x.ments[mi].t1, []int{x.ments[mi].ent})
				} else {
					imposers = nil
				}
				break
			}
			tg := x.namedListing(si, k)
			if tg < 0 {
				continue
			}
			imposers = subj()
			targets = []int{tg}
		case l == "under" && k+2 < s.t1:
			// "X has been under Swiss sanctions for two years", "X has
			// been under an EU entry ban for a year"
			q := k + 1
			if x.toks[q].lower == "a" || x.toks[q].lower == "an" {
				q++
			}
			mi := x.mentionStartAt(q)
			if mi < 0 || !x.isActor(x.ments[mi].ent) {
				continue
			}
			q = x.ments[mi].t1
			if q < s.t1 && x.toks[q].kind == tkPoss {
				q++
			}
			if q+1 < s.t1 && underModifiers[x.toks[q].lower] && underMeasures[x.toks[q+1].lower] {
				q++ // "an EU entry ban", "a UN asset freeze"
			} else if q >= s.t1 || x.toks[q].lower != "sanctions" && x.toks[q].lower != "sanction" {
				continue
			}
			if q+1 < s.t1 && x.lx.impose[x.toks[q+1].lower] {
				continue // "under EU sanctions imposed on …": the verb's case
			}
			v := k
			if p := k - 1; p > s.t0 && (remainVerbs[x.toks[p].lower] || reflexives[x.toks[p].lower]) {
				v = p // "Eritrea remains under UN sanctions", "the firms, themselves under UN sanctions, …"
			}
			if p := k - 1; p > s.t0 && (x.toks[p].lower == "placed" || x.toks[p].lower == "put") {
				if aux := x.auxBefore(si, p); aux >= 0 && isPassiveAux(x.toks[aux].lower) {
					v = aux // "She was then placed under UN sanctions"
				}
			}
			if e, _ := x.subjectOf(si, v); e >= 0 && x.isActor(e) {
				imposers = []int{x.ments[mi].ent}
				targets = []int{e}
			}
		default:
			continue
		}
		if len(imposers) == 0 || x.modalBefore(si, k) && !x.announcedDecision(si, k) && !x.factualClause(si, k) {
			continue
		}
		x.lastImposer, x.lastImposerSent = imposers[0]+1, si
		if pendingList {
			x.listSent, x.listImposers = si+1, append(x.listImposers[:0], imposers...)
		}
		if len(targets) == 0 {
			continue
		}
		x.sanctionPairs(si, k, imposers, targets, 0.8, 0.7)
	}
	x.sanctionFrame(si)
}

// underModifiers and underMeasures name a measure a target is under,
// besides sanctions: "under an EU entry ban", "under a UN asset
// freeze", "under an American arms embargo".
var (
	underModifiers = set("travel", "entry", "visa", "asset", "assets", "arms")
	underMeasures  = set("ban", "bans", "freeze", "embargo")
)

// remainVerbs keep a target under a measure already in force: "X remains
// under UN sanctions" says, as "X is under …" does, that the measure holds.
var remainVerbs = set("remains", "remained", "remain", "stays", "stayed", "stay")

// reflexives may stand right before "under" with no verb: "the firms,
// themselves under UN sanctions, …" (the subject is read from before
// them). In "has itself been under" the word before "under" is "been",
// and findSubject steps over "itself" as it does any skipBeforeVerb word.
var reflexives = set("himself", "herself", "itself", "themselves")

// pronounListings are the verbs whose object "him" or "her" may be a
// sanctions target.
var pronounListings = set("listed", "sanctioned", "designated", "blacklisted")

// listedPronoun returns the person a "him"/"her" right after a listing
// verb at k stands for ("Norway sanctioned him in May"; "listed" and
// "designated" only in a sentence that is about sanctions or follows
// one); -1 otherwise, and for "listed
// him as a witness" or "designated her as its envoy" (an "as" that names
// no terrorist listing).
func (x *doc) listedPronoun(si, k int) int {
	s := &x.sents[si]
	if k+1 >= s.t1 {
		return -1
	}
	if o := x.toks[k+1].lower; o != "him" && o != "her" || !pronounListings[x.toks[k].lower] {
		return -1 // the pronoun first: it is rarer than any of the verbs
	}
	if k+2 < s.t1 && x.toks[k+2].lower == "as" && !terrorListing(x.toks, k+3, s.t1) {
		return -1
	}
	if l := x.toks[k].lower; (l == "listed" || l == "designated") && !x.sanctionContext(si, k) {
		return -1 // "sanctioned" and "blacklisted" say so themselves
	}
	if x.toks[k+1].lower == "her" && k+2 < s.t1 && possessedAfterHer(&x.toks[k+2]) {
		return -1 // "sanctioned her husband": the husband is the target
	}
	e := x.resolvePronoun(si, k+1)
	if e < 0 || !x.isPerson(e) || x.rivalAntecedent(si, k+1, e) {
		return -1
	}
	return e
}

// herObjectNext are the words that may follow "her" as an object ("listed
// her too", "sanctioned her again", "her as a"), besides prepositions and
// time words.
var herObjectNext = set("as", "too", "also", "again", "and", "last", "this", "over", "alongside")

// possessedAfterHer reports the word t after "her" as what she owns or
// who she is kin to ("sanctioned her husband", "her Kestrel fund", "her
// two firms"), not the word after an object "her".
func possessedAfterHer(t *token) bool {
	if t.kind == tkNum {
		return true
	}
	if t.kind != tkWord {
		return false
	}
	return !prepositions[t.lower] && !timeWords[t.lower] && !herObjectNext[t.lower]
}

// rivalAntecedent reports a pronoun at k whose person e is named only in
// an earlier sentence that names another person the pronoun could stand
// for too: "X met Y in Geneva. Norway sanctioned him in May." names no
// target for sure. A person named in a relative aside about e ("X, who
// bought Y's estate, was …") is no rival: the sentence is about e.
func (x *doc) rivalAntecedent(si, k, e int) bool {
	s := &x.sents[si]
	g := pronounGender(x.toks[k].lower)
	for j := s.t0; j < k; j++ {
		if mi := x.tokMent[j]; mi >= 0 && x.ments[mi].ent == e {
			return false
		}
	}
	for sj := si - 1; sj >= 0 && sj >= si-6; sj-- {
		ps := &x.sents[sj]
		found, rival := false, false
		for j := ps.t0; j < ps.t1; j++ {
			if mi := x.tokMent[j]; mi >= 0 && x.pronounFits(x.ments[mi].ent, -1, g) {
				if x.ments[mi].ent == e {
					found = true
				} else if !x.asideAbout(sj, j, e) {
					rival = true
				}
			}
		}
		if found || rival {
			return rival
		}
	}
	return false
}

// asideAbout reports token j inside a relative aside that follows a
// mention of e: "X, who bought <j> …".
func (x *doc) asideAbout(si, j, e int) bool {
	s := &x.sents[si]
	for q := j - 1; q-1 >= s.t0 && q >= j-12; q-- {
		if x.toks[q].text == "," {
			if l := x.toks[q+1].lower; l != "who" && l != "whose" && l != "whom" {
				return false
			}
			mi := x.mentionEndAt(q - 1)
			return mi >= 0 && x.ments[mi].ent == e
		}
	}
	return false
}

// demonymBan returns the states behind a group named by its demonym right
// after a ban verb at k: "barred 30 Chilean nationals from …",
// "barring Peruvian firms from public tenders", "banning imports of
// Peruvian grapes", "barred two former Bolivian ministers from …", "barred
// Danish and Swedish boats from unloading", "banned Estonian goods".
// The group must be followed by a "from" that names a place or a deed
// (not "from the tournament"), be what is imported, or be goods or
// carriers; a ban on Turkish smoking or on Australian-style rules does
// not name a state's people or goods. For the object of a ban noun
// (noun), which needs no "from", goods or a group of people among the
// words after the demonym are enough: "an entry ban on Belarusian
// officials". nil when none.
func (x *doc) demonymBan(si, k int, noun bool) []int {
	s := &x.sents[si]
	q := k + 1
	imports := false
	if q+1 < s.t1 && (x.toks[q].lower == "imports" || x.toks[q].lower == "exports") && x.toks[q+1].lower == "of" {
		q += 2
		imports = true
	}
	for n := 0; n < 2 && q < s.t1 && (x.toks[q].kind == tkNum || numberWords[x.toks[q].lower] || bannedCounts[x.toks[q].lower]); n++ {
		q++
	}
	if q+1 < s.t1 && banModifiers[x.toks[q].lower] {
		q++ // "three former Haitian senators"
	}
	mi := x.mentionStartAt(q)
	if mi < 0 {
		if e := x.originBan(si, q); e >= 0 {
			return []int{e}
		}
		return nil
	}
	var states []int
	j := q
	for mi >= 0 && len(states) < 3 {
		e := x.ments[mi].ent
		if !x.ments[mi].weak || e < 0 || x.ents[e].kind != "state" {
			return nil
		}
		states = append(states, e)
		// "Icelandic and Danish vessels": each demonym's state; a
		// capitalised word the gazetteer lacks is stepped over
		j = x.ments[mi].t1
		if j+1 >= s.t1 || x.toks[j].lower != "and" {
			break
		}
		if mi = x.mentionStartAt(j + 1); mi < 0 && x.toks[j+1].cap && x.tokMent[j+1] < 0 {
			j += 2
		}
	}
	words := 0
	for j < s.t1 && words < 3 && x.toks[j].kind == tkWord && !x.toks[j].cap && x.tokMent[j] < 0 && x.toks[j].lower != "from" {
		j++
		words++
	}
	if words == 0 {
		return nil
	}
	if imports || j < s.t1 && x.toks[j].lower == "from" && x.banFromPlace(si, j+1) || bannedGoods[x.toks[j-1].lower] {
		return states
	}
	for r := j - words; noun && r < j; r++ {
		if bannedGoods[x.toks[r].lower] || groupNouns[x.toks[r].lower] {
			return states // "a ban on Danish pork products since May"
		}
	}
	return nil
}

// supplyBan reads a ban at k that keeps firms from trading with a buyer:
// "barred American firms from selling chips to X", "banned its banks
// from dealing with X", "from supplying Russia with parts", "from
// selling Iran parts". The buyer after the sale's "to" or "with", or
// named right after the gerund, is the target. state is the state a
// demonym before the firm noun names ("American firms", "U.S.
// suppliers"), -1 for none ("its banks", "domestic firms"); only the
// imposer's own firms make a supply ban (ownFirms), a foreign group is
// the demonym's target ("barred Chinese firms from selling cameras to
// its agencies"). ok is false when the words after k are no such ban; ok
// with no buyers when the buyer is a pronoun or a description ("from
// selling it parts"); pron when it is a pronoun.
func (x *doc) supplyBan(si, k int) (buyers []int, state int, pron, ok bool) {
	s := &x.sents[si]
	f := -1
	for q := k + 1; q < s.t1 && q <= k+5; q++ {
		if t := &x.toks[q]; t.lower == "from" && q > k+1 {
			f = q
			break
		} else if t.kind == tkPunct && t.text != "." || x.tokMent[q] >= 0 && !x.ments[x.tokMent[q]].weak && x.ents[x.ments[x.tokMent[q]].ent].kind != "state" {
			return nil, -1, false, false // "barred Velmar Ltd from …", "Velmar's banks": a named target
		}
	}
	if f < 0 || f+2 >= s.t1 || !firmGroups[x.toks[f-1].lower] || !saleGerunds[x.toks[f+1].lower] {
		return nil, -1, false, false
	}
	state = -1
	for q := k + 1; q < f-1; q++ {
		if mi := x.tokMent[q]; mi >= 0 && x.ents[x.ments[mi].ent].kind == "state" {
			state = x.ments[mi].ent
		}
	}
	named := -1 // "from supplying Russia with …", "from selling Iran parts"
	if mi := x.mentionStartAt(f + 2); mi >= 0 && !x.ments[mi].weak && x.isActor(x.ments[mi].ent) && x.ments[mi].typ != TypePlace {
		named = int(mi)
	}
	for q := f + 2; q < s.t1 && q <= f+6; q++ {
		if l := x.toks[q].lower; l == "to" || l == "with" {
			if named >= 0 && l == "with" && q == x.ments[named].t1 {
				return []int{x.ments[named].ent}, state, false, true
			}
			return x.targetsAfter(si, q+1, 6), state, q+1 < s.t1 && objPronouns[x.toks[q+1].lower], true
		}
		if x.toks[q].kind == tkPunct {
			break
		}
	}
	if named >= 0 && x.ents[x.ments[named].ent].kind == "state" {
		if t1 := x.ments[named].t1; t1 < s.t1 && x.toks[t1].kind == tkWord && !x.toks[t1].cap {
			return []int{x.ments[named].ent}, state, false, true
		}
	}
	return nil, state, objPronouns[x.toks[f+2].lower], true
}

// measuredGroup reports an unnamed group of a state's people or bodies at
// r, the object of "measures on" or "measures against": "40 Malian
// officers", "a small group of Togolese officials". "Measures" alone
// is a weak sanctions word, so only a group of people or firms (groupNouns)
// makes it one: measures on Chinese steel imports are trade defence, and
// measures against Russian hackers police crime, neither a sanction.
func (x *doc) measuredGroup(si, r int) bool {
	s := &x.sents[si]
	for q := r; q < s.t1 && q <= r+5; q++ {
		mi := x.tokMent[q]
		if mi < 0 {
			if x.toks[q].kind != tkWord && x.toks[q].kind != tkNum || x.toks[q].cap {
				return false
			}
			continue // "a separate group of", "some 300"
		}
		m := &x.ments[mi]
		if m.gzRole != gzDemonym || m.ent < 0 || x.ents[m.ent].kind != "state" {
			return false
		}
		for h := m.t1; h < s.t1 && h <= m.t1+2; h++ {
			if groupNouns[x.toks[h].lower] {
				return true
			}
			if x.toks[h].kind != tkWord || x.toks[h].cap || x.tokMent[h] >= 0 {
				return false
			}
		}
		return false
	}
	return false
}

// measuresAgainst reports "measures against" as a sanction: the weak
// word needs an imposer at mention mi that is no weak mention ("U.S.
// measures", "the EU's measures") and at r a named target ("against the
// rulers of Eritrea") or a state's group of people or firms
// (measuredGroup): "measures against Russian hackers" police crime, and
// "Polish measures against the Czech supplier" may be any regulator's.
func (x *doc) measuresAgainst(si int, mi int32, r int) bool {
	if x.ments[mi].weak || !x.isActor(x.ments[mi].ent) {
		return false
	}
	s := &x.sents[si]
	if r < s.t1 && x.toks[r].lower == "the" {
		r++
	}
	if r >= s.t1 {
		return false
	}
	if m := x.tokMent[r]; m >= 0 && x.ments[m].gzRole == gzDemonym {
		return x.measuredGroup(si, r)
	}
	return true
}

// objPronouns stand for a buyer named before: "from selling it parts".
var objPronouns = set("it", "them", "him", "her")

// ownFirms reports the firms' state of a supply ban (supplyBan) as the
// imposer's own: no state named, the imposer itself, or the state an
// organ acts for ("the Chile Export Control Board barred Chilean firms").
func (x *doc) ownFirms(si, k int, imposers []int, state int) bool {
	if state < 0 {
		return true
	}
	if len(imposers) == 0 {
		return false
	}
	e := imposers[0]
	return e == state || x.organParent(e) == state || x.parentNamedWith(si, k, e, state)
}

// saleGerunds are the deals a supply ban forbids the imposer's own firms:
// "from selling", "from doing business with", "from shipping".
var saleGerunds = set("selling", "supplying", "exporting", "shipping", "providing", "dealing", "trading", "transacting", "doing")

// bannedCounts count a banned group before its demonym: "all Chilean
// vessels", "several hundred Belarusian officials".
var bannedCounts = set("all", "several", "some", "hundred", "hundreds", "dozens", "thousands")

// banModifiers stand before a demonym in a banned group: "barred three
// former Haitian senators", "banned two senior Russian officials".
var banModifiers = set("former", "senior", "serving", "top", "current")

// pastImportedGoods returns the token after the "from" of "imports of milk,
// cheese and butter from X" starting at q, so that a long list of goods
// does not push the supplier out of reach; q itself when the words at q
// are no such list ("imports of grain from X" is in reach anyway) or no
// name follows "from" (goodsFrom).
func (x *doc) pastImportedGoods(si, q int) int {
	s := &x.sents[si]
	if q+2 >= s.t1 || x.toks[q].lower != "imports" || x.toks[q+1].lower != "of" {
		return q
	}
	if r := x.goodsFrom(si, q+2); r >= 0 {
		return r
	}
	return q
}

// goodsFrom reads a list of goods starting at q up to its "from" and
// returns the token after that "from"; -1 when there is no such list or no
// name follows "from". The goods are lower-case words and commas, at most
// ten tokens; the list ends with its last item: after "and" or "or" no
// comma and at most three words ("pears and grapes last year, now buys
// plums from X" is another clause's "from"), and a list with a comma has
// its "and" or "or" before the "from" ("wine, then bought apples from X"
// is a new clause).
func (x *doc) goodsFrom(si, q int) int {
	s := &x.sents[si]
	last := -1 // the words after the list's "and" or "or"
	comma := false
	for r := q; r < s.t1 && r <= q+10; r++ {
		t := &x.toks[r]
		switch {
		case t.lower == "from":
			// a name right after "from" (or "from the"), not a date
			// with a speaker after it ("from next month, X said")
			n := r + 1
			if n < s.t1 && x.toks[n].lower == "the" {
				n++
			}
			if r > q && x.toks[r-1].kind == tkWord && n < s.t1 && x.tokMent[n] >= 0 && (!comma || last >= 0) {
				return r + 1
			}
			return -1
		case last >= 0 && (t.text == "," || last == 3):
			return -1 // the list ended before: another clause's "from"
		case t.lower == "and" || t.lower == "or":
			last = 0
		case t.text == "," || t.kind == tkWord && !t.cap && x.tokMent[r] < 0:
			if t.text == "," {
				comma = true
			}
			if last >= 0 {
				last++
			}
		default:
			return -1
		}
	}
	return -1
}

// bannedGoods head a demonym's goods or carriers, banned with no "from":
// "banned Lithuanian goods", "banned Japanese seafood imports", "barred
// Russian vessels".
var bannedGoods = set("goods", "products", "produce", "imports", "exports", "seafood", "beef", "meat", "dairy", "poultry",
	"vessels", "ships", "trawlers", "tankers", "aircraft", "airlines", "flights", "carriers", "trucks", "lorries")

// banFromPlace reports that what follows a ban's "from" at q keeps the
// group out of a state, a market or a deed ("from entering", "from its
// ports", "from new contracts"), not out of a game: a ban "from the
// tournament" or "from competition" is a sports penalty, no sanction.
func (x *doc) banFromPlace(si, q int) bool {
	s := &x.sents[si]
	for r := q; r < s.t1 && r <= q+3; r++ {
		if x.toks[r].kind != tkWord || x.tokMent[r] >= 0 {
			return true
		}
		if bannedFromGames[x.toks[r].lower] {
			return false
		}
	}
	return true
}

// bannedFromElsewhere reports a ban verb at k whose "from" (within six
// tokens, in its clause) keeps the group out of something that is no
// place: "banned X from the tournament", "banned from competition".
func (x *doc) bannedFromElsewhere(si, k int) bool {
	s := &x.sents[si]
	for q := k + 1; q < s.t1 && q <= k+6; q++ {
		if x.toks[q].kind == tkPunct && x.toks[q].text != "," {
			return false
		}
		if x.toks[q].lower == "from" && x.tokMent[q] < 0 {
			return !x.banFromPlace(si, q+1)
		}
	}
	return false
}

// liftedNoun reports a sanctions noun at q that a lift word ends or
// refuses right before it: "overturned the ban that X imposed", "lifted
// the embargo Y had imposed".
func (x *doc) liftedNoun(si, q int) bool {
	s := &x.sents[si]
	for r := q - 1; r >= s.t0 && r >= q-3; r-- {
		l := x.toks[r].lower
		if liftWords[l] && l != "against" {
			return true
		}
		if !articleLike[l] && !possDets[l] && x.toks[r].kind != tkPoss && x.tokMent[r] < 0 {
			return false
		}
	}
	return false
}

// bannedFromGames are what a sports body bans a team or a player from.
var bannedFromGames = set("tournament", "tournaments", "competition", "competitions", "games", "olympics", "league",
	"championship", "championships", "match", "matches", "cup", "race", "sport", "football")

// originBan returns the state a group barred from entering comes from,
// when the group is named by its origin: "barred two scholars from
// Canada from entering Peru". The group is one to three
// lower-case words from q, then "from" and a state, then "from" again
// (the ban's own "from entering", "from travelling", "from its ports").
// -1 otherwise ("barred trucks from the border", "barred imports from
// Turkey").
func (x *doc) originBan(si, q int) int {
	s := &x.sents[si]
	j := x.runAfter(si, q-1, func(t *token, r int) bool {
		return t.kind == tkWord && !t.cap && x.tokMent[r] < 0 && !stopCaps[t.lower]
	})
	if j == q || j+1 >= s.t1 || x.toks[j].lower != "from" {
		return -1
	}
	j++
	if x.toks[j].lower == "the" {
		j++
	}
	mi := x.mentionStartAt(j)
	if mi < 0 || x.ments[mi].ent < 0 || x.ents[x.ments[mi].ent].kind != "state" {
		return -1
	}
	if t1 := x.ments[mi].t1; t1 >= s.t1 || x.toks[t1].lower != "from" {
		return -1
	}
	return x.ments[mi].ent
}

// includedBefore finds the named target of a passive in "Three firms,
// including X, were blacklisted by …".
func (x *doc) includedBefore(si, k int) []int {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0 && j >= k-14; j-- {
		if x.toks[j].lower != "including" {
			continue
		}
		if mi := x.mentionStartAt(j + 1); mi >= 0 && x.isActor(x.ments[mi].ent) {
			return x.listAfter(si, x.ments[mi].t1, []int{x.ments[mi].ent})
		}
		break
	}
	return nil
}

// groupOpeners open a subject naming an unnamed group of people or
// bodies: "Members of X's junta", "Several Iranian firms".
var groupOpeners = set("members", "relatives", "several", "some", "dozens", "many", "families")

// groupSubject returns the targets of a passive sanction (auxiliary at
// aux) whose subject opens the sentence with an unnamed group: "Seven
// Bolivian judges were sanctioned by …" (the demonym's state), "Two
// Iranian firms and a ship manager, X, were blacklisted by …" (the state
// and X), "Members of Guinea's junta were sanctioned by …". A subject
// with a clause of its own ("Two firms that X owns were …", "Three
// officials said Y was …") gives nil.
func (x *doc) groupSubject(si, aux int) []int {
	s := &x.sents[si]
	for aux-1 > s.t0 && (auxVerbs[x.toks[aux-1].lower] || auxAdverbs[x.toks[aux-1].lower]) {
		aux-- // "had been", "were also"
	}
	q := s.t0
	if x.toks[q].lower == "the" {
		q++
	}
	if aux-s.t0 > 24 || q >= aux || !(x.toks[q].kind == tkNum || numberWords[x.toks[q].lower] || groupOpeners[x.toks[q].lower]) {
		return nil
	}
	for j := q; j < aux; j++ {
		switch l := x.toks[j].lower; {
		case l == "who" || l == "which" || l == "that" || l == "whose" || l == ";" || l == ":" || l == "(":
			return nil
		case x.tokMent[j] < 0 && (x.lx.speech[l] || x.lx.speechWk[l] || auxVerbs[l]):
			return nil
		}
	}
	out := x.targetsAfter(si, s.t0, aux-s.t0)
	if mi := x.mentionEndAt(aux - 2); mi >= 0 && x.toks[aux-1].text == "," && x.ments[mi].t0-1 > q && x.toks[x.ments[mi].t0-1].text == "," {
		// "…, and a ship manager, X, were": the last one named in apposition
		if e := x.ments[mi].ent; x.isActor(e) && !x.ments[mi].weak && !contains2(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// nearestActorBefore returns the nearest named actor before token k in
// the sentence (an appositive's head: "X, the operator sanctioned by …").
func (x *doc) nearestActorBefore(si, k int) []int {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0 && j >= k-10; j-- {
		if mi := x.tokMent[j]; mi >= 0 {
			if e := x.ments[mi].ent; x.isActor(e) && !x.ments[mi].weak {
				return []int{e}
			}
		}
	}
	return nil
}

// groupNouns name unnamed groups of sanctions targets.
var groupNouns = set("individuals", "entities", "officials", "firms", "companies", "people", "persons", "generals",
	"executives", "businessmen", "oligarchs", "officers", "judges", "lawmakers", "organisations", "organizations",
	"traders", "banks", "lenders", "citizens", "nationals", "producers", "exporters", "suppliers")

// locatedWords before "in" make the state a place: "registered in X".
var locatedWords = set("registered", "based", "incorporated", "headquartered", "located", "domiciled")

// groupState returns the state an unnamed group of targets at k belongs
// to: "five people and two bodies held to blame for abuses in
// Belarus", "twelve officials from Myanmar". A comma, full stop or
// another actor first gives -1.
func (x *doc) groupState(si, k int) int {
	s := &x.sents[si]
	q := k
	if q < s.t1 && (x.toks[q].kind == tkNum || numberWords[x.toks[q].lower]) {
		q++
	}
	if q >= s.t1 || !groupNouns[x.toks[q].lower] {
		return -1
	}
	for j := q + 1; j < s.t1 && j <= q+18; j++ {
		t := &x.toks[j]
		if t.text == "," || t.text == "." || t.text == ";" {
			return -1
		}
		if mi := x.tokMent[j]; mi >= 0 {
			e := x.ments[mi].ent
			if e >= 0 && x.ents[e].typ == TypeInstitution && x.ents[e].kind == "state" {
				if p := x.toks[j-1].lower; p == "in" || p == "from" || p == "of" {
					if p == "in" && j-2 > q && locatedWords[x.toks[j-2].lower] {
						return -1 // "four companies registered in X": a place
					}
					return e
				}
			}
			return -1
		}
	}
	return -1
}

// designatedInclude continues a sanctions statement in the next sentence:
// "Those designated include X, …, and Col. Y.", "They are A and B", "The
// three — A, B and C — are subject to a travel ban". The imposers
// are those of the statement before (followUpImposers).
func (x *doc) designatedInclude(si int) {
	s := &x.sents[si]
	k := s.t0
	if k+3 >= s.t1 {
		return
	}
	from, end := -1, -1
	switch {
	case x.toks[k].lower == "those":
		switch x.toks[k+1].lower {
		case "designated", "sanctioned", "targeted", "listed", "blacklisted":
		default:
			return
		}
		if !listCopulas[x.toks[k+2].lower] {
			return
		}
		from = k + 3
	case x.toks[k].lower == "among" && x.toks[k+1].lower == "them" || x.toks[k].lower == "among" && x.toks[k+1].lower == "those":
		// "Among them are X, …, and Y", "Among those listed was X"
		for q := k + 2; q < s.t1 && q <= k+4; q++ {
			if ql := x.toks[q].lower; ql == "are" || ql == "is" || ql == "were" || ql == "was" {
				from = q + 1
				break
			}
		}
	case (x.toks[k].lower == "they" || x.toks[k].lower == "these") && (x.toks[k+1].lower == "are" || x.toks[k+1].lower == "were") && x.unnamedGroupBefore(si):
		// "Ottawa put sanctions on two firms …. They are A, a
		// refiner, and B": the group named in the next sentence
		if x.namedListHead(si, k+2) {
			from = k + 2 // not "They are Gazprom subsidiaries"
		}
	default:
		if from, end = x.subjectToFrom(si); from >= 0 {
			break
		}
		// "The latest listings are X traders …, among them A and B"
		for q := k; q < s.t1 && q <= k+5; q++ {
			if ql := x.toks[q].lower; ql == "listings" || ql == "designations" || ql == "targets" {
				if q+2 < s.t1 && (x.toks[q+1].lower == "are" || x.toks[q+1].lower == "include" || x.toks[q+1].lower == "were") &&
					x.toks[q+2].lower != "by" && !strings.HasSuffix(x.toks[q+2].lower, "ed") {
					from = q + 2 // not "the listings were criticised by X"
				}
				break
			}
		}
	}
	if from < 0 {
		from = x.followUpFrom(si)
	}
	if from < 0 {
		return
	}
	imposers := x.followUpImposers(si)
	if len(imposers) == 0 {
		return
	}
	if from == s.t1-1 && x.toks[from].text == ":" {
		// "The five individuals are:" and the targets on the bullet
		// lines below
		x.listSent, x.listImposers = si+1, append(x.listImposers[:0], imposers...)
		return
	}
	// "… are Peruvian dealers in mining gear …, among them A and
	// B": the demonym's state and the named ones
	var targets []int
	if end > from {
		targets = x.namedActorsIn(from, end) // "The three — A, B and C — are"
	} else {
		// "The package added A, a freight firm, and B, along with C",
		// "The designation covers its subsidiaries, including D"
		targets = x.alongWith(si, from, x.includedTargets(si, from, 4, x.targetsAfter(si, from, 4)))
	}
	for _, tg := range x.dropStrayTargets(si, from-1, targets) {
		if !x.isActor(tg) {
			continue
		}
		for _, imposer := range imposers {
			if tg != imposer {
				x.addRel(RelSanctioned, imposer, tg, si, 0.7, "")
			}
		}
	}
}

// followUpImposers returns the imposers a sentence that names the targets
// of the sanctions statement before (designatedInclude) gives them to:
// the imposer of that statement and those paired with it on one of its
// targets ("Canada's foreign minister and Britain's foreign secretary
// announced sanctions against …": both), or else the imposer of the last
// SANCTIONED relation. A body's organ and the body stand for one imposer,
// the organ (actingImposer). A minister who announced the measures stands
// for the state whose office she holds ("the Minister of Foreign Affairs
// announced sanctions against four individuals. The individuals
// sanctioned today include X"); a person with no such state (the EU's
// foreign policy chief, a Treasury secretary whose department names no
// state) stays the imposer, as in the statement's own relations.
func (x *doc) followUpImposers(si int) []int {
	var out []int
	if x.lastImposer > 0 && x.lastImposerSent < si && x.lastImposerSent >= si-3 {
		first, ls := x.lastImposer-1, x.lastImposerSent
		out = append(out, first)
		for i := range x.rels {
			if x.rels[i].Sentence != ls || x.rels[i].Type != RelSanctioned || x.relEnds[i][0] != first {
				continue
			}
			for j := range x.rels {
				if x.rels[j].Sentence != ls || x.rels[j].Type != RelSanctioned || x.relEnds[j][1] != x.relEnds[i][1] {
					continue
				}
				if o := x.relEnds[j][0]; !contains2(out, o) && x.organParent(o) != first && x.organParent(first) != o {
					out = append(out, o)
				}
			}
		}
	} else if e := x.lastSanctionImposer(si); e >= 0 {
		out = append(out, e)
	}
	n := 0
	for _, e := range out {
		if x.isPerson(e) {
			if st := x.officeState(e); st >= 0 {
				e = st
			}
		}
		if !contains2(out[:n], e) {
			out[n] = e
			n++
		}
	}
	return out[:n]
}

// officeState returns the one state whose office person p holds now, or
// -1: none, or more than one. An office told as past (pastOffice) is not
// counted: "Canada's foreign minister and a former French minister of
// trade" holds Canada's office only. It reads the affiliations, not the
// person's state keys (entity.states), since only they lead back to the
// title and its wording.
func (x *doc) officeState(p int) int {
	st := -1
	for i := range x.affs {
		a := &x.affs[i]
		if a.person != p || x.ents[a.inst].kind != "state" || x.pastOffice(a) {
			continue
		}
		if st >= 0 && st != a.inst {
			return -1
		}
		st = a.inst
	}
	return st
}

// pastOffice reports that the title an affiliation was found with is told
// as past: "former" or "ex-" in its noun phrase ("a former French
// minister of trade", "Canada's ex-foreign minister"), or the phrase is
// the complement of "was" or "served as" ("served as Haiti's trade
// minister before moving to Canada"). An affiliation found without a
// title of that person in its sentence counts as current.
func (x *doc) pastOffice(a *affiliation) bool {
	for ri := range x.roles {
		r := &x.roles[ri]
		if r.sent != a.sent || r.text != a.role || x.roleRef[ri] != a.person {
			continue
		}
		if strings.Contains(r.text, "former") || strings.HasPrefix(r.text, "ex-") || strings.HasPrefix(r.text, "ex ") {
			return true
		}
		np, _ := x.npStart(r)
		for k := np; k < r.t0; k++ {
			if l := x.toks[k].lower; l == "former" || l == "ex" {
				return true
			}
		}
		if s := &x.sents[r.sent]; np-1 >= s.t0 {
			switch x.toks[np-1].lower {
			case "was":
				return true
			case "as":
				if np-2 >= s.t0 && pastServe[x.toks[np-2].lower] {
					return true
				}
			}
		}
	}
	return false
}

// pastServe before "as" tell an office held before: "served as", "worked
// as".
var pastServe = set("served", "worked", "acted")

// listKeeper returns the body whose list follows "to" at token to: "to the
// trade ministry's entity list", "to Canada's own sanctions list", "to
// the Dutch sanctions list"; else -1. A bare modifier before "sanctions
// list" mostly names the list's programme, not its keeper: "to the Iran
// sanctions list", "the Russian sanctions list", "the DPRK sanctions
// list" are kept by someone else. Only the short forms and demonyms of
// states known to keep lists of their own name a keeper that way.
func (x *doc) listKeeper(si, to int) int {
	s := &x.sents[si]
	q := to + 1
	the := q < s.t1 && x.toks[q].lower == "the"
	if the {
		q++
	}
	mi := x.mentionStartAt(q)
	if mi < 0 || x.ments[mi].ent < 0 {
		return -1
	}
	m := &x.ments[mi]
	state := x.ents[m.ent].kind == "state"
	switch t1 := m.t1; {
	case t1 >= s.t1:
		return -1
	case x.toks[t1].kind == tkPoss && (the && x.ents[m.ent].typ == TypeInstitution || !the && (state || x.frameImposer(m.ent))):
		return m.ent // "to Canada's list", "to the Council's list", "to OFAC's blacklist"
	case the && state && listKeepers[strings.ToLower(normText(x.spanText(m.t0, t1)))] && x.namesSanctionList(si, t1):
		return m.ent // "the UK sanctions list", "the Swiss sanctions list"
	}
	return -1
}

// itselfBreaks end the list of targets that itselfTargets reads: a
// contrast or a reason opens a clause of its own.
var itselfBreaks = set("but", "though", "although", "while", "whereas", "yet", "because", "citing", "over", ";")

// unsaidImposer returns the imposer of a passive listing with no "by"
// whose list or measure opens after token p, the subject's auxiliary
// standing at aux: the list's keeper ("were added to Canada's sanctions
// list", "to OFAC's blacklist"), else the imposer of the sanctions
// statement of the three sentences before (recentImposer: "OFAC
// designated two tanker operators. A, …, and B were added to the SDN
// list"; "Switzerland froze …. Y was placed under an entry ban") when
// mayBorrow lets it. Nil when there is neither, and nil when the sentence
// also tells a removal ("which was placed on the list in 2019, was
// removed from it").
func (x *doc) unsaidImposer(si, p, aux int) []int {
	if x.tellsRemoval(si) {
		return nil
	}
	if e := x.listKeeper(si, p); e >= 0 && x.frameImposer(e) {
		return []int{e}
	}
	im := x.recentImposer(si)
	if im < 0 || !x.mayBorrow(si, p, aux, im) {
		return nil
	}
	return []int{im}
}

// tellsRemoval reports a sentence that takes a name off a list ("was
// delisted", "was taken off the list"): it reports no current listing.
func (x *doc) tellsRemoval(si int) bool {
	s := &x.sents[si]
	for j := s.t0; j < s.t1; j++ {
		if l := x.toks[j].lower; listRemovals[l] || (l == "taken" || l == "struck") && j+1 < s.t1 && x.toks[j+1].lower == "off" {
			return true
		}
	}
	return false
}

// mayBorrow reports that the recent imposer im may stand as the unsaid
// imposer of a passive listing in sentence si whose verb or list opens
// after p, its auxiliary at aux (unsaidImposer and the sanctions frame's
// passive). Not for a counter-measure ("In retaliation, …", "in
// response"), which is the other side's act, nor for a subject that names
// the imposer or its people ("three EU lawmakers", "a French senator"
// after a French measure), nor for the SDN list when im is no US body:
// that list is OFAC's alone. "in response to" a measure is a
// counter-measure, "in response to Russia's invasion" a reason, and
// "whose US assets were frozen" names where the wealth lies, not the
// imposer's people.
func (x *doc) mayBorrow(si, p, aux, im int) bool {
	s := &x.sents[si]
	sdn := false
	for j := s.t0; j < s.t1; j++ {
		l := x.toks[j].lower
		if strings.HasPrefix(l, "retaliat") || strings.HasPrefix(l, "counter-sanction") || strings.HasPrefix(l, "countersanction") || l == "tit-for-tat" ||
			(l == "response" || l == "reply") && j > s.t0 && x.toks[j-1].lower == "in" && x.answersMeasure(si, j+1) || responseVerbs[l] && j+1 < s.t1 && (x.toks[j+1].lower == "by" || x.toks[j+1].lower == "back") {
			return false // "In retaliation, X was placed under an entry ban": the other side's ban
		}
		sdn = sdn || j > p && j <= p+6 && (l == "sdn" || l == "ofac")
	}
	st := im
	if !strings.HasPrefix(x.ents[im].key, "st:") {
		st = x.stateOf(im)
	}
	dem := ""
	if st >= 0 {
		dem = x.lx.demonymOf[x.ents[st].key]
	}
	for j := x.subjectStart(si, aux); j < aux; j++ {
		if mi := x.tokMent[j]; mi >= 0 && (x.ments[mi].ent == im || st >= 0 && x.ments[mi].ent == st) || dem != "" && x.toks[j].lower == dem {
			e := j + 1
			if mi >= 0 {
				e = x.ments[mi].t1
			}
			if e < aux && heldWealth[x.toks[e].lower] {
				continue // "whose US assets were frozen": where the wealth lies
			}
			return false // "three EU lawmakers were placed under an entry ban": the imposer's own
		}
	}
	// "Canada sanctioned X. Y was added to the SDN list": OFAC's list
	return !sdn || x.usBody(im)
}

// answersMeasure reports that "in response" or "in reply" ending at q-1
// answers a measure: it stands alone ("In response, X was blacklisted")
// or goes "to" a sanctions noun ("in response to the EU's sanctions"),
// not to a reason ("in response to Russia's invasion of Ukraine").
func (x *doc) answersMeasure(si, q int) bool {
	s := &x.sents[si]
	if q >= s.t1 || x.toks[q].lower != "to" {
		return true
	}
	for r := q + 1; r < s.t1 && r <= q+5; r++ {
		if sanctionNouns[x.toks[r].lower] {
			return true
		}
	}
	return false
}

// listRemovals take a name off a list: a sentence that tells one reports
// no current listing.
var listRemovals = set("removed", "delisted", "de-listed", "lifted", "unfrozen")

// usBody reports that e is the United States or one of its bodies (the
// Treasury, OFAC), the keepers of the SDN list.
func (x *doc) usBody(e int) bool {
	switch k := x.ents[e].key; {
	case strings.HasPrefix(k, usKey), strings.HasPrefix(k, "inst:"+usKey), strings.HasPrefix(k, "org:united states"):
		return true
	}
	n := x.ents[e].name
	return strings.Contains(n, "Foreign Assets Control") || strings.HasPrefix(n, "United States ")
}

// realListing reports that the phrase after "on"/"under" at on, on the
// passive path with no "by", names a sanctions list or measure as its
// head: "placed on the SDN list", "put on the bloc's blacklist", "placed
// under an entry ban", "under sanctions". Not "put on notice that it could
// face sanctions", "on a watchlist of firms", "on the agenda of the
// sanctions committee", "under a sanctions review".
func (x *doc) realListing(si, on int) bool {
	s := &x.sents[si]
	under := x.toks[on].lower == "under"
	for q := on + 1; q < s.t1 && q <= on+7; q++ {
		l := x.toks[q].lower
		if looseListHeads[l] || l == "that" || l == "of" {
			return false
		}
		if under && (underHeads[l] || restrictionNouns[l]) {
			// the sanctions noun must end the phrase: not "a sanctions review"
			return q+1 >= s.t1 || !looseListHeads[x.toks[q+1].lower]
		}
		if !under && (l == "list" || l == "lists" || l == "blacklist" || l == "sdn") {
			return true
		}
		if x.toks[q].kind == tkPunct && !listQuotes[x.toks[q].text] {
			return false
		}
	}
	return false
}

// underHeads are the sanctions nouns that may head an "under" phrase
// ("under sanctions", "under an embargo").
var underHeads = set("sanctions", "sanction", "embargo", "blacklist")

// looseListHeads head a phrase after "placed on/under" that is no
// sanctions list: a notice, a watchlist, an agenda, a review.
var looseListHeads = set("notice", "agenda", "review", "reviews", "investigation", "probe", "watch", "watchlist", "scrutiny", "consideration")

// passiveSubjects returns the actors the subject of a passive listing
// (auxiliary at aux) names, e being the one its verb was found to take:
// "A, a tanker operator, and B were added", "The bank's president, C,
// and the trading firm D were also added", "SECO said E and F had been
// added". The list must run from the first actor of the clause to e, and
// that actor must open the clause (after "the" or a possessive
// description at most); otherwise e alone ("Iran's E and F": the state
// only owns E). A fronted phrase is no part of the subject: "According to
// Reuters, A and B were added", "After talks with C, A was added",
// "Unlike D, A was added" start the clause after their comma.
func (x *doc) passiveSubjects(si, e, aux int) []int {
	for j := x.subjectStart(si, aux); j < aux; j++ {
		mi := x.mentionStartAt(j)
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		if x.placeCompound(m.t1, aux) {
			j = m.t1 + 1 // "Khartoum-registered A": a place
			continue
		}
		if m.ent == e || m.weak || !x.isActor(m.ent) || x.inPrepPhrase(si, m.t1-1) {
			break
		}
		for q := m.t1; q < aux; q++ {
			if l := x.toks[q].lower; x.lx.sanction[l] || x.lx.impose[l] {
				return []int{e} // another verb before the auxiliary
			}
		}
		if out := x.listAfter(si, m.t1, []int{m.ent}); contains2(out, e) {
			return out
		}
		break
	}
	return []int{e}
}

// subjectStart returns the first token of the subject of the passive
// auxiliary at aux: after "SECO said (that)", and after a fronted phrase
// and its comma ("According to Reuters, …", "After talks with C, …",
// "Separately, …").
func (x *doc) subjectStart(si, aux int) int {
	s := &x.sents[si]
	from := s.t0
	for j := aux - 1; j > s.t0; j-- {
		if l := x.toks[j].lower; x.tokMent[j] < 0 && (l == "that" || l == ";" || l == ":" || x.lx.speech[l]) {
			from = j + 1 // the clause after "SECO said (that)"
			break
		}
	}
	if from < aux && x.tokMent[from] < 0 && !subjectOpeners[x.toks[from].lower] {
		for j := from; j < aux; j++ {
			if x.toks[j].text == "," {
				return j + 1
			}
		}
	}
	return from
}

// subjectOpeners may open a passive subject: determiners and possessives
// ("The bank's president, C, and D", "Its owner, E, and F"). Any other
// word that is no name opens a fronted phrase or an adverb.
var subjectOpeners = set("the", "a", "an", "its", "their", "his", "her", "two", "three", "four", "five", "six", "several", "both")

// listKeepers are the short forms and demonyms of states that keep
// sanctions lists of their own, written before "sanctions list" for the
// keeper.
var listKeepers = set("uk", "u.k.", "us", "u.s.", "eu", "swiss", "dutch", "canadian", "japanese", "australian",
	"british", "american", "european", "ukrainian")

// listTo returns the "to" after the verb "added" at k that opens a
// sanctions list, and true, past an aside with a "to" of its own ("added
// X, which moved parts to Y, to its list"). When no "to" within reach
// names a list, it returns the first "to" and false (-1 when none).
func (x *doc) listTo(si, k int) (int, bool) {
	s := &x.sents[si]
	first := -1
	for q := k + 1; q < s.t1 && q <= k+24; q++ {
		if x.toks[q].lower != "to" {
			continue
		}
		if first < 0 {
			first = q
		}
		if x.namesSanctionList(si, q+1) {
			return q, true
		}
	}
	return first, false
}

// auxBefore returns the auxiliary before the verb at k, past one adverb
// ("was already added", "has also frozen"): k-1 when there is no adverb,
// -1 when the sentence starts there.
func (x *doc) auxBefore(si, k int) int {
	aux := k - 1
	if aux > x.sents[si].t0 && auxAdverbs[x.toks[aux].lower] {
		aux--
	}
	if aux < x.sents[si].t0 {
		return -1
	}
	return aux
}

// beforeAux returns the token before the verb at k and all of its
// auxiliaries and adverbs ("it would impose", "it has also added",
// "prosecutors in X have frozen"), not past the sentence's first token:
// where the verb's subject ends.
func (x *doc) beforeAux(si, k int) int {
	q, t0 := k-1, x.sents[si].t0
	for q > t0 && (auxVerbs[x.toks[q].lower] || auxAdverbs[x.toks[q].lower]) {
		q--
	}
	return q
}

// namedAsFrom returns the first token after "as" in "named them as A and
// B", "named both firms as A, …", when a sanctions statement of the
// last three sentences left its targets unnamed; else -1.
func (x *doc) namedAsFrom(si, k int) int {
	s := &x.sents[si]
	if x.lastImposer <= 0 || x.lastImposerSent >= si || x.lastImposerSent < si-3 {
		return -1
	}
	q := k + 1
	switch {
	case q < s.t1 && x.toks[q].lower == "them":
		q++
	case q+2 < s.t1 && x.toks[q].lower == "the" && (x.toks[q+1].kind == tkNum || numberWords[x.toks[q+1].lower]) && groupNouns[x.toks[q+2].lower]:
		q += 3
	default:
		return -1
	}
	if q+1 < s.t1 && x.toks[q].lower == "as" {
		return q + 1
	}
	return -1
}

// unnamedGroupBefore reports that the sanctions statement of the sentence
// before si put an unnamed, counted group under sanctions ("imposed
// sanctions on two firms it blamed for …"): the names may follow in
// sentence si ("They are A and B").
func (x *doc) unnamedGroupBefore(si int) bool {
	if si == 0 || x.lastImposer <= 0 || x.lastImposerSent != si-1 {
		return false
	}
	p := &x.sents[si-1]
	for q := p.t0; q+1 < p.t1; q++ {
		if (x.toks[q].kind == tkNum || numberWords[x.toks[q].lower]) && x.tokMent[q] < 0 {
			r := q + 1
			if r+1 < p.t1 && x.tokMent[r] >= 0 && x.ments[x.tokMent[r]].weak {
				r = x.ments[x.tokMent[r]].t1 // "two Sudanese companies"
			}
			if r < p.t1 && groupNouns[x.toks[r].lower] {
				return true
			}
		}
	}
	return false
}

// subjectToFrom returns where the named targets start in a sentence that
// says who is now under the measures: "The people now subject to an
// asset freeze and an entry ban are: A, …; B, …" (the list after the
// colon; end -1) or "The three — A, B and C — are subject to a travel
// ban …" (the names between the dashes, end at the second dash). from
// is -1 for any other shape.
func (x *doc) subjectToFrom(si int) (from, end int) {
	s := &x.sents[si]
	k := s.t0
	if x.toks[k].lower != "the" {
		return -1, -1
	}
	for q := k + 1; q+2 < s.t1 && q <= k+30; q++ {
		t := &x.toks[q]
		if t.lower == "subject" && x.toks[q+1].lower == "to" && x.sanctionNounAt(si, q+2, 4) {
			if q+2 > k+5 {
				return -1, -1 // "The three — …" names its targets before
			}
			// "The people now subject to … are:"
			for r := q + 2; r+1 < s.t1 && r <= q+16; r++ {
				if (x.toks[r].lower == "are" || x.toks[r].lower == "were") && x.toks[r+1].text == ":" {
					return r + 2, -1
				}
			}
			return -1, -1
		}
		if isDash(t.text) && q <= k+3 {
			// "The three — A, B and C — are now subject to …"
			end := q + 1
			for end < s.t1 && end <= q+30 && !isDash(x.toks[end].text) {
				end++
			}
			r := end + 1
			if r < s.t1 && (x.toks[r].lower == "are" || x.toks[r].lower == "were") {
				r++
			}
			if r < s.t1 && auxAdverbs[x.toks[r].lower] {
				r++
			}
			if r+2 < s.t1 && x.toks[r].lower == "subject" && x.toks[r+1].lower == "to" && x.sanctionNounAt(si, r+2, 4) {
				return q + 1, end
			}
			return -1, -1
		}
	}
	return -1, -1
}

// namedActorsIn returns the actors named (not by a demonym) between
// tokens from and end.
func (x *doc) namedActorsIn(from, end int) []int {
	var out []int
	for q := from; q < end; q++ {
		if mi := x.mentionStartAt(q); mi >= 0 && !x.ments[mi].weak && x.isActor(x.ments[mi].ent) && !contains2(out, x.ments[mi].ent) {
			out = append(out, x.ments[mi].ent)
		}
	}
	return out
}

// isDash reports a dash token that sets off an aside (a token holds one
// punctuation rune, so "--" is two hyphens, never one dash).
func isDash(t string) bool {
	return t == "\u2014" || t == "\u2013"
}

// auxAdverbs may sit between an auxiliary and its participle.
var auxAdverbs = set("also", "already", "now", "since", "previously", "separately", "further")

// tableWords in a table row say its first actor was sanctioned.
var tableWords = set("sdn", "freeze", "frozen", "ban", "sanctions", "sanctioned", "blocked", "designated", "embargo", "blacklisted", "blacklist")

// tableSanction reads a row of a flattened table of designations ("X |
// shipping firm | SDN list", "Y | Deputy Minister | asset freeze; travel
// ban"): its first actor is a target of the last imposer of sanctions
// named before the table.
func (x *doc) tableSanction(si int) {
	s := &x.sents[si]
	hit := false
	for k := s.t0; k < s.t1 && !hit; k++ {
		hit = tableWords[x.toks[k].lower]
	}
	if !hit {
		return
	}
	target := -1
	for k := s.t0; k < s.t1; k++ {
		if x.toks[k].text == "|" {
			break // the first cell only
		}
		if mi := x.tokMent[k]; mi >= 0 && x.isActor(x.ments[mi].ent) {
			target = x.ments[mi].ent
			break
		}
	}
	if target < 0 {
		return
	}
	if imposer := x.lastSanctionImposer(si); imposer >= 0 && imposer != target {
		x.addRel(RelSanctioned, imposer, target, si, 0.7, "")
	}
}

// lastSanctionImposer returns the imposer of the last SANCTIONED relation
// found before sentence si, or -1.
func (x *doc) lastSanctionImposer(si int) int {
	for i := len(x.rels) - 1; i >= 0; i-- {
		if x.rels[i].Type == RelSanctioned && x.rels[i].Sentence < si {
			return x.actingImposer(i)
		}
	}
	return -1
}

// actingImposer returns the imposer of SANCTIONED relation i, or the
// department acting for it whose relation of the same sentence comes
// before it: the department that acted, not the state it acts for
// (added after it): "OFAC blacklisted X" gives OFAC.
func (x *doc) actingImposer(i int) int {
	e := x.relEnds[i][0]
	for j := i - 1; j >= 0 && x.rels[j].Sentence == x.rels[i].Sentence; j-- {
		if x.rels[j].Type == RelSanctioned && x.organParent(x.relEnds[j][0]) == e {
			return x.relEnds[j][0]
		}
	}
	return e
}

// namedListAfter continues a list of named targets after "including X":
// "including Rep. X (R-Ohio) and Sen. Y (D-Vt.)". Parentheses, role
// words and their abbreviation stops are skipped; anything else ends it.
func (x *doc) namedListAfter(si, q int, out []int) []int {
	s := &x.sents[si]
	sep := false
	for j := q; j < s.t1 && j < q+40; j++ {
		t := &x.toks[j]
		switch {
		case t.text == "(":
			for j < s.t1 && x.toks[j].text != ")" {
				j++
			}
			continue
		case t.text == "," || t.lower == "and":
			sep = true
			continue
		case t.text == "." && j > 0 && (x.tokRole[j-1] >= 0 || x.toks[j-1].lower == "co" || x.toks[j-1].lower == "ltd" || x.toks[j-1].lower == "inc"):
			continue // "Sen. X", "Mining Co. and Y"
		case x.tokRole[j] >= 0 && x.tokMent[j] < 0:
			continue
		}
		mi := x.mentionStartAt(j)
		if sep && mi < 0 {
			if d := x.afterDescriptor(si, j); d > j {
				j, mi = d, x.mentionStartAt(d) // "and his brother Y"
			} else if a := x.skipAside(si, j); a > j {
				j = a - 1 // "X, whom it described as …, and Y"; "the battalion itself and Z"
				continue
			}
		}
		if !sep || mi < 0 || x.trailingSpeaker(si, &x.ments[mi]) {
			return out // (not "…, Lena Varga, the agency's head, told reporters")
		}
		if e := x.ments[mi].ent; x.isActor(e) && !x.ments[mi].weak && !contains2(out, e) {
			out = append(out, e)
		}
		j = x.ments[mi].t1 - 1
		sep = false
	}
	return out
}

// withParents adds to the imposers the bodies they belong to: the state
// of an organ ("the Russian foreign ministry" → Russia) and the possessor
// of a named office ("the finance ministry's sanctions office").
func (x *doc) withParents(si, k int, imposers []int) []int {
	s := &x.sents[si]
	out := imposers
	for _, e := range imposers {
		if e < 0 {
			continue
		}
		// the nearest mention of e before the verb
		for j := k - 1; j >= s.t0; j-- {
			mi := x.tokMent[j]
			if mi < 0 || x.ments[mi].ent != e {
				continue
			}
			p := x.ments[mi].t0 - 1
			if p > s.t0 && x.toks[p].kind == tkPoss {
				if mj := x.mentionEndAt(p - 1); mj >= 0 {
					if pe := x.ments[mj].ent; x.isActor(pe) && x.ents[pe].typ == TypeInstitution && !contains2(out, pe) {
						out = append(out, pe)
					}
				}
			}
			break
		}
	}
	for _, e := range out {
		if e >= 0 && x.ents[e].typ == TypeInstitution {
			if st := x.stateOf(e); st >= 0 && !contains2(out, st) {
				out = append(out, st)
			}
		}
	}
	return out
}

// organParentsOf returns the states or unions the imposers at verb k act
// for as departments: "the Canadian finance ministry" (the state written
// with it), or one that imposed sanctions in the last three sentences
// ("Canada … put sanctions on …. The ministry said it had
// designated X"); not a state the article names only in passing. They
// impose on named targets only: a department's listing of "two Russian
// lenders" is not the state's sanction on Russia.
func (x *doc) organParentsOf(si, k int, imposers []int) []int {
	var out []int
	for _, e := range imposers {
		p := x.organParent(e)
		if p < 0 || contains2(imposers, p) || contains2(out, p) {
			continue
		}
		if x.parentNamedWith(si, k, e, p) || x.imposedSince(p, si-3, si) || x.namedSoFar(p, k) {
			out = append(out, p)
		}
	}
	return out
}

// organParents are bodies that act for a state or union whose name they
// do not carry (general knowledge). Departments named after their state
// ("Ministry of Finance of Canada") are found by name.
var organParents = map[string]string{
	"org:office of foreign assets control":             "st:united states",
	"org:bureau of industry and security":              "st:united states",
	"org:financial crimes enforcement network":         "st:united states",
	"org:foreign, commonwealth and development office": "st:united kingdom",
	"org:council of the european union":                "org:european union",
	"org:european commission":                          "org:european union",
}

// organParent returns the entity of the state or union body e acts for,
// when the article names it, or -1. It never creates one.
func (x *doc) organParent(e int) int {
	if e < 0 || x.ents[e].typ != TypeInstitution || x.ents[e].kind == "state" {
		return -1
	}
	pk, ok := organParents[x.ents[e].key]
	for i, en := range x.ents {
		if i == e || en.typ != TypeInstitution {
			continue
		}
		if ok && en.key == pk || !ok && en.kind == "state" && strings.HasPrefix(x.ents[e].key, "org:") &&
			len(x.ents[e].name) > len(en.name)+1 && strings.HasPrefix(x.ents[e].name, en.name) && x.ents[e].name[len(en.name)] == ' ' {
			return i
		}
	}
	return -1
}

// parentNamedWith reports the parent p written with the imposer e's
// mention nearest before token k (or, when none is before, the nearest
// after it: the agent of "were listed by the Canadian ministry"): a
// mention of p right before it ("the Canadian finance ministry", "the EU
// Council") or a short form of p opening it ("U.S. Commerce Department"
// as one name).
func (x *doc) parentNamedWith(si, k, e, p int) bool {
	s := &x.sents[si]
	mi := int32(-1)
	for j := k - 1; j >= s.t0 && mi < 0; j-- {
		if m := x.tokMent[j]; m >= 0 && x.ments[m].ent == e {
			mi = m
		}
	}
	for j := k + 1; j < s.t1 && mi < 0; j++ {
		if m := x.tokMent[j]; m >= 0 && x.ments[m].ent == e {
			mi = m
		}
	}
	if mi < 0 {
		return false
	}
	m := &x.ments[mi]
	if pm := x.mentionEndAt(m.t0 - 1); m.t0 > s.t0 && pm >= 0 && x.ments[pm].ent == p && !x.ments[pm].weak {
		return true
	}
	for _, ph := range x.lx.gz[x.toks[m.t0].lower] {
		if len(ph.toks) == 1 && ph.entry.key == x.ents[p].key && m.t1-m.t0 > 1 {
			return true
		}
	}
	return false
}

// namedSoFar reports state or union p named (not only as a demonym)
// before token k: "the Treasury" acts for the United States in an article
// that has named Washington (not in "a banker who studied in the United
// States" after the verb).
func (x *doc) namedSoFar(p, k int) bool {
	for i := range x.ments {
		m := &x.ments[i]
		if m.t0 >= k {
			break
		}
		if m.ent == p && !m.weak {
			return true
		}
	}
	return false
}

// imposedSince reports a sanction imposed by e in sentences from..to-1
// (with or without a named target).
func (x *doc) imposedSince(e, from, to int) bool {
	if x.lastImposer == e+1 && x.lastImposerSent >= from && x.lastImposerSent < to {
		return true
	}
	for i := len(x.rels) - 1; i >= 0; i-- {
		r := &x.rels[i]
		if r.Sentence < from {
			break
		}
		if r.Type == RelSanctioned && r.Sentence < to && x.relEnds[i][0] == e {
			return true
		}
	}
	return false
}

// sanctionContext reports whether the sentence before token k, or the
// sentence before it, speaks of sanctions: "Canberra has imposed sanctions
// on …. In May it added X to its list too."
func (x *doc) sanctionContext(si, k int) bool {
	s := &x.sents[si]
	for q := s.t0; q < k; q++ {
		if sanctionNouns[x.toks[q].lower] && x.toks[q].lower != "measures" {
			return true
		}
	}
	if si > 0 {
		p := &x.sents[si-1]
		for q := p.t0; q < p.t1; q++ {
			if sanctionNouns[x.toks[q].lower] && x.toks[q].lower != "measures" {
				return true
			}
		}
	}
	return false
}

// announcedDecision reports whether the only modality before the verb at
// v is a reported decision: "Peru said late on Sunday it would impose
// sanctions on X", "told the press that Lima would sanction X". Any
// other marker (threatened, considering, if, not) keeps it unreal.
func (x *doc) announcedDecision(si, v int) bool {
	s := &x.sents[si]
	m := -1
	for k := v - 1; k >= s.t0 && k >= v-12; k-- {
		l := x.toks[k].lower
		if l == ";" || l == "but" && k-1 >= s.t0 && x.toks[k-1].text == "," {
			break
		}
		if modalMarkers[l] && x.tokMent[k] < 0 {
			if m >= 0 || (l != "would" && l != "will") {
				return false
			}
			m = k
		}
	}
	if m < 0 || m < v-2 || m == v-2 && !auxAdverbs[x.toks[v-1].lower] {
		return false
	}
	for k := v + 1; k < s.t1; k++ {
		if l := x.toks[k].lower; l == "if" || l == "unless" || l == "should" {
			return false // "would impose sanctions if the sale went ahead"
		}
	}
	// the subject right before the modal: a pronoun or a named actor
	q := m - 1
	if q < s.t0 {
		return false
	}
	if l := x.toks[q].lower; l == "it" || l == "they" {
		q--
	} else if mi := x.mentionEndAt(q); mi >= 0 && x.isActor(x.ments[mi].ent) {
		q = x.ments[mi].t0 - 1
	} else {
		return false
	}
	if q >= s.t0 && x.toks[q].lower == "that" {
		q--
	}
	// the reporting verb, perhaps with "on Monday" or "a regular press
	// briefing" between
	for n := 0; q >= s.t0 && n < 6; n, q = n+1, q-1 {
		switch x.toks[q].lower {
		case "said", "says", "announced", "announces", "told", "confirmed", "confirms", "declared":
			return true
		}
		if x.toks[q].kind == tkPunct || x.tokMent[q] >= 0 && n > 0 && x.toks[q].lower != "monday" {
			if x.toks[q].kind == tkPunct {
				return false
			}
		}
	}
	return false
}

// factualClause reports that the past-tense verb at v opens its own
// clause after a comma and "when", "after" or "because", with no modal
// marker between: "the visit was called off in May, when Ottawa
// imposed sanctions on X" reports the sanctions as done, whatever
// happened to the summit. "…, when it would impose", "…, after it
// threatened to sanction" and a present tense stay unreal.
func (x *doc) factualClause(si, v int) bool {
	s := &x.sents[si]
	if l := x.toks[v].lower; !strings.HasSuffix(l, "ed") && l != "froze" {
		return false
	}
	for k := v - 1; k > s.t0 && k >= v-12; k-- {
		l := x.toks[k].lower
		if x.tokMent[k] < 0 && modalMarkers[l] {
			return false
		}
		if (l == "when" || l == "after" || l == "because") && x.toks[k-1].text == "," {
			return true
		}
	}
	return false
}

// auxVerbs stand between a pronoun subject and its verb.
var auxVerbs = set("would", "will", "was", "were", "is", "are", "has", "have", "had")

// isPassiveAux reports a form of "be" that makes the next participle
// passive, finite or perfect: the passiveAux set without the bare "be".
func isPassiveAux(l string) bool {
	return l != "be" && passiveAux[l]
}

// sanctionPast reports a past form of a sanction verb listed in the
// lexicon beyond the ones handled by name: "penalized", "penalised".
func (x *doc) sanctionPast(l string) bool {
	return strings.HasSuffix(l, "ed") && l != "banned" && l != "embargoed" && x.lx.sanction[l]
}

// passiveBy reads a passive sanction whose auxiliary is token k-1 ("X
// was hit with sanctions by Y"): the actors after a "by" within n tokens
// of token from impose, the subject of the auxiliary is the target. Both
// are nil when there is no such "by".
func (x *doc) passiveBy(si, k, from, n int) (imposers, targets []int) {
	by := x.byAfter(si, from, n)
	if by < 0 {
		return nil, nil
	}
	imposers = x.actorsAfterBy(si, by+1)
	if e, _ := x.subjectOf(si, k-1); e >= 0 {
		targets = []int{e}
	}
	return imposers, targets
}

// byAfter returns the "by" within n tokens after k (no punctuation or
// name between), or -1.
func (x *doc) byAfter(si, k, n int) int {
	s := &x.sents[si]
	for q := k; q < s.t1 && q <= k+n; q++ {
		if x.toks[q].lower == "by" {
			return q
		}
		if x.toks[q].kind == tkPunct && x.toks[q].text != "-" || x.tokMent[q] >= 0 {
			return -1
		}
	}
	return -1
}

// restrictionNouns are the measures a modifier names: "asset freeze",
// "travel ban".
var restrictionNouns = set("freeze", "freezes", "ban", "bans")

// restrictionGate spares the sanctions loop most restrictionNouns lookups.
var restrictionGate = gateOf(restrictionNouns)

// sanctionNounAt reports a sanctions noun within n tokens from k, with
// only determiners and modifiers between: "under sanctions", "under an
// asset freeze", "asset freeze", "travel ban".
func (x *doc) sanctionNounAt(si, k, n int) bool {
	s := &x.sents[si]
	for q := max(k, s.t0); q < s.t1 && q < k+n; q++ { // k may be one before the sentence
		switch l := x.toks[q].lower; {
		case l == "sanctions" || l == "sanction" || l == "embargo" || l == "blacklist":
			return true
		case restrictionNouns[l]:
			return q > k && (x.toks[q-1].lower == "asset" || x.toks[q-1].lower == "assets" || x.toks[q-1].lower == "travel" || x.toks[q-1].lower == "visa" || x.toks[q-1].lower == "entry")
		case l == "asset" || l == "travel" || l == "visa" || l == "entry":
			return q+1 < s.t1 && restrictionNouns[x.toks[q+1].lower]
		case x.toks[q].kind != tkWord || x.tokMent[q] >= 0:
			return false
		}
	}
	return false
}

// assetsOfBefore returns the owner in "the assets of X were frozen" before
// the participle at k. The scan stops where another clause begins: a
// finite "was"/"were" of its own ("the property of X was searched, and
// accounts of his brother were frozen"), "but", "although", "said", or ",
// and" not followed by "of".
func (x *doc) assetsOfBefore(si, k int) []int {
	s := &x.sents[si]
	aux := x.beforeAux(si, k) // past the participle's own auxiliaries: "were frozen"
	// the window spans an appositive after the owner: "the assets of X,
	// a Limassol-registered firm that chartered the tankers, were frozen
	// by Y"
	for q := k - 1; q > s.t0 && q >= k-24; q-- {
		l := x.toks[q].lower
		if l == "of" && (x.toks[q-1].lower == "assets" || x.toks[q-1].lower == "property") {
			return x.targetsAfter(si, q+1, k-q-1)
		}
		if x.toks[q].text == ";" || freezeClauseBreaks[l] || q <= aux && finiteBe[l] {
			break
		}
		if x.toks[q].text == "," && (x.toks[q+1].lower == "and" || x.toks[q+1].lower == "but") && (q+2 >= k || x.toks[q+2].lower != "of") {
			break
		}
	}
	return nil
}

// freezeClauseBreaks open another clause before a passive freeze
// (assetsOfBefore). itselfBreaks, which end itselfTargets' list of
// targets, share the contrast words.
var freezeClauseBreaks = set("but", "although", "though", "whereas", "while", "said", "says")

// finiteBe is a finite "be" that makes a clause of its own.
var finiteBe = set("was", "were", "is", "are")

// laterOwnerOf reads the named owner in ", and of X" after a first owner
// given only by description: "froze all assets of one broker accused of
// selling drone parts, and of X, its shipping agent". The phrase must
// follow within the clause (no ";" or "." before it).
func (x *doc) laterOwnerOf(si, q int) []int {
	s := &x.sents[si]
	for j := q; j+2 < s.t1 && j <= q+20; j++ {
		if t := x.toks[j].text; t == ";" || t == "." {
			return nil
		}
		if x.toks[j].lower == "and" && x.toks[j-1].text == "," && x.toks[j+1].lower == "of" {
			r := j + 2
			if x.toks[r].lower == "the" && r+1 < s.t1 {
				r++
			}
			if mi := x.mentionStartAt(r); mi >= 0 && x.isActor(x.ments[mi].ent) && !x.ments[mi].weak {
				return []int{x.ments[mi].ent}
			}
			return nil
		}
	}
	return nil
}

// stateAuthorities are the unnamed organs of a state that act for it in
// a subject "authorities in X". "Officials in X" is left out: they may be
// anyone's officials who happen to be there (TestSanctionSubjectShapes).
var stateAuthorities = set("authorities", "prosecutors", "regulators", "investigators", "courts")

// authoritiesIn returns the states of a subject "prosecutors in Austria
// (and Italy)" right before the verb at k (past auxiliaries and
// adverbs): the organs act for their states, which are the imposers. Nil
// when the words before the verb are not of that shape.
func (x *doc) authoritiesIn(si, k int) []int {
	s := &x.sents[si]
	q := x.beforeAux(si, k)
	var out []int
	for n := 0; n < 4 && q > s.t0; n++ {
		mi := x.mentionEndAt(q)
		if mi < 0 || x.ments[mi].ent < 0 || x.ents[x.ments[mi].ent].kind != "state" {
			return nil
		}
		out = append(out, x.ments[mi].ent)
		q = x.ments[mi].t0 - 1
		if q > s.t0 && (x.toks[q].lower == "and" || x.toks[q].text == ",") {
			q--
			continue
		}
		break
	}
	if len(out) == 0 || q-1 < s.t0 || x.toks[q].lower != "in" || !stateAuthorities[x.toks[q-1].lower] {
		return nil
	}
	if o := q - 2; o >= s.t0 && (x.tokMent[o] >= 0 || x.toks[o].text == "-" || o > s.t0 && x.toks[o-1].text == "-") {
		// "Ukrainian investigators in Cyprus", "Russian-installed
		// authorities in Ukraine": the organ is another state's, and the
		// place is only where it acts
		return nil
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i] // in the order of the sentence
	}
	return out
}

// exportHalts stop a state's sales or links to another (haltedExports).
var exportHalts = set("suspended", "halted", "stopped", "prohibited", "blocked", "cut")

// exportHaltsGate is exportHalts' gate (see wordGate): sanctions asks
// about every word of every sentence.
var exportHaltsGate = gateOf(exportHalts)

// exportGoods head what haltedExports stops: sales, exports and links.
var exportGoods = set("exports", "export", "sales", "shipments", "deliveries", "links")

// haltedExports returns the states a halt at k cuts off: "suspended all
// power sales to X", "halted exports of flour to X", "stopped every permit
// for the export of arms to X and Y", "suspended all road, rail and postal
// links with X", "prohibited any sale of gas to or through X". The
// object must be one of exportGoods within twelve words of the verb, with
// lower-case words, commas and demonyms between ("talks on sales" or a
// named firm end the search); "to" or "with" must follow within eight
// words and name a state. Like haltedImports, a halt for a hazard ("after
// the flood") or by a firm or a person is no sanction, and neither is a
// cut of "diplomatic links" alone, a halt for a shortage, a strike, a
// health scare or repairs, or a cut "by 20 percent" (supplyHalt).
func (x *doc) haltedExports(si, k int) []int {
	s := &x.sents[si]
	obj := -1
	for q := k + 1; q < s.t1 && q <= k+12; q++ {
		t := &x.toks[q]
		if exportGoods[t.lower] {
			obj = q
			break
		}
		if t.text == "," || t.kind == tkWord && !t.cap && x.tokMent[q] < 0 && !meetNouns[t.lower] {
			continue
		}
		if mi := x.tokMent[q]; mi >= 0 && x.ments[mi].t0 == q && x.ments[mi].t1 == q+1 && x.ments[mi].ent >= 0 && x.ents[x.ments[mi].ent].kind == "state" {
			continue // a demonym: "any sale of Uruguayan gas"
		}
		return nil
	}
	if obj < 0 || x.toks[obj-1].lower == "diplomatic" {
		return nil // "cut diplomatic links with X" ends relations, no trade
	}
	for q := obj + 1; q+1 < s.t1 && q <= obj+8; q++ {
		t := &x.toks[q]
		if t.text == "." || t.text == ";" || t.lower == "from" {
			return nil
		}
		if t.lower != "to" && t.lower != "with" {
			continue
		}
		r := q + 1
		if r+2 < s.t1 && x.toks[r].lower == "or" && x.toks[r+1].lower == "through" {
			r += 2 // "to or through X"
		}
		mi := x.mentionStartAt(r)
		if mi < 0 || x.ments[mi].ent < 0 || x.ents[x.ments[mi].ent].kind != "state" {
			return nil
		}
		if x.hazardHalt(si, obj+1) || x.supplyHalt(si, obj+1, x.toks[k].lower == "cut") {
			return nil
		}
		if e, _ := x.subjectOf(si, k); e >= 0 && (x.ents[e].typ != TypeInstitution || x.ents[e].kind == "company" || x.ents[e].kind == "media") {
			return nil // "the airline suspended sales to X"
		}
		return x.listAfter(si, x.ments[mi].t1, []int{x.ments[mi].ent})
	}
	return nil
}

// supplyHalt reports a reason in the halt's clause (from q, the word after
// its object, within eighteen tokens) that makes the halt no sanction: a
// hazard or a supply, health or technical reason anywhere in it ("over a
// health scare", "pending a safety review", "during a strike by dock
// workers", "to keep domestic prices down", "because of a storm", "after a
// case of bird flu"), and for "cut" an amount ("cut exports to X by a
// fifth": a reduction, no halt). The clause ends at ".", ";", ":" or a
// comma that opens no cause ("…, a blow to X, which had suffered
// blackouts" is comment; "…, citing a shortage" is the cause).
func (x *doc) supplyHalt(si, q int, cut bool) bool {
	s := &x.sents[si]
	for r := q; r < s.t1 && r <= q+18; r++ {
		t := &x.toks[r]
		if t.kind == tkPunct && t.text != "-" {
			if t.text != "," || r+1 >= s.t1 {
				return false
			}
			if n := x.toks[r+1].lower; n != "citing" && n != "blaming" && !haltCauses[n] && !haltReasonOpeners[n] {
				return false
			}
			continue
		}
		if hazardWords[t.lower] || supplyReasons[t.lower] {
			return true
		}
		if cut && t.lower == "by" && r+1 < s.t1 {
			n := &x.toks[r+1]
			if n.kind == tkNum || cutAmounts[n.lower] || n.lower == "a" && r+2 < s.t1 && cutFractions[x.toks[r+2].lower] {
				return true
			}
		}
	}
	return false
}

// haltReasonOpeners open a halt's reason after a comma, with haltCauses.
var haltReasonOpeners = set("because", "pending", "during", "while", "as")

// supplyReasons name a reason to stop sales or links that is no sanction:
// a shortage, a health scare, a strike (by workers, or on the grid),
// repairs, weather or a fault.
var supplyReasons = set("shortage", "shortages", "shortfall", "scare", "disease", "diseases", "strike", "strikes", "striking", "walkout",
	"maintenance", "repair", "repairs", "repaired", "fault", "faults", "faulty", "technical", "weather", "landslide",
	"drought", "damage", "damaged", "inspectors", "rockslide", "blackout", "blackouts", "virus", "pandemic", "epidemic", "covid", "prices",
	"demand", "safety", "inspection", "inspections", "domestic", "collapse", "collapsed", "harvest")

// cutAmounts and cutFractions give the size of a cut: "by 20 percent",
// "by half", "by more than a third", "by a fifth".
var cutAmounts = set("half", "more", "nearly", "about", "some", "over", "almost", "around", "roughly", "up")
var cutFractions = set("third", "quarter", "fifth", "tenth")

// belongingTo reads the owner of frozen wealth named after "belonging to"
// a few words past the wealth noun at a: "froze holdings and assets worth
// some 50 million euros (about $54 million) belonging to X", "froze 80
// million euros of assets belonging to X". A value or a short
// parenthesis may stand between, and words that set other wealth apart
// (wealthContrasts) end the search, as does any other punctuation,
// so "froze the assets, which belong …" or a list of things frozen is not
// read.
func (x *doc) belongingTo(si, a int) []int {
	s := &x.sents[si]
	for q := a + 1; q+1 < s.t1 && q <= a+12; q++ {
		t := &x.toks[q]
		if t.text == "(" {
			for q < s.t1 && q <= a+12 && x.toks[q].text != ")" {
				q++
			}
			continue
		}
		if t.kind == tkPunct && t.text != "$" && t.text != "€" && t.text != "£" {
			return nil
		}
		if t.lower == "belonging" && x.toks[q+1].lower == "to" {
			return x.targetsAfter(si, q+2, 6)
		}
		if wealthContrasts[t.lower] {
			return nil // "froze assets of the firm but not a yacht belonging to X"
		}
		if x.wealthModifier(q) {
			continue // "50 million Swiss francs"
		}
		if x.tokMent[q] >= 0 {
			return nil // a name before the owner: "assets in X belonging to"
		}
	}
	return nil
}

// wealthContrasts end belongingTo's search: an owner already given ("of")
// or wealth set apart from what was frozen ("but not", "rather than").
var wealthContrasts = set("of", "but", "not", "than", "rather", "except", "instead")

// subjectToBefore returns the "is" of "is subject to" (or "remains
// subject to") within a few words before the sanctions noun at k, or -1.
func (x *doc) subjectToBefore(si, k int) int {
	s := &x.sents[si]
	for q := k - 1; q > s.t0 && q >= k-8; q-- {
		if x.toks[q].lower == "to" && x.toks[q-1].lower == "subject" {
			if q-2 >= s.t0 {
				return q - 2
			}
			return -1
		}
		if x.tokMent[q] >= 0 || x.toks[q].kind == tkPunct {
			return -1
		}
	}
	return -1
}

// namedListing returns the actor in "named X (, …,) a Specially Designated
// Global Terrorist" after the verb at k, or -1.
func (x *doc) namedListing(si, k int) int {
	s := &x.sents[si]
	for q := k + 1; q < s.t1 && q <= k+4; q++ {
		mi := x.mentionStartAt(q)
		if mi < 0 {
			if x.toks[q].kind == tkPunct && x.toks[q].text != "," {
				return -1
			}
			continue
		}
		e := x.ments[mi].ent
		if !x.isActor(e) || x.ments[mi].weak {
			return -1
		}
		r := x.ments[mi].t1
		if r < s.t1 && x.toks[r].text == "," {
			r++
		}
		if r < s.t1 && (x.toks[r].lower == "a" || x.toks[r].lower == "an" || x.toks[r].lower == "as") && terrorListing(x.toks, r+1, s.t1) {
			return e
		}
		return -1
	}
	return -1
}

// passiveAfterAdverb reports "was also designated", "were later
// blacklisted": a passive auxiliary and an adverb before the participle.
func (x *doc) passiveAfterAdverb(si, k int) bool {
	s := &x.sents[si]
	return k-2 >= s.t0 && auxAdverbs[x.toks[k-1].lower] && isPassiveAux(x.toks[k-2].lower)
}

// decisionToSanction finds a body's decision to sanction a target:
// "Ottawa's decision in May to sanction X (and four of its
// officers)", "the decision of the UN Security Council of 2 May to
// freeze all accounts of X", or to ban its own firms from selling to one
// (supplyBan), to ban a state's goods (demonymBan), to freeze a target's
// wealth (frozenOwner) or to include a target in a sanctions list
// (includedInList). A decision a state is known by was taken, so the
// sanction is real; only the possessor right before "decision", or the
// body right after "the decision of", imposes it ("the expected
// decision", "a decision not to sanction", "a decision on whether to
// sanction" give nothing).
func (x *doc) decisionToSanction(si int) {
	s := &x.sents[si]
	for k := s.t0 + 1; k+3 < s.t1; k++ {
		if x.toks[k].lower != "decision" {
			continue
		}
		var mi int32 = -1
		q := k + 1
		if k-2 >= s.t0 && x.toks[k-1].kind == tkPoss {
			mi = x.mentionEndAt(k - 2)
		} else if x.toks[k-1].lower == "the" && x.toks[k+1].lower == "of" {
			// "the decision of the UN Security Council (of 2 May) to
			// freeze all accounts of X": the body after "of"
			if mi = x.mentionStartAt(k + 2); mi < 0 && k+3 < s.t1 && x.toks[k+2].lower == "the" {
				mi = x.mentionStartAt(k + 3)
			}
			if mi >= 0 {
				q = x.pastDecisionDate(si, x.ments[mi].t1)
			}
		}
		if mi < 0 || !x.isActor(x.ments[mi].ent) {
			continue
		}
		q = x.skipWhen(si, q)
		if q+2 >= s.t1 || x.toks[q].lower != "to" {
			continue
		}
		var targets []int
		if v := x.toks[q+1].lower; v == "ban" || v == "bar" {
			// "decision to ban U.S. firms from selling to X"
			if buyers, state, _, ok := x.supplyBan(si, q+1); ok {
				if x.ownFirms(si, q+1, []int{x.ments[mi].ent}, state) {
					targets = buyers
				}
			} else {
				// "decision to ban imports of Chilean grapes"
				targets = x.demonymBan(si, q+1, false)
			}
		} else if decisionSanctionVerbs[v] {
			targets = x.targetsAfter(si, q+2, 6)
		} else if v == "freeze" {
			targets = x.frozenOwner(si, q+2)
		} else if v == "include" || v == "add" {
			// "to include X in its SDN list"
			targets = x.includedInList(si, q+2)
		}
		if len(targets) > 0 {
			x.sanctionPairs(si, q+1, []int{x.ments[mi].ent}, targets, 0.75, 0.65)
		}
	}
}

// pastDecisionDate returns the token after a decision's date at q ("of 2
// May", "of 4 March 2030"), or q: "the decision of the bloc's foreign
// ministers of 2 May to …".
func (x *doc) pastDecisionDate(si, q int) int {
	s := &x.sents[si]
	if q+1 >= s.t1 || x.toks[q].lower != "of" {
		return q
	}
	r := q + 1
	for r < s.t1 && r <= q+4 && (x.toks[r].kind == tkNum || monthWords[x.toks[r].lower]) {
		r++
	}
	if r == q+1 {
		return q
	}
	return r
}

// frozenOwner returns the owner of the assets a bare "freeze" at q
// names: "to freeze all accounts of X", "to freeze X's funds". nil for
// anything else ("to freeze the talks").
func (x *doc) frozenOwner(si, q int) []int {
	s := &x.sents[si]
	for r := q; r < s.t1 && r <= q+3; r++ {
		if !heldWealth[x.toks[r].lower] && x.toks[r].lower != "funds" {
			continue
		}
		if r+2 < s.t1 && x.toks[r+1].lower == "of" {
			return x.targetsAfter(si, r+2, 6)
		}
		return x.wealthOwner(si, r)
	}
	return nil
}

// includedInList returns the targets a decision "to include X in" (or "to
// add X to") a sanctions list names, starting at q; nil when the list
// after "in" or "to" is no sanctions list ("to include X in the talks").
func (x *doc) includedInList(si, q int) []int {
	s := &x.sents[si]
	targets := x.targetsAfter(si, q, 8)
	if len(targets) == 0 {
		return nil
	}
	for r := q; r < s.t1 && r <= q+12; r++ {
		if l := x.toks[r].lower; (l == "in" || l == "to" || l == "on") && x.tokMent[r] < 0 {
			if x.namesSanctionList(si, r+1) {
				return targets
			}
			return nil
		}
	}
	return nil
}

// decisionSanctionVerbs are the bare verbs after "decision to" that list
// a target directly.
var decisionSanctionVerbs = set("sanction", "blacklist", "designate")

// haltedImports reports that the verb at k ("suspended", "halted",
// "blocked", "barred") takes imports as its object: "imports", "beef
// imports", "all imports of", "the import permits of", "import licences
// for", at most four words on. Only then is the verb an import ban;
// "suspended its sanctions", "halted talks" or "blocked the proposal" are
// not, nor is a firm or a person that stops its own purchases, nor a stop
// for an accident, a disaster or an outbreak ("after the crash", "over
// bird flu": a safety halt, no sanction). The cheap object scan runs
// first; the subject is searched only for the few verbs it passes.
func (x *doc) haltedImports(si, k int) bool {
	s := &x.sents[si]
	obj := -1
scan:
	for q := k + 1; q < s.t1 && q <= k+4; q++ {
		t := &x.toks[q]
		if t.kind != tkWord {
			return false
		}
		switch t.lower {
		case "imports":
			obj = q
			break scan
		case "import":
			if q+1 < s.t1 && importPapers[x.toks[q+1].lower] {
				obj = q + 1
				break scan
			}
			return false
		case "of", "from", "to", "on", "and", "with", "for":
			return false
		}
	}
	if obj < 0 || x.hazardHalt(si, obj+1) {
		return false
	}
	if e, _ := x.subjectOf(si, k); e >= 0 && (x.ents[e].typ != TypeInstitution || x.ents[e].kind == "company" || x.ents[e].kind == "media") {
		return false // a firm or a person that stops buying imposes nothing
	}
	return true
}

// hazardHalt reports a cause after a halt's object, in its clause (from
// q, within twelve tokens): "after", "over", "amid", "following" or "due
// to" with an accident, a disaster or an outbreak within four words ("after
// the crash in Ethiopia", "over bird flu", "following a fire at the
// plant"). Such a stop protects buyers; it is no sanction on the supplier.
func (x *doc) hazardHalt(si, q int) bool {
	s := &x.sents[si]
	for r := q; r < s.t1 && r <= q+12; r++ {
		t := &x.toks[r]
		if t.kind == tkPunct && t.text != "," && t.text != "-" {
			return false
		}
		if !haltCauses[t.lower] {
			continue
		}
		for p := r + 1; p < s.t1 && p <= r+4; p++ {
			if hazardWords[x.toks[p].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// haltCauses open the cause of a halt: "after", "over", "amid",
// "following", "due (to)".
var haltCauses = set("after", "over", "amid", "following", "due")

// hazardWords name an accident, a disaster or an outbreak.
var hazardWords = set("crash", "crashes", "accident", "accidents", "recall", "recalls", "outbreak", "outbreaks", "flu",
	"contamination", "contaminated", "flood", "floods", "flooding", "fire", "fires", "storm", "storms", "earthquake",
	"tsunami", "explosion", "explosions", "exploding", "spill", "leak")

// importPapers are the papers whose suspension stops a supplier's
// imports: "suspended the import permits of X".
var importPapers = set("permits", "permit", "licences", "licenses", "licence", "license")

// barredNamed reports an active "barred" at k whose object is a named
// firm, body or person (not a state: "barred Chile" is no such ban, and
// demonym groups have their own reading), whose subject may impose
// sanctions (a state or a state body, frameImposer: not a court, a party,
// a university or a parliament, which bar people from much else), and
// whose "from", right after the name or after the comma that closes an
// aside opened right after it, keeps the name out of a state, a market or
// a trade (barredFromTrade): "barred X, a spice dealer, from clearing
// cargo", "barred X from all Kenyan shops". A summit, talks, a
// campus or a date after "from" is no such ban. A passive "was barred
// from" and a "barred from" with no object are left to the other cases.
func (x *doc) barredNamed(si, k int) bool {
	s := &x.sents[si]
	if a := x.auxBefore(si, k); a >= 0 && isPassiveAux(x.toks[a].lower) {
		return false
	}
	q := k + 1
	if q < s.t1 && x.toks[q].lower == "the" {
		q++
	}
	mi := x.mentionStartAt(q)
	if mi < 0 || x.ments[mi].weak || !x.isActor(x.ments[mi].ent) || x.ents[x.ments[mi].ent].kind == "state" {
		return false
	}
	end := int(x.ments[mi].t1)
	aside := end < s.t1 && x.toks[end].text == ","
	for r := end; r < s.t1 && r <= k+40; r++ {
		if t := x.toks[r].text; t == ";" || t == ":" {
			return false
		}
		if x.toks[r].lower == "from" && x.tokMent[r] < 0 {
			// right after the name or after the comma that closes its
			// aside: "who had flown in from Lima" is the aside's own
			// "from", and "for a week, from Monday" opened no aside
			if r > end && (!aside || x.toks[r-1].text != ",") {
				return false
			}
			if !x.barredFromTrade(si, r+1) {
				return false
			}
			e, _ := x.subjectOf(si, k)
			return e >= 0 && x.barImposer(e)
		}
	}
	return false
}

// barImposer reports a subject of "barred X from" that may impose a ban:
// a state, a union, a ministry or a government agency (frameImposer, or
// any body the recogniser calls an agency), or a body whose name says it
// is a state's regulator ("Cocoa Board", "Revenue Authority").
// Courts, parties, universities and parliaments bar people from much that
// is no sanction; their kinds fail here.
func (x *doc) barImposer(e int) bool {
	if x.frameImposer(e) {
		return true
	}
	if !x.isActor(e) || x.ents[e].typ != TypeInstitution {
		return false
	}
	switch x.ents[e].kind {
	case "agency":
		return true
	case "organization":
		name := x.ents[e].name
		return agencyName(name) || strings.Contains(name, "Board") || strings.Contains(name, "Authority") ||
			strings.Contains(name, "Inspectorate") || strings.Contains(name, "Customs")
	}
	return false
}

// barFromVerbs after "barred X from" keep X out of a state or a trade:
// fromVerbs and the verbs of moving and selling goods.
var barFromVerbs = set("entering", "travelling", "traveling", "visiting", "doing", "dealing", "transacting", "accessing",
	"using", "holding", "receiving", "moving", "selling", "exporting", "importing", "trading", "supplying", "clearing", "shipping")

// barredPlaces after "from its", "from the" or "from all" are a state's
// markets and borders: "from its ports", "from the market".
var barredPlaces = set("market", "markets", "ports", "port", "territory", "shops", "stores", "airspace", "waters")

// barredFromTrade reports that what follows a bar's "from" at q keeps the
// named one out of a state, a market or a trade: a verb of barFromVerbs
// ("from entering", "from clearing goods"), a state or demonym after at
// most one determiner ("from Chile", "from all Kenyan shops", "from the
// Kenyan market"), a market word after a determiner ("from its ports"),
// or a visit to a state ("from any visit to America"). Anything else
// ("from the summit", "from leaving the country", "from campus", "from
// Monday") is left alone.
func (x *doc) barredFromTrade(si, q int) bool {
	s := &x.sents[si]
	if q >= s.t1 {
		return false
	}
	if barFromVerbs[x.toks[q].lower] || x.debarredFrom(si, q) {
		return true // debarredFrom: "from public tenders" (measures.go)
	}
	det := false
	if l := x.toks[q].lower; l == "the" || l == "all" || l == "any" || l == "its" || l == "their" {
		q++
		det = true
	}
	if q >= s.t1 {
		return false
	}
	if x.stateAt(q) {
		return true
	}
	l := x.toks[q].lower
	if det && barredPlaces[l] {
		return true
	}
	return (l == "visit" || l == "visits" || l == "travel") && q+2 < s.t1 && x.toks[q+1].lower == "to" && x.stateAt(q+2)
}

// extendVerbs widen a sanction already in force: "extended the ban to X".
var extendVerbs = set("extended", "expanded", "widened", "broadened")

// easedExtensions after an extended sanctions noun make the extension a
// relief or a partnership, not a wider sanction: "extended a sanctions
// waiver to Iraq", "widened its sanctions coalition to Japan".
var easedExtensions = set("waiver", "waivers", "exemption", "exemptions", "exception", "exceptions", "carve-out",
	"coalition", "cooperation", "authority", "powers", "mandate", "relief")

// extensionEases reports a lift or relief word among the tokens a..b-1,
// between an extended sanctions noun and its "to": "extended sanctions
// relief to X", "its sanctions exemption to Y".
func (x *doc) extensionEases(a, b int) bool {
	for r := a; r < b; r++ {
		if l := x.toks[r].lower; easedExtensions[l] || liftWords[l] && l != "against" {
			return true
		}
	}
	return false
}

// widenedSanction reports that "widened" or "broadened" at k has a
// sanctions noun as its close object (at most two words before it, a
// determiner or a lower-case modifier: "widened their sanctions", "broadened
// its trade embargo"). These verbs widen much else ("widened its probe
// into evasion of the embargo on X", "widened its lead"), so they impose
// only with such an object and never with a noun before them.
func (x *doc) widenedSanction(si, k int) bool {
	s := &x.sents[si]
	for q := k + 1; q < s.t1 && q <= k+3; q++ {
		t := &x.toks[q]
		if sanctionNouns[t.lower] && t.lower != "measures" {
			return true
		}
		if t.kind != tkWord || t.cap || x.tokMent[q] >= 0 || prepositions[t.lower] {
			return false
		}
	}
	return false
}

// extendedTo returns the targets a widened sanction reaches from q, the
// token after its "to": a named actor ("extended the embargo to
// Chile") or the supplier after a list of goods ("to bottled water from
// X", "to pears, cheese and pork from Y"), read as goodsFrom reads
// the goods of "imports of", so that the list ends in its clause; nil for
// anything else ("extended the ban to 2027", "to the whole sector", "to
// pork and said it would buy salmon from X").
func (x *doc) extendedTo(si, q int) []int {
	s := &x.sents[si]
	if q < s.t1 && x.toks[q].lower == "the" {
		q++
	}
	if mi := x.mentionStartAt(q); mi >= 0 {
		if x.ments[mi].weak || !x.isActor(x.ments[mi].ent) {
			return nil
		}
		return x.targetsAfter(si, q, 6)
	}
	if r := x.goodsFrom(si, q); r >= 0 {
		return x.targetsAfter(si, r, 6)
	}
	return nil
}

// invertedIf reports a verb at k in the condition of an inverted
// conditional: the sentence opens with "Had" and a name, and no comma
// comes before k ("Had Norway extended its embargo to Chile, prices would
// have soared"): a hypothesis, not a measure taken.
func (x *doc) invertedIf(si, k int) bool {
	s := &x.sents[si]
	h := s.t0
	if h < s.t1 && listQuotes[x.toks[h].text] {
		h++
	}
	if h+1 >= k || x.toks[h].lower != "had" || !x.toks[h+1].cap && x.toks[h+1].lower != "the" {
		return false
	}
	for q := h + 1; q < k; q++ {
		if x.toks[q].kind == tkPunct {
			return false
		}
	}
	return true
}

// dropNextSubject removes from targets, read after the sanctions noun at
// n, a name that opens the next clause: "and" + name + a reaction verb
// within twelve tokens ("widened its sanctions against Chile and Peru
// protested": Peru is no target). Only the widening verbs use it; the
// other impose verbs keep their list reading.
func (x *doc) dropNextSubject(si, n int, targets []int) []int {
	s := &x.sents[si]
	for j := n + 1; j+2 < s.t1 && j <= n+12 && len(targets) > 0; j++ {
		if x.toks[j].lower != "and" {
			continue
		}
		mi := x.mentionStartAt(j + 1)
		if mi < 0 || int(x.ments[mi].t1) >= s.t1 {
			continue
		}
		v := x.toks[x.ments[mi].t1].lower
		if !x.lx.speech[v] && !reactionVerbs[v] {
			continue
		}
		e := x.ments[mi].ent
		out := targets[:0:0]
		for _, t := range targets {
			if t != e {
				out = append(out, t)
			}
		}
		return out
	}
	return targets
}

// reactionVerbs are a clause's finite verb after "and <Name>": the name
// is that clause's subject.
var reactionVerbs = set("protested", "condemned", "retaliated", "responded", "objected", "complained", "denied",
	"rejected", "vowed", "warned", "protests", "condemns", "retaliates", "responds", "objects", "complains", "denies",
	"rejects", "vows", "warns")
