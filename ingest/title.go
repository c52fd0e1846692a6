package ingest

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The cleaner takes the first header line it does not recognise as
// furniture for the headline. Every new layout brought furniture of a new
// kind (a radio programme's broadcast line, a letterhead, an editor's
// greeting, a ticker of another story, a wire slug), so the functions
// here check that choice against evidence that does not depend on
// knowing the kind: a headline is shaped like one, and it shares content
// words with the first paragraphs of the story it heads. When the first
// line fails and a later header line passes, the earliest such line is
// the headline. A first line that passes is kept even when a later line
// (a standfirst, a liveblog bullet) overlaps the body more.

// headWindow bounds the kept lines searched for the headline: page
// furniture above it is rarely more than a few lines once the cleaner
// has dropped what it recognises.
const headWindow = 8

// bodySampleWords bounds the words of the opening paragraphs read for
// support: the lede is where the headline's words come back.
const bodySampleWords = 350

// nextField returns the field of s that starts at or after i and the
// index after it, or "" at the end. Fields are split at spaces, tabs and
// en or em dashes ("EU–Mercosur" holds two names). Unlike
// strings.Fields it allocates nothing.
func nextField(s string, i int) (string, int) {
	for i < len(s) && (isBlank(s[i]) || isDashAt(s, i)) {
		if isDashAt(s, i) {
			i += 2
		}
		i++
	}
	j := i
	for j < len(s) && !isBlank(s[j]) && !isDashAt(s, j) {
		j++
	}
	return s[i:j], j
}

// isDashAt reports an en or em dash (three bytes in UTF-8) at s[i].
func isDashAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xe2 && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94)
}

// stemKey is the key under which a content word is compared: its first
// five bytes in lower case (so that "releases" meets "release" and
// "sanctions" meets "sanctioned"), packed with their length; ok is false
// for a function word, a number or a word of fewer than three bytes.
// Keys are integers so that no string is made per word.
func stemKey(w string) (key uint64, ok bool) {
	key, w = rawStem(w)
	return key, key != 0 && !inSetFold(stopCaps, w)
}

// rawStem returns the key of w, and w without surrounding punctuation
// and possessive, without the function-word test (0 for a number or a
// word of fewer than three bytes).
func rawStem(w string) (uint64, string) {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if t := strings.TrimSuffix(w, "'s"); len(t) < len(w) {
		w = t
	} else {
		w = strings.TrimSuffix(w, "\u2019s")
	}
	if len(w) < 3 || isDigit(w[0]) {
		return 0, w
	}
	n := min(len(w), 5)
	key := uint64(n) << 56
	for i := 0; i < n; i++ {
		key |= uint64(lowerASCII(w[i])) << (8 * (n - 1 - i))
	}
	return key, w
}

// inSetFold reports whether w, in lower case, is in set (whose words are
// short and ASCII), without making a string.
func inSetFold(set map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	return set[string(buf[:len(w)])]
}

func lowerASCII(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// isParagraph reports a kept line that is running text: it ends a
// sentence and has at least six words. A headline, a label or a bar of
// links does not end a sentence.
func isParagraph(line string) bool {
	return endsSentence(line) && wordsOver(line, 5)
}

// endsSentence reports a line ending with a full stop, a question or an
// exclamation mark, also inside a closing quote ("… he said." or
// "… remains open." but not `… "remains open"`).
func endsSentence(line string) bool {
	t := strings.TrimRight(line, "\"'\u201d\u2019) ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
}

// scanBody calls fn with each word of the paragraphs of text (the first
// line skipped when it is the title), up to bodySampleWords words, until
// fn returns true; it reports whether fn did.
func scanBody(text string, skipFirst bool, fn func(w string) bool) bool {
	n := 0
	for first := true; text != "" && n < bodySampleWords; first = false {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if first && skipFirst || !isParagraph(line) {
			continue
		}
		for w, i := nextField(line, 0); w != ""; w, i = nextField(line, i) {
			n++
			if fn(w) {
				return true
			}
		}
	}
	return false
}

// bodyKeys collects the keys of the content words scanBody reads.
func bodyKeys(text string, skipFirst bool) map[uint64]bool {
	body := make(map[uint64]bool, 128)
	scanBody(text, skipFirst, func(w string) bool {
		if k, ok := stemKey(w); ok {
			body[k] = true
		}
		return false
	})
	return body
}

// bodySupport counts the content words of line found in body, and the
// content words it has.
func bodySupport(line string, body map[uint64]bool) (found, content int) {
	for w, i := nextField(line, 0); w != ""; w, i = nextField(line, i) {
		if k, ok := stemKey(w); ok {
			content++
			if body[k] {
				found++
			}
		}
	}
	return found, content
}

// lineSupport reports which content words of line (up to 32; words in
// generic left out), by their order in it, come back in the opening
// paragraphs of text, as bits, and how many content words it has; with
// first it stops at the first word found. It needs no map: a headline
// has a few words.
func lineSupport(line, text string, skipFirst bool, generic map[string]bool, first bool) (seen uint32, content int) {
	var keys [32]uint64
	for w, i := nextField(line, 0); w != "" && content < len(keys); w, i = nextField(line, i) {
		if k, ok := stemKey(w); ok && (generic == nil || !inSetFold(generic, strings.Trim(w, ",.:;'\"’"))) {
			keys[content] = k
			content++
		}
	}
	if content == 0 {
		return 0, 0
	}
	all := uint32(1)<<content - 1
	// the function-word test, a map lookup, is made only on a match
	scanBody(text, skipFirst, func(w string) bool {
		k, w := rawStem(w)
		for j, h := range keys[:content] {
			if h == k && seen&(1<<j) == 0 && !inSetFold(stopCaps, w) {
				seen |= 1 << j
				return first || seen == all
			}
		}
		return false
	})
	return seen, content
}

// headShapeMarks are runes no headline prints: bar and bullet
// separators, play and download symbols. The degree sign of a weather
// bar is left out: "Port Aldin hits 41°C" is a headline.
var headShapeMarks = "|\u00b7\u2022\u25cf\u25b6\u25ba\u25a0\u2913"

// badHeadShape reports a first line that is not shaped like a headline:
// it has two sentences (a greeting: "Good morning. This week's …") or a
// bad layout.
func badHeadShape(line string) bool {
	return hasInnerSentenceEnd(line) || badLayout(line)
}

// badLayout reports a line not laid out as a headline: it carries a bar,
// bullet or play mark, a clock time, wide gaps between its items, a
// final comma or colon, no more than one plain word (a wire slug), fewer
// plain words than half its words, or it is a short name in capitals (a
// letterhead or a masthead). Two
// sentences are allowed: below furniture, a headline may have two ("The
// truce looks solid. That is what worries the generals").
func badLayout(line string) bool {
	if strings.ContainsAny(line, headShapeMarks) || hasClockTime(line) || hasWideGaps(line) {
		return true
	}
	t := strings.TrimRight(line, " ")
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";") {
		return true
	}
	plain, words := 0, 0
	for w, i := nextField(line, 0); w != ""; w, i = nextField(line, i) {
		words++
		if isPlainWord(w) {
			plain++
		}
	}
	if plain < 2 || plain*2 < words {
		return true
	}
	return words <= 5 && isCapsName(line)
}

// isCapsName reports a short line in capitals shaped as a name rather
// than a sentence: "THE X LETTER", "KINGDOM OF X", "NEWS AND VIEWS". A
// headline in capitals has a verb and no joining word is needed:
// "VELLOSO MEETS OSTRIAN MINISTER".
func isCapsName(line string) bool {
	if strings.ContainsFunc(line, unicode.IsLower) {
		return false
	}
	// badLayout counts words split at dashes too, so a line of one
	// space-separated field can reach here ("A—B")
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return false
	}
	if fields[0] == "THE" {
		return true
	}
	for _, w := range fields[1:max(1, len(fields)-1)] {
		if w == "OF" || w == "FOR" || w == "AND" || w == "&" {
			return true
		}
	}
	return false
}

