package ingest

import "testing"

// TestRound27QuestionHeadline checks a headline that asks a question
// below a site's name and its menu, as commentary pages print one: once
// the name fails as the title, the question is the headline when it is
// short and shares words with the story. Counter-examples: a lede that
// ends on a question, a reader poll that shares nothing with the story,
// and a question headline already on the first line.
func TestRound27QuestionHeadline(t *testing.T) {
	const question = "After the licence freeze: can the Ostrian fishing talks survive?"
	checkTitles(t, false, []titleCase{
		{"a question under a site's name, its menu and a section label",
			"AZURE COAST POLICY INSTITUTE\nResearch | Experts | Events | About | Donate\n\nCOMMENTARY | Fisheries Programme\n\n" + question + "\n\nHanne Voskuil\n\n" + r16Body,
			question, []string{"AZURE COAST POLICY INSTITUTE"}, nil},
		{"a question under an acronym and the full name over a menu",
			"ACPI | Azure Coast Policy Institute\nResearch   Experts   Events   About   Support our work\n\n" + question + "\n\n" + r16Body,
			question, nil, nil},
		{"a question holding an abbreviation's stop",
			"ACPI | Azure Coast Policy Institute\nResearch   Experts   Events   About   Support our work\n\nWhat do the new U.S. curbs mean for the Ostrian fishing talks?\n\n" + r16Body,
			"What do the new U.S. curbs mean for the Ostrian fishing talks?", nil, nil},
		{"a question headline on the first line",
			question + "\n\n" + r16Body, question, nil, nil},
	})
	// below a name that fails as the title, a lede or a poll ending on a
	// question is not the headline
	const head = "ACPI | Azure Coast Policy Institute\nResearch   Experts   Events   About   Support our work\n\n"
	for _, line := range []string{
		"When the two ministers met in Port Aldin, the fishing talks had already failed twice, so what could a third round of talks hope to change?",
		"Do you enjoy our weekly podcast?",
		"The talks failed. Can the boats go back to sea?",
	} {
		if c := clean(head + line + "\n\n" + r16Body); c.title == line {
			t.Errorf("title = %q: a question that is not a headline", line)
		}
	}
}

// TestRound27FlyTitle checks a weekly's three tiers above the story: a
// short topic (the fly-title), the headline directly below it, and a
// longer deck that ends no sentence. Counter-examples: a headline over
// its deck and the first paragraph, a short headline over a deck and a
// byline, a short headline that tells what happened over a subhead and a
// caption or a lede, a deck shorter than the headline, a topic too long
// for a fly-title, and a deck that ends a sentence (a standfirst).
func TestRound27FlyTitle(t *testing.T) {
	const head = "Ostria edges towards a fishing truce"
	const deck = "A harbour court gives the two ministers a week to settle the licence row before the season opens"
	checkTitles(t, false, []titleCase{
		{"fly-title, headline and deck under a weekly's masthead",
			"THE AZURE WEEKLY\nPolitics | Economics | Archive | Current issue\n\nOstria's fishing row\n" + head + "\n\n" + deck + "\n\n" + r16Body,
			head, []string{"Ostria's fishing row"}, []string{deck}},
		{"fly-title, headline and deck opening the text",
			"The licence dispute\n" + head + "\n\n" + deck + "\n\n" + r16Body,
			head, []string{"The licence dispute"}, nil},
		// counter-examples
		{"a headline over its deck and the first paragraph",
			head + "\n" + deck + "\n\n" + r16Body, head, nil, []string{deck}},
		{"a short headline over its deck and a byline",
			"Cold comfort\nFrost costs the valley's farmers a season\n\nBy Hanne Voskuil and Tomas Brekke\n\n" + r16Body,
			"Cold comfort", nil, nil},
		{"a short headline that tells what happened, over a subhead and a caption",
			"Markets tumble\nShares in Port Aldin fell sharply as the fishing truce collapsed\n\nTraders watch the screens at the harbour exchange in Port Aldin on Monday (Photo: Hanne Voskuil/Aldin Wire)\n\n" + r16Body,
			"Markets tumble", nil, nil},
		{"a short headline over a subhead and a long lede without a stop",
			"Truce holds\nThe boats of Ostria put out again after a winter tied up\n\nFishing crews in Port Aldin cast off before dawn on Tuesday, the first full day of the truce the two ministers signed last week after three rounds of talks in the harbour authority's hall\n\n" + r16Body,
			"Truce holds", nil, nil},
		{"a deck shorter than the headline",
			"The licence dispute\nOstria edges towards a fishing truce with its northern neighbour at long last\n\nThe harbour court gives the two ministers one more week to settle\n\n" + r16Body,
			"The licence dispute", nil, nil},
		{"a topic over a subhead and a long lede without a stop",
			"The harbour truce\n" + head + "\n\nFishing crews in Port Aldin cast off before dawn on Tuesday, the first full day of the truce the two ministers signed last week after three rounds of talks in the harbour authority's hall\n\n" + r16Body,
			"The harbour truce", nil, nil},
		{"a topic of five words over a headline and a deck",
			"The long and bitter dispute\n" + head + "\n\n" + deck + "\n\n" + r16Body,
			"The long and bitter dispute", nil, nil},
		{"a deck that ends a sentence",
			"The licence dispute\n" + head + "\n\n" + deck + ".\n\n" + r16Body,
			"The licence dispute", nil, nil},
	})
}
