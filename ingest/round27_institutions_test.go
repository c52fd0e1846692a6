package ingest

import "testing"

// Round 27: bodies that only their context shows. A role with its desk
// before "at" ("head of grain procurement at X") and a person "who heads /
// leads / chairs the X" name X as a body, unless X ends in an event's or a
// contest's word ("the X Marathon"); a firm cued so runs on over "&" to
// the end of its capitalised run, unless a given name follows; a body
// cued so that is the short form of a firm named in full joins that
// firm, and a body named by its kind ("the lender X") stays its own. All people and bodies are invented.

type cuedBodyCase struct {
	name, text, ent string
	body            bool // ent is an Institution
}

func TestCuedBodiesRound27(t *testing.T) {
	for _, tc := range []cuedBodyCase{
		{"desk before at", "Wilma Sorensen, head of copper buying at Halvik Commodities in Oslo, expects lower prices.", "Halvik Commodities", true},
		{"desk before at the", "Oskar Brandl, director of fleet safety at the Tessaly Harbour Mutual, wants new rules.", "Tessaly Harbour Mutual", true},
		{"who leads the", "Kofi Adomako, who leads the Drumlin Civic Initiative in Penhallow, called the levy unfair.", "Drumlin Civic Initiative", true},
		{"who chairs the", "Ilse Marten, who chairs the Orrin Creek Tenants Initiative, wrote to the council twice.", "Orrin Creek Tenants Initiative", true},
		{"ampersand inside the firm", "Rohit Mehra, head of crude buying at Sundar Refining & Polymers, rejected three cargoes.", "Sundar Refining & Polymers", true},
		{"ampersand with a legal form", "Rohit Mehra, head of crude buying at Sundar Refining & Polymers Ltd, rejected three cargoes.", "Sundar Refining & Polymers Ltd", true},
		// counter-examples: no role before the desk, a verb without
		// "who", a law after "leads", a given name opening the run, and a
		// run of proper words with no cue at all
		{"no role before the desk", "After three rounds of quiet bargaining at Vennor Halstead, the two sides parted.", "Vennor Halstead", false},
		{"leads without who", "Tomas Veld leads the Kestova Open Classic by two strokes.", "Kestova Open Classic", false},
		{"a law after leads", "Mira Sall, who leads the Coastal Netting Act through the chamber, gave way on Friday.", "Coastal Netting Act", false},
		{"a person after the desk", "Tom Reyes, head of research at Ellen Marsh, said the figures were wrong.", "Ellen Marsh", false},
		{"a place after the desk", "Ines Roa, head of logistics at Brenmouth Harbour, waited for the ferry.", "Brenmouth Harbour", false},
		{"a person after the ampersand", "Tom Reyes, head of research at Halvik Commodities & Ingrid Tallis, said the figures were wrong.", "Halvik Commodities & Ingrid", false},
		{"a person after the ampersand, in full", "Tom Reyes, head of research at Halvik Commodities & Ingrid Tallis, said the figures were wrong.", "Halvik Commodities & Ingrid Tallis", false},
		{"who runs a marathon", "Wilma Sorensen, who runs the Kestova Marathon, said the route would change.", "Kestova Marathon", false},
		{"who chairs a festival", "Aldo Ferrante, who chairs the Orrin Valley Festival, sold more tickets this year.", "Orrin Valley Festival", false},
		{"a summit after the ampersand", "Wilma Sorensen, who runs the Kestova Fish & Food Summit, expects more visitors.", "Kestova Fish & Food Summit", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Dispute over levies widens\n\nThe hearing opened on Tuesday. "+tc.text+"\n")
			if got := holderType(res, tc.ent) == TypeInstitution; got != tc.body {
				t.Errorf("%q an Institution: %v, want %v\n%s", tc.ent, got, tc.body, dump(res))
			}
		})
	}
}

// A body found from its context that opens a firm named in full is that
// firm's short name, not a second body.
func TestCuedShortNameRound27(t *testing.T) {
	res := run(t, "Insurers review tanker cover\n\nThe Tarn Mutual Assurance Company covered nine of the vessels. Eli Brandt, head of claims at Tarn Mutual, confirmed the meeting.\n")
	full, short := entityByName(res, "Tarn Mutual Assurance Company"), entityByName(res, "Tarn Mutual")
	if full == nil || full != short {
		t.Errorf("Tarn Mutual is not the club's short name\n%s", dump(res))
	}
	if !hasRel(res, RelAffiliatedWith, "Eli Brandt", "Tarn Mutual Assurance Company") {
		t.Errorf("Eli Brandt not affiliated with the club\n%s", dump(res))
	}
}

// Only a body guessed from its context gives way to a firm's short name:
// a body named by its kind ("the X customs union") is its own, though it
// has the same confidence.
func TestKindNamedBodyNotShortNameRound27(t *testing.T) {
	res := run(t, "Dispute over levies widens\n\nNorden Reach Logistics Group moved its office to the coast. Ministers of the Norden Reach customs union met on Monday.\n")
	full, short := entityByName(res, "Norden Reach Logistics Group"), entityByName(res, "Norden Reach")
	if full == nil || short == nil || full == short {
		t.Errorf("the customs union is not a body of its own\n%s", dump(res))
	}
}
