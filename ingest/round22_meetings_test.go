package ingest

import "testing"

// Round 22: MET recall across sets. People, places and bodies are invented.

// "X, APPOSITIVE, and Y met": the first subject is found back over its
// qualifier (a title appositive, a relative clause, "of STATE") or is
// "he"/"she" opening the sentence. Counter-examples: the state of "X of
// S", a place before the comma, a person inside a prepositional phrase,
// a planned meeting.
func TestQualifiedSubjectsRound22(t *testing.T) {
	const apposTalks = "A\nLorne Haskettson, the U.S. special envoy for arms control, and Deputy Foreign Minister Pavel Ostrovarin held more than ten hours of talks in Geneva on Monday."
	const ofState = "A\nIlse Tormundsen of Denmark and Kofi Aboagye-Mensah of Ghana held 35 minutes of talks in Lisbon on Friday."
	const relative = "A\nFinance Minister Tomasz Wierzbanek, who led the delegation from Warsaw, and Oren Galtsevich, chairman of the Bureau of Trade Cooperation, met for nearly five hours at the guest house."
	const pronoun = "A\nTrade Commissioner Helga Marnstad-Quiroz said the islands had left Brussels no choice.\n\nShe and the Icelandic fisheries minister, Sturla Benediktsson-Holm, met in Brussels in July in a last attempt to settle the quota."
	const notPerson = "A\nIn Geneva, the envoy for arms control and Deputy Foreign Minister Pavel Ostrovarin held talks on Monday."
	const prep = "A\nThe report by Lorne Haskettson, the envoy for arms control, and Pavel Ostrovarin held talks on Monday."
	const planned = "A\nIlse Tormundsen of Denmark and Kofi Aboagye-Mensah of Ghana are due to hold talks in Lisbon next week."
	checkRels(t, RelMet, []relCase{
		{"title appositive before and", apposTalks, "Lorne Haskettson", "Pavel Ostrovarin", true},
		{"X of S and Y of T", ofState, "Ilse Tormundsen", "Kofi Aboagye-Mensah", true},
		{"relative clause before and", relative, "Tomasz Wierzbanek", "Oren Galtsevich", true},
		{"she and the minister, Y", pronoun, "Helga Marnstad-Quiroz", "Sturla Benediktsson-Holm", true},
		// counter-examples
		{"of S: the state meets no one", ofState, "Denmark", "Kofi Aboagye-Mensah", false},
		{"a place before the comma", notPerson, "Geneva", "Pavel Ostrovarin", false},
		{"a person after a preposition", prep, "Lorne Haskettson", "Pavel Ostrovarin", false},
		{"talks still due", planned, "Ilse Tormundsen", "Kofi Aboagye-Mensah", false},
	})
}

// A delegation's leader stands for it: "X led a delegation of traders to
// meet Y", "the observer delegation, led by X, sat down with Y", "talks
// between an IMF mission led by X and President Y". Counter-examples: a
// delegation still to be led, a purpose that failed (cancelled, declined),
// "hoping to meet", "was due to meet", a planned session between.
func TestDelegationLeaderRound22(t *testing.T) {
	const ledTo = "A\nOn Monday, Tomas Ruellan led a delegation of 20 traders to meet the regional commissioner for trade, Amaka Ozoemenu, at the secretariat."
	const comma = "A\nThe Danish observer delegation, led by Senator Anna Kjeldsgaard, sat down with Maria Olvera-Paz at the commission headquarters this afternoon."
	const between = "A\nThe deal followed nine days of talks between an IMF mission led by Anke Vortmann-Ruiz and President Ravi Senanayaka-Dias, who took office in July."
	const will = "A\nJonas Abergsson will lead a delegation to meet Carla Ventimiglia-Rossi next week."
	const hoping = "A\nLena Sorvikken led a delegation to Rome last month hoping to meet Dario Ferrucci-Lamb."
	const declined = "A\nLena Sorvikken led a delegation to meet Dario Ferrucci-Lamb, who declined to see her."
	const cancelled = "A\nViktor Haldanek led a trade delegation to meet Sofia Brancovic, but the meeting was cancelled at the last minute."
	const due = "A\nThe observer delegation, led by Senator Anna Kjeldsgaard, was due to meet Maria Olvera-Paz on Friday."
	const planned = "A\nA planned session between an IMF mission led by Anke Vortmann-Ruiz and President Ravi Senanayaka-Dias was postponed."
	checkRels(t, RelMet, []relCase{
		{"led a delegation to meet", ledTo, "Tomas Ruellan", "Amaka Ozoemenu", true},
		{"delegation, led by X, sat down with", comma, "Anna Kjeldsgaard", "Maria Olvera-Paz", true},
		{"talks between a mission led by X and Y", between, "Anke Vortmann-Ruiz", "Ravi Senanayaka-Dias", true},
		// counter-examples
		{"will lead a delegation to meet", will, "Jonas Abergsson", "Carla Ventimiglia-Rossi", false},
		{"hoping to meet", hoping, "Lena Sorvikken", "Dario Ferrucci-Lamb", false},
		{"declined to meet them", declined, "Lena Sorvikken", "Dario Ferrucci-Lamb", false},
		{"meeting cancelled", cancelled, "Viktor Haldanek", "Sofia Brancovic", false},
		{"delegation due to meet", due, "Anna Kjeldsgaard", "Maria Olvera-Paz", false},
		{"planned session between", planned, "Anke Vortmann-Ruiz", "Ravi Senanayaka-Dias", false},
	})
}
