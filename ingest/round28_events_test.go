package ingest

import (
	"strings"
	"testing"
)

// Round 28: events. A capitalised summit takes "of [the] <body> Heads of
// State [and Government]" into its name; a body's (or two dashed sides')
// ministers' or leaders' meeting is one event; a month before an
// election's year, or "of <Month> <Year>" after a kind of election, is part
// of its name. People are invented; states and bodies are real.

func TestSummitOfHeadsRound28(t *testing.T) {
	checkEnts(t, []entCase{
		{"numbered summit of a body's heads", "Tomas Ferell flew to Lusaka for the 9th Ordinary Summit of the SADC Heads of Government and State.", "9th Ordinary Summit of the SADC Heads of Government and State", TypeEvent},
		{"heads of government, no article", "Tomas Ferell joined an Extraordinary Summit of COMESA Heads of Government in Kigali.", "Extraordinary Summit of COMESA Heads of Government", TypeEvent},
		// counter-examples
		{"a summit of a body without its heads", "Tomas Ferell spoke at the Ordinary Summit of the Arab League on Sunday.", "Ordinary Summit", TypeEvent},
		{"heads of agencies are no summit's title", "Tomas Ferell opened the 4th Ordinary Summit of SADC Heads of Agencies.", "4th Ordinary Summit", TypeEvent},
	})
}

// TestSummitOfHeadsJoinsRound28: the headline's body summit and the titled
// numbered one are one event.
func TestSummitOfHeadsJoinsRound28(t *testing.T) {
	res := run(t, "IGAD summit delayed\n\nTomas Ferell said the 9th Ordinary Summit of IGAD Heads of Government would open a week late in Djibouti.\n")
	n := 0
	for _, e := range res.Entities {
		if e.Type == TypeEvent && strings.Contains(strings.ToLower(e.Name), "summit") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one summit, got %d\n%s", n, dump(res))
	}
}

func TestMembersMeetingRound28(t *testing.T) {
	checkEnts(t, []entCase{
		{"a body's trade ministers", "Tomas Ferell spoke briefly to reporters after the APEC energy ministers' meeting closed in Lima.", "APEC energy ministers' meeting", TypeEvent},
		{"capitalised leaders' meeting", "Tomas Ferell said the roadmap came out of the ASEAN Leaders' Meeting held in Hanoi.", "ASEAN Leaders' Meeting", TypeEvent},
		{"two dashed states", "Tomas Ferell chaired the Chile-Peru Foreign Ministers' Meeting in Arica.", "Chile-Peru Foreign Ministers' Meeting", TypeEvent},
		// counter-examples
		{"a generic ministers' meeting", "Tomas Ferell left the foreign ministers' meeting in Lima early.", "foreign ministers' meeting", ""},
		{"a state's ministers", "Tomas Ferell skipped the Chilean finance ministers' meeting on Friday.", "Chilean finance ministers' meeting", ""},
		{"not a members' word", "Tomas Ferell has missed the ASEAN delegates' meeting this year.", "ASEAN delegates' meeting", ""},
		{"a meeting room is a venue", "Tomas Ferell booked the ASEAN ministers' meeting room for Friday.", "ASEAN ministers' meeting", ""},
		{"a law named after it", "Tomas Ferell said the ASEAN Leaders' Meeting Act lapsed in June.", "ASEAN Leaders' Meeting", ""},
		{"a meeting's agenda", "Tomas Ferell now drafts the APEC ministers' meeting agenda in Lima.", "APEC ministers' meeting", ""},
	})
}

// TestMembersMeetingApostropheRound28: the headline prints a typographic
// apostrophe, the body a plain one; the meeting is one event.
func TestMembersMeetingApostropheRound28(t *testing.T) {
	text := "Tomas Ferell opens ASEAN Leaders\u2019 Meeting in Hanoi\n\nTomas Ferell said on Monday the ASEAN Leaders' Meeting would end with a joint roadmap."
	if n, names := eventsNamed(t, []string{"meeting"}, text); n != 1 {
		t.Errorf("%d meeting events, want 1: %s", n, names)
	}
}

func TestDatedElectionsRound28(t *testing.T) {
	checkEnts(t, []entCase{
		{"month before the year", "Tomas Ferell left Karvia after the contested March 2015 presidential election there.", "March 2015 presidential election", TypeEvent},
		{"month and year after of", "Tomas Ferell left Karvia after the contested presidential election of March 2015.", "presidential election of March 2015", TypeEvent},
		// counter-examples
		{"a date opening the clause", "Tomas Ferell recalled that in March 2015 presidential elections were held twice.", "March 2015 presidential elections", ""},
		{"a day in the date is left out", "Tomas Ferell left after the presidential election of March 9, 2015 was annulled.", "presidential election", TypeEvent},
		{"an election law", "Tomas Ferell said the March 2015 election law barred him from standing.", "March 2015 election", ""},
		{"an election law without the month", "Tomas Ferell said the 2015 election law barred him from standing.", "2015 election", ""},
	})
}
