package ingest

import (
	"slices"
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
	cued    bool // a body known only from the words around it (at cuedConf)
	acronym bool
	titled  bool   // preceded by a title ("President Trump")
	speaker bool   // directly before a speech verb
	dead    bool   // absorbed into a longer mention
	prefix  string // a regnal title that is part of a lone name ("King")
	seat    string // a capital used as a place: its state's key
	short   string // a name without its owner ("invasion of X" for "Y's invasion of X"; "Ministry of Foreign Affairs" for a state's): one more alias
	ent     int    // entity index after resolution
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

// orgNouns after a name say what kind of body it is: "the Mercosur
// bloc", "the Azov regiment", "the Wagner group".
var orgNouns = map[string]string{
	"bloc": "international", "alliance": "international", "union": "international", "group": "armed_group",
	"militia": "armed_group", "regiment": "armed_group", "brigade": "armed_group", "battalion": "armed_group",
	"movement": "party", "party": "party", "company": "company", "firm": "company", "bank": "company",
	"lender": "company", "conglomerate": "company", "carrier": "company", "operator": "company",
	"organisation": "organization", "organization": "organization", "think": "organization",
	"bureau": "organization",
}

// firmNouns name a firm's trade before its name: "the exchange house X",
// "the airline Y" (not after it: "Russia's largest LNG exporter").
var firmNouns = set("house", "airline", "shipper", "exporter", "importer", "refiner", "insurer", "manufacturer", "supplier",
	"arm", "subsidiary", "affiliate", "trader", "producer", "contractor", "miner", "charity")

func orgNoun(w string) bool { return orgNouns[w] != "" }

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

// normText collapses internal white space (names may wrap lines). Bytes
// above the space other than 0xC2 (which opens a no-break space) cannot
// start a run to collapse, and they are almost all of a text: they are
// passed over with one test (evidence normalises every sentence that
// carries a relation).
func normText(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c != 0xC2 {
			continue
		}
		if c == '\n' || c == '\t' || c == '\r' || c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0 || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
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
		x.partyPass(si)
		x.rolePass(si)
		x.chunkPass(si)
		x.missionSeats(si)
		x.eventPass(si)
		x.treatySubjects(si)
	}
	x.hyphenPrefixedBodies()
	x.barePostsToSeat()
	x.joinTreatyTitles()
	x.joinNumberedSummits()
	x.joinHostSummits()
	x.joinHeadlineSummits()
	x.unheldHeadlineTalks()
	x.companyShortNames()
	x.acronymsOfLongForms()
	x.bareForeignOrgans()
	x.bareForeignChambers()
	x.bareParliaments()
	x.plainWordSeats()
	x.lowerSurnames()
	x.placeInSurnames()
	x.joinTrailingPatronyms()
	x.placeEvidence()
	x.orgEvidence()
	x.forumBodies()
	x.toldOutlets()
	x.joinInitialNames()
	// order mentions by position and index them by token
	live := x.ments[:0]
	for _, m := range x.ments {
		if m.t1+1 < len(x.toks) && x.toks[m.t1].text == "-" && !x.toks[m.t1].space && (x.toks[m.t1+1].lower == "style" || x.toks[m.t1+1].lower == "like") {
			continue // "(Reuters-style)": a manner, not the body
		}
		if !m.dead {
			live = append(live, m)
		}
	}
	x.ments = live
	sortMentions(x.ments)
	x.joinParticleNames()
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

// acronymsOfLongForms gives a bare acronym the gazetteer knows for some
// other body ("CPC", the Communist Party of China) to the body the
// article names in full with those initials ("the Caspian Pipeline
// Consortium ... the CPC"): the article's own long form is what its
// acronym stands for. The text must tie the two: either the bracket form
// "Long Name (ABC)", or the long form written out before the acronym's
// first use (an acronym used before any long form means the gazetteer's
// body). The well-known bodies (kinds international, court, agency: the
// ICC, the IAEA, the CIA) are named by acronym alone in most articles, so
// they give it up only to the bracket form. Never when the gazetteer's
// body is itself named in full (in more than one word), when two long
// forms fit, or when the long form is only a spelling of the gazetteer's
// own name ("World Health Organisation").
func (x *doc) acronymsOfLongForms() {
	// one pass for the candidates; most articles have none, and the long
	// forms are gathered only when one is found (a long text may hold
	// many acronyms: no pass per acronym)
	var acrs []int
	firstAcr := map[string]int{} // acronym → token of its first use
	for i := range x.ments {
		m := &x.ments[i]
		if !m.dead && m.gzRole >= 0 && m.typ == TypeInstitution && m.t1-m.t0 == 1 && lettersAcronym(x.toks[m.t0].text) {
			acrs = append(acrs, i)
			if f, ok := firstAcr[x.toks[m.t0].text]; !ok || m.t0 < f {
				firstAcr[x.toks[m.t0].text] = m.t0
			}
		}
	}
	if len(acrs) == 0 {
		return
	}
	long := map[string]int{}      // initials → the one long form's mention (-1: two bodies fit)
	firstLong := map[string]int{} // initials → token of the long form's first use
	paren := map[string]bool{}    // initials → the long form is followed by "(ABC)"
	inFull := map[string]bool{}   // acronyms' keys also named in more than one word
	for _, i := range acrs {
		inFull[x.ments[i].key] = false
	}
	for j := range x.ments {
		n := &x.ments[j]
		if n.dead || !x.spansWords(n.t0, n.t1) {
			continue
		}
		if _, ok := inFull[n.key]; ok {
			inFull[n.key] = true
		}
		if n.typ != TypeInstitution || n.gzRole >= 0 || n.t1-n.t0 < 3 {
			continue
		}
		in := initials(n.name)
		if _, ok := firstAcr[in]; !ok {
			continue // no acronym in the text has these initials
		}
		if k, ok := long[in]; ok && (k < 0 || x.ments[k].key != n.key) {
			long[in] = -1
		} else if !ok {
			long[in] = j
		}
		if f, ok := firstLong[in]; !ok || n.t0 < f {
			firstLong[in] = n.t0
		}
		if p := n.t1; p+2 < len(x.toks) && x.toks[p].text == "(" && x.toks[p+1].text == in && x.toks[p+2].text == ")" {
			paren[in] = true
		}
	}
	for _, i := range acrs {
		m := &x.ments[i]
		a := x.toks[m.t0].text
		k, ok := long[a]
		if !ok || k < 0 || inFull[m.key] {
			continue
		}
		if !paren[a] && (m.kind == "international" || m.kind == "court" || m.kind == "agency" || firstLong[a] > firstAcr[a]) {
			continue
		}
		lf := &x.ments[k]
		if spellingOf(lf.name, m.name) {
			continue
		}
		m.typ, m.kind, m.key, m.name, m.conf, m.gzRole = lf.typ, lf.kind, lf.key, lf.name, 0.8, -1
	}
}

// spansWords reports tokens t0..t1 written as more than one word (a space
// inside them): "U.S." or "Asia-Pacific" is one word, however many tokens.
func (x *doc) spansWords(t0, t1 int) bool {
	for k := t0 + 1; k < t1; k++ {
		if x.toks[k].space {
			return true
		}
	}
	return false
}

// spellingOf reports a long form that is the gazetteer's own name in
// British spelling ("World Health Organisation" for "World Health
// Organization"): the same body, not another one with its initials.
func spellingOf(long, gz string) bool {
	if len(long) != len(gz) {
		return false
	}
	return strings.EqualFold(strings.ReplaceAll(long, "isation", "ization"), gz)
}

// lettersAcronym reports three or more upper-case ASCII letters and
// nothing else ("CPC"; not "U.S.", not "G20").
func lettersAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// seatHeads are the heads of a state's or a body's post abroad, which
// news names by the city or country it sits in.
var seatHeads = set("embassy", "mission", "consulate")

// missionSeats joins a post abroad to the place it sits in: "the Ruritanian
// Embassy in Lisbon", "the Union Support Mission in Chad (USMC)". The
// place names which post it is (a state keeps embassies in many cities),
// so it belongs to the name. The place must end the phrase: not
// "the embassy in Lisbon Road" or "in Lisbon's old town".
func (x *doc) missionSeats(si int) {
	s := &x.sents[si]
	toks := x.toks
	for n := len(x.ments) - 1; n >= 0 && x.ments[n].sent == si; n-- {
		m := &x.ments[n]
		if m.dead || m.typ != TypeInstitution || m.kind != "embassy" || !seatHeads[toks[m.t1-1].lower] || m.t1+1 >= s.t1 || toks[m.t1].lower != "in" {
			continue
		}
		g := x.mentionStartingAt(m.t1 + 1)
		if g < 0 || x.gzRunEnd(m.t1+1, s.t1) != x.ments[g].t1 {
			continue
		}
		p := &x.ments[g]
		if e := p.t1; e < s.t1 && (toks[e].cap && toks[e].kind == tkWord || toks[e].kind == tkPoss) {
			continue
		}
		seat := normText(x.spanText(p.t0, p.t1))
		m.name += " in " + seat
		m.key += " in " + strings.ToLower(seat)
		m.t1 = p.t1
		p.dead = true
	}
}

// barePostsToSeat gives a post named without its seat ("the Ruritanian
// Embassy") the key of the one post of that name the article places
// ("the Ruritanian Embassy in Lisbon"). When it places two ("… in Lisbon
// and … in Porto") the bare name cannot tell which, and stays apart.
func (x *doc) barePostsToSeat() {
	var seated map[string]string // bare key → seated key, "" for two seats
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.kind != "embassy" {
			continue
		}
		for k := m.t1 - 2; k > m.t0; k-- {
			if x.toks[k].lower != "in" || !seatHeads[x.toks[k-1].lower] {
				continue
			}
			bare, ok := strings.CutSuffix(m.key, " in "+strings.ToLower(normText(x.spanText(k+1, m.t1))))
			if !ok {
				break
			}
			if seated == nil {
				seated = map[string]string{}
			}
			if prev, seen := seated[bare]; seen && prev != m.key {
				seated[bare] = ""
			} else {
				seated[bare] = m.key
			}
			break
		}
	}
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.kind != "embassy" {
			continue
		}
		if k := seated[m.key]; k != "" {
			m.key = k
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

// joinParticleNames joins an unknown given name to the surname after its
// particles: "Marijke" + "van der" + "Hoeve-Lindqvist" when a longer
// capitalised run before the given name kept them apart.
func (x *doc) joinParticleNames() {
	out := x.ments[:0]
	for i := 0; i < len(x.ments); i++ {
		m := x.ments[i]
		if i+1 < len(x.ments) && m.single && m.typ == "" && m.t1-m.t0 == 1 && x.ments[i+1].sent == m.sent {
			n := &x.ments[i+1]
			k := m.t1
			for k < n.t0 && x.toks[k].kind == tkWord && !x.toks[k].cap && nameParticles[x.toks[k].lower] {
				k++
			}
			if k == n.t0 && k > m.t1 && (n.typ == TypePerson || n.single) && !strings.Contains(n.name, " ") {
				name := normText(x.spanText(m.t0, n.t1))
				n.t0, n.name, n.key, n.typ, n.single, n.gzRole = m.t0, name, "per:"+strings.ToLower(name), TypePerson, false, -1
				if n.conf < 0.7 {
					n.conf = 0.7
				}
				continue
			}
		}
		out = append(out, m)
	}
	x.ments = out
}

// capitalKey returns the key of the state whose capital is named ("LIMA",
// "Phnom Penh"), or "": a dateline the cleaner took off with its date
// still tells where the story was filed.
func (lx *lexicon) capitalKey(name string) string {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return ""
	}
	for _, p := range lx.gz[words[0]] {
		if p.role == gzCapital && p.entry.kind == "state" && slices.Equal(p.toks, words) {
			return p.entry.key
		}
	}
	return ""
}

// partyWords are the adjectives and member nouns of parties in the
// gazetteer, with the party's canonical name in lower case (a key of
// lexicon.orgs).
var partyWords = map[string]string{
	"republican": "republican party", "democrat": "democratic party", "democratic": "democratic party",
	"conservative": "conservative party", "tory": "conservative party", "labour": "labour party",
}

// partyPass reads a party's adjective as the party where it qualifies a
// person: before a title ("Republican senator X", "Conservative MP X"),
// before a full name ("Democrat Temperance Oakes") and after a name in
// apposition (", a Republican from Idaho"). Elsewhere ("Republican
// Guard", "democratic reforms", "a conservative estimate") it is a word.
func (x *doc) partyPass(si int) {
	s := &x.sents[si]
	toks := x.toks
	for i := s.t0; i < s.t1; i++ {
		t := &toks[i]
		if !t.cap || t.upper || x.used[i] {
			continue // both readings need a free capitalised word: most words end here, before any map
		}
		if x.partyPlural(si, i) {
			m := mention{t0: i, t1: i + 1, sent: si, typ: TypeInstitution, kind: "party", key: "org:" + t.lower, name: t.text, conf: 0.75, gzRole: -1}
			if e := x.lx.orgs[partyWords[strings.TrimSuffix(t.lower, "s")]]; e != nil {
				m.typ, m.kind, m.key, m.name, m.gzRole = e.typ, e.kind, e.key, e.canon, gzName // "the Conservatives"
			}
			x.addMention(m)
			continue
		}
		canon, _ := gatedLookup(&partyWordsGate, partyWords, t.lower)
		if canon == "" || x.tc[i] && i == s.t0 && s.heading {
			continue
		}
		if !(x.titleAhead(i+1, s.t1) || x.fullNameAhead(i+1, s.t1) || x.partyAppositive(i, s)) {
			continue
		}
		if e := x.lx.orgs[canon]; e != nil {
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: e.typ, kind: e.kind, key: e.key, name: e.canon, conf: 0.8, gzRole: gzName})
		}
	}
}

