package ingest

import "testing"

// Round 36: a bare definite role phrase as the party of a meeting frame
// ("shared a working lunch with the first minister", "called on the
// finance minister", "did get a private audience with the finance
// minister") stands for the holder of that title named before, whether the
// title stood before the name ("Finance Minister X") or in an appositive
// ("The First Minister, X,"). "chief minister" and "first minister" are
// titles. A demand ("called on the finance minister to resign"), a wish
// ("hoping to get a private audience"), a former holder, a title nobody
// held before, a one-word role and a meeting never held give no pair.
// People are invented.
func TestRoleNounPartyRound36(t *testing.T) {
	const fm = "The First Minister, Fabian Caruso, had little patience for compromise. "
	const mf = "Finance Minister Odile Marchetti has said the loan is close. "
	checkRels(t, RelMet, []relCase{
		{"lunch with the first minister (appositive holder)", fm + "The mayor of the border town, Pedro Montalban, crossed over on Tuesday and shared a working lunch with the first minister.", "Pedro Montalban", "Fabian Caruso", true},
		{"met the first minister (appositive holder)", fm + "Pedro Montalban, the mayor of the border town, met the first minister on Tuesday.", "Pedro Montalban", "Fabian Caruso", true},
		{"chief minister is a title", "The Chief Minister, Fabian Caruso, had little patience for compromise. Pedro Montalban, the mayor of the border town, met the chief minister on Tuesday.", "Pedro Montalban", "Fabian Caruso", true},
		{"possessive appositive holder", "Portugal's finance minister, Odile Marchetti, kept silent. Pedro Montalban, the mayor of the border town, met the finance minister on Tuesday.", "Pedro Montalban", "Odile Marchetti", true},
		{"called on the finance minister, then a new clause", mf + "The British ambassador, Edwin Hollinsworth, called on the finance minister at her office on Monday, and the lender is expected to decide soon.", "Edwin Hollinsworth", "Odile Marchetti", true},
		{"did get a private audience", mf + "Days later a team led by Daniel Ferrer did get a private audience with the finance minister in her office.", "Daniel Ferrer", "Odile Marchetti", true},
		{"got a private audience", mf + "Daniel Ferrer got a private audience with the finance minister on Monday.", "Daniel Ferrer", "Odile Marchetti", true},
		// counter-examples
		{"called on the finance minister to resign", mf + "The opposition leader, Edwin Hollinsworth, called on the finance minister to resign over the loan.", "Edwin Hollinsworth", "Odile Marchetti", false},
		{"hoping to get a private audience", mf + "Daniel Ferrer flew in hoping to get a private audience with the finance minister, but none was granted.", "Daniel Ferrer", "Odile Marchetti", false},
		{"expected but did not come", fm + "The first minister was expected at the dinner with Pedro Montalban on Tuesday but did not come.", "Pedro Montalban", "Fabian Caruso", false},
		{"a former holder", fm + "Pedro Montalban dined with the former first minister on Tuesday.", "Pedro Montalban", "Fabian Caruso", false},
		{"a title the person never held", mf + "Pedro Montalban dined with the first minister on Tuesday.", "Pedro Montalban", "Odile Marchetti", false},
		{"the funeral, not a meeting", mf + "Daniel Ferrer attended the funeral of the finance minister's mother on Monday.", "Daniel Ferrer", "Odile Marchetti", false},
		{"a one-word role is not read by the frame", "Interior Minister Stavros Kontaris spoke to reporters. The special envoy, Nadia Orlova, briefed the minister on the ceasefire.", "Nadia Orlova", "Stavros Kontaris", false},
		{"a qualifier after the role: another holder", fm + "Pedro Montalban dined with the first minister of a neighbouring province on Tuesday.", "Pedro Montalban", "Fabian Caruso", false},
		{"a state joined the talks, no person met", mf + "Poland joined the talks on the treaty in March, the finance minister said.", "Poland", "Odile Marchetti", false},
	})
}

