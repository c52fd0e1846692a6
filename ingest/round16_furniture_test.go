package ingest

import (
	"strings"
	"testing"
)

// r16Body is an invented article body long enough (over 150 words) for
// the rules that only fire once the article has text.
var r16Body = strings.Join([]string{
	"Foreign Minister Ana Velloso of Marvania met her Ostrian counterpart, Tomas Brekke-Lind, in Port Aldin on Tuesday to discuss the fishing dispute that has soured ties between the two states since the winter.",
	"\"We agreed that the boats should go back to sea, and that the lawyers should go back to their offices,\" Velloso told reporters after the three-hour meeting, which was held at the harbour authority's headquarters.",
	"Brekke-Lind said his government would review the licences it suspended in March and would brief parliament within six weeks. He would not say if the review could end the ban on night trawling.",
	"The Marvanian fishing association welcomed the talks but said its members had lost more than a third of their income since the suspension began, and called on both governments to compensate crews for the lost season.",
}, "\n\n")

// TestRound16Furniture checks each kind of page furniture with an
// invented snippet, next to real text of similar shape that must stay.
func TestRound16Furniture(t *testing.T) {
	for _, tc := range []struct {
		name       string
		head, tail string   // lines before and after r16Body
		gone, kept []string // substrings that must leave / stay in the text
	}{
		{"list label with inline items",
			"", "Related stories: Harbour strike ends | Weather: gales for Kessmouth\nAlso in Business: Drovia Bank posts record profit",
			[]string{"Kessmouth", "Drovia"}, nil},
		{"named label needs a capitalised section",
			"", "Also in attendance: Deputy Minister Rui Calvo and the harbour master.\nNext on the agenda: a vote on the Selvan licences.",
			nil, []string{"Rui Calvo", "Selvan"}},
		{"programme trailer",
			"", "Next on Evening Desk: Lorvik election special - the count begins.",
			[]string{"Lorvik"}, nil},
		{"previous and next article with arrows",
			"", "\u2190 Previous Article\nOstria opens consulate in Varnholm\nNext Article \u2192\nDrovia Bank names new chief",
			[]string{"Varnholm", "Drovia"}, nil},
		{"share bar behind a label",
			"", "Share: Facebook | Telegram | X\nFollow us: Instagram \u00b7 VK",
			[]string{"Facebook", "Instagram"}, nil},
		{"share label over real text",
			"", "Share: the ministry's share of the fishing budget rose to a third, Velloso said.",
			nil, []string{"share of the fishing budget"}},
		{"comment section",
			"", "Comments (14)\nkessfan77 \u00b7 2 hours ago\nTomas Brekke-Lind is a disgrace to Ostria.\nReply Report",
			[]string{"kessfan77", "disgrace"}, nil},
		{"comment count in a sentence",
			"", "The committee received 14 comments from Ostrian trawler owners.\nThat was two years ago.",
			nil, []string{"14 comments", "two years ago"}},
		{"weather and market widgets",
			"Kessmouth 14\u00b0C Cloudy\nBrent $84.20 +1.2% | Gold $2,310 -0.4%\nUSD/MRV 92.40 \u25b20.3%",
			"", []string{"Kessmouth", "Brent", "USD/MRV"}, nil},
		{"numbers in sentences and tables",
			"", "Temperatures reached 41\u00b0C in Port Aldin on Monday, the weather service said.\nCoastal Party | 41.2% | +3.4%",
			nil, []string{"41\u00b0C in Port Aldin", "Coastal Party | 41.2%"}},
		{"trailing photo credit",
			"", "Ana Velloso greets Tomas Brekke-Lind at the harbour. Photograph: Lena Ruud/Nordpix",
			[]string{"Lena Ruud", "Nordpix"}, []string{"greets Tomas Brekke-Lind at the harbour"}},
		{"caption and tag lines",
			"", "Photo caption: the ministers at the harbour gate.\nTopics: fishing, Ostria, Marvania\nPhoto by Ivo Marek",
			[]string{"harbour gate", "Topics", "Ivo Marek"}, nil},
		{"author notes",
			"", "Follow her on X @jroe_kess.\nThe views expressed are the author's own.",
			[]string{"jroe_kess", "author's own"}, nil},
		{"newsletter and paywall notices",
			"", "Get the Kessmouth Daybreak Brief in your inbox.\nSubscribe to the Harbour Brief: the week's fishing and shipping news from Port Aldin and Kessmouth, sent to your inbox each Friday. By signing up you accept our data terms.\nSubscribe to continue reading.\nThat's all for today. Pass this on to a colleague.",
			[]string{"Daybreak Brief", "Harbour Brief", "continue reading", "colleague"}, nil},
		{"inbox in a long sentence stays",
			"", "The ministry said letters that land in your inbox claiming to come from the Ostrian embassy are fake, and urged fishermen to report them to the police in Port Aldin.",
			nil, []string{"land in your inbox"}},
		{"reader poll",
			"", "Reader poll: Should Ostria lift the ban?\n( ) Yes ( ) No ( ) Not sure\nYes 61% | No 27% | Not sure 12%\n[Vote] [See results]",
			[]string{"Should Ostria", "Not sure", "Vote]"}, nil},
		{"a sentence that opens with yes",
			"", "Yes, Velloso said, and no lawyer in Port Aldin would say otherwise.",
			nil, []string{"no lawyer in Port Aldin"}},
		{"bar of furniture links",
			"", "Sign up | Unsubscribe | Manage your preferences",
			[]string{"Unsubscribe"}, nil},
		{"label bar of real items stays",
			"", "Coastal Party | Harbour Union | Fishermen's League",
			nil, []string{"Harbour Union"}},
		{"ad-blocker notice",
			"It looks like you're using an ad blocker. The Kessmouth Courier is funded by advertising. [Whitelist] [Subscribe]", "",
			[]string{"ad blocker", "Whitelist"}, nil},
		{"short real paragraphs, datelines and Q&A labels",
			"", "PORT ALDIN, May 4 \u2014\nQ: Will the ban be lifted?\nA: Not this year.\nThe talks resume in June.",
			nil, []string{"PORT ALDIN, May 4", "Q: Will the ban be lifted?", "A: Not this year.", "The talks resume in June."}},
	} {
		in := r16Body
		if tc.head != "" {
			in = "Marvania and Ostria agree to reopen fishing talks\n" + tc.head + "\n\n" + in
		}
		if tc.tail != "" {
			in += "\n\n" + tc.tail
		}
		checkCleaned(t, tc.name, in, tc.gone, tc.kept)
	}
}

