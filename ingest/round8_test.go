package ingest

import (
	"strings"
	"testing"
)

// Round 8 rule families (docs/extraction.md), each with counter-examples.
// People, outlets and newsletters are invented; states, capitals and
// international bodies are general knowledge.

func TestTitleFurnitureRound8(t *testing.T) {
	body := "\n\nThe envoys met in the port city on Friday and then agreed to continue the talks in June, aides said."
	for _, tc := range []struct{ name, in, want string }{
		{"segments joined by middle dots", "LAKESIDE EVENING POST\nIndependent regional daily · Kisumu · Busia · Siaya\n\nHome » Region » Border\n\nNeighbours agree on a new border crossing after talks" + body, "Neighbours agree on a new border crossing after talks"},
		{"all-caps programme bar", "RADIO COAST SERVICE · WORLD TODAY · PROGRAMME SUMMARY\n\nMinisters trade blame over the river treaty" + body, "Ministers trade blame over the river treaty"},
		{"institute and a tag bar", "Eastern Policy Institute | Dispatches\nCommentary · Energy · Sanctions\n\nWhat the return of oil sanctions means for Asia" + body, "What the return of oil sanctions means for Asia"},
		{"newsletter masthead, tagline with issue, forwarding note", "THE HARBOUR BRIEF\nHarbour news, each Wednesday | Issue 31 | 14 January 2026\n\nForwarded this email? Membership is free at the page below.\n\nFishing talks resume as the patrol dispute cools" + body, "Fishing talks resume as the patrol dispute cools"},
		{"masthead with an edition segment", "HIGHLAND COURIER · English edition\nCusco · Puno\n\nHome / Economy / Mining\n\nRegional leaders threaten strike over copper royalties" + body, "Regional leaders threaten strike over copper royalties"},
		{"ministry name in capitals over a readout", "MINISTRY OF ECONOMY OF THE REPUBLIC OF ESTONIA\nPublic Relations Unit\n\nHome / Media / Ministry updates\n\nDeputy Minister hosts the Commissioner for energy" + body, "Deputy Minister hosts the Commissioner for energy"},
		{"page-kind label", "News story\n\nEnvoy visits the capital as talks on the treaty resume" + body, "Envoy visits the capital as talks on the treaty resume"},
		// counter-examples
		{"headline and its site", "Putin wins again | The Times" + body, "Putin wins again"},
		{"short headline with a bar", "Sanctions explained | Daily Brief" + body, "Sanctions explained"},
		{"all-caps headline alone", "MINISTERS AGREE ON A BORDER PLAN" + body, "MINISTERS AGREE ON A BORDER PLAN"},
		{"ministry as the subject of a headline", "Ministry of Defence says the drills will go ahead" + body, "Ministry of Defence says the drills will go ahead"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean(tc.in).title; got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSegmentList(t *testing.T) {
	for line, want := range map[string]bool{
		"Europe · Business · Opinion · Sport":                     true,
		"Baltic trade, every Monday | Issue 73 | 3 November 2025": true,
		"ALTIPLANO NEWS · English edition":                        true,
		"Policy Institute | Dispatches":                           true,
		// counter-examples
		"Putin wins again | The Times": false,
		"Kyrgyzstan and Tajikistan agree a border line after a long day of talks · Osh": false,
		"The minister said. · Another sentence":                                         false,
		"Talks / no talks":                                                              false,
	} {
		if got := isSegmentList(line); got != want {
			t.Errorf("isSegmentList(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestClosingFurnitureRound8(t *testing.T) {
	long := "The envoys met in the port city on Friday and then agreed to continue the talks in June, aides said. "
	body := "Headline about the border talks\n\n" + strings.Repeat(long, 10)
	for _, tc := range []struct {
		name, in, gone, kept string
	}{
		{"headlines under a More from header", body + "\n\nMORE FROM ANALYSIS\nWhy the grain deal unsettles the coast\nDjibouti, Somalia and the harbour question", "Somalia", ""},
		{"next programme trailer", body + "\n\nThe show airs on weekdays at 18:30. Coming up tomorrow: Bhutan's tea growers.", "Bhutan", ""},
		// counter-examples
		{"body paragraph after a More from header", body + "\n\nMORE FROM ANALYSIS\nWhy the grain deal unsettles the coast\nThe envoy met Eritrea's foreign minister on Tuesday and said talks would go on.", "", "Eritrea's foreign minister"},
		{"coming up inside the story", "Headline about the border talks\n\nThe minister said elections were coming up tomorrow in Bhutan, and the talks would wait.\n\n" + long + long + long, "", "Bhutan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			txt := clean(tc.in).text
			if tc.gone != "" && strings.Contains(txt, tc.gone) {
				t.Errorf("%q kept in %q", tc.gone, txt)
			}
			if tc.kept != "" && !strings.Contains(txt, tc.kept) {
				t.Errorf("%q dropped from %q", tc.kept, txt)
			}
		})
	}
}

func TestGuillemetsAreNotBreadcrumbs(t *testing.T) {
	in := "Министр встретился с послом. «Мы готовы продолжать диалог», — заявил министр журналистам."
	if got := clean(in).text; got != in {
		t.Errorf("clean dropped a quoted sentence: %q", got)
	}
	if ok, _ := isBreadcrumb("Home » World » Talks resume", "home » world » talks resume"); !ok {
		t.Error("a real trail is no longer a breadcrumb")
	}
}

func TestMeetingsRound8(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"received a delegation led by", "A\nDefence Minister Omar Haddad-Rais received an Indian navy delegation led by Rear Adm. Vikram Sethi on Friday.", "Omar Haddad-Rais", "Vikram Sethi", true},
		{"met a delegation led by its spokesman", "A\nMinister Claire Duval-Morin met a delegation of the opposition front led by its spokesman, Paul Tjibaou-Naisseline, at the high commission.", "Claire Duval-Morin", "Paul Tjibaou-Naisseline", true},
		{"called in the ambassador", "A\nForeign Minister Ram Prasad Koirala-Thapa said she called in the Bangladeshi ambassador, Suresh Menon-Pillai, on Friday evening.", "Ram Prasad Koirala-Thapa", "Suresh Menon-Pillai", true},
		{"held a separate bilateral", "A\nPrime Minister Anna Lindqvist-Berg chaired a Nordic summit on Friday and held a short bilateral with Finland's president, Erik Solberg-Haug, on Arctic shipping.", "Anna Lindqvist-Berg", "Erik Solberg-Haug", true},
		// counter-examples
		{"requested meeting that never took place", "A\nBritish chargé d'affaires Mark Tillman-Ross requested a meeting with Foreign Minister Tendai Moyo-Chirwa twice, but his letters went unanswered.", "Mark Tillman-Ross", "Tendai Moyo-Chirwa", false},
		{"a state summons", "A\nRome summoned the Libyan chargé d'affaires, Nadir Belkacem-Ouali, on Friday.", "Italy", "Nadir Belkacem-Ouali", false},
		{"called in a statement", "A\nMinister Ram Prasad Koirala-Thapa called in a statement for calm, and Ambassador Suresh Menon-Pillai agreed.", "Ram Prasad Koirala-Thapa", "Suresh Menon-Pillai", false},
		{"was summoned", "A\nAmbassador Suresh Menon-Pillai was summoned by Foreign Secretary Kiran Joshi-Rana's office, local media said.", "Suresh Menon-Pillai", "Kiran Joshi-Rana", false},
		{"delegation visit without a meeting verb", "A\nAn Indian navy delegation led by Rear Adm. Vikram Sethi landed in Malé on Friday, where Defence Minister Omar Haddad-Rais briefed reporters.", "Omar Haddad-Rais", "Vikram Sethi", false},
	})
}

func TestSanctionAdvocacyRound8(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"pressed for sanctions", "A\nDenmark pressed hard for EU sanctions on Eritrean generals, but Hungary keeps vetoing them.", "European Union", "Eritrea", false},
		{"lobbied for sanctions", "A\nActivists lobbied for U.S. sanctions on Russia for months.", "United States", "Russia", false},
		// counter-example
		{"sanctions in force", "A\nThe EU imposed sanctions on Rwanda on Monday, officials said.", "European Union", "Rwanda", true},
	})
}
