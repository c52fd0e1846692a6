package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleaned is an article with its page furniture removed.
type cleaned struct {
	text       string // kept lines joined by '\n'; every offset refers to it
	title      string
	hasTitle   bool // the first line of text is the title
	byline     string
	bylineRole string
	published  string // YYYY-MM-DD or ""
	// dateline is the place opening a header line dropped for its date
	// ("LIMA, March 11, 2014" gives "LIMA"), or ""
	dateline string
	// datelineRest is the rest of that line after the place's comma
	// ("Fla., May 3, 2031"): the state a city of two states' names is in
	datelineRest string
	// weather is the place a weather box above the headline names
	// ("Bergen 7°C, drizzle" gives "Bergen"), or "": a local paper's
	// home town
	weather string
	// masthead holds, in lower case, the dropped lines that name the
	// publisher: the masthead, site name and section bars above the
	// headline; the rights notice, imprint, contacts bar and author's note
	// at the foot. Photo credits and other headlines are not among them.
	// At most maxMastheadBytes, so a test against it costs little.
	masthead string
}

const maxMastheadBytes = 1024

// noteMasthead keeps a dropped line that names the publisher.
func (c *cleaned) noteMasthead(line string) {
	if len(c.masthead)+len(line) < maxMastheadBytes {
		c.masthead += strings.ToLower(line) + "\n"
	}
}

// noteFootNotices keeps the rights and imprint notices among the last six
// lines of rest, the page the cleaner left unread after a list of other
// headlines or the comments ended the story.
func (c *cleaned) noteFootNotices(rest string) {
	for n := 0; n < 6; {
		rest = strings.TrimRight(rest, " \t\r\n")
		if rest == "" {
			return
		}
		line := rest[strings.LastIndexByte(rest, '\n')+1:]
		rest = rest[:len(rest)-len(line)]
		if line = strings.TrimFunc(line, isSpaceRune); line == "" {
			continue
		}
		n++
		if key := lineKey(line); isRightsNotice(line, key) || isPublisherLine(line, key) {
			c.noteMasthead(line)
		}
	}
}

// furnitureLines are whole lines (compared lower-case, without trailing
// punctuation) that belong to the page, not to the article; an ad
// slot's label ("Advertisement", sponsorLabels) is one too.
var furnitureLines = withWords(map[string]bool{
	"write a comment": true, "leave a comment": true, "leave a reply": true, "post a comment": true,
	"add a comment": true, "comments": true, "0 comments": true, "no comments": true, "join the discussion": true,
	"no time to read": true, "get a summary": true, "summarize": true, "summarise": true, "listen to this article": true,
	"listen": true, "print": true, "email": true, "e-mail": true, "share": true, "share this": true,
	"share this article": true, "share on facebook": true, "share on twitter": true, "share on x": true, "tweet": true,
	"whatsapp": true, "telegram": true, "copy link": true, "facebook": true, "twitter": true, "linkedin": true,
	"reddit": true, "pinterest": true, "ads": true, "skip to content": true, "skip to main content": true, "menu": true, "search": true,
	"subscribe": true, "sign up": true, "log in": true, "login": true, "sign in": true, "newsletter": true,
	"follow us": true, "close": true, "toggle navigation": true, "back to top": true, "loading": true,
	"click here": true, "read more": true, "show more": true, "load more": true, "see more": true,
	"adblock detected": true, "ad blocker detected": true, "home": true, "did you like this article": true,
	"was this article helpful": true, "rate this article": true, "poll": true, "vote": true, "results": true,
	"view results": true, "cookie settings": true, "accept": true, "accept all": true, "reject all": true,
	"post comment": true, "show comments": true, "view comments": true, "hide comments": true, "load comments": true,
	"comment on this article": true, "submit": true, "send": true, "cancel reply": true, "print this article": true,
	"font size": true, "text size": true, "a a a": true, "listen to article": true, "audio version": true,
	"search this site": true, "search the site": true, "type to search": true, "enter keywords": true,
	"what are you looking for": true, "reply": true, "report": true, "like": true, "flag": true, "upvote": true,
	"downvote": true, "reply report": true, "like reply": true, "name": true, "website": true, "comment": true,
	"name * email": true, "name * email * website": true, "vote now": true, "see results": true,
}, sponsorLabels)

// withWords adds words to the set m and returns it.
func withWords(m map[string]bool, words []string) map[string]bool {
	for _, w := range words {
		m[w] = true
	}
	return m
}

// sectionLabels are site sections printed above a headline.
var sectionLabels = map[string]bool{
	"world": true, "politics": true, "business": true, "news": true, "opinion": true, "europe": true, "asia": true,
	"americas": true, "middle east": true, "africa": true, "us": true, "uk": true, "breaking news": true,
	"exclusive": true, "analysis": true, "world news": true, "international": true, "diplomacy": true,
	"economy": true, "top stories": true, "latest": true, "live": true, "breaking": true, "national": true,
	"global": true, "security": true, "defence": true, "defense": true, "elections": true, "asia pacific": true,
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
	"related coverage": true, "more coverage": true, "recommended stories": true, "more on this story": true,
	"read more on": true, "explore more": true, "share this article": true,
	"other news": true, "other stories": true, "other recent releases": true, "other releases": true,
	"more releases": true, "recent releases": true, "discussion about this post": true, "join the discussion": true,
	// the end mark of a press release: contacts and notes follow
	"ends": true, "###": true, "end of release": true, "end of statement": true, "end of text": true,
}

// contactHeads open the block of contacts that closes a press release:
// its press secretary, media office and phone numbers. Nothing in it is
// the story (the people are the issuer's staff, named for reporters to
// call), and after it come only the site's links; a body the block names
// ("Global Affairs Canada" under its media office) was read as a party.
var contactHeads = set("contacts", "media contacts", "media contact", "press contacts", "press contact",
	"for further information, please contact", "for more information", "for further information")

// contactLabels open a one-line contact at a release's foot: "Contact:
// Jane Roe, tel. …", "Media contact: John Doe, Press Secretary, 021 …".
var contactLabels = []string{"contact: ", "contacts: ", "media contact: ", "media contacts: ", "press contact: "}

// storyNext reports that the next line is a sentence of story, not a
// contact's name, post or phone: a heading "Contacts" or "For more
// information" over one heads a part of the article, not its foot.
func storyNext(rest string) bool {
	line, _ := peekLine(rest)
	return endsSentence(line) && wordsOver(line, 12)
}

// isContactLine reports a line (its key) that opens with a contact label.
func isContactLine(key string) bool {
	for _, l := range contactLabels {
		if strings.HasPrefix(key, l) {
			return true
		}
	}
	return false
}

// skipNextLines are navigation labels followed by another article's
// headline, which must go too.
var skipNextLines = map[string]bool{
	"previous article": true, "next article": true, "previous post": true, "next post": true,
	"previous": true, "next": true, "read also": true, "also read": true, "see also": true,
	"read more": true, "up next": true, "read next": true, "previous story": true, "next story": true,
	// a site's own events and experts, listed below the story
	"upcoming event": true, "upcoming events": true, "related experts": true, "related events": true,
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
	"(ap photo", "(photo", "photo:", "image:", "(reuters", "file photo", "pictured:", "caption:",
	"additional reporting by", "writing by", "(reporting by", "(editing by", "(writing by", "(additional reporting",
	"(compiled by", "(with reporting by", "compiled by", "sign up for", "click here to", "watch:", "listen:",
	"related coverage", "recommended stories", "most popular", "more on this story", "advertisement",
	"follow us on google news", "source link", "via:", "featured image", "image source", "don't miss",
	"table of contents", "click to share", "share this story", "share this post", "subscribe now", "read the full",
	"this story has been", "this article has been", "for more news", "stay informed", "stay updated",
	"sign up to", "install our", "enable notifications", "word count",
	"estimated reading time", "reading time", "last updated", "first published", "comments (", "trending:",
	"most read:", "recommended:", "sponsored:", "ad:", "partner content", "share this article:", "share this page",
	"about the author", "forwarded this email", "was this forwarded to you", "view this email in your browser",
	"view in browser", "view online", "unsubscribe", "you are receiving this", "you received this",
	"manage your preferences", "update your preferences", "coming up tomorrow", "coming up next", "coming up on",
	"next week on", "in the next episode", "tomorrow on the programme", "tomorrow on the show",
	// ad-blocker and paywall notices
	"you appear to be using an ad", "it looks like you're using an ad", "it looks like you are using an ad",
	"we noticed you're using an ad", "please whitelist", "please disable your", "subscribe to continue",
	"to continue reading", "continue reading", "this article is for subscribers", "this content is for subscribers",
	"already a subscriber", "already have an account", "create a free account", "you have reached your",
	"you've reached your", "get unlimited access", "unlock this article", "start your free trial",
	"become a member", "become a subscriber", "support independent journalism", "support our journalism",
	"subscribers only", "exclusive to subscribers",
	// newsletter boxes and sponsors
	"get our newsletter", "enter your email", "by signing up", "by subscribing", "thank you for subscribing",
	"thanks for signing up", "you are reading", "you're reading", "not subscribed yet", "this edition is supported by",
	"this edition is sponsored by", "this newsletter is sponsored", "this newsletter is supported",
	"this issue is sponsored", "this issue is supported", "this email is sponsored", "brought to you by",
	// comment sections
	"comments are closed", "commenting is closed", "commenting has been disabled", "comments have been closed",
	"log in to comment", "login to comment", "sign in to comment", "register to comment", "be the first to comment",
	"view all comments", "show all comments", "community guidelines", "report abuse",
	// tag lists and captions
	"topics:", "keywords:", "category:", "related topics:", "tagged:", "tagged with", "photograph:", "photo by ",
	"photos:", "(photograph", "picture:", "(picture", "(image:", "credit:", "(credit", "illustration:",
	"photo caption", "main image:", "top image:", "lead image", "header image",
	// author notes at the foot
	"follow her on", "follow him on", "follow them on", "follow the author", "you can follow", "email the author",
	"contact the author", "reach the author", "write to the author", "the author can be reached",
	"the writer can be reached", "the views expressed", "views expressed in this", "the opinions expressed",
	// polls, page feedback, link bars, sign-offs and reprint notes
	"reader poll", "readers' poll", "quick poll", "cookie notice", "cookies:", "quick links", "useful links",
	"is this page useful", "was this page helpful", "was this helpful", "report a problem", "that's it for",
	"that's all for", "enjoyed this", "forward this to", "forward it to", "reply to this email",
	"republished with permission", "reprinted with permission", "originally published", "this story first appeared",
	"watch the full", "listen to the full",
	// press contacts under a release
	"for media enquiries", "for media inquiries", "media enquiries", "media inquiries", "press enquiries",
	"press inquiries", "for press enquiries", "for press inquiries", "media contact", "press contact",
	"for further information, contact", "for further information please contact", "for more information, contact",
	"for more information please contact", "notes to editors", "note to editors",
	// transcript notices
	"this is a rush transcript", "rush transcript", "this copy may not be in its final form",
	"this transcript has been", "this is an automated transcript",
	// subscription banners
	"subscribe for ", "subscribe from ", "subscribe today", "subscribe and save", "subscribe to read",
	"digital subscription", "get digital access", "start your subscription", "comments are moderated",
	// a site's advertised events
	"upcoming event:", "upcoming events:",
	// a newsletter's and a broadcaster's sign-off
	"thanks for reading", "thank you for reading", "transcript produced by", "transcripts are produced by",
}

