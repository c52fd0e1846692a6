package ingest

import "testing"

// Round 20: entity recall across sets. A state's government named in full
// ("Government of X", "X Government") is the state; a name of two or more
// words that only a body takes after "the", after a role and "of"/"at",
// or after a firm noun is a body, not a person by shape; events named by a
// place or body and an event noun share one key rule. All names are
// invented (the states are real: they are general knowledge).

func TestStateGovernmentRound20(t *testing.T) {
	checkEnts(t, []entCase{
		{"Government of a state", "The Government of Japan said it would send a team to Velmora.", "Japan", TypeInstitution},
		{"state before Government", "The UK Government said the Korvath Line would be listed.", "United Kingdom", TypeInstitution},
		{"Royal Government of a state", "The Royal Government of Cambodia said the dam would be built.", "Cambodia", TypeInstitution},
		{"no second body", "The Government of Japan said it would send a team to Velmora.", "Government of Japan", ""},
		// counter-examples: another word makes a body of its own
		{"a regional government", "The Tarvan Regional Government said the border would reopen.", "Tarvan Regional Government", TypeInstitution},
		{"a government of national unity", "The Government of National Unity said the vote would be held.", "Government of National Unity", TypeInstitution},
	})
}

func TestBodyByContextRound20(t *testing.T) {
	checkEnts(t, []entCase{
		{"the article before a party in another language", "Opposition leader Amel Dorvic of the Varna Nasha Stranka accused the cabinet of lying.", "Varna Nasha Stranka", TypeInstitution},
		{"a role and of", "Ilse Marten, managing director of Korvel Ispat, said orders had halved.", "Korvel Ispat", TypeInstitution},
		{"a role and at", "Pavel Oron, an economist at Tarvu Kredit, said rates would rise.", "Tarvu Kredit", TypeInstitution},
		{"a firm noun", "The minister toured the plant of laser maker Dravik Optika on Monday.", "Dravik Optika", TypeInstitution},
		{"a firm noun and a comma", "The court ordered a steelmaker, Velmar Steelworks, to pay the workers.", "Velmar Steelworks", TypeInstitution},
		// counter-examples
		// the article belongs to "palace": the name is no body (round 35:
		// a name before a lower-case "palace" is a place, see localityNouns)
		{"the article before a palace", "The envoys met at the Qarat Al Bahr palace before the talks.", "Qarat Al Bahr", TypePlace},
		{"a hyphenated surname after of", "Assets of Dorvan Zimik-Ostrov were frozen, and Zimik-Ostrov said he would appeal.", "Zimik-Ostrov", ""},
		{"a person's noun before a name", "The company's founder, Tomas Ruvek, said prices would fall.", "Tomas Ruvek", TypePerson},
		{"a person after a role without of", "Managing director Ilse Marten said orders had halved.", "Ilse Marten", TypePerson},
	})
}

func TestPlaceEventKeyRound20(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		n          int
	}{
		{"a year does not split a disaster", "The 2016 Tarvu drought killed cattle. Farmers still speak of the Tarvu drought.", 1},
		{"talks and a round by one city", "Delegates met at the Geneva talks. The Geneva round ended without a deal.", 1},
		// counter-example: two places are two events
		{"two places, two droughts", "The Tarvu drought killed cattle, and the Oskel drought ruined the harvest.", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Talks resume\n\nThe meeting opened on Monday. "+tc.text+"\n")
			if n := countType(res, TypeEvent); n != tc.n {
				t.Errorf("%d events, want %d\n%s", n, tc.n, dump(res))
			}
		})
	}
}
