package ingest

import "testing"

// TestWordsOver checks that the early-stopping count agrees with
// wordCount at every bound, on lines with tabs, runs of spaces, leading
// and trailing blanks and none.
func TestWordsOver(t *testing.T) {
	lines := []string{"", " ", "one", "  two  words ", "a\tb\nc\r\nd", "The council met on Tuesday to discuss the budget.",
		"x  y   z    ", "\u201cQuoted\u201d words \u2014 and a dash"}
	for _, l := range lines {
		for n := 0; n <= 12; n++ {
			if got, want := wordsOver(l, n), wordCount(l) > n; got != want {
				t.Errorf("wordsOver(%q, %d) = %v, want %v", l, n, got, want)
			}
		}
	}
}
