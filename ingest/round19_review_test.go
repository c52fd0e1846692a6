package ingest

import "testing"

// Round 19 (review): abbreviated given names the name finder knows
// ("Chas.", "Thos.") must not end the sentence before the surname.
// Counter-examples: a sentence that really ends after an ordinary word,
// and a lone abbreviation with no surname. People are invented.
func TestAbbreviatedGivenNamesRound19(t *testing.T) {
	checkEnts(t, []entCase{
		{"Chas. before a surname", "The museum named the hall after Chas. Brennan, a local donor.", "Chas. Brennan", TypePerson},
		{"Thos. opening a sentence", "Thos. Varley, the curator, said the gift was generous.", "Thos. Varley", TypePerson},
		// counter-examples
		{"an ordinary word ends the sentence", "The museum closed its chapel. Brennan said the gift was generous.", "Chapel. Brennan", ""},
		{"no surname after it", "The donor signed as Chas. The gift was generous.", "Chas. The", ""},
	})
}
