package ingest

import "testing"

// Round 16: a state office named without its state ("Interior Minister
// X said") belongs to the state whose capital opens the dateline, also
// when the cleaner takes the dateline off with its date ("LIMA, March 11,
// 2014"), and also when the sentence names another state that only
// qualifies someone else's role ("received Chinese Vice Premier Y").
// Counter-examples: no dateline, a dateline state the story barely names,
// two presidents in one sentence, the other person of the dateline's own
// state, a diplomat posted to the capital, another state acting in the
// sentence. People are invented.

// filedFrom builds a short article filed from place about its state and
// the United States, with body as its last paragraph.
func filedFrom(place, state, body string) string {
	return "Talks resume after sanctions row\nBy Mara Fontelles Vidal\n" + place + ", March 11, 2014\n\n" +
		"The United States last week blacklisted a timber trader in " + state + ". Washington said the firm smuggled rosewood for a cartel. " +
		state + " called the listing baseless, and " + state + " would demand the files.\n\n" + body + "\n"
}

func TestDatelineOfficesRound16(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"dateline line dropped with its date", filedFrom("LIMA", "Peru", "Interior Minister Tomas Huarcaya Ledesma told reporters that police would audit the firm."), "Tomas Huarcaya Ledesma", "Peru", true},
		{"mixed-case dateline", filedFrom("Managua", "Nicaragua", "Foreign Minister Ernesto Quiroga Roca called the measures illegal."), "Ernesto Quiroga Roca", "Nicaragua", true},
		{"another state qualifying a guest's role", filedFrom("ULAANBAATAR", "Mongolia", "Prime Minister Batbold Tsogtgerel received Chinese Vice Premier Wei Guohan on Friday."), "Batbold Tsogtgerel", "Mongolia", true},
		{"another state's minister on the phone", filedFrom("HARARE", "Zimbabwe", "Foreign Minister Tendai Chirowa spoke by phone with South Africa's foreign minister, Lerato Nkosi-Dube, on Monday."), "Tendai Chirowa", "Zimbabwe", true},
		// counter-examples
		{"no dateline", "Talks resume after sanctions row\n\nThe United States last week blacklisted a timber trader in Peru. Washington said the firm smuggled rosewood. Peru called the listing baseless, and Peru would demand the files.\n\nInterior Minister Tomas Huarcaya Ledesma told reporters that police would audit the firm.\n", "Tomas Huarcaya Ledesma", "Peru", false},
		{"a dateline state the story barely names", "Haiti welcomes sanctions\nBy Mara Fontelles Vidal\nKINGSTON, March 11, 2014\n\nCanada and the United States sanctioned two gang leaders in Haiti. Haiti said it welcomed the step. Canada said more would follow, and Canada would coordinate with Haiti. Haiti asked Canada for help. Jamaica hosted the talks.\n\nInterim Prime Minister Jean-Marc Dorval said the money trail mattered most.\n", "Jean-Marc Dorval", "Jamaica", false},
		{"two presidents in one sentence", filedFrom("WASHINGTON", "Russia", "A planned summit of President Daniel Orwell-Hayes and President Pavel Zhilenko in Helsinki was delayed."), "Pavel Zhilenko", "United States", false},
		{"the other person of the dateline's state", filedFrom("BERLIN", "Germany", "Vice Premier Wei Guohan, who saw German Economy Minister Katrin Oberholz at breakfast, said exports must keep flowing."), "Wei Guohan", "Germany", false},
		{"a high commissioner posted to the capital", filedFrom("COLOMBO", "Sri Lanka", "High Commissioner Vikram Raghavan paid a visit to the speaker after lunch."), "Vikram Raghavan", "Sri Lanka", false},
		{"paired with another state's official", filedFrom("LONDON", "the United Kingdom", "The list includes Russia's children's rights commissioner Olga Verbitskaya. A court issued a warrant for Verbitskaya and President Pavel Zhilenko in March."), "Pavel Zhilenko", "United Kingdom", false},
		{"another state acting in the sentence", filedFrom("LIMA", "Peru", "Bolivia and Interior Minister Tomas Huarcaya Ledesma agreed on joint patrols."), "Tomas Huarcaya Ledesma", "Peru", false},
	})
}

// A role possessed by a generic noun after the name ("X, the company's
// managing director") and a relative clause naming the body through a
// committee or a generic noun ("X, who chairs the budget
// committee of the Y", "X, who chairs the bloc") tie the person to the
// body. Counter-examples: no body of that kind named, a state after the
// committee, a generic noun of another kind.
func TestBodyPhrasesRound16(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"the company's role after the name", "A\nFiji barred all boats run by Marlin Deepwater Fisheries from its ports.\n\"Our records are complete,\" said Harlan Halemano-Brandt, the company's managing director.", "Harlan Halemano-Brandt", "Marlin Deepwater Fisheries", true},
		{"who chairs a committee of the body", "A\n\"We will not be lectured,\" said Nino Gelovani-Berg, who chairs the budget committee of the Parliament of Georgia.", "Nino Gelovani-Berg", "Parliament of Georgia", true},
		{"who chairs the bloc", "A\nThe Economic Community of West African States imposed sanctions on Guinea.\n\"Elections must come first,\" said President Adewale Ifedayo-Sanni, who chairs the bloc.", "Adewale Ifedayo-Sanni", "Economic Community of West African States", true},
		// counter-examples
		{"no company named", "A\nFiji banned every vessel flagged in Tonga on Monday.\n\"Our records are complete,\" said Harlan Halemano-Brandt, the company's managing director.", "Harlan Halemano-Brandt", "Tonga", false},
		{"a committee of a state", "A\n\"We will not be lectured,\" said Nino Gelovani-Berg, who chairs the budget committee of Georgia.", "Nino Gelovani-Berg", "Georgia", false},
		{"a generic noun of another kind", "A\nMarlin Deepwater Fisheries lost its licence on Monday.\n\"We will appeal,\" said Adewale Ifedayo-Sanni, who chairs the bloc.", "Adewale Ifedayo-Sanni", "Marlin Deepwater Fisheries", false},
	})
}
