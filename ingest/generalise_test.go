package ingest

import "testing"

// Rule families added for articles from other outlets and countries, each
// with counter-examples.

func TestAffiliationQualifiers(t *testing.T) {
	for _, tc := range []struct {
		name, text, person, inst string
		want                     bool
	}{
		{"place word between possessor and role", "A\nI met Canada's Arctic ambassador, Marie Tremblay, in Ottawa.", "Marie Tremblay", "Canada", true},
		{"hyphenated modifier", "A\nEU foreign-policy spokeswoman Anna Berg said the bloc would wait.", "Anna Berg", "European Union", true},
		{"rank title after the comma", "A\nHe met Mali's defence minister, Col. Amadou Keita, at the palace.", "Amadou Keita", "Mali", true},
		{"its: the clause subject", "A\nChina has avoided criticism; its special envoy, Liang Wei, held talks in Naypyitaw.", "Liang Wei", "China", true},
		{"its: a company role", "A\nThe ministry added Northwind Aerospace Systems to its list. Its chief executive, Paul Adams, is barred.", "Paul Adams", "Northwind Aerospace Systems", true},
		{"a function word stops the skip", "A\nDaniel Okafor to leave Ankara post for new role as detainee envoy\nThe end.", "Daniel Okafor", "Turkey", false},
		{"honorific after the comma", "A\nSingapore's foreign minister, Dr. Tan Wei Ming, said the bloc could not wait.", "Tan Wei Ming", "Singapore", true},
		{"role name with commas", "A\nShe met Ethiopia's Minister of Water, Irrigation and Energy, Dr. Getachew Bekele Wolde, in Cairo.", "Getachew Bekele Wolde", "Ethiopia", true},
		{"served as", "A\nTakahashi Kenji served as Japan's ambassador to South Korea from 2014 to 2017.", "Takahashi Kenji", "Japan", true},
		{"served, then something else", "A\nTakahashi Kenji served dinner as Japan's ambassador watched.", "Takahashi Kenji", "Japan", false},
		{"rank titles are not people", "A\nCol. Amadou Keita and Capt. Ali Musa spoke.", "Col", "Mali", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelAffiliatedWith, tc.person, tc.inst); got != tc.want {
				t.Errorf("AFFILIATED_WITH(%s, %s) = %v, want %v\n%s", tc.person, tc.inst, got, tc.want, dump(res))
			}
		})
	}
}

func TestNameShapes(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want map[string]string
	}{
		{"stacked particles", "A\nCommissioner Anna van der Berg-Mertens met Jorge de la Fuente Ibarra and Carlos Medina de los Rios.",
			map[string]string{"Anna van der Berg-Mertens": TypePerson, "Jorge de la Fuente Ibarra": TypePerson, "Carlos Medina de los Rios": TypePerson, "Jorge": ""}},
		{"Arabic names", "A\nSheikh Khalid bin Rashid al-Nuaimi spoke.", map[string]string{"Khalid bin Rashid al-Nuaimi": TypePerson}},
		{"Korean given names", "A\nMinister Kang Hye-won met Seo Jae-hyuk.", map[string]string{"Kang Hye-won": TypePerson, "Seo Jae-hyuk": TypePerson, "Kang Hye": ""}},
		{"a capital as a surname", "A\nMaria Fernanda Duarte Lima said the deal was fair.", map[string]string{"Maria Fernanda Duarte Lima": TypePerson, "Peru": ""}},
		{"a capital after one name stays a place", "A\nThe minister met Maria in Lima on Monday.", map[string]string{"Maria Lima": ""}},
		{"foreign lead heads", "A\nThe Instituto Cerrado de Estudos Globais and the Universidad Metropolitana del Sur published it, and Bank Sepah Tejarat was listed.",
			map[string]string{"Instituto Cerrado de Estudos Globais": TypeInstitution, "Universidad Metropolitana del Sur": TypeInstitution, "Bank Sepah Tejarat": TypeInstitution}},
		{"company heads", "A\nThe firm Irrawaddy Gems Enterprise was hit.", map[string]string{"Irrawaddy Gems Enterprise": TypeInstitution}},
		{"international bodies", "A\nThe Financial Action Task Force and the Economic Community of West African States met FIFA officials.",
			map[string]string{"Financial Action Task Force": TypeInstitution, "Economic Community of West African States": TypeInstitution, "FIFA": TypeInstitution}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			for name, typ := range tc.want {
				found := ""
				for _, e := range res.Entities {
					if e.Name == name {
						found = e.Type
					}
				}
				if found != typ {
					t.Errorf("%q: type %q, want %q\n%s", name, found, typ, dump(res))
				}
			}
		})
	}
}

