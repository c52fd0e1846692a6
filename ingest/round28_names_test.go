package ingest

import "testing"

// Round 28: bodies the chunker lost. A bare name someone "told", with no
// given name, title or full name elsewhere, is the outlet that took the
// statement ("told Kestova 24 on Friday"); a member body named by who its
// members are ("Union of Tarnish Growers") runs on over the demonym the
// gazetteer took; a party named by its members ("the Greens") is a body
// after "for the"/"of the" or before a title and a name. All people, outlets and bodies are invented.

type round28Case struct {
	name, text, ent string
	body            bool // ent is an Institution
}

func TestLostBodiesRound28(t *testing.T) {
	for _, tc := range []round28Case{
		{"told a numbered channel", "Minister Oskar Brandl told Velmora 24 on Friday that no deal was near.", "Velmora 24", true},
		{"told a bare outlet", "The envoy Ilse Marten told Dravoska afterwards that the ceasefire held.", "Dravoska", true},
		{"told an unknown acronym", "The envoy Ilse Marten told KRVN on Monday that the ceasefire held.", "KRVN", true},
		{"told a state's channel", "The envoy Ilse Marten told Moldova 1 that the ceasefire held.", "Moldova 1", true},
		{"demonym members", "Lena Voss, chair of the Union of Danish Ferrymen, met the minister on Monday.", "Union of Danish Ferrymen", true},
		{"demonym members joined by and", "The Association of Kenyan Growers and Packers said its members would stop shipping.", "Association of Kenyan Growers and Packers", true},
		{"party after for the", "Ada Holm, a Danish MEP for the Greens, voted against the pact.", "Greens", true},
		{"party after of the", "Tarn Ollis, of the Nationals, visited the orchard on Friday.", "Nationals", true},
		{"party before a title and name", "Liberals senator Ada Holm asked for a recount.", "Liberals", true},
		// counter-examples: a person told, by full name or by the
		// surname of one named in full; reporters; a known body; a name
		// that goes on; a demonym before a plural in lower case
		{"told a person in full", "Minister Oskar Brandl told Tamsin Orrell that no deal was near.", "Tamsin Orrell", false},
		{"told a person by surname", "Tamsin Orrell met the envoy. Minister Oskar Brandl told Orrell that no deal was near.", "Orrell", false},
		{"told a titled person", "Oskar Brandl told Senator Orrell that no deal was near.", "Orrell", false},
		{"told a role's plural", "Oskar Brandl said no deal was near, she told MPs.", "MPs", false},
		{"told a possessive name", "Oskar Brandl told Dravoska's lawyers that no deal was near.", "Dravoska", false},
		{"demonym before a lower-case plural", "Tourism to the Union of Greek islands fell.", "Union of Greek", false},
		{"party word inside a name", "The Kestova bank sits on a Specially Designated Nationals register.", "Nationals", false},
		{"party word before a name", "The Greens Cup final of the Greens Harbour club drew a crowd.", "Greens", false},
		{"a family after to the", "Tarn Ollis sold the orchard to the Greens last spring.", "Greens", false},
		{"a team before a title", "Kestova Nationals president Ada Holm resigned on Friday.", "Nationals", false},
		{"party before a title alone", "The rule will stay, the Nationals MP added later.", "Nationals", false},
		{"no member head", "Lena Voss, head of the Bank of Greek Ferrymen, met the minister.", "Bank of Greek Ferrymen", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Dispute over levies widens\n\nThe hearing opened on Tuesday. "+tc.text+"\n")
			if got := holderType(res, tc.ent) == TypeInstitution; got != tc.body {
				t.Errorf("%q an Institution: %v, want %v\n%s", tc.ent, got, tc.body, dump(res))
			}
		})
	}
}

// The article's own publisher, named on its masthead line, is no party
// to the story when the text says someone told it something.
func TestToldPublisherRound28(t *testing.T) {
	res := run(t, "Dravoska Weekly\nHome | World | Business\n\nDispute over levies widens\n\nThe hearing opened on Tuesday. Minister Oskar Brandl told Dravoska that no deal was near.\n")
	if holderType(res, "Dravoska") == TypeInstitution {
		t.Errorf("the publisher is an Institution\n%s", dump(res))
	}
}
