package ingest

import "testing"

// Round 19: SANCTIONED and SAID frames from unfamiliar outlets, each with
// counter-examples. People and firms are invented.

// Coordinated imposers each with an article: "Both the UK and the EU
// have renewed their sanctions on X". Counter-examples: a considered
// tightening, and a state inside a prepositional phrase.
func TestCoordinatedImposersRound19(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"the A and the B", "A\nBoth the UK and the EU have renewed their sanctions on Belarus twice this decade.", "European Union", "Belarus", true},
		{"the second too", "A\nBoth the UK and the EU have renewed their sanctions on Belarus twice this decade.", "United Kingdom", "Belarus", true},
		// counter-examples
		{"considered", "A\nBoth the UK and the EU are weighing whether to renew their sanctions on Belarus.", "European Union", "Belarus", false},
		{"in a prepositional phrase", "A\nFishermen in Norway and the UK have renewed their rules on Belarus.", "Norway", "Belarus", false},
	})
}

// "announced measures / sanctions" tells a deed, not a statement; the
// sanction inside "announced that X has imposed" is X's, not the
// announcer's. Counter-examples: "announced that …" stays a statement.
func TestAnnouncedMeasuresRound19(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"announced that: a statement", "A\nCanada announced that it would reopen its embassy in Kyiv.", "Canada", "", true},
		{"announced that a sanction: still a statement", "A\nForeign Minister Jane Ollerton announced in parliament that Australia has imposed sanctions on Tomas Vrelik.", "Jane Ollerton", "", true},
		// counter-examples
		{"announced parallel measures", "A\nBritain and Canada unveiled matching measures the next morning.", "Canada", "", false},
		{"announced new sanctions together", "A\nNorway and Finland announced new sanctions on Halvor Trading on Monday.", "Norway", "", false},
	})
	checkRels(t, RelSanctioned, []relCase{
		{"the clause's imposer", "A\nForeign Minister Jane Ollerton announced in parliament that Australia has imposed sanctions on Tomas Vrelik.", "Australia", "Tomas Vrelik", true},
		{"announced sanctions on X", "A\nNorway announced new sanctions on Halvor Trading on Monday.", "Norway", "Halvor Trading", true},
		// counter-examples
		{"not the announcer", "A\nForeign Minister Jane Ollerton announced in parliament that Australia has imposed sanctions on Tomas Vrelik.", "Jane Ollerton", "Tomas Vrelik", false},
		{"announced it would consider", "A\nNorway announced that it would consider sanctions on Halvor Trading.", "Norway", "Halvor Trading", false},
	})
}

// Frozen accounts name their owner: "freezing X's accounts", "froze his
// accounts" after the person is named. Counter-examples: what follows the
// accounts is no target, "freezing temperatures", a denied freeze.
func TestFrozenAccountsRound19(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"freezing X's accounts", "A\nBritain moved on Friday, with London freezing Halvor Trading's accounts kept in Scottish banks.", "United Kingdom", "Halvor Trading", true},
		{"froze his accounts", "A\nIn 2017 the European Union blocked the wealth of Tomas Vrelik, a shipowner. Switzerland froze his accounts soon after.", "Switzerland", "Tomas Vrelik", true},
		{"froze the accounts of X", "A\nSwitzerland froze the accounts of Tomas Vrelik in 2011.", "Switzerland", "Tomas Vrelik", true},
		// counter-examples
		{"not what follows the accounts", "A\nBritain moved, with London freezing Halvor Trading's accounts kept in Scottish banks while Ottawa barred Canadian firms from dealing with it.", "United Kingdom", "Canada", false},
		{"freezing temperatures", "A\nNorway, in freezing temperatures, welcomed Tomas Vrelik.", "Norway", "Tomas Vrelik", false},
		{"denied freezing his accounts", "A\nTomas Vrelik is a shipowner. Kenya's Treasury denied a newspaper claim that it had frozen his accounts.", "Kenya", "Tomas Vrelik", false},
		{"his accounts with no person", "A\nSwitzerland froze his accounts soon after.", "Switzerland", "Switzerland", false},
	})
}

// A possessor's decision to sanction names a real sanction:
// "Washington's decision last week to sanction X". Counter-examples: a
// decision not to sanction, an expected decision, a decision on whether.
func TestDecisionToSanctionRound19(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"decision to sanction", "A\nFarmers are weighing Washington's decision last week to sanction the Coastal Response Brigade and four of its commanders.", "United States", "Coastal Response Brigade", true},
		// counter-examples
		{"decision not to sanction", "A\nExporters welcomed Washington's decision not to sanction the Coastal Response Brigade.", "United States", "Coastal Response Brigade", false},
		{"expected decision", "A\nExporters await an expected decision by Washington to sanction the Coastal Response Brigade.", "United States", "Coastal Response Brigade", false},
		{"decision on whether", "A\nExporters await Washington's decision on whether to sanction the Coastal Response Brigade.", "United States", "Coastal Response Brigade", false},
	})
}

// "The five individuals are:" after a sanction on a counted group opens a
// bullet list of its targets. Counter-examples: the same list after a
// statement that is no sanction, and a line after the list.
func TestListedTargetsRound19(t *testing.T) {
	sanction := "Canberra acts on army officers\n\nAustralia has imposed targeted sanctions on five Ruritanian army officers.\n\nThe two individuals are:\n- Lieutenant General Tomas Vrelik, a former regional commander;\n- Colonel Anik Dorrman, a battalion commander.\n\nThe minister met Piet Olander on Monday."
	visit := "Canberra acts on army officers\n\nAustralia has welcomed five Ruritanian army officers.\n\nThe two individuals are:\n- Lieutenant General Tomas Vrelik, a former regional commander;\n- Colonel Anik Dorrman, a battalion commander."
	checkRels(t, RelSanctioned, []relCase{
		{"first item", sanction, "Australia", "Tomas Vrelik", true},
		{"last item", sanction, "Australia", "Anik Dorrman", true},
		// counter-examples
		{"no sanction before", visit, "Australia", "Tomas Vrelik", false},
		{"after the list", sanction, "Australia", "Piet Olander", false},
	})
}
