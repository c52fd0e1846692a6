package ingest

import "testing"

// Round 25: turning down a request, an application or an appeal is a
// decision on it, not a statement, while rejecting claims or charges is
// still one. Names are invented; the counter-examples keep a declined
// comment, a quote about a body and a statement only expected from
// making a speaker.
func TestRejectedRequestRound25(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"a court refuses an application", "A\nThe Marovian High Court on Friday rejected an application by Tessaly Freight to lift the freeze on its barges.", "Marovian High Court", "", false},
		{"a state turns down a request", "A\nNorway rejected the harbour board's second request for talks on quotas, as it has done every spring.", "Norway", "", false},
		{"an appeal refused", "A\nIceland on Monday rejected an appeal from three Kelvarde trawler owners against the port ban.", "Iceland", "", false},
		// statements stay statements
		{"rejected charges are a statement", "A\nNorway rejected the accusations of the Kelvarde trawler owners as baseless.", "Norway", "", true},
		{"a rejected claim with a quote", "A\nIceland rejected the claim as \"a fairy tale told to the fishing press\".", "Iceland", "", true},
		{"rejected claims with a participle", "A\nNorway rejected claims made in an appeal by the harbour board as baseless.", "Norway", "", true},
		{"rejected charges in a petition", "A\nNorway rejected charges in the Kelvarde petition that its fleet had overfished.", "Norway", "", true},
		// a number is no end of the object
		{"a count of applications", "A\nThe Marovian High Court rejected 14 applications for fishing licences last year.", "Marovian High Court", "", false},
	})
}

// Round 25: a state's present-tense verb of claim or charge ("Oslo
// insists the quotas are fair", "Reykjavik accuses Oslo of …", "a charge
// Oslo denies") reports its statement; a bare stance ("stresses
// sovereignty", "welcomes the talks") does not.
func TestStateClaimVerbsRound25(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"a state insists", "A\nOslo insists these quotas follow the scientific advice of last winter.", "Norway", "", true},
		{"a state accuses another", "A\nReykjavik accuses Oslo of overfishing the shared stock in the northern banks.", "Iceland", "", true},
		{"a charge a state denies", "A\nTrawler crews say Norway protects its own fleet, a charge Oslo denies.", "Norway", "", true},
		{"a state denies that", "A\nOslo denies that its trawlers crossed into the shared banks last winter.", "Norway", "", true},
		{"a state rejects an accusation", "A\nOslo rejects the accusation of overfishing made by the Kelvarde trawler owners.", "Norway", "", true},
		{"a state calls them something", "A\nOslo calls the new quotas a fair share for every coastal state.", "Norway", "", true},
		// counter-examples
		{"a bare stance", "A\nOslo, for its part, stresses coastal rights as the quota row drags on into the winter.", "Norway", "", false},
		{"a welcome of a decision", "A\nOslo welcomes the quota decision of the coastal states.", "Norway", "", false},
		{"denying entry", "A\nOslo denies entry to foreign trawlers flying the Kelvarde flag from Monday.", "Norway", "", false},
		{"denying access", "A\nReykjavik denies inspectors access to its northern harbours during the spawning season.", "Iceland", "", false},
		{"rejecting a plan", "A\nOslo rejects the quota plan of the coastal states for the northern banks.", "Norway", "", false},
		{"a quote about a body", "A\n\"Oslo insists on everything and gives nothing,\" the trawler owner Brannoc Ilvesmaa told the Kelvarde Courier.", "Norway", "", false},
	})
}
