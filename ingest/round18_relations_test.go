package ingest

import "testing"

// Round 18: SANCTIONED and SAID recall on unseen news, each frame with
// counter-examples. People, firms and channels are invented.

// A possessor's descriptor in apposition names the target: "X's parent
// company, Y" sanctions Y, not X. Counter-examples: the possessor itself,
// a customer named in a relative clause, the same listing threatened or
// undone.
func TestPossessedTargetRound18(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"X's parent company, Y", "A\nThe United States added Dravo Freight's parent company, Lesk Holdings, to its blacklist on Friday.", "United States", "Lesk Holdings", true},
		// counter-examples
		{"not the possessor", "A\nThe United States added Dravo Freight's parent company, Lesk Holdings, to its blacklist on Friday.", "United States", "Dravo Freight", false},
		{"a customer, not a target", "A\nThe European Union sanctioned Ostrava Shipping Ltd, whose customer Melk Logistics Ltd said it would switch suppliers.", "European Union", "Melk Logistics Ltd", false},
		{"threatened", "A\nThe United States threatened to add Dravo Freight's parent company, Lesk Holdings, to its blacklist.", "United States", "Lesk Holdings", false},
		{"removed from the list", "A\nThe United States removed Dravo Freight's parent company, Lesk Holdings, from its sanctions list.", "United States", "Lesk Holdings", false},
	})
}

// A body named after a demonym and a short description is the target,
// not the demonym's state. Counter-examples: the state itself, a ban
// only considered; with no name after the description the state stays
// the target.
func TestDemonymDescribedTargetRound18(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"the <demonym> music channel X", "A\nEstonia banned the Russian music channel Volna Plus from its networks for five years.", "Estonia", "Volna Plus", true},
		{"no name after: the state", "A\nEstonia banned Russian music channels from its networks for five years.", "Estonia", "Russia", true},
		// counter-examples
		{"not the demonym's state", "A\nEstonia banned the Russian music channel Volna Plus from its networks for five years.", "Estonia", "Russia", false},
		{"considered", "A\nEstonia is considering whether it banned the Russian music channel Volna Plus too early.", "Estonia", "Volna Plus", false},
	})
}

// A sanction told as a response ("retaliated by adding", "hit back by
// barring") is imposed by the response's subject. Counter-examples: a
// threatened response, a response that is no sanction, a passive "hit".
func TestResponseSanctionRound18(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"retaliated by adding", "A\nIran hit back last week by adding six American aerospace suppliers to its own blacklist.", "Iran", "United States", true},
		{"hit back by barring", "A\nMoscow hit back on Friday by barring Tom Reller-Vance, a senator, from entering Russia.", "Russia", "Tom Reller-Vance", true},
		// counter-examples
		{"threatened to retaliate", "A\nIran threatened to retaliate by adding six American aerospace suppliers to its blacklist.", "Iran", "United States", false},
		{"a response that is no sanction", "A\nIran retaliated by expelling two American diplomats.", "Iran", "United States", false},
		{"hit by sanctions", "A\nIran, hit by sanctions, responded with a complaint to the United Nations.", "Iran", "United Nations", false},
	})
}

// A group barred from entering and named by its origin ("researchers
// from Canada") names the origin state, and the people named
// among them. Counter-examples: a group from no state, a negated ban.
func TestOriginBanRound18(t *testing.T) {
	text := "A\nMoscow on Friday barred four researchers from Canada from entering Russia, among them Jane Vorley-Reed of the Halden Policy Institute."
	checkRels(t, RelSanctioned, []relCase{
		{"the origin state", text, "Russia", "Canada", true},
		{"named among them", text, "Russia", "Jane Vorley-Reed", true},
		// counter-examples
		{"not the institute", text, "Russia", "Halden Policy Institute", false},
		{"negated", "A\nMoscow has not barred researchers from Canada from entering Russia.", "Russia", "Canada", false},
		{"a single from: a place", "A\nMoscow barred trucks from Latvia at the border.", "Russia", "Latvia", false},
	})
}

// A past-tense sanction in its own clause after ", when" is real even
// if the sentence cancelled something else first. Counter-examples: the
// same clause threatened or proposed.
func TestFactualClauseRound18(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{", when X imposed", "A\nThe air show in Prague was called off in May, when Washington imposed sanctions on Orlek-Tekh, a satellite maker.", "United States", "Orlek-Tekh", true},
		// counter-examples
		{", when X threatened", "A\nThe air show in Prague was called off in May, when Washington threatened to impose sanctions on Orlek-Tekh, a satellite maker.", "United States", "Orlek-Tekh", false},
		{", after X proposed", "A\nThe air show in Prague was called off in May, after Washington proposed sanctions on Orlek-Tekh, a satellite maker.", "United States", "Orlek-Tekh", false},
		{", when X would have imposed", "A\nThe air show was called off in May, when Washington would have imposed sanctions on Orlek-Tekh, a satellite maker.", "United States", "Orlek-Tekh", false},
		{"no clause break", "A\nThe summit was cancelled and Washington postponed sanctions on Orlek-Tekh, a satellite maker.", "United States", "Orlek-Tekh", false},
	})
}

