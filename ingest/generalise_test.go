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
