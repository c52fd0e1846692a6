package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tkWord  tokKind = iota // letters, possibly with digits ("G20")
	tkNum                  // starts with a digit
	tkPunct                // one punctuation rune
	tkPoss                 // possessive 's
)

// token is a slice of the cleaned text with its byte offsets. text and
// lower share memory with the text whenever no case change was needed.
type token struct {
	start, end int
	text       string
	lower      string // lower case, typographic apostrophes made plain
	kind       tokKind
	cap        bool // starts with an upper-case letter
	upper      bool // two or more letters, all upper case
	dotted     bool // dotted abbreviation such as "U.S." or "D.C."
	space      bool // whitespace (or start of text) before it
	nl         bool // first token of a line
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func isLetterRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') ||
		r >= utf8.RuneSelf && unicode.IsLetter(r)
}

// asciiSpace holds the ASCII bytes isSpaceRune accepts.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return r >= utf8.RuneSelf && unicode.IsSpace(r)
}

func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' }

// isAposText reports a token text that is a bare apostrophe, straight or
// curly (the possessive of a plural: "the sides' pledge").
func isAposText(s string) bool { return s == "'" || s == "\u2019" }

// tokenize splits text into tokens. It never fails and runs in linear
// time; dst is reused when it has capacity.
func tokenize(text string, dst []token) []token {
	toks := dst[:0]
	if len(text) > 1<<16 {
		// a long text gets its table at once: growing it by appends
		// would hold the old and the new array together, more than
		// doubling the peak for the largest stage of a big input
		if n := estimateTokens(text); cap(toks) < n {
			toks = make([]token, 0, n)
		}
	}
	n := len(text)
	space, nl := true, true
	for i := 0; i < n; {
		// decode and isSpaceRune, with ASCII (almost every byte of a
		// text) tested in line: the two calls cost more than the test
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && isSpaceRune(r) {
			space = true
			if r == '\n' || r == '\r' {
				nl = true
			}
			i += w
			continue
		}
		start := i
		kind := tkPunct
		dotted := false
		switch {
		case isLetterRune(r):
			kind = tkWord
			// Dotted abbreviation: single letters each followed by a dot.
			if j := dottedEnd(text, i); j > 0 {
				i = j
				dotted = true
				break
			}
			i = wordEnd(text, i)
		case r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r):
			kind = tkNum
			i = numEnd(text, i)
		case isApos(r) && i+w < n && (text[i+w] == 's' || text[i+w] == 'S') && len(toks) > 0 && !space && toks[len(toks)-1].kind == tkWord:
			// possessive 's
			j := i + w + 1
			if j >= n || !isWordByte(text, j) {
				kind = tkPoss
				i = j
				break
			}
			i += w
		default:
			i += w
		}
		t := token{start: start, end: i, text: text[start:i], kind: kind, space: space, nl: nl, dotted: dotted}
		fillCase(&t)
		toks = append(toks, t)
		space, nl = false, false
	}
	return toks
}

func isWordByte(s string, i int) bool {
	r, _ := decode(s, i)
	return isWordRune(r)
}

// dottedEnd returns the end of a dotted abbreviation ("U.S.", "D.C.",
// "e.g.") starting at i, or 0.
func dottedEnd(s string, i int) int {
	if s[i] < utf8.RuneSelf && (i+1 >= len(s) || s[i+1] != '.') {
		return 0 // an ASCII letter without a dot after it: most words
	}
	j := i
	count := 0
	for j < len(s) {
		r, w := decode(s, j)
		if !isLetterRune(r) || j+w >= len(s) || s[j+w] != '.' {
			break
		}
		// the letter must be a single letter: next after it is '.'
		j += w + 1
		count++
		if j < len(s) {
			r2, _ := decode(s, j)
			if !isLetterRune(r2) {
				break
			}
			// next segment must again be letter + '.'
			_, w2 := decode(s, j)
			if j+w2 >= len(s) || s[j+w2] != '.' {
				break
			}
		}
	}
	if count >= 2 {
		return j
	}
	return 0
}

// wordEnd scans letters, digits and internal apostrophes (O'Brien,
// don't), stopping before a possessive 's, hyphens and everything else.
func wordEnd(s string, i int) int {
	n := len(s)
	for i < n {
		// ASCII letters and digits, most of a word's bytes, without
		// decoding (isWordRune takes them all)
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			i++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' {
			break // other ASCII (a space, a mark) ends the word, as below
		}
		r, w := decode(s, i)
		if isWordRune(r) {
			i += w
			continue
		}
		if isApos(r) && i+w < n {
			r2, w2 := decode(s, i+w)
			if isLetterRune(r2) {
				// possessive 's at the end of a word is its own token
				if (r2 == 's' || r2 == 'S') && (i+w+w2 >= n || !isWordByte(s, i+w+w2)) {
					return i
				}
				i += w + w2
				continue
			}
		}
		break
	}
	return i
}

