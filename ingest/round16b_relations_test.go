package ingest

import "testing"

// Round 16, part 2: targets named after a statement whose targets were
// unnamed, the body or officer a possessive names, and meeting
// counterparts given by a role. People and firms are invented.

// The target of a sanction is the body or officer a state or group's
// possessive names, not the possessor; an entry bar may list many before
// "from entering". Counter-examples: the possessor itself, a bar from a
// hearing, a bar only threatened.
func TestPossessedTargetRound16b(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"<state>'s ministry added to a list", "A\nIn March the U.S. Treasury also put Nicaragua's Public Ministry on its sanctions list.", "United States Department of the Treasury", "Nicaraguan Public Ministry", true},
		{"<group>'s chief, <title> X", "A\nWashington imposed sanctions on two Khartoum traders said to fund the Rapid Support Forces (RSF). The designations also target the RSF's logistics chief, Brigadier Yasir Bakri Tirba.", "United States", "Yasir Bakri Tirba", true},
		{"a long list before from entering", "A\nThe United States barred Ana Ruiz-Soto, Pedro Mena-Vidal and some forty judges and their spouses from entering the country.", "United States", "Pedro Mena-Vidal", true},
		// counter-examples
		{"not the possessor state", "A\nIn March the U.S. Treasury also put Nicaragua's Public Ministry on its sanctions list.", "United States Department of the Treasury", "Nicaragua", false},
		{"not the possessor group", "A\nThe Rapid Support Forces (RSF) called the step unfair. Washington imposed sanctions on two Khartoum traders. The designations also target the RSF's logistics chief, Brigadier Yasir Bakri Tirba.", "United States", "Rapid Support Forces", false},
		{"barred from a hearing", "A\nThe United States barred Ana Ruiz-Soto, Pedro Mena-Vidal and some forty judges and their spouses from the hearing.", "United States", "Pedro Mena-Vidal", false},
		{"a bar threatened", "A\nThe United States may bar Ana Ruiz-Soto, Pedro Mena-Vidal and some forty judges and their spouses from entering the country.", "United States", "Pedro Mena-Vidal", false},
	})
}

// Targets named after a statement that left them unnamed: "They are A
// and B", "The three — A, B and C — now face a freeze on their assets",
// "Those now subject to … are: A; B", "the Treasury named them
// as A and B", after a passive addition to a body's list.
// Counter-examples: no sanctions statement before, a subject to an
// inquiry, a list kept by a body that imposes nothing, a namer that
// cannot impose.
func TestFollowUpTargetsRound16b(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"they are A and B", "A\nLate on Friday Washington imposed sanctions on two firms it says bankroll the militia. They are Sahara Gold Bullion FZE, a smelter in Sharjah, and Marra Hills Mining Company, which digs for copper.", "United States", "Marra Hills Mining Company", true},
		{"the three — A, B and C — are now subject to", "A\nOttawa this week imposed sanctions against three Haitian tycoons it says arm the militias. The three — rice trader Jean-Paul Vaudrin-Mars, shipowner Marie-Ange Toussaint and lender Luc-Henri Bastien — are now subject to a travel ban and frozen accounts.", "Canada", "Marie-Ange Toussaint", true},
		{"added to the <body>'s list, then are: A; B", "A\nFour people said to have bribed voters at a referendum were added to the European Union's blacklist this week. The people now subject to a visa ban and frozen funds are: Ion Vlasceanu-Bordei, a businessman; Elena Tabacaru-Sirbu, a retired notary.", "European Union", "Elena Tabacaru-Sirbu", true},
		{"named them as A and B", "A\nWashington last week penalised a timber exporter and a ferry operator. The Treasury Department named them as Coral Lantern Shipping Ltd, which runs three ferries, and Blue Reef Marine Ltd, a sawmill.", "United States Department of the Treasury", "Blue Reef Marine Ltd", true},
		// counter-examples
		{"they are, without sanctions before", "A\nA pair of firms entered the tender for the copper licence. They are Sahara Gold Bullion FZE, a smelter in Sharjah, and Marra Hills Mining Company.", "United States", "Marra Hills Mining Company", false},
		{"subject to an inquiry", "A\nOttawa this week imposed sanctions against three Haitian tycoons. The three — rice trader Jean-Paul Vaudrin-Mars, shipowner Marie-Ange Toussaint and lender Luc-Henri Bastien — are now subject to an inquiry by prosecutors.", "Canada", "Marie-Ange Toussaint", false},
		{"added to the list of a body that imposes nothing", "A\nFour people said to have bribed voters at a referendum were added to the Democratic Renewal Party's blacklist this week. The people now subject to a visa ban and frozen funds are: Ion Vlasceanu-Bordei, a businessman; Elena Tabacaru-Sirbu, a retired notary.", "Democratic Renewal Party", "Elena Tabacaru-Sirbu", false},
		{"named by residents", "A\nWashington last week penalised a timber exporter and a ferry operator. Dock workers named them as Coral Lantern Shipping Ltd and Blue Reef Marine Ltd.", "United States", "Blue Reef Marine Ltd", false},
	})
}

// A meeting's counterpart given only by a definite role is the person of
// that role named before. Counter-examples: a multi-word role that the
// person named before never held, a plural, a meeting called off, a
// former holder.
func TestRoleCounterpartRound16b(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"spoke by phone with the <demonym> leader", "A\nBurundian President Faustin Ngabire-Tumba cancelled a trip abroad. Angolan President Domingos Kalandula-Vieira spoke by phone with the Burundian leader late that night.", "Domingos Kalandula-Vieira", "Faustin Ngabire-Tumba", true},
		{"hosted the envoy at a dinner", "A\nThe special envoy, Ines Calderon-Vidaurre, toured Ecuador first. In Cusco, Peru's foreign minister, Rosa Elvira Paucar-Llanos, hosted the envoy over a late lunch.", "Rosa Elvira Paucar-Llanos", "Ines Calderon-Vidaurre", true},
		{"received by the prime minister named before", "A\nEvaristo Lobo-Magno, the prime minister, opened a bridge. That afternoon ASEAN's deputy secretary-general, Siti Rahmawati Kusnadi, was received by the prime minister in Dili.", "Siti Rahmawati Kusnadi", "Evaristo Lobo-Magno", true},
		// counter-examples
		{"another minister named before", "A\nForeign Minister Filomena Soares-Bere opened a bridge. That afternoon ASEAN's deputy secretary-general, Siti Rahmawati Kusnadi, was received by the prime minister in Dili.", "Siti Rahmawati Kusnadi", "Filomena Soares-Bere", false},
		{"a plural role", "A\nBurundian President Faustin Ngabire-Tumba cancelled a trip abroad. Angolan President Domingos Kalandula-Vieira spoke by phone with the two leaders late that night.", "Domingos Kalandula-Vieira", "Faustin Ngabire-Tumba", false},
		{"a call called off", "A\nBurundian President Faustin Ngabire-Tumba stayed in Kigali on Monday. A planned call between Angolan President Domingos Kalandula-Vieira and the Burundian leader was called off.", "Domingos Kalandula-Vieira", "Faustin Ngabire-Tumba", false},
		{"a former holder", "A\nThe special envoy, Ines Calderon-Vidaurre, toured Ecuador first. Peru's foreign minister, Rosa Elvira Paucar-Llanos, hosted the former envoy over a late lunch.", "Rosa Elvira Paucar-Llanos", "Ines Calderon-Vidaurre", false},
	})
}
