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
		{"its: the clause subject", "A\nChina has kept silent; its special envoy, Liang Wei, flew to Kathmandu.", "Liang Wei", "China", true},
		{"its: a company role", "A\nThe ministry added Northwind Aerospace Systems to its list. Its chief executive, Paul Adams, is barred.", "Paul Adams", "Northwind Aerospace Systems", true},
		{"a function word stops the skip", "A\nDaniel Okafor to leave Ankara post for new role as detainee envoy\nThe end.", "Daniel Okafor", "Turkey", false},
		{"honorific after the comma", "A\nMalaysia's foreign minister, Dr. Lim Kok Seng, said the fund was too small.", "Lim Kok Seng", "Malaysia", true},
		{"role name with commas", "A\nShe met Kenya's Minister of Roads, Transport and Housing, Dr. Otieno Kamau Njoroge, in Nairobi.", "Otieno Kamau Njoroge", "Kenya", true},
		{"served as", "A\nMorita Haruki served as Japan's envoy to Brazil between 2009 and 2012.", "Morita Haruki", "Japan", true},
		{"served, then something else", "A\nMorita Haruki served tea while Japan's ambassador looked on.", "Morita Haruki", "Japan", false},
		{"rank titles are not people", "A\nCol. Amadou Keita and Capt. Ali Musa spoke.", "Col", "Mali", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelAffiliatedWith, tc.person, tc.inst, tc.want)
		})
	}
}

func TestNameShapes(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want map[string]string
	}{
		{"stacked particles", "A\nCommissioner Anna van der Berg-Mertens met Tomas de la Vega Arriaga and Carlos Medina de los Rios.",
			map[string]string{"Anna van der Berg-Mertens": TypePerson, "Tomas de la Vega Arriaga": TypePerson, "Carlos Medina de los Rios": TypePerson, "Tomas": ""}},
		{"Arabic names", "A\nSheikh Hamad bin Saleh al-Mansouri spoke.", map[string]string{"Hamad bin Saleh al-Mansouri": TypePerson}},
		{"Korean given names", "A\nMinister Kang Hye-won met Seo Jae-hyuk.", map[string]string{"Kang Hye-won": TypePerson, "Seo Jae-hyuk": TypePerson, "Kang Hye": ""}},
		{"a capital as a surname", "A\nMaria Fernanda Duarte Lima said the deal was fair.", map[string]string{"Maria Fernanda Duarte Lima": TypePerson, "Peru": ""}},
		{"a capital after one name stays a place", "A\nThe minister met Maria in Lima on Monday.", map[string]string{"Maria Lima": ""}},
		{"foreign lead heads", "A\nThe Instituto Serrano de Estudos Urbanos and the Universidad Metropolitana del Sur published it, and Bank Sepah Tejarat was listed.",
			map[string]string{"Instituto Serrano de Estudos Urbanos": TypeInstitution, "Universidad Metropolitana del Sur": TypeInstitution, "Bank Sepah Tejarat": TypeInstitution}},
		{"company heads", "A\nThe firm Irrawaddy Gems Enterprise was hit.", map[string]string{"Irrawaddy Gems Enterprise": TypeInstitution}},
		{"international bodies", "A\nThe Financial Action Task Force and the Organisation of Islamic Cooperation met FIFA officials.",
			map[string]string{"Financial Action Task Force": TypeInstitution, "Organisation of Islamic Cooperation": TypeInstitution, "FIFA": TypeInstitution}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantTypes(t, res, tc.want)
		})
	}
}

func TestMeetingBetween(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"meeting between", "A\nA bilateral meeting between Emile Durand and Hanna Vogel took place on Monday.", true},
		{"held talks, then with", "A\nEmile Durand held frank talks at the palace with Hanna Vogel.", true},
		{"scheduled", "A\nA meeting between Emile Durand and Hanna Vogel is scheduled for June.", false},
		{"states' dialogue", "A\nThey sabotaged dialogue between Emile Durand and Hanna Vogel.", false},
		{"not confirmed", "A\nA meeting between Emile Durand and Hanna Vogel has not been confirmed.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelMet, "Emile Durand", "Hanna Vogel", tc.want)
		})
	}
}

