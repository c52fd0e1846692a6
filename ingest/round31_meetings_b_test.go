package ingest

import "testing"

// Round 31, meetings (second pass). A host who "hosted" or "received" a
// delegation, or met "representatives of" a body, met the leader named
// after "led by", also past a comma just before it; other commas still
// close the group. People and firms are invented.
func TestDelegationLeaderRound31b(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"hosted a delegation led by", "Mayor Corliss Vantongeren hosted a visiting trade delegation from Hokkaido led by Ayumi Tsurugaoka, and the two toured the cannery.", "Corliss Vantongeren", "Ayumi Tsurugaoka", true},
		{"received a delegation, led by its chair", "On Tuesday Senator Corliss Vantongeren received a large delegation of the Orvik Dairy Guild (ODG), led by its chairwoman, Ayumi Tsurugaoka.", "Corliss Vantongeren", "Ayumi Tsurugaoka", true},
		{"met representatives, led by", "Corliss Vantongeren, who on Friday met representatives of the Orvik Dairy Guild, led by Ayumi Tsurugaoka, said prices would hold.", "Corliss Vantongeren", "Ayumi Tsurugaoka", true},
		// counter-examples: another clause after the comma, no leader named
		{"a clause after the comma", "Corliss Vantongeren hosted a delegation from the guild, which joined a march led by Ayumi Tsurugaoka.", "Corliss Vantongeren", "Ayumi Tsurugaoka", false},
		{"hosted a delegation, no leader", "Corliss Vantongeren hosted a delegation from the Orvik Dairy Guild on Monday. Ayumi Tsurugaoka, a rival, stayed away.", "Corliss Vantongeren", "Ayumi Tsurugaoka", false},
	})
}

// "Met both X and Y", "met X and Y" (a bare list of names) and "held
// talks with X and met Y" tell that the subject met each; the ones met did
// not meet each other. A plural noun before the names ("his counterparts,
// X and Y") or one meeting noun ("a video conference with X and Y") keeps
// them together.
func TestMetEachRound31b(t *testing.T) {
	const both = "Envoy Ravindra Olufemi-Sandberg met both Halvard Pettersen-Oyen and the detained Marit Solheim-Krag on Sunday."
	const bare = "The minister, Ravindra Olufemi-Sandberg, toured the port on Friday and met Halvard Pettersen-Oyen and Marit Solheim-Krag, head of the trawler owners' group, at the quay."
	const two = "Ravindra Olufemi-Sandberg spent a day in Oslo; there she held talks with Speaker Halvard Pettersen-Oyen and met opposition leader Marit Solheim-Krag."
	checkRels(t, RelMet, []relCase{
		{"met both: the subject and the first", both, "Ravindra Olufemi-Sandberg", "Halvard Pettersen-Oyen", true},
		{"met both: the subject and the second", both, "Ravindra Olufemi-Sandberg", "Marit Solheim-Krag", true},
		{"met both: not each other", both, "Halvard Pettersen-Oyen", "Marit Solheim-Krag", false},
		{"bare list: the subject and the second", bare, "Ravindra Olufemi-Sandberg", "Marit Solheim-Krag", true},
		{"bare list: not each other", bare, "Halvard Pettersen-Oyen", "Marit Solheim-Krag", false},
		{"talks with one, met the other: the second", two, "Ravindra Olufemi-Sandberg", "Marit Solheim-Krag", true},
		{"talks with one, met the other: not each other", two, "Halvard Pettersen-Oyen", "Marit Solheim-Krag", false},
		// counter-examples: a group noun or one meeting keeps them together
		{"counterparts listed together", "In May, Ravindra Olufemi-Sandberg met his Danish and Swedish counterparts, Halvard Pettersen-Oyen and Marit Solheim-Krag, in Malmo to agree on patrols.", "Halvard Pettersen-Oyen", "Marit Solheim-Krag", true},
		{"one video conference with two", "Olufemi-Sandberg: This morning I held a long video conference with Denmark's fisheries minister, Halvard Pettersen-Oyen, and Sweden's farm minister, Marit Solheim-Krag.", "Halvard Pettersen-Oyen", "Marit Solheim-Krag", true},
	})
}

// A meeting noun in an adjunct tells a meeting held: "after a two-hour
// meeting with X", "in a phone call in March with X, she …", "went
// straight into a meeting with X", "was in Lima in May for talks with
// X". Counter-examples: a plan, a future stay, a stay in no place,
// "in talks with" (an ongoing negotiation).
func TestMeetingAdjunctRound31b(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"into a meeting after a verb of going", art("The Canadian trade envoy, Corwin Halloway-Pike, landed on Monday, then went straight into a ninety-minute meeting with Peru's farm minister, Ysabel Quispe Laredo."), "Corwin Halloway-Pike", "Ysabel Quispe Laredo", true},
		{"after a meeting with a modifier", art("Speaking after a lengthy hour-long meeting with the bank's regional director, Tadeo Arrieta Munoz, at her office, Ysabel Quispe Laredo said the loan was safe."), "Ysabel Quispe Laredo", "Tadeo Arrieta Munoz", true},
		{"a fronted call, then a pronoun", art("Ysabel Quispe Laredo is Peru's farm minister. In a phone call in March with her Chilean counterpart, Tadeo Arrieta Munoz, she asked for the quota to be raised."), "Ysabel Quispe Laredo", "Tadeo Arrieta Munoz", true},
		{"was in a city for talks", art("Tadeo Arrieta Munoz, a deputy trade minister, was in Lima in May for talks with Peru's farm minister, Ysabel Quispe Laredo, on grain tariffs."), "Tadeo Arrieta Munoz", "Ysabel Quispe Laredo", true},
		// counter-examples
		{"a future stay", art("Tadeo Arrieta Munoz, a deputy trade minister, will be in Lima in June for talks with Peru's farm minister, Ysabel Quispe Laredo."), "Tadeo Arrieta Munoz", "Ysabel Quispe Laredo", false},
		{"in a mood, not a place", art("Tadeo Arrieta Munoz, a deputy trade minister, was in no mood for talks with Ysabel Quispe Laredo after the vote."), "Tadeo Arrieta Munoz", "Ysabel Quispe Laredo", false},
		{"at a planned meeting", art("At a planned meeting with Ysabel Quispe Laredo in April, Tadeo Arrieta Munoz is expected to raise the quota."), "Tadeo Arrieta Munoz", "Ysabel Quispe Laredo", false},
		{"in talks with: a negotiation", art("Tadeo Arrieta Munoz said on Monday he was in talks with Ysabel Quispe Laredo about a stake in the mill."), "Tadeo Arrieta Munoz", "Ysabel Quispe Laredo", false},
	})
}
