package ingest

import "testing"

// Round 32: a capitalised trade or product word ends a firm's name
// ("... Coal", "... Distillery", "... Carriers"). Read as a person's name
// the run lost that ordinary word and the rest became a person, or a
// lone surname that nobody owned. A title, a person's appositive or an
// ordinary word opening the sentence keeps the old reading; "Resources"
// is left out (ministries' portfolios: "Mineral Resources"). Firms and
// people are invented.
func TestTradeWordTailRound32(t *testing.T) {
	checkEnts(t, []entCase{
		{"coal firm opening a sentence", "Tolkun Steppe Coal, which owns most of the idle lorries, said it lost money each day.", "Tolkun Steppe Coal", TypeInstitution},
		{"coal firm: no person left", "Tolkun Steppe Coal, which owns most of the idle lorries, said it lost money each day.", "Tolkun Steppe", ""},
		{"distillery after a preposition", "Workers at Strathdon Distillery toasted the tariff deal this week.", "Strathdon Distillery", TypeInstitution},
		{"carriers as an object", "The ministry accused the broker of helping Qeshm Maritime Carriers hide the cargoes.", "Qeshm Maritime Carriers", TypeInstitution},
		{"grain with an appositive", "Regulators may bar Dakota Plains Grain, a big soybean shipper, from the market.", "Dakota Plains Grain", TypeInstitution},
		{"securities after a place", "Data sharing helps, said Aru Bekova, head of research at the brokerage Orlan Tau Securities.", "Orlan Tau Securities", TypeInstitution},
		{"a given name opening the firm", "Victoria Hill Sugar, the miller whose lorries were stopped, declined to comment.", "Victoria Hill Sugar", TypeInstitution},
		// counter-examples
		{"a titled person", "Deputy Minister Tomas Coal said the quota would stay.", "Tomas Coal", TypePerson},
		{"a person's appositive", "Maris Timber, a fisheries spokeswoman, said the boats stayed home.", "Maris Timber", TypePerson},
		{"ordinary words opening a sentence", "Cold Storage costs rose by a third last year.", "Cold Storage", ""},
		{"a portfolio, not a firm", "Officials from Mineral Resources and the treasury met the investors.", "Mineral Resources", ""},
		// a given name before the trade word: a person (tradeWordMisread)
		{"given name and trade word", "Alan Sugar said the show would return in the spring.", "Alan Sugar", TypePerson},
		{"given name and trade word as an object", "Police arrested Peter Sugar on Monday near the docks.", "Peter Sugar", TypePerson},
		{"two people with trade-word surnames", "David Timber and Anna Coal, both farmers, said the prices rose.", "Anna Coal", TypePerson},
		// a university's unit, a product's noun after the pair
		{"a faculty, not a firm", "He studied at the Faculty of Chemical Engineering in Tehran before the war.", "Chemical Engineering", ""},
		{"a price's grade", "The price of Kembla Coal rose to a record this week.", "Kembla Coal", ""},
		{"a commodity's prices", "Coking Coal prices fell on Monday as the mills cut output.", "Coking Coal", ""},
		{"a discipline's students", "A study by Oxford Engineering students found flaws in the bridge.", "Oxford Engineering", ""},
	})
}

