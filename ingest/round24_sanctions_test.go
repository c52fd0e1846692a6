package ingest

import "testing"

// Round 24: a sentence that goes on naming the targets of the sanctions
// statement before it. Its verb may follow an aside and an adverb ("The
// listings, published on Friday, also cover X"), be "added" right before
// a name ("The package added X"), and its list may go on after "including"
// or "along with". The imposer is the one of the statement before; an
// urged, debated or lifted measure gives none. Names are invented.
func TestFollowUpTargetsRound24(t *testing.T) {
	const base = "A\nNorway imposed sanctions on four timber traders on Tuesday. "
	checkRels(t, RelSanctioned, []relCase{
		{"an adverb after the aside", base + "The listings, published by the foreign ministry, also cover Brantvik Timber Company.", "Norway", "Brantvik Timber Company", true},
		{"a -ly adverb before the verb", base + "The designation expressly covers their holding firm, including Brantvik Timber Company.", "Norway", "Brantvik Timber Company", true},
		{"added before a name", base + "The package added Brantvik Timber Company, a sawmill group, and Osterlund Wood Ltd, a broker in Tromso.", "Norway", "Osterlund Wood Ltd", true},
		{"a list going on after along with", base + "The package added Brantvik Timber Company, a sawmill group, along with Osterlund Wood Ltd, a log exporter.", "Norway", "Osterlund Wood Ltd", true},
		// counter-examples
		{"added to something, no name after the verb", base + "The measures added to woes at Osterlund Wood Ltd, a log exporter.", "Norway", "Osterlund Wood Ltd", false},
		{"sanctions only urged", "A\nLawmakers urged Norway to impose sanctions on four timber traders. The measures would also cover Brantvik Timber Company.", "Norway", "Brantvik Timber Company", false},
		{"sanctions only debated", "A\nNorway is debating sanctions on four timber traders. The listings, drafted by officials, also cover Brantvik Timber Company.", "Norway", "Brantvik Timber Company", false},
		{"states that condemned", "A\nNorway, Iceland and Denmark condemned the logging on Tuesday. The statement, read in Oslo, also named Brantvik Timber Company.", "Norway", "Brantvik Timber Company", false},
		{"a lifted listing", "A\nNorway lifted sanctions on four timber traders on Tuesday. The decision, published in Oslo, also covers Brantvik Timber Company.", "Norway", "Brantvik Timber Company", false},
	})
}

// TestRound24ReviewFollowUpAdverbs checks what may stand between a
// follow-up subject and its verb: an adverb made from an ordinary word,
// not any word ending in "ly"; and an aside that never closes with a
// comma leaves the sentence without a follow-up verb. Names are invented.
func TestRound24ReviewFollowUpAdverbs(t *testing.T) {
	lx := getLexicon()
	for w, want := range map[string]bool{"expressly": true, "formally": true, "specifically": true, "heavily": true, "notably": true,
		"supply": false, "family": false, "assembly": false, "rally": false} {
		if got := lx.lyAdverb(w); got != want {
			t.Errorf("lyAdverb(%q) = %v, want %v", w, got, want)
		}
	}
	const base = "A\nNorway imposed sanctions on four timber traders on Tuesday. "
	checkRels(t, RelSanctioned, []relCase{
		{"a -ly adverb after the aside", base + "The listings, published on Friday, formally cover Brantvik Timber Company.", "Norway", "Brantvik Timber Company", true},
		// counter-examples
		{"a noun in -ly after the subject", base + "The sanctions rally hit Brantvik Timber Company hardest among the listed traders.", "Norway", "Brantvik Timber Company", false},
		{"an aside with no closing comma", base + "The measures, which the ministry drew up over many months with help from customs officers and from the harbour police of three northern towns and which " +
			"lists include Brantvik Timber Company.", "Norway", "Brantvik Timber Company", false},
	})
}
