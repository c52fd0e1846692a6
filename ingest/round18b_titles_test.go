package ingest

import (
	"math/bits"
	"strings"
	"testing"
)

// TestRound18bTitles checks the headline chooser on invented pages whose
// first kept line is furniture of the kinds round 18 let pass (a brand
// name, a slogan, a menu with wide gaps, a reader-addressed tagline, an
// "ACRONYM | Full Name" line over a two-sentence headline), and pages
// whose first line is the headline although it looks like one of them.
func TestRound18bTitles(t *testing.T) {
	body := "\n\n" + r16Body
	checkTitles(t, false, []titleCase{
		{"broadcaster's brand and its full name over a menu",
			"Kess Valley News\nKess Valley Broadcasting Corporation\nHome   Just In   World   Sport\n\nVelloso and Brekke-Lind agree to reopen fishing grounds" + body,
			"Velloso and Brekke-Lind agree to reopen fishing grounds", nil, nil},
		{"agency name over a bar of sections",
			"Northgate News Agency\nBusiness | World | Politics\n\nOstria to review suspended trawler licences after Port Aldin talks" + body,
			"Ostria to review suspended trawler licences after Port Aldin talks", nil, nil},
		{"trade paper's slogan that names no one",
			"HARBOUR & HULL WEEKLY\nInsight for fishing, shipping and coastal trade\nLOG IN    SUBSCRIBE\n\nOstria to review suspended trawler licences after Port Aldin talks" + body,
			"Ostria to review suspended trawler licences after Port Aldin talks", nil, nil},
		{"local site's slogan addressed to the reader",
			"KESS NOW\nYour news from both banks of the river\n\nOstria to review suspended trawler licences after Port Aldin talks" + body,
			"Ostria to review suspended trawler licences after Port Aldin talks", nil, nil},
		{"menu laid out with wide gaps",
			"The Kessmouth Review\nMenu   This issue   Daily digest   Search   Sign in\n\nOstria walks out on Marvania's fishing deal" + body,
			"Ostria walks out on Marvania's fishing deal", nil, nil},
		{"acronym and full name over a two-sentence headline",
			"KIPA | Kessmouth Institute for Policy Analysis\nCOMMENTARY\n\nThe fishing deal is within reach. That is the danger for Velloso" + body,
			"The fishing deal is within reach. That is the danger for Velloso", nil, nil},
		// counter-examples: the first line is the headline
		{"title-case headline ending in a brand word, naming the body's country",
			"Ostria Sues Coast Broadcasting Corporation\nVelloso says the ban protects fishing crews" + body,
			"Ostria Sues Coast Broadcasting Corporation", nil, nil},
		{"headline naming someone inside it, with little support",
			"Levy plan angers Velloso's Kessmouth allies\nOstria to review suspended trawler licences after talks" + body,
			"Levy plan angers Velloso's Kessmouth allies", nil, nil},
		{"sentence-case headline opening with a name the story repeats",
			"Velloso rejects harbour levy plan\nOstria to review suspended trawler licences after talks" + body,
			"Velloso rejects harbour levy plan", nil, nil},
		{"named headline with little support",
			"Velloso rejects Kessmouth harbour levy plan\nOstria to review suspended trawler licences after talks" + body,
			"Velloso rejects Kessmouth harbour levy plan", nil, nil},
		{"headline that names no one, told in the body's words",
			"Fishing crews count the cost of the long ban\nOstria to review suspended trawler licences after talks" + body,
			"Fishing crews count the cost of the long ban", nil, nil},
		{"short headline without a verb or a name",
			"Cold comfort for crews\nOstria to review suspended trawler licences after talks" + body,
			"Cold comfort for crews", nil, nil},
		{"headline over a two-sentence deck without a stop",
			"Ostria lifts trawler ban\nVelloso wanted a deal. She got a promise" + body,
			"Ostria lifts trawler ban", nil, nil},
		{"headline naming its own outlet's country as a noun phrase",
			"Marvania and the long fishing season\nOstria to review suspended trawler licences after talks" + body,
			"Marvania and the long fishing season", nil, nil},
		{"a real story's headline with a bar and a short site name",
			"Marvania and Ostria reopen fishing grounds | Kess Post\nOstria to review suspended trawler licences after talks" + body,
			"Marvania and Ostria reopen fishing grounds", nil, nil},
	})
}

