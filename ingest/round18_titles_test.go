package ingest

import (
	"strings"
	"testing"
)

// TestRound18Titles checks the headline chooser on invented pages: first
// lines of kinds no list names (a broadcast line, a letterhead, a
// greeting, a ticker of another story, a wire slug, a weather bar, a
// site description, a newsletter's name and salutation) above the
// headline, and pages whose first line is the headline although a later
// line is shaped like one and shares more words with the body.
func TestRound18Titles(t *testing.T) {
	// pages with too few lines to choose among must not fail
	for _, in := range []string{"", "Hi everyone,", "Hi everyone,\n", "The following summary was produced by the newsroom from a recording of the programme and may differ in places from what was said."} {
		if c := clean(in); c.title != "" && c.title != strings.TrimSpace(in) {
			t.Errorf("clean(%q).title = %q", in, c.title)
		}
	}
	body := "\n\n" + r16Body
	checkTitles(t, true, []titleCase{
		{"broadcast line with a clock time and bars",
			"Broadcast: Monday 4 May 2031, 6:40pm  |  Duration 12'10\"  |  Listen\n\nMarvania and Ostria end fishing dispute after harbour talks" + body,
			"Marvania and Ostria end fishing dispute after harbour talks", []string{"Duration"}, nil},
		{"letterhead in capitals over a motto and a release label",
			"REPUBLIC OF OSTRIA\nUnity  Labour  Sea\nPRESS RELEASE\nFor immediate release\n\nOstria and Marvania Hold Talks on Fishing Licences" + body,
			"Ostria and Marvania Hold Talks on Fishing Licences", []string{"REPUBLIC OF OSTRIA"}, nil},
		{"editor's greeting of two sentences",
			"Good evening. Tonight's letter comes from the harbour. \u2014 Jo Marr, editor\n\nFishing talks in Port Aldin end with licences under review" + body,
			"Fishing talks in Port Aldin end with licences under review", []string{"Good evening"}, nil},
		{"ticker of another story shares no word with the body",
			"LIVE: Kessmouth Rovers manager quits after derby defeat in extra time\n\nVelloso and Brekke-Lind meet as fishing ban bites" + body,
			"Velloso and Brekke-Lind meet as fishing ban bites", []string{"Rovers"}, nil},
		{"wire slug and an urgency label",
			"BC-FISH--Ostria-Marvania,1st Ld-Writethru,0412\nURGENT\n\nOstria to review suspended trawler licences after Port Aldin talks" + body,
			"Ostria to review suspended trawler licences after Port Aldin talks", []string{"Writethru"}, nil},
		{"weather bar with sunrise times",
			"Port Aldin 14\u00b0C, showers | Sunrise 05:12 \u00b7 Sunset 21:40\n\nHarbour talks leave Marvanian crews waiting for compensation" + body,
			"Harbour talks leave Marvanian crews waiting for compensation", []string{"Sunrise"}, nil},
		{"blog description under its name",
			"NORTHERN WATERS\nNotes on fish, law and the people who argue over both\n\nThe fishing deal that nearly sank in Port Aldin" + body,
			"The fishing deal that nearly sank in Port Aldin", []string{"Notes on fish"}, nil},
		{"newsletter name, salutation and a greeting paragraph above the headline",
			"THE HARBOUR LETTER\nHi everyone,\n\nWelcome to the new readers who joined after last week's quiz. On to the news.\n\nA meeting, a promise and a season already lost" + body,
			"A meeting, a promise and a season already lost", []string{"Hi everyone", "quiz"}, nil},
		{"a headline hit by a capitalised agent is no credit line",
			"BC-FISH--Ostria-Marvania,1st Ld-Writethru,0412\n\nHit by Ostrian ban, Marvanian fishing crews count the lost season" + body,
			"Hit by Ostrian ban, Marvanian fishing crews count the lost season", nil, nil},
		{"no first-line title: a notice paragraph opens the text and stays",
			"The following summary was produced by the newsroom from a recording of the programme and may differ in places from what the guests and the presenter said on air.\n\nVelloso and Brekke-Lind agree to reopen fishing grounds" + body,
			"Velloso and Brekke-Lind agree to reopen fishing grounds", nil, []string{"produced by the newsroom"}},
		{"short notice with a full stop taken for the headline shares no word with the body",
			"This summary was made from a recording of the broadcast.\n\nVelloso and Brekke-Lind agree to reopen fishing grounds" + body,
			"Velloso and Brekke-Lind agree to reopen fishing grounds", []string{"This summary"}, nil},
		// counter-examples: the first line is the headline
		{"headline over a standfirst that overlaps the body more",
			"The long night of the trawlers\nHow a fishing dispute between Marvania and Ostria became a test of both governments" + body,
			"The long night of the trawlers", nil, []string{"How a fishing dispute"}},
		{"short allusive headline sharing no word with the body",
			"Cold comfort\nVelloso and Brekke-Lind meet while fishing licences stay suspended" + body,
			"Cold comfort", nil, nil},
		{"short capitals headline with a verb over a standfirst",
			"FISHING BAN LIFTED\nOstria reopens its waters to Marvanian boats after harbour talks" + body,
			"FISHING BAN LIFTED", nil, nil},
		{"headline quoting two sentences over a credit line",
			"\"We talked. We agreed\": Velloso on the harbour deal\nInterview by Jo Marr - Fisheries Correspondent" + body,
			"\"We talked. We agreed\": Velloso on the harbour deal", nil, []string{"Interview by"}},
		{"liveblog headline over a bullet",
			"Live: Marvania and Ostria fishing talks\n\u2022 Velloso and Brekke-Lind meet in Port Aldin for harbour talks" + body,
			"Live: Marvania and Ostria fishing talks", nil, nil},
		{"headline over a short body",
			"Ostria lifts trawler ban\n\nOstria lifted its ban on Marvanian trawlers on Friday, the fisheries ministry in Port Aldin said.",
			"Ostria lifts trawler ban", nil, nil},
		{"a failed first line stays when no header line passes before the second paragraph",
			"\u25cf ON AIR  Harbour Hour with Jo Marr, weekdays from 18:00\n\n" + r16Body + "\n\nFishing licences under review in Port Aldin\n\nMore text follows here about the review of the licences.",
			"\u25cf ON AIR  Harbour Hour with Jo Marr, weekdays from 18:00", nil, []string{"Fishing licences under review"}},
	})
}

