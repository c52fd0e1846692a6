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

// TestRound28TwoSentenceHeadline checks a headline of two short
// sentences that ends with a full stop, printed under a site's furniture
// and over the author's name, a byline or a date (directly, or under a
// longer deck). Counter-examples: a deck of two sentences under an
// allusive headline, a first paragraph of two short sentences, a long
// first sentence, a quotation, a notice the story does not share, and two
// sentences over a deck and more text.
func TestRound28TwoSentenceHeadline(t *testing.T) {
	const site = "ACPI | Azure Coast Policy Institute\nResearch   Experts   Events   About   Support our work\n\nCommentary \u00b7 Fisheries Programme\n\n"
	const head = "The fishing talks are not over. They are being starved."
	const deck = "Two ministers keep meeting while the licences stay frozen, and the crews in the harbour are running out of savings."
	checkTitles(t, true, []titleCase{
		{"under a think tank's menu, over a deck and the author's name",
			site + head + "\n\n" + deck + "\n\nHanne Voskuil\nSenior Fellow, Fisheries Programme\n\n" + r16Body,
			head, []string{"Commentary"}, []string{deck}},
		{"under a newsletter's name and blurb, over a deck, a name and a date",
			"THE AZURE LEDGER\nBoats, borders and diplomacy on the northern coast. By Hanne Voskuil.\n\nOstria reopens the fishing talks. Here's what changed.\n\n" + deck + "\n\nHanne Voskuil\n12 May 2021\n\n" + r16Body,
			"Ostria reopens the fishing talks. Here's what changed.", []string{"THE AZURE LEDGER"}, []string{deck}},
		{"over a byline",
			site + head + "\n\nBy Hanne Voskuil\n\n" + r16Body,
			head, nil, nil},
	})
	for _, tc := range []struct{ name, in, not string }{
		{"a deck of two sentences under an allusive headline",
			site + "Cold water, warm words\n\n" + head + "\n\nHanne Voskuil\n\n" + r16Body, head},
		{"a first paragraph of two short sentences",
			site + "The fishing talks failed again. Nobody in Port Aldin was surprised.\n\n" + r16Body,
			"The fishing talks failed again. Nobody in Port Aldin was surprised."},
		{"a long first sentence",
			site + "The fishing talks between the two governments failed again in the harbour this week. Crews wait.\n\nBy Hanne Voskuil\n\n" + r16Body,
			"The fishing talks between the two governments failed again in the harbour this week. Crews wait."},
		{"a quotation",
			site + "Crews call the \"truce\" in the fishing talks a fiction. Ministers do not.\n\nBy Hanne Voskuil\n\n" + r16Body,
			"Crews call the \"truce\" in the fishing talks a fiction. Ministers do not."},
		{"a notice the story does not share",
			site + "Our weekend edition is out. Pick up a copy today.\n\nBy Hanne Voskuil\n\n" + r16Body,
			"Our weekend edition is out. Pick up a copy today."},
		{"two sentences over a deck and more text",
			site + head + "\n\n" + deck + "\n\n" + r16Body, head},
	} {
		if c := clean(tc.in); c.title == tc.not {
			t.Errorf("%s: title = %q", tc.name, c.title)
		}
	}
}
