package ingest

import "testing"

// Round 24: names typed wrongly. A compound trade word ends a firm's
// name, not a person's; a major city or region is a place, not a person,
// unless a given name stands before it; a United States body written
// with "U.S." or "US" keeps the whole name the text used. All names are
// invented.

func TestTradeWordEndsFirmRound24(t *testing.T) {
	checkEnts(t, []entCase{
		{"shipbrokers", "Freight rates rose again, said an analyst at Kestrel Shipbrokers in Tessel.", "Kestrel Shipbrokers", TypeInstitution},
		{"agro", "Tarn Agro, a grain trader, stopped buying fertiliser last month.", "Tarn Agro", TypeInstitution},
		{"creameries", "Veldt Creameries halted milk deliveries to the north.", "Veldt Creameries", TypeInstitution},
		{"pelagic", "The trawlers of Morvik Pelagic stayed in port all week.", "Morvik Pelagic", TypeInstitution},
		// counter-examples: a title or a person's apposition before or
		// after the pair makes it a person
		{"a title before the pair", "Deputy Minister Tomas Pelagic told reporters the catch had fallen.", "Tomas Pelagic", TypePerson},
		{"a person's apposition", "Margit Agro, a spokeswoman for the union, said the quota was too low.", "Margit Agro", TypePerson},
	})
}

func TestWorldCitiesArePlacesRound24(t *testing.T) {
	checkEnts(t, []entCase{
		{"a city alone", "Traders in Almaty said the grain price had doubled.", "Almaty", TypePlace},
		{"a two-word port", "Tankers waited off Bandar Abbas for three days.", "Bandar Abbas", TypePlace},
		{"a region", "Coffee growers in Minas Gerais expect a smaller crop.", "Minas Gerais", TypePlace},
		{"an accented capital acts", "Chișinău said it would answer the note within a week.", "Moldova", TypeInstitution},
		{"the state's short name", "Lao PDR signed the power deal with Tessel on Friday.", "Laos", TypeInstitution},
		// counter-examples: a known given name before a city's name
		// makes the pair a person
		{"a given name before a city", "Ana Porto, a fisheries inspector, said the quota was too low.", "Ana Porto", TypePerson},
		{"a given name before a port", "Lena Bergen told reporters the catch had fallen.", "Lena Bergen", TypePerson},
	})
}

func TestUSBodyKeepsTextNameRound24(t *testing.T) {
	cases := []struct{ name, text, alias string }{
		{"defense department with U.S.", "The U.S. Department of Defense bought two patrol boats from a yard in Tessel.", "U.S. Department of Defense"},
		{"house with US", "Lawmakers in the US House of Representatives passed the apple tariff bill on Friday.", "US House of Representatives"},
		{"office of the US trade representative", "The Office of the US Trade Representative opened a review of the duties.", "Office of the US Trade Representative"},
		{"justice department with US", "Two traders in Tessel were charged by US Department of Justice lawyers.", "US Department of Justice"},
		// counter-example: the short form stays the alias it was
		{"short form", "A U.S. House vote sent the apple tariff bill to the president.", "U.S. House"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Tariff bill\n\n"+tc.text+"\n")
			e := entityByName(res, tc.alias)
			if e == nil || e.Type != TypeInstitution {
				t.Fatalf("no institution with the alias %q:\n%s", tc.alias, dump(res))
			}
			if e.Name == tc.alias {
				return
			}
			for _, a := range e.Aliases {
				if a == tc.alias {
					return
				}
			}
			t.Errorf("%q is not written as in the text in %q %v", tc.alias, e.Name, e.Aliases)
		})
	}
}
