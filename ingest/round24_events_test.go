package ingest

import "testing"

// Round 24: events. A meeting in a city is named by the city only as
// "the summit in <city>": an indefinite, next, yearly or qualified summit
// or forum in a city is not "<city> summit". People, firms and bodies are
// invented; the cities are real capitals.

func TestCitySummitsRound24(t *testing.T) {
	checkEnts(t, []entCase{
		{"the summit in a capital", "Trade ministers gathered at the summit in Lima, Orsola Benn said.", "Lima summit", TypeEvent},
		// counter-examples
		{"an indefinite summit", "Orsola Benn said her office had suggested a summit in Lima for the autumn.", "Lima summit", ""},
		{"the next summit", "Orsola Benn asked the envoys to draft a roadmap before the next summit in Accra.", "Accra summit", ""},
		{"a yearly summit", "Coastal leaders began their yearly summit in Oslo with two seats empty, Orsola Benn said.", "Oslo summit", ""},
		{"a qualified summit", "Orsola Benn hoped to see the premier during the jubilee summit in Lisbon in March.", "Lisbon summit", ""},
		{"an investors' forum", "Orsola Benn told an investors' forum in Nairobi that the port would be sold.", "Nairobi forum", ""},
	})
}
