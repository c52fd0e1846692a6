package ingest

import "testing"

// r35NameCase is one invented article: the names that must be entities
// of the given type, and names that must be no entity's name or alias.
// TestBareLegalFormsRound35 checks bareLegalFormAt and legalFormAt: a
// Nordic, Baltic or Balkan legal form written as a word of its own
// ("AS", "hf", "OÜ", "d.o.o.") ends a firm's name, which is a body, not
// a person cut before the form. Counter-example: a quote in capitals
// ("OUR PILOTS AS WELL AS ..."), where "AS" is the word.
func TestBareLegalFormsRound35(t *testing.T) {
	const inst = TypeInstitution
	checkNames(t, []nameCase{
		{"Norwegian AS",
			"Salmon exporter fined\n\nNorway's food agency fined Brekke Fisk AS over labelling errors, the agency said on Tuesday.\n",
			map[string]string{"Brekke Fisk AS": inst}, []string{"Brekke Fisk"}},
		{"Icelandic hf in lower case",
			"Quota cut hits the Westfjords\n\nHvalbakur Útgerð hf, a pelagic processor in the Westfjords, said on Monday that its plant would close for a month.\n",
			map[string]string{"Hvalbakur Útgerð hf": inst}, []string{"Hvalbakur Útgerð"}},
		{"dotted d.o.o. in lower case",
			"Treasury names trader\n\nThe Treasury designated Drina Promet d.o.o., a trading firm, on Friday for moving fuel across the river.\n",
			map[string]string{"Drina Promet d.o.o.": inst}, []string{"Drina Promet"}},
		{"Estonian OÜ after a town's name",
			"Trucks wait at border\n\nTartu Vedu OÜ, a small haulier, said its trucks had waited at the crossing for two days.\n",
			map[string]string{"Tartu Vedu OÜ": inst}, []string{"Vedu OÜ"}},
		// counter-example: words in capitals before "AS"
		{"a quote in capitals",
			"Pilots stay on\n\nThe ministry said on Tuesday: \"OUR PILOTS AS WELL AS OUR ENGINEERS STAY.\"\n",
			nil, []string{"WELL AS", "PILOTS AS", "Well AS"}},
	})
}

// TestCapsCodesRound35 checks capsCodeAt and letterNumber: capitals
// joined by hyphens ("VMRO-DPMNE") and a capital with digits ("M23")
// are a body's short form, never a person. Counter-examples: a
// transcript's speaker label in capitals and a name after a title in
// capitals stay the person's; a short form in brackets joins its body.
func TestCapsCodesRound35(t *testing.T) {
	checkNames(t, []nameCase{
		{"hyphenated capitals before a role",
			"Opposition walks out\n\nVMRO-DPMNE leader Petar Ilievski called the deal a mistake as his deputies left the chamber.\n",
			map[string]string{"Petar Ilievski": TypePerson}, []string{"VMRO-DPMNE"}},
		{"a letter and digits",
			"Rebels take town\n\nM23 fighters took the town of Kamanyola on Sunday, a local official told reporters.\n",
			nil, []string{"M23"}},
		{"a short form in brackets",
			"Party rejects vote\n\nThe Zambezi Valley People's Front (ZVPF-X) argued on Monday that the count was flawed. ZVPF-X officials asked for a recount.\n",
			map[string]string{"Zambezi Valley People's Front": TypeInstitution}, nil},
		// counter-examples
		{"a title before the capitals",
			"Senate debate\n\nSenator ODUYA-BELL, speaking in the chamber, argued that the bill was weak.\n",
			map[string]string{"Oduya-Bell": TypePerson}, nil},
	})
	// a transcript's speaker label in capitals is the person's: the
	// statement stays hers
	res := run(t, "Aid talks in Tunis\n\nTUNIS, May 4 - Aid officials and rights groups clashed over the migration pact this week.\n\nThe envoy, Dorota Wiśniak-Halas, arrived on Monday.\n\n[CLIP] WIŚNIAK-HALAS: Money will follow results. Our funds buy patrol vessels.\n")
	if !hasRel(res, "SAID", "Dorota Wiśniak-Halas", "") {
		t.Errorf("a speaker label: no SAID for the envoy\n%s", dump(res))
	}
}

