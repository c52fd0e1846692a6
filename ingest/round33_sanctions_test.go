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
		// a fronted phrase is no part of the subject
		{"according to a news agency", lead + us + "According to Reuters, Korvel Maritime and Ostrava Freight Lines were added to the SDN list that afternoon.", ust, "Reuters", false},
		{"according to: both conjuncts", lead + us + "According to Reuters, Korvel Maritime and Ostrava Freight Lines were added to the SDN list that afternoon.", ust, "Korvel Maritime", true},
		{"after talks with a firm", lead + us + "After talks with Brask Petroleum, Korvel Maritime was added to the SDN list that afternoon.", ust, "Brask Petroleum", false},
		{"unlike a firm", lead + us + "Unlike Rosneft, Korvel Maritime was added to the SDN list that afternoon.", ust, "Rosneft", false},
		// a counter-measure is the other side's
		{"in retaliation", lead + "The European Union imposed sanctions on Dmitri Volkhov on Monday. In retaliation, Anna Berglund, a Swedish lawmaker, was put under an entry ban.", "European Union", "Anna Berglund", false},
		{"the imposer's own senators", lead + "France froze the assets of Dmitri Volkhov on Monday. Two French senators, Anna Berglund and Paul Dorval, were placed under an asset freeze.", "France", "Anna Berglund", false},
		// no sanctions list or measure heads the phrase
		{"put on notice", lead + us + "Korvel Maritime was put on notice that it could face sanctions too.", ust, "Korvel Maritime", false},
		{"a watchlist of firms", lead + us + "Korvel Maritime was placed on a watchlist of firms to monitor.", ust, "Korvel Maritime", false},
		{"the agenda of a committee", lead + us + "Korvel Maritime was placed on the agenda for the sanctions committee.", ust, "Korvel Maritime", false},
		{"a sanctions review", lead + us + "Korvel Maritime was placed under a sanctions review.", ust, "Korvel Maritime", false},
		// a removal told in the same sentence
		{"placed, then removed", lead + us + "Korvel Maritime, which was placed on the SDN list in 2019, was removed from it on Friday.", ust, "Korvel Maritime", false},
		// the SDN list is OFAC's: a recent imposer of another state does not keep it
		{"the SDN list after a US statement", lead + us + "Korvel Maritime was placed on the SDN list late that evening.", ust, "Korvel Maritime", true},
		{"the SDN list after a Canadian statement", lead + "Canada sanctioned Ostrava Freight Lines over its tankers on Monday. Korvel Maritime was placed on the SDN list as well.", "Canada", "Korvel Maritime", false},
	})
}

// Round 33: "the <noun> itself" in a list of targets stands for the body
// named earlier in the sentence whose name ends in that noun: "sanctions
// on X, who heads the Y Brigade, and on the brigade itself", "designated
// X, commander of the Z Regiment, …, the regiment itself and W". Only as
// a list item that continues the list (after "and" or a comma, or after
// an "on" that follows one; before a comma, "and" or the end), inside
// the list (not after "but", "citing", "over", nor after the "to" of the
// sanctions list), and only for a body named before with that noun.
func TestItselfTargetRound33(t *testing.T) {
	const lead = "A\nArmed groups tightened their grip on the port city in June. "
	checkRels(t, RelSanctioned, []relCase{
		{"and on the brigade itself", lead + "Washington imposed fresh sanctions on Wilmer Dorsaint, who heads the Delmas Brigade, and on the brigade itself.", "United States", "Delmas Brigade", true},
		{"the regiment itself in a list", lead + "The Treasury Department designated Karim Bouzeid, commander of the Marsa Shield Regiment, his cousin Nabil Bouzeid, the regiment itself and Tarvo Shipping.", "United States Department of the Treasury", "Marsa Shield Regiment", true},
		// counter-examples
		{"itself as a subject", lead + "Washington imposed fresh sanctions on Wilmer Dorsaint, who heads the Delmas Brigade, whose founder said the brigade itself would survive.", "United States", "Delmas Brigade", false},
		{"no body of that noun named before", lead + "Washington imposed fresh sanctions on Wilmer Dorsaint, who left the Delmas Brigade, and on the militia itself.", "United States", "Delmas Brigade", false},
		{"no action on it", lead + "Canada added Wilmer Dorsaint, who heads the Delmas Brigade, to its sanctions list last week, but it took no action on the brigade itself.", "Canada", "Delmas Brigade", false},
		{"of the body itself", lead + "The Treasury sanctioned Wilmer Dorsaint, a former commander of the Delmas Brigade, over a feud with the leadership of the brigade itself.", "United States Department of the Treasury", "Delmas Brigade", false},
		{"against the body itself", lead + "Washington imposed sanctions on Wilmer Dorsaint, who founded the Delmas Brigade, citing abuses against civilians and against the brigade itself.", "United States", "Delmas Brigade", false},
	})
}
