package ingest

import "testing"

// Round 24: one body or person announcing its own measures ("Norway
// announced entry bans on …", "the Foreign Minister announced further
// sanctions") is issuing a statement, while states that "announced
// parallel measures" together, or one named in a relative clause, only
// act. Names are invented; the counter-examples also keep a quote
// about a body (not by it) from making a speaker, while "said that S
// announced" and "S reviewed … and announced" leave S one subject.
func TestAnnouncedMeasuresRound24(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"a state announces its own bans", "A\nNorway announced entry bans on two Kelvarde ferry owners on Tuesday, freezing their accounts at Norwegian banks.", "Norway", "", true},
		{"a minister announces sanctions", "A\nToday Petra Loukianov-Hale, the Minister of Trade, announced additional sanctions against three Dravnik grain brokers.", "Petra Loukianov-Hale", "", true},
		{"a capital as the state", "A\nOslo on Friday announced travel curbs on officials of the Dravnik harbour board.", "Norway", "", true},
		// counter-examples
		{"two states announce parallel measures", "A\nNorway and Iceland announced parallel measures against the Dravnik harbour board on Monday.", "Norway", "", false},
		{"the second of the pair", "A\nNorway and Iceland announced parallel measures against the Dravnik harbour board on Monday.", "Iceland", "", false},
		{"a relative clause", "A\nThe listings were drawn up with Iceland, which on Monday announced matching sanctions against the Kelvarde ferry owners.", "Iceland", "", false},
		{"a reported clause keeps one subject", "A\nOfficials in Reykjavik said that Iceland announced sanctions on the Kelvarde ferry owners on Monday.", "Iceland", "", true},
		{"a verb joined to another keeps one subject", "A\nIceland reviewed the listings on Monday and announced sanctions on the Kelvarde ferry owners.", "Iceland", "", true},
		{"three states listed", "A\nNorway, Iceland and Denmark announced parallel measures against the Dravnik harbour board.", "Denmark", "", false},
		{"a quote of two sentences about a body", "A\nThe ferry owner was blunt. \u201cWe waited for months. Iceland announced sanctions far too late,\u201d Brannoc Ilvesmaa told the Kelvarde Courier.", "Iceland", "", false},
		{"a quote closed before the body acts", "A\n\u201cWe waited for months,\u201d Brannoc Ilvesmaa said. Iceland announced sanctions on the Kelvarde ferry owners on Monday.", "Iceland", "", true},
		{"a quote about a body", "A\n\"Iceland announced sanctions far too late,\" the ferry owner Brannoc Ilvesmaa told the Kelvarde Courier.", "Iceland", "", false},
	})
}
