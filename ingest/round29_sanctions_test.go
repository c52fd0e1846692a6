package ingest

import "testing"

// Round 29: a demonym or a "<City>-registered" group whose members are
// named right after it ("two Kestrian army colonels, A and B") has the
// named ones as targets, not their state; an unnamed group, or a second
// group joined by "and" before the names, still stands for its state.
// Firms, people and places are invented; Kestria and Valdor are not
// states, so the tests use real states as places of origin only.
func TestDescribedGroupRound29(t *testing.T) {
	const lead = "A\nBrisk trading marked the week in Valdor. "
	checkRels(t, RelSanctioned, []relCase{
		{"the named officers are targets", lead + "Last week Norway imposed sanctions on three senior Kenyan police officers, Col Abel Marwick and Tobias Lenner, freezing their assets.", "Norway", "Tobias Lenner", true},
		{"the officers' state is no target", lead + "Last week Norway imposed sanctions on three senior Kenyan police officers, Col Abel Marwick and Tobias Lenner, freezing their assets.", "Norway", "Kenya", false},
		{"a capital-registered group, named", lead + "Norway on Monday blacklisted two Nairobi-registered fuel traders, Korvel Petro Ltd and Brisa Marine Services, for breaking the embargo.", "Norway", "Brisa Marine Services", true},
		{"the capital's state is no target", lead + "Norway on Monday blacklisted two Nairobi-registered fuel traders, Korvel Petro Ltd and Brisa Marine Services, for breaking the embargo.", "Norway", "Kenya", false},
		// counter-examples: the state stays a target
		{"an unnamed group stands for its state", lead + "Norway on Monday blacklisted two Kenyan fuel traders for breaking the embargo.", "Norway", "Kenya", true},
		// (active: another pass keeps the state too; the passive rows
		// below are the ones that need the group test)
		{"a second group before the name", lead + "Norway on Monday blacklisted three Kenyan fuel traders and a Nairobi-registered broker, Korvel Petro Ltd, for breaking the embargo.", "Norway", "Kenya", true},
		{"a second group before the name, passive", lead + "Three Kenyan fuel traders and a Nairobi-registered broker, Korvel Petro Ltd, were blacklisted by Norway on Monday.", "Norway", "Kenya", true},
		{"and its named broker", lead + "Norway on Monday blacklisted three Kenyan fuel traders and a Nairobi-registered broker, Korvel Petro Ltd, for breaking the embargo.", "Norway", "Korvel Petro Ltd", true},
		// review: a clause, not a group, before the comma; a description
		// that never reaches a comma
		{"a reason clause keeps the state", lead + "Last week Norway sanctioned Kenyan officials over the arrests of a pair of rival politicians, Abel Marwick and Tobias Lenner.", "Norway", "Kenya", true},
		{"an unclosed description names no source", lead + "Norway blacklisted Kenyan traders who had carried diesel to armed bands in the north across several seasons according to Korvel Petro Ltd.", "Norway", "Korvel Petro Ltd", false},
		{"and keeps its state", lead + "Norway blacklisted Kenyan traders who had carried diesel to armed bands in the north across several seasons according to Korvel Petro Ltd.", "Norway", "Kenya", true},
		{"an unnamed group with no comma", lead + "Norway blacklisted Kenyan traders who had carried diesel to armed bands in the north across several seasons, Korvel Petro Ltd said.", "Norway", "Kenya", true},
		// counter-examples the frame keeps out before the group is read
		// (they guard the frame, not the group rule)
		{"threatened", lead + "Norway threatened sanctions on three Kenyan police officers, Col Abel Marwick and Tobias Lenner.", "Norway", "Tobias Lenner", false},
		{"urged", lead + "Activists urged Norway to sanction two Kenyan police officers, Col Abel Marwick and Tobias Lenner.", "Norway", "Tobias Lenner", false},
		{"lifted", lead + "Norway lifted its sanctions on two Kenyan police officers, Col Abel Marwick and Tobias Lenner.", "Norway", "Tobias Lenner", false},
		{"a state that condemned", lead + "Chile condemned the step after Norway blacklisted two Kenyan police officers, Col Abel Marwick and Tobias Lenner.", "Chile", "Tobias Lenner", false},
	})
}