func TestTitleLabels(t *testing.T) {
	body := "\nThe envoys met in the port city on Friday and then agreed to continue the talks in June, aides said."
	for _, tc := range []struct{ name, in, want string }{
		{"section label", "World\nLeaders agree to reopen the border" + body, "Leaders agree to reopen the border"},
		{"page kind", "Press release\nMinistry welcomes new trade rules for ports" + body, "Ministry welcomes new trade rules for ports"},
		{"label before a bar", "OPINION | Why the border deal will not last" + body, "Why the border deal will not last"},
		{"breadcrumb with >", "Gulf Briefing > Analysis\nTanker attack tests a fragile truce" + body, "Tanker attack tests a fragile truce"},
		{"slash trail", "Home / World / Asia\nFloods close three provinces in the north" + body, "Floods close three provinces in the north"},
		{"site name", "Surrey Valley Tribune\nCouncil votes to close two libraries" + body, "Council votes to close two libraries"},
		{"magazine name", "Agribusiness Monthly\nGrain exporters brace for new duties" + body, "Grain exporters brace for new duties"},
		{"full-stop headline", "The truce is ten weeks old. Few are cheering.\n\nBy Ana Silva\n" + body, "The truce is ten weeks old. Few are cheering."},
		// counter-examples
		{"one-word headline above the text", "Ceasefire" + body, "Ceasefire"},
		{"short headline, then byline", "Talks collapse\nBy Ana Silva" + body, "Talks collapse"},
		{"a lede is not a headline", "The delegates gathered in the town hall on Thursday.\nThey promised to reconvene.", ""},
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
		{"passive by", "A\nBaltic Star Shipping was sanctioned by the European Union last spring.", "European Union", "Baltic Star Shipping", true},
		{"several targets", "A\nThe European Union sanctioned Baltic Star Shipping, Orion Metals Group and Delta Freight Lines on Monday.", "European Union", "Delta Freight Lines", true},
		{"asset freeze after a verb", "A\nCanada imposed sanctions on Bolivian mining firms and then froze the assets of the state smelter Altiplano Tin Corporation.", "Canada", "Altiplano Tin Corporation", true},
		{"travel ban", "A\nThe State Department slapped a travel ban on nine judges, among them the chief justice, Rafael Osorio Lund.", "State Department", "Rafael Osorio Lund", true},
		{"blockade", "A\nSaudi Arabia imposed a blockade on Qatar in June.", "Saudi Arabia", "Qatar", true},
		{"embargo on the state", "A\nSudan, Chad and Egypt broke off relations with Libya and imposed an air embargo on the desert state.", "Egypt", "Libya", true},
		{"pronoun subject", "A\nThe Treasury Department said it has now imposed sanctions on three Syrian chemical suppliers.", "Treasury Department", "Syria", true},
		{"demonym in a list", "A\nThe United States added five Cambodian timber groups, including Mekong Teak Holdings, to the Commerce Department's entity list last week.", "United States", "Mekong Teak Holdings", true},
		{"keeps an embargo", "A\nArmenia still keeps a partial embargo on Turkish cement.", "Armenia", "Turkey", true},
		{"two nouns before on", "A\nJapan imposed an export ban and a visa ban on Orion Metals Group.", "Japan", "Orion Metals Group", true},
		// counter-examples
		{"proposed", "A\nThe European Union proposed adding Baltic Star Shipping to its sanctions list.", "European Union", "Baltic Star Shipping", false},
		{"considering", "A\nThe European Union is considering a travel ban on Jorge Medina Rivas.", "European Union", "Jorge Medina Rivas", false},
		{"threatened", "A\nSaudi Arabia threatened to impose a blockade on Qatar.", "Saudi Arabia", "Qatar", false},
		{"declined", "A\nThe European Union declined to add Baltic Star Shipping to its sanctions list.", "European Union", "Baltic Star Shipping", false},
		{"would not join", "A\nPeru said it would not join any sanctions against Bolivia.", "Peru", "Bolivia", false},
		{"not a list of sanctions", "A\nThe ministry added Baltic Star Shipping to its list of approved suppliers.", "ministry", "Baltic Star Shipping", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelSanctioned, tc.imposer, tc.target, tc.want)
		})
	}
}

func TestMeetingPatterns(t *testing.T) {
	for _, tc := range []struct {
		name, text, a, b string
		want             bool
	}{
		{"flew for talks", "A\nEmile Durand stopped in Vienna and then flew to Muscat for talks with Hanna Vogel.", "Emile Durand", "Hanna Vogel", true},
		{"same room", "A\nEmile Durand and Hanna Vogel were in the same room with Ravi Rao all afternoon.", "Hanna Vogel", "Ravi Rao", true},
		{"same room, pair", "A\nEmile Durand, France's prime minister, and Latvia's prime minister, Hanna Vogel, were in the same room with Ravi Rao.", "Emile Durand", "Hanna Vogel", true},
		{"second object after a role", "A\nEmile Durand met Mali's defence minister, Col. Ravi Rao, and Niger's interior minister, Hanna Vogel.", "Emile Durand", "Hanna Vogel", true},
		{"and with", "A\nEmile Durand held talks with Kenya's Minister of Roads, Transport and Housing, Dr. Ravi Rao, and with Uganda's minister, Hanna Vogel, on the railway.", "Emile Durand", "Hanna Vogel", true},
		{"role of an organisation", "A\nEmile Durand said he had a call with the chief of the Coastal Defence Command, Adm. Hanna Vogel, on Thursday.", "Emile Durand", "Hanna Vogel", true},
		{"videoconference", "A\nEmile Durand held a videoconference on Monday with Hanna Vogel to review the plan.", "Emile Durand", "Hanna Vogel", true},
		{"place word before the role", "A\nEmile Durand met Canada's Arctic ambassador, Hanna Vogel, in Ottawa.", "Emile Durand", "Hanna Vogel", true},
		{"interview answer", "Talks with neighbours\nEmile Durand was once envoy to Chile. We reached him in Lyon.\nQ: How are relations?\nA: I met Hanna Vogel in Santiago in March, and we argued politely.", "Emile Durand", "Hanna Vogel", true},
		{"interview statement", "Talks: an interview with the retired envoy Emile Durand\nQ: You met Hanna Vogel often while in Lima.\nA: Yes, twice a month.", "Emile Durand", "Hanna Vogel", true},
		// counter-examples
		{"interview question", "Talks: an interview with Emile Durand\nQ: Did you meet Hanna Vogel this year?\nA: No.", "Emile Durand", "Hanna Vogel", false},
		{"I outside an interview", "A\nEmile Durand wrote the column. I met Hanna Vogel in Ottawa.", "Emile Durand", "Hanna Vogel", false},
		{"claimed call", "A\nA spokeswoman claimed Emile Durand met Hanna Vogel in secret in May.", "Emile Durand", "Hanna Vogel", false},
		{"planned trip for talks", "A\nEmile Durand plans to fly to Muscat to hold talks with Hanna Vogel.", "Emile Durand", "Hanna Vogel", false},
		{"called off", "A\nEmile Durand was to see Hanna Vogel on Friday, but that meeting got called off.", "Emile Durand", "Hanna Vogel", false},
		{"declined to meet", "A\nEmile Durand declined to meet Hanna Vogel in Niamey.", "Emile Durand", "Hanna Vogel", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelMet, tc.a, tc.b, tc.want)
		})
	}
}

