// Package eval scores extraction results against hand-made gold
// annotations. It follows shared/eval/score.py rule for rule (name
// normalisation, entity mapping, optional and negative relations) so that
// Go tests can hold the extractor to the same bars as the Python scorer.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/ingest"
)

// Gold is a gold annotation file (seeds.gold.json, articles.gold.json).
type Gold struct {
	Documents []GoldDoc `json:"documents"`
}

// GoldDoc is the annotation of one article.
type GoldDoc struct {
	File      string       `json:"file"`
	Title     *string      `json:"title"`
	Entities  []GoldEntity `json:"entities"`
	MustNot   []string     `json:"must_not"`
	Relations []GoldRel    `json:"relations"`
	Affil     []GoldAffil  `json:"affiliations"`
}

// GoldEntity is one annotated entity.
type GoldEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional"`
}

// GoldRel is one annotated relation.
type GoldRel struct {
	Type     string `json:"type"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	Optional bool   `json:"optional"`
	Negative bool   `json:"negative"`
}

// GoldAffil is one annotated affiliation.
type GoldAffil struct {
	Person      string `json:"person"`
	Institution string `json:"institution"`
	Role        string `json:"role"`
}

// LoadGold reads a gold file.
func LoadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("load gold %s: %w", path, err)
	}
	return &g, nil
}

// Counts are true and false positives and false negatives.
type Counts struct{ TP, FP, FN int }

func (c *Counts) add(tp, fp, fn int) { c.TP += tp; c.FP += fp; c.FN += fn }

// PRF returns precision, recall and F1.
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// F1 of the counts.
func (c Counts) F1() float64 { _, _, f := c.PRF(); return f }

// Line formats the counts like score.py.
func (c Counts) Line(label string) string {
	p, r, f := c.PRF()
	return fmt.Sprintf("%-22s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)", label, p, r, f, c.TP, c.FP, c.FN)
}

// Report is the outcome of scoring.
type Report struct {
	Entity      map[string]*Counts
	EntityAll   Counts
	Relation    map[string]*Counts
	RelationAll Counts
	Affiliation Counts
	TitlesOK    int
	Titles      int
	MustNot     []string
	Negatives   []string
	Details     []string
}

var entTypes = []string{"Person", "Institution", "Event"}
var relTypes = []string{"SAID", "MET", "SANCTIONED"}

// Summary lines in score.py's format.
func (r *Report) Summary() []string { return r.summary(true) }

// Figures is Summary without the names of must-not entities and negative
// relations: what a held-out set may show without telling anyone what
// to tune on.
func (r *Report) Figures() []string { return r.summary(false) }

// summary writes the report's lines; names adds the must-not entities and
// negative relations themselves to their counts.
func (r *Report) summary(names bool) []string {
	var out []string
	for _, t := range entTypes {
		out = append(out, r.Entity[t].Line("entity "+t))
	}
	out = append(out, r.EntityAll.Line("entity (all)"))
	for _, t := range relTypes {
		out = append(out, r.Relation[t].Line("relation "+t))
	}
	out = append(out, r.RelationAll.Line("relation (all)"))
	out = append(out, r.Affiliation.Line("affiliation"))
	out = append(out, fmt.Sprintf("titles correct         %d/%d", r.TitlesOK, r.Titles))
	mustNot := fmt.Sprintf("must-not entities found %d", len(r.MustNot))
	negatives := fmt.Sprintf("negative relations found %d", len(r.Negatives))
	if names {
		mustNot += fmt.Sprintf(" %v", r.MustNot)
		negatives += fmt.Sprintf(" %v", r.Negatives)
	}
	return append(out, mustNot, negatives)
}

var foldMap = map[rune]string{'ß': "ss", 'æ': "ae", 'ø': "o", 'đ': "d", 'ł': "l", 'ı': "i"}

// Norm normalises a name the way score.py does: accents and case
// dropped, a trailing possessive and a leading "the" removed,
// punctuation turned into single spaces.
func Norm(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = unicode.ToLower(r)
		if r == '\u2019' || r == '\u2018' {
			r = '\''
		}
		if f, ok := foldMap[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(stripAccent(r))
	}
	t := strings.TrimSpace(b.String())
	t = strings.TrimSuffix(t, "'s")
	t = strings.ReplaceAll(t, ".", "")
	t = strings.ReplaceAll(t, "&", " and ")
	var o strings.Builder
	space := false
	for _, r := range t {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' {
			if space && o.Len() > 0 {
				o.WriteByte(' ')
			}
			space = false
			o.WriteRune(r)
		} else {
			space = true
		}
	}
	return strings.TrimPrefix(o.String(), "the ")
}

// stripAccent maps common accented Latin letters to their base letter
// (the Go standard library has no NFKD).
func stripAccent(r rune) rune {
	if r < 0xC0 {
		return r
	}
	const from = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćčďēėęěğīįķĺľńňōőŕřśşšţťūůűųźżž"
	const to = "aaaaaaceeeeiiiinooooouuuuyyaaaccdeeeegiikllnnoorrsssttuuuuzzz"
	i := 0
	for _, f := range from {
		if f == r {
			return rune(to[i])
		}
		i++
	}
	return r
}

func goldKeys(g GoldEntity) map[string]bool {
	k := map[string]bool{Norm(g.Name): true}
	for _, a := range g.Aliases {
		k[Norm(a)] = true
	}
	return k
}

func isScoredType(t string) bool {
	for _, e := range entTypes {
		if e == t {
			return true
		}
	}
	return false
}

// Score compares results (keyed by file base name) with the gold.
func Score(g *Gold, results map[string]ingest.Result) *Report {
	rep := &Report{Entity: map[string]*Counts{}, Relation: map[string]*Counts{}}
	for _, t := range entTypes {
		rep.Entity[t] = &Counts{}
	}
	for _, t := range relTypes {
		rep.Relation[t] = &Counts{}
	}
	for _, gd := range g.Documents {
		res, ok := results[gd.File]
		if !ok {
			rep.Details = append(rep.Details, gd.File+": no output for this article")
		}
		keys := make([]map[string]bool, len(gd.Entities))
		for i, ge := range gd.Entities {
			keys[i] = goldKeys(ge)
		}
		// map system entities to gold indices (-1 unmatched, -2 ignored)
		mapping := map[string]int{}
		for _, e := range res.Entities {
			if !isScoredType(e.Type) {
				mapping[e.ID] = -2
				continue
			}
			name := Norm(e.Name)
			hit := -1
			for i, ge := range gd.Entities {
				if ge.Type == e.Type && keys[i][name] {
					hit = i
					break
				}
			}
			if hit < 0 {
			outer:
				for i, ge := range gd.Entities {
					if ge.Type != e.Type {
						continue
					}
					for _, a := range e.Aliases {
						if keys[i][Norm(a)] {
							hit = i
							break outer
						}
					}
				}
			}
			mapping[e.ID] = hit
		}
		matched := map[int]bool{}
		var fps, fns []string
		for _, e := range res.Entities {
			m := mapping[e.ID]
			switch {
			case m == -2:
			case m == -1:
				fps = append(fps, e.Type+":"+e.Name)
				rep.Entity[e.Type].add(0, 1, 0)
			case matched[m]:
				if gd.Entities[m].Optional {
					continue
				}
				fps = append(fps, e.Type+":"+e.Name+" (duplicate)")
				rep.Entity[e.Type].add(0, 1, 0)
			default:
				matched[m] = true
				if !gd.Entities[m].Optional {
					rep.Entity[e.Type].add(1, 0, 0)
				}
			}
		}
		for i, ge := range gd.Entities {
			if isScoredType(ge.Type) && !matched[i] && !ge.Optional {
				rep.Entity[ge.Type].add(0, 0, 1)
				fns = append(fns, ge.Type+":"+ge.Name)
			}
		}
		for _, bad := range gd.MustNot {
			nb := Norm(bad)
			for _, e := range res.Entities {
				ne := Norm(e.Name)
				if ne == nb || contains(strings.Fields(ne), nb) {
					rep.MustNot = append(rep.MustNot, gd.File+": "+e.Name)
				}
			}
		}
		key := func(t, s, tg string) string {
			switch t {
			case "SAID":
				return t + "|" + s
			case "MET":
				if s > tg {
					s, tg = tg, s
				}
			}
			return t + "|" + s + "|" + tg
		}
		required, optional, negative := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, r := range gd.Relations {
			k := key(r.Type, r.Source, r.Target)
			switch {
			case r.Negative:
				negative[k] = true
			case r.Optional:
				optional[k] = true
			default:
				required[k] = true
			}
		}
		gname := func(id string) (string, int) { // name, 0 ok / 1 ignore / 2 optional / 3 unmapped
			m, ok := mapping[id]
			switch {
			case !ok || m == -1:
				return "", 3
			case m == -2:
				return "", 1
			case gd.Entities[m].Optional:
				return gd.Entities[m].Name, 2
			}
			return gd.Entities[m].Name, 0
		}
		predicted := map[string]bool{}
		affPred := map[string]bool{}
		for _, r := range res.Relations {
			isRel := r.Type == "SAID" || r.Type == "MET" || r.Type == "SANCTIONED"
			if !isRel && r.Type != "AFFILIATED_WITH" {
				continue
			}
			src, sst := gname(r.Source)
			tgt, tst := "article", 0
			if r.Type != "SAID" {
				tgt, tst = gname(r.Target)
			}
			if sst == 1 || tst == 1 || sst == 2 || tst == 2 {
				continue
			}
			if sst == 3 || tst == 3 {
				if isRel {
					rep.Relation[r.Type].add(0, 1, 0)
				}
				continue
			}
			if r.Type == "AFFILIATED_WITH" {
				affPred[src+"|"+tgt] = true
				continue
			}
			predicted[key(r.Type, src, tgt)] = true
		}
		var wrong []string
		for k := range predicted {
			t := strings.SplitN(k, "|", 2)[0]
			switch {
			case required[k]:
				rep.Relation[t].add(1, 0, 0)
			case optional[k]:
			default:
				rep.Relation[t].add(0, 1, 0)
				wrong = append(wrong, k)
				if negative[k] {
					rep.Negatives = append(rep.Negatives, gd.File+": "+k)
				}
			}
		}
		var missed []string
		for k := range required {
			if !predicted[k] {
				rep.Relation[strings.SplitN(k, "|", 2)[0]].add(0, 0, 1)
				missed = append(missed, k)
			}
		}
		goldAff := map[string]bool{}
		for _, a := range gd.Affil {
			goldAff[a.Person+"|"+a.Institution] = true
		}
		tp := 0
		for k := range affPred {
			if goldAff[k] {
				tp++
			}
		}
		rep.Affiliation.add(tp, len(affPred)-tp, len(goldAff)-tp)
		if gd.Title != nil {
			rep.Titles++
			if Norm(res.Article.Title) == Norm(*gd.Title) {
				rep.TitlesOK++
			} else {
				rep.Details = append(rep.Details, fmt.Sprintf("%s: title %q != %q", gd.File, res.Article.Title, *gd.Title))
			}
		}
		sort.Strings(missed)
		sort.Strings(wrong)
		rep.Details = append(rep.Details,
			fmt.Sprintf("%s: entities missed %v; spurious %v", gd.File, fns, fps),
			fmt.Sprintf("%s: relations missed %v; spurious %v", gd.File, missed, wrong))
	}
	for _, t := range entTypes {
		c := rep.Entity[t]
		rep.EntityAll.add(c.TP, c.FP, c.FN)
	}
	for _, t := range relTypes {
		c := rep.Relation[t]
		rep.RelationAll.add(c.TP, c.FP, c.FN)
	}
	return rep
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// ExtractDir runs the extractor over every file the gold names, reading
// them from dir.
func ExtractDir(g *Gold, dir string, extract func(ingest.Document) (ingest.Result, error)) (map[string]ingest.Result, error) {
	out := make(map[string]ingest.Result, len(g.Documents))
	for _, gd := range g.Documents {
		doc, err := ingest.ReadFile(filepath.Join(dir, gd.File))
		if err != nil {
			return nil, err
		}
		res, err := extract(doc)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", gd.File, err)
		}
		out[gd.File] = res
	}
	return out, nil
}
