package ingest

import (
	"slices"
	"strings"
	"testing"
)

// Round 28, second pass on events: "the <state> talks|summit|agreement|
// accord" is one event named by its host, and joins a summit written with
// that host after "in"; different states name different events; a state
// whose talks are held elsewhere stays a party; a state's possessive
// before a war or an invasion of another state belongs to the war's name,
// which keeps the form without it as an alias; "war of aggression
// against <state>" is one war. People are invented; states and bodies are
// real.

func TestStateVenueEventsRound28(t *testing.T) {
	checkEnts(t, []entCase{
		{"talks named by the host", "Orla Fenwick blamed both delegations for stalling the Malta talks.", "Malta talks", TypeEvent},
		{"summit named by the host", "Orla Fenwick still keeps a photograph from the Iceland summit on her desk.", "Iceland summit", TypeEvent},
		{"capitalised accord", "Orla Fenwick argued that the Panama Accord had held for eleven years.", "Panama Accord", TypeEvent},
		// counter-examples
		{"a state that acts keeps its Institution", "Malta hosted the Malta talks in a seaside hotel, Orla Fenwick recalled.", "Malta", TypeInstitution},
		{"a state that acts still names the talks", "Malta hosted the Malta talks in a seaside hotel, Orla Fenwick recalled.", "Malta talks", TypeEvent},
		{"talks held elsewhere keep their party", "Orla Fenwick said the Malta talks in Geneva had stalled.", "Malta", TypeInstitution},
		{"talks held elsewhere are still an event", "Orla Fenwick said the Malta talks in Geneva had stalled.", "Malta talks", TypeEvent},
		{"talks as a verb", "Orla Fenwick said the United States talks tough on tariffs.", "United States talks", ""},
		{"talks held in a state are not named by it", "Orla Fenwick expects talks in Malta to open on a Monday.", "Malta talks", ""},
		{"no article: a headline's subject", "Orla Fenwick wrote that Malta talks resume next spring.", "Malta talks", ""},
		{"an agreement that is a law", "Orla Fenwick voted against the Panama Agreement Act in committee.", "Panama Agreement", ""},
	})
}

// TestHostSummitJoinsRound28: "the <body> summit in <host>" and "the <host>
// summit" are one meeting, keyed by the host's whole name; joins chain.
func TestHostSummitJoinsRound28(t *testing.T) {
	res := run(t, "Gulf leaders part early\n\nOrla Fenwick left the GCC summit in Bahrain before lunch. Hours after the Bahrain summit, Oman unveiled a port deal.\n")
	e := entityByName(res, "Bahrain summit")
	if e == nil || e.Type != TypeEvent || !strings.EqualFold(e.Name, "GCC summit") {
		t.Errorf("want the Bahrain summit as an alias of the GCC summit\n%s", dump(res))
	}
	// a chain of joins: body summit in a state, the state's talks in a
	// city, the city's talks
	res = run(t, "Gulf leaders part early\n\nOrla Fenwick left the GCC summit in Bahrain before lunch. She then chaired the Bahrain talks in Manama. The Manama talks ended at dusk.\n")
	e = entityByName(res, "Manama talks")
	if e == nil || e.Type != TypeEvent || !strings.EqualFold(e.Name, "GCC summit") {
		t.Errorf("want the Manama talks as an alias of the GCC summit\n%s", dump(res))
	}
	// a host the gazetteer does not know, written in a headline
	res = run(t, "Ports deal ahead of San Tarvelo summit\n\nOrla Fenwick will attend the EAC summit in San Tarvelo next month. The council gathers in San Tarvelo a day before it opens.\n")
	if e = entityByName(res, "San Tarvelo summit"); e == nil || e.Type != TypeEvent || e != entityByName(res, "EAC summit") {
		t.Errorf("want the San Tarvelo summit and the EAC summit as one event\n%s", dump(res))
	}
}

// TestHostSummitKeysRound28: states or cities sharing a first word are
// different hosts.
func TestHostSummitKeysRound28(t *testing.T) {
	cases := []struct{ name, text string }{
		{"states sharing a first word", "Orla Fenwick attended the United States summit. Later she skipped the United Kingdom summit."},
		{"two-word states", "Orla Fenwick attended the South Africa summit. Later she skipped the South Korea summit."},
		{"a city's whole name after in", "Orla Fenwick left the EAC summit in New Delhi early. She never saw the New Zealand summit."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Leaders meet\n\nThe meeting opened on Monday. "+tc.text+"\n")
			if n := countType(res, TypeEvent); n < 2 {
				t.Errorf("want two events\n%s", dump(res))
			}
		})
	}
}

func TestOwnedWarsRound28(t *testing.T) {
	cases := []struct {
		name, text, event, alias string // alias "" = the event has no owner
	}{
		{"a state's invasion of another", "Orla Fenwick said exports collapsed after Serbia's invasion of Albania.", "Serbia's invasion of Albania", "invasion of Albania"},
		{"with a hyphenated modifier", "Orla Fenwick said grain prices doubled after Serbia's full-scale invasion of Albania.", "Serbia's full-scale invasion of Albania", "full-scale invasion of Albania"},
		{"war of aggression", "Orla Fenwick condemned Serbia's war of aggression against Albania once more.", "Serbia's war of aggression against Albania", "war of aggression against Albania"},
		// counter-examples
		{"a pronoun owns nothing", "Orla Fenwick said its war of aggression against Albania had failed.", "war of aggression against Albania", ""},
		{"a state without a possessive owns nothing", "Orla Fenwick's list read Serbia: invasion of Albania.", "invasion of Albania", ""},
		{"a person owns no war's name", "Orla Fenwick said Tarik Holmgren's war on Albania was lost in a week.", "war on Albania", ""},
		{"a war in a state keeps its place name", "Orla Fenwick said Serbia's war in Albania had emptied the villages.", "war in Albania", ""},
		{"a generic war only", "Orla Fenwick said the war had emptied the villages.", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Talks resume\n\nThe meeting opened on Monday. "+tc.text+"\n")
			var wars []Entity
			for _, e := range res.Entities {
				if e.Type == TypeEvent {
					wars = append(wars, e)
				}
			}
			if tc.event == "" {
				if len(wars) != 0 {
					t.Errorf("want no event\n%s", dump(res))
				}
				return
			}
			if len(wars) != 1 || wars[0].Name != tc.event {
				t.Fatalf("want the event %q\n%s", tc.event, dump(res))
			}
			if tc.alias != "" && !slices.Contains(wars[0].Aliases, tc.alias) {
				t.Errorf("want the alias %q\n%s", tc.alias, dump(res))
			}
		})
	}
}
