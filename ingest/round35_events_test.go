package ingest

import "testing"

// Round 35: events. A summit that only the title names by its host ("Lima
// energy summit: ...") is the one summit the body names in full; a
// conference centre is a building, not a conference; "Press conference"
// heading a live-blog entry is no named meeting; a headline's "<city>
// talks" without the article are talks when the body holds talks in that
// city. People and firms are invented; states, cities and well-known
// bodies are real.

func TestHeadlineSummitsRound35(t *testing.T) {
	// one event under the title's short name and the body's full name
	res := run(t, "Lima energy summit: ministers back a shared grid\n\nThe first Andes-Pacific Energy Summit opened in Lima on Monday with delegations from nine states, Orsola Benn said.\n")
	full, short := entityByName(res, "Andes-Pacific Energy Summit"), entityByName(res, "Lima energy summit")
	if full == nil || short == nil || full != short {
		t.Errorf("the title's summit should be an alias of the body's summit\n%s", dump(res))
	}
	// counter-examples: two summits in the body leave the title's alone
	res = run(t, "Lima energy summit: ministers back a shared grid\n\nThe first Andes-Pacific Energy Summit opened in Lima on Monday, Orsola Benn said. She will attend the G20 Summit in Rome next month.\n")
	if e := entityByName(res, "Andes-Pacific Energy Summit"); e != nil && e == entityByName(res, "Lima energy summit") {
		t.Errorf("with two body summits the title's summit should stay apart\n%s", dump(res))
	}
	// the body names the title's summit again: it is its own event
	res = run(t, "Lima summit: ministers back a shared grid\n\nMinisters met at the Lima summit on Monday, Orsola Benn said. She said the Andes-Pacific Energy Summit in Quito had failed last year.\n")
	if e := entityByName(res, "Andes-Pacific Energy Summit"); e != nil && e == entityByName(res, "Lima summit") {
		t.Errorf("a title summit named again in the body should stay apart\n%s", dump(res))
	}
	// the body holds only talks: the headline may mean something else
	res = run(t, "Lima summit: ministers back a shared grid\n\nOrsola Benn said the Quito talks on the grid had made progress.\n")
	if e := entityByName(res, "Quito talks"); e != nil && e == entityByName(res, "Lima summit") {
		t.Errorf("talks in the body should not take the title's summit\n%s", dump(res))
	}
}

func TestConferenceCentresRound35(t *testing.T) {
	checkEnts(t, []entCase{
		{"a centre after the summit", "Leaders met at the summit at the Tarnwick International Conference Centre in Dakar, Orsola Benn said.", "Tarnwick International Conference", ""},
		{"a centre with no summit", "Orsola Benn spoke at the Tarnwick International Conference Centre on Monday.", "Tarnwick International Conference", ""},
		// counter-example: the conference itself stays an event
		{"the conference held there", "Orsola Benn opened the Tarnwick Ocean Conference in Maputo on Monday.", "Tarnwick Ocean Conference", TypeEvent},
	})
}

func TestPressConferenceHeadingRound35(t *testing.T) {
	res := run(t, "Ministers meet\n\n16:55 \u2014 Press conference\n\nOrsola Benn told reporters the sanctions would be approved.\n")
	wantTypes(t, res, map[string]string{"Press conference": ""})
	// counter-example: a named conference with a capitalised first word
	checkEnts(t, []entCase{
		{"a named conference", "Orsola Benn spoke at the Tarnwick conference in Lima on Monday.", "Tarnwick conference", TypeEvent},
	})
}

func TestHeadlineTalksRound35(t *testing.T) {
	res := run(t, "Ghana and Togo trade barbs as Accra talks on cocoa end without deal\n\nTwo days of talks between Ghana and Togo over cocoa smuggling ended in Accra yesterday without agreement, Orsola Benn said.\n")
	if e := entityByName(res, "Accra talks"); e == nil || e.Type != TypeEvent {
		t.Errorf("the headline's city talks held in that city should be an event\n%s", dump(res))
	}
	res = run(t, "Dalvin Ruse pulls out of Accra talks\n\nThe talks on cocoa, due to open in Accra on Monday, were called off, Orsola Benn said.\n")
	if e := entityByName(res, "Accra talks"); e == nil || e.Type != TypeEvent {
		t.Errorf("a subhead's city talks held in that city should be an event\n%s", dump(res))
	}
	// counter-examples: the body never holds talks there (the city stands
	// for its government), or "talks" is the city's verb
	for _, text := range []string{
		"Togo takes cocoa fight to the WTO as Accra talks stall\n\nOrsola Benn said Togo had lost patience with Ghana over cocoa quotas.\n",
		"Accra talks tough on cocoa smuggling\n\nTwo days of talks on cocoa ended in Accra yesterday, Orsola Benn said.\n",
		"Accra talks to Lome about cocoa\n\nTwo days of talks on cocoa ended in Accra yesterday, Orsola Benn said.\n",
	} {
		res = run(t, text)
		if e := entityByName(res, "Accra talks"); e != nil && e.Type == TypeEvent {
			t.Errorf("no talks event expected\n%s\n%s", text, dump(res))
		}
	}
}

