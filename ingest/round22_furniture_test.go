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
			head + "Mira Kessel is a senior fellow in the Maritime Programme at the Kess Policy Institute.\n\nRelated publications\n© 2021 Kess Policy Institute",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Policy Institute"}, nil},
		{"an author who covers a beat",
			head + "Jonas Veld covers fisheries and trade for the Harbour Review from Port Aldin. He previously reported for the Kess Wire.",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Wire"}, nil},
		{"a disclaimer that names the publisher",
			head + "Commentary is produced by the Kess Policy Institute, a nonpartisan research body. Its research is independent; the views expressed are the author's own.\n\nRelated content\n© 2021 Kess Policy Institute",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Policy Institute"}, nil},
		{"an upcoming event under its heading",
			head + "UPCOMING EVENT\n12 May | Fishing after the ban: a debate with Ana Velloso\n\nTags: fishing, Ostria",
			"Ostria to review suspended trawler licences after talks", []string{"a debate with"}, nil},
		{"an upcoming event on one line",
			head + "Upcoming event: Kess Fisheries Forum, Port Aldin, 12-13 May. Keynote: Tomas Brekke-Lind. Book now",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Fisheries Forum"}, nil},
		{"a list of other news under its heading",
			head + "OTHER NEWS\n· Ostria and Kessland sign a consular agreement\n· Ambassador of Ostria meets students of Kess University",
			"Ostria to review suspended trawler licences after talks", []string{"Kess University"}, nil},
		{"other releases under their heading",
			head + "Other recent releases:\n– The ministry and the Kess Development Agency open a station (14 June)",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Development Agency"}, nil},
		{"a newsletter's discussion below the post",
			head + "Discussion about this post\nMira Kessel  Mar 4 - Great reporting as usual.",
			"Ostria to review suspended trawler licences after talks", []string{"Mira Kessel"}, nil},
		{"a comment count of five words",
			head + "Join the discussion (14 comments)\nDeath notice: Jonas Veld, Port Aldin - peacefully at home",
			"Ostria to review suspended trawler licences after talks", []string{"Jonas Veld"}, nil},
		{"a newsletter's sign-off",
			head + "Thanks for reading Tidewater Signals! Subscribe for free to receive new posts.",
			"Ostria to review suspended trawler licences after talks", []string{"Tidewater Signals"}, nil},
		{"a broadcaster's transcript note",
			head + "Transcript produced by Kess Radio. All rights reserved.",
			"Ostria to review suspended trawler licences after talks", []string{"Kess Radio"}, nil},
		// counter-examples: the story's own closing paragraphs
		{"a fellow quoted in the story's last paragraph",
			head + "Mira Kessel, a senior fellow at the Kess Policy Institute, said the review would not end the dispute.",
			"Ostria to review suspended trawler licences after talks", nil, []string{"Kess Policy Institute"}},
		{"a fellowship in the middle of the story",
			"Ostria to review suspended trawler licences after talks\n\nMira Kessel is a senior fellow at the Kess Policy Institute and advises the ministry.\n\n" + r16Body,
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
