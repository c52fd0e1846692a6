package ingest

import "testing"

// Round 24: one body or person announcing its own measures ("Norway
// announced entry bans on …", "the Foreign Minister announced further
// sanctions") is issuing a statement, while states that "announced
// parallel measures" together, or one named in a relative clause, only
// act. Names are invented; the counter-examples also keep a comment
// declined, a statement only expected and a quote about a body (not by
// it) from making a speaker.
func TestAnnouncedMeasuresRound24(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"a state announces its own bans", "A\nNorway announced entry bans on two Kelvarde ferry owners on Tuesday, freezing their accounts at Norwegian banks.", "Norway", "", true},
		{"a minister announces sanctions", "A\nToday Petra Loukianov-Hale, the Minister of Trade, announced additional sanctions against three Dravnik grain brokers.", "Petra Loukianov-Hale", "", true},
		{"a capital as the state", "A\nOslo on Friday announced travel curbs on officials of the Dravnik harbour board.", "Norway", "", true},
		// counter-examples
		{"two states announce parallel measures", "A\nNorway and Iceland announced parallel measures against the Dravnik harbour board on Monday.", "Norway", "", false},
		{"the second of the pair", "A\nNorway and Iceland announced parallel measures against the Dravnik harbour board on Monday.", "Iceland", "", false},
		{"a relative clause", "A\nThe listings were drawn up with Iceland, which on Monday announced matching sanctions against the Kelvarde ferry owners.", "Iceland", "", false},
		{"a comment declined", "A\nNorway froze the accounts of two Kelvarde ferry owners. Asked about the sanctions, Iceland declined to comment.", "Iceland", "", false},
		{"a statement only expected", "A\nIceland is expected to announce sanctions on the Kelvarde ferry owners next week.", "Iceland", "", false},
		{"a quote about a body", "A\n\"Iceland announced sanctions far too late,\" the ferry owner Brannoc Ilvesmaa told the Kelvarde Courier.", "Iceland", "", false},
	})
}
