package ingest

import "testing"

// TestOtherSystemsTitlesRound36 checks the titles and styles of other
// political systems (titles.txt, round 36) and the patronymic particles
// "arap" and "ould" (nameParticles): the title is no part of the name and
// the name is not cut at the particle; a title of one state implies it
// ("Taoiseach" → Ireland). Counter-example: the title with no name after
// it makes no person.
func TestOtherSystemsTitlesRound36(t *testing.T) {
	const pers = TypePerson
	checkNames(t, []nameCase{
		{"Irish head of government and deputy",
			"Irish leaders split over tariffs\n\nTaoiseach Ciarán Ó Dálaigh told the Dáil on Tuesday that Ireland would not retaliate. Tánaiste Maeve Kinsella met the Canadian trade minister Harriet Olmstead later that day.\n",
			map[string]string{"Ciarán Ó Dálaigh": pers, "Maeve Kinsella": pers}, []string{"Taoiseach Ciarán Ó Dálaigh", "Tánaiste Maeve Kinsella"}},
		{"Irish titles without accents",
			"Budget row\n\nTanaiste Maeve Kinsella said on Monday the budget would be delayed.\n",
			map[string]string{"Maeve Kinsella": pers}, []string{"Tanaiste Maeve Kinsella"}},
		{"Bhutanese head of government and style",
			"Bhutan signs survey accord\n\nLyonchhen Sonam Wangdi received the delegation in Thimphu on Monday. Dasho Tandin Norbu, the cabinet secretary, said the survey would take a year.\n",
			map[string]string{"Sonam Wangdi": pers, "Tandin Norbu": pers}, []string{"Lyonchhen Sonam Wangdi", "Dasho"}},
		{"Malay style with an apostrophe",
			"Works deal signed\n\nThe Malaysian side was led by Dato' Seri Khairul Anuar bin Salleh, the works minister, who said the road would open in May.\n",
			map[string]string{"Khairul Anuar bin Salleh": pers}, []string{"Dato", "Seri Khairul Anuar bin Salleh"}},
		{"deputy PM, councillor, minister delegate",
			"Vote goes ahead\n\nDeputy PM Goran Stefanoski told reporters the vote would go ahead. Cr Theodora Vlahos said the council would write to the minister. The Minister Delegate for Trade, Ionuț Bărbulescu, said Romania would comply.\n",
			map[string]string{"Goran Stefanoski": pers, "Theodora Vlahos": pers, "Ionuț Bărbulescu": pers},
			[]string{"PM Goran Stefanoski", "Cr Theodora Vlahos", "Delegate"}},
		{"Ethiopian style with a full stop",
			"Exporters worried\n\nThe chamber's president, Wzo. Tsion Gebre-Mariam, said exporters were worried about the new levy.\n",
			map[string]string{"Tsion Gebre-Mariam": pers}, []string{"Wzo"}},
		{"Kenyan principal secretary and a Kalenjin name",
			"Loan under review\n\nPrincipal Secretary Kiptoo arap Rono said the treasury would review the loan before June.\n",
			map[string]string{"Kiptoo arap Rono": pers}, []string{"Kiptoo", "Rono"}},
		{"a Hassaniya name",
			"Gas field talks\n\nThe energy minister, Moulaye ould Sidi Mohamed, said the field would produce gas by 2027.\n",
			map[string]string{"Moulaye ould Sidi Mohamed": pers}, []string{"Sidi Mohamed", "Moulaye"}},
		// counter-example: a title with no name after it
		{"a title alone",
			"Summit ends\n\nThe Taoiseach told reporters late on Friday the summit had gone well.\n",
			nil, []string{"Taoiseach"}},
	})
	res := run(t, "Irish talks\n\nTaoiseach Ciarán Ó Dálaigh said the border would stay open.\n")
	wantRel(t, res, "AFFILIATED_WITH", "Ciarán Ó Dálaigh", "Ireland", true)
}

