package ingest

import "testing"

// Round 34 (SAID recall): two shapes of statement the extractor missed in
// three or more dev sets. People and firms are invented; states and
// capitals are real.

// TestGovernmentSpeakerRound34: a bare "the government" opening the
// clause of a speech verb is the one state named before it, or the state
// whose capital follows ("the government in Managua") or opens the
// sentence ("In Asmara the government …"); one modifier may stand before
// "government" ("the interim government").
// Counter-examples: a government in a subordinate clause ("after the
// government declared"), failing without the clause-opening check; a
// government in a place that is not a capital ("the government in
// Port Sudan"), failing without the seat check (the one state named
// before is another one); a government inside a reported clause
// ("farmers believe the government warned"); "the government" with no
// state named before it; and two states named before it ("talks with
// North Korea", "shipments to China", "a delegation from Uganda"),
// failing without the one-state check.
func TestGovernmentSpeakerRound34(t *testing.T) {
	const bare = "Ethiopia reopened two grain depots near the border on Monday. The government says sanctions hurt farmers more than soldiers.\n"
	const andClause = "Peru's envoy Odile Varanne left the talks early, and the government accused Norway of bad faith over the quota.\n"
	const modifier = "Myanmar released forty prisoners on Monday. The interim government later rejected claims that its envoy had flown to Minsk.\n"
	const capital = "Brazil and Chile sent observers. The government in Managua dismissed the observers' report as \"a foreign script\".\n"
	const fronted = "Eritrea closed the port of Assab last year. In Asmara the government quickly welcomed a fresh ban on arms shipments.\n"
	const reported = "Iceland recalled its envoy on Monday. Many farmers believe the government warned Britain twice about the freeze.\n"
	const since = "Georgia hosted the talks in May. Crowds grew after the government declared that it would leave the customs union.\n"
	const noCapital = "Britain blocked the accounts of two gold traders on Monday. The interim government in Port Sudan swiftly welcomed that step.\n"
	const noState = "Corvin Haldane runs a dairy near the border. The government says milk prices will rise again before winter.\n"
	const inverted = "Finland will close two crossings used by Russia's couriers from next week, the government announced on Friday.\n"
	const sameSentence = "Cocoa is Ghana's main export, and the government insists the new levy will not hurt growers.\n"
	// two states named before: the government is more often the one the
	// story is about than the one named last (review rfP)
	const talksWith = "Seoul wants the frozen dialogue restarted soon. Its envoys asked for another round of talks with North Korea. The government said a delegation could travel in April.\n"
	const exportsTo = "Peru doubled its mining royalties this spring. Shipments to China have fallen sharply. The government now insists it will court new buyers.\n"
	const visitFrom = "Kenya's trade minister hosted a delegation from Uganda at the lakeside resort. The government said both sides would cut fees on milk.\n"
	const demonym = "Poland will build a second terminal at its busiest port. German banks offered to lend part of the cost. The government said work would start in March.\n"
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
		{"the state opening the reported clause", art(inverted), "Finland", "", true},
		{"not the state named last in the reported clause", art(inverted), "Russia", "", false},
		{"a state named before in the same sentence", art(sameSentence), "Ghana", "", true},
		{"talks with a second state", art(talksWith), "North Korea", "", false},
		{"talks with a second state: no guess", art(talksWith), "South Korea", "", false},
		{"exports to a second state", art(exportsTo), "China", "", false},
		{"a delegation from a second state", art(visitFrom), "Uganda", "", false},
		{"a demonym names no second state", art(demonym), "Poland", "", true},
	})
}

// TestCalledGapQuoteRound34: "called" right before a quotation whose
// object stands before it ("a move the Foreign Ministry called
// "regrettable"", "language Caracas called "…"", "over what Treasury
// called "…"") is a statement by the named body before the verb.
// Counter-examples: an unnamed official ("what one Israeli aide called
// "…""), failing without the named-speaker check; a ministry named only
// by "that ministry"; a passive "was called "…"" (no speaker before
// the verb); and a reduced passive after a preposition ("sanctions on
// Russia called "…" by …"), failing without the preposition check.
func TestCalledGapQuoteRound34(t *testing.T) {
	const move = "Malaysia closed its airspace to Singaporean jets, a step Japan's Foreign Ministry called \"regrettable and unnecessary\" on Friday.\n"
	const language = "The decree labels the blockade an act of aggression, language Caracas called \"a threat dressed as law\" within hours.\n"
	const what = "Washington froze the accounts of Tarrow Shipbrokers Ltd over what the Treasury called \"a pattern of deceptive transfers\" last year.\n"
	const official = "The Israeli foreign minister flew home after what one Israeli aide called \"two hours of honest talk\" on Monday.\n"
	const generic = "Japan's envoy Oda Renji met his Korean counterpart at South Korea's foreign ministry. They spent the morning on what that ministry called \"ordering\" of steps.\n"
	const passive = "The plan for the Ruritanian border was called \"a bridge too far\" by several columnists in Lyrn.\n"
	const reduced = "Varnell Freight protested at the new sanctions on Russia called \"the harshest so far\" by envoys in Brussels.\n"
	const fiji = "Cyclone damage closed two harbours. Later Fiji called \"for calm and patience\" as aid arrived.\n"
	checkRels(t, RelSaid, []relCase{
		{"a move X called", art(move), "Japanese Foreign Ministry", "", true},
		{"language X called", art(language), "Venezuela", "", true},
		{"what X called", art(what), "Treasury", "", true},
		// counter-examples
		{"an unnamed official", art(official), "Israel", "", false},
		{"a generic ministry", art(generic), "South Korea", "", false},
		{"a call for something", art(fiji), "Fiji", "", true},
		{"passive called", art(passive), "Ruritania", "", false},
		{"a name after a preposition: reduced passive", art(reduced), "Russia", "", false},
	})
}
