package gen

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
)

func newGen(t testing.TB, cfg Config) *Generator {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestGenDeterministic: the same seed and sizes give the same bytes,
// whatever was generated before; another seed gives other articles.
func TestGenDeterministic(t *testing.T) {
	a1 := newGen(t, Config{Seed: 7, Articles: 1000})
	a2 := newGen(t, Config{Seed: 7, Articles: 1000})
	b := newGen(t, Config{Seed: 8, Articles: 1000})
	bigger := newGen(t, Config{Seed: 7, Articles: 1000, People: 900})
	src := a2.Source()
	var art Article
	// a2 generates in reverse order with one reused Source
	for i := 49; i >= 0; i-- {
		src.Generate(i, &art)
		want := a1.Article(i)
		if !bytes.Equal(art.Text, want.Text) {
			t.Fatalf("article %d differs between two generators with the same seed", i)
		}
		if !slices.Equal(art.People, want.People) || art.Words != want.Words {
			t.Fatalf("article %d metadata differs", i)
		}
	}
	tests := []struct {
		name string
		g    *Generator
	}{{"other seed", b}, {"other population size", bigger}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			same := 0
			for i := range 50 {
				if bytes.Equal(tc.g.Article(i).Text, a1.Article(i).Text) {
					same++
				}
			}
			if same > 0 {
				t.Errorf("%d of 50 articles identical to seed 7's", same)
			}
		})
	}
	seen := map[[32]byte]int{}
	for i := range 200 {
		h := sha256.Sum256(a1.Article(i).Text)
		if j, ok := seen[h]; ok {
			t.Fatalf("articles %d and %d are identical", j, i)
		}
		seen[h] = i
	}
}

