package ingest

import (
	"strings"
	"testing"
)

// Round 34 (met34c): the wrong person as a meeting party.
//
// A role phrase without a rank word is not a holder of the ranked
// office: "the Minister" is not the prime minister or a vice minister
// named since, "the President" not the vice-president; a rank word of
// the phrase's own family still fits ("the premier", a prime minister).
// The same phrase read earlier names the same person, nearer than the
// name itself ("the Foreign Minister held talks with X. … the Foreign
// Minister then met Y"). A pronoun after a definite role in its own sentence
// stands for the role's person ("The Minister then toured the campus,
// where he met X") when no person is named before the role.
func TestMeetingPartiesRound34c(t *testing.T) {
	const story = "Visit to Oslo\n\nBy Staff Writer\n\n"
	const visit = story + "Trade Minister Anders Strand-Voss arrived in Oslo on Monday and met Prime Minister Jon Haldorsen-Brekke. "
	short := strings.Repeat("The weather stayed cold and grey. ", 5)
	long := strings.Repeat("The weather stayed cold and grey. ", 9)
	checkRels(t, RelMet, []relCase{
		// the rank guard
		{"the Minister is not the prime minister", visit + "On Tuesday the Minister met Governor Piet Alkema-Roos at the port.", "Anders Strand-Voss", "Piet Alkema-Roos", true},
		{"the Minister: not the prime minister named last", visit + "On Tuesday the Minister met Governor Piet Alkema-Roos at the port.", "Jon Haldorsen-Brekke", "Piet Alkema-Roos", false},
		{"the President is not the vice-president", story + "President Tobias Renn-Adjei landed in Oslo on Monday, where Vice-President Kwame Osei-Lindahl greeted him. On Tuesday the President met Governor Piet Alkema-Roos.", "Kwame Osei-Lindahl", "Piet Alkema-Roos", false},
		// counter-examples: the rank word in the phrase, or of its family
		{"the deputy minister is the deputy", story + "Deputy Minister Kenji Morrow-Tate arrived in Oslo on Monday. On Tuesday the deputy minister met Governor Piet Alkema-Roos.", "Kenji Morrow-Tate", "Piet Alkema-Roos", true},
		{"the premier may be the prime minister", story + "Prime Minister Jon Haldorsen-Brekke arrived in Bergen on Monday. On Tuesday the premier met Governor Piet Alkema-Roos.", "Jon Haldorsen-Brekke", "Piet Alkema-Roos", true},
		{"the Minister with only a prime minister named", story + "Prime Minister Jon Haldorsen-Brekke arrived in Bergen on Monday. On Tuesday the Minister met Governor Piet Alkema-Roos.", "Jon Haldorsen-Brekke", "Piet Alkema-Roos", false},
		// probes of other shapes
		{"the Minister as object, then he", visit + "Governor Piet Alkema-Roos received the Minister on Tuesday, and then he met Ilse Brandvik-Moen.", "Anders Strand-Voss", "Ilse Brandvik-Moen", false},
		{"the Secretary is not the under secretary", story + "Secretary of State Helen Marlow-Voss arrived in Oslo on Sunday. Under Secretary Dan Pike-Arnold joined her on Monday. On Tuesday the Secretary met Governor Piet Alkema-Roos.", "Dan Pike-Arnold", "Piet Alkema-Roos", false},
		{"the minister with only a deputy named", story + "Deputy Minister Kenji Morrow-Tate arrived in Oslo on Monday. On Tuesday the minister met Governor Piet Alkema-Roos.", "Kenji Morrow-Tate", "Piet Alkema-Roos", false},
		{"the ambassador is not the deputy ambassador", story + "Ambassador Lars Ekdahl-Brun arrived in Oslo on Sunday. Deputy Ambassador Mia Holt-Sandvik joined him on Monday. On Tuesday the ambassador met Governor Piet Alkema-Roos.", "Mia Holt-Sandvik", "Piet Alkema-Roos", false},
		{"the vice-president is the vice-president", story + "President Tobias Renn-Adjei stayed in Accra, while Vice-President Kwame Osei-Lindahl flew to Oslo. On Tuesday the vice-president met Governor Piet Alkema-Roos.", "Kwame Osei-Lindahl", "Piet Alkema-Roos", true},
		{"the Minister will meet", visit + "On Friday the Minister will meet Governor Piet Alkema-Roos in Bergen.", "Anders Strand-Voss", "Piet Alkema-Roos", false},
		// the same phrase read before
		{"the Foreign Minister again, far on", story + "The Foreign Minister, Ingrid Solvang-Aas, headed the first team. Deputy Foreign Minister Kenji Morrow-Tate headed the second. Deputy Minister Morrow-Tate praised the hosts. " + short + "On the second day the Foreign Minister held talks with Governor Piet Alkema-Roos. " + long + "Before flying home, the Foreign Minister met the Swedish Ambassador, Lars Ekdahl-Brun.", "Ingrid Solvang-Aas", "Lars Ekdahl-Brun", true},
		{"the Foreign Minister again: not the vice minister", story + "The Foreign Minister, Ingrid Solvang-Aas, headed the first team. Deputy Foreign Minister Kenji Morrow-Tate headed the second. Deputy Minister Morrow-Tate praised the hosts. " + short + "On the second day the Foreign Minister held talks with Governor Piet Alkema-Roos. " + long + "Before flying home, the Foreign Minister met the Swedish Ambassador, Lars Ekdahl-Brun.", "Kenji Morrow-Tate", "Lars Ekdahl-Brun", false},
		// a pronoun after the definite role
		{"where he met: the Minister", visit + "The Minister then toured the university, where he met the rector, Professor Ilse Brandvik-Moen.", "Anders Strand-Voss", "Ilse Brandvik-Moen", true},
		{"where he met: not the prime minister", visit + "The Minister then toured the university, where he met the rector, Professor Ilse Brandvik-Moen.", "Jon Haldorsen-Brekke", "Ilse Brandvik-Moen", false},
		{"where he met: not the subject before", story + "Prime Minister Jon Haldorsen-Brekke welcomed Trade Minister Anders Strand-Voss to Oslo on Monday. The Minister then toured the university, where he met the rector, Professor Ilse Brandvik-Moen.", "Anders Strand-Voss", "Ilse Brandvik-Moen", true},
		{"where he met: the subject before stays out", story + "Prime Minister Jon Haldorsen-Brekke welcomed Trade Minister Anders Strand-Voss to Oslo on Monday. The Minister then toured the university, where he met the rector, Professor Ilse Brandvik-Moen.", "Jon Haldorsen-Brekke", "Ilse Brandvik-Moen", false},
		{"a name nearer than the role", visit + "The Minister praised Governor Piet Alkema-Roos, who said he had met Ilse Brandvik-Moen twice.", "Anders Strand-Voss", "Ilse Brandvik-Moen", false},
	})
}

