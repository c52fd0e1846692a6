package ingest

import "strings"

// Sanctions told without a finite verb of the imposer: a passive listing
// with no "by" ("X and Y were designated under …"), a noun ("the
// designation of X by Y", "the inclusion of X in the ninth round of EU
// sanctions") and a later sentence that names the targets of the
// statement before ("The listings name X, Y and Z", "The two firms are
// A and B", "It targets C"). The imposer the text leaves out is the one
// of the sanctions statement of the last three sentences.

// recentImposer returns the imposer of a real sanctions statement in the
// three sentences before si (or earlier in si), or -1.
func (x *doc) recentImposer(si int) int {
	if x.lastImposer > 0 && x.lastImposerSent <= si && x.lastImposerSent >= si-3 {
		return x.lastImposer - 1
	}
	for i := len(x.rels) - 1; i >= 0; i-- {
		r := &x.rels[i]
		if r.Sentence < si-3 {
			break
		}
		if r.Type == RelSanctioned {
			return x.actingImposer(i)
		}
	}
	return -1
}

// passiveListing reads "X and Y, along with Z, were designated under
// Executive Order 13224" and "X's company, Y, was also blacklisted": a
// passive listing verb at k without "by" whose subject opens the
// sentence. The imposer is unsaidImposer's: a list keeper right after
// the verb, else the recent one under its guards (no removal, no
// counter-measure, not the imposer's own people, no SDN list for a
// non-US body); nil when there is none, when the verb names something
// else ("was designated as its candidate") or when the subject is not a
// named actor.
func (x *doc) passiveListing(si, k int) (imposers, targets []int) {
	s := &x.sents[si]
	aux := k - 1
	if aux > s.t0 && auxAdverbs[x.toks[aux].lower] {
		aux--
	}
	if aux <= s.t0 || !isPassiveAux(x.toks[aux].lower) {
		return nil, nil
	}
	if k+1 < s.t1 {
		switch x.toks[k+1].lower {
		case "by", "to", "for":
			return nil, nil
		case "as", "a", "an":
			if !terrorListing(x.toks, k+2, s.t1) {
				return nil, nil
			}
		}
	}
	// the same guards as the passive listing on a named list
	// (unsaidImposer): no removal in the sentence, no counter-measure,
	// no subject that is the imposer's own, no SDN list for a non-US
	// imposer
	ims := x.unsaidImposer(si, k, aux)
	if len(ims) == 0 {
		return nil, nil
	}
	im := ims[0]
	q := s.t0
	if x.toks[q].lower == "the" {
		q++
	}
	mi := x.mentionStartAt(q)
	if mi < 0 || x.ments[mi].weak || !x.isActor(x.ments[mi].ent) {
		return nil, nil
	}
	e := x.ments[mi].ent
	if t1 := x.ments[mi].t1; t1+2 < aux && x.toks[t1].kind == tkPoss {
		// "X's company, Y, was also blacklisted": the company
		r := t1 + 1
		for r < aux && r <= t1+3 && x.toks[r].kind == tkWord && !x.toks[r].cap {
			r++
		}
		if r >= aux || x.toks[r].text != "," {
			return nil, nil
		}
		mj := x.mentionStartAt(r + 1)
		if mj < 0 || !x.isActor(x.ments[mj].ent) {
			return nil, nil
		}
		return []int{im}, []int{x.ments[mj].ent}
	}
	targets = x.listAfter(si, x.ments[mi].t1, []int{e})
	targets = x.alongWith(si, x.ments[mi].t1, targets)
	// the subject must reach the auxiliary: no other verb between
	for j := x.ments[mi].t1; j < aux; j++ {
		if x.lx.speech[x.toks[j].lower] || x.lx.sanction[x.toks[j].lower] || x.lx.impose[x.toks[j].lower] {
			return nil, nil
		}
	}
	return []int{im}, targets
}

// designationNouns name a listing by its noun.
var designationNouns = set("designation", "designations", "inclusion", "addition", "listing", "blacklisting")

// designationGate spares nominalSanctions the lookup of most words.
var designationGate = gateOf(designationNouns)