// Round 35 review (rfE): counter-rows for the headline joins.
func TestHeadlineJoinsReviewRound35(t *testing.T) {
	// the title's host never recurs in the body: a conference elsewhere
	// is not the title's summit
	res := run(t, "Lima summit: ministers back a shared grid\n\nEnergy ministers from nine states gathered in Quito on Monday for the Andes Energy Conference ahead of next month's vote, Orsola Benn said.\n")
	if e := entityByName(res, "Andes Energy Conference"); e != nil && e == entityByName(res, "Lima summit") {
		t.Errorf("a body conference in another city should not take the title's summit\n%s", dump(res))
	}
	// "<city> talks <topic> with <partner>": the city is the speaker
	res = run(t, "Brussels talks climate with Beijing\n\nThe European Commission confirmed that talks in Brussels with Chinese envoys on emissions would resume in March, Orsola Benn said.\n")
	if e := entityByName(res, "Brussels talks"); e != nil && e.Type == TypeEvent {
		t.Errorf("a city talking a topic with a partner is no talks event\n%s", dump(res))
	}
	// counter-example: talks that end with a deal are still talks
	res = run(t, "Lima talks end with deal on fishing quotas\n\nTwo days of talks in Lima between Peru and Chile ended on Friday with a deal, Orsola Benn said.\n")
	if e := entityByName(res, "Lima talks"); e == nil || e.Type != TypeEvent {
		t.Errorf("headline talks ending with a deal should be an event\n%s", dump(res))
	}
}

// Round 35 (rfE): a referendum singled out by a year after "of" or by a
// capitalised subject after "on the" is an event; one with neither
// article nor possessive, a subject that is no name, or "of" and no date
// stays a topic.
func TestReferendumNamesRound35(t *testing.T) {
	checkEnts(t, []entCase{
		{"article and year", "Dalvin Ruse said the referendum of 1998 had split the coastal towns.", "referendum of 1998", TypeEvent},
		{"plain modifier and year", "Orsola Benn recalled the independence referendum of 1991 when she met farmers.", "independence referendum of 1991", TypeEvent},
		{"a named plan, month and year", "Tarnwick voters rejected the Harlan Plan referendum of May 2006, Orsola Benn said.", "Harlan Plan referendum of May 2006", TypeEvent},
		{"a named subject", "Dalvin Ruse defended the referendum on the Charter of Tarnwick Province before the court.", "referendum on the Charter of Tarnwick Province", TypeEvent},
		{"a possessive before", "Dalvin Ruse defended last spring's referendum on the Charter of Tarnwick Province before the court.", "referendum on the Charter of Tarnwick Province", TypeEvent},
		// counter-examples
		{"no article", "Orsola Benn called for a referendum of 1998 style on the border.", "referendum of 1998", ""},
		{"of and no date", "Dalvin Ruse said the referendum of the decade would settle the border.", "referendum of the decade", ""},
		{"a common subject", "Dalvin Ruse opposed a referendum on the Charter of Tarnwick Province.", "referendum on the Charter of Tarnwick Province", ""},
		{"a lower-case subject", "Dalvin Ruse defended the referendum on the new charter before the court.", "referendum on the new charter", ""},
	})
	// the short form is an alias of the dated name
	res := run(t, "Talks resume\n\nTarnwick voters rejected the Harlan Plan referendum of May 2006, Orsola Benn said.\n")
	if e := entityByName(res, "Harlan Plan referendum"); e == nil || e != entityByName(res, "Harlan Plan referendum of May 2006") {
		t.Errorf("the short form should be an alias of the dated referendum\n%s", dump(res))
	}
}
