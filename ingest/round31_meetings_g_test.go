package ingest

import "testing"

// Round 31, review G of the meeting adjuncts. A meeting noun in an
// adjunct tells a meeting held only when the noun heads the adjunct (no
// preposition or second determiner before it), nothing after the party
// says it was called off or is still to come, "in" follows a comma, a
// form of "be", "sat" or a speech verb, and the adjunct stands in the
// main clause. People are invented.
func TestMeetingAdjunctRound31g(t *testing.T) {
	const a, b = "Brannoc Thelwell-Ruiz", "Ottilie Marchbanks-Oduya"
	const who = "Brannoc Thelwell-Ruiz, the Irish agriculture minister, "
	checkRels(t, RelMet, []relCase{
		// #1: the noun belongs to another phrase
		{"the cancellation of a meeting", art(who + "went back to Dublin after the cancellation of a meeting with Ottilie Marchbanks-Oduya."), a, b, false},
		{"requests for a meeting", art(who + "went back to Dublin after several requests for a meeting with Ottilie Marchbanks-Oduya."), a, b, false},
		{"a foul mood for talks", art(who + "was in a foul temper for talks with Ottilie Marchbanks-Oduya after the ballot."), a, b, false},
		// #2: called off or still to come after the party
		{"a call scheduled later", art(who + "said in a call with Ottilie Marchbanks-Oduya scheduled for Thursday he would press for a cut."), a, b, false},
		{"the meeting was cancelled", art(who + "went back to Dublin after the meeting with Ottilie Marchbanks-Oduya was cancelled."), a, b, false},
		{"in a city for talks next week", art(who + "was in Brussels for talks with Ottilie Marchbanks-Oduya next month on dairy levies."), a, b, false},
		// #3: "in" after a noun or adjective
		{"little interest in a meeting", art(who + "has shown little interest in a meeting with Ottilie Marchbanks-Oduya."), a, b, false},
		{"locked in a round of negotiations", art(who + "is locked in a tense round of negotiations with Ottilie Marchbanks-Oduya over the levy."), a, b, false},
		// #4: the adjunct inside a that- or which-clause
		{"a which-clause: not the main subject", art("Brannoc Thelwell-Ruiz attacked the accord, which Pellam Okonjo-Vist sealed in a meeting with Ottilie Marchbanks-Oduya."), a, b, false},
		{"a that-clause: not the main subject", art("Brannoc Thelwell-Ruiz said on Friday that Pellam Okonjo-Vist had been in a meeting with Ottilie Marchbanks-Oduya when the vote came."), a, b, false},
		// rows that must still hold
		{"said in a call with", art(who + "said in a phone call with Ottilie Marchbanks-Oduya that the levy would fall."), a, b, true},
		{"sat in a meeting with", art(who + "sat in a meeting with Ottilie Marchbanks-Oduya for four hours on Monday."), a, b, true},
		{"a planned meeting is no meeting", art("Brannoc Thelwell-Ruiz raised the levy at a planned meeting with Ottilie Marchbanks-Oduya."), a, b, false},
		// the fronted adjunct's pronoun is none of its own parties
		{"a pronoun is not the adjunct's party", art("Pellam Okonjo-Vist is Ireland's agriculture minister. In a phone call with Pellam Okonjo-Vist and Ottilie Marchbanks-Oduya, he asked for more time."), "Pellam Okonjo-Vist", b, false},
	})
}

// Only "met both X and Y" splits the two met; "held a video conference
// with both X and Y" and "sat down with both X and Y" are one meeting.
// "Led by X and Y" names two leaders met.
func TestMetBothAndCoLeadersRound31g(t *testing.T) {
	const a, b, c = "Brannoc Thelwell-Ruiz", "Ottilie Marchbanks-Oduya", "Pellam Okonjo-Vist"
	checkRels(t, RelMet, []relCase{
		{"one video conference with both", art("Brannoc Thelwell-Ruiz joined a video conference with both Ottilie Marchbanks-Oduya and Pellam Okonjo-Vist on Tuesday."), b, c, true},
		{"sat down with both", art("Brannoc Thelwell-Ruiz sat down with both Ottilie Marchbanks-Oduya and Pellam Okonjo-Vist over lunch on Tuesday."), b, c, true},
		{"met both: split", art("Brannoc Thelwell-Ruiz met both Ottilie Marchbanks-Oduya and Pellam Okonjo-Vist on Tuesday."), b, c, false},
		{"hosted a delegation led by two", art("Mayor Brannoc Thelwell-Ruiz hosted a delegation of the Kilrush Creamery Union led by Ottilie Marchbanks-Oduya and Pellam Okonjo-Vist."), a, c, true},
		{"met representatives led by two", art("Mayor Brannoc Thelwell-Ruiz met representatives of growers led by Ottilie Marchbanks-Oduya and Pellam Okonjo-Vist."), a, c, true},
	})
}
