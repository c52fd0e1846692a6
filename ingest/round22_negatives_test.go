package ingest

import "testing"

// Round 22, after dev23 was measured: a measure named after its removal
// ("announced the removal of its travel restrictions on X") is lifted,
// and a meeting only floated or mooted is not one. Counter-examples: the
// removal of something else in another clause, a floated idea beside a
// meeting that did happen.
func TestLiftedAndFloatedRound22(t *testing.T) {
	const removal = "A\nNorway announced the removal of its own travel restrictions on Iceland last week."
	const otherRemoval = "A\nNorway imposed travel restrictions on Iceland on Monday, after the removal of its ambassador."
	checkRels(t, RelSanctioned, []relCase{
		{"restrictions imposed, an ambassador removed", otherRemoval, "Norway", "Iceland", true},
		{"the removal of travel restrictions", removal, "Norway", "Iceland", false},
	})
	const floated = "A\nAides to President Varo Kesselin floated a meeting between him and Marten Oldavi in Port Aldin in December; the ministry turned the idea down."
	const mooted = "A\nA summit between Varo Kesselin and Marten Oldavi was mooted in the spring."
	const held = "A\nVaro Kesselin met Marten Oldavi in Port Aldin on Monday, and floated a new fishing agreement."
	checkRels(t, RelMet, []relCase{
		{"a meeting held, an idea floated", held, "Varo Kesselin", "Marten Oldavi", true},
		{"a meeting floated", floated, "Varo Kesselin", "Marten Oldavi", false},
		{"a summit mooted", mooted, "Varo Kesselin", "Marten Oldavi", false},
	})
}
