package ingest

import "testing"

// Round 33: a passive listing with no "by" ("A and B were put on the SDN
// list", "X has since been put on the bloc's blacklist", "Y was placed
// under a travel ban") is the act of the list's keeper when the list
// names one ("to Canada's list", "to OFAC's blacklist"), else of the
// imposer of the sanctions statement of the three sentences before. Every
// conjunct of the subject is a target ("A, a tanker operator, and B",
// "the lender's chairman, C, and the grain broker D"), but not a state
// that only owns the first one ("Iran's A and B"). A modal listing, a list
// that is no sanctions list, house arrest and a listing with nothing
// before to impose it stay negative. Firms and people are invented; the
// states and bodies are real.
func TestPassiveListingRound33(t *testing.T) {
	const lead = "A\nFreight rates across the strait fell all spring. "
	const us = "The US Treasury blacklisted two tanker operators early on Thursday for shipping crude out of Venezuela. "
	const ust = "United States Department of the Treasury"
	checkRels(t, RelSanctioned, []relCase{
		{"added to the SDN list after a statement", lead + us + "Korvel Maritime, a firm run out of Limassol, and Ostrava Freight Lines were added to the SDN blacklist that afternoon.", ust, "Korvel Maritime", true},
		{"the second conjunct too", lead + us + "Korvel Maritime, a firm run out of Limassol, and Ostrava Freight Lines were added to the SDN blacklist that afternoon.", ust, "Ostrava Freight Lines", true},
		{"a titled person and a described firm", lead + "Washington moved against a farm lender run by the state in Caracas late on Friday. The lender's chairman, Rafael Ortigoza Lema, and the grain broker Caribe Vantor S.A. have now been added to Washington's blacklist.", "United States", "Rafael Ortigoza Lema", true},
		{"a keeper's possessive blacklist", lead + "Varno Petrescu boasts that he keeps no money abroad. Varno Petrescu, who runs the town of Brela, was added in January to OFAC's blacklist.", "Office of Foreign Assets Control", "Varno Petrescu", true},
		{"put on the bloc's blacklist", lead + "The European Union blacklisted a junta general in Bamako on Thursday. The junta's leader, Colonel Idrissa Fombara, has been put on the bloc's blacklist too.", "European Union", "Idrissa Fombara", true},
		{"placed under a travel ban", lead + "Bern froze the bank accounts of two bullion dealers on Wednesday. Their owner, Osric Vandel-Maas, was placed under a travel ban as well.", "Switzerland", "Osric Vandel-Maas", true},
		// counter-examples
		{"a modal listing", lead + us + "Korvel Maritime might yet be added to the SDN blacklist, a lawyer warned.", ust, "Korvel Maritime", false},
		{"no statement before", lead + "Chile's navy escorted the convoy on Monday. Korvel Maritime was added to the SDN blacklist that afternoon, a broker said.", "Chile", "Korvel Maritime", false},
		{"a list of speakers", lead + us + "Korvel Maritime was added to the roster of guests at the shipping forum.", ust, "Korvel Maritime", false},
		{"house arrest", lead + "Bern froze the bank accounts of two bullion dealers on Wednesday. Their owner, Osric Vandel-Maas, was placed under house arrest in Zug.", "Switzerland", "Osric Vandel-Maas", false},
		{"a state that owns the first firm", lead + us + "Iran's Kavir Shipping and Pardis Tankers were added to the SDN blacklist that afternoon.", ust, "Iran", false},
	})
}

// Round 33: "the <noun> itself" in a list of targets stands for the body
// named earlier in the sentence whose name ends in that noun: "sanctions
// on X, who heads the Y Brigade, and on the brigade itself", "designated
// X, commander of the Z Regiment, …, the regiment itself and W". Only as
// a list item (after "and", "on", "of" or a comma, before a comma, "and"
// or the end), and only for a body named before.
func TestItselfTargetRound33(t *testing.T) {
	const lead = "A\nArmed groups tightened their grip on the port city in June. "
	checkRels(t, RelSanctioned, []relCase{
		{"and on the brigade itself", lead + "Washington imposed fresh sanctions on Wilmer Dorsaint, who heads the Delmas Brigade, and on the brigade itself.", "United States", "Delmas Brigade", true},
		{"the regiment itself in a list", lead + "The Treasury Department designated Karim Bouzeid, commander of the Marsa Shield Regiment, his cousin Nabil Bouzeid, the regiment itself and Tarvo Shipping.", "United States Department of the Treasury", "Marsa Shield Regiment", true},
		// counter-examples
		{"itself as a subject", lead + "Washington imposed fresh sanctions on Wilmer Dorsaint, who heads the Delmas Brigade, whose founder said the brigade itself would survive.", "United States", "Delmas Brigade", false},
		{"no body named before", lead + "Washington imposed fresh sanctions on Wilmer Dorsaint and on the militia itself.", "United States", "Wilmer Dorsaint", true},
	})
}
