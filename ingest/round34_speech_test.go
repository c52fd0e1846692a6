package ingest

import "testing"

// Round 34 (SAID recall): two shapes of statement the extractor missed in
// three or more dev sets. People and firms are invented; states and
// capitals are real.

// TestGovernmentSpeakerRound34: a bare "the government" opening the
// clause of a speech verb is the state named last before it, or the state
// whose capital follows ("the government in Managua") or opens the
// sentence ("In Asmara the government …"); one modifier may stand before
// "government" ("the interim government").
// Counter-examples: a government in a subordinate clause ("after the
// government declared"), failing without the clause-opening check; a
// government in a place that is not a capital ("the government in
// Port Sudan"), failing without the seat check (the state named last is
// another one); a government inside a reported clause ("farmers believe
// the government warned"); and "the government" with no state named
// before it.
func TestGovernmentSpeakerRound34(t *testing.T) {
	const bare = "Ethiopia reopened two grain depots near the border on Monday. The government says sanctions hurt farmers more than soldiers.\n"
	const andClause = "Peru's envoy Odile Varanne left the talks early, and the government accused Norway of bad faith over the quota.\n"
	const modifier = "Myanmar released forty prisoners on Monday. The interim government later rejected claims that its envoy had flown to Minsk.\n"
	const capital = "Brazil and Chile sent observers. The government in Managua dismissed the observers' report as \"a foreign script\".\n"
	const fronted = "Eritrea closed the port of Assab last year. In Asmara the government quickly welcomed a fresh ban on arms shipments.\n"
	const reported = "Iceland recalled its envoy from Oslo on Monday. Many farmers believe the government warned Britain twice about the freeze.\n"
	const since = "Georgia hosted the talks in May. Crowds grew after the government declared that it would leave the customs union.\n"
	const noCapital = "Sudan's army has fought for two years. Britain blocked the accounts of two gold traders on Monday. The interim government in Port Sudan swiftly welcomed that step.\n"
	const noState = "Corvin Haldane runs a dairy near the border. The government says milk prices will rise again before winter.\n"
	checkRels(t, RelSaid, []relCase{
		{"bare government: the state named before", art(bare), "Ethiopia", "", true},
		{"government after a comma and conjunction", art(andClause), "Peru", "", true},
		{"one modifier before government", art(modifier), "Myanmar", "", true},
		{"the government in a capital", art(capital), "Nicaragua", "", true},
		{"a capital opening the sentence", art(fronted), "Eritrea", "", true},
		// counter-examples
		{"a government inside a reported clause", art(reported), "Iceland", "", false},
		{"a government in a subordinate clause", art(since), "Georgia", "", false},
		{"not a capital: not the state named last", art(noCapital), "United Kingdom", "", false},
		{"no state named before", art(noState), "Corvin Haldane", "", false},
	})
}

// TestCalledGapQuoteRound34: "called" right before a quotation whose
// object stands before it ("a move the Foreign Ministry called
// "regrettable"", "language Caracas called "…"", "over what Treasury
// called "…"") is a statement by the named body before the verb.
// Counter-examples: an unnamed official ("what one Israeli aide called
// "…""), failing without the named-speaker check; a ministry named only
// by "that ministry"; and a passive "was called "…"" (no speaker before
// the verb).
func TestCalledGapQuoteRound34(t *testing.T) {
	const move = "Malaysia closed its airspace to Singaporean jets, a step Japan's Foreign Ministry called \"regrettable and unnecessary\" on Friday.\n"
	const language = "The decree labels the blockade an act of aggression, language Caracas called \"a threat dressed as law\" within hours.\n"
	const what = "Washington froze the accounts of Tarrow Shipbrokers Ltd over what the Treasury called \"a pattern of deceptive transfers\" last year.\n"
	const official = "The Israeli foreign minister flew home after what one Israeli aide called \"two hours of honest talk\" on Monday.\n"
	const generic = "Japan's envoy Oda Renji met his Korean counterpart at South Korea's foreign ministry. They spent the morning on what that ministry called \"ordering\" of steps.\n"
	const passive = "The plan for the Ruritanian border was called \"a bridge too far\" by several columnists in Lyrn.\n"
	checkRels(t, RelSaid, []relCase{
		{"a move X called", art(move), "Japanese Foreign Ministry", "", true},
		{"language X called", art(language), "Venezuela", "", true},
		{"what X called", art(what), "Treasury", "", true},
		// counter-examples
		{"an unnamed official", art(official), "Israel", "", false},
		{"a generic ministry", art(generic), "South Korea", "", false},
		{"passive called", art(passive), "Ruritania", "", false},
	})
}
