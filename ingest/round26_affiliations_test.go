package ingest

import "testing"

// A title that implies a state ("Foreign Secretary" → the United
// Kingdom, "Cabinet Secretary" → Kenya, "Chief Cabinet Secretary" →
// Japan) ties its holder to that state only when the article names the
// state: elsewhere the same words are another government's post. The
// Faroe Islands have a government of their own, and "Faroese" is its
// demonym.
func TestImpliedStatesNamedRound26(t *testing.T) {
	const ke = "Kenya and Uganda broke off their talks on the fuel pipeline late on Tuesday. "
	checkRels(t, RelAffiliatedWith, []relCase{
		{"portfolio cabinet secretary, two states named", art(ke + "Energy Cabinet Secretary Otieno Barasa-Wekesa said the route would be decided in March."), "Otieno Barasa-Wekesa", "Kenya", true},
		{"chief cabinet secretary", art("Japan and South Korea agreed to resume the shipping dialogue after a gap of four years. Chief Cabinet Secretary Hiroki Tanabe-Mori called the step overdue."), "Hiroki Tanabe-Mori", "Japan", true},
		{"foreign secretary with Britain named", art("Britain and Norway signed a new quota pact for the northern waters on Friday. Foreign Secretary Edwin Garside-Pell said the deal would hold for ten years."), "Edwin Garside-Pell", "United Kingdom", true},
		{"Faroese demonym", art("Iceland rejected the share on Monday, while Sjurdur Hansen-Lamhauge, Faroese minister for fisheries, called it unworkable for the island fleets."), "Sjurdur Hansen-Lamhauge", "Faroe Islands", true},
		// counter-examples
		{"foreign secretary of a state other than Britain", art("Pakistan and Bangladesh postponed the visa talks again this week. Foreign Secretary Anwar Hossain-Tarafdar called in the envoy on Thursday."), "Anwar Hossain-Tarafdar", "United Kingdom", false},
		{"cabinet secretary where Kenya is never named", art("Scotland and Norway traded charges over the quota this week. Cabinet Secretary for Coastal Communities Morag Drummond-Keir told the chamber the offer was poor."), "Morag Drummond-Keir", "Kenya", false},
		{"a visitor who met the cabinet secretary", art(ke + "Trader Moses Kato-Lwanga met Energy Cabinet Secretary Otieno Barasa-Wekesa in Eldoret."), "Moses Kato-Lwanga", "Kenya", false},
		{"a person who met the Faroese minister", art("Iceland rejected the share on Monday. Trawler owner Gunnar Eiriksson-Holt met the Faroese fisheries minister on the quay."), "Gunnar Eiriksson-Holt", "Faroe Islands", false},
	})
}