// partyPlurals name a party by its members in many countries: "the
// Greens", "the Nationals". One whose member's word partyWords knows is
// that party ("the Conservatives"); any other is its own entity, keyed by
// the word.
var partyPlurals = set("greens", "nationals", "liberals", "socialists", "conservatives")

// partyWordsGate and partyPluralsGate are the gates (see wordGate) of
// partyWords and partyPlurals: partyPass asks both about every free
// capitalised word.
var partyWordsGate, partyPluralsGate = gateOf(partyWords), gateOf(partyPlurals)

// partyForCues come before "for the" when the plural after it is a party:
// a member's role or a candidate's verb ("an MEP for the Greens", "stood
// for the Liberals"). A team's player ("pitched for the Nationals") is
// not one.
var partyForCues = set("mp", "mps", "mep", "meps", "senator", "senators", "candidate", "candidates", "councillor",
	"councillors", "councilor", "councilors", "lawmaker", "lawmakers", "legislator", "legislators", "deputy", "deputies",
	"ran", "runs", "stood", "stands", "voted", "votes", "campaigned", "campaigns")

// partyOfCues come before "of the" when the plural after it is a party:
// "a member of the Greens", "the leader of the Liberals".
var partyOfCues = set("member", "members", "leader", "leaders", "co-leader", "mp", "mep", "senator", "councillor",
	"councilor", "lawmaker", "legislator", "deputy")

