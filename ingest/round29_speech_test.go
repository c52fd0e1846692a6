package ingest

import "testing"

// Round 29: press releases print a minister's words as a paragraph in
// quotation marks signed on the line under it by a dash and the name
// ("- The Honourable Jane Roe, Minister of Canals"). No verb of saying
// names the speaker there, only the layout does. Counter-examples: a
// dash line whose name goes on into a clause, a dash line under a
// paragraph that is not a quote, a person named inside the signed quote,
// a sign-off naming no person, a signer who declined to comment or did
// not respond, and a bare "he" under a quote that could stand for either
// of two men.
func TestSignedQuotesRound29(t *testing.T) {
	const release = "A\nToday, the Honourable Mirela Vantongeren, Minister of Canals, announced new tolls on barges from Ostria.\n" +
		"\"Our locks are open to every honest skipper. Those who dodge the tolls will pay twice over.\"\n" +
		"- The Honourable Mirela Vantongeren, Minister of Canals\n" +
		"\"Ostria's skippers deserve clear rules, and we thank Brenn Halvorsen for his patience.\"\n" +
		"- The Honourable Tobiah Okonkwo-Lindqvist, Minister of Rural Affairs\n"
	const twoMen = "A\nPell Arkwright met Brenn Halvorsen at Varnel on Monday.\n\"The tolls will stay.\"\n- He, speaking to skippers\n"
	checkRels(t, RelSaid, []relCase{
		{"signed quote, second signer", release, "Tobiah Okonkwo-Lindqvist", "", true},
		{"signed quote, office and government", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision.\"\n- Jorun Tessaly, Minister of Canals, Government of Ostria\n", "Jorun Tessaly", "", true},
		{"signed quote, plain name", "A\nThe toll rises to 40 crowns in May.\n\n\u201cWe welcome the decision and will follow it.\u201d\n\u2013 Pell Arkwright, Minister of Trade of Ostria\n", "Pell Arkwright", "", true},
		// counter-examples
		{"a person named inside the signed quote", release, "Brenn Halvorsen", "", false},
		{"the name goes on into a clause", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision.\"\n- Pell Arkwright will visit the locks at Varnel on Tuesday\n", "Pell Arkwright", "", false},
		{"a dash line under a paragraph that is no quote", "A\nThe toll rises to 40 crowns in May.\n- Pell Arkwright, Minister of Trade, chairs the toll board\n", "Pell Arkwright", "", false},
		{"a dash line that declines", "A\nThe board's notice read: \"Tolls rise in May.\"\n- Pell Arkwright, asked twice, declined to comment.\n", "Pell Arkwright", "", false},
		{"a dash line that did not respond", "A\nThe board's notice read: \"Tolls rise in May.\"\n- Pell Arkwright, reached by post, did not respond.\n", "Pell Arkwright", "", false},
		{"a sign-off naming no person", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision.\"\n- Varnel Port Authority\n", "Varnel Port Authority", "", false},
		{"a text cut after the honorific", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision.\"\n- The Honourable", "Pell Arkwright", "", false},
		{"a bare he under a quote, two men", twoMen, "Brenn Halvorsen", "", false},
		{"a bare he under a quote, the subject", twoMen, "Pell Arkwright", "", false},
		{"an office alone on the dash line, a name on the next line", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision.\"\n- Foreign Minister\n\nJorun Tessaly will open the new lock on Friday.\n", "Jorun Tessaly", "", false},
		{"the paragraph names its speaker", "A\nBrenn Halvorsen met the skippers at Varnel on Monday.\nHe said: \"We welcome the decision.\"\n- Pell Arkwright, Minister of Trade\n", "Pell Arkwright", "", false},
		{"the speaker named after the quote", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision,\" the board said. \"It is fair.\"\n- Pell Arkwright, Minister of Trade\n", "Pell Arkwright", "", false},
		{"a dash line under a paragraph that is no quote, an office only", "A\nThe toll rises to 40 crowns in May.\n- Pell Arkwright, Minister of Trade\n", "Pell Arkwright", "", false},
		{"a paragraph that opens with a quote and goes on past it", "A\nThe toll rises to 40 crowns in May.\n\"Tolls rise in May\" was the notice's only line.\n- Pell Arkwright, Minister of Trade\n", "Pell Arkwright", "", false},
		{"a title-case link line, no comma after the name", "A\nBrenn Halvorsen met Pell Arkwright at Varnel on Monday.\n\"We welcome the decision.\"\n- Pell Arkwright Visits Varnel\n", "Pell Arkwright", "", false},
		{"an office, then a clause, no full stop", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision.\"\n- Pell Arkwright, Minister of Trade, chairs the toll board\n", "Pell Arkwright", "", false},
	})
}
