package ingest

import "testing"

func TestEntities(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want map[string]string // name → type ("" = must be absent or not that name)
	}{
		{"lower-cased names",
			"Talks resume\nVladimir putin and Kirill dmitriev spoke in the capital. Officials from the united States and ukraine were present. President donald Trump said little.",
			map[string]string{"Vladimir Putin": TypePerson, "Kirill Dmitriev": TypePerson, "United States": TypeInstitution, "Ukraine": TypeInstitution, "Donald Trump": TypePerson}},
		{"institution heads",
			"Report\nA report by the Council on Foreign Relations was cited at Stanford University and the Bank of England, and the Ministry of Defence of Estonia replied.",
			map[string]string{"Council on Foreign Relations": TypeInstitution, "Stanford University": TypeInstitution, "Bank of England": TypeInstitution, "Ministry of Defence of Estonia": TypeInstitution}},
		{"event heads",
			"History\nThe Cuban Missile Crisis and the Vietnam War shaped the Cold War. Leaders met at the G20 summit after the war in Ukraine began.",
			map[string]string{"Cuban Missile Crisis": TypeEvent, "Vietnam War": TypeEvent, "Cold War": TypeEvent, "G20 summit": TypeEvent, "war in Ukraine": TypeEvent}},
		{"headline words are not names",
			"Diplomatic Efforts Continue Despite Setbacks\nKey Points of the Criticism\nArms Control Treaties Under Strain\nThe talks went on.",
			map[string]string{"Diplomatic Efforts": "", "Key Points": "", "Arms Control Treaties": ""}},
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
		res := run(t, "Visit\nAnatoly Antonov arrived on Monday. Antonov said the visit went well. ANTONOV later left.")
		e := entityByName(res, "Anatoly Antonov")
		if e == nil || e.Mentions < 2 {
			t.Fatalf("Antonov not merged\n%s", dump(res))
		}
		n := 0
		for _, x := range res.Entities {
			if x.Type == TypePerson {
				n++
			}
		}
		if n != 1 {
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
		res := run(t, "Case\nVladimir Putin spoke. Later vladimir putin and Vladimir putin were quoted again.")
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