// socialWords name share buttons: a line made only of them is furniture.
var socialWords = set("facebook", "twitter", "x", "email", "e-mail", "linkedin", "whatsapp", "telegram", "reddit",
	"copy link", "print", "instagram", "youtube", "threads", "bluesky", "mastodon", "share", "tiktok", "vk",
	"weibo", "wechat", "line", "viber", "messenger", "flipboard", "pocket", "sms", "rss", "google news", "bookmark",
	"save", "comment", "comments", "link", "mail", "x (twitter)")

// shareLabels open a bar of share or follow buttons: "Share: Facebook |
// X", "Follow us: Telegram · VK".
var shareLabels = []string{"share this article:", "share this story:", "share this:", "share on:", "share via:",
	"share:", "follow us on:", "follow us:", "follow:", "connect with us:", "find us on:"}

// isShareLine recognises "Facebook | Twitter | Email", "Facebook · X ·
// LinkedIn · Copy link" and the same bar behind a label ("Share:
// Facebook | X"), where one button is enough.
func isShareLine(key string) bool {
	if len(key) > 80 {
		return false
	}
	for _, l := range shareLabels {
		if strings.HasPrefix(key, l) {
			return socialItems(key[len(l):]) >= 1
		}
	}
	return socialItems(key) >= 2
}

// socialItems counts the share buttons in a bar of them, or returns -1
// when any item is something else.
func socialItems(key string) int {
	n := 0
	for key != "" {
		i := indexAnyRune(key, "|/,\u00b7\u2022")
		p := key
		if i >= 0 {
			p = key[:i]
			_, w := utf8.DecodeRuneInString(key[i:])
			key = key[i+w:]
		} else {
			key = ""
		}
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !socialWords[p] {
			return -1
		}
		n++
	}
	return n
}

// bioWords make a closing line about a person an author's biography.
// A think tank's commentary closes with its author's fellowship ("X is a
// fellow of Y").
var bioWords = []string{"columnist", "correspondent", "editor", "reporter", "writer", "journalist", "contributor", "freelance", "bureau chief",
	"fellow"}

// isAuthorBio recognises a short closing line describing the author:
// "Ana Ruiz is a weekly columnist who once ran a regional desk for …", "X is
// Y's energy correspondent. She earlier reported from …".
func isAuthorBio(line string) bool {
	if wordsOver(line, 60) {
		return false
	}
	first := line[:firstStop(line)]
	for _, v := range []string{" writes about ", " writes on ", " writes for ", " writes from ", " covers "} {
		if i := strings.Index(first, v); i > 0 && bioName(first[:i]) {
			return true // "Jane Roe writes about the region from X.", "X covers the courts"
		}
	}
	i := strings.Index(first, " is ")
	if i <= 0 || !bioName(first[:i]) {
		return false
	}
	return containsAnyOf(strings.ToLower(first[i:]), bioWords)
}

// firstStop returns where the first sentence of a line ends (the ". "
// after it, or the line's length). The point after a middle initial ends
// no sentence: "Helena Q. Marchetti is a senior fellow" is one sentence,
// and cut at "Q." its subject was lost and the biography read as article
// text.
func firstStop(line string) int {
	for off := 0; ; {
		i := strings.Index(line[off:], ". ")
		if i < 0 {
			return len(line)
		}
		i += off
		if i >= 2 && line[i-1] >= 'A' && line[i-1] <= 'Z' && line[i-2] == ' ' {
			off = i + 2 // "Q. ": an initial
			continue
		}
		return i
	}
}

// isViewsDisclaimer reports a short closing note that the author's views
// are not the publisher's ("X publishes this series; the views expressed
// here are the author's"): it names the publisher, not a party to the
// story. ("The views expressed …" at the start of a line is a furniture
// prefix already.)
func isViewsDisclaimer(line string) bool {
	return strings.Contains(line, "views expressed") && wordCount(line) <= 45 &&
		(strings.Contains(line, "author") || strings.Contains(line, " own"))
}

// bioName reports the subject of a biography line: two to seven words
// with a capital.
func bioName(s string) bool {
	wc := wordCount(s)
	return wc >= 2 && wc <= 7 && strings.ContainsFunc(s, unicode.IsUpper)
}

// beforeFurniture reports that the next line of rest is page furniture
// (tags, a comment section, a stop line) or that nothing follows: a
// biography there closes the article even when comments run on below.
func beforeFurniture(rest string) bool {
	next, _ := peekLine(rest)
	if next == "" {
		return true
	}
	key := lineKey(next)
	return stopLines[key] || isCommentsHeader(key) || hasFurniturePrefix(next, key)
}

// htmlEntities decodes the entities scraped text most often keeps.
var htmlEntities = strings.NewReplacer("&amp;", "&", "&nbsp;", " ", "&quot;", "\"", "&#39;", "'", "&apos;", "'",
	"&rsquo;", "\u2019", "&lsquo;", "\u2018", "&ldquo;", "\u201c", "&rdquo;", "\u201d", "&mdash;", "\u2014",
	"&ndash;", "\u2013", "&hellip;", "\u2026", "&#8217;", "\u2019", "&#8220;", "\u201c", "&#8221;", "\u201d",
	"&raquo;", "\u00bb", "&laquo;", "\u00ab", "&lt;", "<", "&gt;", ">")

// keyTrim are the marks around a line that do not change what it says:
// end punctuation, the arrows and guillemets of "« Previous Article" and
// "Next Article →", and the dashes of a horizontal rule ("———").
var keyTrim = map[rune]bool{':': true, '.': true, '!': true, '?': true, '|': true, '>': true, '<': true,
	'\u00bb': true, '\u00ab': true, '\u203a': true, '\u2039': true, '\u2190': true, '\u2192': true, '\u2026': true,
	'-': true, '\u2013': true, '\u2014': true, '_': true, '*': true, '=': true, '~': true}

// lineKey is the lower-case form of a line without surrounding
// punctuation, used to look lines up in the tables above. A line that
// is already its own key (lower case, nothing to trim) is returned as it
// is, without a copy.
func lineKey(s string) string {
	src := keySource(s)
	var buf [128]byte
	if k := appendLower(buf[:0], src, true); string(k) != src {
		return string(k)
	}
	return src
}

// sameLineKey reports lineKey(a) == lineKey(b). Both keys are built in
// buffers on the stack: the check runs for every line under a headline,
// and most lines differ from it.
func sameLineKey(a, b string) bool {
	var ba, bb [128]byte
	return string(appendLower(ba[:0], keySource(a), true)) == string(appendLower(bb[:0], keySource(b), true))
}

// keySource is the part of a line its key is made of: the first 96
// bytes (long lines are never furniture by exact match; their prefix is
// enough) without the spaces and keyTrim marks around them. Trimming
// before lower-casing gives the same key as after: none of those marks
// has a case, and no letter lower-cases to one of them.
func keySource(s string) string {
	if len(s) > 96 {
		cut := 96
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut]
	}
	return strings.TrimFunc(s, isKeyTrim)
}

// isKeyTrim reports a space or a keyTrim mark.
func isKeyTrim(r rune) bool {
	return unicode.IsSpace(r) || keyTrim[r]
}

