package ingest

import (
	"slices"
	"testing"
)

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
		{"designation as a terrorist organization", "The State Department called the Tarrow militias a Foreign Terrorist Organization in May.", "Foreign Terrorist Organization", ""},
		{"designation as a global terrorist organization", "Washington also named the Tarrow militias a Specially Designated Global Terrorist Organization.", "Specially Designated Global Terrorist Organization", ""},
		{"the holder after the category", "The State Department on Friday listed Specially Designated Global Terrorist Omar Faisal Haddadin as the cell's new chief.", "Omar Faisal Haddadin", TypePerson},
		{"a dropped sentence-initial Foreign", "Foreign Terrorist Organization Hamas denied the report.", "Terrorist Organization", ""},
		{"a judge called Post", "Judge Post of the county court said the trial would go on.", "Post", TypePerson},
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
		{"a therapist before a given name", "The clinic hired two nurses and one PT Maria Lindqvist said would start in June.", "PT Maria Lindqvist", TypePerson},
		{"a party's short name written alone too", "Senators of the PT, the ruling party, backed the bill. PT Valdirene Quaresma, its treasurer, said the vote was close.", "PT Valdirene Quaresma", TypePerson},
		{"the amazon's spokesperson", "The Amazon spokesperson, Corinne Delahaye, said the firm would hire 300 people in Leeds.", "Amazon", TypeInstitution},
		{"the amazon as a modifier beside the bare firm", "Regulators in Lima opened a review of the Amazon delivery fleet on Monday. Amazon said it would help.", "Amazon", TypeInstitution},
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
		{"a trade word ending a firm, common first word", "Exports grew.\nSavanna Fresh Dairies, which sells half its milk abroad, welcomed the deal.", "Savanna Fresh Dairies", TypeInstitution},
		{"region adjective before a place", "Northern Ireland said it would review the rules.", "Northern Ireland", TypePlace},
		{"a surname between rank and head", "The Inspector General Wolanski Committee hearing was put off.", "General Wolanski Committee", ""},
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
		{"two sister firms share a short form", "Pune-based Tarangi Marine Services Ltd won the dredging deal. Its sister firm, Tarangi Marine Logistics Ltd, lost the bid. Tarangi Marine said it would appeal.", "Tarangi Marine Logistics Ltd", TypeInstitution},
		{"a rival bank shares a short form", "Washington sanctioned Quito-based Banco Serrano de Fomento on Monday. A rival lender, Banco Serrano Comercial SA, was not listed. Banco Serrano said it was calm.", "Banco Serrano Comercial SA", TypeInstitution},
		{"a bare treasury in a Washington story", "The Treasury blacklisted four tankers carrying Iranian oil on Thursday. Treasury Secretary Ilse Brandvold said the action was coordinated with the French Treasury, which froze two accounts. Treasury officials said more would follow.", "United States Department of the Treasury", TypeInstitution},
		{"a bare treasury before the foreign one", "The Treasury listed four tankers on Thursday. Officials in Paris said the French Treasury froze two accounts.", "United States Department of the Treasury", TypeInstitution},
	})
}

// TestOneReadingPerFirmRound31 checks what a name table cannot: the firm
// is one entity with no Place beside it, and a firm typed agency by
// "Services" after a trade word takes its short form as an alias.
func TestOneReadingPerFirmRound31(t *testing.T) {
	pre := "Talks resume\n\nThe meeting opened on Monday. "
	res := run(t, pre+"Regulators in Lima opened a review of the Amazon delivery fleet on Monday. Amazon said it would help.\n")
	for _, e := range res.Entities {
		if e.Name == "Amazon" && e.Type != TypeInstitution {
			t.Errorf("Amazon read as %s beside the firm\n%s", e.Type, dump(res))
		}
	}
	res = run(t, pre+"Ottawa listed Cairo-based Qarun Delta Petroleum Services on Friday. Qarun Delta did not respond.\n")
	found := false
	for _, e := range res.Entities {
		found = found || e.Name == "Qarun Delta Petroleum Services" && slices.Contains(e.Aliases, "Qarun Delta")
	}
	if !found {
		t.Errorf("Qarun Delta is not the firm's short form\n%s", dump(res))
	}
}
