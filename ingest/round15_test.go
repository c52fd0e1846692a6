package ingest

import "testing"

// Round 15: a role possessed by a generic noun ("the firm's director, X",
// "the bloc's foreign policy chief, X") belongs to the body of that kind
// named last. Counter-examples: no such body named before, a role of a
// different person in the same sentence, a body of another kind. People
// and firms are invented.

func TestAffiliationsRound15(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"the firm's director", "A\nThe Treasury blacklisted Blue Current Fishing Group on Monday.\nThe firm's director, Chen Weiming, was also blacklisted.", "Chen Weiming", "Blue Current Fishing Group", true},
		{"the group's founder", "A\nOFAC designated Blue Current Fishing Group together with the group's founder, Rodrigo Quispe Huanca, on Friday.", "Rodrigo Quispe Huanca", "Blue Current Fishing Group", true},
		{"the party's leader", "A\nThe Democratic Renewal Party lost two seats.\nThe party's leader, Mirela Dobrescu-Pop, conceded defeat on Sunday.", "Mirela Dobrescu-Pop", "Democratic Renewal Party", true},
		// counter-examples
		{"no body of that kind named", "A\nThe United States blacklisted two shipping firms on Monday.\nThe firm's director, Chen Weiming, was also blacklisted.", "Chen Weiming", "United States", false},
		{"another kind of body", "A\nThe Democratic Renewal Party lost two seats.\nThe firm's director, Chen Weiming, was also blacklisted.", "Chen Weiming", "Democratic Renewal Party", false},
		{"another person's role", "A\nThe Treasury blacklisted Blue Current Fishing Group on Monday.\nAnalyst Mara Veldhuis-Kort said the firm's director, Chen Weiming, would appeal.", "Mara Veldhuis-Kort", "Blue Current Fishing Group", false},
	})
}

// An unnamed government organ speaks for the state whose seat names it:
// "the government in Tbilisi said", "In Minsk, the foreign ministry said".
// Counter-examples: a capital used as a place with another state's body,
// a reported rumour, a seat that is no capital.
func TestStateSpeakersRound15(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"In <capital>, the foreign ministry said", "A\nIn Minsk, the foreign ministry dismissed the measures as \"a tantrum\" and promised a reply.", "Belarus", "", true},
		{"the government in <capital> said", "A\nThe government in Tbilisi said the bans were unjustified.", "Georgia", "", true},
		{"In <capital>, the ministry warned", "A\nIn Vilnius, the ministry warned that the embargo would hurt both sides.", "Lithuania", "", true},
		// counter-examples
		{"another state's body in a capital", "A\nIn London, the Chinese foreign ministry's office said the talks went well.", "United Kingdom", "", false},
		{"a reported rumour", "A\nIn Minsk, the foreign ministry is said to be preparing a response.", "Belarus", "", false},
		{"a capital as a place of a ministry visit", "A\nIn Minsk, the delegation visited the foreign ministry and said little.", "Belarus", "", false},
	})
}
