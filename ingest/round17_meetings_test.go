package ingest

import "testing"

// Round 17: MET recall on unseen news. People are invented.

// A list of people set off by dashes before the verb is its subject:
// each one meets the host. Counter-examples: a parenthesis that
// describes a person before it, names after a preposition, one name
// only, a planned reception.
func TestDashListSubjectRound17(t *testing.T) {
	const list = "A\nThe leaders of the review team — Anna Berg-Holt of the Monetary Fund, Pavel Stern-Ruda of the Commission and Lina Ocho-Varga of the Central Bank — were received by Budget Minister Tomas Keral-Doud after lunch."
	checkRels(t, RelMet, []relCase{
		{"first of the list, received by", list, "Anna Berg-Holt", "Tomas Keral-Doud", true},
		{"last of the list, received by", list, "Lina Ocho-Varga", "Tomas Keral-Doud", true},
		{"titled list, sat down with", "A\nThe three hosts — Korea's deputy trade minister, Kento Arakawa-Mori, India's commerce secretary, Priya Nandan-Rao, and Claire Dubois-Martel, head of the Treasury — sat down with Budget Minister Ruwan Pereira-Dias late on Friday.", "Priya Nandan-Rao", "Ruwan Pereira-Dias", true},
		// counter-examples
		{"a parenthesis describing the subject", "A\nMarek Vold-Hansen — a former aide to Anna Berg-Holt and Pavel Stern-Ruda — met Tomas Keral-Doud on Monday.", "Anna Berg-Holt", "Tomas Keral-Doud", false},
		{"names after a preposition", "A\nThe envoys — sent by Anna Berg-Holt and Pavel Stern-Ruda — were received by Tomas Keral-Doud on Monday.", "Anna Berg-Holt", "Tomas Keral-Doud", false},
		{"a planned reception", "A\nThe heads of the mission — Anna Berg-Holt of the Fund and Pavel Stern-Ruda of the Commission — will be received by Tomas Keral-Doud on Monday.", "Anna Berg-Holt", "Tomas Keral-Doud", false},
	})
}

// A person in apposition to a body's title is the subject of "was
// received by" even with a demonym before the title. Counter-example: a
// thing received, not a visitor.
func TestAppositiveTitledSubjectRound17(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"<body>'s envoy, <demonym> <title> X, was received by", "A\nThe bloc's special envoy for the drought, Chilean Deputy Prime Minister Rafael Ortuno-Blas, was received by President Olek Marun-Tase at a mountain retreat.", "Rafael Ortuno-Blas", "Olek Marun-Tase", true},
		// counter-example
		{"a letter from the envoy", "A\nThe letter from the bloc's special envoy, Chilean Deputy Prime Minister Rafael Ortuno-Blas, was received by President Olek Marun-Tase on Tuesday.", "Rafael Ortuno-Blas", "Olek Marun-Tase", false},
	})
}

// "sat across from X" is a meeting with X, named after a title and a
// comma too. Counter-examples: a seat across from a building, a future
// sitting.
func TestSatAcrossRound17(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"sat across from <state>'s <title>, X", "A\nThe deputy trade minister, Reza Tabari-Nouri, sat across from Qatar's Minister of State for Energy, Saeed Al Mansouri-Kaabi.", "Reza Tabari-Nouri", "Saeed Al Mansouri-Kaabi", true},
		// counter-examples
		{"across from a building", "A\nLeila Haddad-Amri sat across from the Ministry of Finance, waiting for Omar Bensalem-Tazi.", "Leila Haddad-Amri", "Omar Bensalem-Tazi", false},
		{"a sitting still to come", "A\nLeila Haddad-Amri will sit across from Qatar's Minister of State, Omar Bensalem-Tazi, in October.", "Leila Haddad-Amri", "Omar Bensalem-Tazi", false},
	})
}

// "she" after a woman's given name that firstnames.txt lists is hers:
// the visitor "she" was received by the host. Counter-example: "he"
// does not resolve to her.
func TestFemaleGivenNameRound17(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"she was received by", "A\nTrade Minister Yolanda Prado-Vel, for her part, sailed to Callao, where she was received by Trade Minister Ramiro Ortuno-Blas.", "Yolanda Prado-Vel", "Ramiro Ortuno-Blas", true},
		// counter-example
		{"he is not her", "A\nTrade Minister Yolanda Prado-Vel, for her part, sailed to Callao, where he was received by Trade Minister Ramiro Ortuno-Blas.", "Yolanda Prado-Vel", "Ramiro Ortuno-Blas", false},
	})
}

// "held no talks" denies the meeting; "held no fewer than three rounds
// of talks" counts them.
func TestHeldNoTalksRound17(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"held talks", "A\nForeign Minister Anna Berg-Holt and Foreign Minister Pavel Stern-Ruda held talks in Vienna on Monday.", "Anna Berg-Holt", "Pavel Stern-Ruda", true},
		{"held no fewer than three rounds of talks", "A\nForeign Minister Anna Berg-Holt and Foreign Minister Pavel Stern-Ruda have held no fewer than three rounds of talks this year.", "Anna Berg-Holt", "Pavel Stern-Ruda", true},
		// counter-example
		{"held no formal talks", "A\nForeign Minister Anna Berg-Holt and Foreign Minister Pavel Stern-Ruda have held no formal talks since 2021.", "Anna Berg-Holt", "Pavel Stern-Ruda", false},
	})
}
