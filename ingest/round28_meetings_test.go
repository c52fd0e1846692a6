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

// Round 28: subjects joined by "and" past title phrases. The person
// before "and" may carry a comma appositive ("X, Peru's energy minister,
// and her Chilean counterpart, Y, met"), and an "and" or a comma inside a
// title's remit ("Minister of Ports and Fisheries", "Minister of Trade,
// Energy and Mines") joins no parties. A body on whose sidelines two
// people met is no party.
func TestTitledSubjectsRound28(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"appositive on both subjects", "On 9 May Orla Fenwick-Dane, Ireland's energy minister, and her Chilean counterpart, Mateo Carrion Vela, met for two hours in Valparaiso.", "Orla Fenwick-Dane", "Mateo Carrion Vela", true},
		{"remit with and", "Orla Fenwick-Dane and Chile's Minister of Ports and Fisheries, Mateo Carrion Vela, met at his office in Valparaiso on Friday.", "Orla Fenwick-Dane", "Mateo Carrion Vela", true},
		{"remit with a comma list", "Orla Fenwick-Dane and Chile's Minister of Ports, Rail and Fisheries, Mateo Carrion Vela, met at his office in Valparaiso on Friday.", "Orla Fenwick-Dane", "Mateo Carrion Vela", true},
		{"sidelines body: pair kept", "On 9 May Orla Fenwick-Dane, Ireland's energy minister, and her Chilean counterpart, Mateo Carrion Vela, met for two hours at the margins of an OECD gathering of energy ministers in Paris.", "Orla Fenwick-Dane", "Mateo Carrion Vela", true},
		// counter-examples
		{"sidelines body is no party", "On 9 May Orla Fenwick-Dane, Ireland's energy minister, and her Chilean counterpart, Mateo Carrion Vela, met for two hours at the margins of an OECD gathering of energy ministers in Paris.", "Orla Fenwick-Dane", "Organisation for Economic Co-operation and Development", false},
		{"possessor of the counterpart is no party", "On 9 May Orla Fenwick-Dane, Ireland's energy minister, and Piet Hallgren's Chilean counterpart, Mateo Carrion Vela, met for two hours in Valparaiso.", "Piet Hallgren", "Mateo Carrion Vela", false},
		{"her deputy met, not she", "Orla Fenwick-Dane, Ireland's energy minister, sent her deputy, Ivo Brandtner, who met Mateo Carrion Vela in Valparaiso on Friday.", "Orla Fenwick-Dane", "Mateo Carrion Vela", false},
		{"deputies of both met", "Deputies of Orla Fenwick-Dane and of Mateo Carrion Vela held talks in Valparaiso on Friday.", "Orla Fenwick-Dane", "Mateo Carrion Vela", false},
		{"planned meeting", "Orla Fenwick-Dane, Ireland's energy minister, and her Chilean counterpart, Mateo Carrion Vela, are expected to meet in Valparaiso next week.", "Orla Fenwick-Dane", "Mateo Carrion Vela", false},
		{"cancelled meeting", "Orla Fenwick-Dane, Ireland's energy minister, and her Chilean counterpart, Mateo Carrion Vela, were to have met in Valparaiso, but the talks were cancelled.", "Orla Fenwick-Dane", "Mateo Carrion Vela", false},
	})
}

// A meeting noun called off further on: the parties' names and titles
// between the noun and "cancelled" do not count towards the words read
// (a measured set had "X's meeting with <state>'s Minister of A and B,
// Y, was cancelled"). People are invented.
func TestCancelledPastTitlesRound28(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"called off past a long title", "Orla Fenwick-Dane reached Lima on Monday. Fenwick-Dane's meeting with Peru's Minister of Ports, Rail and Fisheries, Mateo Carrion Vela, was cancelled the night before.", "Orla Fenwick-Dane", "Mateo Carrion Vela", false},
		// counter-example: the same noun phrase, and it took place
		{"took place past a long title", "Orla Fenwick-Dane reached Lima on Monday. Fenwick-Dane's meeting with Peru's Minister of Ports, Rail and Fisheries, Mateo Carrion Vela, lasted two hours.", "Orla Fenwick-Dane", "Mateo Carrion Vela", true},
	})
}
