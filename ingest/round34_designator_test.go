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
	})
	// the rule does not invent a measure: with no SANCTIONED in the
	// sentence the relative clause credits no one
	wantRel(t, run(t, noMeasure), RelSaid, "United States Department of the Treasury", "", false)
}