// isBreadcrumb recognises navigation trails: "Home » world » Title".
func isBreadcrumb(line, key string) (bool, string) {
	seps := 0
	last := ""
	for _, sep := range []string{"\u00bb", "\u203a", " > ", " / ", " | "} {
		if sep[0] == ' ' && strings.IndexByte(line, sep[1]) < 0 {
			continue // the mark is absent: a quick search, where counting " > " stops at every space
		}
		if c := strings.Count(line, sep); c > 0 {
			seps += c
			if sep == "\u00bb" && strings.Contains(line, "\u00ab") || sep == "\u203a" && strings.Contains(line, "\u2039") {
				continue // guillemets quote: «Мы готовы», ‹non›
			}
			parts := strings.Split(line, sep)
			last = strings.TrimSpace(parts[len(parts)-1])
			short := true // a trail's steps are section names, not sentences
			for _, p := range parts[:len(parts)-1] {
				if wordCount(p) > 5 {
					short = false
				}
			}
			if short && (strings.HasPrefix(key, "home") || c >= 2 || sep == "\u00bb" || sep == "\u203a") {
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

// wordGap holds the bytes wordCount and wordsOver split words at: one
// load per byte instead of four comparisons (the line checks of clean
// count the words of most lines several times).
var wordGap = [256]bool{' ': true, '\t': true, '\n': true, '\r': true}

func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := wordGap[s[i]]
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// wordsOver reports whether s has more than n >= 0 words (as wordCount counts
// them). It stops at word n+1: the line checks that bound a line's
// length are asked of every paragraph, most of them long.
func wordsOver(s string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := wordGap[s[i]]
		if !sp && !in {
			if words++; words > n {
				return true
			}
		}
		in = !sp
	}
	return false
}

// trimQuotes removes the quote marks around a line printed as a whole
// quotation; a line that only opens with one keeps its marks.
func trimQuotes(s string) string {
	s = strings.TrimSpace(s)
	if opensQuotation(s) {
		return s
	}
	return strings.TrimSpace(strings.Trim(s, quoteRunes+closeQuoteRunes))
}

// opensQuotation reports a line that opens with a quotation and goes on
// after it ("'We will not pay': union rejects offer", "“Not now,” says
// minister", also when the line ends on a second quotation): its quote
// marks are part of the headline, and trimming the outer ones alone
// would leave inner ones unmatched. Inside the line, a closing mark is
// followed by a blank, a colon or a comma. A line that ends on a quoted
// sentence ("… said X. “Time is short.”") is running text, trimmed as
// before, so its final stop still tells it from a headline.
func opensQuotation(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	last, lastSize := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune(quoteRunes, r) || size+lastSize >= len(s) {
		return false
	}
	if p := s[len(s)-lastSize-1]; strings.ContainsRune(closeQuoteRunes, last) && (p == '.' || p == '?' || p == '!') {
		return false
	}
	return closingQuoteBefore(s[size:len(s)-lastSize], " :,", false)
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
	placed := false // "Posted by NAME in Politics, Security", "By NAME on 4 May 2026, 11:20"
	for _, sep := range []string{" in ", " on "} {
		if i := strings.Index(name, sep); i > 0 {
			name, placed = name[:i], true
		}
	}
	if wordCount(name) > 8 {
		return "", "", "", false
	}
	for _, w := range strings.Fields(name) {
		r, _ := decode(w, 0)
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if lw == "and" || lw == "&" {
			continue // several authors
		}
		if !unicode.IsUpper(r) || monthNames[lw] > 0 || weekdays[lw] >= 0 && hasWeekday(lw) {
			return "", "", "", false
		}
	}
	if placed {
		// what follows the name is a place, a category or a date, not a role
		return name, "", findDateInLine(rest), true
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

// maxTitleBytes bounds a headline: thirty words of any language fit, a
// megabyte-long "word" on the first line does not.
const maxTitleBytes = 400

// clean removes page furniture and finds title, byline and date.
func clean(src string) cleaned {
	var c cleaned
	var b strings.Builder
	b.Grow(len(src))
	bodyWords := 0
	skipNext := false
	skipList := false
	adNext := false // the line before was an ad slot's label
	crumbTitle := ""
	weatherLine := "" // the line c.weather was read from
	overNav := false  // the title line stood over a navigation bar
	// the line below the title is the site's slogan over its menu: the
	// title is the site's name (isSiteNameOverMenu)
	taglineNext := false
	lines := 0
	headerLines := 0 // content lines seen before the body starts
	// the length of c.masthead before the line above: when it grew, the
	// line above was dropped as the publisher's (isTaglineOverMenu)
	notedBefore := 0
	// a newsletter's subscribe bar was seen near the top of the page
	// (isAccountBar) before any body text, and underAccount is the first
	// kept line after it that is not itself such a bar (a page may repeat
	// the bar), -1 when none: the issue's headline (headlineUnderAccountBar)
	accountBar, underAccount := false, -1
	// weekly.at counts the kept lines above a weekly magazine's dateline,
	// -1 when none was seen (weeklyHeadline); barCut is set when the
	// first line's section label was cut off before a bar
	weekly, barCut := weeklyPage{at: -1}, false
	rest := src
	for rest != "" {
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
		if strings.IndexByte(line, '&') >= 0 && strings.IndexByte(line, ';') >= 0 {
			line = htmlEntities.Replace(line) // scraped text keeps some
		}
		key := lineKey(line)
		if c.weather == "" && bodyWords == 0 && lines <= headWindow && strings.Contains(line, "\u00b0") {
			c.weather, weatherLine = weatherPlace(line), line
		}
		if !accountBar && bodyWords == 0 && lines <= 3 && isAccountBar(line) {
			accountBar = true
		}
		// only a line that is no furniture: an ad slot's "ADVERTISEMENT"
		// is a short capitals line over the story too
		if weekly.at < 0 && lines >= 3 && lines <= headWindow && !adSlotLabels[key] && !furnitureLines[key] {
			if dated := isWeeklyDateline(line); dated || isCapsPlaces(line) && paragraphNext(rest) {
				// "Mar 4th 2031 | OSLO AND REYKJAVIK"; "LISBON AND RABAT" over the story
				weekly = weeklyPage{at: lines, dated: dated, barCut: barCut}
			}
		}
		underMasthead := len(c.masthead) > notedBefore
		notedBefore = len(c.masthead)
		if taglineNext {
			// not noted as the publisher's: a slogan may name a region
			// or a ministry the story is about
			taglineNext = false
			continue // "Local news for X and Y" under the name, over the menu
		}
		if adNext {
			adNext = false
			// a label above the headline is followed by the headline
			if lines > 0 && isAdCopy(line) {
				continue // "Harbour Dental - new patients welcome. Book online today."
			}
		}
		if adSlotLabels[key] {
			adNext = true    // the advertiser's copy may follow
			skipList = false // a label ends a list of other headlines
			continue
		}
		if isCommentsHeader(key) && bodyWords >= 80 {
			break // "Comments (12)": readers' comments follow
		}
		if skipList {
			// the rest of a list of other headlines under "Read more:"
			if isListItem(line) && wordCount(line) <= 25 || bodyWords >= 80 && isListedHeadline(line) {
				skipNext = false // the headline skipNext waited for is gone
				continue
			}
			skipList = false
		}
		if skipNext {
			skipNext = false
			if wordCount(line) <= 25 && !furnitureLines[key] {
				continue
			}
		}
		if stopLines[key] {
			if bodyWords >= 80 {
				break
			}
			if bodyWords > 0 && !strings.Contains(key, "comment") && !strings.Contains(key, "reply") {
				skipNext = true // a short list of other headlines follows
				skipList = true
				continue
			}
		}
		if bodyWords >= 80 && (contactHeads[key] && !storyNext(rest) || isContactLine(key)) {
			break // a release's contacts: its spokesman, press office and phone
		}
		if bodyWords == 0 && strings.HasPrefix(key, "from: ") && wordCount(line) <= 12 {
			continue // "From: Global Affairs Canada": the issuer above a release
		}
		if skipNextLines[key] || bodyWords > 0 && isLinkHeader(line, key) || bodyWords >= 80 && isHeadlineListHeading(line, rest) {
			skipNext = true
			skipList = true
			continue
		}
		if furnitureLines[key] || key == "" {
			continue
		}
		if ok, last := isBreadcrumb(line, key); ok && bodyWords == 0 {
			if crumbTitle == "" || headlineLike(last) && !headlineLike(crumbTitle) {
				crumbTitle = last // a menu bar ("… | Contact Us") may come first
			}
			continue
		}
		if hasFurniturePrefix(line, key) || isShareLine(key) {
			if isPublisherLine(line, key) || bodyWords >= 80 && isRightsNotice(line, key) && remainingLines(rest) <= 6 {
				c.noteMasthead(line) // "© 2024 X", "Published by X Media Ltd"
			}
			skipList = bodyWords > 0 && (strings.HasPrefix(key, "read more") || strings.HasPrefix(key, "related") || strings.HasPrefix(key, "see also") || strings.HasPrefix(key, "also read") || strings.HasPrefix(key, "most read"))
			continue
		}
		if isLinkLabelLine(line, key) || isWidgetLine(line) || isPollLine(line, key) || isButtonRow(line) || isFurnitureBar(line) {
			continue // "Related stories: A | B", "Brent $84.20 +1.2%", "Yes / No", "[Vote] [Results]"
		}
		if bodyWords > 0 && isAgoLine(line, key) {
			continue // a commenter's "jdoe · 2 hours ago"
		}
		if bodyWords >= 150 && (isAuthorBio(line) || isViewsDisclaimer(line)) && (remainingLines(rest) <= 6 || beforeFurniture(rest)) {
			c.noteMasthead(line)
			continue // the author's biography, the publisher's disclaimer at the end
		}
		if bodyWords >= 80 && isNoticeBar(line) {
			c.noteMasthead(line)
			continue // a contacts bar with legal links
		}
		if bodyWords >= 80 && (isRightsNotice(line, key) || isSignOff(line, key)) && atFoot(rest) {
			c.noteMasthead(line)
			continue // a name before the mark and a year, a broadcaster's sign-off, at the foot
		}
		if bodyWords >= 80 && (isReaderAppeal(line) || isPublisherSelfNote(line, c.masthead)) && atFoot(rest) {
			c.noteMasthead(line)
			continue // "Support local journalism: donate", "The X Post is a nonprofit newsroom"
		}
		if bodyWords >= 80 && isRegistrationNote(line) && atFoot(rest) {
			c.noteMasthead(line)
			continue // the publisher's registered company or charity, under the story
		}
		if bodyWords >= 80 && isFunderNote(line) && remainingLines(rest) <= 3 {
			continue // the donor who pays for the site's research series
		}
		if bodyWords >= 150 && remainingLines(rest) <= 3 && isTrailer(key) {
			continue // "Coming up tomorrow: …", "In next week's issue: …"
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
				if c.dateline == "" {
					if c.dateline = datelinePlace(line); c.dateline != "" {
						_, c.datelineRest, _ = strings.Cut(line, ",")
						c.datelineRest = strings.TrimSpace(c.datelineRest)
					}
				}
				if lines > 0 || !strings.ContainsAny(line, "\"\u201c\u201d") {
					continue
				}
				// a first line that names a programme in quotes is the
				// title with its date: TRANSCRIPT - "NIGHT DESK" - 7 MAY 2022
			}
			if isTimestampLine(key) {
				continue // "Updated 2 hours ago", "Published 09:30 GMT"
			}
			if isEditorNote(key) || isBracketNote(line) {
				continue // "Prepared by the monitoring desk. Quotations …", "[Rush transcript.]"
			}
		}
		if lines > 0 && isReaderQuestion(line) && bodyWords > 0 && !strings.HasPrefix(line, "Q:") {
			continue
		}
		if !c.hasTitle && lines == 0 {
			if sectionLabels[key] || wordCount(line) <= 2 && strings.ToUpper(line) == line && strings.ToLower(line) != line {
				if !sectionLabels[key] {
					c.noteMasthead(line) // "DRAVOSKA WEEKLY"
				}
				continue // "World", "POLITICS", "WASHINGTON" above the headline
			}
			next, blankAfter := peekLine(rest)
			// the headline may sit under more labels: a masthead, then a
			// section ("THE DAILY CHRONICLE" / "Politics" / headline).
			// Every test below wants a headline-like line under this one;
			// it is searched for (reading the lines below) only once a test
			// on this line itself has passed: most first lines are the
			// headline and pass none
			var head string
			headDone, headOK := false, false
			headBelow := func() bool { // headlineLike(head), head found once
				if !headDone {
					head, headDone = headlineBelowLabels(rest), true
					headOK = headlineLike(head)
				}
				return headOK
			}
			// "Daily · Region · Sport", "Issue 112 | date", a ministry's
			// name, "THE X BRIEF" over a tagline: furniture above it
			if (isSegmentList(line) || isOrgMasthead(line) || isCapsMasthead(line) && isHeadFurniture(next) || isIssueLine(line) ||
				// the inner headBelow() fills head before its ending is read;
				// the outer one is the test every other branch also needs
				isIssueLine(next) && isMetaOnly(next) && headBelow() && !strings.HasSuffix(head, ".")) && headBelow() {
				c.noteMasthead(line)
				continue // also "Release No. 12" and a tagline over "Issue #57 | date"
			}
			if isMastheadAbove(line, next) && headBelow() && !strings.HasSuffix(head, ".") {
				c.noteMasthead(line)
				continue // "NOTES FROM X" over its tagline, "The X Lantern" over a date, a capitals notice
			}
			if isLabelLine(line, key) && headBelow() && (!strings.HasSuffix(head, ".") || labelWords[strings.ToLower(line[strings.LastIndexByte(line, ' ')+1:])]) {
				c.noteMasthead(line)
				continue // "Press release", "Gulf Briefing > Analysis", a site name above the headline
			}
			// "World | Asia-Pacific", "Site Name | Trade & Markets", "China
			// / Diplomacy": a bar of short section labels above a longer
			// headline
			if (strings.Contains(line, " | ") || strings.Contains(line, " / ")) && headBelow() && !strings.HasSuffix(head, ".") && wordCount(head) >= 5 && isLabelBar(line) {
				c.noteMasthead(line)
				continue
			}
			// "OPINION | Headline text": a section label before the bar;
			// "ANALYSIS | Trade, Energy, Maritime Law": the label and its topics
			if i := strings.Index(line, " | "); i > 0 && wordCount(line[:i]) <= 3 && wordCount(line[i+3:]) >= 4 && isLabelLine(line[:i], lineKey(line[:i])) {
				if isTopicList(line[i+3:]) && headBelow() {
					continue
				}
				line = strings.TrimSpace(line[i+3:])
				key = lineKey(line)
				barCut = true
			}
			t := headlineText(line)
			wc := wordCount(t)
			// a headline may end with a full stop when it is short and
			// stands alone above the text
			fullStop := strings.HasSuffix(t, ".") && wc >= 4 && wc <= 20 && (blankAfter || isHeaderMeta(next)) && !hasDateline(t)
			if wc > 0 && wc <= 30 && len(t) <= maxTitleBytes && (!strings.HasSuffix(t, ".") || fullStop) {
				c.title = t
				c.hasTitle = true
				taglineNext = isSiteNameOverMenu(line, rest)
				overNav = taglineNext || isNameOverNavBar(line, next) || underMasthead && isTaglineOverMenu(line, next, c.masthead)
			}
		} else if c.hasTitle && headerLines < 4 && sameLineKey(trimQuotes(line), c.title) {
			continue // repeated headline
		}
		line = stripCredit(line)
		if accountBar && underAccount < 0 && bodyWords == 0 && !isAccountBar(line) {
			underAccount = lines
		}
		if lines > 0 {
			line = titleCaseLabel(line)
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
	c.noteFootNotices(rest)
	if c.title == "" && crumbTitle != "" && len(crumbTitle) <= maxTitleBytes {
		c.title = crumbTitle
	}
	c.text = b.String()
	layout := false
	if weekly.at >= 0 || underAccount > 0 {
		head := firstLines(c.text)
		i := 0
		weekly.named = c.hasTitle && overNav
		if weeklyHeadline(head, weekly) {
			i = weekly.at - 2
		} else if headlineUnderAccountBar(head, underAccount) {
			i = underAccount
		}
		for _, l := range head[:max(i, 0)] {
			if isParagraph(l) {
				// a story above the layout: the page holds two stories,
				// and the first one's headline and text are no furniture
				i = 0
				break
			}
		}
		if i > 0 {
			// the lines above are the masthead, menus and the rubric, page
			// furniture; the first is the site's name when it stood over a
			// menu or a newsletter's subscribe bar
			start := 0
			for _, l := range head[:i] {
				start += len(l) + 1
			}
			if c.hasTitle && (overNav || i == underAccount) {
				c.noteMasthead(head[0])
			}
			c.text, c.title, c.hasTitle, layout = c.text[start:], headlineText(head[i]), true, true
		}
	}
	if !layout && (c.hasTitle || c.title == "") {
		// also when no line was taken: a notice may open the text
		if text, line, ok := recheckHeadline(c.text, c.title, overNav); ok {
			if c.title != "" {
				first, _, _ := strings.Cut(c.text, "\n")
				c.noteMasthead(first) // the site's name, taken for the headline
			}
			c.text, c.title, c.hasTitle = text, headlineText(line), true
		}
	}
	if first, _, _ := strings.Cut(c.text, "\n"); !layout && c.hasTitle && sameLineKey(first, c.title) {
		if text, line, ok := belowFlyTitle(c.text); ok {
			c.text, c.title = text, headlineText(line)
		}
	}
	c.title = stripWireTag(dropKindLabel(c.title, crumbTitle), c.text, c.hasTitle)
	if c.weather != "" && (c.title != "" && strings.Contains(weatherLine, c.title) || strings.Contains(c.text, weatherLine)) {
		// the line was kept: a headline or a sentence that names a
		// temperature ("Seville 46°C: Spain swelters"), not a weather box
		c.weather = ""
	}
	return c
}

// headlineText is the title a headline line gives: without surrounding
// quotes or a short site name after a bar ("Headline | Site Name").
func headlineText(line string) string {
	t := trimQuotes(line)
	if i := strings.LastIndex(t, " | "); i > 0 && wordCount(t[i+3:]) <= 4 {
		t = strings.TrimSpace(t[:i])
	}
	return t
}

// isMastheadAbove reports a first line that names or describes the
// publication, or warns about the copy, above a headline that reads as
// one (four to thirty words, no final full stop): a capitals name
// over its tagline, "The X Lantern" over a tagline or a date line, the
// tagline itself, a notice in capitals. A headline in capitals may stand
// over its date and standfirst, and any headline over its byline, so
// those do not count. The caller tests the headline (its search reads
// the lines below, so it comes last).
func isMastheadAbove(line, next string) bool {
	if isTagline(line) || isCapsNotice(line) {
		return true
	}
	return isCapsMasthead(line) && isTagline(next) || isSiteName(line) && (isTagline(next) || isHeaderMeta(next) && !isBylineLine(next))
}

// isBylineLine reports a byline: under a headline, not under a masthead.
func isBylineLine(line string) bool {
	_, _, _, ok := parseByline(line)
	return ok
}

// kindLabels name the kind of an official document, printed before its
// headline: "Press Release: Minister holds talks …".
var kindLabels = set("press release", "media release", "news release", "press statement", "statement", "readout",
	"communique", "communiqu\u00e9", "media advisory")

// dropKindLabel removes a document-kind label from the title when the
// breadcrumb gives the same headline without it: the page's own name for
// the document. An editorial kicker ("Analysis:", "Q&A:") stays.
func dropKindLabel(title, crumb string) string {
	i := strings.Index(title, ": ")
	if i <= 0 || crumb == "" || !kindLabels[strings.ToLower(title[:i])] {
		return title
	}
	if rest := strings.TrimSpace(title[i+2:]); sameLineKey(rest, crumb) {
		return rest
	}
	return title
}

// peekLine returns the next non-empty line of rest and whether a blank
// line comes first.
func peekLine(rest string) (string, bool) {
	blank := false
	for rest != "" {
		var line string
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			line, rest = rest, ""
		}
		line = strings.TrimFunc(line, isSpaceRune)
		if line == "" {
			blank = true
			continue
		}
		return line, blank
	}
	return "", blank
}

// labelWords end or make up the short labels printed above a headline:
// sections, page kinds and publication names.
var labelWords = map[string]bool{
	"tribune": true, "times": true, "post": true, "herald": true, "monthly": true, "weekly": true, "daily": true,
	"journal": true, "gazette": true, "news": true, "review": true, "chronicle": true, "observer": true,
	"magazine": true, "briefing": true, "digest": true, "report": true, "wire": true, "today": true, "online": true,
	"telegraph": true, "standard": true, "express": true, "globe": true, "courier": true, "dispatch": true,
	"bulletin": true, "insider": true, "release": true, "statement": true, "analysis": true, "opinion": true,
	"comment": true, "commentary": true, "feature": true, "features": true, "explainer": true, "interview": true,
	"editorial": true, "column": true, "blog": true, "live": true, "update": true, "updates": true, "world": true,
	"politics": true, "business": true, "diplomacy": true, "economy": true, "exclusive": true, "investigation": true,
	"voices": true, "perspective": true, "letters": true, "newsletter": true, "podcast": true, "video": true,
	"mirror": true, "star": true, "sun": true, "quarterly": true, "press": true, "media": true, "network": true,
	"story": true, "service": true, "readout": true, "centre": true, "center": true, "desk": true, "edition": true,
	"communique": true, "communiqu\u00e9": true, "advisory": true, "transcript": true, "speech": true, "brief": true,
}

// isLabelLine reports a short line that names a section, a page kind or
// a publication rather than telling news: at most three words (five when
// it ends in a publication word), every word capitalised or a label
// word, no final punctuation, or a short trail "Section > Subsection".
func isLabelLine(line, key string) bool {
	if strings.Contains(line, " > ") {
		for _, part := range strings.Split(line, " > ") {
			if wc := wordCount(part); wc == 0 || wc > 4 {
				return false
			}
		}
		return true
	}
	if sectionLabels[key] {
		return true
	}
	if strings.ContainsAny(line, ".!?:,;\"\u201c\u201d0123456789") {
		return false
	}
	fields := strings.Fields(line)
	last := strings.ToLower(fields[len(fields)-1])
	if len(fields) > 5 || !labelWords[last] {
		return false // a label ends in a section, page-kind or publication word
	}
	for _, w := range fields {
		r, _ := decode(w, 0)
		if !unicode.IsUpper(r) && !labelWords[strings.ToLower(w)] && w != "of" && w != "the" && w != "&" {
			return false
		}
	}
	return true
}

// headlineLike reports a line that could be the headline below a label:
// four to thirty words, not a byline or a date line.
func headlineLike(line string) bool {
	wc := wordCount(line)
	if wc < 4 || wc > 30 || isHeaderMeta(line) {
		return false
	}
	return !strings.HasSuffix(line, ".") || wc <= 20
}

// isHeaderMeta reports a byline or a date line.
func isHeaderMeta(line string) bool {
	if line == "" {
		return false
	}
	if _, _, _, ok := parseByline(line); ok {
		return true
	}
	key := lineKey(line)
	return metaDate(line, key) != "" || isTimestampLine(key) || strings.HasPrefix(key, "an analysis by") ||
		strings.HasPrefix(key, "analysis by") || strings.HasPrefix(key, "opinion by")
}

// hasDateline reports a wire lede: "NAIROBI, May 4 (Reuters) – …".
func hasDateline(s string) bool {
	i := strings.IndexAny(s, ",(\u2013\u2014")
	if i <= 0 || i > 40 {
		return false
	}
	head := strings.TrimSpace(s[:i])
	return strings.ToUpper(head) == head && strings.ToLower(head) != head
}

// furnitureByFirst holds furniturePrefixes by their first byte, so that
// each line is compared with the few that could match; an array indexed
// by the byte, as every line of every article asks.
var furnitureByFirst = byFirstByte(furniturePrefixes)

// weakByFirst holds weakFurniturePrefixes by their first byte.
var weakByFirst = byFirstByte(weakFurniturePrefixes)

// byFirstByte groups prefixes by their first byte, keeping their order.
func byFirstByte(prefixes []string) (m [256][]string) {
	for _, p := range prefixes {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}

// weakFurniturePrefixes start furniture only on short lines: a long
// paragraph that happens to begin "Copyright …" or "Newsletter …" is text.
var weakFurniturePrefixes = []string{"copyright ", "promoted", "newsletter", "support our", "download the", "get our",
	"join our", "via ", "subscribe to ", "subscribe:", "discover more from ", "sponsored by", "presented by", "in partnership with"}

// skipTargets are the parts of a page a skip link jumps to ("Skip to
// key events", "Skip to main content | Skip to navigation"); a quoted
// label ("Skip to \"About government\"") is one too.
var skipTargets = []string{"content", "main", "navigation", "nav", "key events", "search", "footer", "menu", "primary", "\"", "\u201c"}

// isSkipOrLanguageLine reports a page's skip link or language switch
// ("Skip to content", "Language selection: Français"). Only the link's own
// shape counts: a headline or a sentence that opens the same way ("Skip to
// the polls? ...", "Language selection rules for pupils tightened") has
// other words after it, or a sentence's punctuation.
func isSkipOrLanguageLine(line, key string) bool {
	if !strings.HasPrefix(key, "skip to ") && !strings.HasPrefix(key, "language selection") {
		return false // the cheap test first: almost every line stops here
	}
	if strings.ContainsAny(line, "?,.") || wordCount(line) > 15 {
		return false
	}
	if rest, ok := strings.CutPrefix(key, "skip to "); ok {
		for _, t := range skipTargets {
			if strings.HasPrefix(rest, t) {
				return true
			}
		}
		return false
	}
	if rest, ok := strings.CutPrefix(key, "language selection"); ok {
		return rest == "" || rest[0] == ':' && wordCount(line) <= 6
	}
	return false
}

// hasFurniturePrefix reports a notice by its opening words (key is the
// line's lineKey, cut to 96 bytes, so the length tests count the line's
// own words).
func hasFurniturePrefix(line, key string) bool {
	if key == "" {
		return false
	}
	for _, p := range furnitureByFirst[key[0]] {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	for _, p := range weakByFirst[key[0]] {
		if strings.HasPrefix(key, p) && wordCount(line) <= 15 {
			return true
		}
	}
	if (key[0] == 's' || key[0] == 'l') && isSkipOrLanguageLine(line, key) {
		return true
	}
	if strings.HasPrefix(key, "upcoming:") && wordCount(line) <= 15 && strings.ContainsAny(key, "0123456789") {
		// a site's own event: a name, a date, a venue ("UPCOMING: X
		// Dialogue 2031 - Lima, 3 June"); a newsletter's week ahead opens
		// its paragraphs the same way ("Upcoming: the Federal Reserve
		// meets on Wednesday, and ..."), long and with no date
		return true
	}
	if (key[0] == '[' || key[0] == '(') && len(key) > 1 {
		// a bracketed note: "[Photo caption: …]", "(Sponsored: …)"
		if k := strings.TrimLeft(key, "[( "); k != "" && k != key && hasFurniturePrefix(line, k) {
			return true
		}
	}
	if isSponsorLine(key) || isEventPromo(key) || isPublisherLine(line, key) {
		return true
	}
	if (strings.Contains(key, "in your inbox") || strings.Contains(key, "to your inbox") ||
		strings.Contains(key, "ad blocker") || strings.Contains(key, "adblock")) && wordCount(line) <= 20 {
		return true // "Have the evening digest sent to your inbox", "… disable your ad blocker"
	}
	if strings.Contains(key, " to read") || strings.Contains(key, "continue reading") {
		// two scans cover every paywall phrase; most lines stop here
		if opensSentence(key, paywallAsks) && wordCount(line) <= 15 {
			return true // a paywall's teaser: "Free story. Register to read more of the X."
		}
	}
	if strings.Contains(key, ": subscribe ") && wordCount(line) <= 15 {
		return true // "Back the X: subscribe for a few euros a month"
	}
	if strings.HasPrefix(key, "subscribe") && (strings.Contains(line, "your inbox") || strings.Contains(line, "privacy policy")) && wordCount(line) <= 40 {
		return true // "Subscribe to the X Letter: … lands in your inbox each Friday. By signing up …"
	}
	return strings.HasSuffix(key, "min read") || strings.HasSuffix(key, "minute read") || strings.HasSuffix(key, "minutes read")
}

// paywallAsks open a paywall's teaser; "firms will have to register to
// continue fishing" is a story's sentence.
var paywallAsks = []string{"register to read", "register to continue reading", "sign in to read",
	"sign in to continue reading"}

// opensSentence reports whether one of phrases opens key or a sentence
// in it, after an optional "please".
func opensSentence(key string, phrases []string) bool {
	for _, p := range phrases {
		for i := strings.Index(key, p); i >= 0; {
			before := strings.TrimSuffix(key[:i], "please ")
			if before == "" || strings.HasSuffix(before, ". ") || strings.HasSuffix(before, "! ") ||
				strings.HasSuffix(before, "? ") || strings.HasSuffix(before, ": ") {
				return true
			}
			j := strings.Index(key[i+1:], p)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// sponsorLabels mark paid content when they open a line before a
// separator: "SPONSORED · Firm: report", "Advertisement | Firm".
// On a line of its own each labels an advertising slot (adSlotLabels).
var sponsorLabels = []string{"sponsored", "sponsored content", "advertisement", "promoted", "paid content",
	"paid post", "partner content", "advertorial", "advert", "ad"}

// eventLabels open a line that advertises the site's own conference,
// "EVENTS | X Summit 2031 — register today", when a promotion word
// follows; "Event: X Summit" heading a release's details stays.
var eventLabels = []string{"events", "event"}

// promoWords ask the reader to sign up for an advertised event.
var promoWords = []string{"register", "registration", "tickets", "book now", "book your", "sign up", "early-bird",
	"early bird", "seats"}

// isSponsorLine reports a line that opens with a paid-content label and
// a separator (" · ", " | ", " - ", " — ", ":", or the bracket closing
// "[Advert] …"); "Sponsored by the
// ministry, the talks …" has none and is handled by the short-line
// prefixes.
func isSponsorLine(key string) bool { return labelledLine(key, sponsorLabels) }

// isEventPromo reports an advertised event: an event label and a
// separator, then a promotion word.
func isEventPromo(key string) bool {
	if !labelledLine(key, eventLabels) {
		return false
	}
	return containsAnyOf(key, promoWords)
}

// labelledLine reports a line (key) that opens with one of labels and a
// separator (" · ", " | ", " - ", " — ", ":", or a closing bracket).
func labelledLine(key string, labels []string) bool {
	for _, l := range labels {
		if !strings.HasPrefix(key, l) || len(key) > len(l) && !strings.ContainsRune(" :])", rune(key[len(l)])) {
			continue // "adopted", "ad-hoc"
		}
		rest := strings.TrimLeft(key[len(l):], " ")
		for _, sep := range []string{"\u00b7", "|", "-", "\u2014", "\u2013", ":", "\u2022", "]", ")"} {
			if strings.HasPrefix(rest, sep) && rest != sep {
				return true
			}
		}
	}
	return false
}

// isPublisherLine reports the imprint at a page's foot: a short line
// opening "Published by" a firm, or saying the site "is published by" a
// firm and going on with the page's notices ("Tidewater Notes is
// published by Kessmark Media Pty Ltd. Terms | Privacy"). The firm's
// name ends in a company word. A story's sentence about a report
// "published by the ministry" names no company, and one about an index
// "published by X Group." has no notice after it.
func isPublisherLine(line, key string) bool {
	i := strings.Index(key, "published by ")
	if i < 0 || i > 0 && !strings.HasSuffix(key[:i], " is ") || wordCount(line) > 30 {
		return false
	}
	for w, j := nextField(key, i+len("published by ")); w != ""; w, j = nextField(key, j) {
		if companyTails[strings.TrimRight(w, ".,;|")] {
			return i == 0 || hasNoticeAfter(key[j:])
		}
		if strings.ContainsAny(w, ".|") {
			return false // the name ended
		}
	}
	return false
}

// noticeWords follow an imprint on the same line.
var noticeWords = []string{"|", "\u00a9", "copyright", "terms", "privacy", "rights reserved", "comments", "advertis",
	"contact", "redistribution"}

// hasNoticeAfter reports a page notice in s.
func hasNoticeAfter(s string) bool { return containsAnyOf(s, noticeWords) }

// containsAnyRune is strings.ContainsAny(s, chars) for a set with marks
// beyond ASCII: each rune of chars is searched for in s at once (its
// bytes; a valid encoding found there is that rune in s, as no lead byte
// can be read as part of another rune), where ContainsAny would look each
// rune of s up in chars. The line checks of clean ask it of every line.
func containsAnyRune(s, chars string) bool {
	for _, r := range chars {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// indexAnyRune is strings.IndexAny(s, chars) found the way
// containsAnyRune finds it: the first of the runes' own first places.
func indexAnyRune(s, chars string) int {
	first := -1
	for _, r := range chars {
		if i := strings.IndexRune(s, r); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// containsAnyOf reports whether s contains one of subs.
func containsAnyOf(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isAgoLine reports a short line that only says how long ago, as under a
// commenter's name ("jdoe · 2 hours ago"); "That was two years ago." is a
// sentence and stays.
func isAgoLine(line, key string) bool {
	return strings.HasSuffix(key, " ago") && !strings.HasSuffix(line, ".") && wordCount(key) <= 6
}

// isTimestampLine recognises short header lines that only say when:
// "Updated 2 hours ago", "Posted: 09:30 GMT", "3 days ago".
func isTimestampLine(key string) bool {
	if wordsOver(key, 8) {
		// every segment of a bar is a timestamp, so the line names one of
		// the words; checked first because most long lines are paragraphs
		return mentionsTimestamp(key) && isTimestampBar(key)
	}
	for _, p := range timestampWords {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return strings.HasSuffix(key, " ago")
}

// timestampWords open a line that says when the page was published.
var timestampWords = []string{"updated", "published", "posted", "last modified", "first published"}

// mentionsTimestamp reports whether any of timestampWords or " ago"
// occurs in key.
func mentionsTimestamp(key string) bool {
	return containsAnyOf(key, timestampWords) || strings.Contains(key, " ago")
}

// isTimestampBar reports a bar whose every segment says when:
// "Published 04/05/2031 09:12 CET | Updated 04/05/2031 11:40 CET".
func isTimestampBar(key string) bool {
	parts := segments(key)
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if wordCount(p) > 8 || !isTimestampLine(p) {
			return false
		}
	}
	return true
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

// datelinePlace returns the place before the first comma of a dateline
// line ("LIMA, March 11, 2014", "Managua, 16 Nov. 2021"): one to three
// capitalised words without digits, else "".
func datelinePlace(line string) string {
	i := strings.IndexByte(line, ',')
	if i <= 0 {
		return ""
	}
	place := strings.TrimSpace(line[:i])
	n := wordCount(place)
	if n == 0 || n > 3 || strings.ContainsAny(place, "0123456789:|") || place[0] < 'A' || place[0] > 'Z' {
		return ""
	}
	return place
}

// labelSmall words stay lower case inside a title-cased speaker label.
var labelSmall = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "to": true,
	"oglu": true, "ogly": true, "kyzy": true, "bin": true, "de": true, "van": true, "der": true, "la": true, "del": true}

// titleCaseLabel rewrites an upper-case speaker label at the start of a
// transcript line ("SECRETARY OF STATE JANE A. DOE: Good afternoon.",
// "MINISTER JOHN ROE (Ruritania): Thank you.") in title case, so that the
// name and role in it read as in running text. Only ASCII labels of two
// to eight words, or one hyphenated surname, followed by ": " and more
// text are changed; "Q:" and "A:" stay.
func titleCaseLabel(line string) string {
	i := strings.Index(line, ": ")
	if i <= 1 || i > 80 || len(line) < i+4 {
		return line
	}
	label := line[:i]
	if p := strings.Index(label, " ("); p > 0 && strings.HasSuffix(label, ")") {
		label = label[:p]
	}
	n := len(label)
	words, letters, hyphen := 1, 0, false
	for k := 0; k < n; k++ {
		c := label[k]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ':
			words++
		case c == '-':
			hyphen = true
		case c == '.' || c == '\'':
		default:
			return line
		}
	}
	if letters < 4 || words > 8 || words == 1 && !hyphen && letters < 5 {
		return line
	}
	b := []byte(line)
	start := true
	for k := 0; k < n; k++ {
		c := b[k]
		if c == ' ' || c == '-' || c == '.' || c == '\'' {
			start = c != '\''
			continue
		}
		if !start {
			b[k] += 'a' - 'A'
			continue
		}
		start = false
		e := k
		for e < n && b[e] >= 'A' && b[e] <= 'Z' {
			e++
		}
		if k > 0 && b[k-1] == ' ' && labelSmall[strings.ToLower(line[k:e])] {
			for q := k; q < e; q++ {
				b[q] += 'a' - 'A'
			}
			k = e - 1
		}
	}
	return string(b)
}

// isLabelBar reports a line of short labels joined by " | " (at most
// three words each, six in all), or by " / " when every word is
// capitalised ("China / Diplomacy", "Africa / Sudan"): a slash also joins
// lower-case headline words ("talks / no talks"), a bar does not.
func isLabelBar(line string) bool {
	sep := " | "
	if !strings.Contains(line, sep) {
		sep = " / "
		if strings.ContainsAny(line, ".!?:,;\"\u201c\u201d0123456789") {
			return false
		}
		for _, w := range strings.Fields(line) {
			r, _ := decode(w, 0)
			if w != "/" && w != "&" && w != "and" && w != "of" && !unicode.IsUpper(r) {
				return false
			}
		}
	}
	total := 0
	for _, p := range strings.Split(line, sep) {
		n := wordCount(p)
		if n == 0 || n > 3 {
			return false
		}
		total += n
	}
	return total <= 6
}

// headlineBelowLabels returns the first of the next few lines of rest that
// is not itself a label above a headline (a section name, a bar of
// labels, a short upper-case word), so that a masthead stacked over a
// section label is still seen to stand above the headline.
func headlineBelowLabels(rest string) string {
	for k := 0; k < 8; k++ {
		line, _ := peekLine(rest)
		if line == "" {
			return ""
		}
		if !isHeadFurniture(line) && !isHeaderMeta(line) && !isIssueLine(line) && !isBracketNote(line) {
			return line
		}
		i := strings.Index(rest, line)
		rest = rest[i+len(line):]
	}
	return ""
}

// editorNotePrefixes open a note on how the text was made, printed above
// a transcript or a translated article ("Prepared by the monitoring
// desk.", "Translated by …"): furniture, never the headline.
var editorNotePrefixes = []string{"prepared by ", "produced by ", "translated by ", "transcribed by ",
	"compiled by the ", "editor's note", "editors' note", "note to readers"}

func isEditorNote(key string) bool {
	for _, p := range editorNotePrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// remainingLines counts the non-empty lines left in rest (up to 10).
func remainingLines(rest string) int {
	n := 0
	for rest != "" && n < 10 {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// atFoot reports that a line stands at the page's foot: few lines follow,
// the next is furniture, or no line after it is a paragraph (more than
// 12 words) - only tags, link lists and share bars.
func atFoot(rest string) bool {
	if remainingLines(rest) <= 3 || beforeFurniture(rest) {
		return true
	}
	for rest != "" {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if wordCount(l) > 12 {
			return false
		}
	}
	return true
}

// bulletRunes open list items besides "-", "*" and digits: "• ", "· ",
// "■ ", "▪ ", "► ", "▸ ", "● ", "◆ ", "‣ ", "› ". "›" must be followed
// by a space, as "-" and "*" must: "›Latest" and "››" are breadcrumbs
// and "read more" chevrons, not list items. The others are bullets
// alone and open an item with or without the space.
var bulletRunes = map[rune]bool{'\u2022': true, '\u00b7': true, '\u25a0': true, '\u25aa': true, '\u25ba': true,
	'\u25b8': true, '\u25cf': true, '\u25c6': true, '\u2023': true, '\u203a': true}

// isListItem reports a line that starts a bullet or numbered list item.
func isListItem(line string) bool {
	if len(line) < 3 {
		return false
	}
	switch r, _ := utf8.DecodeRuneInString(line); {
	case line[0] == '-' || line[0] == '*':
		return line[1] == ' '
	case bulletRunes[r]:
		n := utf8.RuneLen(r)
		return r != '\u203a' || n < len(line) && (line[n] == ' ' || line[n] == '\t' || strings.HasPrefix(line[n:], "\u00a0"))
	case line[0] >= '0' && line[0] <= '9':
		i := 1
		if line[i] >= '0' && line[i] <= '9' {
			i++
		}
		return i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
	}
	return false
}

// listHeadingWords mark a heading over other stories: "AROUND THE
// REGION", "Elsewhere this week", "Across the continent", "More from
// the region". "In other news" is left out: newsletters print their own
// news under it.
var listHeadingWords = set("elsewhere", "around", "across", "beyond", "more", "latest", "top", "popular",
	"trending", "most", "related", "also", "headlines", "stories", "picks", "recommended", "read", "missed")

// headlineBoxLabels are whole headings of boxes of a paper's other
// pages, releases and appointments. Their words alone ("Other
// appointments", "Inside the deal", "Key moves") head a story's own
// closing list, so only the whole label counts.
var headlineBoxLabels = set("inside today", "other press releases", "people moves")

// isHeadlineListHeading reports a short heading that names a box of
// other stories (a capital first, a listHeadingWords word, no sentence
// punctuation) over at least two bulleted
// headlines (four to sixteen words, lower-case words, no final full
// stop) that run to the end of the text or to more furniture. A "KEY
// POINTS" list, or a list followed by more paragraphs of the article,
// stays.
func isHeadlineListHeading(line, rest string) bool {
	line = strings.Trim(line, "[]") // "[Related News]"
	most := 5
	if len(line) > 10 && strings.EqualFold(line[:10], "more from ") {
		most = 8 // "MORE FROM MIDDLE EAST & AFRICA": a section's name
	}
	if !wordsOver(line, 0) || wordsOver(line, most) || strings.ContainsAny(line, ".!?;,\"\u201c\u201d0123456789") {
		return false
	}
	low := strings.ToLower(strings.TrimRight(line, ": "))
	f := strings.Fields(low)
	marked := headlineBoxLabels[strings.Join(f, " ")]
	for _, w := range f {
		marked = marked || listHeadingWords[w]
	}
	if r, _ := utf8.DecodeRuneInString(line); !marked || !unicode.IsUpper(r) {
		return false
	}
	items := 0
	for {
		next, _ := peekLine(rest)
		if next == "" {
			return items >= 2
		}
		if !isListItem(next) {
			// the list must end the article: what follows is no paragraph
			return items >= 2 && (wordCount(next) <= 12 || hasFurniturePrefix(next, lineKey(next)))
		}
		item := strings.TrimLeftFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
		if n := wordCount(item); n < 4 || !isListedHeadline(item) || !strings.ContainsFunc(item, unicode.IsLower) {
			return false
		}
		items++
		rest = rest[strings.Index(rest, next)+len(next):]
	}
}

// isLinkHeader reports a short header line over links to other articles:
// "Related analysis", "Related stories", "More from Asia", "Around the
// web", "Also in Energy".
func isLinkHeader(line, key string) bool {
	return wordCount(key) <= 5 && isListLabel(key, strings.TrimRight(line, ": "))
}

// listLabels are whole labels (lower case) of boxes that list other
// pages: recommendations, most-read lists, previous and next articles.
var listLabels = set("most read", "most popular", "most viewed", "most shared", "most watched", "most commented",
	"most emailed", "popular", "popular now", "popular stories", "trending", "trending now", "trending stories",
	"read next", "read more", "read also", "also read", "see also", "up next", "watch next", "what to read next",
	"you may also like", "you might also like", "you may have missed", "in case you missed it", "don't miss",
	"around the web", "from around the web", "from the web", "from our partners", "promoted stories",
	"sponsored stories", "recommended", "recommended for you", "recommended stories", "editor's picks",
	"editors' picks", "top stories", "more stories", "more news", "more headlines", "latest news",
	"latest stories", "latest headlines", "latest articles", "further reading", "more like this",
	"more to read", "previous article", "next article", "previous story", "next story", "previous post",
	"next post", "older post", "newer post", "older posts", "newer posts", "older entry", "newer entry",
	"previous episode", "related", "also on the site", "more q&as", "more interviews",
	"more analysis", "more videos", "more opinion", "more coverage", "related topics")

// listLabelHeads open labels of such boxes that go on freely: "Related
// stories", "More from our correspondents", "More on this story".
var listLabelHeads = []string{"related ", "more from ", "more on this", "more about "}

// namedLabelHeads open labels that name a section or a programme after
// them ("Also in Energy", "Next on Night Desk", "Popular in
// Politics"); the name must be capitalised, since "Also in attendance:"
// and "Next on the agenda:" open sentences.
var namedLabelHeads = []string{"also in ", "also from ", "also on ", "next on ", "more in ", "latest from ",
	"latest in ", "popular in ", "popular on ", "trending in ", "trending on ", "most read in "}

// isListLabel reports a label of a box listing other pages: key is its
// lower-case form without the colon, src the label as printed.
// Newsletter sections that carry real news ("Elsewhere", "In other news")
// are not such labels.
func isListLabel(key, src string) bool {
	if listLabels[key] {
		return true
	}
	for _, h := range listLabelHeads {
		if strings.HasPrefix(key, h) {
			return true
		}
	}
	for _, h := range namedLabelHeads {
		if strings.HasPrefix(key, h) {
			return allCapitalised(src[strings.LastIndexByte(src, ' ')+1:])
		}
	}
	return false
}

// isLinkLabelLine reports a line that is a list label followed by the
// items it lists: "Related stories: A | B", "Previous Article: Storm
// closes resorts", "Also in Energy: …", "MORE Q&As: "…" · "…"". The
// label has at most five words.
func isLinkLabelLine(line, key string) bool {
	i := strings.IndexByte(key, ':')
	j := strings.IndexByte(line, ':')
	if i <= 0 || j <= 0 || i > 48 || wordCount(key[:i]) > 5 {
		return false
	}
	return isListLabel(key[:i], line[:j])
}

// isCommentsHeader reports the header of a comment section that gives a
// count: "Comments (12)", "12 comments", "Show 3 comments".
func isCommentsHeader(key string) bool {
	i := strings.Index(key, "comment")
	if i < 0 {
		return false
	}
	if j := strings.Index(key, "sort by"); j > i && wordCount(key[:j]) <= 4 {
		key = key[:j] // "COMMENTS (37)  Sort by: Oldest"
	}
	if wordCount(key) > 5 {
		return false // "Have your say (3 comments)" may have five
	}
	return strings.ContainsAny(key, "0123456789") && !strings.ContainsAny(key[i:], ".,;")
}

// widgetMark reports a token that only a weather or market box prints: a
// temperature ("12°C", "-3°"), an up or down arrow ("▲0.4%") or a
// currency pair ("USD/RUB").
func widgetMark(tok string) bool {
	if strings.Contains(tok, "\u00b0") {
		return true
	}
	switch r, _ := utf8.DecodeRuneInString(tok); r {
	case '\u25b2', '\u25bc', '\u25b3', '\u25bd', '\u2191', '\u2193':
		return true
	}
	return len(tok) == 7 && tok[3] == '/' && strings.Trim(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZ/") == ""
}

// signedPercent reports a change such as "+1.2%" or "-0.4%".
func signedPercent(tok string) bool {
	r, w := utf8.DecodeRuneInString(tok)
	return (r == '+' || r == '-' || r == '\u2212') && len(tok) > w+1 && tok[w] >= '0' && tok[w] <= '9' && strings.HasSuffix(tok, "%")
}

// weatherPlace returns the one to three capitalised words a weather box
// prints before its temperature ("Bergen 7°C Rain | Fri 2 May" and
// "News | Sport | Kazan 21°C" give "Bergen" and "Kazan"), or "": the
// words after the last bar, bullet or wide gap, stripped of symbols. A
// strip of several places ("Tokyo 18°C | Sydney 22°C | Mumbai 31°C") is
// an international site's, home to none of them, and gives "".
func weatherPlace(line string) string {
	place := ""
	for off := 0; ; {
		i := strings.Index(line[off:], "\u00b0")
		if i < 0 {
			return place
		}
		p := weatherPlaceBefore(line[:off+i])
		if p != "" && place != "" && p != place {
			return ""
		}
		if place == "" {
			place = p
		}
		off += i + len("\u00b0")
	}
}

// weatherPlaceBefore returns the place weatherPlace reads before one
// degree sign, line being the line up to that sign, or "".
func weatherPlaceBefore(line string) string {
	head := strings.TrimRight(line, "0123456789.,+-\u2212")
	if head == line {
		return "" // "°" not after a number
	}
	head = strings.TrimRightFunc(head, unicode.IsSpace)
	for _, sep := range [...]string{"|", "\u00b7", "\u2022", "  "} {
		if j := strings.LastIndex(head, sep); j >= 0 {
			head = head[j+len(sep):]
		}
	}
	n := 0
	for w := range strings.FieldsSeq(head) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			if n > 0 {
				return ""
			}
			head = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(head), w))
			continue // "☀ Kazan"
		}
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789") {
			return ""
		}
		n++
	}
	if n == 0 || n > 3 {
		return ""
	}
	return strings.TrimSpace(head)
}

// isWidgetLine reports a weather or market widget line ("Moscow 12°C
// Cloudy", "Brent $84.20 +1.2% | Gold $2,310 -0.4%", "USD/RUB 92.4 ▲"):
// at most twenty words, no sentence end, and more widget marks than
// lower-case words. A signed change counts only beside a price, so that
// a flattened results table ("Party A | 41.2% | +3.4%") stays, and
// "Inflation rose 0.3% in May." is a sentence.
func isWidgetLine(line string) bool {
	if len(line) > 200 || strings.HasSuffix(line, ".") || strings.HasSuffix(line, "?") || strings.HasSuffix(line, "!") ||
		!containsAnyRune(line, "%/\u00b0\u25b2\u25bc\u25b3\u25bd\u2191\u2193") {
		return false
	}
	marks, signed, lower, words, money := 0, 0, 0, 0, false
	for _, tok := range strings.Fields(line) {
		words++
		r, _ := utf8.DecodeRuneInString(tok)
		switch {
		case widgetMark(tok):
			marks++
		case signedPercent(tok):
			signed++
		case strings.ContainsRune("$\u20ac\u00a3\u00a5\u20bd", r):
			money = true
		case unicode.IsLower(r) && len(tok) > 2:
			lower++
		}
	}
	if money {
		marks += signed
	}
	return words <= 20 && marks > 0 && marks*2 > lower
}

// sourceCredit returns where a caption's credit in brackets begins, or
// -1: after a caption's full stop, "(Outlet: Photographer)" names who
// took the picture, not anyone in the story. Both sides of the colon are
// one to four capitalised words; "(Updated: 10:45)" and a bracket inside
// a sentence do not count.
func sourceCredit(line string) int {
	if !strings.HasSuffix(line, ")") {
		return -1
	}
	i := strings.LastIndex(line, ". (")
	if i < 0 {
		return -1
	}
	src, who, ok := strings.Cut(line[i+3:len(line)-1], ": ")
	if !ok || strings.ContainsAny(who, "():;.,0123456789") || strings.ContainsAny(src, "()0123456789") {
		return -1
	}
	for _, p := range []string{src, who} {
		if wc := wordCount(p); wc == 0 || wc > 4 || !allCapitalised(p) {
			return -1
		}
	}
	return i + 1
}

// creditMarks open a photo credit printed after a caption on the same
// line: "… in Geneva on Monday. Photograph: Jane Roe/Agency".
var creditMarks = []string{" Photograph: ", " Photo: ", " PHOTO: ", "(PHOTO: ", " Photo by ", "(Photo: ", "(Photo by ", "(Photograph: ",
	" Image: ", "(Image: ", " Credit: ", "(Credit: ", " Picture: ", "(Picture: ", "(File photo", "(File Photo"}

// stripCredit cuts a trailing photo credit (at most twelve words, the
// last thing on the line) from a caption, so the photographer and the
// agency are not read as people and institutions of the story.
func stripCredit(line string) string {
	if i := sourceCredit(line); i > 0 {
		return line[:i]
	}
	// twelve words fit in the last 160 bytes
	off := max(0, len(line)-160)
	w := line[off:]
	if !strings.Contains(w, "Photo") && !strings.Contains(w, "PHOTO") && !strings.Contains(w, "Image") && !strings.Contains(w, "Credit") &&
		!strings.Contains(w, "Picture") && !strings.Contains(w, "(File") {
		return line
	}
	for _, m := range creditMarks {
		i := strings.LastIndex(line[off:], m) + off
		if i <= off {
			continue
		}
		tail := line[i:]
		if wordCount(tail) <= 12 && !strings.Contains(tail[len(m):], ". ") {
			return strings.TrimRight(line[:i], " \u2014\u2013-|")
		}
	}
	return line
}

// isPollLine reports the answer row of a reader poll (key is its lower
// case form): "Yes / No / Not sure", "( ) Yes ( ) No", "Yes 61% | No
// 27%", "Should X be lifted? Vote now". A sentence that opens with "Yes,"
// ends with a full stop; the row does not.
func isPollLine(line, key string) bool {
	if strings.HasSuffix(key, "vote now") || strings.HasSuffix(key, "cast your vote") {
		return true
	}
	k := strings.TrimLeft(key, "()[] ")
	if !strings.HasPrefix(k, "yes") || len(k) > 3 && unicode.IsLetter(rune(k[3])) || strings.HasSuffix(line, ".") || wordCount(key) > 14 {
		return false
	}
	for _, f := range strings.FieldsFunc(k[3:], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == "no" {
			return true
		}
	}
	return false
}

// isButtonRow reports a row of bracketed buttons: "[Vote] [See
// results]", "[Whitelist] [Subscribe]".
func isButtonRow(line string) bool {
	if len(line) > 100 || !strings.HasPrefix(line, "[") || !strings.HasSuffix(line, "]") {
		return false
	}
	return strings.Count(line, "[") >= 2 && strings.Count(line, "]") == strings.Count(line, "[")
}

// isFurnitureBar reports a bar of links each of which is furniture on
// its own: "Unsubscribe | Update your details | Sign up".
func isFurnitureBar(line string) bool {
	if len(line) > 160 || !containsAnyRune(line, "|/-\u00b7\u2022\u2013\u2014\u00bb\u203a>") {
		return false
	}
	parts := segments(line)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		k := lineKey(p)
		if !furnitureLines[k] && !hasFurniturePrefix(p, k) && !socialWords[k] {
			return false
		}
	}
	return true
}

// isRightsNotice reports a short copyright line, where the mark stands
// after the publisher's name ("The X Tribune © 2016. All rights
// reserved.", "Published since 1951. Copyright © X Ltd 2019."): the
// name is the publisher's, not a party to the story. Without the mark,
// "all rights reserved" needs a year or a line that opens with a name,
// and no speech verb. The caller checks that the line is at the foot. A
// line that opens with the mark is a furniture prefix already.
func isRightsNotice(line, key string) bool {
	marked := strings.Contains(line, "\u00a9") || strings.Contains(line, "\u24d2") || hasTypedCopyright(line)
	if !marked && !strings.Contains(key, "all rights reserved") || wordCount(line) > 40 {
		return false // most lines: no mark, not counted
	}
	if marked {
		return true
	}
	if hasSpeechVerb(key) {
		return false
	}
	return isCapitalised(line) || hasYear(key)
}

// hasTypedCopyright reports the copyright mark typed as "(c)" and
// followed directly by a year, "(c) 2021 X Media": a list's third item
// ("(c) a ban on imports") has no year there.
func hasTypedCopyright(line string) bool {
	i := strings.Index(line, "(c) ")
	if i < 0 {
		i = strings.Index(line, "(C) ")
	}
	if i < 0 || len(line) < i+8 {
		return false
	}
	y := line[i+4 : i+8]
	return hasYear(y) && (len(line) == i+8 || line[i+8] < '0' || line[i+8] > '9')
}

// hasYear reports a four-digit year, 1800 to 2099, standing alone in s.
func hasYear(s string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(f) == 4 && (f[:2] == "18" || f[:2] == "19" || f[:2] == "20") {
			return true
		}
	}
	return false
}

// speechVerbs mark a story's reported speech, which no page notice has.
var speechVerbs = []string{" said", " says", " told ", " added", " according to "}

// hasSpeechVerb reports a speech verb in key (lower case).
func hasSpeechVerb(key string) bool { return containsAnyOf(key, speechVerbs) }

// noticeLabels are the legal links of a page's foot.
var noticeLabels = set("privacy", "privacy policy", "privacy notice", "terms", "terms of use", "terms of service",
	"terms and conditions", "cookie policy", "cookie settings", "cookies", "accessibility", "copyright", "disclaimer",
	"contact us", "sitemap", "site map")

// noticeStems occur in any bar with two legal links: a cheap test
// before the line is split.
var noticeStems = []string{"rivacy", "erms", "ookie", "ccessibility", "opyright", "isclaimer"}

// isNoticeBar reports the foot's bar of links and contacts in which at
// least two items are legal notices ("Street 1, City | Tel. … | Privacy
// Policy | Terms of Use | Reader Help"): the other items name the site's
// own desks. One "Privacy" item in a bar of sections is not enough.
func isNoticeBar(line string) bool {
	if len(line) > 200 || !containsAnyOf(line, segmentSeps) && !strings.Contains(line, "  ") ||
		!containsAnyOf(line, noticeStems) {
		return false // most lines ("in terms of"): no bar, not split
	}
	parts := segments(line)
	if len(parts) < 3 {
		return false
	}
	n := 0
	for _, p := range parts {
		if noticeLabels[lineKey(p)] {
			n++
		}
	}
	return n >= 2
}

// isSignOff reports a broadcaster's closing line, "This is Ana Lee
// reporting for X News": a name follows "This is", and the outlet it
// reports for is the publisher. "… reporting from" names a place in the
// story. Any other line goes to isNameOutletSignOff, a correspondent's
// name and outlet alone, "Mina Cho, KTB News.". The caller checks that
// the line is at the foot.
func isSignOff(line, key string) bool {
	if !strings.HasPrefix(key, "this is ") || wordCount(key) > 12 || !strings.Contains(key, " reporting for ") {
		return isNameOutletSignOff(line)
	}
	return isCapitalised(strings.TrimLeft(line[len("this is "):], " "))
}

// broadcastWords end a broadcaster's name in a sign-off.
var broadcastWords = set("news", "tv", "radio", "television")

// isNameOutletSignOff reports a correspondent's closing line in a
// broadcast script, "Mina Cho, KTB News.": a name of two to four
// capitalised words, a comma and a capitalised outlet whose last word is
// a broadcast word, nothing else. A story's last sentence has a verb.
func isNameOutletSignOff(line string) bool {
	name, outlet, ok := strings.Cut(strings.TrimSuffix(line, "."), ", ")
	if !ok || strings.ContainsAny(outlet, ",.;:\"") {
		return false
	}
	nw, ow := wordCount(name), wordCount(outlet)
	if nw < 2 || nw > 4 || ow < 2 || ow > 4 || !isNameShape(name) || !isNameShape(outlet) {
		return false
	}
	return broadcastWords[strings.ToLower(outlet[strings.LastIndexByte(outlet, ' ')+1:])]
}

// funderSubjects name the site's own work that a closing note says a
// donor pays for, matched as whole words. "This edition/newsletter/issue
// is supported by" are furniture prefixes; "This edition of the X Letter"
// is not.
var funderSubjects = set("programme", "program", "series", "newsletter", "edition", "work", "research", "project",
	"podcast")

// funderOwners open the subject of a funder note: the site's own work.
var funderOwners = set("this", "our", "its")

// isFunderNote reports a closing note naming the donor of the site's
// own work ("Its Arctic research series is funded by a Y Trust grant",
// "The X Institute's Y Programme is funded by …", "The X Briefs series
// is supported by …"): neither body is a party to the story. The subject
// opens with an owner word, a name ending in 's, or is a capitalised
// name of a programme or series; a line with a speech verb or a quote
// mark is the story's ("the reconstruction programme is funded by the
// bank", "X said the series is funded by …").
func isFunderNote(line string) bool {
	if !strings.Contains(line, "upported by ") && !strings.Contains(line, "unded by ") || wordCount(line) > 25 {
		return false // most lines: no lower-case copy
	}
	if strings.ContainsAny(line, "\"\u201c\u201d\u00ab\u00bb") {
		return false
	}
	low := strings.ToLower(line)
	i := strings.Index(low, " supported by ")
	if i < 0 {
		i = strings.Index(low, " funded by ")
	}
	if i < 0 || hasSpeechVerb(low) {
		return false
	}
	subj := strings.TrimSuffix(line[:i], " is")
	if subj == line[:i] {
		if subj = strings.TrimSuffix(line[:i], " are"); subj == line[:i] {
			return false
		}
	}
	words := strings.Fields(subj)
	if len(words) < 2 {
		return false
	}
	named := false
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",;:()"))
		if funderSubjects[lw] {
			named = true
		}
	}
	if !named {
		return false
	}
	first := strings.ToLower(words[0])
	if funderOwners[first] {
		return true // "Our work", "This research", "Its Arctic research series"
	}
	if first == "the" {
		words = words[1:]
	}
	for _, w := range words {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
			return isCapitalised(w) // "The X Institute's fisheries programme"
		}
	}
	// "The X Y Programme", "The X Briefs series": capitalised up to the subject word
	for j, w := range words {
		if funderSubjects[strings.ToLower(w)] {
			return j > 0
		}
		if !isCapitalised(w) {
			return false
		}
	}
	return false
}

// adSlotLabels are whole lines that label an advertising slot; the
// advertiser's copy is printed on the next line.
var adSlotLabels = set(sponsorLabels...)

// callsToAction open a sentence of advertising copy: the reader is told
// to act ("Book now", "Dial *100#", "Apply today").
var callsToAction = set("book", "call", "dial", "apply", "visit", "order", "shop", "buy", "subscribe", "register",
	"download", "contact", "get", "try", "join", "discover", "enjoy", "claim", "sign", "email")

// weakCalls open news sentences as often as advertising ("Free trade
// talks resumed", "Text messages show", "Open talks"): they count only
// after the advertiser's name and a dash or colon, before an article,
// a number or the reader ("Open an account", "Save 20%", "Text your
// name"), or in a sentence of at most three words ("Free valuation.").
var weakCalls = set("free", "text", "own", "open", "save", "drive")

// weakCallObjects follow a weak call that tells the reader to act.
var weakCallObjects = set("a", "an", "the", "your", "you", "up", "now", "today", "us", "more")

// readerWords address the reader, as advertising copy does and news
// copy under an ad label does not.
var readerWords = set("you", "your", "you're", "yours")

// isAdCopy reports the line printed in an advertising slot, under its
// label: at most twenty words, with no speech or quotation, where a
// sentence opens with a call to action or a word addressing the reader,
// or where the reader is addressed after the advertiser's name and a
// dash or colon ("Marlin Insurance: is your boat covered?"). A story's
// paragraph that follows an ad label left in the text tells news ("The
// border reopened on Monday after …", "If you live in the valley, the
// cuts begin on Monday") and stays.
func isAdCopy(line string) bool {
	if wordsOver(line, 20) || strings.ContainsAny(line, "\"\u201c\u201d") {
		return false
	}
	low := strings.ToLower(line)
	if hasSpeechVerb(low) {
		return false
	}
	words := strings.Fields(line)
	start := true
	branded := false // after "Brand -" or "Brand:"
	for i, w := range words {
		bare := strings.Trim(strings.ToLower(w), ".,;:!?()")
		if readerWords[bare] && (start || branded) || start && callsToAction[bare] {
			return true
		}
		if start && weakCalls[bare] && (branded || i+1 < len(words) && (weakCallObjects[strings.Trim(strings.ToLower(words[i+1]), ".,;:!?()")] ||
			words[i+1][0] >= '0' && words[i+1][0] <= '9') || shortSentence(words[i:])) {
			return true
		}
		dash := w == "-" || w == "\u2013" || w == "\u2014"
		if (dash || strings.HasSuffix(w, ":")) && !branded && i < 4 {
			name := words[:i]
			if !dash {
				name = words[:i+1]
			}
			branded = len(name) > 0 && capitalisedWords(name)
		}
		start = dash || strings.HasSuffix(w, ":") || strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") ||
			strings.HasSuffix(w, "?")
	}
	return false
}

// shortSentence reports a sentence of at most three words at the start
// of words.
func shortSentence(words []string) bool {
	for i, w := range words {
		if i >= 3 {
			return false
		}
		if strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?") {
			return true
		}
	}
	return len(words) <= 3
}

// capitalisedWords reports words that all open with a capital letter.
func capitalisedWords(words []string) bool {
	for _, w := range words {
		if !isCapitalised(w) {
			return false
		}
	}
	return true
}

// registrationOpeners open a sentence of a publisher's legal identity
// at the page's foot: "Registered charity number 77", "Registered
// office: 1 Quay Street".
var registrationOpeners = []string{"registered charity", "registered office"}

// companyNumberOpeners open "Company No. 77", "Company number 77".
var companyNumberOpeners = []string{"company no", "company number"}

// legalWords mark a firm's or charity's legal identity ("Y Press Ltd.
// Registered in Ruritania.").
var legalWords = set("ltd", "limited", "plc", "llp", "llc", "inc", "pty", "gmbh", "charity")

// isRegistrationNote reports the publisher's legal identity at the
// page's foot ("Y Press Pty Ltd. Registered in Ruritania.", "The Z Forum
// is a registered charity, number 77.", "Company No. 77"): the body
// named is the publisher, not a party to the story. The phrase must open
// a sentence (or follow "is a"), and a line with speech is the story's
// ("a firm registered in Cyprus, the lawyer said"). "Registered in"
// counts only with a legal marker on the line ("Ltd", "England and
// Wales", "No. 77"): "Registered in Liberia, the tanker changed its
// name" is news. The caller checks that the line is at the foot.
func isRegistrationNote(line string) bool {
	if wordsOver(line, 30) {
		return false
	}
	if !containsFoldASCII(line, "registered") && !containsFoldASCII(line, "company n") {
		return false // most lines: no such word, and no copy made
	}
	low := strings.ToLower(line) // key is cut at 96 bytes
	if hasSpeechVerb(low) {
		return false
	}
	if strings.Contains(low, " is a registered charity") || opensSentence(low, registrationOpeners) {
		return true
	}
	if opensSentence(low, companyNumberOpeners) && hasNumberMark(low) {
		return true
	}
	return opensSentence(low, []string{"registered in "}) && hasLegalMarker(low)
}

// hasLegalMarker reports a legal form, "England and Wales" or a
// registration number on a lower-cased line.
func hasLegalMarker(low string) bool {
	if strings.Contains(low, "england and wales") || hasNumberMark(low) {
		return true
	}
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if legalWords[w] {
			return true
		}
	}
	return false
}

// hasNumberMark reports "no. 77", "no 77" or "number 77" on a
// lower-cased line.
func hasNumberMark(low string) bool {
	f := strings.Fields(low)
	for i := 0; i+1 < len(f); i++ {
		if (f[i] == "no." || f[i] == "no" || f[i] == "number" || f[i] == "no:") && f[i+1][0] >= '0' && f[i+1][0] <= '9' {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s holds sub (lower-case ASCII) in any
// case, without allocating.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for ; j < len(sub); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// readerAppeals open the site's plea for money or sign-ups under a story:
// "Support independent journalism.", "Support our work: donate". Each names what the reader would
// support, so "Support for the plan grew" and "Support local farmers,
// the mayor urged" are not among them.
var readerAppeals = []string{"support independent journalism", "support independent research",
	"support independent analysis", "support independent reporting", "support local journalism",
	"support local news", "support local reporting", "support our journalism", "support our independent",
	"support our work", "support our reporting", "support our research", "support quality journalism"}

// isReaderAppeal reports a short line at a page's foot in which one of
// readerAppeals opens a sentence, without reported speech or a quotation.
// The caller checks that the line is at the foot.
func isReaderAppeal(line string) bool {
	if wordsOver(line, 30) || !containsFoldASCII(line, "support ") {
		return false // most lines: no such word, and no copy made
	}
	low := strings.ToLower(line)
	return opensSentence(low, readerAppeals) && !hasSpeechVerb(low) && !hasQuotation(line)
}

// isPublisherSelfNote reports a short line at the foot whose first
// sentence has the publisher for its subject: "The X Lamp is a
// reader-funded newsroom", "X Tidende is bound by the code of the press
// council". The publisher is known by a line the cleaner dropped
// for naming it (masthead, lower case), so a story's closing sentence
// about another body ("The fund is a nonprofit ...") stays. The subject
// must be a whole masthead line, or a name of two words or more that ends
// where a masthead name ends: under "VORNA TRIBUNE", "Vorna is one of
// ten states ..." is the story's, and so is "Oskara Bay is ..." under
// "OSKARA BAY TRIBUNE | News".
func isPublisherSelfNote(line, masthead string) bool {
	if masthead == "" || wordsOver(line, 30) {
		return false
	}
	i := strings.Index(line, " is ")
	if i <= 0 || strings.ContainsAny(line[:i], ".,;:\"\u201c\u201d") || wordsOver(line[:i], 6) {
		return false
	}
	// lower-case the subject on its own: strings.ToLower may change a
	// string's length in bytes, so i is no offset into the whole line's copy
	subject := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(line[:i])), "the ")
	if subject == "" {
		return false
	}
	low := strings.ToLower(line)
	if hasSpeechVerb(low) || hasQuotation(line) {
		return false
	}
	for _, m := range strings.Split(masthead, "\n") {
		if strings.TrimPrefix(strings.TrimSpace(m), "the ") == subject {
			return true
		}
	}
	return wordCount(subject) >= 2 && nameEndsIn(masthead, subject)
}

// nameEndsIn reports whether name (lower case) stands in hay as whole
// words with no further word of the same name after it: "wexbury lamp"
// in "the wexbury lamp | news", not "new york" in "new york ledger".
func nameEndsIn(hay, name string) bool { return wordsIn(hay, name, true) }

// wholeWordIn reports whether name (lower case) stands in hay as whole
// words: not inside a longer word.
func wholeWordIn(hay, name string) bool { return wordsIn(hay, name, false) }

// wordsIn finds name in hay as whole words; with last, no word may follow
// it past spaces.
func wordsIn(hay, name string, last bool) bool {
	if name == "" {
		return false
	}
	for rest := hay; ; {
		i := strings.Index(rest, name)
		if i < 0 {
			return false
		}
		j := i + len(name)
		if (i == 0 || !wordByte(rest[i-1])) && (j == len(rest) || !wordByte(rest[j])) {
			after := strings.TrimLeft(rest[j:], " ")
			if !last || after == "" || !wordByte(after[0]) {
				return true
			}
		}
		rest = rest[i+1:]
	}
}
