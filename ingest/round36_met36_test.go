package ingest

import "testing"

// Round 36: a bare definite role phrase as the party of a meeting frame
// ("shared a working lunch with the first minister", "called on the
// finance minister", "did get a private audience with the finance
// minister") stands for the holder of that title named before, whether the
// title stood before the name ("Finance Minister X") or in an appositive
// ("The First Minister, X,"). "chief minister" and "first minister" are
// titles. A demand ("called on the finance minister to resign"), a wish
// ("hoping to get a private audience"), a former holder, a title nobody
// held before, a one-word role and a meeting never held give no pair.
// People are invented.
func TestRoleNounPartyRound36(t *testing.T) {
	const fm = "The First Minister, Fabian Caruso, had little patience for compromise. "
	const mf = "Finance Minister Odile Marchetti has said the loan is close. "
	checkRels(t, RelMet, []relCase{
		{"lunch with the first minister (appositive holder)", fm + "The mayor of the border town, Pedro Montalban, crossed over on Tuesday and shared a working lunch with the first minister.", "Pedro Montalban", "Fabian Caruso", true},
		{"met the first minister (appositive holder)", fm + "Pedro Montalban, the mayor of the border town, met the first minister on Tuesday.", "Pedro Montalban", "Fabian Caruso", true},
		{"chief minister is a title", "The Chief Minister, Fabian Caruso, had little patience for compromise. Pedro Montalban, the mayor of the border town, met the chief minister on Tuesday.", "Pedro Montalban", "Fabian Caruso", true},
		{"possessive appositive holder", "Portugal's finance minister, Odile Marchetti, kept silent. Pedro Montalban, the mayor of the border town, met the finance minister on Tuesday.", "Pedro Montalban", "Odile Marchetti", true},
		{"called on the finance minister, then a new clause", mf + "The British ambassador, Edwin Hollinsworth, called on the finance minister at her office on Monday, and the lender is expected to decide soon.", "Edwin Hollinsworth", "Odile Marchetti", true},
		{"did get a private audience", mf + "Days later a team led by Daniel Ferrer did get a private audience with the finance minister in her office.", "Daniel Ferrer", "Odile Marchetti", true},
		{"got a private audience", mf + "Daniel Ferrer got a private audience with the finance minister on Monday.", "Daniel Ferrer", "Odile Marchetti", true},
		// counter-examples
		{"called on the finance minister to resign", mf + "The opposition leader, Edwin Hollinsworth, called on the finance minister to resign over the loan.", "Edwin Hollinsworth", "Odile Marchetti", false},
		{"hoping to get a private audience", mf + "Daniel Ferrer flew in hoping to get a private audience with the finance minister, but none was granted.", "Daniel Ferrer", "Odile Marchetti", false},
		{"expected but did not come", fm + "The first minister was expected at the dinner with Pedro Montalban on Tuesday but did not come.", "Pedro Montalban", "Fabian Caruso", false},
		{"a former holder", fm + "Pedro Montalban dined with the former first minister on Tuesday.", "Pedro Montalban", "Fabian Caruso", false},
		{"a title the person never held", mf + "Pedro Montalban dined with the first minister on Tuesday.", "Pedro Montalban", "Odile Marchetti", false},
		{"the funeral, not a meeting", mf + "Daniel Ferrer attended the funeral of the finance minister's mother on Monday.", "Daniel Ferrer", "Odile Marchetti", false},
		{"a one-word role is not read by the frame", "Interior Minister Stavros Kontaris spoke to reporters. The special envoy, Nadia Orlova, briefed the minister on the ceasefire.", "Nadia Orlova", "Stavros Kontaris", false},
		{"a qualifier after the role: another holder", fm + "Pedro Montalban dined with the first minister of a neighbouring province on Tuesday.", "Pedro Montalban", "Fabian Caruso", false},
		{"a state joined the talks, no person met", mf + "Poland joined the talks on the treaty in March, the finance minister said.", "Poland", "Odile Marchetti", false},
	})
}
