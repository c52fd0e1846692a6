package ingest

import (
	"strings"
	"testing"
)

// Round 31: four shapes of statement the speaker search missed.
//
//   - An inverted attribution whose role runs straight into the name:
//     '"…," said operations manager X', '"…," said Deputy Treasury
//     Secretary X' (a role, the body inside the title, a second role),
//     '"…," said Prof X'. Counter-examples: a verb of motion before the
//     role ("sitting across from Deputy Minister X" gives X no statement)
//     and a role after a preposition ("said someone close to Deputy
//     Minister X"); both stop at the preposition.
//   - A body described first and named in an apposition: "Ostria's
//     central bank, Banca Ostriana, said …". Counter-examples: a
//     description that is a clause or a list, and a state in the
//     apposition.
//   - A quote opened by a colon after a manner of speech ("X was
//     blunter: "…"", "Y is blunt. "…"") or a long "put it" frame ("put
//     it to me in Varnel in May: "…""). Counter-examples: "was blunt"
//     with no quote after it, a message that was blunt, a quote the next
//     sentence credits to someone else, and a literal "put it on sale /
//     on the market" before someone else's quote or a parenthesis.
//   - A paired subject ("Both called the visit …", "which both men
//     described as …", "both ministers emphasized"): the last two people
//     named. Counter-examples: "both sides", "talks with both", a
//     person named after "of" ("the widow of Z") who is not one of the
//     pair, two states or two people's bodies as the nearer pair; a lone
//     state named as an object does not hide the pair.
//   - "reaffirmed" / "reaffirms" join the speech verbs when what is
//     reaffirmed is a stance: a readout's "X reaffirmed support for …"
//     or "reaffirmed that …" reports what X said, like "reiterated".
//     Counter-examples: the passive ("was reaffirmed by"), sanctions
//     reaffirmed in a vote, a court's ruling.
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
		// review B counter-rows (each failed before its guard)
		{"a role after a preposition", "A\nBarge traffic fell in May.\n\"The tolls must go,\" said someone close to Deputy Interior Minister Pell Arkwright.\n", "Pell Arkwright", "", false},
		{"a state in the apposition", "A\nOstria's central bank, Ghana, said on Friday the tolls would rise.\n", "Ghana", "", false},
		{"a person after of is not of the pair", "A\nPell Arkwright met Jorun Tessaly, the widow of Kelby Marten, in Varnel. Both said the tolls were too high.\n", "Pell Arkwright", "", true},
		{"both after two states", "A\nPell Arkwright announced that Ghana and Peru had signed the water accord, which Jorun Tessaly drafted. Both said the deal was fair to farmers.\n", "Jorun Tessaly", "", false},
		{"both after two people's bodies", "A\nPell Arkwright's Labour Party and Jorun Tessaly's farmers' union clashed over the tolls. Both said the vote had been rigged.\n", "Pell Arkwright", "", false},
		{"a lone state as object", "A\nPell Arkwright met Jorun Tessaly on Monday and urged Peru to drop the tolls. Both said the visit went well.\n", "Jorun Tessaly", "", true},
		{"is blunt, then someone else's quote", "A\nPell Arkwright, the board's chairman, is blunt. \"He never listens to anyone,\" said Jorun Tessaly, his deputy.\n", "Pell Arkwright", "", false},
		{"put it on sale before another's quote", "A\nPell Arkwright bought the old mill in 2019.\nPell Arkwright put it on sale after Jorun Tessaly called it \"a wreck\" in a newspaper column.\n", "Pell Arkwright", "", false},
		{"put it on sale before another's colon", "A\nPell Arkwright bought the old mill in 2019.\nPell Arkwright put it on sale after Jorun Tessaly hung a sign: \"Sold as seen.\"\n", "Pell Arkwright", "", false},
		{"both after two people's unnamed bodies", "A\nPell Arkwright's party and Jorun Tessaly's union clashed over the tolls. Both said the vote had been rigged.\n", "Pell Arkwright", "", false},
		{"put it on the market before a parenthesis", "A\nPell Arkwright bought the old mill in 2009.\nPell Arkwright put it on the market again in the spring of 2021 (the year the last loom stopped).\n", "Pell Arkwright", "", false},
		{"sanctions reaffirmed in a vote", "A\nThe Senate reaffirmed the sanctions in a 98-2 vote on Thursday.\n", "United States Senate", "", false},
		{"a ruling reaffirmed", "A\nThe Varnel High Court reaffirmed its 2019 ruling against the mill.\n", "Varnel High Court", "", false},
		{"reaffirmed that", "A\nMirela Vantongeren reaffirmed that the tolls would stay.\n", "Mirela Vantongeren", "", true},
	})
}

// TestBluntNextQuoteRound31: the statement of "Y is blunt. "…"" carries
// the words of the next sentence's quote.
func TestBluntNextQuoteRound31(t *testing.T) {
	res := run(t, "A\nTobiah Okonkwo-Lindqvist, who runs a ferry line at Varnel, is blunt. \"We never asked for the lock. Now we fund it.\"\n")
	e := entityByName(res, "Tobiah Okonkwo-Lindqvist")
	if e == nil {
		t.Fatalf("no speaker\n%s", dump(res))
	}
	for _, r := range res.Relations {
		if r.Type == RelSaid && r.Source == e.ID {
			if !strings.Contains(r.Quote, "We never asked for the lock") {
				t.Errorf("quote = %q, want the next sentence's words", r.Quote)
			}
			return
		}
	}
	t.Errorf("no SAID for the speaker\n%s", dump(res))
}