func TestMeetingBetween(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"meeting between", "A\nA bilateral meeting between Emile Durand and Hanna Vogel took place on Monday.", true},
		{"held talks, then with", "A\nEmile Durand held direct talks during the session with Hanna Vogel.", true},
		{"scheduled", "A\nA meeting between Emile Durand and Hanna Vogel is scheduled for June.", false},
		{"states' dialogue", "A\nThey sabotaged dialogue between Emile Durand and Hanna Vogel.", false},
		{"not confirmed", "A\nA meeting between Emile Durand and Hanna Vogel has not been confirmed.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelMet, "Emile Durand", "Hanna Vogel"); got != tc.want {
				t.Errorf("MET = %v, want %v\n%s", got, tc.want, dump(res))
			}
		})
	}
}

func TestTitleLabels(t *testing.T) {
	body := "\nThe ministers met in the capital on Monday and agreed to meet again next month, officials said after the session ended."
	for _, tc := range []struct{ name, in, want string }{
		{"section label", "World\nLeaders agree to reopen the border" + body, "Leaders agree to reopen the border"},
		{"page kind", "Press release\nMinistry welcomes new trade rules for ports" + body, "Ministry welcomes new trade rules for ports"},
		{"label before a bar", "OPINION | Why the border deal will not last" + body, "Why the border deal will not last"},
		{"breadcrumb with >", "Gulf Briefing > Analysis\nTanker attack tests a fragile truce" + body, "Tanker attack tests a fragile truce"},
		{"slash trail", "Home / World / Asia\nFloods close three provinces in the north" + body, "Floods close three provinces in the north"},
		{"site name", "Surrey Valley Tribune\nCouncil votes to close two libraries" + body, "Council votes to close two libraries"},
		{"magazine name", "Agribusiness Monthly\nGrain exporters brace for new duties" + body, "Grain exporters brace for new duties"},
		{"full-stop headline", "The deal is six months old. Nobody is counting.\n\nBy Ana Silva\n" + body, "The deal is six months old. Nobody is counting."},
		// counter-examples
		{"one-word headline above the text", "Ceasefire" + body, "Ceasefire"},
		{"short headline, then byline", "Talks collapse\nBy Ana Silva" + body, "Talks collapse"},
		{"a lede is not a headline", "The ministers met in the capital on Monday.\nThey agreed to meet again.", ""},
		{"a wire lede", "NAIROBI, May 4 (Reuters) – Kenya agreed to reopen the road.\n\nMore text follows here.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean(tc.in).title; got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSanctionPatterns(t *testing.T) {
	for _, tc := range []struct {
		name, text, imposer, target string
		want                        bool
	}{
		{"entity list", "A\nChina's Ministry of Commerce added Northwind Aerospace Systems, a drone maker, to its unreliable entity list on Monday.", "China's Ministry of Commerce", "Northwind Aerospace Systems", true},
		{"SDN list", "A\nThe Treasury Department added Baltic Star Shipping to the SDN list.", "Treasury Department", "Baltic Star Shipping", true},
		{"passive by", "A\nBaltic Star Shipping was sanctioned by the European Union in May.", "European Union", "Baltic Star Shipping", true},
		{"several targets", "A\nThe European Union sanctioned Baltic Star Shipping, Orion Metals Group and Delta Freight Lines on Monday.", "European Union", "Delta Freight Lines", true},
		{"asset freeze after a verb", "A\nThe United States imposed sanctions on Venezuelan oil firms and froze the assets of the state refiner Orinoco Refining Company.", "United States", "Orinoco Refining Company", true},
		{"travel ban", "A\nThe State Department announced a travel ban on twelve officials, among them the oil minister, Jorge Medina Rivas.", "State Department", "Jorge Medina Rivas", true},
		{"blockade", "A\nSaudi Arabia imposed a blockade on Qatar in June.", "Saudi Arabia", "Qatar", true},
		{"embargo on the state", "A\nSaudi Arabia, Bahrain and Egypt cut ties with Qatar and slapped an air embargo on the tiny gas-rich state.", "Egypt", "Qatar", true},
		{"pronoun subject", "A\nThe Treasury Department said it has imposed sanctions on two Iranian drone manufacturers.", "Treasury Department", "Iran", true},
		{"demonym in a list", "A\nThe United States added four Myanmar conglomerates, including Golden Gems Enterprise, to the Commerce Department's entity list.", "United States", "Golden Gems Enterprise", true},
		{"keeps an embargo", "A\nKosovo still keeps parts of the trade embargo on Serbian goods.", "Kosovo", "Serbia", true},
		{"two nouns before on", "A\nThe European Union imposed a travel ban and asset freeze on Orion Metals Group.", "European Union", "Orion Metals Group", true},
		// counter-examples
		{"proposed", "A\nThe European Union proposed adding Baltic Star Shipping to its sanctions list.", "European Union", "Baltic Star Shipping", false},
		{"considering", "A\nThe European Union is considering a travel ban on Jorge Medina Rivas.", "European Union", "Jorge Medina Rivas", false},
		{"threatened", "A\nSaudi Arabia threatened to impose a blockade on Qatar.", "Saudi Arabia", "Qatar", false},
		{"declined", "A\nThe European Union declined to add Baltic Star Shipping to its sanctions list.", "European Union", "Baltic Star Shipping", false},
		{"would not join", "A\nColombia said it would not join the sanctions on Venezuela.", "Colombia", "Venezuela", false},
		{"not a list of sanctions", "A\nThe ministry added Baltic Star Shipping to its list of approved suppliers.", "ministry", "Baltic Star Shipping", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelSanctioned, tc.imposer, tc.target); got != tc.want {
				t.Errorf("SANCTIONED(%s, %s) = %v, want %v\n%s", tc.imposer, tc.target, got, tc.want, dump(res))
			}
		})
	}
}

