package ingest

import (
	"strings"
	"testing"
)

// Round 28: a state's own chambers and services, and bodies whose name
// ends in the bare words of a body the gazetteer knows. "The Kenyan
// Senate" is Kenya's chamber, not the United States Senate the bare word
// "Senate" stands for; "the Andean Community's Peace and Security Council"
// is not the UN body of that name. A senator in a story about
// one such chamber sits in it. All people and bodies are invented; the
// states and the gazetteer's bodies are general knowledge.

type organCase struct {
	name, text string
	want       []string // institutions (by name or alias) that must be there
	wantNot    []string // names no entity may carry
}

// checkOrgans runs each case's text after lead and checks its wanted
// institutions and unwanted names.
func checkOrgans(t *testing.T, lead string, cases []organCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, lead+tc.text+"\n")
			for _, n := range tc.want {
				if holderType(res, n) != TypeInstitution {
					t.Errorf("no institution %q\n%s", n, dump(res))
				}
			}
			for _, n := range tc.wantNot {
				if entityByName(res, n) != nil {
					t.Errorf("unexpected entity %q\n%s", n, dump(res))
				}
			}
		})
	}
}

func TestStateOrgansRound28(t *testing.T) {
	checkOrgans(t, "Lawmakers weigh the levy\n\nThe debate went on for hours. ", []organCase{
		{"demonym and chamber", "The Kenyan Senate voted 40 to 12 on Tuesday to delay the levy.",
			[]string{"Kenyan Senate"}, []string{"United States Senate"}},
		{"possessive and chamber", "Chile's Congress approved the copper royalty after a night of debate.",
			[]string{"Chile's Congress"}, []string{"United States Congress"}},
		{"two-word service", "The Estonian Coast Guard stopped the trawler near the island.",
			[]string{"Estonian Coast Guard"}, nil},
		{"navy", "The Peruvian Navy escorted the survey ship out of the bay.",
			[]string{"Peruvian Navy"}, nil},
		{"state name and assembly", "Benin's National Assembly rejected the budget for a second time.",
			[]string{"Benin's National Assembly"}, nil},
		// counter-examples: the state's own body under a bare word, a
		// longer name before or after, and a lower-case noun
		{"own chamber", "The American Senate will take up the bill in March.",
			[]string{"United States Senate"}, []string{"American Senate"}},
		{"a longer name before", "The Royal Danish Navy sent a frigate to the strait.",
			nil, []string{"Danish Navy"}},
		{"a longer name after", "The Kenyan Senate Budget Committee met on Monday to review the levy.",
			nil, []string{"Kenyan Senate"}},
		{"lower case", "The Kenyan senate may vote on the levy next week.",
			nil, []string{"Kenyan Senate", "Kenyan senate"}},
		{"a listed organ of the state", "Russia's Security Council met on Monday to review the levy.",
			[]string{"Security Council of Russia"}, []string{"Security Council"}},
		{"a state named like an American state", "The Georgia Senate voted 40 to 12 on Tuesday to delay the levy.",
			nil, []string{"Georgia Senate"}},
	})
}

