package ingest

import "testing"

// Round 25: a ban on imports whose goods run to a list before the
// supplier ("banned imports of X, Y and Z from W"), and listings "added
// to" a list: the "to" that opens the list past an aside with a "to" of
// its own, an adverb between the auxiliary and "added", and a keeper
// written as a short form or demonym before "sanctions list". Urged,
// debated, condemned and lifted measures give nothing. Names are invented.
func TestSanctionReachRound25(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"goods list before the supplier", "A\nPeru banned imports of quinoa, maize and dried beans from Brantvik Agro Ltd on Friday.", "Peru", "Brantvik Agro Ltd", true},
		{"two goods and a state supplier", "A\nChile banned imports of pears and grapes from Bolivia in June, citing pests.", "Chile", "Bolivia", true},
		{"an aside with its own to", "A\nJapan added Osterlund Cargo Ltd, which Tokyo says sold engines to Syria over two years, to its sanctions list.", "Japan", "Osterlund Cargo Ltd", true},
		{"an adverb before added", "A\nOsterlund Cargo Ltd was already added in April to Norway's sanctions list.", "Norway", "Osterlund Cargo Ltd", true},
		{"a short-form keeper", "A\nOsterlund Cargo Ltd, a tug operator, was added in April to the Dutch sanctions list.", "Netherlands", "Osterlund Cargo Ltd", true},
		// counter-examples
		{"an import ban only urged", "A\nFarmers urged Peru to ban imports of quinoa, maize and dried beans from Brantvik Agro Ltd this year.", "Peru", "Brantvik Agro Ltd", false},
		{"an import ban only debated", "A\nPeru is debating whether to ban imports of quinoa, maize and beans from Brantvik Agro Ltd.", "Peru", "Brantvik Agro Ltd", false},
		{"a ban on imports lifted", "A\nPeru lifted its ban on imports of quinoa, maize and dried beans from Brantvik Agro Ltd on Friday.", "Peru", "Brantvik Agro Ltd", false},
		{"a state that condemned", "A\nChile condemned imports of pears and grapes from Bolivia in June, citing pests.", "Chile", "Bolivia", false},
		{"a programme name, not a keeper", "A\nOsterlund Cargo Ltd, a tug operator, was added in April to the Syria sanctions list.", "Syria", "Osterlund Cargo Ltd", false},
		{"a listing only proposed", "A\nLawmakers proposed that Osterlund Cargo Ltd be added in April to the Dutch sanctions list.", "Netherlands", "Osterlund Cargo Ltd", false},
		{"a date after from, a speaker later", "A\nPeru banned imports of quinoa, maize and beans from next month, Brantvik Agro Ltd said.", "Peru", "Brantvik Agro Ltd", false},
	})
}
