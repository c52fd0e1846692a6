package ingest

import "testing"

// Round 25: names given the wrong type or lost. A place after a school's
// head and "of" belongs to the school; a capitalised plural company word
// such as "Partners" after a name ends a firm's name instead of being read
// as a role; the opening word of a firm named in the article, read alone as a
// person, is that firm. All names are invented.

// holderType returns the type of the entity that carries name as its
// name or as an alias, or "" when there is none.
func holderType(res Result, name string) string {
	if e := entityByName(res, name); e != nil {
		return e.Type
	}
	return ""
}

type holderCase struct {
	name, text, ent, typ string // typ "" = no entity carries that name
}

func checkHolders(t *testing.T, cases []holderCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Dispute over levies widens\n\nThe hearing opened on Tuesday. "+tc.text+"\n")
			if got := holderType(res, tc.ent); got != tc.typ {
				t.Errorf("%q: type %q, want %q\n%s", tc.ent, got, tc.typ, dump(res))
			}
		})
	}
}

func TestSchoolOfPlaceRound25(t *testing.T) {
	checkEnts(t, []entCase{
		{"university of a capital", "Teodor Kravic, a historian based at the University of Lima, called the levy unlawful.", "University of Lima", TypeInstitution},
		{"university of a state with the", "Marta Ilves, from the University of the Bahamas, called the levy unlawful.", "University of the Bahamas", TypeInstitution},
		{"institute of a state", "A dean at the Institute of Peru backed the plan in a letter to the board.", "Institute of Peru", TypeInstitution},
		// counter-examples: the capital still acts, and a government
		// of a state is the state itself
		{"a capital acts", "Lima rejected the plan after the University of Lima backed it.", "Peru", TypeInstitution},
		{"a capital acts, its university apart", "Lima rejected the plan after the University of Lima backed it.", "University of Lima", TypeInstitution},
		{"government of a state", "The Government of Peru rejected the plan on Friday.", "Government of Peru", ""},
	})
}

func TestPartnersEndFirmRound25(t *testing.T) {
	checkEnts(t, []entCase{
		{"capital partners", "Ravi Okonjo, a partner at Quillmark Capital Partners, expects prices to climb.", "Quillmark Capital Partners", TypeInstitution},
		{"energy partners subject", "Hollin Energy Partners will appeal the ruling, its lawyer said.", "Hollin Energy Partners", TypeInstitution},
		{"one-word name and partners", "Brisco Partners will sue the port authority next week.", "Brisco Partners", TypeInstitution},
		// counter-examples: partners as people stay a role
		{"lower-case partners", "The firm's partners met the minister on Friday.", "Partners", ""},
		{"partners as a plural role after a title", "Since then the Senior Partners of the firm have met the minister twice.", "Senior Partners", ""},
		{"managing partners in apposition", "The firm's Managing Partners, Ola Bergvik and Tove Lundrell, met the minister on Friday.", "Managing Partners", ""},
	})
}

func TestFirmShortFormRound25(t *testing.T) {
	checkHolders(t, []holderCase{
		{"one word opening a sentence", "Dalvano Trading Ltd was added to the list. Dalvano said it had broken no rule.", "Dalvano", TypeInstitution},
		// counter-examples: the founder named in full keeps his surname;
		// a place before a role at a sentence's start stays out of the firm
		{"founder's surname", "James Brenvik, who founded Brenvik Shipping Ltd, spoke on Friday. Brenvik said the firm was solvent.", "James Brenvik", TypePerson},
		{"place before a role", "Kestova Dairy Ltd cut its prices. Kestova MP Anita Lorne said farmers would suffer.", "Kestova", ""},
		{"place before a role mid-sentence", "Kestova Dairy Ltd cut its prices. Farmers would suffer, said Kestova MP Anita Lorne.", "Kestova", ""},
		{"place before a role after a meeting verb", "Kestova Dairy Ltd cut its prices. Officials flew north to meet Kestova MP Anita Lorne on Friday.", "Kestova", ""},
	})
}

// Round 25 review: the seat before a role is no short form of a firm in
// mid-sentence either, and a rank before "Partners" keeps it a role.
func TestSeatAndPartnersRelsRound25(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		// a firm's own role after its short name is no seat
		{"firm's chief at a sentence's start", art("Brisco Trading Ltd cut forty jobs. Brisco CEO Hanna Vellmark said the cuts were over."), "Hanna Vellmark", "Brisco Trading Ltd", true},
		{"firm's chief mid-sentence", art("Brisco Trading Ltd cut forty jobs. The cuts were over, said Brisco CEO Hanna Vellmark."), "Hanna Vellmark", "Brisco Trading Ltd", true},
		// counter-example
		{"seat before a role mid-sentence", art("Kestova Dairy Ltd cut its prices. Farmers would suffer, said Kestova MP Anita Lorne."), "Anita Lorne", "Kestova Dairy Ltd", false},
	})
	checkRels(t, RelMet, []relCase{
		{"managing partners are people", art("The firm's Managing Partners, Ola Bergvik and Tove Lundrell, met the minister on Friday."), "Ola Bergvik", "Managing Partners", false},
	})
}
