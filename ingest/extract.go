package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
)

// doc holds the working state of one extraction. It is not shared
// between goroutines.
type doc struct {
	lx      *lexicon
	text    string
	toks    []token
	sents   []sentence
	tc      []bool // title context per token
	used    []bool // token consumed by a mention or role
	tokMent []int32
	tokRole []int32
	ments   []mention
	roles   []roleSpan
	ents    []*entity
	ref     date
	id      string
	rels    []Relation
	affs    []affiliation
	// roleRef caches the person a role span refers to (-1: none)
	roleRef  map[int]int
	sentSubj []int // person subject of a speech verb per sentence (-1)
}

// Extract runs the whole pipeline on one document. Invalid input (empty,
// not UTF-8, binary) gives an *InputError that matches ErrInvalidInput.
func Extract(ctx context.Context, d Document) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	name := d.File
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
	c := clean(string(raw))
	x := &doc{lx: getLexicon(), text: c.text, id: id}
	if d, ok := parseDateString(c.published); ok {
		x.ref = d
	}
	x.toks = tokenize(x.text, make([]token, 0, len(x.text)/5+16))
	x.sents = splitSentences(x.text, x.toks, make([]sentence, 0, len(x.toks)/20+4))
	if c.hasTitle && len(x.sents) > 0 {
		x.sents[0].title = true
		x.sents[0].heading = true
	}
	x.tc = titleContext(x.toks, x.sents, nil)
	x.used = make([]bool, len(x.toks))
	x.tokMent = make([]int32, len(x.toks))
	x.tokRole = make([]int32, len(x.toks))
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	x.recognize()
	x.resolve()
	x.relations()
	words := 0
	for i := range x.toks {
		if x.toks[i].kind == tkWord || x.toks[i].kind == tkNum {
			words++
		}
	}
	res := Result{
		File: filepath.Base(d.File),
		Article: Article{
			ID: id, Title: c.title, Published: c.published, Byline: c.byline, BylineRole: c.bylineRole,
			Source: d.Source, SHA256: hash, Words: words, Text: x.text,
		},
	}
	res.Entities, res.Relations = x.finish()
	return res, nil
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

// evidence returns the text and offsets of sentence si.
func (x *doc) evidence(si int) (string, int, int) {
	s := &x.sents[si]
	return normText(x.text[s.start:s.end]), s.start, s.end
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
		id := fmt.Sprintf("e%d", len(out)+1)
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
	rels := make([]Relation, 0, len(x.rels)+len(x.affs))
	seen := map[string]bool{}
	for _, r := range x.rels {
		src := ids[atoiID(r.Source)]
		tgt := r.Target
		if r.Type != RelSaid {
			tgt = ids[atoiID(r.Target)]
		}
		if src == "" || tgt == "" {
			continue
		}
		r.Source, r.Target = src, tgt
		k := r.Type + "|" + src + "|" + tgt + "|" + fmt.Sprint(r.Sentence)
		if seen[k] {
			continue
		}
		seen[k] = true
		r.Confidence = round2(r.Confidence)
		rels = append(rels, r)
	}
	return out, rels
}

// atoiID decodes the provisional "#<index>" ids used before finish.
func atoiID(s string) int {
	n := 0
	for i := 1; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func provID(i int) string { return fmt.Sprintf("#%d", i) }
