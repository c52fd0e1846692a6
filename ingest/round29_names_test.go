package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Round 29: names from naming traditions and places read as people. A
// Kyrgyz or Kazakh patronymic word closes a name ("uulu", "kyzy"); the
// Faroese "við" joins a name like "van"; police ranks, councillors and
// members of devolved parliaments are titles, not given names; a name
// opened by a place prefix ("St", "Puerto") or one met only after
// prepositions of place ("in", "near") is a place. People, firms and
// small places are invented.

func TestNameTraditionsRound29(t *testing.T) {
	checkEnts(t, []entCase{
		{"Kyrgyz son-of word", "Deputy Minister Temir Askarbekov uulu said the pass would reopen.", "Temir Askarbekov uulu", TypePerson},
		{"Kyrgyz daughter-of word", "Aizada Nurlanova kyzy, a lawyer for the growers, said the ruling was fair.", "Aizada Nurlanova kyzy", TypePerson},
		{"Faroese við", "Fisheries minister Bárður við Klett told reporters the quota held.", "Bárður við Klett", TypePerson},
		{"Faroese vid", "Skipper Eyðun vid Lon said the fleet would stay home.", "Eyðun vid Lon", TypePerson},
		{"chief justice", "Chief Justice Orla Venn-Castell said the levy was lawful.", "Orla Venn-Castell", TypePerson},
		{"chief inspector", "Chief Inspector Dunstan Mayhew said the inquiry would go on.", "Dunstan Mayhew", TypePerson},
		{"assistant superintendent", "The commander, Assistant Superintendent Okoth Birungi, said two men were held.", "Okoth Birungi", TypePerson},
		{"councillor", "The council leader, Cllr Harriet Pell, said the town would appeal.", "Harriet Pell", TypePerson},
		{"member of the Scottish Parliament", "Local MSP Morag Tullis said the bill had failed.", "Morag Tullis", TypePerson},
		// counter-examples: the title stays out of the name; a court of
		// justice and a justice network stay bodies
		{"the rank is not a given name", "Chief Inspector Dunstan Mayhew said the inquiry would go on.", "Inspector Dunstan Mayhew", ""},
		{"the councillor's title", "The council leader, Cllr Harriet Pell, said the town would appeal.", "Cllr Harriet Pell", ""},
		{"a court of justice", "The Regional Court of Justice ruled against the levy.", "Regional Court of Justice", TypeInstitution},
		{"a justice network", "The Delta Justice Network said the levy was unlawful.", "Delta Justice Network", TypeInstitution},
		{"a patronymic word needs a person's name", "Residents of Naryn uulu said the road had flooded.", "Naryn uulu", ""},
		{"a firm's acronym before a name", "The MSP Kaseya breach hit 1,500 firms.", "Kaseya", ""},
		{"a style guide's acronym", "Format the citations in MLA Style Guide form.", "Style Guide", ""},
	})
}

// Two men whose names end in the same patronymic word stay two people.
func TestTrailingPatronymKeepsPeopleApartRound29(t *testing.T) {
	res := run(t, "Talks resume\n\nTemir Askarbekov uulu said the pass would reopen. Bolot Sadykov uulu, an adviser, disagreed. Askarbekov uulu later met Sadykov uulu.\n")
	wantTypes(t, res, map[string]string{"Temir Askarbekov uulu": TypePerson, "Bolot Sadykov uulu": TypePerson})
	wantRel(t, res, "MET", "Temir Askarbekov uulu", "Bolot Sadykov uulu", true)
	// two men with one given name are told apart by their fathers' names,
	// not merged on the shared "uulu"
	res = run(t, "Talks resume\n\nTemir Askarbekov uulu said the pass would reopen. Temir Sadykov uulu, an adviser, disagreed.\n")
	wantTypes(t, res, map[string]string{"Temir Askarbekov uulu": TypePerson, "Temir Sadykov uulu": TypePerson})
}

