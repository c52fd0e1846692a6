package ingest

import "testing"

// Round 27: sanctions whose target is a pronoun for a person named
// before: a sanctioning body that "listed him", "sanctioned her" or
// "blacklisted him", a person who "was placed under <Keeper> sanctions",
// and a freeze of "his <modifier> assets" (the modifier says where the
// wealth lies; it names no target). A listing "as a witness", a sports
// body's sanction, a state that only condemned, sanctions only urged,
// debated or wished for stay out. People and firms are invented.
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
		{"only debated", lead + ". Sanctions on him were debated in Oslo, but Norway never listed him.", "Norway", "Anton Drevlyansky", false},
		{"only wished for", lead + ". Critics say Norway should have sanctioned him.", "Norway", "Anton Drevlyansky", false},
		{"only urged", lead + ". Activists urged Norway to sanction him.", "Norway", "Anton Drevlyansky", false},
		{"placed under protection", lead + ". He was placed under Swiss police protection in April.", "Switzerland", "Anton Drevlyansky", false},
	})
}