// nominalSanctions reads a listing named by a noun: "the designation of
// X by the United States", "the designation by Ottawa on 3 May
// of two Chilean traders and the firm Y", "the inclusion of Z in the
// ninth round of EU measures passed by the Council", "the UK's
// designation of W". Without an imposer in the phrase the recent one
// imposes; a proposed, called-for or possible listing gives nothing.
func (x *doc) nominalSanctions(si int) {
	s := &x.sents[si]
	for k := s.t0 + 1; k+2 < s.t1; k++ {
		l := x.toks[k].lower
		if !designationGate.may(l) || !designationNouns[l] || x.tokMent[k] >= 0 {
			continue
		}
		var imposers, targets []int
		of := -1
		q := k + 1
		if x.toks[q].lower == "by" {
			// "the designation by Y (on 12 April) of X"
			imposers = x.actorsAfterBy(si, q+1)
			for r := q + 2; r < s.t1 && r <= q+14; r++ {
				if x.toks[r].lower == "of" && x.tokMent[r] < 0 {
					of = r
					break
				}
				if x.toks[r].kind == tkPunct && x.toks[r].text != "-" {
					break
				}
			}
		} else if r := x.skipWhen(si, q); x.toks[r].lower == "of" {
			of = r // "Ottawa's designation in May of X"
		}
		if of < 0 || len(imposers) == 0 && x.toks[q].lower == "by" {
			continue
		}
		targets = x.targetsAfter(si, of+1, 6)
		if len(targets) == 0 {
			continue
		}
		// what follows the target: "by Y", "in/to the … sanctions list
		// (adopted by Y)", "as a terrorist organisation"
		end := of + 1
		for end < s.t1 && end < of+24 && x.toks[end].text != ";" && x.toks[end].lower != "by" && x.toks[end].lower != "in" && x.toks[end].lower != "to" && x.toks[end].lower != "as" && x.toks[end].lower != "on" {
			if el := x.toks[end].lower; x.lx.speech[el] || el == "which" || el == "who" || el == "whose" || el == "that" ||
				el == "," && end+1 < s.t1 && (x.toks[end+1].lower == "a" || x.toks[end+1].lower == "an") {
				end = s.t1 // a description of the target ("X, a firm Canada says ships fuel used by …"): no agent after it
				break
			}
			end++
		}
		listed := false
		if end < s.t1 {
			switch x.toks[end].lower {
			case "by":
				if imposers == nil {
					imposers = x.actorsAfterBy(si, end+1)
				}
				listed = true
			case "as":
				listed = terrorListing(x.toks, end+1, s.t1)
				if !listed {
					continue // "the designation of X as a heritage site"
				}
			case "in", "to", "on":
				for r := end + 1; r < s.t1 && r <= end+10; r++ {
					rl := x.toks[r].lower
					if sanctionNouns[rl] && rl != "measures" || rl == "package" || sanctionLists[rl] && rl != "entity" && rl != "denied" || rl == "list" && x.sanctionContext(si, r) {
						listed = true
					}
					if imposers == nil && (rl == "sanctions" || rl == "package") {
						// "of EU sanctions", "the EU's 13th package"
						if mi := x.mentionEndAt(r - 1); mi >= 0 && x.isActor(x.ments[mi].ent) {
							imposers = []int{x.ments[mi].ent}
						}
					}
					if rl == "by" && r+1 < s.t1 {
						if by := x.actorsAfterBy(si, r+1); len(by) > 0 {
							imposers = by
						}
						break
					}
				}
			}
		}
		if imposers == nil {
			// "the UK's designation of X"
			p := k - 1
			if p > s.t0 && x.toks[p].kind == tkPoss {
				if mi := x.mentionEndAt(p - 1); mi >= 0 && x.isActor(x.ments[mi].ent) && !x.ments[mi].weak {
					imposers = []int{x.ments[mi].ent}
				}
			}
		}
		if imposers == nil && (l == "designation" || l == "designations" || listed) && x.sanctionContext(si, k) {
			if im := x.recentImposer(si); im >= 0 {
				imposers = []int{im}
			}
		}
		if !listed && l != "designation" && l != "designations" || len(imposers) == 0 {
			continue
		}
		if x.modalBefore(si, k) {
			continue // "called for the designation of X", "a proposed listing"
		}
		x.sanctionPairs(si, k, imposers, targets, 0.7, 0.6)
	}
}

// sanctionPairs adds the relations of one sanctions statement at token k:
// every imposer (with the bodies and states it acts for) on every target,
// with confidence conf (parentConf for the bodies a department acts for).
func (x *doc) sanctionPairs(si, k int, imposers, targets []int, conf, parentConf float64) {
	targets = x.dropStrayTargets(si, k, targets)
	imposers = x.withParents(si, k, imposers)
	for _, im := range imposers {
		for _, tg := range targets {
			if x.isActor(im) && x.isActor(tg) && im != tg {
				x.addRel(RelSanctioned, im, tg, si, conf, "")
			}
		}
	}
	for _, im := range x.organParentsOf(si, k, imposers) {
		for _, tg := range targets {
			if x.isActor(tg) && im != tg && x.ents[tg].kind != "state" {
				x.addRel(RelSanctioned, im, tg, si, parentConf, "")
			}
		}
	}
}

