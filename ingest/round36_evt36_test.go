package ingest

import (
	"strings"
	"testing"
)

// Round 36: events. A region's summit with a side joined by a dash is the
// pair's summit ("the Russia-Africa Summit", not "Africa Summit"); a
// capitalised "Summit" with its subject after "of" or "for" is a named
// summit ("the Summit of the Future"); a council's ministerial and a
// body's "Ministerial Council" held in a named city are meetings; a forum
// named by its capital is not the summit held in that city. People and
// firms are invented; states, cities, regions and well-known bodies are
// real.

// noEventPrefix fails when an event's name starts with prefix.
func noEventPrefix(t *testing.T, text, prefix string) {
	t.Helper()
	res := run(t, "Talks resume\n\nThe meeting opened on Monday. "+text+"\n")
	for _, e := range res.Entities {
		if e.Type == TypeEvent && strings.HasPrefix(strings.ToLower(e.Name), strings.ToLower(prefix)) {
			t.Errorf("no event %q expected in %q\n%s", prefix, text, dump(res))
		}
	}
}

func TestRegionPairSummitsRound36(t *testing.T) {
	checkEnts(t, []entCase{
		{"state and continent", "Delegates flew home after the Turkey-Africa Summit held in Istanbul, Orsola Benn said.", "Turkey-Africa Summit", TypeEvent},
		{"state and region", "Orsola Benn called the India-Central Asia Summit a show of railway plans.", "India-Central Asia Summit", TypeEvent},
		{"en dash, region with and", "The Japan\u2013Central and Eastern Europe summit was put off, Orsola Benn said.", "Japan\u2013Central and Eastern Europe summit", TypeEvent},
		// counter-examples: an unknown side, or a spaced dash, joins nothing
		{"unknown side", "Delegates flew home from the Zorvania-Africa Summit on Friday, Orsola Benn said.", "Zorvania-Africa Summit", ""},
		{"spaced dash", "Orsola Benn said Russia - Africa Summit talks were slow.", "Russia - Africa Summit", ""},
	})
}

func TestSummitOfNamesRound36(t *testing.T) {
	checkEnts(t, []entCase{
		{"summit of a region", "Orsola Benn hopes to see her rival during the Summit of the Future next month.", "Summit of the Future", TypeEvent},
		{"summit for a cause", "Orsola Benn stood beside Dalvin Ruse during the Summit for Clean Oceans on Monday.", "Summit for Clean Oceans", TypeEvent},
	})
	// counter-examples: members, a month, a title without "the", a hotel
	noEventPrefix(t, "Orsola Benn addressed the Summit of Heads of Government.", "Summit of Heads")
	noEventPrefix(t, "The Summit of May is recalled mostly for its empty chairs, Orsola Benn wrote.", "Summit of May")
	noEventPrefix(t, "Her first novel, Summit of the Gods, sold well in Lodria.", "Summit of the Gods")
	noEventPrefix(t, "Delegates slept at the Summit Hotel in Geneva, Orsola Benn said.", "Summit Hotel")
}

func TestBodyMinisterialsRound36(t *testing.T) {
	checkEnts(t, []entCase{
		{"a council's ministerial meeting", "Orsola Benn will show the licence during the Nordic Council ministerial meeting in Reykjavik.", "Nordic Council ministerial meeting in Reykjavik", TypeEvent},
		{"a ministerial council held in a city", "Orsola Benn saw her Lodrian counterpart during the BSEC Ministerial Council in Athens on Friday.", "BSEC Ministerial Council", TypeEvent},
		// counter-examples: the council acting is the body; a ministerial
		// delegation is no meeting
		{"the council as a body", "The BSEC Ministerial Council adopted a decision on border monitoring, Orsola Benn said.", "BSEC Ministerial Council", TypeInstitution},
		{"the council without a host city", "Orsola Benn will write to the BSEC Ministerial Council before December.", "BSEC Ministerial Council", TypeInstitution},
	})
	noEventPrefix(t, "The Nordic Council said a ministerial delegation would visit Nuuk, Orsola Benn said.", "Nordic Council ministerial")
}

