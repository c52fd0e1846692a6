package ingest

import "testing"

// A place right before a role ("Vornek Governor X", "Caledonia's Fisheries
// Secretary X") gives the role the government of that province or city
// when the story names one, never the country (invented places and
// people). The counter-examples: a national minister who visits the
// province, a central bank's governor from the place, a governor whose
// place names no government, two governments of one place, a minister of
// a named state, a city whose first letters match a body's adjective, and
// offices that serve no regional government: a legislator, the head of a
// police force, university or port, a commissioner with no portfolio.
func TestLocalGovernmentRound30(t *testing.T) {
	const vornek = " Officials of the Provincial Government of Vornek have sued over the levy."
	const tarrow = " The Tarrow State Government has cut market fees twice this year."
	checkRels(t, RelAffiliatedWith, []relCase{
		{"place before a title", art("On Monday Vornek Governor Talia Brennigan said the levy would hurt the dock towns." + vornek), "Talia Brennigan", "Provincial Government of Vornek", true},
		{"sentence opens with the place", art("The ferry deal has split the isles and the Keldra Provincial Government, which froze port fees last year.\n\nKeldra Premier Jonas Varrimo said the deal proved the islands had been ignored."), "Jonas Varrimo", "Keldra Provincial Government", true},
		{"possessive place, adjective in the body's name", art("Caledonia's Fisheries Secretary, Morven Tailley, told skippers on Friday that the Caledonian Government would seek a bigger quota."), "Morven Tailley", "Caledonian Government", true},
		{"a portfolio minister of the province", art("Vornek Health Minister Talia Brennigan said the levy would hurt the clinics." + vornek), "Talia Brennigan", "Provincial Government of Vornek", true},
		{"a chief minister of the province", art("Vornek Chief Minister Talia Brennigan said the levy would hurt the dock towns." + vornek), "Talia Brennigan", "Provincial Government of Vornek", true},
		{"a deputy mayor of the city", art("Vornek Deputy Mayor Talia Brennigan said the levy would hurt the dock towns. The Vornek City Government will appeal."), "Talia Brennigan", "Vornek City Government", true},
		{"an adjective of a place ending in a consonant", art("Dremm Mayor Dana Pruitt said the Dremmish Government had not replied to her letter."), "Dana Pruitt", "Dremmish Government", true},
		{"a '-land' place and its '-ish' adjective", art("Vornland's Health Secretary, Orla Fennick, said the Vornish Government would fund two clinics."), "Orla Fennick", "Vornish Government", true},
		{"a state-level commissioner with a portfolio", art("Traders met the Tarrow State Commissioner for Works, Idris Bakare-Olu, at his office on Monday." + tarrow), "Idris Bakare-Olu", "Tarrow State Government", true},
		// counter-examples
		{"a national minister visits the province", art("Interior Minister Osric Pallardy flew to Vornek on Tuesday to inspect the docks." + vornek), "Osric Pallardy", "Provincial Government of Vornek", false},
		{"a central bank governor from the place", art("Vornek Central Bank Governor Hela Marrow said rates would stay on hold." + vornek), "Hela Marrow", "Provincial Government of Vornek", false},
		{"no government named: not the country", art("Lakemoor Governor Daniel Otieno-Wasike said Kenya had ignored the flood warnings for a month."), "Daniel Otieno-Wasike", "Kenya", false},
		{"two governments of one place", art("Vornek Mayor Ilse Darrow said the Vornek City Government and the Vornek Provincial Government would share the bill."), "Ilse Darrow", "Vornek City Government", false},
		{"two governments of one place, the other", art("Vornek Mayor Ilse Darrow said the Vornek City Government and the Vornek Provincial Government would share the bill."), "Ilse Darrow", "Vornek Provincial Government", false},
		{"a minister of a named state", art("Kenya's Interior Minister Amos Kiprono-Tuwei visited the lake on Sunday." + " The Lakemoor County Government has asked for aid."), "Amos Kiprono-Tuwei", "Lakemoor County Government", false},
		{"a city that shares its first letters with a body's adjective", art("Velmo Mayor Dana Pruitt said the Velmonian Government had not replied to her letter."), "Dana Pruitt", "Velmonian Government", false},
		{"a legislator of the place", art("Vornek Senator Talia Brennigan said the levy would hurt the dock towns." + vornek), "Talia Brennigan", "Provincial Government of Vornek", false},
		{"an MP elected in the place", art("Vornek MP Talia Brennigan said the levy would hurt the dock towns." + vornek), "Talia Brennigan", "Provincial Government of Vornek", false},
		{"a congresswoman from the place", art("Vornek Congresswoman Talia Brennigan said the levy would hurt the dock towns." + vornek), "Talia Brennigan", "Provincial Government of Vornek", false},
		{"the place's police commissioner", art("Vornek Police Commissioner Talia Brennigan said the levy would hurt the dock towns." + vornek), "Talia Brennigan", "Provincial Government of Vornek", false},
		{"the head of the place's university", art("Vornek University Chancellor Talia Brennigan said the levy would hurt the dock towns." + vornek), "Talia Brennigan", "Provincial Government of Vornek", false},
		{"the place's port commissioner", art("Vornek Port Commissioner Talia Brennigan said the levy would hurt the dock towns." + vornek), "Talia Brennigan", "Provincial Government of Vornek", false},
		{"a commissioner with no portfolio", art("Vornek Commissioner Talia Brennigan said the levy would hurt the dock towns." + vornek), "Talia Brennigan", "Provincial Government of Vornek", false},
	})
}
