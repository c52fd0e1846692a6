package ingest

import "testing"

// Round 31: events. A capitalised "Dialogue" ends an event's name like
// "Forum" or "Summit" (a lower-case "dialogue" stays a generic noun); a
// Forum or Dialogue that the article describes as a body is an
// institution; an event word inside a name that ends in an institution
// head belongs to the body ("Central Election Commission"); an
// "UPCOMING:" promotion is page furniture. People, firms and bodies are
// invented; states and cities are real.

func TestDialogueHeadsRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"two states and a strategic dialogue", "Orsola Benn closed the Peru-Ghana Strategic Dialogue on Tuesday.", "Peru-Ghana Strategic Dialogue", TypeEvent},
		{"a titled dialogue in a city", "Envoys met for the third round of the Coastal Fisheries Dialogue in Lima, Orsola Benn said.", "Coastal Fisheries Dialogue", TypeEvent},
		// counter-examples
		{"a lower-case dialogue", "Orsola Benn said the Peru-Ghana dialogue had stalled for a year.", "Ghana dialogue", ""},
		{"a body named for dialogue", "Orsola Benn works for the Centre for Coastal Dialogue in Lima.", "Centre for Coastal Dialogue", TypeInstitution},
	})
}

func TestForumBodiesRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"a fellow at the forum", "Orsola Benn, a visiting fellow at the Tarnwick Strategy Forum, said the ban would hold.", "Tarnwick Strategy Forum", TypeInstitution},
		{"a body apposition", "The Lakeshore Growers Forum, a Lima-based farm group, warned that prices would fall.", "Lakeshore Growers Forum", TypeInstitution},
		{"the forum speaks, with its demonym", "The Ghanaian Cocoa Exporters Forum said on Friday that prices had fallen.", "Ghanaian Cocoa Exporters Forum", TypeInstitution},
		{"an NGO named Dialogue", "Orsola Benn, who heads the cross-border NGO Tarnwick Water Dialogue, said the canal stayed open.", "Tarnwick Water Dialogue", TypeInstitution},
		// counter-examples: a forum that is held
		{"a forum attended", "Orsola Benn spoke at the Lakeshore Investment Forum in June about the port.", "Lakeshore Investment Forum", TypeEvent},
		{"a dialogue held", "Orsola Benn said the Tarnwick Security Dialogue would open in Lima next week.", "Tarnwick Security Dialogue", TypeEvent},
	})
}

func TestEventWordInBodyNameRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"an election commission", "Orsola Benn, who chairs the Central Election Commission, signed the results.", "Central Election Commission", TypeInstitution},
		{"no election cut from it", "Orsola Benn, who chairs the Central Election Commission, signed the results.", "Central Election", ""},
		{"a forum's secretariat", "The Lakeshore Islands Forum Secretariat said the meeting would move to Suva.", "Lakeshore Islands Forum Secretariat", TypeInstitution},
		// counter-example: a conference centre is where the conference met
		{"a conference centre", "Orsola Benn opened the Tarnwick International Conference at the Tarnwick International Conference Centre.", "Tarnwick International Conference Centre", ""},
	})
}

func TestUpcomingFurnitureRound31(t *testing.T) {
	doc := run(t, "Port reopens\n\nOrsola Benn said the port in Lima would reopen on Monday.\n\nUPCOMING: Tarnwick Harbour Dialogue 2031 \u2014 Lima, 3 June\n")
	wantTypes(t, doc, map[string]string{"Tarnwick Harbour Dialogue": ""})
}

func TestAircraftDowningsRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"a downing to the aircraft noun", "Trade stalled since the downing of one Ghanaian cargo jet near the coast, Orsola Benn said.", "downing of one Ghanaian cargo jet", TypeEvent},
		{"a flight number", "Orsola Benn recalled the downing of flight KX902 over the sea in 2029.", "downing of flight KX902", TypeEvent},
		{"a hyphenated shooting-down", "Orsola Benn said ties froze since the shooting-down of three patrol aircraft by rebels.", "shooting-down of three patrol aircraft", TypeEvent},
		{"a forced landing with its known place", "Ministers answered the forced landing of one charter plane in Lima with new bans.", "forced landing of one charter plane in Lima", TypeEvent},
		{"a forced landing in a place", "The bans came after the forced landing in Lima of a charter flight from Quito.", "forced landing in Lima", TypeEvent},
		// counter-examples
		{"no aircraft", "Orsola Benn warned the union against the downing of tools before the vote.", "downing of tools", ""},
		{"indefinite", "Orsola Benn said a forced landing of one cargo plane was possible in the storm.", "forced landing of one cargo plane", ""},
		{"a place that is no name", "Ministers answered the forced landing in the capital with new bans, Orsola Benn said.", "forced landing in the capital", ""},
	})
}

func TestBrexitRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"a well-known event", "Orsola Benn said Brexit had cut the mill's orders by half.", "Brexit", TypeEvent},
		{"in a role phrase", "The deputy Brexit negotiator, Orsola Benn, visited the mill.", "Brexit", TypeEvent},
	})
}

func TestSummitsInCityRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"a body's summit in a capital", "Orsola Benn met her Peruvian counterpart at the NATO summit in Lisbon on Thursday.", "NATO summit in Lisbon", TypeEvent},
		{"an emergency summit in a capital", "Leaders agreed the measures during an emergency summit in Accra, Orsola Benn said.", "emergency summit in Accra", TypeEvent},
		// counter-example: the summit already named by its city
		{"the summit in a city", "Trade ministers gathered at the summit in Lima, Orsola Benn said.", "Lima summit in Lima", ""},
	})
}
