package ingest

import "testing"

// TestRound17Titles checks the kinds of first lines that stand above a
// headline on any news or government site, each with invented outlets,
// and headlines of the same shape that must stay the title.
func TestRound17Titles(t *testing.T) {
	body := "\n\n" + r16Body
	for _, tc := range []struct{ name, in, want string }{
		{"government letterhead over a reference number, deep header",
			"REPUBLIC OF MARVANIA\nMinistry of Maritime Affairs\nHome > News > Statements > 2031\nAccessibility | Contact | Sitemap\n\nSTATEMENT\nRef: MMA/ST/2031/0087\nPort Aldin, 4 May 2031\n\nMarvania and Ostria Sign Harbour Inspection Accord" + body,
			"Marvania and Ostria Sign Harbour Inspection Accord"},
		{"reference line in another form",
			"Office of the Prime Minister\nOur ref. OPM/12/4\n\nPrime Minister Velloso meets fishing unions" + body,
			"Prime Minister Velloso meets fishing unions"},
		{"published and updated bar",
			"KESS NEWS AGENCY | Foreign Desk\nPublished 04/05/2031 09:12 CET | Updated 04/05/2031 11:40 CET\n\nOstria reopens talks with Marvania on trawler ban" + body,
			"Ostria reopens talks with Marvania on trawler ban"},
		{"published bar with posted and last modified",
			"Posted 4 May 2031 - 08:00 | Last modified 4 May 2031 - 09:30\n\nHarbour strike ends as Ostria pays crews" + body,
			"Harbour strike ends as Ostria pays crews"},
		{"programme name and a capitals transcript notice",
			"NORTHSEA RADIO | Programmes | Listen Live\n\nHARBOUR HOUR WITH JO MARR\nBroadcast 4 May 2031 - 18:00 CET\n\nUNCORRECTED COPY. NOT THE FINAL RECORD OF THE PROGRAMME.\n\nFishing Talks Resume as Ostria Offers Compensation" + body,
			"Fishing Talks Resume as Ostria Offers Compensation"},
		{"blog name in capitals over its tagline",
			"DISPATCHES FROM THE DELTA\nA blog about rivers, ports and power in the north\nHome | About | Archive\n\nThe Minister Came to Port Aldin, Ostria Stayed Away" + body,
			"The Minister Came to Port Aldin, Ostria Stayed Away"},
		{"newsletter tagline opening the page",
			"A weekly newsletter on the northern seas, by Jo Marr\n\nOstria blinks first in the trawler row" + body,
			"Ostria blinks first in the trawler row"},
		{"site name in title case over a date and a menu",
			"The Kessmouth Lantern\nMonday, 4 May 2031\nNews  Politics  Business  Culture  Sport\n\nWhy the Trawler Talks Failed Again, and What Comes Next" + body,
			"Why the Trawler Talks Failed Again, and What Comes Next"},
		{"subscription banner under the masthead",
			"THE HARBOUR COURIER\nWorld | Business | Opinion\nSubscribe from \u00a32 a month\n\nVelloso and Brekke-Lind meet in Port Aldin as ban bites" + body,
			"Velloso and Brekke-Lind meet in Port Aldin as ban bites"},
		{"sponsored banner above the headline",
			"SPONSORED \u00b7 Kessbank: savings for the coast. Learn more\n\nOstria suspends two trawler licences" + body,
			"Ostria suspends two trawler licences"},
		// counter-examples: headlines of the same shape stay
		{"title-case headline over its byline stays",
			"The Talks Collapse\nBy Jo Marr\n\nMinisters failed to agree in Port Aldin" + body,
			"The Talks Collapse"},
		{"capitals headline over its date and standfirst stays",
			"VELLOSO MEETS OSTRIAN MINISTER\n4 May 2031\nTalks on the trawler ban go into a second day" + body,
			"VELLOSO MEETS OSTRIAN MINISTER"},
		{"headline with a publication word stays",
			"The blog post that sank a fishing minister" + body,
			"The blog post that sank a fishing minister"},
		{"headline in capitals without a full stop stays",
			"OSTRIA AND MARVANIA AGREE TO REOPEN THE HARBOUR" + body,
			"OSTRIA AND MARVANIA AGREE TO REOPEN THE HARBOUR"},
	} {
		if got := clean(tc.in).title; got != tc.want {
			t.Errorf("%s: title = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// r17Body is r16Body with one more paragraph, past the 150 words after
// which a closing biography is looked for.
var r17Body = r16Body + "\n\nOfficials from both ministries will meet again in Varnholm in June to draft the text of an agreement on inspections, quotas and the compensation fund."

// TestRound17Furniture checks sidebars and notices in the middle or at
// the end of a page, next to real text of similar shape that must stay.
func TestRound17Furniture(t *testing.T) {
	for _, tc := range []struct {
		name       string
		tail       string
		gone, kept []string
	}{
		{"regional headline list at the end",
			"AROUND THE CONTINENT\n\u25a0 Drovia's central bank raises rates again\n\u25a0 Selvan parliament rejects border treaty\n\u25a0 Lorvik port strike enters third week\nComments are moderated. Read our rules.",
			[]string{"Drovia", "Selvan", "Lorvik", "AROUND"}, nil},
		{"elsewhere list in a newsletter footer",
			"Elsewhere this week\n\u00b7 Tresk mayor quits over harbour contract\n\u00b7 Kessbank fined for late reporting\nYou received this because you subscribed.",
			[]string{"Tresk", "Kessbank"}, nil},
		{"key points list stays",
			"KEY POINTS\n\u2022 Velloso and Brekke-Lind met for three hours\n\u2022 Ostria will review the suspended licences",
			nil, []string{"met for three hours", "review the suspended"}},
		{"headline-like list followed by more article stays",
			"MORE TALKS AHEAD\n\u2022 Ostria will send its deputy minister to Varnholm\n\u2022 Marvania wants the ban lifted before June\n\nThe two ministers are expected to meet again in Varnholm on 20 May, when the licence review is due to be presented to both parliaments.",
			nil, []string{"deputy minister to Varnholm", "lifted before June", "meet again in Varnholm"}},
		{"list of names under a sanctions heading stays",
			"MORE DESIGNATIONS\n\u2022 Kessmouth Marine Holdings\n\u2022 Drovia Trawling Company",
			nil, []string{"Kessmouth Marine Holdings", "Drovia Trawling Company"}},
		{"press contact after the end mark",
			"- ENDS -\n\nFor media enquiries: Press Directorate, Harbour Road, Port Aldin. Tel: +99 1 234 567",
			[]string{"Press Directorate", "ENDS"}, nil},
		{"press contact without an end mark",
			"For media enquiries: Jo Marr, Press Office, Kessmouth\nMedia contact: Lena Ruud, Communications Unit, Ministry of Maritime Affairs",
			[]string{"Jo Marr", "Lena Ruud", "Communications Unit"}, nil},
		{"comment header with a sort widget",
			"COMMENTS (37)  Sort by: Oldest\nharbourwatch: Drovia should mediate, not Ostria.\nkessfan: Same story every year.",
			[]string{"harbourwatch", "Drovia"}, nil},
		{"bracketed caption with a capitals credit",
			"[Photo caption: Fishermen mend nets in Kessmouth on Monday. PHOTO: Ivo Marek]",
			[]string{"Ivo Marek", "mend nets"}, nil},
		{"capitals credit cut from a kept caption line",
			"Velloso and Brekke-Lind at the harbour gate in Port Aldin, where the talks were held on Tuesday. PHOTO: Ivo Marek/Kesspix",
			[]string{"Ivo Marek", "Kesspix"}, []string{"at the harbour gate in Port Aldin"}},
		{"sponsored line in the body",
			"SPONSORED \u00b7 Kessbank Capital: northern bonds, explained. Download the report.",
			[]string{"Kessbank"}, nil},
		{"words that start like a sponsor label stay",
			"Ad-hoc panels will review each licence, the ministry said.\nAdopted in 2029, the licence rules apply to every foreign boat.",
			nil, []string{"Ad-hoc panels", "Adopted in 2029"}},
		{"author who writes about a region, before tags and comments",
			"Jo Marr writes about fisheries and the sea from Kessmouth. She is a graduate of the University of Port Aldin.\nTags: fishing, Ostria\n12 COMMENTS\nharbourwatch \u00b7 4 May 2031 at 9:14 pm\nGood summary of a long week in Port Aldin, thanks for writing it up so quickly.",
			[]string{"University of Port Aldin", "harbourwatch", "Good summary"}, nil},
		{"author biography before tags and a long comment thread",
			"Jo Marr writes about fisheries and the sea from Kessmouth. She is a graduate of the University of Port Aldin.\nTags: fishing, Ostria\n40 COMMENTS\nharbourwatch \u00b7 4 May 2031\nFirst comment.\nkessfan \u00b7 4 May 2031\nSecond comment.\nnetmender \u00b7 5 May 2031\nThird comment.\ntrawlerjo \u00b7 5 May 2031\nFourth comment.",
			[]string{"University of Port Aldin"}, nil},
		{"a closing sentence about a minister who writes stays",
			"Velloso writes about the ban in an essay that the ministry will publish on Friday.\nThe talks resume in June.",
			nil, []string{"writes about the ban", "The talks resume in June."}},
		{"older and newer post links",
			"\u00ab Older post: Five ferries I took across the Kess strait\nNewer post: Guest post on the Varnholm regatta \u00bb",
			[]string{"ferries", "Varnholm regatta"}, nil},
		{"bare older post label over a headline",
			"Older post\nFive ferries I took across the Kess strait",
			[]string{"ferries"}, nil},
	} {
		in := "Marvania and Ostria agree to reopen fishing talks\n\n" + r17Body + "\n\n" + tc.tail
		checkCleaned(t, tc.name, in, tc.gone, tc.kept)
	}
}

// TestRound17Bylines checks bylines that name a place, categories or a
// date after the author.
func TestRound17Bylines(t *testing.T) {
	for _, tc := range []struct{ in, name, role, date string }{
		{"Posted by Jo Marr in Fisheries, Ostria | 12 comments", "Jo Marr", "", ""},
		{"Posted by Jo Marr on 4 May 2031, 11:20 CET", "Jo Marr", "", "2031-05-04"},
		{"By Lena Ruud in Port Aldin", "Lena Ruud", "", ""},
		{"By Lena Ruud - Harbour correspondent", "Lena Ruud", "Harbour correspondent", ""},
	} {
		name, role, date, ok := parseByline(tc.in)
		if !ok || name != tc.name || role != tc.role || date != tc.date {
			t.Errorf("%q: got %q %q %q %v, want %q %q %q", tc.in, name, role, date, ok, tc.name, tc.role, tc.date)
		}
	}
}