func TestCapitalForumRound36(t *testing.T) {
	res := run(t, "Tashkent notes\n\nThe summit in Tashkent on May 3 was cordial, Orsola Benn said. Two years ago she chaired a session at the Tashkent International Forum.\n")
	forum, summit := entityByName(res, "Tashkent International Forum"), entityByName(res, "Tashkent summit")
	if forum == nil || forum.Type != TypeEvent || summit == nil || forum == summit {
		t.Errorf("the capital's forum and the summit held there should be two events\n%s", dump(res))
	}
	// counter-example: a summit named by the capital is the summit held
	// there, one event under both names
	res = run(t, "Tashkent notes\n\nThe summit in Tashkent on May 3 was cordial, Orsola Benn said. The Tashkent Summit ended with a joint statement.\n")
	n := 0
	for _, e := range res.Entities {
		if e.Type == TypeEvent {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the summit in Tashkent and the Tashkent Summit should be one event\n%s", dump(res))
	}
}

func TestDatedWhereWhoRound36(t *testing.T) {
	checkEnts(t, []entCase{
		{"a district after in", "Dalvin Ruse was behind killings during the March 2021 massacre in Martissant, officials said.", "March 2021 massacre in Martissant", TypeEvent},
		{"a town after in", "Goodwill after the May earthquake in Antakya did not last, Orsola Benn said.", "May earthquake in Antakya", TypeEvent},
		{"the victim of a killing", "Police tied the agents to the October 2022 killing of Harjeet Varma Kollen near Brampton.", "October 2022 killing of Harjeet Varma Kollen", TypeEvent},
		// counter-examples: a state, a month, a group after "of" stay out
		{"a state after in", "The 2008 war in Georgia still shapes the Caucasus, Orsola Benn said.", "2008 war", TypeEvent},
		{"a month after in", "Orsola Benn recalled the 2019 attacks in March on the port.", "2019 attacks", TypeEvent},
		{"a group after of", "The June 2021 killing of the rebels was condemned by Orsola Benn.", "June 2021 killing", TypeEvent},
	})
	// the dated name alone elsewhere is the same event
	res := run(t, "Gangs sanctioned\n\nDalvin Ruse led the March 2021 massacre in Martissant, officials said. The March 2021 massacre left dozens dead.\n")
	if a, b := entityByName(res, "March 2021 massacre in Martissant"), entityByName(res, "March 2021 massacre"); a == nil || a != b {
		t.Errorf("the dated massacre with and without its place should be one event\n%s", dump(res))
	}
}

func TestDatedCapitalRound36(t *testing.T) {
	// counter-example: a capital after "in" stands for its state and stays
	// out of the dated name
	checkEnts(t, []entCase{
		{"a capital after in", "Orsola Benn was cleared over the 2011 border clashes in Lima last year.", "2011 border clashes", TypeEvent},
	})
}

// Round 36 review (rfE): a place's or a body's "summit" that modifies a
// building, a body or a kind of thing is no summit; a "Summit of ..."
// name ending in a building's or a body's head is that building or body;
// a body's "Ministerial Council" placed in a city and then acting ("...
// in Athens decided") is the body.
func TestSummitModifiersRound36(t *testing.T) {
	checkEnts(t, []entCase{
		{"a verb after the summit", "The Asia summit opened in Bangkok on Monday, Orsola Benn said.", "Asia summit", TypeEvent},
		{"a named summit's series", "Orsola Benn praised the Asia Steel Summit series for its panels.", "Asia Steel Summit", TypeEvent},
		{"a forum after a compass word", "Orsola Benn will address the North Atlantic Trawler Forum in Tromso on Friday.", "North Atlantic Trawler Forum", TypeEvent},
		{"a summit held in a city", "Dalvin Ruse praised the Summit of the Americas on Monday, Orsola Benn said.", "Summit of the Americas", TypeEvent},
	})
	// counter-examples: a building, a kind of thing, a brand
	noEventPrefix(t, "Orsola Benn booked rooms at the Africa Summit Hotel for March.", "Africa Summit")
	noEventPrefix(t, "Orsola Benn said the Asia summit circuit had grown crowded.", "Asia summit")
	noEventPrefix(t, "The Latin America summit season opens in May, Orsola Benn said.", "Latin America summit")
	noEventPrefix(t, "Delegates signed up for Dravik Asia Summit 2025, Orsola Benn said.", "Asia Summit")
	noEventPrefix(t, "Orsola Benn mocked the Europe summit hopping of her rivals.", "Europe summit")
	noEventPrefix(t, "Orsola Benn said the Visegrad Group summit season was short.", "Visegrad Group summit")
	noEventPrefix(t, "Aides to Orsola Benn booked the Summit of the Americas Hotel for May.", "Summit of the Americas")
	noEventPrefix(t, "Orsola Benn wrote to the Summit of the Americas Secretariat on Monday.", "Summit of the Americas")
}

func TestMinisterialCouncilActsRound36(t *testing.T) {
	checkEnts(t, []entCase{
		{"held after its city", "The BSEC Ministerial Council in Athens opened on Friday, Orsola Benn said.", "BSEC Ministerial Council", TypeEvent},
		// counter-examples: the council as the subject of a verb after its city
		{"decides after its city", "The BSEC Ministerial Council in Athens decided to extend the mission, Orsola Benn said.", "BSEC Ministerial Council", TypeInstitution},
		{"a modal after its city", "The BSEC Ministerial Council in Athens will review the mandate, Orsola Benn said.", "BSEC Ministerial Council", TypeInstitution},
	})
}
