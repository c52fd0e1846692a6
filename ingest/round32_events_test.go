package ingest

import (
	"strings"
	"testing"
)

// Round 32: events. Coups named by the capital they were seized in, by
// "military" or by a day; referendums named by the place that votes or by
// their day; meetings named by "inter-"/"intra-" and their sides; an
// adjective before a body's summit; meetings, consultations and talks
// named by their city; a war named by a territory or a part of a state.
// People and bodies are invented; states, cities and well-known bodies
// are real.

// aliasCase wants an event named name with alias among its aliases.
type aliasCase struct {
	name, text, ent, alias string
}

func checkAliases(t *testing.T, cases []aliasCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Talks resume\n\nThe meeting opened on Monday. "+tc.text+"\n")
			for _, e := range res.Entities {
				if e.Name != tc.ent {
					continue
				}
				for _, a := range e.Aliases {
					if strings.EqualFold(a, tc.alias) {
						return
					}
				}
				t.Errorf("%q: aliases %q, want %q", tc.ent, e.Aliases, tc.alias)
				return
			}
			t.Errorf("no entity %q\n%s", tc.ent, dump(res))
		})
	}
}

func TestCoupsRound32(t *testing.T) {
	checkEnts(t, []entCase{
		{"a coup in a capital", "Fuel convoys to Mali halted soon after the coup in Bamako, Greta Solvik noted.", "coup in Bamako", TypeEvent},
		{"a military coup in a state", "Greta Solvik wrote that the military coup in Chad left donors divided.", "military coup in Chad", TypeEvent},
		{"a coup dated by a day after of", "Greta Solvik answered questions on the military coup of March 9, 2031, at length.", "military coup of March 9, 2031", TypeEvent},
		{"an abbreviated month and day", "Greta Solvik lost her post in the purge after the Sept. 4 coup in the north.", "Sept. 4 coup", TypeEvent},
		// counter-examples
		{"a war is not named by a capital", "Greta Solvik dismissed talk of the war in Bamako as gossip.", "war in Bamako", ""},
		{"a month without a day after of", "Greta Solvik wrote a memoir about the coup of March and its leaders.", "coup of March", ""},
		{"no military, no military name", "Greta Solvik wrote that the coup in Chad left donors divided.", "military coup in Chad", ""},
		{"a city-state's coup", "Greta Solvik wrote that the military coup in Djibouti left donors divided.", "military coup in Djibouti", TypeEvent},
		{"a capital's coup joins its state's", "Greta Solvik said the coup in Niamey had failed. Tomas Berg said the coup in Niger had failed too.", "coup in Niger", ""},
	})
	checkAliases(t, []aliasCase{
		{"the bare coup stays an alias", "Greta Solvik wrote that the military coup in Chad left donors divided.", "military coup in Chad", "coup in Chad"},
		{"the state's coup is an alias of the capital's", "Greta Solvik said the coup in Niamey had failed. Tomas Berg said the coup in Niger had failed too.", "coup in Niamey", "coup in Niger"},
	})
}

func TestReferendumsRound32(t *testing.T) {
	checkEnts(t, []entCase{
		{"a place's referendum", "Prosecutors say Greta Solvik funded the Transnistria referendum through shell firms.", "Transnistria referendum", TypeEvent},
		{"a referendum of a day", "Greta Solvik campaigned hard before Chad's referendum of March 9th, which she lost.", "referendum of March 9th", TypeEvent},
		{"a referendum on a day", "Chad staged a referendum on March 9 that Greta Solvik called rigged.", "referendum on March 9", TypeEvent},
		// counter-examples
		{"the referendum as a law's modifier", "Greta Solvik voted against the Transnistria referendum law in committee.", "Transnistria referendum", ""},
		{"a referendum on a subject", "Greta Solvik demanded a referendum on NATO membership within a year.", "referendum on NATO membership", ""},
		{"a weekday is no date", "Greta Solvik expects the referendum on Sunday to be tight.", "referendum on Sunday", ""},
		{"no article before the place", "Greta Solvik thinks Transnistria referendum chatter is idle.", "Transnistria referendum", ""},
		{"the year after on stays in the name", "Greta Solvik said the referendum on June 23, 2031, split the country.", "referendum on June 23, 2031", TypeEvent},
		{"two years' referendums stay two", "Greta Solvik said the referendum of June 23, 2031 was rigged. Tomas Berg said the referendum of June 23, 2034 was fair.", "referendum of June 23, 2034", TypeEvent},
		{"the date-first form joins the day's", "Greta Solvik said the March 9 referendum was rigged. Tomas Berg said the referendum on March 9 was fair.", "March 9 referendum", ""},
		{"no day in a month and year", "Greta Solvik recalled the referendum of March 2031 with regret.", "referendum of March 2031", ""},
	})
	checkAliases(t, []aliasCase{
		{"the day first stays an alias", "Chad staged a referendum on March 9 that Greta Solvik called rigged.", "referendum on March 9", "March 9 referendum"},
	})
}

