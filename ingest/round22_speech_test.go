package ingest

import "testing"

// Round 22: two speech frames no verb list covers. "put it" introduces
// one's own words when a colon or quote follows ("put it to me bluntly:
// …") or in "as he put it"; and a body that "said through its country
// director, X" makes X a speaker too. Names are invented; the
// counter-examples keep "put it to a vote", "put it on the table", a
// comment declined, an outlet only cited and a "through" that names no
// person from speaking.
func TestSpeechFramesRound22(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"put it with a colon", "A\nMirela Vantovska, an analyst at the Orsk Institute, put it to me bluntly: \"Everyone here remembers the winter.\"", "Mirela Vantovska", "", true},
		{"put it this way with a quote", "A\nTobias Wrenfield put it this way: \"Your ministers talk on Tuesday and punish on Thursday.\"", "Tobias Wrenfield", "", true},
		{"as he put it", "A\nTobias Wrenfield arrived in Valmora on Monday.\nThe message, as he put it to a small group of journalists, was \"not a threat\".", "Tobias Wrenfield", "", true},
		{"said through its director", "A\nThe Kestrel Development Bank said through its country director, Anselm Kodjovi, that the exit \"does not affect\" its lending.", "Anselm Kodjovi", "", true},
		{"the body itself still speaks", "A\nThe Kestrel Development Bank said through its country director, Anselm Kodjovi, that the exit \"does not affect\" its lending.", "Kestrel Development Bank", "", true},
		// counter-examples
		{"put it to a vote", "A\nSpeaker Halvard Ostrane put it to a vote on Tuesday and the bill passed.", "Halvard Ostrane", "", false},
		{"put it on the table", "A\nHalvard Ostrane put it on the table during the session.", "Halvard Ostrane", "", false},
		{"declined to comment", "A\nThe Kestrel Development Bank declined to comment through its country director, Anselm Kodjovi.", "Anselm Kodjovi", "", false},
		{"an outlet only cited", "A\nAccording to a report by the Valmora Courier, the plant will close.", "Anselm Kodjovi", "", false},
		{"through a channel, not a person", "A\nThe Kestrel Development Bank said through its website that lending would resume. Anselm Kodjovi arrived in Lisbon on Monday.", "Anselm Kodjovi", "", false},
	})
}
