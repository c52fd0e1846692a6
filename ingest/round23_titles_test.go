package ingest

import "testing"

// TestRound23Titles checks two kinds of furniture found above headlines
// when dev25 was measured: a local paper's slogan naming the area it
// serves and the year it was founded (which its stories name too), and a
// subscription offer opening "Subscribe:". Counter-examples: a headline
// that ends "since" a year, a headline about subscribers.
func TestRound23Titles(t *testing.T) {
	body := "\n\n" + r16Body
	checkTitles(t, false, []titleCase{
		{"a local paper's slogan naming its area",
			"Serving Port Aldin, Kess and the Marvanian coast since 1923\n\nOstria to review suspended trawler licences after talks" + body,
			"Ostria to review suspended trawler licences after talks", nil, nil},
		{"a subscription offer",
			"Subscribe: 8 weeks for €8\n\nOstria to review suspended trawler licences after talks" + body,
			"Ostria to review suspended trawler licences after talks", []string{"8 weeks"}, nil},
		// counter-examples: the first line is the headline
		{"a headline measured by a year",
			"Port Aldin trawlers stay in harbour for longest spell since 1923" + body,
			"Port Aldin trawlers stay in harbour for longest spell since 1923", nil, nil},
		{"a headline about subscribers",
			"Subscribers to the fishing association's scheme paid in full after talks" + body,
			"Subscribers to the fishing association's scheme paid in full after talks", nil, nil},
	})
}