// partyPlural reports a partyPlurals word at i that names the party: a
// member's title and name follow ("Greens senator Ada Holm"; in "the
// Nationals MP said" the speaker is the MP, left to the role), a
// partyForCues word stands before "for the" ("an MEP for the Greens"),
// or "of the" follows a member's name or a partyOfCues word ("Ada Holm of
// the Greens") or opens an apposition the word ends ("X, of the
// Nationals, said"). "a photo of the Greens outside their farm" is a
// family. A capitalised word before it, even at a sentence's start,
// makes it part of another name ("Specially Designated Nationals",
// "Kestova Nationals coach").
func (x *doc) partyPlural(si, i int) bool {
	s := &x.sents[si]
	toks := x.toks
	t := &toks[i]
	if !t.cap || t.upper || x.used[i] || !partyPluralsGate.may(t.lower) || !partyPlurals[t.lower] || s.heading || i-1 >= s.t0 && toks[i-1].cap && toks[i-1].kind == tkWord {
		return false
	}
	if x.titleAhead(i+1, s.t1) && i+2 < s.t1 && toks[i+2].cap && toks[i+2].kind == tkWord {
		return true
	}
	if i-3 < s.t0 || toks[i-1].lower != "the" || i+1 < s.t1 && toks[i+1].cap {
		return false
	}
	switch toks[i-2].lower {
	case "for":
		return partyForCues[toks[i-3].lower]
	case "of":
		p := &toks[i-3]
		return p.text == "," && (i+1 >= s.t1 || toks[i+1].kind == tkPunct) || p.kind == tkWord && (p.cap && i-3 > s.t0 || partyOfCues[p.lower])
	}
	return false
}

// partyAppositive reports a party's word at i in ", a Republican from
// Idaho" after a name. A body after it ("a Democrat who sits on the
// Appropriations Committee") leaves the word to the role pass, which ties the
// member to that body.
func (x *doc) partyAppositive(i int, s *sentence) bool {
	toks := x.toks
	if i-2 < s.t0 || toks[i-2].text != "," || toks[i-1].lower != "a" && toks[i-1].lower != "an" || toks[i-1].cap {
		return false
	}
	if i+1 < s.t1 {
		switch toks[i+1].lower {
		case "on", "of", "at", "with", "for", "in":
			return false
		}
	}
	return true
}

// titleAhead reports a title that may stand before a name at token k.
func (x *doc) titleAhead(k, end int) bool {
	if k >= end || x.toks[k].kind != tkWord {
		return false
	}
	for _, tp := range x.lx.titles[x.toks[k].lower] {
		if tp.title && !tp.honor && len(tp.toks) == 1 {
			return true
		}
	}
	return false
}

// fullNameAhead reports two capitalised words from k that are no ordinary
// words, the first shaped like a given name: "Temperance Oakes".
func (x *doc) fullNameAhead(k, end int) bool {
	if k+1 >= end || !(x.lx.first[x.toks[k].lower] || x.givenShaped(k)) {
		return false
	}
	n := &x.toks[k+1]
	return n.kind == tkWord && n.cap && !x.isCommon(n.lower) && !x.used[k] && !x.used[k+1]
}

