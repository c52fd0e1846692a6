package ingest

import "testing"

// Round 10 rule families: sanction targets the name recogniser used to
// cut short (firm names ending in a trade or legal-form word, money
// exchange houses, short forms of a firm's name), targets listed behind
// a description ("his wife X", "together with its owner, Y"), a
// department acting for the state named with it or just before, passive
// listings and listings named by a noun, and later sentences that name
// the targets of the statement before. Each table has counter-examples:
// threatened, proposed, considered, lifted or called-for sanctions, a
// portfolio that is not a firm, a place before a firm's trade. People
// and companies are invented; states and international bodies are
// general knowledge.

func TestSanctionTargetsRound10(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		// names the recogniser cut short
		{"firm ending in Technology", "A\nThe European Union sanctioned Xi'an Lumeng Computing Technology on Monday.", "European Union", "Xi'an Lumeng Computing Technology", true},
		{"firm ending in Remit", "A\nThe United States sanctioned Darood Express Remit on Monday.", "United States", "Darood Express Remit", true},
		{"legal form SRL", "A\nThe European Union on Thursday froze the assets of Pixelia Media SRL.", "European Union", "Pixelia Media SRL", true},
		{"firm ending in Shipmanagement", "A\nThe Council of the European Union added Corvina Shipmanagement to its sanctions list.", "Council of the European Union", "Corvina Shipmanagement", true},
		{"Co., Ltd", "A\nJapan froze the assets of Lanna Data Services Co., Ltd on Friday.", "Japan", "Lanna Data Services Co., Ltd", true},
		{"exchange company", "A\nThe U.S. Treasury Department designated the Al-Qamar Exchange company on Tuesday.", "United States Department of the Treasury", "Al-Qamar Exchange", true},
		{"exchange house named after its kind", "A\nThe Treasury designated the exchange house Casa de Cambio Valdivia on Tuesday.", "United States Department of the Treasury", "Casa de Cambio Valdivia", true},
		// targets behind a description
		{"his wife", "A\nThe Treasury Department said it also designated Ruvimbo Matanga-Ncube, his wife Tendai Matanga-Ncube and the businessman Farai Chikore-Dube.", "United States Department of the Treasury", "Tendai Matanga-Ncube", true},
		{"the businessman", "A\nThe Treasury Department said it also designated Ruvimbo Matanga-Ncube, his wife Tendai Matanga-Ncube and the businessman Farai Chikore-Dube.", "United States Department of the Treasury", "Farai Chikore-Dube", true},
		{"together with his brother", "A\nThe U.S. Treasury Department designated Idris Saleh Marwani, who commands a militia, together with his brother Karim Saleh Marwani and Coral Tide Shipping.", "United States Department of the Treasury", "Karim Saleh Marwani", true},
		{"a description then the battalion itself", "A\nThe U.S. Treasury Department designated Idris Saleh Marwani, together with his brother Karim Saleh Marwani, the battalion itself and Coral Tide Shipping, a company.", "United States Department of the Treasury", "Coral Tide Shipping", true},
		{"together with its owner", "A\nThe Treasury said it had designated Kettle Reef Resort Holdings, which runs a casino, together with its owner, Sokha Lim-Vorn, and four others.", "United States Department of the Treasury", "Sokha Lim-Vorn", true},
		{"appositions between semicolons", "A\nThe European Union sanctioned Arkadi Lemesh-Volk, a consultant; Ion Vlasceanu-Dobre, an adviser; and Radu Pascu-Ilie, a blogger.", "European Union", "Radu Pascu-Ilie", true},
		{"and of the bureau", "A\nThe U.S. Treasury Department on Friday froze the assets of the county governor, Liu Wenbo, and of the Hotan Prison Administration Bureau.", "United States Department of the Treasury", "Hotan Prison Administration Bureau", true},
		// counter-examples
		{"portfolio is not a firm", "A\nThe European Union sanctioned Viktor Holm-Ostrov, the Minister for Information Technology.", "European Union", "Information Technology", false},
		{"threatened designation", "A\nThe Treasury Department threatened to designate Ruvimbo Matanga-Ncube and his wife Tendai Matanga-Ncube.", "United States Department of the Treasury", "Tendai Matanga-Ncube", false},
		{"a place is not a target", "A\nThe U.S. Treasury Department designated Hadi Saab-Karami, freezing whatever property he has in U.S. jurisdictions.", "Hadi Saab-Karami", "United States", false},
	})
}

func TestSanctionImposersRound10(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"state written before its department", "A\nThe U.S. Treasury Department designated Kim Tae-hyon, who has never visited the United States.", "United States", "Kim Tae-hyon", true},
		{"state that imposed in the sentence before", "A\nThe United States last week imposed sanctions on President Tawanda Moyo-Gumbo and several allies.\nThe Treasury Department said it also designated his wife Rufaro Moyo-Gumbo.", "United States", "Rufaro Moyo-Gumbo", true},
		{"union written with its council", "A\nThe EU Council froze the assets of Corvina Shipmanagement on Monday.", "Council of the European Union", "Corvina Shipmanagement", true},
		{"department in a participle clause", "A\nWhile the envoys met, the U.S. Treasury Department designated Kordofan Reef Mining Co. and froze the assets of Adil Osman Bashir.", "United States Department of the Treasury", "Adil Osman Bashir", true},
		// counter-examples
		{"a state named in passing", "A\nThe Treasury Department designated Kim Tae-hyon, a banker who studied in the United States.", "United States", "Kim Tae-hyon", false},
		{"a department's demonym target", "A\nThe U.S. Treasury Department has imposed sanctions on three Russian insurers.", "United States", "Russia", false},
		{"extended, for a year, its asset freeze", "A\nThe Council of the European Union on Friday extended, for another six months, its visa ban and asset freeze on Hamid Rezaei-Kashan.", "Council of the European Union", "Hamid Rezaei-Kashan", true},
		{"lifted a travel ban", "A\nIranian officials later lifted the travel ban on Lars Berglund-Amini.", "Iran", "Lars Berglund-Amini", false},
	})
}