// A title that implies a chamber by its bare word ("Sen." for the
// United States Senate) names the one state chamber of that kind the
// story is about; with two such chambers it names neither.
func TestSenatorOfStateChamberRound28(t *testing.T) {
	res := run(t, "Levy vote delayed\n\nKenya's Senate put off the vote on the grain levy. Sen. Amina Odhiambo said the chamber needed more time.\n")
	if !hasRel(res, RelAffiliatedWith, "Amina Odhiambo", "Kenya's Senate") {
		t.Errorf("the senator is not in Kenya's Senate\n%s", dump(res))
	}
	if entityByName(res, "United States Senate") != nil {
		t.Errorf("the United States Senate was added\n%s", dump(res))
	}
	for _, text := range []string{
		"Kenya's Senate put off the vote on the grain levy. U.S. Sen. Amina Odhiambo said the chamber needed more time.",
		"Kenya's Senate put off the vote on the grain levy. Republican Senator Amina Odhiambo said the chamber needed more time.",
		"Kenya's Senate put off the vote on the grain levy. Senator Amina Odhiambo of Ohio said the chamber needed more time.",
	} {
		// a senator with a party, a state or a place of her own
		if res := run(t, "Levy vote delayed\n\n"+text+"\n"); hasRel(res, RelAffiliatedWith, "Amina Odhiambo", "Kenya's Senate") {
			t.Errorf("%q: the senator was put in Kenya's Senate\n%s", text, dump(res))
		}
	}
	res = run(t, "Levy vote delayed\n\nThe Kenyan Senate and the Ghanaian Senate both put off votes on grain levies. Sen. Amina Odhiambo said more time was needed.\n")
	if hasRel(res, RelAffiliatedWith, "Amina Odhiambo", "Kenyan Senate") || hasRel(res, RelAffiliatedWith, "Amina Odhiambo", "Ghanaian Senate") {
		t.Errorf("the senator was put in one of two chambers\n%s", dump(res))
	}
}

func TestLongerNameBeforeRound28(t *testing.T) {
	checkOrgans(t, "Council weighs the mission\n\nThe session opened late. ", []organCase{
		{"and before the bare words", "The Andean Community's Peace and Security Council met in Lima on Friday.",
			[]string{"Peace and Security Council"}, []string{"United Nations Security Council"}},
		{"a word before the bare words", "The Sahel Alliance's Maritime Security Council will meet in April.",
			[]string{"Maritime Security Council"}, []string{"United Nations Security Council"}},
		// counter-examples: a title, a person's name, the body's own
		// longer form
		{"and after the article", "The Peace and Security Council said on Friday it would send observers.",
			[]string{"Peace and Security Council"}, []string{"United Nations Security Council"}},
		{"a title after a possessive", "Officials said the Andean Community's Deputy Treasury team flew to Quito.",
			nil, []string{"Deputy Treasury"}},
		{"an adjective alone", "Diplomats called an Emergency Security Council session on the crossing.",
			[]string{"United Nations Security Council"}, []string{"Emergency Security Council"}},
		{"a person before and", "Diplomats said Lena Hope and Security Council envoys spoke for an hour.",
			nil, []string{"Hope and Security Council"}},
		{"the known body itself", "A U.N. Security Council vote extended the mission by a year.",
			[]string{"United Nations Security Council"}, nil},
	})
}

// A short form listed in capitals matches only in capitals, and a digit
// inside it ("G7") does not stop it matching.
func TestCapitalShortFormsRound28(t *testing.T) {
	checkOrgans(t, "Price cap stays\n\nOfficials met again. ", []organCase{
		{"a digit inside", "Canada will consult its G7 partners before the freeze.", []string{"G7"}, nil},
		{"acting", "The G7 agreed late on Monday to keep the cap.", []string{"G7"}, nil},
		{"lower case", "The g7 partners met on Monday.", nil, []string{"G7"}},
	})
}

// The short name of a body's own state before the body's listed words
// is part of how the text names it ("U.S. Treasury Department" is a
// name of the Treasury the gazetteer lists under its full name).
func TestOwnStatePrefixRound28(t *testing.T) {
	for _, tc := range []struct {
		name, text, alias string
	}{
		{"dotted short name", "A U.S. Treasury Department order listed Orvane Shipping on Monday.", "U.S. Treasury Department"},
		{"plain short name", "The US Treasury Department listed Orvane Shipping on Monday.", "US Treasury Department"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Shipping firm listed\n\nThe move came late. "+tc.text+"\n")
			e := entityByName(res, tc.alias)
			if e == nil || e.Name == tc.alias || !strings.Contains(e.Name, "Treasury") {
				t.Errorf("%q does not name the Treasury\n%s", tc.alias, dump(res))
			}
		})
	}
}
