package ingest

import "testing"

// Round 22: two speech frames no verb list covers. "put it" introduces
// one's own words when a colon or quote follows ("put it plainly to the
// dockers: …") or in "as she put it"; and a body that "said through its
// chief executive, X" makes X a speaker too. Names are invented; the
// counter-examples keep "put it to a vote", "put it on the table", a
// comment declined, an outlet only cited and a "through" that names no
// person from speaking.
func TestSpeechFramesRound22(t *testing.T) {
	const through = "A\nThe Harrowgate Cooperative Bank said through its chief executive, Oswin Makepeace-Tuli, that the farm loans \"will keep flowing\" through the drought."
	checkRels(t, RelSaid, []relCase{
		{"put it with a colon", "A\nLiesl Broomhart, a ferry pilot at Kessock harbour, put it plainly to the dockers: \"No tide waits for a timetable.\"", "Liesl Broomhart", "", true},
		{"put it this way with a quote", "A\nCasimir Drouet put it this way: \"The cows do not read the quota rules.\"", "Casimir Drouet", "", true},
		{"as she put it", "A\nLiesl Broomhart reached Kessock on Friday.\nThe new rota, as she put it over tea with the crews, was \"a fair start\".", "Liesl Broomhart", "", true},
		{"said through its manager", through, "Oswin Makepeace-Tuli", "", true},
		{"the body itself still speaks", through, "Harrowgate Cooperative Bank", "", true},
		// counter-examples
		{"put it to a vote", "A\nChairwoman Brigid Ostlund put it to a vote on Thursday and the motion carried.", "Brigid Ostlund", "", false},
		{"put it on the table", "A\nBrigid Ostlund put it on the table at the dairy board.", "Brigid Ostlund", "", false},
		{"declined to comment", "A\nThe Harrowgate Cooperative Bank declined to comment through its chief executive, Oswin Makepeace-Tuli.", "Oswin Makepeace-Tuli", "", false},
		{"an outlet only cited", "A\nAccording to a story in the Kessock Herald, the ferry will stop in winter.", "Oswin Makepeace-Tuli", "", false},
		{"through a channel, not a person", "A\nThe Harrowgate Cooperative Bank said through its newsletter that rates would rise. Oswin Makepeace-Tuli reached Kessock on Friday.", "Oswin Makepeace-Tuli", "", false},
	})
}
