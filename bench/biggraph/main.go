// Command biggraph writes a large, deterministic newsgraph graph as CSV
// files for `neo4j-admin database import full`, so that query latency can be
// measured on a graph far bigger than any test corpus (see
// docs/bench-query.md and scripts/bench-query).
//
// The graph has the shape the writer gives a real one: Entity nodes
// (Person, Institution, Event, Place) with the ids graph.EntityID makes,
// Article nodes with graph.ArticleID ids, MENTIONED_IN from entities to the
// articles that mention them, SAID from speakers to articles, and MET,
// SANCTIONED, AFFILIATED_WITH and PARTICIPATED_IN between entities, each
// with its evidence (article, sentence, offsets, confidence, key). Who is
// mentioned follows a Zipf law, so a few hubs (the countries and big
// institutions of the news) have well over 100,000 relationships while most
// entities have a handful; every entity is mentioned at least once, as the
// writer prunes those that are not. Names are invented from syllables.
//
// The same flags give byte-identical files. Besides the CSVs it writes
// params.json (the flags and the counts) and inputs.tsv, entity ids and
// names for the load generator (bench/load): half drawn uniformly, half
// by popularity, as users look up well-known entities more often.
package main

import (
	"bufio"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// Params are the builder's inputs; params.json records them so that a
// caller can tell whether an existing import was built from the same.
type Params struct {
	Version   int     `json:"version"` // of this generator's output; bump when the shape changes
	Seed      uint64  `json:"seed"`
	Articles  int     `json:"articles"`
	Entities  int     `json:"entities"`
	Zipf      float64 `json:"zipf"`       // exponent of the popularity law (> 1)
	Popular   int     `json:"popular"`    // popularity-drawn mentions per article
	Relations int     `json:"relations"`  // entity-to-entity relation attempts per article
	TextWords int     `json:"text_words"` // words of article text
	Inputs    int     `json:"inputs"`     // rows of inputs.tsv
}

// Counts are what was written.
type Counts struct {
	Nodes         int            `json:"nodes"`
	Relationships int            `json:"relationships"`
	ByLabel       map[string]int `json:"by_label"`
	ByType        map[string]int `json:"by_type"`
	MaxDegree     int            `json:"max_degree"`     // relationships of the busiest entity, MENTIONED_IN included
	MaxRelDegree  int            `json:"max_rel_degree"` // its relationships other than MENTIONED_IN
	Hubs100k      int            `json:"hubs_100k"`      // entities with at least 100,000 relationships
}

func main() {
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	p := Params{Version: 1}
	out := flag.String("out", "bench-graph", "directory for the CSV files")
	flag.Uint64Var(&p.Seed, "seed", 1, "random seed")
	flag.IntVar(&p.Articles, "articles", 250000, "articles")
	flag.IntVar(&p.Entities, "entities", 800000, "entities")
	flag.Float64Var(&p.Zipf, "zipf", 1.05, "Zipf exponent of entity popularity (> 1)")
	flag.IntVar(&p.Popular, "popular", 9, "popularity-drawn mentions per article (each article also mentions about entities/articles less-known ones)")
	flag.IntVar(&p.Relations, "relations", 10, "entity-to-entity relation attempts per article")
	flag.IntVar(&p.TextWords, "text-words", 120, "words of article text")
	flag.IntVar(&p.Inputs, "inputs", 20000, "rows of inputs.tsv for the load generator")
	flag.Parse()
	if err := run(*out, p, logger); err != nil {
		logger.Error("biggraph", "err", err)
		os.Exit(1)
	}
}

func run(dir string, p Params, logger *slog.Logger) error {
	if p.Articles < 1 || p.Entities < 100 || p.Zipf <= 1 {
		return fmt.Errorf("biggraph: need articles ≥ 1, entities ≥ 100, zipf > 1")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("biggraph: %w", err)
	}
	start := time.Now()
	b, err := newBuilder(dir, p)
	if err != nil {
		return err
	}
	b.makeEntities()
	logger.Info("entities named", "n", len(b.ents), "elapsed", time.Since(start).Round(time.Millisecond))
	if err := b.writeArticles(); err != nil {
		b.close()
		return err
	}
	logger.Info("articles and relationships written", "elapsed", time.Since(start).Round(time.Millisecond))
	if err := b.writeEntities(); err != nil {
		b.close()
		return err
	}
	if err := b.close(); err != nil {
		return err
	}
	if err := b.writeInputs(); err != nil {
		return err
	}
	c := b.counts()
	raw, _ := json.MarshalIndent(map[string]any{"params": p, "counts": c}, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "params.json"), append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("biggraph: %w", err)
	}
	logger.Info("done", "dir", dir, "nodes", c.Nodes, "relationships", c.Relationships,
		"max_degree", c.MaxDegree, "hubs_100k", c.Hubs100k, "elapsed", time.Since(start).Round(time.Millisecond))
	return nil
}