func TestMeetingPatterns(t *testing.T) {
	for _, tc := range []struct {
		name, text, a, b string
		want             bool
	}{
		{"flew for talks", "A\nEmile Durand went to Rome and later flew to Doha for talks with Hanna Vogel.", "Emile Durand", "Hanna Vogel", true},
		{"same room", "A\nEmile Durand and Hanna Vogel have been in the same room with Ravi Rao for four hours.", "Hanna Vogel", "Ravi Rao", true},
		{"same room, pair", "A\nEmile Durand, France's prime minister, and Kosovo's prime minister, Hanna Vogel, have been in the same room with Ravi Rao.", "Emile Durand", "Hanna Vogel", true},
		{"second object after a role", "A\nEmile Durand met Mali's defence minister, Col. Ravi Rao, and Niger's interior minister, Hanna Vogel.", "Emile Durand", "Hanna Vogel", true},
		{"and with", "A\nEmile Durand held talks with Egypt's Minister of Water, Irrigation and Energy, Dr. Ravi Rao, and with Sudan's minister, Hanna Vogel, on the dam.", "Emile Durand", "Hanna Vogel", true},
		{"role of an organisation", "A\nEmile Durand said he had spoken by phone with the commander of the Northern Fleet Command, Adm. Hanna Vogel, on Tuesday.", "Emile Durand", "Hanna Vogel", true},
		{"videoconference", "A\nEmile Durand held a videoconference on Monday with Hanna Vogel to review the plan.", "Emile Durand", "Hanna Vogel", true},
		{"place word before the role", "A\nEmile Durand met Canada's Arctic ambassador, Hanna Vogel, in Ottawa.", "Emile Durand", "Hanna Vogel", true},
		{"interview answer", "Talks with neighbours\nEmile Durand served as ambassador to Canada. We spoke to him in Paris.\nQ: How are relations?\nA: I met Hanna Vogel in Ottawa last month, and we spoke candidly.", "Emile Durand", "Hanna Vogel", true},
		{"interview statement", "Talks: an interview with former ambassador Emile Durand\nQ: You met Hanna Vogel several times during your posting.\nA: Yes, often.", "Emile Durand", "Hanna Vogel", true},
		// counter-examples
		{"interview question", "Talks: an interview with Emile Durand\nQ: Did you meet Hanna Vogel this year?\nA: No.", "Emile Durand", "Hanna Vogel", false},
		{"I outside an interview", "A\nEmile Durand wrote the column. I met Hanna Vogel in Ottawa.", "Emile Durand", "Hanna Vogel", false},
		{"claimed call", "A\nA spokeswoman claimed Emile Durand had spoken by phone with Hanna Vogel last week.", "Emile Durand", "Hanna Vogel", false},
		{"planned trip for talks", "A\nEmile Durand plans to fly to Doha for talks with Hanna Vogel.", "Emile Durand", "Hanna Vogel", false},
		{"called off", "A\nEmile Durand had been set to meet Hanna Vogel, but the meeting was called off.", "Emile Durand", "Hanna Vogel", false},
		{"declined to meet", "A\nEmile Durand declined to meet Hanna Vogel in Niamey.", "Emile Durand", "Hanna Vogel", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelMet, tc.a, tc.b); got != tc.want {
				t.Errorf("MET(%s, %s) = %v, want %v\n%s", tc.a, tc.b, got, tc.want, dump(res))
			}
		})
	}
}

