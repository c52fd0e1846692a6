package ingest

import (
	"bufio"
	"embed"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// The gazetteers are general knowledge kept as data so that they can be
// reviewed and extended without touching code. Nothing in them is taken
// from particular articles.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// gazetteer roles: how a matched phrase refers to its entity.
const (
	gzName    = iota // the entity's own name or alias
	gzDemonym        // "Russian": an adjective naming a state
	gzCapital        // "Moscow": a capital, the state when it acts
	gzSeat           // "Kremlin": a seat of government, always the state
)

// usKey is the resolution key of the United States, which several rules
// single out (the SDN list's keeper, the home of a bare "Senate" or
// "Treasury").
const usKey = "st:united states"

// gzEntry is one thing a gazetteer knows.
type gzEntry struct {
	canon string // canonical name
	typ   string // TypeInstitution, TypeEvent or TypePlace
	kind  string // state, agency, media, …
	key   string // resolution key shared by all its phrases
}

// gzPhrase is one way of writing a gazetteer entry, tokenised.
type gzPhrase struct {
	toks    []string // lower-cased tokens
	surface string
	entry   *gzEntry
	role    int
	exact   bool // all-capital short form: the text must be in capitals too
	upFirst bool // "US Senate": the first word must be in capitals ("told us Senate ..." is no body)
	common  bool // a single ordinary word ("Shell"): needs a capital outside headings
}

// titlePhrase is a role or title ("deputy foreign minister").
type titlePhrase struct {
	toks    []string
	phrase  string
	title   bool   // may stand before a name
	honor   bool   // honorific only, not an affiliation role
	occup   bool   // occupational, needs an explicit institution
	diplo   bool   // "to X" names the host country
	implied string // institution implied by the role
	named   bool   // the implied state only when the text names it
	bare    bool   // the implied body only for the title standing alone
	state   bool   // implied names a state (countries.txt), set at load
}

type lexicon struct {
	gz        map[string][]*gzPhrase // by first token, longest first
	titles    map[string][]*titlePhrase
	first     map[string]bool // given names, lower-case
	female    map[string]bool // given names that are usually women's
	common    map[string]bool
	speech    map[string]bool
	speechWk  map[string]bool
	speechTh  map[string]bool     // report a statement only before "that"
	phrasal   map[string][]string // first word → second words
	meet      map[string]bool
	meetWith  map[string]bool
	meetObj   map[string]bool
	sanction  map[string]bool
	impose    map[string]bool
	states    map[string]*gzEntry     // key → state entry
	demonymOf map[string]string       // state key → demonym
	orgs      map[string]*gzEntry     // lower canonical name → entry (for implied institutions)
	capitals  map[string]bool         // lower capital names
	cities    map[string][]cityPhrase // well-known non-capital cities by first word (cities.txt)
	orgLead   map[string]string       // foreign body words that open a name → kind
	orgTail   map[string]string       // foreign body words that end a name → kind
	gate      lexGates                // quick pre-tests of the sets above, for the per-token loops
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// getLexicon loads the embedded gazetteers once. A malformed data file is
// a build defect, so it panics with the file and line.
func getLexicon() *lexicon {
	lexOnce.Do(func() {
		lex, lexErr = loadLexicon()
	})
	if lexErr != nil {
		panic(lexErr)
	}
	return lex
}

// isCommon reports an ordinary English word: one in common.txt, or a
// regular inflection of one ("meetings", "criticizes", "framed",
// "stopped", "denied", "leading", "sharply").
func (lx *lexicon) isCommon(w string) bool {
	if lx.common[w] {
		return true
	}
	n := len(w)
	if n < 4 || n > 30 {
		return false
	}
	var buf [32]byte
	try := func(stem string, add string) bool {
		if len(stem) < 2 {
			return false
		}
		k := copy(buf[:], stem)
		k += copy(buf[k:], add)
		return lx.common[string(buf[:k])]
	}
	has := func(suf string) bool { return strings.HasSuffix(w, suf) }
	switch {
	case has("ies") || has("ied"):
		if try(w[:n-3], "y") {
			return true
		}
	case has("ily"):
		if try(w[:n-3], "y") {
			return true
		}
	}
	if has("ally") && try(w[:n-4], "") {
		return true
	}
	for _, suf := range []string{"s", "es", "ed", "ing", "er", "ers", "est", "ly", "d"} {
		if !has(suf) {
			continue
		}
		stem := w[:n-len(suf)]
		if suf == "es" && !esStem(stem) {
			continue // "Nunes", "Barnes": no English plural of "nun", "barn"
		}
		if try(stem, "") || (suf == "ed" || suf == "ing" || suf == "er" || suf == "ers" || suf == "est") && try(stem, "e") {
			return true
		}
		// doubled consonant: "stopped", "planning"
		if m := len(stem); (suf == "ed" || suf == "ing" || suf == "er") && m >= 3 && stem[m-1] == stem[m-2] && try(stem[:m-1], "") {
			return true
		}
	}
	return false
}

func readLines(name string, fn func(line string, n int) error) error {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(line, n); err != nil {
			return fmt.Errorf("lexicon %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func splitList(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// phraseTokens tokenises a lexicon phrase with the article tokenizer so
// that both sides agree on hyphens, dots and apostrophes.
func phraseTokens(s string) []string {
	toks := tokenize(s, nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.lower)
	}
	return out
}

func isAllCapsShort(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters > 0 && letters <= 4
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		gz:        map[string][]*gzPhrase{},
		titles:    map[string][]*titlePhrase{},
		first:     map[string]bool{},
		female:    map[string]bool{},
		common:    make(map[string]bool, 4096),
		speech:    map[string]bool{},
		speechWk:  map[string]bool{},
		speechTh:  map[string]bool{},
		phrasal:   map[string][]string{},
		meet:      map[string]bool{},
		meetWith:  map[string]bool{},
		meetObj:   map[string]bool{},
		sanction:  map[string]bool{},
		impose:    map[string]bool{},
		states:    map[string]*gzEntry{},
		demonymOf: map[string]string{},
		orgs:      map[string]*gzEntry{},
		capitals:  map[string]bool{},
		orgLead:   map[string]string{},
		orgTail:   map[string]string{},
	}
	if err := readLines("common.txt", func(l string, _ int) error {
		for _, w := range strings.Fields(l) {
			lx.common[w] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	add := func(surface string, e *gzEntry, role int) {
		toks := phraseTokens(surface)
		if len(toks) == 0 {
			return
		}
		p := &gzPhrase{toks: toks, surface: surface, entry: e, role: role}
		p.exact = isAllCapsShort(surface)
		p.upFirst = strings.HasPrefix(surface, "US ")
		p.common = len(toks) == 1 && lx.isCommon(toks[0])
		lx.gz[toks[0]] = append(lx.gz[toks[0]], p)
	}
	err := readLines("countries.txt", func(l string, _ int) error {
		f := strings.Split(l, "|")
		for len(f) < 5 {
			f = append(f, "")
		}
		e := &gzEntry{canon: f[0], typ: TypeInstitution, kind: "state", key: "st:" + strings.ToLower(f[0])}
		lx.states[e.key] = e
		add(f[0], e, gzName)
		for _, a := range splitList(f[1]) {
			add(a, e, gzName)
		}
		for i, d := range splitList(f[2]) {
			if i == 0 {
				lx.demonymOf[e.key] = d
			}
			add(d, e, gzDemonym)
			if !strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "ese") && !strings.HasSuffix(d, "sh") && !strings.HasSuffix(d, "ch") && !strings.HasSuffix(d, "i") {
				add(d+"s", e, gzDemonym)
			}
		}
		for _, c := range splitList(f[3]) {
			lx.capitals[strings.ToLower(c)] = true
			add(c, e, gzCapital)
		}
		for _, s := range splitList(f[4]) {
			add(s, e, gzSeat)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := readLines("cities.txt", func(l string, _ int) error {
		f := strings.Split(l, "|")
		if len(f) != 2 || lx.states["st:"+strings.ToLower(f[0])] == nil {
			return fmt.Errorf("want a state of countries.txt|cities: %q", l)
		}
		key := "st:" + strings.ToLower(f[0])
		if lx.cities == nil {
			lx.cities = map[string][]cityPhrase{}
		}
		for _, c := range splitList(f[1]) {
			toks := slices.Collect(cityWords(c))
			if len(toks) == 0 {
				return fmt.Errorf("empty city in %q", l)
			}
			lx.cities[toks[0]] = append(lx.cities[toks[0]], cityPhrase{toks: toks, key: key})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readLines("places.txt", func(l string, _ int) error {
		e := &gzEntry{canon: l, typ: TypePlace, kind: "place", key: "pl:" + strings.ToLower(l)}
		add(l, e, gzName)
		return nil
	}); err != nil {
		return nil, err
	}
	orgLine := func(typ string, defKind string) func(string, int) error {
		return func(l string, _ int) error {
			f := strings.Split(l, "|")
			for len(f) < 3 {
				f = append(f, "")
			}
			kind, aliases := defKind, f[1]
			if typ != "" && defKind != "media" {
				kind, aliases = f[1], f[2]
			}
			prefix := "org:"
			if typ == TypeEvent {
				prefix = "ev:"
			}
			e := &gzEntry{canon: f[0], typ: typ, kind: kind, key: prefix + strings.ToLower(f[0])}
			lx.orgs[strings.ToLower(f[0])] = e
			add(f[0], e, gzName)
			listed := map[string]bool{}
			for _, a := range splitList(aliases) {
				add(a, e, gzName)
				listed[a] = true
			}
			for _, a := range usShortForms(f[0]) {
				if !listed[a] {
					add(a, e, gzName)
				}
			}
			// seats ("Brussels" for the European Union) act like capitals:
			// the body when they act, a place otherwise
			if len(f) > 3 && defKind != "media" {
				for _, c := range splitList(f[3]) {
					add(c, e, gzCapital)
				}
			}
			return nil
		}
	}
	if err := readLines("orgs.txt", orgLine(TypeInstitution, "")); err != nil {
		return nil, err
	}
	if err := readLines("media.txt", orgLine(TypeInstitution, "media")); err != nil {
		return nil, err
	}
	if err := readLines("events.txt", orgLine(TypeEvent, "")); err != nil {
		return nil, err
	}
	for _, ps := range lx.gz {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
	}
	if err := readLines("orgwords.txt", lx.orgWordLine); err != nil {
		return nil, err
	}
	if err := readLines("firstnames.txt", func(l string, _ int) error {
		for _, w := range strings.Fields(l) {
			lx.first[strings.ToLower(w)] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readLines("female.txt", func(l string, _ int) error {
		for _, w := range strings.Fields(l) {
			lx.female[strings.ToLower(w)] = true
			lx.first[strings.ToLower(w)] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readLines("titles.txt", func(l string, _ int) error {
		f := strings.Split(l, "|")
		for len(f) < 3 {
			f = append(f, "")
		}
		t := &titlePhrase{toks: phraseTokens(f[0]), phrase: f[0], implied: f[2]}
		t.title = strings.Contains(f[1], "t")
		t.honor = strings.Contains(f[1], "h")
		t.occup = strings.Contains(f[1], "o")
		t.diplo = strings.Contains(f[1], "d")
		t.named = strings.Contains(f[1], "n")
		t.bare = strings.Contains(f[1], "b")
		t.state = t.implied != "" && lx.states["st:"+strings.ToLower(t.implied)] != nil
		if len(t.toks) == 0 {
			return fmt.Errorf("empty title")
		}
		lx.titles[t.toks[0]] = append(lx.titles[t.toks[0]], t)
		return nil
	}); err != nil {
		return nil, err
	}
	for _, ts := range lx.titles {
		sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].toks) > len(ts[j].toks) })
	}
	section := ""
	if err := readLines("verbs.txt", func(l string, _ int) error {
		if strings.HasPrefix(l, "[") {
			section = strings.Trim(l, "[]")
			return nil
		}
		if section == "speech-phrasal" {
			for _, p := range strings.Split(l, "|") {
				w := strings.Fields(p)
				if len(w) == 2 {
					lx.phrasal[w[0]] = append(lx.phrasal[w[0]], w[1])
				}
			}
			return nil
		}
		var m map[string]bool
		switch section {
		case "speech":
			m = lx.speech
		case "speech-weak":
			m = lx.speechWk
		case "speech-that":
			m = lx.speechTh
		case "meet":
			m = lx.meet
		case "meet-with":
			m = lx.meetWith
		case "meet-object":
			m = lx.meetObj
		case "sanction":
			m = lx.sanction
		case "impose":
			m = lx.impose
		default:
			return fmt.Errorf("unknown section %q", section)
		}
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	intern := make(map[string]string, len(lx.common)+4096)
	for w := range lx.common {
		intern[w] = w
	}
	for _, ps := range lx.gz {
		for _, p := range ps {
			for _, w := range p.toks {
				intern[w] = w
			}
		}
	}
	for w := range lx.first {
		intern[w] = w
	}
	for _, ts := range lx.titles {
		for _, t := range ts {
			for _, w := range t.toks {
				intern[w] = w
			}
		}
	}
	internLower = intern
	lx.gate = newLexGates(lx)
	return lx, nil
}

// esStem reports a stem that takes "-es" in English: "taxes", "gases",
// "matches", "wishes", "heroes".
func esStem(stem string) bool {
	for _, e := range []string{"s", "x", "z", "ch", "sh", "o"} {
		if strings.HasSuffix(stem, e) {
			return true
		}
	}
	return false
}

// orgWordLine reads one line of orgwords.txt: "lead|kind|words" or
// "tail|kind|words".
func (lx *lexicon) orgWordLine(l string, _ int) error {
	f := strings.Split(l, "|")
	if len(f) != 3 || f[1] == "" {
		return fmt.Errorf("want position|kind|words")
	}
	m := lx.orgLead
	switch f[0] {
	case "lead":
	case "tail":
		m = lx.orgTail
	default:
		return fmt.Errorf("position %q is neither lead nor tail", f[0])
	}
	for _, w := range strings.Fields(f[2]) {
		m[w] = f[1]
	}
	return nil
}

// usShortForms writes a United States body's name the way news does,
// "U.S. Department of Defense", "Office of the US Trade
// Representative", so that the whole name is matched and kept as the
// alias the text used (the gazetteer would otherwise take "U.S. House"
// or "Department of Justice" and lose the rest). The "US" form matches
// only in capitals (gzPhrase.upFirst); a form the aliases already list
// is not added twice.
func usShortForms(canon string) []string {
	const full = "United States "
	i := strings.Index(canon, full)
	if i < 0 {
		return nil
	}
	rest := canon[i+len(full):]
	return []string{canon[:i] + "U.S. " + rest, canon[:i] + "US " + rest}
}

// cityPhrase is a well-known city that is not a capital, as the words
// cityWords gives, with the key of the one state it lies in.
type cityPhrase struct {
	toks []string
	key  string
}

// cityWords yields the lower-cased words of s, split at every rune that
// is neither a letter nor a hyphen ("St. Petersburg" → "st",
// "petersburg"): the words of a masthead line as mastheadHome reads them.
func cityWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if !yield(strings.ToLower(w)) {
				return
			}
		}
	}
}

// cityWordsAt returns the state key and length in words of the
// non-capital city (cities.txt) written at toks[j], or "".
func (lx *lexicon) cityWordsAt(toks []token, j int) (string, int) {
	for _, p := range lx.cities[toks[j].lower] {
		if j+len(p.toks) > len(toks) {
			continue
		}
		ok := true
		for i, w := range p.toks {
			if toks[j+i].lower != w {
				ok = false
				break
			}
		}
		if ok {
			return p.key, len(p.toks)
		}
	}
	return "", 0
}

// cityKey returns the state key of the place of a dateline (doc's
// clean.dateline) when the place is a well-known city that is not a
// capital and lies in one state ("ISTANBUL, May 3 –"), or "".
func (lx *lexicon) cityKey(place string) string {
	var buf [8]token
	toks := buf[:0]
	for w := range cityWords(place) {
		if len(toks) == cap(toks) {
			return ""
		}
		toks = append(toks, token{lower: w})
	}
	if len(toks) == 0 {
		return ""
	}
	if k, n := lx.cityWordsAt(toks, 0); n == len(toks) {
		return k
	}
	return ""
}
