package ingest

import "testing"

// Round 24: events. A meeting in a city is named by the city only as
// "the summit in <city>": an indefinite, next, yearly or qualified summit
// or forum in a city is not "<city> summit". Two states or bodies joined
// by a dash belong to the event they name ("the Peru-Ghana peace
// treaty"), and a treaty's name cut at "and" takes back its first words
// after "the". People, firms and bodies are invented; the cities and
// states are real.

func TestCitySummitsRound24(t *testing.T) {
	checkEnts(t, []entCase{
		{"the summit in a capital", "Trade ministers gathered at the summit in Lima, Orsola Benn said.", "Lima summit", TypeEvent},
		// counter-examples
		{"an indefinite summit", "Orsola Benn said her office had suggested a summit in Lima for the autumn.", "Lima summit", ""},
		{"the next summit", "Orsola Benn asked the envoys to have a roadmap ready for the next summit in Accra.", "Accra summit", ""},
		{"a yearly summit", "Coastal leaders began their yearly summit in Oslo with two seats empty, Orsola Benn said.", "Oslo summit", ""},
		{"a qualified summit", "Orsola Benn hoped to see the premier during the jubilee summit in Lisbon in March.", "Lisbon summit", ""},
		{"an investors' forum", "Orsola Benn told an investors' forum in Nairobi that the port would be sold.", "Nairobi forum", ""},
	})
}

func TestPartiesEventsRound24(t *testing.T) {
	checkEnts(t, []entCase{
		{"parties before a capitalised forum", "Growers warned the ministry at the Norway-Ghana Business Forum last spring, Orsola Benn said.", "Norway-Ghana Business Forum", TypeEvent},
		{"parties with an en dash before a treaty's title", "Orsola Benn said both cabinets had ratified the Peru\u2013Ghana Fisheries Agreement.", "Peru\u2013Ghana Fisheries Agreement", TypeEvent},
		{"parties before a lower-case treaty", "Orsola Benn spoke after the signing of the Peru-Ghana peace treaty.", "Peru-Ghana peace treaty", TypeEvent},
		{"a word between the article and the parties", "Orsola Benn opened the second EU-Ghana intergovernmental conference on Monday.", "EU-Ghana intergovernmental conference", TypeEvent},
		// counter-examples
		{"an indefinite summit", "Orsola Benn said a Peru-Ghana summit could follow next year.", "Peru-Ghana summit", ""},
		{"a press conference", "Orsola Benn spoke at the Peru-Ghana press conference.", "Peru-Ghana press conference", ""},
		{"talks are a subject", "Orsola Benn said the Peru-Ghana trade talks would resume.", "Peru-Ghana trade talks", ""},
		{"an unknown name in the chain", "Orsola Benn said the Zorvania-Peru-Ghana Business Forum was delayed.", "Peru-Ghana Business Forum", ""},
	})
}

func TestTreatyNamesCutAtAndRound24(t *testing.T) {
	checkEnts(t, []entCase{
		{"a title with and", "Orsola Benn said the Open Skies and Transit Agreement took effect in May.", "Open Skies and Transit Agreement", TypeEvent},
		// counter-example: no article before the words, a list
		{"a list before the title", "Orsola Benn compared Customs and Transit Agreement rules.", "Customs and Transit Agreement", ""},
	})
}
