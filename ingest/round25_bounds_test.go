package ingest

import "testing"

// Round 25: where an institution's name begins and ends. A known state,
// demonym or place inside a body's name no longer cuts off the words
// before it; a post abroad keeps the city or country it sits in. All
// bodies are invented.

func TestPlaceInsideBodyNameRound25(t *testing.T) {
	checkEnts(t, []entCase{
		{"an adjective before a demonym", "Crude bought from the National Estonian Tanker Company reached the refinery late.", "National Estonian Tanker Company", TypeInstitution},
		{"a port before its city", "A pilot from the Port of Tallinn Authority boarded the barge at dawn.", "Port of Tallinn Authority", TypeInstitution},
		{"a state's formal name", "Officers of the Republic of Malawi Defence Forces will train in Tessel.", "Republic of Malawi Defence Forces", TypeInstitution},
		{"two states joined by a hyphen", "Members of the Joint Chilean-Peruvian Boundary Commission disagreed on the map.", "Joint Chilean-Peruvian Boundary Commission", TypeInstitution},
		// counter-examples: a title-cased word opening a sentence, or a
		// role before "of", is not part of the body's name
		{"a sentence opener stays out", "Yesterday Estonian Tanker Company cancelled two charters.", "Estonian Tanker Company", TypeInstitution},
		{"no opener in the name", "Yesterday Estonian Tanker Company cancelled two charters.", "Yesterday Estonian Tanker Company", ""},
		{"a role before of", "The Chairman of Estonian Tanker Company resigned on Friday.", "Estonian Tanker Company", TypeInstitution},
		{"no role in the name", "The Chairman of Estonian Tanker Company resigned on Friday.", "Chairman of Estonian Tanker Company", ""},
		// a person's name before a body is not its opening
		{"a given name before the state", "The Navy and Maria Estonian Tanker Company were both named.", "Maria Estonian Tanker Company", ""},
		// without a body's head after the place the words are no body's
		{"no head after the place", "The prize went to Tessel Estonian Pavel Orav, a violinist.", "Pavel Orav", TypePerson},
	})
}

func TestPostAbroadKeepsSeatRound25(t *testing.T) {
	checkEnts(t, []entCase{
		{"an embassy in a capital", "The Estonian Embassy in Lima would not discuss the visas.", "Estonian Embassy in Lima", TypeInstitution},
		{"a lower-case embassy", "The Estonian embassy in Lima called the arrests unlawful.", "Estonian Embassy in Lima", TypeInstitution},
		{"a mission in a state", "Patrols of the UN Verification Mission in Chad left the town on Sunday.", "UN Verification Mission in Chad", TypeInstitution},
		// counter-examples: the place does not end the phrase, or no
		// post is named
		{"the place opens a longer name", "Pickets stood outside the Estonian Embassy in Lima Street for an hour.", "Estonian Embassy in Lima", ""},
		{"the place's possessive", "The Estonian Embassy in Lima's old quarter was closed for a week.", "Estonian Embassy in Lima", ""},
		{"a bare embassy is a place phrase", "He waited at the embassy in Lima for three days.", "Lima", TypePlace},
		{"a date after in", "The Estonian Embassy in March said the visas were ready.", "Estonian Embassy", TypeInstitution},
		{"an operation after in", "The Estonian Embassy in Operation Nordic Shelter helped families leave.", "Estonian Embassy", TypeInstitution},
	})
}