// TestTravelFromRound36 checks travelFrom: a capital after a journey's or
// a report's "from" is a place, so its state is no actor the article
// names. Counter-examples: pressure, a message or a warning "from" a
// capital is its government's, and a comma between the travel word and
// "from" ends the clause.
func TestTravelFromRound36(t *testing.T) {
	cases := []struct {
		name, text, state string
		actor             bool
	}{
		{"a flight", "Jet diverted\n\nThe first flight from Vilnius landed at noon after a bomb alert.\n", "Lithuania", false},
		{"flew in", "Envoy arrives\n\nThe envoy flew in from Dhaka late last week and met the minister.\n", "Bangladesh", false},
		{"reporting", "Curbs stay\n\nThe ministers failed to agree. Mina Caldera-Joss, reporting from Bangkok.\n", "Thailand", false},
		{"a greeting with adjectives", "Weekly letter\n\nHello from a rather cold Vienna, and welcome to this week's letter on the nuclear file.\n", "Austria", false},
		// counter-examples
		{"pressure", "Talks stall\n\nPressure from Washington has grown on the negotiators this week.\n", "United States", true},
		{"a message", "Restraint urged\n\nA message from Beijing urged restraint on both sides.\n", "China", true},
		{"a warning came", "Deal in doubt\n\nA sharp warning came from Moscow on Tuesday evening.\n", "Russia", true},
	}
	for _, tc := range cases {
		res := run(t, tc.text)
		e := entityByName(res, tc.state)
		if got := e != nil && e.Type == TypeInstitution; got != tc.actor {
			t.Errorf("%s: state %q acting = %v, want %v\n%s", tc.name, tc.state, got, tc.actor, dump(res))
		}
	}
}

// TestFirmRelativeRound36 checks orgRelative and the apposition noun
// "outfit": a name read as a person by its shape is a body when a firm's
// relative clause follows it (", which operates", ", which is owned
// by"). Counter-examples: a past-tense ", which was" after a person is
// about the meeting just told, and a person named after "a swipe at" or
// with "who" stays a person.
func TestFirmRelativeRound36(t *testing.T) {
	const inst, pers = TypeInstitution, TypePerson
	checkNames(t, []nameCase{
		{"which operates",
			"Terminal operator fined\n\nRegulators fined Tejo Fluvial, which operates the river terminal at Barreiro, for leaking diesel.\n",
			map[string]string{"Tejo Fluvial": inst}, nil},
		{"which is owned by",
			"Stake sold\n\nCastelo Moreira, which is owned by two Luxembourg funds, bought a stake in the terminal last year.\n",
			map[string]string{"Castelo Moreira": inst}, nil},
		{"an outfit that runs",
			"Appeal lodged\n\nA spokesman for Marques Vidal, a Porto outfit that runs four barges, said it would appeal.\n",
			map[string]string{"Marques Vidal": inst}, nil},
		// counter-examples
		{"which was after a meeting",
			"Regulator meets buyer\n\nThe regulator held talks with Rui Amaral Pinto, which was the first meeting between the two sides.\n",
			map[string]string{"Rui Amaral Pinto": pers}, nil},
		{"a swipe at and who",
			"Fund criticised\n\nAnalysts took a swipe at Duarte Coelho, who manages the fund and declined to comment.\n",
			map[string]string{"Duarte Coelho": pers}, nil},
	})
}