// orgApposNouns head an apposition that describes a body, never a
// person: "X, a Gaborone engineering firm", "X, the yard that …".
var orgApposNouns = set("company", "firm", "corporation", "conglomerate", "group", "coalition", "consortium",
	"association", "alliance", "federation", "cooperative", "subsidiary", "affiliate", "utility",
	"shipyard", "yard", "startup", "lender", "bank", "insurer", "carrier", "airline", "charity", "ngo",
	"foundation", "organisation", "organization", "platform", "network", "outlet", "newspaper", "broadcaster",
	"agency", "operator", "manufacturer", "maker", "carmaker", "shipbuilder", "distributor", "retailer", "chain",
	"fund", "consultancy", "importer", "refiner", "supplier", "wholesaler", "processor", "partnership",
	"cartel", "institute", "tank", "watchdog", "regulator", "plant", "mill", "factory", "refinery", "app",
	"website", "portal", "magazine", "weekly", "channel", "station", "publisher", "brand", "holding", "venture",
	"unit", "monthly", "union", "campaign", "movement", "club", "outfit")

// personOrgNouns head appositions of bodies and of people alike ("a cocoa
// trader", "a film producer"): they describe a body only with a body's
// relative ("that", "which", "whose") or a "-based" / "-owned" modifier.
var personOrgNouns = set("trader", "producer", "contractor", "developer", "owner", "miner", "shipowner", "builder",
	"grower", "exporter", "dealer", "seller", "buyer", "investor", "lobby")

// orgRelatives open a relative clause about a thing, not a person.
var orgRelatives = set("that", "which", "whose")

// apposStops end the noun phrase of an apposition.
var apposStops = set("that", "which", "whose", "who", "with", "of", "in", "at", "for", "from", "on", "to", "and",
	"since", "until", "by", "under", "whom", "where", "when", "said", "says")

// apposHead reads the apposition right after a name ending at b: ", a
// Bergen-based salmon farming company that …" gives the head noun
// ("company"), the word that ended the phrase ("that") and whether a
// "-based" / "-owned" modifier stood in it. The head is "" when there is
// no apposition.
func (x *doc) apposHead(s *sentence, b int) (head, stop string, owned bool) {
	toks := x.toks
	if b+2 >= s.t1 || toks[b].text != "," {
		return "", "", false
	}
	switch toks[b+1].lower {
	case "a", "an", "the":
	default:
		return "", "", false
	}
	for q := b + 2; q < s.t1 && q < b+10; q++ {
		t := &toks[q]
		if t.kind == tkPoss {
			head = "" // "the ferry line's chief engineer": the owner is no head
			continue
		}
		if t.kind != tkWord && t.text != "-" || apposStops[t.lower] && !t.cap {
			stop = t.lower
			break
		}
		if t.kind == tkWord {
			if q-2 > b && toks[q-1].text == "-" {
				switch t.lower {
				case "based", "owned", "backed", "run", "listed", "controlled", "funded":
					owned = true
				}
			}
			head = t.lower
		}
	}
	return head, stop, owned
}

// orgAppositive reports an apposition right after a name ending at b
// whose noun is a body: ", a Bergen-based salmon farming company",
// ", the company that runs …", ", a coalition of 22 associations". A person's
// role in the same place ("a former engineer at X", "a cocoa trader
// who") says nothing.
func (x *doc) orgAppositive(s *sentence, b int) bool {
	head, stop, owned := x.apposHead(s, b)
	if head == "" || stop == "who" || stop == "whom" {
		return false
	}
	return orgApposNouns[head] || personOrgNouns[head] && (orgRelatives[stop] || owned)
}

// personAppositive reports an apposition right after a name ending at b
// that gives a person's role ("a fisheries inspector") or a "who" clause.
func (x *doc) personAppositive(s *sentence, b int) bool {
	head, stop, _ := x.apposHead(s, b)
	return head != "" && (len(x.lx.titles[head]) > 0 || stop == "who")
}

// corpPossessions follow a body's possessive and never a person's: "X's
// chief executive", "X's shareholders", "X's parent company".
var corpPossessions = set("chairman", "chairwoman", "ceo", "shareholders", "board", "subsidiary", "subsidiaries",
	"headquarters", "employees", "workforce", "factory", "factories", "founder", "parent", "trawlers", "fleet", "chief")

// orgPossessive reports a body's possession right after [a, b): "X's
// chairman", "X's chief executive" (not "X's chief of staff").
func (x *doc) orgPossessive(s *sentence, b int) bool {
	toks := x.toks
	if b+1 >= s.t1 || toks[b].kind != tkPoss || !corpPossessions[toks[b+1].lower] {
		return false
	}
	return toks[b+1].lower != "chief" || b+2 < s.t1 && (toks[b+2].lower == "executive" || toks[b+2].lower == "executives")
}

// orgEvidence types as bodies the names recognised only by their shape
// (no given name, title, role or he/she: a person needs positive
// evidence) that the article describes as a body somewhere: an
// apposition whose noun is a firm, group or platform, or a possessive
// only bodies have. Every mention of the name changes with it; a lone
// word that is the first word of a body named in full joins that body.
func (x *doc) orgEvidence() {
	x.retypeShaped(func(s *sentence, m *mention) bool {
		return x.orgAppositive(s, m.t1) || x.orgPossessive(s, m.t1) || x.orgBefore(s, m) || x.orgRelative(s, m.t1)
	}, x.retypeAsBody)
}

// firmRelativeVerbs, in the present tense right after ", which", say what
// a firm does: "X, which operates the pipeline", "X, which owns the
// refinery". A person takes "who"; ", which" after a person's name is
// about the event just told and is in the past ("met X, which was their
// first meeting").
var firmRelativeVerbs = set("operates", "owns", "runs", "makes", "produces", "manufactures", "supplies", "exports",
	"imports", "ships", "sells", "builds", "employs", "manages", "refines", "mines", "processes", "distributes",
	"transports", "insures", "leases", "charters", "markets", "trades", "controls")