// Round 32: general body words of other languages open a name
// ("Yacimientos", "Frigorífico", "Comunidad", Romanian "Alianța",
// Filipino "Samahang"/"Kalipunan"/"Kapunungan") or end one (Dutch
// "Advocaten"), and the links inside such names ("para la", "pour le",
// "pentru", "ng", "sa") go on reading them. Before, the words after the
// lead became a person. Bodies and people are invented.
func TestForeignBodyWordsRound32(t *testing.T) {
	checkEnts(t, []entCase{
		{"Spanish deposits firm", "Yacimientos de Cobre Andinos signed a supply deal with the ministry.", "Yacimientos de Cobre Andinos", TypeInstitution},
		{"Romanian alliance with pentru", "Officials met Ana Popa, a leader of Alianța pentru Viitor Românesc, on Monday.", "Alianța pentru Viitor Românesc", TypeInstitution},
		{"Romanian alliance: member stays a person", "Officials met Ana Popa, a leader of Alianța pentru Viitor Românesc, on Monday.", "Ana Popa", TypePerson},
		{"Spanish centre with para la", "\"It is late,\" said Luis Mora, director of the Centro de Análisis para la Integración Andina.", "Centro de Análisis para la Integración Andina", TypeInstitution},
		{"Spanish community party", "The senator Rosa Quispe of Comunidad Democrática said the vote was put off.", "Comunidad Democrática", TypeInstitution},
		{"Filipino association with ng", "\"We need help,\" said Pedro Ramos, president of the Samahang Magsasaka ng Bukidnon.", "Samahang Magsasaka ng Bukidnon", TypeInstitution},
		{"Dutch law firm", "Lawyer Pieter Smit of Van Dam Verhoef Advocaten welcomed the ruling.", "Van Dam Verhoef Advocaten", TypeInstitution},
		{"Portuguese meat plant", "Brussels suspended purchases from Frigorífico Vale Verde after the audit.", "Frigorífico Vale Verde", TypeInstitution},
		{"French rally with pour le", "He met Awa Diop, who leads Rassemblement pour le Progrès, on Tuesday.", "Rassemblement pour le Progrès", TypeInstitution},
		{"Filipino bank with ng", "Officials at Bangko Sentral ng Kapuluan said the rates would stay.", "Bangko Sentral ng Kapuluan", TypeInstitution},
		// counter-examples
		{"a person with a particle", "Rosa de la Vega said the harvest was late.", "Rosa de la Vega", TypePerson},
		// "para", "pour" and the like also stand between a body and a
		// person: the person's full name after them ends the body's name
		{"para before a person: the body", "The Grupo Orvala para Carlos Ibarren deal closed last week.", "Grupo Orvala", TypeInstitution},
		{"para before a person: the person", "The Grupo Orvala para Carlos Ibarren deal closed last week.", "Carlos Ibarren", TypePerson},
		{"pour before a person", "Rassemblement pour Marie Tondelle was painted on the wall.", "Marie Tondelle", TypePerson},
	})
}

// Round 32: an acronym the gazetteer knows for another body ("CPC", the
// Communist Party of China) stands for the body the article names in
// full with those initials, when the text ties the two: the bracket form,
// or the long form before the acronym's first use. Counter-examples: the
// gazetteer's body named in full, no long form, the acronym used before
// the long form, a well-known body (ICC, IAEA) without the bracket form,
// and the gazetteer's own name spelt another way.
func TestAcronymOfLongFormRound32(t *testing.T) {
	cases := []struct {
		label, text, acr, want string
	}{
		{"the article's long form", "Most Kazakh crude is exported by the Caspian Pipeline Consortium, a Russian-led venture. Nobody has threatened the CPC yet.", "CPC", "Caspian Pipeline Consortium"},
		{"the gazetteer's body named in full", "The Communist Party of China met in Beijing. The CPC said the Caspian Pipeline Consortium would ship more oil.", "CPC", "Communist Party of China"},
		{"no long form", "Nobody has threatened the CPC yet, a diplomat in Beijing said.", "CPC", "Communist Party of China"},
		{"bracket form", "The rig belongs to the Coastal Petroleum Company (CPC), a state venture. The CPC said drilling would resume.", "CPC", "Coastal Petroleum Company"},
		// the acronym used before the long form: the gazetteer's body
		{"acronym before the long form", "The CPC said flows were normal. The Caspian Pipeline Consortium said repairs would take a week.", "CPC", "Communist Party of China"},
		// a well-known body keeps its acronym unless the bracket form gives it away
		{"well-known court, other body after", "The ICC issued a warrant for the leader. The Indian Chamber of Commerce said trade would suffer.", "ICC", "International Criminal Court"},
		{"well-known agency, other body before", "The Iranian Atomic Energy Agency said it would cooperate. The IAEA said its inspectors left.", "IAEA", "International Atomic Energy Agency"},
		{"well-known court, bracket form", "The Indian Chamber of Commerce (ICC) said trade would suffer. The ICC said exports fell.", "ICC", "Indian Chamber of Commerce"},
		// the gazetteer's own name in British spelling is the same body
		{"spelling of the gazetteer's name", "The World Health Organisation (WHO) declared an emergency. The WHO said cases rose.", "WHO", "World Health Organization"},
	}
	for _, tc := range cases {
		t.Run(tc.label, func(t *testing.T) {
			res := run(t, art(tc.text))
			e := entityByName(res, tc.acr)
			if e == nil || e.Name != tc.want {
				t.Errorf("%s: got %v, want %q\n%s", tc.acr, e, tc.want, dump(res))
			}
		})
	}
}

