package ingest

import "testing"

// Round 34 (second pass): a designation's relative clause reports what
// the imposer said about its target ("…, whom it describes as …", "a
// broker it said had …", "for what it called …"). The pronoun is the
// imposer sanctions() found in the sentence. Counter-examples: "citing
// what it called" (the measure's grounds), a pronoun that belongs to a
// subordinate clause of another actor, "accused" (a charge printed as
// the deed's grounds), a pronoun that opens a clause of its own, and a
// relative clause about a target with no measure in the sentence.
func TestDesignatorSpeechRound34(t *testing.T) {
	const whom = "A\nThe Office of Foreign Assets Control in June froze the assets of Corvin Haldane, whom it describes as chief broker for the ring.\n"
	const reduced = "A\nThe Treasury Department put sanctions on Lyrn Maritime Ltd and two Malaysian brokers it said had arranged transfers at sea.\n"
	const which = "A\nCanada froze the assets of Vessa Trading Ltd, which it said had moved arms to the militia over two years.\n"
	const what = "A\nThe Council of the European Union banned Odile Varanne from the bloc for what it called repeated attacks on the free press.\n"
	const they = "A\nBelgium and the Netherlands froze the assets of Korvane Holdings Ltd, which they said had financed the rebels in the east.\n"
	const citing = "A\nTanzania banned imports from Keral Foods Ltd in May, citing unpaid fees as well as what it called forged labels.\n"
	const after = "A\nCanada froze the assets of Orvel Shipping Ltd, two days after Russia launched what it called an orbital probe.\n"
	const accused = "A\nThe United States placed sanctions on Marrow Logistics Ltd, a firm it accused of shipping drones to the militia.\n"
	const ownClause = "A\nCanada froze the assets of Vessa Trading Ltd on Monday, and later it said the list would grow.\n"
	const andOther = "A\nThe United States sanctioned Pellow Bank on Tuesday, and Russia condemned the move, which it said was unlawful.\n"
	const targetWhat = "A\nBritain sanctioned Pellow Bank on Tuesday, which rejected what it called baseless accusations.\n"
	const otherVerbWhat = "A\nThe United States sanctioned Pellow Bank, prompting Moscow to denounce what it called an act of economic war.\n"
	const twoImposers = "A\nThe United States sanctioned Pellow Bank in May and Britain put sanctions on Vessa Trading Ltd, which it said was a front.\n"
	const joinedTargets = "A\nCanada froze the assets of Vessa Trading Ltd and Orvel Bank, which it said had moved arms to the militia.\n"
	const noMeasure = "A\nThe Treasury Department met executives of Lyrn Maritime Ltd, a firm it said had cooperated with the inquiry.\n"
	checkRels(t, RelSaid, []relCase{
		{"whom it describes as", whom, "Office of Foreign Assets Control", "", true},
		{"a reduced relative: brokers it said had", reduced, "United States Department of the Treasury", "", true},
		{"which it said had", which, "Canada", "", true},
		{"for what it called", what, "Council of the European Union", "", true},
		{"they: both imposers", they, "Belgium", "", true},
		{"they: both imposers, the second", they, "Netherlands", "", true},
		// counter-examples
		{"citing what it called: the grounds of a ban", citing, "Tanzania", "", false},
		{"another actor's clause after a subordinator", after, "Canada", "", false},
		{"accused is left to the measure", accused, "United States", "", false},
		{"a clause of its own is not a relative", ownClause, "Canada", "", false},
		{"and another actor's clause", andOther, "United States", "", false},
		{"which (the target) rejected what it called", targetWhat, "United Kingdom", "", false},
		{"another actor governs what it called", otherVerbWhat, "United States", "", false},
		{"two imposers: the nearer one's clause", twoImposers, "United Kingdom", "", true},
		{"two imposers: not the first one", twoImposers, "United States", "", false},
		{"joined targets do not break the clause", joinedTargets, "Canada", "", true},
	})
	// the rule does not invent a measure: with no SANCTIONED in the
	// sentence the relative clause credits no one
	wantRel(t, run(t, noMeasure), RelSaid, "United States Department of the Treasury", "", false)
}
