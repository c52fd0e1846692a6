package ingest

import "testing"

// Another legislature written with the bare word of an American chamber
// is not the American chamber (foreignChamber), and its bare word later
// in the story names it again (bareForeignChambers).
func TestForeignChambersRound33(t *testing.T) {
	checkOrgans(t, "Lawmakers weigh the levy\n\nThe debate went on for hours. ", []organCase{
		{"state after the chamber", "Two former members of the Senate of Paraguay were barred from entering Canada.",
			[]string{"Senate of Paraguay"}, []string{"United States Senate"}},
		{"state after the article", "A bill before the Congress of the Philippines would lift the rice levy.",
			[]string{"Congress of the Philippines"}, []string{"United States Congress"}},
		{"national congress", "Renata Solvig-Oduya, elected to the National Congress in 2014, denied the claims.",
			[]string{"National Congress"}, []string{"United States Congress"}},
		{"the bare word again", "The finance minister will brief the National Congress next week. The next session of Congress opens in May.",
			[]string{"National Congress"}, []string{"United States Congress"}},
		{"a region's chamber", "Delegate Corvin Ashdale-Pike, who serves in the Iowa House of Representatives, wrote to the ambassador.",
			[]string{"Iowa House of Representatives"}, []string{"United States House of Representatives"}},
		{"a party named congress", "The Indian National Congress attacked the deal. A Congress spokesman called it a surrender.",
			[]string{"Indian National Congress"}, []string{"United States Congress"}},
		// counter-examples: the American chamber named in full or with
		// its state, a demonym after "of", and a longer name before
		// "National"
		{"the senate of the united states", "In March the Senate of the United States will take up the bill.",
			[]string{"United States Senate"}, []string{"Senate of the United States"}},
		{"a demonym after of", "The Congress of South African Trade Unions called a strike over the levy.",
			nil, []string{"Congress of South Africa", "United States Congress"}},
		{"a longer name before national", "Leaders of the Popular National Congress met on Sunday to discuss the levy.",
			nil, []string{"National Congress", "United States Congress"}},
		{"the american body written out", "The National Congress passed the levy. The U.S. Congress has not yet voted on its own version. Congress returns in May.",
			[]string{"National Congress", "United States Congress"}, nil},
		{"the bare word before the foreign one", "Republicans in Congress are weighing a tariff on the levy. Later the National Congress in Brasília debated it.",
			[]string{"United States Congress", "National Congress"}, nil},
		{"a republic's congress", "As for Orlan Vasquez-Tito, he joined the Congress of the Republic in 2021. Congress votes on the levy in May.",
			[]string{"Congress of the Republic"}, []string{"United States Congress"}},
		{"a party congress", "Delegates to the National Congress of the Communist Party of Vietnam chose a new committee.",
			[]string{"Communist Party of Vietnam"}, []string{"National Congress", "United States Congress"}},
	})
}

// In an American story the bare word stays the American chamber: a US
// state's chamber, a party, or another state's chamber named once does
// not take it over (bareForeignChambers' US signs).
func TestBareChambersUSStoryRound33(t *testing.T) {
	checkOrgans(t, "Lawmakers weigh the levy\n\nThe debate went on for hours. ", []organCase{
		{"a US state's senate", "Dale Orvik, who was censured by the Texas Senate in 2019, will run for the seat. Orvik says the Senate has lost its way, and Republicans hold a majority in the Senate.",
			[]string{"Texas Senate", "United States Senate"}, nil},
		{"a party with Democrats about", "The prime minister beat the Indian National Congress last year. He will address Congress on Thursday, and several Democrats in Congress will stay away.",
			[]string{"Indian National Congress", "United States Congress"}, nil},
		{"the bare word American first", "The president will ask Congress for more money after Peru's Congress approved a similar levy. Senator Alma Frick of Ohio said Congress would act in June.",
			[]string{"United States Congress"}, nil},
		{"washington beside the bare word", "Brazil's National Congress approved the levy on Tuesday. In Washington, Congress remains split over its own version.",
			[]string{"United States Congress"}, nil},
		// counter-example: no American sign at all, every bare word is
		// the other body's
		{"no american sign", "Pressure is building in Congress over the mine. Orlan Vasquez-Tito, elected to the Congress of the Republic, wants a vote.",
			[]string{"Congress of the Republic"}, []string{"United States Congress"}},
	})
}

// "National Congress" belongs to the state the text gives it: two
// states' congresses stay apart, and one state's chamber written three
// ways is one body.
func TestNationalCongressStatesRound33(t *testing.T) {
	res := run(t, "Budgets pass in two capitals\n\nThe National Congress of Uruguay approved the budget on Friday. Uruguay's National Congress had delayed it twice. In Quito, Ecuador's National Congress took up its own budget, and the Uruguayan Congress sent observers.\n")
	uy, ec := entityByName(res, "National Congress of Uruguay"), entityByName(res, "Uruguayan Congress")
	if uy == nil || uy != ec {
		t.Errorf("Uruguay's chamber is not one body\n%s", dump(res))
	}
	n := 0
	for _, e := range res.Entities {
		if e.Kind == "parliament" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d legislatures, want Uruguay's and Ecuador's\n%s", n, dump(res))
	}
}

