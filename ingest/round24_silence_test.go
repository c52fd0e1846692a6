package ingest

import "testing"

// TestRound24SaidNothing checks that "said nothing" closed by a phrase of
// where, about what or since when is silence, not a statement, and that
// "said nothing would …" still reports what was said.
func TestRound24SaidNothing(t *testing.T) {
	const head = "Harbour row\n\nTalks between Ostria and Marvania on trawler licences stalled for a third week. "
	for _, tc := range []struct {
		name, text, speaker string
		want                bool
	}{
		{"silence in public", head + "Marvania's fisheries ministry has said nothing in public.", "Marvania", false},
		{"silence about a subject", head + "Tomas Brekke-Lind said nothing about the licences on Monday.", "Tomas Brekke-Lind", false},
		{"silence closed by a full stop", head + "Asked twice, Tomas Brekke-Lind said nothing.", "Tomas Brekke-Lind", false},
		// counter-examples: something was said
		{"nothing as the reported clause's subject", head + "Tomas Brekke-Lind said nothing would change before the spring.", "Tomas Brekke-Lind", true},
		{"a plain statement", head + "Tomas Brekke-Lind said the licences would be reviewed.", "Tomas Brekke-Lind", true},
	} {
		if got := hasRel(run(t, tc.text), RelSaid, tc.speaker, ""); got != tc.want {
			t.Errorf("%s: SAID(%s) = %v, want %v", tc.name, tc.speaker, got, tc.want)
		}
	}
}
