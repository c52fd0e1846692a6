package ingest

import (
	"strings"
	"testing"
)

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
		// a person's name before "of" is no opening: the person stays
		{"a person before of", "Olev Kask of Estonian Tanker Company resigned on Friday.", "Olev Kask", TypePerson},
		{"no person in the name", "Olev Kask of Estonian Tanker Company resigned on Friday.", "Olev Kask of Estonian Tanker Company", ""},
		{"a speaker before of", "Fees will rise, said Olev Kask of Tallinn Technical University.", "Olev Kask", TypePerson},
		{"a titled person before of", "The chairman Mikk Oja of Estonian Tanker Company resigned.", "Mikk Oja", TypePerson},
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
		{"two states joined after in", "A note from the Estonian Embassy in Chilean-Peruvian talks was read aloud.", "Estonian Embassy in Chilean", ""},
		{"the post without a seat", "A note from the Estonian Embassy in Chilean-Peruvian talks was read aloud.", "Estonian Embassy", TypeInstitution},
	})
}

// A state keeps posts in many cities: each seat names another post, and
// a later bare name joins the post only when the article places one.
func TestPostSeatsApartRound25(t *testing.T) {
	posts := func(res Result) (n int, names []string) {
		for _, e := range res.Entities {
			if e.Kind == "embassy" {
				n++
				names = append(names, e.Name+" "+strings.Join(e.Aliases, "|"))
			}
		}
		return n, names
	}
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"two seats, two posts", "The Estonian Embassy in Lima and the Estonian Embassy in Quito both shut on Monday.", 2},
		{"a bare name after two seats stays apart", "The Estonian Embassy in Lima and the Estonian Embassy in Quito both shut. A clerk at the Estonian Embassy said visas were late.", 3},
		{"a bare name after one seat joins it", "The Estonian Embassy in Lima shut on Monday. A clerk at the Estonian Embassy said visas were late.", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Visas delayed\n\n"+tc.text+"\n")
			if n, names := posts(res); n != tc.want {
				t.Errorf("%d posts %q, want %d\n%s", n, names, tc.want, dump(res))
			}
		})
	}
}
