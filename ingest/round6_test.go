package ingest

import "testing"

// Round 6 rule families (docs/extraction.md), each with counter-examples.
// Names and organisations are invented; states and their capitals are
// general knowledge.

func TestSanctionPhrasingsRound6(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"barred demonym group from entering", "A\nBelarus's interior ministry announced this week that it had barred 17 Lithuanian journalists from entering the country. Lithuania complained.", "Belarus", "Lithuania", true},
		{"barred demonym aircraft from airspace", "A\nAlgeria has barred Moroccan civilian planes from its airspace. Morocco called the step absurd.", "Algeria", "Morocco", true},
		{"banning imports of demonym goods", "A\nChina tightened its measures, banning imports of Australian barley and wine. Australia called it coercion.", "China", "Australia", true},
		{"barring demonym companies from contracts", "A\nThe order took effect in June, and China is barring Lithuanian firms from public tenders. Lithuania objected.", "China", "Lithuania", true},
		{"began enforcing a package against", "A\nChina last week began enforcing a set of trade sanctions against Lithuania.", "China", "Lithuania", true},
		// counter-examples
		{"passive ban on a demonym group", "A\nTurkish companies were banned from the tender, Russia said. Turkey objected.", "Russia", "Turkey", false},
		{"barred demonym group without from", "A\nThe harbour master said Turkey barred Israeli ships in May. Israel said nothing.", "Turkey", "Israel", false},
		{"lifted sanctions", "A\nThe United States lifted sanctions on Venezuela on Monday.", "United States", "Venezuela", false},
		{"sanctions relief", "A\nThe European Union offered sanctions relief to Belarus if it freed jailed journalists.", "European Union", "Belarus", false},
		{"negated ban", "A\nJapan has not barred Chinese nationals from entering the country, officials said. China welcomed it.", "Japan", "China", false},
		{"considering a ban", "A\nCanada is considering barring Russian companies from public tenders. Russia warned against it.", "Canada", "Russia", false},
		{"assets under U.S. jurisdiction", "A\nThe Office of Foreign Assets Control sanctioned Carlos Mendez-Ortiz and froze whatever assets he has under U.S. jurisdiction.", "Office of Foreign Assets Control", "United States", false},
	})
}

func TestMeetingPhrasingsRound6(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"title remit before the name", "A\nDeputy Foreign Minister Pavel Ostrovets held talks in Vienna with U.S. Special Envoy for Nuclear Security Laura Whitmore-Dale.", "Pavel Ostrovets", "Laura Whitmore-Dale", true},
		{"the state's remit is not the counterpart", "A\nDeputy Foreign Minister Pavel Ostrovets held talks in Vienna with U.S. Special Envoy for Nuclear Security Laura Whitmore-Dale.", "Pavel Ostrovets", "United States", false},
		{"an office's name as the title", "A\nVice Minister Liang Haoran in May met U.S. Trade Representative Susan Whitcombe-Hale in Geneva.", "Liang Haoran", "Susan Whitcombe-Hale", true},
		{"the head of a state's organ", "A\nWeeks later the deputy director of the CIA met the chief of Iran's Ministry of Intelligence in Muscat.", "CIA", "Ministry of Intelligence", true},
		{"not the organ's state", "A\nWeeks later the deputy director of the CIA met the chief of Iran's Ministry of Intelligence in Muscat.", "CIA", "Iran", false},
		{"talked by phone with a time phrase", "A\nForeign Minister Haruto Kanemoto talked by phone late on Sunday with Brazil's foreign minister, Devika Ramanathan.", "Haruto Kanemoto", "Devika Ramanathan", true},
		{"hours of talks", "A\nAmbassador Tariq Qureshi-Malik held nearly six hours of discussions with Mullah Noor Haqyar, the acting interior minister.", "Tariq Qureshi-Malik", "Mullah Noor Haqyar", true},
		{"a delegation led by X met Y", "A\nAn African Union delegation led by former President Yakubu Bello-Adeyemi travelled to Bamako on Sunday and met Prime Minister Ousmane Zeine-Karimou.", "Yakubu Bello-Adeyemi", "Ousmane Zeine-Karimou", true},
		{"the delegation's body is not the subject", "A\nAn African Union delegation led by former President Yakubu Bello-Adeyemi travelled to Bamako on Sunday and met Prime Minister Ousmane Zeine-Karimou.", "African Union", "Ousmane Zeine-Karimou", false},
		{"met X's delegation", "A\nA group led by Trade Minister Bogdan Kovalchuk-Reyes had met Martin Halloway's delegation on Friday.", "Bogdan Kovalchuk-Reyes", "Martin Halloway", true},
		// counter-examples
		{"planned talks by phone", "A\nForeign Minister Haruto Kanemoto is expected to talk by phone on Thursday with Devika Ramanathan.", "Haruto Kanemoto", "Devika Ramanathan", false},
		{"cancelled delegation meeting", "A\nA delegation led by General Yakubu Bello-Adeyemi was scheduled to see Prime Minister Ousmane Zeine-Karimou, but the trip was scrapped.", "Yakubu Bello-Adeyemi", "Ousmane Zeine-Karimou", false},
		{"negated hours of talks", "A\nAmbassador Tariq Qureshi-Malik never held hours of talks with Mullah Noor Haqyar, his office said.", "Tariq Qureshi-Malik", "Mullah Noor Haqyar", false},
		{"a capital as a place", "A\nPresident Elena Varga-Toth met Chancellor Markus Holzner in Berlin on Tuesday.", "Elena Varga-Toth", "Germany", false},
	})
}

