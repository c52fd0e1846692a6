package ingest

import (
	"context"
	"strings"
	"testing"
)

// round30Story is a body of well over 150 words for the foot rules, which wait
// for the story to have begun.
var round30Story = strings.Repeat("The harbour board voted on Monday to lease the old grain quay to a ferry operator for twelve years, ending a dispute that had run since the spring. ", 8)

// TestRound30FootNotices checks the reader appeal, the publisher's note
// about itself, the typed copyright mark and the name-and-outlet sign-off
// at a page's foot, and the story lines that look like them.
func TestRound30FootNotices(t *testing.T) {
	cases := []struct {
		name, page, gone, kept string
	}{
		{"reader appeal", "Quay lease approved\n" + round30Story + "\nSupport local journalism: become a member of the Wexbury Lamp today.\n", "Support local journalism", ""},
		{"appeal after a sentence", "Quay lease approved\n" + round30Story + "\nThanks for reading. Support our work with a monthly gift.\n", "Support our work", ""},
		{"support as a noun stays", "Quay lease approved\n" + round30Story + "\nSupport for the lease grew after the ferry firm promised forty jobs.\n", "", "Support for the lease grew"},
		{"appeal reported by a speaker stays", "Quay lease approved\n" + round30Story + "\nSupport local journalism, the mayor said at the meeting.\n", "", "Support local journalism, the mayor said"},
		{"appeal quoted by a speaker stays", "Quay lease approved\n" + round30Story + "\n\"Support local journalism and local shops alike,\" the mayor told the meeting.\n", "", "Support local journalism and"},
		{"publisher describes itself", "WEXBURY LAMP\nQuay lease approved\n" + round30Story + "\nThe Wexbury Lamp is an independent, reader-funded newsroom.\n", "reader-funded newsroom", ""},
		{"another body described stays", "WEXBURY LAMP\nQuay lease approved\n" + round30Story + "\nThe Orlin Fund is a nonprofit that backs small ferry lines.\n", "", "The Orlin Fund is a nonprofit"},
		{"one masthead word is no publisher", "VORNA TRIBUNE\nQuay lease approved\n" + round30Story + "\nVorna is one of ten states that have not widened the ferry scheme.\n", "", "Vorna is one of ten states"},
		{"case folding that changes length", "WEXBURY LAMP\nQuay lease approved\n" + round30Story + "\n" + strings.Repeat("\u212a", 10) + " is x\n", "", ""},
		{"no masthead, no self-note", "Quay lease approved\n" + round30Story + "\nThe Wexbury Lamp is an independent, reader-funded newsroom.\n", "", "reader-funded newsroom"},
		{"typed copyright mark", "Quay lease approved\n" + round30Story + "\n(c) 2031 Tamsin Harbour Media. Reuse only with consent.\n", "Tamsin Harbour Media", ""},
		{"third list item stays", "Quay lease approved\n" + round30Story + "\n(c) a fee of 2 per cent on every crossing after 2031 begins.\n", "", "(c) a fee of 2 per cent"},
		{"broadcast sign-off", "Quay lease approved\n" + round30Story + "\nMina Corrado, KWL News.\n", "Mina Corrado, KWL News", ""},
		{"speaker named at the end stays", "Quay lease approved\n" + round30Story + "\nMina Corrado, a ferry captain, said the news was welcome.\n", "", "Mina Corrado, a ferry captain"},
		{"name and firm at the end stay", "Quay lease approved\n" + round30Story + "\nTomas Reyne, Orlin Ferry Company.\n", "", "Tomas Reyne, Orlin Ferry Company."},
		{"short real ending stays", "Quay lease approved\n" + round30Story + "\nThe first ferry sails in June.\n", "", "The first ferry sails in June."},
	}
	for _, tc := range cases {
		c := clean(tc.page)
		if tc.gone != "" && strings.Contains(c.text, tc.gone) {
			t.Errorf("%s: %q kept in %q", tc.name, tc.gone, c.text[max(0, len(c.text)-200):])
		}
		if tc.kept != "" && !strings.Contains(c.text, tc.kept) {
			t.Errorf("%s: %q dropped", tc.name, tc.kept)
		}
	}
}

// TestRound30FootFoldNoPanic checks that a foot line whose lower-case form
// is shorter in bytes (Kelvin signs fold to "k") leaves Extract whole.
func TestRound30FootFoldNoPanic(t *testing.T) {
	page := "WEXBURY LAMP\nQuay lease approved\n" + round30Story + "\n" + strings.Repeat("\u212a", 10) + " is x\n"
	res, err := Extract(context.Background(), Document{File: "fold.txt", Text: []byte(page)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if !strings.Contains(res.Article.Text, "ferry operator") {
		t.Errorf("story lost: %q", res.Article.Text)
	}
}

// TestRound30PublisherSelfNote checks which subjects name the publisher,
// given the dropped masthead lines in lower case.
func TestRound30PublisherSelfNote(t *testing.T) {
	cases := []struct {
		line, masthead string
		want           bool
	}{
		{"The Wexbury Lamp is a reader-funded newsroom.", "wexbury lamp\n", true},
		{"The Wexbury Lamp is a reader-funded newsroom.", "the wexbury lamp\n", true},
		{"The Wexbury City Lamp is a reader-funded newsroom.", "wexbury city lamp | news\n", true},
		{"Wexbury City Lamp is owned by its readers.", "(c) 2031 wexbury city lamp. all rights reserved.\n", true},
		{"Vorna is one of ten states that have not widened the scheme.", "vorna tribune\n", false},
		{"Oskara Bay is the deepest harbour on the coast.", "oskara bay tribune | news\n", false},
		{"The Lamp is a reader-funded newsroom.", "wexbury lamp\n", false},
		{strings.Repeat("\u212a", 10) + " is x", "wexbury lamp\n", false},
	}
	for _, tc := range cases {
		if got := isPublisherSelfNote(tc.line, tc.masthead); got != tc.want {
			t.Errorf("isPublisherSelfNote(%q, %q) = %v, want %v", tc.line, tc.masthead, got, tc.want)
		}
	}
}
