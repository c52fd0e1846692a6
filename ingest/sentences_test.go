package ingest

import (
	"strings"
	"testing"
)

func sentTexts(text string) []string {
	toks := tokenize(text, nil)
	var out []string
	for _, s := range splitSentences(text, toks, nil) {
		out = append(out, text[s.start:s.end])
	}
	return out
}

func TestSentenceSplitting(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "The U.S. Congress met. Mr. Smith Jr. spoke to Dr. Jones in Washington, D.C. on Monday.",
			[]string{"The U.S. Congress met.", "Mr. Smith Jr. spoke to Dr. Jones in Washington, D.C. on Monday."}},
		{"dotted end", "He flew to the U.S. The visit was short.",
			[]string{"He flew to the U.S.", "The visit was short."}},
		{"initials", "John F. Kennedy spoke. J. R. R. Tolkien wrote.",
			[]string{"John F. Kennedy spoke.", "J. R. R. Tolkien wrote."}},
		{"quotes", "“We are ready,” he said. “Are you?” She nodded.",
			[]string{"“We are ready,” he said.", "“Are you?”", "She nodded."}},
		{"missing space", "It ended in Moscow.The talks resume soon.",
			[]string{"It ended in Moscow.", "The talks resume soon."}},
		{"headings", "Diplomatic Efforts Continue\nThe envoy spoke.",
			[]string{"Diplomatic Efforts Continue", "The envoy spoke."}},
		{"dash", "Washington D.C. – The envoy spoke – briefly – to reporters.",
			[]string{"Washington D.C. – The envoy spoke – briefly – to reporters."}},
		{"missing capital", "They met lawmakers. according to the envoy, talks will go on.",
			[]string{"They met lawmakers.", "according to the envoy, talks will go on."}},
		{"abbreviation before lower case", "Prices rose, etc. and then fell at 3 p.m. the next day.",
			[]string{"Prices rose, etc. and then fell at 3 p.m. the next day."}},
		{"numbers", "Growth was 3.5 percent in 2024. It was 1,200 tonnes.",
			[]string{"Growth was 3.5 percent in 2024.", "It was 1,200 tonnes."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := sentTexts(tc.in)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestTableDetection(t *testing.T) {
	text := "Name Position Country\nDenis Volkov Trade Envoy Russia\nJane Smith President United States\nThe end."
	toks := tokenize(text, nil)
	sents := splitSentences(text, toks, nil)
	if len(sents) != 4 || !sents[0].table || !sents[1].table || !sents[2].table || sents[3].table {
		t.Fatalf("table flags wrong: %+v", sents)
	}
}

func TestTokens(t *testing.T) {
	toks := tokenize("Russia’s U.S.-Russia talks, Al-Assad's O'Brien G20", nil)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.lower)
	}
	want := []string{"russia", "'s", "u.s.", "-", "russia", "talks", ",", "al", "-", "assad", "'s", "o'brien", "g20"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("tokens %q\nwant %q", got, want)
	}
	if !toks[2].dotted || !toks[12].cap {
		t.Fatalf("flags wrong: %+v %+v", toks[2], toks[12])
	}
}

func TestDates(t *testing.T) {
	ref := date{2025, 10, 26} // a Sunday
	for _, tc := range []struct{ in, want string }{
		{"It happened on March 26.", "2025-03-26"},
		{"It happened on December 2.", "2024-12-02"},
		{"Signed on October 26, 2025 in Rome.", "2025-10-26"},
		{"Signed on 4 July 2020.", "2020-07-04"},
		{"They met on Sunday.", "2025-10-26"},
		{"They met on Friday.", "2025-10-24"},
		{"They met yesterday.", "2025-10-25"},
		{"In March 2024 prices rose.", "2024-03"},
		{"They may meet.", ""},
	} {
		toks := tokenize(tc.in, nil)
		if got := sentenceDate(toks, 0, len(toks), ref); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
	toks := tokenize("on March 26", nil)
	if got := sentenceDate(toks, 0, len(toks), date{}); got != "--03-26" {
		t.Errorf("no reference: %q", got)
	}
}
