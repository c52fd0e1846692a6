package ingest

import "testing"

// Round 33: events. An ordinal belongs to a numbered sitting's or a war's
// name; an agreement's subject after "on"/"for" belongs to its title; a
// forum with members, units or papers is a body; an Exchange with a legal
// form is a firm; a placed or dated Week is held; dated attacks, clashes,
// arrests and quakes are events; a summit named by unplaced capitalised
// words and held in a known place is one event. People, firms and bodies
// are invented; states, cities and well-known bodies are real.

func TestOrdinalsInEventNamesRound33(t *testing.T) {
	checkEnts(t, []entCase{
		{"a capitalised ordinal word before a war", "Trade with Kyiv froze after the Second Donbas War, Orsola Benn said.", "Second Donbas War", TypeEvent},
		{"a numbered ordinary summit of a body", "Orsola Benn wants the quota settled by the 19th Ordinary EAC Summit, leaders said.", "19th Ordinary EAC Summit", TypeEvent},
		{"a numbered dialogue named by a capital", "Orsola Benn spoke at the 12th Lima Dialogue on Coastal Security last week.", "12th Lima Dialogue", TypeEvent},
		{"a numbered meeting of a region's council", "Orsola Benn chaired the 9th Arctic Council Ministerial Meeting by video link.", "9th Arctic Council Ministerial Meeting", TypeEvent},
		// counter-examples
		{"a lower-case ordinal counts, it names nothing", "Trade with Kyiv froze after the second Donbas War, Orsola Benn said.", "second Donbas War", ""},
		{"a capital's dialogue without a number", "Orsola Benn spoke to the Lima Dialogue about coastal security.", "Lima Dialogue", ""},
	})
}

func TestAgreementTitlesRound33(t *testing.T) {
	checkEnts(t, []entCase{
		{"a subject after on", "Orsola Benn said the Comprehensive Agreement on Fisheries Access was frozen.", "Comprehensive Agreement on Fisheries Access", TypeEvent},
		{"a hyphenated subject after for", "Peru joined the Regional Agreement for Trans-Caspian Shipping in 2029, Orsola Benn said.", "Regional Agreement for Trans-Caspian Shipping", TypeEvent},
		{"a first word before and", "Ghana is keen to negotiate a Partnership and Cooperation Agreement, Orsola Benn said.", "Partnership and Cooperation Agreement", TypeEvent},
		// counter-examples: a date or a state after the connector
		{"a weekday after on", "Peru signed the Tarnwick Agreement on Monday, Orsola Benn said.", "Tarnwick Agreement on Monday", ""},
		{"a month after on", "Peru signed the Tarnwick Treaty on May 5, Orsola Benn said.", "Tarnwick Treaty on May", ""},
		{"a state after on", "Orsola Benn defended the Tarnwick Accord on Ghana before parliament.", "Tarnwick Accord on Ghana", ""},
		// counter-examples: a known name after the subject ends it
		{"a state after the subject's and", "Peru signed the Tarnwick Agreement on Fisheries and Ghana signed nothing, Orsola Benn said.", "Tarnwick Agreement on Fisheries and Ghana", ""},
		{"the state after the subject's and is kept", "Peru signed the Tarnwick Agreement on Fisheries and Ghana signed nothing, Orsola Benn said.", "Ghana", TypeInstitution},
		{"a person right after the subject", "Under the Tarnwick Agreement on Fisheries Orsola Benn cut the quotas.", "Orsola Benn", TypePerson},
	})
}

// TestAgreementTitleKeysRound33: the whole title keys an agreement, so two
// subjects of one body's agreements stay two events; the short form joins
// the title when the article has one.
func TestAgreementTitleKeysRound33(t *testing.T) {
	two := run(t, "Talks resume\n\nPeru signed the WTO Agreement on Fisheries Subsidies, and Ghana signed the WTO Agreement on Agriculture, Orsola Benn said.\n")
	wantTypes(t, two, map[string]string{"WTO Agreement on Fisheries Subsidies": TypeEvent, "WTO Agreement on Agriculture": TypeEvent})
	one := run(t, "Talks resume\n\nOrsola Benn said the WTO Agreement on Fisheries Subsidies was signed and the WTO Agreement was praised.\n")
	wantTypes(t, one, map[string]string{"WTO Agreement on Fisheries Subsidies": TypeEvent, "WTO Agreement": ""})
}

