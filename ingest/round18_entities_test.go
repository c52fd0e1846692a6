package ingest

import "testing"

// Round 18: names typed by evidence. A name with no given name, title or
// role is a body when an apposition or a possessive says so, a place when
// its head is a natural feature, an event when a storm, disease, civil
// war, disaster, round, summit or meeting names it. Counter-examples:
// people described by a role, people whose surnames are body or place
// words, storms that are machines, nouns that only modify another noun.
// All names are invented.

func TestBodiesByEvidenceRound18(t *testing.T) {
	checkEnts(t, []entCase{
		{"firm in apposition", "The pumps will be built by Tarsko Veldrin, a Lirano engineering firm.", "Tarsko Veldrin", TypeInstitution},
		{"based company, lone word", "The agency banned Quorvik, a Delmar-based trawler company, from its waters. Quorvik said it would appeal.", "Quorvik", TypeInstitution},
		{"trader with a thing's relative", "Bravena Oskat, a Lirano-based trader that ships cashews, said prices fell.", "Bravena Oskat", TypeInstitution},
		{"coalition of associations", "Plenko Vastar, a coalition of 22 associations, accused the ministry of delay.", "Plenko Vastar", TypeInstitution},
		{"possessive only a body has", "He hopes to meet Zorvanta Kell's chairman in the spring.", "Zorvanta Kell", TypeInstitution},
		{"foreign body word first", "Plataforma Rio Velo accused both governments of neglect.", "Plataforma Rio Velo", TypeInstitution},
		{"foreign connectors", "Aguas de la Ventisca warned of cuts.", "Aguas de la Ventisca", TypeInstitution},
		{"foreign body word last", "For Lystad Skipsverft, the decision could cost jobs.", "Lystad Skipsverft", TypeInstitution},
		// counter-examples
		{"role in apposition", "Tarvo Quellin, a former engineer at the firm, said the dam leaked.", "Tarvo Quellin", TypePerson},
		{"owner's role after a possessive", "We will fight this in court, said Harlan Oskveld-Pierce, the company's managing director.", "Harlan Oskveld-Pierce", TypePerson},
		{"trader who", "Kwabeno Ostrelli, a cocoa trader who lives in the port, said prices fell.", "Kwabeno Ostrelli", TypePerson},
		{"trader without a thing's relative", "Kwabeno Ostrelli, a cocoa trader, said prices fell.", "Kwabeno Ostrelli", TypePerson},
		{"surname that is a body word", "Margit Skipsverft, a retired fisheries official, said the catch was legal.", "Margit Skipsverft", TypePerson},
		{"person's chief of staff", "Ostrava Melkin's chief of staff declined to comment, the ministry said.", "Ostrava Melkin", TypePerson},
	})
}

func TestPlacesByHeadRound18(t *testing.T) {
	checkEnts(t, []entCase{
		{"falls after a given name", "Tourism chiefs gather in Victoria Falls each spring.", "Victoria Falls", TypePlace},
		{"manor", "They spent a weekend negotiating at Tarvelin Manor near the coast.", "Tarvelin Manor", TypePlace},
		{"foreign lead word", "They want to drill test wells on the Salar de Quisma.", "Salar de Quisma", TypePlace},
		{"in the X before a preposition", "Fishermen say catches in the Tonvel Sap have halved.", "Tonvel Sap", TypePlace},
		// counter-examples
		{"surname that was a place word", "Aroha Tipene-Marsh said the talks were useful.", "Aroha Tipene-Marsh", TypePerson},
		{"surname after es", "Filipa Corte-Real Nunes said the talks were useful.", "Filipa Corte-Real Nunes", TypePerson},
		{"saint in a surname", "Minister Beverley St. Juste-Merle said the talks were useful.", "Beverley St. Juste-Merle", TypePerson},
	})
}

func TestEventsByHeadRound18(t *testing.T) {
	checkEnts(t, []entCase{
		{"cyclone", "The fund paid out after Cyclone Ilvara struck the islands.", "Cyclone Ilvara", TypeEvent},
		{"cyclone opening a sentence", "Cyclone Ilvara flattened the islands, officials said.", "Cyclone Ilvara", TypeEvent},
		{"hurricane with a given name", "Reefs never recovered from Hurricane Sandra in 2012.", "Hurricane Sandra", TypeEvent},
		{"pandemic", "Boats stayed in port during the COVID-19 pandemic, he said.", "COVID-19 pandemic", TypeEvent},
		{"civil war", "Thousands fled Angola's civil war in the 1980s.", "Angola's civil war", TypeEvent},
		{"dated place drought", "Farmers still talk about the 2016 Orvel drought and its dust storms.", "2016 Orvel drought", TypeEvent},
		{"place conflict", "The Tarvan Plains conflict lies behind the rupture.", "Tarvan Plains conflict", TypeEvent},
		{"round", "The Kelmar round, a third attempt at a truce, collapsed.", "Kelmar round", TypeEvent},
		{"capital's forum", "The two men chatted over coffee at the Astana International Forum.", "Astana International Forum", TypeEvent},
		{"exercise", "Ships sailed together on Friday in Exercise Copper Reed, the first joint drill.", "Exercise Copper Reed", TypeEvent},
		{"body's summit", "A protest greeted the Visegrad Group summit in Bratislava.", "Visegrad Group summit", TypeEvent},
		{"body's leaders meeting", "He hopes to raise the reef levy during the Pacific Islands Forum Leaders Meeting next year.", "Pacific Islands Forum Leaders Meeting", TypeEvent},
		// counter-examples
		{"storm that is a missile", "Britain sent Storm Shadow missiles.", "Storm Shadow", ""},
		{"typhoon jets", "The air force flew Typhoon Eltra jets over the coast.", "Typhoon Eltra", ""},
		{"storm in a link list", "Watch next\n· Typhoon Ilvara floods two harbour towns (1:58)\n· Port reopens after repairs (2:10)", "Typhoon Ilvara", ""},
		{"pandemic without a disease", "Prices rose during the pandemic, he said.", "pandemic", ""},
		{"drought as a modifier", "Aid reached the Orvel drought victims on Monday.", "Orvel drought", ""},
		{"round trip", "He booked a Kelmar round trip.", "Kelmar round", ""},
		{"exercise as a verb", "Exercise Caution, the sign said.", "Exercise Caution", ""},
	})
}

func TestInitialJoinsFullNameRound18(t *testing.T) {
	res := run(t, "Talks resume\n\nDauren Velikhov met the envoy on Monday. D. Velikhov said the corridor would open.\n")
	if n := countType(res, TypePerson); n != 1 {
		t.Errorf("D. Velikhov and Dauren Velikhov are %d people, want 1:\n%s", n, dump(res))
	}
	res = run(t, "Talks resume\n\nDana Marsk met Dmitri Marsk on Monday. D. Marsk said the corridor would open.\n")
	if n := countType(res, TypePerson); n != 3 {
		t.Errorf("D. Marsk with two full names to choose from: %d people, want 3:\n%s", n, dump(res))
	}
}

// countType counts the entities of one type.
func countType(res Result, typ string) int {
	n := 0
	for _, e := range res.Entities {
		if e.Type == typ {
			n++
		}
	}
	return n
}
