package ingest

import (
	"context"
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that no input makes Extract panic, hang or produce
// relations whose evidence offsets fall outside the cleaned text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"Title\nBody text. Orlov said hello.",
		"\xff\xfe\x00",
		"a\x00b",
		"Home » world » X\n\nPrevious Article\n\nNext Article",
		"!!!???...,,,;;;———“”“”«»",
		"U.S. U.S.-Russia D.C. Mr. Jr. J. R. R.",
		"Name Position Country\nA B Envoy Russia\nC D President United States",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Extract(context.Background(), Document{File: "fuzz.txt", Text: data})
		if err != nil {
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("unexpected error type: %v", err)
			}
			return
		}
		if !utf8.ValidString(res.Article.Text) {
			t.Fatal("cleaned text is not UTF-8")
		}
		n := len(res.Article.Text)
		for _, r := range res.Relations {
			if r.Start < 0 || r.End > n || r.Start > r.End {
				t.Fatalf("bad offsets %d..%d of %d", r.Start, r.End, n)
			}
		}
		for _, e := range res.Entities {
			for _, s := range e.Spans {
				if s.Start < 0 || s.End > n || s.Start >= s.End {
					t.Fatalf("bad span %+v of %d", s, n)
				}
			}
		}
	})
}
