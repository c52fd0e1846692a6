package ingest

import "testing"

// Round 22: roles whose owner is named in a way the earlier rounds did not
// read. All people and bodies are invented.

// A possessor written as part of one earlier body's name: "Brellwick's
// managing director" after "Brellwick Freight Services Ltd".
func TestShortFormOwnerRound22(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"the first word of a firm's name", art("Regulators fined Brellwick Freight Services Ltd on Monday.\n\nBrellwick's managing director, Odalys Fenmore-Ruiz, said the firm would appeal."), "Odalys Fenmore-Ruiz", "Brellwick Freight Services Ltd", true},
		{"the head noun after 'the'", art("Leaders of the Coral Shelf Council met on Tuesday.\n\nThe Council's secretary general, Tavita Lemalu-Sione, defended the decision."), "Tavita Lemalu-Sione", "Coral Shelf Council", true},
		{"a title written as two roles with a hyphen", art("The Baltic Salmon Board reopened its review of catch limits. Trawler crews in Hull still await a reply from the Board's Director-General for Licensing, Klaus-Otto Brandvik, on the herring ban."), "Klaus-Otto Brandvik", "Baltic Salmon Board", true},
		// counter-examples
		{"a short form two bodies share", art("The Ardenne Transit Commission and the Pelagic Waters Commission met on Monday.\n\nThe Commission's spokesman, Idris Varnholt, said the talks would resume."), "Idris Varnholt", "Pelagic Waters Commission", false},
		{"a body named only after the sentence", art("Brellwick's managing director, Odalys Fenmore-Ruiz, said the firm would appeal. Regulators fined Brellwick Freight Services Ltd on Monday."), "Odalys Fenmore-Ruiz", "Brellwick Freight Services Ltd", false},
		{"a word that is in no body's name", art("Regulators fined Brellwick Freight Services Ltd on Monday.\n\nTorvald's managing director, Odalys Fenmore-Ruiz, said the firm would appeal."), "Odalys Fenmore-Ruiz", "Brellwick Freight Services Ltd", false},
		{"a body whose name opens with a given name", art("Inspectors impounded two trawlers of Ruth Calloway Fisheries Ltd at Grimsby on Monday.\n\nCalloway's lawyer, Odalys Fenmore-Ruiz, said her client would appeal."), "Odalys Fenmore-Ruiz", "Ruth Calloway Fisheries Ltd", false},
		{"'A and B's director' is not A", art("The European Commission reopened its review of cod quotas. Minister Darmo Wirasena and the Commission's director toured the fish market in Hull."), "Darmo Wirasena", "European Commission", false},
	})
}

// The body a role is coordinated with owns it: "listed Quellmar Energia
// and its president, Y".
func TestCoordinatedBodyRound22(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"and its president", art("Ottawa widened its blacklist on Friday, adding the fuel importer Quellmar Energia and its president, Teodoro Vasquel.\n\nThe move was expected."), "Teodoro Vasquel", "Quellmar Energia", true},
		{"together with its chairman", art("A dairy tribunal in Cork struck off the milk haulier Brannock Haulage Ltd, together with its chairman, Wanjiru Odhiambo-Kells.\n\nBoth may appeal."), "Wanjiru Odhiambo-Kells", "Brannock Haulage Ltd", true},
		{"a birthplace demonym is not the owner", art("A dairy tribunal in Cork struck off the milk haulier Brannock Haulage Ltd, together with its Kenyan-born chairman, Wanjiru Odhiambo-Kells.\n\nBoth may appeal."), "Wanjiru Odhiambo-Kells", "Brannock Haulage Ltd", true},
		// counter-examples
		{"the clause's first body is not the owner", art("Ottawa widened its blacklist on Friday, adding the fuel importer Quellmar Energia and its president, Teodoro Vasquel.\n\nThe move was expected."), "Teodoro Vasquel", "Canada", false},
		{"', and its' joins clauses", art("The Ardenne Transit Commission closed its depots to Velmora Freight Lines, and its spokeswoman, Yelka Drovnina, called the step overdue."), "Yelka Drovnina", "Velmora Freight Lines", false},
	})
}

