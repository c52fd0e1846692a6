package ingest

import "testing"

// Round 21: meetings that are only reported or alleged. A meeting a
// newspaper reported and its subject dismissed, or one that opponents
// claim took place, is not a fact for the graph. Counter-examples: a
// claim that is no clause ("claimed the presidency"), a claim about
// something else in another clause, a correspondent's own report.
func TestAllegedMeetingsRound21(t *testing.T) {
	const dismissed = "A\nVaro Kesselin also brushed aside a Kessian tabloid story claiming he had held private talks with Marten Oldavi on a yacht in May."
	const claim = "A\nOpposition deputies claim Tamsin Ederveld met Corvin Maleski privately in Tarvel in December."
	const claimedThat = "A\nThe party claimed that Tamsin Ederveld had met Corvin Maleski twice."
	const presidency = "A\nRosa Delacourt-Venn, who claimed the presidency in May, met Ivo Strandberg-Lutz in Port Aldin on Tuesday."
	const otherClause = "A\nTamsin Ederveld met Corvin Maleski in Tarvel on Monday, and the party later claimed the talks went well."
	checkRels(t, RelMet, []relCase{
		{"a presidency claimed: still a meeting", presidency, "Rosa Delacourt-Venn", "Ivo Strandberg-Lutz", true},
		{"a claim after the meeting's clause: still a meeting", otherClause, "Tamsin Ederveld", "Corvin Maleski", true},
		// the reported and alleged meetings
		{"a dismissed newspaper report", dismissed, "Varo Kesselin", "Marten Oldavi", false},
		{"deputies claim X met Y", claim, "Tamsin Ederveld", "Corvin Maleski", false},
		{"claimed that X had met Y", claimedThat, "Tamsin Ederveld", "Corvin Maleski", false},
	})
}