func TestForumBodyCuesRound33(t *testing.T) {
	checkEnts(t, []entCase{
		{"a relative clause of what it does", "The Lakeshore Business Forum, which represents 200 firms, said the ban was unfair.", "Lakeshore Business Forum", TypeInstitution},
		{"a paper from it", "Orsola Benn cited a recent paper from the Tarnwick Water Security Forum on dams.", "Tarnwick Water Security Forum", TypeInstitution},
		{"a programme at it", "Orsola Benn, who runs the arms control program at the Tarnwick Security Forum, spoke.", "Tarnwick Security Forum", TypeInstitution},
		{"a named member of it", "From Lima, Orsola Benn of the Tarnwick Democratic Forum praised the ruling.", "Tarnwick Democratic Forum", TypeInstitution},
		// counter-examples: a forum that is held
		{"a forum that opens", "The Lakeshore Investment Forum opened in Lima on Monday with a speech by Orsola Benn.", "Lakeshore Investment Forum", TypeEvent},
		{"a report of a forum that is held", "The Lakeshore Investment Forum opened on Monday; a report from the Lakeshore Investment Forum followed.", "Lakeshore Investment Forum", TypeEvent},
		{"a project signed at a forum held in a city", "Ghana signed a solar project at the Lakeshore Investment Forum in Lima on Tuesday, Orsola Benn said.", "Lakeshore Investment Forum", TypeEvent},
		{"a dispatch from a forum held in a city", "In a report from the Lakeshore Investment Forum in Lima, Orsola Benn said deals were signed.", "Lakeshore Investment Forum", TypeEvent},
	})
}

func TestExchangeFirmsRound33(t *testing.T) {
	checkEnts(t, []entCase{
		{"a legal form after Exchange", "The Treasury listed Tarnwick Exchange Co., a currency dealer in Lima, Orsola Benn said.", "Tarnwick Exchange Co", TypeInstitution},
		{"a foreign legal form", "Orsola Benn said Cedarvale Exchange SAL moved funds through Lima.", "Cedarvale Exchange SAL", TypeInstitution},
		{"a stock exchange of a state", "The Stock Exchange of Ghana suspended trading, Orsola Benn said.", "Stock Exchange of Ghana", TypeInstitution},
		// counter-example: a swap
		{"a capitalised prisoner exchange", "Orsola Benn welcomed the Prisoner Exchange between Ghana and Peru.", "Prisoner Exchange", TypeEvent},
		{"a stock exchange's law", "Orsola Benn said the Stock Exchange Act of Ghana was amended.", "Stock Exchange Act of Ghana", ""},
		{"a stock exchange's building", "Orsola Benn said the Ghana Stock Exchange Building was evacuated.", "Ghana Stock Exchange Building", ""},
		{"the state before the building is kept", "Orsola Benn said the Ghana Stock Exchange Building was evacuated.", "Ghana", TypeInstitution},
	})
}

func TestHeldWeeksRound33(t *testing.T) {
	checkEnts(t, []entCase{
		{"a week dated after it", "Inspections rose after Lakeshore Maritime Week in April, Orsola Benn said.", "Lakeshore Maritime Week", TypeEvent},
		{"a week placed after it, a capital before it", "Orsola Benn met buyers at the Lima International Grain Week in Lima.", "Lima International Grain Week", TypeEvent},
		// counter-examples: a newsletter or a sponsor's notice
		{"a week with its year", "Sponsored: Tarnwick Commodities Week 2031 \u2014 register now for the Lima event.", "Tarnwick Commodities Week", ""},
		{"a week alone", "Orsola Benn writes the Lakeshore Trade Week newsletter for farmers.", "Lakeshore Trade Week", ""},
		{"a state's week in a city", "Orsola Benn said Peru Week in Lima drew buyers.", "Peru Week", ""},
		{"the state of its week is kept", "Orsola Benn said Peru Week in Lima drew buyers.", "Peru", TypeInstitution},
	})
}

func TestDatedAttacksRound33(t *testing.T) {
	checkEnts(t, []entCase{
		{"attacks on a day", "Refugees have crossed into Ghana after the March 14 attacks, Orsola Benn said.", "March 14 attacks", TypeEvent},
		{"arrests on a day", "Peru cut all links after the June 3 arrests of two pilots.", "June 3 arrests", TypeEvent},
		{"bombings of a year with a modifier", "Orsola Benn was charged over the 2004 embassy bombings in Lima.", "2004 embassy bombings", TypeEvent},
		{"a quake of a month", "Villages still lack tents a year after the April earthquake, Orsola Benn said.", "April earthquake", TypeEvent},
		{"an incident dated day first", "Orsola Benn briefed Ghana about the incident of 9 March 2029, when boats were rammed.", "incident of 9 March 2029", TypeEvent},
		{"an armed conflict of a year", "Orsola Benn said the valley has suffered since the armed conflict of 1987.", "armed conflict of 1987", TypeEvent},
		// counter-examples: no date
		{"a year after since dates the clause", "Since 2029 attacks on tankers in the strait have doubled, Orsola Benn said.", "2029 attacks", ""},
		{"a year after by dates the clause", "Orsola Benn warned that by 2040 conflict over water in Peru would be common.", "2040 conflict", ""},
		{"a year that dates the clause", "Orsola Benn said that in 2029 attacks on the port rose.", "2029 attacks", ""},
		{"a day that does not exist", "Orsola Benn said the incident of 31 February 2029 never happened.", "incident of 31 February 2029", ""},
	})
}