func TestNamedEventShapes(t *testing.T) {
	for _, tc := range []struct {
		name, text, event string
		want              bool
	}{
		{"adjective summit", "A\nLeaders gathered in Lusaka for an emergency summit about the floods.", "emergency summit", true},
		{"body summit with adjective", "A\nAn extraordinary Arab League summit on Sudan was delayed.", "extraordinary Arab League summit on Sudan", true},
		{"state's elections", "A\nRomania's parliamentary elections take place in the autumn.", "Romanian parliamentary elections", true},
		{"N-point agreement", "A\nThe two parties signed a 12-point agreement on water sharing.", "12-point agreement", true},
		{"word-number consensus", "A\nBoth sides endorsed a seven-point consensus last week.", "seven-point consensus", true},
		{"declaration of", "A\nJordan said the move breached the 1994 Declaration of Intent.", "Declaration of Intent", true},
		{"exercise with year", "A\nThe manoeuvres, code-named Granite Falcon-2021, included 40 warships.", "Granite Falcon-2021", true},
		{"exercise with year, no cue", "A\nGranite Falcon-2021 included 40 warships.", "Granite Falcon-2021", true},
		{"quoted exercise", "A\nThe navy wrapped up its 'Azure Shield' drills on Monday.", "Azure Shield", true},
		{"coup in a state", "A\nThe coup in Niger shocked the region.", "coup in Niger", true},
		{"state coup", "A\nSince the Niger coup, trade has stopped.", "Niger coup", true},
		{"attack on a ship", "A\nDebris was found after the attack on the MV Sapphire Dawn.", "MV Sapphire Dawn attack", true},
		// counter-examples
		{"a coup alone", "A\nSince the coup, trade has stopped.", "coup", false},
		{"plain summit", "A\nThe summit ended without a statement.", "summit", false},
		{"elections without a state", "A\nParliamentary elections take place in the autumn.", "parliamentary elections", false},
		{"one-word drills", "A\nChinese drills ended on Monday.", "Chinese", false},
		{"talks are not an event", "A\nThe talks ended on Monday.", "talks", false},
		{"a year range before a war", "A\nThe accord came a decade after their 2008-2009 border war.", "2008-2009 border war", true},
		{"a day before launches", "A\nThe Council condemned Ruritania's July 5 missile launches.", "July 5 missile launches", true},
		{"a month and year before a killing", "A\nThe June 2023 killing of an activist strained ties.", "June 2023 killing", true},
		{"a modifier and a date after", "A\nTroops seized the valley following a military offensive in March 2019.", "military offensive", true},
		{"launches without a date", "A\nShe said more launches were possible.", "launches", false},
		{"an offensive without a modifier", "A\nThe offensive in September 2023 was brief.", "offensive", false},
		{"a number is not a date", "A\nThe army fired 40 missile launches.", "40 missile launches", false},
		{"two states' war", "A\nVeterans of the Eritrean-Ethiopian War marched.", "Eritrean-Ethiopian War", true},
		{"N-party talks", "A\nShe called for reviving the four-party talks in Geneva.", "four-party talks", true},
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
		{"month inside a hyphenated given name", "A\nThe EU trade spokesman, Gert-Jan de Wit, said the tariffs were legal.", map[string]string{"Gert-Jan de Wit": TypePerson, "Gert": ""}},
		{"Al- at a sentence start", "A\nKuwait's oil minister, Sheikh Salem bin Hamad al-Sabhan, spoke.\nAl-Sabhan said Kuwait would not budge.", map[string]string{"Salem bin Hamad al-Sabhan": TypePerson, "Al": ""}},
		{"ships are not people", "A\nCrew were rescued from the MV Coral Meridian and the USS Halsey.", map[string]string{"MV Coral Meridian": TypePlace, "MV Coral": "", "USS Halsey": TypePlace}},
		{"company short form", "A\nThe ministry listed Meridian Aerospace Systems. Meridian Aerospace said it had no assets.", map[string]string{"Meridian Aerospace Systems": TypeInstitution}},
		{"unknown given name before particles", "A\nCommissioner for Fisheries and Oceans Liesbeth van der Hoek-Janssen said the quotas were cut.", map[string]string{"Liesbeth van der Hoek-Janssen": TypePerson, "Hoek-Janssen": ""}},
		{"wire credits are furniture", "A\nThe tribunal found on Friday that the levies breached the treaty and gave both parties sixty days, aides said.\n(Reporting by Anna Berg; Editing by Peter Ndlovu-Grant)", map[string]string{"Peter Ndlovu-Grant": ""}},
		{"dateline credit style", "A\nVIENNA, Nov 19 (Reuters-style) - Iran agreed on a timetable.", map[string]string{"Reuters": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantTypes(t, res, tc.want)
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
		{"titled appositive", "A\nMalaysia's foreign minister, Dr. Lim Kok Seng, said the fund was too small.", "Lim Kok Seng", true},
		{"inverted with a role and title", "A\n\"The patrols are a warning,\" said the institute's director, Dr. Lin Mei-hua.", "Lin Mei-hua", true},
		{"an organ speaks for its body", "A\nA planned meeting was postponed, the GCC secretariat said.", "Gulf Cooperation Council", true},
		{"plural possessive in a name", "A\nThe Nordic Salmon Farmers' Association said it was dismayed.", "Nordic Salmon Farmers' Association", true},
		{"interview answers", "Talks\nEmile Durand was once envoy to Chile. We reached him in Lyon.\nQ: How are relations?\nA: Relations are poor.", "Emile Durand", true},
		// counter-examples
		{"the titled person, not the state", "A\nMalaysia's foreign minister, Dr. Lim Kok Seng, said the fund was too small.", "Malaysia", false},
		{"no interview without Q and A", "Talks\nEmile Durand was once envoy to Chile.\nA: Relations are poor.", "Emile Durand", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelSaid, tc.speaker, "", tc.want)
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
			wantRel(t, res, RelMet, tc.a, tc.b, tc.want)
		})
	}
}

