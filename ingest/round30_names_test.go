package ingest

import (
	"slices"
	"testing"
)

// Round 30: a state's ministry written out in full ("Norway's Ministry of
// Foreign Affairs") is read to its last word, and after a possessive its
// own words are one more of its names, as annotators name a state's
// chamber. States are real; the speakers are invented.
func TestStateMinistryFullNameRound30(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // aliases the ministry must carry
		not        []string // aliases it must not carry
	}{
		{"possessive, capitalised", "Talks stall\n\nNorway's Ministry of Foreign Affairs called the talks stalled.\n",
			[]string{"Norway's Ministry of Foreign Affairs", "Ministry of Foreign Affairs"}, []string{"Norway's Ministry of Foreign"}},
		{"demonym, capitalised", "Talks stall\n\nThe Chilean Ministry of Foreign Affairs called the talks stalled.\n",
			[]string{"Chilean Ministry of Foreign Affairs"}, []string{"Ministry of Foreign Affairs", "Chilean Ministry of Foreign"}},
		{"possessive, lower case", "Talks stall\n\nNorway's ministry of foreign affairs called the talks stalled.\n",
			[]string{"Norway's ministry of foreign affairs"}, []string{"ministry of foreign affairs"}},
		{"no affairs word", "Talks stall\n\nNorway's Ministry of Trade called the talks stalled.\n",
			[]string{"Norway's Ministry of Trade", "Ministry of Trade"}, []string{"Norway's Ministry of Trade called"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			var min *Entity
			for i := range res.Entities {
				if e := &res.Entities[i]; e.Type == TypeInstitution && e.Name != "Norway" && e.Name != "Chile" {
					min = e
				}
			}
			if min == nil {
				t.Fatalf("no ministry found:\n%s", dump(res))
			}
			for _, a := range tc.want {
				if !slices.Contains(min.Aliases, a) {
					t.Errorf("%s: aliases %q lack %q", min.Name, min.Aliases, a)
				}
			}
			for _, a := range tc.not {
				if slices.Contains(min.Aliases, a) || min.Name == a {
					t.Errorf("%s: aliases %q carry %q", min.Name, min.Aliases, a)
				}
			}
			wantRel(t, res, "SAID", min.Name, "", true)
		})
	}
}

// Letters joined tight by "&" inside a name are one word of it ("P&I" in
// a marine insurer's name); a lone "Q&A" and letters that end a run name
// nobody. Well-known bodies are known by their names and acronyms.
func TestLetterAmpersandAndKnownBodiesRound30(t *testing.T) {
	checkEnts(t, []entCase{
		{"insurer with a head", "Cover ends\n\nThe Skarvik P&I Club wrote to owners on Friday.\n", "Skarvik P&I Club", TypeInstitution},
		{"group of insurers", "Cover ends\n\nThe International Group of P&I Clubs warned owners.\n", "International Group of P&I Clubs", TypeInstitution},
		{"letters ending a run join nothing", "Cover ends\n\nRates at Kelbrook S&P rose in May.\n", "Kelbrook S&P", ""},
		{"a lone Q&A", "Cover ends\n\nRead our Q&A with Hanna Lidt below.\n", "Hanna Lidt", TypePerson},
		{"a lone Q&A names nobody", "Cover ends\n\nRead our Q&A with Hanna Lidt below.\n", "Q&A", ""},
		{"spaced ampersand between two surnames stays apart", "Cover ends\n\nLawyers Hollin & Drabek said the rules were unclear.\n", "Hollin & Drabek", ""},
		{"letters opening a firm's name are no person", "Cover ends\n\nS&P Global cut the rating on Friday.\n", "S&P", ""},
		{"letters before a plural are no person", "Cover ends\n\nP&O Ferries cut jobs on Friday.\n", "P&O", ""},
		{"letters before a shop word are no person", "Cover ends\n\nShoppers at B&Q Stores said prices rose.\n", "B&Q", ""},
		{"an NGO by its name", "Cover ends\n\nGreenpeace said the tankers were unsafe.\n", "Greenpeace", TypeInstitution},
		{"a trade bloc by its acronym", "Cover ends\n\nCOMESA said the tariffs would go.\n", "Common Market for Eastern and Southern Africa", TypeInstitution},
		{"the trade court by its short name", "Cover ends\n\nThe Appellate Body has not sat since 2019, the lawyers said.\n", "WTO Appellate Body", TypeInstitution},
		{"a think tank's short name", "Cover ends\n\nAnalysts at Crisis Group said the truce was fragile.\n", "International Crisis Group", TypeInstitution},
	})
}