// entity is one generated entity and what the articles said about it.
type entity struct {
	id, name, typ, kind, surname string
	aliases                      []string
	mentions, articles           int
	relDegree, degree            int
}

type builder struct {
	dir   string
	p     Params
	rng   *rand.Rand
	ents  []entity
	files map[string]*csvFile
	byTyp map[string]int
	rels  map[string]int // relationships written, by type
}

// csvFile is one output file with its writer.
type csvFile struct {
	f *os.File
	b *bufio.Writer
	w *csv.Writer
}

// The relationship files and their headers (neo4j-admin import format).
var relHeaders = map[string][]string{
	"mentioned_in": {":START_ID", ":END_ID", ":TYPE", "article_id", "count:long", "name", "aliases:string[]", "confidence:double"},
	"said":         {":START_ID", ":END_ID", ":TYPE", "key", "article_id", "quote", "evidence", "sentence:long", "start:long", "end:long", "confidence:double", "date"},
	"relations":    {":START_ID", ":END_ID", ":TYPE", "key", "article_id", "evidence", "sentence:long", "start:long", "end:long", "confidence:double", "date", "role"},
}

var nodeHeaders = map[string][]string{
	"articles": {"id:ID", ":LABEL", "title", "byline", "published:date", "source", "file", "sha256", "text", "words:long", "ingested_at:datetime"},
	"entities": {"id:ID", ":LABEL", "name", "type", "kind", "surname", "aliases:string[]", "mentions:long", "articles:long", "created_at:datetime"},
}

func newBuilder(dir string, p Params) (*builder, error) {
	b := &builder{dir: dir, p: p, rng: rand.New(rand.NewPCG(p.Seed, 0x6e657773)), files: map[string]*csvFile{}, byTyp: map[string]int{}, rels: map[string]int{}}
	for name, h := range mergeHeaders(nodeHeaders, relHeaders) {
		path := filepath.Join(dir, name+".csv")
		f, err := os.Create(path)
		if err != nil {
			b.close()
			return nil, fmt.Errorf("biggraph %s: %w", path, err)
		}
		bw := bufio.NewWriterSize(f, 1<<20)
		cf := &csvFile{f: f, b: bw, w: csv.NewWriter(bw)}
		b.files[name] = cf
		if err := cf.w.Write(h); err != nil {
			b.close()
			return nil, fmt.Errorf("biggraph %s: %w", path, err)
		}
	}
	return b, nil
}

