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
		{"silence in public", head + "Tomas Brekke-Lind has said nothing in public.", "Tomas Brekke-Lind", false},
		{"silence about a subject", head + "Tomas Brekke-Lind said nothing about the licences on Monday.", "Tomas Brekke-Lind", false},
		{"silence closed by a full stop", head + "Asked twice, Tomas Brekke-Lind said nothing.", "Tomas Brekke-Lind", false},
		// counter-examples: something was said
		{"nothing as the reported clause's subject", head + "Tomas Brekke-Lind said nothing would change before the spring.", "Tomas Brekke-Lind", true},
		{"nothing in a text as the clause's subject", head + "Tomas Brekke-Lind said nothing in the new draft would alter the catch limits.", "Tomas Brekke-Lind", true},
		{"nothing on a list as the clause's subject", head + "Tomas Brekke-Lind said nothing on the agenda was settled yet.", "Tomas Brekke-Lind", true},
		{"silence about whether", head + "Tomas Brekke-Lind said nothing about whether the licences would be renewed.", "Tomas Brekke-Lind", false},
		{"a plain statement", head + "Tomas Brekke-Lind said the licences would be reviewed.", "Tomas Brekke-Lind", true},
	} {
		if got := hasRel(run(t, tc.text), RelSaid, tc.speaker, ""); got != tc.want {
			t.Errorf("%s: SAID(%s) = %v, want %v", tc.name, tc.speaker, got, tc.want)
		}
	}
}
