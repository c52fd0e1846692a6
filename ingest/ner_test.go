package ingest

import "testing"

func TestEntities(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want map[string]string // name → type ("" = must be absent or not that name)
	}{
		{"lower-cased names",
			"Talks resume\nEmmanuel macron and Denis volkov spoke in the capital. Officials from the united States and ukraine were present. President donald Trump said little.",
			map[string]string{"Emmanuel Macron": TypePerson, "Denis Volkov": TypePerson, "United States": TypeInstitution, "Ukraine": TypeInstitution, "Donald Trump": TypePerson}},
		{"institution heads",
			"Report\nA report by the Council on Foreign Relations was cited at Oxford University and the Bank of England, and the Ministry of Defence of Estonia replied.",
			map[string]string{"Council on Foreign Relations": TypeInstitution, "Oxford University": TypeInstitution, "Bank of England": TypeInstitution, "Ministry of Defence of Estonia": TypeInstitution}},
		{"event heads",
			"History\nThe Cuban Missile Crisis and the Vietnam War shaped the Cold War. Leaders met at the G20 summit after the war in Ukraine began.",
			map[string]string{"Cuban Missile Crisis": TypeEvent, "Vietnam War": TypeEvent, "Cold War": TypeEvent, "G20 summit": TypeEvent, "war in Ukraine": TypeEvent}},
		{"headline words are not names",
			"Diplomatic Efforts Continue Despite Setbacks\nKey Points of the Criticism\nArms Control Treaties Under Strain\nThe talks went on.",
			map[string]string{"Diplomatic Efforts": "", "Key Points": "", "Arms Control Treaties": ""}},
		{"hyphenated and code names",
			"Names\nPresident Lai Ching-te met Seo-yeon Park. The drills, code-named Blue Harbor, began after Operation Desert Storm ended.",
			map[string]string{"Lai Ching-te": TypePerson, "Seo-yeon Park": TypePerson, "Blue Harbor": TypeEvent, "Operation Desert Storm": TypeEvent}},
		{"unknown places after a place preposition",
			"War\nFighting continued near Kryvyi Rih and in Staro Selo, officials said.",
			map[string]string{"Staro Selo": TypePlace}},
		{"regnal names",
			"Royals\nKing Charles met Pope Leo in Rome. Charles said the visit was moving.",
			map[string]string{"King Charles": TypePerson, "Pope Leo": TypePerson}},
		{"ships are not people",
			"Ships\nThe research vessel Oruc Reis left port while the tanker Eagle Star waited.",
			map[string]string{"Oruc Reis": "", "Eagle Star": ""}},
		{"media and armed groups",
			"News\nRIA Novosti and RT Arabic reported that Islamic State claimed the attack, according to Reuters.",
			map[string]string{"RIA Novosti": TypeInstitution, "RT Arabic": TypeInstitution, "Islamic State": TypeInstitution, "Reuters": TypeInstitution}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			for name, typ := range tc.want {
				e := entityByName(res, name)
				switch {
				case typ == "" && e != nil:
					t.Errorf("unexpected entity %q (%s)", e.Name, e.Type)
				case typ != "" && e == nil:
					t.Errorf("missing %s %q\n%s", typ, name, dump(res))
				case typ != "" && e.Type != typ:
					t.Errorf("%q is %s, want %s", name, e.Type, typ)
				}
			}
		})
	}
}

func TestCapitalAsPlaceOrActor(t *testing.T) {
	res := run(t, "Envoy speaks\nThe Chilean ambassador to Washington, Pablo Reyes, spoke at a consular event in San Francisco. Washington said it would reply.\nMoscow rejected the claim.")
	us := entityByName(res, "United States")
	if us == nil {
		t.Fatalf("Washington acting should be the United States\n%s", dump(res))
	}
	if us.Mentions != 1 {
		t.Errorf("United States mentions = %d, want 1 (the place use must not count)", us.Mentions)
	}
	if e := entityByName(res, "San Francisco"); e == nil || e.Type != TypePlace {
		t.Errorf("San Francisco should be a place: %+v", e)
	}
	if ru := entityByName(res, "Russia"); ru == nil || ru.Type != TypeInstitution {
		t.Errorf("Moscow acting should be Russia\n%s", dump(res))
	}
	if !hasRel(res, RelAffiliatedWith, "Pablo Reyes", "Chile") {
		t.Errorf("ambassador's state is Chile, not the host\n%s", dump(res))
	}
	if hasRel(res, RelAffiliatedWith, "Pablo Reyes", "United States") {
		t.Errorf("host country taken as employer\n%s", dump(res))
	}
}