func TestInterSidesRound32(t *testing.T) {
	checkEnts(t, []entCase{
		{"a dated inter-Korean summit", "Greta Solvik wrote a book about the June 13 inter-Korean summit and its legacy.", "June 13 inter-Korean summit", TypeEvent},
		{"a month alone", "Greta Solvik flew to Seoul before the June inter-Korean summit began.", "June inter-Korean summit", TypeEvent},
		{"words between the sides and the head", "Greta Solvik briefed reporters after Friday's inter-Korean working-level talks ended.", "inter-Korean working-level talks", TypeEvent},
		{"intra- sides", "Greta Solvik said the intra-Afghan talks had stalled again.", "intra-Afghan talks", TypeEvent},
		// counter-examples
		{"an indefinite summit", "Greta Solvik thinks an inter-Korean summit could happen by spring.", "inter-Korean summit", ""},
		{"a proposal for talks", "Greta Solvik turned down a plan for inter-Korean naval talks this year.", "inter-Korean naval talks", ""},
		{"projects are no meeting", "Greta Solvik said the inter-Korean projects had no money left.", "inter-Korean projects", ""},
		{"the undated mention joins the dated one", "Greta Solvik praised the May 14 inter-Korean summit. Tomas Berg said the inter-Korean summit changed little.", "inter-Korean summit", ""},
		{"a head inside a hyphenated compound", "Greta Solvik praised the inter-Korean summit-level talks at length.", "inter-Korean summit", ""},
		{"the compound's head", "Greta Solvik praised the inter-Korean summit-level talks at length.", "inter-Korean summit-level talks", TypeEvent},
		{"a head before another head", "Greta Solvik said the inter-Korean summit talks stalled again.", "inter-Korean summit", ""},
		{"talks as a modifier", "Greta Solvik said the inter-Korean talks agenda had stalled.", "inter-Korean talks", ""},
	})
	checkAliases(t, []aliasCase{
		{"the undated form stays an alias", "Greta Solvik praised the May 14 inter-Korean summit. Tomas Berg said the inter-Korean summit changed little.", "May 14 inter-Korean summit", "inter-Korean summit"},
	})
}

// An article that opens with a lower-case "inter-": no token before the
// sentence is read (it panicked).
func TestInterSidesAtStartRound32(t *testing.T) {
	for _, text := range []string{"inter-Korean talks resume in Seoul, Greta Solvik said.\n", "inter-Korean talks resume\n\nGreta Solvik said so.\n"} {
		run(t, text)
	}
}

func TestBodySummitAdjectivesRound32(t *testing.T) {
	checkEnts(t, []entCase{
		{"an extraordinary summit of a body", "Greta Solvik thinks this extraordinary AU Bureau summit in March changed little.", "extraordinary AU Bureau summit", TypeEvent},
		{"a month after on is a date, not a subject", "Greta Solvik expects an emergency ECOWAS summit on March 2 in Accra.", "emergency ECOWAS summit", TypeEvent},
		// counter-examples
		{"no subject taken from the date", "Greta Solvik expects an emergency ECOWAS summit on March 2 in Accra.", "emergency ECOWAS summit on March", ""},
		{"any adjective is no summit's", "Greta Solvik thinks the costly AU Bureau summit in March changed little.", "costly AU Bureau summit", ""},
		{"a weekday after on is a date, not a subject", "Greta Solvik said an emergency ECOWAS summit on Friday would follow.", "emergency ECOWAS summit on Friday", ""},
		{"the summit dated by a weekday", "Greta Solvik said an emergency ECOWAS summit on Friday would follow.", "emergency ECOWAS summit", TypeEvent},
	})
	checkAliases(t, []aliasCase{
		{"a summit's subject leaves an alias", "Greta Solvik drafted papers for the emergency ECOWAS summit on Mali held in Accra.", "emergency ECOWAS summit on Mali", "emergency ECOWAS summit"},
	})
}