func TestAffiliationPhrasingsRound6(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"who heads the city-based body", "A\nGrace Mensah-Owusu, who heads the Accra-based West Africa Policy Centre, warned that farmers would suffer.", "Grace Mensah-Owusu", "West Africa Policy Centre", true},
		{"who chairs the body", "A\nMarta Lindqvist-Haugen, who chairs the Nordic Shipping Association, said the rules were unclear.", "Marta Lindqvist-Haugen", "Nordic Shipping Association", true},
		{"delegation led by", "A\nAn ECOWAS delegation led by General Yakubu Bello-Adeyemi arrived on Thursday.", "Yakubu Bello-Adeyemi", "ECOWAS", true},
		{"State Department spokesman speaks for the state", "A\nState Department spokesman Nathan Carrowby said the talks would go on.", "Nathan Carrowby", "United States", true},
		{"under secretary of state", "A\nUnder Secretary of State Rebecca Lindholm-Mora arrived in Geneva.", "Rebecca Lindholm-Mora", "United States", true},
		{"opening capital names the office's state", "A\nIn Jerusalem, Deputy Foreign Minister Yoav Ben-Dror said Israel would study the complaint. Turkey recalled its ambassador. Turkey froze ties. Turkey protested.", "Yoav Ben-Dror", "Israel", true},
		{"demonym before State Councilor", "A\nChinese State Councilor Gao Wenliang received Thai Deputy Prime Minister Somchai Rattanakul in Kunming.", "Gao Wenliang", "China", true},
		{"a political scientist at", "A\nOksana Lahutska-Reid, a political economist at the Centre for Border Research in Tallinn, called the deal cosmetic.", "Oksana Lahutska-Reid", "Centre for Border Research", true},
		// counter-examples
		{"who heads a state is not a body", "A\nMaria Duarte-Lima, who heads Brazil's delegation, said talks would continue.", "Maria Duarte-Lima", "Brazil", false},
		{"who met the body", "A\nGrace Mensah-Owusu, who met the West Africa Policy Centre, warned that farmers would suffer.", "Grace Mensah-Owusu", "West Africa Policy Centre", false},
		{"opening capital of another state", "A\nIn London, the Chinese Foreign Minister Wang Liqun said Britain was wrong.", "Wang Liqun", "United Kingdom", false},
		{"state in the statement is not the speaker's", "A\nForeign Minister Kemal Aksoylu of Turkey told reporters that Israel must apologise.", "Kemal Aksoylu", "Israel", false},
	})
}
