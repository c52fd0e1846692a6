package ingest

import "testing"

// Round 31: the state of a state office the sentence does not name. A
// holder whom another sentence names without the role, reporting a
// clause whose subject is a state ("X said on Tuesday that Portugal
// would …"), speaks for that state. Counter-examples: the statement is
// someone else's, the holder speaks for two states, a capital stands for
// the state, the verb reports no clause, the role's sentence names
// another state, the role is a diplomat's. People are invented; the
// states are real.
func TestSpokenStateRound31(t *testing.T) {
	const lead = "Foreign Minister Kestrel Vantorp-Aule toured the flooded valley with farmers on Monday.\n\n"
	checkRels(t, RelAffiliatedWith, []relCase{
		{"said that, a later paragraph", art(lead + "Vantorp-Aule said on Tuesday that Portugal would not send observers to the count."), "Kestrel Vantorp-Aule", "Portugal", true},
		{"says, no that", art(lead + "Speaking to reporters, Vantorp-Aule says Chile has no plan to close the pass this winter."), "Kestrel Vantorp-Aule", "Chile", true},
		{"insisted that", art(lead + "The grain deal was signed late. Vantorp-Aule insisted that Norway had kept every promise."), "Kestrel Vantorp-Aule", "Norway", true},
		// counter-examples
		{"someone else's statement", art(lead + "Vantorp-Aule later met Orla Brenneck-Sau, who said Portugal would not send observers."), "Kestrel Vantorp-Aule", "Portugal", false},
		{"two states spoken for", art(lead + "Vantorp-Aule said Portugal would wait. A day later Vantorp-Aule said Spain would decide the matter."), "Kestrel Vantorp-Aule", "Portugal", false},
		{"two states spoken for, the second", art(lead + "Vantorp-Aule said Portugal would wait. A day later Vantorp-Aule said Spain would decide the matter."), "Kestrel Vantorp-Aule", "Spain", false},
		{"a capital as subject", art(lead + "Vantorp-Aule said Lisbon would not send observers to the count."), "Kestrel Vantorp-Aule", "Portugal", false},
		{"no reported clause", art(lead + "Vantorp-Aule accused Portugal of stalling the talks for a month."), "Kestrel Vantorp-Aule", "Portugal", false},
		{"another state in the role's sentence", art("Foreign Minister Kestrel Vantorp-Aule returned from talks in Spain on Monday.\n\nVantorp-Aule said on Tuesday that Portugal would not send observers."), "Kestrel Vantorp-Aule", "Portugal", false},
		{"a diplomat", art("Ambassador Kestrel Vantorp-Aule toured the flooded valley with farmers on Monday.\n\nVantorp-Aule said on Tuesday that Portugal would not send observers."), "Kestrel Vantorp-Aule", "Portugal", false},
	})
}
