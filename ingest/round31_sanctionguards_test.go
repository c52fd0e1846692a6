package ingest

import "testing"

// Round 31: a name after a sanctions trigger that the measure does not
// hit is no target. The body a listed person belongs to, named as the
// person's post ("Bundestag member X", "X, commander of the Y Front", "the
// former chairman of shipping group Z"), stays out while the person is
// listed; so does the subject of the next clause the list runs into
// (", and Paris said its officials froze", ", and Germany has pledged", ", the
// Z Office (ZO) said", ", a step X called reckless"). Bodies and people
// listed in their own right stay targets. People, firms and fronts are
// invented; the states and bodies are real.
func TestSanctionStrayTargetsRound31(t *testing.T) {
	const lead = "Sanctions\n\nTraders in Valdor watched the news closely. "
	const member = lead + "The United States barred Bundestag member Petra Holmsand-Vey from entering the country on Friday."
	const commander = lead + "In March the European Union froze all funds of Colonel Anselm Ravik-Tor, commander of the Northern Liberation Front (NLF)."
	const chairman = lead + "Ottawa has now added the longtime chairman of shipping group Orvella Lines to its blacklist."
	const london = lead + "Canada announced sanctions against nine Peruvian officials, and London said its officials froze every account of Mateo Quispe-Larrain."
	const pledged = lead + "The EU banned imports of Venezuelan gold in 2024, and Germany has promised to stop buying its oil."
	const office = lead + "Switzerland has frozen funds belonging to trader Ilya Brodsky-Marn and his firm Kestrel Commodities AG, the State Secretariat for Economic Affairs (SECO) announced on Tuesday."
	const step = lead + "On Friday the US Treasury sanctioned Halvard Shipping, a Panama-registered firm, a step Dariush Fenwick-Rao called reckless."
	const pledged2 = lead + "The EU has barred most purchases of Iranian seaborne crude, a step due in full by June, and Italy has pledged to stop buying Iranian pipeline gas."
	checkRels(t, RelSanctioned, []relCase{
		{"a parliament member is the target", member, "United States", "Petra Holmsand-Vey", true},
		{"her parliament is not", member, "United States", "Bundestag", false},
		{"a commander is the target", commander, "European Union", "Anselm Ravik-Tor", true},
		{"his front is not", commander, "European Union", "Northern Liberation Front", false},
		{"a former chairman's group is not", chairman, "Canada", "Orvella Lines", false},
		{"the next clause's speaker is not", london, "Canada", "United Kingdom", false},
		{"the next clause's subject is not", pledged, "European Union", "Germany", false},
		{"the state of the first clause is", pledged, "European Union", "Venezuela", true},
		{"a second state's own pledge", pledged2, "European Union", "Italy", false},
		{"the agency that reports the freeze is not", office, "Switzerland", "State Secretariat for Economic Affairs", false},
		{"the firm it froze is", office, "Switzerland", "Kestrel Commodities AG", true},
		{"a critic of the step is not", step, "United States Department of the Treasury", "Dariush Fenwick-Rao", false},
		{"the sanctioned firm is", step, "United States Department of the Treasury", "Halvard Shipping", true},
		// counter-examples: bodies and people listed in their own right
		{"a group listed with its chairman", lead + "Canada added Orvella Lines and its chairman, Tomas Brekke-Hale, to its sanctions list.", "Canada", "Orvella Lines", true},
		{"a front listed with its commander", lead + "The European Union on Friday froze funds of the Northern Liberation Front and its commander, Colonel Anselm Ravik-Tor.", "European Union", "Northern Liberation Front", true},
		{"a state listed after and", lead + "The European Union imposed sanctions on Orvella Lines and Belarus on Monday.", "European Union", "Belarus", true},
		{"a person who criticised after a comma and who", lead + "Washington sanctioned Kestrel Commodities AG and Dariush Fenwick-Rao, who called the move unjust.", "United States", "Dariush Fenwick-Rao", true},
		{"a passive subject before the verb", lead + "Orvella Lines was blacklisted by Canada in May, officials said.", "Canada", "Orvella Lines", true},
	})
}