// firmPassives after ", which is" / ", which was" say how a firm is
// held or placed: "X, which is owned by …", "X, which is based in …".
var firmPassives = set("owned", "based", "headquartered", "registered", "listed", "controlled", "incorporated",
	"operated", "majority-owned", "state-owned", "domiciled")

// eventObjects after ", which makes", ", which runs" or ", which is
// based" make the clause about the event just told, which may follow a
// person's name: "the prize went to X, which makes her the first …",
// "promoted X, which runs counter to …", "X, which is based on …".
var eventObjects = set("it", "her", "him", "them", "this", "that", "us", "me", "counter", "contrary", "sense",
	"on", "upon", "up")

// orgRelative reports a relative clause only a firm takes right after a
// name ending at b: ", which operates …", ", which is owned by …"
// (round 36: foreign firm names without a firm word, "Ibergas Transporte",
// were read as people by their shape).
func (x *doc) orgRelative(s *sentence, b int) bool {
	toks := x.toks
	if b+2 >= s.t1 || toks[b].text != "," || toks[b+1].lower != "which" {
		return false
	}
	v := toks[b+2].lower
	if firmRelativeVerbs[v] {
		return b+3 >= s.t1 || !eventObjects[toks[b+3].lower]
	}
	return (v == "is" || v == "was") && b+4 < s.t1 && firmPassives[toks[b+3].lower] && !eventObjects[toks[b+4].lower]
}

// toldOutlets types as media outlets the names recognised only by their
// shape that the article says someone "told": "told Kestova 24 on
// Friday", "told Dravoska afterwards that". A person told something is
// named with a given name, a title or in full ("told Ana Lopez", "told
// Tamsin Orrell"), by the surname of a person named in full (however
// weakly typed: the lexicon may not know "Tamsin") or by the name of a
// person titled elsewhere ("Senator Orrell ... told Orrell"); a lone word
// that is none of these, or a name with a channel number, is the outlet
// that took the statement. The number belongs to the name. The article's
// own publisher (its name stands on the masthead or a notice at the foot
// the cleaner dropped) is left out: a self-reference names no party to
// the story.
func (x *doc) toldOutlets() {
	var found map[string]string
	var people map[string]bool
	for i := range x.ments {
		m := &x.ments[i]
		s := &x.sents[m.sent]
		if m.t0-1 < s.t0 || x.toks[m.t0-1].lower != "told" || s.heading || s.table {
			continue
		}
		lone := x.loneOutletShape(m)
		if !lone && !x.shapeOnly(m) && !x.placeShape(m) {
			continue
		}
		if people == nil {
			people = x.toldPeople()
		}
		if people[strings.ToLower(m.name)] {
			continue
		}
		b := m.t1
		if x.channelNumber(s, b) {
			b++ // "Kestova 24"
		}
		if b == m.t1 && !lone || !x.toldBefore(s, m.t0, b) {
			continue // a place or a name of two words without a number
		}
		name := normText(x.spanText(m.t0, b))
		if x.publisherNamed(name) {
			continue
		}
		if lone || x.shapeOnly(m) {
			if found == nil {
				found = map[string]string{}
			}
			found[strings.ToLower(m.name)] = name
		}
		for k := m.t1; k < b; k++ {
			x.used[k] = true
		}
		m.t1 = b
		x.retypeAsOutlet(m, name)
	}
	if found == nil {
		return
	}
	for i := range x.ments {
		m := &x.ments[i]
		if !x.loneOutletShape(m) {
			continue
		}
		if name, ok := found[strings.ToLower(m.name)]; ok {
			x.retypeAsOutlet(m, name)
		}
	}
}

// loneOutletShape reports a mention that may name an outlet after "told"
// by itself: a shape-only name of one word that is not a role's plural
// ("told MPs"), or an acronym the lexicon does not know ("told KRV") that
// is not a plural ("told NGOs"). Other mentions of the same name follow
// it. A person's name is toldPeople's test.
func (x *doc) loneOutletShape(m *mention) bool {
	if !(m.acronym && m.typ == "" && m.t1-m.t0 == 1) && !(x.shapeOnly(m) && !x.spacedWords(m.t0, m.t1)) {
		return false
	}
	w := x.toks[m.t0].text
	if n := len(w); n > 2 && w[n-1] == 's' && w[n-2] >= 'A' && w[n-2] <= 'Z' {
		return false // "NGOs"
	}
	return len(x.lx.titles[strings.TrimSuffix(x.toks[m.t0].lower, "s")]) == 0
}

// placeShape reports a state's or place's name the gazetteer took, which
// names a broadcaster only with a channel number after it ("told Tarnia
// 24"). Only that mention changes.
func (x *doc) placeShape(m *mention) bool {
	return m.gzRole >= 0 && !m.dead && (m.kind == "state" || m.typ == TypePlace)
}

// toldPeople returns, in lower case, the names toldOutlets leaves to
// people: the last word of every person named in two or more words,
// however weakly typed, and the name of every person with a title.
func (x *doc) toldPeople() map[string]bool {
	people := map[string]bool{}
	for i := range x.ments {
		p := &x.ments[i]
		if p.typ != TypePerson || p.dead {
			continue
		}
		if p.titled {
			people[strings.ToLower(p.name)] = true
		}
		if k := strings.LastIndexByte(p.name, ' '); k >= 0 && p.t1-p.t0 > 1 && p.conf > 0 {
			people[strings.ToLower(p.name[k+1:])] = true
		}
	}
	return people
}

// channelNumberNext are the words that may follow a channel's number:
// "told Kestova 24 on Friday", "told Tarnia 1 that". A unit ("told Orrell
// 24 hours before") makes the number a quantity.
var channelNumberNext = set("that", "on", "in")

// channelNumber reports a channel's number at b, right after a name: a
// short number followed by punctuation or a channelNumberNext word.
func (x *doc) channelNumber(s *sentence, b int) bool {
	toks := x.toks
	if b+1 >= s.t1 || toks[b].kind != tkNum || !toks[b].space || len(toks[b].text) > 3 {
		return false
	}
	return toks[b+1].kind == tkPunct || channelNumberNext[toks[b+1].lower]
}