// isPlainWord reports a token made of letters, with at most inner
// hyphens or apostrophes and surrounding punctuation: "Fiji's",
// "coast-guard", "(talks)", but not "2nd", "US$6.50" or
// "BC-ECON--ECOWAS".
func isPlainWord(w string) bool {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if w == "" || strings.Contains(w, "--") {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '\u2019' && r != '.' {
			return false
		}
	}
	return true
}

// hasWideGaps reports a line whose items are set apart by two or more
// runs of blanks or tabs ("Menu   Weekly edition   Search   Log in"), or
// by one run of four or more blanks ("SECTION / TOPIC      Subscriber
// content"): a menu, a row of labels or a row of a table laid out with
// spaces. A headline is typeset as one phrase; a stray double space
// occurs once.
func hasWideGaps(line string) bool {
	runs := 0
	for i := 1; i < len(line); i++ {
		if !isBlank(line[i]) || !isBlank(line[i-1]) && line[i] != '\t' || i+1 < len(line) && isBlank(line[i+1]) {
			continue
		}
		runs++
		if j := i - 3; j >= 0 && isBlank(line[j]) && isBlank(line[j+1]) && isBlank(line[j+2]) {
			runs++ // i-3 .. i are all blank: a gap, not a slip
		}
	}
	return runs >= 2
}

func isBlank(b byte) bool { return b == ' ' || b == '\t' }

