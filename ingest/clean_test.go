package ingest

import (
	"strings"
	"testing"
)

func TestCleanFurniture(t *testing.T) {
	in := strings.Join([]string{
		"Home » world » Ministers meet in Rome",
		"",
		"Ministers meet in Rome",
		"by Anna Rossi - Europe Editor",
		"October 26, 2025",
		"No time to read?",
		"Get a summary",
		"Italian and Greek ministers met in Rome on Friday. They discussed shipping routes across the Mediterranean and the cost of fuel for ferries, which has risen sharply this year according to port authorities in both countries, and agreed to meet again.",
		"What are your thoughts on the meeting? Do you think it will help?",
		"Previous Article",
		"Storm closes ski resorts in the Alps",
		"Next Article",
		"Markets rally on oil news",
		"Leave a Comment",
		"This site uses Akismet to reduce spam. Learn how your comment data is processed.",
		"Adblock Detected",
		"Please support us by disabling your AdBlocker extension.",
	}, "\n")
	c := clean(in)
	if c.title != "Ministers meet in Rome" {
		t.Errorf("title = %q", c.title)
	}
	if c.byline != "Anna Rossi" || c.bylineRole != "Europe Editor" {
		t.Errorf("byline = %q / %q", c.byline, c.bylineRole)
	}
	if c.published != "2025-10-26" {
		t.Errorf("published = %q", c.published)
	}
	for _, bad := range []string{"Home", "No time", "summary", "thoughts", "Storm", "Markets", "Comment", "Akismet", "Adblock", "AdBlocker"} {
		if strings.Contains(c.text, bad) {
			t.Errorf("furniture %q left in text:\n%s", bad, c.text)
		}
	}
	if !strings.Contains(c.text, "Italian and Greek ministers met in Rome") {
		t.Errorf("body lost:\n%s", c.text)
	}
	if strings.Count(c.text, "Ministers meet in Rome") != 1 {
		t.Errorf("repeated headline kept:\n%s", c.text)
	}
}

