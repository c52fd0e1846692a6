package ingest

import (
	"strings"
	"unicode"
)

// cleaned is an article with its page furniture removed.
type cleaned struct {
	text       string // kept lines joined by '\n'; every offset refers to it
	title      string
	hasTitle   bool // the first line of text is the title
	byline     string
	bylineRole string
	published  string // YYYY-MM-DD or ""
}

// furnitureLines are whole lines (compared lower-case, without trailing
// punctuation) that belong to the page, not to the article.
var furnitureLines = map[string]bool{
	"write a comment": true, "leave a comment": true, "leave a reply": true, "post a comment": true,
	"add a comment": true, "comments": true, "0 comments": true, "no comments": true, "join the discussion": true,
	"no time to read": true, "get a summary": true, "summarize": true, "summarise": true, "listen to this article": true,
	"listen": true, "print": true, "email": true, "e-mail": true, "share": true, "share this": true,
	"share this article": true, "share on facebook": true, "share on twitter": true, "share on x": true, "tweet": true,
	"whatsapp": true, "telegram": true, "copy link": true, "facebook": true, "twitter": true, "linkedin": true,
	"reddit": true, "pinterest": true, "advertisement": true, "ad": true, "ads": true, "sponsored": true,
	"sponsored content": true, "skip to content": true, "skip to main content": true, "menu": true, "search": true,
	"subscribe": true, "sign up": true, "log in": true, "login": true, "sign in": true, "newsletter": true,
	"follow us": true, "close": true, "toggle navigation": true, "back to top": true, "loading": true,
	"click here": true, "read more": true, "show more": true, "load more": true, "see more": true,
	"adblock detected": true, "ad blocker detected": true, "home": true, "did you like this article": true,
	"was this article helpful": true, "rate this article": true, "poll": true, "vote": true, "results": true,
	"view results": true, "cookie settings": true, "accept": true, "accept all": true, "reject all": true,
}

// stopLines end the article when it already has some body: what follows
// them is comments, recommendations or notices.
var stopLines = map[string]bool{
	"you may also like": true, "you might also like": true, "related articles": true, "related posts": true,
	"related stories": true, "related news": true, "related": true, "more stories": true, "more from": true,
	"recommended": true, "recommended for you": true, "trending": true, "most read": true, "most popular": true,
	"popular posts": true, "latest news": true, "more news": true, "further reading": true, "read next": true,
	"write a comment": true, "leave a comment": true, "leave a reply": true, "post a comment": true,
	"comments": true, "adblock detected": true, "ad blocker detected": true, "about the author": true,
}

// skipNextLines are navigation labels followed by another article's
// headline, which must go too.
var skipNextLines = map[string]bool{
	"previous article": true, "next article": true, "previous post": true, "next post": true,
	"previous": true, "next": true, "read also": true, "also read": true, "see also": true,
	"read more": true, "up next": true, "read next": true, "previous story": true, "next story": true,
}

// furniturePrefixes start lines that are notices, not article text.
var furniturePrefixes = []string{
	"adblock detected", "ad blocker detected", "please support us by disabling", "please disable your ad",
	"we use cookies", "this website uses cookies", "this site uses cookies", "by continuing to use",
	"by using this site", "accept cookies", "cookie policy", "this site uses akismet",
	"learn how your comment data", "your email address will not be published", "required fields are marked",
	"save my name, email", "subscribe to our newsletter", "sign up for our newsletter", "follow us on",
	"all rights reserved", "\u00a9", "copyright \u00a9", "copyright (c)", "read also:", "read more:",
	"also read:", "see also:", "related:", "tags:", "filed under", "posted in", "categories:", "share this:",
	"like this:", "click to share", "poll:", "vote:", "take our poll", "what do you think", "what are your thoughts",
	"share your thoughts", "let us know in the comments", "tell us in the comments", "join the conversation",
	"you must be logged in", "disclaimer:", "image credit", "photo credit", "getty images", "follow the latest",
	"download our app", "get the latest", "this article was", "reporting by", "editing by", "min read",
}

// lineKey is the lower-case form of a line without surrounding
// punctuation, used to look lines up in the tables above.
func lineKey(s string) string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "\u2019", "'")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ':' || r == '.' || r == '!' || r == '?' || r == '|' || r == '>' || r == '\u00bb' || r == '\u2026' || r == '-'
	})
}

// isBreadcrumb recognises navigation trails: "Home » world » Title".
func isBreadcrumb(line, key string) (bool, string) {
	seps := 0
	last := ""
	for _, sep := range []string{"\u00bb", "\u203a", " > ", " / ", " | "} {
		if c := strings.Count(line, sep); c > 0 {
			seps += c
			parts := strings.Split(line, sep)
			last = strings.TrimSpace(parts[len(parts)-1])
			if strings.HasPrefix(key, "home") || c >= 2 || sep == "\u00bb" || sep == "\u203a" {
				return true, last
			}
		}
	}
	return false, ""
}

