package ingest

import (
	"strings"
	"testing"
)

// Round 23: events that several sets wrote and the extractor missed. A
// month written alone dates a one-off event ("the August coup"), and an
// exchange of captives is one event of its article. Names, places and
// outlets are invented.

func TestMonthEventsRound23(t *testing.T) {
	checkEnts(t, []entCase{
		{"a coup after the", "Cocoa traders fled Velmora after the August coup, Tomas Ruvek said.", "August coup", TypeEvent},
		{"riots after a possessive", "Karvia's March riots emptied the harbour hotels, Ilse Marten said.", "March riots", TypeEvent},
		{"a massacre with its place after", "Pavel Oron was blamed for the October massacre in the village of Dreln.", "October massacre", TypeEvent},
		{"a national election", "Fishing unions backed Ilse Marten before the June legislative elections, Pavel Oron said.", "June legislative elections", TypeEvent},
		// counter-examples: a month that dates the clause, and a summit
		// that is only planned (summits are not dated by a month alone)
		{"a month after in", "In May riots spread to the Velmora docks, Rasa Vaitu said.", "May riots", ""},
		{"a month after since", "Since July clashes have shut the ridge road, Dorvan Zimik said.", "July clashes", ""},
		{"a planned summit", "The planned November summit in Tallinn was put off again, Rasa Vaitu said.", "November summit", ""},
	})
}

func TestPrisonerSwapsRound23(t *testing.T) {
	checkEnts(t, []entCase{
		{"a swap brokered by a third state", "Tomas Ruvek came home in a hostage swap brokered by Qatar, Ilse Marten said.", "hostage swap", TypeEvent},
		{"a year before", "The 2011 prisoner exchange freed nine trawler crews, Rasa Vaitu said.", "2011 prisoner exchange", TypeEvent},
		{"agreed on", "Both delegations agreed on a broad detainee exchange, Pavel Oron said.", "detainee exchange", TypeEvent},
		// counter-examples: a swap wished for or refused, a money
		// exchange, and a firm called Exchange
		{"any swap", "Tallinn wants the trawler crews freed first, before any prisoner exchange is even weighed.", "prisoner exchange", ""},
		{"never agree", "Ilse Marten said Tallinn would never agree to a prisoner swap while the trial lasts.", "prisoner swap", ""},
		{"a possible swap", "Dorvan Zimik declined to comment on a possible hostage exchange.", "hostage exchange", ""},
		{"a money exchange", "Regulators shut an Oslo money exchange that moved funds for the militia, Pavel Oron said.", "Oslo money exchange", ""},
		{"a firm called Exchange", "The Treasury listed Velmora Exchange, a money changer in Oslo, on Tuesday.", "Velmora Exchange", TypeInstitution},
		{"a year after in", "Ilse Marten was freed in 2019 prisoner exchange talks, Rasa Vaitu said.", "2019 prisoner exchange", ""},
		{"a place, then a firm's noun", "Police raided the Oslo exchange house that wired cash to the militia, Pavel Oron said.", "Oslo exchange", ""},
	})
}

func TestPrisonerSwapOneEventRound23(t *testing.T) {
	// a headline with a verb between the city and the swap: the swap is
	// the event, not "Oslo complete prisoner swap"
	if n, names := eventsNamed(t, []string{"swap", "exchange"}, "Helsinki and Oslo complete prisoner swap at Varde crossing\n\nThe two states traded six sailors on Friday, Ilse Marten said.\n"); n != 1 || strings.Contains(names, "Oslo") {
		t.Errorf("headline: want one swap event without the city, got %d: %s", n, names)
	}
	// the noun first, then the city that held it: one event
	if n, names := eventsNamed(t, []string{"swap", "exchange"}, "Sailors home\n\nSix sailors returned in a prisoner swap on Friday, Ilse Marten said. Tomas Ruvek said the Oslo exchange had taken a year to prepare.\n"); n != 1 {
		t.Errorf("noun then city: want one swap event, got %d: %s", n, names)
	}
	// the city first, then the noun: one event
	if n, names := eventsNamed(t, []string{"swap", "exchange"}, "Sailors home\n\nTomas Ruvek said the Oslo exchange had taken a year to prepare. Six sailors returned in the prisoner swap, Ilse Marten said.\n"); n != 1 {
		t.Errorf("city then noun: want one swap event, got %d: %s", n, names)
	}
}
