package ingest

import "testing"

// Round 28: non-statements. Declining to comment, not answering, not
// being reached are no statement, whoever the subject is (a person, a
// body, a pronoun, a role noun), and a ", saying …" that gives the
// grounds of the refusal is none either. Counter-examples: a real quote
// by someone else in the same sentence, a statement in the next sentence
// by the one who declined, and a statement before the refusal in the
// same sentence still count. "declared" with a direct object is a deed
// (goods at customs, independence); "declared that" stays a statement.
func TestNonStatementsRound28(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"declined to comment, saying", "A\nA spokeswoman for the Varnel Grain Board, Helga Marrow, declined all comment about the fines, saying only the shippers could explain them.", "Helga Marrow", "", false},
		{"a body declined, saying", "A\nThe Varnel Grain Board declined all comment about the fines, saying the courts must rule first.", "Varnel Grain Board", "", false},
		{"a pronoun declined, saying", "A\nTomas Reinholt runs the mill at Kessby. He refused to say how many jobs would go, noting that talks with the union were continuing.", "Tomas Reinholt", "", false},
		{"a role noun declined, saying", "A\nThe Varnel Grain Board fined four barge firms. Its chairman declined to comment, saying the board would publish its reasons in May.", "Varnel Grain Board", "", false},
		{"did not respond", "A\nThe Varnel Grain Board did not respond when this paper wrote to it on Tuesday.", "Varnel Grain Board", "", false},
		{"did not return calls", "A\nOrrin Barge Lines did not return three calls from the Kessby Courier on Thursday.", "Orrin Barge Lines", "", false},
		{"unreachable by telephone", "A\nTomas Reinholt could not be reached by telephone last night.", "Tomas Reinholt", "", false},
		{"not available for comment", "A\nThe ministry's spokeswoman, Helga Marrow, was not available for comment.", "Helga Marrow", "", false},
		{"did not answer questions", "A\nHelga Marrow did not answer questions about the barge contracts.", "Helga Marrow", "", false},
		{"has not commented", "A\nTomas Reinholt has not commented on the fine since June.", "Tomas Reinholt", "", false},
		{"two men, an ambiguous he declines", "A\nKarl Ostberg met Erik Sandlund at Kessby on Monday. He declined to comment afterwards, saying the talks were private.", "Erik Sandlund", "", false},
		{"two men, an ambiguous he declines (the other)", "A\nKarl Ostberg met Erik Sandlund at Kessby on Monday. He declined to comment afterwards, saying the talks were private.", "Karl Ostberg", "", false},
		{"goods declared at customs", "A\nCustoms barred Orrin Barge Lines for a year. Helga Marrow, head of the Kessby post, told reporters the company had declared barley worth 2 million krona, far below its price.", "Orrin Barge Lines", "", false},
		{"declared independence", "A\nEritrea, which declared independence in 1993, has few friends in the region.", "Eritrea", "", false},
		// counter-examples: statements around a refusal
		{"a quote by someone else beside a refusal", "A\n\"We are watching the berths closely,\" said Piet Vandeweg, while the Varnel Grain Board declined to comment.", "Piet Vandeweg", "", true},
		{"the refusing body beside that quote", "A\n\"We are watching the berths closely,\" said Piet Vandeweg, while the Varnel Grain Board declined to comment.", "Varnel Grain Board", "", false},
		{"declined, then spoke the next sentence", "A\nTomas Reinholt declined to comment on Monday. On Tuesday he told the Kessby Courier that the mill had lost money for years.", "Tomas Reinholt", "", true},
		{"said, then would not say", "A\nHelga Marrow said the board was reviewing the fines and refused to name the firms it might ban.", "Helga Marrow", "", true},
		{"declared that", "A\nTomas Reinholt declared that the strike was over.", "Tomas Reinholt", "", true},
		{"declared after a quote", "A\n\"The strike is over,\" Tomas Reinholt declared.", "Tomas Reinholt", "", true},
	})
}

