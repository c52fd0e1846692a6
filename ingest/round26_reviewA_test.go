package ingest

import "testing"

// TestRound26ReviewFootOnly checks that the publisher's notes at a
// page's foot are taken only there and only in their own shape: a
// story's sentence with the same words, mid-body or at the end, stays.
func TestRound26ReviewFootOnly(t *testing.T) {
	const title = "Ostria to review suspended trawler licences after talks"
	head := title + "\n\n" + r16Body + "\n\n"
	mid := func(s string) string { return head + s + "\n\n" + r16Body }
	foot := func(s string) string { return head + s }
	checkTitles(t, false, []titleCase{
		// the story's own sentences
		{"rights reserved under a treaty, mid-body",
			mid("Brekke-Lind said Ostria kept all rights reserved under the 1982 treaty and would not sign."),
			title, nil, []string{"kept all rights reserved"}},
		{"a duty to register, mid-body",
			mid("Foreign trawler firms will have to register to continue fishing in Ostrian waters."),
			title, nil, []string{"register to continue fishing"}},
		{"a duty to register, at the foot",
			foot("Foreign trawler firms will have to register to continue fishing in Ostrian waters."),
			title, nil, []string{"register to continue fishing"}},
		{"a reporter's record, at the foot",
			foot("This is not Lindqvale's first time reporting for Aldin Nine News."),
			title, nil, []string{"Aldin Nine News"}},
		{"a sign-off's shape, mid-body",
			mid("This is Mara Lindqvale reporting for Aldin Nine News."),
			title, nil, []string{"Aldin Nine News"}},
		{"a bank funds a programme, at the foot",
			foot("The reconstruction programme is funded by the Marvanian Development Bank."),
			title, nil, []string{"Marvanian Development Bank"}},
		{"a minister says who funds a series",
			foot("Velloso said the harbour series is funded by the Ostrian Coast Fund and would continue."),
			title, nil, []string{"Ostrian Coast Fund"}},
		{"wages the fund pays",
			foot("Pay rises for our workers are funded by the Ostrian Coast Fund."),
			title, nil, []string{"Ostrian Coast Fund"}},
		{"an expedition a trust funds",
			foot("This expedition is funded by the Velloso Family Trust."),
			title, nil, []string{"Velloso Family Trust"}},
		// the site's notes, still taken at the foot
		{"our work and its donor",
			foot("Our work is funded by grants from the Velloso Family Trust."),
			title, []string{"Velloso Family Trust"}, nil},
		{"a named series and its donor",
			foot("The Harbour Briefs series is funded by a grant from the Brandvik Foundation."),
			title, []string{"Brandvik Foundation"}, nil},
		{"a named programme and its donor",
			foot("The Coastal Futures Programme is funded by a Brandvik Foundation grant."),
			title, []string{"Brandvik Foundation"}, nil},
		{"a rights line before the bar",
			head + "Kessmark Radio Group 2031. All rights reserved.\nPrivacy | Terms | Contact us",
			title, []string{"Kessmark Radio Group"}, nil},
		{"a paywall teaser after please",
			foot("Members only. Please sign in to read the rest of the Harbour Bulletin."),
			title, []string{"Harbour Bulletin"}, nil},
	})
}
