package ingest

import "testing"

// round31NewsStory is an invented daily-news story under the pages of
// the round-31 layout fixes.
const round31NewsStory = "The minister for housing, Jane Holt, resigned on Tuesday after weeks of pressure over the sale of council land to a developer that had donated to her party.\n\n" +
	"The prime minister, Tom Reyes, accepted the resignation in a letter that thanked Holt for her work on the new towns programme.\n\n" +
	"Opposition leaders said the inquiry into the land sale must continue. The developer, Northgate Homes, denied any wrongdoing.\n"

// TestRound31LayoutGuards checks the guards on the weekly-magazine and
// newsletter layouts (weeklyHeadline, headlineUnderAccountBar): a daily
// news page's section, topic tag, ad label, wire dateline or second
// story must not pass for a weekly's rubric and dateline, and a topic tag
// under a bare subscribe bar is no newsletter headline. Positive rows are
// pages the other title rules get wrong, so that they fail without the
// layout rule.
func TestRound31LayoutGuards(t *testing.T) {
	const headline = "Housing minister resigns over the sale of council land to a party donor"
	daily := "The Northern Ledger\nMenu | Today's paper | Search | Subscribe | Log in\n"
	weekly := "The Northern Ledger\nMenu | Weekly edition | Search | Subscribe | Log in\n"
	paper := "The Harbour Times\nNews from the harbour towns of the north\nSubscribe | Sign in\n"
	cases := []titleCase{
		// weekly layout, positive: the short headline under a section and a
		// topic on two lines, and a dated dateline
		{"section and topic on two lines over a short headline", weekly + "Europe\nFishing rights\nA cold harbour\nNorway's quota cut leaves the trawler fleet of a small Icelandic town tied up for the winter\nMar 4th 2031 | OSLO AND REYKJAVIK\n" + round31Story,
			"A cold harbour", nil, nil},
		// an ad label over the story is no dateline of places
		{"ad label under a headline", daily + "Britain | Politics\nThe housing crisis\n" + headline + "\nADVERTISEMENT\n" + round31NewsStory,
			headline, nil, nil},
		// a wire dateline of places alone: the section and topic on two
		// lines are no weekly rubric
		{"places alone under section and topic", daily + "Britain\nThe housing crisis\n" + headline + "\nLONDON\n" + round31NewsStory,
			headline, nil, nil},
		{"places alone under a two-word section", daily + "Home affairs\nThe housing crisis\n" + headline + "\nLONDON\n" + round31NewsStory,
			headline, nil, nil},
		// a dated dateline, no deck: a one-word section is no topic, and
		// the site's name is no section
		{"one-word section over a topic, no deck", weekly + "Britain\nHousing and the Tories\n" + headline + "\nMar 4th 2031 | LONDON\n" + round31NewsStory,
			headline, nil, nil},
		{"two-word section under the site's name, no deck", weekly + "Home affairs\nHousing and the Tories\n" + headline + "\nMar 4th 2031 | LONDON\n" + round31NewsStory,
			headline, nil, nil},
		// a second story below the first: the first keeps its headline and text
		{"two stories on one page", "The Harbour Times\nFerry fares to rise by a tenth from April\nThe island ferry company will raise fares by ten per cent from April, its chief executive, Mark Dunn, said on Monday.\nDunn blamed fuel costs and said the winter timetable would not change.\n" +
			"Europe | Fishing rights\nA cold harbour for the trawlers of Hafnarvik\nNorway's quota cut leaves the trawler fleet of a small Icelandic town tied up for the winter\nMar 4th 2031 | OSLO AND REYKJAVIK\n" + round31Story,
			"Ferry fares to rise by a tenth from April", nil, nil},
		// a cut "OPINION | headline" is no rubric over places alone
		{"opinion label and a standfirst over places alone", "OPINION | Why the land sale sank Holt\nPeter Walsh on a minister who trusted the wrong friends\nThe sale of council land to a donor was legal, but it was never going to survive a week of front pages.\nLONDON\n" + round31NewsStory,
			"Why the land sale sank Holt", nil, nil},
		{"analysis label and a deck over places alone", "Analysis | Why the land sale sank Holt\nA minister who trusted the wrong friends at the wrong time\nThe sale of council land to a donor was legal, but it was never going to survive a week of front pages\nLONDON\n" + round31NewsStory,
			"Why the land sale sank Holt", nil, nil},
		// newsletter layout, positive: the base rules take the tagline or the deck
		{"issue headline under a tagline and a gap bar", "Quota Watch\nFish, ports and politics from the north, one Friday at a time\n\nSubscribe   Sign in\n\nIssue #12: Quotas, fuel bills and a call that never came\n\nWhy the skippers of Hafnarvik are watching the Oslo talks so closely this winter\n\nInes Carvell\n" + round31Story,
			"Issue #12: Quotas, fuel bills and a call that never came", nil, nil},
		{"headline of two sentences over a numbered deck", "The Cod Ledger\nNotes on fish, ports and small towns\nSubscribe · Sign in\nOslo cuts a skipper's licence. Hafnarvik shrugs.\nIssue #12: the quota, the quay, and why the ministry is still waiting\nInes Carvell\nMar 4, 2031\n" + round31Story,
			"Oslo cuts a skipper's licence. Hafnarvik shrugs.", nil, nil},
		// newsletter layout, counter-examples: a topic tag over a headline
		{"topic tag under a bare bar", paper + "Cost of living crisis\nHousing minister resigns over council land sale\nPeter Walsh\n12 March 2031\n" + round31NewsStory,
			"Housing minister resigns over council land sale", nil, nil},
		{"topic tag with a year under a bare bar", paper + "Local elections 2031\nHousing minister resigns over council land sale\nPeter Walsh\n12 March 2031\n" + round31NewsStory,
			"Housing minister resigns over council land sale", nil, nil},
	}
	checkTitles(t, false, cases)
	// pages whose headline the other rules miss too (they take the site's
	// name): the layout rules must not take the topic tag instead
	tags := []struct{ name, page, tag string }{
		{"one-word section under a kept site name", "The Northern Ledger\nBritain\nHousing and the Tories\n" + headline + "\nMar 4th 2031 | LONDON\n" + round31NewsStory,
			"Housing and the Tories"},
		{"section and topic over places alone", "The Northern Ledger\nHome affairs\nThe housing crisis\n" + headline + "\nLONDON\n" + round31NewsStory,
			"The housing crisis"},
	}
	for _, tc := range tags {
		if got := clean(tc.page).title; got == tc.tag {
			t.Errorf("%s: the topic tag %q taken for the headline", tc.name, got)
		}
	}
}