// A regional central bank is no bloc: "the bloc" after it still means the
// union of states named before.
func TestBlocIsNotACentralBankRound30(t *testing.T) {
	res := run(t, "Summit ends\n\nLeaders of the Economic Community of West African States froze state assets held at the BCEAO. \"We will not bend,\" said Ghanaian President Kofi Ansera-Boadu, who chairs the bloc.\n")
	wantTypes(t, res, map[string]string{"Central Bank of West African States": TypeInstitution, "Kofi Ansera-Boadu": TypePerson})
	if hasRel(res, RelAffiliatedWith, "Kofi Ansera-Boadu", "Central Bank of West African States") {
		t.Errorf("the bloc's chair joined to the central bank:\n%s", dump(res))
	}
	for _, r := range res.Relations {
		if r.Type == RelSanctioned {
			// the bank only holds the frozen assets; their owner is unnamed
			t.Errorf("a sanction read from a freeze of assets held at a bank:\n%s", dump(res))
		}
	}
}

// Ships named in a list after a vessel noun are no people: after a comma
// ("its tanker, the X"; "two tankers it manages, X and Y") or after
// "including". Counter-examples: a speaker after "aboard the ship,", a
// person after a comma and "and", a singular noun without "the".
func TestVesselListsRound30(t *testing.T) {
	const text = "Ships seized\n\nOfficials blocked two Suezmax tankers it charters, Pavel Gorin and Kite Harbour Runner, for moving crude. The firm leases four tankers they crew, including the Corran Mist and the Clara Vell. His yacht, the 48-metre Sable Wren, remains detained. Duncan Rae, who has three boats including the Brisa Mae, said the ban hurt. Aboard the ship, Captain Ivo Marsh said the crew was safe. The agency listed two tankers, and Lev Orin, the owner, was also named. Near the trawler, Hedda Lunde waited. Survivors from the boats, Maria Lopez and Juan Perez, were treated. Aboard its two ships, Anna Berg said the crew was safe. The navy keeps three icebreakers, Pavel Orsk and Lev Dunmore, and a tug.\n"
	checkEnts(t, []entCase{
		{"a tanker named like a man", text, "Pavel Gorin", ""},
		{"second tanker of the list", text, "Kite Harbour Runner", ""},
		{"after including the", text, "Clara Vell", ""},
		{"a yacht with its length", text, "Sable Wren", ""},
		{"a boat after including", text, "Brisa Mae", ""},
		{"the boat owner stays", text, "Duncan Rae", TypePerson},
		{"a speaker after aboard the ship", text, "Ivo Marsh", TypePerson},
		{"after a comma and 'and'", text, "Lev Orin", TypePerson},
		{"a singular noun without 'the'", text, "Hedda Lunde", TypePerson},
		{"a plural noun with no count or owner", text, "Maria Lopez", TypePerson},
		{"the second name after an uncounted plural", text, "Juan Perez", TypePerson},
		{"a speaker after a counted plural: the list runs into a verb", text, "Anna Berg", TypePerson},
		{"a ship class outside the old list, closed by a comma and 'and'", text, "Pavel Orsk", ""},
		{"its second ship", text, "Lev Dunmore", ""},
	})
}

// Two states' ministries of one kind in an article: neither carries the
// bare name ("Ministry of Foreign Affairs"), which fits either; a lone
// one of its kind keeps it. States are real; the text is invented.
func TestSharedMinistryShortRound30(t *testing.T) {
	cases := []struct {
		name, text, ministry, alias string
		want                        bool
	}{
		{"two foreign ministries", "Talks stall\n\nNorway's Ministry of Foreign Affairs, like Chile's Ministry of Foreign Affairs, called the talks stalled.\n", "Norwegian Foreign Ministry", "Ministry of Foreign Affairs", false},
		{"the other written with a demonym", "Talks stall\n\nNorway's Ministry of Foreign Affairs, like the Chilean Ministry of Foreign Affairs, called the talks stalled.\n", "Norwegian Foreign Ministry", "Ministry of Foreign Affairs", false},
		{"ministries of two kinds", "Talks stall\n\nNorway's Ministry of Foreign Affairs called the talks stalled. Chile's Ministry of Trade agreed.\n", "Norwegian Foreign Ministry", "Ministry of Foreign Affairs", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			for _, e := range res.Entities {
				if e.Name == tc.ministry {
					if got := slices.Contains(e.Aliases, tc.alias); got != tc.want {
						t.Errorf("%s: aliases %q, want %q: %v", e.Name, e.Aliases, tc.alias, tc.want)
					}
					return
				}
			}
			t.Errorf("no %s:\n%s", tc.ministry, dump(res))
		})
	}
}
