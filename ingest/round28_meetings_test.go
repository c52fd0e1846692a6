package ingest

import "testing"

// Round 28: meetings. An emphatic "did" carries a bare meeting verb ("did
// meet", "did, however, sit down with", "did speak by phone with"): the
// meeting happened. Negation, conditions, questions and plans stay out,
// and "met with criticism" is no meeting. People are invented.

func TestEmphaticDidRound28(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"did meet", "Trade Minister Oskar Hallvard Brenne reached the capital on Tuesday. Brenne did meet Deputy Minister Ilse Marwood-Tan at her office on Wednesday, aides said.", "Oskar Hallvard Brenne", "Ilse Marwood-Tan", true},
		{"did, however, sit down with", "Senator Paula Venturini-Ashe would not discuss the levy. She did, however, sit down in March with Peru's ambassador, Rosa Ilena Quispe, at a hotel in Cusco.", "Paula Venturini-Ashe", "Rosa Ilena Quispe", true},
		{"did speak by telephone with", "Minister Tomas Eberhard Kall could not be reached. Kall did speak by telephone on Thursday with port authority chairman Wendell Ostrova-Pike about the dock strike.", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", true},
		{"did eventually meet", "Minister Tomas Eberhard Kall did eventually meet port authority chairman Wendell Ostrova-Pike on Friday.", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", true},
		// counter-examples
		{"did not meet", "Minister Tomas Eberhard Kall did not meet port authority chairman Wendell Ostrova-Pike on Friday.", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", false},
		{"never did meet", "Minister Tomas Eberhard Kall never did meet port authority chairman Wendell Ostrova-Pike.", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", false},
		{"if he did meet", "If Minister Tomas Eberhard Kall did meet port authority chairman Wendell Ostrova-Pike, no record of it exists.", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", false},
		{"question", "Did Minister Tomas Eberhard Kall meet port authority chairman Wendell Ostrova-Pike on Friday?", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", false},
		{"denied that he did meet", "Minister Tomas Eberhard Kall denied that he did meet port authority chairman Wendell Ostrova-Pike.", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", false},
		{"did little to meet", "Minister Tomas Eberhard Kall did little to meet port authority chairman Wendell Ostrova-Pike halfway.", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", false},
		{"bare verb without did", "Minister Tomas Eberhard Kall and port authority chairman Wendell Ostrova-Pike plan to meet on Friday.", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", false},
		{"did meet with criticism", "Minister Tomas Eberhard Kall did meet with criticism from the Dockers Union of Varna on Friday.", "Tomas Eberhard Kall", "Dockers Union of Varna", false},
		{"did agree to meet", "Minister Tomas Eberhard Kall did agree to meet port authority chairman Wendell Ostrova-Pike next month.", "Tomas Eberhard Kall", "Wendell Ostrova-Pike", false},
	})
}
