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
