package ingest

import "testing"

// TestRound24Furniture checks two notes found at the foot of trade and
// local pages: the site's own conference advertised after an "EVENTS"
// label and a separator, and the imprint naming the firm that publishes
// the site. Counter-examples: a story's sentence about events, a
// release's event details, a report published by a ministry, a sentence
// about who publishes an index, a long paragraph about a publisher.
func TestRound24Furniture(t *testing.T) {
	const title = "Ostria to review suspended trawler licences after talks"
	head := title + "\n\n" + r16Body + "\n\n"
	checkTitles(t, false, []titleCase{
		{"an advertised conference after a bar",
			head + "EVENTS | Kess Harbour Logistics Week 2031 — seats going fast. Book now",
			title, []string{"Kess Harbour Logistics Week"}, nil},
		{"an advertised conference after a colon",
			head + "Events: Marvanian Coast Shipping Forum, Port Aldin, 9-10 June. Registration closes Friday.",
			title, []string{"Marvanian Coast Shipping Forum"}, nil},
		{"the site's imprint",
			head + "Tidewater Notes is published by Kessmark Media Pty Ltd. Terms | Privacy | Contact",
			title, []string{"Kessmark Media"}, nil},
		{"an imprint opening the line",
			head + "Published by Aldin Coast Publishing Corp., 12 Quay Road, Port Aldin",
			title, []string{"Aldin Coast Publishing"}, nil},
		// counter-examples: the story's own text
		{"events in a sentence",
			head + "Events in Port Aldin moved quickly after the vote, and the Kess Fisheries Council met within hours.",
			title, nil, []string{"Kess Fisheries Council met"}},
		{"a report a ministry published",
			head + "The review will follow a report published by the Ostrian Ministry of Fisheries in March.",
			title, nil, []string{"Ostrian Ministry of Fisheries"}},
		{"a survey a firm published",
			head + "A survey published by Kessmark Media Group in May found most crews back the review.",
			title, nil, []string{"Kessmark Media Group in May"}},
		{"a release's event details",
			head + "Event: Kess Fisheries Forum, Port Aldin, 4 June 2031",
			title, nil, []string{"Kess Fisheries Forum"}},
		{"a sentence on who publishes an index",
			head + "The catch index is published by Kessmark Statistics Group.",
			title, nil, []string{"Kessmark Statistics Group"}},
		{"a long paragraph on who publishes a paper",
			head + "The Gazette is published by Kessmark Media Group, whose owner sits on the harbour board and has lobbied both ministers for a quick settlement of the dispute over night trawling and the licences.",
			title, nil, []string{"Kessmark Media Group"}},
	})
}
