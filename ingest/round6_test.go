package ingest

import "testing"

// Round 6 rule families (docs/extraction.md), each with counter-examples.
// Names and organisations are invented; states and their capitals are
// general knowledge.

func TestSanctionPhrasingsRound6(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"barred demonym group from entering", "A\nRussia's foreign ministry said on Friday it had barred 48 Australian citizens from entering the country. Australia protested.", "Russia", "Australia", true},
		{"barred demonym aircraft from airspace", "A\nTurkey has barred Israeli military aircraft from its airspace. Israel said it regretted the step.", "Turkey", "Israel", true},
		{"banning imports of demonym goods", "A\nRussia began enforcing sanctions, banning imports of Turkish fruit and vegetables. Turkey called it unfair.", "Russia", "Turkey", true},
		{"barring demonym companies from contracts", "A\nThe decree took effect on Thursday, and Russia is barring Turkish companies from new contracts. Turkey objected.", "Russia", "Turkey", true},
		{"began enforcing a package against", "A\nRussia on Thursday began enforcing a package of economic sanctions against Turkey.", "Russia", "Turkey", true},
		// counter-examples
		{"passive ban on a demonym group", "A\nTurkish companies were banned from the tender, Russia said. Turkey objected.", "Russia", "Turkey", false},
		{"barred demonym group without from", "A\nThe harbour master said Turkey barred Israeli ships in May. Israel said nothing.", "Turkey", "Israel", false},
		{"lifted sanctions", "A\nThe United States lifted sanctions on Venezuela on Monday.", "United States", "Venezuela", false},
		{"sanctions relief", "A\nThe European Union offered sanctions relief to Belarus in exchange for the release of prisoners.", "European Union", "Belarus", false},
		{"negated ban", "A\nJapan has not barred Chinese nationals from entering the country, officials said. China welcomed it.", "Japan", "China", false},
		{"considering a ban", "A\nCanada is considering barring Russian companies from public tenders. Russia warned against it.", "Canada", "Russia", false},
		{"assets under U.S. jurisdiction", "A\nThe Office of Foreign Assets Control sanctioned Carlos Mendez-Ortiz and froze any of his assets under U.S. jurisdiction.", "Office of Foreign Assets Control", "United States", false},
	})
}

func TestMeetingPhrasingsRound6(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"title remit before the name", "A\nDeputy Foreign Minister Pavel Ostrovets held talks with U.S. Under Secretary of State for Arms Control Laura Whitmore-Dale.", "Pavel Ostrovets", "Laura Whitmore-Dale", true},
		{"the state's remit is not the counterpart", "A\nDeputy Foreign Minister Pavel Ostrovets held talks with U.S. Under Secretary of State for Arms Control Laura Whitmore-Dale.", "Pavel Ostrovets", "United States", false},
		{"an office's name as the title", "A\nVice Minister Liang Haoran met U.S. Trade Representative Susan Whitcombe-Hale twice last week.", "Liang Haoran", "Susan Whitcombe-Hale", true},
		{"the head of a state's organ", "A\nThe deal was finalised after the director of the CIA met the head of Russia's Foreign Intelligence Service in Ankara.", "CIA", "Foreign Intelligence Service", true},
		{"not the organ's state", "A\nThe deal was finalised after the director of the CIA met the head of Russia's Foreign Intelligence Service in Ankara.", "CIA", "Russia", false},
		{"talked by phone with a time phrase", "A\nForeign Minister Haruto Kanemoto talked by phone on Thursday evening with India's external affairs minister, Devika Ramanathan.", "Haruto Kanemoto", "Devika Ramanathan", true},
		{"hours of talks", "A\nAmbassador Tariq Qureshi-Malik held more than four hours of talks with Mullah Noor Haqyar, the acting defence minister.", "Tariq Qureshi-Malik", "Mullah Noor Haqyar", true},
		{"a delegation led by X met Y", "A\nAn ECOWAS delegation led by retired General Yakubu Bello-Adeyemi flew to Niamey on Thursday and met Prime Minister Ousmane Zeine-Karimou.", "Yakubu Bello-Adeyemi", "Ousmane Zeine-Karimou", true},
		{"the delegation's body is not the subject", "A\nAn ECOWAS delegation led by retired General Yakubu Bello-Adeyemi flew to Niamey on Thursday and met Prime Minister Ousmane Zeine-Karimou.", "ECOWAS", "Ousmane Zeine-Karimou", false},
		{"met X's delegation", "A\nA team led by Defence Minister Oleksandr Hrytsenko-Bondar had met Martin Halloway's delegation on Sunday.", "Oleksandr Hrytsenko-Bondar", "Martin Halloway", true},
		// counter-examples
		{"planned talks by phone", "A\nForeign Minister Haruto Kanemoto is expected to talk by phone on Thursday with Devika Ramanathan.", "Haruto Kanemoto", "Devika Ramanathan", false},
		{"cancelled delegation meeting", "A\nA delegation led by General Yakubu Bello-Adeyemi was due to meet Prime Minister Ousmane Zeine-Karimou, but the visit was cancelled.", "Yakubu Bello-Adeyemi", "Ousmane Zeine-Karimou", false},
		{"negated hours of talks", "A\nAmbassador Tariq Qureshi-Malik never held hours of talks with Mullah Noor Haqyar, his office said.", "Tariq Qureshi-Malik", "Mullah Noor Haqyar", false},
		{"a capital as a place", "A\nPresident Elena Varga-Toth met Chancellor Markus Holzner in Berlin on Tuesday.", "Elena Varga-Toth", "Germany", false},
	})
}

