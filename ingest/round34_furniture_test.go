package ingest

import "testing"

// TestReleaseContactsRound34 checks the contacts that close a press
// release (contactHeads, isContactLine) and the "From:" line above it:
// the people and bodies named only there are no entities. Counter-
// examples: "Contacts" opening a sentence of the story, a contact line
// before the story has any body, and the issuer named in the story too.
func TestReleaseContactsRound34(t *testing.T) {
	const title = "Ostria to review suspended trawler licences after talks"
	checkR34Names(t, []r34NameCase{
		{"a contacts block",
			title + "\n\n" + r16Body + "\n\nContacts\n\nJorun Vesli-Haug\nPress Secretary\nOffice of the Minister of Fisheries\n\nMedia Relations Office\nKessmark Coastal Directorate\n",
			nil, []string{"Jorun Vesli-Haug", "Kessmark Coastal Directorate"}},
		{"a media contact line",
			title + "\n\n" + r16Body + "\n\nMedia contact: Halvard Tinnes-Berg, Press Secretary, 021 555 0000\n\nRelated ministers\nHon Lauri Halme\n",
			nil, []string{"Halvard Tinnes-Berg", "Lauri Halme"}},
		{"a contact line",
			title + "\n\n" + r16Body + "\n\nContact: Marja Selkinen-Oja, tel. (+000 22) 00 00 00, e-mail: press@example.org\n",
			nil, []string{"Marja Selkinen-Oja"}},
		{"further information",
			title + "\n\n" + r16Body + "\n\nFor further information, please contact:\nPetri Vahanen-Lutz\nHead of Public Relations Bureau\n",
			nil, []string{"Petri Vahanen-Lutz"}},
		{"the issuer above the release",
			"From: Kessmark Coastal Directorate\n\n" + title + "\n\n" + r16Body + "\n",
			nil, []string{"Kessmark Coastal Directorate"}},
		// counter-examples
		{"contacts in a sentence",
			title + "\n\n" + r16Body + "\n\nContacts between the two ministries will resume next week, said Olli Tarvanen-Koski, the harbour master.\n",
			[]string{"Olli Tarvanen-Koski"}, nil},
		{"a contacts heading over more story",
			title + "\n\n" + r16Body + "\n\nContacts\n\nThe two ministries will keep talking through the winter, said Olli Tarvanen-Koski, the harbour master, on Friday.\n",
			[]string{"Olli Tarvanen-Koski"}, nil},
		{"a contact line before the story",
			title + "\n\nContact: Marja Selkinen-Oja\n\nMarja Selkinen-Oja, the fisheries minister, said the boats would sail.\n",
			[]string{"Marja Selkinen-Oja"}, nil},
		{"the issuer named in the story",
			"From: Kessmark Coastal Directorate\n\n" + title + "\n\nThe Kessmark Coastal Directorate announced Monday it would review the licences.\n\n" + r16Body + "\n",
			[]string{"Kessmark Coastal Directorate"}, nil},
	})
}

// TestAuthorBioInitialRound34 checks that a middle initial's point does
// not end the first sentence of an author's biography (firstStop): the
// body named in it is no party. Counter-example: a closing line about a
// person that is no biography.
func TestAuthorBioInitialRound34(t *testing.T) {
	const title = "Ostria to review suspended trawler licences after talks"
	checkR34Names(t, []r34NameCase{
		{"a middle initial",
			title + "\n\n" + r16Body + "\n\n" + r16Body + "\n\nHelle K. Dorrance is a visiting fellow with the Nordic Seas Programme. Earlier she worked for the Aldin Harbour Bank.\n",
			nil, []string{"Aldin Harbour Bank"}},
		{"no biography",
			title + "\n\n" + r16Body + "\n\n" + r16Body + "\n\nHelle K. Dorrance said the Aldin Harbour Bank would lend to the crews.\n",
			[]string{"Aldin Harbour Bank"}, nil},
	})
}
