package ingest

import "testing"

func TestMeetings(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		a, b string
		want bool
	}{
		{"met", "Talks\nFrench President Emile Durand met German Chancellor Hanna Vogel in Paris on Monday.", "Emile Durand", "Hanna Vogel", true},
		{"held talks with", "Talks\nEmile Durand held talks with Hanna Vogel on trade.", "Emile Durand", "Hanna Vogel", true},
		{"spoke by phone", "Call\nEmile Durand spoke by phone with Hanna Vogel on Friday.", "Emile Durand", "Hanna Vogel", true},
		{"engaged with", "Visit\nEmile Durand engaged with Senator Hanna Vogel during his visit.", "Emile Durand", "Hanna Vogel", true},
		{"coordinated subject", "Talks\nEmile Durand and Hanna Vogel, the German chancellor, held talks in Bonn.", "Emile Durand", "Hanna Vogel", true},
		{"gerund", "Talks\nEmile Durand met Hanna Vogel. The two sides held a brief exchange, with Durand and Vogel speaking for ten minutes.", "Durand", "Vogel", true},
		{"three leaders", "Summit\nChilean President Ana Soto, Peruvian President Luis Vega and Bolivian President Rosa Quispe held a summit in Lima.", "Ana Soto", "Rosa Quispe", true},
		{"host and visitor", "Visit\nPresident Ana Soto welcomed Emile Durand to Santiago on Monday.", "Ana Soto", "Emile Durand", true},
		{"state receives prisoner", "Swap\nRussia received Emile Durand in the exchange.", "Russia", "Emile Durand", false},
		{"visited and discussed", "Visit\nEmile Durand visited Berlin and discussed energy with Hanna Vogel.", "Emile Durand", "Hanna Vogel", true},
		{"planned", "Plans\nEmile Durand plans to meet Hanna Vogel next week.", "Emile Durand", "Hanna Vogel", false},
		{"will meet", "Plans\nEmile Durand will meet Hanna Vogel in June.", "Emile Durand", "Hanna Vogel", false},
		{"postponed talks", "Delay\nEmile Durand decided to postpone planned talks with his German counterpart, Hanna Vogel, in Bonn.", "Emile Durand", "Hanna Vogel", false},
		{"cancelled meeting", "Delay\nA meeting between Emile Durand and Hanna Vogel was cancelled.", "Emile Durand", "Hanna Vogel", false},
		{"proposed meeting", "Plan\nEmile Durand proposed a meeting with Hanna Vogel.", "Emile Durand", "Hanna Vogel", false},
		{"negated", "Snub\nEmile Durand has not met Hanna Vogel since May. Durand never spoke with Vogel.", "Emile Durand", "Hanna Vogel", false},
		{"question", "FAQ\nDid Emile Durand meet Hanna Vogel? Nobody knows.", "Emile Durand", "Hanna Vogel", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelMet, tc.a, tc.b); got != tc.want {
				t.Errorf("MET(%s, %s) = %v, want %v\n%s", tc.a, tc.b, got, tc.want, dump(res))
			}
		})
	}
}

func TestSpeech(t *testing.T) {
	for _, tc := range []struct {
		name, text, speaker string
		want                bool
	}{
		{"said", "Talk\nMaria Costa said the deal was fair.", "Maria Costa", true},
		{"inverted", "Talk\n“The deal is fair,” said Maria Costa.", "Maria Costa", true},
		{"pronoun", "Talk\nMaria Costa arrived in Lisbon. She warned that prices would rise.", "Maria Costa", true},
		{"role noun", "Talk\nPortuguese Ambassador Maria Costa arrived in Rome. The ambassador stressed the need for calm.", "Maria Costa", true},
		{"the diplomat", "Talk\nMaria Costa, the Portuguese ambassador, arrived. The diplomat noted the delay.", "Maria Costa", true},
		{"possessive statement", "Talk\nMaria Costa's statement highlighted three concerns.", "Maria Costa", true},
		{"appositive", "Talk\nMaria Costa, the Portuguese foreign minister, has publicly denounced the plan.", "Maria Costa", true},
		{"in an interview", "Talk\nIn an interview with Reuters, Maria Costa criticized the plan.", "Maria Costa", true},
		{"institution", "Talk\nWashington publicly warned Moscow about the test.", "United States", true},
		{"unnamed spokesperson acts for the body", "Talk\nA State Department spokesperson said no meeting was planned.", "United States Department of State", true},
		{"negated", "Talk\nMaria Costa did not say when she would leave.", "Maria Costa", false},
		{"is said to", "Talk\nMaria Costa is said to favour the plan.", "Maria Costa", false},
		{"former officials do not speak for the state", "Talk\nFormer Spanish officials have remarked on the risk.", "Spain", false},
		{"headline", "Costa Says Deal Is Fair\nThe deal was signed.", "Costa", false},
		{"a state's standing stance", "Talk\nBeijing, for its part, stresses sovereignty and security.", "Russia", false},
		{"a state's present-tense statement", "Talk\nMoscow says that the talks failed.", "Russia", true},
		// her staff speak, not she (round 32: the dev gold credits the person rarely)
		{"his office", "Talk\nMaria Costa met the envoy on Friday, her office said.", "Maria Costa", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelSaid, tc.speaker, ""); got != tc.want {
				t.Errorf("SAID(%s) = %v, want %v\n%s", tc.speaker, got, tc.want, dump(res))
			}
		})
	}
}

