package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func testIndex() *searchIndex {
	return buildSearchIndex(7, []indexEntity{
		{ID: "e1", Name: "Ada Example", Type: "Person", Aliases: []string{"Example"}, Mentions: 6},
		{ID: "e2", Name: "Ada Lovelace", Type: "Person", Mentions: 2},
		{ID: "e3", Name: "Acme Bank", Type: "Institution", Aliases: []string{"ACME"}, Mentions: 9},
		{ID: "e4", Name: "Geneva", Type: "Place", Mentions: 3},
		{ID: "e5", Name: "Geneva Summit", Type: "Event", Mentions: 1},
		{ID: "e6", Name: "Sylvanian Foreign Ministry", Type: "Institution", Mentions: 4},
		{ID: "e0", Name: "Adamant Group", Type: "Institution", Mentions: 6},
		{ID: "e7", Name: "O'Brien Café", Type: "Person", Aliases: []string{"Café O'Brien"}, Mentions: 1},
		{ID: "e8", Name: "Ghost", Type: "Article"}, // not an entity type: left out
	})
}

func names(hits []EntitySummary) string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Name)
	}
	return strings.Join(out, ",")
}

// The index finds what the full-text query's exact and prefix terms find,
// ranked by score (exact 4, prefix 2 a word), then mentions, then id.
func TestSearchIndex(t *testing.T) {
	ix := testIndex()
	for _, c := range []struct {
		q     string
		types []string
		limit int
		want  string
	}{
		{"ada", nil, 10, "Ada Example,Ada Lovelace,Adamant Group"}, // exact before prefix, then mentions
		{"example", nil, 10, "Ada Example"},
		{"ad", nil, 10, "Adamant Group,Ada Example,Ada Lovelace"}, // all prefix: mentions, then id (e0 < e1)
		{"ada ex", nil, 10, "Ada Example"},
		{"ex ada", nil, 10, "Ada Example"}, // any order
		{"example", nil, 10, "Ada Example"},
		{"EXAMPLE", nil, 10, "Ada Example"}, // an alias, any case
		{"acme", nil, 10, "Acme Bank"},
		{"sylvanian f", nil, 10, "Sylvanian Foreign Ministry"},
		{"geneva", nil, 10, "Geneva,Geneva Summit"}, // the name that is just the word first
		{"ada example", nil, 10, "Ada Example"},
		{"geneva", []string{"Event"}, 10, "Geneva Summit"},
		{"geneva", []string{"Place", "Event"}, 1, "Geneva"},
		{"ada", nil, 2, "Ada Example,Ada Lovelace"},
		{"o'brien", nil, 10, "O'Brien Café"},
		{"café", nil, 10, "O'Brien Café"},
		{"caf", nil, 10, "O'Brien Café"},
		{"exampel", nil, 10, ""}, // a typo: not the index's business
		{"ada zzz", nil, 10, ""}, // every word must match
		{"ghost", nil, 10, ""},
		{"g", nil, 10, "Adamant Group,Geneva,Geneva Summit"},
	} {
		got := ix.search(searchWords(c.q), c.types, c.limit)
		if got == nil || names(got) != c.want {
			t.Errorf("search(%q, %v, %d) = %q (nil %v), want %q", c.q, c.types, c.limit, names(got), got == nil, c.want)
		}
	}
	h := ix.search([]string{"acme"}, nil, 1)[0]
	if h.ID != "e3" || h.Type != "Institution" || h.Mentions != 9 || strings.Join(h.Aliases, "|") != "ACME" || h.Score != 5 {
		t.Errorf("hit = %+v", h)
	}
	if h := ix.search([]string{"lovelace"}, nil, 1)[0]; h.Aliases == nil || len(h.Aliases) != 0 {
		t.Errorf("no aliases: %#v, want an empty list", h.Aliases)
	}
}