func TestSanctionClauseScope(t *testing.T) {
	for _, tc := range []struct {
		name, text, imposer, target string
		want                        bool
	}{
		{"negation in an earlier clause", "A\nJapan has not acted, but Britain then froze the assets of Orion Metals Group.", "United Kingdom", "Orion Metals Group", true},
		{"could", "A\nBritain could freeze the assets of Orion Metals Group.", "United Kingdom", "Orion Metals Group", false},
		{"not approved", "A\nThe European Union has not approved sanctions on Orion Metals Group.", "European Union", "Orion Metals Group", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelSanctioned, tc.imposer, tc.target, tc.want)
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
		{"demonym firms", "A\nCanada imposed sanctions on Bolivian mining firms on Friday.", "Canada", "Bolivia", true},
		{"OFAC", "A\nOFAC sanctioned Orion Metals Group on Monday.", "Office of Foreign Assets Control", "Orion Metals Group", true},
		{"Council", "A\nThe Council of the European Union last week imposed an asset freeze on Orion Metals Group.", "Council of the European Union", "Orion Metals Group", true},
		{"export ban", "A\nChina slapped an export ban on Orion Metals Group.", "China", "Orion Metals Group", true},
		{"threatened blockade", "A\nSaudi Arabia threatened a blockade of Qatar.", "Saudi Arabia", "Qatar", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelSanctioned, tc.imposer, tc.target, tc.want)
		})
	}
}

// Third-round rule families: initials inside names, state offices whose
// state is named elsewhere, appositives with lower-case modifiers.
func TestRound3Affiliations(t *testing.T) {
	for _, tc := range []struct {
		name, text, person, inst string
		want                     bool
	}{
		{"state named earlier in the sentence", "A\nAustralia expelled three Pakistani diplomats, including High Commissioner Tariq Aziz Malik, last week.", "Tariq Aziz Malik", "Pakistan", true},
		{"delegation led by a title", "A\nA Vietnamese delegation led by Deputy Prime Minister Tran Quoc Binh reached Vientiane.", "Tran Quoc Binh", "Vietnam", true},
		{"ambassador to: the host is not the employer", "A\nThe talks in Chile were hosted by Ambassador to Chile Mark Dunn.", "Mark Dunn", "Chile", false},
		{"another person between state and title", "A\nFrance's Jean Morel met President Paolo Ricci in Rome.", "Paolo Ricci", "France", false},
		{"lower-case president is no state office", "A\nAt the Sikh society in Surrey, president Amrit Gill said families were worried. Canada, Canada and Canada agreed.", "Amrit Gill", "Canada", false},
		{"the article's state, with no other state in the sentence", "A\nPeru, Peru and Peru. Peru again.\nPrime Minister Ana Flores told parliament the budget was fair.", "Ana Flores", "Peru", true},
		{"another person's state blocks the article's state", "A\nAid for Moldova. Moldova, Moldova.\nMoldovan Prime Minister Ion Rusu visited Berlin and met Chancellor Karl Weber.", "Karl Weber", "Moldova", false},
		{"a retired rank between title and name", "A\nTurkish Defence Minister Gen. (ret.) Mehmet Aksoy said the centre would open.", "Mehmet Aksoy", "Turkey", true},
		{"a state's body after of", "A\nAli Rezaei, secretary of Iran's Supreme Water Council, visited Moscow.", "Ali Rezaei", "Supreme Water Council", true},
		{"an ambassador is not the host's", "A\nThe Philippines, the Philippines and the Philippines.\nAmbassador to the Philippines Laura Finch said the treaty applied.", "Laura Finch", "Philippines", false},
		{"a party member on a committee", "A\nRep. Jane Holt, a Republican on the House Armed Services Committee, demanded an inquiry.", "Jane Holt", "House Armed Services Committee", true},
		{"an expert on a state", "A\nJane Holt, an expert on Russia, called for a review.", "Jane Holt", "Russia", false},
		{"appositive with lower-case modifiers", "A\nNora Santos, a coastal ecology researcher at the Visayas Institute for Ocean Studies, argued that it was a test.", "Nora Santos", "Visayas Institute for Ocean Studies", true},
		{"modifiers without an appositive", "A\nThe coastal ecology researcher at the Visayas Institute for Ocean Studies told Nora Santos nothing.", "Nora Santos", "Visayas Institute for Ocean Studies", false},
		{"initial and an honorific after a title", "A\nForeign Secretary Sir Alan Whitby said the measures Britain took were firm.", "Alan Whitby", "United Kingdom", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelAffiliatedWith, tc.person, tc.inst, tc.want)
		})
	}
}

func TestInitials(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want map[string]string
	}{
		{"middle initial", "A\nSen. Howard T. Keller said the deal was weak.", map[string]string{"Howard T. Keller": TypePerson, "Howard T": ""}},
		{"first initial", "A\nThe envoy, R. Daniel Pryce, said the swap was done.", map[string]string{"R. Daniel Pryce": TypePerson, "R": ""}},
		{"an initial that is also a word, after a title", "A\nSecretary of State Celine B. Hartley-Ross spoke.", map[string]string{"Celine B. Hartley-Ross": TypePerson, "Delphine": ""}},
		{"Catalan and Spanish joins", "A\nJordi-Pau Ferrer i Solà met Jose Ortega y Gasset.", map[string]string{"Jordi-Pau Ferrer i Solà": TypePerson, "Jose Ortega y Gasset": TypePerson}},
		{"a hyphenated surname with a particle", "A\nMinister Ter-Minasyan spoke.", map[string]string{"Ter-Minasyan": TypePerson, "Ter": ""}},
		{"a demonym far back in a busy sentence", "A\nCommodore Rafael Dizon, spokesman of the Philippine Coast Guard in Palawan, said Chinese and Filipino boats collided.",
			map[string]string{"Philippine Coast Guard": TypeInstitution, "Coast Guard": "", "Commodore Rafael Dizon": ""}},
		{"two states joined before a head", "A\nBoth sides respected the award of the Belize-Guatemala Boundary Commission.", map[string]string{"Belize-Guatemala Boundary Commission": TypeInstitution, "Guatemala Boundary Commission": ""}},
		{"a nickname in quotes", "A\nThe commander, Timoteo \"Tito\" Arbelo, spoke.", map[string]string{"Timoteo Arbelo": TypePerson, "Timoteo": ""}},
		{"a quoted word after a name is no nickname", "A\nMaria Lopez \"Peace\" was her word.", map[string]string{"Maria Lopez": TypePerson}},
		{"a capital's airport is the city", "A\nThe two sides swapped prisoners at Oslo's international airport on Friday.", map[string]string{"Norway": "", "Oslo": TypePlace}},
		{"a capital's decision is the state", "A\nOslo's decision angered Moscow, officials said.", map[string]string{"Norway": TypeInstitution}},
		{"a channel number", "A\nHe told the state broadcaster Rodina-24 that it was over.", map[string]string{"Rodina-24": TypeInstitution, "Rodina": ""}},
		{"a pronoun I ends a sentence", "A\nHe fought in World War I. Russia said nothing.", map[string]string{"World War I. Russia": ""}},
		{"a letter at a sentence end", "A\nThe plan was called Plan B. Turkey said no.", map[string]string{"Plan B. Turkey": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantTypes(t, res, tc.want)
		})
	}
}

