package ingest

import "testing"

// Round 16: relation recall on unseen news without new negative
// relations. People and firms are invented.

// A ministry named after its state ("China's foreign ministry", "the
// Uzbek Foreign Ministry") speaks for the state. Counter-examples: a
// department whose name does not carry its state, a reported rumour, a
// ministry that only appears as an object.
func TestMinistryStateSpeaksRound16(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"<state>'s foreign ministry urged", "A\nChile's foreign ministry urged Peru to release the trawlers.", "Chile", "", true},
		// round 33: a ministry named by its proper name speaks only for
		// itself (the dev annotation credits "the Uzbek Foreign Ministry",
		// not Uzbekistan); one described in lower case is the state's
		{"the <demonym> Foreign Ministry said", "A\nThe Uzbek Foreign Ministry said the dam was safe.", "Uzbekistan", "", false},
		{"the <demonym> foreign ministry said", "A\nThe Uzbek foreign ministry said the dam was safe.", "Uzbekistan", "", true},
		// counter-examples
		{"a department not named after its state", "A\nThe Treasury said both banks had laundered cash for the cartel.", "United States", "", false},
		{"a reported rumour", "A\nChile's foreign ministry is said to be preparing a response.", "Chile", "", false},
		{"the ministry as an object", "A\nMarta Ruiz-Soto criticised Chile's foreign ministry on Monday.", "Chile", "", false},
	})
}

// "paid a courtesy call on X" is a meeting with X. Counter-examples: a
// visit to a state, a tribute, a call still to come, a price paid.
func TestCourtesyCallRound16(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"paid a courtesy call on", "A\nAmbassador Rajiv Menon-Pillai paid a courtesy call on Speaker Ahmed Nasir Latif in parliament before lunch.", "Rajiv Menon-Pillai", "Ahmed Nasir Latif", true},
		{"paid a farewell visit to", "A\nThe envoy, Lucia Ferraro-Bianchi, paid a farewell visit to Prime Minister Tomas Lindqvist-Berg on Friday.", "Lucia Ferraro-Bianchi", "Tomas Lindqvist-Berg", true},
		// counter-examples
		{"a visit to a state", "A\nRajiv Menon-Pillai paid a visit to Malaysia last week.", "Rajiv Menon-Pillai", "Malaysia", false},
		{"paid tribute", "A\nRajiv Menon-Pillai paid tribute to President Ahmed Nasir Latif on Sunday.", "Rajiv Menon-Pillai", "Ahmed Nasir Latif", false},
		{"a call still to come", "A\nRajiv Menon-Pillai is expected to pay a courtesy call on Speaker Ahmed Nasir Latif after the recess.", "Rajiv Menon-Pillai", "Ahmed Nasir Latif", false},
		{"a price paid", "A\nRajiv Menon-Pillai paid a heavy price for his call on President Ahmed Nasir Latif.", "Rajiv Menon-Pillai", "Ahmed Nasir Latif", false},
	})
}

// A meeting that did not take place in the next sentence undoes the one
// before only when it is that meeting ("the talks"), not another one ("a
// three-way summit … planned for the afternoon").
func TestOtherMeetingNotDeniedRound16(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"another, planned meeting fell through", "A\nMalian President Oumar Traore-Diallo hosted his Senegalese counterpart, Mamadou Ndiaye-Fall, at a river lodge for long talks. A joint lunch with Togo's leader, pencilled in for later, did not take place.", "Oumar Traore-Diallo", "Mamadou Ndiaye-Fall", true},
		// counter-example
		{"the same talks did not take place", "A\nOumar Traore-Diallo held talks with Mamadou Ndiaye-Fall at dawn, a radio station reported. Later it emerged that the talks did not take place.", "Oumar Traore-Diallo", "Mamadou Ndiaye-Fall", false},
	})
}

// A passive sanction whose subject opens with an unnamed group names the
// demonym's state and the one named in apposition; a department's state
// written with it after the verb imposes too. Counter-examples: a subject
// with its own clause, a speech verb before the passive, a modal.
func TestGroupSubjectSanctionRound16(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"seven <demonym> officials were sanctioned by", "A\nNine Moldovan customs and border officers were sanctioned by the European Union this week.", "European Union", "Moldova", true},
		{"a group and X in apposition", "A\nThree Iranian grain traders and a broker, Thornfield Commodities Ltd, were blacklisted by the US Treasury last week.", "United States Department of the Treasury", "Thornfield Commodities Ltd", true},
		{"the state written with the department", "A\nThree Iranian grain traders and a broker, Thornfield Commodities Ltd, were blacklisted by the US Treasury last week.\nWashington has pressed Gulf shippers for months.", "United States", "Thornfield Commodities Ltd", true},
		// counter-examples
		{"a speech verb in the subject", "A\nSeveral Moldovan diplomats said three banks were sanctioned by the European Union.", "European Union", "Moldova", false},
		{"a relative clause in the subject", "A\nTwo companies that Moldovan businessmen own were sanctioned by the European Union.", "European Union", "Moldova", false},
		{"a modal passive", "A\nSeven Moldovan officials could be sanctioned by the European Union next month.", "European Union", "Moldova", false},
	})
}

// A committee acts for the body that owns it. Counter-examples: the
// committee speaks of another body's sanction, a party's committee, a
// listing still considered.
func TestCommitteeOwnerRound16(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"<body>'s sanctions committee added", "A\nThe UN Security Council's sanctions committee last week added Abdel Karim al-Masri to its blacklist.", "United Nations Security Council", "Abdel Karim al-Masri", true},
		{"the council's sanctions committee", "A\nThe UN Security Council met on Friday.\nThe council's sanctions committee added Omar Bin Ghazi to its list, imposing an asset freeze.", "United Nations Security Council", "Omar Bin Ghazi", true},
		// counter-examples
		{"the committee reports another's sanction", "A\nThe UN Security Council's panel on Yemen said Washington had designated Omar Bin Ghazi.", "United Nations Security Council", "Omar Bin Ghazi", false},
		{"a party's committee", "A\nThe Democratic Renewal Party's disciplinary committee added Omar Bin Ghazi to its sanctions list.", "Democratic Renewal Party", "Omar Bin Ghazi", false},
		{"a listing considered", "A\nThe UN Security Council's sanctions committee may soon add Omar Bin Ghazi to its list.", "United Nations Security Council", "Omar Bin Ghazi", false},
	})
}
