package ingest

import "testing"

// TestSeatedBodyRound35: a role's "of" phrase that opens with a seat and
// a description of the body before the body's name gives the body, not
// the seat: a state's possessive and lower-case words ("head of Russia's
// plant health watchdog Y"), a demonym
// compound ("the Chinese-led Y"), another body with lower-case words
// ("the UN peacekeeping mission Y"), and "and" between the words
// ("mining and haulage firm").
// Counter-examples: with no body named after the words the seat is the
// qualifier still (a state's "foreign ministry", the "EU-led mission"); a
// person after the words is no body; a body's own possessive is not a
// description ("the UN's Y" stays with the first reading).
func TestSeatedBodyRound35(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"state-possessive-words", "The ban was extended on Monday. Oleg Varentsov, head of Russia's plant health watchdog Agronadzor Service, said the rules were clear.", "Oleg Varentsov", "Agronadzor Service", true},
		{"state-possessive-words-not-state", "The ban was extended on Monday. Oleg Varentsov, head of Russia's plant health watchdog Agronadzor Service, said the rules were clear.", "Oleg Varentsov", "Russia", false},
		{"demonym-led", "The bid was opened in La Paz. Marco Dellavalle, chairman of the Italian-led Orbis Grid Consortium, said the offer stood.", "Marco Dellavalle", "Orbis Grid Consortium", true},
		{"demonym-led-not-state", "The bid was opened in La Paz. Marco Dellavalle, chairman of the Italian-led Orbis Grid Consortium, said the offer stood.", "Marco Dellavalle", "Italy", false},
		{"body-words", "Fighting went on near the lake. Aminata Koulibaly-Traore, head of the UN observer mission Kivu Monitoring Group, said patrols would resume.", "Aminata Koulibaly-Traore", "Kivu Monitoring Group", true},
		{"body-words-not-un", "Fighting went on near the lake. Aminata Koulibaly-Traore, head of the UN observer mission Kivu Monitoring Group, said patrols would resume.", "Aminata Koulibaly-Traore", "United Nations", false},
		{"and-between-words", "Staff left the site in March. Johan Pretorius-Venter, general manager of the Zambian mining and haulage firm Karoo Freight Services, said the camp was empty.", "Johan Pretorius-Venter", "Karoo Freight Services", true},
		{"and-between-words-not-state", "Staff left the site in March. Johan Pretorius-Venter, general manager of the Zambian mining and haulage firm Karoo Freight Services, said the camp was empty.", "Johan Pretorius-Venter", "Zambia", false},
		// counter-examples: the seat stays the qualifier
		{"no-body-counter", "The ban was extended on Monday. Oleg Varentsov, head of Russia's plant health service, said the rules were clear.", "Oleg Varentsov", "Russia", true},
		{"led-no-body-counter", "The bid was opened in La Paz. Marco Dellavalle, chairman of the Italian-led consortium, said the offer stood.", "Marco Dellavalle", "Italy", true},
		{"person-after-counter", "Talks went on late. Ilya Kuznetsov-Reiss, an adviser to Russia's trade minister Pavel Gromyko-Lents, said little.", "Ilya Kuznetsov-Reiss", "Russia", true},
		{"body-possessive-counter", "Fighting went on near the lake. Aminata Koulibaly-Traore, head of the UN's World Food Programme, said patrols would resume.", "Aminata Koulibaly-Traore", "United Nations", true},
		{"body-bare-counter", "Fighting went on near the lake. Aminata Koulibaly-Traore, head of the UN mission, said patrols would resume.", "Aminata Koulibaly-Traore", "United Nations", true},
	})
}

// TestMastheadUsRound35: a footer link's "us" ("about us", "contact
// us") is the pronoun: it no longer vetoes the state the masthead names.
// Counter-examples: "us" after another word still reads as the U.S. and
// two states give none; a masthead with no state gives none.
func TestMastheadUsRound35(t *testing.T) {
	lx := getLexicon()
	for _, tc := range []struct{ name, masthead, want string }{
		{"about-us", "the lakeside herald\n© 2011 herald media ltd. | about us | jobs | contact us\nkisumu and nairobi, kenya\n", "st:kenya"},
		{"contact-us-capital", "© 2015 steppe daily llc. astana. contact us | jobs\n", "st:kazakhstan"},
		{"us-edition-counter", "the harbour post\nus and kenya edition\n", ""},
		{"no-state-counter", "the harbour post | about us | contact us\n", ""},
	} {
		if got := lx.mastheadHome(tc.masthead); got != tc.want {
			t.Errorf("%s: mastheadHome = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestItsOpensClauseRound35: "its" after words that name nothing, or
// after the holder's own name in apposition, stands for a body of an
// earlier sentence as "its" opening a sentence does ("Wedged between the
// two camps is Kuwait. X, its chief negotiator, …"; "On Tuesday its
// chief negotiator, X, …"; a quotation, "said X, its chief negotiator").
// Counter-examples: a place or another person named before "its" may be
// what it stands for, and a name not set off by a comma right before
// "its" is no apposition: no affiliation to the earlier body (each fails
// without the guard).
func TestItsOpensClauseRound35(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"apposition", "The bloc is split over the embargo. Wedged between the two camps is Kuwait. Fahad Salem al-Rashidi, its chief negotiator, has flown between the capitals for a month.", "Fahad Salem al-Rashidi", "Kuwait", true},
		{"adverbial", "Ostend was not the only port to protest. Norway, which fishes the same stocks, was angry too. On Tuesday its chief negotiator, Sigrid Aamodt-Lund, held talks in Brussels.", "Sigrid Aamodt-Lund", "Norway", true},
		{"quotation", "Kenya, which relies on the lake for power, also refused to sign. \"We want terms all sides can accept,\" said Wanjiru Kamau-Otieno, its chief negotiator.", "Wanjiru Kamau-Otieno", "Kenya", true},
		{"place-before-counter", "Norway, which fishes the same stocks, was angry too. Fishermen in Bergen said its chief negotiator, Sigrid Aamodt-Lund, had ignored them.", "Sigrid Aamodt-Lund", "Norway", false},
		{"other-person-counter", "Norway, which fishes the same stocks, was angry too. Lars Vindheim-Berg met its chief negotiator, Sigrid Aamodt-Lund, in Bergen.", "Sigrid Aamodt-Lund", "Norway", false},
		// a common noun with its article is the clause's own subject: "its"
		// is the fund's, not the earlier sentence's first body (Ghana)
		{"article-noun-counter", "Ghana reached a staff-level accord with the IMF on Tuesday. The fund said its mission chief, Tobias Ferrante-Lund, would return to Accra in May.", "Tobias Ferrante-Lund", "Ghana", false},
		{"quoted-article", "Kenya, which relies on the lake for power, also refused to sign. \"The terms favour the upstream states,\" said Wanjiru Kamau-Otieno, its chief negotiator.", "Wanjiru Kamau-Otieno", "Kenya", true},
		{"quote-opened-earlier", "Kenya, which relies on the lake for power, also refused to sign. \"Nobody here is hostile to the plan. We still need a fair deal for the upstream states,\" said Wanjiru Kamau-Otieno, its chief negotiator.", "Wanjiru Kamau-Otieno", "Kenya", true},
		{"no-comma-counter", "Norway, which fishes the same stocks, was angry too. Later Lars Vindheim-Berg and its chief negotiator, Sigrid Aamodt-Lund, met in Bergen.", "Sigrid Aamodt-Lund", "Norway", false},
	})
}
