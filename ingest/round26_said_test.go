package ingest

import "testing"

// Round 26: a person named before a role of a body ("X, a spokeswoman for
// Y, which …, said", "X, managing director of Oslo-based Y, said") is the
// speaker; the body the role belongs to is not. Names are invented; the
// counter-examples keep a body speaking in its own name, a declined
// comment and a statement only expected.
func TestPersonBeforeRoleOfBodyRound26(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"spokeswoman for a body with a relative clause", "A\nMirela Kostadinova, a spokeswoman for the Varnel Grain Board, which sets export quotas twice a year, said the limits would hold until June.", "Mirela Kostadinova", "", true},
		{"the body behind the spokeswoman stays silent", "A\nMirela Kostadinova, a spokeswoman for the Varnel Grain Board, which sets export quotas twice a year, said the limits would hold until June.", "Varnel Grain Board", "", false},
		{"place-based firm with a relative clause", "A\nOskar Thenvald, managing director of Bergen-based Halvik Reefer Lines, which charters six cold-storage ships, said three of them would idle through the autumn.", "Oskar Thenvald", "", true},
		{"the place-based firm stays silent", "A\nOskar Thenvald, managing director of Bergen-based Halvik Reefer Lines, which charters six cold-storage ships, said three of them would idle through the autumn.", "Halvik Reefer Lines", "", false},
		{"chief executive of a firm described after it", "A\nDelphine Arkwright, the chief executive of Cobbleton Looms Ltd, a Leeds textile maker that buys wool from Patagonia, warned that orders might shrink by a fifth.", "Delphine Arkwright", "", true},
		{"the described firm stays silent", "A\nDelphine Arkwright, the chief executive of Cobbleton Looms Ltd, a Leeds textile maker that buys wool from Patagonia, warned that orders might shrink by a fifth.", "Cobbleton Looms Ltd", "", false},
		// counter-examples: the body itself speaks, or nobody does
		{"a body speaking for itself", "A\nThe Varnel Grain Board, which sets export quotas twice a year, said the limits would hold until June.", "Varnel Grain Board", "", true},
		{"a declined comment", "A\nMirela Kostadinova, a spokeswoman for the Varnel Grain Board, which sets export quotas twice a year, declined to comment until the board meets again.", "Mirela Kostadinova", "", false},
		{"a statement only expected", "A\nOskar Thenvald, managing director of Bergen-based Halvik Reefer Lines, is expected to say on Friday how many ships will idle.", "Oskar Thenvald", "", false},
	})
}

// Round 26: "called it" before an opening quotation mark gives a verdict
// in words ('called it "a betrayal"'); the idioms "called it a day" and
// "called it quits", and a quote about someone, make no speaker.
func TestCalledItQuoteRound26(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"called it with a quote", "A\nTrade minister Arvid Sunnqvist called it \"a reckless gamble with dockworkers' jobs\".", "Arvid Sunnqvist", "", true},
		{"has called it with curly quotes", "A\nPetra Valkonen, his Kelvarde counterpart, has called it \u201ca tariff dressed up as hygiene\u201d.", "Petra Valkonen", "", true},
		// counter-examples
		{"a naming in quotes", "A\nPetra Valkonen called it \"Project Harrow\" when the plan first reached the ministry.", "Petra Valkonen", "", false},
		{"a naming in single quotes", "A\nPetra Valkonen called it 'Harrow' in an early draft of the plan.", "Petra Valkonen", "", false},
		{"called it a day", "A\nThe mediator Arvid Sunnqvist called it a day after nine hours at the table.", "Arvid Sunnqvist", "", false},
		{"called it quits", "A\nPetra Valkonen called it quits with the freight union last spring.", "Petra Valkonen", "", false},
		{"declined to call it anything", "A\nArvid Sunnqvist declined to comment when asked whether he had called it \"a gamble\".", "Arvid Sunnqvist", "", false},
		{"a quote about a person", "A\nArvid Sunnqvist arrived late at the harbour. \"Sunnqvist called it right for once,\" a dockworker there told the Kelvarde Courier.", "Arvid Sunnqvist", "", false},
	})
}
