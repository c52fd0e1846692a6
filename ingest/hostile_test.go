package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Non-English news paragraphs (written for this test): the extractor is
// built for English and may find little in them, but it must read them
// without error.
const (
	russianNews = "Министр иностранных дел России встретился в Женеве с представителем ООН. " +
		"Стороны обсудили гуманитарную ситуацию и обмен пленными. " +
		"«Мы готовы продолжать диалог», — заявил министр журналистам после встречи."
	chineseNews = "外交部发言人周三在例行记者会上表示，中方愿同各方加强沟通。" +
		"双方代表在北京举行会谈，就地区安全问题交换了意见。" +
		"发言人说：“我们反对单边制裁。”"
	arabicNews = "التقى وزير الخارجية نظيره الأردني في عمّان يوم الاثنين، وبحث الجانبان الأوضاع في المنطقة. " +
		"وقال الوزير للصحفيين إن بلاده تدعم الحل السياسي. " +
		"وأعلنت الحكومة فرض عقوبات على شركتين."
)

// TestHostileInput feeds inputs a batch of "articles" really contains:
// nothing, binary files, the wrong encoding, something far too large,
// other languages, punctuation noise. Each either extracts or fails with
// an *InputError whose reason says what is wrong; none panics or hangs
// (the test's own timeout and the time check guard that).
func TestHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	limit := int(MaxDocumentSize())
	for _, tc := range []struct {
		name   string
		in     []byte
		reason string // "" when the input must extract
	}{
		{"empty", nil, "empty"},
		{"whitespace only", []byte(" \n\t\r\n   \n"), "empty"},
		{"bom only", []byte("\xef\xbb\xbf  \n"), "empty"},
		{"nul bytes", []byte("Title\n\nBody\x00text with a NUL."), "NUL byte at offset 11"},
		{"invalid utf-8", []byte("Minister met the envoy in Z\xfcrich on Monday."), "first bad byte at offset 27"},
		{"utf-16 le bom", []byte("\xff\xfeT\x00i\x00t\x00l\x00e\x00"), "utf-16"},
		{"utf-16 be bom", []byte("\xfe\xff\x00T\x00i\x00t\x00l\x00e"), "utf-16"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), "PNG image"},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "PDF document"},
		{"zip", []byte("PK\x03\x04\x14\x00\x06\x00"), "zip archive"},
		{"control characters", bytes.Repeat([]byte("\x01\x02\x03ab"), 100), "control characters"},
		{"just over the limit", bytes.Repeat([]byte("a"), limit+1), "larger than 4 MB (news articles are kilobytes; raise with --max-size)"},
		{"5 MB", bytes.Repeat([]byte("The minister met the envoy. "), 5<<20/28), "larger than 4 MB"},
		{"10 MB single line", bytes.Repeat([]byte("Pavel Orlov said Moscow and Washington met, "), 10<<20/44), "larger than 4 MB"},
		{"russian", []byte(russianNews), ""},
		{"chinese", []byte(chineseNews), ""},
		{"arabic", []byte(arabicNews), ""},
		{"mixed scripts", []byte("Moscow talks / переговоры / 会谈\n\n" + russianNews + "\n" + chineseNews + "\n" + arabicNews), ""},
		{"repeated punctuation", bytes.Repeat([]byte("!?.,;:\u2014\u201c\u201d()[]\u00ab\u00bb\u2026-"), 100000), ""},
		{"deeply nested brackets", []byte(strings.Repeat("(", 200000) + "Orlov said" + strings.Repeat(")", 200000)), ""},
		{"one long word", bytes.Repeat([]byte("x"), limit-16), ""},
		{"4 MB of one-word lines", bytes.Repeat([]byte("Headline\n"), (limit-16)/9), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			res, err := Extract(context.Background(), Document{File: "bad.txt", Text: tc.in})
			if d := time.Since(start); d > 60*time.Second { // ~1 s normally; generous for -race
				t.Errorf("took %v", d)
			}
			if tc.reason == "" {
				if err != nil {
					t.Fatalf("Extract: %v", err)
				}
				if len(res.Article.Title) > maxTitleBytes {
					t.Errorf("a %d-byte title", len(res.Article.Title))
				}
				if res.Article.Words == 0 && len(tc.in) > 0 && !bytes.ContainsAny(tc.in, "abcdefghijklmnopqrstuvwxyz") && tc.name != "repeated punctuation" {
					t.Errorf("no words counted in %d bytes", len(tc.in))
				}
				return
			}
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("err = %v, want an *InputError", err)
			}
			if ie.File != "bad.txt" || !strings.Contains(ie.Reason, tc.reason) {
				t.Fatalf("error %q, want file bad.txt and a reason containing %q", err, tc.reason)
			}
		})
	}
}

// TestNonEnglishWords checks that other scripts are tokenised as words,
// not dropped: the word count is what the loader reports per article.
func TestNonEnglishWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		min  int
	}{
		{"russian", russianNews, 20},
		{"arabic", arabicNews, 20},
		{"chinese", chineseNews, 3}, // no spaces: runs of characters
	} {
		res := run(t, tc.in)
		if res.Article.Words < tc.min {
			t.Errorf("%s: %d words, want at least %d", tc.name, res.Article.Words, tc.min)
		}
	}
}

// TestMaxDocumentSize covers the limit's API: the default, a raised
// limit, the error from ReadFile (which refuses a large file before
// reading it) and ReadDocument, and the reason's wording.
func TestMaxDocumentSize(t *testing.T) {
	if got := MaxDocumentSize(); got != DefaultMaxDocumentSize {
		t.Fatalf("MaxDocumentSize() = %d, want the default %d", got, DefaultMaxDocumentSize)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("word "), DefaultMaxDocumentSize/5+10), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path)
	var ie *InputError
	if !errors.As(err, &ie) || ie.File != path || ie.Reason != "larger than 4 MB (news articles are kilobytes; raise with --max-size)" {
		t.Fatalf("ReadFile of an oversized file: %v", err)
	}
	if _, err := ReadDocument("-", bytes.NewReader(make([]byte, DefaultMaxDocumentSize+1))); !errors.As(err, &ie) || ie.File != "-" {
		t.Fatalf("ReadDocument of an oversized stream: %v", err)
	}

	prev := SetMaxDocumentSize(8 << 20)
	defer SetMaxDocumentSize(prev)
	if prev != DefaultMaxDocumentSize {
		t.Fatalf("SetMaxDocumentSize returned %d", prev)
	}
	doc, err := ReadFile(path)
	if err != nil || len(doc.Text) <= DefaultMaxDocumentSize {
		t.Fatalf("with the limit raised to 8 MB: %d bytes, %v", len(doc.Text), err)
	}
	SetMaxDocumentSize(1536 << 10)
	if _, err := ReadFile(path); !errors.As(err, &ie) || !strings.HasPrefix(ie.Reason, "larger than 1.5 MB ") {
		t.Fatalf("with a 1.5 MB limit: %v", err)
	}
	if SetMaxDocumentSize(0); MaxDocumentSize() != DefaultMaxDocumentSize {
		t.Fatalf("SetMaxDocumentSize(0) left %d, want the default", MaxDocumentSize())
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{4 << 20: "4 MB", 1536 << 10: "1.5 MB", 512 << 10: "512 KB", 300: "300 bytes", 1<<10 + 1: "1025 bytes"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}
