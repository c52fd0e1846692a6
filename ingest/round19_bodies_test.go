package ingest

import "testing"

// Round 19: the whole names of bodies and events. A one-word rank before
// a body's head opens its name; "of the <demonym> Republic" and "on" a
// state after a Mission or Commission go on with it; "&" joins a firm's
// name before a company head or inside a headed name; a seizure noun with
// "of" and a known territory is an event, and "civil"/"full-scale" belong
// to a war's name. All names are invented.

func TestBodyNameExtentRound19(t *testing.T) {
	checkEnts(t, []entCase{
		{"a rank before a court", "Judges at the General Court of the European Union threw out the appeal.", "General Court of the European Union", TypeInstitution},
		{"a rank before a head, alone", "A spokesman for the General Police Inspectorate declined to comment.", "General Police Inspectorate", TypeInstitution},
		{"of the demonym Republic", "Auditors from the National Bank of the Kyrgyz Republic visited the lender twice.", "National Bank of the Kyrgyz Republic", TypeInstitution},
		{"a mission on a state", "The Independent Tarvel Fact-Finding Mission on Myanmar blamed two brigades.", "Independent Tarvel Fact-Finding Mission on Myanmar", TypeInstitution},
		{"a commission on a state", "The Tarvel Oversight Commission on China said the talks would resume.", "Tarvel Oversight Commission on China", TypeInstitution},
		{"ampersand before a company head", "Elena Marsh of the law firm Vostrakis & Partners said her client denied it.", "Vostrakis & Partners", TypeInstitution},
		// counter-examples
		{"a rank before a person stays a title", "General Ivan Dorlov said the army would stay.", "Ivan Dorlov", TypePerson},
		{"the cut court is gone", "Judges at the General Court of the European Union threw out the appeal.", "Court of the European Union", ""},
		{"a council briefed on a state", "The envoy briefed the Korvan Security Council on Syria yesterday.", "Korvan Security Council on Syria", ""},
		{"a commission in a state", "The Korvan Electoral Commission in Kenya said the count was over.", "Korvan Electoral Commission in Kenya", ""},
		{"two bare names joined by an ampersand", "Dravik & Olsen met the minister on Monday.", "Dravik & Olsen", ""},
		{"a demonym without a state form", "A Central Bank of the Kyrgyz people was never founded.", "Central Bank of the Kyrgyz people", ""},
	})
}

func TestSeizureAndWarEventsRound19(t *testing.T) {
	checkEnts(t, []entCase{
		{"annexation of a territory", "Ferry traffic collapsed soon after the annexation of Crimea.", "annexation of Crimea", TypeEvent},
		{"siege of a place", "Aid convoys could not pass during the siege of Gaza.", "siege of Gaza", TypeEvent},
		{"full-scale invasion", "Wheat prices doubled with the full-scale invasion of Ukraine.", "full-scale invasion of Ukraine", TypeEvent},
		{"civil war in a state", "His airline flew arms during the civil war in South Sudan, auditors said.", "civil war in South Sudan", TypeEvent},
		// counter-examples
		{"occupation of a building", "The occupation of the building ended on Tuesday.", "occupation of the building", ""},
		{"invasion of privacy", "Lawyers called the search an invasion of privacy.", "invasion of privacy", ""},
		{"a capitalised seizure noun opens no event", "Annexation of Crimea was condemned.", "Annexation of Crimea", ""},
	})
}
