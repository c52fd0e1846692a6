package ingest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"unicode/utf8"
)

// DefaultMaxDocumentSize bounds one article unless SetMaxDocumentSize
// says otherwise. News articles are kilobytes; 4 MB is far above any of
// them and keeps the extractor's memory (a small multiple of its input,
// see TestMemoryBounded) bounded on hostile or mistaken input: a log
// file, a database dump, a whole book.
const DefaultMaxDocumentSize = 4 << 20

// maxDocumentSize is the limit in force; atomic so that a command-line
// flag may set it while nothing else reads it, and tests may read it from
// parallel goroutines.
var maxDocumentSize atomic.Int64

func init() { maxDocumentSize.Store(DefaultMaxDocumentSize) }

// MaxDocumentSize returns the largest article, in bytes, that ReadFile,
// ReadDocument and Extract accept.
func MaxDocumentSize() int64 { return maxDocumentSize.Load() }

// SetMaxDocumentSize changes the limit (the --max-size flag); n <= 0
// restores the default. It returns the previous limit.
func SetMaxDocumentSize(n int64) int64 {
	if n <= 0 {
		n = DefaultMaxDocumentSize
	}
	return maxDocumentSize.Swap(n)
}

// tooLarge is the error for an article over the limit: it says how large
// the limit is, why it exists and how to change it.
func tooLarge(name string, limit int64) error {
	return &InputError{File: name, Reason: fmt.Sprintf("larger than %s (news articles are kilobytes; raise with --max-size)", formatSize(limit))}
}

// formatSize writes a byte count the way a person would: "4 MB",
// "512 KB", "1.5 MB", "300 bytes".
func formatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}

// ReadFile reads one article from disk. It fails for unreadable or
// oversized files; content validation happens in Extract so that callers
// holding bytes get the same checks.
func ReadFile(path string) (Document, error) {
	// Only regular files are articles. Opening a named pipe would wait for
	// a writer forever and a device could be endless, so they are refused
	// before they are opened.
	// A file known to be too large is refused before a byte is read.
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return Document{}, &InputError{File: path, Reason: "not a regular file (" + fileKind(st.Mode()) + ")"}
		}
		if limit := MaxDocumentSize(); st.Size() > limit {
			return Document{}, tooLarge(path, limit)
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return Document{}, fmt.Errorf("read article: %w", err)
	}
	defer f.Close()
	return ReadDocument(path, f)
}

// fileKind names a non-regular file type for an error message.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

// ReadDocument reads one article from r (for example standard input),
// refusing more than MaxDocumentSize bytes without reading the rest.
func ReadDocument(name string, r io.Reader) (Document, error) {
	limit := MaxDocumentSize()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return Document{}, fmt.Errorf("read article %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return Document{}, tooLarge(name, limit)
	}
	return Document{File: name, Text: data}, nil
}

// validate checks that raw bytes are a text article and returns them with
// any UTF-8 byte-order mark removed.
func validate(name string, raw []byte) ([]byte, error) {
	b := bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if limit := MaxDocumentSize(); int64(len(b)) > limit {
		return nil, tooLarge(name, limit)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, &InputError{File: name, Reason: "empty"}
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			return nil, &InputError{File: name, Reason: "binary data (" + m.what + ", not text)"}
		}
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

// binaryMagic are the opening bytes of files most often handed to the
// extractor by mistake (a scraped page's images, a saved PDF, an archive);
// naming the format tells the user what went wrong.
var binaryMagic = []struct{ prefix, what string }{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a zip archive or office document"},
	{"\x1f\x8b", "gzip-compressed data"},
	{"\x7fELF", "an executable"},
}