// isReaderQuestion reports a line made only of questions, the way pages
// ask readers for comments ("What are your thoughts …? Do you …?").
func isReaderQuestion(line string) bool {
	t := strings.TrimRight(strings.TrimSpace(line), "\u201d\"' ")
	if !strings.HasSuffix(t, "?") {
		return false
	}
	// every sentence-ending mark is a question mark
	for i := 0; i < len(t)-1; i++ {
		if (t[i] == '.' || t[i] == '!') && i+1 < len(t) && t[i+1] == ' ' && i > 0 && t[i-1] >= 'a' && t[i-1] <= 'z' {
			return false
		}
	}
	return true
}

func wordCount(s string) int { return len(strings.Fields(s)) }

func trimQuotes(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "\u201c\u201d\"\u2018\u2019'\u00ab\u00bb"))
}

// parseByline reads "by NAME - ROLE" (also "By NAME | DATE", "Written by
// NAME", "Author: NAME").
func parseByline(line string) (name, role, date string, ok bool) {
	l := strings.TrimSpace(line)
	low := strings.ToLower(l)
	rest := ""
	for _, p := range []string{"by ", "written by ", "author: ", "author:", "words by ", "posted by "} {
		if strings.HasPrefix(low, p) {
			rest = strings.TrimSpace(l[len(p):])
			break
		}
	}
	if rest == "" || wordCount(rest) > 14 {
		return "", "", "", false
	}
	r, _ := decode(rest, 0)
	if !unicode.IsUpper(r) {
		return "", "", "", false
	}
	parts := []string{rest}
	for _, sep := range []string{" - ", " \u2013 ", " \u2014 ", " | ", ", "} {
		if i := strings.Index(rest, sep); i > 0 {
			parts = []string{rest[:i], rest[i+len(sep):]}
			break
		}
	}
	name = strings.TrimSpace(parts[0])
	if wordCount(name) > 5 {
		return "", "", "", false
	}
	for _, w := range strings.Fields(name) {
		r, _ := decode(w, 0)
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if !unicode.IsUpper(r) || monthNames[lw] > 0 || weekdays[lw] >= 0 && hasWeekday(lw) {
			return "", "", "", false
		}
	}
	if len(parts) > 1 {
		tail := strings.TrimSpace(parts[1])
		if d := findDateInLine(tail); d != "" {
			date = d
		} else {
			role = tail
		}
	}
	return name, role, date, true
}

// clean removes page furniture and finds title, byline and date.
func clean(src string) cleaned {
	var c cleaned
	var b strings.Builder
	b.Grow(len(src))
	bodyWords := 0
	skipNext := false
	crumbTitle := ""
	lines := 0
	headerLines := 0 // content lines seen before the body starts
	for rest := src; rest != ""; {
		var line string
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			line, rest = rest, ""
		}
		line = strings.TrimFunc(line, isSpaceRune)
		if line == "" {
			continue
		}
		key := lineKey(line)
		if skipNext {
			skipNext = false
			if wordCount(line) <= 25 && !furnitureLines[key] {
				continue
			}
		}
		if stopLines[key] && bodyWords >= 80 {
			break
		}
		if skipNextLines[key] {
			skipNext = true
			continue
		}
		if furnitureLines[key] || key == "" {
			continue
		}
		if ok, last := isBreadcrumb(line, key); ok && bodyWords == 0 {
			if crumbTitle == "" {
				crumbTitle = last
			}
			continue
		}
		if hasFurniturePrefix(key) {
			continue
		}
		if bodyWords == 0 {
			if name, role, date, ok := parseByline(line); ok && c.byline == "" {
				c.byline, c.bylineRole = name, role
				if date != "" && c.published == "" {
					c.published = date
				}
				continue
			}
			if d := metaDate(line, key); d != "" {
				if c.published == "" {
					c.published = d
				}
				continue
			}
		}
		if lines > 0 && isReaderQuestion(line) && bodyWords > 0 {
			continue
		}
		if !c.hasTitle && lines == 0 {
			t := trimQuotes(line)
			wc := wordCount(t)
			if wc > 0 && wc <= 30 && !strings.HasSuffix(t, ".") {
				c.title = t
				c.hasTitle = true
			}
		} else if c.hasTitle && headerLines < 4 && lineKey(trimQuotes(line)) == lineKey(c.title) {
			continue // repeated headline
		}
		if lines > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
		lines++
		if lines == 1 && c.hasTitle {
			headerLines++
		} else {
			wc := wordCount(line)
			if wc > 12 || strings.HasSuffix(line, ".") {
				bodyWords += wc
			} else {
				headerLines++
			}
		}
	}
	if c.title == "" && crumbTitle != "" {
		c.title = crumbTitle
	}
	c.text = b.String()
	return c
}

func hasFurniturePrefix(key string) bool {
	for _, p := range furniturePrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return strings.HasSuffix(key, "min read") || strings.HasSuffix(key, "minute read") || strings.HasSuffix(key, "minutes read")
}

// metaDate recognises a header line that only gives the date
// ("Published: October 26, 2025", "26 Oct 2025 10:41 GMT").
func metaDate(line, key string) string {
	for _, p := range []string{"published", "posted", "updated", "date", "last updated", "first published"} {
		if strings.HasPrefix(key, p) {
			if d := findDateInLine(line); d != "" {
				return d
			}
		}
	}
	if wordCount(line) <= 10 {
		if d := findDateInLine(line); d != "" {
			return d
		}
	}
	return ""
}
