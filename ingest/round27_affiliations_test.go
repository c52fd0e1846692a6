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
		{"met the other side's minister, whose words follow", art(two + "Foreign Minister Ramona Etxeberri-Soto met Hugo Larrain-Vidal, who said Chile would lift the duties soon."), "Ramona Etxeberri-Soto", "Chile", false},
		{"a capital in the statement", art(two + "Trade Minister Ramona Etxeberri-Soto said Santiago would regret the move."), "Ramona Etxeberri-Soto", "Chile", false},
		{"a possessor in the statement", art(two + "Trade Minister Ramona Etxeberri-Soto said Chile's growers would suffer first."), "Ramona Etxeberri-Soto", "Chile", false},
	})
}

// Review fixes: the state a minister speaks of is theirs only when no
// second state is in view. Another state's capital, a second state in
// the paragraph outside the statement, a cabinet secretary's post, or a
// statement made by someone other than the holder leaves the role
// without it; an owner's firm does not stop the state the story gives
// the office.
func TestStatementStateReviewRound27(t *testing.T) {
	const two = "Chile and Peru traded new duties on fruit and fish this week, and neither side blinked.\n\n"
	const peru = "Peru raised its fruit duties again on Monday. Peru's growers cheered the news. Ports in Peru filled with crates, and Peru's exporters expect more.\n\n"
	checkRels(t, RelAffiliatedWith, []relCase{
		{"a second state in the paragraph", art(two + "Foreign Minister Ramona Etxeberri-Soto said Chile had sent forty patrol boats toward Lima overnight."), "Ramona Etxeberri-Soto", "Chile", false},
		{"a cabinet secretary", art(two + "Treasury Secretary Ramona Etxeberri-Soto said Chile would face new duties within weeks."), "Ramona Etxeberri-Soto", "Chile", false},
		{"someone else's statement", art(two + "Protesters heckled Foreign Minister Ramona Etxeberri-Soto outside the port, and police said Chile would send more officers."), "Ramona Etxeberri-Soto", "Chile", false},
		{"the other state's official, a sentence later", art(two + "Foreign Minister Ramona Etxeberri-Soto accused Chile of breaking its accord with Peru. Deputy Trade Minister Hugo Larrain-Vidal said Peru had started it."), "Hugo Larrain-Vidal", "Peru", false},
		{"a minister of an unnamed third state", art(two + "The Ostrian fisheries minister Nadia Ferrer-Quint said Chile had little room to move."), "Nadia Ferrer-Quint", "Chile", false},
		{"another person's state in the paragraph", art(two + "Trade Minister Ramona Etxeberri-Soto said on Monday that Peru \"does not need lessons\" from anyone. She later met Chilean Trade Minister Hugo Larrain-Vidal, who called the talks useful."), "Ramona Etxeberri-Soto", "Peru", true},
		// an owner's firm does not stop the office's state
		{"a minister who owns a firm", art(peru + "Trade Minister Ramona Etxeberri-Soto, whose family firm Andes Fruit Ltd exports grapes, defended the move."), "Ramona Etxeberri-Soto", "Peru", true},
	})
}