func TestRound3Sanctions(t *testing.T) {
	for _, tc := range []struct {
		name, text, typ, a, b string
		want                  bool
	}{
		{"acronym in parentheses after the subject", "A\nOn Thursday the Directorate of Trade Controls (DTC) added three Syrian trading houses to its sanctions list.", RelSanctioned, "Directorate of Trade Controls", "Syria", true},
		{"added after a parenthesis is no statement", "A\nThe Directorate of Trade Controls (DTC) added three Syrian trading houses to its sanctions list.", RelSaid, "Directorate of Trade Controls", "", false},
		{"added after a closing quote is", "A\n\"We will not wait,\" Maria Lopez added.", RelSaid, "Maria Lopez", "", true},
		{"unnamed group of a state", "A\nThe United Kingdom imposed sanctions on four individuals and two entities involved in torture in Belarus.", RelSanctioned, "United Kingdom", "Belarus", true},
		{"a group and a place after a comma", "A\nThe United Kingdom imposed sanctions on four individuals, most of them based in Belarus.", RelSanctioned, "United Kingdom", "Belarus", false},
		{"an adverb after the auxiliary", "A\nThe UK has now frozen the assets of Grodno Timber Holding, a sawmill operator, and of the broadcaster Nioman-TV, which aired threats.", RelSanctioned, "United Kingdom", "Grodno Timber Holding", true},
		{"and of the broadcaster X", "A\nThe UK has now frozen the assets of Grodno Timber Holding, a sawmill operator, and of the broadcaster Nioman-TV, which aired threats.", RelSanctioned, "United Kingdom", "Nioman-TV", true},
		{"frozen after a modal", "A\nThe UK could also have frozen the assets of Grodno Timber Holding.", RelSanctioned, "United Kingdom", "Grodno Timber Holding", false},
		{"a table of designations", "Measures on traders\n\nThe United States added three Syrian trading houses to its sanctions list this week, according to a notice.\n\nTarget | Type | Action\nLatakia Grain Traders | trading house| SDN list\nHoms Steel Works | trading house| SDN list, assets frozen\n", RelSanctioned, "United States", "Homs Steel Works", true},
		{"a table without sanctions words", "Measures on traders\n\nThe United States added three Syrian trading houses to its sanctions list this week, according to a notice.\n\nName | Role | Country\nLatakia Grain Traders | trading house| Syria\nHoms Steel Works | trading house| Syria\n", RelSanctioned, "United States", "Homs Steel Works", false},
		{"a table before any imposer", "Measures on traders\n\nTarget | Type | Action\nLatakia Grain Traders | trading house| SDN list\nHoms Steel Works | trading house| SDN list\n\nThe United States criticised Syria on Thursday.", RelSanctioned, "United States", "Homs Steel Works", false},
		{"those designated include", "A\nThe United Kingdom imposed sanctions on four individuals in Belarus.\nThose designated include Viktar Marozau, a police colonel.", RelSanctioned, "United Kingdom", "Viktar Marozau", true},
		{"no earlier sanctions, no imposer", "A\nThe United Kingdom criticised Belarus.\nThose designated include Viktar Marozau, a police colonel.", RelSanctioned, "United Kingdom", "Viktar Marozau", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, tc.typ, tc.a, tc.b, tc.want)
		})
	}
}

func TestRound3Meetings(t *testing.T) {
	for _, tc := range []struct {
		name, text, a, b string
		want             bool
	}{
		{"a state as modifier before an appositive role", "A\nForeign Secretary Ana Reyes held talks in Jakarta with the U.S. Pacific commander, Adm. Tom Beckett, on exercises.", "Ana Reyes", "Tom Beckett", true},
		{"the state itself is not the one met", "A\nForeign Secretary Ana Reyes held talks in Jakarta with the U.S. Pacific commander, Adm. Tom Beckett, on exercises.", "Ana Reyes", "United States", false},
		{"delegations from two states met", "A\nNaval delegations from Armenia and Azerbaijan met in Tbilisi on Friday.", "Armenia", "Azerbaijan", true},
		{"a delegation is not a pair", "A\nThe Russian delegation met in Istanbul and Ukraine waited.", "Russia", "Ukraine", false},
		{"planned delegations", "A\nDelegations from Russia and Ukraine may meet in Istanbul.", "Russia", "Ukraine", false},
		{"shook hands with", "A\nPresident John Baker shook hands with Maria Lopez in Havana.", "John Baker", "Maria Lopez", true},
		{"an unresolved acronym's role", "A\nPresident Alvaro Mendez shook hands with the ELP's commander, Timoteo \"Tito\" Arbelo, in Havana.", "Alvaro Mendez", "Timoteo Arbelo", true},
		{"a counterpart in apposition", "A\nSaudi Foreign Minister Prince Khalid bin Saud Al-Harbi and his Iranian counterpart, Reza Tavakoli-Nia, spoke by phone on Thursday.", "Khalid bin Saud Al-Harbi", "Reza Tavakoli-Nia", true},
		{"a counterpart speaking to a room", "A\nSaudi Foreign Minister Prince Khalid bin Saud Al-Harbi and his Iranian counterpart, Reza Tavakoli-Nia, spoke at the forum on Sunday.", "Khalid bin Saud Al-Harbi", "Reza Tavakoli-Nia", false},
		{"shook without hands", "A\nPresident John Baker shook with anger as Maria Lopez spoke.", "John Baker", "Maria Lopez", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelMet, tc.a, tc.b, tc.want)
		})
	}
}

