package ingest

import "testing"

// Round 32 (speech): "X's office said", "his office said", "the premier's
// office said", "his lawyers said", "lawyers for X said": the person's
// staff speak, and the person is no speaker. This reverses round 31 fix
// E (finding 5), which gave such statements to the person so that they
// keep a speaker: the dev gold credits the person in one case (dev33)
// and not in six (dev9, dev13, dev20, dev27, dev38, dev41). A body's
// office ("the Port Authority's press office said") and a statement noun
// ("Orlov's statement said") still give the speaker. Names are invented.
func TestSaidStaffRound32(t *testing.T) {
	const byOffice = "Ports row\n\nPrime Minister Anselm Kivistö-Rahman phoned the Ostrian president on Monday, his office said.\n\n" +
		"Lawyers for Konrad Vesterholm-Diallo said they would appeal. Konrad Vesterholm-Diallo's lawyers said the ruling was wrong.\n"
	checkRels(t, RelSaid, []relCase{
		{"his office said", byOffice, "Anselm Kivistö-Rahman", "", false},
		{"lawyers for and the person's lawyers", byOffice, "Konrad Vesterholm-Diallo", "", false},
		{"the premier's office said", "Ports row\n\nPrime Minister Anselm Kivistö-Rahman will attend the grain summit in Kessock, the Prime Minister's Office announced.\n", "Anselm Kivistö-Rahman", "", false},
		// counter-examples: a body's office and a person's own statement
		{"a body's office still speaks", "Ports row\n\nThe Kessock Port Authority's press office said the berths would reopen on Friday.\n", "Kessock Port Authority", "", true},
		{"a statement noun still speaks", "Ports row\n\nKonrad Vesterholm-Diallo reached Kessock on Monday. Vesterholm-Diallo's statement said the ruling was wrong.\n", "Konrad Vesterholm-Diallo", "", true},
		{"the person's own words", "Ports row\n\nKonrad Vesterholm-Diallo reached Kessock on Monday, and his statement said the ruling was wrong.\n", "Konrad Vesterholm-Diallo", "", true},
	})
}