// TestDatedAttackKeysRound33: an attack named with its date after "in" or
// "on" keeps the date, so two days' attacks stay two events; a comma
// before the year keeps the year.
func TestDatedAttackKeysRound33(t *testing.T) {
	checkEnts(t, []entCase{
		{"a year after a comma", "Orsola Benn said the attacks of 11 September, 2001, changed Peru.", "attacks of 11 September, 2001", TypeEvent},
	})
	got := run(t, "Talks resume\n\nA suicide bombing in March killed nine in Lima, and another suicide bombing in May killed four, Orsola Benn said.\n")
	wantTypes(t, got, map[string]string{"suicide bombing in March": TypeEvent, "suicide bombing in May": TypeEvent, "suicide bombing": ""})
	got = run(t, "Talks resume\n\nArmed clashes on May 5 killed six in Lima; armed clashes on June 9 killed two more, Orsola Benn said.\n")
	wantTypes(t, got, map[string]string{"Armed clashes on May 5": TypeEvent, "armed clashes on June 9": TypeEvent})
	// arrests are no attack
	got = run(t, "Talks resume\n\nPeru cut all links after the June 3 arrests of two pilots.\n")
	for _, e := range got.Entities {
		if e.Name == "June 3 arrests" && e.Kind != "other" {
			t.Errorf("June 3 arrests: kind %q, want other", e.Kind)
		}
	}
}

// TestSittingKindKeysRound33: a body numbers its ordinary and
// extraordinary sittings apart.
func TestSittingKindKeysRound33(t *testing.T) {
	got := run(t, "Talks resume\n\nOrsola Benn attended the 7th Extraordinary EAC Summit in March and the 7th Ordinary EAC Summit in May.\n")
	wantTypes(t, got, map[string]string{"7th Ordinary EAC Summit": TypeEvent})
}

func TestNamedSummitsInPlacesRound33(t *testing.T) {
	checkEnts(t, []entCase{
		{"the host after in", "Orsola Benn met her counterpart at the Latin American summit in Lima in April.", "Latin American summit in Lima", TypeEvent},
		{"a group with a number", "The dispute clouded the Group of 30 summit in Accra last month, Orsola Benn said.", "Group of 30 summit in Accra", TypeEvent},
		{"a format with a plus", "Orsola Benn recalled the first C4+2 summit in Lima last September.", "C4+2 summit in Lima", TypeEvent},
		// counter-examples: no known place, no article
		{"a month after in", "Orsola Benn hopes for progress at the Central Andean summit in December.", "Central Andean summit in December", ""},
		{"no article", "Orsola Benn said Latin American summit in Lima plans were dropped.", "Latin American summit in Lima", ""},
		{"a state's demonym alone", "Orsola Benn said the Peruvian summit in Ghana was a failure.", "Peruvian summit in Ghana", ""},
	})
}

func TestRegionCrisesRound33(t *testing.T) {
	checkEnts(t, []entCase{
		{"a region's crisis", "Qatar has rerouted its imports since the Gulf crisis began, Orsola Benn said.", "Gulf crisis", TypeEvent},
		{"a demonym and a kind", "Orsola Benn said Peru recovered slowly after the Asian financial crisis of the nineties.", "Asian financial crisis", TypeEvent},
		{"an unplaced place name", "Orsola Benn said oil stopped flowing during the Tarnwick crisis over the fields.", "Tarnwick crisis", TypeEvent},
		// counter-examples
		{"a person's name", "Orsola Benn dismissed talk of the Tarvo Lindqvar crisis at the ministry.", "Tarvo Lindqvar crisis", ""},
		{"a body's name", "Orsola Benn blamed the Tarnwick Bank crisis on bad loans.", "Tarnwick Bank crisis", ""},
		{"a modifier of talks", "Envoys held the Gulf crisis talks in Lima, Orsola Benn said.", "Gulf crisis", ""},
		{"a state's demonym alone", "Orsola Benn said the Peruvian crisis hurt exports.", "Peruvian crisis", ""},
		{"a person's surname", "Orsola Benn, the minister, said the Benn crisis was invented by the press.", "Benn crisis", ""},
	})
}
