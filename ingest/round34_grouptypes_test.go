package ingest

import "testing"

// Round 34: entity types. Names of armed groups, gangs and firms that open
// with a group or trade word of another language ("Kataib ...", "Saraya
// ...", "Los ... del ...", "Avícola ...") are bodies; names that end in a
// news outlet's word ("... Newswire", "... Shimbun") are outlets; places
// opened by a foreign cape, river-mouth, palace or street word ("Cabo
// ...", "Ust-...", "Qasr ...", "Avenida ...") and sites named after a
// person ("... International Airport", "... Palace") are places; a
// combining form's compound ("Atlanto-Scandian herring") is no one; and
// a nickname ("X, better known as Y") is the person's alias, not a second
// person. People, groups, firms and places are invented; states and the
// listed bodies are real.

func TestGroupWordsRound34(t *testing.T) {
	checkHolders(t, []holderCase{
		{"kataib with article tail", "The Treasury designated Kataib Rahmat al-Din and its commander on Friday.", "Kataib Rahmat al-Din", TypeInstitution},
		{"saraya", "Saraya Hamdan al-Tahrir, an armed faction, was also listed by the Treasury.", "Saraya Hamdan al-Tahrir", TypeInstitution},
		{"harakat", "Harakat Nujum al-Fajr denied any part in the convoy raid.", "Harakat Nujum al-Fajr", TypeInstitution},
		{"spanish gang", "Washington designated Los Halcones del Pacífico, a smuggling ring on the coast.", "Los Halcones del Pacífico", TypeInstitution},
		{"spanish gang with las", "Police said Las Panteras de la Costa controlled the port road.", "Las Panteras de la Costa", TypeInstitution},
		{"poultry firm", "Brussels barred imports from plants run by Avícola Tarvo Sul, a Brazilian exporter.", "Avícola Tarvo Sul", TypeInstitution},
		{"pipeline firm", "Fees rose on the line run by Oleoductos Tarvo del Sur, the operator said.", "Oleoductos Tarvo del Sur", TypeInstitution},
		{"polish firm", "Gas moved through the link run by Polskie Tarvo Gazowe at a slower rate.", "Polskie Tarvo Gazowe", TypeInstitution},
		{"newswire", "Exports doubled, the ministry told Kestrel Newswire by telephone.", "Kestrel Newswire", TypeInstitution},
		{"shimbun", "The envoy told Tarvo Shimbun that the talks were frozen.", "Tarvo Shimbun", TypeInstitution},
		// counter-examples: a group word's tail needs a group word first,
		// and the articles do not take a surname's particles away
		{"a person's article stays his", "Tarek Yousef al-Hamdi denied any part in the raid.", "Tarek Yousef al-Hamdi", TypePerson},
		{"de los in a surname", "Ana María De Los Tarvos said the port would reopen.", "Ana María De Los Tarvos", TypePerson},
		{"los angeles stays a place", "The mayor of Los Angeles said the port would reopen.", "Los Angeles", TypePlace},
		{"no lone group word", "The Treasury designated Kataib Rahmat al-Din and its commander on Friday.", "Kataib", ""},
		{"hizb with ut-", "Hizb ut-Tahrir denied any part in the protests near the border.", "Hizb ut-Tahrir", TypeInstitution},
		{"a dairy after molkerei", "Molkerei Tarvobach, a German dairy, said milk prices had fallen.", "Molkerei Tarvobach", TypeInstitution},
		{"a state firm after polski", "Gas moved through Polski Tarvo Naftowy at a slower rate.", "Polski Tarvo Naftowy", TypeInstitution},
		// review rfG: a bare "Los X" or "Las X" is a town as often as a
		// gang; it makes no body (and no person)
		{"a town after los", "Residents of Los Tarvinos said the water had run out.", "Los Tarvinos", ""},
		{"a town after las, after a preposition", "Flights from Las Verdalas were delayed by the storm.", "Las Verdalas", ""},
	})
}

