package ingest

import "testing"

// Round 30: events. A numbered sitting of a named body ("the 21st session
// of the X Commission") and a capitalised trade fair or farm show ("the Y
// Grain Expo", "the Z Tractor Show") are events; "Week" is no fair's head,
// and "Show" needs a trade word before it. People, bodies and fairs are
// invented; states and cities are real.

func TestSessionOfBodyRound30(t *testing.T) {
	checkEnts(t, []entCase{
		{"numbered session of a body", "Tomas Ferell led the delegation to the 21st session of the Orvik Water Commission in Lima.", "21st session of the Orvik Water Commission", TypeEvent},
		{"annual meeting of a body", "Tomas Ferell addressed the annual meeting of Tarvu Salmon Board, which closed on Friday.", "annual meeting of Tarvu Salmon Board", TypeEvent},
		{"capitalised ordinal and sides before the body", "Tomas Ferell co-chaired the Fourth Meeting of Norway–Peru Joint Commission on Mining, held in Oslo.", "Fourth Meeting of Norway–Peru Joint Commission on Mining", TypeEvent},
		{"a verb right after the body", "Tomas Ferell said the 21st session of the Orvik Water Commission opened in Lima.", "21st session of the Orvik Water Commission", TypeEvent},
		{"the body keeps its mention", "Tomas Ferell led the delegation to the 21st session of the Orvik Water Commission in Lima.", "Orvik Water Commission", TypeInstitution},
		// counter-examples
		{"no ordinal", "Tomas Ferell said that the new meeting of the Orvik Water Commission, in Lima, was tense.", "new meeting of the Orvik Water Commission", ""},
		{"the body is a modifier", "Tomas Ferell chaired the first meeting of ASEAN transport ministers in Hanoi.", "first meeting of ASEAN", ""},
		{"a meeting noun with no body", "Tomas Ferell said the second session of talks would be shorter.", "second session of talks", ""},
		{"no article before the ordinal", "Tomas Ferell wants a third meeting of the Orvik Water Commission in May.", "third meeting of the Orvik Water Commission", ""},
		{"a state is no body that sits", "Tomas Ferell attended the first meeting of Peru and Chile on fishing.", "first meeting of Peru", ""},
	})
}

func TestFairEventRound30(t *testing.T) {
	checkEnts(t, []entCase{
		{"an expo", "Tomas Ferell met buyers at the Marsh Valley Grain Expo on Tuesday.", "Marsh Valley Grain Expo", TypeEvent},
		{"a city opens a fair's name", "Tomas Ferell opened the Lima International Mining Expo on Monday.", "Lima International Mining Expo", TypeEvent},
		{"a show", "Tomas Ferell said the Orvik Tractor Show returns next spring.", "Orvik Tractor Show", TypeEvent},
		// counter-examples
		{"an industry week may be a newsletter", "Tomas Ferell told Harbour Logistics Week that freight was slowing.", "Harbour Logistics Week", ""},
		{"a state alone before the head", "Tomas Ferell said the Peru Show was cancelled.", "Peru Show", ""},
		{"the name goes on after the head", "Tomas Ferell sponsored Tarvu Freight Expo 2031 in Lima.", "Tarvu Freight Expo", ""},
		{"lower-case head", "Tomas Ferell said the grain show was cancelled.", "grain show", ""},
		{"a breakfast programme", "Tomas Ferell told the Harbour Breakfast Show that prices would rise.", "Harbour Breakfast Show", ""},
		{"a daily programme", "Tomas Ferell appeared on the Orvik Daily Show on Monday.", "Orvik Daily Show", ""},
		{"a body's plural noun after it", "Tomas Ferell spoke at the 4th session of the Orvik Water Commission delegates in Lima.", "4th session of the Orvik Water Commission", ""},
	})
}

// TestFairEventHeadlineRound30: in a title-case line "Show" or "Expo" may
// be a verb or a word of the headline, not a fair's head.
func TestFairEventHeadlineRound30(t *testing.T) {
	res := run(t, "Grain Prices Slide as Harvest Reports Show\n\nTomas Ferell said support for the plan had grown.\n")
	wantTypes(t, res, map[string]string{"Harvest Reports Show": ""})
}
