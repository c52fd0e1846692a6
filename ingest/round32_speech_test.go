package ingest

import "testing"

// Round 32 (speech, ported from the said32 branch): speakers the page
// names without a verb of saying, and grounds that are no statement.
//
//   - A broadcast script's "[SOUNDBITE] X / office" line gives the quote
//     on the line under it to X; a person named later does not speak.
//   - Whoever reads out a communiqué or statement ("the communiqué, read
//     out by X, said", "the statement that X read out said") speaks; a
//     communiqué read out by nobody named, or by a body, gives no person.
//   - A measure with its grounds ("The board suspended the permits of X,
//     saying …") is a deed, not a statement; a sentence of saying ("X
//     said it had suspended …, saying"), a lifted measure, and the one a
//     measure hit answering it ("Y protested after X suspended its
//     licence, saying …") stay statements.
//
// Names and firms are invented.
func TestSpeechRound32(t *testing.T) {
	const soundbite = "Evening bulletin\n\nThe talks on the river border were called off this morning. Minister Henrike Solvang-Odu had led the delegation.\n\n" +
		"[SOUNDBITE] Henrike Solvang-Odu / Minister for Ports\n\"We regret the decision. The door stays open.\"\n\n" +
		"Talks are expected to resume next month. Tobias Ankersmit-Lee is in charge of the delegation.\n"
	const measure = "Sugar row\n\nThe Ruritanian Sugar Board on Friday suspended the licences of Kessock Cane Millers, saying it had evidence of repackaged sugar.\n\n" +
		"The Danish government on Tuesday barred two Latvian trawlers from its ports, saying they had fished without quotas.\n"
	const lifted = "Sugar row\n\nThe Ruritanian Sugar Board on Friday lifted its ban on Kessock Cane Millers, saying the mill had passed an audit.\n"
	checkRels(t, RelSaid, []relCase{
		{"a soundbite's speaker", soundbite, "Henrike Solvang-Odu", "", true},
		{"a measure's grounds in a sentence of saying", "Sugar row\n\nThe Ruritanian Sugar Board said it had suspended the licences of Kessock Cane Millers, saying it had evidence of repackaged sugar.\n", "Ruritanian Sugar Board", "", true},
		{"a lifted measure's reasons", lifted, "Ruritanian Sugar Board", "", true},
		{"the grounds of the one a measure hit", "Sugar row\n\nKessock Cane Millers protested on Monday after the Ruritanian Sugar Board suspended its licence, saying the board had no evidence of repackaged sugar.\n", "Kessock Cane Millers", "", true},
		// counter-examples
		{"a person after the soundbite", soundbite, "Tobias Ankersmit-Lee", "", false},
		{"a measure's grounds", measure, "Ruritanian Sugar Board", "", false},
		{"a government's measure and its grounds", measure, "Denmark", "", false},
	})
	const readOut = "Summit ends\n\nThe closing communiqué, read out by Commission President Ilona Marwick-Oduya in Kessock, said the bloc would reopen the river border.\n\n" +
		"The statement that Anselm Kivistö-Rahman read out on the steps said talks would go on.\n"
	const readNone = "Summit ends\n\nIlona Marwick-Oduya and Anselm Kivistö-Rahman attended the summit in Kessock.\n\n" +
		"A communiqué read out after the last session said the border would reopen. A joint declaration was read out by the city council, and Anselm Kivistö-Rahman left early.\n"
	checkRels(t, RelSaid, []relCase{
		{"a communiqué read out by", readOut, "Ilona Marwick-Oduya", "", true},
		{"a statement that X read out", readOut, "Anselm Kivistö-Rahman", "", true},
		// counter-examples: nobody named reads
		{"a communiqué read out, no reader", readNone, "Ilona Marwick-Oduya", "", false},
		{"read out by a body", readNone, "Anselm Kivistö-Rahman", "", false},
	})
}
