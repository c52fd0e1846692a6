package ingest

import "testing"

// Round 28: two more place uses of a state. A state after "the" before a
// meeting held there ("the Samoa consultations"), a capital before one
// ("the Lima consultations") and the markets a firm's goods go to
// ("shipped copper rod to Portugal and Croatia") name places.
// Counter-examples: a state that acts elsewhere (imposes, meets, says),
// exports and re-exports to a state (trade bans name their targets as
// parties), a participle between the trade word and the state ("vessels
// linked to Iran", "cargoes heading to Kenya"), vessels and arms sent to
// a state, parties joined before the venue noun ("the Chile and Peru
// talks", "the EU-Peru summit"), a possessive after the state, a venue
// noun without the article, after a possessive or read as a verb, talks
// held elsewhere, and nouns that name a topic ("the Paraguay
// conference"). People and firms are invented.

func TestStatesAsVenuesRound28(t *testing.T) {
	checkEnts(t, []entCase{
		{"state before consultations", "The Ecuador consultations settled little, Odile Varnasse said.", "Ecuador", TypePlace},
		{"state before a round", "Odile Varnasse left the Paraguay round early.", "Paraguay", TypePlace},
		{"capital before consultations", "The Lima consultations ended on Friday, Odile Varnasse said.", "Lima", TypePlace},
		{"capital before consultations is not its state", "The Lima consultations ended on Friday, Odile Varnasse said.", "Peru", ""},
		// after "the", the state and its noun are one event named by the
		// host (round28_events2_test.go) and the state has no mention
		{"the state's talks", "The Paraguay talks broke down in May, Odile Varnasse said.", "Paraguay", ""},
		// counter-examples
		{"parties joined by and", "The Chile and Peru talks resumed on Monday, Odile Varnasse said.", "Peru", TypeInstitution},
		{"parties joined by a hyphen", "The EU-Peru summit resumed on Monday, Odile Varnasse said.", "Peru", TypeInstitution},
		{"venue state that also meets", "Paraguay met the mediators twice. The Paraguay consultations broke down in May.", "Paraguay", TypeInstitution},
		{"a noun that is no venue", "The Paraguay trade figures came out in May, Odile Varnasse said.", "Paraguay", TypeInstitution},
		{"no article: a headline's subject", "Paraguay meetings resume, Odile Varnasse wrote.", "Paraguay", TypeInstitution},
		{"a possessive before the state", "Odile Varnasse praised Tamsin Brell's Paraguay consultations.", "Paraguay", TypeInstitution},
		{"a determiner before the state", "Odile Varnasse skipped his Paraguay meeting.", "Paraguay", TypeInstitution},
		{"talks as a verb", "Odile Varnasse said Paraguay talks tough on tariffs.", "Paraguay", TypeInstitution},
		{"talks as a verb after the article", "Odile Varnasse said the Netherlands talks to Belgium daily.", "Netherlands", TypeInstitution},
		{"a conference names a topic", "Odile Varnasse said the Paraguay conference ran long.", "Paraguay", TypeInstitution},
		{"talks held elsewhere", "Odile Varnasse said the Paraguay talks in Geneva had stalled.", "Paraguay", TypeInstitution},
		{"an agreement that is a law", "Odile Varnasse voted against the Paraguay Agreement Act.", "Paraguay", TypeInstitution},
	})
}

func TestStatesAsTradeDestinationsRound28(t *testing.T) {
	checkEnts(t, []entCase{
		{"shipped to a list", "Her firm shipped 9,000 tonnes of copper rod to Portugal and Croatia last year, Odile Varnasse said.", "Croatia", TypePlace},
		{"first of the list", "Her firm shipped 9,000 tonnes of copper rod to Portugal and Croatia last year, Odile Varnasse said.", "Portugal", TypePlace},
		{"rerouted to", "The mill has rerouted some cargoes to Kenya, Odile Varnasse said.", "Kenya", TypePlace},
		{"selling into", "The cooperative is selling more into Qatar and Oman, Odile Varnasse said.", "Oman", TypePlace},
		{"supplier of goods to", "Odile Varnasse runs the largest supplier of glass bottles to Lithuania.", "Lithuania", TypePlace},
		// counter-examples
		{"destination that imposes", "Croatia imposed duties on the rod. Her firm shipped 9,000 tonnes of rod to Croatia.", "Croatia", TypeInstitution},
		{"destination that says", "Kenya said the cargo broke its rules after the mill rerouted cargoes to Kenya.", "Kenya", TypeInstitution},
		{"destination that meets", "Oman met the cooperative's board. The cooperative is selling more into Oman.", "Oman", TypeInstitution},
		{"exports to a state", "Chile's exports to Peru doubled in March, Odile Varnasse said.", "Peru", TypeInstitution},
		{"re-exported to a state", "Local traders re-exported lathes to Iran, Odile Varnasse said.", "Iran", TypeInstitution},
		{"participle before to", "The ships linked to Iran were turned away, Odile Varnasse said.", "Iran", TypeInstitution},
		{"-ing participle before to", "Shipments heading to Kenya were turned away, Odile Varnasse said.", "Kenya", TypeInstitution},
		{"vessels, not a verb", "Odile Varnasse said the navy sent two ships to Oman.", "Oman", TypeInstitution},
		{"arms supplied to a state", "Norway supplied fighter jets to Kenya, Odile Varnasse said.", "Kenya", TypeInstitution},
		{"clause break before to", "The mill sold its plant, and wrote to Kenya for a permit.", "Kenya", TypeInstitution},
		{"possessive after the state", "Her firm shipped copper rod to Croatia's state railway, Odile Varnasse said.", "Croatia", TypeInstitution},
	})
}
