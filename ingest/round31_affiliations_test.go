package ingest

import "testing"

// Round 31: affiliations. A portfolio commissioner ("Trade Commissioner
// X", "European Commissioner for Energy Y") sits in the European
// Commission when the text names the Commission and the title names no
// other body; "EU Trade Commissioner" keeps the Union the text gives it.
// People and firms are invented; the bodies are real.
func TestPortfolioCommissionerRound31(t *testing.T) {
	const ec = " The European Commission has asked for a reply by June."
	checkRels(t, RelAffiliatedWith, []relCase{
		{"trade commissioner", art("Trade Commissioner Velma Ostrander-Kuik said the quota would stay." + ec), "Velma Ostrander-Kuik", "European Commission", true},
		{"fisheries commissioner with a portfolio before it", art("Ocean Affairs and Fisheries Commissioner Velma Ostrander-Kuik visited the harbour." + ec), "Velma Ostrander-Kuik", "European Commission", true},
		{"European commissioner for a portfolio", art("European Commissioner for Energy Velma Ostrander-Kuik toured the terminal on Friday." + ec), "Velma Ostrander-Kuik", "European Commission", true},
		{"role, then the name", art("The bloc's case was put by the European trade commissioner, Velma Ostrander-Kuik, on Monday." + ec), "Velma Ostrander-Kuik", "European Commission", true},
		// counter-examples
		{"the Commission never named", art("Trade Commissioner Velma Ostrander-Kuik said the quota would stay. Exporters in Chile were relieved."), "Velma Ostrander-Kuik", "European Commission", false},
		{"the EU named before the title", art("EU Trade Commissioner Velma Ostrander-Kuik said the quota would stay." + ec), "Velma Ostrander-Kuik", "European Commission", false},
		{"a police commissioner", art("Police Commissioner Velma Ostrander-Kuik said the port would reopen." + ec), "Velma Ostrander-Kuik", "European Commission", false},
	})
}

// A sentence that opens inside a named body ("At Y,", "In the Y,") and
// then gives a title straight before a name places the holder in that
// body. Counter-examples: a state office or a diplomat (their state, not
// the chamber where they spoke), a title with a body of its own, a second
// body in the opening, an opening state, a title apart from the name, an
// opening that is not the sentence's first words.
func TestFrontedBodyRound31(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"at a firm, spokeswoman", art("At Tarvu Grain Ltd, spokeswoman Ilse Marrow-Quint said the mill would close for a week."), "Ilse Marrow-Quint", "Tarvu Grain Ltd", true},
		{"in a parliament, a party modifier", art("In the Bundestag, Liberal lawmaker Ilse Marrow-Quint asked for a vote on the export rules."), "Ilse Marrow-Quint", "Bundestag", true},
		{"in a chamber, a demonym modifier", art("In the European Parliament, Belgian lawmaker Ilse Marrow-Quint called the deal a mistake."), "Ilse Marrow-Quint", "European Parliament", true},
		{"a place tail before the comma", art("At NATO headquarters in Mons, Deputy Secretary General Ilse Marrow-Quint welcomed the talks."), "Ilse Marrow-Quint", "NATO", true},
		{"an appositive about the body", art("At Tarvu Grain Ltd, one of the valley's biggest millers, chief executive Ilse Marrow-Quint said prices would rise."), "Ilse Marrow-Quint", "Tarvu Grain Ltd", true},
		// counter-examples
		{"a state office in a chamber", art("In the Bundestag, Foreign Minister Ilse Marrow-Quint defended the sanctions on Tuesday."), "Ilse Marrow-Quint", "Bundestag", false},
		{"a diplomat at a forum", art("At the United Nations, Ambassador Ilse Marrow-Quint read out the statement."), "Ilse Marrow-Quint", "United Nations", false},
		{"a title with a body of its own", art("In the Bundestag, NATO spokeswoman Ilse Marrow-Quint said the deal was off."), "Ilse Marrow-Quint", "Bundestag", false},
		{"two bodies in the opening", art("At Tarvu Grain Ltd and Orvik Mills Ltd, spokeswoman Ilse Marrow-Quint said the deal was off."), "Ilse Marrow-Quint", "Tarvu Grain Ltd", false},
		{"a title apart from the name", art("At Tarvu Grain Ltd, the spokeswoman, Ilse Marrow-Quint, said the mill would close."), "Ilse Marrow-Quint", "Tarvu Grain Ltd", false},
		{"the body later in the sentence", art("Spokeswoman Ilse Marrow-Quint said at Tarvu Grain Ltd that the mill would close."), "Ilse Marrow-Quint", "Tarvu Grain Ltd", false},
	})
}
