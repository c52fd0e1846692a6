package ingest

import "testing"

// TestRound24ReviewUSForms checks that the "US X" form of a United States
// body matches only with "US" in capitals: "told us Central Command ..."
// is a pronoun before a name, not the United States command. Names are
// invented.
func TestRound24ReviewUSForms(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"A\nA spokesman for US Central Command said the drill ended on Friday.", "United States Central Command", true},
		{"A\nPlant staff met two US Department of Energy inspectors on Friday.", "United States Department of Energy", true},
		// counter-examples: the pronoun "us"
		{"A\nThe pilots told us Central Command had cleared the flight.", "United States Central Command", false},
		{"A\nThe engineers showed us Department of Energy figures for the plant.", "United States Department of Energy", false},
	} {
		if got := entityByName(run(t, tc.text), tc.name) != nil; got != tc.want {
			t.Errorf("%q: %s found = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}