func TestNamedEventShapes(t *testing.T) {
	for _, tc := range []struct {
		name, text, event string
		want              bool
	}{
		{"adjective summit", "A\nLeaders met in Jakarta for their emergency summit on the crisis.", "emergency summit", true},
		{"body summit with adjective", "A\nAn extraordinary African Union summit on Somalia was postponed.", "extraordinary African Union summit on Somalia", true},
		{"state's elections", "A\nSerbia's parliamentary elections are due next year.", "Serbian parliamentary elections", true},
		{"N-point agreement", "A\nThe two leaders initialled a 15-point agreement on the north.", "15-point agreement", true},
		{"word-number consensus", "A\nThey agreed to a five-point consensus in April.", "five-point consensus", true},
		{"declaration of", "A\nEgypt called it a violation of the 2015 Declaration of Principles.", "Declaration of Principles", true},
		{"exercise with year", "A\nThe drills, code-named Azure Shield-2024, involved 125 aircraft.", "Azure Shield-2024", true},
		{"exercise with year, no cue", "A\nAzure Shield-2024 involved 125 aircraft.", "Azure Shield-2024", true},
		{"quoted exercise", "A\nThe navy wrapped up its 'Azure Shield' drills on Monday.", "Azure Shield", true},
		{"coup in a state", "A\nThe coup in Niger shocked the region.", "coup in Niger", true},
		{"state coup", "A\nSince the Niger coup, trade has stopped.", "Niger coup", true},
		{"attack on a ship", "A\nDebris was found after the attack on the MV Sapphire Dawn.", "MV Sapphire Dawn attack", true},
		// counter-examples
		{"a coup alone", "A\nSince the coup, trade has stopped.", "coup", false},
		{"plain summit", "A\nThe summit ended without a statement.", "summit", false},
		{"elections without a state", "A\nParliamentary elections are due next year.", "parliamentary elections", false},
		{"one-word drills", "A\nChinese drills ended on Monday.", "Chinese", false},
		{"talks are not an event", "A\nThe talks ended on Monday.", "talks", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			e := entityByName(res, tc.event)
			if got := e != nil && e.Type == TypeEvent; got != tc.want {
				t.Errorf("event %q = %v, want %v\n%s", tc.event, got, tc.want, dump(res))
			}
		})
	}
}

