package ingest

import "testing"

// Round 32: a stop on a supplier's imports is an import ban.
// "Suspended", "halted", "blocked" or "barred" with imports (or import
// permits) as the object read as "banned" does: "suspended imports from
// X", "halted imports of a neighbour's coal", "suspended import licences
// for X", "barred imports of X-made soap". Any other object ("suspended
// its sanctions", "halted talks", "suspended talks on imports") is no
// ban, nor is a firm's or a person's own stop, a stop after a crash, a
// flood or an outbreak (a safety halt), or an inverted conditional.
// Firms are invented; the states are real.
func TestHaltedImportsRound32(t *testing.T) {
	const lead = "A\nGrain traders in Valdor had a difficult spring. "
	checkRels(t, RelSanctioned, []relCase{
		{"suspended imports from a firm", lead + "Citing weevils, Chinese customs said last week that China had suspended all imports from Orlen Vask Holdings.", "China", "Orlen Vask Holdings", true},
		{"halted imports of a demonym's goods", lead + "Trucks piled up on Friday when China abruptly halted Mongolian coking coal imports at two crossings.", "China", "Mongolia", true},
		{"suspended all imports of a demonym's goods", lead + "Citing forged papers, Beijing in June suspended all Canadian pork imports.", "China", "Canada", true},
		{"suspended import permits of named firms", lead + "In May Tanzania suspended import licences for Harrow Edible Oils Ltd, a margarine maker.", "Tanzania", "Harrow Edible Oils Ltd", true},
		{"blocked imports of a demonym's goods", lead + "By December Kenya had quietly blocked Lithuanian furniture imports at its ports.", "Kenya", "Lithuania", true},
		{"goods before imports, named after", lead + "Last year Beijing suspended lamb imports from three abattoirs, Yarrow Creek Holdings among them.", "China", "Yarrow Creek Holdings", true},
		{"barred imports of a demonym-made good", lead + "Last month Uganda barred all imports of Kenyan-made soap, candles and cooking oil.", "Uganda", "Kenya", true},
		// counter-examples
		{"suspended sanctions is a lift", lead + "In April Japan suspended its sanctions on Orlen Vask for a year.", "Japan", "Orlen Vask", false},
		{"urged to suspend", lead + "Farmers want Egypt to suspend cattle imports from Ethiopia; the cabinet has refused.", "Egypt", "Ethiopia", false},
		{"halted talks", lead + "Chile halted talks with Orlen Vask over the port lease.", "Chile", "Orlen Vask", false},
		{"suspended flights", lead + "Chile suspended flights to Peru after the storm.", "Chile", "Peru", false},
		{"not suspended", lead + "Chile has not suspended imports from Peru, the trade minister said.", "Chile", "Peru", false},
		{"a firm that stops its own purchases", lead + "Tarvo Works Ltd suspended imports from Orlen Vask Holdings while it retooled.", "Tarvo Works Ltd", "Orlen Vask Holdings", false},
		{"a person that stops buying", lead + "Idris Holloway-Brandt halted imports from Peru at his two shops.", "Idris Holloway-Brandt", "Peru", false},
		// the object scan stops at a preposition: imports are not the object
		{"talks on imports", lead + "Chile suspended talks on imports from Peru until after the vote.", "Chile", "Peru", false},
		{"a tax on imports", lead + "Chile suspended its tariff on imports from Peru for the winter.", "Chile", "Peru", false},
		// an accident, a disaster or an outbreak: a safety halt, no sanction
		{"after a crash", lead + "India suspended imports of Larkspur Avionics jets after the crash near Pune.", "India", "Larkspur Avionics", false},
		{"over bird flu", lead + "Chile suspended imports of Peruvian chicken over bird flu, its farm ministry said.", "Chile", "Peru", false},
		{"after a flood", lead + "Japan halted imports of Chilean salmon for a week after the flood at Puerto Montt.", "Japan", "Chile", false},
		{"an inverted conditional", lead + "Had Chile suspended imports from Peru, lime prices would have doubled.", "Chile", "Peru", false},
	})
}

