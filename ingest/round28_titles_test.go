package ingest

import "testing"

// TestRound28SiteNameOverMenu checks a site's name whose menu is printed
// one line further down, under a short line of furniture the cleaner
// does not know (a weather and date bar, a slogan): the name fails as
// the title and the headline below the section label is taken.
// Counter-examples: a short headline shaped as a site's name over its
// deck and a menu, over a subhead and a byline, and over a share bar.
func TestRound28SiteNameOverMenu(t *testing.T) {
	const head = "Ostrian trawler crews win back their winter licences after harbour talks"
	checkTitles(t, true, []titleCase{
		{"a name over a weather bar over the menu",
			"The Ostrian Beacon\nHarbourton 9\u00b0C Drizzle | Friday 3 May 2019\nHome | Fishing | Farming | Sport | Jobs\n\nFishing\n\n" + head + "\n\nby Jo Marr, Sea Reporter\n\n" + r16Body,
			head, []string{"The Ostrian Beacon", "Drizzle"}, nil},
		{"a name over a slogan of two short sentences over the menu",
			"The Ostrian Beacon\nYour coast. Your voice.\nNews | Harbourton | Boats | Sport | Notices\n\n" + head + "\n\n" + r16Body,
			head, []string{"Your coast"}, nil},
		// counter-examples
		{"a short headline over its deck and a menu",
			"The Licence Truce\nTrawler crews go back to sea after the two ministers agree to review every suspended permit\nNews | Fishing | Sport | Opinion\n\n" + r16Body,
			"The Licence Truce", nil, nil},
		{"a short headline over a subhead and a byline",
			"The Licence Truce\nCrews return to the harbour\nby Jo Marr\n\n" + r16Body,
			"The Licence Truce", nil, nil},
		{"a short headline over a subhead and a share bar",
			"The Licence Truce\nCrews return to the harbour\nShare | Email | Print\n\n" + r16Body,
			"The Licence Truce", nil, nil},
	})
}
