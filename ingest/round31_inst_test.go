package ingest

import "testing"

// Round 31 (b): entity classes the first names pass left. A press
// release's contact block (a title line over the minister's own
// office), the United States' designation categories written like
// bodies, "the Amazon" as the rainforest, firms named with a legal form
// first ("PT ...") or a dotted two-part one ("Co. Ltd.", "Pte. Ltd."), a
// rank word inside a name ("General Trading LLC", "the Official
// Creditor Committee"), another state's treasury, short forms of firms
// read as bodies of their own, and a region's adjective opening a
// sentence inside a body's name. People and firms are invented; states
// and bodies are real.

func TestFooterAndDesignationsRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"press secretary over the minister's office", "Ottawa acted.\n\nFor more information:\n\nMarion Talbot-Okoye\nPress Secretary\nOffice of the Minister of International Trade\n343-555-0199", "Office", ""},
		{"a ministry under a title line", "Ottawa acted.\n\nContacts:\n\nPress Secretary\nMinistry of Trade\n343-555-0188", "Ministry", ""},
		{"a titled surname stays a person", "Press Secretary Oduya said the review was over.", "Oduya", TypePerson},
		{"designation as a global terrorist group", "Washington put the Velmar brigades on its list as one more Specially Designated Global Terrorist entity.", "Specially Designated Global Terrorist", ""},
		{"designation as a terrorist organization", "The State Department added the Velmar brigades to its Foreign Terrorist Organizations last spring.", "Foreign Terrorist Organizations", ""},
		{"a known office under a title line", "Washington acted.\n\nContacts:\n\nPress Secretary\nOffice of Foreign Assets Control\n202-555-0170", "Office of Foreign Assets Control", TypeInstitution},
	})
}

func TestAmazonAndLegalFormsRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"the rainforest", "Logging in the Amazon rose by a fifth, Brazil said.", "Amazon", TypePlace},
		{"the firm without the article", "Amazon said its warehouse in Poznan would close.", "Amazon", TypeInstitution},
		{"legal form first", "Smelter owners were worried. PT Kaliandra Putra Nickel, which exported ore until 2021, cut its staff.", "PT Kaliandra Putra Nickel", TypeInstitution},
		{"legal form first, not a person", "PT Sungai Raya Logam, a nickel processor, said it would appeal.", "PT Sungai Raya Logam", TypeInstitution},
		{"a Russian legal form first", "The ministry fined OOO Belozersk Trans for late filings.", "OOO Belozersk Trans", TypeInstitution},
		{"a lower-case pt is no form", "Rates rose 0.5 pt Tuesday as Ivana Brekalo said markets were calm.", "Ivana Brekalo", TypePerson},
		{"co. ltd.", "After a review, Ottawa will delist Tavoy Harbour Shipping Co. Ltd. next week.", "Tavoy Harbour Shipping Co. Ltd", TypeInstitution},
		{"pte. ltd.", "Canada also listed a Singapore-registered broker, Corvane Bunker Fuels Pte. Ltd. on Friday.", "Corvane Bunker Fuels Pte. Ltd", TypeInstitution},
		{"co. alone", "Ankaran Mining Co. said output fell.", "Ankaran Mining Co", TypeInstitution},
	})
}

func TestRanksInNamesRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"general trading after two words", "Washington sanctioned Dubai-based Peregrine Falcon General Trading LLC, a fuel broker.", "Peregrine Falcon General Trading LLC", TypeInstitution},
		{"general trading after a place", "Switzerland listed Dubai-based Sahara Horizon General Trading LLC on Monday.", "Sahara Horizon General Trading LLC", TypeInstitution},
		{"official creditor committee", "Talks with the Official Creditor Committee resumed in Lusaka on Friday.", "Official Creditor Committee", TypeInstitution},
		{"a general before a person", "Army General Tendai Moyo said the border was calm.", "Tendai Moyo", TypePerson},
		{"secretary general before a person", "NATO Secretary General Lars Ekdahl-Moen visited Vilnius.", "Lars Ekdahl-Moen", TypePerson},
		{"region adjective opening a sentence", "The listed owners lost cover. Northern Beacon P&I Club, which insured six of the ships, withdrew.", "Northern Beacon P&I Club", TypeInstitution},
		{"a trade word ending a firm", "Exports grew.\nHighland Fresh Creameries, which sells half its milk abroad, welcomed the deal.", "Highland Fresh Creameries", TypeInstitution},
		{"region adjective before a place", "Northern Ireland said it would review the rules.", "Northern Ireland Club", ""},
	})
}

func TestTreasuriesAndShortFormsRound31(t *testing.T) {
	checkEnts(t, []entCase{
		{"another state's treasury", "Claire Vautrin of the French Treasury met the finance minister in Colombo.", "French Treasury", TypeInstitution},
		{"not the American one", "Claire Vautrin of the French Treasury met the finance minister in Colombo.", "United States Department of the Treasury", ""},
		{"a possessive treasury and its bare word", "France's Treasury ordered the freeze in March. His lawyer wrote to Treasury officials twice.", "United States Department of the Treasury", ""},
		{"the American treasury stays", "The U.S. Treasury listed two banks in Riga. Treasury officials said more would follow.", "United States Department of the Treasury", TypeInstitution},
		{"both treasuries named", "The U.S. Treasury and the French Treasury agreed. Treasury officials said more would follow.", "United States Department of the Treasury", TypeInstitution},
		{"a firm's short form read as a body", "Washington sanctioned Caracas-based Banco Llanero de Fomento on Monday. A trader that works with Banco Llanero on oil sales said nothing.", "Banco Llanero", ""},
		{"a head ending the short form", "London listed Dubai-registered Sandpiper Tankers FZE on Friday. Sandpiper Tankers did not respond.", "Sandpiper Tankers FZE", TypeInstitution},
		{"an unrelated body keeps its name", "London listed Dubai-registered Sandpiper Tankers FZE on Friday. The Sandpiper Bay Council did not respond.", "Sandpiper Bay Council", TypeInstitution},
	})
}