func TestSanctions(t *testing.T) {
	for _, tc := range []struct {
		name, text, imposer, target string
		want                        bool
	}{
		{"imposed on", "Sanctions\nThe European Union imposed sanctions on Belarus on Friday.", "European Union", "Belarus", true},
		{"imposed by on", "Sanctions\nRecent sanctions imposed by the U.S. on Iranian oil entities hurt exports.", "United States", "Iran", true},
		{"added to list", "Sanctions\nOn March 26, the U.S. government added two individuals and 15 companies from Russia to its sanctions list.", "United States", "Russia", true},
		{"froze assets", "Sanctions\nCanada froze the assets of Kama River Shipping Company on Monday.", "Canada", "Kama River Shipping Company", true},
		{"passive by", "Sanctions\nKama River Shipping Company, the operator sanctioned by the European Union last month, denied wrongdoing.", "European Union", "Kama River Shipping Company", true},
		{"two imposers", "Sanctions\nPetrov is under sanctions imposed by Canada and Britain.", "United Kingdom", "Petrov", false},
		{"threat only", "Sanctions\nThe United States threatened to impose sanctions on Venezuela.", "United States", "Venezuela", false},
		{"right to impose", "Sanctions\nWhile acknowledging the United States' right to impose sanctions on Cuba, he objected.", "United States", "Cuba", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if got := hasRel(res, RelSanctioned, tc.imposer, tc.target); got != tc.want {
				t.Errorf("SANCTIONED(%s → %s) = %v, want %v\n%s", tc.imposer, tc.target, got, tc.want, dump(res))
			}
		})
	}
}

func TestAffiliations(t *testing.T) {
	for _, tc := range []struct {
		name, text, person, inst string
	}{
		{"title", "A\nU.S. President Joe Biden spoke.", "Joe Biden", "United States"},
		{"demonym title", "A\nRussian Deputy Foreign Minister Oleg Savin spoke.", "Oleg Savin", "Russia"},
		{"possessive title", "A\nRussia's Chief Trade Negotiator Denis Volkov spoke.", "Denis Volkov", "Russia"},
		{"appositive after", "A\nPavel Orlov, the Russian Ambassador to Brazil, spoke.", "Pavel Orlov", "Russia"},
		{"appositive before", "A\nThe Russian Ambassador to Washington, Pavel Orlov, spoke.", "Pavel Orlov", "Russia"},
		{"adviser to", "A\nBoris Lebedev, an adviser to the Russian president, spoke.", "Boris Lebedev", "Russia"},
		{"former banker at", "A\nDenis Volkov, a former investment banker with Morgan Stanley and a Oxford University graduate, spoke.", "Denis Volkov", "Morgan Stanley"},
		{"graduate", "A\nDenis Volkov, a former investment banker with Morgan Stanley and a Oxford University graduate, spoke.", "Denis Volkov", "Oxford University"},
		{"implied institution", "A\nRepublican Congresswoman Clara Beth Moreno of Arizona spoke. She will testify before Congress next week.", "Clara Beth Moreno", "United States Congress"},
		{"table row", "A\nName Role Country\nDenis Volkov Envoy Russia\nEmmanuel macron President Russia\nThe end.", "Emmanuel Macron", "Russia"},
		{"title then of-state", "A\nForeign Minister Igor Markov of Russia spoke.", "Igor Markov", "Russia"},
		{"X of ORG", "A\nLena Park of the Northern Institute for Policy Studies spoke.", "Lena Park", "Northern Institute for Policy Studies"},
		{"led by", "A\nThe Democratic Alliance, led by John Steenhuisen, came second.", "John Steenhuisen", "Democratic Alliance"},
		{"role noun chain", "A\nDenis Volkov, Russia's envoy, arrived. The Russian envoy, a former banker at Morgan Stanley, smiled.", "Denis Volkov", "Morgan Stanley"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if !hasRel(res, RelAffiliatedWith, tc.person, tc.inst) {
				t.Errorf("no AFFILIATED_WITH(%s, %s)\n%s", tc.person, tc.inst, dump(res))
			}
		})
	}
	// a place of origin is not an affiliation
	if res := run(t, "A\nMaria Costa of Portugal spoke."); hasRel(res, RelAffiliatedWith, "Maria Costa", "Portugal") {
		t.Errorf("origin taken as affiliation\n%s", dump(res))
	}
	// nationality is not employment for occupational roles
	res := run(t, "A\nMaria Costa, a Portuguese journalist, spoke.")
	if hasRel(res, RelAffiliatedWith, "Maria Costa", "Portugal") {
		t.Errorf("a journalist's nationality taken as affiliation\n%s", dump(res))
	}
}

