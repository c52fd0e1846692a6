package ingest

import "testing"

// Round 30: a ban that keeps the imposer's own firms from selling to, or
// dealing with, a buyer ("barred Chilean suppliers from selling valves to
// X") targets the buyer; the firms' state is the imposer's own side and
// no target. Firms and buyers are invented; the states are real.
func TestSupplyBanRound30(t *testing.T) {
	const lead = "A\nQuiet trading marked the week in Valdor. "
	const sold = lead + "On Thursday Chile barred Chilean suppliers from selling valves to Morrow Drilling Ltd over its work for the navy."
	checkRels(t, RelSanctioned, []relCase{
		{"the buyer is the target", sold, "Chile", "Morrow Drilling Ltd", true},
		{"a foreign demonym's firms", lead + "Peru banned Bolivian exporters from shipping copper to Tallin Metals Corp, a smelter it accuses of fraud.", "Peru", "Tallin Metals Corp", true},
		{"the firms' state is no target", lead + "Peru banned Bolivian exporters from shipping copper to Tallin Metals Corp, a smelter it accuses of fraud.", "Peru", "Bolivia", false},
		{"dealing with", lead + "Norway has barred Norwegian banks from dealing with Osterby Capital since March.", "Norway", "Osterby Capital", true},
		{"a possessor's decision to ban", lead + "Dairy farmers welcomed Chile's decision in May to ban Chilean firms from selling feed to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", true},
		// counter-examples
		{"a pronoun buyer leaves the state out", lead + "Chile put Morrow Drilling Ltd on its export list, barring Bolivian firms from selling it valves without a licence.", "Chile", "Bolivia", false},
		{"only considered", lead + "Chile considered barring Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"threatened", lead + "Chile threatened to bar Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"urged", lead + "Unions urged Chile to bar Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"lifted", lead + "Chile lifted the ban that kept Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"debated", lead + "Lawmakers in Chile debated a bill to bar Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"a state that condemned", lead + "Peru condemned the move after Chile barred Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Peru", "Morrow Drilling Ltd", false},
		{"a sports ban is no supply ban", lead + "The league banned Chilean clubs from trading players with Morrow United until June.", "Chile", "Morrow United", false},
		{"a decision not about a ban", lead + "Dairy farmers welcomed Chile's decision in May to let Chilean firms sell feed to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
	})
}

// The bank or depository where frozen wealth is held is no target: "held
// at" says where the wealth lies. The owner named before stays the target.
func TestFrozenWealthHolderRound30(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"owner of the wealth", "Freeze\n\nThe European Union froze all funds of Vexa Trading held at Orrin Clearing Bank.\n", "European Union", "Vexa Trading", true},
		{"the depository is no target", "Freeze\n\nThe European Union froze all funds of Vexa Trading held at Orrin Clearing Bank.\n", "European Union", "Orrin Clearing Bank", false},
		{"a state's wealth at a regional bank", "Freeze\n\nThe African Union froze Malian state reserves kept at the Talvere Reserve Bank, officials said.\n", "African Union", "Talvere Reserve Bank", false},
		{"the depository named in apposition", "Freeze\n\nThe bloc's leaders closed borders with Mali and froze Malian reserves held at a regional lender, the Talvere Reserve Bank.\n", "Mali", "Talvere Reserve Bank", false},
		{"held by names the owner", "Freeze\n\nThe European Union froze assets held by Orrin Clearing Bank.\n", "European Union", "Orrin Clearing Bank", true},
	})
}
