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
		{"a demonym after in is no place", "Ministers answered the forced landing in Peruvian airspace with new bans, Orsola Benn said.", "forced landing in Peruvian", ""},
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

// Round 31, review B of the events above. Each row below failed before its
// fix; people and firms are invented, states, cities and well-known
// bodies real.

// A "-based" place at the very start of a text (no title, token 0) once
// read the token before the text and panicked.
func TestForumBasedAtTextStartRound31(t *testing.T) {
	res := run(t, "Karachi-based Lindqvar Grain Forum said on Monday that wheat prices would climb again.")
	wantTypes(t, res, map[string]string{"Lindqvar Grain Forum": TypeInstitution})
	// the role before "the" is read over a place of one or two words
	checkEnts(t, []entCase{
		{"a one-word place", "Pell Arkwright, a researcher at the Lima-based Tarnwick Ferry Forum, expects tolls to rise.", "Tarnwick Ferry Forum", TypeInstitution},
		{"a two-word place", "Pell Arkwright, a researcher at the New York-based Tarnwick Ferry Forum, expects tolls to rise.", "Tarnwick Ferry Forum", TypeInstitution},
	})
}

// A forum that is held and the people attending it say nothing about a
// body: a statement counts only from the name as its clause's subject,
// and not when a place after "in" says where the forum met; an
// attendee's role at it is no post; a cue that it is held wins over a role.
func TestForumHeldNotBodyRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"delegates at it spoke", "Delegates at the Tarnwick Security Dialogue said late on Tuesday that the ferry talks had stalled.", "Tarnwick Security Dialogue", TypeEvent},
		{"its organisers spoke", "Organisers of the Lakeshore Investment Forum said 4,000 guests had registered by Friday.", "Lakeshore Investment Forum", TypeEvent},
		{"ministers attending it spoke", "Ministers attending the Lakeshore Investment Forum said the port would reopen soon.", "Lakeshore Investment Forum", TypeEvent},
		{"a keynote speaker at it", "Pell Arkwright, a keynote speaker at the Lakeshore Investment Forum, praised the new port plan.", "Lakeshore Investment Forum", TypeEvent},
		{"its director, but it opened", "Pell Arkwright, director of the Varnel Harbour Forum, greeted the ferry crews. The Varnel Harbour Forum opened on Monday with 900 delegates.", "Varnel Harbour Forum", TypeEvent},
		{"a round of it", "Jorun Tessaly, director of the Varnel Water Dialogue, flew home after the fourth round of the Varnel Water Dialogue ended.", "Varnel Water Dialogue", TypeEvent},
		{"it met in a city, then spoke", "Pell Arkwright spoke at the Tarnwick Investment Forum in Lima on Monday. The Tarnwick Investment Forum announced that 40 deals had been signed.", "Tarnwick Investment Forum", TypeEvent},
		// the body readings stay
		{"it speaks after a comma", "On Monday, the Tarnwick Grain Forum said that wheat prices would climb.", "Tarnwick Grain Forum", TypeInstitution},
		{"a body apposition wins over a held cue", "The Varnel Growers Forum, a Lima-based farm group, opened on Monday with a call for lower tolls.", "Varnel Growers Forum", TypeInstitution},
	})
	res := run(t, "Talks resume\n\nDelegates at the Tarnwick Security Dialogue said late on Tuesday that the ferry talks had stalled.\n")
	if hasRel(res, RelSaid, "Tarnwick Security Dialogue", "") {
		t.Errorf("the dialogue's delegates spoke, not the dialogue\n%s", dump(res))
	}
}

