package ingest

import "testing"

// Round 21: MET across sets. People, places and bodies are invented.

// "X met A and B" / "X held talks with A and B": the subject met each
// object; the objects met each other only when the meeting is called one
// of several sides ("trilateral consultations", "a three-way meeting",
// "together"). Counter-examples: objects of a plain meeting, a state and
// a person as objects, objects met in the same week.
func TestObjectsOfMeetingRound21(t *testing.T) {
	const roles = "A\nPresident Ousmane Kabrelli-Diallo held talks with Tamberia's defence minister, Col. Moussa Garango-Tiendre, and Karinthe's minister of state, Capt. Aïcha Bonkoungou-Sare, at the presidential palace."
	const trilateral = "A\nDeputy Justice Minister Arman Tulegenov-Sarsen held trilateral consultations in Aktau with First Deputy Minister of Justice of the Republic of Uzbekistan Dilbar Rakhimova-Ines and Deputy Minister of Justice of the Republic of Azerbaijan Farid Guliyev-Aran."
	const threeWay = "A\nEnvoy Lorne Haskettson chaired a three-way meeting with Mirela Dabrovska-Kunc and Edis Korhani-Bala in Skopje."
	const met = "A\nRanjit Velamuri, a retired admiral, wrapped up a week-long tour in which he also met Vice President Idrees Moosafulhu and the Speaker of the Majlis, Ahmed Nashidh Rasgefaanu."
	const state = "A\nDeputy Prime Minister Lorne Haskettson later met the Director General of Norwexport, Sigrun Aalvik-Holm, and a group of Norwegian salmon farmers."
	checkRels(t, RelMet, []relCase{
		{"subject meets first object", roles, "Ousmane Kabrelli-Diallo", "Moussa Garango-Tiendre", true},
		{"subject meets second object", roles, "Ousmane Kabrelli-Diallo", "Aïcha Bonkoungou-Sare", true},
		{"trilateral: the objects met", trilateral, "Dilbar Rakhimova-Ines", "Farid Guliyev-Aran", true},
		{"trilateral: subject and object", trilateral, "Arman Tulegenov-Sarsen", "Farid Guliyev-Aran", true},
		{"three-way: the objects met", threeWay, "Mirela Dabrovska-Kunc", "Edis Korhani-Bala", true},
		{"met A and B: subject and second", met, "Ranjit Velamuri", "Ahmed Nashidh Rasgefaanu", true},
		// counter-examples
		{"talks with A and B: no pair", roles, "Moussa Garango-Tiendre", "Aïcha Bonkoungou-Sare", false},
		{"met A and B during a visit: no pair", met, "Idrees Moosafulhu", "Ahmed Nashidh Rasgefaanu", false},
		{"met X and representatives of a state's firms: subject and X", state, "Lorne Haskettson", "Sigrun Aalvik-Holm", true},
		{"met X and representatives of a state's firms: X and the state", state, "Norway", "Sigrun Aalvik-Holm", false},
	})
}