// New speech frames: "informed X that", speaking to reporters, a comma
// participle with "that" for the clause's opening actor, a possessive
// readout. Counter-examples: a passive "was informed", a phone call with
// a person, a participle whose clause opens with an unnamed group, a
// speaker already credited, "declined to comment", a response by deed.
func TestSpeechFramesRound18(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"informed the participants that", "A\nMinister Tomas Rell-Ortega informed the participants that the port would expand.", "Tomas Rell-Ortega", "", true},
		{"spoken to reporters", "A\nTomas Rell-Ortega has spoken to reporters by the river.", "Tomas Rell-Ortega", "", true},
		{", noting that", "A\nAna Belsky-Ruiz sounded doubtful, noting that Quito had set no date.", "Ana Belsky-Ruiz", "", true},
		{", telling state media that", "A\nAna Belsky-Ruiz repeated it after the banquet, telling state media that the loans would flow.", "Ana Belsky-Ruiz", "", true},
		{"the department's readout said", "A\nThe State Department's readout said both sides backed a fishing pact.", "United States Department of State", "", true},
		{"responded by saying", "A\nRussia responded by saying the measures were illegal.", "Russia", "", true},
		// counter-examples
		{"was informed", "A\nTomas Rell-Ortega was informed that the talks had failed.", "Tomas Rell-Ortega", "", false},
		{"an informed choice", "A\nTomas Rell-Ortega had informed sources in the port, and made his choice.", "Tomas Rell-Ortega", "", false},
		{"spoke to a person", "A\nTomas Rell-Ortega spoke to Ana Belsky-Ruiz by phone.", "Tomas Rell-Ortega", "", false},
		{"an unnamed group opens the clause", "A\nSahel neighbours imposed sanctions on Niger and set the junta a ten-day deadline to free President Idrissa Kone-Dabo, hinting at troops.", "Idrissa Kone-Dabo", "", false},
		{"a speaker already credited", "A\n\"Guinea will not be ruled from abroad,\" Ana Belsky-Ruiz said, adding that a timetable would follow.", "Guinea", "", false},
		{"declined to comment", "A\nPaul Okoro-Mensah, a spokesman for the ministry, declined to comment.", "Paul Okoro-Mensah", "", false},
		{"responded by barring", "A\nRussia responded by barring Jane Vorley-Reed from entering the country.", "Russia", "", false},
		{"responded with sanctions", "A\nChina responded with sanctions of its own on Tuesday.", "China", "", false},
	})
}

// "the company" as a target stands for the only company named in the
// sentence or the two before it. Counter-examples: two companies could
// be meant, the same measures only threatened, a company merely named
// as a customer with no sanction on "the company".
func TestCompanyAnaphorTargetRound18(t *testing.T) {
	const listed = "A\nNorway on Wednesday added Polar Trawl Fleet Ltd to its sanctions list. "
	checkRels(t, RelSanctioned, []relCase{
		{"the same measures on the company", listed + "Oslo thus follows the European Union, which had imposed the same restrictions on the company last spring.", "European Union", "Polar Trawl Fleet Ltd", true},
		{"banned the company from its waters", "A\nCoastguards impounded four boats run by Silver Tide Fishing Company, and Sierra Leone banned the company from its waters until 2031.", "Sierra Leone", "Silver Tide Fishing Company", true},
		// counter-examples
		{"two companies could be meant (the nearer)", "A\nNorway added Polar Trawl Fleet Ltd and Kirk Shipyard Ltd to its sanctions list. The European Union imposed the same restrictions on the company last spring.", "European Union", "Kirk Shipyard Ltd", false},
		{"two companies could be meant (the farther)", "A\nNorway added Polar Trawl Fleet Ltd and Kirk Shipyard Ltd to its sanctions list. The European Union imposed the same restrictions on the company last spring.", "European Union", "Polar Trawl Fleet Ltd", false},
		{"not a company noun", listed + "The European Union imposed the same measures on the owners last spring.", "European Union", "Polar Trawl Fleet Ltd", false},
		{"threatened", listed + "The European Union threatened to impose the same measures on the company.", "European Union", "Polar Trawl Fleet Ltd", false},
		{"a customer is no target", "A\nKirk Shipyard Ltd, a customer of the trawlers, said it would lose work. The European Union praised the company in September.", "European Union", "Kirk Shipyard Ltd", false},
	})
}
