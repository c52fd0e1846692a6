package ingest

import "testing"

// Round 31: a sanctions statement on an unnamed group is often followed by
// a sentence whose subject names that group and whose verb lists the
// names: "The listings under the X Order 2019 include A and B" (an
// "under" phrase naming the legal basis between subject and verb), "The
// individuals sanctioned today include A" (a group noun with a listing
// participle), "The firms are A, B and C" (a bare group noun right after a
// statement on a counted, unnamed group). The imposer is the one of the
// statement before; a minister who announced it stands for the one state
// whose office she holds now (else for herself). People and firms are
// invented; states are real.
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
	// the frame of round 12 already links these at a lower confidence:
	// the rows keep the list whole, they are not the participle's own
	const participleIn = lead + "Norway imposed new sanctions late on Tuesday against five people tied to the Belarusian security services. " +
		"The officials designated in 2022 are Anton Vereskin, a colonel in the border guard, and Irina Solodova, a prosecutor."
	const roleFirst = lead + "Canada imposed targeted sanctions on three individuals who fund armed gangs in Haiti. " +
		"The individuals are former senator Jocelyn Marceau-Duval and Fritz Obenor, a shipping agent."
	checkRels(t, RelSanctioned, []relCase{
		{"an under phrase before include", basis, "New Zealand", "Orvel Marine Works", true},
		{"the second name of the list", basis, "New Zealand", "Tarkin Valve Systems", true},
		{"a listing participle after the group noun (frame too)", participle, "Norway", "Anton Vereskin", true},
		{"the participle list goes on (frame too)", participle, "Norway", "Irina Solodova", true},
		{"a participle with its year before the copula", participleIn, "Norway", "Anton Vereskin", true},
		{"a bare group noun after a counted group", bare, "Canada", "Jocelyn Marceau-Duval", true},
		{"a semicolon list", bare, "Canada", "Fritz Obenor", true},
		{"the last of a semicolon list", bare, "Canada", "Lesly Carrel", true},
		{"a title before the first name", roleFirst, "Canada", "Jocelyn Marceau-Duval", true},
		{"the minister's state imposes", minister, "Canada", "Pavel Ostrovets", true},
		{"the minister is no imposer", minister, "Odile Brassard-Kemp", "Pavel Ostrovets", false},
		// counter-examples
		{"a bare group noun with no counted group before", lead + "Canada imposed targeted sanctions on Haitian gang leaders. " +
			"The individuals are Jocelyn Marceau-Duval and Fritz Obenor, lawyers said.", "Canada", "Fritz Obenor", false},
		{"no name after the verb", lead + "New Zealand imposed fresh sanctions on four firms serving the Russian fleet. " +
			"The firms are based in Murmansk, said Orvel Marine Works.", "New Zealand", "Orvel Marine Works", false},
		{"the participle's group is accused, not named", lead + "Norway imposed new sanctions late on Tuesday against five people tied to the security services in Belarus. " +
			"The persons designated on Friday are accused by Anton Vereskin of torture.", "Norway", "Anton Vereskin", false},
		{"an under phrase with a clause", lead + "New Zealand imposed fresh sanctions on four shipyards serving the Russian fleet. " +
			"The listings under review by officials include Orvel Marine Works.", "New Zealand", "Orvel Marine Works", false},
		{"only threatened before", lead + "New Zealand threatened fresh sanctions on four shipyards serving the Russian fleet. " +
			"The listings under its Maritime Security Order 2019 include Orvel Marine Works.", "New Zealand", "Orvel Marine Works", false},
	})
}