// hasClockTime reports a clock time: "7:10am", "19:05", "8:30 PM".
func hasClockTime(line string) bool {
	for i := 1; i+2 < len(line); i++ {
		if line[i] == ':' && isDigit(line[i-1]) && isDigit(line[i+1]) && isDigit(line[i+2]) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// hasInnerSentenceEnd reports a full stop after a lower-case word followed
// by a capital inside the line ("Good morning. This week's …"): a
// greeting or a note, not a headline. "U.S. envoy" and "St. Petersburg"
// have no lower-case word before their stop, and a headline may quote two sentences ("'The
// line is open. Nobody is calling': …", also with its opening quote
// already trimmed), so a stop inside a quotation does not count.
func hasInnerSentenceEnd(line string) bool { return innerSentenceEnd(line) >= 0 }

// innerSentenceEnd returns the index of the first full stop that ends a
// sentence inside line, as hasInnerSentenceEnd reads one, or -1.
func innerSentenceEnd(line string) int {
	if r, _ := utf8.DecodeRuneInString(line); strings.ContainsRune(quoteRunes, r) {
		return -1
	}
	for i := 1; i+2 < len(line); i++ {
		if line[i] != '.' || line[i+1] != ' ' || !lowerWordBefore(line, i) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line[i+2:]); unicode.IsUpper(r) && !closesQuote(line[i+2:]) {
			return i
		}
	}
	return -1
}

// lowerWordBefore reports a word of three or more lower-case ASCII
// letters ending at i: "morning." ends a sentence, the abbreviations
// "St.", "Sen.", "Jan." and "vs." do not.
func lowerWordBefore(line string, i int) bool {
	j := i
	for j > 0 && line[j-1] >= 'a' && line[j-1] <= 'z' {
		j--
	}
	return i-j >= 3 && (j == 0 || line[j-1] == ' ')
}

// closesQuote reports a closing quote mark in s that ends the line or is
// followed by a colon or a comma: s continues a quotation.
func closesQuote(s string) bool { return closingQuoteBefore(s, ":,", true) }

// closingQuoteBefore reports a closing quote mark in s followed by one of
// the bytes in next, or ending s when atEnd is set. An apostrophe inside
// a word ("We're") is followed by a letter, which next never holds.
func closingQuoteBefore(s, next string, atEnd bool) bool {
	for i, r := range s {
		if !strings.ContainsRune(closeQuoteRunes, r) {
			continue
		}
		j := i + utf8.RuneLen(r)
		if j == len(s) && atEnd || j < len(s) && strings.IndexByte(next, s[j]) >= 0 {
			return true
		}
	}
	return false
}

// genreNouns name what a publication prints; a line opening with one
// and a preposition ("Notes on space and power", "Dispatches from the
// north") describes the site, not a story.
var genreNouns = set("notes", "thoughts", "essays", "dispatches", "letters", "reports", "stories", "news",
	"commentary", "analysis", "writing", "reflections", "musings", "observations", "views", "insights", "ideas")

// genrePreps follow a genre noun in such a description.
var genrePreps = set("on", "about", "from", "for", "and", "of")

// isSiteDescription reports a line that describes a publication by the
// kind of writing it carries: a genre noun first, or after the reader's,
// the site's or a place's possessive and at most one adjective ("Your
// news from the valley", "Our stories of the coast", "Tarrow's local
// news, all week"), and a preposition or "and" next, or a comma closing
// the description; after a possessive, also the line's end or a
// founding year; also after the publication's own name and a colon
// ("Ports & Power: notes from the delta").
func isSiteDescription(line string) bool {
	if name, rest, ok := strings.Cut(line, ": "); ok && isNameShape(name) && wordCount(rest) <= 5 {
		// a description is a short phrase; a headline after a speaker's
		// name goes on capitalised, or tells what happened at more length
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
			line = rest
		}
	}
	first, i := nextField(line, 0)
	site := inSetFold(siteOwners, first)
	longOwner := false // "Port X's": a place of two or three words, or a person's full name
	if !site && !isPossessiveWord(first) && isCapitalised(first) {
		for k, w, j := 0, first, i; k < 2 && isCapitalised(w); k++ {
			if w, j = nextField(line, j); isPossessiveWord(w) {
				first, i, longOwner = w, j, true
				break
			}
		}
	}
	possessive := !site && isPossessiveWord(first)
	owned := site || possessive
	if owned {
		first, i = nextField(line, i)
		if next, j := nextField(line, i); !inSetFold(genreNouns, strings.TrimSuffix(first, ",")) && isLowerWord(first) &&
			inSetFold(genreNouns, strings.TrimSuffix(next, ",")) {
			first, i = next, j // "local news"
		}
	}
	second, i := nextField(line, i)
	third, _ := nextField(line, i)
	if owned && !longOwner && strings.HasSuffix(first, ",") && second != "" {
		// "X Y's notes, found in an attic, …" is a headline about a person
		return inSetFold(genreNouns, strings.TrimSuffix(first, ","))
	}
	if owned && inSetFold(genreNouns, first) && (second == "" || isFoundingSlogan(line)) {
		// the slogan ends on what the site prints, or on the year it
		// began: "Tarrow's local news", "Tarrow's News Since 1890"
		return true
	}
	// a name's possessive before a genre noun and a preposition is a
	// headline's subject ("Velloso's letters from prison go on sale");
	// only the reader's and the site's own are a description's
	return !possessive && third != "" && inSetFold(genreNouns, first) && inSetFold(genrePreps, strings.Trim(second, ","))
}

// isPossessiveWord reports a capitalised word in the possessive case
// ("Tarrow's", "Tarrow’s"): a place or a publication owning the news.
func isPossessiveWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && len(w) > 3 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// isCapitalised reports a word that opens with a capital letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isLowerWord reports a word of lower-case letters: an adjective or a
// common noun, not a name or a number.
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// isBeatList reports a line that opens with a list of bare common nouns,
// "Fish, quotas and …" or "Trade, money, power …": the subjects a site
// covers, printed under its name. A headline tells what happened to
// someone; one that opens with such a list ("Guns, money and a fall")
// is set apart by a colon or a quote, or stands alone: a beat list only
// fails when a later line reads as the headline.
func isBeatList(line string) bool {
	if strings.ContainsAny(line, ":\"\u201c\u201d0123456789") {
		return false
	}
	first, i := nextField(line, 0)
	second, i := nextField(line, i)
	third, k := nextField(line, i)
	r, size := utf8.DecodeRuneInString(first)
	if !unicode.IsUpper(r) || !strings.HasSuffix(first, ",") || !isLowerWord(strings.TrimSuffix(first[size:], ",")) {
		return false
	}
	noun := strings.TrimSuffix(second, ",")
	if !isLowerWord(noun) {
		return false
	}
	if noun != second {
		return true // "Licences, crews, harbours and …"
	}
	// "Nets, tides and the business of …"; "Guns, germs and a fall"
	// ends its list on one thing that happened
	if third != "and" && third != "&" {
		return false
	}
	after, _ := nextField(line, k)
	return after != "a" && after != "an"
}

// siteOwners are the possessives a slogan opens with: it addresses the
// reader or speaks for the site.
var siteOwners = set("your", "our")

// firstLines returns the first headWindow kept lines of text.
func firstLines(text string) []string {
	lines := make([]string, 0, headWindow)
	for text != "" && len(lines) < headWindow {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		lines = append(lines, line)
	}
	return lines
}

// firstLineFails reports a title taken from the first line of text that
// is not the headline by the evidence ("" when none was taken): it is
// badly shaped, describes the site, has four or more content words and
// shares none with the opening paragraphs (a ticker of another story),
// is an organisation's name the opening paragraphs never name (a brand),
// or names no one and has four or more content words, most of them
// absent from the opening paragraphs (a slogan), or is a publication's
// founding-year slogan, an institution's full name most of whose words
// the opening paragraphs lack, or a name over an institution's masthead
// (a letterhead). A short headline may be
// allusive ("Cold comfort") and share nothing. A title with a full stop
// reads as a paragraph, so the first line is left out of the body: it
// must not support itself.
func firstLineFails(title, text string) bool {
	if title == "" || badHeadShape(title) || isSiteDescription(title) || isBeatList(title) || isLetterhead(title, text) {
		return true
	}
	if isNameLabel(title, text) {
		return true
	}
	seen, content := lineSupport(title, text, true, nil, true)
	switch {
	case seen == 0 && content >= 4:
		return true
	case isBrandName(title):
		seen, _ = lineSupport(title, text, true, brandWords, true)
		return seen == 0
	case isInstitutionName(title):
		// a story about the institution names it, and tells its work
		seen, content = lineSupport(title, text, true, brandWords, false)
		return bits.OnesCount32(seen)*2 < content
	case isFoundingSlogan(title):
		if strings.HasPrefix(title, "Serving ") {
			return true // the area it names is the one the stories are about
		}
		seen, _ = lineSupport(title, text, true, nil, false)
		return bits.OnesCount32(seen)*2 < content
	case content >= 4 && namesNoOne(title):
		// the first word may be a name ("Velloso rejects levy plan"):
		// one the story repeats counts as one
		seen, _ = lineSupport(title, text, true, nil, false)
		return seen&1 == 0 && bits.OnesCount32(seen)*2 < content
	}
	return false
}

