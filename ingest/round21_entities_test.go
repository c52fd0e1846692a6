package ingest

import "testing"

// Round 21: bodies never found because they are known only by their own
// name, not by an English head word: national parliaments, armed forces
// and agencies (general knowledge, like the list of states). People and
// places are invented; the bodies are real, as states are.

func TestOwnNameBodiesRound21(t *testing.T) {
	checkEnts(t, []entCase{
		{"a parliament by its own name", "Tomas Ruvek, a member of the Seimas, said the bill would pass.", "Seimas", TypeInstitution},
		{"a parliament of two words", "Ilse Marten, a member of the Jatiya Sangsad, wants a new bridge.", "Jatiya Sangsad", TypeInstitution},
		{"a parliament with a possessive", "Pavel Oron, a former deputy of the Mazhilis, built a cement firm in Velmora.", "Mazhilis", TypeInstitution},
		{"a parliament of three words", "Dorvan Zimik, Speaker of the State Great Khural, adjourned the session.", "State Great Khural", TypeInstitution},
		{"an army by its own name", "Villagers blamed the Tatmadaw for burning Velmora.", "Tatmadaw", TypeInstitution},
		{"an agency by its own name", "Rospotrebnadzor banned imports of cheese from Velmora on Monday.", "Rospotrebnadzor", TypeInstitution},
		{"a central bank's short name", "The Riksbank governor said rates would rise.", "Sveriges Riksbank", TypeInstitution},
		// counter-examples: an unlisted one-word name is not a body by
		// itself, and a listed name inside a longer person's name is not
		{"an unknown word stays unknown", "Tomas Ruvek, a member of the Velmorat, said the bill would pass.", "Velmorat", ""},
		{"a parliament's committee is not a person", "Rasa Vaitu, who chairs the Seimas budget committee, objected.", "Rasa Vaitu", TypePerson},
	})
}