// followUpNouns open a sentence that names the targets of the sanctions
// statement before: "The listings (, adopted under …,) name X".
var followUpNouns = set("listings", "designations", "sanctions", "measures", "package", "listing", "designation",
	"notice", "order", "decree", "action")

// followUpVerbs name the targets after such a subject.
var followUpVerbs = set("name", "names", "named", "target", "targets", "targeted", "include", "includes",
	"included", "cover", "covers", "covered", "list", "lists", "listed", "hit", "hits")

// followUpFrom returns the first token of the targets in a sentence that
// continues a sanctions statement: "The listings, made under the EU's
// cyber-attack rules, name X", "The new measures target Y", "It
// targets Z", "The two firms are A and B". -1 when the sentence has no
// such shape.
func (x *doc) followUpFrom(si int) int {
	s := &x.sents[si]
	k := s.t0
	if k+2 >= s.t1 {
		return -1
	}
	if l := x.toks[k].lower; l == "it" || l == "they" {
		if followUpVerbs[x.toks[k+1].lower] {
			return k + 2
		}
		// "The US Treasury sanctioned two senior officers. They are
		// Admiral X, …, and Y": people named right after a statement
		// whose targets were unnamed
		if l == "they" && (x.toks[k+1].lower == "are" || x.toks[k+1].lower == "were") && x.lastImposer > 0 && x.lastImposerSent == si-1 &&
			(x.tokRole[k+2] >= 0 || x.tokMent[k+2] >= 0 && x.isPerson(x.ments[x.tokMent[k+2]].ent)) {
			return k + 2
		}
		return -1
	}
	if x.toks[k].lower != "the" {
		return -1
	}
	q := k + 1
	for n := 0; n < 3 && q+1 < s.t1; n++ {
		// "The new measures", "The same September notice"
		if l := x.toks[q].lower; l == "new" || l == "latest" || l == "other" || l == "same" || monthWords[l] && x.toks[q].cap {
			q++
			continue
		}
		break
	}
	if q+1 >= s.t1 {
		return -1
	}
	if x.toks[q].kind == tkNum || numberWords[x.toks[q].lower] {
		// "The two firms are A and B"
		q++
		if q+1 < s.t1 && x.toks[q].lower == "other" {
			q++
		}
		if q+2 < s.t1 && groupNouns[x.toks[q].lower] && listCopulas[x.toks[q+1].lower] &&
			(x.toks[q+2].text == ":" || x.namedListHead(si, q+2)) {
			return q + 2 // "The five individuals are:" and a list, not "The two firms are Gazprom subsidiaries"
		}
		return -1
	}
	if groupNouns[x.toks[q].lower] {
		return x.groupFollowUp(si, q)
	}
	if !followUpNouns[x.toks[q].lower] {
		return -1
	}
	v := x.pastVerbAdverb(si, q+1)
	if v < s.t1 && x.toks[v].lower == "under" {
		v = x.pastLegalBasis(si, v) // "The designations under the X Act 2022 include Y"
	}
	if v < s.t1 && x.toks[v].text == "," {
		// an aside between the subject and its verb
		for v++; v < s.t1 && v < q+25 && x.toks[v].text != ","; v++ {
		}
		if v >= s.t1 || x.toks[v].text != "," {
			return -1 // the aside never closes: no verb to find after it
		}
		v = x.pastVerbAdverb(si, v+1) // "The listings, made in May, also name X"
	}
	if v+1 >= s.t1 {
		return -1
	}
	if vl := x.toks[v].lower; followUpVerbs[vl] || x.sanctionPast(vl) || vl == "blacklisted" || vl == "designated" {
		return v + 1
	}
	if vl := x.toks[v].lower; (vl == "added" || vl == "adds") && x.mentionStartAt(v+1) >= 0 {
		// "The package added X, …": a named actor right after the verb,
		// not "The measures added to the strain"
		return v + 1
	}
	return -1
}

// listCopulas join a subject naming a group of targets to the list of
// their names: "The two firms are A and B", "Those designated include X".
var listCopulas = set("are", "were", "include", "included")

