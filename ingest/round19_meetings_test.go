package ingest

import "testing"

// Round 19: MET recall on meetings told other ways. People are invented.

// "sessions" is a meeting noun like "session": "held two long sessions
// with X". Counter-examples: sessions still to come, sessions of a body
// with no one named after "with".
func TestSessionsRound19(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"held two long sessions with X", "A\nMr Varnholt saw the trade minister, Idris Ben Salah-Rouissi, every week, and held three late sessions with Karim Bel Haj-Amor, the head of the port authority.", "Varnholt", "Karim Bel Haj-Amor", true},
		{"X held sessions with Y", "A\nEnvoy Tomasz Wieluński-Brandt held three sessions with Halima Odhiambo-Kerubo in Kisumu.", "Tomasz Wieluński-Brandt", "Halima Odhiambo-Kerubo", true},
		// counter-examples
		{"will hold sessions", "A\nEnvoy Tomasz Wieluński-Brandt will hold three sessions with Halima Odhiambo-Kerubo next week.", "Tomasz Wieluński-Brandt", "Halima Odhiambo-Kerubo", false},
		{"sessions postponed", "A\nThe sessions of Tomasz Wieluński-Brandt with Halima Odhiambo-Kerubo were postponed.", "Tomasz Wieluński-Brandt", "Halima Odhiambo-Kerubo", false},
	})
}

// A second "with" after a named party opens a meeting of its own: "held
// talks with X and with Y" gives X and Y each a meeting with the
// subject, not one with each other. Counter-example (still paired): one
// "with" for a list of people, "with X and Y".
func TestWithAgainRound19(t *testing.T) {
	const again = "A\nBefore noon, Hedda Sørvik-Lind held talks with Vice Minister of Culture Gulnara Abdrakhmanova and with staff of the National Audit Chamber."
	const people = "A\nOn Monday, Hedda Sørvik-Lind held talks with Gulnara Abdrakhmanova and with Timur Seitbekov-Ali."
	const list = "A\nOn Monday, Hedda Sørvik-Lind held talks with Gulnara Abdrakhmanova and Timur Seitbekov-Ali."
	checkRels(t, RelMet, []relCase{
		{"subject meets the first", again, "Hedda Sørvik-Lind", "Gulnara Abdrakhmanova", true},
		{"subject meets the second (frame)", people, "Hedda Sørvik-Lind", "Timur Seitbekov-Ali", true},
		{"one list after one with: the objects met", list, "Gulnara Abdrakhmanova", "Timur Seitbekov-Ali", true},
		// counter-examples
		{"with X and with a body: no pair", again, "Gulnara Abdrakhmanova", "National Audit Chamber", false},
		{"with X and with Y: no pair", people, "Gulnara Abdrakhmanova", "Timur Seitbekov-Ali", false},
	})
}

// "joined X for <meeting noun>": the ones who joined met X, and a group
// subject ("the two ministers") met each other as well. Counter-examples:
// "joined X in calling for talks", "joined X for the ceremony", "was
// joined by X for talks" (left to other rules, not this frame), "joined
// the government for talks", a planned joining.
func TestJoinedForRound19(t *testing.T) {
	const group = "A\nForeign Minister Oh Jae-seong urged his counterpart, Haruki Nishizono, to lift the curbs.\nNishizono insisted at a briefing afterwards that the curbs were legal.\nThat evening the two ministers joined Secretary of State Brandon Pellworth for a three-way dinner."
	checkRels(t, RelMet, []relCase{
		{"the two ministers joined X for a session: first and X", group, "Oh Jae-seong", "Brandon Pellworth", true},
		{"the two ministers joined X for a session: second and X", group, "Haruki Nishizono", "Brandon Pellworth", true},
		{"the two ministers met each other", group, "Oh Jae-seong", "Haruki Nishizono", true},
		{"X joined Y for talks", "A\nMarta Lindqvist-Hale joined Prime Minister Tobias Grellner for talks on Monday.", "Marta Lindqvist-Hale", "Tobias Grellner", true},
		// counter-examples
		{"joined X in calling for talks", "A\nMarta Lindqvist-Hale joined Tobias Grellner in calling for talks with the rebels.", "Marta Lindqvist-Hale", "Tobias Grellner", false},
		{"joined X for the ceremony", "A\nMarta Lindqvist-Hale joined Tobias Grellner for the ceremony.", "Marta Lindqvist-Hale", "Tobias Grellner", false},
		{"joined X in the talks' aftermath, no for", "A\nMarta Lindqvist-Hale joined Tobias Grellner at the airport.", "Marta Lindqvist-Hale", "Tobias Grellner", false},
		{"will join X for talks", "A\nMarta Lindqvist-Hale will join Tobias Grellner for talks on Monday.", "Marta Lindqvist-Hale", "Tobias Grellner", false},
		{"was to have joined X for talks, postponed", "A\nMarta Lindqvist-Hale joined Tobias Grellner for talks that were later postponed.", "Marta Lindqvist-Hale", "Tobias Grellner", false},
	})
}

// "between" after a meeting noun and a short place or time phrase: "two
// days of talks in Lima between X and Y", "a telephone call in
// January between X and Y". Counter-examples: a planned call, a summit,
// a noun two clauses back, a noun whose next word opens no place or
// time phrase ("talks collapsed over the rift between X and Y").
func TestBetweenAfterPlaceRound19(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"talks in <city> between X, role, and role, Y", "A\nThe tariff formula was settled over three days of talks in Lima between Lívia Sampaio Torquato, Brazil's deputy trade secretary, and Argentina's farm secretary, Ezequiel Barranco-Ruiz.", "Lívia Sampaio Torquato", "Ezequiel Barranco-Ruiz", true},
		{"a call in January between X and Y", "A\nThe visit came about after a telephone call in March between Secretary of State Harlan Weatherby-Cole and Foreign Minister Anatoly Prudnikov.", "Harlan Weatherby-Cole", "Anatoly Prudnikov", true},
		// counter-examples
		{"a proposed call in January between X and Y", "A\nDiplomats proposed a telephone call in March between Harlan Weatherby-Cole and Anatoly Prudnikov.", "Harlan Weatherby-Cole", "Anatoly Prudnikov", false},
		{"a summit in Lima between X and Y", "A\nThe summit in Lima between Harlan Weatherby-Cole and Anatoly Prudnikov drew crowds.", "Harlan Weatherby-Cole", "Anatoly Prudnikov", false},
		{"talks, then a gap between X and Y", "A\nThe talks ended, and the gap between Harlan Weatherby-Cole and Anatoly Prudnikov grew.", "Harlan Weatherby-Cole", "Anatoly Prudnikov", false},
		{"talks collapsed over the rift between X and Y", "A\nTalks collapsed over the rift between Harlan Weatherby-Cole and Anatoly Prudnikov.", "Harlan Weatherby-Cole", "Anatoly Prudnikov", false},
	})
}
