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
	checkRels(t, RelSaid, []relCase{
		{"signed quote, second signer", release, "Tobiah Okonkwo-Lindqvist", "", true},
		{"signed quote, plain name", "A\nThe toll rises to 40 crowns in May.\n\n\u201cWe welcome the decision and will follow it.\u201d\n\u2013 Pell Arkwright, Minister of Trade of Ostria\n", "Pell Arkwright", "", true},
		// counter-examples
		{"a person named inside the signed quote", release, "Brenn Halvorsen", "", false},
		{"the name goes on into a clause", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision.\"\n- Pell Arkwright will visit the locks at Varnel on Tuesday.\n", "Pell Arkwright", "", false},
		{"a dash line under a paragraph that is no quote", "A\nThe toll rises to 40 crowns in May.\n- Pell Arkwright, Minister of Trade, chairs the toll board.\n", "Pell Arkwright", "", false},
		{"a dash line that declines", "A\nThe board's notice read: \"Tolls rise in May.\"\n- Pell Arkwright, asked twice, declined to comment.\n", "Pell Arkwright", "", false},
		{"a dash line that did not respond", "A\nThe board's notice read: \"Tolls rise in May.\"\n- Pell Arkwright, reached by post, did not respond.\n", "Pell Arkwright", "", false},
		{"a sign-off naming no person", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision.\"\n- With files from the Varnel Courier\n", "Varnel Courier", "", false},
		{"a text cut after the honorific", "A\nThe toll rises to 40 crowns in May.\n\"We welcome the decision.\"\n- The Honourable", "Pell Arkwright", "", false},
		{"a bare he under a quote, two men", "A\nPell Arkwright met Brenn Halvorsen at Varnel on Monday.\n\"The tolls will stay.\"\n- He, speaking to skippers\n", "Brenn Halvorsen", "", false},
	})
}