// checkCleaned cleans in and checks that every gone string left the text
// and every kept one, and the body's meeting sentence, stayed.
func checkCleaned(t *testing.T, name, in string, gone, kept []string) {
	t.Helper()
	c := clean(in)
	for _, g := range gone {
		if strings.Contains(c.text, g) {
			t.Errorf("%s: furniture %q left in text:\n%s", name, g, c.text)
		}
	}
	for _, k := range append(kept, "met her Ostrian counterpart") {
		if !strings.Contains(c.text, k) {
			t.Errorf("%s: text %q dropped:\n%s", name, k, c.text)
		}
	}
}

// TestRound16Titles checks headlines under mastheads of layouts not seen
// before, and headlines that look like furniture but are not.
func TestRound16Titles(t *testing.T) {
	body := "\n\n" + r16Body
	for _, tc := range []struct{ name, in, want string }{
		{"masthead and section joined by dashes",
			"KESSMOUTH REVIEW \u2014 Northern Seas \u2014 Fisheries\n\nOstria suspends Marvanian trawler licences" + body,
			"Ostria suspends Marvanian trawler licences"},
		{"unit name, release number, place and date under a ministry",
			"MINISTRY OF FOREIGN AFFAIRS OF MARVANIA\nPress and Information Division\n\nPRESS RELEASE No. 45/2031\nPort Aldin, 3 May 2031\nFOR IMMEDIATE RELEASE\n\nForeign Minister Velloso receives Ostrian counterpart" + body,
			"Foreign Minister Velloso receives Ostrian counterpart"},
		{"ministry name joined to the government by a dash",
			"Ministry of Foreign Affairs - Republic of Marvania\nHome \u00bb Press Room \u00bb Velloso holds talks with Ostrian minister\nSearch this site...\n\nVELLOSO HOLDS TALKS WITH OSTRIAN MINISTER" + body,
			"VELLOSO HOLDS TALKS WITH OSTRIAN MINISTER"},
		{"tagline over an issue line",
			"The Harbour Letter - fisheries politics, every Monday\nIssue #88 | 3 May 2031\nThe licences come back, slowly" + body,
			"The licences come back, slowly"},
		{"headline over the newsletter's own issue line stays",
			"The licences come back, slowly\nHARBOUR LETTER \u2014 Issue 88\nMonday, 3 May 2031\nYour weekly letter on fisheries and the sea, by Jo Marr" + body,
			"The licences come back, slowly"},
		{"broadcast masthead, programme, air date and rush-transcript note",
			"NORTHERN TV | WORLD SERVICE\nTHE LATE DESK \u2014 FULL TRANSCRIPT\nAired: Monday 3 May 2031, 22:00 GMT\n[Rush transcript. Wording may change before the archive copy.]\n\nFishing talks: both sides claim a win" + body,
			"Fishing talks: both sides claim a win"},
		{"newsletter masthead, date, welcome and sponsor",
			"THE SEA LETTER \u2014 Daybreak Brief\nMonday, 3 May 2031\n\nYou are reading the Daybreak Brief, our weekday digest. New here? Sign up below.\n\nThis edition is supported by Kessbank. Banking for the coast.\n\nOstria lifts the trawling ban" + body,
			"Ostria lifts the trawling ban"},
		{"programme named in quotes with its date",
			"TRANSCRIPT - \"HARBOUR TONIGHT\" - 3 MAY 2031\n\nJO MARR (ANCHOR): Good evening. " + r16Body,
			"TRANSCRIPT - \"HARBOUR TONIGHT\" - 3 MAY 2031"},
		{"document label dropped when the breadcrumb confirms it",
			"Home \u00bb Media \u00bb Press Releases \u00bb Minister receives Ostrian envoy\n\nPress Release: Minister receives Ostrian envoy" + body,
			"Minister receives Ostrian envoy"},
		{"editorial kicker stays",
			"Home \u00bb World \u00bb Why the fishing ban failed\n\nAnalysis: Why the fishing ban failed" + body,
			"Analysis: Why the fishing ban failed"},
		{"title-case headline with a dash stays",
			"Marvania and Ostria \u2014 the quarrel that would not end" + body,
			"Marvania and Ostria \u2014 the quarrel that would not end"},
	} {
		if got := clean(tc.in).title; got != tc.want {
			t.Errorf("%s: title = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestRound16LineShapes checks the shape tests one by one.
func TestRound16LineShapes(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    func(string) bool
		in   string
		want bool
	}{
		{"org unit", isOrgMasthead, "Press and Information Division", true},
		{"org with dash", isOrgMasthead, "Ministry of Foreign Affairs \u2014 Government of Marvania", true},
		{"headline with lower-case verb", isOrgMasthead, "Ministry denies report on press office", false},
		{"release number", isIssueLine, "PRESS RELEASE No. 45/2031", true},
		{"issue hash", isIssueLine, "Issue #88", true},
		{"no number", isIssueLine, "No deal for Ostria", false},
		{"meta only", isMetaOnly, "Issue #88 | 3 May 2031", true},
		{"named issue", isMetaOnly, "HARBOUR LETTER \u2014 Issue 88", false},
		{"bracket note", isBracketNote, "[Rush transcript.]", true},
		{"bracket inside", isBracketNote, "[Inaudible] said the minister", false},
		{"button row", isButtonRow, "[Vote] [See results]", true},
		{"one bracket", isButtonRow, "[Updated]", false},
		{"widget", isWidgetLine, "Port Aldin 14\u00b0C Sunny", true},
		{"sentence with degrees", isWidgetLine, "It was 14\u00b0C in Port Aldin.", false},
		{"results row", isWidgetLine, "Coastal Party | 41.2% | +3.4%", false},
		{"poll", func(l string) bool { return isPollLine(l, lineKey(l)) }, "Yes / No / Only some of them", true},
		{"yes sentence", func(l string) bool { return isPollLine(l, lineKey(l)) }, "Yes, and no one objected.", false},
		{"yesterday", func(l string) bool { return isPollLine(l, lineKey(l)) }, "Yesterday no one came", false},
		{"comments header", isCommentsHeader, "comments (14)", true},
		{"comments sentence", isCommentsHeader, "the committee received 14 comments from members", false},
	} {
		if got := tc.f(tc.in); got != tc.want {
			t.Errorf("%s: %q = %v, want %v", tc.name, tc.in, got, tc.want)
		}
	}
}

// TestRound16StripCredit checks that a trailing credit goes and a
// caption or sentence stays.
func TestRound16StripCredit(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Velloso greets Brekke-Lind. Photograph: Lena Ruud/Nordpix", "Velloso greets Brekke-Lind."},
		{"Velloso greets Brekke-Lind (Photo: Nordpix)", "Velloso greets Brekke-Lind"},
		{"Velloso greets Brekke-Lind in Port Aldin.", "Velloso greets Brekke-Lind in Port Aldin."},
		{"Ministers at the harbour. Photo: Velloso and Brekke-Lind shake hands after talks that ended a year-long dispute over the licences",
			"Ministers at the harbour. Photo: Velloso and Brekke-Lind shake hands after talks that ended a year-long dispute over the licences"},
		{"Photo: a ministers' handshake is only a picture. Velloso said that the talks would go on for weeks after the summit.",
			"Photo: a ministers' handshake is only a picture. Velloso said that the talks would go on for weeks after the summit."},
	} {
		if got := stripCredit(tc.in); got != tc.want {
			t.Errorf("stripCredit(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
