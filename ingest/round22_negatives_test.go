package ingest

import "testing"

// Round 22, after dev23 was measured: a measure named after its removal
// ("approved the removal of its port restrictions on X") is lifted,
// and a meeting only floated or mooted is not one. Counter-examples: the
// removal of something else in another clause, a floated idea beside a
// meeting that did happen.
func TestLiftedAndFloatedRound22(t *testing.T) {
	const removal = "A\nNorway approved the removal of its port restrictions on Iceland on Friday."
	const otherRemoval = "A\nNorway approved port restrictions on Iceland on Friday, after the removal of its consul."
	checkRels(t, RelSanctioned, []relCase{
		{"restrictions imposed, an ambassador removed", otherRemoval, "Norway", "Iceland", true},
		{"the removal of port restrictions", removal, "Norway", "Iceland", false},
	})
	const floated = "A\nVaro Kesselin's office floated talks with Marten Oldavi at the harbour forum, but nothing came of it."
	const mooted = "A\nVaro Kesselin mooted a meeting with Marten Oldavi at the harbour forum."
	const held = "A\nVaro Kesselin met Marten Oldavi in Port Aldin on Monday, and floated a new fishing agreement."
	checkRels(t, RelMet, []relCase{
		{"a meeting held, an idea floated", held, "Varo Kesselin", "Marten Oldavi", true},
		{"a meeting floated", floated, "Varo Kesselin", "Marten Oldavi", false},
		{"a summit mooted", mooted, "Varo Kesselin", "Marten Oldavi", false},
	})
}
