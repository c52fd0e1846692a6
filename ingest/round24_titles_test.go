package ingest

import "testing"

// TestRound24Titles checks the lines a site prints under its name, above
// the nav bar: a place's possessive slogan ("Tarrow's local news, all
// week"), a list of the subjects it covers ("Nets, tides and …"), a
// description after the site's name and a colon, and a minister's office
// under a government's name. Each is followed by furniture and then the
// headline. Counter-examples: a headline that opens with a possessive or
// a list, a speaker's quote after a colon.
func TestRound24Titles(t *testing.T) {
	body := "\n\n" + r16Body
	const head = "Ostria to review suspended trawler licences after talks"
	checkTitles(t, false, []titleCase{
		{"a place's possessive slogan",
			"Tarrow's local news, all week\nBUSINESS\n" + head + body, head, nil, nil},
		{"a possessive slogan without an adjective",
			"Kess's news, every hour\n" + head + body, head, nil, nil},
		{"a list of the beats a newsletter covers",
			"Nets, tides and the business of the Marvanian coast\n2 May 2031\n" + head + body, head, nil, nil},
		{"a list of beats under the site's name",
			"Tidewater Ledger\nNets, tides and the business of the Marvanian coast\n" + head + body, head, nil, nil},
		{"a list of beats with a second comma",
			"Licences, crews, harbours and the politics of fishing\n" + head + body, head, nil, nil},
		{"a site's name and its description after a colon",
			"Harbours & Quotas: notes from the coast\n" + head + body, head, nil, nil},
		{"a minister's office under a government's name",
			"Ostrian Government\nMinister for Fisheries and Coasts\nMedia release\n" + head + body, head, nil, nil},
		// counter-examples: the first line is the headline
		{"a headline with a possessive and a news noun",
			"Ostria's news agency to review trawler licences after talks" + body,
			"Ostria's news agency to review trawler licences after talks", nil, nil},
		{"a headline that opens with a list of nouns",
			"Boats, lawyers and licences: what Velloso and Brekke-Lind agreed" + body,
			"Boats, lawyers and licences: what Velloso and Brekke-Lind agreed", nil, nil},
		{"a list of nouns with nothing below that reads as a headline",
			"Boats, lawyers and a long winter for the Marvanian fishing association" + body,
			"Boats, lawyers and a long winter for the Marvanian fishing association", nil, nil},
		{"a speaker's words after a colon",
			"Velloso: News of the review came late for the trawler crews" + body,
			"Velloso: News of the review came late for the trawler crews", nil, nil},
	})
}

// TestRound24TitleShapes checks the line tests on their own.
func TestRound24TitleShapes(t *testing.T) {
	for _, tc := range []struct {
		line                 string
		descr, beats, office bool
	}{
		{"Tarrow's local news, all week", true, false, false},
		{"Tarrow’s news, every hour", true, false, false},
		{"Harbours & Quotas: notes from the coast", true, false, false},
		{"Nets, tides and the business of the coast", false, true, false},
		{"Minister for Fisheries and Coasts", false, false, true},
		{"Secretary of State for Trade", false, false, true},
		// counter-examples
		{"Tarrow's news anchors walk out over pay", false, false, false},
		{"Velloso's letters from prison go on sale", false, false, false},
		{"Nets, germs and a long winter", false, false, false},
		{"Minister For Fisheries And Coasts", false, false, true},
		{"Tarrow's local council, in pictures", false, false, false},
		{"Velloso: notes from the talks were leaked", false, false, false},
		{"Ostria, Marvania and the trawler dispute", false, false, false},
		{"Nets, 400 boats and a dispute", false, false, false},
		{"Minister for Fisheries resigns", false, false, false},
		{"Ministers of Ostria", false, false, false},
	} {
		if got := isSiteDescription(tc.line); got != tc.descr {
			t.Errorf("isSiteDescription(%q) = %v, want %v", tc.line, got, tc.descr)
		}
		if got := isBeatList(tc.line); got != tc.beats {
			t.Errorf("isBeatList(%q) = %v, want %v", tc.line, got, tc.beats)
		}
		if got := isOfficeHeading(tc.line); got != tc.office {
			t.Errorf("isOfficeHeading(%q) = %v, want %v", tc.line, got, tc.office)
		}
	}
}