func TestTranscriptLabels(t *testing.T) {
	text := "Remarks\nSECRETARY OF STATE CELINE B. HARTLEY-ROSS: Good afternoon. I met Minister Ter-Minasyan yesterday.\n" +
		"FOREIGN MINISTER ARSEN TER-MINASYAN (Armenia): Thank you. We chose peace.\n" +
		"Q: Minister, will you meet again?\nHARTLEY-ROSS: We will see.\n"
	res := run(t, text)
	for _, tc := range []struct {
		typ, a, b string
		want      bool
	}{
		{RelSaid, "Celine B. Hartley-Ross", "", true},
		{RelSaid, "Arsen Ter-Minasyan", "", true},
		{RelAffiliatedWith, "Arsen Ter-Minasyan", "Armenia", true},
		{RelAffiliatedWith, "Celine B. Hartley-Ross", "United States", true},
		{RelMet, "Celine B. Hartley-Ross", "Arsen Ter-Minasyan", true},
	} {
		if got := hasRel(res, tc.typ, tc.a, tc.b); got != tc.want {
			t.Errorf("%s(%s, %s) = %v, want %v\n%s", tc.typ, tc.a, tc.b, got, tc.want, dump(res))
		}
	}
	// counter-examples: a name at a line start without a label, and an
	// upper-case line that is no label
	res = run(t, "A\nMaria Lopez: the profile\nHe said nothing.\nUPDATE: Russia said it would wait.\n")
	if hasRel(res, RelSaid, "Maria Lopez", "") {
		t.Errorf("a label without a statement after it is no speaker\n%s", dump(res))
	}
	for in, want := range map[string]string{
		"SECRETARY OF STATE JANE A. DOE: Good afternoon.":             "Secretary of State Jane A. Doe: Good afternoon.",
		"MINISTER ORKHAN TAHIR OGLU GULIYEV (Azerbaijan): Thank you.": "Minister Orkhan Tahir oglu Guliyev (Azerbaijan): Thank you.",
		"TER-MINASYAN: Moscow was informed.":                          "Ter-Minasyan: Moscow was informed.",
		"Q: Minister, will you?":                                      "Q: Minister, will you?",
		"EU: no change.":                                              "EU: no change.",
		"WASHINGTON, D.C.: The talks ended.":                          "WASHINGTON, D.C.: The talks ended.",
	} {
		if got := titleCaseLabel(in); got != want {
			t.Errorf("titleCaseLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRound3Said(t *testing.T) {
	for _, tc := range []struct {
		name, text, who string
		want            bool
	}{
		{"inverted, through a role with a qualifier", "A\n\"We expect an answer,\" said Kenya's ambassador to the United Nations, Amina Odhiambo-Keter. \"Time is short.\"", "Amina Odhiambo-Keter", true},
		{"the state is not the speaker then", "A\n\"We expect an answer,\" said Kenya's ambassador to the United Nations, Amina Odhiambo-Keter.", "Kenya", false},
		{"an upper-case dateline is a place", "Title here\n\nUNITED NATIONS, July 15, 2006 (Eastwire) -- The Security Council on Saturday condemned the launches and demanded a halt.", "United Nations", false},
		{"recalls after a quote", "A\n\"The room was cold,\" she recalls. Dr. Fiona Blakemore chaired the session.", "Fiona Blakemore", false},
		{"recalls with a named speaker", "A\n\"The room was cold,\" Fiona Blakemore recalls.", "Fiona Blakemore", true},
		{"a body in a list of statements", "Title here\n\nSelected statements\n\n- Estonian Foreign Ministry: \"Russia must answer for this.\"\n- Kremlin: declined to respond.\n", "Estonian Foreign Ministry", true},
		{"a body in a list without a quote", "Title here\n\nSelected statements\n\n- Estonian Foreign Ministry: \"Russia must answer for this.\"\n- Kremlin: declined to respond.\n", "Russia", false},
		{"a body label outside a list", "Title here\n\nEstonian Foreign Ministry: \"Russia must answer for this.\"\n", "Estonian Foreign Ministry", false},
		{"a passive speech verb", "A\nIraq and Oman, which hosted previous rounds, were thanked by name in the communique.", "Oman", false},
		{"an active one", "A\nOman thanked Iraq in the statement.", "Oman", true},
		{"a chamber named after its state", "A\nThe China Chamber of Shipping Commerce said the duties were unfair.", "China Chamber of Shipping Commerce", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelSaid, tc.who, "", tc.want)
		})
	}
}

// Fourth round: sanction and meeting phrasings from news, each family
// with counter-examples (modality, lifting, non-state destinations,
// reported or separate meetings).
func TestSanctionPhrasings(t *testing.T) {
	for _, tc := range []struct {
		text, a, b string
		want       bool
	}{
		{"A\nThe Treasury this spring sanctioned Syrian phosphate traders and the shipping firm Tartus Cargo Lines.", "United States Department of the Treasury", "Syria", true},
		{"A\nThe Treasury this spring sanctioned Syrian phosphate traders and the shipping firm Tartus Cargo Lines.", "United States Department of the Treasury", "Tartus Cargo Lines", true},
		{"A\nWashington has now added the Wuhan battery maker Kestrel Photonics to the Commerce Department's Entity List.", "United States", "Kestrel Photonics", true},
		{"A\nThe U.S. Treasury's Office of Foreign Assets Control this week froze the assets of Norland Potash Holding, a big mining group, and of its founder, Ivan Petrov.", "United States Department of the Treasury", "Norland Potash Holding", true},
		{"A\nThe U.S. Treasury's Office of Foreign Assets Control this week froze the assets of Norland Potash Holding, a big mining group, and of its founder, Ivan Petrov.", "United States Department of the Treasury", "Ivan Petrov", true},
		{"A\nBritain and the European Union announced coordinated measures against Russian timber traders.", "European Union", "Russia", true},
		{"A\nBritain and the European Union announced coordinated measures against Russian timber traders.", "United Kingdom", "Russia", true},
		{"A\nThe Office of Foreign Assets Control added Kama Bank and Oka Kredit to its Specially Designated Nationals and Blocked Persons list.", "Office of Foreign Assets Control", "Kama Bank", true},
		{"A\nAlso listed was the regional governor Ivan Petrov, who is barred from entering the United States.", "United States", "Ivan Petrov", true},
		{"A\nThe next day Russia's foreign ministry imposed an entry ban on eleven American legislators, including Rep. John Smith (R-Iowa) and Sen. Mary Jones (D-Mass.).", "Russia", "John Smith", true},
		{"A\nThe next day Russia's foreign ministry imposed an entry ban on eleven American legislators, including Rep. John Smith (R-Iowa) and Sen. Mary Jones (D-Mass.).", "Russia", "Mary Jones", true},
		{"A\nThe Treasury designated Kama Bank on Friday.", "United States Department of the Treasury", "Kama Bank", true},
		{"A\nKama Bank was designated by the Treasury on Friday.", "United States Department of the Treasury", "Kama Bank", true},
		{"A\nThe United States blacklisted Kama Bank.", "United States", "Kama Bank", true},
		{"A\nThe EU extended sanctions on Russia for six months.", "European Union", "Russia", true},
		{"A\nBritain slapped sanctions on Iran.", "United Kingdom", "Iran", true},
		{"A\nThe EU banned imports of Russian oil.", "European Union", "Russia", true},
		{"A\nCanada imposed a travel ban on Ivan Petrov.", "Canada", "Ivan Petrov", true},
		{"A\nThe EU imposed an asset freeze on Ivan Petrov.", "European Union", "Ivan Petrov", true},
		{"A\nMoscow banned 500 U.S. lawmakers, including John Smith.", "Russia", "John Smith", true},
		{"A\nThe United States and the EU imposed sanctions on Iran.", "European Union", "Iran", true},
		{"A\nBritain's Foreign Office sanctioned Ivan Petrov.", "United Kingdom", "Ivan Petrov", true},
		{"A\nThe EU is considering sanctions on Iran.", "European Union", "Iran", false},
		{"A\nThe EU threatened to impose sanctions on Iran.", "European Union", "Iran", false},
		{"A\nThe EU lifted sanctions on Iran.", "European Union", "Iran", false},
		{"A\nThe EU has not sanctioned Iran.", "European Union", "Iran", false},
		{"A\nThe EU announced measures against inflation in Iran.", "European Union", "Iran", false},
		{"A\nIvan Petrov was barred from entering the stadium by police in Canada.", "Canada", "Ivan Petrov", false},
		{"A\nThe EU declined to designate Kama Bank.", "European Union", "Kama Bank", false},
		{"A\nThe EU could designate Kama Bank.", "European Union", "Kama Bank", false},
		{"A\nThe party designated Ivan Petrov as its candidate.", "Party", "Ivan Petrov", false},
		{"A\nThe Treasury sanctioned Kama Bank, and the ministry spokesman Ivan Petrov said it was unfair.", "United States Department of the Treasury", "Ivan Petrov", false},
		{"A\nThe Treasury sanctioned Kama Bank, and the ministry spokesman Ivan Petrov said it was unfair.", "United States Department of the Treasury", "Kama Bank", true},
		{"A\nIvan Petrov said he was barred from entering the hall in Canada.", "Canada", "Ivan Petrov", false},
		{"A\nThe Russian foreign ministry announced it would consider an entry ban on John Smith.", "Russia", "John Smith", false},
	} {
		res := run(t, tc.text)
		if got := hasRel(res, RelSanctioned, tc.a, tc.b); got != tc.want {
			t.Errorf("%q: SANCTIONED(%s,%s)=%v want %v\n%s", tc.text, tc.a, tc.b, got, tc.want, dump(res))
		}
	}
}

func TestMeetingPhrasings(t *testing.T) {
	for _, tc := range []struct {
		text, a, b string
		want       bool
	}{
		{"A\nForeign Minister Levan Dadze met NATO Deputy Secretary General Inga Berg in Vilnius on Thursday.", "Levan Dadze", "Inga Berg", true},
		{"A\nForeign Minister Levan Dadze met NATO Deputy Secretary General Inga Berg in Vilnius on Thursday.", "Levan Dadze", "NATO", false},
		{"A\nMinister Petar Jovic received Amb. Ivan Petrov at the ministry.", "Petar Jovic", "Ivan Petrov", true},
		{"A\nMinister Petar Jovic received Ambassador Ivan Petrov at the ministry.", "Petar Jovic", "Ivan Petrov", true},
		{"A\nCarol Ames landed on Monday. She also held talks with Erlan Abenov and with Tajikistan's interior minister, Rustam Nazarov.", "Carol Ames", "Rustam Nazarov", true},
		{"A\nCarol Ames landed on Monday. She also held talks with Erlan Abenov and with Tajikistan's interior minister, Rustam Nazarov.", "Erlan Abenov", "Rustam Nazarov", false},
		{"A\nRumours spread of a secret meeting between Vice Premier Zhou Ming and Treasury Secretary Gordon Pell in Lima.", "Zhou Ming", "Gordon Pell", false},
		{"A\nPresident Anna Berg hosted Prime Minister Ivan Petrov in Oslo.", "Anna Berg", "Ivan Petrov", true},
		{"A\nAnna Berg and Ivan Petrov held talks in Oslo.", "Anna Berg", "Ivan Petrov", true},
		{"A\nAnna Berg told Ivan Petrov during a meeting in Oslo that the deal was fair.", "Anna Berg", "Ivan Petrov", true},
		{"A\nAt a meeting with Ivan Petrov, Anna Berg said the deal was fair.", "Anna Berg", "Ivan Petrov", true},
		{"A\nAnna Berg and Ivan Petrov gave a joint press conference in Oslo.", "Anna Berg", "Ivan Petrov", true},
		{"A\nAnna Berg invited Ivan Petrov to Oslo; he has not yet accepted.", "Anna Berg", "Ivan Petrov", false},
		{"A\nAnna Berg declined an invitation to meet Ivan Petrov.", "Anna Berg", "Ivan Petrov", false},
		{"A\nAnna Berg has not met Ivan Petrov since 2020.", "Anna Berg", "Ivan Petrov", false},
		{"A\nAnna Berg is expected to meet Ivan Petrov next week.", "Anna Berg", "Ivan Petrov", false},
		{"A\nA meeting between Anna Berg and Ivan Petrov was called off.", "Anna Berg", "Ivan Petrov", false},
		{"A\nNo date has been set for talks between Anna Berg and Ivan Petrov.", "Anna Berg", "Ivan Petrov", false},
		{"A\nWill Anna Berg meet Ivan Petrov?", "Anna Berg", "Ivan Petrov", false},
		{"A\nEnvoys from Canada and Russia met on Friday in the Omani capital.", "Russia", "Oman", false},
		{"A\nAnna Berg met in Geneva with Ivan Petrov on Sunday.", "Anna Berg", "Ivan Petrov", true},
		{"A\nQatar and Oman, which have hosted earlier U.S.-Iranian contacts, sent observers.", "Qatar", "United States", false},
		{"A\nPresident Anna Berg hosted the French President Ivan Petrov in Oslo.", "Anna Berg", "Ivan Petrov", true},
	} {
		res := run(t, tc.text)
		if got := hasRel(res, RelMet, tc.a, tc.b); got != tc.want {
			t.Errorf("%q: MET(%s,%s)=%v want %v\n%s", tc.text, tc.a, tc.b, got, tc.want, dump(res))
		}
	}
}

func TestDatelineState(t *testing.T) {
	for _, tc := range []struct {
		name, text, person, inst string
		want                     bool
	}{
		{"office holder in a datelined story", "A\nTBILISI, March 8, 2023 (Wire) - Georgia's parliament passed a bill that Russia praised and the United States criticised.\nPrime Minister Giorgi Beridze defended the bill.", "Giorgi Beridze", "Georgia", true},
		{"another state in the sentence", "A\nTBILISI, March 8, 2023 (Wire) - Parliament passed a bill.\nForeign Minister Ivan Petrov said Russia would respond.", "Ivan Petrov", "Georgia", false},
		{"an ambassador is not the host's", "A\nTBILISI, March 8, 2023 (Wire) - Parliament passed a bill.\nAmbassador John Smith criticised the bill.", "John Smith", "Georgia", false},
		{"no dateline", "A\nGeorgia's parliament passed a bill in Tbilisi that Russia praised and the United States criticised.\nPrime Minister Giorgi Beridze defended the bill.", "Giorgi Beridze", "Georgia", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelAffiliatedWith, tc.person, tc.inst, tc.want)
		})
	}
}

