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
