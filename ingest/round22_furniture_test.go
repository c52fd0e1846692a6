package ingest

import "testing"

// TestRound22Furniture checks the notes below a story that name its
// author's employer, its publisher or the site's own events rather than
// a party to the story (a fellow's biography, a disclaimer about the
// author's views, an advertised event, a list of other news, readers'
// comments, a newsletter's or a broadcaster's sign-off), and closing
// paragraphs of the same shapes that are the story's own text.
func TestRound22Furniture(t *testing.T) {
	head := "Ostria to review suspended trawler licences after talks\n\n" + r16Body + "\n\n" +
		"Port Aldin's harbour master said the first boats could leave within a week of the review, weather permitting, and that the coastguard would escort them past the disputed banks.\n\n"
	checkTitles(t, false, []titleCase{
		{"a fellow's biography at the foot",
			head + "Mira Kessel is a fellow of the Kess Policy Institute, where she studies ports.\n\nRelated publications\n© 2021 Kess Policy Institute",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Policy Institute"}, nil},
		{"an author who covers a beat",
			head + "Jonas Veld covers the harbour beat; before joining us he spent six years at the Kess Wire.",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Wire"}, nil},
		{"a disclaimer that names the publisher",
			head + "The Kess Policy Institute publishes this series; the views expressed here are the author's alone.\n\nRelated content\n© 2021 Kess Policy Institute",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Policy Institute"}, nil},
		{"an upcoming event under its heading",
			head + "UPCOMING EVENT\nHarbour futures, a panel on 3 June with Ana Velloso\n\nTags: fishing, Ostria",
			"Ostria to review suspended trawler licences after talks", []string{"Harbour futures"}, nil},
		{"an upcoming event on one line",
			head + "Upcoming event: the Kess Fisheries Forum opens in Port Aldin on 4 June, with Tomas Brekke-Lind speaking.",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Fisheries Forum"}, nil},
		{"a list of other news under its heading",
			head + "OTHER NEWS\n· Harbour dredging to resume in spring\n· Kess University opens a maritime law course",
			"Ostria to review suspended trawler licences after talks", []string{"Kess University"}, nil},
		{"other releases under their heading",
			head + "Other recent releases:\n– Kess Development Agency funds two new ferries (3 March)",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Development Agency"}, nil},
		{"a newsletter's discussion below the post",
			head + "Discussion about this post\nMira Kessel  Jun 2 - Which ports reopen first?",
			"Ostria to review suspended trawler licences after talks", []string{"Mira Kessel"}, nil},
		{"a comment count of five words",
			head + "Join the discussion (9 comments)\nFor sale: Jonas Veld's trawler, one careful owner",
			"Ostria to review suspended trawler licences after talks", []string{"Jonas Veld"}, nil},
		{"a newsletter's sign-off",
			head + "Thanks for reading the Tidewater Letter. See you next Friday.",
			"Ostria to review suspended trawler licences after talks", []string{"Tidewater Letter"}, nil},
		{"a broadcaster's transcript note",
			head + "Transcript produced by Kess Radio for its harbour programme.",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Radio"}, nil},
		// counter-examples: the story's own closing paragraphs
		{"a fellow quoted in the story's last paragraph",
			head + "Mira Kessel, a fellow with the Kess Policy Institute, said the review would not end the dispute.",
			"Ostria to review suspended trawler licences after talks", nil, []string{"Kess Policy Institute"}},
		{"a fellowship midway through the story",
			"Ostria to review suspended trawler licences after talks\n\nMira Kessel is a research fellow with the Kess Policy Institute and advises the ministry.\n\n" + r16Body,
			"Ostria to review suspended trawler licences after talks", nil, []string{"Kess Policy Institute"}},
		{"the minister's views in the last paragraph",
			head + "The fishing association welcomed the views expressed by the minister on Tuesday.",
			"Ostria to review suspended trawler licences after talks", nil, []string{"welcomed the views expressed"}},
		{"events the story reports",
			head + "The upcoming events in Port Aldin include a fisheries forum in May, which Velloso will open.",
			"Ostria to review suspended trawler licences after talks", nil, []string{"fisheries forum in May"}},
		{"other news organisations in the text",
			head + "Other news organisations in Port Aldin reported that the Kess Radio crew was turned back.",
			"Ostria to review suspended trawler licences after talks", nil, []string{"Kess Radio crew"}},
		{"comments counted in the text",
			head + "The ministry received 14 comments from crews on the draft rules.",
			"Ostria to review suspended trawler licences after talks", nil, []string{"14 comments from crews"}},
	})
}
