package graph

import (
	"reflect"
	"testing"
)

// nameSpans finds whole-word occurrences, longer names first, without
// overlaps, in byte offsets of UTF-8 text.
func TestNameSpans(t *testing.T) {
	text := "Anatoly Antonov met Antonova. Antonov said: «Antonov’s» view; Ærø Antonov."
	got := nameSpans(text, []string{"Antonov", "Anatoly Antonov", "", "Antonov"})
	var words []string
	for _, s := range got {
		words = append(words, text[s[0]:s[1]])
	}
	want := []string{"Anatoly Antonov", "Antonov", "Antonov", "Antonov"}
	if !reflect.DeepEqual(words, want) {
		t.Errorf("spans %v give %q, want %q", got, words, want)
	}
	for _, s := range got {
		if s[0] < 0 || s[1] > len(text) || s[0] >= s[1] {
			t.Errorf("span %v outside the text", s)
		}
	}
	if got := nameSpans("no names here", []string{"Lee"}); len(got) != 0 {
		t.Errorf("found %v", got)
	}
}