// "foreign ministry spokesman X": a lower-case "ministry" before the
// role makes it a state office, whose state the opening capital gives.
func TestMinistrySpokesmanRound22(t *testing.T) {
	lead := "Fishing crews from Latvia and Estonia staged a protest on Sunday.\n\n"
	checkRels(t, RelAffiliatedWith, []relCase{
		{"the capital opening the sentence", art(lead + "In Chisinau, foreign ministry spokesman Anton Hlebovich called the timber levy fair and said Moldova would not back down."), "Anton Hlebovich", "Moldova", true},
		// counter-examples
		{"a company's spokesman", art(lead + "In Chisinau, company spokesman Anton Hlebovich called the timber levy fair and said Moldova would not back down."), "Anton Hlebovich", "Moldova", false},
		{"a ministry's spokesman abroad", art(lead + "In Chisinau, the visiting foreign ministry spokesman of Latvia, Anton Hlebovich, called the timber levy fair and said Moldova would not back down."), "Anton Hlebovich", "Moldova", false},
	})
}

// A seat clause names the chamber or party a person sits in: "who
// represents Harburg in the Y", "who sits for the Y Party".
func TestSeatClausesRound22(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"represents a constituency in a chamber", art("The bill passed narrowly. Backbencher Ilse Marwede, who represents Harburg in the Bundestag, voted against it."), "Ilse Marwede", "Bundestag", true},
		{"sits for a party", art("The bill passed narrowly. Tessa Dunmore, who sits for the Liberal Party on the back benches, voted against it."), "Tessa Dunmore", "Liberal Party", true},
		{"sits on a committee of a chamber", art("The bill passed narrowly. Rosa Quispe Mamani, an MEP for Galicia who sits on the fisheries committee of the European Parliament, voted against it."), "Rosa Quispe Mamani", "European Parliament", true},
		{"represents a body outright", art("The talks resumed in Geneva. Envoy Idris Warfa Nur, who represents the African Union, said the ceasefire held."), "Idris Warfa Nur", "African Union", true},
		// counter-examples
		{"a lawyer who represents a person", art("Helmut Brask was listed in May. Priya Ramdev KC, who represents him in the European Court of Justice, said the listing was unlawful."), "Priya Ramdev KC", "European Court of Justice", false},
		{"represents a client in talks with a body", art("The talks resumed in Geneva. Tomas Elvgren, who represents the shipowners in talks with the European Commission, said a deal was near."), "Tomas Elvgren", "European Commission", false},
		{"sat down with officials of a chamber", art("The talks resumed in Geneva. Tomas Elvgren, who sat down with officials of the European Parliament on Monday, said a deal was near."), "Tomas Elvgren", "European Parliament", false},
		{"represents a firm in a chamber", art("The talks resumed in Geneva. Tomas Elvgren, who represents Vostrel Shipping Ltd in the European Parliament hearings, said a deal was near."), "Tomas Elvgren", "European Parliament", false},
		{"represents a person in a chamber's inquiry", art("The talks resumed in Geneva. Tomas Elvgren, who represents Helmut Brask in the Bundestag inquiry, said a deal was near."), "Tomas Elvgren", "Bundestag", false},
		{"represents a state in a body one does not sit in", art("The talks resumed in Geneva. Tomas Elvgren, who represents Norway in the World Trade Organization, said a deal was near."), "Tomas Elvgren", "World Trade Organization", false},
		{"represents a state in talks with a chamber", art("The talks resumed in Geneva. Tomas Elvgren, who represents Norway in talks with the European Parliament, said a deal was near."), "Tomas Elvgren", "European Parliament", false},
		{"sat down with", art("The talks resumed in Geneva. Tomas Elvgren, who sat down with the European Commission on Monday, said a deal was near."), "Tomas Elvgren", "European Commission", false},
	})
}