// A body named with its demonym once and without it elsewhere is one
// body, named in full.
func TestForumBodyOneKeyRound31(t *testing.T) {
	res := run(t, "Cocoa prices\n\nThe Ghanaian Cocoa Growers Forum said on Friday that prices had fallen again. Pell Arkwright, who chairs the Cocoa Growers Forum, said farmers would suffer.\n")
	wantTypes(t, res, map[string]string{"Ghanaian Cocoa Growers Forum": TypeInstitution, "Cocoa Growers Forum": ""})
	if !hasRel(res, RelAffiliatedWith, "Pell Arkwright", "Ghanaian Cocoa Growers Forum") {
		t.Errorf("the chair's body is the whole forum\n%s", dump(res))
	}
	// two bodies that share a first word stay two
	res = run(t, "Prices\n\nPell Arkwright is a fellow at the Tarnwick Policy Forum. Jorun Tessaly, a fellow at the Tarnwick Water Forum, expects rain.\n")
	wantTypes(t, res, map[string]string{"Tarnwick Policy Forum": TypeInstitution, "Tarnwick Water Forum": TypeInstitution})
}

// "Brexit" is an event, and the first word of the Brexit Party's name.
func TestBrexitPartyRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"the party", "Orsola Benn left the Brexit Party before the council vote in Kent.", "Brexit Party", TypeInstitution},
		{"no event cut from the party", "Orsola Benn left the Brexit Party before the council vote in Kent.", "Brexit", ""},
	})
}

// A long "Upcoming:" paragraph of a week-ahead piece is text.
func TestUpcomingParagraphRound31(t *testing.T) {
	res := run(t, "Week ahead\n\nMarkets were quiet on Monday.\n\nUpcoming: the European Central Bank meets on Thursday, and its board said last week that rates would stay on hold for a while.\n")
	wantTypes(t, res, map[string]string{"European Central Bank": TypeInstitution})
}

// The downing of anything an aircraft word only describes is no downing
// of an aircraft; a body's name is no model; of two aircraft nouns the
// last heads the phrase.
func TestDowningMetaphorsRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"a fighter jet", "Trade stalled since the downing of one Peruvian fighter jet near the coast, Orsola Benn said.", "downing of one Peruvian fighter jet", TypeEvent},
		{"a demonym after in is no place", "Lima defended the downing of a Bolivian cargo jet in Peruvian airspace last year, Orsola Benn said.", "downing of a Bolivian cargo jet", TypeEvent},
		// counter-examples
		{"a sale of jets", "Orsola Benn welcomed the shooting down of the F-16 sale to Peru by the Senate.", "shooting down of the F-16", ""},
		{"plane trees", "Neighbours protested the downing of the plane trees along the avenue in Lima.", "downing of the plane", ""},
		{"a body's name", "Jorun Tessaly wrote that the downing of the G-20 in 2031 ended an era of easy deals.", "downing of the G-20", ""},
		{"a body's plan", "Jorun Tessaly blamed Hungary for the downing of the G-7 price cap plan on Friday.", "downing of the G-7", ""},
	})
}

// Two summits of one body in two cities, and two downings of different
// aircraft, are not one event under either's name; mentions of one
// incident still merge.
func TestDistinctHeldEventsRound31(t *testing.T) {
	res := run(t, "Alliance meets\n\nPell Arkwright went to the NATO summit in Vilnius last year. Jorun Tessaly will host the NATO summit in Ottawa next July.\n")
	wantTypes(t, res, map[string]string{"NATO summit": TypeEvent, "NATO summit in Vilnius": "", "NATO summit in Ottawa": ""})
	res = run(t, "Downings\n\nPell Arkwright recalled the downing of a Bolivian Tz-9 jet by Turkey in 2015. Jorun Tessaly said the downing of an Azerbaijani airliner in Kazakhstan last winter was a separate case.\n")
	wantTypes(t, res, map[string]string{"downing of a Bolivian Tz-9 jet": TypeEvent, "downing of an Azerbaijani airliner in Kazakhstan": TypeEvent})
	res = run(t, "Jet downed\n\nPell Arkwright recalled the downing of a Bolivian Tz-9 jet by Turkey in 2015. Jorun Tessaly said the downing of the Tz-9 still shaped trade.\n")
	wantTypes(t, res, map[string]string{"downing of a Bolivian Tz-9 jet": TypeEvent, "downing of the Tz-9": ""})
	// a summit "in" a body is no host city
	checkEnts(t, []entCase{
		{"no body as host", "Pell Arkwright discussed the NATO summit in Congress on Friday with two senators.", "NATO summit in Congress", ""},
	})
}