// TestLocalityNounsRound35 checks localityNouns: an unknown name right
// before a lower-case word for a locality or a site ("market",
// "district", "plants") is a place, not a person (a place is no scored
// entity, but its type shows the reading). Counter-examples: a
// person's possessive, a titled person, and the word in capitals inside
// a body's name.
func TestLocalityNounsRound35(t *testing.T) {
	checkNames(t, []nameCase{
		{"a market",
			"Prices soar\n\nTraders at the Koro Bandi market said the price of rice had doubled since the border closed.\n",
			map[string]string{"Koro Bandi": TypePlace}, nil},
		{"a district",
			"Clinic opens\n\nMalu Kesa district officials said the new clinic would open in June, with forty beds.\n",
			map[string]string{"Malu Kesa": TypePlace}, nil},
		{"plants",
			"Gas plants switch fuel\n\nThe utility said it would run the Tarsin and Oued Kelma plants on imported gas from next month.\n",
			map[string]string{"Oued Kelma": TypePlace}, nil},
		// counter-examples
		{"a possessive",
			"Stall closed\n\nTarik Osmani's market stall was closed by inspectors, Tarik Osmani said on Friday.\n",
			map[string]string{"Tarik Osmani": TypePerson}, nil},
		{"the word in capitals in a body's name",
			"Authority warns\n\nThe Koro Bandi Market Authority said the stalls would move to the new site in July.\n",
			map[string]string{"Koro Bandi Market Authority": TypeInstitution}, nil},
		{"a titled person",
			"Minister tours north\n\nMinister Amina Yusuf town hall meetings drew crowds in the north. Yusuf said funds were ready.\n",
			map[string]string{"Amina Yusuf": TypePerson}, nil},
	})
}

// TestNamesReviewRound35 holds the review's counter-rows: a capital's
// name opening a firm's name before its legal form joins the name (it
// was taken as its state acting and cut the firm to "Energi AS"), and
// "town hall" after a person's name is a meeting, not a locality.
func TestNamesReviewRound35(t *testing.T) {
	const inst = TypeInstitution
	checkNames(t, []nameCase{
		{"a capital opens the firm's name",
			"Power supplier fined\n\nThe regulator fined Haldor Kraft AS and Bergmoen Energi AS on Monday. Riga Transport AS was cleared.\n",
			map[string]string{"Riga Transport AS": inst}, []string{"Latvia", "Transport AS"}},
		{"a Finnish capital before Oy",
			"Bus fares rise\n\nThe operator Helsinki Linjat Oy said on Tuesday that fares would rise by a tenth from March.\n",
			map[string]string{"Helsinki Linjat Oy": inst}, []string{"Finland", "Linjat Oy"}},
		{"a town hall is no place",
			"Voters vent anger\n\nVoters packed a Tarek Zoubir town hall in Ohio on Tuesday night. Zoubir told them taxes would fall.\n",
			map[string]string{"Tarek Zoubir": TypePerson}, nil},
	})
}

// TestNamePrecisionRound35 holds the rows of the review's second part,
// on invented pages: a listed body's short name opening a longer "of"
// name (ofNameFollows) is another body, and a lone name before an
// apposition whose first words open a longer title ("the state copper
// company": "state" of "state secretary") is a body, not a titled person
// (roleAfterComma, oneWordTitle). Counter-examples: the listed body
// alone or before "of" and a state, and a person before a whole title.
func TestNamePrecisionRound35(t *testing.T) {
	const inst = TypeInstitution
	checkNames(t, []nameCase{
		{"a US state's department",
			"Permit pending\n\nThe state Department of Environmental Quality must still approve the quarry's water permit, spokesperson Kellan Ebbots said.\n",
			map[string]string{"Department of Environmental Quality": inst}, []string{"United States Department of State"}},
		{"a capitalised state's department",
			"Jobs grow\n\nThe State Department of Labor reported 900 new jobs in the county in March.\n",
			map[string]string{"State Department of Labor": inst}, []string{"United States Department of State"}},
		{"a state firm in apposition",
			"Mine unaffected\n\nVelmora, the state copper company, said its nearby operations were unaffected by the blockade.\n",
			map[string]string{"Velmora": inst}, nil},
		{"a national firm in apposition",
			"Mine unaffected\n\nKorvash, the national oil company, said output would recover within a week.\n",
			map[string]string{"Korvash": inst}, nil},
		// counter-examples
		{"the State Department alone",
			"Visa rules\n\nThe State Department said on Tuesday that visa fees would rise in June.\n",
			map[string]string{"United States Department of State": inst}, nil},
		{"a whole title in apposition",
			"Prices to fall\n\nIlse Marten, the state secretary, said on Monday that fuel prices would fall.\n",
			map[string]string{"Ilse Marten": TypePerson}, nil},
	})
}
