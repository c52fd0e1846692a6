package ingest

import "testing"

// Round 7 rule families (docs/extraction.md), each with counter-examples.
// People, companies and outlets are invented; states, capitals and
// international bodies are general knowledge.

func TestTitleFurnitureRound7(t *testing.T) {
	body := "\n\nThe envoys met in the port city on Friday and then agreed to continue the talks in June, aides said."
	for _, tc := range []struct{ name, in, want string }{
		{"masthead over a section label", "THE RIVERSIDE CHRONICLE\nPolitics\n\nMediator visits poll board as rivals swap accusations" + body, "Mediator visits poll board as rivals swap accusations"},
		{"masthead with ampersand over a bar", "DELTA & COAST OBSERVER\nAfrica | Region\n\nWARRING SIDES RETURN TO TALKS AS ENVOYS PRESS FOR TRUCE" + body, "WARRING SIDES RETURN TO TALKS AS ENVOYS PRESS FOR TRUCE"},
		{"slash section label", "China / Diplomacy\n\nBeijing orders a consulate shut in a row over spying" + body, "Beijing orders a consulate shut in a row over spying"},
		{"editor's note above the headline", "Broadcast: Thursday 9 October 2025\nPrepared by the monitoring desk. Quotations have been lightly edited.\n\nMinisters agree to lift sanctions on the country" + body, "Ministers agree to lift sanctions on the country"},
		// counter-examples
		{"all-caps headline is a headline", "LEADERS AGREE ON A PLAN FOR THE BORDER" + body, "LEADERS AGREE ON A PLAN FOR THE BORDER"},
		{"lower-case slash is headline text", "Talks / no talks: what the envoys want from Geneva" + body, "Talks / no talks: what the envoys want from Geneva"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean(tc.in).title; got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestMeetingDenialsRound7(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"denied reports far back", "A\nCommerce Secretary Dana Whitfield-Ross said the rules were final. Whitfield-Ross's office denied reports in a Hong Kong-based weekly that she had met Trade Minister Zhao Minghui on the margins of the forum.", "Dana Whitfield-Ross", "Zhao Minghui", false},
		{"claim denied in the next sentence", "A\nMayor Elena Braghis-Tudor said she had held talks with Belarus's deputy interior minister, Pyotr Gavrilenko, on a visit to Minsk. The Belarusian interior ministry then said that no such meeting had happened.", "Elena Braghis-Tudor", "Pyotr Gavrilenko", false},
		{"meeting never took place", "A\nMinister Jonas Kerbel met Ambassador Farid Osmani in Kabul, a local paper wrote. The ministry said the meeting never took place.", "Jonas Kerbel", "Farid Osmani", false},
		// counter-examples
		{"content denied, meeting kept", "A\nMinister Jonas Kerbel met Ambassador Farid Osmani in Kabul on Monday. Both denied that the talks had touched on sanctions.", "Jonas Kerbel", "Farid Osmani", true},
		{"unrelated denial", "A\nMinister Jonas Kerbel met Ambassador Farid Osmani in Kabul on Monday. The ministry denied any role in the protests.", "Jonas Kerbel", "Farid Osmani", true},
	})
}

