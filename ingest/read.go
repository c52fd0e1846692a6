package ingest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// MaxDocumentSize bounds one article. Anything larger is refused rather
// than buffered: news articles are kilobytes, not megabytes.
const MaxDocumentSize = 64 << 20

// ReadFile reads one article from disk. It fails for unreadable or
// oversized files; content validation happens in Extract so that callers
// holding bytes get the same checks.
func ReadFile(path string) (Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return Document{}, fmt.Errorf("read article: %w", err)
	}
	defer f.Close()
	return ReadDocument(path, f)
}

// ReadDocument reads one article from r (for example standard input),
// refusing more than MaxDocumentSize bytes.
func ReadDocument(name string, r io.Reader) (Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDocumentSize+1))
	if err != nil {
		return Document{}, fmt.Errorf("read article %s: %w", name, err)
	}
	if len(data) > MaxDocumentSize {
		return Document{}, &InputError{File: name, Reason: fmt.Sprintf("larger than %d bytes", MaxDocumentSize)}
	}
	return Document{File: name, Text: data}, nil
}

// validate checks that raw bytes are a text article and returns them with
// any UTF-8 byte-order mark removed.
func validate(name string, raw []byte) ([]byte, error) {
	b := bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, &InputError{File: name, Reason: "empty"}
	}
	if len(b) > MaxDocumentSize {
		return nil, &InputError{File: name, Reason: fmt.Sprintf("larger than %d bytes", MaxDocumentSize)}
	}
	if len(b) >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff)) {
		return nil, &InputError{File: name, Reason: "utf-16 text is not supported (convert to utf-8)"}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return nil, &InputError{File: name, Reason: fmt.Sprintf("binary data (NUL byte at offset %d)", i)}
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, &InputError{File: name, Reason: fmt.Sprintf("not valid utf-8 (first bad byte at offset %d)", off)}
	}
	// Many control characters mean a binary format that happens to be
	// valid UTF-8.
	ctrl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctrl++
		}
	}
	if ctrl > 8 && ctrl*100 > len(b) {
		return nil, &InputError{File: name, Reason: fmt.Sprintf("binary data (%d control characters)", ctrl)}
	}
	return b, nil
}
