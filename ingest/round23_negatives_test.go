package ingest

import "testing"

// Round 23, after dev24 was measured: a meeting between two people that
// was put on hold is not one. Counter-example: a meeting held while
// something else is on hold.
func TestMeetingsOnHoldRound23(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"a meeting held, a plan on hold",
			"A\nVaro Kesselin met Marten Oldavi at the harbour on Monday; the dredging plan stays on hold.", "Varo Kesselin", "Marten Oldavi", true},
		{"a meeting put on hold",
			"A\nA second meeting between Varo Kesselin and Marten Oldavi has been put on hold.", "Varo Kesselin", "Marten Oldavi", false},
		{"a meeting put on hold, with an aside",
			"A\nA second meeting between Varo Kesselin and Marten Oldavi, pencilled in for the harbour forum next month, has been put on hold, two officials said.", "Varo Kesselin", "Marten Oldavi", false},
	})
}