// Round 32: "barred" with a named firm or person as object, a state or
// state body as subject, and a "from" that keeps the name out of a state,
// a market or a trade (right after the name or after the comma closing
// an aside opened right after it) is a ban like "banned": "the bureau
// barred X, a cheese maker, from all Kenyan shops". A bar from a game, a
// summit, talks or a date, a "from" inside the aside, and a bar by a
// court, a party, a university or a parliament are not read.
func TestBarredNamedRound32(t *testing.T) {
	const lead = "A\nThe dairy dispute went on through the summer. "
	checkRels(t, RelSanctioned, []relCase{
		{"barred a firm from a market", lead + "In March the Kenya Bureau of Standards barred Tamsin Creameries, a cheese maker, from all Kenyan shops.", "Kenya Bureau of Standards", "Tamsin Creameries", true},
		{"barred a firm from a trade", lead + "For a year Nepal's Department of Customs has barred Varun Agro Traders Pvt Ltd, a spice dealer, from moving cargo through its posts.", "Department of Customs", "Varun Agro Traders Pvt Ltd", true},
		{"a long aside before from entering", lead + "On May 2nd the State Department barred Idris Holloway-Brandt, the chairman of Pellick Nickel Corp, a miner that runs a smelter near Moa, on Cuba's north coast, from any visit to America.", "United States Department of State", "Idris Holloway-Brandt", true},
		// counter-examples
		{"a regulator's board, from selling", lead + "Last May the Ghana Cocoa Board barred Tamsin Creameries from exporting beans.", "Ghana Cocoa Board", "Tamsin Creameries", true},
		// counter-examples
		{"a sports ban", lead + "Chile's sports ministry barred Tamsin Rovers FC from the tournament for a year.", "Chile", "Tamsin Rovers FC", false},
		{"a summit", lead + "Chile barred Idris Holloway-Brandt from attending the summit in Lima.", "Chile", "Idris Holloway-Brandt", false},
		{"talks that name a state", lead + "Chile barred Tamsin Creameries from the talks on Peru.", "Chile", "Tamsin Creameries", false},
		{"a from inside the aside", lead + "Chile barred Idris Holloway-Brandt, who arrived by ship from Lima, for a week.", "Chile", "Idris Holloway-Brandt", false},
		{"a comma that closes no aside", lead + "Chile barred Idris Holloway-Brandt for a week, from Peru came a protest within hours.", "Chile", "Idris Holloway-Brandt", false},
		{"a date after a comma", lead + "Chile barred Idris Holloway-Brandt for a week, from Monday.", "Chile", "Idris Holloway-Brandt", false},
		{"a court", lead + "Peru's High Court barred Tamsin Creameries from the Peruvian market.", "Peruvian High Court", "Tamsin Creameries", false},
		{"a university", lead + "Harvard University barred Tamsin Creameries from selling food on campus.", "Harvard University", "Tamsin Creameries", false},
		{"a party", lead + "The Labour Party barred Tamsin Creameries from selling at its conference.", "Labour Party", "Tamsin Creameries", false},
		{"only threatened", lead + "Kenya threatened to bar Tamsin Creameries from the Kenyan market.", "Kenya", "Tamsin Creameries", false},
	})
}

// Round 32: a state's terrorism list freezes the assets of those it names
// as a sanctions list does: "added X to its terrorism list" or a national one,
// "to their terrorism lists", with the targets after the list ("…, among
// them X"). An urged or possible listing stays negative.
func TestTerrorismListRound32(t *testing.T) {
	const lead = "A\nThe Gulf rift deepened in the autumn. "
	checkRels(t, RelSanctioned, []relCase{
		{"added to its terrorism list", lead + "On Monday Bahrain added the Karsa Mercy Fund to its terrorism list.", "Bahrain", "Karsa Mercy Fund", true},
		{"two imposers, along with, their lists", lead + "Oman and Jordan added the Karsa Mercy Fund, together with scores of people, to their terrorism lists.", "Jordan", "Karsa Mercy Fund", true},
		{"the first of two imposers", lead + "Oman and Jordan added the Karsa Mercy Fund, together with scores of people, to their terrorism lists.", "Oman", "Karsa Mercy Fund", true},
		{"a national list, including", lead + "Bahrain has added 21 people and groups to a national terrorism list, including the Karsa Mercy Fund and its founder, Idris Holloway-Brandt.", "Bahrain", "Idris Holloway-Brandt", true},
		{"a terrorist list", lead + "In January the Council of the European Union quietly added the Karsa Mercy Fund to its terrorist list.", "Council of the European Union", "Karsa Mercy Fund", true},
		// counter-examples
		{"urged to add", lead + "Lawmakers have urged Bahrain to add the Karsa Mercy Fund to the terrorism list; ministers refused.", "Bahrain", "Karsa Mercy Fund", false},
		{"may add", lead + "Bahrain said it may add the Karsa Mercy Fund to its terrorism list.", "Bahrain", "Karsa Mercy Fund", false},
		{"a list that is no listing", lead + "Bahrain added the Karsa Mercy Fund to its terrorism research panel.", "Bahrain", "Karsa Mercy Fund", false},
	})
}

