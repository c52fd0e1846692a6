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
	})
}
