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
		{"<state>'s ministry added to a list", "A\nThe U.S. Treasury added Nicaragua's Public Ministry to its sanctions list.", "United States Department of the Treasury", "Nicaraguan Public Ministry", true},
		{"<group>'s chief, <title> X", "A\nWashington imposed sanctions on two companies that finance the Rapid Support Forces (RSF). The measures also target the RSF's procurement chief, Brigadier Yasir Bakri Tirba.", "United States", "Yasir Bakri Tirba", true},
		{"a long list before from entering", "A\nThe United States barred Ana Ruiz-Soto, Pedro Mena-Vidal and more than a hundred other officials and their relatives from entering the country.", "United States", "Pedro Mena-Vidal", true},
		// counter-examples
		{"not the possessor state", "A\nThe U.S. Treasury added Nicaragua's Public Ministry to its sanctions list.", "United States Department of the Treasury", "Nicaragua", false},
		{"not the possessor group", "A\nThe Rapid Support Forces (RSF) denied the charges. Washington imposed sanctions on two companies in Dubai. The measures also target the RSF's procurement chief, Brigadier Yasir Bakri Tirba.", "United States", "Rapid Support Forces", false},
		{"barred from a hearing", "A\nThe United States barred Ana Ruiz-Soto, Pedro Mena-Vidal and more than a hundred other officials and their relatives from the hearing.", "United States", "Pedro Mena-Vidal", false},
		{"a bar threatened", "A\nThe United States may bar Ana Ruiz-Soto, Pedro Mena-Vidal and more than a hundred other officials and their relatives from entering the country.", "United States", "Pedro Mena-Vidal", false},
	})
}

// Targets named after a statement that left them unnamed: "They are A
// and B", "The three — A, B and C — are now subject to an asset freeze",
// "The individuals now subject to … are: A; B", "the Treasury named them
// as A and B", after a passive addition to a body's list.
// Counter-examples: no sanctions statement before, a subject to an
// inquiry, a list kept by a body that imposes nothing, a namer that
// cannot impose.
func TestFollowUpTargetsRound16b(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"they are A and B", "A\nWashington on Tuesday imposed sanctions on two companies it accused of financing the war. They are Sahara Gold Bullion FZE, a Dubai-registered refiner, and Marra Hills Mining Company, which operates gold sites.", "United States", "Marra Hills Mining Company", true},
		{"the three — A, B and C — are now subject to", "A\nOttawa imposed sanctions on Friday against three Haitian business figures it accuses of financing gangs. The three — fuel importer Jean-Paul Vaudrin-Mars, port operator Marie-Ange Toussaint and banker Luc-Henri Bastien — are now subject to an asset freeze and a ban on dealings.", "Canada", "Marie-Ange Toussaint", true},
		{"added to the <body>'s list, then are: A; B", "A\nFour people accused of running a vote-buying network were added to the European Union's sanctions list on Monday. The individuals now subject to an asset freeze and an EU-wide travel ban are: Ion Vlasceanu-Bordei, a businessman; Elena Tabacaru-Sirbu, a former mayor of a town.", "European Union", "Elena Tabacaru-Sirbu", true},
		{"named them as A and B", "A\nThe United States on Thursday imposed sanctions on a gold trading house and a shipping line. The Treasury Department named them as Coral Lantern Shipping Ltd, which it said manages two tankers, and Blue Reef Marine Ltd, a ship manager.", "United States Department of the Treasury", "Blue Reef Marine Ltd", true},
		// counter-examples
		{"they are, without sanctions before", "A\nTwo companies bid for the mining contract on Tuesday. They are Sahara Gold Bullion FZE, a Dubai-registered refiner, and Marra Hills Mining Company.", "United States", "Marra Hills Mining Company", false},
		{"subject to an inquiry", "A\nOttawa imposed sanctions on Friday against three Haitian business figures. The three — fuel importer Jean-Paul Vaudrin-Mars, port operator Marie-Ange Toussaint and banker Luc-Henri Bastien — are now subject to an inquiry by prosecutors.", "Canada", "Marie-Ange Toussaint", false},
		{"added to the list of a body that imposes nothing", "A\nFour people accused of running a vote-buying network were added to the Democratic Renewal Party's sanctions list on Monday. The individuals now subject to an asset freeze and a travel ban are: Ion Vlasceanu-Bordei, a businessman; Elena Tabacaru-Sirbu, a former mayor of a town.", "Democratic Renewal Party", "Elena Tabacaru-Sirbu", false},
		{"named by residents", "A\nThe United States on Thursday imposed sanctions on a gold trading house and a shipping line. Local residents named them as Coral Lantern Shipping Ltd and Blue Reef Marine Ltd.", "United States", "Blue Reef Marine Ltd", false},
	})
}

// A meeting's counterpart given only by a definite role is the person of
// that role named before. Counter-examples: a multi-word role that the
// person named before never held, a plural, a meeting called off, a
// former holder.
func TestRoleCounterpartRound16b(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"spoke by phone with the <demonym> leader", "A\nRwandan President Faustin Ngabire-Tumba stayed in Kigali on Monday. Angolan President Domingos Kalandula-Vieira spoke by phone with the Rwandan leader on Wednesday evening.", "Domingos Kalandula-Vieira", "Faustin Ngabire-Tumba", true},
		{"hosted the envoy at a dinner", "A\nThe special envoy, Ines Calderon-Vidaurre, arrived in Quito on Monday. In Lima, Peru's foreign minister, Rosa Elvira Paucar-Llanos, hosted the envoy at a working dinner on Wednesday.", "Rosa Elvira Paucar-Llanos", "Ines Calderon-Vidaurre", true},
		{"received by the prime minister named before", "A\nEvaristo Lobo-Magno, the prime minister, voted early. Later, ASEAN's deputy secretary-general, Siti Rahmawati Kusnadi, was received by the prime minister at the palace.", "Siti Rahmawati Kusnadi", "Evaristo Lobo-Magno", true},
		// counter-examples
		{"another minister named before", "A\nForeign Minister Filomena Soares-Bere voted early. Later, ASEAN's deputy secretary-general, Siti Rahmawati Kusnadi, was received by the prime minister at the palace.", "Siti Rahmawati Kusnadi", "Filomena Soares-Bere", false},
		{"a plural role", "A\nRwandan President Faustin Ngabire-Tumba stayed in Kigali on Monday. Angolan President Domingos Kalandula-Vieira spoke by phone with the two leaders on Wednesday evening.", "Domingos Kalandula-Vieira", "Faustin Ngabire-Tumba", false},
		{"a call called off", "A\nRwandan President Faustin Ngabire-Tumba stayed in Kigali on Monday. A planned call between Angolan President Domingos Kalandula-Vieira and the Rwandan leader was called off.", "Domingos Kalandula-Vieira", "Faustin Ngabire-Tumba", false},
		{"a former holder", "A\nThe special envoy, Ines Calderon-Vidaurre, arrived in Quito on Monday. Peru's foreign minister, Rosa Elvira Paucar-Llanos, hosted the former envoy at a working dinner on Wednesday.", "Rosa Elvira Paucar-Llanos", "Ines Calderon-Vidaurre", false},
	})
}