// TestRound18HeadShape checks the shape evidence line by line: what no
// headline looks like, and headlines of a near shape that pass.
func TestRound18HeadShape(t *testing.T) {
	for _, tc := range []struct {
		line string
		bad  bool
	}{
		{"Broadcast: Monday 4 May 2031, 7:10am | Duration 9'42\"", true},
		{"Tonight: 8:30 PM Harbour Wrap, then the late news", true}, // a clock time
		{"Port Aldin -4\u00b0C, light snow | Sunrise 05:12", true},
		{"Port Aldin hits 41\u00b0C as fishing talks resume", false},
		{"\u25cf WATCH LIVE  KESS TV 24", true},
		{"OSTRIA REVIEW \u00b7 Issue 214 \u00b7 March 2031", true},
		{"Good morning. This week's letter is one long read.", true},
		{"Hi everyone,", true},
		{"In this issue:", true},
		{"BC-FISH--Ostria-Marvania,1st Ld-Writethru,0412", true},
		{"KINGDOM OF OSTRIA", true},
		{"THE HARBOUR LETTER", true},
		// headlines
		{"Velloso and Brekke-Lind meet in Port Aldin", false},
		{"U.S. envoy meets Velloso in Port Aldin", false},
		{"Sen. Roe meets Velloso in St. Petersburg", false},
		{"Ostria vs. Marvania: the trawler row goes to court", false},
		{"Talks fail. Ostria walks out", true},
		{"\"We talked. We agreed\": Velloso on the harbour deal", false},
		{"We talked. We agreed\": Velloso on the harbour deal", false}, // opening quote trimmed
		{"VELLOSO MEETS OSTRIAN MINISTER", false},
		{"FISHING BAN LIFTED", false},
		{"Ostria's 2031 fishing season opens late", false},
		{"Q&A: Velloso on the trawler ban", false},
	} {
		if got := badHeadShape(tc.line); got != tc.bad {
			t.Errorf("badHeadShape(%q) = %v, want %v", tc.line, got, tc.bad)
		}
	}
	for _, tc := range []struct {
		line          string
		credit, descr bool
	}{
		{"Interview by Jo Marr - Fisheries Correspondent", true, false},
		{"Text and photos by Ana Lind", true, false},
		{"Hit by Ostrian ban, Marvanian crews count the cost", false, false},
		{"Talks led by Ana Velloso end without a deal", false, false},
		{"Notes on fish, law and the people who argue over both", false, true},
		{"Dispatches from the northern harbours", false, true},
		{"News and views from the coast", false, true},
		{"Notes found in a trawler's log reveal the ban's cost", false, false},
		{"Analysis: why the talks failed", false, false},
	} {
		if got := isCreditLine(tc.line); got != tc.credit {
			t.Errorf("isCreditLine(%q) = %v, want %v", tc.line, got, tc.credit)
		}
		if got := isSiteDescription(tc.line); got != tc.descr {
			t.Errorf("isSiteDescription(%q) = %v, want %v", tc.line, got, tc.descr)
		}
	}
}
