package ingest

import "testing"

// Round 26 review: a bracketed short form takes the body right before it
// only within its own sentence. All bodies and people are invented.
func TestShortFormSentenceRound26Review(t *testing.T) {
	for _, tc := range []shortFormCase{
		{"brackets glued to the previous sentence's full stop", "Nandi Sibanda met the Tembe Workers Alliance.(KORVAL) Its chair Rudo Chari said prices would rise.", "KORVAL", "Tembe Workers Alliance", false},
		// the bracket in the same sentence still names the body
		{"brackets right after the body", "Nandi Sibanda met the Tembe Workers Alliance (KORVAL) on Monday.", "KORVAL", "Tembe Workers Alliance", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Dispute over levies widens\n\nThe hearing opened on Tuesday. "+tc.text+"\n")
			s, b := entityByName(res, tc.short), entityByName(res, tc.body)
			if got := s != nil && s == b; got != tc.want {
				t.Errorf("%q names %q: %v, want %v\n%s", tc.short, tc.body, got, tc.want, dump(res))
			}
		})
	}
}

// Round 26 review: a territory that acts as a state lends its name to
// firms; the firm speaks, not the territory. The speakers are real firms
// known by general knowledge; the sentences are invented.
func TestFirmsNamedAfterTerritoriesRound26Review(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"seafood firm speaks", art("Royal Greenland said it would cut two trawler crews this winter."), "Royal Greenland", "", true},
		{"seafood firm is not the territory", art("Royal Greenland said it would cut two trawler crews this winter."), "Greenland", "", false},
		{"airline speaks", art("Air Greenland said its winter timetable would add a second weekly route."), "Air Greenland", "", true},
		{"airline is not the territory", art("Air Greenland said its winter timetable would add a second weekly route."), "Greenland", "", false},
		// the territory itself still speaks
		{"the territory speaks", art("Greenland said it would close two fjords to foreign trawlers."), "Greenland", "", true},
	})
}
