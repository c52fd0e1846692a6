package ingest

import "testing"

// A state office with no state before it in its paragraph, in a story
// about two states, is tied to the state that opens its holder's
// statement as the subject of a plan or a stance ("announced on Friday
// that Peru had filed …"): a minister speaks of their own government
// that way. A state the holder accuses, a capital, a possessor, or a
// statement made by someone else named in between does not count.
func TestStatementStateRound27(t *testing.T) {
	const two = "Chile and Peru traded new duties on fruit and fish this week, and neither side blinked.\n\n"
	checkRels(t, RelAffiliatedWith, []relCase{
		{"announced that the state had acted", art(two + "Trade Minister Ramona Etxeberri-Soto announced on Friday that Peru had filed a complaint with the trade court."), "Ramona Etxeberri-Soto", "Peru", true},
		{"said the state, then a quotation", art(two + "Agriculture Minister Tobias Quiroga-Lenn said Chile \"will not accept\" the higher duties on its grapes."), "Tobias Quiroga-Lenn", "Chile", true},
		{"former minister, affiliated as the guidelines ask", art(two + "Former fisheries minister Elvira Santander-Mux said that Chile would wait for the season to end."), "Elvira Santander-Mux", "Chile", true},
		// counter-examples
		{"two states, each official speaks of the other", art(two + "Foreign Minister Ramona Etxeberri-Soto accused Chile of breaking the accord, and Chile's envoy Hugo Larrain-Vidal said Peru had started it."), "Ramona Etxeberri-Soto", "Chile", false},
		{"the other state's official named in the same sentence", art(two + "Foreign Minister Ramona Etxeberri-Soto accused Chile of breaking the accord, and Chile's envoy Hugo Larrain-Vidal said Peru had started it."), "Hugo Larrain-Vidal", "Peru", false},
		{"met the other side's minister, whose words follow", art(two + "Foreign Minister Ramona Etxeberri-Soto met Hugo Larrain-Vidal, who said Chile would lift the duties soon."), "Ramona Etxeberri-Soto", "Chile", false},
		{"a capital in the statement", art(two + "Trade Minister Ramona Etxeberri-Soto said Santiago would regret the move."), "Ramona Etxeberri-Soto", "Chile", false},
		{"a possessor in the statement", art(two + "Trade Minister Ramona Etxeberri-Soto said Chile's growers would suffer first."), "Ramona Etxeberri-Soto", "Chile", false},
		{"an expert commenting on a state", art(two + "Economist Nadia Ferrer-Quint, who studies the fruit trade, said Chile had little room to move."), "Nadia Ferrer-Quint", "Chile", false},
	})
}
