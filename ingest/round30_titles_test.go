package ingest

import "testing"

// TestRound30SloganOverMenu checks that a site's name and the slogan
// under it are not taken for the headline when the site's menu follows
// the slogan, and that headlines in the same places are kept.
func TestRound30SloganOverMenu(t *testing.T) {
	body := "\nBy Ines Carvell\n12 March 2031\n" + round30Story
	cases := []titleCase{
		{"capitals name, slogan, menu", "THE WEXBURY LAMP\nNews for Wexbury and the lower valley\nNews | Harbour | Schools | Sport | Opinion\n\nFerry firm wins twelve-year lease on old grain quay" + body,
			"Ferry firm wins twelve-year lease on old grain quay", nil, nil},
		{"two-word masthead, slogan, menu", "WEXBURY LOCAL\nIndependent news for Wexbury, Orlin and district\nNews | Community | Business | Sport\n\nFerry firm wins twelve-year lease on old grain quay" + body,
			"Ferry firm wins twelve-year lease on old grain quay", nil, nil},
		{"short name, slogan, menu", "Quay Monitor\nPort and harbour intelligence\nMarkets | Ports | Ferries | Data\n\nFerry firm wins twelve-year lease on old grain quay" + body,
			"Ferry firm wins twelve-year lease on old grain quay", nil, nil},
		{"headline over a deck stays", "Grain Quay Lease Approved\nThe harbour board hands the old grain quay to a ferry line\nBy Ines Carvell\n12 March 2031\n" + round30Story,
			"Grain Quay Lease Approved", nil, nil},
		{"headline over a share bar stays", "Ferry Deal Sealed\nShare | Email | Print\nBy Ines Carvell\n" + round30Story,
			"Ferry Deal Sealed", nil, nil},
		{"first paragraph like a deck stays", "Ferry firm wins lease on grain quay\nThe harbour board voted on Monday to lease the quay to a ferry firm.\n" + round30Story,
			"Ferry firm wins lease on grain quay", nil, nil},
		{"masthead, headline over topic tags", "WEXBURY LAMP\nFerry firm wins lease on grain quay\nHarbour | Ferries | Council\n" + body,
			"Ferry firm wins lease on grain quay", nil, nil},
		{"masthead, date bar, headline over topic tags", "WEXBURY LAMP\n12 March 2031\nFerry firm wins lease on grain quay\nHarbour | Ferries | Council\nThe harbour board hands the old grain quay to a ferry line\n" + round30Story,
			"Ferry firm wins lease on grain quay", nil, nil},
		{"headline over topic tags without a masthead stays", "Ferry firm wins lease on grain quay\nHarbour | Ferries | Council\n" + round30Story,
			"Ferry firm wins lease on grain quay", nil, nil},
	}
	checkTitles(t, false, cases)
}

// TestRound30TaglineOverMenu checks the slogan test on its own: only
// under a dropped masthead, and never a sentence.
func TestRound30TaglineOverMenu(t *testing.T) {
	menu := "News | Harbour | Schools | Sport"
	cases := []struct {
		line, next, masthead string
		want                 bool
	}{
		{"Local news for Wexbury and Orlin", menu, "wexbury local\n", true},
		{"Ferry firm wins lease on grain quay", "Harbour | Ferries | Council", "", false},
		{"The board met on Monday.", menu, "wexbury local\n", false},
		{"Local news for Wexbury and Orlin", "By Ines Carvell | 12 March 2031", "wexbury local\n", false},
	}
	for _, tc := range cases {
		if got := isTaglineOverMenu(tc.line, tc.next, tc.masthead); got != tc.want {
			t.Errorf("isTaglineOverMenu(%q, %q) = %v, want %v", tc.line, tc.next, got, tc.want)
		}
	}
}