// isNameLabel reports a title that is a name printed over the page, not
// a headline: a name before a bar whose other side is a label or a name
// ("Office of X | Republic of Y", "Region & Region | Topic"), a name
// given in two languages ("X Harbour Board / Conseil du Port de X"), or a
// name of at most three words that the opening paragraphs mostly do not
// repeat (a newsletter's or a trade journal's name: "Tidewater Notes",
// "HARBOUR LEDGER"). A headline printed as a name is about its story
// ("Senate Rejects Budget"), so the story repeats its words; a headline
// before a bar has the site's name after it, and headlineText has cut
// that off already.
func isNameLabel(title, text string) bool {
	if a, b, ok := strings.Cut(title, " / "); ok {
		// the other language's joining words are not in nameJoins
		return isNameShape(a) && nameShaped(b, true)
	}
	if !isNameShape(title) {
		return false
	}
	first, _, _ := strings.Cut(text, "\n")
	if _, rest, ok := strings.Cut(first, " | "); ok && strings.HasPrefix(first, title) && wordCount(rest) <= 5 {
		return true
	}
	if wordCount(title) > 3 {
		return false
	}
	seen, content := lineSupport(title, text, true, brandWords, false)
	return content >= 2 && bits.OnesCount32(seen)*2 < content
}

// brandWords end the name of an outlet or an organisation, and say
// nothing about a story: "X News", "X News Agency", "X Broadcasting
// Corporation". They are not support: a story may mention "news".
var brandWords = set("news", "agency", "corporation", "broadcasting", "network", "media", "group", "institute",
	"company", "radio", "television", "tv", "channel", "wire", "service", "press", "times", "post", "daily",
	"tribune", "herald", "journal", "gazette", "review", "chronicle", "observer", "courier", "dispatch", "today",
	"online", "magazine", "weekly", "monthly", "report", "centre", "center", "foundation", "council")

// isBrandName reports a line that is the name of an organisation: two to
// five capitalised words (joining words aside), no digit or sentence
// mark, the last a brand word ("Coral Coast News", "Northgate News
// Agency"). A headline in title case has a verb or ends on its object:
// "Senate Rejects Budget".
func isBrandName(line string) bool {
	wc := wordCount(line)
	if wc < 2 || wc > 5 || strings.ContainsAny(line, ".!?:;,\"“”0123456789|") || !allCapitalised(line) {
		return false
	}
	return brandWords[strings.ToLower(line[strings.LastIndexByte(line, ' ')+1:])]
}

// nameJoins stand in lower case inside a name printed in capitals or
// title case: "Institute for Strategic Studies", "Minister for Trade".
var nameJoins = set("of", "for", "on", "in", "and", "the", "&")

// isNameShape reports a phrase printed as a name: no digit, quote, bar
// or sentence mark, and every word capitalised (also in full capitals)
// or a joining word. A sentence-case headline has lower-case words.
func isNameShape(line string) bool { return nameShaped(line, false) }

// nameShaped is isNameShape; with shortJoins any lower-case word of at
// most three letters is taken for a joining word ("du", "de la", "von"):
// a name in a language whose joins are not listed.
func nameShaped(line string, shortJoins bool) bool {
	if strings.ContainsAny(line, ".!?:;,\"“”0123456789|") {
		return false
	}
	for w, i := nextField(line, 0); w != ""; w, i = nextField(line, i) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !inSetFold(nameJoins, w) &&
			!(shortJoins && utf8.RuneCountInString(w) <= 3) {
			return false
		}
	}
	return true
}

// isInstitutionName reports the full name of an institution, with its
// kind followed by what it is for ("X INSTITUTE for Strategic Studies",
// "Centre on Y Policy"): three to eight words of a name, a brand word
// followed by "for", "of" or "on". Whether it is a headline in title
// case ("Ostria Sues Agency for Damages") the body decides.
func isInstitutionName(line string) bool {
	if wc := wordCount(line); wc < 3 || wc > 8 || !isNameShape(line) {
		return false
	}
	prev := ""
	for w, i := nextField(line, 0); w != ""; w, i = nextField(line, i) {
		if inSetFold(brandWords, prev) && (w == "for" || w == "of" || w == "on") {
			return true
		}
		prev = w
	}
	return false
}

// isLetterhead reports a short name printed over an institution's
// masthead or a minister's office on the next line ("X Government" over
// "Department of Y" or "Minister for Trade"): the heading of an official
// page, whose words its story repeats.
func isLetterhead(title, text string) bool {
	if wc := wordCount(title); wc > 5 || !isNameShape(title) {
		return false
	}
	_, rest, _ := strings.Cut(text, "\n")
	next, _, _ := strings.Cut(rest, "\n")
	return isOrgMasthead(next) || isOfficeHeading(next)
}

// officeHeads open the title of a post one person holds, printed
// under a government's name on that person's pages.
var officeHeads = set("minister", "secretary", "treasurer", "attorney-general")

// isOfficeHeading reports an office printed as a heading: "Minister for
// Foreign Affairs", "Secretary of State for Trade" — name-shaped, two to
// eight words, an office word first and "for" or "of" next, and every
// word capitalised or a joining word: a headline about a minister has
// lower-case words.
func isOfficeHeading(line string) bool {
	first, i := nextField(line, 0)
	second, _ := nextField(line, i)
	wc := wordCount(line)
	return wc >= 3 && wc <= 8 && inSetFold(officeHeads, first) && (strings.EqualFold(second, "for") || strings.EqualFold(second, "of")) &&
		isNameShape(line)
}

