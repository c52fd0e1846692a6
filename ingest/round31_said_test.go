package ingest

import "testing"

// Round 31: four shapes of statement the speaker search missed.
//
//   - An inverted attribution whose role runs straight into the name:
//     '"…," said operations manager X', '"…," said Deputy Treasury
//     Secretary X' (a role, the body inside the title, a second role),
//     '"…," said Prof X'. Counter-examples: a verb of motion before the
//     role ("sitting across from Deputy Minister X" gives X no statement)
//     and a role after a preposition.
//   - A body described first and named in an apposition: "Ostria's
//     central bank, Banca Ostriana, said …". Counter-examples: a
//     description that is a clause or a list, and a state in the
//     apposition.
//   - A quote opened by a colon after a manner of speech ("X was
//     blunter: "…"", "Y is blunt. "…"") or a long "put it" frame ("put
//     it to me in Varnel in May: "…""). Counter-examples: "was blunt"
//     with no quote after it, and a message that was blunt.
//   - A paired subject ("Both called the visit …", "which both men
//     described as …", "both ministers emphasized"): the last two people
//     named. Counter-examples: "both sides", "talks with both", and a
//     person-shaped place after "of" that is not one of the pair.
//   - "reaffirmed" / "reaffirms" join the speech verbs: a readout's "X
//     reaffirmed support for …" reports what X said, like "reiterated".
//     Counter-example: the passive ("was reaffirmed by").
func TestSpeakerShapesRound31(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		// inverted attribution through a role
		{"lower-case modifier before the role", "A\nBarge traffic fell in May.\n\"Our barges will sit idle by June,\" said terminal manager Oskar Thorvaldsen-Ree.\n", "Oskar Thorvaldsen-Ree", "", true},
		{"a role, a body and a role", "A\nBarge traffic fell in May.\n\"The locks are prisons with tolls,\" said Deputy Treasury Secretary Mirela Vantongeren.\n", "Mirela Vantongeren", "", true},
		{"a bare Prof", "A\nBarge traffic fell in May.\n\"Tolls are a blunt tool,\" said Prof Brenn Halvorsen, who teaches transport law at Varnel.\n", "Brenn Halvorsen", "", true},
		{"a verb of place before the role is no attribution", "A\nBy noon the envoy was in Varnel, sitting across from Deputy Interior Minister Pell Arkwright.\n", "Pell Arkwright", "", false},
		// a body named in an apposition
		{"a central bank named in apposition", "A\nOstria's central bank, Banca Ostriana, said in a notice on Friday it would freeze the accounts of three traders.\n", "Banca Ostriana", "", true},
		{"an office named with the article", "A\nThe national ombudsman's office, the Varnel Rights Bureau, said in a report that eleven people were hurt.\n", "Varnel Rights Bureau", "", true},
		{"a list before the apposition", "A\nThe mills and the bank, Banca Ostriana, said the tolls would rise.\n", "Banca Ostriana", "", false},
		// colon-opened quotes
		{"was blunter, then a colon", "A\nPell Arkwright, whose party opposes the tolls, was blunter: \"No lock gets built on my watch.\"\n", "Pell Arkwright", "", true},
		{"was blunter at an event, then a colon", "A\nJorun Tessaly, the mayor's chief aide, was blunter at a market fair last Sunday: \"Each season we wait costs a bridge.\"\n", "Jorun Tessaly", "", true},
		{"is blunt, then the next sentence quotes", "A\nTobiah Okonkwo-Lindqvist, who runs a ferry line at Varnel, is blunt. \"We never asked for the lock. Now we fund it.\"\n", "Tobiah Okonkwo-Lindqvist", "", true},
		{"a long put-it frame", "A\nAs Mirela Vantongeren, a professor of law at Varnel, put it over coffee in Ostria in October: \"Every toll makes us poorer.\"\n", "Mirela Vantongeren", "", true},
		{"was blunt with no quote", "A\nPell Arkwright was blunt about the tolls and left early.\n", "Pell Arkwright", "", false},
		{"a message that was blunt", "A\nPell Arkwright sent a letter to the board. The message was blunt: \"Pay now.\"\n", "Pell Arkwright", "", false},
		// paired subjects
		{"both, the first of the pair", "A\nPell Arkwright visited Varnel for talks with his Ostrian counterpart, Jorun Tessaly, their first visit since the flood. Both called the visit \"a fresh start.\"\n", "Pell Arkwright", "", true},
		{"both, the second of the pair", "A\nPell Arkwright visited Varnel for talks with his Ostrian counterpart, Jorun Tessaly, their first visit since the flood. Both called the visit \"a fresh start.\"\n", "Jorun Tessaly", "", true},
		{"both men in a relative clause", "A\nMirela Vantongeren toured the quarry in May and held talks with Brenn Halvorsen which both men described as \"useful\".\n", "Brenn Halvorsen", "", true},
		{"talks with both", "A\nPell Arkwright met Jorun Tessaly in Varnel. Talks with both said little about tolls.\n", "Jorun Tessaly", "", false},
		{"reaffirmed in a readout", "A\nOn the same day, Minister Pell Arkwright reaffirmed Ostria's support for the canal treaty.\n", "Pell Arkwright", "", true},
		{"reaffirmed in the passive", "A\nThe canal treaty was reaffirmed by Pell Arkwright's cabinet on Friday.\n", "Pell Arkwright", "", false},
		{"both sides", "A\nPell Arkwright met Jorun Tessaly in Varnel. Both sides said the tolls would stay.\n", "Jorun Tessaly", "", false},
	})
}
