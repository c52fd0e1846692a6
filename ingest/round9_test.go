package ingest

import "testing"

// Round 9 rule families: new sanction phrasings (passives, listings,
// travel bans and asset freezes imposed by a body), meetings phrased as
// calls, receptions and meals, people named behind a title phrase, and
// coordinated subjects split by appositives or relative clauses. Each
// table has counter-examples: threatened, planned, negated or proposed
// acts give nothing. People and companies are invented; states and
// international bodies are general knowledge.

func TestSanctionsRound9(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"penalized", "A\nThe United States penalized Orlov Shipping on Tuesday for moving Iranian oil.", "United States", "Orlov Shipping", true},
		{"prolonged", "A\nThe European Union prolonged its sanctions on Belarus on Monday.", "European Union", "Belarus", true},
		{"hit with sanctions by", "A\nViktor Petrenko-Lutsk was hit with sanctions by the European Union two years ago.", "European Union", "Viktor Petrenko-Lutsk", true},
		{"placed under sanctions", "A\nThe European Union placed Viktor Petrenko-Lutsk under sanctions on Monday.", "European Union", "Viktor Petrenko-Lutsk", true},
		{"listed under a sanctions regime", "A\nAustralia listed Viktor Petrenko-Lutsk under its autonomous sanctions regime on Monday.", "Australia", "Viktor Petrenko-Lutsk", true},
		{"placed on the list by", "A\nViktor Petrenko-Lutsk was placed on the sanctions list by Canada on Monday.", "Canada", "Viktor Petrenko-Lutsk", true},
		{"assets frozen by", "A\nThe assets of Viktor Petrenko-Lutsk were frozen by Britain on Monday.", "United Kingdom", "Viktor Petrenko-Lutsk", true},
		{"subject to an asset freeze imposed by", "A\nViktor Petrenko-Lutsk is subject to a visa ban and asset freeze ordered by the European Union.", "European Union", "Viktor Petrenko-Lutsk", true},
		{"named a Specially Designated", "A\nThe United States named its leader, Ibrahim Okello-Banda, a Specially Designated Global Terrorist.", "United States", "Ibrahim Okello-Banda", true},
		{"second verb of the clause", "A\nLast autumn the United States listed the movement, which officials call the Coast Front, as a terrorist organisation, and named its founder, Ibrahim Okello-Banda, a Specially Designated Global Terrorist.", "United States", "Ibrahim Okello-Banda", true},
		{"named target after an unnamed group", "A\nThe U.S. Treasury this week blacklisted four Syrian companies and Orlov Shipping.", "United States Department of the Treasury", "Orlov Shipping", true},
		// counter-examples
		{"threatened to penalize", "A\nThe United States threatened to penalize Orlov Shipping.", "United States", "Orlov Shipping", false},
		{"could sanction", "A\nThe European Union could sanction Orlov Shipping next month.", "European Union", "Orlov Shipping", false},
		{"proposed asset freeze", "A\nThe European Union proposed an asset freeze on Viktor Petrenko-Lutsk.", "European Union", "Viktor Petrenko-Lutsk", false},
		{"considering placing under sanctions", "A\nThe European Union is considering whether to place Viktor Petrenko-Lutsk under sanctions.", "European Union", "Viktor Petrenko-Lutsk", false},
		{"not prolonged", "A\nThe European Union has not prolonged its sanctions on Belarus.", "European Union", "Belarus", false},
		{"listed on an exchange", "A\nCanada listed Orlov Shipping on the Toronto exchange last year.", "Canada", "Orlov Shipping", false},
		{"named an ambassador", "A\nThe United States named Ibrahim Okello-Banda a special envoy.", "United States", "Ibrahim Okello-Banda", false},
		{"placed under arrest", "A\nCanada placed Viktor Petrenko-Lutsk under arrest on Monday.", "Canada", "Viktor Petrenko-Lutsk", false},
	})
}