func TestResolution(t *testing.T) {
	t.Run("surname and full name", func(t *testing.T) {
		res := run(t, "Visit\nPavel Orlov arrived on Monday. Orlov said the visit went well. ORLOV later left.")
		e := entityByName(res, "Pavel Orlov")
		if e == nil || e.Mentions < 2 {
			t.Fatalf("Orlov not merged\n%s", dump(res))
		}
		if n := countType(res, TypePerson); n != 1 {
			t.Errorf("%d people, want 1\n%s", n, dump(res))
		}
	})
	t.Run("two people sharing a surname stay apart", func(t *testing.T) {
		res := run(t, "Two Lees\nJane Lee, an economist at Harvard University, spoke first. Lee said rates would rise. Then Robert Lee, a Navy admiral, took the floor. Lee said ships were ready.")
		jane, robert := entityByName(res, "Jane Lee"), entityByName(res, "Robert Lee")
		if jane == nil || robert == nil || jane.ID == robert.ID {
			t.Fatalf("the two Lees were merged or lost\n%s", dump(res))
		}
		if jane.Mentions != 2 || robert.Mentions != 2 {
			t.Errorf("lone surnames should go to the nearest Lee: jane %d robert %d\n%s", jane.Mentions, robert.Mentions, dump(res))
		}
	})
	t.Run("acronym and long form", func(t *testing.T) {
		res := run(t, "Spies\nThe Central Intelligence Agency declined to comment. A CIA official later confirmed it. The Council on Foreign Relations (CFR) published a study, and CFR experts disagreed.")
		cia := entityByName(res, "Central Intelligence Agency")
		if cia == nil || cia.Mentions != 2 {
			t.Errorf("CIA not merged with its long form\n%s", dump(res))
		}
		cfr := entityByName(res, "Council on Foreign Relations")
		if cfr == nil || cfr.Mentions != 3 {
			t.Errorf("CFR not merged with its long form\n%s", dump(res))
		}
	})
	t.Run("case variants", func(t *testing.T) {
		res := run(t, "Case\nEmmanuel Macron spoke. Later emmanuel macron and Emmanuel macron were quoted again.")
		n := 0
		for _, e := range res.Entities {
			if e.Type == TypePerson {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d people for one Putin\n%s", n, dump(res))
		}
	})
	t.Run("seat of government", func(t *testing.T) {
		res := run(t, "Kremlin\nThe Kremlin said the talks were useful. The White House said it agreed.")
		if !hasRel(res, RelSaid, "Russia", "") || !hasRel(res, RelSaid, "United States", "") {
			t.Errorf("seats should speak for their states\n%s", dump(res))
		}
	})
}

func TestEventPatterns(t *testing.T) {
	res := run(t, "Events\nThe war in Ukraine began with the invasion of Ukraine in 2022. The Ukraine war has lasted years. "+
		"A drone attack on a grain terminal in Odesa killed two. The Black Sea Navigation Accord was signed in Valletta. "+
		"The Istanbul prisoner exchange took place in April, and the Valletta Summit opened on Monday.")
	war := entityByName(res, "war in Ukraine")
	if war == nil || war.Mentions < 3 {
		t.Errorf("war in Ukraine not one event with three mentions\n%s", dump(res))
	}
	for _, name := range []string{"Odesa grain terminal attack", "Black Sea Navigation Accord", "Istanbul prisoner exchange", "Valletta Summit"} {
		if e := entityByName(res, name); e == nil || e.Type != TypeEvent {
			t.Errorf("missing event %q\n%s", name, dump(res))
		}
	}
	// generic nouns are not events
	res = run(t, "Talks\nThe talks went on. Negotiations resumed after the attack. Officials discussed the crisis.")
	for _, e := range res.Entities {
		if e.Type == TypeEvent {
			t.Errorf("generic noun taken as event: %q", e.Name)
		}
	}
}

func TestSeatsAndElections(t *testing.T) {
	res := run(t, "Monitoring\nBrussels said it would monitor the 2024 U.S. presidential election closely. A meeting in Brussels followed.")
	if !hasRel(res, RelSaid, "European Union", "") {
		t.Errorf("Brussels acting should be the European Union\n%s", dump(res))
	}
	if e := entityByName(res, "2024 U.S. presidential election"); e == nil || e.Type != TypeEvent {
		t.Errorf("dated election not an event\n%s", dump(res))
	}
	if e := entityByName(res, "European Union"); e == nil || e.Mentions != 1 {
		t.Errorf("Brussels as a place must not count for the EU\n%s", dump(res))
	}
}
