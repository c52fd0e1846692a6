package ingest

import "testing"

// TestStatementSubjectRound36 covers a statement noun as the subject of a
// speech verb with its issuer as a modifier ("A BDF statement said",
// "the bloc's closing communiqué says"): the issuer speaks. Counter-rows: a
// statement "on"/"about" a named party, and a name buried in a topic
// modifier ("a Kenya trade statement"), credit no one named there.
func TestStatementSubjectRound36(t *testing.T) {
	const head = "Harbour dispute\n\nThe Vostrava Shipping Group has promised to rebuild two piers in Mombasa after the storm.\n\n"
	checkRels(t, RelSaid, []relCase{
		{"an issuer before the noun", head + "A Vostrava Shipping Group statement said the repairs would begin before the rains.\n", "Vostrava Shipping Group", "", true},
		{"a possessive issuer and an adjective", head + "Kenya's brief statement says the harbour will stay open to cargo ships.\n", "Kenya", "", true},
		{"a demonym government and a time adverb", head + "An Iraqi government statement later said the tanker deal was fair to both sides.\n", "Iraq", "", true},
		{"a body's final communique", head + "The African Union's final communiqué says the mediation team will travel next week.\n", "African Union", "", true},
		{"a time phrase after the noun", head + "A Vostrava Shipping Group statement after the inspection said two cranes were lost.\n", "Vostrava Shipping Group", "", true},
		{"an issuer before a statement on another state", head + "Turkey's statement on Greece said the airspace over the islands was violated twice.\n", "Turkey", "", true},
		// counter-examples
		{"the topic of an issuer's statement", head + "Turkey's statement on Greece said the airspace over the islands was violated twice.\n", "Greece", "", false},
		{"a statement on a state", head + "A statement on Iran said the shipping talks had stalled for months.\n", "Iran", "", false},
		{"a statement about a company", head + "A statement about the Vostrava Shipping Group said the firm owed its crews money.\n", "Vostrava Shipping Group", "", false},
		{"a state inside a topic modifier", head + "The Kenya trade statement said coffee exports rose sharply last quarter.\n", "Kenya", "", false},
	})
}
