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
	const eu = "The European Union sanctioned two grain brokers on Thursday for moving wheat out of occupied ports. "
	checkRels(t, RelSanctioned, []relCase{
		{"designated after a statement", lead + us + "Velmora Agrar and Tessin Grain Partners were designated under the same executive order.", ust, "Velmora Agrar", true},
		{"blacklisted after a statement", lead + us + "Velmora Agrar was also blacklisted that afternoon.", ust, "Velmora Agrar", true},
		// counter-examples the shared guards reject
		{"designated, then removed", lead + us + "Velmora Agrar was designated in 2019 but was removed from the list on Friday.", ust, "Velmora Agrar", false},
		{"designated, then removed, as an aside", lead + us + "Velmora Agrar, designated in 2019, was removed from the list on Friday.", ust, "Velmora Agrar", false},
		// the frame's passive borrows the recent imposer under the same
		// guards: these came from it before
		{"blacklisted, then delisted", lead + us + "Velmora Agrar was blacklisted in 2019 but was delisted on Friday.", ust, "Velmora Agrar", false},
		{"blacklisted in retaliation", lead + eu + "Velmora Agrar was blacklisted in retaliation within hours.", "European Union", "Velmora Agrar", false},
		{"penalized in response", lead + eu + "Velmora Agrar was penalized in response the same evening.", "European Union", "Velmora Agrar", false},
		{"the imposer's own senator", lead + "France sanctioned two grain brokers on Thursday for moving wheat out of occupied ports. Marc Dubreuil, a French senator, was blacklisted on Friday.", "France", "Marc Dubreuil", false},
		// a reason, and the place of frozen wealth, are no counter-measure
		// and no own people
		{"in response to a reason", lead + eu + "Velmora Agrar was blacklisted in response to its role in the grain trade.", "European Union", "Velmora Agrar", true},
		{"whose EU assets were frozen", lead + eu + "Among those whose EU assets were frozen is Velmora Agrar.", "European Union", "Velmora Agrar", true},
		// a progressive is no passive: its subject imposes
		{"is also sanctioning", lead + us + "Canada is also sanctioning Velmora Agrar and Tessin Grain Partners.", "Canada", "Tessin Grain Partners", true},
		{"is also sanctioning, not a target", lead + us + "Canada is also sanctioning Velmora Agrar and Tessin Grain Partners.", ust, "Canada", false},
		{"the SDN list after a Canadian statement", lead + "Canada sanctioned Tessin Grain Partners over its cargoes on Monday. Velmora Agrar was designated under the SDN program as well.", "Canada", "Velmora Agrar", false},
	})
}
