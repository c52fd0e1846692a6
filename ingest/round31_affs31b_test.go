package ingest

import "testing"

// Round 31: the state of a state office the sentence does not name. A
// holder whom another sentence names without the role, reporting a
// clause whose subject is a state ("X said on Tuesday that Portugal
// would …"), speaks for that state when the article backs it: the title
// or the role's paragraph names the state, or it is the state the article
// names most. Counter-examples: the statement is someone else's, the
// holder speaks for two states, a capital stands for the state, the verb
// reports no clause, the role's sentence names another state, the role
// is a diplomat's, and (review C) the statement is the only place the
// state is named: a minister speaks of foreign states as often as for
// their own. People are invented; the states are real.
func TestSpokenStateRound31(t *testing.T) {
	const lead = "Foreign Minister Kestrel Vantorp-Aule toured the flooded valley with farmers on Monday.\n\n"
	checkRels(t, RelAffiliatedWith, []relCase{
		{"said that, a later paragraph, the title names the state", "Portugal weighs observer mission\n\n" + lead + "Vantorp-Aule said on Tuesday that Portugal would not send observers to the count.\n", "Kestrel Vantorp-Aule", "Portugal", true},
		{"says, no that, the role's paragraph names the state", art("Foreign Minister Kestrel Vantorp-Aule toured the flooded Chilean valley with farmers on Monday.\n\nSpeaking to reporters, Vantorp-Aule says Chile has no plan to close the pass this winter."), "Kestrel Vantorp-Aule", "Chile", true},
		{"insisted that, the state named most", art(lead + "The grain deal between Norway and Sweden was signed late, and Sweden paid on time. Vantorp-Aule insisted that Norway had kept every promise, as Norway always does."), "Kestrel Vantorp-Aule", "Norway", true},
		// counter-examples (review C): nothing but the statement names the state
		{"only the statement names the state", art("Foreign Minister Kestrel Vantorp-Aule met the visiting envoy on Monday.\n\nVantorp-Aule said on Tuesday that Russia would have to pull back its ships first."), "Kestrel Vantorp-Aule", "Russia", false},
		{"the statement in the role's paragraph", art("Foreign Minister Kestrel Vantorp-Aule met the visiting envoy on Monday. Vantorp-Aule said on Tuesday that Russia would have to pull back its ships first."), "Kestrel Vantorp-Aule", "Russia", false},
		{"the title names the state by its capital only", "Minister warns Moscow\n\nBERLIN (Reuters) - Foreign Minister Kestrel Vantorp-Aule met the visiting envoy on Monday.\n\nVantorp-Aule said on Tuesday that Russia would have to pull back its ships first.\n", "Kestrel Vantorp-Aule", "Russia", false},
		{"a dateline of another state", art("MOSCOW, March 3 (Reuters) - Foreign Minister Kestrel Vantorp-Aule told lawmakers on Tuesday that the talks had stalled.\n\nVantorp-Aule said Ukraine would have to accept the new line before any truce."), "Kestrel Vantorp-Aule", "Ukraine", false},
		{"the paragraph's demonym qualifies another's role", art("Foreign Minister Kestrel Vantorp-Aule met the Norwegian envoy on Monday.\n\nVantorp-Aule said Norway had broken its promises under the deal."), "Kestrel Vantorp-Aule", "Norway", false},
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