// retypeAsOutlet makes m the media outlet name.
func (x *doc) retypeAsOutlet(m *mention, name string) {
	m.typ, m.kind, m.single, m.conf, m.name, m.gzRole, m.acronym = TypeInstitution, "media", false, cuedConf, name, -1, false
	m.key = lowerKey("org:", name)
}

// toldBefore reports "told" right before a name [a, b) that ends its
// phrase: a lower-case word or punctuation follows, not more of a name,
// a number or a possessive ("told Dravoska's lawyers").
func (x *doc) toldBefore(s *sentence, a, b int) bool {
	toks := x.toks
	if a-1 < s.t0 || b < s.t1 && (toks[b].cap || toks[b].kind == tkPoss || toks[b].kind == tkNum || toks[b].text == "-") {
		return false
	}
	return toks[a-1].lower == "told"
}

// publisherNamed reports a name that stands, as whole words, on a line
// the cleaner dropped for naming the publisher (doc.masthead): the
// masthead or site name above the headline, a rights or contacts notice
// at the foot. The masthead is short, so the test costs little.
func (x *doc) publisherNamed(name string) bool {
	return x.masthead != "" && wholeWordIn(x.masthead, strings.ToLower(name))
}

// wordByte reports a byte that may continue a word: an ASCII letter or
// digit, or any byte of a multi-byte rune.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// placeEvidence types as places the names recognised only by their shape
// that the article places somewhere by a place noun: "the town of X",
// "the X checkpoint". Small towns and border posts are not in the
// gazetteer and their names look like people's; one cue retypes every
// mention ("traders at X said" elsewhere). It runs before orgEvidence:
// "the X crossing" is no body.
func (x *doc) placeEvidence() {
	x.retypeShaped(x.placeCue, func(m *mention) {
		m.typ, m.kind, m.single, m.conf = TypePlace, "place", false, 0.7
		m.key = lowerKey("pl:", m.name)
	})
	x.placeByPosition()
}

// retypeShaped applies retype to every mention typed by its shape alone
// whose name has cue at one of its mentions, except a lone word that ends
// the name of a person written in full ("Banda" of "Joyce Banda").
func (x *doc) retypeShaped(cue func(*sentence, *mention) bool, retype func(*mention)) {
	var found map[string]bool
	for i := range x.ments {
		m := &x.ments[i]
		if !x.shapeOnly(m) || !cue(&x.sents[m.sent], m) {
			continue
		}
		if found == nil {
			found = map[string]bool{}
		}
		found[strings.ToLower(m.name)] = true
	}
	if found == nil {
		return
	}
	for i := range x.ments {
		if m := &x.ments[i]; x.shapeOnly(m) && found[strings.ToLower(m.name)] && !x.surnameOfPerson(m) {
			retype(m)
		}
	}
}

// placeOfNouns name a settlement before "of": "the port of X", "the
// border town of X". Regions and provinces are left out: their
// governments act ("the region of X signed").
var placeOfNouns = set("town", "village", "city", "port", "district", "municipality", "neighbourhood", "neighborhood",
	"hamlet", "township", "settlement", "suburb", "commune")

// crossingNouns name a border post after its place: "the X crossing",
// "the X checkpoint", or before "at": "the crossing at X".
var crossingNouns = set("crossing", "crossings", "checkpoint", "checkpoints", "neighbourhood", "neighborhood")

// placeCue reports a place noun around m: "town of X", "crossing at X",
// or after "the X" (or "the X and Y"): "crossing", "checkpoint",
// "border post". The article keeps "saw X crossing the river" a person.
func (x *doc) placeCue(s *sentence, m *mention) bool {
	toks := x.toks
	a, b := m.t0, m.t1
	if b < s.t1 && toks[b].kind == tkPoss {
		return false // "the checkpoint near Ilse Marten's farm"
	}
	if a-2 >= s.t0 && !toks[a-2].cap {
		switch toks[a-1].lower {
		case "of":
			return placeOfNouns[toks[a-2].lower]
		case "at", "near":
			return crossingNouns[toks[a-2].lower] || toks[a-2].lower == "post" && a-3 >= s.t0 && toks[a-3].lower == "border"
		}
	}
	if a-1 < s.t0 || toks[a-1].lower != "the" {
		return false
	}
	if b+1 < s.t1 && (toks[b].lower == "and" || toks[b].text == ",") && toks[b+1].cap {
		b++ // "the X and Y crossings": skip Y
		for b < s.t1 && b < m.t1+5 && toks[b].cap {
			b++
		}
	}
	if b >= s.t1 || toks[b].cap {
		return false
	}
	if toks[b].lower == "border" && b+1 < s.t1 {
		b++ // "the X border post", "the X border crossing"
		return crossingNouns[toks[b].lower] || toks[b].lower == "post" || toks[b].lower == "posts"
	}
	return crossingNouns[toks[b].lower]
}

// orgBefore reports words right before a name of two or more words that
// only a body takes: the article ("the Vardo Narodna Stranka": parties
// and firms named in other languages; a person is "the late X" or titled)
// or the words bodyWordsBefore knows. A lone word keeps its person
// reading: "the Smith family", "investor Smith".
func (x *doc) orgBefore(s *sentence, m *mention) bool {
	a := m.t0
	if a-1 < s.t0 || !x.spacedWords(a, m.t1) {
		return false
	}
	if x.toks[a-1].lower == "the" {
		if x.venueAt(s, a) {
			return false
		}
		return !x.nounAfterName(s, m.t1)
	}
	return x.bodyWordsBefore(s, a)
}

// workAtWords before "at the" say that someone works, studies or holds
// money there, or name a body's own business (a vote, a hearing,
// trading), which makes the name after it a body: "worked at the X", "a
// job at the X", "the vote at the X", "trading at the X". Teaching,
// serving or training there is work too ("who teaches at the X", "serves
// at the X"); "served" is left out, for "drinks were served at the X"
// names a venue.
var workAtWords = set("work", "works", "worked", "working", "job", "jobs", "post", "posts", "role", "stint", "career",
	"employed", "employee", "employees", "staff", "studied", "study", "studies", "student", "students", "stake",
	"shares", "shareholder", "shareholders", "investor", "investors", "intern", "internship", "trainee", "vote",
	"votes", "voting", "debate", "debates", "hearing", "hearings", "session", "sessions", "trading", "traded",
	"listing", "listed", "ruling", "case", "cases", "trial", "deposits", "account", "accounts", "loan", "loans",
	"teaches", "taught", "teaching", "lectures", "lectured", "lecturing", "serves", "serving", "volunteers",
	"volunteered", "volunteering", "based", "trained", "enrolled")

