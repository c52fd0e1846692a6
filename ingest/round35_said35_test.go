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

// Round 35 review: "who" names a person, so a state or body right after
// "from" is where the speaker comes from, not the speaker ("a visitor from
// Germany, who said …"); a role before "from" still leads to its body as
// before. "announced" with an object that only compares a body's measures
// with others' or says there are none ("has announced no such curbs",
// "announced similar steps", "has announced its own package") lists deeds,
// not words; an announcement with content of its own stays a statement.
// People, firms and the ministry are invented; states are real.
func TestSpeechReviewRound35(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"who after a visitor from a state", "A\nThe festival drew a visitor from Germany, who said the crowds were \"enormous\".", "Germany", "", false},
		{"who after a tourist from a state", "A\nThe council heard from a tourist from France, who told reporters she would return next year.", "France", "", false},
		{"who after a role from a body, as before", "A\nThe grain levy drew a spokesman from the Ruritanian Ministry of Agriculture, who said the tax would stay.", "Ruritanian Ministry of Agriculture", "", true},
		{"which after from still names the body", "A\nThe grain levy drew a sharp protest from Brazil, which called it \"a tax on bread\".", "Brazil", "", true},
		{"announced its own package", "A\nSpain has announced its own support package for its fishing fleet.", "Spain", "", false},
		{"announced no such curbs", "A\nFrance has announced no such curbs on its trawlers.", "France", "", false},
		{"announced similar steps", "A\nPortugal announced similar steps last week.", "Portugal", "", false},
		{"announced a similar package", "A\nChile has announced a similar package for its copper miners.", "Chile", "", false},
		{"announced no date", "A\nChile announced no date for its referendum.", "Chile", "", false},
		{"announced that: a statement", "A\nPortugal announced that it would extend the support package to small boats.", "Portugal", "", true},
		{"announced its own tariffs: a statement", "A\nBrazil announced new tariffs on Ruritanian grain on Monday.", "Brazil", "", true},
	})
}
