package ingest

import "testing"

// Round 22: one more target named in the sentence after a sanctions
// statement, outside its sanctioning clause: "X, <aside>, was also named /
// targeted / added to the sanctions list". The imposer is the recent one.
// A clause that says something else ("was also named chairman", "named as
// a witness", "added to the agenda") and a statement with no sanctions
// (or none in the three sentences) before give nothing. Names are
// invented.
func TestAlsoListedRound22(t *testing.T) {
	const eu = "A\nThe European Union on Monday sanctioned Petr Almasko over attacks on Valdoria. "
	const tr = "A\nThe U.S. Treasury Department sanctioned Morvane Marine Tankers for shipping crude to buyers in Asia. "
	checkRels(t, RelSanctioned, []relCase{
		{"also targeted, the appositive of a nameless subject", eu + "The party's main financial backer, Grinvald Capital Holdings, was also targeted.", "European Union", "Grinvald Capital Holdings", true},
		{"also named, the subject with an aside", eu + "Former congressman Ralph Quenby, now a senior adviser at Kelburn Aerospace, was also named.", "European Union", "Ralph Quenby", true},
		{"also named: not the aside's firm", eu + "Former congressman Ralph Quenby, now a senior adviser at Kelburn Aerospace, was also named.", "European Union", "Kelburn Aerospace", false},
		{"also added to the sanctions list", tr + "The company's managing director, Tobias Ferrandi-Kale, was also added to the sanctions list.", "United States Department of the Treasury", "Tobias Ferrandi-Kale", true},
		{"two sentences on", tr + "Treasury said the firm had used ship-to-ship transfers. Orlen Varga Shipping was also named.", "United States Department of the Treasury", "Orlen Varga Shipping", true},
		// counter-examples
		{"named to a post", eu + "Grinvald Capital Holdings was also named in a separate lawsuit.", "European Union", "Grinvald Capital Holdings", false},
		{"named chairman", eu + "Ralph Quenby was also named chairman of the board.", "European Union", "Ralph Quenby", false},
		{"named as a witness", eu + "The firm's founder, Ralph Quenby, was also named as a witness in the case.", "European Union", "Ralph Quenby", false},
		{"added to an agenda", eu + "Ralph Quenby was also added to the agenda of the summit.", "European Union", "Ralph Quenby", false},
		{"no sanctions before", "A\nThe European Union on Monday welcomed Petr Almasko to Brussels. Grinvald Capital Holdings was also named.", "European Union", "Grinvald Capital Holdings", false},
		{"a sanctions statement long before", eu + "Talks went on. Nobody spoke. The hall was empty. Grinvald Capital Holdings was also named.", "European Union", "Grinvald Capital Holdings", false},
	})
}

// Round 22: a border, airspace or ports closed to a state, told with
// sanctions around it, is a sanction on that state; its subject may be
// "the regional bloc" (a modifier between "the" and the imposer noun).
// A closure with no sanctions near it (health, security), a threatened
// one, and a closure of something else give nothing. Names are invented.
func TestClosuresRound22(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"closed borders, then a freeze", "A\nECOWAS has closed its members' borders with Mali, frozen Malian state assets and suspended most trade.", "Economic Community of West African States", "Mali", true},
		{"a participle after the sanctions", "A\nECOWAS leaders imposed the sanctions at a summit in Dakar on April 2, closing land borders with Mali.", "Economic Community of West African States", "Mali", true},
		{"the regional bloc, sanctions the sentence before", "A\nNigeria cut power to Niger in line with sanctions imposed by the Economic Community of West African States (ECOWAS). The regional bloc has closed land and air borders with Niger.", "Economic Community of West African States", "Niger", true},
		{"airspace to a state's carriers", "A\nRussia froze the assets of Volkan Air and closed its airspace to Polish airlines.", "Russia", "Poland", true},
		// counter-examples
		{"no sanctions near", "A\nKenya closed its border with Somalia in April over security fears.", "Kenya", "Somalia", false},
		{"a threatened closure", "A\nBahrain imposed sanctions on Oman last year. Bahrain is considering closing its ports to Qatari trawlers.", "Bahrain", "Qatar", false},
		{"a demonym that is no carrier", "A\nRussia froze the assets of Volkan Air and closed its airspace to Polish officials' visits.", "Russia", "Poland", false},
		{"the border is not closed to the state named", "A\nECOWAS imposed sanctions on Mali and closed the border crossing near Gao to traffic.", "Economic Community of West African States", "Gao", false},
		{"closed talks", "A\nThe EU imposed sanctions on Karvia in May. In June it closed talks with Belarus on a visa deal.", "European Union", "Belarus", false},
	})
}
