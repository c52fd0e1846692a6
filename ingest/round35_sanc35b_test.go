package ingest

import "testing"

// Round 35 (sanctions recall inside one sentence): "measures" is a weak
// sanctions word, read as a sanction only with a target right after its
// "on" or "against": a named body, or (new) a state's unnamed group of
// people or firms past a count or "a group of" ("imposed similar measures
// on a small group of Togolese officials", "still keeps restrictive
// measures on 40 Malian officers") and past a time phrase ("announced
// measures on Tuesday against Eritrean officials"); the nominal "Brussels'
// measures against X" and "joint U.S. measures against X's rulers" need a
// named imposer and a named target or such a group. A name after the list's
// "and" that a sanctions verb follows opens a clause of its own ("…, and
// London added X to its list"): it is no target. People and firms are
// invented; states and bodies are real.
func TestMeasuresRound35(t *testing.T) {
	const lead = "Report\n\nLome, 3 May\n\n"
	checkRels(t, RelSanctioned, []relCase{
		{"measures on a group of a state's officials", lead + "Ghana quietly imposed similar travel measures on a small group of Togolese officials in 2019.", "Ghana", "Togo", true},
		{"restrictive measures on a counted group", lead + "Since then the EU still keeps restrictive measures on 40 Malian officers, a diplomat said.", "European Union", "Mali", true},
		{"a time phrase before against", lead + "Canada and Norway announced joint measures on Tuesday against Eritrean officials.", "Norway", "Eritrea", true},
		{"a possessor's measures against a state", lead + "Serbia, which joined the EU's measures against Belarus last spring, closed the case.", "European Union", "Belarus", true},
		{"a state's measures against a government", lead + "Asmara condemned Washington's measures against the rulers of Eritrea on Friday.", "United States", "Eritrea", true},
		{"a named body after the list's and", lead + "Canada announced measures against Eritrean officials, and London added Harwick Mining Ltd to its own blacklist.", "United Kingdom", "Harwick Mining Ltd", true},
		// counter-examples
		{"the next clause's subject is no target", lead + "Canada announced measures against Eritrean officials, and London added Harwick Mining Ltd to its own blacklist.", "Canada", "United Kingdom", false},
		{"measures against a demonym's criminals", lead + "Germany's measures against Albanian smugglers were praised by the police.", "Germany", "Albania", false},
		{"a demonym's regulator", lead + "Polish measures against the Czech distributor ended last week, the refinery said.", "Poland", "Czech Republic", false},
		{"measures only proposed", lead + "Germany proposed measures on a small group of Togolese officials.", "Germany", "Togo", false},
		{"measures lifted", lead + "Ghana lifted its measures on 40 Togolese officials in March.", "Ghana", "Togo", false},
		{"a verb's measures against a demonym's criminals", lead + "Austria announced measures against Serbian car thieves on Monday.", "Austria", "Serbia", false},
		{"trade measures on a demonym's goods", lead + "Brazil imposed measures on Argentine steel imports last week.", "Brazil", "Argentina", false},
		{"measures on a time phrase only", lead + "Norway announced measures on Tuesday against inflation, Sweden said.", "Norway", "Sweden", false},
	})
}

// Round 35 (sanctions recall inside one sentence): a target stands under
// a measure already in force: "under an EU entry ban", "under a UN asset
// freeze", "remains under UN sanctions", "has itself been under …". Only a measure named by its imposer counts;
// a smoking ban, a sports body's transfer ban and a measure that might
// come are no sanction.
func TestStandingUnderRound35(t *testing.T) {
	const lead = "Report\n\nGeneva, 3 May\n\n"
	checkRels(t, RelSanctioned, []relCase{
		{"under a body's travel ban", lead + "For two years Colonel Dmitri Varlenko has been under an EU entry ban, officials say.", "European Union", "Dmitri Varlenko", true},
		{"a reflexive before been", lead + "Colonel Dmitri Varlenko, officials say, has himself been under an EU entry ban.", "European Union", "Dmitri Varlenko", true},
		{"under a UN asset freeze", lead + "Orlan Vesk Trading is under a UN asset freeze, the bank said.", "United Nations", "Orlan Vesk Trading", true},
		{"remains under a body's sanctions", lead + "Eritrea, diplomats note, remains under UN Security Council sanctions for now.", "United Nations Security Council", "Eritrea", true},
		{"a firm remains under sanctions", lead + "Halden Varro Shipping remains under US sanctions, its lawyers said.", "United States", "Halden Varro Shipping", true},
		// counter-examples
		{"sanctions that may come", lead + "Halden Varro Shipping could come under US sanctions, its lawyers said.", "United States", "Halden Varro Shipping", false},
		{"a conditional stay", lead + "Halden Varro Shipping would remain under US sanctions if the deal failed.", "United States", "Halden Varro Shipping", false},
		{"a sports body's ban", lead + "Dunmore Rovers remain under a FIFA transfer ban this season.", "FIFA", "Dunmore Rovers", false},
		{"a smoking ban", lead + "The Geneva bars of Orlan Vesk have been under a Swiss smoking ban since May.", "Switzerland", "Orlan Vesk", false},
	})
}

// Round 35 (sanctions recall inside one sentence): a body's decision to
// sanction, told as "the decision of <body> (of <date>) to …" as well as
// "<body>'s decision to …", with three more verbs: a freeze of the
// wealth of X, the inclusion of X in a sanctions list, and a ban on
// imports of a demonym's goods (the demonym's state). A decision to
// include someone in talks, to lift a freeze, a decision only awaited ("a
// decision of"), and a ban on an activity are no sanction.
func TestDecisionOfRound35(t *testing.T) {
	const lead = "Report\n\nValletta, 3 May\n\n"
	checkRels(t, RelSanctioned, []relCase{
		{"a body's decision to freeze all accounts of X", lead + "Cyprus backed the decision of the UN Security Council of 2 May to freeze all accounts of Borel Kastner.", "United Nations Security Council", "Borel Kastner", true},
		{"a dated decision to include X in a list", lead + "Its lawyers attacked the decision of the Treasury of 4 March 2030 to include Tulvan Metals LLC in its SDN list.", "United States Department of the Treasury", "Tulvan Metals LLC", true},
		{"a possessor's decision to ban a demonym's imports", lead + "Traders recalled Japan's decision in 2019 to ban imports of Chinese pear juice.", "Japan", "China", true},
		// counter-examples
		{"included in talks", lead + "He questioned the decision of the EU to include Borel Kastner in its talks.", "European Union", "Borel Kastner", false},
		{"a decision awaited", lead + "Cyprus awaited a decision of the EU to freeze all accounts of Borel Kastner.", "European Union", "Borel Kastner", false},
		{"a decision to lift a freeze", lead + "Cyprus praised the decision of the EU to lift its freeze on Borel Kastner.", "European Union", "Borel Kastner", false},
		{"a ban on an activity", lead + "Traders criticised Japan's decision to ban smoking in Chinese restaurants.", "Japan", "China", false},
		{"a freeze of talks", lead + "Cyprus regretted the decision of the EU to freeze its talks with Borel Kastner.", "European Union", "Borel Kastner", false},
	})
}
