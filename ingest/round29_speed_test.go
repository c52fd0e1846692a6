package ingest

import (
	"strings"
	"testing"
	"unicode"
)

// refLineKey is lineKey as it was before round 29 (lower-case the cut
// line, make apostrophes plain, then trim): the faster key must give the
// same bytes for every line.
func refLineKey(s string) string {
	if len(s) > 96 {
		cut := 96
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut]
	}
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "\u2019", "'")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || keyTrim[r]
	})
}

// lineKeyCases are lines with every shape lineKey meets: plain and mixed
// case, typographic quotes and dashes around and inside, non-Latin
// capitals, letters whose lower case is longer or shorter in UTF-8, an
// invalid byte, and long lines cut inside a multi-byte rune.
var lineKeyCases = []string{
	"",
	"   ",
	"already lower",
	"Read More:",
	"« Previous Article",
	"Next Article →",
	"——— THE HARBOUR LEDGER ———",
	"Quarry Town’s Mayor Resigns",
	"“Not Today,” Says Ferry Union",
	"ÉDITION DU SOIR | Société",
	"ΔΕΛΤΙΟ ΤΥΠΟΥ",
	"Ⱥrkell İnn KELVIN \u212a",
	"bad \xff byte Here",
	"\xffLEADING invalid",
	"Tagged: ports, rivers, Canal Works ...",
	strings.Repeat("Lighthouse Keepers Vote ", 6),
	strings.Repeat("a", 95) + "Éclair tail",
	strings.Repeat("b", 94) + "’’ Quoted",
	strings.Repeat("Ⱥ", 60),
}

// TestLineKeySameAsBefore checks lineKey and sameLineKey against the
// reference key on every case and every pair of cases.
func TestLineKeySameAsBefore(t *testing.T) {
	for _, c := range lineKeyCases {
		if got, want := lineKey(c), refLineKey(c); got != want {
			t.Errorf("lineKey(%q) = %q, want %q", c, got, want)
		}
	}
	for _, a := range lineKeyCases {
		for _, b := range append(lineKeyCases, strings.ToUpper(a), " "+a+" ..") {
			if got, want := sameLineKey(a, b), refLineKey(a) == refLineKey(b); got != want {
				t.Errorf("sameLineKey(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestLineKeyNoCopy checks that a line that is its own key costs no
// allocation, and that comparing two keys costs none.
func TestLineKeyNoCopy(t *testing.T) {
	if n := testing.AllocsPerRun(20, func() { lineKey("share this story") }); n != 0 {
		t.Errorf("lineKey of a lower-case line: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(20, func() { sameLineKey("“Canal Works Halted”", "Canal works halted.") }); n != 0 {
		t.Errorf("sameLineKey: %v allocations, want 0", n)
	}
}

// keySink keeps a key alive, as a mention does, so that it is counted.
var keySink string

// TestLowerKeySameAsBefore checks lowerKey against the two steps it
// replaces, and that it makes one allocation for a capitalised name.
func TestLowerKeySameAsBefore(t *testing.T) {
	for _, c := range append(lineKeyCases, "Marta Quillon-Ågren", "ÖSTRAVIK HARBOUR BOARD", "Père Ubu’s Theatre") {
		for _, prefix := range []string{"per:", "org:", "ev:summit:", "inst:st:vorland:"} {
			if got, want := lowerKey(prefix, c), prefix+strings.ToLower(c); got != want {
				t.Errorf("lowerKey(%q, %q) = %q, want %q", prefix, c, got, want)
			}
		}
	}
	if n := testing.AllocsPerRun(20, func() { keySink = lowerKey("per:", "Tomasz Ekwueme-Lind") }); n != 1 {
		t.Errorf("lowerKey of a name: %v allocations, want 1", n)
	}
}
