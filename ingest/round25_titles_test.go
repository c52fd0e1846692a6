package ingest

import "testing"

// TestRound25NavBar checks what counts as a site's navigation bar: short
// items set apart by bars, bullets or wide gaps, with no digit, byline
// or share button. Counter-examples: a byline bar with a date, a share
// bar, a breadcrumb, two items only, an item that is a sentence.
func TestRound25NavBar(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"World | Shipping | Markets | Opinion", true},
		{"Sign up | Log in | Menu", true},
		{"Studies   Programmes   Fellows   Support our work", true},
		{"Home · Region · Trade · Letters", true},
		{"By Hanne Voskuil | Tidewater Notes | 4 May 2031", false},
		{"Facebook | Twitter | Email", false},
		{"Home > Region > Trade", false},
		{"Shipping | Markets", false},
		{"Ministers from five states agree | Markets | Opinion", false},
		{"Trawler crews return to Port Aldin after the ban", false},
	}
	for _, tc := range cases {
		if got := isNavBar(tc.line); got != tc.want {
			t.Errorf("isNavBar(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestRound25TitleOverNavBar checks that a first line printed directly
// over a navigation bar is the site's name, even when the story shares
// its words (a wire named after the port it reports from), so the
// headline below is the title.
// Counter-examples: a headline over its byline bar or its date keeps
// the title.
func TestRound25TitleOverNavBar(t *testing.T) {
	const title = "Ostria to review suspended trawler licences after talks"
	body := "PORT ALDIN, May 4 (AHW) - " + r16Body
	const deck = "Boats could return within weeks, the minister says"
	const caseTitle = "Ostria Reviews Suspended Trawler Licences"
	checkTitles(t, false, []titleCase{
		{"a wire's name over its sections",
			"Aldin Harbour Ledger\nWorld | Shipping | Markets | Opinion\n\n" + title + "\n\nBy Hanne Voskuil\n\n" + body,
			title, nil, nil},
		{"a trade site over a wide-gap menu",
			"Port Aldin Fisheries Monitor\nTrawlers   Ports   Finance   Support our work\n\nSECTION / FISHERIES        Subscriber content\n\n" + title + "\n\n" + body,
			title, nil, nil},
		// counter-examples
		{"a headline over its byline bar",
			title + "\nBy Hanne Voskuil | Kess Press Wire | 4 May 2031\n\n" + body,
			title, nil, nil},
		{"a title-case headline over its date bar",
			caseTitle + "\nShipping | Port Aldin | 4 May 2031\n\n" + deck + "\n\n" + body,
			caseTitle, nil, nil},
		{"a headline over its topic tags and a deck",
			title + "\nFisheries · Trade · Marvania\n\n" + deck + "\n\n" + body,
			title, nil, nil},
		{"a web address over its sections",
			"aldinledger.com - Voice of the harbour\nWorld | Shipping | Markets\n\n" + title + "\n\n" + body,
			title, nil, nil},
	})
}

// TestRound25TopicList checks the tags printed after a section label
// above a headline ("ANALYSIS | Fisheries, Trade, Law"): they are not
// the headline, which follows. Counter-examples: a headline that opens
// with a list and goes on, a label before a real headline.
func TestRound25TopicList(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Fisheries, Trade, Maritime Law", true},
		{"Ostria, Marvania, Kess Islands", true},
		{"Ostria, Marvania and Kess agree on quotas", false},
		{"Fisheries, Trade", false},
		{"Nets, tides, money: the trawler row", false},
	} {
		if got := isTopicList(tc.line); got != tc.want {
			t.Errorf("isTopicList(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
	const title = "Ostria to review suspended trawler licences after talks"
	checkTitles(t, true, []titleCase{
		{"topics after a label",
			"ANALYSIS  |  Fisheries, Licences, Maritime Law\n\n" + title + "\n\n" + r16Body,
			title, []string{"Maritime Law"}, nil},
		{"a label before a headline",
			"ANALYSIS | " + title + "\n\n" + r16Body,
			title, nil, nil},
	})
}

// TestRound25WideGap checks that one run of four or more blanks sets a
// line apart as laid-out labels, while a stray double space does not.
func TestRound25WideGap(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"SECTION / FISHERIES        Subscriber content", true},
		{"Menu   Weekly edition   Search", true},
		{"Ostria to review  trawler licences after talks", false},
		{"Ostria to review trawler licences after talks", false},
	} {
		if got := hasWideGaps(tc.line); got != tc.want {
			t.Errorf("hasWideGaps(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
