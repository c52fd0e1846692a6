package ingest

import (
	"strings"
	"testing"
)

// Round 25: events. An ordinal numbers one event: "the North's fourth
// missile test", "the 41st ASEAN Summit" (the body's summit keeps the
// body's key, so a headline's "ASEAN Summit" is the same event). A year
// dates a default or a standoff as it dates a war or a coup ("the 1998
// default"). People are invented; states and bodies are real.

func TestOrdinalEventsRound25(t *testing.T) {
	checkEnts(t, []entCase{
		{"an ordinal after a possessive, date after", "Orsola Benn said the curbs followed Karvia's fourth missile test in March.", "fourth missile test", TypeEvent},
		{"an ordinal after the article, no date", "Orsola Benn said the ban was agreed after the 5th nuclear test.", "5th nuclear test", TypeEvent},
		{"a numbered body summit", "Orsola Benn flew to Manila for the 41st ASEAN Summit on Friday.", "41st ASEAN Summit", TypeEvent},
		// counter-examples
		{"first counts a kind", "Orsola Benn said the first missile tests in years alarmed the region.", "first missile tests", ""},
		{"an ordinal after an indefinite article", "Orsola Benn warned that a third nuclear test would bring new curbs.", "third nuclear test", ""},
		{"an ordinal without a modifier", "Orsola Benn said it was the second war she had covered.", "second war", ""},
		{"a word ordinal before a body summit", "Orsola Benn said it was the second ASEAN Summit she had covered.", "second ASEAN Summit", ""},
		{"a numeral first counts a kind too", "Orsola Benn said the 1st missile tests in years alarmed the region.", "1st missile tests", ""},
	})
}

// TestNumberedSummitJoinsRound25: the numbered summit and the plain one
// named before it are one event.
func TestNumberedSummitJoinsRound25(t *testing.T) {
	res := run(t, "Deals struck\n\nOrsola Benn left the ASEAN Summit early on Monday. The closing statement of the 41st ASEAN Summit ran to twelve pages, she said.\n")
	n := 0
	for _, e := range res.Entities {
		if e.Type == TypeEvent && strings.Contains(e.Name, "Summit") {
			n++
		}
	}
	if n != 1 || entityByName(res, "41st ASEAN Summit") == nil {
		t.Errorf("want one event 41st ASEAN Summit, got %d summits\n%s", n, dump(res))
	}
}

func TestDatedDefaultsRound25(t *testing.T) {
	checkEnts(t, []entCase{
		{"a dated default", "Orsola Benn said creditors still remember the 1998 default and its losses.", "1998 default", TypeEvent},
		{"a dated standoff", "Orsola Benn said exports had been blocked since the 2017 standoff near the reef.", "2017 standoff", TypeEvent},
		// counter-examples
		{"a year dating the clause", "Orsola Benn said that in 2019 default rates rose sharply.", "2019 default", ""},
		{"no date", "Orsola Benn said the standoff could last for months.", "standoff", ""},
		{"an undated default", "Orsola Benn said a default would shut the bond market.", "default", ""},
		{"default naming a rate", "Orsola Benn said the 2023 default rate for farm loans was the worst on record.", "2023 default", ""},
		{"default naming a risk", "Orsola Benn said the lenders cut the 2024 default risk by half.", "2024 default", ""},
		{"standoff naming a weapon", "Orsola Benn said the 2026 standoff missiles had not been delivered.", "2026 standoff", ""},
	})
}

// TestTwoNumberedSummitsRound25: two numbered summits of one body are two
// events; a plain one beside them is joined to neither.
func TestTwoNumberedSummitsRound25(t *testing.T) {
	res := run(t, "Deals struck\n\nOrsola Benn left the ASEAN Summit early. She said the 41st ASEAN Summit had done more than the 42nd ASEAN Summit would.\n")
	a, b := entityByName(res, "41st ASEAN Summit"), entityByName(res, "42nd ASEAN Summit")
	if a == nil || b == nil || a == b {
		t.Fatalf("want two events 41st and 42nd ASEAN Summit\n%s", dump(res))
	}
	if p := entityByName(res, "ASEAN Summit"); p == a || p == b {
		t.Errorf("the plain ASEAN Summit joined a numbered one\n%s", dump(res))
	}
}
