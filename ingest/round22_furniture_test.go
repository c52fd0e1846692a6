package ingest

import "testing"

// TestRound22Furniture checks the notes below a story that name its
// author's employer, its publisher or the site's own events rather than
// a party to the story (a fellow's biography, a disclaimer about the
// author's views, an advertised event), and closing paragraphs of the
// same shapes that are the story's own text.
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
	})
}
