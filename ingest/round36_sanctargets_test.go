package ingest

import "testing"

// Round 36 (a state from a word that describes the target): a place
// compound before a name ("Cyprus-registered X", "Malaysian-owned Y"),
// the description of a name after a comma ("X, a Prague trading
// company"), a place inside the state ("from Sierra Leonean waters"), one
// person or body ("a retired U.S. congressman"), a clause or date of its
// own ("before Lebanon holds elections") and a counted group named in
// full in the next sentence no longer make the state a target. An
// unnamed group keeps its state, as GUIDELINES say. People and firms are
// invented; states and bodies are real.
func TestSanctionsPlaceModifierRound36(t *testing.T) {
	const lead = "Governments widen sanctions on traders and officials\n\nOttawa, 4 June 2026\n\n"
	const dateline = "Governments widen sanctions on traders and officials\n\nLONDON/TRIPOLI, June 4 (Wire) \u2014 "
	checkRels(t, RelSanctioned, []relCase{
		{"a registry compound gives the named firm", lead + "The US Treasury last week put Cyprus-registered Halvard Tanker Services and three of its ships on its blacklist over oil cargoes.", "United States Department of the Treasury", "Halvard Tanker Services", true},
		{"a registry compound is no target", lead + "The US Treasury last week put Cyprus-registered Halvard Tanker Services and three of its ships on its blacklist over oil cargoes.", "United States Department of the Treasury", "Cyprus", false},
		{"an owner compound gives the named firm", lead + "The Timber Board on Monday banned log shipments by Malaysian-owned Kerinci Timber Works after an audit.", "Timber Board", "Kerinci Timber Works", true},
		{"an owner compound is no target", lead + "The Timber Board on Monday banned log shipments by Malaysian-owned Kerinci Timber Works after an audit.", "Timber Board", "Malaysia", false},
		// regression row: older code already gives no state here; the
		// description guard itself is reached only by dev sets' wording
		{"a capital in a name's description", lead + "The Ministry of Finance blocked the accounts of Dravik Handel Ltd, a Prague import house tied to two expelled attaches.", "Ministry of Finance", "Czech Republic", false},
		{"a state's city of origin", lead + "Britain has penalised a gang boss from the Libyan harbour city of Sirte and his cousin.", "United Kingdom", "Libya", false},
		{"the dateline capital names no target", dateline + "Britain has penalised a gang boss from the Libyan harbour city of Misrata.", "United Kingdom", "Libya", false},
		{"one retired official, and a group named in full next", lead + "Beijing announced that it will sanction two American drone makers and their chief executives, and also a retired U.S. congressman, over an arms deal.\n\nThe ministry then named Norvane Defense Systems and Corliss Aero Industries as its targets.", "China", "United States", false},
		{"one body, and a state in a clause of its own", lead + "The US Treasury blacklisted a Beirut currency exchange house and two of its owners on Tuesday, a week before Lebanon holds a general election.", "United States Department of the Treasury", "Lebanon", false},
		{"a counted group named in full next", lead + "Canada on Friday blacklisted two Haitian businessmen it says paid armed gangs.\n\nOttawa listed them as Jocelyn Marcadieu and Frantz Oriol-Bastien, whose assets are now frozen.", "Canada", "Haiti", false},
		// counter-examples: unnamed groups, the state as the target
		{"a counted group left unnamed", lead + "Canada on Friday blacklisted two Haitian businessmen it says paid armed gangs.\n\nNo further details were given by the ministry.", "Canada", "Haiti", true},
		{"names after a counted group that only speak", lead + "Washington on Tuesday blacklisted two Chinese firms it accused of selling drone parts to Russia.\n\nBeijing's commerce ministry and the firm Huawei criticised the decision on Wednesday.", "United States", "China", true},
		{"a group named only in part keeps its state", lead + "The EU blacklisted four Iranian companies over drone sales on Monday.\n\nThose listed include the Tabriz maker Arvand Aero Works, whose assets are frozen.", "European Union", "Iran", true},
		{"an unnamed owner compound stays the state", lead + "Washington sanctioned six Iranian-owned tankers on Thursday that carried crude to Syria.", "United States", "Iran", true},
		{"unnamed firms of a state", lead + "Lithuania in March banned imports from Belarusian timber firms over the crackdown.", "Lithuania", "Belarus", true},
		{"the state itself before a clause about it", lead + "The European Union imposed sanctions on Russia on Monday after Russia's strike on a Kyiv hospital.", "European Union", "Russia", true},
		// review-and-fix, round 36: a clause's state is left out only when
		// the measure names its targets before the clause; with none named
		// the state whose act it answers is the target
		{"a measure with no target before the clause keeps its state", lead + "The European Union imposed new sanctions on Monday after Belarus's arrest of two Lithuanian truck drivers.", "European Union", "Belarus", true},
		{"the same after a comma and a time", lead + "Washington imposed sanctions on Wednesday, days after Iran's drone strike on a tanker.", "United States", "Iran", true},
		{"a named target before the clause still drops the state", lead + "The EU sanctioned Kandar Holding on Monday after Iran's drone strike on a tanker.", "European Union", "Iran", false},
		{"the named target stays before the clause", lead + "The EU sanctioned Kandar Holding on Monday after Iran's drone strike on a tanker.", "European Union", "Kandar Holding", true},
		// the state is a target of its own next to names it describes
		{"the state and firms based in it", lead + "Washington widened its sanctions to Iran and to three Iran-based firms that it said sold drone engines.", "United States", "Iran", true},
		{"the bank of its capital is named", lead + "Brussels froze Syrian state assets and those of a Damascus bank, Qasr Commercial Bank, over militia funding.", "European Union", "Qasr Commercial Bank", true},
		{"the state and its owned tankers", lead + "Britain sanctioned Russia and two Russian-owned tankers on Wednesday over the grain thefts.", "United Kingdom", "Russia", true},
		{"a firm based in the state, then the state", lead + "Canada sanctioned Russia-based Volkhov Metals and Russia over the drone attacks.", "Canada", "Russia", true},
		{"a group of firms unnamed", lead + "London has now frozen the funds of three Chinese firms it said shipped chips to Moscow.", "United Kingdom", "China", true},
	})
}
