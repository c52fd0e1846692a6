package ingest

import "testing"

// Round 23: a demonym that only says where one person or body comes from
// ("a retired Moldovan notary", "the bank's Latvian branch", "X, the
// Moldovan wine trader behind …") is no sanction on the state. An unnamed
// group ("two Moldovan notaries", "its Latvian branches") and a demonym
// after a preposition ("a boycott of Latvian cheese") still are. Names
// are invented.
func TestSingleDemonymRound23(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"a single person", "A\nDenmark has imposed sanctions on a retired Moldovan notary it blames for forged land deeds.", "Denmark", "Moldova", false},
		{"a single person before a group", "A\nNorway blacklisted an Armenian broker and two freight firms that moved drone parts.", "Norway", "Armenia", false},
		{"a possessive with a singular head", "A\nFinland this week imposed sanctions of its own on the bank's Latvian branch, Ostvik Credit SIA, in June.", "Finland", "Latvia", false},
		{"an appositive after the named target", "A\nIn March Canada sanctioned Dravec Wine Holdings, the Moldovan state-linked trader behind a vineyard deal, citing its ties to the army.", "Canada", "Moldova", false},
		{"the named target before the appositive", "A\nIn March Canada sanctioned Dravec Wine Holdings, the Moldovan state-linked trader behind a vineyard deal, citing its ties to the army.", "Canada", "Dravec Wine Holdings", true},
		// counter-examples: groups and goods still stand for their state
		{"an unnamed group", "A\nDenmark has now imposed sanctions on four Moldovan notaries it blames for forged land deeds.", "Denmark", "Moldova", true},
		{"a possessive with a plural head", "A\nFinland this week imposed sanctions of its own on the bank's Latvian branches in June.", "Finland", "Latvia", true},
		{"goods after a noun and a preposition", "A\nSlovenia has imposed a quiet embargo on Latvian cheese since May.", "Slovenia", "Latvia", true},
		{"a group inside a network", "A\nNorway also penalized a ring of Armenian parts dealers that it said used the bank.", "Norway", "Armenia", true},
		{"a verb and a noun before an article", "A\nNorway imposed a ban targeting Armenian brandy and wine in May.", "Norway", "Armenia", true},
		{"a plural head before a relative clause", "A\nFinland this week imposed sanctions of its own on the bank's Latvian branches that hold deposits for Ostvik Credit.", "Finland", "Latvia", true},
	})
}

// Round 23: the body or person a sanctions sentence ends by quoting
// ("…, X, the council's envoy, told reporters", "…, the Customs Board
// (ECB) said on Monday") reports the measure and is not its target. A
// target named before the attribution still is. Names are invented.
func TestTrailingSpeakerRound23(t *testing.T) {
	const ecb = "A\nEstonia has frozen funds worth 40 million euros held by the trader Oleg Marsh and his shipping firm, Tallgrass Bunkers, the Customs Board (ECB) said on Monday."
	const speaker = "A\nEstonia has frozen funds worth 40 million euros held by the shipping firm Tallgrass Bunkers, Marta Kalju, the board's director, said on Monday."
	checkRels(t, RelSanctioned, []relCase{
		{"a body with its short form", ecb, "Estonia", "Customs Board", false},
		{"the target before the speaker", ecb, "Estonia", "Tallgrass Bunkers", true},
		{"the person before the speaker", ecb, "Estonia", "Oleg Marsh", true},
		{"a speaker with a comma appositive", speaker, "Estonia", "Marta Kalju", false},
		{"the target before the comma appositive", speaker, "Estonia", "Tallgrass Bunkers", true},
		{"a speaker after a verb's list", "A\nEstonia on Friday sanctioned Tallgrass Bunkers and Oleg Marsh, Marta Kalju, the board's director, told a radio station.", "Estonia", "Marta Kalju", false},
		{"a speaker after a verb's target", "A\nEstonia on Friday sanctioned Tallgrass Bunkers Ltd, Marta Kalju, the board's director, told a radio station.", "Estonia", "Marta Kalju", false},
		// counter-example: a target after a comma that is no speaker
		{"a comma list, no speech verb", "A\nEstonia has frozen funds held by the trader Oleg Marsh, the shipping firm Tallgrass Bunkers and its captain.", "Estonia", "Tallgrass Bunkers", true},
	})
}
