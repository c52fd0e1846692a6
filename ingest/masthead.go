package ingest

import (
	"strings"
	"unicode"
)

// Mastheads, section bars, taglines and issue lines sit above a headline
// in many layouts: "Free weekly paper · Tartu · Narva", "Commentary
// · Iran · Sanctions", "Coastal news, each Tuesday | Issue 57 | 4
// June 2025", "MINISTRY OF DEFENCE OF …" over a readout. None
// of them is the headline; the functions here recognise them by shape, so
// that a site never seen before is handled like the ones that were.

// segmentSeps join the short items of a masthead or a section bar.
var segmentSeps = []string{" \u00b7 ", " | ", " / ", " \u2022 ", " \u00bb ", " > ", " \u203a ", " \u2014 ", " \u2013 ", " - "}

// segments splits line at the separator it uses most and returns the
// trimmed parts (nil when no separator occurs).
func segments(line string) []string {
	best, n := "", 0
	for _, sep := range segmentSeps {
		// the mark alone first: a search for its rare first byte skips
		// the line at once where counting " | " stops at every space
		if !strings.Contains(line, sep[1:len(sep)-1]) {
			continue
		}
		if c := strings.Count(line, sep); c > n {
			best, n = sep, c
		}
	}
	if n == 0 {
		return menuItems(line)
	}
	parts := strings.Split(line, best)
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// menuItems splits a menu printed with wide gaps instead of bars ("News
// Politics  Economy  Opinion"): three or more items, each capitalised,
// at most three words. Any other line gives nil: a sentence with a
// stray double space is not a menu.
func menuItems(line string) []string {
	if strings.Count(line, "  ") < 2 {
		return nil
	}
	out := splitGaps(line)
	for _, p := range out {
		if wordCount(p) > 3 || !allCapitalised(p) {
			return nil
		}
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// splitGaps splits a line at runs of two or more blanks ("Subscribe
// Sign in", "News  Politics  Economy") and returns the trimmed items,
// nil when there is no such run. The callers judge the items: a menu
// wants three or more capitalised ones (menuItems), an account bar two
// (isAccountBar).
func splitGaps(line string) []string {
	if !strings.Contains(line, "  ") {
		return nil
	}
	var out []string
	for _, p := range strings.Split(line, "  ") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isMetaSegment reports a segment that only numbers or dates a page:
// "Issue 112", "No. 45", "Vol. 3", "English edition", "12 February 2026".
func isMetaSegment(p string) bool {
	k := strings.ToLower(p)
	for _, w := range []string{"issue ", "no. ", "vol. ", "volume ", "edition", "episode "} {
		if strings.HasPrefix(k, w) || strings.HasSuffix(k, w) {
			return true
		}
	}
	return wordCount(p) <= 5 && findDateInLine(p) != ""
}

// isSegmentList reports a line made of two or more short segments joined
// by one separator: a masthead, a section bar, a tagline with an issue
// number. Each segment has at most six words and none ends a sentence;
// two segments must both be short (a headline followed by "| Site" is
// not a list) unless one only numbers or dates the page.
func isSegmentList(line string) bool {
	if len(line) > 200 {
		return false
	}
	parts := segments(line)
	if len(parts) < 2 {
		return false
	}
	total, meta := 0, 0
	for _, p := range parts {
		wc := wordCount(p)
		if wc > 6 || strings.HasSuffix(p, ".") && !strings.HasSuffix(p, "No.") || strings.HasSuffix(p, "?") || strings.HasSuffix(p, "!") {
			return false
		}
		if isMetaSegment(p) {
			meta++
		}
		total += wc
	}
	if len(parts) == 2 && meta == 0 {
		// both short and capitalised: "ALTIPLANO SENTINEL · English edition",
		// "Policy Institute | Dispatches"
		// ("Putin wins again | The Times" is a headline and its site)
		for _, p := range parts {
			if wordCount(p) > 3 || !allCapitalised(p) {
				return false
			}
		}
	}
	return total <= 20
}

// orgHeads open the name of a ministry, agency or office printed above
// its own press release or readout.
var orgHeads = set("ministry", "department", "office", "embassy", "government", "presidency", "agency",
	"mission", "permanent", "secretariat", "council", "commission", "administration", "cabinet", "bureau",
	"delegation", "consulate", "directorate", "federal", "state", "prime", "president's", "high")

// orgTails end the name of a unit inside an institution, printed under
// its masthead: "Press and Information Division", "Information
// Department", "Spokesperson's Office".
var orgTails = set("division", "department", "directorate", "office", "unit", "section", "service", "bureau",
	"secretariat", "desk", "centre", "center")

// isOrgMasthead reports an institution's name printed as the heading of
// its own page ("MINISTRY OF ENERGY OF THE KINGDOM OF X",
// "Embassy of X in Y", "Ministry of Health — Government of X",
// "Press and Information Division"): at most fourteen words, no
// sentence punctuation, an organisation word first (or a unit word last),
// and every word capitalised, a joining word or a dash. A headline has a
// verb and lower-case words; a name has neither.
func isOrgMasthead(line string) bool {
	fields := strings.Fields(line)
	if len(fields) < 2 || len(fields) > 14 || strings.ContainsAny(line, ".!?:;,\"\u201c\u201d0123456789") {
		return false
	}
	first := strings.ToLower(fields[0])
	if first == "the" && len(fields) > 2 {
		first = strings.ToLower(fields[1])
	}
	if !orgHeads[first] && !orgTails[strings.ToLower(fields[len(fields)-1])] {
		return false
	}
	for _, w := range fields {
		r, _ := decode(w, 0)
		lw := strings.ToLower(w)
		if !unicode.IsUpper(r) && lw != "of" && lw != "the" && lw != "and" && lw != "for" && lw != "in" && w != "&" &&
			w != "-" && w != "\u2013" && w != "\u2014" {
			return false
		}
	}
	return true
}

// isIssueLine reports a short line that numbers a page or a release:
// "PRESS RELEASE No. 45/2031", "Issue #57", "Statement No 45",
// "Vol. 3, No. 12".
func isIssueLine(line string) bool {
	fields := strings.Fields(line)
	if len(fields) < 2 || len(fields) > 6 {
		return false
	}
	for i, w := range fields {
		lw := strings.ToLower(w)
		if strings.HasPrefix(lw, "#") && len(lw) > 1 && lw[1] >= '0' && lw[1] <= '9' {
			return true
		}
		if (lw == "no." || lw == "no" || lw == "nr." || lw == "vol." || lw == "issue") && i+1 < len(fields) &&
			fields[i+1][0] >= '0' && fields[i+1][0] <= '9' {
			return true
		}
		if refLabels[strings.TrimRight(lw, ":.")] && i+1 < len(fields) && strings.ContainsAny(fields[len(fields)-1], "0123456789") {
			return true // "Ref: MMA/ST/2031/87", "Our ref. 12/4"
		}
	}
	return false
}

// refLabels name the reference number a letter or a release carries
// above its text.
var refLabels = set("ref", "reference", "ref.no", "file", "doc", "document", "circular", "memo")

// isMetaOnly reports a line whose every segment only numbers or dates the
// page ("Issue #57 | 4 March 2030"): under a masthead, not under a
// headline, which would carry the publication's name ("MORNING BRIEF —
// Issue 90").
func isMetaOnly(line string) bool {
	parts := segments(line)
	if parts == nil {
		parts = []string{line}
	}
	for _, p := range parts {
		if !isMetaSegment(p) && !isIssueLine(p) {
			return false
		}
	}
	return true
}

// isBracketNote reports a line wholly in brackets above the text: "[Unedited
// transcript; wording may still change.]", "(Updated with
// reaction)".
func isBracketNote(line string) bool {
	return len(line) > 2 && (line[0] == '[' && line[len(line)-1] == ']' || line[0] == '(' && line[len(line)-1] == ')')
}

// isCapsMasthead reports a short all-capitals line ("THE NORTHERN
// BRIEF"), which is a masthead when more furniture follows it directly.
func isCapsMasthead(line string) bool {
	wc := wordCount(line)
	return wc >= 1 && wc <= 5 && strings.ToUpper(line) == line && strings.ToLower(line) != line &&
		!strings.ContainsAny(line, ".!?:;,\"")
}

// isSiteName reports a publication's name printed alone in title case
// ("The Kessmouth Lantern"): "The" and at most three more capitalised
// words, no punctuation or digits. Like a capitals masthead it counts
// only when more furniture or a date line follows it.
func isSiteName(line string) bool {
	wc := wordCount(line)
	return wc >= 2 && wc <= 4 && strings.HasPrefix(line, "The ") && allCapitalised(line) &&
		!strings.ContainsAny(line, ".!?:;,\"\u201c\u201d0123456789")
}

// isCapsNotice reports a notice printed in capitals above a transcript
// or a release ("TRANSCRIPT NOT YET CHECKED AGAINST DELIVERY. WORDING MAY …"):
// six or more words, no lower-case letter, ending with a full stop. A
// headline in capitals has no final full stop.
func isCapsNotice(line string) bool {
	return wordCount(line) >= 6 && strings.HasSuffix(line, ".") && !strings.ContainsFunc(line, unicode.IsLower)
}

// publicationWords name a kind of publication in the tagline under its
// name: "A blog about rivers and ports", "The weekly newsletter on
// northern energy".
var publicationWords = set("blog", "newsletter", "podcast", "column", "magazine", "journal", "digest", "website",
	"publication", "briefing", "bulletin")

// isTagline reports the line a publication prints under its name to say
// what it is: it opens with an article and names a publication kind
// within its first four words, in at most fifteen words.
func isTagline(line string) bool {
	fields := strings.Fields(line)
	if len(fields) < 3 || len(fields) > 15 {
		return false
	}
	if f := strings.ToLower(fields[0]); f != "a" && f != "an" && f != "the" && f != "your" {
		return false
	}
	for _, w := range fields[1:min(4, len(fields))] {
		if publicationWords[strings.ToLower(strings.Trim(w, ",.:"))] {
			return true
		}
	}
	return false
}

// isHeadFurniture reports a line that, above a headline, is page
// furniture rather than the headline itself.
func isHeadFurniture(line string) bool {
	key := lineKey(line)
	if key == "" || furnitureLines[key] || sectionLabels[key] || hasFurniturePrefix(line, key) || isShareLine(key) {
		return true
	}
	if ok, _ := isBreadcrumb(line, key); ok {
		return true
	}
	return isLabelLine(line, key) || isSegmentList(line) || isOrgMasthead(line) || isTagline(line) ||
		(strings.Contains(line, " | ") || strings.Contains(line, " / ")) && isLabelBar(line) ||
		wordCount(line) <= 2 && strings.ToUpper(line) == line && strings.ToLower(line) != line
}

// isListedHeadline reports a line in a list of other articles' headlines
// under "More from …" or "Related": short, and not ending a sentence.
func isListedHeadline(line string) bool {
	wc := wordCount(line)
	if wc == 0 || wc > 16 || strings.Contains(line, ". ") {
		return false
	}
	t := strings.TrimRight(line, " ")
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "\"") && !strings.HasSuffix(t, "\u201d") &&
		!strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "!")
}

// trailerPhrases announce the next programme or issue at the end of a
// broadcast summary or a newsletter; what they name is not in the story.
var trailerPhrases = []string{"coming up tomorrow", "coming up next", "coming up on", "coming up later",
	"next episode", "in tomorrow's programme", "on tomorrow's programme", "in tomorrow's show", "next week's issue",
	"in the next issue", "next time on", "tomorrow on the programme", "join us tomorrow", "join us next"}

// isTrailer reports a closing line (key is lower case) that trails the
// next programme or issue.
func isTrailer(key string) bool { return containsAnyOf(key, trailerPhrases) }

// allCapitalised reports a phrase whose words are all capitalised, label
// words ("edition", "news") or joining words: a name, not a sentence.
func allCapitalised(p string) bool {
	for _, w := range strings.Fields(p) {
		r, _ := decode(w, 0)
		lw := strings.ToLower(w)
		if !unicode.IsUpper(r) && !labelWords[lw] && lw != "of" && lw != "the" && lw != "and" && w != "&" {
			return false
		}
	}
	return true
}

// isNavBar reports a site's navigation bar: three or more short items
// (at most four words each) with no digit in any of them and no byline,
// share button or date, set apart by bars or bullets or by wide gaps
// (a breadcrumb's arrows and a tagline's dashes do not count). A
// headline is printed above its byline, date or share bar, whose items
// carry names, digits or share labels; the bar of sections or account
// links ("World | Business | Markets", "Research   Events   Support our
// work") sits under the site's own name.
func isNavBar(line string) bool {
	if strings.ContainsAny(line, "0123456789>\u00bb\u203a\u2013\u2014") || strings.Contains(line, " - ") ||
		isShareLine(lineKey(line)) || isBylineLine(line) {
		return false
	}
	parts := segments(line)
	if len(parts) < 3 && hasWideGaps(line) {
		// menuItems wants every item capitalised; a bar may hold "Support
		// our work" or "[Search]"
		parts = strings.FieldsFunc(strings.ReplaceAll(line, "  ", "\t"), func(r rune) bool { return r == '\t' })
	}
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if wordCount(p) > 4 {
			return false
		}
	}
	return true
}

// isNameOverNavBar reports a first line that is the site's name because a
// navigation bar is the next line: a line of at most ten words whose
// first part, before a bar or a dash, is shaped as a name or a web
// address ("Aldin Harbour Ledger", "aldinnews.com - …"). A headline over
// a bar of topic tags is written as a sentence.
func isNameOverNavBar(line, next string) bool {
	if wordCount(line) > 10 || endsSentence(line) || !isNavBar(next) {
		return false
	}
	name := line
	for _, sep := range []string{" | ", " - ", " \u2013 ", " \u2014 "} {
		name, _, _ = strings.Cut(name, sep)
	}
	name = strings.TrimSpace(name)
	return isNameShape(name) || isWebAddress(name)
}

// isSiteNameOverMenu reports a first line that is the site's name ("The
// X Courier", as isSiteName) with its navigation bar one line further
// down, under a short line the cleaner does not know as furniture (a
// weather and date bar, a slogan of a few words): the menu marks the
// name as the site's as surely as when it follows directly. A headline
// has its deck, byline or date below it, not the site's menu.
func isSiteNameOverMenu(line, rest string) bool {
	if !isSiteName(line) && (wordCount(line) > 4 || !isNameShape(line)) {
		return false
	}
	between, _ := peekLine(rest)
	if between == "" || wordCount(between) > 12 && !isInfoBar(between) {
		return false // a deck under a headline is longer
	}
	rest = rest[strings.Index(rest, between)+len(between):]
	below, _ := peekLine(rest)
	return isNavBar(below)
}

// isInfoBar reports a bar of three or more short items joined by bars
// ("Kessmouth, NSW | Weather: 12°C Showers | Log in | Subscribe from $2 a
// week"): the place, weather and account links a site prints between
// its name and its menu, long in words but no deck (a deck is prose).
func isInfoBar(line string) bool {
	if strings.Count(line, " | ") < 2 {
		return false
	}
	for _, p := range strings.Split(line, " | ") {
		if wordCount(p) > 6 {
			return false
		}
	}
	return true
}

// isTaglineOverMenu reports a first kept line that sits between the
// site's name, already dropped as its masthead, and the site's
// navigation bar: the slogan or description the site prints under its
// name ("Local news for X and Y", "Supply chain intelligence"), whatever
// its words. A headline stands over its deck, byline or date, never
// directly over the site's menu; without a dropped name above, a line
// over a bar of topic tags is left alone. The caller checks that the
// line comes directly under the dropped name, with no other line between.
func isTaglineOverMenu(line, next, masthead string) bool {
	return masthead != "" && wordCount(line) <= 12 && !endsSentence(line) && isNavBar(next)
}

// isWebAddress reports a single word with a dot before its last
// letters: a site's address used as its name ("aldinnews.com").
func isWebAddress(w string) bool {
	i := strings.LastIndexByte(w, '.')
	return i > 0 && i < len(w)-2 && !strings.ContainsAny(w, " \t") && isLowerWord(w[i+1:])
}

// isTopicList reports a line of three or more capitalised topics set
// apart by commas, each of at most three words ("Trade, Energy, Human
// Rights"): the tags a page prints beside its section label. A headline
// that opens with a list goes on to say what happened (a colon, a verb,
// lower-case words after the list).
func isTopicList(line string) bool {
	if strings.ContainsAny(line, ":;.!?\"\u201c\u201d0123456789") {
		return false
	}
	parts := strings.Split(line, ",")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); wordCount(p) == 0 || wordCount(p) > 3 || !allCapitalised(p) {
			return false
		}
	}
	return true
}

// isAccountBar reports the bar where a newsletter's reader subscribes or
// signs in, and nothing else: "Subscribe | Sign in", "Subscribe · Sign
// in", "Subscribe   Sign in". A news site's bar sells a price or a trial
// ("Subscribe from £2 a month", "Free trial"). Only the bar's own text
// is judged: a news site may print the same bare bar, so the caller
// checks the lines under it (headlineUnderAccountBar).
func isAccountBar(line string) bool {
	if len(line) > 40 {
		return false
	}
	parts := segments(line)
	if parts == nil {
		parts = splitGaps(line)
	}
	if len(parts) != 2 {
		return false
	}
	subscribe, signIn := false, false
	for _, p := range parts {
		switch lineKey(p) {
		case "subscribe":
			subscribe = true
		case "sign in", "log in", "login":
			signIn = true
		default:
			return false
		}
	}
	return subscribe && signIn
}
