package ingest

import "testing"

// TestRound26PublisherFoot checks the notes at a page's foot that name
// the publisher or a donor, not a party to the story: a copyright line
// with the mark after the name, a bar of contacts and legal links, a
// broadcaster's sign-off, a paywall teaser and a note on who funds the
// site's programme. Counter-examples: body sentences of the same shape
// (a bar of sections with one legal link, a reporter in a sentence, a
// plan a state supports, rights the court reserved).
func TestRound26PublisherFoot(t *testing.T) {
	const title = "Ostria to review suspended trawler licences after talks"
	head := title + "\n\n" + r16Body + "\n\n"
	checkTitles(t, false, []titleCase{
		{"the mark after the publisher's name",
			head + "The Aldin Harbour Gazette \u00a9 2031, all rights reserved, Kessmark Print Works, Quay Road.",
			title, []string{"Aldin Harbour Gazette", "Kessmark Print Works"}, nil},
		{"the mark after a founding note",
			head + "In print since 1904. Copyright \u00a9 Brekmoor Weekly Holdings Limited 2031.",
			title, []string{"Brekmoor Weekly Holdings"}, nil},
		{"a rights line without the mark",
			head + "Port Aldin Radio 2031, all rights reserved. Reuse needs written consent.",
			title, []string{"Port Aldin Radio"}, nil},
		{"contacts and legal links",
			head + "PAR, 8 Quay Road, Port Aldin | Tel. 555-0100 | Privacy | Terms | Listener Desk",
			title, []string{"Listener Desk"}, nil},
		{"a broadcaster's sign-off",
			head + "This is Mara Lindqvale reporting for Aldin Nine News.",
			title, []string{"Aldin Nine News"}, nil},
		{"a paywall teaser",
			head + "Free story. Register to read more from the Harbour Bulletin.",
			title, []string{"Harbour Bulletin"}, nil},
		{"a donor of the site's programme",
			head + "The Brekmoor Institute's fisheries programme is funded by the Velloso Family Trust.",
			title, []string{"Velloso Family Trust"}, nil},
		{"a donor of the site's research",
			head + "This research is supported by a grant from the Velloso Family Trust.",
			title, []string{"Velloso Family Trust"}, nil},
		// counter-examples: the story's own text
		{"a bar of sections with one legal link",
			head + "Fisheries | Harbours | Coast Guard | Privacy",
			title, nil, []string{"Harbours | Coast Guard"}},
		{"a short sentence opening this is",
			head + "This is the third licence review since 2029.",
			title, nil, []string{"third licence review"}},
		{"a reporter named in a sentence",
			head + "This is not the first time Mara Lindqvale has been reporting for Aldin Nine News from the quay.",
			title, nil, []string{"Aldin Nine News"}},
		{"a plan a state supports",
			head + "The licence plan is supported by the Marvanian Fisheries Agency and its staff.",
			title, nil, []string{"Marvanian Fisheries Agency"}},
		{"a programme a state funds, not at the foot",
			head + "The buy-back programme is funded by the Ostrian Coast Fund.\n\n" + r16Body,
			title, nil, []string{"Ostrian Coast Fund"}},
		{"rights the court reserved, in a long paragraph",
			head + "Judge Ilse Brandvik of the Port Aldin Maritime Court said the owners kept all rights reserved under the charter, and that the Ostrian Coast Guard had acted within the law when it held the trawler for nine days in the spring while the fishing licences were checked.",
			title, nil, []string{"Port Aldin Maritime Court"}},
	})
}