func TestNameShapesMore(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want map[string]string
	}{
		{"month inside a hyphenated given name", "A\nThe EU spokesman, Pieter-Jan van den Broeck, said the duties were lawful.", map[string]string{"Pieter-Jan van den Broeck": TypePerson, "Pieter": ""}},
		{"Al- at a sentence start", "A\nQatar's foreign minister, Sheikh Nasser bin Fahad al-Muhannadi, spoke.\nAl-Muhannadi said Qatar would not yield.", map[string]string{"Nasser bin Fahad al-Muhannadi": TypePerson, "Al": ""}},
		{"ships are not people", "A\nDebris was recovered from the MV Sapphire Dawn and the USS Carney.", map[string]string{"MV Sapphire Dawn": TypePlace, "MV Sapphire": "", "USS Carney": TypePlace}},
		{"company short form", "A\nThe ministry listed Meridian Aerospace Systems. Meridian Aerospace said it had no assets.", map[string]string{"Meridian Aerospace Systems": TypeInstitution}},
		{"unknown given name before particles", "A\nCommissioner for Budget and Administration Annelies van der Berg-Mertens said the funds were frozen.", map[string]string{"Annelies van der Berg-Mertens": TypePerson, "Berg-Mertens": ""}},
		{"wire credits are furniture", "A\nThe panel ruled on Monday that the duties were unlawful and must be withdrawn within ninety days, officials said.\n(Reporting by Anna Berg; Editing by Simon Okoro-Wells)", map[string]string{"Simon Okoro-Wells": ""}},
		{"dateline credit style", "A\nVIENNA, Nov 19 (Reuters-style) - Iran agreed on a timetable.", map[string]string{"Reuters": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			for name, typ := range tc.want {
				found := ""
				for _, e := range res.Entities {
					if e.Name == name {
						found = e.Type
					}
				}
				if found != typ {
					t.Errorf("%q: type %q, want %q\n%s", name, found, typ, dump(res))
				}
			}
			if tc.name == "company short form" {
				n := 0
				for _, e := range res.Entities {
					if e.Type == TypeInstitution && len(e.Name) > 8 && e.Name[:8] == "Meridian" {
						n++
					}
				}
				if n != 1 {
					t.Errorf("short form not merged\n%s", dump(res))
				}
			}
		})
	}
}

func TestSpeakerShapes(t *testing.T) {
	for _, tc := range []struct {
		name, text, speaker string
		want                bool
	}{
		{"titled appositive", "A\nSingapore's foreign minister, Dr. Tan Wei Ming, said the bloc could not wait.", "Tan Wei Ming", true},
		{"inverted with a role and title", "A\n\"The drills are a message,\" said the centre's director, Dr. Hsu Wei-chen.", "Hsu Wei-chen", true},
		{"an organ speaks for its body", "A\nA planned meeting was postponed, the GCC secretariat said.", "Gulf Cooperation Council", true},
		{"plural possessive in a name", "A\nThe European Steel Tube Producers' Association said it was disappointed.", "European Steel Tube Producers' Association", true},
		{"interview answers", "Talks\nEmile Durand served as ambassador to Canada. We spoke to him in Paris.\nQ: How are relations?\nA: Relations are poor.", "Emile Durand", true},
		// counter-examples
		{"the titled person, not the state", "A\nSingapore's foreign minister, Dr. Tan Wei Ming, said the bloc could not wait.", "Singapore", false},
		{"no interview without Q and A", "Talks\nEmile Durand served as ambassador to Canada.\nA: Relations are poor.", "Emile Durand", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelSaid, tc.speaker, ""); got != tc.want {
				t.Errorf("SAID(%s) = %v, want %v\n%s", tc.speaker, got, tc.want, dump(res))
			}
		})
	}
}