// Round 28: a statement put out in writing ("issued a statement backing
// …", "read out a communiqué", "adopted a resolution urging …") is a
// statement by its subject. Counter-examples: a resolution adopted with
// no words of its own, a negated or only expected statement, a statement
// by nobody, and a verb with another object.
func TestWrittenStatementsRound28(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"issued a statement backing", "A\nThe Harbour Council for Fisheries issued a statement on Monday backing the quota cut.", "Harbour Council for Fisheries", "", true},
		{"issued a statement saying", "A\nThe Varnel Grain Board issued a terse statement on Friday saying \"no barge will be exempt\".", "Varnel Grain Board", "", true},
		{"put out a short statement", "A\nThe Varnel Grain Board put out a short statement welcoming the ruling.", "Varnel Grain Board", "", true},
		{"a person read a statement", "A\nThe junta's spokesman, Colonel Tomas Reinholt, read a statement over the national radio welcoming the truce.", "Tomas Reinholt", "", true},
		{"adopted a resolution urging", "A\nIn March the Nordic Assembly adopted a resolution urging members to ban the trawlers.", "Nordic Assembly", "", true},
		// counter-examples
		{"adopted the resolution, a deed", "A\nThe Nordic Assembly adopted the resolution after a long debate on Tuesday.", "Nordic Assembly", "", false},
		{"has not issued a statement", "A\nThe Varnel Grain Board has not issued a statement on the fines.", "Varnel Grain Board", "", false},
		{"issued no statement", "A\nThe Varnel Grain Board issued no statement on the fines.", "Varnel Grain Board", "", false},
		{"expected to issue a statement", "A\nThe Varnel Grain Board is expected to issue a statement on Friday.", "Varnel Grain Board", "", false},
		{"nobody from the body", "A\nNobody from the Varnel Grain Board released a statement after the ruling.", "Varnel Grain Board", "", false},
		{"issued rules", "A\nThe Varnel Grain Board issued new rules for barge owners on Monday.", "Varnel Grain Board", "", false},
	})
}

// Round 28: "the agency quoted X as saying …" and "X was quoted as
// saying …": X speaks. Counter-examples: a quoted report names its
// author as no speaker, the pronoun is resolved by gender, and a
// quotation of a body inside someone's words is not that body's.
func TestQuotedAsSayingRound28(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"quoted X, an apposition, as saying", "A\nThe state radio quoted Tomas Reinholt, an aide to the prime minister, as saying the border would reopen.", "Tomas Reinholt", "", true},
		{"was quoted as saying", "A\nHelga Marrow was quoted as saying the depot would remain open through winter.", "Helga Marrow", "", true},
		{"quoted her this week saying", "A\nKarl Ostberg met Ingrid Marrow in Kessby. The local paper quoted her this week saying the depot was \"open for business\".", "Ingrid Marrow", "", true},
		// counter-examples
		{"quoted her: not the man", "A\nKarl Ostberg met Ingrid Marrow in Kessby. The local paper quoted her this week saying the depot was \"open for business\".", "Karl Ostberg", "", false},
		{"quoted a report", "A\nThe Kessby Courier quoted a report by the Varnel Grain Board on barge traffic.", "Varnel Grain Board", "", false},
		{"quoted without saying", "A\nThe Kessby Courier quoted Helga Marrow's letter to the board in full.", "Helga Marrow", "", false},
		{"a quote about a body", "A\n\"The Varnel Grain Board has never answered our letters,\" said Piet Vandeweg.", "Varnel Grain Board", "", false},
	})
}

