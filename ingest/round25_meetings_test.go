package ingest

import "testing"

// Round 25 (after the blind sets were measured): a "had" that is an
// auxiliary is not the meeting verb of the meeting noun after it: "had
// been scheduled to hold talks with Y" (then postponed), "had asked for
// an early meeting with Y", "had requested an urgent meeting with Y".
// People are invented. Counter-examples: "had talks with", "had detailed talks
// with", "had a long meeting with", "had only a brief meeting with", "had
// held talks with".
func TestHadAuxiliaryRound25(t *testing.T) {
	const lead = "A\nTrade Minister Tomas Brenvik toured the grain terminal at Port Aldin on Monday.\n\n"
	const scheduled = lead + "Brenvik had been scheduled to hold talks with Ostria's farm minister, Ana Velloso, on Thursday, but the visit was pushed back by a week."
	const askedFor = lead + "Brenvik said he had asked for an early meeting with Farm Minister Ana Velloso, with no date agreed so far."
	const requested = lead + "Brenvik had requested an urgent meeting with Farm Minister Ana Velloso before the harvest vote."
	const plain = lead + "Brenvik had talks with Farm Minister Ana Velloso in Kessburg on Tuesday."
	const detailed = lead + "Brenvik had detailed talks with Farm Minister Ana Velloso in Kessburg on Tuesday."
	const long = lead + "Brenvik had a long meeting with Farm Minister Ana Velloso in Kessburg on Tuesday."
	const only = lead + "Brenvik had only a brief meeting with Farm Minister Ana Velloso in Kessburg on Tuesday."
	const held = lead + "Brenvik had held talks with Farm Minister Ana Velloso in Kessburg before the vote."
	checkRels(t, RelMet, []relCase{
		{"had been scheduled to hold talks", scheduled, "Tomas Brenvik", "Ana Velloso", false},
		{"had asked for an early meeting", askedFor, "Tomas Brenvik", "Ana Velloso", false},
		{"had requested an urgent meeting", requested, "Tomas Brenvik", "Ana Velloso", false},
		// counter-examples
		{"had talks", plain, "Tomas Brenvik", "Ana Velloso", true},
		{"had detailed talks", detailed, "Tomas Brenvik", "Ana Velloso", true},
		{"had a long meeting", long, "Tomas Brenvik", "Ana Velloso", true},
		{"had only a brief meeting", only, "Tomas Brenvik", "Ana Velloso", true},
		{"had held talks", held, "Tomas Brenvik", "Ana Velloso", true},
	})
}