// foundingWords introduce the year a publication was founded in the
// slogan under its name: "The valley's voice since 1921", "Est. 1887".
var foundingWords = set("since", "est", "established", "founded")

// isFoundingSlogan reports a short line (at most six words, or fifteen
// that open with "Serving") that ends with a founding word and a year and
// holds no superlative: "Worst floods since 1987" and "First visit since
// 1972" measure news by the year, a slogan does not.
func isFoundingSlogan(line string) bool {
	// a local paper names the area it serves first: "Serving the X
	// valley and its three towns since 1911"
	if wc := wordCount(line); wc > 6 && (wc > 15 || !strings.HasPrefix(line, "Serving ")) {
		return false
	}
	var prev, last string
	for w, i := nextField(line, 0); w != ""; w, i = nextField(line, i) {
		if isSuperlative(w) {
			return false
		}
		if w != "in" {
			prev, last = last, w
		}
	}
	return len(last) == 4 && isDigit(last[0]) && isDigit(last[3]) && inSetFold(foundingWords, strings.TrimSuffix(prev, "."))
}

// superlatives rank an event against the past: a headline that ends
// "since 1987" has one.
var superlatives = set("first", "last", "best", "worst", "most", "least", "record", "ever", "only")

// isSuperlative reports a superlative word: listed, or an "-est" form
// of four or more letters before it ("highest", "biggest").
func isSuperlative(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",.:;'\"’"))
	return superlatives[w] || len(w) >= 7 && strings.HasSuffix(w, "est")
}