// Round 32: a sanction widened to a new target ("extended the ban to
// bottled water from X", "extended its embargo to Chile", "widened their
// sanctions against Y") sanctions that target; a ban extended to a date,
// a sector, or a word that is no sanction ("widened the inquiry to X")
// names none, nor do sanctions relief or a waiver extended to X, a noun
// before the verb ("after the embargo, extended the deadline to X"), a
// "from" past the end of the goods list, a name that opens the next
// clause, a probe into the embargo, or an inverted conditional.
func TestExtendedSanctionRound32(t *testing.T) {
	const lead = "A\nThe wine row dragged on. "
	checkRels(t, RelSanctioned, []relCase{
		{"extended to goods from a firm", lead + "Russia banned Georgian brandy first; in May it extended the ban to bottled water from Kartli Springs LLC, a bottler.", "Russia", "Kartli Springs LLC", true},
		{"extended to a state", lead + "In July Norway extended its embargo to Chile.", "Norway", "Chile", true},
		{"a pronoun imposer, goods from a bloc", lead + "Russia banned Polish apples first, and days after that it extended its embargo to pears, cheese and pork from the European Union.", "Russia", "European Union", true},
		{"widened against, two imposers", lead + "Oslo and Stockholm widened their sanctions against Santiago on Friday.", "Sweden", "Chile", true},
		// counter-examples
		{"extended to a date", lead + "Norway extended the ban on Kartli Springs LLC to 2027, and Chile welcomed it.", "Norway", "Chile", false},
		{"widened an inquiry", lead + "Norway widened the inquiry to Kartli Springs LLC.", "Norway", "Kartli Springs LLC", false},
		{"extended an invitation", lead + "Norway extended an invitation to Chile.", "Norway", "Chile", false},
		{"considered extending", lead + "Norway considered extending the ban to Kartli Springs LLC.", "Norway", "Kartli Springs LLC", false},
		{"a list of three states", lead + "Norway widened the embargo to Chile, Peru and Bolivia.", "Norway", "Bolivia", true},
		{"to the end of a year", lead + "Norway extended its embargo to the end of 2027, and Chile welcomed it.", "Norway", "Chile", false},
		{"sanctions relief", lead + "Last week Washington extended sanctions relief to Venezuela for another half year.", "United States", "Venezuela", false},
		{"a sanctions waiver", lead + "Canada extended a sanctions waiver to Iraq so that its utilities can keep paying Iranian suppliers.", "Canada", "Iraq", false},
		{"a noun before the verb", lead + "After the embargo Chile extended the filing deadline to Peru.", "Chile", "Peru", false},
		{"a from in the next clause", lead + "Norway extended the ban to pork and said it would buy more salmon from Chile.", "Norway", "Chile", false},
		{"a from after a comma with no and", lead + "Norway extended its embargo to wine, then bought cheap apples from Chile.", "Norway", "Chile", false},
		{"and a name that protested", lead + "Norway extended its embargo to Chile and Peru protested.", "Norway", "Peru", false},
		{"the first target stays", lead + "Norway extended its embargo to Chile and Peru protested.", "Norway", "Chile", true},
		{"a probe into the embargo", lead + "Chile widened its probe into evasion of the embargo on Peru.", "Chile", "Peru", false},
		{"an inverted conditional", lead + "Had Norway extended its embargo to Chile, prices would have soared.", "Norway", "Chile", false},
	})
}
