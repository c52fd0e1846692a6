package ingest

import "testing"

// Round 28: a sanctions noun whose own clause says the measure is only
// weighed is no sanction: "sanctions on X remained under active
// consideration", "a travel ban on Y is being studied", "measures against
// Z remain on the table", "… remain an option". Sanctions in force that
// were once under review stay, and so do the other counter-examples the
// frame already kept out (threatened, urged, lifted, debated, a state that
// condemned). Firms, people and places are invented.
func TestPendingSanctionsRound28(t *testing.T) {
	const lead = "A\nBrisk trading marked the week in Valdor. "
	checkRels(t, RelSanctioned, []relCase{
		// real sanctions that stay
		{"in force after a discussion", lead + "Norway said its sanctions on Korvel Tankers which had been under discussion since May took effect on Friday.", "Norway", "Korvel Tankers", true},
		{"prepared with allies and in force", lead + "Norway said its sanctions on Korvel Tankers were prepared with Canada and took effect on Friday.", "Norway", "Korvel Tankers", true},
		{"reviewed every year", lead + "Norway said its sanctions on Korvel Tankers are reviewed every year.", "Norway", "Korvel Tankers", true},
		{"a whose-clause holds the discussion", lead + "Norway said its sanctions on Korvel Tankers whose owners were under study for a year took effect on Friday.", "Norway", "Korvel Tankers", true},
		// review: a later clause with its own verb does not decide
		{"others weighed in a while-clause", lead + "Norway said sanctions on Korvel Tankers took effect on Friday while others are being considered.", "Norway", "Korvel Tankers", true},
		{"more on the table after and", lead + "Norway said sanctions on Korvel Tankers took effect on Friday and more are on the table.", "Norway", "Korvel Tankers", true},
		{"a because-clause", lead + "Norway said sanctions on Korvel Tankers took effect late because talks were proposed too late.", "Norway", "Korvel Tankers", true},
		{"an as-clause", lead + "Norway said sanctions on Korvel Tankers took effect on Friday as the court case was discussed.", "Norway", "Korvel Tankers", true},
		{"under review is in force", lead + "Norway said its sanctions on Korvel Tankers are under review.", "Norway", "Korvel Tankers", true},
		{"being reviewed is in force", lead + "Norway said its sanctions on Korvel Tankers are being reviewed.", "Norway", "Korvel Tankers", true},
		{"a relative clause after a comma", lead + "Norway said its sanctions on Korvel Tankers, which were under review for months, took effect on Friday.", "Norway", "Korvel Tankers", true},
		{"a that-clause without a comma", lead + "Norway said sanctions on Korvel Tankers that had been under review since May took effect on Friday.", "Norway", "Korvel Tankers", true},
		{"plain nominal sanction", lead + "Norway said sanctions on Korvel Tankers took effect on Friday.", "Norway", "Korvel Tankers", true},
		// counter-examples: only weighed
		{"under active consideration", lead + "A Norwegian foreign ministry spokesman said sanctions on Korvel Tankers remained \"under active consideration\".", "Norway", "Korvel Tankers", false},
		{"being prepared", lead + "Norway said sanctions against Korvel Tankers were being prepared.", "Norway", "Korvel Tankers", false},
		{"still being weighed", lead + "Norway said sanctions targeting Korvel Tankers were still being weighed.", "Norway", "Korvel Tankers", false},
		{"an asset freeze being studied", lead + "Norway said an asset freeze on Korvel Tankers was being studied.", "Norway", "Korvel Tankers", false},
		{"under discussion", lead + "Norway said a travel ban on Edvin Morlaug remained under discussion.", "Norway", "Edvin Morlaug", false},
		{"an option", lead + "Norway said sanctions on Korvel Tankers remained an option.", "Norway", "Korvel Tankers", false},
		{"mooted", lead + "Norway said sanctions on Korvel Tankers were mooted in June.", "Norway", "Korvel Tankers", false},
		{"two targets, being considered", lead + "Norway said sanctions on Korvel Tankers and Edvin Morlaug were being considered.", "Norway", "Edvin Morlaug", false},
		// counter-examples the frame already kept out
		{"threatened", lead + "Norway threatened to sanction Korvel Tankers.", "Norway", "Korvel Tankers", false},
		{"urged", lead + "Activists urged Norway to sanction Korvel Tankers.", "Norway", "Korvel Tankers", false},
		{"lifted", lead + "Norway lifted its sanctions on Korvel Tankers in March.", "Norway", "Korvel Tankers", false},
		{"debated", lead + "Sanctions on Korvel Tankers were debated in Oslo.", "Norway", "Korvel Tankers", false},
		{"a state that condemned", lead + "Chile condemned the move after Norway sanctioned Korvel Tankers.", "Chile", "Korvel Tankers", false},
	})
}
