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

// Review C of round 31: the stray-target guards keep the targets a
// sentence lists in shapes that look like another clause's subject or a
// person's body: a passive subject named again after the trigger, a name
// with a participle phrase ("X accused of"), a clause that lists its
// subject too ("and Y will also be targeted"), a body whose role holders
// are not named ("the leaders of W") and a body the sentence lists again
// ("and of the shipping group"). Counter-rows keep the shapes the guards
// were written for. People and firms are invented; states and bodies are
// real.
func TestSanctionStrayTargetsReviewRound31(t *testing.T) {
	const lead = "Sanctions news\n\nTraders in Valdor watched the news closely. "
	const appeal = lead + "Ali Reza-Kan was blacklisted by Washington in March, and Reza-Kan said he would appeal."
	const accused = lead + "The United States last week sanctioned Lebanese financier Ali Reza-Kan accused of funding Hezbollah."
	const described = lead + "The European Union sanctioned Ali Reza-Kan described by Brussels as the regime's banker."
	const firmAccused = lead + "The Treasury sanctioned Orvella Lines and Kestrel Commodities AG accused of shipping Iranian oil."
	const critic = lead + "Washington sanctioned Halvard Shipping on Friday, and Dariush Fenwick-Rao accused the Treasury of overreach."
	const belarus = lead + "The European Union imposed sanctions on Russia on Monday, and Belarus will also be targeted."
	const added = lead + "The United States sanctioned Orvella Lines on Friday, and Kestrel Commodities AG has now been added as well."
	const officials = lead + "Canada froze the assets of Orvella Lines on Monday, and Kestrel Commodities AG officials will also be targeted."
	const bloc = lead + "Canada froze the assets of Orvella Lines on Monday, and EU officials said the bloc would follow."
	const nicaragua = lead + "Washington imposed sanctions on Venezuela and Cuba, and Nicaragua could face similar measures."
	const minister = lead + "The EU imposed sanctions on Orvella Lines on Monday, and Norway Foreign Minister Tomas Brekke-Hale said his government would follow."
	const ministerPoss = lead + "The EU imposed sanctions on Orvella Lines on Monday, and Norway's Foreign Minister Tomas Brekke-Hale said his government would follow."
	const leaders = lead + "The Treasury sanctioned the leaders of Hamas on Friday."
	const members = lead + "The United States sanctioned the members of Hamas's politburo and the Muslim Brotherhood."
	const group = lead + "Britain froze all funds of Orvella Lines chairman Tomas Brekke-Hale and of the shipping group."
	const others = lead + "Canada sanctioned Orvella Lines chairman Tomas Brekke-Hale and two other firms."
	const subsidiaries = lead + "Canada sanctioned Orvella Lines chairman Tomas Brekke-Hale and the firm's two subsidiaries."
	const commanders = lead + "The European Union sanctioned Anselm Ravik-Tor and other commanders of the Northern Liberation Front (NLF) on Friday."
	checkRels(t, RelSanctioned, []relCase{
		{"a passive subject who speaks after the trigger", appeal, "United States", "Ali Reza-Kan", true},
		{"a person with a participle phrase (accused of)", accused, "United States", "Ali Reza-Kan", true},
		{"a person with a participle phrase (described by)", described, "European Union", "Ali Reza-Kan", true},
		{"a firm after and with a participle phrase", firmAccused, "United States Department of the Treasury", "Kestrel Commodities AG", true},
		{"a critic after and is still no target", critic, "United States", "Dariush Fenwick-Rao", false},
		{"a state the next clause lists too", belarus, "European Union", "Belarus", true},
		{"a firm the next clause lists too", added, "United States", "Kestrel Commodities AG", true},
		{"a firm's officials the next clause lists too", officials, "Canada", "Kestrel Commodities AG", true},
		{"a body's officials who speak are no target", bloc, "Canada", "European Union", false},
		{"a state that may face measures is no target", nicaragua, "United States", "Nicaragua", false},
		{"a minister's state before the title is no target", minister, "European Union", "Norway", false},
		{"a minister's state with a possessive is no target", ministerPoss, "European Union", "Norway", false},
		{"the body of unnamed leaders", leaders, "United States Department of the Treasury", "Hamas", true},
		{"the body of unnamed members", members, "United States", "Hamas", true},
		{"a body listed again by a description", group, "United Kingdom", "Orvella Lines", true},
		{"a body listed again with other firms", others, "Canada", "Orvella Lines", true},
		{"the firm's subsidiaries do not list the firm", subsidiaries, "Canada", "Orvella Lines", false},
		{"the chairman is listed", subsidiaries, "Canada", "Tomas Brekke-Hale", true},
		{"a front named with other commanders is not", commanders, "European Union", "Northern Liberation Front", false},
		{"the colonel is listed", commanders, "European Union", "Anselm Ravik-Tor", true},
	})
}
