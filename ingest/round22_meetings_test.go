package ingest

import "testing"

// Round 22: MET recall across sets. People, places and bodies are invented.

// "X, APPOSITIVE, and Y met": the first subject is found back over its
// qualifier (a title appositive, a relative clause, "of STATE") or is
// "he"/"she" opening the sentence. Counter-examples: the state of "X of
// S", a place before the comma, a person inside a prepositional phrase,
// a planned meeting.
func TestQualifiedSubjectsRound22(t *testing.T) {
	const apposTalks = "A\nDeclan Moylett, the Irish rail commissioner, and Transport Secretary Bruno Castellaz held long talks on the timetable dispute in Cork on Wednesday."
	const ofState = "A\nSaska Lindqvarn of Finland and Ebo Tawiah-Quist of Ghana held brief talks at the Porto dairy fair on Thursday."
	const relative = "A\nHarbour Commissioner Nils Okafor-Brandt, who has run the Bergen ferries since spring, and Ines Valcourt, head of the Coastal Shipping Office, met twice over the winter timetable."
	const pronoun = "A\nDairy Minister Runa Falkvist-Moreau warned that milk prices could fall again.\n\nShe and the Estonian farm minister, Taavi Kuldsepp-Arro, met in Tallinn over the weekend to work out a joint quota."
	const notPerson = "A\nIn Cork, the Irish rail commissioner and Transport Secretary Bruno Castellaz held talks on the timetable dispute on Wednesday."
	const prep = "A\nThe letter from Declan Moylett, the Irish rail commissioner, and Bruno Castellaz held talks on the timetable dispute on Wednesday."
	const planned = "A\nSaska Lindqvarn of Finland and Ebo Tawiah-Quist of Ghana are expected to hold talks at the Porto dairy fair next month."
	checkRels(t, RelMet, []relCase{
		{"title appositive before and", apposTalks, "Declan Moylett", "Bruno Castellaz", true},
		{"X of S and Y of T", ofState, "Saska Lindqvarn", "Ebo Tawiah-Quist", true},
		{"relative clause before and", relative, "Nils Okafor-Brandt", "Ines Valcourt", true},
		{"she and the minister, Y", pronoun, "Runa Falkvist-Moreau", "Taavi Kuldsepp-Arro", true},
		// counter-examples
		{"of S: the state meets no one", ofState, "Finland", "Ebo Tawiah-Quist", false},
		{"a place before the comma", notPerson, "Cork", "Bruno Castellaz", false},
		{"a person after a preposition", prep, "Declan Moylett", "Bruno Castellaz", false},
		{"talks still expected", planned, "Saska Lindqvarn", "Ebo Tawiah-Quist", false},
	})
}

// A delegation's leader stands for it: "X took a team of growers to meet
// Y", "the fisheries team, headed by X, sat down with Y", "talks between
// a World Bank team led by X and Governor Y". Counter-examples: a team
// still to be led, a purpose that failed (scrapped, refused), "wanting to
// meet", "was expected to meet", a planned session between.
func TestDelegationLeaderRound22(t *testing.T) {
	const ledTo = "A\nLast Tuesday, Coralie Dumesnil led a delegation of cheese makers from the valley to meet the regional farm commissioner, Yusuf Adebanjo-Kerr, in the old town hall."
	const trading = "A\nCoralie Dumesnil led a trading delegation to meet Yusuf Adebanjo-Kerr in the old town hall."
	const morning = "A\nCoralie Dumesnil headed a team this morning to meet Yusuf Adebanjo-Kerr in the old town hall."
	const sideRemark = "A\nCoralie Dumesnil led a mission of ferry operators to meet Yusuf Adebanjo-Kerr, who told them the subsidy was not generous."
	const saidAfter = "A\nCoralie Dumesnil led a mission of ferry operators to meet Yusuf Adebanjo-Kerr and said afterwards that the subsidy was not generous."
	const semicolon = "A\nCoralie Dumesnil led a mission of ferry operators to meet Yusuf Adebanjo-Kerr; the strike did not end."
	const longRelative = "A\nCoralie Dumesnil led a mission of ferry operators to meet Yusuf Adebanjo-Kerr, who chairs a port board that never publishes its accounts."
	const comma = "A\nThe Norwegian fisheries team, headed by Senator Jorunn Myrvold, sat down with Teodor Blascu-Vane in the port offices after lunch."
	const between = "A\nThe pact came out of a week of talks between a World Bank team led by Priya Ostrander-Lowe and Governor Mateus Quibala-Ferro in the capital."
	const will = "A\nEdvin Sollerud will lead a mission to meet Greta Paumgarten next month."
	const wanting = "A\nMarek Halvorsen-Dyer led a delegation to Oslo last week wanting to meet Ilona Vesterby-Crane."
	const refused = "A\nMarek Halvorsen-Dyer led a delegation to meet Ilona Vesterby-Crane, who refused to receive them."
	const scrapped = "A\nDagny Ferrabosco led a growers' delegation to meet Tiberiu Lanzmann, only for the session to be scrapped on the morning itself."
	const expected = "A\nThe Norwegian fisheries team, headed by Senator Jorunn Myrvold, was expected to meet Teodor Blascu-Vane on Monday."
	const planned = "A\nA proposed round between a World Bank team led by Priya Ostrander-Lowe and Governor Mateus Quibala-Ferro was pushed back to autumn."
	checkRels(t, RelMet, []relCase{
		{"led a delegation to meet", ledTo, "Coralie Dumesnil", "Yusuf Adebanjo-Kerr", true},
		{"a trading delegation is no participle", trading, "Coralie Dumesnil", "Yusuf Adebanjo-Kerr", true},
		{"this morning is no participle", morning, "Coralie Dumesnil", "Yusuf Adebanjo-Kerr", true},
		{"a not in what the one met said", sideRemark, "Coralie Dumesnil", "Yusuf Adebanjo-Kerr", true},
		{"a not after a later said", saidAfter, "Coralie Dumesnil", "Yusuf Adebanjo-Kerr", true},
		{"a not after a semicolon", semicolon, "Coralie Dumesnil", "Yusuf Adebanjo-Kerr", true},
		{"a never deep in a relative clause", longRelative, "Coralie Dumesnil", "Yusuf Adebanjo-Kerr", true},
		{"team, headed by X, sat down with", comma, "Jorunn Myrvold", "Teodor Blascu-Vane", true},
		{"talks between a team led by X and Y", between, "Priya Ostrander-Lowe", "Mateus Quibala-Ferro", true},
		// counter-examples
		{"will lead a mission to meet", will, "Edvin Sollerud", "Greta Paumgarten", false},
		{"wanting to meet", wanting, "Marek Halvorsen-Dyer", "Ilona Vesterby-Crane", false},
		{"refused to receive them", refused, "Marek Halvorsen-Dyer", "Ilona Vesterby-Crane", false},
		{"session scrapped", scrapped, "Dagny Ferrabosco", "Tiberiu Lanzmann", false},
		{"team expected to meet", expected, "Jorunn Myrvold", "Teodor Blascu-Vane", false},
		{"proposed round between", planned, "Priya Ostrander-Lowe", "Mateus Quibala-Ferro", false},
	})
}
