package ingest

import "testing"

// Round 36: a body's short name speaks for the one body named before it
// whose name ends in that word. "a Commission spokesperson said", "a
// Fund spokesman said" (an unnamed official of the body, unnamedHeadOwner)
// and a capitalised "the Commission said" far from the full name (refAt,
// soleBody over the whole article). Two bodies sharing the head word, a
// lower-case trade ("a bank spokesman", "fund managers") and a body named
// only afterwards give nothing. People, firms and most bodies are
// invented; the European Commission, the IMF and the EU are real.
func TestShortNameSpeakersRound36(t *testing.T) {
	filler := " Maize prices rose again in the capital. Traders blamed the late rains in the south. Bus fares went up for the second time this year. Schools reopened after a long holiday. More rain is forecast for the weekend. Fuel queues came back to two towns. Farmers planted their beans late."
	checkRels(t, RelSaid, []relCase{
		{"a Commission spokesperson after one commission", "A\nThe European Commission opened a review of Ostrian nickel on Monday.\nNo ruling is expected before June, a Commission spokesperson said on Tuesday.", "European Commission", "", true},
		{"a Fund spokesman after the IMF", "A\nThe International Monetary Fund sent a mission to Lusaka on Monday.\nThe mission left early because the treasury asked it to, a Fund spokesman told reporters.", "International Monetary Fund", "", true},
		{"the Commission ten sentences on", "A\nThe European Commission opened a review of Ostrian nickel on Monday." + filler + " The Commission said the review would end in June.", "European Commission", "", true},
		{"the Fund ten sentences on", "A\nThe International Monetary Fund sent a mission to Lusaka on Monday." + filler + " The Fund said the mission would return in June.", "International Monetary Fund", "", true},
		// counter-examples
		{"two commissions: the spokesperson is nobody's", "A\nThe Lake Basin Water Commission and the European Commission signed a study of river levels on Monday.\nA Commission spokesperson said the first results would come in October.", "European Commission", "", false},
		{"two commissions: the Commission near one of them", "A\nThe Lake Basin Water Commission and the European Commission signed a study of river levels on Monday.\nLater, the Commission said it would open an office in the port.", "European Commission", "", false},
		{"two commissions: nor the other one", "A\nThe Lake Basin Water Commission and the European Commission signed a study of river levels on Monday.\nLater, the Commission said it would open an office in the port.", "Lake Basin Water Commission", "", false},
		{"two funds: the Fund far on", "A\nThe Halvard Pension Fund and the Ostrian Workers Provident Fund clashed over the new rules on Monday.\nA Fund spokesman said the rules would cut returns. The Fund said it would appeal.", "Halvard Pension Fund", "", false},
		{"a lower-case bank spokesman is an unnamed lender's", "A\nThe World Bank approved a road loan for the north on Monday.\nA farm lender in Tamale stopped new loans. A bank spokesman said defaults had doubled since the floods.", "World Bank", "", false},
		{"the bank far on about an unnamed lender", "A\nThe World Bank approved a road loan for the north on Monday." + filler + " A farm lender in Tamale stopped new loans, and the bank said defaults had doubled.", "World Bank", "", false},
		{"fund managers are no Fund", "A\nThe International Monetary Fund sent a mission to Lusaka on Monday.\nSeveral fund managers said Zambian bonds were still cheap.", "International Monetary Fund", "", false},
		{"a Union spokesman with two unions", "A\nThe Dock Workers Union began a strike on Monday. The European Union paid for the new terminal.\nA Union spokesman said the ships would wait.", "European Union", "", false},
		{"a Union spokesman with two unions, nor the other", "A\nThe Dock Workers Union began a strike on Monday. The European Union paid for the new terminal.\nA Union spokesman said the ships would wait.", "Dock Workers Union", "", false},
		// a body whose name has the word as its head before "of"/"on"
		// is called by it too: beside one ending in it, none is taken
		{"the Bank after a central bank of and a World Bank in passing", "A\nA World Bank report last month forecast slower growth for Nigeria.\nThe Central Bank of Nigeria kept its benchmark rate unchanged on Tuesday.\nThe Bank said inflation had started to ease.", "World Bank", "", false},
		{"the Bank after a central bank of alone stays the nearest", "A\nGrowth slowed in the first quarter.\nThe Central Bank of Nigeria kept its benchmark rate unchanged on Tuesday.\nThe Bank said inflation had started to ease.", "Central Bank of Nigeria", "", true},
		{"a Union spokesman after a union of and the EU", "A\nBrussels plans a levy on imported coal, and the European Union will vote on it in May.\nThe National Union of Mineworkers held a rally in Barnsley on Saturday.\nA Union spokesman said members backed the levy.", "European Union", "", false},
		{"the Union after a union of and the EU", "A\nBrussels plans a levy on imported coal, and the European Union will vote on it in May.\nThe National Union of Mineworkers held a rally in Barnsley on Saturday.\nThe Union said it would lobby ministers.", "European Union", "", false},
		{"the Commission after a commission on and the European Commission", "A\nThe European Commission sent observers to the vote in May.\nThe Commission on Elections ordered a recount in two provinces on Monday.\nThe Commission said the recount would begin next week.", "European Commission", "", false},
		{"a Commission spokesman after a commission on and the European Commission", "A\nThe European Commission sent observers to the vote in May.\nThe Commission on Elections ordered a recount in two provinces on Monday.\nA Commission spokesman said the recount would begin next week.", "European Commission", "", false},
		{"the Commission before the body is named", "A\nThe Commission said talks would resume in June.\nLater that day the European Commission opened a review of Ostrian nickel.", "European Commission", "", false},
	})
}

