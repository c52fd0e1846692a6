package ingest

import "testing"

// Round 30: a ban that keeps the imposer's own firms from selling to, or
// dealing with, a buyer ("barred Chilean suppliers from selling valves to
// X", "from supplying X with", "from selling X parts") targets the buyer;
// the firms' state is the imposer's own side and no target. A foreign
// group's state is the target when the buyer is the imposer's own side;
// with a buyer of its own the target is in doubt and nothing is read.
// Firms and buyers are invented; the states are real.
func TestSupplyBanRound30(t *testing.T) {
	const lead = "A\nQuiet trading marked the week in Valdor. "
	const sold = lead + "On Thursday Chile barred Chilean suppliers from selling valves to Morrow Drilling Ltd over its work for the navy."
	checkRels(t, RelSanctioned, []relCase{
		{"the buyer is the target", sold, "Chile", "Morrow Drilling Ltd", true},
		{"a buyer right after the gerund", lead + "Last year Norway barred Norwegian firms from supplying Russia with turbine blades.", "Norway", "Russia", true},
		{"a state buyer before the goods", lead + "Last year Norway barred Norwegian firms from selling Iran turbine blades.", "Norway", "Iran", true},
		{"a foreign group selling to the imposer's side", lead + "Last year Norway barred Chinese firms from selling drones to its police forces.", "Norway", "China", true},
		{"a regulator keeps foreign firms from its market", lead + "The Federal Communications Commission banned Chinese firms from selling routers to American carriers.", "Federal Communications Commission", "China", true},
		{"the regulator's own side is no target", lead + "The Federal Communications Commission banned Chinese firms from selling routers to American carriers.", "Federal Communications Commission", "United States", false},
		// counter-examples
		{"a foreign demonym's firms selling to a named buyer", lead + "Peru banned Bolivian exporters from shipping copper to Tallin Metals Corp, a smelter it accuses of fraud.", "Peru", "Tallin Metals Corp", false},
		{"the firms' state is no target", lead + "Peru banned Bolivian exporters from shipping copper to Tallin Metals Corp, a smelter it accuses of fraud.", "Peru", "Bolivia", false},
		{"dealing with", lead + "Norway has barred Norwegian banks from dealing with Osterby Capital since March.", "Norway", "Osterby Capital", true},
		{"a possessor's decision to ban", lead + "Dairy farmers welcomed Chile's decision in May to ban Chilean firms from selling feed to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", true},
		{"a pronoun buyer leaves the state out", lead + "Chile put Morrow Drilling Ltd on its export list, barring Bolivian firms from selling it valves without a licence.", "Chile", "Bolivia", false},
		{"only considered", lead + "Chile considered barring Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"threatened", lead + "Chile threatened to bar Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"urged", lead + "Unions urged Chile to bar Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"lifted", lead + "Chile lifted the ban that kept Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"debated", lead + "Lawmakers in Chile debated a bill to bar Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"a state that condemned", lead + "Peru condemned the move after Chile barred Chilean suppliers from selling valves to Morrow Drilling Ltd.", "Peru", "Morrow Drilling Ltd", false},
		{"an organ's pronoun buyer leaves its state out", lead + "Morrow Drilling Ltd was listed, and the Chile Export Control Board barred Chilean suppliers from shipping it any valves.", "Chile Export Control Board", "Chile", false},
		{"a sports ban is no supply ban", lead + "Chile banned Chilean clubs from trading players with Morrow Athletic FC until June.", "Chile", "Morrow Athletic FC", false},
		{"a passive ban", lead + "Chilean firms were barred from selling valves to Morrow Drilling Ltd, Chile said on Monday.", "Chile", "Morrow Drilling Ltd", false},
		{"a named firm's banks", lead + "Chile barred Velmar Ltd's banks from dealing with Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"a decision on a foreign group", lead + "Dairy farmers welcomed Chile's decision in May to ban Bolivian firms from selling feed to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
		{"a decision not about a ban", lead + "Dairy farmers welcomed Chile's decision in May to let Chilean firms sell feed to Morrow Drilling Ltd.", "Chile", "Morrow Drilling Ltd", false},
	})
}

// The bank or depository where frozen wealth is held is no target: "held
// at" says where the wealth lies. The owner named before stays the target.
func TestFrozenWealthHolderRound30(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"owner of the wealth", "Freeze\n\nThe European Union froze all funds of Vexa Trading held at Orrin Clearing Bank.\n", "European Union", "Vexa Trading", true},
		{"the depository is no target", "Freeze\n\nThe European Union froze all funds of Vexa Trading held at Orrin Clearing Bank.\n", "European Union", "Orrin Clearing Bank", false},
		{"a state's wealth held at a bank", "Freeze\n\nThe European Union froze state reserves held at the Talvere Reserve Bank.\n", "European Union", "Talvere Reserve Bank", false},
		{"a second bank after and", "Freeze\n\nThe European Union froze the accounts of Vexa Trading kept at Talvere Reserve Bank and Orrin Bank.\n", "European Union", "Orrin Bank", false},
		{"the owner before two banks", "Freeze\n\nThe European Union froze the accounts of Vexa Trading kept at Talvere Reserve Bank and Orrin Bank.\n", "European Union", "Vexa Trading", true},
		{"a state's wealth at a regional bank", "Freeze\n\nThe African Union froze Malian state reserves kept at the Talvere Reserve Bank, officials said.\n", "African Union", "Talvere Reserve Bank", false},
		{"the depository named in apposition", "Freeze\n\nThe African Union froze Malian reserves held at a regional lender, the Talvere Reserve Bank.\n", "African Union", "Talvere Reserve Bank", false},
		{"held by names the owner", "Freeze\n\nThe European Union froze assets held by Orrin Clearing Bank.\n", "European Union", "Orrin Clearing Bank", true},
	})
}