// namesNoOne reports a line with no capitalised word after its first: it
// names no person, place or body, as a slogan does ("Intelligence for
// shipping, trade and finance"); a headline that names no one is told by
// its own words, which the story repeats.
func namesNoOne(line string) bool {
	_, i := nextField(line, 0)
	for w, j := nextField(line, i); w != ""; w, j = nextField(line, j) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// laterHeadline reports a header line below a failed first line that
// reads as the headline: shaped as one (laterShape), and at least two of
// its content words, and a third of them, back in the opening
// paragraphs.
func laterHeadline(line string, body map[uint64]bool) bool {
	if !laterShape(line) {
		return false
	}
	found, content := bodySupport(line, body)
	return found >= 2 && found*3 >= content
}

// belowFlyTitle returns the text from its second line, and that line,
// when the first line of text is a weekly's fly-title: a topic of two to
// four words named as a noun phrase ("Argentina's debt saga", "The river
// dispute": a possessive, or an article first) printed over the
// headline, which has four to fourteen words and is shaped as one, over
// a longer deck of ten to thirty words that ends no sentence and is not a
// credit or a date line. A headline printed over its deck has two such
// tiers, not three, and a short headline tells what happened ("Markets
// tumble", "Truce holds") with neither a possessive nor an article; a
// first paragraph ends a sentence and is longer.
func belowFlyTitle(text string) (string, string, bool) {
	fly, rest, _ := strings.Cut(text, "\n")
	if wc := wordCount(fly); wc < 2 || wc > 4 || endsSentence(fly) || strings.ContainsAny(fly, ":|") || !isTopicPhrase(fly) {
		return text, "", false
	}
	head, after, _ := strings.Cut(rest, "\n")
	deck, _, _ := strings.Cut(after, "\n")
	hw, dw := wordCount(head), wordCount(deck)
	if hw < 4 || hw > 14 || !isCapitalised(head) || !laterShape(head) ||
		dw < 10 || dw > 30 || dw <= hw || endsSentence(deck) || badLayout(deck) || isHeaderMeta(deck) || isCreditLine(deck) {
		return text, "", false
	}
	return rest, head, true
}

// isTopicPhrase reports a short capitalised phrase shaped as a topic, not
// a clause: it opens with an article or holds a possessive word.
func isTopicPhrase(p string) bool {
	first, i := nextField(p, 0)
	if first == "The" || first == "A" || first == "An" {
		return true
	}
	for w := first; w != ""; w, i = nextField(p, i) {
		if isPossessiveWord(w) {
			return true
		}
	}
	return false
}

// isQuestionHeadline reports a later line, above the first paragraph,
// that is a headline asking a question ("After the vote: can the
// coalition hold?"), as commentary pages often print: shaped as a
// headline but for its question mark, at most twenty words, with no
// sentence ended inside it, and sharing words with the lines below it as
// laterHeadline asks. Ending on a question, it is read as a paragraph
// itself, so the support is counted without it. A lede that ends on a
// question is longer or holds an earlier sentence; a poll asks about the
// site, not the story.
func isQuestionHeadline(line string, below []string) bool {
	t := strings.TrimRight(line, " ")
	if !strings.HasSuffix(t, "?") || wordCount(t) > 20 || hasInnerSentenceEnd(t) {
		return false
	}
	if t = strings.TrimSuffix(t, "?"); !laterShape(t) {
		return false
	}
	return supportedBelow(t, strings.Join(below, "\n"))
}

// supportedBelow reports a candidate headline (line) that ends a
// sentence, and so reads as a paragraph itself, whose content words come
// back in the paragraphs of the text below it as laterHeadline asks: two
// or more, and a third of them.
func supportedBelow(line, below string) bool {
	seen, content := lineSupport(line, below, false, nil, false)
	found := bits.OnesCount32(seen)
	return found >= 2 && found*3 >= content
}

// isTwoSentenceHeadline reports the kept line i (below a first line that
// failed) as a headline of two short sentences that ends with a full stop
// ("The licence deal is not over. It is being starved."), as commentary
// and newsletter pages print one. A full stop makes a line read as a
// standfirst or a paragraph, so the layout must leave no doubt: at most
// twenty words, two sentences of at most ten words each, no quotation;
// the line above is no headline (a deck of two sentences stands under
// one); and the line below is the author's name, a byline or a date, or
// a longer deck that ends a sentence over one (isAuthorMeta). A first
// paragraph of two short sentences has more text below it, and the
// story below (rest) must share its words (supportedBelow).
func isTwoSentenceHeadline(lines []string, i int, rest string) bool {
	line := strings.TrimRight(lines[i], " ")
	wc := wordCount(line)
	if wc > 20 || !strings.HasSuffix(line, ".") || laterShape(lines[i-1]) || hasQuotation(line) {
		return false
	}
	k := innerSentenceEnd(line)
	if k < 0 || wordCount(line[:k]) > 10 || wordCount(line[k+1:]) > 10 || hasInnerSentenceEnd(line[k+2:]) {
		return false
	}
	below := lines[i+1:]
	switch {
	case len(below) == 0:
		return false
	case isAuthorMeta(below[0]):
	case len(below) < 2 || !endsSentence(below[0]) || wordCount(below[0]) <= wc || wordCount(below[0]) > 40 || !isAuthorMeta(below[1]):
		return false
	}
	return supportedBelow(line, rest)
}

// isAuthorMeta reports a line printed between a headline and its story
// about who wrote it and when: a byline, a credit or a date line, or the
// author's bare name (two to four capitalised words).
func isAuthorMeta(line string) bool {
	wc := wordCount(line)
	return isHeaderMeta(line) || isCreditLine(line) || wc >= 2 && wc <= 4 && isNameShape(line)
}

// hasQuotation reports a double quote mark, or a single one opening a
// word, in line; an apostrophe inside a word ("Here's") is no quote.
func hasQuotation(line string) bool {
	if strings.ContainsAny(line, "\"\u201c\u201d\u00ab\u00bb") {
		return true
	}
	for w, i := nextField(line, 0); w != ""; w, i = nextField(line, i) {
		if r, _ := utf8.DecodeRuneInString(w); r == '\'' || r == '\u2018' || r == '\u2019' {
			return true
		}
	}
	return false
}

// laterShape reports a header line shaped as a headline: well laid out,
// three to thirty words, no final sentence mark (a standfirst has one),
// not a byline, date, credit or known furniture, and not a short name
// (at most five words in title case or capitals: a role over a
// letterhead, "Minister for Trade", an official's "The Hon X Y MP", a
// programme's name). A headline of a few words below furniture is
// written as a sentence.
func laterShape(line string) bool {
	wc := wordCount(line)
	return wc >= 3 && wc <= 30 && !endsSentence(line) && !badLayout(line) && !isSiteDescription(line) &&
		!isBeatList(line) && !isHeaderMeta(line) && !isCreditLine(line) && !isHeadFurniture(line) && !isListItem(line) &&
		!(wc <= 5 && isNameShape(line))
}

// isDeckBelow reports a passing later line (deck) that is the deck of
// the line above it (head): head is shaped as a headline of four or
// more words and shares a content word with the opening paragraphs, and
// the deck has sixteen or more words, half as many again as head (few
// headlines are that long, and a line of furniture above a long
// headline is short). A newsletter prints an allusive title
// over a summary that retells the story ("The banks are getting
// nervous" over "A lender is blacklisted, an envoy …"); the summary
// shares more words with it but is not the headline.
func isDeckBelow(head, deck string, body map[uint64]bool) bool {
	hw, dw := wordCount(head), wordCount(deck)
	if hw < 4 || dw < 16 || dw*2 < hw*3 || isParagraph(head) || !laterShape(head) {
		return false
	}
	found, _ := bodySupport(head, body)
	return found >= 1
}

// laterHeadlineIndex returns which of the first kept lines is the
// headline when the first line failed (title is the one the cleaner
// took from it, "" when it took none): the earliest later line that
// passes before the second paragraph (a newsletter may greet its
// readers in one paragraph above the headline; a text that opens with a
// paragraph counts it as the first), or 0 when none does.
func laterHeadlineIndex(title, text string, lines []string, body map[uint64]bool) int {
	paras := 0
	if title == "" && isParagraph(lines[0]) {
		paras = 1
	}
	end := len(lines[0]) + 1 // where the text below line i begins
	for i := 1; i < len(lines); i++ {
		end += len(lines[i]) + 1
		if paras == 0 && isQuestionHeadline(lines[i], lines[i+1:]) || isTwoSentenceHeadline(lines, i, text[min(end, len(text)):]) {
			return i
		}
		if isParagraph(lines[i]) {
			if paras++; paras == 2 {
				break
			}
			continue
		}
		if laterHeadline(lines[i], body) {
			if i >= 2 && isDeckBelow(lines[i-1], lines[i], body) {
				return i - 1
			}
			return i
		}
	}
	return 0
}

// recheckHeadline checks the headline the cleaner took from the first
// line of text (title, "" when it took none) against the evidence and,
// when a later header line is the headline, returns the text that
// begins with that line, and the line. The lines above it that failed
// are page furniture, like the ones the cleaner dropped, and go with
// them; when the cleaner took no title, the text opened with a paragraph
// (a notice, or the lede of a page without a headline), which stays
// below the headline. A title that stood directly over a navigation bar
// (overNav) is the site's name and fails whatever its words. Most first
// lines pass on their shape and the first shared word, so the body is
// read into a map only when one fails.
func recheckHeadline(text, title string, overNav bool) (string, string, bool) {
	described := isDescribedName(title, text)
	if !overNav && !described && !firstLineFails(title, text) {
		return text, "", false
	}
	lines := firstLines(text)
	if len(lines) < 2 {
		return text, "", false
	}
	body := bodyKeys(text, title != "")
	i := 0
	if isNameLabel(title, text) && laterShape(lines[1]) && wordCount(lines[1]) >= 4 {
		// right below a name printed over the page, a header line of
		// four or more words (a site's slogan is shorter: "X's own
		// news") is the headline when the story shares a word with it:
		// an allusive headline shares few, and its deck may share more
		if found, _ := bodySupport(lines[1], body); found >= 1 {
			i = 1
		}
	}
	if i == 0 {
		i = laterHeadlineIndex(title, text, lines, body)
	}
	if i == 0 && (described || isSiteDescription(title)) {
		i = belowMasthead(lines, body)
	}
	if i == 0 {
		return text, "", false
	}
	start := 0
	for _, l := range lines[:i] {
		start += len(l) + 1
	}
	end := min(len(text), start+len(lines[i])+1)
	if title != "" {
		return text[start:], lines[i], true
	}
	return lines[i] + "\n" + strings.TrimSuffix(text[:start]+text[end:], "\n"), lines[i], true
}

// isDescribedName reports a title that is a publication's name because
// the line below it describes the publication ("The X Ledger" over
// "Notes on money and power in the delta"): a short name, not a
// headline over its standfirst, which tells the story.
func isDescribedName(title, text string) bool {
	if title == "" || wordCount(title) > 5 || !isNameShape(title) || !isPublicationName(title) {
		return false
	}
	_, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return false
	}
	second, _, _ := strings.Cut(rest, "\n")
	return isSiteDescription(second)
}

