package ingest

import "testing"

// Round 35: a relative clause after a body or person names the speaker
// ("a rebuke from Brazil, which called the levy …", "a statement from the
// Ruritanian farm ministry, which accused …", "Olek Varenko, who
// afterwards insisted …"). People and firms are invented; the
// counter-examples keep an object relative ("which it said …"), a head
// noun before "in" ("the embassy in Chile, which said") and "afterwards"
// away from the verb from crediting the wrong actor.
func TestRelativeSpeakersRound35(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"from a state, which called", "A\nThe grain levy drew a sharp protest from Brazil, which called it \"a tax on bread\".", "Brazil", "", true},
		{"from a state with an appositive", "A\nThe grain levy drew a sharp protest from Brazil, the largest seller of soy, which called it \"a tax on bread\".", "Brazil", "", true},
		{"from a firm after an earlier comma", "A\nPrices climbed on Friday, according to a note from Halvard Grain Holdings, which accused the port of \"hoarding\".", "Halvard Grain Holdings", "", true},
		{"who afterwards insisted", "A\nThe envoy held talks with Deputy Minister Olek Varenko, who afterwards insisted that his country \"will not bend\".", "Olek Varenko", "", true},
		{"who later said, as before", "A\nThe envoy held talks with Deputy Minister Olek Varenko, who later said that the border would stay shut.", "Olek Varenko", "", true},
		// counter-examples
		{"object relative: the state did not speak", "A\nTariffs were raised on goods from Brazil, which the ministry said had been dumped.", "Brazil", "", false},
		{"a place after in: the head speaks, not the place", "A\nThe grain levy angered a trade office in Chile, which said it would appeal.", "Chile", "", false},
		{"afterwards ending a clause", "A\nOlek Varenko met the envoy afterwards.\nThe ministry of Brazil said nothing.", "Olek Varenko", "", false},
		{"from a state, which declined to comment", "A\nThe grain levy drew no reply from Brazil, which declined to comment.", "Brazil", "", false},
	})
}
