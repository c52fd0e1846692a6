package ingest

import "testing"

// TestBareGroupMeetsRound36: a bare "the two" or "the pair" as the
// subject of a meeting verb with a party of its own stands for the last
// two people named, each of whom met that party ("On Tuesday evening, the
// two sat down with Y", "drove with X, where the pair met Y"); the two are not
// paired with each other by it.
// Counter-examples: "the two" standing for two states named after the
// people, "the two" as an object ("met the two"), a negated meeting, and
// the co-travellers with each other give nothing.
func TestBareGroupMeetsRound36(t *testing.T) {
	const lead = "Trade Minister Amos Kiberu and Trade Minister Rose Nabwire opened talks at Mombasa on Tuesday. "
	checkRels(t, RelMet, []relCase{
		{"two-later-sat", lead + "On Tuesday evening, the two sat down with the bloc's secretary general, Jonas Mtei, to discuss the tariff row.", "Rose Nabwire", "Jonas Mtei", true},
		{"two-later-sat-first", lead + "On Tuesday evening, the two sat down with the bloc's secretary general, Jonas Mtei, to discuss the tariff row.", "Amos Kiberu", "Jonas Mtei", true},
		{"where-pair-met", "Ms Halloran drove to Perth in March with growers' chair Dan Pritchett, where the pair met Commerce Minister Colin Yates to ask for help.", "Dan Pritchett", "Colin Yates", true},
		{"where-pair-met-first", "Ms Halloran drove to Perth in March with growers' chair Dan Pritchett, where the pair met Commerce Minister Colin Yates to ask for help.", "Halloran", "Colin Yates", true},
		// counter-examples
		{"two-states-counter", lead + "Kenya and Uganda have quarrelled over milk for weeks. The two then held talks with the continental envoy, Jonas Mtei.", "Rose Nabwire", "Jonas Mtei", false},
		{"object-counter", lead + "Officials said Colin Yates met the two on Friday before flying to Nairobi.", "Rose Nabwire", "Colin Yates", false},
		{"negated-counter", lead + "The two have not met Colin Yates since May.", "Amos Kiberu", "Colin Yates", false},
		{"speaker-counter", "Ivan Rudko and Marta Pelc have feuded for years, said analyst Dora Weil. The two met Governor Ansel Brook on Friday.", "Dora Weil", "Ansel Brook", false},
		{"speaker-counter-pair", "Ivan Rudko and Marta Pelc have feuded for years, said analyst Dora Weil. The two met Governor Ansel Brook on Friday.", "Marta Pelc", "Ansel Brook", false},
		{"far-back-counter", "Mayor Anselm Fry and Senator Hugh Dale toured the port in May. The tankers Grey Heron and Blue Kite ran aground off Tema in June. The pair met harbour master Kofi Asante on Friday.", "Hugh Dale", "Kofi Asante", false},
		{"co-travellers-counter", "Ms Halloran drove to Perth in March with growers' chair Dan Pritchett, where the pair met Commerce Minister Colin Yates to ask for help.", "Halloran", "Dan Pritchett", false},
	})
}

// meInterview is an invented interview whose answers are labelled with
// the interviewee's name: "me" and "I" in them are Tomas Varnel.
const meInterview = "INTERVIEWS\n\n\"We will hold firm\": Ruritania's minister on the dispute\n\nInterview by Carla Benning · 2 May 2021\n\nTomas Varnel, Ruritania's foreign minister, spoke to us in Vargo.\n\nQ: Who has been in touch?\n\nVarnel: "

// TestCalledMeRound36: in an interview answer "X called me" (phoned,
// telephoned, rang) is a call between X and the interviewee, and "I
// spoke at length to X" a talk.
// Counter-examples: a call asked for and refused, naming ("called me a
// traitor"), a call never made or only wished, a summons ("called me
// in"), someone else's quoted "me", and "phoned in to a radio show".
// The "refused" and "radio" rows never reach calledMe (no call verb
// before "me"): they are regression rows that fail only if a broader
// call reading is added, not checks of calledMe's own guards.
func TestCalledMeRound36(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"called-me-day", meInterview + "Defence Minister Emre Aydinli rang me the night the crisis began.\n", "Emre Aydinli", "Tomas Varnel", true},
		{"phoned-me", meInterview + "Emre Aydinli phoned me on Sunday to ask about the border.\n", "Emre Aydinli", "Tomas Varnel", true},
		{"at-length", meInterview + "Last week I spoke at length to Richard Hallam, Washington's envoy, in Vargo.\n", "Tomas Varnel", "Richard Hallam", true},
		// counter-examples
		{"refused-counter", meInterview + "Defence Minister Emre Aydinli asked to call me, but I refused.\n", "Emre Aydinli", "Tomas Varnel", false},
		{"naming-counter", meInterview + "Nadia Koval called me a traitor in parliament.\n", "Nadia Koval", "Tomas Varnel", false},
		{"never-counter", meInterview + "Oskar Brandt never called me.\n", "Oskar Brandt", "Tomas Varnel", false},
		{"modal-counter", meInterview + "Lena Ortiz would have called me on Sunday if she could.\n", "Lena Ortiz", "Tomas Varnel", false},
		{"summons-counter", meInterview + "Ivo Marek called me in for questioning.\n", "Ivo Marek", "Tomas Varnel", false},
		{"quoted-counter", meInterview + "\"Petra Holm called me at midnight,\" my deputy, Jan Sova, told me.\n", "Petra Holm", "Tomas Varnel", false},
		{"next-pm-counter", meInterview + "Nadia Koval called me the next prime minister in jest.\n", "Nadia Koval", "Tomas Varnel", false},
		{"same-names-counter", meInterview + "Nadia Koval called me the same names as always.\n", "Nadia Koval", "Tomas Varnel", false},
		{"next-morning", meInterview + "Nadia Koval called me the next morning to apologise.\n", "Nadia Koval", "Tomas Varnel", true},
		{"that-night", meInterview + "Nadia Koval called me that night from the airport.\n", "Nadia Koval", "Tomas Varnel", true},
		{"that-counter", meInterview + "Nadia Koval called me that, and worse.\n", "Nadia Koval", "Tomas Varnel", false},
		{"stand-counter", meInterview + "Judge Ivo Marek called me to the witness stand in 2019.\n", "Ivo Marek", "Tomas Varnel", false},
		{"testify-counter", meInterview + "Senator Ivo Marek called me to testify before his panel.\n", "Ivo Marek", "Tomas Varnel", false},
		{"to-say", meInterview + "Senator Ivo Marek called me to say the vote was lost.\n", "Ivo Marek", "Tomas Varnel", true},
		{"on-it-counter", meInterview + "Oskar Brandt called me on it when I got the figure wrong.\n", "Oskar Brandt", "Tomas Varnel", false},
		{"and-my-counter", meInterview + "Oskar Brandt called me and my wife liars.\n", "Oskar Brandt", "Tomas Varnel", false},
		{"missed-counter", meInterview + "Oskar Brandt rang me twice, but I did not pick up.\n", "Oskar Brandt", "Tomas Varnel", false},
		{"radio-counter", meInterview + "I phoned in to a radio show on Sunday. Pavel Dusek phoned in too.\n", "Pavel Dusek", "Tomas Varnel", false},
	})
}
