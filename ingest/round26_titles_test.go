package ingest

import "testing"

// TestRound26SiteDescription checks the slogans a site prints under its
// name: a place's possessive before what the site prints, ending there
// or on the year the site began. Counter-examples: a headline about a
// person's writings, a headline measured against a year, a possessive
// subject that goes on to say what happened.
func TestRound26SiteDescription(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Tarrow's local news", true},
		{"Port Aldin's News Since 1890", true},
		{"Ostria's stories", true},
		{"Velloso's letters from prison go on sale", false},
		{"Tarrow's worst reports since 1987", false},
		{"Ana Velloso's notes, found in an attic, reveal secret talks", false},
		{"Tarrow's news agency cuts forty jobs", false},
		{"Marvania's local elections", false},
	}
	for _, tc := range cases {
		if got := isSiteDescription(tc.line); got != tc.want {
			t.Errorf("isSiteDescription(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestRound26TitleBelowMasthead checks pages that print a publication's
// name with a line describing it, then issue numbers, sign-in links or
// a date, then an allusive headline that shares only a word or two with
// the story (a newsletter's), or that print the site's slogan above the
// headline. Counter-examples: a headline over its standfirst, a name
// over a line that is not a description, and a masthead whose lines
// below carry no headline the story shares a word with.
func TestRound26TitleBelowMasthead(t *testing.T) {
	const allusive = "Round four: coffee, boats and a long lunch"
	const plain = "Ostria to review suspended trawler licences after talks"
	body := r16Body
	checkTitles(t, false, []titleCase{
		{"a newsletter's name over its description and sign-in bar",
			"The Aldin Tideline\nNotes on boats, quotas and the people who fight over them\nSubscribe   Sign in\n\nIssue #12\n\n" + allusive + "\n\nHanne Voskuil\nMay 4, 2031\n\n" + body,
			allusive, []string{"The Aldin Tideline", "Notes on boats"}, nil},
		{"a blog's name that holds its description, over a date",
			"Nets & Borders: notes from the Aldin coast\nFisheries, law and the odd recipe\n\nTuesday, May 4, 2031\n\n" + allusive + "\n\n" + body,
			allusive, []string{"Nets & Borders"}, nil},
		{"a local paper's slogan ending on its founding year",
			"Port Aldin's News Since 1890\nNews | Local | Fisheries | Opinion | Sports\n\nFISHERIES\n\n" + plain + "\n\n" + body,
			plain, nil, nil},
		{"a local site's slogan over an advert",
			"Tarrow's local news\nHarbour Motors - 0% financing this month. Call us!\n\nBUSINESS\n\n" + plain + "\n\n" + body,
			plain, nil, nil},
		// counter-examples
		{"a headline over its standfirst",
			plain + "\nNotes from the harbour as the boats wait\nFishing crews count the cost of a lost season\n\n" + body,
			plain, nil, nil},
		{"a name-shaped headline over its deck",
			"Ostria Reviews Trawler Licences\nThe minister says boats could return within weeks\n\n" + body,
			"Ostria Reviews Trawler Licences", nil, nil},
		{"a title-case headline over a deck that opens like a description",
			"Flooding Hits Port Aldin Harbour\nReports of damage from across the coast as crews return\nBoats tied up in the Port Aldin harbour on Tuesday\n\n" + body,
			"Flooding Hits Port Aldin Harbour", nil, nil},
		{"a headline about a person's notes over a caption",
			"Ana Velloso's notes, found in an attic, reveal the talks\nBoats tied up at the harbour authority on Tuesday\n\n" + body,
			"Ana Velloso's notes, found in an attic, reveal the talks", nil, nil},
		{"a masthead with no headline the story shares a word with",
			"The Aldin Tideline\nNotes on boats and quotas\nSubscribe   Sign in\n\nCoffee and rain in the old town\n\n" + body,
			"The Aldin Tideline", nil, nil},
	})
}

// TestRound26QuotedHeadline checks that a headline which opens with a
// quotation keeps both its quote marks, while a headline printed whole
// in quotes loses them. Counter-examples: an apostrophe inside the
// first word, a fully quoted line.
func TestRound26QuotedHeadline(t *testing.T) {
	cases := []struct{ in, want string }{
		{"'Nobody asked the crews': trawler owners fight licence review", "'Nobody asked the crews': trawler owners fight licence review"},
		{"\u201cNot this season,\u201d says Ostrian minister", "\u201cNot this season,\u201d says Ostrian minister"},
		{"\"Not this season, not the next\"", "Not this season, not the next"},
		{"'We'll go back to sea'", "We'll go back to sea"},
		{"'Twas a quiet week in Port Aldin", "Twas a quiet week in Port Aldin"},
		{"'Twas Ostria's week", "Twas Ostria's week"},
		{"\"Boats first,\" said Velloso. \"Then the lawyers.\"", "Boats first,\" said Velloso. \"Then the lawyers."},
		{"'Nobody asked': crews answer the minister's 'yes'", "'Nobody asked': crews answer the minister's 'yes'"},
	}
	for _, tc := range cases {
		if got := trimQuotes(tc.in); got != tc.want {
			t.Errorf("trimQuotes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
