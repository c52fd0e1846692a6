package ingest

import "testing"

// TestRound19Titles checks the headline chooser on invented pages whose
// first kept line round 18 took for the headline (a wire version tag, a
// founding-year slogan, an institute's full name, a government
// letterhead, a newsletter deck below its title), and pages of the same
// shapes whose first line is the headline.
func TestRound19Titles(t *testing.T) {
	body := "\n\n" + r16Body
	checkTitles(t, false, []titleCase{
		{"wire version tag",
			"UPDATE 2-Ostria to review suspended trawler licences after talks" + body,
			"Ostria to review suspended trawler licences after talks", nil, nil},
		{"two wire tags",
			"REFILE-UPDATE 1-Velloso and Brekke-Lind agree to reopen fishing grounds" + body,
			"Velloso and Brekke-Lind agree to reopen fishing grounds", nil, nil},
		{"wire tag of two words",
			"SPECIAL REPORT-How the fishing ban emptied Port Aldin" + body,
			"How the fishing ban emptied Port Aldin", nil, nil},
		{"founding-year slogan under a masthead",
			"THE KESS LANTERN\nThe valley's voice since 1921\nHome | News | Sport | Opinion\n\nOstria to review suspended trawler licences after talks" + body,
			"Ostria to review suspended trawler licences after talks", nil, nil},
		{"institute's full name in mixed capitals",
			"KESS INSTITUTE for Maritime Studies\nResearch   Publications   Events   About\n\nWhy Ostria should lift the night trawling ban" + body,
			"Why Ostria should lift the night trawling ban", nil, nil},
		{"government letterhead, a minister's title and name",
			"Marvanian Government\nDepartment of Fisheries and Trade\nMinister for Foreign Affairs\nThe Hon Ana Velloso MP\nMedia release\n\nMarvania and Ostria agree to reopen fishing grounds" + body,
			"Marvania and Ostria agree to reopen fishing grounds", nil, nil},
		{"programme name above the headline of a think tank",
			"KESS INSTITUTE for Maritime Studies\nFisheries Policy Programme\n\nWhy Ostria should lift the night trawling ban" + body,
			"Why Ostria should lift the night trawling ban", nil, nil},
		{"newsletter title over its long deck",
			"Kess Dispatch\nNotes on fishing and power in the north\n\nThe nets are getting heavy: Marvania's long reach\nOstria suspends trawler licences, Velloso flies to Port Aldin for talks, and the fishing association counts its lost season" + body,
			"The nets are getting heavy: Marvania's long reach", nil, nil},
		// counter-examples: the first line, or the line the chooser took, is the headline
		{"acronym compound the story prints again",
			"NATO-Ostria talks on fishing resume in Port Aldin\n\nNATO observers attended the talks as guests of the harbour authority." + body,
			"NATO-Ostria talks on fishing resume in Port Aldin", nil, nil},
		{"a number after the hyphen",
			"COVID-19 delays fishing talks in Port Aldin" + body,
			"COVID-19 delays fishing talks in Port Aldin", nil, nil},
		{"a short acronym",
			"EU-Ostria fishing talks resume in Port Aldin" + body,
			"EU-Ostria fishing talks resume in Port Aldin", nil, nil},
		{"a headline in capitals after the tag",
			"FLASH-OSTRIA LIFTS FISHING BAN" + body,
			"FLASH-OSTRIA LIFTS FISHING BAN", nil, nil},
		{"a superlative before 'since'",
			"Worst fishing season since 1987\nOstria to review suspended trawler licences after talks" + body,
			"Worst fishing season since 1987", nil, nil},
		{"'since' and a year told in the story's words",
			"Crews idle since 2019\nOstria to review suspended trawler licences after talks" + body,
			"Crews idle since 2019", nil, nil},
		{"title-case headline with an institution word before 'for'",
			"Ostria Sues Agency for Lost Fishing Income\nVelloso says the ban protects fishing crews" + body,
			"Ostria Sues Agency for Lost Fishing Income", nil, nil},
		{"title-case headline over a line that is not a masthead",
			"Velloso Meets Ostrian Minister\nPort Aldin talks end the long fishing dispute" + body,
			"Velloso Meets Ostrian Minister", nil, nil},
		{"title-case headline of six words below a brand",
			"Kess Valley News\nOstria Reviews Suspended Trawler Licences After Talks" + body,
			"Ostria Reviews Suspended Trawler Licences After Talks", nil, nil},
		{"short line above a headline that is not a deck",
			"Kess Dispatch\nNotes on fishing and power in the north\n\nWeekly letter for Marvania readers\nOstria suspends trawler licences as Velloso flies to Port Aldin for talks" + body,
			"Ostria suspends trawler licences as Velloso flies to Port Aldin for talks", nil, nil},
	})
}

// TestRound19HeadShapes checks the new shapes line by line, with near
// shapes that must not count.
func TestRound19HeadShapes(t *testing.T) {
	for _, tc := range []struct {
		line                        string
		tagEnd                      int
		founding, institution, name bool
	}{
		{"UPDATE 2-EU envoy flies to Port Aldin", 9, false, false, false},
		{"CORRECTED-Ostria lifts ban", 10, false, false, false},
		{"WRAPUP 1-Talks resume", 9, false, false, false},
		{"EU-Ostria talks", 0, false, false, false},
		{"UPDATE 2 - Ostria lifts ban", 0, false, false, false},
		{"Kessmouth's voice since 1921", 0, true, false, false},
		{"Serving the valley since 1892", 0, true, false, false},
		{"Est. 1887", 0, true, false, false},
		{"The coast's paper, founded in 1950", 0, true, false, false},
		{"Highest catch since 1987", 0, false, false, false},
		{"First visit since 1972", 0, false, false, false},
		{"Ostria and Marvania restore ties severed since 1979", 0, false, false, false},
		{"KESS INSTITUTE for Maritime Studies", 0, false, true, true},
		{"Centre on Fisheries Policy", 0, false, true, true},
		{"Ostria Sues Agency for Damages", 0, false, true, true},
		{"Ostria Calls for Talks", 0, false, false, true},
		{"Minister for Foreign Affairs", 0, false, false, true},
		{"The Hon Ana Velloso MP", 0, false, false, true},
		{"Why Ostria should lift the ban", 0, false, false, false},
		{"Institute for Policy: five years on", 0, false, false, false},
	} {
		if got := wireTagEnd(tc.line); got != tc.tagEnd {
			t.Errorf("wireTagEnd(%q) = %d, want %d", tc.line, got, tc.tagEnd)
		}
		if got := isFoundingSlogan(tc.line); got != tc.founding {
			t.Errorf("isFoundingSlogan(%q) = %v, want %v", tc.line, got, tc.founding)
		}
		if got := isInstitutionName(tc.line); got != tc.institution {
			t.Errorf("isInstitutionName(%q) = %v, want %v", tc.line, got, tc.institution)
		}
		if got := isNameShape(tc.line); got != tc.name {
			t.Errorf("isNameShape(%q) = %v, want %v", tc.line, got, tc.name)
		}
	}
}
