package ingest

import "testing"

// Round 16 (b): people and bodies the recogniser missed. Names typed in
// lower case after a title or before a role in apposition, middle
// initials after an unknown given name, given names that are month
// words, party adjectives that qualify a person, firms ending in a dotted
// legal form, and Guinea. Counter-examples keep dates, ordinary words,
// and look-alikes out. People, firms and places are invented.

type entCase struct {
	name, text, ent, typ string // typ "" = no entity of that name
}

func checkEnts(t *testing.T, cases []entCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantTypes(t, run(t, "Talks resume\n\nThe meeting opened on Monday. "+tc.text+"\n"), map[string]string{tc.ent: tc.typ})
		})
	}
}

func TestLowerCaseNamesRound16(t *testing.T) {
	checkEnts(t, []entCase{
		{"after a title", "Prime Minister tarvo lindqvar vetoed the pension bill.", "Tarvo Lindqvar", TypePerson},
		{"lower-case title, hyphenated surname", "Opposition leader oriane pell-marchetti walked out of the debate.", "Oriane Pell-Marchetti", TypePerson},
		{"known given name, role in apposition", "The state agency quoted aleksandr dravnikov, an aide to the president, as saying the border would reopen.", "Aleksandr Dravnikov", TypePerson},
		// counter-examples
		{"ordinary words after a title", "The president ordered restraint, the agency said.", "Ordered Restraint", ""},
		{"unknown given name without a title", "The state agency quoted ferrano belcastro, an aide to the president, as saying the border would reopen.", "Ferrano Belcastro", ""},
		{"one word after a title", "President tarvo said so.", "Tarvo", ""},
	})
}

func TestInitialsAndMonthNamesRound16(t *testing.T) {
	checkEnts(t, []entCase{
		{"middle initial after an unknown given name", "Obinwa K. Dratsch, a professor at the Lakeshore Institute, said talks failed.", "Obinwa K. Dratsch", TypePerson},
		{"initial that is a word, hyphenated surname", "Dr. Ifeoma A. Okalu-Brent, who heads the centre, said talks failed.", "Ifeoma A. Okalu-Brent", TypePerson},
		{"month as a family's given name, titled", "Chinese Ambassador Liu Jun hosted the opposition leader at the embassy.", "Liu Jun", TypePerson},
		{"month as a given name before a speech verb", "Jan Verhoeck said the port would reopen.", "Jan Verhoeck", TypePerson},
		{"month as a given name before a role", "June Maseko, a spokeswoman for the ministry, declined to comment.", "June Maseko", TypePerson},
		// counter-examples
		{"a dated month", "In June Petrov said nothing about the deal.", "June Petrov", ""},
		{"a month after since", "Since August Petrov has said nothing.", "August Petrov", ""},
		{"an abbreviated date", "On Jan. 5 Petrov said no.", "Jan Petrov", ""},
		{"a month with its year", "In June 2021 Petrov said yes.", "June Petrov", ""},
		{"a plan's letter", "They have no Plan B. Moscow said so.", "Plan B. Moscow", ""},
	})
}

func TestPartiesAndFirmsRound16(t *testing.T) {
	checkEnts(t, []entCase{
		{"Guinea as an actor", "Envoys of Guinea's military rulers skipped the summit.", "Guinea", TypeInstitution},
		{"dotted legal form", "Officials listed Naviera Puerto Lobo S.A., a shipping firm, on Monday.", "Naviera Puerto Lobo S.A.", TypeInstitution},
		// counter-examples
		{"the Gulf of Guinea is a place", "Oil rigs dot the Gulf of Guinea.", "Guinea", ""},
		{"a city with its dotted district", "Mr. Ortega of Washington D.C. said yes.", "Washington D.C.", ""},
		{"Republican Guard", "The Republican Guard commander Tomas Arvelo said so.", "Republican Party", ""},
		{"democratic as a word", "Democratic reforms stalled. A conservative estimate was given.", "Democratic Party", ""},
	})
	checkRels(t, RelAffiliatedWith, []relCase{
		{"party before a title", "Talks\n\nThe amendment, drafted by Republican senator Hollis Granberry, would cap tariffs.\n", "Hollis Granberry", "Republican Party", true},
		{"party before a name", "Talks\n\nThe bill, sponsored by Democrat Temperance Oakes, would freeze assets.\n", "Temperance Oakes", "Democratic Party", true},
		{"party in apposition", "Talks\n\nSenator Wilma Tolland spoke. Tolland, a Republican from Wyoming, said she would vote no.\n", "Wilma Tolland", "Republican Party", true},
		{"party title at a sentence start", "Talks\n\nConservative MP Alder Finchley criticised the move.\n", "Alder Finchley", "Conservative Party", true},
		// counter-examples
		{"a guard, not the party", "Talks\n\nRepublican Guard commander Tomas Arvelo said so.\n", "Tomas Arvelo", "Republican Party", false},
		{"an adjective of a thing", "Talks\n\nWilma Tolland, a conservative voice on trade, said no.\n", "Wilma Tolland", "Conservative Party", false},
		// the party's word last in the text: no token after it to read
		{"party in apposition ending the text", "Talks\n\nSenator Wilma Tolland spoke. Tolland, a Republican", "Wilma Tolland", "Republican Party", true},
	})
}