// Round 28 review: "declared" is a deed only with a small set of objects
// (independence, martial law, a state of emergency, war, bankruptcy,
// goods or assets at customs, a value "worth" a sum, "persona non
// grata"); an inverted attribution and a verdict ("declared victory",
// "declared the talks a failure", "declared herself satisfied") stay
// statements. A statement read or printed on behalf of someone else is
// that body's, not the reader's or the paper's. A refusal counts only in
// the clause before the comma (a relative aside is skipped over), and
// "saying only that" reports a statement. A statement put out only in
// the future or in a plan has no speaker, but a plan or a refusal earlier
// in the sentence does not undo one put out ("After the talks were
// cancelled, the board issued a statement"), and "did issue" counts. "was
// quoted by <outlet> as saying" names its speaker.
func TestSaidReviewRound28(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"inverted declared", "A\n\"We shall not give way on the quotas,\" declared Foreign Minister Lidia Marsk.", "Lidia Marsk", "", true},
		{"inverted declared, a deed word in the title", "A\n\"Our crews will hold the pass,\" declared the Minister of War, Lidia Marsk.", "Lidia Marsk", "", true},
		{"declared victory", "A\nTomas Reinholt declared victory once the last ballots from Kessby had been counted.", "Tomas Reinholt", "", true},
		{"declared the talks a failure", "A\nHelga Marrow declared the barge talks a failure on Thursday.", "Helga Marrow", "", true},
		{"declared herself satisfied", "A\nHelga Marrow declared herself satisfied with the ruling.", "Helga Marrow", "", true},
		{"a state of emergency", "A\nTomas Reinholt declared a local state of emergency across the valley on Sunday.", "Tomas Reinholt", "", false},
		{"declared martial law", "A\nTomas Reinholt declared martial law after the riots in Kessby.", "Tomas Reinholt", "", false},
		{"declared persona non grata", "A\nEritrea declared the envoy persona non grata on Monday.", "Eritrea", "", false},
		{"read on behalf of: not the reader", "A\nPiet Vandeweg read a statement on behalf of the Varnel Grain Board welcoming the ruling.", "Piet Vandeweg", "", false},
		{"read on behalf of: the body", "A\nPiet Vandeweg read a statement on behalf of the Varnel Grain Board welcoming the ruling.", "Varnel Grain Board", "", true},
		{"a paper printed a statement by a body", "A\nThe Kessby Herald published a statement by the Varnel Grain Board defending the fines.", "Kessby Herald", "", false},
		{"a paper printed a statement by a body: the body", "A\nThe Kessby Herald published a statement by the Varnel Grain Board defending the fines.", "Varnel Grain Board", "", true},
		{"a paper printed a statement from a body", "A\nThe Kessby Herald published a statement from the Varnel Grain Board defending the fines.", "Kessby Herald", "", false},
		{"a statement from a place is the issuer's", "A\nTomas Reinholt issued a statement from Kessby on Friday defending the fines.", "Tomas Reinholt", "", true},
		{"a refusal in a relative aside", "A\nTomas Reinholt, who had not responded to questions last week, wrote to the board on Monday, saying the mill would stay open.", "Tomas Reinholt", "", true},
		{"saying only that", "A\nTomas Reinholt declined to say how many jobs would go, saying only that the mill would stay open.", "Tomas Reinholt", "", true},
		{"a refusal before a relative aside", "A\nThe Varnel Grain Board refused to comment about its fines, which were imposed in May, saying the courts must rule first.", "Varnel Grain Board", "", false},
		{"expected to have issued", "A\nThe Varnel Grain Board was expected to have issued a statement by Friday.", "Varnel Grain Board", "", false},
		{"will release a statement", "A\nThe Varnel Grain Board will release a statement on Friday.", "Varnel Grain Board", "", false},
		{"did issue a statement", "A\nThe Varnel Grain Board did issue a statement on Friday, a week late.", "Varnel Grain Board", "", true},
		{"a cancelled plan earlier in the sentence", "A\nAfter the talks were cancelled, the Varnel Grain Board issued a statement defending its fines.", "Varnel Grain Board", "", true},
		{"a refusal, then a statement", "A\nThe Varnel Grain Board would not comment on the delay, and then issued a statement defending its fines.", "Varnel Grain Board", "", true},
		{"quoted by an outlet as saying", "A\nHelga Marrow was quoted by the Kessby Courier as saying the depot would stay open.", "Helga Marrow", "", true},
		{"quoted by state radio as saying", "A\nHelga Marrow was quoted by state radio as saying the depot would stay open.", "Helga Marrow", "", true},
	})
}