// venueAt reports "at the" before a name at a that no role or work word
// leads to: "told reporters at the X", "talks at the X", "laid a wreath
// at the X" say where something took place, and the name is a building
// or a site, not a body (round 36: palaces, halls and ministries'
// buildings typed as companies in 8 dev sets). "an economist at the X"
// (bodyWordsBefore) and "worked at the X" keep the body.
func (x *doc) venueAt(s *sentence, a int) bool {
	if a-3 < s.t0 || x.toks[a-2].lower != "at" || workAtWords[x.toks[a-3].lower] || x.toks[a-3].kind != tkWord {
		return false
	}
	return !x.bodyWordsBefore(s, a)
}

// bodyWordsBefore reports words right before a name at a that only a body
// takes: a role and "of"/"at" ("managing director of X", "an economist at
// the X"), or a body or trade noun ("laser maker X", "the consultancy X",
// "a port operator, X").
func (x *doc) bodyWordsBefore(s *sentence, a int) bool {
	toks := x.toks
	p := a - 1
	if p-1 >= s.t0 && toks[p].lower == "the" && (toks[p-1].lower == "at" || toks[p-1].lower == "of" || headsVerbs[toks[p-1].lower]) {
		p-- // "president of the X", "who chairs the X"
	}
	if p-1 < s.t0 {
		return false
	}
	switch w := &toks[p]; {
	case w.lower == "at" || w.lower == "of":
		// (not a verb: "hoped to host at X")
		return !toks[p-1].cap && len(x.lx.titles[toks[p-1].lower]) > 0 && (p-2 < s.t0 || toks[p-2].lower != "to") ||
			w.lower == "at" && x.deskBefore(s, p)
	case headsVerbs[w.lower] && toks[p-1].lower == "who":
		return true
	case w.text == ",":
		p--
	}
	w := &toks[p]
	return !w.cap && (orgApposNouns[w.lower] || firmNouns[w.lower] || strings.HasSuffix(w.lower, "maker"))
}

// headsVerbs say that a person runs a body: "Lena Voss, who chairs the
// Tarn Valley Growers Board, said"; only after "who", so that "Voss leads
// the Kestova Open by two strokes" names no body. They are the
// present-tense clauseVerbs of a head, chair or director ("holds" mostly
// holds a post or a record, not a body).
var headsVerbs = func() map[string]bool {
	m := map[string]bool{}
	for v, role := range clauseVerbs {
		if strings.HasSuffix(v, "s") && v != "holds" && (role == "head" || role == "chair" || role == "director") {
			m[v] = true
		}
	}
	return m
}()

// notBodyEnds end names the cues before a run also precede but that name
// no body: laws ("who leads the X Act through the house"). Waterside
// places ("head of logistics at X Harbour") end in venueHeads and are
// places before the cues are read.
var notBodyEnds = set("act", "bill", "law", "code", "directive", "amendment")

// contestHeads end the names of races, tournaments and festivals, events
// that eventHeads leaves out and that a person also runs or leads: "who
// runs the Kestova Marathon" names no body.
var contestHeads = set("marathon", "race", "open", "tournament", "festival", "regatta", "rally", "derby", "classic", "championships", "fair")

// deskBefore reports a role with its desk before "at" at p: "head of grain
// procurement at X", "director of audit at the X". The desk is one to
// three lower-case words that are no role themselves.
func (x *doc) deskBefore(s *sentence, p int) bool {
	toks := x.toks
	for q := p - 1; q-1 >= s.t0 && q >= p-4; q-- {
		t := &toks[q]
		if t.kind != tkWord || t.cap {
			return false
		}
		if t.lower == "of" {
			return q < p-1 && !toks[q-1].cap && len(x.lx.titles[toks[q-1].lower]) > 0
		}
		if len(x.lx.titles[t.lower]) > 0 {
			return false
		}
	}
	return false
}

// cuedConf is the confidence of a body known only from the words around
// it. Such a mention is marked cued, and companyShortNames may give it to
// the firm it opens.
const cuedConf = 0.65

// bodyCueAt reports evidence around the capitalised run [a, b) that it
// names a body, for a run the person reading would cut or drop because it
// holds ordinary words ("the consultancy Tembeni Capital Partners") or is
// an acronym the lexicon does not know ("a professor at ZELKOV"): the
// words before it (bodyWordsBefore) or a body's apposition or possessive
// after it (", a logging company", "'s chief executive"). Headings and
// table rows give no cue.
func (x *doc) bodyCueAt(s *sentence, a, b int) bool {
	if s.heading || s.table {
		return false
	}
	return x.bodyWordsBefore(s, a) || x.orgAppositive(s, b) || x.orgPossessive(s, b)
}

