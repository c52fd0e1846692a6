package ingest

import "testing"

// Round 23, after dev24 was measured: a meeting between two people that
// was put on hold is not one. Counter-example: a meeting held while
// something else is on hold.
func TestMeetingsOnHoldRound23(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"a meeting held, a plan on hold",
			"A\nA meeting between Varo Kesselin and Marten Oldavi took place on Monday; the dredging plan stays on hold.", "Varo Kesselin", "Marten Oldavi", true},
		{"a meeting between two people, and a hold of another kind",
			"A\nA meeting between Varo Kesselin and Marten Oldavi took place in the ship's hold on Monday.", "Varo Kesselin", "Marten Oldavi", true},
		{"a meeting put on hold",
			"A\nA meeting between Varo Kesselin and Marten Oldavi was put on hold in March.", "Varo Kesselin", "Marten Oldavi", false},
		{"a meeting put on hold, with an aside",
			"A\nA third meeting between Varo Kesselin and Marten Oldavi, which aides had tied to the ferry tender, is on hold.", "Varo Kesselin", "Marten Oldavi", false},
	})
}

// A meeting one sentence reports and the next denies as a whole ("Both
// offices denied it on Saturday") is not one. Counter-examples: a
// denial of something else ("denied it had sent an envoy"), a meeting
// not told as a report.
func TestReportedThenDeniedRound23(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"a report, then a denial of something else",
			"A\nHarbour radio reported that Varo Kesselin had spoken to Marten Oldavi by phone. The ministry denied it had sent an envoy.", "Varo Kesselin", "Marten Oldavi", true},
		{"a report as a noun, then an unrelated denial",
			"A\nVaro Kesselin met Marten Oldavi on Friday to go through the audit report. The port authority denied it later.", "Varo Kesselin", "Marten Oldavi", true},
		{"something else reported, then a denial",
			"A\nVaro Kesselin met Marten Oldavi on Friday, and harbour radio reported a calm session. The ferry union denied it later.", "Varo Kesselin", "Marten Oldavi", true},
		{"a meeting told, then an unrelated denial",
			"A\nVaro Kesselin spoke to Marten Oldavi by phone on Friday. The port authority denied it later.", "Varo Kesselin", "Marten Oldavi", true},
		{"a report denied the next day",
			"A\nHarbour radio reported early on Friday that Varo Kesselin had spoken to Marten Oldavi by phone. Both offices denied it on Saturday.", "Varo Kesselin", "Marten Oldavi", false},
		{"a report denied outright",
			"A\nVaro Kesselin reportedly met Marten Oldavi at the forum. The two men's aides denied it.", "Varo Kesselin", "Marten Oldavi", false},
	})
}