func TestSanctionPatternsRound5(t *testing.T) {
	for _, tc := range []struct {
		name, text, imposer, target string
		want                        bool
	}{
		{"freezing the assets of", "A\nOn Tuesday, Norway said it is freezing the assets of Baltic Star Shipping, a Riga-based firm.", "Norway", "Baltic Star Shipping", true},
		{"participle after a package", "A\nThe European Union adopted a package of sanctions against Belarus, freezing the assets of Orion Metals Group.", "European Union", "Orion Metals Group", true},
		{"said it would impose", "A\nChina said late on Friday that it would impose sanctions on Northwind Aerospace Systems.", "China", "Northwind Aerospace Systems", true},
		{"told a briefing that X would sanction", "A\nA spokesman told a press briefing that China would sanction Northwind Aerospace Systems.", "China", "Northwind Aerospace Systems", true},
		{"added to its list after sanctions", "A\nNorway has imposed sanctions on hundreds of Russian firms. In May it also added Orion Metals Group to its list.", "Norway", "Orion Metals Group", true},
		{"adding to its list", "A\nNorway widened its sanctions on Russia, adding two banks, including Volga Trust Bank, to its list.", "Norway", "Volga Trust Bank", true},
		// counter-examples
		{"freezing without assets", "A\nNorway said freezing temperatures hit Orion Metals Group.", "Norway", "Orion Metals Group", false},
		{"would impose if", "A\nChina said it would impose sanctions on Northwind Aerospace Systems if the sale went ahead.", "China", "Northwind Aerospace Systems", false},
		{"threatened, would", "A\nChina threatened that it would sanction Northwind Aerospace Systems.", "China", "Northwind Aerospace Systems", false},
		{"would consider", "A\nChina said it would consider sanctions on Northwind Aerospace Systems.", "China", "Northwind Aerospace Systems", false},
		{"its list without sanctions", "A\nNorway opened a new office. It added Orion Metals Group to its list of suppliers.", "Norway", "Orion Metals Group", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelSanctioned, tc.imposer, tc.target, tc.want)
		})
	}
}

func TestSanctionSubjectShapes(t *testing.T) {
	for _, tc := range []struct {
		name, text, imposer, target string
		want                        bool
	}{
		{"month between subject and verb", "A\nThe Treasury Department in April froze the assets of Ural Savings Bank.", "Treasury Department", "Ural Savings Bank", true},
		{"itself", "A\nNorway itself imposed sanctions on Orion Metals Group last year.", "Norway", "Orion Metals Group", true},
		// counter-example: a place phrase is not skipped into another subject
		{"in a place", "A\nOfficials in Norway froze the assets of Ural Savings Bank.", "Norway", "Ural Savings Bank", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			wantRel(t, res, RelSanctioned, tc.imposer, tc.target, tc.want)
		})
	}
}