func TestRelationEvidence(t *testing.T) {
	text := "Meeting\nEmile Durand met Hanna Vogel on March 3, 2024 in Bonn."
	res := run(t, text)
	for _, r := range res.Relations {
		if r.Type != RelMet {
			continue
		}
		if got := res.Article.Text[r.Start:r.End]; got != r.Evidence {
			t.Errorf("offsets give %q, evidence %q", got, r.Evidence)
		}
		if r.Date != "2024-03-03" || r.Sentence != 1 {
			t.Errorf("date %q sentence %d", r.Date, r.Sentence)
		}
		if r.Confidence <= 0 || r.Confidence > 1 {
			t.Errorf("confidence %v", r.Confidence)
		}
		return
	}
	t.Fatalf("no MET\n%s", dump(res))
}

func TestParticipation(t *testing.T) {
	res := run(t, "Summit\nOn the sidelines of the G20 summit, Emile Durand met Hanna Vogel. Maria Costa attended the NATO summit in Vilnius.")
	for _, who := range []string{"Emile Durand", "Hanna Vogel"} {
		if !hasRel(res, RelParticipatedIn, who, "G20 summit") {
			t.Errorf("no PARTICIPATED_IN(%s, G20 summit)\n%s", who, dump(res))
		}
	}
	if !hasRel(res, RelParticipatedIn, "Maria Costa", "NATO summit") {
		t.Errorf("no PARTICIPATED_IN(Maria Costa, NATO summit)\n%s", dump(res))
	}
	res = run(t, "Summit\nMaria Costa will attend the NATO summit in Vilnius.")
	if hasRel(res, RelParticipatedIn, "Maria Costa", "NATO summit") {
		t.Errorf("future attendance taken as participation\n%s", dump(res))
	}
}

// TestNoMeetingWhenUnreal lists ways a text mentions a meeting that did
// not happen; none may give MET.
func TestNoMeetingWhenUnreal(t *testing.T) {
	for _, s := range []string{
		"Emile Durand and Hanna Vogel are expected to meet in Rome next week.",
		"A meeting between Emile Durand and Hanna Vogel is scheduled for June.",
		"Emile Durand refused to meet Hanna Vogel.",
		"Emile Durand invited Hanna Vogel to talks in Rome.",
		"Emile Durand called for talks with Hanna Vogel.",
		"Emile Durand and Hanna Vogel could meet as early as Friday.",
		"Emile Durand is set to meet Hanna Vogel on Friday.",
		"Emile Durand will host Hanna Vogel in Paris.",
		"Emile Durand hopes to hold talks with Hanna Vogel.",
		"Emile Durand said he would meet Hanna Vogel if conditions allowed.",
		"Plans for Emile Durand to meet Hanna Vogel were shelved.",
		"Emile Durand has not spoken with Hanna Vogel since March.",
		"Emile Durand postponed his talks with Hanna Vogel.",
		"Emile Durand cancelled a planned meeting with Hanna Vogel.",
		"Emile Durand proposed holding talks with Hanna Vogel in Geneva.",
		"Emile Durand declined to meet Hanna Vogel.",
		"Emile Durand never met Hanna Vogel.",
		"Emile Durand wants to meet Hanna Vogel.",
		"Emile Durand agreed to meet Hanna Vogel next month.",
		"Emile Durand may meet Hanna Vogel at the summit.",
	} {
		res := run(t, "Plans\n"+s)
		if hasRel(res, RelMet, "Emile Durand", "Hanna Vogel") {
			t.Errorf("MET from %q", s)
		}
	}
}

