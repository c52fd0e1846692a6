package ingest

import "testing"

// Round 22: events that many sets wrote and the extractor missed or
// invented. National elections named by their kind, one-off events dated
// by a year, and conferences that a city alone does not make an event.
// Names, places and outlets are invented.

func TestKindElectionsRound22(t *testing.T) {
	checkEnts(t, []entCase{
		{"kind alone", "Velmora sanctioned three judges after the presidential election, the ministry said.", "presidential election", TypeEvent},
		{"month and day before", "The Nov. 7 general election was a sham, Tarvo Lindqvar said.", "Nov. 7 general election", TypeEvent},
		{"a count before", "Ruritania's fourth general election ended with a clear win for the ruling party.", "fourth general election", TypeEvent},
		{"a runoff", "Both camps claim to lead after Sunday's presidential runoff, Ilse Marten said.", "presidential runoff", TypeEvent},
		{"a year after", "Dorvan Zimik said the presidential election in 2031 would be free.", "presidential election in 2031", TypeEvent},
		{"plural, no article", "The bloc listed two firms ten weeks before parliamentary elections in Velmora.", "parliamentary elections", TypeEvent},
		// counter-examples: any election of its kind, local votes, and
		// a word that only looks like a kind
		{"an indefinite election", "Caracas agreed to hold a competitive presidential election next year, Pavel Oron said.", "presidential election", ""},
		{"local elections", "The network was preparing for local elections next year, Rasa Vaitu said.", "local elections", ""},
		{"post-election", "Farmers suffered during the post-election unrest, Ilse Marten said.", "election", ""},
		{"the election alone", "Tomas Ruvek said the election was stolen.", "election", ""},
	})
}

func TestElectionMentionsJoinRound22(t *testing.T) {
	res := run(t, "Vote disputed\n\nPeru's presidential election was disputed. Observers said the presidential election had been rigged, Tomas Ruvek said.\n")
	n := 0
	for _, e := range res.Entities {
		if e.Type == TypeEvent {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one election event, got %d:\n%s", n, dump(res))
	}
}

func TestDatedEventsRound22(t *testing.T) {
	checkEnts(t, []entCase{
		{"a deal with its year", "Washington left the 2015 nuclear deal, Tomas Ruvek said.", "2015 nuclear deal", TypeEvent},
		{"a genocide with its year", "The militia was founded by perpetrators of the 1994 genocide, Ilse Marten said.", "1994 genocide", TypeEvent},
		{"a revolution with its year", "Two years after the 2011 revolution, Pavel Oron said, the economy is weak.", "2011 revolution", TypeEvent},
		{"a two-digit year range", "Farmers suffered since the 2007-08 post-election violence, Rasa Vaitu said.", "2007-08 post-election violence", TypeEvent},
		// counter-examples: a year that dates the clause, and the noun
		// without a date
		{"a year dating the clause", "In 2018 protests spread to Velmora, Dorvan Zimik said.", "2018 protests", ""},
		{"the deal alone", "Tomas Ruvek said the deal was dead.", "deal", ""},
	})
}

func TestCityConferencesRound22(t *testing.T) {
	checkEnts(t, []entCase{
		// a summit in a city is still one
		{"a summit in a capital", "Leaders gathered for the summit in Nairobi, Tomas Ruvek said.", "Nairobi summit", TypeEvent},
		// counter-examples: a press conference, an organiser's conference
		// and a headline fragment
		{"a press conference in a capital", "Ilse Marten told a press conference in Nairobi that the contract stands.", "Nairobi conference", ""},
		{"an organiser's conference", "At a conference in Lisbon organised by the Velmora Institute, Pavel Oron spoke.", "Lisbon conference", ""},
	})
}
