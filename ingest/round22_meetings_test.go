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
