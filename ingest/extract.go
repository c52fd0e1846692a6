package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
)

// doc holds the working state of one extraction. It is not shared
// between goroutines.
type doc struct {
	lx *lexicon
	// datelineKey is the state key of the capital opening the article's
	// dateline ("TBILISI, March 8 –"), or "".
	datelineKey string
	// datelineCity is the state key of a well-known city that is not a
	// capital opening the dateline ("ISTANBUL, May 3 –"), read only where
	// no capital opens it: the state of a bare title the story leaves
	// implied, as datelineKey is.
	datelineCity string
	// weatherKey is the state key of the capital or well-known city a
	// weather box above the headline names (cleaned.weather), or "".
	weatherKey string
	// issuerKey is the state key of the government whose release the
	// article is, by its masthead, or ""; issuerNames are the ministers
	// the masthead names ("The Hon X MP").
	issuerKey   string
	issuerNames []string
	text        string
	masthead    string // cleaned.masthead: dropped lines naming the publisher (publisherNamed)
	toks        []token
	sents       []sentence
	tc          []bool // title context per token
	used        []bool // token consumed by a mention or role
	tokMent     []int32
	tokRole     []int32
	ments       []mention
	roles       []roleSpan
	ents        []*entity
	ref         date
	id          string
	rels        []Relation
	relEnds     [][2]int // entity indices of each relation (target -1 for SAID)
	affs        []affiliation
	// lowerSeen holds words the article itself writes in lower case: a
	// capitalised ordinary word at a sentence start is found there
	lowerSeen map[string]bool
	// placeBody caches, per listed place, whether the article names a
	// body whose name opens with it (placeOpensBody)
	placeBody map[string]bool
	// roleRef caches the person a role span refers to (-1: none)
	roleRef  map[int]int
	sentSubj []int // person subject of a speech verb per sentence (-1)
	// interviewee is the person answering in a Q:/A: interview (-1: not
	// an interview); interviewSaid notes the SAID already given
	interviewee   int
	interviewSaid bool
	// bareQA is the offset of the first question line of an interview
	// whose questions are set apart only by their question mark (no Q:/A:
	// labels), -1 otherwise; author is the one minister whose name heads a
	// media release, the "I" of its text (-1: none)
	bareQA     int
	author     int
	authorName string // see releaseName
	// lastImposer is 1 + the entity that last imposed sanctions in a real
	// statement, with or without a named target (0: none), and
	// lastImposerSent its sentence: "Among them are X" goes to it
	lastImposer     int
	lastImposerSent int
	// listSent is the sentence that may be the next item of a bullet
	// list of targets of listImposers (0: no list open)
	listSent     int
	listImposers []int
	// evSent is 1 + the sentence whose evidence text evText holds (0:
	// none); relSeen holds the relations already added, so that a
	// sentence repeating a fact does not store it again
	evSent  int
	evText  string
	relSeen map[relSeenKey]bool
	// dateSent is 1 + the sentence whose date dateText holds (0: none):
	// a sentence with several relations is scanned for its date once
	dateSent int
	dateText string
	// entSlab and spanSlab hand newEntity its entity and the first spans
	// from chunks, so that each entity is not one allocation for itself
	// and more for its first mentions. They are made fresh for each
	// article (putDoc drops them): the spans go out in the Result.
	entSlab  []entity
	spanSlab []Span
	// subjDepth counts the subjectOf calls under way (maxSubjectDepth)
	subjDepth int
}

// relSeenKey identifies a relation by type, entity ends and sentence: the
// same key finish uses to drop duplicates, taken at insertion so that
// duplicates are never stored.
type relSeenKey struct {
	typ      string
	src, tgt int
	sent     int
}