// A word the lexicon reads otherwise (an ordinary word, a function word)
// opens a person's name when the rest of the name is words the lexicon
// knows as nothing else and the run is cued as a person
// (wordOpensName).
func TestWordOpensNameRound33(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  string
	}{
		{"function word after a comma", "Heading the visitors was the deputy minister of trade of Laos, Do Minh Khoa Thu, who arrived on Monday.", "Do Minh Khoa Thu", "Minh Khoa Thu"},
		{"interjection after said", "\"We will not sign,\" said Oh Ji-hoon, a spokesman for the union.", "Oh Ji-hoon", "Ji-hoon"},
		{"verb opening a sentence", "Campaigners wanted more. Saw Htun Kyaw Lin, a spokesman for the Karen Rights Forum, called the list thin.", "Saw Htun Kyaw Lin", "Htun Kyaw Lin"},
		// counter-examples: an adverb, a byline's "By", a title word, a
		// firm after its noun with one name word, a known given name
		{"a verb opening a sentence", "Ask Htun Kyaw Lin, a farmer in the delta, and he will tell you.", "Htun Kyaw Lin", "Ask Htun Kyaw Lin"},
		{"madam after by", "The session was opened by Madam Chioma Adaeze Nwosu, a lawyer for the growers.", "Chioma Adaeze Nwosu", "Madam Chioma Adaeze Nwosu"},
		{"comrade after said", "\"We will strike,\" said Comrade Ayodele Wabba Okon, a union leader.", "Ayodele Wabba Okon", "Comrade Ayodele Wabba Okon"},
		{"brother after said", "\"Pray for rain,\" said Brother Tunde Bakare Olumide, a deacon.", "Tunde Bakare Olumide", "Brother Tunde Bakare Olumide"},
		{"byline", "By Ana Quelhas-Vidro, Lisbon correspondent\n\nThe list was published on Monday.", "", "By Ana Quelhas-Vidro"},
		{"long word opening a sentence", "Farmer Htun Kyaw Lin, a spokesman for the group, called the list thin.", "Htun Kyaw Lin", "Farmer Htun Kyaw Lin"},
		{"no cue", "The list was thin, Oh Ji-hoon thought.", "", "Oh Ji-hoon"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Officials trade words over fishing rights\n\n"+tc.text+"\n")
			if tc.want != "" && holderType(res, tc.want) != TypePerson {
				t.Errorf("no person %q\n%s", tc.want, dump(res))
			}
			if entityByName(res, tc.not) != nil {
				t.Errorf("unexpected entity %q\n%s", tc.not, dump(res))
			}
		})
	}
}

// A ministry's remit list may hold a sector word that heads firms' names
// ("Industry", "Energy") and may close with "and the" before its last
// remit (remitListAt).
func TestRemitListSectorsRound33(t *testing.T) {
	checkOrgans(t, "Trade officials meet\n\nThe talks ran late. ", []organCase{
		{"sector word in the list", "Two envoys met the Ministry of Energy, Industry and Tourism team on Friday.",
			[]string{"Ministry of Energy, Industry and Tourism"}, []string{"Ministry of Energy"}},
		{"sector word first", "A spokesman for the Ministry of Industry, Mines and Housing denied the report.",
			[]string{"Ministry of Industry, Mines and Housing"}, []string{"Ministry of Industry"}},
		{"and the before the last remit", "Growers wrote to the Department of Fisheries, Water and the Environment in March.",
			[]string{"Department of Fisheries, Water and the Environment"}, []string{"Department of Fisheries"}},
		// counter-examples: a firm's own head word and another body
		// after "and the" stay out of the ministry's name
		{"a bank after and the", "The Ministry of Finance, Planning and the Central Bank of Lesotho signed the accord.",
			nil, []string{"Ministry of Finance, Planning and the Central Bank"}},
		{"a firm head in the list", "The Ministry of Trade, Bank and Industry is no real body; the Ministry of Trade said so.",
			[]string{"Ministry of Trade"}, []string{"Ministry of Trade, Bank and Industry"}},
	})
}

// The South Korean presidency's seat speaks for the state, as the
// Kremlin does for Russia; it is no person. "Blue House" is two
// ordinary words: with no Korea in the story, or a name after it, it is
// no seat (plainWordSeats).
func TestKoreanSeatRound33(t *testing.T) {
	for _, text := range []string{
		"Cheong Wa Dae told reporters it would study the new rules closely.",
		"The Blue House told reporters it would study the new rules closely.",
	} {
		res := run(t, "Seoul weighs reply to curbs\n\n"+text+"\n")
		if !hasRel(res, RelSaid, "South Korea", "") {
			t.Errorf("%q: South Korea said nothing\n%s", text, dump(res))
		}
		if e := entityByName(res, "Cheong Wa Dae"); e != nil && e.Type == TypePerson {
			t.Errorf("%q: the seat is a person\n%s", text, dump(res))
		}
	}
}

func TestBlueHouseNoKoreaRound33(t *testing.T) {
	for _, text := range []string{
		"A fire gutted the Blue House, an old inn near the harbour. The Blue House told a local paper nobody was hurt.",
		"Seoul weighs reply. Workers cleared the Blue House Farm site on Monday.",
	} {
		res := run(t, "Fire at an inn\n\n"+text+"\n")
		if e := entityByName(res, "South Korea"); e != nil && (len(e.Aliases) > 0 || hasRel(res, RelSaid, "South Korea", "")) {
			for _, a := range e.Aliases {
				if a == "Blue House" {
					t.Errorf("%q: the Blue House read as Korea\n%s", text, dump(res))
				}
			}
		}
		if hasRel(res, RelSaid, "South Korea", "") {
			t.Errorf("%q: South Korea said something\n%s", text, dump(res))
		}
	}
}