// numEnd scans a number with internal separators ("1,000", "3.5",
// "10:30") and a letter suffix ("26th", "15km").
func numEnd(s string, i int) int {
	n := len(s)
	for i < n {
		r, w := decode(s, i)
		if isWordRune(r) {
			i += w
			continue
		}
		if (r == '.' || r == ',' || r == ':') && i+1 < n && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	return i
}

// internLower maps lower-case words the lexicon knows to one shared
// string, so that capitalised tokens cost no allocation. It is filled
// once when the lexicon loads (and is empty while the lexicon itself is
// being tokenised).
var internLower = map[string]string{}

func fillCase(t *token) {
	if t.kind == tkPunct {
		t.lower = t.text
		if t.text == "\u2019" {
			t.lower = "'"
		}
		return
	}
	hasUpper, hasLower, letters, ascii := false, false, 0, true
	first := true
	// ASCII fast path: most tokens
	for i := 0; i < len(t.text); i++ {
		c := t.text[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		switch {
		case c >= 'A' && c <= 'Z':
			hasUpper = true
			letters++
			if first {
				t.cap = true
			}
			first = false
		case c >= 'a' && c <= 'z':
			hasLower = true
			letters++
			first = false
		case c >= '0' && c <= '9':
			first = false
		}
	}
	if !ascii {
		// the whole word again, rune by rune (an ASCII word is done)
		hasUpper, hasLower, letters, first = false, false, 0, true
		t.cap = false
		for _, r := range t.text {
			if unicode.IsUpper(r) {
				hasUpper = true
				letters++
				if first {
					t.cap = true
				}
			} else if unicode.IsLower(r) {
				hasLower = true
				letters++
			}
			if first && unicode.IsLetter(r) {
				first = false
			} else if first && unicode.IsDigit(r) {
				first = false
			}
		}
	}
	t.upper = hasUpper && !hasLower && letters >= 2
	if !hasUpper && (ascii || !strings.ContainsRune(t.text, '\u2019')) {
		t.lower = t.text
		return
	}
	if ascii && len(t.text) <= 32 {
		var buf [32]byte
		for i := 0; i < len(t.text); i++ {
			c := t.text[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if s, ok := internLower[string(buf[:len(t.text)])]; ok {
			t.lower = s
			return
		}
		t.lower = string(buf[:len(t.text)])
		return
	}
	l := strings.ToLower(t.text)
	if !ascii {
		l = strings.ReplaceAll(l, "\u2019", "'")
	}
	t.lower = l
}

// appendLower appends s to dst as strings.ToLower writes it, with
// typographic apostrophes made plain when plain is set (as lineKey and
// token.lower have them). ASCII bytes are lowered without decoding, so a
// text with a few quotes or dashes is not mapped rune by rune; an
// invalid byte becomes U+FFFD, as strings.ToLower writes it.
func appendLower(dst []byte, s string, plain bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if plain && r == '\u2019' {
			dst = append(dst, '\'')
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += w
	}
	return dst
}

// lowerKey returns prefix + strings.ToLower(s), a mention's key such as
// "per:" and a person's name, in one allocation: the two steps cost two
// for a name with a capital, and almost every name has one.
func lowerKey(prefix, s string) string {
	var buf [64]byte
	return string(appendLower(append(buf[:0], prefix...), s, false))
}

// estimateTokens returns a close upper estimate of the tokens tokenize
// makes of text: one per run of word bytes, one per ASCII punctuation
// byte, and one per non-ASCII rune that is not inside a word (typographic
// quotes and dashes). It reads the bytes once, with no decoding of
// ASCII.
func estimateTokens(text string) int {
	n := 1
	inWord := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			inWord = false
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf && inWord:
			if !inWord {
				n++
				inWord = true
			}
		case c >= utf8.RuneSelf:
			n++                            // a word starting with a non-ASCII letter, or a symbol
			inWord = c >= 0xC0 && c < 0xE2 // letters of Latin, Greek, Cyrillic, Arabic, Hebrew…
		default:
			n++
			inWord = false
		}
	}
	return n + n/16
}