func TestMeetingPatternsMore(t *testing.T) {
	for _, tc := range []struct {
		name, text, a, b string
		want             bool
	}{
		{"hosted for talks", "A\nEmile Durand hosted Hanna Vogel for talks in Paris on Monday.", "Emile Durand", "Hanna Vogel", true},
		{"received", "A\nEmile Durand received Hanna Vogel at the palace on Monday.", "Emile Durand", "Hanna Vogel", true},
		{"sat down with", "A\nEmile Durand sat down with Hanna Vogel on Monday.", "Emile Durand", "Hanna Vogel", true},
		{"held a phone call", "A\nEmile Durand held a phone call with Hanna Vogel on Monday.", "Emile Durand", "Hanna Vogel", true},
		{"spoke by telephone", "A\nEmile Durand spoke by telephone with Hanna Vogel on Monday.", "Emile Durand", "Hanna Vogel", true},
		{"three-way", "A\nEmile Durand, Hanna Vogel and Ravi Rao met in Geneva on Monday.", "Hanna Vogel", "Ravi Rao", true},
		{"met with two", "A\nEmile Durand met with Hanna Vogel and Ravi Rao in Geneva.", "Emile Durand", "Ravi Rao", true},
		{"role noun subject", "A\nFrance's envoy, Emile Durand, arrived on Monday. The envoy met Hanna Vogel on Tuesday.", "Emile Durand", "Hanna Vogel", true},
		{"called off", "A\nA meeting between Emile Durand and Hanna Vogel was called off.", "Emile Durand", "Hanna Vogel", false},
		{"cancelled talks", "A\nEmile Durand cancelled talks with Hanna Vogel.", "Emile Durand", "Hanna Vogel", false},
		{"did not meet", "A\nEmile Durand did not meet Hanna Vogel in Geneva.", "Emile Durand", "Hanna Vogel", false},
		{"refused to meet", "A\nEmile Durand refused to meet Hanna Vogel.", "Emile Durand", "Hanna Vogel", false},
		{"no meeting took place", "A\nEmile Durand travelled to Geneva, but no meeting with Hanna Vogel took place.", "Emile Durand", "Hanna Vogel", false},
		{"scrapped", "A\nEmile Durand's talks with Hanna Vogel were scrapped.", "Emile Durand", "Hanna Vogel", false},
		{"negation in another clause", "A\nEmile Durand did not attend the dinner, but he met Hanna Vogel on Tuesday.", "Emile Durand", "Hanna Vogel", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelMet, tc.a, tc.b); got != tc.want {
				t.Errorf("MET(%s, %s) = %v, want %v\n%s", tc.a, tc.b, got, tc.want, dump(res))
			}
		})
	}
}

func TestSanctionClauseScope(t *testing.T) {
	for _, tc := range []struct {
		name, text, imposer, target string
		want                        bool
	}{
		{"negation in an earlier clause", "A\nThe European Union has not acted, but Britain froze the assets of Orion Metals Group.", "United Kingdom", "Orion Metals Group", true},
		{"could", "A\nBritain could freeze the assets of Orion Metals Group.", "United Kingdom", "Orion Metals Group", false},
		{"not approved", "A\nThe European Union has not approved sanctions on Orion Metals Group.", "European Union", "Orion Metals Group", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelSanctioned, tc.imposer, tc.target); got != tc.want {
				t.Errorf("SANCTIONED(%s, %s) = %v, want %v\n%s", tc.imposer, tc.target, got, tc.want, dump(res))
			}
		})
	}
}

func TestSanctionPatternsMore(t *testing.T) {
	for _, tc := range []struct {
		name, text, imposer, target string
		want                        bool
	}{
		{"passive added by", "A\nOrion Metals Group was added to the entity list by the Commerce Department on Monday.", "Commerce Department", "Orion Metals Group", true},
		{"were blacklisted by", "A\nThree firms, including Orion Metals Group, were blacklisted by the European Union.", "European Union", "Orion Metals Group", true},
		{"demonym firms", "A\nThe United States imposed sanctions on Venezuelan oil firms on Monday.", "United States", "Venezuela", true},
		{"OFAC", "A\nOFAC sanctioned Orion Metals Group on Monday.", "Office of Foreign Assets Control", "Orion Metals Group", true},
		{"Council", "A\nThe Council of the European Union imposed an asset freeze on Orion Metals Group.", "Council of the European Union", "Orion Metals Group", true},
		{"export ban", "A\nChina imposed an export ban on Orion Metals Group.", "China", "Orion Metals Group", true},
		{"threatened blockade", "A\nSaudi Arabia threatened a blockade of Qatar.", "Saudi Arabia", "Qatar", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelSanctioned, tc.imposer, tc.target); got != tc.want {
				t.Errorf("SANCTIONED(%s, %s) = %v, want %v\n%s", tc.imposer, tc.target, got, tc.want, dump(res))
			}
		})
	}
}