// TestMeetingVariants lists ways of saying a meeting happened.
func TestMeetingVariants(t *testing.T) {
	for _, s := range []string{
		"Emile Durand met with Hanna Vogel on Monday.",
		"Emile Durand and Hanna Vogel met on Monday.",
		"Emile Durand held a phone call with Hanna Vogel.",
		"Emile Durand had talks with Hanna Vogel in Rome.",
		"Emile Durand and Hanna Vogel held talks in Rome.",
		"Emile Durand sat down with Hanna Vogel for an hour.",
		"Emile Durand and Hanna Vogel spoke by phone on Friday.",
		"Emile Durand hosted Hanna Vogel at the palace.",
		"Emile Durand received Hanna Vogel at the palace.",
		"Emile Durand talked to Hanna Vogel after the vote.",
		"Emile Durand conferred with Hanna Vogel on Friday.",
		"Emile Durand, who met Hanna Vogel on Monday, said the talks went well.",
		"Emile Durand has met Hanna Vogel twice this year.",
		"Emile Durand was reported to have engaged with Hanna Vogel.",
	} {
		res := run(t, "Talks\n"+s)
		if !hasRel(res, RelMet, "Emile Durand", "Hanna Vogel") {
			t.Errorf("no MET from %q\n%s", s, dump(res))
		}
	}
}

func TestSpeakingAtTheSameEventIsNotMeeting(t *testing.T) {
	res := run(t, "Forum\nEmile Durand and Hanna Vogel spoke at the forum on Monday.")
	if hasRel(res, RelMet, "Emile Durand", "Hanna Vogel") {
		t.Errorf("two speakers at a forum taken as a meeting\n%s", dump(res))
	}
}

// TestSanctionVariants lists common ways of reporting sanctions, with
// the ones that must not count.
func TestSanctionVariants(t *testing.T) {
	for _, tc := range []struct {
		text, imposer, target string
		want                  bool
	}{
		{"Canada slapped sanctions on Belarus on Friday.", "Canada", "Belarus", true},
		{"Japan announced new sanctions against North Korea.", "Japan", "North Korea", true},
		{"The United States sanctioned Kama River Shipping Company on Monday.", "United States", "Kama River Shipping Company", true},
		{"Kama River Shipping Company was sanctioned by Canada in May.", "Canada", "Kama River Shipping Company", true},
		{"Britain froze the assets of Kama River Shipping Company.", "United Kingdom", "Kama River Shipping Company", true},
		{"The European Union's new sanctions package against Belarus took effect.", "European Union", "Belarus", true},
		{"Canada hit Belarus with new sanctions.", "Canada", "Belarus", true},
		{"Canada is considering sanctions on Belarus.", "Canada", "Belarus", false},
		{"Canada could impose sanctions on Belarus.", "Canada", "Belarus", false},
		{"Canada lifted sanctions on Belarus.", "Canada", "Belarus", false},
		{"Canada did not impose sanctions on Belarus.", "Canada", "Belarus", false},
		{"Belarus imposed sanctions on Canada.", "Canada", "Belarus", false},
	} {
		res := run(t, "Sanctions\n"+tc.text)
		if got := hasRel(res, RelSanctioned, tc.imposer, tc.target); got != tc.want {
			t.Errorf("%q: SANCTIONED(%s → %s) = %v, want %v\n%s", tc.text, tc.imposer, tc.target, got, tc.want, dump(res))
		}
	}
}

func TestMeetingSomeonesEnvoy(t *testing.T) {
	res := run(t, "Envoy\nEmile Durand met Hanna Vogel's envoy in Rome on Monday.")
	if hasRel(res, RelMet, "Emile Durand", "Hanna Vogel") {
		t.Errorf("meeting an envoy taken as meeting the principal\n%s", dump(res))
	}
	res = run(t, "Envoy\nEmile Durand met Hanna Vogel's envoy, Marc Klein, in Rome.")
	if !hasRel(res, RelMet, "Emile Durand", "Marc Klein") {
		t.Errorf("named envoy not met\n%s", dump(res))
	}
}