func TestSanctionStatementsRound10(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		// passive listings without "by"
		{"were designated under an order", "A\nThe U.S. Treasury Department this week blacklisted two traders and a money changer.\nHadi Saab-Karami and Karim Nasser Haddad, along with the Al-Qamar Exchange company, were designated under its counter-terrorism authority.", "United States Department of the Treasury", "Al-Qamar Exchange", true},
		{"his company was also blacklisted", "A\nThe United States imposed sanctions on Kuda Chiweshe-Dube on Monday.\nChiweshe-Dube's company, Shamva Gold Holdings, which buys gold, was also blacklisted.", "United States", "Shamva Gold Holdings", true},
		// listings named by a noun
		{"the designation of X by Y", "A\nThe UK imposed sanctions on Zoran Petkovic-Ilic on Monday.\nBritain's move mirrors the designation of Goran Dragic-Savic by the United States last year.", "United States", "Goran Dragic-Savic", true},
		{"the designation by Y of X", "A\nDiplomats raised the designation by the U.S. Treasury Department in late May of the broker Altyn Micro Trading.", "United States Department of the Treasury", "Altyn Micro Trading", true},
		{"the inclusion of X in a package adopted by Y", "A\nThe embassy voiced regret at the inclusion of the Osh-based trader Irtysh Trade Logistics in the ninth EU sanctions package adopted last week by the Council of the European Union.", "Council of the European Union", "Irtysh Trade Logistics", true},
		{"the inclusion of X in the EU's sanctions", "A\nThe embassy voiced regret at the inclusion of Irtysh Trade Logistics in EU sanctions.", "European Union", "Irtysh Trade Logistics", true},
		// follow-up sentences
		{"the listings name", "A\nThe European Union on Thursday froze the assets of four individuals.\nThe listings, made under the EU's cyber-attacks framework, name Arkadi Lemesh-Volk, a consultant; Ion Vlasceanu-Dobre, an adviser; and Radu Pascu-Ilie, a blogger.", "European Union", "Ion Vlasceanu-Dobre", true},
		{"the two firms are", "A\nThe European Union on Thursday froze the assets of four individuals and two firms.\nThe two firms are Strela Media Group, based in Kazan, and Pixelia Media SRL, an agency.", "European Union", "Pixelia Media SRL", true},
		{"it targets", "A\nThe European Union adopted new sanctions on Monday.\nIt targets Corvina Shipmanagement and Orlov Tankers.", "European Union", "Orlov Tankers", true},
		// counter-examples
		{"called for the designation", "A\nThe UK imposed sanctions on Zoran Petkovic-Ilic on Monday.\nLawmakers called for the designation of Goran Dragic-Savic by the United States.", "United States", "Goran Dragic-Savic", false},
		{"a proposed listing", "A\nThe European Union on Thursday froze the assets of four individuals.\nA proposed listing of Granit Holding was abandoned when Slovakia raised objections.", "European Union", "Granit Holding", false},
		{"designated as a candidate", "A\nThe European Union imposed sanctions on Belarus on Monday.\nViktor Holm-Ostrov was designated as the party's candidate.", "European Union", "Viktor Holm-Ostrov", false},
		{"no sanctions statement before", "A\nThe committee met in Geneva on Monday.\nHadi Saab-Karami and Karim Nasser Haddad were designated under the new rules.", "committee", "Hadi Saab-Karami", false},
		{"considered listing", "A\nThe European Union imposed sanctions on Belarus on Monday.\nIt is considering the inclusion of Granit Holding in its next package.", "European Union", "Granit Holding", false},
		{"stock exchange listing", "A\nThe European Union imposed sanctions on Belarus on Monday.\nThe listing of Granit Holding on the Warsaw exchange was delayed.", "European Union", "Granit Holding", false},
		{"the listings are criticised, not continued", "A\nThe European Union on Thursday froze the assets of four individuals.\nThe listings were criticised by Viktor Holm-Ostrov.", "European Union", "Viktor Holm-Ostrov", false},
	})
}

func TestFirmNamesRound10(t *testing.T) {
	res := run(t, "A\nThe European Union sanctioned Kettle Reef Resort Holdings and Darood Express Remit on Monday.\nA lawyer for Kettle Reef said the firm would appeal, and Darood Express said nothing.\nNigeria's Minister for Information Technology, Ada Obi-Nwosu, said so.\nHe was a board member of Vostnefte Holding.\nRussia's largest LNG exporter was not named.")
	wantTypes(t, res, map[string]string{
		"Kettle Reef Resort Holdings": TypeInstitution,
		"Darood Express Remit":        TypeInstitution,
		"Vostnefte Holding":           TypeInstitution,
		"Information Technology":      "",
		"LNG":                         "",
	})
	for _, short := range []string{"Kettle Reef", "Darood Express"} {
		e := entityByName(res, short)
		if e == nil || e.Name == short {
			t.Errorf("%q is not an alias of the firm's full name:\n%s", short, dump(res))
		}
	}
}
