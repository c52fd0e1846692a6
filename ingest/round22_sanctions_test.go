package ingest

import "testing"

// Round 22: one more target named in the sentence after a sanctions
// statement, outside its sanctioning clause: "X, <aside>, was also named /
// targeted / added to a blacklist". The imposer is the recent one.
// A clause that says something else ("was also named chairman", "named as
// a witness", "added to next week's agenda") and a statement with no
// sanctions (or none in the three sentences) before give nothing. Names
// are invented.
func TestAlsoListedRound22(t *testing.T) {
	const eu = "A\nThe European Union on Thursday sanctioned the trawler owner Petr Almasko for fishing illegally off Valdoria. "
	const tr = "A\nBritain on Friday blacklisted Morvane Reefer Lines for carrying smuggled tuna to Valdoria. "
	checkRels(t, RelSanctioned, []relCase{
		{"also targeted, the appositive of a nameless subject", eu + "The fleet's chief insurer, Grinvald Mutual Holdings, was also targeted.", "European Union", "Grinvald Mutual Holdings", true},
		{"also named, the subject with an aside", eu + "Ralph Quenby, a retired admiral who sits on the board of Kelburn Fisheries, was also named.", "European Union", "Ralph Quenby", true},
		{"also named: not the aside's firm", eu + "Ralph Quenby, a retired admiral who sits on the board of Kelburn Fisheries, was also named.", "European Union", "Kelburn Fisheries", false},
		{"also added to a sanctions list", tr + "Its chief engineer, Tobias Ferrandi-Kale, was also added to Washington's sanctions list.", "United Kingdom", "Tobias Ferrandi-Kale", true},
		{"two sentences on", tr + "Inspectors found the tuna had been relabelled at sea. Orlen Varga Logistics was also named.", "United Kingdom", "Orlen Varga Logistics", true},
		// counter-examples
		{"named in a claim", eu + "Grinvald Mutual Holdings was also named in a separate insurance claim.", "European Union", "Grinvald Mutual Holdings", false},
		{"named chairman", eu + "Ralph Quenby was also named chairman of the harbour board.", "European Union", "Ralph Quenby", false},
		{"named as a witness", eu + "The fleet's skipper, Ralph Quenby, was also named as a witness at the inquiry.", "European Union", "Ralph Quenby", false},
		{"added to an agenda", eu + "Ralph Quenby was also added to next week's agenda of the fisheries council.", "European Union", "Ralph Quenby", false},
		{"no sanctions before", "A\nThe European Union on Thursday welcomed Petr Almasko to its fisheries forum. Grinvald Mutual Holdings was also named.", "European Union", "Grinvald Mutual Holdings", false},
		{"a sanctions statement long before", eu + "The quay was quiet. Gulls circled. Boats stayed in port. Grinvald Mutual Holdings was also named.", "European Union", "Grinvald Mutual Holdings", false},
	})
}

// Round 22: a border, airspace or ports closed to a state, told with
// sanctions around it, is a sanction on that state; its subject may be
// "the continental bloc" (a modifier between "the" and the imposer noun).
// A closure with no sanctions near it (health, security), a conditional
// one, a closure of something else, and a border word more than five
// words after the verb give nothing. Names are invented.
func TestClosuresRound22(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"a freeze, then ports shut across a possessive", "A\nThe European Union froze the accounts of Volgan Milk Trust on Friday and closed its members' ports to Belarus.", "European Union", "Belarus", true},
		{"a participle after the sanctions", "A\nTanzania imposed sanctions on Kivu Gold Traders in May, closing its rail borders with Burundi.", "Tanzania", "Burundi", true},
		{"the regional bloc, sanctions the sentence before", "A\nGuinea lost its fishing rights under new sanctions from the African Union. The continental bloc has shut its ports to Guinea.", "African Union", "Guinea", true},
		{"ports to a state's carriers", "A\nNorway froze the quotas of Aldeberg Fisk and shut its ports to Danish trawlers.", "Norway", "Denmark", true},
		// counter-examples
		{"no sanctions near", "A\nChile closed its border with Peru for a week over a cattle disease outbreak.", "Chile", "Peru", false},
		{"a conditional closure", "A\nNorway put sanctions on Iceland's whaling fleet in 2019. If the quota talks fail, Norway shuts its ports to Icelandic trawlers.", "Norway", "Iceland", false},
		{"a demonym that is no carrier", "A\nNorway froze the quotas of Aldeberg Fisk and shut its ports to Danish anglers' trips.", "Norway", "Denmark", false},
		{"the border is not closed to the state named", "A\nChile imposed sanctions on Bolivia in May. In June Chile shut its border near Peru to lorries.", "Chile", "Peru", false},
		{"closed a tender", "A\nThe EU put sanctions on Karvia in March. In April it closed a rail tender with Serbia early.", "European Union", "Serbia", false},
		{"a name and a clause break before the ports", "A\nFinland froze the accounts of Baltic Reefer and closed the Estonian consulate; its ports to Latvia stay open.", "Finland", "Latvia", false},
		{"no border word within five words", "A\nChile froze the accounts of Salar Minerals and closed the four small hill customs posts with Bolivia.", "Chile", "Bolivia", false},
	})
}
