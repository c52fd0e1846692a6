package ingest

import "testing"

// Round 18b: states and capitals that do not act. A state named only as
// a place (after in/at/near/off…, before -based or -flagged, in a
// currency, in "the Gulf of X") is a place; a city-state is read like a
// capital; a capital before a venue noun ("the Vienna meeting"), after a
// compass word or inside a longer place name is a place. Counter-examples:
// one acting mention (subject, possessor, modifier of a noun, headline),
// a relation, motion and trade prepositions, a where-clause naming the
// state's organs, lists of states. People and ships are invented.

func TestStatesOnlyPlacesRound18b(t *testing.T) {
	checkEnts(t, []entCase{
		{"in X before a verb", "Opening three branches in Belgium will not help, Tarvo Lindqvar said.", "Belgium", TypePlace},
		{"in X at the end", "Tarvo Lindqvar told reporters he had worked for years in Mozambique.", "Mozambique", TypePlace},
		{"after a capital in a list", "Traders in Nairobi and Uganda reported delays, Tarvo Lindqvar said.", "Uganda", TypePlace},
		{"based", "Tarvo Lindqvar, a former banker at a Cyprus-based lender, was designated.", "Cyprus", TypePlace},
		{"flagged", "Tarvo Lindqvar said the Panama-flagged tanker Orvel Star had been seized.", "Panama", TypePlace},
		{"currency", "Tarvo Lindqvar said the grant was worth 14 million US dollars.", "United States", TypePlace},
		{"gulf of", "Tarvo Lindqvar said a ferry sank in the Gulf of Oman last winter.", "Oman", TypePlace},
		{"compass word", "Tarvo Lindqvar said the camp lay just north of Mali.", "Mali", TypePlace},
		// counter-examples
		{"named once, acting", "Belgium has pressed for sanctions on the officials.", "Belgium", TypeInstitution},
		{"possessor of an action after in", "Tarvo Lindqvar blamed its role in Russia's blockade.", "Russia", TypeInstitution},
		{"possessor of a named person", "Gabon's oil minister, Leandre Mbaya-Oko, slept at the refinery.", "Gabon", TypeInstitution},
		{"imports from a target", "The bloc banned imports from Iran on Monday.", "Iran", TypeInstitution},
		{"modifier after in", "Tarvo Lindqvar remains in US custody.", "United States", TypeInstitution},
		{"organ in a where-clause", "The treaty was mocked in Israel, where the prime minister's spokesman called it naive.", "Israel", TypeInstitution},
		{"list of states after in", "Refineries in Tajikistan and Uzbekistan may be next, Tarvo Lindqvar said.", "Uzbekistan", TypeInstitution},
		{"travel to", "Tarvo Lindqvar will travel to Myanmar in June to see the generals.", "Myanmar", TypeInstitution},
		{"backed", "Iran-backed militias attacked the base, Tarvo Lindqvar said.", "Iran", TypeInstitution},
		{"one place, one actor", "Talks in Belgium ended. Belgium said it would veto the plan.", "Belgium", TypeInstitution},
	})
}

func TestStateInHeadlineActsRound18b(t *testing.T) {
	res := run(t, "Belgium blocks sanctions package\n\nThe package stalled in Belgium on Monday, Tarvo Lindqvar said.\n")
	wantTypes(t, res, map[string]string{"Belgium": TypeInstitution})
	res = run(t, "Ministers meet in Belgium\n\nThe package stalled in Belgium on Monday, Tarvo Lindqvar said.\n")
	wantTypes(t, res, map[string]string{"Belgium": TypePlace})
}

func TestCapitalsAndCityStatesAsPlacesRound18b(t *testing.T) {
	checkEnts(t, []entCase{
		{"city-state after in", "Judges sitting in Luxembourg upheld the fine, Tarvo Lindqvar said.", "Luxembourg", TypePlace},
		{"city-state venue", "The Singapore meeting ended without a deal, Tarvo Lindqvar said.", "Singapore", TypePlace},
		{"city-state after a travel verb", "Tarvo Lindqvar met the envoy before flying to Luxembourg.", "Luxembourg", TypePlace},
		{"capital's protocol", "Tarvo Lindqvar said the Minsk Protocol owes her something.", "Belarus", ""},
		{"capital's convention", "Expelling a diplomat is allowed by the Vienna Convention, Tarvo Lindqvar said.", "Austria", ""},
		{"compass word before a capital", "Our trucks never drove east of Vienna, Tarvo Lindqvar said.", "Austria", ""},
		{"capital inside a longer place name", "A cargo ship docked at Santiago de Cuba at dawn, Tarvo Lindqvar said.", "Chile", ""},
		{"capital after a particle", "Troops patrol the towns around Mocímboa da Praia, Tarvo Lindqvar said.", "Cape Verde", ""},
		// counter-examples
		{"city-state acting", "Singapore said it would join the sanctions.", "Singapore", TypeInstitution},
		{"capital's regime", "The Tehran regime rejected the plan, Tarvo Lindqvar said.", "Iran", TypeInstitution},
		{"capital acting", "Vienna said it would host the talks.", "Austria", TypeInstitution},
	})
}

func TestGivenNameNotCapitalRound18b(t *testing.T) {
	checkEnts(t, []entCase{
		{"capital as a given name", "The rule sets a precedent, said Sofia Ndalova-Ferris, an analyst.", "Sofia Ndalova-Ferris", TypePerson},
		{"no state for the given name", "The rule sets a precedent, said Sofia Ndalova-Ferris, an analyst.", "Bulgaria", ""},
		// counter-examples
		{"capital acting", "Sofia said it would veto the plan.", "Bulgaria", TypeInstitution},
		{"capital before a common word", "Sofia Airport reopened on Monday, Tarvo Lindqvar said.", "Sofia Airport", ""},
	})
}
