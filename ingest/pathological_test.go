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