// Extract runs the whole pipeline on one document. Invalid input (empty,
// not UTF-8, binary) gives an *InputError that matches ErrInvalidInput.
func Extract(ctx context.Context, d Document) (res Result, err error) {
	// A bug met on some input must cost that article, not the batch: the
	// panic becomes an ErrInternal error naming the file, and the stack
	// goes to the log for the bug report.
	defer func() {
		if r := recover(); r != nil {
			slog.Error("extractor panic", "file", d.File, "panic", r, "stack", string(debug.Stack()))
			res, err = Result{}, fmt.Errorf("%s: %w: %v", d.File, ErrInternal, r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	name := d.File
	lx := getLexicon() // before any tokenising: it also fills the intern table
	raw, err := validate(name, d.Text)
	if err != nil {
		return Result{}, err
	}
	sum := sha256.Sum256(d.Text)
	hash := hex.EncodeToString(sum[:])
	id := d.ID
	if id == "" {
		id = deriveID(d.File, hash)
	}
	src := string(raw)
	c := clean(src)
	x := getDoc()
	defer putDoc(x)
	x.interviewee, x.bareQA, x.author = -1, -1, -1
	x.authorName = releaseName(src)
	x.lx, x.masthead, x.text, x.id = lx, c.masthead, c.text, id
	if d, ok := parseDateString(c.published); ok {
		x.ref = d
	}
	x.datelineKey = lx.capitalKey(c.dateline)
	x.datelineCity, x.weatherKey = "", ""
	if c.weather != "" {
		if x.weatherKey = lx.capitalKey(c.weather); x.weatherKey == "" {
			x.weatherKey = lx.cityKey(c.weather)
		}
	}
	if x.datelineKey == "" {
		x.datelineCity = lx.cityKey(c.dateline)
		if x.datelineCity != "" && c.datelineRest != "" && !lx.datelineLeadsOn(tokenize(c.datelineRest, nil), x.datelineCity) {
			x.datelineCity = "" // "MELBOURNE, Fla., May 3, 2031"
		}
	}
	x.issuerKey, x.issuerNames = lx.releaseIssuer(src)
	x.toks = tokenize(x.text, x.toks)
	x.sents = splitSentences(x.text, x.toks, x.sents)
	if c.hasTitle && len(x.sents) > 0 {
		x.sents[0].title = true
		x.sents[0].heading = true
	}
	if x.datelineKey == "" && x.datelineCity == "" {
		x.datelineCity = x.ledeCity()
	}
	x.tc = titleContext(x.toks, x.sents, x.tc)
	// a word the article writes in lower case at least twice is an
	// ordinary word for it; once may be a typo'd name ("viktor orban").
	// A word already in the map (most are) costs one lookup: only a new
	// one needs the given-name check
	for i := range x.toks {
		if t := &x.toks[i]; t.kind == tkWord && !t.cap && len(t.lower) >= 3 {
			switch twice, seen := x.lowerSeen[t.lower]; {
			case twice:
			case seen:
				x.lowerSeen[t.lower] = true
			case !lx.first[t.lower]:
				x.lowerSeen[t.lower] = false
			}
		}
	}
	if len(x.toks) > 1<<12 {
		// mentions are about one per run of capitalised words: reserve
		// them at once on a long text (see tokenize)
		if caps := capitalisedTokens(x.toks); cap(x.ments) < caps && caps > 1<<12 {
			x.ments = make([]mention, 0, caps+caps/4)
		}
	}
	x.used = resize(x.used, len(x.toks))
	x.tokMent = resize(x.tokMent, len(x.toks))
	x.tokRole = resize(x.tokRole, len(x.toks))
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	x.recognize()
	x.resolve()
	x.forgetUnresolved()
	x.relations()
	x.placeOnlyStates()
	x.eventOnlyBodies()
	words := 0
	for i := range x.toks {
		if x.toks[i].kind == tkWord || x.toks[i].kind == tkNum {
			words++
		}
	}
	res = Result{
		File: filepath.Base(d.File),
		Article: Article{
			ID: id, Title: c.title, Published: c.published, Byline: c.byline, BylineRole: c.bylineRole,
			Source: d.Source, SHA256: hash, Words: words, Text: x.text,
		},
	}
	res.Entities, res.Relations = x.finish()
	return res, nil
}

var docPool = sync.Pool{New: func() any { return &doc{lowerSeen: map[string]bool{}, placeBody: map[string]bool{}} }}

// getDoc returns working state whose buffers are reused across articles,
// so that a long stream of articles allocates little and memory stays
// flat.
func getDoc() *doc { return docPool.Get().(*doc) }

// putDoc clears the per-article state and returns the buffers.
func putDoc(x *doc) {
	if cap(x.toks) > 1<<20 || len(x.lowerSeen) > 1<<16 || len(x.relSeen) > 1<<16 {
		// do not keep the buffers of a pathological input alive
		return
	}
	clear(x.lowerSeen)
	clear(x.relSeen)
	clear(x.placeBody)
	*x = doc{
		toks: x.toks[:0], sents: x.sents[:0], tc: x.tc[:0], used: x.used[:0],
		tokMent: x.tokMent[:0], tokRole: x.tokRole[:0], ments: x.ments[:0], roles: x.roles[:0],
		lowerSeen: x.lowerSeen, relSeen: x.relSeen, placeBody: x.placeBody,
	}
	docPool.Put(x)
}

// resize returns s with length n and zero values, reusing its array.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// isCommon reports an ordinary word: in the lexicon (with inflections)
// or written in lower case elsewhere in this article.
func (x *doc) isCommon(w string) bool {
	return x.lowerSeen[w] || x.lx.isCommon(w)
}

// deriveID names an article after its file (without extension), or
// after its content hash when it has no name.
func deriveID(file, hash string) string {
	base := filepath.Base(file)
	if file == "" || base == "." || base == "-" || base == "/" {
		return "sha256-" + hash[:16]
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// maxEvidence bounds the evidence text of one relation. Real sentences
// are a few hundred bytes; a "sentence" of megabytes (a text without
// full stops) would otherwise be copied into every relation found in it.
const maxEvidence = 2000

// evidence returns the text and offsets of sentence si. The text is
// normalised once per sentence (relations come sentence by sentence) and
// cut at maxEvidence bytes; the offsets still cover the whole sentence.
func (x *doc) evidence(si int) (string, int, int) {
	s := &x.sents[si]
	if x.evSent != si+1 {
		t := x.text[s.start:s.end]
		if len(t) > maxEvidence {
			cut := maxEvidence
			for cut > 0 && t[cut]&0xC0 == 0x80 {
				cut--
			}
			t = t[:cut] + "\u2026"
		}
		x.evSent, x.evText = si+1, normText(t)
	}
	return x.evText, s.start, s.end
}

// capitalisedTokens counts the runs of words that start with a capital
// letter ("Pavel Orlov" is one): about the number of mentions a text has.
func capitalisedTokens(toks []token) int {
	n := 0
	for i := range toks {
		if toks[i].cap && (i == 0 || !toks[i-1].cap) {
			n++
		}
	}
	return n
}

func round2(f float64) float64 {
	if f > 0.99 {
		f = 0.99
	}
	if f < 0 {
		f = 0
	}
	return float64(int(f*100+0.5)) / 100
}

// finish drops entities nothing supports (a demonym alone), numbers the
// rest in order of first mention and rewrites relations to their ids.
func (x *doc) finish() ([]Entity, []Relation) {
	ids := make([]string, len(x.ents))
	out := make([]Entity, 0, len(x.ents))
	for i, e := range x.ents {
		if e.weak && !e.used {
			continue
		}
		id := "e" + strconv.Itoa(len(out)+1)
		ids[i] = id
		aliases := e.aliases
		if aliases == nil {
			aliases = []string{}
		}
		out = append(out, Entity{
			ID: id, Type: e.typ, Name: e.name, Aliases: aliases, Kind: e.kind,
			Mentions: len(e.spans), Confidence: round2(e.conf), Spans: e.spans,
		})
	}
	// relations are filtered in place: a large article must not hold two
	// copies of its relation table (x.rels is not kept by putDoc)
	rels := x.rels[:0]
	type relKey struct {
		typ      string
		src, tgt string
		sent     int
	}
	seen := make(map[relKey]bool, len(x.rels))
	for i, r := range x.rels {
		ends := x.relEnds[i]
		src := ids[ends[0]]
		tgt := r.Target
		if r.Type != RelSaid {
			tgt = ids[ends[1]]
		}
		if src == "" || tgt == "" {
			continue
		}
		r.Source, r.Target = src, tgt
		k := relKey{r.Type, src, tgt, r.Sentence}
		if r.Type == RelMet && tgt < src {
			k.src, k.tgt = tgt, src // symmetric
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		r.Confidence = round2(r.Confidence)
		rels = append(rels, r)
	}
	return out, rels
}

// forgetUnresolved hides the mentions resolution gave no entity from the
// token index. Relation finders look mentions up by token and index
// entities with them, so they must only ever meet mentions of an entity.
func (x *doc) forgetUnresolved() {
	for k, mi := range x.tokMent {
		if mi >= 0 && x.ments[mi].ent < 0 {
			x.tokMent[k] = -1
		}
	}
}

// ledeCity returns the state key of a well-known non-capital city
// (cities.txt) written in capitals at the start of a line that opens
// one of the first four sentences, before a comma, a bracket or a dash
// ("ALMATY, June 3 (Wire) - …", "ISTANBUL - …"): a wire lede's
// dateline. Else "".
func (x *doc) ledeCity() string {
	for si := 0; si < len(x.sents) && si <= 3; si++ {
		s := &x.sents[si]
		if s.t0 >= s.t1 {
			continue
		}
		if t := &x.toks[s.t0]; !t.nl || !t.upper {
			continue
		}
		k, n := x.lx.cityWordsAt(x.toks[s.t0:s.t1], 0)
		if k == "" || s.t0+n >= s.t1 {
			continue
		}
		switch x.toks[s.t0+n].text {
		case ",":
			if x.lx.datelineLeadsOn(x.toks[s.t0+n+1:s.t1], k) {
				return k
			}
		case "(", "-", "\u2013", "\u2014":
			return k
		}
	}
	return ""
}

// datelineLeadsOn reports whether the words after the comma of a
// dateline opened by a city of state k lead on as a dateline does: to a
// date ("ALMATY, June 3"), a weekday or the city's own state ("BERGEN,
// Norway"). "MILAN, a docker for thirty years" is a profile's subject in
// capitals, and "MELBOURNE, Fla." or "VANCOUVER, Wash." a city of the
// same name in another state.
func (lx *lexicon) datelineLeadsOn(toks []token, k string) bool {
	if len(toks) == 0 {
		return false
	}
	t := &toks[0]
	if _, month := monthNames[t.lower]; month || hasWeekday(t.lower) || t.text[0] >= '0' && t.text[0] <= '9' {
		return true
	}
	sk, _ := lx.stateWordsAt(toks, 0)
	return sk == k
}
