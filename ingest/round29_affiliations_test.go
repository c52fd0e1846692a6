package ingest

import "testing"

// A visitor who meets an office holder in a capital meets the host: "In
// Montevideo she met Vice Foreign Minister X" gives X Uruguay
// (real capitals, invented people). The
// counter-examples: a host of that state who meets a guest, two states
// with officials of each, a multilateral venue, a person who met a
// foreign minister named with a state of his own, a holder who is the
// traveller himself, a capital whose state the story never names, a
// capital far from the verb, an expert commenting on a state.
func TestMeetingSeatRound29(t *testing.T) {
	const tail = " Uruguay has promised a reply on the river dues before the next round."
	const both = " Uruguay and Paraguay will resume the river talks in June."
	checkRels(t, RelAffiliatedWith, []relCase{
		{"fronted capital, pronoun subject", art("Karin Volsted, the European Union's trade envoy, flew out on Sunday. In Montevideo she met Vice Foreign Minister Horacio Beltrami-Sosa on Monday." + tail), "Horacio Beltrami-Sosa", "Uruguay", true},
		{"where she met", art("Karin Volsted, the European Union's trade envoy, spent two days in Montevideo, where she met Economy Minister Horacio Beltrami-Sosa." + tail), "Horacio Beltrami-Sosa", "Uruguay", true},
		{"capital after the name", art("A fund mission led by Pieter Algra was due to meet Finance Minister Horacio Beltrami-Sosa in Montevideo next week." + tail), "Horacio Beltrami-Sosa", "Uruguay", true},
		{"talks with", art("In Asuncion the envoy Karin Volsted held talks with Trade Minister Ramiro Ozuna-Lez for an hour." + both), "Ramiro Ozuna-Lez", "Paraguay", true},
		{"a guest of each state, each sentence its own capital", art("In Montevideo she met Prime Minister Horacio Beltrami-Sosa. In Asuncion she met Trade Minister Ramiro Ozuna-Lez." + both), "Ramiro Ozuna-Lez", "Paraguay", true},
		// counter-examples
		{"two states: not the other capital's", art("In Montevideo she met Prime Minister Horacio Beltrami-Sosa. In Asuncion she met Trade Minister Ramiro Ozuna-Lez." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"two states: the first guest's", art("In Montevideo she met Prime Minister Horacio Beltrami-Sosa. In Asuncion she met Trade Minister Ramiro Ozuna-Lez." + both), "Horacio Beltrami-Sosa", "Paraguay", false},
		{"a host of the capital's state meets a guest", art("In Montevideo Uruguayan President Celia Arocena-Paz met Prime Minister Ramiro Ozuna-Lez on Tuesday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a known host meets a guest", art("Uruguay's president, Celia Arocena-Paz, opened the wool fair on Monday. In Montevideo President Celia Arocena-Paz met Prime Minister Ramiro Ozuna-Lez on Tuesday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a host named before she meets a guest", art("Uruguay's president, Celia Arocena-Paz, opened the wool fair on Monday. In Montevideo she met Prime Minister Ramiro Ozuna-Lez on Tuesday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a multilateral venue", art("At the summit in Montevideo she met Prime Minister Ramiro Ozuna-Lez for the first time." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a foreign minister named with his own state", art("In Montevideo she met Paraguay's Foreign Minister Ramiro Ozuna-Lez." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the traveller holds the office", art("Foreign Minister Ramiro Ozuna-Lez met port workers in Montevideo on Tuesday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a capital whose state is never named", art("The envoy Karin Volsted was to meet Foreign Minister Ramiro Ozuna-Lez in Montevideo next week, a neutral venue for both."), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a capital far from the verb", art("Karin Volsted, who ran the fund's office in Montevideo for six years before she moved to the bank, met Prime Minister Ramiro Ozuna-Lez on Friday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"an expert commenting on a state", art("In Montevideo, economist Lidia Carrasco-Vell said Uruguay had waited too long." + both), "Lidia Carrasco-Vell", "Uruguay", false},
	})
}

// Review fixes for the meeting seat: the host guard also holds where the
// sentence opens "In <capital>," (the opening-seat rule), a call is no
// meeting in person, the capital must sit in the meeting's own clause,
// "met with" is a meeting verb, a state named only as the place visited
// is no host, and a host known only from an earlier paragraph still
// blocks.
func TestMeetingSeatReviewRound29(t *testing.T) {
	const both = " Uruguay and Paraguay will resume the river talks in June."
	checkRels(t, RelAffiliatedWith, []relCase{
		{"met with", art("In Montevideo Karin Volsted met with Trade Minister Ramiro Ozuna-Lez on Monday." + both), "Ramiro Ozuna-Lez", "Uruguay", true},
		{"a state visited, then its capital", art("Karin Volsted arrived in Uruguay on Sunday. In Montevideo she met Vice Foreign Minister Horacio Beltrami-Sosa." + both), "Horacio Beltrami-Sosa", "Uruguay", true},
		{"meetings with", art("In Montevideo Karin Volsted held meetings with Trade Minister Ramiro Ozuna-Lez on Monday." + both), "Ramiro Ozuna-Lez", "Uruguay", true},
		{"a day before the capital", art("Today in Montevideo I met Trade Minister Ramiro Ozuna-Lez to open the new customs post." + both), "Ramiro Ozuna-Lez", "Uruguay", true},
		{"a visitor there on a day of the story", art("Karin Volsted, who flew in to the port authority in Montevideo on Monday, met Trade Minister Ramiro Ozuna-Lez for two hours." + both), "Ramiro Ozuna-Lez", "Uruguay", true},
		{"bilateral talks with", art("In Montevideo Karin Volsted held bilateral talks with Trade Minister Ramiro Ozuna-Lez on Monday." + both), "Ramiro Ozuna-Lez", "Uruguay", true},
		// counter-examples
		{"a host of the capital's state, comma after the capital", art("In Montevideo, Uruguayan President Celia Arocena-Paz met Prime Minister Ramiro Ozuna-Lez on Tuesday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a host known from an earlier paragraph", art("Uruguay's president, Celia Arocena-Paz, opened the wool fair on Monday.\n\nThe fair drew record crowds this year. In Montevideo Arocena-Paz met Prime Minister Ramiro Ozuna-Lez on Tuesday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a phone call", art("In Montevideo Karin Volsted had a phone call with Trade Minister Ramiro Ozuna-Lez, who stayed in Asuncion." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a call", art("In Montevideo Karin Volsted held a call with Trade Minister Ramiro Ozuna-Lez, who stayed in Asuncion." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"met by video", art("In Montevideo Karin Volsted met Trade Minister Ramiro Ozuna-Lez by video link." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the capital in a relative clause before the verb", art("Karin Volsted, who studied in Montevideo, met Trade Minister Ramiro Ozuna-Lez in Asuncion." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the capital of earlier talks", art("After talks in Montevideo, Karin Volsted met Trade Minister Ramiro Ozuna-Lez in Asuncion." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the capital in a relative clause, one capital", art("Karin Volsted, who studied in Montevideo, met Trade Minister Ramiro Ozuna-Lez on Friday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the capital of earlier talks, one capital", art("After talks in Montevideo, Karin Volsted met Trade Minister Ramiro Ozuna-Lez on Friday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a birthplace", art("Born in Montevideo, Karin Volsted met Trade Minister Ramiro Ozuna-Lez on Friday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the capital in a relative clause after the name", art("The envoy Karin Volsted met Trade Minister Ramiro Ozuna-Lez, who studied in Montevideo, on Friday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"on the margins", art("On the margins of its river forum in Montevideo she met Trade Minister Ramiro Ozuna-Lez." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the capital in an apposition after the name", art("The envoy Karin Volsted met Trade Minister Ramiro Ozuna-Lez, once a consul in Montevideo, on Friday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the capital's state as the host", art("Uruguay's delegation, led by Karin Volsted, met Prime Minister Ramiro Ozuna-Lez in Montevideo on Tuesday." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"on the margins, after the capital", art("Karin Volsted met Trade Minister Ramiro Ozuna-Lez in Montevideo on the margins of its river fair." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"two capitals", art("In Montevideo Karin Volsted was due to meet Trade Minister Ramiro Ozuna-Lez in Asuncion." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a summit after the name", art("Karin Volsted met Trade Minister Ramiro Ozuna-Lez at the summit in Montevideo." + both), "Ramiro Ozuna-Lez", "Uruguay", false},
	})
}
