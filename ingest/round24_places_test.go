package ingest

import "testing"

// TestRound24PlaceGovernments checks that a listed city or province
// written before its governor's or mayor's title, in an article that
// names the government itself, is that government acting (as it was
// before the city was listed): the title-holder belongs to the body and
// meets as a person. Counter-examples: the same title with no body
// named opening with the place, and the place written elsewhere.
func TestRound24PlaceGovernments(t *testing.T) {
	const call = "Port talks\n\nOstria's consul general, Tomas Brekke-Lind, called on Mombasa Governor Halima Ouko-Baraka at her office on Tuesday."
	const body = " According to the Mombasa County Government, the two discussed the berths."
	for _, tc := range []struct {
		name, text, rel, a, b string
		want                  bool
	}{
		{"a governor under a named county government", call + body, RelMet, "Tomas Brekke-Lind", "Halima Ouko-Baraka", true},
		{"the governor's body", call + body, RelAffiliatedWith, "Halima Ouko-Baraka", "Mombasa County Government", true},
		// counter-example: no body opening with the place is named
		{"no government named: the city stays a place", call, RelAffiliatedWith, "Halima Ouko-Baraka", "Mombasa", false},
		{"a body named after another place", call + " According to the Ostrian Ports Authority, the two discussed the berths.",
			RelAffiliatedWith, "Halima Ouko-Baraka", "Ostrian Ports Authority", false},
	} {
		res := run(t, tc.text)
		if got := hasRel(res, tc.rel, tc.a, tc.b); got != tc.want {
			t.Errorf("%s: %s(%s, %s) = %v, want %v", tc.name, tc.rel, tc.a, tc.b, got, tc.want)
		}
	}
	// with no body named, the city before the title stays a place
	if e := entityByName(run(t, call), "Mombasa"); e == nil || e.Type != TypePlace {
		t.Errorf("no government named: Mombasa = %+v, want a place", e)
	}
}

// TestRound24ReviewPlaceWords checks that city and region names that are
// as often a surname, a firm, a court's seat or an ordinary word are not
// listed as places: the text's own context decides what they are.
func TestRound24ReviewPlaceWords(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Mr Kazan said the levy would be reviewed in the spring.", "Kazan"},
		{"Dr Halifax told the committee that the trial had been paused.", "Halifax"},
		{"Inspector Baltimore said the harbour ferry was searched twice.", "Baltimore"},
		{"Anchorage fees at the outer roads rose by a third, the harbour board said.", "Anchorage"},
		{"Patagonia, the outdoor clothing maker, said it would close two shops.", "Patagonia"},
		{"Antofagasta reported a fall in copper output for the quarter.", "Antofagasta"},
		{"Strasbourg ruled that the detention of the two reporters broke the convention.", "Strasbourg"},
		{"He bought a Fez at the market and wore it to the meeting.", "Fez"},
	} {
		if e := entityByName(run(t, tc.text), tc.name); e != nil && e.Type == TypePlace {
			t.Errorf("%q: %s is a place", tc.text, tc.name)
		}
	}
}

// TestRound24ReviewPlaceBodyLine checks where placeOpensBody looks for a
// body opening with a place's name: on one line ("... shut in
// Mombasa" closing a line and "Port Authority staff" opening the next
// name no "Mombasa Port Authority"), per spelling of the place, and not
// in a title-case headline.
func TestRound24ReviewPlaceBodyLine(t *testing.T) {
	opens := func(text string, words ...string) bool {
		x := &doc{lx: getLexicon(), text: text, lowerSeen: map[string]bool{}, placeBody: map[string]bool{}}
		x.toks = tokenize(x.text, nil)
		x.sents = splitSentences(x.text, x.toks, nil)
		x.tc = titleContext(x.toks, x.sents, nil)
		x.used = make([]bool, len(x.toks))
		x.tokMent = make([]int32, len(x.toks))
		x.tokRole = make([]int32, len(x.toks))
		return x.placeOpensBody(words)
	}
	const gov = " The governor met Mombasa traders on Tuesday."
	for _, tc := range []struct {
		name, text string
		words      []string
		want       bool
	}{
		{"a body on one line", "The Mombasa Port Authority shut the berths." + gov, []string{"mombasa"}, true},
		{"another spelling of the place", "The Mombasa Port Authority shut the berths." + gov, []string{"mombassa"}, false},
		// counter-example: the place ends one line, capitalised words open the next
		{"across a line break", "The berths were shut in Mombasa\nPort Authority staff cleared the quay." + gov, []string{"mombasa"}, false},
	} {
		if got := opens(tc.text, tc.words...); got != tc.want {
			t.Errorf("%s: placeOpensBody = %v, want %v", tc.name, got, tc.want)
		}
	}
}