// Round 31 review: the name after the copula must be the complement
// itself, not a modifier or possessor of another head; and the follow-up
// goes to every imposer of the statement before, a minister standing for
// the one state whose office she holds now, else for herself.
func TestGroupFollowUpGuardsRound31(t *testing.T) {
	const lead = "Release\n\nOttawa, 3 May\n\n"
	const belarus = "announced sanctions against four individuals linked to the regime in Belarus. "
	const names = "The persons listed on Friday include Pavel Ostrovets and Marina Kulikova."
	checkRels(t, RelSanctioned, []relCase{
		{"a name before the complement's noun", lead + "The United States added three Chinese firms to its entity list on Monday. " +
			"The firms are Zhenlu Telecom suppliers based in Shenzhen.", "United States", "Zhenlu Telecom", false},
		{"a name before a noun and a comma", lead + "Canada imposed sanctions on two Russian firms. " +
			"The companies are Volgaret Energy subsidiaries, officials said.", "Canada", "Volgaret Energy", false},
		{"a possessor in the complement", lead + "Canada imposed sanctions on two firms on Monday. " +
			"The companies were Volgaret Energy's rivals in the Arctic.", "Canada", "Volgaret Energy", false},
		{"a counted subject before a modifier", lead + "Canada imposed sanctions on two Russian firms. " +
			"The two firms are Volgaret Energy subsidiaries, officials said.", "Canada", "Volgaret Energy", false},
		{"a pronoun subject before a modifier", lead + "Canada imposed sanctions on two Russian firms. " +
			"They are Volgaret Energy subsidiaries, officials said.", "Canada", "Volgaret Energy", false},
		{"a plural title before the names", lead + "Canada imposed sanctions on three individuals who fund gangs in Haiti. " +
			"The persons sanctioned on Monday are former senators Jocelyn Marceau-Duval and Fritz Obenor.", "Canada", "Jocelyn Marceau-Duval", true},
		{"a name in a phrase after the complement's noun", lead + "New Zealand imposed fresh sanctions on four firms serving the Russian fleet. " +
			"The firms are suppliers to Orvel Marine Works, officials said.", "New Zealand", "Orvel Marine Works", false},
		{"a title with no name after it names no one", lead + "Canada imposed sanctions on three individuals who fund gangs in Haiti. " +
			"The persons sanctioned on Monday are advisers to President Lucien Mortimer, officials said.", "Canada", "Lucien Mortimer", false},
		{"a participle with its year", lead + "Canada imposed sanctions on Haitian gang leaders in 2022. It said more would follow. " +
			"The people sanctioned in 2022 include Fritz Obenor.", "Canada", "Fritz Obenor", true},
		{"a chief of a union keeps the list", lead + "Today EU foreign policy chief Liisa Varend " + belarus +
			"Those designated include Pavel Ostrovets and Marina Kulikova.", "Liisa Varend", "Pavel Ostrovets", true},
		{"a former office is not the minister's state", lead + "Today Odile Brassard-Kemp, Canada's foreign minister and a former French minister of trade, " + belarus + names,
			"Canada", "Pavel Ostrovets", true},
		{"the former office's state imposes nothing", lead + "Today Odile Brassard-Kemp, Canada's foreign minister and a former French minister of trade, " + belarus + names,
			"France", "Pavel Ostrovets", false},
		{"an office she served in before", lead + "Foreign Minister Odile Brassard-Kemp, who was born in Haiti and served as Haiti's trade minister before moving to Canada, " + belarus + names,
			"Haiti", "Pavel Ostrovets", false},
		{"the minister who served before keeps the list", lead + "Foreign Minister Odile Brassard-Kemp, who was born in Haiti and served as Haiti's trade minister before moving to Canada, " + belarus + names,
			"Odile Brassard-Kemp", "Pavel Ostrovets", true},
		{"an ex- office", lead + "Today Odile Brassard-Kemp, Canada's ex-foreign minister and now Quebec's trade envoy, " + belarus +
			"The persons listed on Friday include Pavel Ostrovets.", "Canada", "Pavel Ostrovets", false},
		{"two ministers: the first state", lead + "Canada's Foreign Minister Odile Brassard-Kemp and Britain's Foreign Secretary Hugh Pellingham " + belarus + names,
			"Canada", "Marina Kulikova", true},
		{"two ministers: the second state", lead + "Canada's Foreign Minister Odile Brassard-Kemp and Britain's Foreign Secretary Hugh Pellingham " + belarus + names,
			"United Kingdom", "Marina Kulikova", true},
	})
}
