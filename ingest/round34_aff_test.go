package ingest

import (
	"strings"
	"testing"
)

// Round 34 (affiliations): shapes the extractor got wrong or missed in
// three or more dev sets. People and firms are invented; states and
// their ministries are real.

// TestMinistryStateRound34: a ministry's spokesperson, minister,
// ambassador or adviser also works for the state; an official below that
// (a special envoy, an under secretary, a director general, a vice
// minister) works for the ministry only.
// Counter-examples: the envoy, the director general and the vice minister
// get no state (each fails without speaksForState); the ministry link
// stays.
func TestMinistryStateRound34(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"spokesperson-state", art("Chinese foreign ministry spokesperson Ma Weiling told reporters that the harbour plan was a purely commercial matter."), "Ma Weiling", "China", true},
		{"spokesperson-ministry", art("Chinese foreign ministry spokesperson Ma Weiling told reporters that the harbour plan was a purely commercial matter."), "Ma Weiling", "Chinese Foreign Ministry", true},
		{"envoy-counter", art("Ilse Brandauer-Kent, a State Department special envoy on Arctic shipping, landed in Reykjavik on Tuesday."), "Ilse Brandauer-Kent", "United States", false},
		{"envoy-ministry", art("Ilse Brandauer-Kent, a State Department special envoy on Arctic shipping, landed in Reykjavik on Tuesday."), "Ilse Brandauer-Kent", "United States Department of State", true},
		{"director-general-counter", art("Tobin Rakestraw-Oh, a director general of South Korea's trade ministry, sat down with his counterparts from Tokyo."), "Tobin Rakestraw-Oh", "South Korea", false},
		{"vice-minister-counter", art("Lian Qiusheng, a vice minister of China's Ministry of Public Security, toured the border posts on Tuesday."), "Lian Qiusheng", "China", false},
	})
}

// TestPairedStatesRound34: two people set side by side, each with a state
// after the name ("A of X and B of Y", "General A for X and General B
// for Y", "A of X and Y's B"), represent those states, though no title
// stands before the names.
// Counter-examples: one person of a state is only a place of origin;
// two people of the same state are no pair of delegations (fails without
// the different-state check); with no office named in the plural before
// them, two sailors or two chess players are only from their states
// (fail without pluralOfficeBefore).
func TestPairedStatesRound34(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"of-pair-first", art("The foreign ministers have kept talking. Corvin Aldamar-Vik of Norway and Jory Tannhauser of Iceland talked for two hours in Oslo on Monday."), "Corvin Aldamar-Vik", "Norway", true},
		{"of-pair-second", art("The foreign ministers have kept talking. Corvin Aldamar-Vik of Norway and Jory Tannhauser of Iceland talked for two hours in Oslo on Monday."), "Jory Tannhauser", "Iceland", true},
		{"for-pair", art("The army chiefs, General Davit Orbelyan-Sark for Armenia and General Rauf Mammadzade-Ilk for Azerbaijan, shook hands at the border post."), "Rauf Mammadzade-Ilk", "Azerbaijan", true},
		{"possessive-partner", art("The two ministers, Lucía Ferreyra Soto of Colombia and Ecuador's Tomás Berrio-Lenz, spoke by video on Saturday morning."), "Lucía Ferreyra Soto", "Colombia", true},
		{"single-counter", art("Corvin Aldamar-Vik of Norway told the conference that fish stocks were recovering well."), "Corvin Aldamar-Vik", "Norway", false},
		{"same-state-counter", art("Corvin Aldamar-Vik of Norway and Jory Tannhauser of Norway won the sailing race off Bergen on Monday."), "Corvin Aldamar-Vik", "Norway", false},
		{"sailors-counter", art("The race ended in strong winds on Sunday afternoon. Corvin Aldamar-Vik of Norway and Jory Tannhauser of Iceland crossed the line together after six hours at sea."), "Jory Tannhauser", "Iceland", false},
		{"players-counter", art("The final of the open tournament went to a tiebreak on Friday. Ilsa Varnholt of Germany and Poland's Tomasz Wrzeciono-Kray drew all four classical games."), "Ilsa Varnholt", "Germany", false},
	})
}

// mastheadPage prints body under a newspaper's masthead line and a
// headline.
func mastheadPage(masthead, body string) string {
	return masthead + "\nLocal | Gulf | World | Business | Sport\n\nPort tariffs cut after a long round of bargaining\n\nBy Staff Reporter\n\n" + body + "\n"
}

// TestMastheadHomeRound34: with no state dominant and no dateline, the one
// state a paper's masthead names is the state of its officials named by
// title alone, as a dateline's would be.
// Counter-examples: a masthead naming two states names none; a paper from
// Washington writes of foreign ministers (fails without the guard).
func TestMastheadHomeRound34(t *testing.T) {
	body := "Bahrain and Qatar signed a port agreement on Sunday after a long round of bargaining. Foreign Minister Yusuf Tarawneh-Halim said the deal would lower costs for shippers. Qatar's delegation flew home the same evening, and a joint committee will meet again in the spring."
	checkRels(t, RelAffiliatedWith, []relCase{
		{"capital-in-name", mastheadPage("THE MANAMA HARBOUR POST", body), "Yusuf Tarawneh-Halim", "Bahrain", true},
		{"no-state-counter", mastheadPage("THE GULF HARBOUR COURIER", body), "Yusuf Tarawneh-Halim", "Bahrain", false},
		{"two-states-counter", mastheadPage("THE MANAMA AND DOHA POST", body), "Yusuf Tarawneh-Halim", "Bahrain", false},
		{"washington-counter", mastheadPage("THE WASHINGTON HARBOUR POST", strings.Replace(body, "Bahrain and Qatar", "The United States and Qatar", 1)), "Yusuf Tarawneh-Halim", "United States", false},
	})
}

// TestMastheadHomeLinesRound34: mastheadHome reads the masthead's lines
// (lower case, as the cleaner keeps them): a state's name, demonym or
// capital in a paper's name, tagline or imprint.
// Counter-examples: a breadcrumb is the story's topic; a state that is a
// whole item of a menu, or a whole line, is a beat; the author's note
// names where the author worked (each fails without its guard); two
// states give none; no state gives none.
func TestMastheadHomeLinesRound34(t *testing.T) {
	lx := getLexicon()
	for _, tc := range []struct{ name, masthead, want string }{
		{"possessive-tagline", "the gulf harbour courier\nbahrain's independent daily | monday\n", "st:bahrain"},
		{"capital-edition", "the capital ledger | new delhi edition\n", "st:india"},
		{"imprint", "the delta ledger\npublished every thursday in cairo. all rights reserved.\n", "st:egypt"},
		{"menu-bar-counter", "home | egypt | opinion | business | culture\n", ""},
		{"spaced-menu-counter", "kbn news  |  kbn broadcasting\n▶ home   sport   north korea   markets   culture   weather\n", ""},
		{"rubric-counter", "the harbour star\nnorth korea\n", ""},
		{"author-note-counter", "the harbour star\nwanjiru odhiambo-lister spent six years as our correspondent in kampala.\n", ""},
		{"breadcrumb-counter", "the gulf harbour courier\nnews > world > bahrain\n", ""},
		{"two-states-counter", "the gulf harbour courier\nbahrain | qatar | world\n", ""},
		{"none-counter", "the gulf harbour courier\n", ""},
	} {
		if got := lx.mastheadHome(tc.masthead); got != tc.want {
			t.Errorf("%s: mastheadHome = %q, want %q", tc.name, got, tc.want)
		}
	}
}
