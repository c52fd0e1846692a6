package ingest

import "testing"

// Round 20: a state office whose sentence names no state takes the one
// state its paragraph names as an actor just before it. All people are
// invented; states are real. Each article names two or more states, so
// neither the dominant state nor a dateline decides.
func TestDiscourseStateRound20(t *testing.T) {
	lead := "Romania and Ukraine protested on Sunday.\n\n"
	checkRels(t, RelAffiliatedWith, []relCase{
		{"the actor in the previous sentence", art(lead + "Moldova suspended the licence on Monday. Foreign Minister Ilie Vornicescu-Rad said the decision was final."), "Ilie Vornicescu-Rad", "Moldova", true},
		{"the actor earlier in the same sentence", art(lead + "Germany halted the certification on Tuesday, and Chancellor Brenna Falkvik told parliament it was a legal step."), "Brenna Falkvik", "Germany", true},
		{"a demonym as the actor", art(lead + "Greek officials said little. Shipping Minister Andros Kalliveris promised the ferries would keep sailing."), "Andros Kalliveris", "Greece", true},
		// counter-examples
		{"a minister visiting another state", art(lead + "Chile has long sought the accord. During his visit to Chile, Foreign Minister Tomas Vidal-Orue said trade would grow."), "Tomas Vidal-Orue", "Chile", false},
		{"two states in the paragraph", art(lead + "Chile and Peru signed the accord. Foreign Minister Tomas Vidal-Orue said trade would grow."), "Tomas Vidal-Orue", "Peru", false},
		{"two ministers of two states", art(lead + "Chile closed the pass on Monday. Foreign Minister Tomas Vidal-Orue called on Prime Minister Ana Ruiz-Barco in the afternoon."), "Ana Ruiz-Barco", "Chile", false},
		{"a counterpart", art(lead + "Peru's foreign minister flew in on Monday. Her counterpart, Foreign Minister Tomas Vidal-Orue, said talks would resume."), "Tomas Vidal-Orue", "Peru", false},
		{"the previous sentence's state is another holder's", art(lead + "Chilean Foreign Minister Ana Ruiz-Barco arrived on Monday. Prime Minister Tomas Vidal-Orue said talks would resume."), "Tomas Vidal-Orue", "Chile", false},
		{"a state after the role", art(lead + "The talks stalled on Friday. Foreign Minister Nenad Ostojic-Vuk met the Russian ambassador afterwards."), "Nenad Ostojic-Vuk", "Russia", false},
		{"a new paragraph", art(lead + "Chile closed the pass on Monday.\n\nForeign Minister Tomas Vidal-Orue said trade would grow."), "Tomas Vidal-Orue", "Chile", false},
		{"a territory's demonym names its own government", art(lead + "Denmark signed a fisheries deal. The Greenlandic fisheries minister, Aputsiaq Berthelsen-Lo, said the quotas were fair."), "Aputsiaq Berthelsen-Lo", "Denmark", false},
		{"a territory's demonym names the territory", art(lead + "Denmark signed a fisheries deal. The Greenlandic fisheries minister, Aputsiaq Berthelsen-Lo, said the quotas were fair."), "Aputsiaq Berthelsen-Lo", "Greenland", true},
		{"a demonym the lexicon lacks", art(lead + "Denmark signed a fisheries deal. The Varnesic fisheries minister, Aputsiaq Berthelsen-Lo, said the quotas were fair."), "Aputsiaq Berthelsen-Lo", "Denmark", false},
		{"cabinet secretaries keep to their own sentence", art(lead + "Venezuela was hit by new sanctions on Monday. Treasury Secretary Howard Pellingham said more would follow."), "Howard Pellingham", "Venezuela", false},
	})
}