func TestMeetingsRound9(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"phoned", "A\nPrime Minister Anna Lindqvist-Berg phoned President Erik Solberg-Haug on Monday.", "Anna Lindqvist-Berg", "Erik Solberg-Haug", true},
		{"said she had phoned", "A\nKarin Holmqvist-Lund said she had phoned Oleg Dymov-Sarin on Monday.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", true},
		{"was received by", "A\nPresident Erik Solberg-Haug was received by Chancellor Anna Lindqvist-Berg on Monday.", "Anna Lindqvist-Berg", "Erik Solberg-Haug", true},
		{"was received at a place by a counterpart", "A\nOman's foreign minister, Omar Haddad-Rais, was received at the palace in Amman by his Jordanian counterpart, Faisal Al-Mutlaq, on Sunday.", "Omar Haddad-Rais", "Faisal Al-Mutlaq", true},
		{"was hosted by", "A\nPresident Erik Solberg-Haug was hosted by Prime Minister Anna Lindqvist-Berg on Monday.", "Anna Lindqvist-Berg", "Erik Solberg-Haug", true},
		{"hosted talks with", "A\nPrime Minister Anna Lindqvist-Berg hosted talks with President Erik Solberg-Haug on Monday.", "Anna Lindqvist-Berg", "Erik Solberg-Haug", true},
		{"talked on the sidelines", "A\nPrime Minister Anna Lindqvist-Berg and President Erik Solberg-Haug talked on the sidelines of the Arctic Council session.", "Anna Lindqvist-Berg", "Erik Solberg-Haug", true},
		{"working lunch", "A\nKarin Holmqvist-Lund had a working lunch on Friday with Oleg Dymov-Sarin.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", true},
		{"co-chaired", "A\nKarin Holmqvist-Lund and Oleg Dymov-Sarin co-chaired the meeting in Vienna.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", true},
		{"person behind a long title", "A\nKarin Holmqvist-Lund spoke by telephone to the Deputy Minister of Agriculture and Food of the Kyrgyz Republic, Oleg Dymov-Sarin, on Friday.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", true},
		{"leader of a party", "A\nKarin Holmqvist-Lund then met the chairman of the opposition Green Party, Oleg Dymov-Sarin.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", true},
		{"ministers of two states", "A\nKarin Holmqvist-Lund then held a three-way meeting with the trade ministers of Chile and Peru, Oleg Dymov-Sarin and Rosa Quispe.", "Karin Holmqvist-Lund", "Rosa Quispe", true},
		{"subjects split by titles", "A\nSweden's trade minister, Karin Holmqvist-Lund, and the chief of Finland's border guard, Oleg Dymov-Sarin, held talks over video on Friday.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", true},
		{"subject with a relative clause", "A\nHolmqvist-Lund and Oleg Dymov-Sarin, who heads Finland's border guard, met in a cabin by the lake.\nKarin Holmqvist-Lund said so.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", true},
		{"aside with a modal word", "A\nOleg Dymov-Sarin, who was expected to stay away, met Karin Holmqvist-Lund in Vienna.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", true},
		// counter-examples
		{"will phone", "A\nKarin Holmqvist-Lund will phone Oleg Dymov-Sarin on Monday.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		// "will phone" meets no rule; these reach the "phoned" one
		{"may have phoned", "A\nKarin Holmqvist-Lund may have phoned Oleg Dymov-Sarin on Monday.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		{"has not phoned", "A\nKarin Holmqvist-Lund has not phoned Oleg Dymov-Sarin.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		{"phoned in to a show", "A\nKarin Holmqvist-Lund phoned in to a radio show hosted by Oleg Dymov-Sarin.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		{"due to be received", "A\nKarin Holmqvist-Lund was due to be received by Oleg Dymov-Sarin on Monday.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		{"not received", "A\nKarin Holmqvist-Lund was not received by Oleg Dymov-Sarin.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		{"forum hosted by", "A\nThe forum was hosted by Oleg Dymov-Sarin, and Karin Holmqvist-Lund spoke there.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		{"planned lunch", "A\nKarin Holmqvist-Lund plans to have lunch with Oleg Dymov-Sarin next week.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		{"postponed sidelines talk", "A\nKarin Holmqvist-Lund and Oleg Dymov-Sarin postponed talks on the margins of the conference.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		{"spoke at the forum", "A\nKarin Holmqvist-Lund and Oleg Dymov-Sarin spoke at the forum in Vienna.", "Karin Holmqvist-Lund", "Oleg Dymov-Sarin", false},
		{"a body is not its officer", "A\nKarin Holmqvist-Lund then met the chairman of the opposition Green Party, Oleg Dymov-Sarin.", "Karin Holmqvist-Lund", "Green Party", false},
		{"office is not a title", "A\nKarin Holmqvist-Lund met the Office of the High Commissioner and the deputy commander of the EU-led mission.", "Karin Holmqvist-Lund", "European Union", false},
	})
}
