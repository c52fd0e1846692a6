package ingest

import "testing"

// Round 21: a body speaks through an organ named with its possessive
// ("Kestrel Bank's press office told", "the Arbor Union's mediation team
// said", "Veldoria's interim government said") and through the one-word
// short name it is called by after its full name ("Treasury said").
// Bodies, firms and places are invented; the counter-examples keep an
// organ without a possessor, an organ of a person and a short name with
// no body named before from speaking.
func TestOrganSpeakersRound21(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"a firm's press office", "A\nKestrel Bank's press office told reporters the bank \"complies with all obligations\".", "Kestrel Bank", "", true},
		{"a union's mediation team", "A\nThe Arbor Union's negotiators said late on Friday that the strike would go ahead.", "Arbor Union", "", true},
		{"a state's government", "A\nChile's transitional government said on Friday that its withdrawal from the bloc was final.", "Chile", "", true},
		{"Treasury after its full name", "A\nThe U.S. Treasury Department last week sanctioned Orlan Maritime, a tug operator.\nTreasury said the firm had forged its port papers.", "United States Department of the Treasury", "", true},
		{"a government without a possessive, as before", "A\nThe Chilean government said on Friday that its withdrawal from the bloc was final.", "Chile", "", true},
		// counter-examples
		{"an office with no possessor", "A\nThe Kestrel Bank opened a branch in Lisbon.\nA regional office said the branch would hire staff.", "Kestrel Bank", "", false},
		{"a person's team", "A\nMarta Quillon arrived in Lisbon on Monday.\nQuillon's campaign team said the visit was private.", "Marta Quillon", "", false},
		{"Treasury with no treasury named before", "A\nThe Arbor Union met in Lisbon on Monday.\nTreasury said the firm had disguised the origin of its cargoes.", "Arbor Union", "", false},
		{"a government declining to comment", "A\nChile's government would not discuss the leak.", "Chile", "", false},
	})
}
