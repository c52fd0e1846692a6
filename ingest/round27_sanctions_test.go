package ingest

import "testing"

// Round 27: sanctions whose target is a pronoun for a person named
// before: a sanctioning body that "listed him", "sanctioned her" or
// "blacklisted him", a person who "was placed under <Keeper> sanctions",
// and a freeze of "his <modifier> assets" (the modifier says where the
// wealth lies; it names no target). A listing "as a witness", a sports
// body's sanction, a state that only condemned, sanctions only asked about,
// debated or wished for, and the state that placed others under a
// keeper's sanctions stay out. People and firms are invented.
func TestPronounTargetsRound27(t *testing.T) {
	const lead = "A\nThe villa belongs to businessman Anton Drevlyansky"
	checkRels(t, RelSanctioned, []relCase{
		{"listed him after a freeze", "A\nMarek Solvanger owns three ore carriers, and Britain froze them under its sanctions rules in June. In July the EU listed him too.", "European Union", "Marek Solvanger", true},
		{"sanctioned her", "A\nIlse Brandvik chairs a fertiliser trader. Canada sanctioned her on Tuesday.", "Canada", "Ilse Brandvik", true},
		{"placed under a keeper's sanctions", lead + ". In April he was placed under Swiss sanctions as well.", "Switzerland", "Anton Drevlyansky", true},
		{"his assets with a demonym", lead + ". Norway froze his Danish assets in April.", "Norway", "Anton Drevlyansky", true},
		{"blacklisted him, another state condemned", lead + ". Poland condemned the decision after Norway blacklisted him.", "Norway", "Anton Drevlyansky", true},
		// counter-examples
		{"the demonym is no target", lead + ". Norway froze his Danish assets in April.", "Norway", "Denmark", false},
		{"the condemning state", lead + ". Poland condemned the decision after Norway blacklisted him.", "Poland", "Anton Drevlyansky", false},
		{"listed as a witness", lead + ", who faces sanctions in two countries. Norway listed him as a witness in the case.", "Norway", "Anton Drevlyansky", false},
		{"a sports body's sanction", lead + ", who faces sanctions in two countries. The Norwegian Football Federation sanctioned him for misconduct.", "Norwegian Football Federation", "Anton Drevlyansky", false},
		{"only asked whether", lead + ". Activists asked whether Norway had sanctioned him.", "Norway", "Anton Drevlyansky", false},
		{"only debated", lead + ". Sanctions on him were debated in Oslo, but Norway never listed him.", "Norway", "Anton Drevlyansky", false},
		{"only wished for", lead + ". Critics say Norway should have sanctioned him.", "Norway", "Anton Drevlyansky", false},
		{"an active placed under: no passive subject", lead + ". Norway has placed under Swiss sanctions two of his firms.", "Switzerland", "Norway", false},
	})
}

// Round 27 review: a possessive "her" is no target ("sanctioned her
// husband, X" targets X alone); a "him" whose person is named only in an
// earlier sentence that names a second man stays unresolved; "listed him"
// needs sanctions in its sentence or the one before. People are invented.
func TestPronounTargetsReviewRound27(t *testing.T) {
	const wife = "A\nGreta Holmqvist owns a shipping agency in Tromsø. "
	checkRels(t, RelSanctioned, []relCase{
		{"possessive her: the husband", wife + "Canada sanctioned her husband, Sven Aldergren, on Tuesday.", "Canada", "Sven Aldergren", true},
		{"object her with a time word", wife + "Canada sanctioned her on Tuesday.", "Canada", "Greta Holmqvist", true},
		{"object her too", wife + "Britain froze her yacht in May, and Canada sanctioned her too.", "Canada", "Greta Holmqvist", true},
		{"a second man only in an aside about the first", "A\nAnton Drevlyansky, who bought Pavel Ostrander's old estate in 2017, was listed by Britain in March. Norway sanctioned him in May.", "Norway", "Anton Drevlyansky", true},
		{"one man in the sentence before", "A\nThe villa belongs to businessman Anton Drevlyansky. Norway sanctioned him in May.", "Norway", "Anton Drevlyansky", true},
		// counter-examples
		{"possessive her is no target", wife + "Canada sanctioned her husband, Sven Aldergren, on Tuesday.", "Canada", "Greta Holmqvist", false},
		{"possessive her before a name", wife + "Canada sanctioned her Arctic Haul fleet on Tuesday.", "Canada", "Greta Holmqvist", false},
		{"two men in the sentence before", "A\nPavel Ostrander met Anton Drevlyansky in Geneva. Norway sanctioned him in May.", "Norway", "Pavel Ostrander", false},
		{"two men: the other one neither", "A\nPavel Ostrander met Anton Drevlyansky in Geneva. Norway sanctioned him in May.", "Norway", "Anton Drevlyansky", false},
		{"listed with no sanctions near", "A\nThe villa belongs to businessman Anton Drevlyansky. Norway listed him in May.", "Norway", "Anton Drevlyansky", false},
	})
}
