package ingest

import "testing"

// Round 25: a ban told as a noun. Its imposer is the possessor ("X's
// ban", "its ban") or the agent after its object ("imposed by X", "that X
// imposed"); its target a demonym's goods or people, the supplier of
// imports or the buyer of exports. A proposed, threatened, lifted or
// targetless ban, or one owned by a firm, gives nothing. Names are
// invented.
func TestNounBanRound25(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"a possessor and a demonym's goods", "A\nGhana protested on Tuesday. Traders have lost money under Togo's ban on Ghanaian poultry products since June.", "Togo", "Ghana", true},
		{"a possessor, a modifier and a group of people", "A\nBolivia protested. The minister said Lima's travel ban on several hundred Bolivian officials stayed in place.", "Peru", "Bolivia", true},
		{"its ban on imports from a state", "A\nCanberra retaliated by renewing its ban on beef imports from Argentina.", "Australia", "Argentina", true},
		{"imposed by after the object", "A\nPoland protested. Farmers blame the 2019 bans on imports of Polish cheese and butter imposed by Hungary.", "Hungary", "Poland", true},
		{"a relative clause after an export ban", "A\nThe envoys reviewed an old ban on exports of gravel to Bhutan that Nepal imposed in March.", "Nepal", "Bhutan", true},
		// counter-examples
		{"a ban lifted", "A\nGhana protested on Tuesday. Togo lifted its ban on Ghanaian poultry products on Friday.", "Togo", "Ghana", false},
		{"a ban only threatened", "A\nGhana protested on Tuesday. Togo threatened on Monday to restore its ban on Ghanaian poultry products.", "Togo", "Ghana", false},
		{"a ban only proposed", "A\nGhana protested on Tuesday. Togo's proposed ban on Ghanaian poultry products drew criticism.", "Togo", "Ghana", false},
		{"a ban lifted after its object", "A\nGhana protested on Tuesday. Togo's ban on Ghanaian poultry products was lifted in May.", "Togo", "Ghana", false},
		{"an export ban with no buyer", "A\nChile's ban on copper exports to smelters abroad hurt Peru.", "Chile", "Peru", false},
		{"a firm's ban", "A\nGhana protested on Tuesday. Voltaire Foods Ltd's ban on Ghanaian poultry products upset farmers.", "Voltaire Foods Ltd", "Ghana", false},
		{"an agent that only proposed", "A\nPoland protested. Farmers blame the 2019 bans on imports of Polish cheese and butter proposed by Hungary.", "Hungary", "Poland", false},
	})
}
