package ingest

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// benchCorpus builds n synthetic articles from templates: varied people,
// states, institutions, furniture, quotes and tables, so the benchmark
// exercises every stage rather than one seed article.
func benchCorpus(n int) [][]byte {
	rng := rand.New(rand.NewSource(42))
	first := []string{"Anna", "Pavel", "Maria", "John", "Li", "Ahmed", "Sofia", "Jean", "Olga", "Kenji", "Fatima", "Carlos"}
	last := []string{"Novak", "Ivanov", "Costa", "Miller", "Wei", "Hassan", "Rossi", "Dubois", "Petrova", "Tanaka", "Khan", "Ruiz"}
	states := []string{"Russia", "the United States", "China", "France", "Germany", "Turkey", "Brazil", "India", "Japan", "Ukraine", "Poland", "Egypt"}
	demonyms := []string{"Russian", "American", "Chinese", "French", "German", "Turkish", "Brazilian", "Indian", "Japanese", "Ukrainian", "Polish", "Egyptian"}
	capitals := []string{"Moscow", "Washington", "Beijing", "Paris", "Berlin", "Ankara", "Brasilia", "New Delhi", "Tokyo", "Kyiv", "Warsaw", "Cairo"}
	roles := []string{"Foreign Minister", "Ambassador", "President", "envoy", "Deputy Foreign Minister", "spokesman", "adviser"}
	orgs := []string{"the United Nations", "NATO", "the European Union", "the Central Intelligence Agency", "the World Bank", "Reuters", "the State Duma", "Harvard University"}
	verbs := []string{"said", "warned", "stressed", "noted", "argued", "told reporters", "emphasized"}
	person := func() string { return first[rng.Intn(len(first))] + " " + last[rng.Intn(len(last))] }
	var out [][]byte
	for a := 0; a < n; a++ {
		var b strings.Builder
		i, j := rng.Intn(len(states)), rng.Intn(len(states))
		fmt.Fprintf(&b, "Home » world » %s and %s talk\n\n", strings.TrimPrefix(states[i], "the "), strings.TrimPrefix(states[j], "the "))
		fmt.Fprintf(&b, "%s and %s hold talks on security\n\nBy %s - Staff Writer\nPublished: March %d, 2025\n\n", capitals[i], capitals[j], person(), 1+rng.Intn(28))
		p1, p2 := person(), person()
		fmt.Fprintf(&b, "%s %s %s met %s %s %s in %s on Monday, officials said.\n", demonyms[i], roles[rng.Intn(len(roles))], p1, demonyms[j], roles[rng.Intn(len(roles))], p2, capitals[rng.Intn(len(capitals))])
		for k := 0; k < 14; k++ {
			switch rng.Intn(7) {
			case 0:
				fmt.Fprintf(&b, "“We want a stable relationship with %s,” %s %s. ", states[rng.Intn(len(states))], strings.Fields(p1)[1], verbs[rng.Intn(len(verbs))])
			case 1:
				fmt.Fprintf(&b, "He %s that %s would not accept new conditions from %s, according to %s. ", verbs[rng.Intn(len(verbs))], capitals[i], capitals[j], orgs[rng.Intn(len(orgs))])
			case 2:
				fmt.Fprintf(&b, "%s imposed sanctions on %s oil companies last year, and %s froze the assets of two banks. ", states[j], demonyms[i], orgs[2])
			case 3:
				fmt.Fprintf(&b, "A planned meeting between %s and %s was postponed until after the summit in %s. ", person(), person(), capitals[rng.Intn(len(capitals))])
			case 4:
				fmt.Fprintf(&b, "%s, the %s %s, has publicly criticized the decision of %s. ", person(), demonyms[rng.Intn(len(demonyms))], roles[rng.Intn(len(roles))], orgs[rng.Intn(len(orgs))])
			case 5:
				fmt.Fprintf(&b, "Analysts in %s and %s said the talks could ease tensions over trade, energy and migration in the coming months. ", capitals[rng.Intn(len(capitals))], capitals[rng.Intn(len(capitals))])
			default:
				fmt.Fprintf(&b, "The diplomat %s that the war in %s must end, while the Cold War analogy was rejected by %s.\n", verbs[rng.Intn(len(verbs))], strings.TrimPrefix(states[rng.Intn(len(states))], "the "), person())
			}
		}
		b.WriteString("\nName Role Country\n")
		fmt.Fprintf(&b, "%s Envoy %s\n%s President %s\n\n", p1, strings.TrimPrefix(states[i], "the "), p2, strings.TrimPrefix(states[j], "the "))
		b.WriteString("Previous Article\n\nStocks fall in Asia\n\nLeave a Comment\n")
		out = append(out, []byte(b.String()))
	}
	return out
}

// BenchmarkExtract measures the whole pipeline in words per second and
// allocations per article.
func BenchmarkExtract(b *testing.B) {
	corpus := benchCorpus(200)
	words := 0
	for _, d := range corpus {
		words += len(strings.Fields(string(d)))
	}
	getLexicon()
	ctx := context.Background()
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range corpus {
			if _, err := Extract(ctx, Document{File: "bench.txt", Text: d}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(len(corpus)*b.N), "allocs/article")
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(words*b.N)/sec, "words/s")
	b.ReportMetric(float64(len(corpus)*b.N)/sec, "articles/s")
	b.ReportMetric(float64(words)/float64(len(corpus)), "words/article")
}

// BenchmarkStages breaks the time down by stage on the same corpus.
func BenchmarkStages(b *testing.B) {
	corpus := benchCorpus(200)
	texts := make([]string, len(corpus))
	for i, d := range corpus {
		texts[i] = clean(string(d)).text
	}
	b.Run("clean", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, d := range corpus {
				clean(string(d))
			}
		}
	})
	b.Run("tokenize+split", func(b *testing.B) {
		var toks []token
		var sents []sentence
		for i := 0; i < b.N; i++ {
			for _, t := range texts {
				toks = tokenize(t, toks)
				sents = splitSentences(t, toks, sents)
			}
		}
	})
}

// TestMemoryFlat extracts a long stream of articles and checks that the
// live heap does not grow with the number processed.
func TestMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("stream test")
	}
	corpus := benchCorpus(100)
	ctx := context.Background()
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	run := func(n int) {
		for i := 0; i < n; i++ {
			if _, err := Extract(ctx, Document{File: "s.txt", Text: corpus[i%len(corpus)]}); err != nil {
				t.Fatal(err)
			}
		}
	}
	run(200)
	base := heap()
	run(3000)
	if grown := int64(heap()) - int64(base); grown > 4<<20 {
		t.Fatalf("heap grew by %d bytes over 3000 articles", grown)
	}
}

// BenchmarkSeeds runs the pipeline over the real seed articles when
// ../shared is present (a second, non-synthetic measurement).
func BenchmarkSeeds(b *testing.B) {
	files, _ := filepath.Glob("../../shared/corpus/seeds/*.txt")
	if len(files) == 0 {
		b.Skip("../shared/corpus/seeds not present")
	}
	var corpus [][]byte
	words := 0
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		corpus = append(corpus, d)
		words += len(strings.Fields(string(d)))
	}
	getLexicon()
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range corpus {
			if _, err := Extract(ctx, Document{File: "seed.txt", Text: d}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
