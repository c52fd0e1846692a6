package ingest

import "testing"

// Round 26: meetings. Two people joined by "and" as the subjects of
// "discussed" (with no "with" after it), or of "spoke"/"talked" for a
// stated span of time, held one conversation: "X and Y discussed the
// levy", "X and Y spoke for forty minutes". People are invented.

func TestPairDiscussedRound26(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"a pair after said that", "Aides said that Teodor Marsk and Halina Obrecht discussed the grain levy over lunch in Tarnow.", "Teodor Marsk", "Halina Obrecht", true},
		{"two people discuss a matter", "Teodor Marsk and Halina Obrecht discussed the grain levy over breakfast in Tarnow on Sunday.", "Teodor Marsk", "Halina Obrecht", true},
		{"a titled second subject", "Teodor Marsk and the bank's chief economist, Halina Obrecht, discussed the bond auction at a hotel in Tarnow.", "Teodor Marsk", "Halina Obrecht", true},
		{"the two after a visit", "Teodor Marsk and Halina Obrecht have sparred for years. The two discussed river freight and a bridge toll in Tarnow on Sunday.", "Teodor Marsk", "Halina Obrecht", true},
		// counter-examples
		{"a pair after a preposition", "A memo by Teodor Marsk and Halina Obrecht discussed the grain levy in detail.", "Teodor Marsk", "Halina Obrecht", false},
		{"each on their own", "Teodor Marsk and Halina Obrecht discussed the grain levy in separate radio interviews.", "Teodor Marsk", "Halina Obrecht", false},
		{"denied", "Teodor Marsk and Halina Obrecht have not discussed the grain levy at all.", "Teodor Marsk", "Halina Obrecht", false},
		{"a plan", "Teodor Marsk and Halina Obrecht will have discussed the grain levy by Friday.", "Teodor Marsk", "Halina Obrecht", false},
		{"in their own columns", "Teodor Marsk and Halina Obrecht discussed the harbour verdict in their weekly columns.", "Teodor Marsk", "Halina Obrecht", false},
		{"on air", "Teodor Marsk and Halina Obrecht discussed the harbour verdict on television on Sunday.", "Teodor Marsk", "Halina Obrecht", false},
		{"both, in speeches", "Both Teodor Marsk and Halina Obrecht discussed the grain levy at length.", "Teodor Marsk", "Halina Obrecht", false},
		{"never met", "Teodor Marsk and Halina Obrecht, who have never met, discussed the grain levy last spring.", "Teodor Marsk", "Halina Obrecht", false},
		{"object of a relative clause", "A draft that Teodor Marsk and Halina Obrecht discussed was found on a train.", "Teodor Marsk", "Halina Obrecht", false},
	})
}

func TestPairSpokeForSpanRound26(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"minutes", "Mr Teodor Marsk and Ms Halina Obrecht spoke for 25 minutes on the edge of a farm fair in Tarnow.", "Teodor Marsk", "Halina Obrecht", true},
		{"about an hour", "Teodor Marsk and Halina Obrecht spoke for about an hour in a cafe near the port.", "Teodor Marsk", "Halina Obrecht", true},
		// counter-examples
		{"a speech each", "Teodor Marsk and Halina Obrecht spoke for ten minutes each at the dockers' rally.", "Teodor Marsk", "Halina Obrecht", false},
		{"for a side, no span", "Teodor Marsk and Halina Obrecht spoke for the motion in the chamber on Tuesday.", "Teodor Marsk", "Halina Obrecht", false},
		{"a span without for", "Teodor Marsk and Halina Obrecht spoke at length at the dockers' rally.", "Teodor Marsk", "Halina Obrecht", false},
		{"sat, no talk", "Teodor Marsk and Halina Obrecht sat for three hours in the public gallery.", "Teodor Marsk", "Halina Obrecht", false},
		{"for a side, then a time", "Teodor Marsk and Halina Obrecht spoke for the dockers this morning.", "Teodor Marsk", "Halina Obrecht", false},
		{"apiece", "Teodor Marsk and Halina Obrecht spoke for five minutes apiece before the vote.", "Teodor Marsk", "Halina Obrecht", false},
		{"in turn", "Teodor Marsk and Halina Obrecht spoke for five minutes in turn before the vote.", "Teodor Marsk", "Halina Obrecht", false},
		{"a span at a rally", "Teodor Marsk and Halina Obrecht spoke for 15 minutes at the farmers' rally.", "Teodor Marsk", "Halina Obrecht", false},
		{"a span to a radio audience", "Teodor Marsk and Halina Obrecht spoke for an hour on regional radio.", "Teodor Marsk", "Halina Obrecht", false},
		{"never met, spoke for an hour", "Teodor Marsk and Halina Obrecht, who have never met, spoke for an hour at separate events.", "Teodor Marsk", "Halina Obrecht", false},
	})
}