// Round 36: the formal voice of a communiqué. "The Ministry wishes to
// state that …" is a statement ("wishes to" before a verb of saying,
// not "wishes to meet"), and "The Government of Portugal welcomes the
// offer …" speaks now: the present-tense guard against a capital's
// standing stance ("Moscow stresses sovereignty") does not hold for a
// state written as "the Government of X". The ministry and the people
// are invented; the states are real.
func TestCommuniqueVoiceRound36(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"the Ministry wishes to stress", "A\nThe Ostrian Ministry of Finance has noted reports of a secret meeting with bondholders.\nThe Ministry wishes to stress that its officials met no creditors in London.", "Ostrian Ministry of Finance", "", true},
		{"the Government of a state welcomes", "A\nThe Government of Portugal welcomes the offer by Spain to send four patrol boats to the Azores.", "Portugal", "", true},
		{"the Government of a state also reaffirms", "A\nThe Government of Chile also reaffirms its commitment to open tenders for the lithium blocks.", "Chile", "", true},
		// counter-examples
		{"wishes to meet is no statement", "A\nThe Ostrian Ministry of Finance would like to see its bondholders in London next month, and wishes to meet them soon.", "Ostrian Ministry of Finance", "", false},
		{"a capital's standing stance stays out", "A\nMoscow stresses sovereignty in every text on the region.", "Russia", "", false},
		{"a capital welcomes a decision stays out", "A\nValletta welcomes tourists from every country in the summer.", "Malta", "", false},
	})
}

// Round 36: speech words used for deeds. "called on" a person with no
// demand is a courtesy visit; "called a strike" convenes an event; "was
// told to leave" is spoken to; "X, 51, accused of fraud" is the accused.
// Each has a counter-row where the same word is speech. People and
// bodies are invented; states are real.
func TestSpeechWordDeedsRound36(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		{"a courtesy call on a named premier", "A\nAmbassador Harald Oyelaran called on Prime Minister Dinesh Varathan at his office on Tuesday.", "Harald Oyelaran", "", false},
		{"a courtesy call to present credentials", "A\nThe new envoy, Pieter Lindqvist, called on him in his residence to present his credentials.", "Pieter Lindqvist", "", false},
		{"a courtesy call on an unnamed minister", "A\nGeneral Osei Brannum-Tetteh called on the defence minister last week in Accra.", "Osei Brannum-Tetteh", "", false},
		{"a union convenes a strike", "A\nThe Baltic Dock Workers Union called a strike for Monday over pay, the second in a month.", "Baltic Dock Workers Union", "", false},
		{"a union head convenes a 48-hour strike", "A\nThe drivers' leader, Kostas Ymeraj-Lund, called a 48-hour national transport strike from Thursday.", "Kostas Ymeraj-Lund", "", false},
		{"a rival convenes a press conference", "A\nHer rival, Tomas Iturra, has called a press conference for midnight.", "Tomas Iturra", "", false},
		{"spoken to, not speaking", "A\nHarbour pilot Marek Zielonka was told to leave his boat by coastguard officers before the gale.", "Marek Zielonka", "", false},
		{"the accused, not the accuser", "A\nDmitri Valenko, 51, accused of breaching sanctions on 14 occasions, was sentenced to four years.", "Dmitri Valenko", "", false},
		// counter-examples: the same words as speech
		{"called on a person to resign is an appeal", "A\nSenator Ruth Kamande-Ole called on the premier to resign over the fuel deal.", "Ruth Kamande-Ole", "", true},
		{"called on a person with a quoted demand", "A\nOpposition leader Marta Usoro called on Prime Minister Dinesh Varathan to \"stop hiding behind the lenders\".", "Marta Usoro", "", true},
		{"called on a government is an appeal", "A\nUnion leader Kofi Brannum called on the cabinet to raise wages.", "Kofi Brannum", "", true},
		{"what she called an election is her words", "A\nLena Vasquez-Oduya condemned what she called a rigged election in the north.", "Lena Vasquez-Oduya", "", true},
		{"called the meeting with a verdict", "A\nKarin Aaltonen-Brisk called the meeting \"frank and useful\".", "Karin Aaltonen-Brisk", "", true},
		{"told reporters is speech", "A\nMarek Zielonka told reporters that the pilots would not sail.", "Marek Zielonka", "", true},
		{"whom a state accused of is an accusation", "A\nAmong those listed was Pavel Dorokhin, a regional governor whom Canada accused of organising the vote.", "Canada", "", true},
		{"a company she accused of is her accusation", "A\nSenator Ines Marrow-Kalu said deputies would look at Brightwater Citrus, a company she accused of hiding its owners.", "Ines Marrow-Kalu", "", true},
	})
}
