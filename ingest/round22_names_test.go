package ingest

import "testing"

// Round 22: bodies the person reading cut or dropped. A run with ordinary
// words ("Tembeni Capital Research") or an acronym or camel-case word the
// lexicon does not know ("ZELKOV", "ProVerde") is a body when its context
// says so; a possessive after an irregular plural of people stays inside a
// body's name. All names are invented.

func TestCuedBodiesRound22(t *testing.T) {
	checkEnts(t, []entCase{
		{"ordinary words after a role and at", "Juno Abarca, an analyst at Kestrel Pine Research in Velmora, said prices were falling.", "Kestrel Pine Research", TypeInstitution},
		{"a trade noun before the run", "Kenji Moro, who tracks freight rates for the Velmora consultancy Straits Harbour Intelligence, expects them to climb.", "Straits Harbour Intelligence", TypeInstitution},
		{"a body's apposition after the run", "The regulator fined Highmoor Timber Harvest, a logging company, on Monday.", "Highmoor Timber Harvest", TypeInstitution},
		{"a hyphen half stays with its word", "Ines Tabora, chief executive of Varlo Valley Dairy Co-operative, expects milk prices to recover by spring.", "Varlo Valley Dairy Co-operative", TypeInstitution},
		{"an acronym after a role and at", "Ana Lutz, a professor at ZELKOV, said the plan had failed.", "ZELKOV", TypeInstitution},
		{"an acronym after a role and of the", "Paul Durand, president of the FRAMEA, will lead the tractor convoy on Thursday.", "FRAMEA", TypeInstitution},
		{"a camel-case name after a role and of", "Tomas Vela, director general of ProVerde, met the delegation.", "ProVerde", TypeInstitution},
		{"an acronym in a body's apposition", "The ministry said the BRELKA, a coalition of rebel groups, had attacked the town.", "BRELKA", TypeInstitution},
		// counter-examples: a given name opens a person's name, a
		// capitalised sentence opener after "at" has no role before it, a
		// role before "of" a lone capitalised word serves a person, and
		// headings give no cue
		{"a person after a professor-at frame", "Lena Ruiz, a professor at Grace Field, said the plan had failed.", "Grace Field", TypePerson},
		{"at without a role", "The talks at Pine Harbour Research ended. Nobody spoke.", "Pine Harbour Research", ""},
		{"an ordinary capitalised run after at", "The delegates met at Noon Prayer Hall on Friday.", "Noon Prayer", ""},
		{"a verb that is also a role", "The league plans to host at Camp Velmora next season.", "Camp Velmora", ""},
		{"a lone surname after a role and of", "Mira Tandel, a deputy of Okonjo, said the vote was fair.", "Okonjo", ""},
	})
}

func TestCuedBodyHeadlineRound22(t *testing.T) {
	res := run(t, "Analyst At Kestrel Pine Research Says Prices Fall\n\nPrices fell on Monday, traders said.\n")
	if e := entityByName(res, "Kestrel Pine Research"); e != nil {
		t.Errorf("a headline gives no cue, got %+v", e)
	}
}

func TestGroupPossessiveInNamesRound22(t *testing.T) {
	checkEnts(t, []entCase{
		{"seamen's union", "Lorna Pike, treasurer of the Harbour Seamen's Union, wants the pension fund audited.", "Harbour Seamen's Union", TypeInstitution},
		{"people's party", "The Tembeni People's Party won the vote in Velmora.", "Tembeni People's Party", TypeInstitution},
		// counter-example: a person's possessive before a firm
		{"a person's possessive", "Omar Okafor's Trading Company said nothing.", "Omar Okafor", TypePerson},
		{"a lone name's possessive", "Kestrel's Trading Company said nothing.", "Kestrel's Trading Company", ""},
		// counter-example: a given name ending in "-men" is no plural
		{"a given name's possessive", "Rival bakers envy Carmen's Trading Company in Velmora.", "Carmen's Trading Company", ""},
	})
}

func TestCuedBodySpeakerRound22(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"the person before the role speaks", "A\nOmar Vela, managing director of Tembeni Holdings, a textile firm, said orders were down.", "Omar Vela", "", true},
		{"not the body after the role", "A\nOmar Vela, managing director of Tembeni Holdings, a textile firm, said orders were down.", "Tembeni Holdings", "", false},
		{"a body subject keeps its speech", "A\nTembeni Holdings, a textile firm, said orders were down.", "Tembeni Holdings", "", true},
	})
}
