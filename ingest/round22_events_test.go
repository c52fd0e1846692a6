package ingest

import "testing"

// Round 22: events that many sets wrote and the extractor missed or
// invented. National elections named by their kind, one-off events dated
// by a year, and conferences that a city alone does not make an event.
// Names, places and outlets are invented.

func TestKindElectionsRound22(t *testing.T) {
	checkEnts(t, []entCase{
		{"kind alone", "Two fishing unions went on strike before the presidential election, Ilse Marten said.", "presidential election", TypeEvent},
		{"month and day before", "Dairy farmers blocked three bridges before the March 14 general election, Tarvo Lindqvar said.", "March 14 general election", TypeEvent},
		{"a count before", "Ruritania's third legislative election drew few voters in the hill districts.", "third legislative election", TypeEvent},
		{"a runoff", "The rail unions backed Ilse Marten in the presidential runoff, Pavel Oron said.", "presidential runoff", TypeEvent},
		{"a year after", "Dorvan Zimik promised cheaper milk before the presidential election in 2033.", "presidential election in 2033", TypeEvent},
		{"plural, no article", "Ferry fares stay frozen until after parliamentary elections, Rasa Vaitu said.", "parliamentary elections", TypeEvent},
		// counter-examples: any election of its kind, local votes, and
		// a word that only looks like a kind
		{"an indefinite election", "The junta promised a fair presidential election within two years, Pavel Oron said.", "presidential election", ""},
		{"local elections", "Fishing cooperatives are lobbying hard before local elections, Rasa Vaitu said.", "local elections", ""},
		{"post-election", "Grain exports stalled in the post-election strikes, Ilse Marten said.", "-election", ""},
		{"the election alone", "Tomas Ruvek claims the election was bought with fish quotas.", "the election", ""},
	})
}

func TestElectionMentionsJoinRound22(t *testing.T) {
	// a bare election said twice, and a bare one that a dated one names
	if n := eventCount(t, "election", "Ballots delayed\n\nChile's presidential election was postponed twice. Fishermen said the presidential election would change nothing, Tomas Ruvek said.\n"); n != 1 {
		t.Errorf("two bare mentions: want one election event, got %d", n)
	}
	if n := eventCount(t, "election", "Port strike\n\nDockers struck before the presidential election, Tomas Ruvek said. The 2027 presidential election cost the ports a week of trade.\n"); n != 1 {
		t.Errorf("bare, then dated: want one election event, got %d", n)
	}
	// two years stay two elections, though a bare one came first
	if n := eventCount(t, "election", "Port strike\n\nDockers struck before the presidential election, Tomas Ruvek said. The 2027 presidential election cost the ports a week of trade. Unions warned that the 2032 presidential election would cost more.\n"); n != 2 {
		t.Errorf("bare, then two years: want two election events, got %d", n)
	}
}

func TestDatedEventsRound22(t *testing.T) {
	checkEnts(t, []entCase{
		{"a deal with its year", "Oslo never signed the 2019 border deal, Tomas Ruvek said.", "2019 border deal", TypeEvent},
		{"a genocide with its year", "Survivors of the 1937 genocide met in Lisbon, Ilse Marten said.", "1937 genocide", TypeEvent},
		{"a revolution with its year", "Bread prices doubled during the 1989 revolution, Pavel Oron said.", "1989 revolution", TypeEvent},
		{"a two-digit year range", "Rail traffic never recovered from the 1991-92 post-election riots, Rasa Vaitu said.", "1991-92 post-election riots", TypeEvent},
		// counter-examples: a year that dates the clause, and the noun
		// without a date
		{"a year dating the clause", "In 2021 strikes closed the Velmora docks, Dorvan Zimik said.", "2021 strikes", ""},
		{"the deal alone", "Tomas Ruvek said the deal would lapse in spring.", "deal", ""},
	})
}

func TestCityConferencesRound22(t *testing.T) {
	checkEnts(t, []entCase{
		// a summit in a city is still one
		{"a summit in a capital", "Fisheries ministers met at the summit in Nairobi, Tomas Ruvek said.", "Nairobi summit", TypeEvent},
		// counter-examples: a press conference, an organiser's conference
		// and a headline fragment
		{"a press conference in a capital", "Ilse Marten gave a press conference in Nairobi on the rail contract.", "Nairobi conference", ""},
		{"an organiser's conference", "Pavel Oron spoke to a conference in Lisbon hosted by the Velmora Institute.", "Lisbon conference", ""},
	})
}