func TestPlaceLeadsRound34(t *testing.T) {
	checkHolders(t, []holderCase{
		{"cape", "Troops landed in Cabo Verdelho on Monday after the attacks.", "Cabo Verdelho", TypePlace},
		{"river mouth", "Cargo was loaded at Ust-Tarva and shipped west.", "Ust-Tarva", TypePlace},
		{"palace", "Talks were held at the Qasr Al Tarvan palace for six hours.", "Qasr Al Tarvan", TypePlace},
		{"avenue", "She has sold rice on Avenida Tarvoca for nineteen years.", "Avenida Tarvoca", TypePlace},
		{"airport named after a person", "The state ended the deal to run Tarek Hamdi International Airport last week.", "Tarek Hamdi International Airport", TypePlace},
		{"palace named after a king", "The envoy was received at the Mohammed VII Palace in the capital.", "Mohammed VII Palace", TypePlace},
		{"building", "Ministers met at Tarvodya Bhawan before the press conference.", "Tarvodya Bhawan", TypePlace},
		// counter-examples: a body named after the place stays a body;
		// a given name before an ambiguous head stays a person
		{"a body named after the cape", "Fátima Orvela heads the Cabo Verdelho Displaced Persons Network.", "Cabo Verdelho Displaced Persons Network", TypeInstitution},
		{"a terminal at the river mouth", "Kestrel Holdings bought the operator, Ust-Tarva Bulk Terminal, two years ago.", "Ust-Tarva Bulk Terminal", TypeInstitution},
		{"a person called Park", "Lisa Park said the plan would cut costs.", "Lisa Park", TypePerson},
		// review rfG: "Bahr", "Calle" are names too; a role or a speech
		// verb after the name makes it a person's
		{"a person named bahr", "Bahr Idriss Korami, the rebel commander, said on Monday that talks had failed.", "Bahr Idriss Korami", TypePerson},
		{"a person named calle", "Calle Menvaro, a lawyer, said the case was weak.", "Calle Menvaro", TypePerson},
	})
}

func TestCombiningFormsRound34(t *testing.T) {
	checkHolders(t, []holderCase{
		{"herring stock", "Quotas for Atlanto-Scandian herring were cut again this spring.", "Atlanto-Scandian", ""},
		{"trade adjective", "Anglo-Tarvian trade fell by a third last year.", "Anglo-Tarvian", ""},
		// counter-example: a hyphenated surname is still a person's
		{"a hyphenated person", "Mirela Castro-Tarvo said the ban was unfair.", "Mirela Castro-Tarvo", TypePerson},
	})
}

func TestNicknamesRound34(t *testing.T) {
	for _, tc := range []struct {
		name, text, nick, person string // person "" = the nickname is no alias of anyone
	}{
		{"better known as", "The Treasury designated Tarek Yousef Hamdi, better known as Abu Layth, on Friday. The minister met Abu Layth in April.", "Abu Layth", "Tarek Yousef Hamdi"},
		{"known as in quotes", "The panel listed Jean-Marc Brutus, known as \"Ti Zoro\", who leads the Kafou Bel gang.", "Ti Zoro", "Jean-Marc Brutus"},
		{"also known as in brackets", "Orvil Ménard (also known as \"Gwo Lapli\") was listed too.", "Gwo Lapli", "Orvil Ménard"},
		{"styles himself", "Orvil Ménard was listed. Ménard, who styles himself \"Gwo Lapli\", denied it.", "Gwo Lapli", "Orvil Ménard"},
		// counter-examples: a body's short name, and a name not set right
		// after the person's
		{"a body's short name", "The regional body, widely known as IGAD, made no comment.", "IGAD", ""},
		{"not after the person", "Orvil Ménard met the man police described as Gwo Lapli.", "Gwo Lapli", ""},
		// review rfG: a possessive after the name makes it another
		// person, no nickname
		{"another person's aide", "Layla Korvesi, known as Tarek Hamdi's closest aide, met Tarek Hamdi in Geneva.", "Tarek Hamdi", ""},
		{"another person's successor", "Omar Faris, who styles himself Ahmed Korvani's successor, said he would stand.", "Ahmed Korvani", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Gang leaders listed\n\nThe hearing opened on Tuesday. "+tc.text+"\n")
			e := entityByName(res, tc.nick)
			if tc.person == "" {
				if e != nil && e.Type == TypePerson && e.Name != tc.nick {
					t.Errorf("%q joined to %q\n%s", tc.nick, e.Name, dump(res))
				}
				return
			}
			if e == nil || e.Name != tc.person {
				t.Errorf("%q not an alias of %q\n%s", tc.nick, tc.person, dump(res))
			}
			if n := countType(res, TypePerson); n != 1 {
				t.Errorf("%d people, want 1\n%s", n, dump(res))
			}
		})
	}
}
