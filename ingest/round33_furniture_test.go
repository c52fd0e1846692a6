package ingest

import "testing"

// TestRound33HeadlineLists checks boxes of other headlines at the foot
// of a page that isHeadlineListHeading now reads: a bracketed label, a
// "More from" label naming a long section, the headings "Inside today",
// "Other press releases" and "People moves", and items bulleted with
// "› ". Counter-examples: a list under an ordinary heading, a list
// followed by more of the story, items that are sentences, a story's own
// closing list under "Other appointments" or "Key moves" (the label's
// words alone are no label), and "›" with no space after it.
func TestRound33HeadlineLists(t *testing.T) {
	const title = "Ostria to review suspended trawler licences after talks"
	head := title + "\n\n" + r16Body + "\n\n"
	checkTitles(t, false, []titleCase{
		{"a bracketed label",
			head + "[Related News]\n- Ex-envoy Rolan Vesterby to chair the harbour board next year\n- Singer Ilka Marrow opens her autumn tour in Port Aldin\n",
			title, []string{"Rolan Vesterby", "Ilka Marrow"}, nil},
		{"more from a long section",
			head + "MORE FROM NORTH SEA & BALTIC AFFAIRS\n› Kessmark's ferries: A fleet in trouble\n› Aldin Cable Works: The long road to a listing\n",
			title, []string{"Kessmark's ferries", "Aldin Cable Works"}, nil},
		{"inside today",
			head + "INSIDE TODAY\n · Local: New fish market opens in Port Aldin — page 4\n · Business: Harbour chief Olli Tarvanen on the dredging plan — page 9\n",
			title, []string{"Olli Tarvanen"}, nil},
		{"people moves",
			head + "PEOPLE MOVES\n › Marja Selkinen joins Aldin Shipping Trust as head of custody\n › Petri Vahanen appointed chief of Kess Clearing House\n",
			title, []string{"Marja Selkinen", "Petri Vahanen"}, nil},
		{"other press releases",
			head + "Other press releases:\n - 25.08.2031  Deputy Minister Lauri Halme receives a delegation from Kess\n - 20.08.2031  Round table on the licences in Port Aldin\n",
			title, []string{"Lauri Halme"}, nil},
		// counter-examples
		{"an ordinary heading",
			head + "THE LICENCES\n- Marja Selkinen holds the licence for the northern grounds\n- Petri Vahanen holds the licence for the bay\n",
			title, nil, []string{"Marja Selkinen", "Petri Vahanen"}},
		{"the story goes on after the list",
			head + "OTHER MEASURES\n- a ban on night trawling near the islands\n- new quotas for the herring fleet in the bay\n\n" +
				"The ministry said the measures would be reviewed by a panel of fishermen, scientists and officials from both states, which will meet in Port Aldin in the autumn to weigh the catch data from the summer season.",
			title, nil, []string{"a ban on night trawling", "new quotas for the herring fleet"}},
		{"other appointments ending the story",
			head + "Other appointments\n- Jorunn Vesterli becomes minister of fisheries and coasts\n- Halvard Tinnes takes over the harbour ministry from May\n",
			title, nil, []string{"Jorunn Vesterli", "Halvard Tinnes"}},
		{"key moves ending the story",
			head + "Key moves\n- Jorunn Vesterli becomes minister of fisheries and coasts\n- Halvard Tinnes takes over the harbour ministry from May\n",
			title, nil, []string{"Jorunn Vesterli", "Halvard Tinnes"}},
		{"a chevron with no space",
			head + "PEOPLE MOVES\n›Marja Selkinen joins Aldin Shipping Trust as head of custody\n›Petri Vahanen appointed chief of Kess Clearing House\n",
			title, nil, []string{"Marja Selkinen", "Petri Vahanen"}},
		{"sentences under inside",
			head + "INSIDE THE TALKS\n- Marja Selkinen said the boats would sail.\n- Petri Vahanen said the lawyers would wait.\n",
			title, nil, []string{"Marja Selkinen said the boats would sail."}},
	})
}
