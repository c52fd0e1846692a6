package ingest

import "testing"

// Round 26: the Faroe Islands act like a state in the news (their own
// government, fisheries ministers, bans imposed on them and by them), so
// they are typed from the countries list with "Faroes", "Faroese" and
// "Tórshavn"; a ban on Faroese boats or on imports from the islands is a
// sanction against them. Urged, debated, lifted and only-condemned
// measures stay out. People and firms are invented.
func TestFaroeIslandsRound26(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"a ban on the islands' boats", "A\nBritain has barred Faroese pelagic boats from unloading at its harbours since May.", "United Kingdom", "Faroe Islands", true},
		{"the short name", "A\nIreland on Friday banned imports of salmon from the Faroes, citing overfishing.", "Ireland", "Faroe Islands", true},
		{"the islands by name", "A\nNorway imposed sanctions on the Faroe Islands over the herring quota.", "Norway", "Faroe Islands", true},
		{"the islands as imposer", "A\nThe Faroe Islands banned Maltese trawlers from their waters last winter.", "Faroe Islands", "Malta", true},
		// counter-examples
		{"only urged", "A\nTrawler owners urged Sweden to ban imports of cod from the Faroe Islands.", "Sweden", "Faroe Islands", false},
		{"only debated", "A\nDenmark is debating sanctions on the Faroes over the whaling season.", "Denmark", "Faroe Islands", false},
		{"condemned, not imposed", "A\nIceland condemned the Faroese decision to raise the quota by a third.", "Iceland", "Faroe Islands", false},
		{"a lifted ban", "A\nPoland lifted its ban on Faroese mackerel in the spring.", "Poland", "Faroe Islands", false},
	})
}

// TestFaroeIslandsEntityRound26 checks the typing itself: the islands and
// their capital acting for them are one state-like institution.
func TestFaroeIslandsEntityRound26(t *testing.T) {
	ents := run(t, "A\nOfficials in the Faroe Islands told a radio host the quota talks were over.").Entities
	for _, e := range ents {
		if e.Name == "Faroe Islands" {
			if e.Type != TypeInstitution {
				t.Fatalf("Faroe Islands typed %s, want %s", e.Type, TypeInstitution)
			}
			return
		}
	}
	t.Fatalf("no Faroe Islands entity in %v", ents)
}