func TestPlacesByPositionRound29(t *testing.T) {
	checkEnts(t, []entCase{
		{"a saint's city", "The firm sent half its catch to St Varnholm before the ban.", "St Varnholm", TypePlace},
		{"a saint's city before based", "Officials listed St Varnholm-based Kelda Reefers on Monday.", "St Varnholm", TypePlace},
		{"a port town prefix", "Tankers waited off Puerto Qeshvan for a week.", "Puerto Qeshvan", TypePlace},
		{"in a small town", "Trucks queued in Oskovo for days, traders said.", "Oskovo", TypePlace},
		{"near a village, then in it", "Shelling near Karvesh killed two. Aid convoys arrived in Karvesh on Friday.", "Karvesh", TypePlace},
		{"a speaker after in", "Trucks queued for days, and traders in Oskovo said prices rose.", "Oskovo", TypePlace},
		{"second of a list after in", "Prices doubled in Dalvo and Kesune, market women said.", "Kesune", TypePlace},
		// counter-examples: a person met, speaking, possessed or named in
		// full; a surname with a hyphenated saint's prefix; a lone prefix
		{"in a person's view", "In Varkosz's view the deal was dead.", "Varkosz", ""},
		{"in one place, a speaker elsewhere", "Trucks queued in Oskovo. Oskovo said the firm would survive.", "Oskovo", TypePerson},
		{"a letter to a person", "The letter went to Karvesh. Crowds cheered in Karvesh on Friday.", "Karvesh", ""},
		{"a stake in a firm", "The fund holds a stake in Zorvex, its filing shows.", "Zorvex", ""},
		{"confidence in a person", "Markets lost confidence in Kavala, traders said.", "Kavala", ""},
		{"a given name that is a prefix elsewhere", "Kota Yamashiro, 24, won the race in Osaka.", "Kota Yamashiro", TypePerson},
		{"a prefixed surname of one named in full", "Ian St Varnel scored twice. The crowd cheered St Varnel on.", "Ian St Varnel", TypePerson},
		{"the prefixed surname is no place", "Ian St Varnel scored twice. The crowd cheered St Varnel on.", "St Varnel", ""}, // (an alias of Ian St Varnel, no entity of its own)
		{"a hyphenated saint's surname alone", "The appeal by Saint-Varnel went ahead on Monday.", "Saint-Varnel", TypePerson},
		{"to a person, met elsewhere", "The letter went to Karvesh. The envoy met Karvesh on Friday.", "Karvesh", TypePerson},
		{"a surname of one named in full", "Ilse Oskovo chairs the board. Crowds gathered in Oskovo on Friday.", "Ilse Oskovo", TypePerson},
	})
}

// With many people in one article resolution looks names up in an index
// (indexFrom); a lone surname and a lone given name must still reach the
// right person, as they do by scanning in a short article.
func TestManyPeopleResolveRound29(t *testing.T) {
	for _, n := range []int{3, indexFrom + 20} {
		var b strings.Builder
		b.WriteString("Roll call\n\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "Delegate Ilsabet Varn%c%c spoke first. ", 'a'+byte(i/26), 'a'+byte(i%26))
		}
		b.WriteString("Later Varnab agreed, and Tovaldo Kresh-Maru Ostrin joined the talks. Kresh-Maru left early. Ostrin did not.\n")
		res := run(t, b.String())
		for _, want := range [][2]string{{"Ilsabet Varnab", "Varnab"}, {"Tovaldo Kresh-Maru Ostrin", "Kresh-Maru"}, {"Tovaldo Kresh-Maru Ostrin", "Ostrin"}} {
			found := false
			for _, e := range res.Entities {
				found = found || e.Name == want[0] && slices.Contains(e.Aliases, want[1])
			}
			if !found {
				t.Errorf("%d people: %q is not an alias of %q\n%s", n, want[1], want[0], dump(res))
			}
		}
	}
}
