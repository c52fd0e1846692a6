package ingest

import "testing"

// round31Story is an invented story under the pages of the round-31
// title tests.
const round31Story = "\nTHE TRAWLERS of Hafnarvik have not left the quay since the new year. Their skippers say the quota cut agreed in Oslo leaves them nothing worth the fuel.\n\n" +
	"Norway insists the cut follows the scientists' advice on the cod stock. Iceland calls it a unilateral grab, and its fisheries minister, Dagny Sorvik, has asked for talks before the spring season opens.\n\n" +
	"Neither side expects a quick deal. The last quarrel over the same waters ran for three winters before a commission settled it.\n"

// TestRound31WeeklyHeadline checks the weekly-magazine layout: a rubric
// (a bar of the section and a topic, or the two on their own lines), the
// headline, a deck and a dateline of the date and the places in
// capitals. The headline is the line two above the dateline, however
// short; a headline printed after a bar on a page without that
// dateline, and a page without a deck, keep the headline the other rules
// find.
func TestRound31WeeklyHeadline(t *testing.T) {
	masthead := "The Northern Ledger\nMenu | Weekly edition | Search | Subscribe | Log in\n"
	deck := "Norway's quota cut leaves the trawler fleet of a small Icelandic town tied up for the winter\n"
	dateline := "Mar 4th 2031 | OSLO AND REYKJAVIK\n"
	cases := []titleCase{
		{"short headline under a rubric bar", masthead + "Europe | Fishing rights\nA cold harbour\n" + deck + dateline + round31Story,
			"A cold harbour", nil, nil},
		{"rubric bar on the first line", "Europe | Coastal states and the cod\nIceland's trawlers stay in port as the quota row with Norway drags on\n" + deck + dateline + round31Story,
			"Iceland's trawlers stay in port as the quota row with Norway drags on", nil, nil},
		{"section and rubric on two lines", masthead + "Europe\nFishing rights\nIceland's trawlers stay in port as the quota row drags on\n" + deck + "Mar 4th 2031 | OSLO | From the print edition\n" + round31Story,
			"Iceland's trawlers stay in port as the quota row drags on", nil, nil},
		{"archive note and a dateline of places alone", "THE NORTHERN LEDGER\nFrom the archive: first printed in our edition of March 4th 2031\nEurope | Fishing rights\nA cold harbour\n" + deck + "OSLO AND REYKJAVIK\n" + round31Story,
			"A cold harbour", nil, nil},
		// counter-examples
		{"headline after a section bar, no weekly dateline", "Europe | Norway cuts the cod quota for Icelandic trawlers\nBy Ines Carvell\n12 March 2031\n" + round31Story,
			"Norway cuts the cod quota for Icelandic trawlers", nil, nil},
		{"headline over a standfirst of two lines", masthead + "Iceland's trawlers stay in port as the quota row with Norway drags on\nA town without its catch\n" + deck + dateline + round31Story,
			"Iceland's trawlers stay in port as the quota row with Norway drags on", nil, nil},
		{"rubric and headline without a deck", masthead + "Europe | Fishing rights\nIceland's trawlers stay in port as the quota row with Norway drags on\n" + dateline + round31Story,
			"Iceland's trawlers stay in port as the quota row with Norway drags on", nil, nil},
	}
	checkTitles(t, false, cases)
}

// TestRound31WeeklyDateline checks the dateline test on its own: a
// date, a bar and places in capitals; a byline or a timestamp bar is
// not one.
func TestRound31WeeklyDateline(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Mar 4th 2031 | OSLO AND REYKJAVIK", true},
		{"May 2nd 2030 | LIMA | From the print edition", true},
		{"Mar 4th 2031 | RIGA, TALLINN AND VILNIUS", true},
		{"Mar 4th 2031 | Oslo and Reykjavik", false},
		{"By Ines Carvell | Mar 4th 2031", false},
		{"Updated 4 March 2031 | 10:42 GMT", false},
		{"Europe | Fishing rights", false},
	}
	for _, tc := range cases {
		if got := isWeeklyDateline(tc.line); got != tc.want {
			t.Errorf("isWeeklyDateline(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestRound31HeadlineUnderAccountBar checks the newsletter layout: the
// name, the tagline and the subscribe bar, then the headline, a deck
// and the author. The first line under the bar is the headline even
// when it is short and the deck shares more words with the story, or it
// has two sentences; a line under the bar that is no headline (an issue
// number, a greeting), a news site's priced bar and a page without a bar
// leave the title to the other rules.
func TestRound31HeadlineUnderAccountBar(t *testing.T) {
	name := "The Cod Ledger\nNotes on fish, quotas and the northern ports\n"
	deck := "Oslo cuts the quota, Reykjavik asks for talks, and the trawlers of Hafnarvik stay tied up at the quay all winter\n"
	author := "Ines Carvell\nMar 4, 2031\n"
	cases := []titleCase{
		{"short headline over a longer deck", name + "Subscribe | Sign in\nA quiet quay in the north\n" + deck + author + round31Story,
			"A quiet quay in the north", nil, nil},
		{"bar with wide gaps", name + "Subscribe   Sign in\nIssue #12: the quay, the quota and a call from Oslo\n" + deck + author + round31Story,
			"Issue #12: the quay, the quota and a call from Oslo", nil, nil},
		{"headline of two sentences", name + "Subscribe · Log in\nOslo cuts the cod quota. Hafnarvik waits.\n" + deck + author + round31Story,
			"Oslo cuts the cod quota. Hafnarvik waits.", nil, nil},
		// counter-examples
		{"issue number under the bar", name + "Subscribe | Sign in\nIssue #12\nThe trawlers of Hafnarvik stay in port as the quota row drags on\n" + deck + author + round31Story,
			"The trawlers of Hafnarvik stay in port as the quota row drags on", nil, nil},
		{"greeting under the bar", "Cod & Commerce\nSubscribe | Sign in\nGood morning, readers. This week is a short one.\n" + round31Story,
			"Cod & Commerce", nil, nil},
	}
	checkTitles(t, false, cases)
	bars := []struct {
		line string
		want bool
	}{
		{"Subscribe | Sign in", true},
		{"Subscribe   Sign in", true},
		{"Log in · Subscribe", true},
		{"Subscribe from £2 a month | Sign in", false},
		{"Sign in | Register", false},
		{"Subscribe | Sign in | Menu", false},
		{"Subscribe", false},
	}
	for _, tc := range bars {
		if got := isAccountBar(tc.line); got != tc.want {
			t.Errorf("isAccountBar(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
