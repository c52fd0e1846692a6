package ingest

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name, in, reason string
	}{
		{"empty", "", "empty"},
		{"blank", " \n\t\n", "empty"},
		{"nul", "Hello\x00world", "binary data"},
		{"bad utf8", "Caf\xe9 au lait", "not valid utf-8"},
		{"utf16", "\xff\xfeH\x00i\x00", "utf-16"},
		{"controls", strings.Repeat("\x01\x02ab", 20), "binary data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(context.Background(), Document{File: "x.txt", Text: []byte(tc.in)})
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("err = %v, want ErrInvalidInput", err)
			}
			var ie *InputError
			if !errors.As(err, &ie) || !strings.Contains(ie.Reason, tc.reason) {
				t.Fatalf("reason = %v, want it to contain %q", err, tc.reason)
			}
		})
	}
}

func TestBOMStripped(t *testing.T) {
	res := run(t, "\ufeffRussia and China sign a deal\nThe deal was signed in Beijing.")
	if res.Article.Title != "Russia and China sign a deal" {
		t.Fatalf("title = %q", res.Article.Title)
	}
}

func TestReadDocumentLimit(t *testing.T) {
	doc, err := ReadDocument("-", strings.NewReader("short"))
	if err != nil || string(doc.Text) != "short" || doc.File != "-" {
		t.Fatalf("ReadDocument = %+v, %v", doc, err)
	}
	big := bytes.NewReader(make([]byte, MaxDocumentSize()+10))
	if _, err := ReadDocument("-", big); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("oversized input: err = %v", err)
	}
	if _, err := ReadFile("/nonexistent/file.txt"); err == nil {
		t.Fatal("ReadFile of a missing file did not fail")
	}
}

func TestDeriveID(t *testing.T) {
	res := run(t, "A title\nSome text here.")
	if res.Article.ID != "t" || res.File != "t.txt" {
		t.Fatalf("id %q file %q", res.Article.ID, res.File)
	}
	r2, err := Extract(context.Background(), Document{Text: []byte("A title\nSome text.")})
	if err != nil || !strings.HasPrefix(r2.Article.ID, "sha256-") {
		t.Fatalf("id %q err %v", r2.Article.ID, err)
	}
	if len(res.Article.SHA256) != 64 {
		t.Fatalf("sha256 %q", res.Article.SHA256)
	}
}
