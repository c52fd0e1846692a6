package ingest

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestPathological feeds inputs that break naive text code: one huge
// line, endless punctuation, long repetitions of names and verbs. Each
// must finish quickly and without error. Inputs stay under
// MaxDocumentSize; larger ones are refused (TestHostileInput).
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("slow inputs")
	}
	big := strings.Repeat("Pavel Orlov said Moscow, the Kremlin and Washington met the U.S. envoy, ", int(MaxDocumentSize())/80)
	cases := map[string]string{
		"4MB single line":      big,
		"repeated punctuation": strings.Repeat("!?.,;:—“”()[]«»…-", 100000),
		"repeated dots":        strings.Repeat(".", 1<<20),
		"repeated names":       strings.Repeat("Mr Lee said. ", 200000),
		"repeated war":         strings.Repeat("war war in Ukraine summit G20 summit ", 100000),
		"no spaces":            strings.Repeat("abcdefghij", 400<<10),
		"many lines":           strings.Repeat("Headline\n", 300000),
		"deep quotes":          strings.Repeat("“", 100000) + "said" + strings.Repeat("”", 100000),
		"distinct places":      distinctNames(int(MaxDocumentSize())/40, "Trucks waited in NAME for days. "),
		"distinct patronyms":   distinctNames(int(MaxDocumentSize())/60, "Temir NAME uulu spoke. NAME uulu agreed. "),
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			res, err := Extract(context.Background(), Document{File: "p.txt", Text: []byte(in)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if d := time.Since(start); d > 90*time.Second { // ~2 s normally; generous for -race and loaded CI
				t.Fatalf("took %v", d)
			}
			_ = res
		})
	}
}

// TestResolutionCycles runs sentences whose subject "it" is resolved
// through the subject of its own speech verb. One such shape ("X (ACR)
// said it would …") made subjectOf and refAt call each other until the
// stack overflowed, a fatal error that ends the whole process; the
// depth bound in subjectOf stops any such cycle. Each must extract.
func TestResolutionCycles(t *testing.T) {
	for _, in := range []string{
		"Their council (FC) said it would return.",
		"The Varnholm Fisheries Council (VFC) said it would appeal, and it said it would not pay.",
		"It said it would. It said that it had said it would.",
		"\u201cWe will stay,\u201d said it, and the board (KB) told reporters it would stay.",
		"The ministry (MoF), it said, said it would review it.",
	} {
		if _, err := Extract(context.Background(), Document{File: "c.txt", Text: []byte(in)}); err != nil {
			t.Errorf("%q: %v", in, err)
		}
	}
}

// distinctNames returns n copies of pattern, each with a different
// unknown name for NAME: a rule that scans every mention once per such
// name is quadratic in it.
func distinctNames(n int, pattern string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		name := []byte("Kaaaaa")
		for k, v := len(name)-1, i; k > 0 && v > 0; k, v = k-1, v/26 {
			name[k] = byte('a' + v%26)
		}
		b.WriteString(strings.ReplaceAll(pattern, "NAME", string(name)))
	}
	return b.String()
}
