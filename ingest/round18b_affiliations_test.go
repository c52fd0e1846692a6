package ingest

import "testing"

// Round 18b: affiliation frames seen on unfamiliar outlets. Each table has
// positive rows and counter-examples that fail when the rule is too
// loose. All people and bodies are invented; states are real.

// An appositive's role is reached through lower-case qualifiers after a
// possessive ("Chile's water minister", "its irrigation minister"), a
// "whose" clause names the body, and a bracketed short form may stand
// between the body and the holder's name.
func TestAppositiveFramesRound18b(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"possessive state and a qualifier", art("\"We will not be rushed,\" said Ofelia Sandoval Reyes, Chile's water minister, in Santiago."), "Ofelia Sandoval Reyes", "Chile", true},
		{"its and a qualifier", art("Peru, which fears for its dams, also declined to sign, said Bruno Cutipa Salas, its irrigation minister."), "Bruno Cutipa Salas", "Peru", true},
		{"whose and a comma", art("The ministers were received by the Albacore Fisheries Council, whose Secretary-General, Dr Wanjiru Kamau-Odhiambo, called for calm."), "Wanjiru Kamau-Odhiambo", "Albacore Fisheries Council", true},
		{"short form in brackets", art("The Chairman of the Cocoa Growers Association of Ruvuma (CGAR), Tomas Brandvik Olsen, said prices would rise."), "Tomas Brandvik Olsen", "Cocoa Growers Association of Ruvuma", true},
		{"a long written-out portfolio", art("Australia's Minister for Indigenous Health and Rural Roads, Brendan Okoro-Hale, flew in by helicopter."), "Brendan Okoro-Hale", "Australia", true},
		// counter-examples
		{"whose names a relative, not a role", art("The talks were hosted by Rolf Amundsen, whose daughter, Rita Amundsen, works for the Albacore Fisheries Council."), "Rita Amundsen", "Albacore Fisheries Council", false},
		{"a bracketed clause is not a short form", art("The chairman of the Cocoa Growers Association of Ruvuma (which he founded in 1990), Tomas Brandvik Olsen, said nothing."), "Tomas Brandvik Olsen", "Cocoa Growers Association of Ruvuma", false},
		{"a preposition between possessive and role", art("Ofelia Sandoval Reyes, Chile's choice for water minister, said she was honoured."), "Ofelia Sandoval Reyes", "Chile", false},
	})
}

// A capitalised title with a written-out portfolio names its holder after
// the portfolio and any styles of address; the portfolio's own last word
// is never the holder.
func TestPortfolioHolderRound18b(t *testing.T) {
	list := "The delegation included Minister of Trade Dar Hadiwinoto, Malaysia's Minister of Rural Housing Datuk Dr. Kamal Osman bin Yusof and two advisers."
	checkRels(t, RelAffiliatedWith, []relCase{
		{"styles after the portfolio", art(list), "Kamal Osman bin Yusof", "Malaysia", true},
		{"portfolio then the name", art("Malaysia's Minister of Rural Housing Mohd Razak Ismail said so at a rally."), "Mohd Razak Ismail", "Malaysia", true},
		// counter-examples
		{"the list's previous name is not the holder", art(list), "Dar Hadiwinoto", "Malaysia", false},
		{"a constituency ending in a surname", art("Rory Buchan Cowie runs the ferry union. Fergus Lindsay-Moir, the Labour Party MP for Angus and Buchan, said he sympathised."), "Rory Buchan Cowie", "Labour Party", false},
	})
}

// Which body takes the affiliation: a state's agency keeps its officials
// (no state beside it, unlike a ministry), a foreign official later styled
// "Senator" is not in the United States Senate, a visitor to Brussels is
// not an EU official, "the Greek company's chairman" is the company's,
// and "its vice-president" goes to an international body only when that
// body is the subject before it.
func TestTargetBodiesRound18b(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"the agency itself", art("Pyotr Ivanov-Sedov, deputy chief of Russia's Federal Agency for Fishery, dialled in from Murmansk."), "Pyotr Ivanov-Sedov", "Russian Federal Agency for Fishery", true},
		{"a ministry still implies its state", art("A Russian Foreign Ministry spokeswoman, Marina Brodova-Klin, called the offer empty."), "Marina Brodova-Klin", "Russia", true},
		{"senator of the United States", art("U.S. Ambassador Mark Penhallow met Senator Lisa Grovesend on Monday. The Senate votes on the treaty next month."), "Lisa Grovesend", "United States Senate", true},
		{"a demonym between the and company", art("The ferries belonged to Piraeus-based Aegean Crest Maritime, which scrapped them. The Greek company's chairman, Kostas Vrettanos, said nothing."), "Kostas Vrettanos", "Aegean Crest Maritime", true},
		{"its with an international subject", art("The World Bank, a silent partner in the scheme, has said little. Anjali Ross-Wardell, its vice-president for Asia, said so."), "Anjali Ross-Wardell", "World Bank", true},
		// counter-examples
		{"no state beside the agency", art("Pyotr Ivanov-Sedov, deputy chief of Russia's Federal Agency for Fishery, dialled in from Murmansk."), "Pyotr Ivanov-Sedov", "Russia", false},
		{"a foreign minister later styled senator", art("Australia's Minister for Pacific Affairs, Brendan Okoro-Hale, arrived on Monday. Senator Okoro-Hale told reporters the talks were frank."), "Brendan Okoro-Hale", "United States Senate", false},
		{"visitors in Brussels", art("The European Union plans to phase out the fuel by 2030.\n\nIn Brussels, Minister of Trade Dar Hadiwinoto held talks with the European Commission."), "Dar Hadiwinoto", "European Union", false},
		{"a state demonym is no company", art("The tankers were owned by Aegean Crest Maritime. The Greek government's spokesman, Nikos Papadakis-Lo, said nothing."), "Nikos Papadakis-Lo", "Aegean Crest Maritime", false},
		{"its with an international body named in passing", art("Much of the timber went to the United Kingdom before it left the European Union, sawmill owners say. Its chief executive, Iain Dunbar Cowie, said so."), "Iain Dunbar Cowie", "European Union", false},
	})
}
