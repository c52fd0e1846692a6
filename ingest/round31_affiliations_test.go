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