// TestRound18bHeadEvidence checks each new piece of evidence line by
// line, with near shapes that must not count.
func TestRound18bHeadEvidence(t *testing.T) {
	for _, tc := range []struct {
		line      string
		gaps      bool
		brand     bool
		namesNone bool
		site      bool
	}{
		{"Menu   This issue   Daily digest   Search   Sign in", true, false, false, false},
		{"News\tSport\tWeather", true, false, false, false},
		{"Talks  resume in Port Aldin", false, false, false, false}, // one stray double space
		{"Kess Valley News", false, true, false, false},
		{"Northgate News Agency", false, true, false, false},
		{"Coast Broadcasting Corporation", false, true, false, false},
		{"Senate Rejects Budget", false, false, false, false},
		{"Velloso Meets Ostrian Minister", false, false, false, false},
		{"Marvania to reform state news agency", false, false, true, false}, // the first word is tested by support
		{"Northgate News Agency: five years on", false, false, false, false},
		{"Insight for fishing, shipping and coastal trade", false, false, true, false},
		{"Fishing crews count the cost", false, false, true, false},
		{"Fishing crews in Ostria count the cost", false, false, false, false},
		{"Your news from both banks of the river", false, false, true, true},
		{"Our stories of the northern coast", false, false, true, true},
		{"Your questions on the trawler ban, answered", false, false, true, false},
		{"Our reporter in Port Aldin", false, false, false, false},
	} {
		if got := hasWideGaps(tc.line); got != tc.gaps {
			t.Errorf("hasWideGaps(%q) = %v, want %v", tc.line, got, tc.gaps)
		}
		if got := isBrandName(tc.line); got != tc.brand {
			t.Errorf("isBrandName(%q) = %v, want %v", tc.line, got, tc.brand)
		}
		if got := namesNoOne(tc.line); got != tc.namesNone {
			t.Errorf("namesNoOne(%q) = %v, want %v", tc.line, got, tc.namesNone)
		}
		if got := isSiteDescription(tc.line); got != tc.site {
			t.Errorf("isSiteDescription(%q) = %v, want %v", tc.line, got, tc.site)
		}
	}
	text := "Title\n" + r16Body
	for _, tc := range []struct {
		line           string
		found, content int
	}{
		{"Kessmouth\u2013Velloso pact", 1, 3},                      // the dash splits two names
		{"Kessmouth-Velloso pact", 0, 2},                           // a hyphen joins one word
		{"Reporting on fishing, shipping and coastal trade", 2, 5}, // "report" and "fishing"
	} {
		if seen, c := lineSupport(tc.line, text, true, nil, false); bits.OnesCount32(seen) != tc.found || c != tc.content {
			t.Errorf("lineSupport(%q) = %b/%d, want %d/%d", tc.line, seen, c, tc.found, tc.content)
		}
	}
}

// TestRound18bSourceCredit checks that a caption's bracketed credit
// after its full stop is cut, and brackets of other kinds stay.
func TestRound18bSourceCredit(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Crews wait at the harbour in Port Aldin. (Coast Radio: Jo Marr)", "Crews wait at the harbour in Port Aldin."},
		{"The harbour at dawn. (Kess Valley News: Ana Lind-Roe)", "The harbour at dawn."},
		{"The talks resume at ten. (Updated: 10:45)", "The talks resume at ten. (Updated: 10:45)"},
		{"He read the report. (See also: Trade War Explained)", "He read the report. (See also: Trade War Explained)"},
		{"Velloso met Brekke-Lind (Marvania: Foreign Ministry) on Tuesday.", "Velloso met Brekke-Lind (Marvania: Foreign Ministry) on Tuesday."},
		{"The ban was lifted. (Ostria: the night ban stays)", "The ban was lifted. (Ostria: the night ban stays)"},
	} {
		if got := stripCredit(tc.in); got != tc.want {
			t.Errorf("stripCredit(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if !strings.HasSuffix(stripCredit("A photo of the harbour. Photo: Jo Marr"), "harbour.") {
		t.Error("the photo credit marks stopped working")
	}
}