func TestTitleDetection(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"“Quoted headline here”\n\nBody text follows here.", "Quoted headline here"},
		{"Plain headline\nBody text.", "Plain headline"},
		{"Home » world » Only crumb\n" + strings.Repeat("word ", 40) + "end.", "Only crumb"},
		{strings.Repeat("word ", 40) + "end.", ""},
	} {
		if got := clean(tc.in).title; got != tc.want {
			t.Errorf("title of %.30q = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBylineAndDate(t *testing.T) {
	for _, tc := range []struct{ in, name, role, date string }{
		{"T\nBy Jane Doe | March 3, 2024\nText.", "Jane Doe", "", "2024-03-03"},
		{"T\nby Lena Fischer - Europe Editor\nText.", "Lena Fischer", "Europe Editor", ""},
		{"T\nPublished: 2023-11-05\nText.", "", "", "2023-11-05"},
		{"T\n5 May 2022\nText.", "", "", "2022-05-05"},
		{"T\nBy Sunday, the talks had ended.\nText.", "", "", ""},
	} {
		c := clean(tc.in)
		if c.byline != tc.name || c.bylineRole != tc.role || c.published != tc.date {
			t.Errorf("%q: byline %q role %q date %q", tc.in, c.byline, c.bylineRole, c.published)
		}
	}
}

func TestCleanWireFurniture(t *testing.T) {
	in := strings.Join([]string{
		"Skip to main content",
		"World | Politics | Business",
		"POLITICS",
		"India and Pakistan trade accusations | Example News",
		"Updated: 14 Feb 2023 09:31 GMT",
		"By Priya Raman and Tom Hughes",
		"Share on Facebook",
		"NEW DELHI (AP) — India accused Pakistan on Monday of violating a ceasefire along the disputed border, a day after two soldiers were killed in a clash that both sides blamed on the other.",
		"(AP Photo/Channi Anand)",
		"ADVERTISEMENT",
		"Follow us on Google News",
		"Related Coverage",
		"Pakistan army chief visits China",
		"Copyright 2023 The Associated Press. All rights reserved.",
	}, "\n")
	c := clean(in)
	if c.title != "India and Pakistan trade accusations" {
		t.Errorf("title = %q", c.title)
	}
	if c.byline != "Priya Raman and Tom Hughes" || c.published != "2023-02-14" {
		t.Errorf("byline %q date %q", c.byline, c.published)
	}
	for _, bad := range []string{"Skip", "POLITICS", "Photo", "ADVERTISEMENT", "Google", "army chief", "Copyright", "Facebook"} {
		if strings.Contains(c.text, bad) {
			t.Errorf("furniture %q kept:\n%s", bad, c.text)
		}
	}
}

func TestCleanEntitiesAndCRLF(t *testing.T) {
	c := clean("Talks &amp; tensions\r\n\r\nThe envoy&rsquo;s visit &mdash; brief &mdash; ended.\r\n")
	if c.title != "Talks & tensions" || !strings.Contains(c.text, "envoy\u2019s visit \u2014 brief") || strings.Contains(c.text, "\r") {
		t.Fatalf("title %q text %q", c.title, c.text)
	}
}

func TestTimestampLines(t *testing.T) {
	c := clean("Updated 2 hours ago\nLeaders agree on a plan\nThe leaders agreed on a plan on Monday.")
	if c.title != "Leaders agree on a plan" {
		t.Fatalf("title = %q", c.title)
	}
}

func TestLabelBarTitle(t *testing.T) {
	for in, want := range map[string]string{
		"World | Asia-Pacific\n\nVietnam accuses China of cutting a survey cable\n\nHANOI - Text.":            "Vietnam accuses China of cutting a survey cable",
		"Farm Monthly | Trade & Markets\n\nAfter the thaw: lobster returns to Shanghai\n\nText follows here.": "After the thaw: lobster returns to Shanghai",
		// counter-examples: a short headline with its site, then the body
		"Putin wins again | The Times\n\nMOSCOW - Vladimir Putin won a fifth term on Sunday, officials said.": "Putin wins again",
		"Sanctions explained | Daily Brief\n\nSix things to know.":                                            "Sanctions explained",
	} {
		if got := clean(in).title; got != want {
			t.Errorf("title of %q = %q, want %q", in, got, want)
		}
	}
}

func TestShareAndBioLines(t *testing.T) {
	body := strings.Repeat("The ministers met in the port city on Friday and then agreed to continue the talks in June. ", 20)
	for _, tc := range []struct {
		name, in, gone, kept string
	}{
		{"share buttons", "Headline for the story here\n\n" + body + "\nFacebook | Twitter | Email\n", "Facebook", "ministers"},
		{"share with a label", "Headline for the story here\n\n" + body + "\nShare this story: Email · WhatsApp · LinkedIn · Print\n", "LinkedIn", "ministers"},
		{"author bio at the end", "Headline for the story here\n\n" + body + "\nAna Ruiz is a weekly columnist and once ran the regional desk of the news agency Andes Wire. She lectures on media law.\n", "Andes Wire", "ministers"},
		{"about the author", "Headline for the story here\n\n" + body + "\nAbout the author: John Roe is the trade editor. He worked for the Harbour Herald.\n", "Harbour Herald", "ministers"},
		{"a list under read more", "Headline for the story here\n\n" + body + "\nRead more:\n- Explainer: why a ship matters\n- Ruritania, Borduria watch the standoff\n\nShare this article: Facebook · X\n", "Borduria", "ministers"},
		{"a list under a related header", "Headline for the story here\n\n" + body + "\nRelated analysis\n- Shipping rates climb again\n- Ruritania's hopes after the deal\n", "Ruritania", "ministers"},
		{"a full bio name", "Headline for the story here\n\n" + body + "\nAna Maria Lopez de la Vega is a columnist for the Andes Wire.\n", "Andes Wire", "ministers"},
		// counter-examples
		{"a body list after body text", "Headline for the story here\n\n" + body + "\nThe measures include:\n- a ban on Ruritania's exports\n- a travel ban\n", "", "ban on Ruritania"},
		{"a body line about a journalist", "Headline for the story here\n\nMaria Lopez is a journalist who was detained in Minsk on Monday, her editor said.\n" + body + "\nMore lines.\nMore lines.\nMore lines.\nMore lines.\nMore lines.\n", "", "Maria Lopez is a journalist"},
		{"a social network in a sentence", "Headline for the story here\n\n" + body + "\nShe wrote on Facebook that the talks had failed.\n", "", "wrote on Facebook"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := clean(tc.in).text
			if tc.gone != "" && strings.Contains(got, tc.gone) {
				t.Errorf("%q kept", tc.gone)
			}
			if !strings.Contains(got, tc.kept) {
				t.Errorf("%q dropped", tc.kept)
			}
		})
	}
}
