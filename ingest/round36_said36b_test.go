package ingest

import "testing"

// Round 36 (said36b): "complains that" (the lexicon had only "complained")
// and "repeated that"/"repeats that" report a statement. Names are
// invented. Counter-examples: "that" pointing at a noun ("repeated that
// drill", "repeated that mistake") is a deed done again, a bare
// "repeated the offer" or "complains about" is no reported clause, and a
// negation keeps the speaker silent.
func TestRepeatComplainsRound36(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"a state complains that", "A\nArmenia, cut off from the line since the war, complains that the route deepens its isolation.", "Armenia", "", true},
		{"a person complains that", "A\nValdemar Coutinho-Reis runs the pilots' union. Coutinho-Reis complains that nobody asked the pilots.", "Valdemar Coutinho-Reis", "", true},
		{"repeated that the", "A\nSpain's transport minister, Lucia Arbeloa-Pons, repeated that Madrid would not pay the new fee.", "Lucia Arbeloa-Pons", "", true},
		{"repeated that her", "A\nWanjiru Kamau-Otieno, chief executive of Rift Valley Creameries, repeated that her firm had met every standard.", "Wanjiru Kamau-Otieno", "", true},
		{"repeats that it", "A\nThe European Commission repeats that it has no role in the dispute over the berths.", "European Commission", "", true},
		{"repeated that to reporters", "A\nWanjiru Kamau-Otieno runs a creamery. Kamau-Otieno repeated that to reporters at the border on Tuesday.", "Wanjiru Kamau-Otieno", "", true},
		// counter-examples
		{"repeated that mistake", "A\nAnahit Sarkisyan-Vardanyan repeated that mistake twice in the final round.", "Anahit Sarkisyan-Vardanyan", "", false},
		{"repeated that drill", "A\nThe East African Community repeated that exercise for a third time at the depot.", "East African Community", "", false},
		{"complains about", "A\nArmenia complains about the route at every summit of the bloc.", "Armenia", "", false},
		{"complains of pain", "A\nValdemar Coutinho-Reis complains of back pain after each long crossing.", "Valdemar Coutinho-Reis", "", false},
		{"never repeated that", "A\nLucia Arbeloa-Pons never repeated that Madrid would not pay the new fee.", "Lucia Arbeloa-Pons", "", false},
	})
}
