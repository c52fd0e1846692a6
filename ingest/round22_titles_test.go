package ingest

import "testing"

// TestRound22Titles checks the headline chooser on invented pages whose
// first kept line is a name printed over the page (a masthead name
// before a bar, a name in two languages, a newsletter's short name the
// story never repeats), on notices the cleaner must drop (a bracketed
// advert, a subscription banner), and on headlines of the same shapes,
// which stay.
func TestRound22Titles(t *testing.T) {
	body := "\n\n" + r16Body
	checkTitles(t, false, []titleCase{
		{"authority's name before a bar, every word in the story",
			"Port Aldin Harbour Authority | Marvania\n\nVelloso receives Ostrian minister for talks on the fishing dispute" + body,
			"Velloso receives Ostrian minister for talks on the fishing dispute", nil, nil},
		{"below a barred name, a line the story never mentions is not the headline",
			"Office of Ports and Fisheries | Republic of Marvania\nCats prefer quiet evenings\n\nVelloso receives Ostrian minister for talks on the fishing dispute" + body,
			"Velloso receives Ostrian minister for talks on the fishing dispute", nil, nil},
		{"section names before a bar, allusive headline below",
			"Nordic Seas | Fishing rights\nAll hands to the harbour\nTwo ministers try to end a dispute that has cost a season" + body,
			"All hands to the harbour", nil, nil},
		{"letterhead in two languages",
			"Port Aldin Harbour Authority / Autorité du Port Aldin\n\nMarvania and Ostria agree to reopen fishing grounds" + body,
			"Marvania and Ostria agree to reopen fishing grounds", nil, nil},
		{"newsletter name the story never repeats",
			"Tidewater Notes\n\nLetter 12: Velloso and Brekke-Lind agree to reopen the fishing grounds" + body,
			"Letter 12: Velloso and Brekke-Lind agree to reopen the fishing grounds", nil, nil},
		{"trade journal's name in capitals",
			"HARBOUR LEDGER WEEKLY\n\nOstria to review suspended trawler licences after talks" + body,
			"Ostria to review suspended trawler licences after talks", nil, nil},
		{"bracketed advert above the headline",
			"[ADVERT] Fresh fish from Port Aldin, delivered to your door\n\nOstria to review suspended trawler licences after talks" + body,
			"Ostria to review suspended trawler licences after talks", []string{"Fresh fish"}, nil},
		{"subscription banner above the headline",
			"Back the Harbour Gazette: subscribe for three euros a month\n\nOstria to review suspended trawler licences after talks" + body,
			"Ostria to review suspended trawler licences after talks", []string{"three euros"}, nil},
		// counter-examples: the first line is the headline
		{"short title-case headline the story repeats",
			"Ministers Reopen Trawling\n\nThe ministers reopen night trawling from Monday, after talks.\nTrawling boats have not gone out at night since the ban." + body,
			"Ministers Reopen Trawling", nil, nil},
		{"headline before a bar and the site's name",
			"Velloso and Brekke-Lind agree to reopen fishing grounds | Harbour Courier" + body,
			"Velloso and Brekke-Lind agree to reopen fishing grounds", nil, nil},
		{"a slash inside a headline",
			"Marvania / Ostria fishing talks end without a deal" + body,
			"Marvania / Ostria fishing talks end without a deal", nil, nil},
		{"short name that is the story's subject",
			"Port Aldin Harbour\n\nThe ministers met at Port Aldin harbour; the harbour authority hosted them." + body,
			"Port Aldin Harbour", nil, nil},
		{"site's short slogan under a barred name is not the headline",
			"Harbour Today | Kess edition\nMarvania's own pages\n\nOstria to review suspended trawler licences after talks" + body,
			"Ostria to review suspended trawler licences after talks", nil, nil},
		{"an advert word inside a headline",
			"Advertising ban on trawler fuel lifted after talks" + body,
			"Advertising ban on trawler fuel lifted after talks", nil, nil},
		{"subscribers in running text",
			"Ostria to review suspended trawler licences after talks\n\nFishing crews who subscribe to the association's insurance scheme were paid in full." + body,
			"Ostria to review suspended trawler licences after talks", nil, []string{"subscribe to the association"}},
	})
}
