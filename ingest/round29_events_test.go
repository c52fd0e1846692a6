package ingest

import "testing"

// Round 29: events. A happening the article dates and qualifies ("the
// 2011 tanker crisis", "the June 4 tribunal award") is one event named
// with its date. People and places are invented; states are real.

func TestDatedHappeningRound29(t *testing.T) {
	checkEnts(t, []entCase{
		{"year and two kind words", "Tomas Ferell still cites the 2011 grain silo crisis as a warning to Karvia.", "2011 grain silo crisis", TypeEvent},
		{"month and year", "Tomas Ferell was the plant's manager until the May 2009 depot explosion near Orvik.", "May 2009 depot explosion", TypeEvent},
		{"day date and a kind word", "Tomas Ferell says Peru has honoured the June 4 tribunal award ever since.", "June 4 tribunal award", TypeEvent},
		{"capitalised kind word", "Tomas Ferell filmed the 2019 Tarvu fires from a light aircraft.", "2019 Tarvu fires", TypeEvent},
		{"hyphenated kind word", "Tomas Ferell drafted a report on the March 8 inter-Lodrian border incident at Orvik.", "March 8 inter-Lodrian border incident", TypeEvent},
		{"by-elections dated by a day", "Tomas Ferell won a seat in the May 2 by-elections held in Orvik.", "May 2 by-elections", TypeEvent},
		{"two kinds of vote joined by and", "Tomas Ferell expects a low turnout in the October 9 municipal and district elections.", "October 9 municipal and district elections", TypeEvent},
		{"after a possessive", "Tomas Ferell blamed Chile's 2014 port strike crisis on the unions.", "2014 port strike crisis", TypeEvent},
		// counter-examples
		{"a year alone does not name a ruling", "Tomas Ferell said the 1997 ruling by a border commission still stood.", "1997 ruling", ""},
		{"a year before a vote is left to the election rules", "Tomas Ferell stood in the 2019 by-elections in Orvik.", "2019 by-elections", ""},
		{"a date that opens the clause", "Tomas Ferell recalled that in 2011 grain silo fires broke out twice.", "2011 grain silo fires", ""},
		{"the head qualifies a noun after it", "Tomas Ferell chairs the 2011 grain silo crisis fund in Orvik.", "2011 grain silo crisis", ""},
		{"an election law", "Tomas Ferell said the June 4 municipal election law was unfair.", "June 4 municipal election", ""},
		{"a function word is no kind word", "Tomas Ferell said the June 4 that crisis was the worst.", "June 4 that crisis", ""},
		{"function words are no kind words", "Tomas Ferell signed the June 4 letter and the crisis ended.", "June 4 letter and the crisis", ""},
		{"and after the date", "Tomas Ferell wrote about the 2011 and grain crisis years.", "2011 and grain crisis", ""},
		{"and before the head", "Tomas Ferell compared the 2011 harvest and crisis in a lecture.", "2011 harvest and crisis", ""},
		{"an award without a word of arbitration is a prize", "Tomas Ferell won the 2016 Halvard award for his photographs.", "2016 Halvard award", ""},
		{"a boundary award is a ruling", "Tomas Ferell said Karvia still rejects the 1911 boundary award.", "1911 boundary award", TypeEvent},
		{"an award qualifying a ceremony", "Tomas Ferell hosted the 2016 arbitral award ceremony in Orvik.", "2016 arbitral award", ""},
		{"fires as a verb after a person", "Pell Halvorsen fires his deputy at Orvik every spring.", "Pell Halvorsen fires", ""},
		{"fires as a verb after a state", "Tomas Ferell said Chile fires its envoys too often.", "Chile fires", ""},
	})
}

// TestDatedFiresAliasRound29: fires are placeEvents, so the dated name
// and the plain one are one event.
func TestDatedFiresAliasRound29(t *testing.T) {
	res := run(t, "Smoke over Tarvu\n\nTomas Ferell filmed the 2019 Tarvu fires from a plane. The Tarvu fires burned for weeks.\n")
	wantEventAlias(t, res, "2019 Tarvu fires", "Tarvu fires")
}

// TestHostMinisterialRound29: a meeting of ministers named by the body or
// the place that holds it; "in <place>" after it joins the name.
func TestHostMinisterialRound29(t *testing.T) {
	checkEnts(t, []entCase{
		{"a body's ministerial meeting", "Tomas Ferell walked out of the APEC ministerial meeting on fisheries quotas.", "APEC ministerial meeting", TypeEvent},
		{"an unknown place's ministerial", "Tomas Ferell briefed reporters after the Orvik ministerial of the steel forum.", "Orvik ministerial", TypeEvent},
		{"a city after in joins the name", "Tomas Ferell lost the vote at the OECD ministerial conference in Lima last May.", "OECD ministerial conference in Lima", TypeEvent},
		// counter-examples
		{"no host", "Tomas Ferell hopes the next ministerial will be shorter.", "next ministerial", ""},
		{"a state's ministerial", "Tomas Ferell expects little from the Chilean ministerial this week.", "Chilean ministerial", ""},
		{"another noun after it", "Tomas Ferell led the OECD ministerial delegation to Lima.", "OECD ministerial", ""},
		{"any meeting of its kind", "Tomas Ferell wants an OECD ministerial in May.", "OECD ministerial", ""},
		{"a people's adjective unknown to the gazetteer", "Tomas Ferell expects little from the Lodrian ministerial this week.", "Lodrian ministerial", ""},
		{"a person named in the article", "Tomas Ferell chaired the talks, and the Ferell ministerial meeting ended at noon.", "Ferell ministerial meeting", ""},
		{"a verb after the head", "Tomas Ferell said the APEC ministerial conference collapsed on Friday.", "APEC ministerial conference", TypeEvent},
		{"a time word after the head", "Tomas Ferell left the Orvik ministerial early to vote.", "Orvik ministerial", TypeEvent},
	})
}

// TestHostMinisterialAliasRound29: the name without "in <place>" stays an
// alias.
func TestHostMinisterialAliasRound29(t *testing.T) {
	res := run(t, "Quotas agreed\n\nTomas Ferell praised the OECD ministerial conference in Lima for its speed.\n")
	wantEventAlias(t, res, "OECD ministerial conference in Lima", "OECD ministerial conference")
}

// TestHostMinisterialKeyRound29: with or without its head noun, a host's
// ministerial is one meeting.
func TestHostMinisterialKeyRound29(t *testing.T) {
	res := run(t, "Quotas agreed\n\nTomas Ferell walked out of the APEC ministerial meeting on Monday. He had praised the APEC ministerial before.\n")
	wantEventAlias(t, res, "APEC ministerial meeting", "APEC ministerial")
}

// wantEventAlias checks an event named name with the alias alias.
func wantEventAlias(t *testing.T, res Result, name, alias string) {
	t.Helper()
	for _, e := range res.Entities {
		if e.Type == TypeEvent && e.Name == name {
			for _, a := range e.Aliases {
				if a == alias {
					return
				}
			}
		}
	}
	t.Errorf("want the event %q with alias %q\n%s", name, alias, dump(res))
}
