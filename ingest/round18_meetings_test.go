package ingest

import "testing"

// Round 18: MET recall on many-party meetings. People are invented.

// A lower-case portfolio between a state's possessive and the role leads
// to the person in apposition, not to the state. Counter-examples: a
// possessive that is no role, a function word before the role.
func TestLowerRemitRound18(t *testing.T) {
	const call = "A\nLater on Monday, Tamsin Oduya-Reeve spoke by telephone with Norway's fisheries minister, Eirik Dalsvik-Holm, about quotas."
	checkRels(t, RelMet, []relCase{
		{"<state>'s <portfolio> minister, X: the person", call, "Tamsin Oduya-Reeve", "Eirik Dalsvik-Holm", true},
		{"<state>'s <portfolio> minister, X: not the state", call, "Tamsin Oduya-Reeve", "Norway", false},
		{"two portfolio words", "A\nTamsin Oduya-Reeve met Norway's water resources minister, Eirik Dalsvik-Holm, in Oslo.", "Tamsin Oduya-Reeve", "Eirik Dalsvik-Holm", true},
	})
	res := run(t, "A\nTamsin Oduya-Reeve said Norway's decision to recall its minister, Eirik Dalsvik-Holm, was hasty.")
	if hasRel(res, RelMet, "Tamsin Oduya-Reeve", "Eirik Dalsvik-Holm") {
		t.Errorf("a decision is no meeting:\n%s", dump(res))
	}
}

// "the three ministers held talks", "the two men met": a group named by
// its number is the last people named, and each met the others; the
// group of a meeting with a host ("all chaired by Z") met the host.
// Counter-examples: a group that plans to meet, a group that did not
// meet, a group whose members were not all named, a possessor that only
// qualifies the person after it ("X's boss, Y"), a group that signed.
func TestGroupMeetingRound18(t *testing.T) {
	const three = "A\nMinister of Water Resources Kefilwe Ranoto, Namibian water minister Hanna Uukule-Brandt and Angola's energy minister, Tomás Cabral Nzinga, signed a water-sharing accord once the three ministers held talks over two days."
	const boss = "A\nIn July, Foreign Minister Lukas Brenneke-Voss invited Oksana Hrytsiv-Lenko and Pavel Drozdin's boss, Foreign Minister Igor Vasnyov-Tal, to a villa.\nThe three ministers talked until breakfast."
	checkRels(t, RelMet, []relCase{
		{"the three ministers held talks: first and third", three, "Kefilwe Ranoto", "Tomás Cabral Nzinga", true},
		{"the three ministers held talks: second and third", three, "Hanna Uukule-Brandt", "Tomás Cabral Nzinga", true},
		{"the three ministers talked, named the sentence before", boss, "Lukas Brenneke-Voss", "Oksana Hrytsiv-Lenko", true},
		{"the boss is one of the three", boss, "Igor Vasnyov-Tal", "Oksana Hrytsiv-Lenko", true},
		{"the two men held sessions of talks", "A\nThe delegation was led by Omar Haddad-Saleh, a deputy minister.\nIts counterpart was headed by Reza Kamali-Nour.\nThe two men held nine rounds of direct talks.", "Omar Haddad-Saleh", "Reza Kamali-Nour", true},
		{"the two men held talks, all chaired by Z", "A\nThe delegation was led by Omar Haddad-Saleh, a deputy minister.\nIts counterpart was headed by Reza Kamali-Nour.\nThe two men held nine rounds of direct negotiations, all chaired by Salim Al-Harbi, the minister of state.", "Reza Kamali-Nour", "Salim Al-Harbi", true},
		// counter-examples
		{"a possessor is no member", boss, "Pavel Drozdin", "Lukas Brenneke-Voss", false},
		{"the three ministers will hold talks", "A\nKefilwe Ranoto, Hanna Uukule-Brandt and Tomás Cabral Nzinga arrived on Sunday, and the three ministers will hold talks on Monday.", "Kefilwe Ranoto", "Hanna Uukule-Brandt", false},
		{"the three ministers are expected to meet", "A\nKefilwe Ranoto, Hanna Uukule-Brandt and Tomás Cabral Nzinga arrived on Sunday.\nThe three ministers should convene and meet after the holiday.", "Kefilwe Ranoto", "Hanna Uukule-Brandt", false},
		{"the three ministers never met", "A\nKefilwe Ranoto, Hanna Uukule-Brandt and Tomás Cabral Nzinga attended the forum.\nThe three ministers never met.", "Kefilwe Ranoto", "Hanna Uukule-Brandt", false},
		{"a group of three with two named", "A\nHanna Uukule-Brandt thanked Tomás Cabral Nzinga.\nThe three ministers held talks over two days.", "Hanna Uukule-Brandt", "Tomás Cabral Nzinga", false},
		{"the three ministers signed", "A\nKefilwe Ranoto, Hanna Uukule-Brandt and Tomás Cabral Nzinga arrived on Sunday.\nThe three ministers signed a memorandum by letter.", "Kefilwe Ranoto", "Hanna Uukule-Brandt", false},
	})
}