func mergeHeaders(ms ...map[string][]string) map[string][]string {
	out := map[string][]string{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func (b *builder) close() error {
	var first error
	for name, cf := range b.files {
		cf.w.Flush()
		err := cf.w.Error()
		if err == nil {
			err = cf.b.Flush()
		}
		if cerr := cf.f.Close(); err == nil {
			err = cerr
		}
		if err != nil && first == nil {
			first = fmt.Errorf("biggraph %s.csv: %w", name, err)
		}
	}
	b.files = map[string]*csvFile{}
	return first
}

func (b *builder) write(file string, row []string) error {
	if err := b.files[file].w.Write(row); err != nil {
		return fmt.Errorf("biggraph %s.csv: %w", file, err)
	}
	if _, rel := relHeaders[file]; rel {
		b.rels[row[2]]++
	}
	return nil
}

// --- names ---

var (
	onsets = []string{"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh", "ch", "g", "h", "j", "f", "gr", "pl"}
	nuclei = []string{"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia"}
	codas  = []string{"", "", "", "n", "r", "s", "l", "m", "k", "t", "v", "sk", "nd"}

	instForms  = []string{"Ministry of %s", "%s Bank", "%s Council", "%s Party", "%s Agency", "%s Institute", "%s Group", "%s Committee", "%s Court", "%s Union", "%s Foundation", "%s Authority"}
	instKinds  = []string{"government", "bank", "council", "party", "agency", "institute", "company", "committee", "court", "union", "ngo", "authority"}
	eventForms = []string{"%s Summit", "%s Talks", "%s Accord", "%s Conference", "%s Forum", "%s Crisis", "%s Election", "%s Exchange"}
	eventKinds = []string{"summit", "negotiation", "agreement", "conference", "forum", "crisis", "election", "exchange"}
	roles      = []string{"minister", "spokesperson", "ambassador", "chairman", "director", "envoy", "member", "adviser", "president", "head"}
	words      = []string{"the", "said", "on", "talks", "government", "minister", "sanctions", "meeting", "official", "agreement", "border", "envoy",
		"statement", "week", "after", "before", "with", "against", "new", "would", "country", "foreign", "trade", "security", "release",
		"exchange", "prisoners", "council", "vote", "court", "decision", "report", "state", "press", "delegation", "support"}
)

func (b *builder) word(syl int) string {
	var s strings.Builder
	for i := 0; i < syl; i++ {
		s.WriteString(onsets[b.rng.IntN(len(onsets))])
		s.WriteString(nuclei[b.rng.IntN(len(nuclei))])
		s.WriteString(codas[b.rng.IntN(len(codas))])
	}
	w := s.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// typeOf gives entity rank i its type: the most popular ranks are the
// countries and big institutions that dominate the news, the rest a mix.
func (b *builder) typeOf(i int) string {
	if i < 40 {
		if i%2 == 0 {
			return "Place"
		}
		return "Institution"
	}
	switch x := b.rng.IntN(100); {
	case x < 58:
		return "Person"
	case x < 82:
		return "Institution"
	case x < 92:
		return "Event"
	default:
		return "Place"
	}
}

// makeEntities invents every entity, distinct by name key (as EntityID is).
func (b *builder) makeEntities() {
	b.ents = make([]entity, 0, b.p.Entities)
	seen := make(map[string]bool, b.p.Entities)
	for i := 0; len(b.ents) < b.p.Entities; i++ {
		typ := b.typeOf(len(b.ents))
		e := entity{typ: typ}
		switch typ {
		case "Person":
			given, sur := b.word(1+b.rng.IntN(2)), b.word(2+b.rng.IntN(2))
			e.name = given + " " + sur
			e.surname = graph.Surname(graph.NameKey(e.name))
			e.aliases = []string{sur}
		case "Institution":
			k := b.rng.IntN(len(instForms))
			e.name = fmt.Sprintf(instForms[k], b.word(2+b.rng.IntN(2)))
			e.kind = instKinds[k]
			e.aliases = []string{acronym(e.name)}
		case "Event":
			k := b.rng.IntN(len(eventForms))
			e.name = fmt.Sprintf(eventForms[k], b.word(2+b.rng.IntN(2))) + " " + strconv.Itoa(2015+b.rng.IntN(11))
			e.kind = eventKinds[k]
		default:
			e.name = b.word(2 + b.rng.IntN(2))
			if b.rng.IntN(4) == 0 {
				e.aliases = []string{"Republic of " + e.name}
			}
		}
		key := typ + "\x00" + graph.NameKey(e.name)
		if seen[key] {
			continue
		}
		seen[key] = true
		e.id = graph.EntityID(typ, e.name)
		b.ents = append(b.ents, e)
		b.byTyp[typ]++
	}
}

func acronym(name string) string {
	var s strings.Builder
	for _, w := range strings.Fields(name) {
		if w != "of" {
			s.WriteByte(w[0])
		}
	}
	return strings.ToUpper(s.String())
}

// --- articles and relationships ---

var day0 = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

func (b *builder) sentence(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = words[b.rng.IntN(len(words))]
	}
	s := strings.Join(ws, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

func relKey(parts ...string) string {
	h := sha1.New()
	for _, s := range parts {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func f2(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

// relType is the relation one entity can have with another, by their
// types, or "" when none fits; swap says the pair is stored reversed.
func relType(a, b string) (typ string, swap bool) {
	switch {
	case a == "Person" && b == "Person":
		return "MET", false
	case a == "Person" && b == "Institution":
		return "AFFILIATED_WITH", false
	case a == "Institution" && b == "Person":
		return "AFFILIATED_WITH", true
	case b == "Event" && a != "Event":
		return "PARTICIPATED_IN", false
	case a == "Event" && b != "Event":
		return "PARTICIPATED_IN", true
	case (a == "Institution" || a == "Place") && (b == "Person" || b == "Institution"):
		return "SANCTIONED", false
	case (b == "Institution" || b == "Place") && a == "Person":
		return "SANCTIONED", true
	}
	return "", false
}

func (b *builder) writeArticles() error {
	zipf := rand.NewZipf(b.rng, b.p.Zipf, 1, uint64(len(b.ents)-1))
	n := len(b.ents)
	cursor := 0
	for ai := 0; ai < b.p.Articles; ai++ {
		day := day0.AddDate(0, 0, b.rng.IntN(11*365))
		published := day.Format(time.DateOnly)
		source := fmt.Sprintf("https://news.example.org/%s/%07d", day.Format("2006/01/02"), ai)
		id := graph.ArticleID(source)
		// Text: sentences, whose offsets the evidence points at.
		var text strings.Builder
		var sents []string
		var offs []int
		for text.Len() < b.p.TextWords*6 {
			s := b.sentence(8 + b.rng.IntN(14))
			offs = append(offs, text.Len())
			sents = append(sents, s)
			text.WriteString(s)
			text.WriteByte(' ')
		}
		body := strings.TrimSpace(text.String())
		sum := sha256.Sum256([]byte(body))
		if err := b.write("articles", []string{id, "Article", strings.TrimSuffix(b.sentence(5+b.rng.IntN(6)), "."),
			b.word(1) + " " + b.word(2), published, source, fmt.Sprintf("%07d.txt", ai), hex.EncodeToString(sum[:]), body,
			strconv.Itoa(len(strings.Fields(body))), day.Add(36 * time.Hour).Format(time.RFC3339)}); err != nil {
			return err
		}
		// Who it mentions: the next less-known entities (so every entity is
		// mentioned at least once) and some drawn by popularity.
		var ments []int
		have := map[int]bool{}
		next := int(int64(ai+1) * int64(n) / int64(b.p.Articles))
		for ; cursor < next; cursor++ {
			if !have[cursor] {
				have[cursor] = true
				ments = append(ments, cursor)
			}
		}
		for k := b.p.Popular/2 + b.rng.IntN(b.p.Popular+1); k > 0; k-- {
			e := int(zipf.Uint64())
			if !have[e] {
				have[e] = true
				ments = append(ments, e)
			}
		}
		for _, ei := range ments {
			e := &b.ents[ei]
			e.articles++
			c := 1 + b.rng.IntN(5)
			e.mentions += c
			e.degree++
			name, aliases := e.name, ""
			if len(e.aliases) > 0 && b.rng.IntN(3) == 0 {
				aliases = e.aliases[0]
			}
			if err := b.write("mentioned_in", []string{e.id, id, "MENTIONED_IN", id, strconv.Itoa(c), name, aliases, f2(0.6 + 0.4*b.rng.Float64())}); err != nil {
				return err
			}
		}
		evidence := func() (int, string, string, string) {
			si := b.rng.IntN(len(sents))
			return si, sents[si], strconv.Itoa(offs[si]), strconv.Itoa(offs[si] + len(sents[si]))
		}
		date := func() string {
			if b.rng.IntN(5) == 0 {
				return day.AddDate(0, 0, -b.rng.IntN(3)).Format(time.DateOnly)
			}
			return ""
		}
		// SAID: some of the people and institutions speak.
		for _, ei := range ments {
			e := &b.ents[ei]
			if (e.typ != "Person" && e.typ != "Institution") || b.rng.IntN(3) != 0 {
				continue
			}
			si, ev, st, en := evidence()
			key := relKey(id, "SAID", e.id, "", strconv.Itoa(si), st, "")
			if err := b.write("said", []string{e.id, id, "SAID", key, id, ev, ev, strconv.Itoa(si), st, en, f2(0.5 + 0.5*b.rng.Float64()), date()}); err != nil {
				return err
			}
			e.relDegree++
			e.degree++
		}
		// Relations between the entities it mentions.
		for k := 0; k < b.p.Relations && len(ments) > 1; k++ {
			x, y := ments[b.rng.IntN(len(ments))], ments[b.rng.IntN(len(ments))]
			if x == y {
				continue
			}
			typ, swap := relType(b.ents[x].typ, b.ents[y].typ)
			if typ == "" {
				continue
			}
			if swap {
				x, y = y, x
			}
			s, t := &b.ents[x], &b.ents[y]
			if typ == "MET" && t.id < s.id {
				s, t = t, s
			}
			role := ""
			if typ == "AFFILIATED_WITH" {
				role = roles[b.rng.IntN(len(roles))]
			}
			si, ev, st, en := evidence()
			key := relKey(id, typ, s.id, t.id, strconv.Itoa(si), st, role)
			if err := b.write("relations", []string{s.id, t.id, typ, key, id, ev, strconv.Itoa(si), st, en, f2(0.5 + 0.5*b.rng.Float64()), date(), role}); err != nil {
				return err
			}
			s.relDegree++
			t.relDegree++
			s.degree++
			t.degree++
		}
	}
	return nil
}

func (b *builder) writeEntities() error {
	created := day0.Format(time.RFC3339)
	for _, e := range b.ents {
		if err := b.write("entities", []string{e.id, "Entity;" + e.typ, e.name, e.typ, e.kind, e.surname,
			strings.Join(e.aliases, ";"), strconv.Itoa(e.mentions), strconv.Itoa(e.articles), created}); err != nil {
			return err
		}
	}
	return nil
}

// writeInputs writes inputs.tsv (id, name, how drawn): half the rows
// uniformly over all entities, half weighted by mentions.
func (b *builder) writeInputs() error {
	path := filepath.Join(b.dir, "inputs.tsv")
	rng := rand.New(rand.NewPCG(b.p.Seed, 0x696e70))
	cum := make([]int64, len(b.ents))
	var total int64
	for i, e := range b.ents {
		total += int64(e.mentions)
		cum[i] = total
	}
	var s strings.Builder
	s.WriteString("id\tname\ttype\tdrawn\n")
	for i := 0; i < b.p.Inputs; i++ {
		var e entity
		drawn := "uniform"
		if i%2 == 0 {
			e = b.ents[rng.IntN(len(b.ents))]
		} else {
			x := rng.Int64N(total)
			e = b.ents[sort.Search(len(cum), func(j int) bool { return cum[j] > x })]
			drawn = "popular"
		}
		fmt.Fprintf(&s, "%s\t%s\t%s\t%s\n", e.id, e.name, e.typ, drawn)
	}
	if err := os.WriteFile(path, []byte(s.String()), 0o644); err != nil {
		return fmt.Errorf("biggraph: %w", err)
	}
	return nil
}

func (b *builder) counts() Counts {
	c := Counts{ByLabel: map[string]int{"Article": b.p.Articles}, ByType: map[string]int{}}
	for t, n := range b.byTyp {
		c.ByLabel[t] = n
	}
	c.Nodes = b.p.Articles + len(b.ents)
	for t, n := range b.rels {
		c.ByType[t] = n
		c.Relationships += n
	}
	for _, e := range b.ents {
		if e.degree > c.MaxDegree {
			c.MaxDegree, c.MaxRelDegree = e.degree, e.relDegree
		}
		if e.degree >= 100000 {
			c.Hubs100k++
		}
	}
	return c
}