// isPublicationName reports a name printed as a publication's: opening
// with "The" ("The X Ledger") or ending on a word for a publication ("X
// Weekly", "X Digest"). A headline in title case tells what happened to
// someone ("Flooding Hits X Harbour", "X Meets Y").
func isPublicationName(title string) bool {
	first, _ := nextField(title, 0)
	last := title[strings.LastIndexByte(title, ' ')+1:]
	return first == "The" || inSetFold(labelWords, last) || inSetFold(publicationWords, last)
}

// belowMasthead returns the index of the headline below a masthead (a
// publication's name and the description of what it prints), 0 when
// none is found: the first header line above the first paragraph shaped
// as a headline of four or more words that shares a content word with
// the story. A newsletter's headline is often allusive ("A late call
// and a lot of coffee") and shares fewer words than laterHeadline
// asks; below the masthead, the lines between are issue numbers, sign-in
// links and dates, which laterShape refuses.
func belowMasthead(lines []string, body map[uint64]bool) int {
	for i := 1; i < len(lines) && !isParagraph(lines[i]); i++ {
		if !laterShape(lines[i]) || wordCount(lines[i]) < 4 {
			continue
		}
		if found, _ := bodySupport(lines[i], body); found >= 1 {
			return i
		}
	}
	return 0
}

// closeQuoteRunes close a quotation.
const closeQuoteRunes = "\"'\u201d\u2019\u00bb"

// quoteRunes open a quotation.
const quoteRunes = "\"'\u201c\u2018\u00ab"

// isCreditLine reports a line that credits the work ("Interview by Jane
// Roe", "Text and photos by John Doe - Staff"): "by" among its first
// four words, followed by a name of two to five capitalised words up to
// the end or a dash, comma or bar. "Hit by US sanctions, …" has a
// lower-case word in it.
func isCreditLine(line string) bool {
	fields := strings.Fields(line)
	for i := 1; i < len(fields)-1 && i <= 3; i++ {
		if strings.ToLower(fields[i]) != "by" {
			continue
		}
		n := 0
		for _, w := range fields[i+1:] {
			if w == "-" || w == "\u2013" || w == "\u2014" || w == "|" {
				break
			}
			if r, _ := decode(w, 0); !unicode.IsUpper(r) {
				return false
			}
			n++
			if strings.HasSuffix(w, ",") {
				break
			}
		}
		return n >= 2 && n <= 5
	}
	return false
}

// wireTagEnd returns where a wire service's version tag that opens title
// ends, 0 when none does: words in capitals, a version number after a
// space, a hyphen, repeated ("UPDATE 2-", "CORRECTED-", "REFILE-UPDATE
// 1-", "SPECIAL REPORT-"), before a headline in sentence case. A
// compound of an acronym ("NATO-Russia council meets") reads the same,
// so wireTag also asks the story.
func wireTagEnd(title string) int {
	end := 0
	for i := 0; i < len(title); {
		j := i
		for j < len(title) && (title[j] >= 'A' && title[j] <= 'Z' || title[j] == ' ' && j > i && j+1 < len(title) && title[j+1] >= 'A' && title[j+1] <= 'Z') {
			j++
		}
		if j-i < 3 {
			break
		}
		if j+1 < len(title) && title[j] == ' ' && isDigit(title[j+1]) {
			for j++; j < len(title) && isDigit(title[j]); j++ {
			}
		}
		if j+1 >= len(title) || title[j] != '-' || title[j+1] < 'A' || title[j+1] > 'Z' {
			break
		}
		i, end = j+1, j+1
	}
	return end
}

// stripWireTag removes a wire service's version tag from a headline
// (text is the cleaned text, skipFirst whether its first line is the
// title). A tag is not news: the headline must go on in sentence case
// for three or more words, and none of the tag's words may come back in
// capitals in the opening paragraphs, where an acronym the headline
// compounds ("NATO-Russia", "EU-Mercosur") is printed again.
func stripWireTag(title, text string, skipFirst bool) string {
	end := wireTagEnd(title)
	rest := title[end:]
	if end == 0 || wordCount(rest) < 3 || !strings.ContainsFunc(rest, unicode.IsLower) {
		return title
	}
	tag := title[:end]
	reprinted := scanBody(text, skipFirst, func(w string) bool {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		for t, i := nextField(tag, 0); t != ""; t, i = nextField(tag, i) {
			if t = strings.TrimRight(t, "-0123456789"); len(t) >= 3 && strings.HasPrefix(w, t) && (len(w) == len(t) || w[len(t)] == '-') {
				return true
			}
		}
		return false
	})
	if reprinted {
		return title
	}
	return rest
}