// TestGenWriteDirWorkers: the files written do not depend on the number
// of workers.
func TestGenWriteDirWorkers(t *testing.T) {
	g := newGen(t, Config{Seed: 3, Articles: 1203})
	trees := make([]map[string][32]byte, 0, 2)
	for _, w := range []int{1, 3} {
		dir := t.TempDir()
		sum, err := g.WriteDir(context.Background(), WriteOptions{Dir: dir, Articles: 1203, Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Articles != 1203 || sum.Bytes == 0 || sum.Words == 0 {
			t.Errorf("workers=%d: summary %+v", w, sum)
		}
		trees = append(trees, hashTree(t, dir))
	}
	if len(trees[0]) != 1203 {
		t.Fatalf("%d files written, want 1203", len(trees[0]))
	}
	for p, h := range trees[0] {
		if trees[1][p] != h {
			t.Fatalf("%s differs between 1 and 3 workers", p)
		}
	}
	for _, p := range []string{"000/000000.txt", "000/000999.txt", "001/001000.txt", "001/001202.txt"} {
		if _, ok := trees[0][filepath.FromSlash(p)]; !ok {
			t.Errorf("%s missing", p)
		}
	}
}

func hashTree(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	m := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		m[rel] = sha256.Sum256(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestGenWriteDirRefusesNonEmpty(t *testing.T) {
	g := newGen(t, Config{Seed: 1, Articles: 10})
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := g.WriteDir(context.Background(), WriteOptions{Dir: dir, Articles: 10})
	if !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("err = %v, want ErrNotEmpty", err)
	}
	if _, err := g.WriteDir(context.Background(), WriteOptions{Dir: dir, Articles: 10, Force: true}); err != nil {
		t.Fatalf("with force: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "000", "000009.txt")); err != nil {
		t.Error(err)
	}
}

func TestGenPath(t *testing.T) {
	tests := []struct {
		i, n int
		want string
	}{
		{0, 1, "000/000000.txt"},
		{123, 10000, "000/000123.txt"},
		{12345, 100000, "012/012345.txt"},
		{999999, 1000000, "999/999999.txt"},
		{1234567, 2000000, "1234/1234567.txt"},
	}
	for _, tc := range tests {
		if got := Path(tc.i, tc.n); got != filepath.FromSlash(tc.want) {
			t.Errorf("Path(%d, %d) = %q, want %q", tc.i, tc.n, got, tc.want)
		}
	}
}

// TestGenLongTail: the most frequent person appears in at least fifty
// times as many articles as the median person who appears at all.
func TestGenLongTail(t *testing.T) {
	const n = 5000
	g := newGen(t, Config{Seed: 11, Articles: n})
	counts := countPeople(g, n)
	var nonzero []int
	for _, c := range counts {
		if c > 0 {
			nonzero = append(nonzero, c)
		}
	}
	slices.Sort(nonzero)
	top, median := nonzero[len(nonzero)-1], nonzero[len(nonzero)/2]
	if top < 50*median {
		t.Errorf("top person in %d articles, median %d: tail not long enough", top, median)
	}
	if share := float64(top) / n; share > 0.5 {
		t.Errorf("top person in %.0f%% of articles: head too heavy", 100*share)
	}
	if len(nonzero) < len(g.People())/2 {
		t.Errorf("only %d of %d people ever appear", len(nonzero), len(g.People()))
	}
}

func countPeople(g *Generator, n int) []int {
	counts := make([]int, len(g.People()))
	src := g.Source()
	var a Article
	for i := range n {
		src.Generate(i, &a)
		for _, p := range a.People {
			counts[p]++
		}
	}
	return counts
}

// TestGenArticleShape: word and sentence counts in range, furniture
// present in the page and gone after cleaning, header fields read back.
func TestGenArticleShape(t *testing.T) {
	g := newGen(t, Config{Seed: 5, Articles: 2000})
	src := g.Source()
	var a Article
	formats := map[string]bool{}
	for i := range 300 {
		src.Generate(i, &a)
		text := string(a.Text)
		if a.Words < 300 || a.Words > 900 {
			t.Errorf("article %d: %d words", i, a.Words)
		}
		if a.Sentences < 8 || a.Sentences > 30 {
			t.Errorf("article %d: %d sentences", i, a.Sentences)
		}
		for _, f := range []string{"Home ", "Previous Article\n", "Next Article\n", "Leave a Comment\n", "\nBy " + a.Byline + " - "} {
			if !strings.Contains(text, f) {
				t.Errorf("article %d lacks %q", i, f)
			}
		}
		if i >= 60 {
			continue // the extractor part on a sample
		}
		res, err := ingest.Extract(context.Background(), ingest.Document{File: Path(i, 2000), Text: a.Text})
		if err != nil {
			t.Fatal(err)
		}
		if res.Article.Title != a.Title || res.Article.Published != a.Published || res.Article.Byline != a.Byline {
			t.Errorf("article %d: read back title %q date %q byline %q, want %q %q %q", i,
				res.Article.Title, res.Article.Published, res.Article.Byline, a.Title, a.Published, a.Byline)
		}
		for _, f := range []string{"Previous Article", "Next Article", "Leave a Comment", "Home ", "Vote", "What do you think"} {
			if strings.Contains(res.Article.Text, f) {
				t.Errorf("article %d: %q survives cleaning", i, f)
			}
		}
		line := text[strings.Index(text, " - ")+3:]
		line = line[strings.IndexByte(line, '\n')+1:]
		formats[strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '9'
			}
			return r
		}, line[:min(12, len(line))])] = true
	}
	if len(formats) < 4 {
		t.Errorf("date lines in only %d shapes: %v", len(formats), formats)
	}
}

// TestGenExtractorOnGenerated: the extractor finds most people named in
// full and every relation type, as it would on real articles.
func TestGenExtractorOnGenerated(t *testing.T) {
	g := newGen(t, Config{Seed: 9, Articles: 10000})
	src := g.Source()
	var a Article
	named, found := 0, 0
	types := map[string]int{}
	for i := range 200 {
		src.Generate(i, &a)
		res, err := ingest.Extract(context.Background(), ingest.Document{File: Path(i, 10000), Text: a.Text})
		if err != nil {
			t.Fatal(err)
		}
		persons := map[string]bool{}
		for _, e := range res.Entities {
			if e.Type == ingest.TypePerson {
				persons[e.Name] = true
			}
		}
		for _, p := range a.People {
			named++
			if persons[g.People()[p].Name] {
				found++
			} else if testing.Verbose() {
				t.Logf("article %d: %s (%s) not found", i, g.People()[p].Name, g.People()[p].Role)
			}
		}
		for _, r := range res.Relations {
			types[r.Type]++
		}
	}
	recall := float64(found) / float64(named)
	t.Logf("person recall %.3f (%d of %d); relations %v", recall, found, named, types)
	if recall < 0.9 {
		t.Errorf("extractor found %.2f of generated people, want at least 0.90", recall)
	}
	for _, typ := range []string{ingest.RelSaid, ingest.RelMet, ingest.RelSanctioned, ingest.RelAffiliatedWith} {
		if types[typ] == 0 {
			t.Errorf("no %s relation extracted from 200 articles", typ)
		}
	}
}

func TestGenConfigErrors(t *testing.T) {
	tests := []Config{{Articles: -1}, {Exponent: -1}, {Offset: -2}}
	for _, cfg := range tests {
		if _, err := New(cfg); err == nil {
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
}
