package ingest

import "testing"

// Round 31: a sanctions statement on an unnamed group is often followed by
// a sentence whose subject names that group and whose verb lists the
// names: "The listings under the X Order 2019 include A and B" (an
// "under" phrase naming the legal basis between subject and verb), "The
// individuals sanctioned today include A" (a group noun with a listing
// participle), "The firms are A, B and C" (a bare group noun right after a
// statement on a counted, unnamed group). The imposer is the one of the
// statement before; a minister who announced it stands for the state
// whose office she holds. People and firms are invented; states are real.
func TestGroupFollowUpRound31(t *testing.T) {
	const lead = "Release\n\nWellington, 3 May\n\n"
	const basis = lead + "New Zealand imposed fresh sanctions on four shipyards serving the Russian fleet. " +
		"The listings under its Maritime Security Order 2019 include Orvel Marine Works, a dockyard near Murmansk, and Tarkin Valve Systems."
	const participle = lead + "Norway imposed new sanctions late on Tuesday against five people tied to the Belarusian security services. " +
		"The persons designated on Friday include Anton Vereskin, a colonel in the border guard, and Irina Solodova, a prosecutor."
	const bare = lead + "Canada imposed targeted sanctions on three individuals who fund armed gangs in Haiti. " +
		"The individuals are Jocelyn Marceau-Duval, a former deputy; Fritz Obenor, a shipping agent; and Lesly Carrel."
	const minister = lead + "Today Odile Brassard-Kemp, Canada's foreign minister, announced sanctions against four individuals linked to the regime in Belarus. " +
		"The persons listed on Friday include Pavel Ostrovets and Marina Kulikova, a judge in Minsk."
	checkRels(t, RelSanctioned, []relCase{
		{"an under phrase before include", basis, "New Zealand", "Orvel Marine Works", true},
		{"the second name of the list", basis, "New Zealand", "Tarkin Valve Systems", true},
		{"a listing participle after the group noun", participle, "Norway", "Anton Vereskin", true},
		{"the participle list goes on", participle, "Norway", "Irina Solodova", true},
		{"a bare group noun after a counted group", bare, "Canada", "Jocelyn Marceau-Duval", true},
		{"a semicolon list", bare, "Canada", "Fritz Obenor", true},
		{"the last of a semicolon list", bare, "Canada", "Lesly Carrel", true},
		{"the minister's state imposes", minister, "Canada", "Pavel Ostrovets", true},
		{"the minister is no imposer", minister, "Odile Brassard-Kemp", "Pavel Ostrovets", false},
		// counter-examples
		{"a bare group noun with no counted group before", lead + "Canada imposed targeted sanctions on Haitian gang leaders. " +
			"The individuals are Jocelyn Marceau-Duval and Fritz Obenor, lawyers said.", "Canada", "Fritz Obenor", false},
		{"no name after the verb", lead + "New Zealand imposed fresh sanctions on four shipyards serving the Russian fleet. " +
			"The firms are based in Murmansk, said Orvel Marine Works.", "New Zealand", "Orvel Marine Works", false},
		{"the participle's group is accused, not named", lead + "Norway imposed new sanctions late on Tuesday against five people tied to the security services in Belarus. " +
			"The persons designated on Friday are accused by Anton Vereskin of torture.", "Norway", "Anton Vereskin", false},
		{"an under phrase with a clause", lead + "New Zealand imposed fresh sanctions on four shipyards serving the Russian fleet. " +
			"The listings under review by officials include Orvel Marine Works.", "New Zealand", "Orvel Marine Works", false},
		{"only threatened before", lead + "New Zealand threatened fresh sanctions on four shipyards serving the Russian fleet. " +
			"The listings under its Maritime Security Order 2019 could include Orvel Marine Works.", "New Zealand", "Orvel Marine Works", false},
	})
}