// A host's guests who came for one meeting ("received X and Y for talks",
// "for a three-way planning meeting") met each other too, past the
// "of" of their titles; the host met each. Counter-examples: guests
// received separately, on different days, for no meeting, a reception
// still to come, and the one addressed before "the three leaders".
func TestJointGuestsRound18(t *testing.T) {
	const talks = "A\nAt Government House on Sunday, Prime Minister Ratu Seru Vakaloa received the Cook Islands' fisheries minister, Sione Maka-Vaipulu, and Niue's health minister, Leota Fa'asavalu, for talks on a shared hospital ship."
	const titles = "A\nOn 4 November, H.E. Ouk Sambath, Minister of Tourism, received H.E. Nguyen Thi Lan Anh, Deputy Minister of Transport of the Socialist Republic of Viet Nam, and H.E. Khamla Vongsay, Vice Minister of Culture and Sport of the Lao People's Democratic Republic, for a three-way planning meeting in Siem Reap."
	checkRels(t, RelMet, []relCase{
		{"received X and Y for talks: the guests", talks, "Sione Maka-Vaipulu", "Leota Fa'asavalu", true},
		{"received X and Y for talks: the host", talks, "Ratu Seru Vakaloa", "Leota Fa'asavalu", true},
		{"guests with long titles, for a consultation meeting", titles, "Khamla Vongsay", "Nguyen Thi Lan Anh", true},
		{"hosted X and Y for two days of talks", "A\nForeign Minister Aino Kettunen-Saari hosted Marek Halloran-Pike and Arkady Belyanov for a weekend of talks in a hunting lodge.", "Marek Halloran-Pike", "Arkady Belyanov", true},
		// counter-examples
		{"received separately", "A\nPrime Minister Ratu Seru Vakaloa received Sione Maka-Vaipulu and Leota Fa'asavalu separately for talks on the pool.", "Sione Maka-Vaipulu", "Leota Fa'asavalu", false},
		{"received on different days", "A\nPrime Minister Ratu Seru Vakaloa received Sione Maka-Vaipulu on Monday and Leota Fa'asavalu on Tuesday.", "Sione Maka-Vaipulu", "Leota Fa'asavalu", false},
		{"received for no meeting", "A\nPrime Minister Ratu Seru Vakaloa received Sione Maka-Vaipulu and Leota Fa'asavalu, who presented their credentials.", "Sione Maka-Vaipulu", "Leota Fa'asavalu", false},
		{"will receive for talks", "A\nPrime Minister Ratu Seru Vakaloa will receive Sione Maka-Vaipulu and Leota Fa'asavalu for talks on the pool next week.", "Sione Maka-Vaipulu", "Leota Fa'asavalu", false},
		{"the one addressed is no member", "A\nRatu Seru Vakaloa received Sione Maka-Vaipulu and Leota Fa'asavalu.\nReporter: Anna Berg-Holt, the three leaders met in private until sunset.", "Anna Berg-Holt", "Leota Fa'asavalu", false},
	})
}

// A meeting noun reaches its "with" past a short place or time phrase
// ("a meeting on Sunday evening with X", "talks in Freetown with
// Y"), and the envoy's posting "to Y" comes before the holder's name.
// Counter-examples: a meeting called off, a meeting "of" a body, a
// person inside the phrase, a meeting still to come.
func TestMeetingWithAfterPlaceRound18(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"a meeting on Friday morning with", "A\nSudarno Wirakusuma did hold a 25-minute meeting on Sunday evening with Trade Minister Haslina Mohd Yunos in a hotel lobby.", "Sudarno Wirakusuma", "Haslina Mohd Yunos", true},
		{"the Ambassador of the Union to <state>, X", "A\nForeign Minister Fatu Kamara-Sesay last week held talks in Freetown with the Ambassador of the African Union to Liberia, Henrik Aalholm Dyrberg, about rice imports.", "Fatu Kamara-Sesay", "Henrik Aalholm Dyrberg", true},
		{"not the Union", "A\nForeign Minister Fatu Kamara-Sesay last week held talks in Freetown with the Ambassador of the African Union to Liberia, Henrik Aalholm Dyrberg, about rice imports.", "Fatu Kamara-Sesay", "African Union", false},
		// counter-examples
		{"a meeting called off", "A\nSudarno Wirakusuma said a meeting on Sunday evening with Trade Minister Haslina Mohd Yunos was called off.", "Sudarno Wirakusuma", "Haslina Mohd Yunos", false},
		{"a meeting still to come", "A\nSudarno Wirakusuma is to hold a meeting on Sunday evening with Trade Minister Haslina Mohd Yunos.", "Sudarno Wirakusuma", "Haslina Mohd Yunos", false},
		{"a portfolio word read as a name", "Haze talks end\n\nKUALA LUMPUR, May 3 - Sudarno Wirakusuma did hold a 25-minute meeting on Sunday evening with Malaysia's Minister of Housing, Science, Technology and Local Government.", "Sudarno Wirakusuma", "Science", false},
		{"a person inside the phrase", "A\nSudarno Wirakusuma praised the meeting in Arun Chandran's office with business leaders, Haslina Mohd Yunos said.", "Sudarno Wirakusuma", "Arun Chandran", false},
	})
}
