package ingest

import "testing"

// Round 31: affiliations. A portfolio commissioner ("Trade Commissioner
// X", "European Commissioner for Energy Y") sits in the European
// Commission when the text names the Commission and the title stands
// alone; "EU Trade Commissioner" keeps the Union the text gives it, and a
// state, an owner or another word before the title makes it a national or
// local office (Australia's trade commissioners, the US Federal Trade
// Commission's). People and firms are invented; the bodies are real.
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
		{"a state's trade commissioner", art("Australia's Trade Commissioner in Lyon, Velma Ostrander-Kuik, said wool sales had doubled." + ec), "Velma Ostrander-Kuik", "European Commission", false},
		{"the state kept for a demonym", art("Australian Trade Commissioner Velma Ostrander-Kuik said wool sales had doubled." + ec), "Velma Ostrander-Kuik", "Australia", true},
		{"a federal commissioner", art("Federal Trade Commissioner Velma Ostrander-Kuik said the merger needed a closer look." + ec), "Velma Ostrander-Kuik", "European Commission", false},
		{"a province's commissioner", art("The province's trade commissioner in Osaka, Velma Ostrander-Kuik, said canola sales fell." + ec), "Velma Ostrander-Kuik", "European Commission", false},
		{"a commissioner of another body", art("Fisheries Commissioner Velma Ostrander-Kuik of the Pacific Islands Forum Fisheries Agency said tuna stocks fell." + ec), "Velma Ostrander-Kuik", "European Commission", false},
	})
}

// A sentence that opens inside a named body ("At Y,", "In the Y,") and
// then gives a title straight before a name places the holder in that
// body. Counter-examples: a state office or a diplomat (their state, not
// the chamber where they spoke), a title with a body of its own, a title
// qualified by another state than the body's, a forum for a title that
// implies a chamber, a topic or an occasion in the opening, a second body
// in the opening, a title apart from the name.
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
		{"a body's kind and an address before the comma", art("At the Tarvu Grain Ltd club on 14 Quay Street, spokeswoman Ilse Marrow-Quint said the fund was empty."), "Ilse Marrow-Quint", "Tarvu Grain Ltd", true},
		{"a state's chamber for a title implying another", art("In Congress, Senator Ilse Marrow-Quint introduced a bill on chip exports."), "Ilse Marrow-Quint", "United States Congress", true},
		{"a forum for a title implying a chamber", art("At the United Nations, Senator Ilse Marrow-Quint said the tariffs would fail."), "Ilse Marrow-Quint", "United Nations", false},
		{"a foreign negotiator at an agency", art("At the IAEA, Iranian negotiator Ilse Marrow-Quint said the inspectors were welcome."), "Ilse Marrow-Quint", "International Atomic Energy Agency", false},
		{"another state's chamber", art("In Congress, Peruvian lawmaker Ilse Marrow-Quint called for a vote on the mining law."), "Ilse Marrow-Quint", "United States Congress", false},
		{"a case in the opening", art("In the Tarvu Grain Ltd antitrust case, Judge Ilse Marrow-Quint ruled on Tuesday."), "Ilse Marrow-Quint", "Tarvu Grain Ltd", false},
		{"a hearing in the opening", art("At the Tarvu Grain Ltd hearing, chief executive Ilse Marrow-Quint apologised to farmers."), "Ilse Marrow-Quint", "Tarvu Grain Ltd", false},
	})
}
