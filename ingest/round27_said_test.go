package ingest

import "testing"

// Round 27: verbs that report a statement only with a "that" clause
// ("has hinted that", "countered that", "conceded that", "protested
// that"). Names are invented; the counter-examples keep the bare verbs
// ("hinted at", "protested the fine"), a negation and a clause that is only
// a condition silent.
func TestThatVerbsRound27(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"has hinted that", "A\nFarm minister Oskar Lindqvist has hinted that the barley levy could go before harvest time.", "Oskar Lindqvist", "", true},
		{"countered that", "A\nOskar Lindqvist defended the levy. His rival, Helga Marrow, countered that the levy had never raised a single krona.", "Helga Marrow", "", true},
		{"conceded that", "A\nHelga Marrow conceded that the freight numbers for March looked poor.", "Helga Marrow", "", true},
		{"a state hints that", "A\nNorway hints that it may close its ports to the trawlers by spring.", "Norway", "", true},
		// counter-examples
		{"hinted at a deal", "A\nOskar Lindqvist hinted at a compromise over dinner but gave no figures.", "Oskar Lindqvist", "", false},
		{"protested a fine", "A\nHelga Marrow protested the fine at the tribunal in person on Tuesday.", "Helga Marrow", "", false},
		{"has not hinted that", "A\nOskar Lindqvist has not hinted that the levy could go before harvest time.", "Oskar Lindqvist", "", false},
		{"never conceded that", "A\nHelga Marrow never conceded that the freight numbers for March looked poor.", "Helga Marrow", "", false},
		{"conceded that, only as a condition", "A\nHelga Marrow will sign only if Oskar Lindqvist concedes that the levy failed.", "Oskar Lindqvist", "", false},
	})
}

// Round 27: the words inside a quote are the speaker's; a speech verb
// inside it ('"Norway has told shippers to wait," she said') and
// a person named inside it are not speakers, and the pronoun that
// attributes the quote never stands for a person named in it. Counter-
// examples: a verb before an opening quotation mark still speaks, and so
// does the person the pronoun stands for.
func TestQuoteInsideSpeakersRound27(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"the attribution speaks", "A\n\"A Finnish court has told the shippers to wait another month,\" Helga Marrow said on Tuesday.", "Helga Marrow", "", true},
		{"a state inside the quote is silent", "A\n\"Norway has told the shippers to wait another month,\" Helga Marrow said on Tuesday.", "Norway", "", false},
		{"a state inside a curly quote is silent", "A\nHelga Marrow runs the depot at Kessby. \u201cSweden warned us twice about the berths,\u201d she said.", "Sweden", "", false},
		{"a quote opening a sentence earlier", "A\nHelga Marrow runs the depot at Kessby. \"Piet Vandeweg rang us on Monday. We waited all winter,\" she said.", "Piet Vandeweg", "", false},
		{"a quote opening a sentence earlier: the speaker", "A\nHelga Marrow runs the depot at Kessby. \"Piet Vandeweg rang us on Monday. We waited all winter,\" she said.", "Helga Marrow", "", true},
		{"a quote of two sentences", "A\nHelga Marrow runs the depot at Kessby. \"We waited all winter. Norway told us nothing at all,\" she said.", "Norway", "", false},
		{"he after a quote naming another man", "A\nTomas Reinholt met Piet Vandeweg in Oslo on Monday. \"Piet Vandeweg knows our terms by heart,\" he said.", "Piet Vandeweg", "", false},
		{"the man outside the quote speaks", "A\nTomas Reinholt met Piet Vandeweg in Oslo on Monday. \"Piet Vandeweg knows our terms by heart,\" he said.", "Tomas Reinholt", "", true},
		// counter-examples: the quote opens after the verb
		{"a state warning before a quote", "A\nFinland warned that \"he said one thing and did another,\" Helga Marrow wrote.", "Finland", "", true},
		{"a body inside the quote is silent", "A\n\"The Varnel Grain Board told us nothing for weeks,\" Helga Marrow said.", "Varnel Grain Board", "", false},
	})
}