// groupFollowUp returns the first token of the targets after a subject
// that names the group the sanctions statement before put under measures,
// with no count (q is its noun): "The individuals sanctioned today
// include A and B" (a listing participle, perhaps with its time: "on
// Monday", "in 2022"), or "The companies are A, B and C" right after a
// statement on an unnamed counted group ("added three Chinese firms to
// its list"). The verb must open a list of names (namedListHead): not
// "The companies are based in X", "The officials sanctioned on Monday
// are accused of …", nor a name that only qualifies the complement ("The
// firms are Huawei suppliers", "were Rosneft's rivals"). -1 otherwise.
func (x *doc) groupFollowUp(si, q int) int {
	s := &x.sents[si]
	v := q + 1
	listed := v < s.t1 && pronounListings[x.toks[v].lower]
	if listed {
		v++
		if v < s.t1 && dayWords[x.toks[v].lower] {
			v++ // "sanctioned today"
		} else {
			v = x.skipWhen(si, v) // "designated on Monday", "sanctioned in 2022"
		}
	} else if !x.unnamedGroupBefore(si) {
		return -1
	}
	if v+1 >= s.t1 || !listCopulas[x.toks[v].lower] {
		return -1
	}
	if from := v + 1; x.namedListHead(si, from) {
		return from
	}
	return -1
}

// namedListHead reports that a list of names opens at token k: an actor's
// name (or a title and the person it names: "former senator A") that
// ends its noun phrase, since a comma, semicolon, bracket, dash, "and" or
// the end of the sentence follows it. A name followed by a noun or "'s"
// only qualifies another head ("are Gazprom subsidiaries", "are Tatmadaw
// officers", "were Rosneft's rivals"), and a title with no name after it
// names no one ("are former senators who …").
func (x *doc) namedListHead(si, k int) bool {
	s := &x.sents[si]
	mi := x.mentionStartAt(k)
	if mi < 0 && x.tokRole[k] >= 0 {
		k = x.roles[x.tokRole[k]].t1
		if k < s.t1 && x.tokRole[k] >= 0 && x.roles[x.tokRole[k]].tp.title {
			k = x.roles[x.tokRole[k]].t1 // "are deputy minister Col. A"
		}
		if mi = x.mentionStartAt(k); mi >= 0 && !x.isPerson(x.ments[mi].ent) {
			return false
		}
	}
	if mi < 0 || x.ments[mi].weak || !x.isActor(x.ments[mi].ent) {
		return false
	}
	e := x.ments[mi].t1
	if e >= s.t1 {
		return true
	}
	switch t := &x.toks[e]; {
	case t.text == "," || t.text == ";" || t.text == "(" || t.text == "." || t.lower == "and" || isDash(t.text):
		return true
	}
	return false
}

// basisWords may make up the name of the law or programme in a subject's
// "under …" phrase, besides capitalised words and numbers.
var basisWords = set("the", "its", "their", "new", "of", "and", "on")

// pastLegalBasis returns the verb after a subject's "under" phrase at u
// that names the legal basis of the listings: "The listings under the
// Autonomous Sanctions Regulations 2011 include X". The phrase holds
// capitalised words, numbers and a few function words; anything else (a
// comma, a lower-case noun, a clause) gives u, which no follow-up verb
// matches.
func (x *doc) pastLegalBasis(si, u int) int {
	s := &x.sents[si]
	caps := 0
	for r := u + 1; r < s.t1 && r <= u+10; r++ {
		t := &x.toks[r]
		switch {
		case t.cap || t.kind == tkNum:
			caps++
		case t.kind == tkWord && basisWords[t.lower]:
		case caps > 0 && t.kind == tkWord && followUpVerbs[t.lower]:
			return r
		default:
			return u
		}
	}
	return u
}

// pastVerbAdverb returns the token after an adverb that stands before a
// follow-up verb at v ("also", "explicitly", "now"), or v.
func (x *doc) pastVerbAdverb(si, v int) int {
	if v+1 >= x.sents[si].t1 {
		return v
	}
	if l := x.toks[v].lower; auxAdverbs[l] || !x.toks[v].cap && x.tokMent[v] < 0 && x.lx.lyAdverb(l) {
		return v + 1
	}
	return v
}