// On a random corpus the index agrees with a plain scan of every entity.
func TestSearchIndexMatchesScan(t *testing.T) {
	word := syllables(rand.New(rand.NewPCG(3, 4)), []string{"ka", "ri", "mo", "an", "ta", "el", "os", "zu", "ne", "ba"}, 1, 3)
	rng := rand.New(rand.NewPCG(7, 8))
	var ents []indexEntity
	for i := range 400 {
		name := strings.ToUpper(word()[:1]) + word() + " " + word()
		var aliases []string
		if rng.IntN(3) == 0 {
			aliases = []string{word()}
		}
		ents = append(ents, indexEntity{ID: fmt.Sprintf("id%03d", i), Name: name, Aliases: aliases,
			Type: EntityTypes[rng.IntN(len(EntityTypes))], Mentions: int64(rng.IntN(5))})
	}
	ix := buildSearchIndex(1, ents)
	for range 300 {
		w := word()
		q := []string{w[:min(len(w), 1+rng.IntN(3))]}
		if rng.IntN(2) == 0 {
			q = append(q, word())
		}
		var types []string
		if rng.IntN(3) == 0 {
			types = []string{EntityTypes[rng.IntN(len(EntityTypes))]}
		}
		type scored struct {
			e     indexEntity
			score int
		}
		var want []scored
		for _, e := range ents {
			if types != nil && e.Type != types[0] {
				continue
			}
			ws := appendNameWords(nil, e.Name)
			fewest := len(ws)
			for _, a := range e.Aliases {
				n := len(ws)
				ws = appendNameWords(ws, a)
				if k := len(ws) - n; k > 0 {
					fewest = min(fewest, k)
				}
			}
			score := 0
			for _, w := range q {
				switch {
				case slices.Contains(ws, w):
					score += 4
				case slices.ContainsFunc(ws, func(x string) bool { return strings.HasPrefix(x, w) }):
					score += 2
				default:
					score = -100
				}
			}
			if score == 4*len(q) && fewest == len(q) {
				score++
			}
			if score > 0 {
				want = append(want, scored{e, score})
			}
		}
		slices.SortFunc(want, func(a, b scored) int {
			if a.score != b.score {
				return b.score - a.score
			}
			if a.e.Mentions != b.e.Mentions {
				return int(b.e.Mentions - a.e.Mentions)
			}
			return strings.Compare(a.e.ID, b.e.ID)
		})
		var wantIDs, gotIDs []string
		for _, w := range want[:min(10, len(want))] {
			wantIDs = append(wantIDs, w.e.ID)
		}
		for _, h := range ix.search(q, types, 10) {
			gotIDs = append(gotIDs, h.ID)
		}
		if strings.Join(gotIDs, ",") != strings.Join(wantIDs, ",") {
			t.Fatalf("search(%q, %v) = %v, want %v", q, types, gotIDs, wantIDs)
		}
	}
}

// syllables returns a maker of invented words of lo to hi syllables.
func syllables(rng *rand.Rand, syll []string, lo, hi int) func() string {
	return func() string {
		var b strings.Builder
		for range lo + rng.IntN(hi-lo+1) {
			b.WriteString(syll[rng.IntN(len(syll))])
		}
		return b.String()
	}
}

func BenchmarkSearchIndex(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	word := syllables(rng, []string{"ka", "ri", "mo", "an", "ta", "el", "os", "zu", "ne", "ba", "gro", "ste", "lin", "pa", "du"}, 2, 4)
	var ents []indexEntity
	for i := range 200000 {
		ents = append(ents, indexEntity{ID: fmt.Sprintf("%036d", i), Name: word() + " " + word(), Type: "Person",
			Mentions: int64(rng.IntN(100))})
	}
	b.Run("build 200k", func(b *testing.B) {
		for b.Loop() {
			buildSearchIndex(1, ents)
		}
	})
	ix := buildSearchIndex(1, ents)
	qs := [][]string{{"kari"}, {"ka"}, {"mozu", "ta"}, {"grostelin"}}
	b.Run("search", func(b *testing.B) {
		i := 0
		for b.Loop() {
			ix.search(qs[i%len(qs)], nil, 10)
			i++
		}
	})
}
