package ingest

import "testing"

// Round 25: a ban on imports whose goods run to a list before the
// supplier ("banned imports of X, Y and Z from W"), and listings "added
// to" a list: the "to" that opens the list past an aside with a "to" of
// its own, an adverb between the auxiliary and "added", and a keeper
// written as a short form or demonym before "sanctions list". A debated
// ban, a "from" that belongs to another clause or names no supplier, a
// programme named before "sanctions list" and a list word past a comma
// give nothing. Names are invented.
func TestSanctionReachRound25(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"goods list before the supplier", "A\nPeru banned imports of quinoa, maize and dried beans from Brantvik Agro Ltd on Friday.", "Peru", "Brantvik Agro Ltd", true},
		{"two goods and a state supplier", "A\nChile banned imports of pears and grapes from Bolivia in June, citing pests.", "Chile", "Bolivia", true},
		{"an aside with its own to", "A\nJapan added Osterlund Cargo Ltd, which Tokyo says sold engines to Syria over two years, to its sanctions list.", "Japan", "Osterlund Cargo Ltd", true},
		{"an adverb before added", "A\nOsterlund Cargo Ltd was already added in April to Norway's sanctions list.", "Norway", "Osterlund Cargo Ltd", true},
		{"a quoted list name", "A\nJapan's trade ministry on Friday added Osterlund Cargo Ltd to a \"restricted entity list\" it keeps.", "Japan", "Osterlund Cargo Ltd", true},
		{"a present passive", "A\nOsterlund Cargo Ltd is added today to the Dutch sanctions list, the ministry said.", "Netherlands", "Osterlund Cargo Ltd", true},
		{"a short-form keeper", "A\nOsterlund Cargo Ltd, a tug operator, was added in April to the Dutch sanctions list.", "Netherlands", "Osterlund Cargo Ltd", true},
		// counter-examples
		{"an import ban only debated", "A\nPeru is debating whether to ban imports of quinoa, maize and beans from Brantvik Agro Ltd.", "Peru", "Brantvik Agro Ltd", false},
		{"a supplier's trading partners", "A\nPeru banned imports of quinoa, maize and beans from countries that trade with Brantvik Agro Ltd.", "Peru", "Brantvik Agro Ltd", false},
		{"the goods list ends before another clause", "A\nChile, which banned imports of pears and grapes last year, now buys plums from Bolivia.", "Chile", "Bolivia", false},
		{"a programme name, not a keeper", "A\nOsterlund Cargo Ltd, a tug operator, was added in April to the Syria sanctions list.", "Syria", "Osterlund Cargo Ltd", false},
		{"a demonym programme, not a keeper", "A\nOsterlund Cargo Ltd, a tug operator, was added in April to the Russian sanctions list.", "Russia", "Osterlund Cargo Ltd", false},
		{"a short-form programme, not a keeper", "A\nOsterlund Cargo Ltd, a tug operator, was added in April to the DPRK sanctions list.", "North Korea", "Osterlund Cargo Ltd", false},
		{"a list named past a comma", "A\nJapan added Osterlund Cargo Ltd to a register, unlike the entity list it keeps for arms.", "Japan", "Osterlund Cargo Ltd", false},
		{"a listing only proposed", "A\nLawmakers proposed that Osterlund Cargo Ltd be added in April to the Dutch sanctions list.", "Netherlands", "Osterlund Cargo Ltd", false},
		{"a date after from, a speaker later", "A\nPeru banned imports of quinoa, maize and beans from next month, Brantvik Agro Ltd said.", "Peru", "Brantvik Agro Ltd", false},
	})
}