func TestAffiliationPhrasingsRound6(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"who heads the city-based body", "A\nGrace Okonjo-West, who heads the Lagos-based West Africa Policy Centre, said the measures would hurt.", "Grace Okonjo-West", "West Africa Policy Centre", true},
		{"who chairs the body", "A\nMarta Lindqvist-Haugen, who chairs the Nordic Shipping Association, said the rules were unclear.", "Marta Lindqvist-Haugen", "Nordic Shipping Association", true},
		{"delegation led by", "A\nAn ECOWAS delegation led by General Yakubu Bello-Adeyemi arrived on Thursday.", "Yakubu Bello-Adeyemi", "ECOWAS", true},
		{"State Department spokesman speaks for the state", "A\nState Department spokesman Nathan Carrowby said the talks would go on.", "Nathan Carrowby", "United States", true},
		{"under secretary of state", "A\nUnder Secretary of State Rebecca Lindholm-Mora arrived in Geneva.", "Rebecca Lindholm-Mora", "United States", true},
		{"opening capital names the office's state", "A\nIn Jerusalem, Deputy Foreign Minister Avner Ben-Ami said Israel regretted the loss of life. Turkey recalled its ambassador. Turkey froze ties. Turkey protested.", "Avner Ben-Ami", "Israel", true},
		{"demonym before State Councilor", "A\nChinese State Councilor Gao Wenliang met Vietnamese Deputy Prime Minister Pham Quang Tuan in Hanoi.", "Gao Wenliang", "China", true},
		{"a political scientist at", "A\nOksana Lahutska-Reid, a political scientist at the Centre for Transition Studies in Vilnius, said the swap was no thaw.", "Oksana Lahutska-Reid", "Centre for Transition Studies", true},
		// counter-examples
		{"who heads a state is not a body", "A\nMaria Duarte-Lima, who heads Brazil's delegation, said talks would continue.", "Maria Duarte-Lima", "Brazil", false},
		{"who met the body", "A\nGrace Okonjo-West, who met the West Africa Policy Centre, said the measures would hurt.", "Grace Okonjo-West", "West Africa Policy Centre", false},
		{"opening capital of another state", "A\nIn London, the Chinese Foreign Minister Wang Liqun said Britain was wrong.", "Wang Liqun", "United Kingdom", false},
		{"state in the statement is not the speaker's", "A\nForeign Minister Kemal Aksoylu of Turkey told reporters that Israel must apologise.", "Kemal Aksoylu", "Israel", false},
	})
}
