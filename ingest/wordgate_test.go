package ingest

import (
	"strings"
	"testing"
)

// TestWordGate checks that a gate lets every word of its set through (a
// gate that turned a member away would silently drop a cue) and turns
// away words whose length and first letter, or length and last letter,
// no member shares.
func TestWordGate(t *testing.T) {
	g := gateOf(set("tariff", "quota", "levy"))
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"tariff", true},
		{"quota", true},
		{"levy", true},
		{"lazy", true},     // same length, first and last letter as "levy": the map decides
		{"lend", false},    // "levy"'s length and first letter, but no four-letter member ends in "d"
		{"tariffs", false}, // one letter longer than any "t" word
		{"quota", true},
		{"query", false}, // "quota"'s length and first letter, not its last
		{"duty", false},
		{"", false},
		{"l", false},
	} {
		if got := g.may(tc.w); got != tc.want {
			t.Errorf("may(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	long := "a" + strings.Repeat("b", 40)
	if g2 := gateOf(map[string]bool{long: true}); !g2.may(long) || !g2.may(long+"b") {
		t.Errorf("words longer than the gate's table share its last row")
	}
}

// TestGatesHoldTheirSets checks every gate in use against its set: no
// member may fail its gate.
func TestGatesHoldTheirSets(t *testing.T) {
	lx := getLexicon()
	for _, tc := range []struct {
		name string
		gate interface{ may(string) bool } // a *wordGate or a *wordBits
		sets []map[string]bool
	}{
		{"speech", &lx.gate.speech, []map[string]bool{lx.speech, lx.speechWk, issueVerbs}},
		{"impose", &lx.gate.impose, []map[string]bool{lx.impose}},
		{"meet", &lx.gate.meet, []map[string]bool{lx.meet}},
		{"meetWith", &lx.gate.meetWith, []map[string]bool{lx.meetWith}},
		{"designation", &designationGate, []map[string]bool{designationNouns}},
		{"listVerb", &listVerbGate, []map[string]bool{listVerbs}},
		{"closeVerb", &closeVerbGate, []map[string]bool{closeVerbs}},
		{"restriction", &restrictionGate, []map[string]bool{restrictionNouns}},
		{"frameVerb", &frameVerbGate, []map[string]bool{frameVerbs}},
		{"frameNoun", &frameNounGate, []map[string]bool{frameNouns}},
		{"meetTrigger", &meetTriggerGate, []map[string]bool{meetTriggerWords}},
		{"exportHalts", &exportHaltsGate, []map[string]bool{exportHalts}},
		{"first", &lx.gate.first, []map[string]bool{lx.first}},
		{"stopCaps", &stopCapsBits, []map[string]bool{stopCaps}},
		{"fairHeads", &fairHeadsGate, []map[string]bool{fairHeads}},
		{"monthVotes", &monthVotesGate, []map[string]bool{monthVotes}},
		{"partyPlurals", &partyPluralsGate, []map[string]bool{partyPlurals}},
		{"modalMarkers", &modalMarkersBits, []map[string]bool{modalMarkers}},
		{"nameParticles", &nameParticlesGate, []map[string]bool{nameParticles}},
		{"regionAdjectives", &regionAdjectivesGate, []map[string]bool{regionAdjectives}},
		{"stormHeads", &stormHeadsGate, []map[string]bool{stormHeads}},
		{"issuerHeads", &issuerHeadsGate, []map[string]bool{issuerHeads}},
		{"placePreps", &placePrepsGate, []map[string]bool{placePreps}},
	} {
		for _, m := range tc.sets {
			for w := range m {
				if !tc.gate.may(w) {
					t.Errorf("%s gate turns away its member %q", tc.name, w)
				}
			}
		}
	}
	for w := range partyWords {
		if !partyWordsGate.may(w) {
			t.Errorf("partyWords gate turns away its member %q", w)
		}
	}
	for w := range lx.phrasal {
		if !lx.gate.speech.may(w) {
			t.Errorf("speech gate turns away phrasal %q", w)
		}
	}
	for w := range lx.titles {
		if len(lx.titlesAt(w)) == 0 {
			t.Errorf("titlesAt(%q) is empty", w)
		}
	}
}

// TestWordBitsHoldGazetteer checks the gazetteer's first-word gate: every
// first word of a phrase passes it (phraseAt would otherwise lose the
// phrase), no phrase opens with the empty word (which the gate turns
// away), and most ordinary words are turned away before the map.
func TestWordBitsHoldGazetteer(t *testing.T) {
	lx := getLexicon()
	if len(lx.gz[""]) > 0 {
		t.Fatalf("a gazetteer phrase opens with the empty word")
	}
	for w := range lx.gz {
		if !lx.gate.gz.may(w) {
			t.Errorf("gazetteer word %q fails its gate", w)
		}
	}
	var g wordBits
	for _, w := range []string{"tariff", "quota", "a", "levy"} {
		g.add(w)
	}
	for _, w := range []string{"tariff", "quota", "a", "levy"} {
		if !g.may(w) {
			t.Errorf("may(%q) = false for a member", w)
		}
	}
	if g.may("") {
		t.Errorf("may(\"\") = true")
	}
	out := 0
	words := strings.Fields("the envoy said on monday that talks would resume after a pause of several weeks in the capital")
	for _, w := range words {
		if !g.may(w) {
			out++
		}
	}
	if out < len(words)-3 {
		t.Errorf("only %d of %d words turned away by a four-word gate", out, len(words))
	}
}
