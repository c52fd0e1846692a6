package ingest

import "testing"

// Round 13: the recall-first meeting frame. Any meeting word opens a
// frame whatever the phrasing; negation, modality, intent and refusal
// close it, and venues, journalists, speakers and appeals are never
// meetings. People are invented; states are general knowledge.

func TestMeetFrameRound13(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"closed-door meeting with", "A\nEstonia's president, Maarja Kõivupuu-Tamm, held a closed-door meeting with her Latvian counterpart, Ilgvars Ozoliņš-Berg, in a castle outside Riga.", "Maarja Kõivupuu-Tamm", "Ilgvars Ozoliņš-Berg", true},
		{"met after an adverb", "A\nThe minister Ottilie Brandvold-Haug arrived on Monday.\nBrandvold-Haug instead met Chile's Interior Minister Rodrigo Alvear-Pinto at the embassy on Tuesday and pledged help.", "Ottilie Brandvold-Haug", "Rodrigo Alvear-Pinto", true},
		{"visited for talks", "A\nPortugal's envoy Duarte Quintela-Mota and Angola's minister Eduardo Kassoma spoke on Monday.\nQuintela-Mota visited Luanda in the autumn for talks with Kassoma and then left.", "Duarte Quintela-Mota", "Eduardo Kassoma", true},
		{"conferred with", "A\nGerman Chancellor Wiebke Sandhorst-Lenz conferred at length with Polish President Tadeusz Wrona-Kalisz in Görlitz on Friday.", "Wiebke Sandhorst-Lenz", "Tadeusz Wrona-Kalisz", true},
		{"a delegation led by", "A\nA Nordic delegation led by Senator Ragnhild Eikeland-Moe met Prime Minister Tomasi Vaikona-Lui in Nuku'alofa on Tuesday.", "Ragnhild Eikeland-Moe", "Tomasi Vaikona-Lui", true},
		// counter-examples
		{"planned", "A\nA planned meeting with Polish President Tadeusz Wrona-Kalisz was announced by Chancellor Wiebke Sandhorst-Lenz.", "Wiebke Sandhorst-Lenz", "Tadeusz Wrona-Kalisz", false},
		{"postponed", "A\nChancellor Wiebke Sandhorst-Lenz's talks with President Tadeusz Wrona-Kalisz were postponed on Friday.", "Wiebke Sandhorst-Lenz", "Tadeusz Wrona-Kalisz", false},
		{"cancelled", "A\nChancellor Wiebke Sandhorst-Lenz cancelled her meeting with President Tadeusz Wrona-Kalisz on Friday.", "Wiebke Sandhorst-Lenz", "Tadeusz Wrona-Kalisz", false},
		{"hoped to meet", "A\nChancellor Wiebke Sandhorst-Lenz said she hoped to meet President Tadeusz Wrona-Kalisz soon.", "Wiebke Sandhorst-Lenz", "Tadeusz Wrona-Kalisz", false},
		{"will hold talks", "A\nChancellor Wiebke Sandhorst-Lenz will hold talks with President Tadeusz Wrona-Kalisz next week.", "Wiebke Sandhorst-Lenz", "Tadeusz Wrona-Kalisz", false},
		{"declined to meet", "A\nChancellor Wiebke Sandhorst-Lenz declined to meet President Tadeusz Wrona-Kalisz in Görlitz.", "Wiebke Sandhorst-Lenz", "Tadeusz Wrona-Kalisz", false},
		{"a venue city", "A\nChancellor Wiebke Sandhorst-Lenz met President Tadeusz Wrona-Kalisz in Görlitz on Friday.", "Wiebke Sandhorst-Lenz", "Görlitz", false},
		{"a venue body", "A\nUS Ambassador Corliss Vandermeer-Hunt met Chief Justice Anwarul Haque-Sobhan at the Supreme Court headquarters on Thursday.", "Anwarul Haque-Sobhan", "Supreme Court", false},
		{"a journalist spoke to", "A\nThe reporter Ilse Marchetti-Vogt spoke to a source in Riga.\nMarchetti-Vogt, a journalist, said Tadeusz Wrona-Kalisz had left.", "Ilse Marchetti-Vogt", "Tadeusz Wrona-Kalisz", false},
		{"called for", "A\nChancellor Wiebke Sandhorst-Lenz called for talks with President Tadeusz Wrona-Kalisz.", "Wiebke Sandhorst-Lenz", "Tadeusz Wrona-Kalisz", false},
		{"called on to", "A\nChancellor Wiebke Sandhorst-Lenz called on President Tadeusz Wrona-Kalisz to release the prisoners.", "Wiebke Sandhorst-Lenz", "Tadeusz Wrona-Kalisz", false},
		{"welcomed a deal", "A\nChancellor Wiebke Sandhorst-Lenz welcomed the deal with Poland on Friday.", "Wiebke Sandhorst-Lenz", "Poland", false},
		{"a second clause", "A\nChancellor Wiebke Sandhorst-Lenz met President Tadeusz Wrona-Kalisz on Friday and later told Edvard Lindahl-Ruud the talks went well.", "Wiebke Sandhorst-Lenz", "Edvard Lindahl-Ruud", false},
		{"objects met apart", "A\nThe envoy Wiebke Sandhorst-Lenz met Tadeusz Wrona-Kalisz in Warsaw on Friday and Edvard Lindahl-Ruud the following day.", "Tadeusz Wrona-Kalisz", "Edvard Lindahl-Ruud", false},
	})
}
