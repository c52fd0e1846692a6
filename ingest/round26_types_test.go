package ingest

import "testing"

// Round 26: bodies missed and short forms typed as people. A
// self-governing territory with a government of its own acts as a state
// and stays a place when it is only where something happens; a name in
// capitals that follows a body in brackets, or that the body already
// carries as an alias, is that body's short form and never a person. All
// people and bodies are invented.

func TestTerritoriesActRound26(t *testing.T) {
	checkHolders(t, []holderCase{
		{"territory as subject", "The Faroe Islands turned down the herring offer from Oslo.", "Faroe Islands", TypeInstitution},
		{"short name as subject", "The Faroes walked away from the talks in Bergen.", "Faroe Islands", TypeInstitution},
		{"island state in free association", "The Cook Islands signed a seabed mining pact with a Korean firm.", "Cook Islands", TypeInstitution},
		{"arctic territory as subject", "Greenland has barred two foreign trawlers from its waters.", "Greenland", TypeInstitution},
		// counter-examples: only a place where something happens
		{"territory as a place", "The crew waited out the gale in the Faroe Islands before sailing home.", "Faroe Islands", TypePlace},
		{"arctic territory as a place", "Her cousin Mikkel Rask has worked in Greenland since March.", "Greenland", TypePlace},
	})
}

type shortFormCase struct {
	name, text, short, body string
	want                    bool // the short form names the body
}

func TestCapsShortFormsRound26(t *testing.T) {
	for _, tc := range []shortFormCase{
		{"long short form in brackets, later alone", "The head of the Marula Grain Board (MAGRABOD), Tendai Moyo, met traders. A deputy director at MAGRABOD, Rudo Chari, said prices would rise.", "MAGRABOD", "Marula Grain Board", true},
		{"hyphen-joined tail before the brackets", "Pilo Banda, who speaks for the Oruza People's Front-in-Exile (OPF-IE), called the count rigged.", "OPF-IE", "Oruza People's Front", true},
		{"hyphenated short form right after the body", "Nandi Sibanda, a spokesman for the Tembe Workers Alliance (TWA-N), called the plan weak.", "TWA-N", "Tembe Workers Alliance", true},
		// counter-examples: a spaced word between body and brackets, and
		// a bracketed name that is not in capitals
		{"spaced words before the brackets", "Pilo Banda, who runs the Oruza People's Front youth wing (OPFYW), called the count rigged.", "OPFYW", "Oruza People's Front", false},
		{"mixed case in brackets", "Nandi Sibanda, a spokesman for the Tembe Workers Alliance (Tembewa), called the plan weak.", "Tembewa", "Tembe Workers Alliance", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Dispute over levies widens\n\nThe hearing opened on Tuesday. "+tc.text+"\n")
			s, b := entityByName(res, tc.short), entityByName(res, tc.body)
			if got := s != nil && s == b; got != tc.want {
				t.Errorf("%q names %q: %v, want %v\n%s", tc.short, tc.body, got, tc.want, dump(res))
			}
			if s != nil && s.Type == TypePerson {
				t.Errorf("%q typed as a person\n%s", tc.short, dump(res))
			}
		})
	}
}

// A later lone mention of the short form joins the body too, so the
// person who heads it is affiliated with it.
func TestCapsShortFormRelsRound26(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"head of the body by its short form", art("The head of the Marula Grain Board (MAGRABOD), Tendai Moyo, met traders. Officials met Ana Kellow, the director who heads MAGRABOD, on Monday."), "Ana Kellow", "Marula Grain Board", true},
		// counter-example: a short form that was never given stays apart
		{"unrelated capitals", art("The head of the Marula Grain Board, Tendai Moyo, met traders. Officials met Ana Kellow, the director who heads KORVAL, on Monday."), "Ana Kellow", "Marula Grain Board", false},
	})
}
