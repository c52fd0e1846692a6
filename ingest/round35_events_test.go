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
		{"no summit named by the building", "Leaders met at the summit at the Tarnwick International Conference Centre in Dakar, Orsola Benn said.", "Tarnwick International Conference Centre summit", ""},
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