// lyAdverb reports an adverb made from an ordinary word with "-ly"
// ("expressly", "formally", "heavily", "specifically", "notably"); a
// noun that merely ends in "ly" ("supply", "family", "assembly",
// "rally") has no such word before its ending.
func (lx *lexicon) lyAdverb(w string) bool {
	n := len(w)
	if n <= 4 || !strings.HasSuffix(w, "ly") {
		return false
	}
	switch {
	case lx.isCommon(w[:n-2]): // "formally", "expressly"
		return true
	case strings.HasSuffix(w, "ily") && lx.isCommon(w[:n-3]+"y"): // "heavily"
		return true
	case strings.HasSuffix(w, "ally") && lx.isCommon(w[:n-4]): // "specifically"
		return true
	case strings.HasSuffix(w, "lly") && lx.isCommon(w[:n-1]): // "fully"
		return true
	case (strings.HasSuffix(w, "ably") || strings.HasSuffix(w, "ibly")) && lx.isCommon(w[:n-1]+"e"): // "notably"
		return true
	}
	return false
}

// skipWhen returns the token after a short time phrase at q ("in March",
// "on 12 April", "last year", "in 2022", "on Monday"), or q.
func (x *doc) skipWhen(si, q int) int {
	s := &x.sents[si]
	if q+1 >= s.t1 {
		return q
	}
	switch x.toks[q].lower {
	case "in", "on", "last", "earlier", "this":
	default:
		return q
	}
	r := x.runAfter(si, q, func(t *token, _ int) bool {
		return monthWords[t.lower] || dayWords[t.lower] || t.kind == tkNum || t.lower == "year" || t.lower == "month" || t.lower == "week"
	})
	if r == q+1 || r >= s.t1 {
		return q
	}
	return r
}

// banNouns name a measure that keeps goods, carriers or people out.
var banNouns = set("ban", "bans", "embargo")

// nounBans reads a ban told as a noun whose imposer is its possessor or
// the agent after its object: "Oslo's visa ban on some 300 Belarusian
// officials", "its ban on fish imports from Chile", "a ban on
// imports of Polish pork imposed by Hungary", "the ban on cement exports
// to Nepal that Delhi imposed". The object must name a state by a
// demonym, the supplier of imports or the buyer of exports: a ban on
// smoking or on nickel exports has no target. A ban only planned,
// called for, threatened, lifted or ended gives nothing.
func (x *doc) nounBans(si int) {
	s := &x.sents[si]
	for k := s.t0; k+2 < s.t1; k++ {
		if x.toks[k+1].lower != "on" || x.tokMent[k] >= 0 || !banNouns[x.toks[k].lower] { // "on" first: cheaper than the lookup
			continue
		}
		targets := x.banObject(si, k+1)
		if len(targets) == 0 {
			continue
		}
		np, im := x.banPossessor(si, k)
		if im < 0 {
			np, im = x.articleBefore(si, k), x.banAgentAfter(si, k+2)
		}
		if im < 0 || x.banUnreal(si, np, k) {
			continue
		}
		x.sanctionPairs(si, k, []int{im}, targets, 0.7, 0.6)
	}
}

// banObject returns the states or suppliers named after a ban noun's
// "on" at on: a demonym's goods, carriers or people ("on Danish
// trawlers", "on imports of Polish pork"), the supplier of imports ("on
// fish imports from Chile") or the buyer of exports ("on exports of
// cement to Nepal"). nil for anything else.
func (x *doc) banObject(si, on int) []int {
	if states := x.demonymBan(si, on, true); states != nil {
		return states
	}
	s := &x.sents[si]
	// at most two lower-case words before the trade noun: "food imports"
	r := on + 1
	for r < s.t1 && r < on+3 && x.toks[r].kind == tkWord && !x.toks[r].cap && x.tokMent[r] < 0 &&
		x.toks[r].lower != "imports" && x.toks[r].lower != "exports" {
		r++
	}
	if r+2 >= s.t1 {
		return nil
	}
	switch x.toks[r].lower {
	case "imports":
		from := x.pastImportedGoods(si, r)
		if from == r {
			if x.toks[r+1].lower != "from" {
				return nil
			}
			from = r + 2
		}
		if x.toks[from].lower == "the" {
			from++
		}
		if mi := x.mentionStartAt(from); mi >= 0 && !x.ments[mi].weak && x.isActor(x.ments[mi].ent) {
			return []int{x.ments[mi].ent}
		}
	case "exports":
		if e := x.destinationState(si, r+1); e >= 0 {
			return []int{e}
		}
	}
	return nil
}