// Review of the round-36 meeting frame: "the ROLE" stands for a holder only
// when one current holder of that title was named before. A former holder
// ("Former Prime Minister Y spoke") or two holders of one title ("Chief
// Minister X of Punjab … Chief Minister Y of Sindh") give no pair. A
// "called on the ROLE" read to the clause end is a demand when "to" or a
// statement/letter cue comes late. "met with criticism from Y", "met among
// agency heads" meet no one; a reported meeting that the next sentence
// calls inaccurate or says never happened is no fact. People are invented.
func TestRoleNounReviewRound36(t *testing.T) {
	const pm = "Interior Minister Harlan Voss opened the session on Monday. "
	checkRels(t, RelMet, []relCase{
		{"one holder, bare call on the role", pm + "The trade envoy, Oskar Lindqvist, called on the interior minister at his residence on Tuesday.", "Oskar Lindqvist", "Harlan Voss", true},
		{"got a meeting with a named person", "Gerda Ostlund got a meeting with Tobias Renner on Friday, her office said.", "Gerda Ostlund", "Tobias Renner", true},
		{"met in a city and talked", "Gerda Ostlund met Tobias Renner in Vienna on Friday. Both sides called the talks useful.", "Gerda Ostlund", "Tobias Renner", true},
		// counter-examples
		{"former holder is not the prime minister", "Former Prime Minister Yusuf Brannigan addressed the rally. Later, the banker Petra Oyelaran met the prime minister over coffee.", "Petra Oyelaran", "Yusuf Brannigan", false},
		{"two chief ministers: the chief minister is unsure", "Chief Minister Tariq Halvorsen of Punjab opened a canal on Monday, while Chief Minister Farid Okonkwo of Sindh stayed away. On Tuesday the visiting envoy, Greta Lindholm, had breakfast with the chief minister in Karachi.", "Greta Lindholm", "Farid Okonkwo", false},
		{"call on the role, late 'to' past a letter", pm + "Mirela Danforth has called on the interior minister and his deputy, in a letter published today, again to quit.", "Mirela Danforth", "Harlan Voss", false},
		{"call on the role in a statement, demanding", pm + "Mirela Danforth called on the interior minister in a written statement, demanding a public inquiry.", "Mirela Danforth", "Harlan Voss", false},
		// the merged "got a meeting" rule keeps a hope for next week out (passes before and after this review)
		{"hopes it got a meeting next week", "Gerda Ostlund hopes she got a meeting with Tobias Renner next week.", "Gerda Ostlund", "Tobias Renner", false},
		{"met with criticism from a named person", "Harlan Voss met with criticism from Rosa Kettering on Monday.", "Harlan Voss", "Rosa Kettering", false},
		{"met with strong criticism from an appositive", "Harlan Voss met with strong criticism from the mayor, Rosa Kettering, on Monday.", "Harlan Voss", "Rosa Kettering", false},
		{"met with fierce resistance, a person later in the clause", pm + "The budget of Harlan Voss met with fierce resistance from farmers, whose leader, Rosa Kettering, staged a march.", "Harlan Voss", "Rosa Kettering", false},
		// reaches the merged rule's guard (a bare "get" is no meeting had); the row "hoping to get" above passes without it
		{"a bare get: habit, not a meeting", "Finance Minister Odile Marchetti has said the loan is close. Few bankers like Daniel Ferrer ever get a private audience with the finance minister.", "Daniel Ferrer", "Odile Marchetti", false},
		{"met among agency heads", "The World Bank's country director, Olu Badejo, met among World Bank agency heads on Wednesday.", "Olu Badejo", "World Bank", false},
		{"reported, then called inaccurate", "Shares rose after a weekly reported that Gerda Ostlund had secretly met Tobias Renner in Geneva. Her firm said the report was inaccurate and added the pair had never met.", "Gerda Ostlund", "Tobias Renner", false},
	})
}