// TestAtSitesRound36 checks atSites: after a site, clash or gathering,
// "at" places a name read as a person by its shape. Counter-examples: a
// name also used as a speaker stays a person; a possessive after the
// name makes it the owner, not the site. "a swipe at" is not in atSites
// and "Jonas" is a known given name, so those two rows pin that atSites
// stays narrow rather than exercising one of its guards.
func TestAtSitesRound36(t *testing.T) {
	checkNames(t, []nameCase{
		{"rallied at",
			"Students march\n\nStudents rallied at Mwangi Sarova for the third straight day, police said.\n",
			map[string]string{"Mwangi Sarova": TypePlace}, nil},
		{"border clashes at",
			"Ceasefire agreed\n\nThe two armies agreed a ceasefire after border clashes at Kamut Dere in June.\n",
			map[string]string{"Kamut Dere": TypePlace}, nil},
		// counter-examples
		{"a speaker elsewhere",
			"Talks end\n\nTalks at Jonas Kielmann ended early on Monday, Jonas Kielmann said.\n",
			map[string]string{"Jonas Kielmann": TypePerson}, nil},
		{"a swipe at a person",
			"Minister hits back\n\nThe minister took a swipe at Orrin Velasquo during a late debate on Monday.\n",
			map[string]string{"Orrin Velasquo": TypePerson}, nil},
		{"an owner's possessive",
			"Protest\n\nStudents rallied at Ilir Gashiqi's office on Friday.\n",
			map[string]string{"Ilir Gashiqi": TypePerson}, nil},
	})
}

// TestNames36CounterRowsRound36 adds counter-examples found in review:
// the style "Cr" is also the Indian crore and chromium's symbol
// (styleAbbrevs: capital required, not after a number, "of", "and" or
// "or"; "Cr." may end a sentence before a sentence starter); a reaction
// noun between a travel word and "from" keeps the capital the state's
// (fromActorNouns); ", which makes her …", ", which runs counter to …" and
// ", which is based on …" after a person's name are about the event
// (eventObjects). Each row fails without its guard.
func TestNames36CounterRowsRound36(t *testing.T) {
	const pers = TypePerson
	checkNames(t, []nameCase{
		{"crore before a firm",
			"Grid bid\n\nAnalysts said the Rs 300 cr Dhanvarsha deal was small beside the grid tender.\n",
			nil, []string{"Dhanvarsha"}},
		{"crore ends a sentence",
			"Road builder raises funds\n\nPune-based Sahyadri Roadways raised Rs 1,200 Cr. The money will go to the coastal highway, chief executive Vikram Joshi said.\n",
			map[string]string{"Vikram Joshi": pers}, []string{"Cr. The"}},
		{"chromium's symbol",
			"Water tests\n\nThe wells held traces of Cr. Cobalt readings were normal, said Meera Pillai of the state laboratory.\n",
			map[string]string{"Meera Pillai": pers}, []string{"Cobalt"}},
		{"a councillor still",
			"Council vote\n\nCr Bronwyn Tallis moved the motion on Tuesday night.\n",
			map[string]string{"Bronwyn Tallis": pers}, []string{"Cr Bronwyn Tallis"}},
		{"which makes her",
			"Award\n\nThe prize went to Adaeze Okonkwo-Bello, which makes her the first engineer to win it.\n",
			map[string]string{"Adaeze Okonkwo-Bello": pers}, nil},
		{"which runs counter",
			"Promotion\n\nThe board promoted Tunde Adeyemi-Cole, which runs counter to its usual practice of hiring outsiders.\n",
			map[string]string{"Tunde Adeyemi-Cole": pers}, nil},
		{"which is based on",
			"Delay sought\n\nLawyers for Ngozi Eze-Ibekwe, which is based on an old complaint, asked for a delay.\n",
			map[string]string{"Ngozi Eze-Ibekwe": pers}, nil},
	})
	cases := []struct {
		name, text, state string
	}{
		{"criticism after a trip", "Visit row\n\nThe minister's trip drew sharp criticism from Beijing on Monday.\n", "China"},
		{"assurances after a return", "Aid continues\n\nThe delegation returned with assurances from Washington that aid would continue.\n", "United States"},
	}
	for _, tc := range cases {
		res := run(t, tc.text)
		if e := entityByName(res, tc.state); e == nil || e.Type != TypeInstitution {
			t.Errorf("%s: state %q should act\n%s", tc.name, tc.state, dump(res))
		}
	}
}
