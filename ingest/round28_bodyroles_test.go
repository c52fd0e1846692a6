package ingest

import (
	"strings"
	"testing"
)

// A role may carry modifiers the lexicon has no entry for: a hyphenated
// lower-case compound ("vice-chairman", "fourth-generation owner") or a
// rank before "deputy chair". The whole phrase is the role, so the
// appositive still joins the person to the body after "of". A
// capitalised part before the hyphen (a birthplace), a dash written with
// spaces, a visitor, a critic or a litigant of the body get no tie.
func TestBodyRolesRound28(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"vice-chairman", art("Oskar Lindqvist, vice-chairman of Norrvik Pulp Industries, expects softer orders this winter."), "Oskar Lindqvist", "Norrvik Pulp Industries", true},
		{"generation owner", art("Tamsin Orrell, the fourth-generation owner of Bramblecote Cider Farms, plans to sell abroad."), "Tamsin Orrell", "Bramblecote Cider Farms", true},
		{"non-executive director", art("Ruth Calloway, a non-executive director of Fenmoor Water Ltd, resigned on Friday."), "Ruth Calloway", "Fenmoor Water Ltd", true},
		{"former deputy chairman", art("Pavel Ostrowski, a former deputy chairman at Wislan Steelworks SA, denied the charges."), "Pavel Ostrowski", "Wislan Steelworks SA", true},
		{"first deputy chair", art("Lidia Marek, first deputy chair at Norvania Savings Bank, kept rates on hold."), "Lidia Marek", "Norvania Savings Bank", true},
		// counter-examples
		{"a capitalised birthplace", art("Oskar Lindqvist, a Swedish-born chairman, praised the Norrvik Pulp Industries plant in a speech."), "Oskar Lindqvist", "Norrvik Pulp Industries", false},
		{"met the vice-chairman", art("Trade envoy Hilde Vaag met Oskar Lindqvist, vice-chairman of Norrvik Pulp Industries, in Umea."), "Hilde Vaag", "Norrvik Pulp Industries", false},
		{"criticised the body", art("Ruth Calloway, who criticised the non-executive directors of Fenmoor Water Ltd, spoke first."), "Ruth Calloway", "Fenmoor Water Ltd", false},
		{"sued the body", art("Tamsin Orrell, who sued Bramblecote Cider Farms over unpaid fees, is a third-generation grower."), "Tamsin Orrell", "Bramblecote Cider Farms", false},
		{"second body in the sentence", art("Oskar Lindqvist, vice-chairman of Norrvik Pulp Industries, bought a stake in Kallsjo Timber AB."), "Oskar Lindqvist", "Kallsjo Timber AB", false},
	})
}

// TestHyphenRoleTextRound28 reads the role text of the tie: a compound of
// more than two parts is not cut at its last hyphen (no role opens
// "year-old"), a capitalised birthplace before the hyphen and a dash
// written with spaces stay out of the role. Where no tie is made, no
// role carries them either.
func TestHyphenRoleTextRound28(t *testing.T) {
	cases := []struct {
		name, text, bad string
	}{
		{"a four-part compound", "The 55-year-old chairman of Kallsjo Timber AB, Oskar Lindqvist, praised the plan.", "year-old"},
		{"a birthplace before an of-body", "Oskar Lindqvist, a Norrvik-born chairman of Kallsjo Timber AB, praised the plan.", "norrvik"},
		{"a spaced dash", "Oskar Lindqvist, a well-liked - chairman of Kallsjo Timber AB, praised the plan.", "well-liked -"},
		{"a dash spaced on one side", "Oskar Lindqvist, vice -chairman of Kallsjo Timber AB, praised the plan.", "vice -"},
	}
	for _, c := range cases {
		res := run(t, art(c.text))
		for _, r := range res.Relations {
			if r.Type == RelAffiliatedWith && strings.HasPrefix(r.Role, c.bad) {
				t.Errorf("%s: role %q\n%s", c.name, r.Role, dump(res))
			}
		}
	}
}

// TestHyphenRoleTakenPartRound28: a part of the compound that another role
// already took ends the walk back, so "commander-in-chief" after a
// "commander" role keeps "in-chief" and does not become a bare "chief"
// that points back at an earlier officer.
func TestHyphenRoleTakenPartRound28(t *testing.T) {
	res := run(t, art("General Tomas Vell, the army commander-in-chief, ran the council. On Monday Ana Ruiz met the commander-in-chief, Admiral Piet Orm, at the port."))
	wantRel(t, res, RelMet, "Ana Ruiz", "Tomas Vell", false)
	wantRel(t, res, RelMet, "Ana Ruiz", "Piet Orm", true)
}
