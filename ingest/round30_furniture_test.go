package ingest

import (
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
		{"appeal quoted by a speaker stays", "Quay lease approved\n" + round30Story + "\n\"Support local journalism and local shops alike,\" the mayor told the meeting.\n", "", "Support local journalism and"},
		{"publisher describes itself", "WEXBURY LAMP\nQuay lease approved\n" + round30Story + "\nThe Wexbury Lamp is an independent, reader-funded newsroom.\n", "reader-funded newsroom", ""},
		{"another body described stays", "WEXBURY LAMP\nQuay lease approved\n" + round30Story + "\nThe Orlin Fund is a nonprofit that backs small ferry lines.\n", "", "The Orlin Fund is a nonprofit"},
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
