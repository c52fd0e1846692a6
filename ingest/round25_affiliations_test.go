package ingest

import "testing"

// "MEP" is a title that implies the European Parliament. The chamber is
// taken only when the article names it, and a member's nationality ("the
// Latvian MEP X") says where the member was elected, so the chamber wins
// over the demonym. A chamber that belongs to one state ("Senator" → the
// United States Senate) does not win over another state's demonym.
func TestMemberOfSupranationalChamberRound25(t *testing.T) {
	const ep = "The European Parliament will vote on the quota rules in June. "
	checkRels(t, RelAffiliatedWith, []relCase{
		{"demonym and title", art(ep + "Danish MEP Karin Holmvik called the draft too timid."), "Karin Holmvik", "European Parliament", true},
		{"article and demonym", art(ep + `"We need real limits," said the Maltese MEP Dorian Vella-Quarn on Friday.`), "Dorian Vella-Quarn", "European Parliament", true},
		{"apposition with a party", art(ep + "Tomas Brezinka, a Czech MEP for the Pirates, wants the vote delayed."), "Tomas Brezinka", "European Parliament", true},
		// counter-examples
		{"demonym is not the employer", art(ep + "Danish MEP Karin Holmvik called the draft too timid."), "Karin Holmvik", "Denmark", false},
		{"chamber never named", art("Danish MEP Karin Holmvik called the fishing draft too timid on Friday."), "Karin Holmvik", "European Parliament", false},
		{"chamber never named, nor the state", art("Danish MEP Karin Holmvik called the fishing draft too timid on Friday."), "Karin Holmvik", "Denmark", false},
		{"a meeting with a member", art(ep + "Lars Ebbeson met Danish MEP Karin Holmvik in Aarhus on Monday."), "Lars Ebbeson", "European Parliament", false},
		{"a state's chamber keeps the demonym", art("The United States Senate passed the bill on Monday. Canadian Senator Raymond Tullis said Ottawa would answer."), "Raymond Tullis", "United States Senate", false},
	})
}

// Round 25 review: members of a chamber above the states speak for
// themselves, not for the state their demonym names.
func TestMembersOfSupranationalChamberSayRound25(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"plural members with a demonym", art("Austrian MEPs said the new quota draft was far too weak for the coastal fleets."), "Austria", "", false},
		// the state itself still speaks
		{"the state speaks", art("Austria said the new quota draft was far too weak for the coastal fleets."), "Austria", "", true},
	})
}