// Round 34 (met34c): "I" in an interview answer is the person who labels
// the answer lines ("Al-Harbi: I met …", the article "Al-" before the
// label's surname), else the person named first who is not the
// interviewer of the credit ("Interview by X … X found the minister");
// a meeting denied in the next sentence is another meeting when its
// phrase opens with "a", whatever talks it names after.
func TestInterviewMeetingsRound34c(t *testing.T) {
	const story = "Visit to Oslo\n\nBy Staff Writer\n\n"
	const interview = "THE INTERVIEW\n\nKuwait's mediator on the crisis\n\nInterview by Marta Valdivia Roos\n\n" +
		"Last week the Gulf states listed the trader Faisal Omran Al-Dosari. Dr Hamad Yusuf Al-Harbi, the minister of state, spoke to us at his office. This interview was condensed for clarity.\n\n"
	checkRels(t, RelMet, []relCase{
		// the interview's "I"
		{"I in an answer labelled Al-", interview + "Al-Harbi: All contact runs via Kuwait City. Twice this month I have met Sheikh Nasser Jaber Al-Fahad, Kuwait's foreign minister.\n\nMeridian: And Washington?\n\nAl-Harbi: The envoy called. We will see.\n", "Hamad Yusuf Al-Harbi", "Nasser Jaber Al-Fahad", true},
		{"I in an answer: not the man named first", interview + "Al-Harbi: All contact runs via Kuwait City. Twice this month I have met Sheikh Nasser Jaber Al-Fahad, Kuwait's foreign minister.\n\nMeridian: And Washington?\n\nAl-Harbi: The envoy called. We will see.\n", "Faisal Omran Al-Dosari", "Nasser Jaber Al-Fahad", false},
		{"I far into a labelled answer", interview + "Al-Harbi: No. Nothing direct. All contact runs via Kuwait City. The channel stays open. We are waiting. Our friends are patient. Twice this month I have met Sheikh Nasser Jaber Al-Fahad, Kuwait's foreign minister.\n\nMeridian: And Washington?\n\nAl-Harbi: The envoy called. We will see.\n", "Hamad Yusuf Al-Harbi", "Nasser Jaber Al-Fahad", true},
		{"I far into a labelled answer: not the man named first", interview + "Al-Harbi: No. Nothing direct. All contact runs via Kuwait City. The channel stays open. We are waiting. Our friends are patient. Twice this month I have met Sheikh Nasser Jaber Al-Fahad, Kuwait's foreign minister.\n\nMeridian: And Washington?\n\nAl-Harbi: The envoy called. We will see.\n", "Faisal Omran Al-Dosari", "Nasser Jaber Al-Fahad", false},
		{"I in an A: answer: not the interviewer", "THE INTERVIEW\n\nRuritania's water minister on dams\n\nInterview by Marta Roos-Lindqvist\n\nOne month after the vote, Marta Roos-Lindqvist found Ruritania's Minister of Water, Anselm Korvath-Lind, in a Vienna hotel.\n\nQ: What did you agree this week?\n\nA: I met Austria's energy minister, Brigitte Sommerfeld-Aue, in Vienna on Thursday.\n", "Marta Roos-Lindqvist", "Brigitte Sommerfeld-Aue", false},
		{"I in an A: answer: the minister", "THE INTERVIEW\n\nRuritania's water minister on dams\n\nInterview by Marta Roos-Lindqvist\n\nOne month after the vote, Marta Roos-Lindqvist found Ruritania's Minister of Water, Anselm Korvath-Lind, in a Vienna hotel.\n\nQ: What did you agree this week?\n\nA: I met Austria's energy minister, Brigitte Sommerfeld-Aue, in Vienna on Thursday.\n", "Anselm Korvath-Lind", "Brigitte Sommerfeld-Aue", true},
		// another meeting denied next
		{"a call, then another meeting that never took place", story + "Ricardo Otero Lamas leads the delegation. Envoy Miriam Castell-Ruiz spoke by phone with Otero on Monday and pledged support. But a meeting between Castell-Ruiz and Pablo Iturbe-Sanz that Peru floated alongside the summit talks never took place.", "Miriam Castell-Ruiz", "Ricardo Otero Lamas", true},
		{"the other meeting stays out", story + "Ricardo Otero Lamas leads the delegation. Envoy Miriam Castell-Ruiz spoke by phone with Otero on Monday and pledged support. But a meeting between Castell-Ruiz and Pablo Iturbe-Sanz that Peru floated alongside the summit talks never took place.", "Miriam Castell-Ruiz", "Pablo Iturbe-Sanz", false},
		{"those talks: still denied", story + "Ricardo Otero Lamas leads the delegation. Envoy Miriam Castell-Ruiz met Otero in Lima on Monday, officials said. Those talks never took place, the embassy insisted.", "Miriam Castell-Ruiz", "Ricardo Otero Lamas", false},
	})
}
