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
		{"froze assets", "Sanctions\nCanada froze the assets of Volga Shipping Company on Monday.", "Canada", "Volga Shipping Company", true},
		{"passive by", "Sanctions\nVolga Shipping Company, the operator sanctioned by the European Union last month, denied wrongdoing.", "European Union", "Volga Shipping Company", true},
		{"two imposers", "Sanctions\nDorin is under sanctions imposed by the United States and Britain.", "United Kingdom", "Dorin", false},
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
		{"demonym title", "A\nRussian Deputy Foreign Minister Sergei Ryabkov spoke.", "Sergei Ryabkov", "Russia"},
		{"possessive title", "A\nRussia's Leading Economic Negotiator Kirill Dmitriev spoke.", "Kirill Dmitriev", "Russia"},
		{"appositive after", "A\nAnatoly Antonov, the Russian Ambassador to the United States, spoke.", "Anatoly Antonov", "Russia"},
		{"appositive before", "A\nThe Russian Ambassador to Washington, Anatoly Antonov, spoke.", "Anatoly Antonov", "Russia"},
		{"adviser to", "A\nYuri Ushakov, an adviser to the Russian president, spoke.", "Yuri Ushakov", "Russia"},
		{"former banker at", "A\nKirill Dmitriev, a former investment banker with Goldman Sachs and a Stanford University graduate, spoke.", "Kirill Dmitriev", "Goldman Sachs"},
		{"graduate", "A\nKirill Dmitriev, a former investment banker with Goldman Sachs and a Stanford University graduate, spoke.", "Kirill Dmitriev", "Stanford University"},
		{"implied institution", "A\nRepublican Congresswoman Anna Paulina Luna of Florida spoke.", "Anna Paulina Luna", "United States Congress"},
		{"table row", "A\nName Role Country\nKirill Dmitriev Envoy Russia\nVladimir putin President Russia\nThe end.", "Vladimir Putin", "Russia"},
		{"role noun chain", "A\nKirill Dmitriev, Russia's envoy, arrived. The Kremlin envoy, a former banker at Goldman Sachs, smiled.", "Kirill Dmitriev", "Goldman Sachs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			if !hasRel(res, RelAffiliatedWith, tc.person, tc.inst) {
				t.Errorf("no AFFILIATED_WITH(%s, %s)\n%s", tc.person, tc.inst, dump(res))
			}
		})
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