// Round 32: page furniture above a headline. A skip link to any part of
// the page ("Skip to key events") and a language switch are no titles;
// a site's name stays its masthead when a bar of place, weather and
// account items stands between it and its menu. Counter-examples: a
// headline that opens with the words "Skip to" in a long line, and a
// headline over a prose deck and a menu. Sites and places are invented.
func TestPageFurnitureTitlesRound32(t *testing.T) {
	const body = "\n\nThe council voted on Tuesday to close the harbour to foreign trawlers for a month, officials said.\n"
	checkTitles(t, false, []titleCase{
		{name: "skip link to key events",
			in:   "Skip to key events\n\nHarbour council shuts port to trawlers for a month" + body,
			want: "Harbour council shuts port to trawlers for a month"},
		{name: "skip link in quotes, language switch",
			in:   "Skip to main content\nSkip to \"About this site\"\nLanguage selection: Deutsch\n\nHarbour council shuts port to trawlers for a month" + body,
			want: "Harbour council shuts port to trawlers for a month"},
		{name: "site name over an info bar and a menu",
			in:   "The Kessmouth Lantern\nKessmouth, NSW   |   Weather: 12°C Showers   |   Log in   |   Subscribe from $2 a week\n\nLocal News | Sport | Rural | Opinion | Classifieds\n\nHarbour council shuts port to trawlers for a month" + body,
			want: "Harbour council shuts port to trawlers for a month"},
		// counter-examples
		{name: "a long headline opening with skip to",
			in:   "Skip to the end: why the harbour council shut the port to every foreign trawler this month, and what comes next for the fishermen of the bay" + body,
			want: "Skip to the end: why the harbour council shut the port to every foreign trawler this month, and what comes next for the fishermen of the bay"},
		{name: "a question headline opening with skip to",
			in:   "Skip to the polls? Turnout falls in harbour towns" + body,
			want: "Skip to the polls? Turnout falls in harbour towns"},
		{name: "a short headline opening with language selection",
			in:   "Language selection rules for migrant pupils tightened" + body,
			want: "Language selection rules for migrant pupils tightened"},
		{name: "a headline over a prose deck and a menu",
			in:   "Kessmouth Harbour Closed Again\nThe council says the month-long closure will protect spawning stocks, but the fleet says it will cost jobs\n\nNews | Sport | Opinion\n" + body,
			want: "Kessmouth Harbour Closed Again"},
	})
}

// Round 32: a body paragraph that opens with "Language selection" is text,
// not a language switch: its sentence and the quote in it stay.
func TestLanguageSelectionSentenceRound32(t *testing.T) {
	res := run(t, "Schools told to teach two languages\n\nThe education minister, Greta Mellqvist, announced the rules on Tuesday.\n\nLanguage selection will be left to head teachers, Mellqvist said.\n")
	n := 0
	for _, r := range res.Relations {
		if r.Type == "SAID" {
			n++
		}
	}
	if n < 2 {
		t.Errorf("want the second paragraph's SAID kept, got %d SAID\n%s", n, dump(res))
	}
}

// Round 32: a bar of short items (place, weather, account links) between a
// site's name and its menu is no deck, however many words it has; a deck
// with bars whose parts are prose is. These rows call the check itself:
// other paths also drop a masthead in a whole page.
func TestInfoBarRound32(t *testing.T) {
	const menu = "\n\nLocal News | Sport | Rural | Opinion | Classifieds\n\nHarbour council shuts port\n"
	cases := []struct {
		name, between string
		want          bool
	}{
		{"a long info bar", "Kessmouth, New South Wales   |   Weather: 12°C Showers and wind   |   Log in   |   Subscribe from $2 a week", true},
		{"a prose deck with bars", "The council says the closure will protect the spawning stocks | The fleet says it will cost jobs and boats | Officials disagree", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := isInfoBar(tc.between); got != tc.want {
				t.Errorf("isInfoBar(%q) = %v, want %v", tc.between, got, tc.want)
			}
			if got := isSiteNameOverMenu("The Kessmouth Lantern", tc.between+menu); got != tc.want {
				t.Errorf("isSiteNameOverMenu over %q = %v, want %v", tc.between, got, tc.want)
			}
		})
	}
}
