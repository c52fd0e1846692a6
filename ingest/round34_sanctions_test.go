package ingest

import "testing"

// Round 34: the two passive listings with no "by" borrow the recent
// imposer under the same guards. "X was blacklisted", "Y was designated
// under …" (passiveListing) now refuses, as "X was added to the list"
// (unsaidImposer) did, a sentence that also tells a removal, a
// counter-measure ("In retaliation, …"), a subject that is the imposer's
// own people and the SDN list after a non-US statement. On dev1..dev45
// the output is unchanged; the SDN case below was wrong before. Firms and
// people are invented; the states and bodies are real.
func TestPassiveDesignationGuardsRound34(t *testing.T) {
	const lead = "A\nCargo volumes through the northern port slipped all winter. "
	const us = "The US Treasury sanctioned two grain brokers on Thursday for moving wheat out of occupied ports. "
	const ust = "United States Department of the Treasury"
	checkRels(t, RelSanctioned, []relCase{
		{"designated after a statement", lead + us + "Velmora Agrar and Tessin Grain Partners were designated under the same executive order.", ust, "Velmora Agrar", true},
		{"blacklisted after a statement", lead + us + "Velmora Agrar was also blacklisted that afternoon.", ust, "Velmora Agrar", true},
		// counter-examples the shared guards reject
		{"designated, then removed", lead + us + "Velmora Agrar, designated in 2019, was removed from the list on Friday.", ust, "Velmora Agrar", false},
		{"the SDN list after a Canadian statement", lead + "Canada sanctioned Tessin Grain Partners over its cargoes on Monday. Velmora Agrar was designated under the SDN program as well.", "Canada", "Velmora Agrar", false},
	})
}
