package ingest

import "testing"

// Round 30: meetings. A "with" phrase that names who ran a meeting ("with
// X in the chair", "with X (seated) at the table's head", "with X chairing",
// "with their host, X") makes that person meet each party of the meeting.
// A companion named without the cue, a planned, postponed, cancelled,
// denied or hoped-for session, a call that never happened, the chair of
// another event or of a later meeting, and someone who only reports the
// meeting stay out. People are invented.
func TestPresiderRound30(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"in the chair", "Orla Vennholt and Dmitar Kesselring met for two hours at Valletta, with Malta's prime minister, Lucan Brightwater, in the chair.", "Dmitar Kesselring", "Lucan Brightwater", true},
		{"head of the table", "Orla Vennholt and Dmitar Kesselring sat across the negotiating table from each other for a night and then signed a grain accord, with Swiss mediator Lucan Brightwater at the head of a long oak table.", "Orla Vennholt", "Lucan Brightwater", true},
		{"their host", "President Orla Vennholt of Peru and President Dmitar Kesselring of Chile met for more than five hours with their host, Brazilian President Lucan Brightwater, at a lakeside lodge.", "Dmitar Kesselring", "Lucan Brightwater", true},
		{"reported by a third, the pair and their chair", "Orla Vennholt told reporters that Dmitar Kesselring and Wim Taravel had met in Valletta with Lucan Brightwater in the chair.", "Dmitar Kesselring", "Lucan Brightwater", true},
		{"seated at the table's head", "Orla Vennholt and Dmitar Kesselring sat across the negotiating table from each other for a night and then signed a grain accord, with Swiss mediator Lucan Brightwater seated at the table's head.", "Orla Vennholt", "Lucan Brightwater", true},
		{"sitting at the head of an oak table", "Orla Vennholt and Dmitar Kesselring sat across the negotiating table from each other for a night and then signed a grain accord, with Swiss mediator Lucan Brightwater sitting at the head of their oak table.", "Orla Vennholt", "Lucan Brightwater", true},
		{"chairing", "Orla Vennholt and Dmitar Kesselring held talks with each other in Tunis for six hours, with Lucan Brightwater chairing.", "Orla Vennholt", "Lucan Brightwater", true},
		// counter-examples
		{"companion without a cue", "Orla Vennholt met Dmitar Kesselring in Valletta on Monday, with Lucan Brightwater's blessing.", "Orla Vennholt", "Lucan Brightwater", false},
		{"an onlooker, no cue", "Orla Vennholt and Dmitar Kesselring sat across the negotiating table from each other for a night and then signed a grain accord, with Lucan Brightwater watching from the gallery.", "Orla Vennholt", "Lucan Brightwater", false},
		{"planned", "Orla Vennholt and Dmitar Kesselring plan to meet in Valletta next month, with Lucan Brightwater in the chair.", "Orla Vennholt", "Lucan Brightwater", false},
		{"postponed", "Talks between Orla Vennholt and Dmitar Kesselring, with Lucan Brightwater in the chair, were postponed until the spring.", "Orla Vennholt", "Lucan Brightwater", false},
		{"cancelled", "Orla Vennholt was to have met Dmitar Kesselring in Valletta, with Lucan Brightwater in the chair, but the session was cancelled.", "Orla Vennholt", "Lucan Brightwater", false},
		{"denied", "Orla Vennholt denied that she had met Dmitar Kesselring in Valletta with Lucan Brightwater in the chair.", "Orla Vennholt", "Lucan Brightwater", false},
		{"hoped-for", "Orla Vennholt hopes to sit down with Dmitar Kesselring in Valletta, with Lucan Brightwater in the chair.", "Orla Vennholt", "Lucan Brightwater", false},
		{"call that never happened", "A call between Orla Vennholt and Dmitar Kesselring, with Lucan Brightwater chairing, never happened.", "Dmitar Kesselring", "Lucan Brightwater", false},
		{"a meeting of two others reported by a third", "Orla Vennholt told reporters that Dmitar Kesselring and Wim Taravel had met in Valletta with Lucan Brightwater in the chair.", "Orla Vennholt", "Lucan Brightwater", false},
		{"chair of another event", "Orla Vennholt met Dmitar Kesselring in Valletta after a hearing at the chamber with Lucan Brightwater in the chair.", "Dmitar Kesselring", "Lucan Brightwater", false},
		{"chair of a parliament's session", "Orla Vennholt met Dmitar Kesselring after a session of parliament with Lucan Brightwater in the chair.", "Dmitar Kesselring", "Lucan Brightwater", false},
		{"chair of a later meeting of others", "Orla Vennholt met Dmitar Kesselring on Monday and the cabinet will meet on Friday with Lucan Brightwater in the chair.", "Dmitar Kesselring", "Lucan Brightwater", false},
		{"chair of a purpose clause's event", "Orla Vennholt met Dmitar Kesselring on Monday, to prepare a summit in Rome with Lucan Brightwater in the chair.", "Dmitar Kesselring", "Lucan Brightwater", false},
		{"chair of a planned second meeting", "Orla Vennholt met Dmitar Kesselring on Monday and will meet Wim Taravel on Friday, with Lucan Brightwater in the chair.", "Dmitar Kesselring", "Lucan Brightwater", false},
		{"another clause's chair", "Orla Vennholt met Dmitar Kesselring in Valletta, while Lucan Brightwater sat in Rome with Wim Taravel in the chair.", "Orla Vennholt", "Wim Taravel", false},
	})
}