func TestCityMeetingsRound32(t *testing.T) {
	checkEnts(t, []entCase{
		{"a meeting named by its city", "Greta Solvik called the Tallinn meeting a modest start.", "Tallinn meeting", TypeEvent},
		{"consultations named by their city", "The Oslo consultations ended on Friday with no quota deal, Greta Solvik said.", "Oslo consultations", TypeEvent},
		{"talks in a city", "The talks in Doha lasted eleven hours, Greta Solvik said.", "Doha talks", TypeEvent},
		{"a year before a state's talks", "Greta Solvik recalled why the 2027 Jamaica talks fell apart.", "Jamaica talks", TypeEvent},
		// counter-examples
		{"proposed talks in a city", "Greta Solvik proposed that the talks in Tallinn move to May.", "Tallinn talks", ""},
		{"talks in a state", "Greta Solvik said the talks in Chad would resume.", "Chad talks", ""},
		{"no article before the city", "Greta Solvik said Tallinn meeting rooms were full.", "Tallinn meeting", ""},
		{"a meeting room", "Greta Solvik said the Tallinn meeting room was full.", "Tallinn meeting", ""},
		{"a meeting point", "Greta Solvik said the Tallinn meeting point was closed.", "Tallinn meeting", ""},
		{"talks next week", "Greta Solvik said the talks in Tallinn next week will be hard.", "Tallinn talks", ""},
		{"talks planned for a month", "Greta Solvik said the talks in Tallinn, planned for May, were cancelled.", "Tallinn talks", ""},
		{"talks wanted", "Greta Solvik wants the talks in Tallinn held in public.", "Tallinn talks", ""},
		{"talks still to resume", "Greta Solvik expects the talks in Tallinn to resume.", "Tallinn talks", ""},
		{"talks that could resume", "Greta Solvik said the talks in Tallinn could resume.", "Tallinn talks", ""},
		{"a meeting to be postponed", "Greta Solvik said the Tallinn meeting would be postponed.", "Tallinn meeting", ""},
		{"a meeting called for", "Greta Solvik called for the Tallinn meeting to be scrapped.", "Tallinn meeting", ""},
		{"consultations next month", "Greta Solvik said the Oslo consultations next month matter most.", "Oslo consultations", ""},
		{"talks held in May", "Greta Solvik said the talks in Tallinn in May went well.", "Tallinn talks", TypeEvent},
	})
	checkAliases(t, []aliasCase{
		{"talks in a city keep the written form", "The talks in Doha lasted eleven hours, Greta Solvik said.", "Doha talks", "talks in Doha"},
	})
}

func TestWarInPlaceRound32(t *testing.T) {
	checkEnts(t, []entCase{
		{"a territory that is no state", "Greta Solvik said shipping insurers fear the war in Darfur above all.", "war in Darfur", TypeEvent},
		{"a part of a state", "Greta Solvik warned that the war in western Ukraine would cut the pipeline.", "war in western Ukraine", TypeEvent},
		// counter-examples
		{"an indefinite war", "Greta Solvik said a war in Darfur would hurt insurers.", "war in Darfur", ""},
		{"a continent names no war", "Greta Solvik said the war in Europe had ended for her family.", "war in Europe", ""},
		{"a region after the", "Greta Solvik said the war in the Middle East had ended for her family.", "war in Middle East", ""},
		{"a territory after the", "Greta Solvik said shipping insurers fear the war in the Gaza Strip above all.", "war in Gaza Strip", TypeEvent},
		{"a city that is no capital names no war", "Greta Solvik said the war in Aleppo had ended for her family.", "war in Aleppo", ""},
		{"another territory", "Greta Solvik said shipping insurers fear the war in Gaza above all.", "war in Gaza", TypeEvent},
	})
	checkAliases(t, []aliasCase{
		{"the written article stays in an alias", "Greta Solvik said shipping insurers fear the war in the Gaza Strip above all.", "war in Gaza Strip", "war in the Gaza Strip"},
	})
}