// cuedBody adds the capitalised run [a, b) as a body when bodyCueAt finds
// evidence for it and the person reading would lose it: a run of up to
// five words with a name in it and an ordinary word that would be cut
// ("Kestrel Pine Research" → "Kestrel Pine"; a lower-case hyphen half
// stays with its word), or one word in capitals or
// camel case ("FRAMEA", "ProVerde") that no gazetteer entry took. A run
// opening with a given name stays a person's ("an analyst at Grace
// Park"); runs of proper words alone are orgEvidence's.
func (x *doc) cuedBody(si, a, b int) bool {
	s := &x.sents[si]
	toks := x.toks
	for b > a && toks[b-1].kind != tkWord {
		b--
	}
	for b+1 < s.t1 && toks[b].text == "-" && !toks[b].space && !toks[b+1].space && toks[b+1].kind == tkWord && !toks[b+1].cap {
		b += 2 // "Dairy Co-operative"
	}
	if b+1 < s.t1 && toks[b].text == "&" && !x.lx.first[toks[b+1].lower] {
		// "Tarn Milling & Grains Ltd": the firm goes on after the
		// ampersand to the end of the capitalised run, but not into a
		// person's name ("Tarn Milling & Eva Lund")
		e := b + 1
		for e < s.t1 && toks[e].cap && toks[e].kind == tkWord && !x.used[e] {
			e++
		}
		if e > b+1 {
			b = e
		}
	}
	if a >= b || x.lx.first[toks[a].lower] || x.spacedCount(a, b) > 5 || notBodyEnds[toks[b-1].lower] || eventHeads[toks[b-1].lower] != "" || contestHeads[toks[b-1].lower] {
		return false
	}
	kind := "company"
	switch {
	case b-a == 1 && oddCase(toks[a].text):
		kind = "organization"
	case !x.spacedWords(a, b) || !x.hasProperModifier(a, b) || !x.commonIn(a, b):
		return false
	}
	if !x.bodyCueAt(s, a, b) {
		return false
	}
	name := normText(x.spanText(a, b))
	x.addMention(mention{t0: a, t1: b, sent: si, typ: TypeInstitution, kind: kind, key: lowerKey("org:", name), name: name, conf: cuedConf, cued: true, acronym: b-a == 1, gzRole: -1})
	return true
}

// oddCase reports a word of two to seven letters all in capitals
// ("ZELKOV") or of up to twelve letters with a capital after a
// lower-case letter ("ProVerde", "BelNA"): shapes of acronyms and
// brands, not of people's names.
func oddCase(w string) bool {
	if len(w) < 2 || len(w) > 12 {
		return false
	}
	upper, lowerSeen, capAfterLower := 0, false, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
			capAfterLower = capAfterLower || lowerSeen
		case c >= 'a' && c <= 'z':
			lowerSeen = true
		default:
			return false
		}
	}
	return capAfterLower || !lowerSeen && upper <= 7
}

// spacedCount counts the words of [a, b) apart from hyphens: "Dairy
// Co-operative" is two.
func (x *doc) spacedCount(a, b int) int {
	n := 1
	for k := a + 1; k < b; k++ {
		if x.toks[k].space {
			n++
		}
	}
	return n
}

// commonIn reports an ordinary word in [a, b).
func (x *doc) commonIn(a, b int) bool {
	for k := a; k < b; k++ {
		if x.toks[k].kind == tkWord && x.isCommon(x.toks[k].lower) {
			return true
		}
	}
	return false
}

// spacedWords reports two or more words in [a, b) apart from hyphens:
// "Zimin-Lavrentyev" is one surname, "Nordhavn Agro" two words.
func (x *doc) spacedWords(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if x.toks[k].space {
			return true
		}
	}
	return false
}

// nounAfterName reports a lower-case place, thing or event noun right
// after a name ending at b: in "the El Mirador palace" or "the Santa Rosa
// massacre" the article belongs to the noun, not to the name.
func (x *doc) nounAfterName(s *sentence, b int) bool {
	if b >= s.t1 || x.toks[b].cap {
		return false
	}
	w := x.toks[b].lower
	_, ev := eventHeads[w]
	return ev || venueHeads[w] || thingNouns[w]
}

// shapeOnly reports a live mention typed a person (or left a surname
// candidate) by its shape alone.
func (x *doc) shapeOnly(m *mention) bool {
	if m.dead || m.gzRole >= 0 || m.titled || m.acronym || m.prefix != "" {
		return false
	}
	return m.typ == TypePerson && m.conf <= 0.6 || m.typ == "" && m.single
}

// surnameOfPerson reports a lone word that ends a person's name written
// in full elsewhere ("Banda" of "Joyce Banda"): it stays that person.
func (x *doc) surnameOfPerson(m *mention) bool {
	return m.single && x.personNameEnds(m.name, 0.6)
}

// personNameEnds reports a person's name of two or more tokens, typed with
// a confidence above minConf, that ends in the word name.
func (x *doc) personNameEnds(name string, minConf float64) bool {
	tail := " " + name
	for i := range x.ments {
		p := &x.ments[i]
		if p.typ == TypePerson && !p.dead && p.t1-p.t0 > 1 && p.conf > minConf && hasSuffixFold(p.name, tail) {
			return true
		}
	}
	return false
}

// hasSuffixFold reports s ending in suffix, ignoring case, without the
// copies strings.ToLower makes (it runs for every pair of mentions).
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// retypeAsBody makes m a company, or the body named in full whose first
// word it is ("Qorvath" for "Qorvath Mining Holdings").
func (x *doc) retypeAsBody(m *mention) {
	m.typ, m.kind, m.single, m.conf, m.cued = TypeInstitution, "company", false, cuedConf, true
	m.key = lowerKey("org:", m.name)
	if m.t1-m.t0 != 1 {
		return
	}
	for i := range x.ments {
		o := &x.ments[i]
		if o.typ == TypeInstitution && !o.dead && o.gzRole < 0 && o.t1-o.t0 > 1 && x.toks[o.t0].lower == x.toks[m.t0].lower {
			m.key, m.name, m.kind = o.key, o.name, o.kind
			return
		}
	}
}

// joinInitialNames gives "D. Marsk" the entity of the one person named in
// full with that initial and surname ("Dana Marsk"); two such people
// ("Dana" and "Dmitri Marsk") leave the initial form alone.
func (x *doc) joinInitialNames() {
	toks := x.toks
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypePerson || m.t1-m.t0 != 3 || len(toks[m.t0].text) != 1 || !toks[m.t0].cap || toks[m.t0+1].text != "." {
			continue
		}
		var full *mention
		for j := range x.ments {
			p := &x.ments[j]
			if p.dead || p.typ != TypePerson || p.t1-p.t0 < 2 || len(toks[p.t0].text) < 2 || toks[p.t0].text[0] != toks[m.t0].text[0] || toks[p.t1-1].lower != toks[m.t1-1].lower {
				continue
			}
			if full != nil && full.key != p.key {
				full = nil
				break
			}
			full = p
		}
		if full != nil {
			m.key, m.name = full.key, full.name
		}
	}
}