// banPossessor returns the first token of a ban noun phrase at k and the
// body owning it: "Oslo's (entry) ban", "its ban" (the subject of the
// clause that holds it, "Moscow answered by extending its ban"). The
// owner must be able to impose; -1 otherwise.
func (x *doc) banPossessor(si, k int) (np, owner int) {
	s := &x.sents[si]
	q := k - 1
	for n := 0; n < 2 && q > s.t0 && x.toks[q].kind == tkWord && !x.toks[q].cap && x.tokMent[q] < 0 && !possDets[x.toks[q].lower]; n++ {
		q-- // "entry", "import", "own"
	}
	if q <= s.t0 {
		return k, -1
	}
	e := -1
	switch {
	case x.toks[q].kind == tkPoss:
		mi := x.mentionEndAt(q - 1)
		if mi < 0 || x.ments[mi].weak {
			return k, -1
		}
		e, q = x.ments[mi].ent, x.ments[mi].t0
	case x.toks[q].lower == "its" || x.toks[q].lower == "their":
		if e, _ = x.subjectOf(si, q-1); e < 0 && x.oneClauseBefore(si, q) {
			e = x.clauseOpener(si, q)
		}
	}
	if !x.frameImposer(e) {
		return k, -1
	}
	return q, e
}

// oneClauseBefore reports no comma, semicolon, "and" or "but" before k in
// sentence si: a clause opener there is the subject of what k belongs to.
func (x *doc) oneClauseBefore(si, k int) bool {
	for q := x.sents[si].t0; q < k; q++ {
		switch x.toks[q].lower {
		case ",", ";", "and", "but":
			return false
		}
	}
	return true
}

// articleBefore returns the article opening the noun phrase of a ban noun
// at k ("a ban", "the travel ban"), or k.
func (x *doc) articleBefore(si, k int) int {
	for q := k - 1; q >= x.sents[si].t0 && q >= k-3 && x.toks[q].kind == tkWord && x.tokMent[q] < 0; q-- {
		if articleLike[x.toks[q].lower] {
			return q
		}
	}
	return k
}

// banAgentAfter returns the body that imposed a ban, named after its
// object from q: "… imposed by Hungary in May", "… that Delhi imposed in
// April", "…, which Oslo introduced". Only the first imposing verb of
// the clause counts, and its agent must be able to impose; -1 otherwise.
func (x *doc) banAgentAfter(si, q int) int {
	s := &x.sents[si]
	for r := q; r+1 < s.t1 && r <= q+18; r++ {
		t := &x.toks[r]
		if t.text == ";" || t.text == ":" || x.lx.speech[t.lower] {
			return -1
		}
		if !x.lx.impose[t.lower] || x.tokMent[r] >= 0 || t.cap {
			continue
		}
		e := -1
		if x.toks[r+1].lower == "by" {
			if by := x.actorsAfterBy(si, r+2); len(by) > 0 {
				e = by[0]
			}
		} else if mi := x.mentionEndAt(r - 1); mi >= 0 && !x.ments[mi].weak && x.ments[mi].t0 > q {
			if w := x.toks[x.ments[mi].t0-1].lower; w == "that" || w == "which" {
				e = x.ments[mi].ent
			}
		}
		if !x.frameImposer(e) {
			return -1
		}
		return e
	}
	return -1
}

// banUnreal reports a ban noun at k (its phrase opening at np) that is
// planned, called for, threatened, denied, lifted or ended: "a proposed
// ban", "vowed to restore its ban", "called for a ban", "want Oslo's
// ban on Danish trawlers lifted".
func (x *doc) banUnreal(si, np, k int) bool {
	s := &x.sents[si]
	for q := np; q < k; q++ {
		if modalMarkers[x.toks[q].lower] {
			return true // "a proposed ban", "a possible ban"
		}
	}
	if np-2 >= s.t0 && x.toks[np-2].lower == "to" && x.toks[np-1].kind == tkWord && !x.toks[np-1].cap {
		return true // "to restore its ban", "to impose a ban": still to come
	}
	for q := np - 1; q >= s.t0 && q >= np-4 && x.toks[q].kind == tkWord && x.tokMent[q] < 0; q-- {
		l := x.toks[q].lower
		if modalMarkers[l] || liftWords[l] && l != "against" || l == "for" && q == np-1 {
			return true
		}
	}
	for q := k + 1; q < s.t1 && q <= k+14; q++ {
		l := x.toks[q].lower
		if l == ";" || l == "but" {
			break
		}
		if liftWords[l] && l != "against" && x.tokMent[q] < 0 {
			return true
		}
	}
	return false
}
