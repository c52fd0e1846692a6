package ingest

import "testing"

// TestEventOnlyBodiesRound36 checks eventOnlyBodies: a body named only as
// the opening words of a longer event's name is no entity; the event is.
// Counter-examples: the body named elsewhere too, and the body's own
// one-word "summit", keep it.
func TestEventOnlyBodiesRound36(t *testing.T) {
	const inst, ev = TypeInstitution, TypeEvent
	checkNames(t, []nameCase{
		{"a forum named after its body",
			"Envoys to meet\n\nKalinda Moraes expects this year's ASEAN Regional Forum to be tense, an aide told us.\n",
			map[string]string{"ASEAN Regional Forum": ev}, []string{"ASEAN"}},
		{"a ministers' meeting",
			"Freeze raised\n\nMinisters plan to discuss the frozen funds during this spring's G7 finance ministers' meeting, an aide told us.\n",
			map[string]string{"G7 finance ministers' meeting": ev}, []string{"G7"}},
		// counter-examples
		{"the body acts elsewhere",
			"Forum opens\n\nASEAN warned on Friday that smoke would dominate this year's ASEAN Regional Forum.\n",
			map[string]string{"ASEAN": inst}, nil},
		{"the body's own summit",
			"Gold row\n\nOrtega Vance raised the matter with partners during a Non-Aligned Movement summit that Kampala hosted.\n",
			map[string]string{"Non-Aligned Movement": inst}, nil},
	})
}

// TestVenueAtRound36 checks venueAt: a name known only by its shape after
// "at the", with no role or work word before "at", is a building or site.
// Counter-examples: a role ("an economist at the"), work ("worked at
// the") or a body's own business ("the vote at the", "trading at the")
// keeps the body, and so does a mention as a speaker.
func TestVenueAtRound36(t *testing.T) {
	const inst, place = TypeInstitution, TypePlace
	checkNames(t, []nameCase{
		{"told reporters at",
			"Deal signed\n\nThe foreign minister spoke to journalists at the Palacio Morvedre on Tuesday about the deal.\n",
			map[string]string{"Palacio Morvedre": place}, nil},
		{"laid a wreath at",
			"Visit ends\n\nThe visiting minister placed flowers at the Monumento Ostral before flying home.\n",
			map[string]string{"Monumento Ostral": place}, nil},
		// counter-examples
		{"an economist at",
			"Rates\n\nInes Valbuena, an economist at the Grupo Tavira, said rates would rise.\n",
			map[string]string{"Grupo Tavira": inst}, nil},
		{"worked at",
			"Witness\n\nLucia Ferrandiz, who worked at the Banco Ostral for a decade, said the loans were approved in haste.\n",
			map[string]string{"Banco Ostral": inst}, nil},
		{"the vote at",
			"Budget\n\nThe vote at the Cortes Valencianes was delayed until March.\n",
			map[string]string{"Cortes Valencianes": inst}, nil},
		{"trading at",
			"Markets\n\nShares fell in early trading at the Bolsa Tarnova on Monday.\n",
			map[string]string{"Bolsa Tarnova": inst}, nil},
	})
}

// TestPlaceBeforeKindRound36 checks placeBeforeKind: after "a" or "an",
// a name before a firm's kind noun says where the firm is from.
// Counter-examples: "the" before the name, and a party's kind noun, keep
// the body.
func TestPlaceBeforeKindRound36(t *testing.T) {
	const inst = TypeInstitution
	for _, tc := range []struct{ name, text, place string }{
		{"a town's company", "Layoffs\n\nKestrel Mills, a Tarnowiec company that bought rye from Belarus, has laid off 20 workers.\n", "Tarnowiec"},
		{"a town's firm with a modifier", "Sanctions lifted\n\nTreasury lifted sanctions on Orvane Estates, a Kep Rovieng property firm, on Monday.\n", "Kep Rovieng"},
	} {
		res := run(t, tc.text)
		if e := entityByName(res, tc.place); e != nil && e.Type == TypeInstitution {
			t.Errorf("%s: %q typed a body\n%s", tc.name, tc.place, dump(res))
		}
	}
	checkNames(t, []nameCase{
		// counter-examples
		{"the body and its kind",
			"Bloc meets\n\nThe Andara trade bloc will meet in Lima next week to discuss tariffs.\n",
			map[string]string{"Andara": inst}, nil},
	})
}

// TestVenueGuardsReviewRound36 checks the review of the venue guards.
// Teaching, serving or volunteering at a place is work there (venueAt
// keeps the body), but "drinks were served at" still names a venue; a
// known body's name before a capitalised "Building" names the building,
// not the body, while "the Treasury building" in lower case keeps it; and
// a parent firm's unknown name before "company" (placeBeforeKind) is no
// person.
func TestVenueGuardsReviewRound36(t *testing.T) {
	const inst, place = TypeInstitution, TypePlace
	checkNames(t, []nameCase{
		{"teaches at",
			"Fees\n\nMirela Sandoval, who teaches at the Colegio Tavira, expects tuition to double by autumn.\n",
			map[string]string{"Colegio Tavira": inst}, nil},
		{"volunteers at",
			"Winter appeal\n\nOtto Brenkel, who volunteers at the Cruz Orvane, warned that blankets were running short.\n",
			map[string]string{"Cruz Orvane": inst}, nil},
		{"a building named after a known body",
			"Customs deal\n\nFinance officials from five countries gathered at the Treasury Building in Jakarta to share customs data.\n",
			map[string]string{"Treasury Building": place}, []string{"United States Department of the Treasury"}},
		{"a parent firm's name before company",
			"Plant planned\n\nVelmar Chips, a Brannock Hathley company, plans to open a wafer plant near the port.\n",
			map[string]string{"Velmar Chips": inst, "Brannock Hathley": place}, nil},
		// counter-examples
		{"drinks were served at",
			"Reception\n\nCold drinks were served at the Palacio Morvedre after the ceremony ended.\n",
			map[string]string{"Palacio Morvedre": place}, nil},
		{"the Treasury building in lower case",
			"Briefing\n\nReporters waited outside the Treasury building while Treasury officials weighed new curbs on Iranian tankers.\n",
			map[string]string{"United States Department of the Treasury": inst}, nil},
	})
}
