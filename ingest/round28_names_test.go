package ingest

import (
	"slices"
	"strings"
	"testing"
)

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
		{"party after a member's name", "Assembly member Ada Holm of the Greens voted against the levy.", "Greens", true},
		{"party before a title and name", "Liberals senator Ada Holm asked for a recount.", "Liberals", true},
		// counter-examples: a person told, by full name or by the
		// surname of one named in full; reporters; a known body; a name
		// that goes on; a demonym before a plural in lower case
		{"told a person in full", "Minister Oskar Brandl told Tamsin Orrell that no deal was near.", "Tamsin Orrell", false},
		{"told a person by surname", "Tamsin Orrell met the envoy. Minister Oskar Brandl told Orrell that no deal was near.", "Orrell", false},
		{"told a person titled elsewhere", "Senator Orrell spoke first. Oskar Brandl told Orrell that no deal was near.", "Orrell", false},
		{"told a person by surname, a quantity after", "Tamsin Orrell chaired the hearing. Oskar Brandl told Orrell 24 hours before the vote that no deal was near.", "Orrell 24", false},
		{"told a name, a quantity after", "Oskar Brandl told Dravoska 24 hours before the vote that no deal was near.", "Dravoska 24", false},
		{"told a state, a quantity after", "Oskar Brandl told Moldova 3 times that no deal was near.", "Moldova 3", false},
		{"told an acronym's plural", "Oskar Brandl told NGOs on Monday that no deal was near.", "NGOs", false},
		{"told a role's plural", "Oskar Brandl said no deal was near, she told MPs.", "MPs", false},
		{"told a possessive name", "Oskar Brandl told Dravoska's lawyers that no deal was near.", "Dravoska", false},
		{"demonym before a lower-case plural", "Tourism to the Union of Greek islands fell.", "Union of Greek", false},
		{"party word inside a name", "The agency's Specially Designated Nationals director Ada Holm resigned.", "Nationals", false},
		{"party word before a name", "The Greens Cup final of the Greens Harbour club drew a crowd.", "Greens", false},
		{"a family after to the", "Tarn Ollis sold the orchard to the Greens last spring.", "Greens", false},
		{"a family after of the", "Tarn Ollis kept a photo of the Greens outside their farmhouse.", "Greens", false},
		{"a team after for the", "Tarn Ollis pitched for the Nationals last season.", "Nationals", false},
		{"a team before a title", "Kestova Nationals president Ada Holm resigned on Friday.", "Nationals", false},
		{"party before a title alone", "The rule will stay, the Nationals MP added later.", "Nationals", false},
		{"no member head", "Lena Voss, head of the Bank of Greek Ferrymen, met the minister.", "Bank of Greek Ferrymen", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Dispute over levies widens\n\nThe hearing opened on Tuesday. "+tc.text+"\n")
			if got := anyInstitution(res, tc.ent); got != tc.body {
				t.Errorf("%q an Institution: %v, want %v\n%s", tc.ent, got, tc.body, dump(res))
			}
		})
	}
}

// anyInstitution reports an Institution named name (or with that alias):
// a Person of the same name does not hide it.
func anyInstitution(res Result, name string) bool {
	for _, e := range res.Entities {
		if e.Type != TypeInstitution {
			continue
		}
		if strings.EqualFold(e.Name, name) || slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.EqualFold(a, name) }) {
			return true
		}
	}
	return false
}

// The article's own publisher, named on its masthead line, is no party
// to the story when the text says someone told it something; a name on
// another dropped line (a photo credit, a list of other headlines) is
// no publisher.
func TestToldPublisherRound28(t *testing.T) {
	body := "The hearing opened on Tuesday. Minister Oskar Brandl told Dravoska that no deal was near. " + strings.Repeat("The levy on timber rose again this week and growers said they would appeal. ", 8)
	for _, tc := range []struct {
		name, text string
		body       bool
	}{
		{"masthead", "Dravoska Weekly\nHome | World | Business\n\nDispute over levies widens\n\n" + body + "\n", false},
		{"site name taken for the headline", "DVP  Dravoska Press Agency\nHome | Trade | Farming | Video\nTrade > Timber\n\nTimber growers dispute levies\nBy Lena Voss\nMarch 3, 2024 9:05 AM GMT  Updated 40 minutes ago\n4 min read\n\n" + body + "\n", false},
		{"rights notice", "Dispute over levies widens\n\n" + body + "\n\u00a9 2024 Dravoska. All rights reserved.\n", false},
		{"rights notice below other headlines", "Dispute over levies widens\n\n" + body + "\nRelated articles\n \u00b7 Timber prices slip again\n \u00b7 Profile: a sawmill changes hands\n\nTerms of use\n\u00a9 2024 Dravoska Media Ltd. All rights reserved.\n", false},
		{"registration note", "Dispute over levies widens\n\n" + body + "\nDravoska Press plc, the owner of this title. Registered in Jersey, no. 612044.\n", false},
		{"photo credit", "Dispute over levies widens\n\nPhoto: Dravoska\n\n" + body + "\n", true},
		{"other headline", "Dispute over levies widens\n\n" + body + "\nRelated: Dravoska wins a press award\n\nThe growers will gather on Thursday to weigh an appeal.\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := anyInstitution(run(t, tc.text), "Dravoska"); got != tc.body {
				t.Errorf("Dravoska an Institution: %v, want %v\n%s", got, tc.body, dump(run(t, tc.text)))
			}
		})
	}
}

// A party named by its members' plural is the party the lexicon knows by
// its adjective: one entity for "the Conservatives" and "Conservative MP".
func TestPartyPluralCanonRound28(t *testing.T) {
	res := run(t, "Dispute over levies widens\n\nTarn Ollis, an MP for the Conservatives, opposed the levy. Conservative MP Tamsin Orrell backed it.\n")
	if anyInstitution(res, "Conservatives") && entityByName(res, "Conservatives") != entityByName(res, "Conservative Party") {
		t.Errorf("two entities for one party\n%s", dump(res))
	}
	if !anyInstitution(res, "Conservative Party") {
		t.Errorf("no Conservative Party\n%s", dump(res))
	}
}