// headlineUnderAccountBar reports the kept line i, the first below a
// newsletter's subscribe bar (isAccountBar), as the headline: a
// newsletter prints its name and tagline over the bar, then the
// headline, a deck that retells the story, and the author's name or the
// date. The deck shares more words with the story and a tagline may
// share some too, so the body's support cannot choose; the layout does.
// The line must be shaped as a headline (a final full stop is allowed
// in one of at most twenty words: "The quota talks stall. Skippers wait."),
// and the author line must follow it directly or below one deck line
// that is no paragraph. A news site may print the same bare bar over a
// topic tag ("Cost of living crisis") and the headline: a short topic
// phrase (isTopicLine) is taken over a deck only when the deck is twice
// as long and of twelve or more words, as a newsletter's deck that
// retells the story is; a headline under a tag is shorter.
func headlineUnderAccountBar(lines []string, i int) bool {
	if i < 1 || i+2 >= len(lines) {
		return false
	}
	head := strings.TrimRight(lines[i], " ")
	wc := wordCount(head)
	if wc < 3 || wc > 30 || endsSentence(head) && wc > 20 || badLayout(head) || isHeaderMeta(head) || isCreditLine(head) ||
		isHeadFurniture(head) || isListItem(head) || isSiteDescription(head) || wc <= 5 && isNameShape(head) {
		return false
	}
	next := lines[i+1]
	if isAuthorMeta(next) {
		return true
	}
	nw := wordCount(next)
	if isParagraph(next) || nw > 40 || badLayout(next) || isTopicLine(head) && nw < max(12, 2*wc) {
		return false
	}
	return isAuthorMeta(lines[i+2])
}

// isWeeklyDateline reports the dateline a weekly magazine prints under
// an article's headline and deck: the date and the places
// reported from in capitals, set apart by a bar ("Mar 4th 2031 | OSLO
// AND REYKJAVIK", "May 2nd 2030 | LIMA | From the print edition").
func isWeeklyDateline(line string) bool {
	date, rest, ok := strings.Cut(line, " | ")
	if !ok || wordCount(date) > 4 || findDateInLine(date) == "" {
		return false
	}
	place, _, _ := strings.Cut(rest, " | ")
	return isCapsPlaces(place)
}

// isCapsPlaces reports one to six words in capitals made only of
// letters, commas, hyphens, apostrophes and full stops, at least three
// letters: the places of a dateline ("RIGA, TALLINN AND VILNIUS"), but
// any short capitals line passes ("LIVE", "BREAKING NEWS"), so the
// caller needs more evidence (a paragraph below, a bar rubric above).
// A digit fails: "MAR 4" is no place.
func isCapsPlaces(s string) bool {
	letters := 0 // any lower-case letter, digit or other mark fails at once
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == ',' || r == '-' || r == '\'' || r == '\u2019' || r == '.':
		default:
			return false
		}
	}
	return letters >= 3 && wordCount(s) <= 6
}

// weeklyPage is what the cleaner saw of a weekly magazine's layout: at
// counts the kept lines above the dateline (-1 when none), dated is set
// when the dateline had the date (isWeeklyDateline), not the
// places alone, barCut when the first line's section label was cut off
// before a bar, and named when the first kept line is the site's name,
// found over a menu.
type weeklyPage struct {
	at                   int
	dated, barCut, named bool
}

// isWeeklyRubric reports the kept line i as the rubric a weekly magazine
// prints over an article's headline: a bar of its section and a topic
// phrase ("Europe | Fishing rights", "The Americas | Chile and its
// miners"); or, under a dated dateline only, the topic alone when the
// cleaner cut the section off the first line (barCut), or a topic of two
// or more words under a short section label ("Europe" over "Baltic
// energy") that is not the site's name, or a short topic phrase ("Peru's
// copper row") under a bar of the section and the issue. A dateline of
// places alone is the wire dateline of any daily site, and a daily
// prints its section and a topic tag over a headline with no deck: there
// the weaker forms would take the tag for the headline.
func isWeeklyRubric(lines []string, i int, w weeklyPage) bool {
	line := lines[i]
	if section, topic, ok := strings.Cut(line, " | "); ok {
		return wordCount(section) <= 4 && isCapitalised(section) && isTopicLine(topic)
	}
	if !w.dated || !isTopicLine(line) {
		return false
	}
	if i == 0 {
		return w.barCut
	}
	above := lines[i-1]
	if strings.Contains(above, " | ") {
		return wordCount(above) <= 10
	}
	// a one-word "topic" is a section ("Britain") under the site's name
	return wordCount(line) >= 2 && !(i == 1 && w.named) && wordCount(above) <= 4 && isNameShape(above)
}

// isTopicLine reports a short phrase that names a topic, not a
// sentence: one to six words, capitalised, no bar and no sentence mark.
func isTopicLine(s string) bool {
	wc := wordCount(s)
	return wc >= 1 && wc <= 6 && isCapitalised(s) && !strings.ContainsAny(s, "|.!?:;")
}

// weeklyHeadline reports the kept line k-2 as the headline of a weekly
// magazine's article whose dateline (isWeeklyDateline) stood below kept
// line k-1: the magazine prints a rubric (isWeeklyRubric), a headline,
// a deck and the dateline, in that order. The headline may be short and
// allusive ("A cold harbour") and share no word with the story, and
// the rubric names the story's topic, so neither the fly-title rule nor
// the body's support tells them apart; the layout does. The headline
// has three to sixteen words and no final sentence mark (badLayout rules
// out bars), the deck eight to forty words.
func weeklyHeadline(lines []string, w weeklyPage) bool {
	k := w.at
	if k < 3 || k > len(lines) {
		return false
	}
	head, deck := lines[k-2], lines[k-1]
	hw, dw := wordCount(head), wordCount(deck)
	if hw < 3 || hw > 16 || !isCapitalised(head) || endsSentence(head) || badLayout(head) || isHeaderMeta(head) ||
		dw < 8 || dw > 40 || badLayout(deck) || isHeaderMeta(deck) || isCreditLine(deck) {
		return false
	}
	return isWeeklyRubric(lines, k-3, w)
}

// paragraphNext reports whether the next non-empty line of rest is a
// paragraph (isParagraph): a dateline of places alone stands over the
// story.
func paragraphNext(rest string) bool {
	line, _ := peekLine(rest)
	return isParagraph(line)
}