func TestSanctionPhrasingsRound7(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"participle after the clause of a pronoun", "A\nThe Treasury Department sanctioned the Kama Savings Bank on Tuesday. Two days later it widened the list, designating Baltica Cable AG, the firm that laid the cable, and its managing director, Matthias Brenner-Holt.", "United States Department of the Treasury", "Baltica Cable AG", true},
		{"and its chief executive", "A\nThe Treasury Department sanctioned the Kama Savings Bank on Tuesday. Two days later it widened the list, designating Baltica Cable AG, the firm that laid the cable, and its managing director, Matthias Brenner-Holt.", "United States Department of the Treasury", "Matthias Brenner-Holt", true},
		{"described targets then names", "A\nThe U.S. Treasury Department on Monday blacklisted three firms said to smuggle fuel for the rebels, Nilecrest Mining Co. and Sahel Golden Trading.", "United States Department of the Treasury", "Sahel Golden Trading", true},
		{"demonym group with named members", "A\nBeijing hit back a week later, imposing sanctions on two American legislators - Senator Carl Whitby-Lane, Senator Maria Olvera-Ross and Representative Dennis Faulkner - and on a religious freedom panel.", "China", "Maria Olvera-Ross", true},
		{"along with", "A\nThe U.S. Treasury Department designated Hassan Ali al-Jubouri, a trader it called a money launderer, along with three tanker operators, Crescent Reef Shipping LLC and Bayan Star Ltd., this week.", "United States Department of the Treasury", "Crescent Reef Shipping LLC", true},
		{"put on an entity list", "A\nTen days later China's Ministry of Commerce put Skyline Dynamics, a satellite firm, on its unreliable entity list.", "Chinese Commerce Ministry", "Skyline Dynamics", true},
		{"banned exports to a state", "A\nChina's Ministry of Commerce banned exports of antimony and gallium to the United States last week.", "Chinese Commerce Ministry", "United States", true},
		{"export controls on a state", "A\nThe Commerce Department has tightened export controls on Nicaragua in June.", "United States Department of Commerce", "Nicaragua", true},
		{"designated as a terrorist group", "A\nThe State Department designated the Crimson Hand militia as a Foreign Terrorist Organization in October.", "United States Department of State", "Crimson Hand", true},
		{"under EU sanctions", "A\nVadim Rusnac-Cebotari, a former mayor, is under EU sanctions, diplomats said.", "European Union", "Vadim Rusnac-Cebotari", true},
		{"among them after an unnamed listing", "A\nThe European Union last week imposed travel bans and asset freezes on three people and two groups. Among them are Irina Topal-Caraman, a former judge, and the Vector Nord Foundation, a charity.", "European Union", "Vector Nord Foundation", true},
		// counter-examples
		{"designated as a candidate", "A\nThe party designated Maria Olvera-Ross as its candidate for governor.", "Maria Olvera-Ross", "Maria Olvera-Ross", false},
		{"participle names its own object only", "A\nThe Treasury Department went further on Wednesday, designating Nordstrom Pipeline AG.", "Nordstrom Pipeline AG", "Nordstrom Pipeline AG", false},
		{"described group followed by a speaker", "A\nThe Treasury imposed sanctions on the country's oil sector, Ivan Petrov-Sokol said.", "United States Department of the Treasury", "Ivan Petrov-Sokol", false},
		{"put on a list of suppliers", "A\nThe ministry put Skyline Dynamics on its list of approved suppliers.", "Skyline Dynamics", "Skyline Dynamics", false},
		{"export ban threatened", "A\nChina threatened to ban exports of rare metals to the United States.", "China", "United States", false},
		{"under sanctions imposed by", "A\nThe bank has been under sanctions imposed by Canada since March.", "Canada", "Canada", false},
		{"among them without sanctions", "A\nFive ministers attended the summit. Among them are Irina Topal-Caraman and Pavel Ostrovets.", "Irina Topal-Caraman", "Pavel Ostrovets", false},
	})
}

func TestNamesRound7(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string
	}{
		{"small and multiword states", "A\nLeaders of Solomon Islands, Palau and Saint Vincent and the Grenadines met in Honiara.", map[string]string{"Solomon Islands": TypeInstitution, "Palau": TypeInstitution, "Saint Vincent and the Grenadines": TypeInstitution}},
		{"capital acting is a state, not a person", "A\nHoniara announced on Friday that it would host the forum.", map[string]string{"Solomon Islands": TypeInstitution, "Honiara": ""}},
		{"company heads", "A\nNilecrest Mining Co. and Huaxi Lithography Tools said they would comply. Skyline Dynamics and Ocean Bounty Fisheries declined to comment.", map[string]string{"Nilecrest Mining Co": TypeInstitution, "Huaxi Lithography Tools": TypeInstitution, "Skyline Dynamics": TypeInstitution, "Ocean Bounty Fisheries": TypeInstitution}},
		{"armed force and agency heads", "A\nThe Rwanda Defence Force said it had secured the port. The Presidency of Defence Industries said the deal stood.", map[string]string{"Rwanda Defence Force": TypeInstitution, "Presidency of Defence Industries": TypeInstitution}},
		// counter-example: "Co-operative" is no "Co." company head
		{"co-operative", "A\nThe Murray Valley Grain Co-operative said it shipped its first cargo.", map[string]string{"Murray Valley Grain Co": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantTypes(t, run(t, tc.text), tc.want)
		})
	}
}
