package ingest

import (
	"slices"
	"strings"
)

// Interviews printed as questions and answers ("Q: …" / "A: …"): the
// answers are the interviewee's words, "I" in an answer and "you" in a
// question stand for the interviewee.

// lineLabel returns 'Q' or 'A' when the sentence si lies on a line that
// starts "Q:" or "A:"; in an interview without labels (see bareQuestions)
// 'Q' for a line after the editing note that ends in "?" or opens with a
// prompt ("Tell us about …"), 'A' for any other; else 0.
func (x *doc) lineLabel(si int) byte {
	st := x.sents[si].start
	ls := strings.LastIndexByte(x.text[:st], '\n') + 1
	line := x.text[ls:]
	if len(line) >= 2 && line[1] == ':' && (line[0] == 'Q' || line[0] == 'A') {
		return line[0]
	}
	if x.bareQA >= 0 && ls >= x.bareQA {
		// an interview without labels: a line ending in "?" is a
		// question, any other line after the editing note an answer
		if questionLine(line) || promptLine(line) {
			return 'Q'
		}
		return 'A'
	}
	return 0
}

// questionLine reports whether the line at the start of line ends with a
// question mark.
func questionLine(line string) bool {
	if e := strings.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
	}
	return strings.HasSuffix(strings.TrimRight(line, " \t\r"), "?")
}

// promptWords open an interviewer's prompt that ends without a question
// mark: "Tell us about your counterpart.", "Describe the talks."
var promptWords = set("tell", "describe", "explain", "talk", "walk", "take", "give", "imagine", "say", "let's")

// promptLine reports a line that opens with a promptWords word.
func promptLine(line string) bool {
	e := strings.IndexAny(line, " \n")
	return e > 0 && promptWords[strings.ToLower(line[:e])]
}

// editNotes open the note that closes an interview's introduction:
// "The interview has been edited for length."
var editNotes = []string{"interview has been ", "interview was ", "interview have been "}

// bareQuestions returns the offset of the line after an interview's
// editing note, where the questions and answers begin, when the text
// prints its questions without Q:/A: labels; -1 when there is none. The
// note is a sentence of its own that ends its paragraph and opens "The
// interview" or "This interview", its verb straight on to "edited" or
// "condensed" (past one adverb): "The interview has been edited for
// length.", "This interview was lightly condensed." A news story that
// mentions an interview ("Critics said the interview was heavily
// edited", "The interview was recorded on Friday and edited for
// broadcast") is none, and neither is a text that attributes quotes
// after the note (",\" X said"): a transcript has no attributions. The
// cleaner keeps few of the questions (a short line ending in "?" reads as
// furniture), so the lines after the note are the interviewee's but for
// a question or prompt kept (see lineLabel).
func (x *doc) bareQuestions() int {
	if !strings.Contains(x.text, "interview ") {
		return -1
	}
	for _, c := range editNotes {
		i := strings.Index(x.text, c)
		if i < 0 {
			continue
		}
		e := strings.IndexByte(x.text[i:], '\n')
		if e < 0 {
			return -1
		}
		if !noteOpening(x.text[:i]) {
			return -1
		}
		note := x.text[i+len(c) : i+e]
		if sp := strings.IndexByte(note, ' '); sp > 2 && strings.HasSuffix(note[:sp], "ly") {
			note = note[sp+1:] // "lightly condensed"
		}
		if !strings.HasPrefix(note, "edited") && !strings.HasPrefix(note, "condensed") || strings.Contains(note, ". ") {
			return -1
		}
		if attributedQuote(x.text[i+e:]) {
			return -1
		}
		return i + e + 1
	}
	return -1
}

// noteOpening reports that the text before an editing note ends with
// "The " or "This " opening a sentence: at a line's start or after a
// full stop.
func noteOpening(pre string) bool {
	var rest string
	switch {
	case strings.HasSuffix(pre, "The "), strings.HasSuffix(pre, "This "):
		rest = strings.TrimSuffix(strings.TrimSuffix(pre, "The "), "This ")
	default:
		return false
	}
	return rest == "" || strings.HasSuffix(rest, "\n") || strings.HasSuffix(rest, ". ")
}

// attributedQuote reports a quote closed by a comma and followed by its
// attribution ('," Escalante said', ',” she told reporters') in text.
func attributedQuote(text string) bool {
	for _, m := range []string{",\" ", ",\u201d ", ",\u2019 "} {
		for t := text; ; {
			i := strings.Index(t, m)
			if i < 0 {
				break
			}
			t = t[i+len(m):]
			w := t[:min(len(t), 40)]
			if e := strings.IndexByte(w, '\n'); e >= 0 {
				w = w[:e]
			}
			if strings.Contains(w, " said") || strings.Contains(w, " told") || strings.Contains(w, " added") {
				return true
			}
		}
	}
	return false
}

// findInterviewee returns the person interviewed: named after "interview
// with" in the headline, else the first person named outside the
// questions and the credit; -1 when the text is no interview. An
// interview is a text with Q:/A: lines; Q: lines with "interview by"
// (the credit) or an editing note somewhere in the text; or an editing
// note followed by unlabelled questions and answers (see bareQuestions),
// whose "I" and "you" need their person as much.
func (x *doc) findInterviewee() int {
	if !(strings.HasPrefix(x.text, "Q:") || strings.Contains(x.text, "\nQ:")) {
		if x.bareQA = x.bareQuestions(); x.bareQA < 0 {
			return -1
		}
	} else if !strings.Contains(x.text, "\nA:") && !strings.Contains(x.text, "nterview by") && x.bareQuestions() < 0 {
		// questions labelled "Q:" with answers under the interviewee's
		// name ("Kovac: We met …") need the interview's credit
		return -1
	}
	if e := x.answerLabel(); e >= 0 {
		return e
	}
	first, credit := -1, -1
	for i := range x.ments {
		m := &x.ments[i]
		if m.ent < 0 || !x.isPerson(m.ent) || m.dead {
			continue
		}
		if m.t0 > 0 && x.toks[m.t0-1].lower == "by" && (m.t0 < 2 || x.toks[m.t0-2].lower == "interview" || x.toks[m.t0-1].text == "By") {
			credit = m.ent
			continue // the credit "Interview by X" or "By X" names the interviewer
		}
		if m.ent == credit {
			continue // the interviewer again, or a piece of the credit's name
		}
		s := &x.sents[m.sent]
		if s.title {
			for k := m.t0 - 1; k >= s.t0 && k >= m.t0-6; k-- {
				if x.toks[k].lower == "interview" {
					return m.ent
				}
			}
			continue
		}
		if first < 0 && x.lineLabel(m.sent) != 'Q' {
			first = m.ent
		}
	}
	return first
}

// answerLabel returns the person whose name labels the most lines of
// the interview, at least two and more than anyone else ("Al-Harbi:
// No. …"): the one who answers, even when the introduction names
// another person first. Else -1.
func (x *doc) answerLabel() int {
	best, n, tie := -1, 0, false
	counts := map[int]int{}
	for si := range x.sents {
		e, _ := x.labelSpeaker(si)
		if e < 0 || !x.isPerson(e) {
			continue
		}
		counts[e]++
		switch c := counts[e]; {
		case c > n:
			best, n, tie = e, c, false
		case c == n && e != best:
			tie = true
		}
	}
	if n < 2 || tie {
		return -1
	}
	return best
}

// lineSpeaker returns the speaker named in the label of the transcript
// line holding sentence si ("Al-Mannai: … I …"), when that line opens at
// most four sentences before si; else -1. The scan back stops there: a
// long unbroken paragraph costs no more than five steps.
func (x *doc) lineSpeaker(si int) int {
	ls := si
	for ls > 0 && ls >= si-4 && x.sents[ls].start > 0 && x.text[x.sents[ls].start-1] != '\n' {
		ls--
	}
	if ls < si-4 {
		return -1
	}
	e, _ := x.labelSpeaker(ls)
	return e
}

// answerSpeaker returns who speaks in sentence si of a transcript or an
// interview: the speaker of its labelled line (lineSpeaker), else the
// interviewee in an answer; else -1. "me", "our" and the like stand for
// that person.
func (x *doc) answerSpeaker(si int) int {
	if e := x.lineSpeaker(si); e >= 0 {
		return e
	}
	if x.interviewee >= 0 && x.lineLabel(si) == 'A' {
		return x.interviewee
	}
	return -1
}

// interviewRef resolves "I" in an answer and "you" in a statement put by
// the interviewer.
func (x *doc) interviewRef(si, k int) int {
	if x.toks[k].text == "I" {
		// "I" on a transcript line labelled with its speaker
		if e := x.lineSpeaker(si); e >= 0 {
			return e
		}
	}
	if x.author < 0 && x.interviewee < 0 {
		return -1
	}
	if x.toks[k].text == "I" && x.quotedI(si, k) {
		return -1 // someone else's words, in the release or the answer
	}
	if x.author >= 0 && x.toks[k].text == "I" && !x.othersWords(si, k) {
		return x.author // the minister's own media release
	}
	if x.interviewee < 0 {
		return -1
	}
	switch l := x.toks[k].lower; {
	case l == "i" && x.toks[k].text == "I" && x.lineLabel(si) == 'A':
		return x.interviewee
	case l == "you" && x.lineLabel(si) == 'Q':
		return x.interviewee
	}
	return -1
}

// labelSpeaker returns the person named in a transcript's speaker label
// at the start of sentence si ("Hartley-Ross: …", "Foreign Minister X
// (Armenia): …") and the token after the name, else -1.
func (x *doc) labelSpeaker(si int) (int, int) {
	s := &x.sents[si]
	if s.t0 >= s.t1 || s.heading || s.title {
		return -1, -1
	}
	st := x.toks[s.t0].start
	if st > 0 && x.text[st-1] != '\n' {
		return -1, -1
	}
	k := s.t0
	bullet := false
	if t := x.toks[k].text; (t == "-" || t == "\u2022" || t == "*") && k+1 < s.t1 {
		k++ // "- Ukrainian Foreign Ministry: \"…\""
		bullet = true
	}
	clip := false
	if k+3 < s.t1 && x.toks[k].text == "[" && x.toks[k+2].text == "]" && clipTags[x.toks[k+1].lower] {
		k += 3 // "[CLIP] X: …"
		clip = true
	} else if k+2 < s.t1 && clipTags[x.toks[k].lower] && signOffDashes[x.toks[k+1].text] {
		k += 2 // "CLIP - X, office: …"
		clip = true
	}
	if r := x.tokRole[k]; r >= 0 {
		k = x.roles[r].t1
	} else if k+1 < s.t1 && x.honorific(x.toks[k].lower) {
		k++ // "DR. X, institute: …"
		if x.toks[k].text == "." {
			k++
		}
	}
	if k+2 < s.t1 && (x.toks[k].lower == "al" || x.toks[k].lower == "el") && x.toks[k+1].text == "-" && !x.toks[k+1].space && !x.toks[k+2].space && x.mentionStartAt(k) < 0 {
		k += 2 // "Al-Nuaimi: …": the surname is named without its article
	}
	mi := x.mentionStartAt(k)
	if mi < 0 || !x.isActor(x.ments[mi].ent) || x.ments[mi].weak {
		return -1, -1
	}
	e, after := x.ments[mi].ent, x.ments[mi].t1
	if !x.isPerson(e) {
		// a body speaks through a label only in a list of statements
		// with its words quoted
		if !bullet || after+1 >= s.t1 || x.toks[after].text != ":" || !isOpening(&x.toks[after+1]) {
			return -1, -1
		}
	}
	q := after
	if q < s.t1 && x.toks[q].text == "(" {
		for q < s.t1 && q < after+6 && x.toks[q].text != ")" {
			q++
		}
		q++
	}
	if q < s.t1 && x.toks[q].text == "," && x.isPerson(e) && upperRun(x.toks[x.ments[mi].t0:after]) {
		q = x.labelOfficeEnd(q+1, s.t1) // "X, OSTRIAN AMBASSADOR TO THE UN: …"
	}
	if q < 0 || q >= s.t1 || x.toks[q].text != ":" {
		return -1, -1
	}
	if clip && (q+1 >= s.t1 || !x.toks[q+1].cap && !isOpening(&x.toks[q+1])) {
		// "VIDEO - X, ENVOY, REUTERS: pictures of the signing": after a
		// clip tag, a line in lower case is a caption or a credit, not
		// the words spoken
		return -1, -1
	}
	return e, after
}

// clipTags mark a recorded clip in a broadcast transcript, before the
// speaker's label ("[CLIP] X: …", "SOT - X, office: …").
var clipTags = set("clip", "soundbite", "sot", "audio", "video", "actuality")

// honorific reports a one-word honorific ("Dr", "DR.", "Prof"), which a
// transcript label may print before the name.
func (x *doc) honorific(w string) bool {
	for _, tp := range x.lx.titles[strings.TrimSuffix(w, ".")] {
		if tp.honor && len(tp.toks) == 1 {
			return true
		}
	}
	return false
}

// upperRun reports that every word of toks is printed in capitals, as a
// transcript prints its speaker labels.
func upperRun(toks []token) bool {
	for i := range toks {
		if toks[i].kind == tkWord && hasLowerRune(toks[i].text) {
			return false
		}
	}
	return len(toks) > 0
}

// labelOfficeEnd returns the colon that ends the office a capitalised
// speaker label prints after the name ("TESFAY X, OSTRIAN AMBASSADOR TO
// THE UN:", "DR. Y, GULF STRATEGY FORUM:", "Z, FOREIGN MINISTER (through
// translator):"): words in capitals only, a parenthesis aside, within
// twelve tokens; -1 when a word in lower case comes first, so a sentence
// ("X, in a video on his page: …") is no label.
func (x *doc) labelOfficeEnd(k, end int) int {
	paren := false
	for j := k; j < end && j < k+12; j++ {
		t := &x.toks[j]
		switch {
		case t.text == "(":
			paren = true
		case t.text == ")":
			paren = false
		case t.text == ":" && !paren:
			if j == k {
				return -1
			}
			return j
		case paren:
		case t.kind == tkWord && hasLowerRune(t.text):
			return -1
		}
	}
	return -1
}

// signOffDashes open the line that signs a quoted paragraph.
var signOffDashes = set("-", "\u2013", "\u2014")

// signOffSpeaker returns the person who signs the quoted paragraph that
// sentence si ends, as press releases print it: the next line opens with
// a dash, then the name (after "The Honourable" or a title) and nothing
// but a comma and the office after it ("- Jane Roe, Minister of Canals"),
// a line set like a heading (no full stop). The paragraph opens with a
// quote mark and has no verb of saying outside its quotes, so only the
// layout names its speaker. It returns -1 when si does not end with a
// closing quote mark, when the paragraph names its speaker itself ("He
// said: “…”"), or when the line under it is a sentence ("- Roe will
// travel to …", "- Roe, asked twice, declined to comment.", "- Roe,
// Minister of Canals, chairs the board").
func (x *doc) signOffSpeaker(si int) int {
	s := &x.sents[si]
	if si+1 >= len(x.sents) || s.t0 >= s.t1 || (x.toks[s.t1-1].text != "\"" && x.toks[s.t1-1].text != "\u201d") {
		return -1
	}
	n := &x.sents[si+1]
	if n.t0+2 >= n.t1 || !n.heading || !signOffDashes[x.toks[n.t0].text] || !strings.Contains(x.text[x.toks[s.t1-1].end:x.toks[n.t0].start], "\n") {
		return -1
	}
	k := n.t0 + 1
	if x.toks[k].lower == "the" {
		k++
	}
	if x.lx.honourable(strings.TrimSuffix(x.toks[k].lower, ".")) {
		k++
	}
	if k >= n.t1 {
		return -1 // a text cut after the honorific
	}
	if r := x.tokRole[k]; r >= 0 {
		k = x.roles[r].t1
		if k >= n.t1 {
			return -1 // the office alone ends the line: no name on it
		}
	}
	mi := x.mentionStartAt(k)
	if mi < 0 || !x.isPerson(x.ments[mi].ent) {
		return -1
	}
	if after := x.ments[mi].t1; after < n.t1 && (x.toks[after].text != "," || !x.officeOnly(after+1, n.t1)) {
		return -1
	}
	if !x.quotedParagraph(si) {
		return -1
	}
	return x.ments[mi].ent
}

// officeJoiners are the small words an office's name may hold ("Minister
// of Trade and Industry", "Secretary for the Environment").
var officeJoiners = set("of", "and", "for", "the", "on", "in", "to", "at", "de", "du", "des", "la", "&")

// officeOnly reports whether tokens k..end hold nothing but an office, as
// a sign-off prints it after the name: a title or a capitalised word
// first, then only titles, capitalised words, small joining words and
// punctuation ("Minister of Trade of Ostria", "Minister of Canals,
// Government of Ostria"), no clause ("Minister of Trade, chairs the
// board").
func (x *doc) officeOnly(k, end int) bool {
	if k >= end || x.tokRole[k] < 0 && !x.toks[k].cap {
		return false
	}
	for ; k < end; k++ {
		t := &x.toks[k]
		if t.kind == tkWord && !t.cap && x.tokRole[k] < 0 && !officeJoiners[t.lower] {
			return false
		}
	}
	return true
}

// quotedParagraph reports whether the paragraph that sentence si ends
// opens with a quote mark and has no verb of saying outside its quotes:
// a statement printed for a sign-off to name, not words a sentence
// already gives to a speaker ("He said: “…”", "“…,” Roe said.").
func (x *doc) quotedParagraph(si int) bool {
	ps := si
	for x.continuesLine(ps) {
		ps--
	}
	t0 := x.sents[ps].t0
	if t0 >= x.sents[si].t1 || x.toks[t0].text != "\"" && x.toks[t0].text != "\u201c" {
		return false
	}
	in := false
	for k := t0; k < x.sents[si].t1; k++ {
		t := &x.toks[k]
		switch t.text {
		case "\u201c":
			in = true
		case "\u201d":
			in = false
		case "\"":
			in = !in
		}
		if !in && t.kind == tkWord && x.lx.speech[t.lower] {
			return false
		}
	}
	return true
}

// speakerLabels gives the speaker of each labelled transcript line, and
// the person signing a quoted paragraph, a statement; and the state in
// "Foreign Minister X (Armenia):" to a titled speaker.
func (x *doc) speakerLabels(si int) {
	if p := x.signOffSpeaker(si); p >= 0 {
		x.addRel(RelSaid, p, -1, si, 0.7, "")
	}
	if p := x.soundbiteSpeaker(si); p >= 0 {
		x.addRel(RelSaid, p, -1, si, 0.7, x.quoteIn(si, x.sents[si].t0))
	}
	e, after := x.labelSpeaker(si)
	if e < 0 {
		return
	}
	x.addRel(RelSaid, e, -1, si, 0.7, "")
	s := &x.sents[si]
	if after+2 < s.t1 && x.toks[after].text == "(" && x.toks[s.t0].cap {
		r := x.tokRole[s.t0]
		if mi := x.mentionStartAt(after + 1); r >= 0 && mi >= 0 && x.ments[mi].t1 < s.t1 && x.toks[x.ments[mi].t1].text == ")" {
			st := x.ments[mi].ent
			if st >= 0 && x.ents[st].typ == TypeInstitution && x.ents[st].kind == "state" {
				for _, a := range x.affs {
					if a.person == e && a.inst == st {
						return
					}
				}
				x.affs = append(x.affs, affiliation{person: e, inst: st, role: x.roles[r].text, sent: si, conf: 0.7})
			}
		}
	}
}

// soundbiteSpeaker returns the person a broadcast script names on the
// cue line right before sentence si ("[SOUNDBITE] Jane Roe / Trade
// Minister", "[Soundbite] Prof. Jane Roe, Ostrian Institute"), when si
// opens a new line with a quote mark: the quote is that person's words,
// with no verb of saying to tell it. -1 otherwise.
func (x *doc) soundbiteSpeaker(si int) int {
	s := &x.sents[si]
	if si == 0 || s.t0 >= s.t1 || !isOpening(&x.toks[s.t0]) {
		return -1
	}
	if st := x.toks[s.t0].start; st == 0 || x.text[st-1] != '\n' {
		return -1
	}
	p := &x.sents[si-1]
	if !p.heading || p.title || p.t0+3 >= p.t1 || x.toks[p.t0].text != "[" || x.toks[p.t0+1].lower != "soundbite" || x.toks[p.t0+2].text != "]" {
		return -1
	}
	for k := p.t0 + 3; k < p.t1 && k < p.t0+9; k++ {
		if t := x.toks[k].text; t == "/" || t == "," || t == "(" || t == "|" {
			break // the office after the name
		}
		if mi := x.mentionStartAt(k); mi >= 0 {
			if e := x.ments[mi].ent; x.isPerson(e) {
				return e
			}
			return -1
		}
	}
	return -1
}

// releaseName returns the name in the masthead of a minister's media
// release, from the raw text above its "Media release" line (the cleaner
// drops both): the one line "The Hon X MP" or "Senator the Hon X", whose
// X is the release's "I" ("Today I met Y"). A joint release, or a
// masthead naming two, has no one "I"; "" when there is none.
func releaseName(src string) string {
	name := ""
	for ls := 0; ls < len(src) && ls < 3000; {
		e := strings.IndexByte(src[ls:], '\n')
		if e < 0 {
			e = len(src) - ls
		}
		line := strings.TrimSpace(src[ls : ls+e])
		ls += e + 1
		if strings.EqualFold(line, "media release") {
			return name
		}
		for _, h := range honourables {
			if len(line) > len(h) && strings.EqualFold(line[:len(h)], h) {
				if name != "" {
					return ""
				}
				name = strings.TrimSpace(line[len(h):])
				for _, p := range postNominals {
					name = strings.TrimSuffix(name, p)
				}
				break
			}
		}
	}
	return ""
}

// honourables open a minister's name in a Westminster masthead; the
// postNominals close it, the seat's first, then Australian honours ("The
// Hon Jane Roe AM MP").
var honourables = []string{"Senator the Hon ", "The Hon ", "Hon "}
var postNominals = []string{" MP", " MLA", " MLC", " KC", " QC", " AC", " AO", " AM", " OAM", " CSC"}

// releaseAuthor returns the entity named releaseName: a person whose
// name or alias is that name, or the one person of its surname; -1 when
// there is none.
func (x *doc) releaseAuthor() int {
	if x.authorName == "" {
		return -1
	}
	last := x.authorName[strings.LastIndexByte(x.authorName, ' ')+1:]
	found := -1
	for e := range x.ents {
		if !x.isPerson(e) {
			continue
		}
		if x.ents[e].name == x.authorName || slices.Contains(x.ents[e].aliases, x.authorName) {
			return e
		}
		n := x.ents[e].name
		if n == last || strings.HasSuffix(n, " "+last) {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// quotedI reports that the "I" at token k is inside a quotation (see
// insideQuote), a quote whose closing mark and attribution follow it in
// the sentence after its own punctuation ('I also met Y on Tuesday," he
// said', as quotedBeforeAttribution reads a straight mark), or a quote in single curly marks opened
// before it in the sentence (‘I met Y,’ the minister said).
func (x *doc) quotedI(si, k int) bool {
	if x.insideQuote(si, k) {
		return true
	}
	s := &x.sents[si]
	for j := k + 1; j < s.t1; j++ {
		t := x.toks[j].text
		if t == "\u201c" {
			break
		}
		if t == "\u201d" {
			return true
		}
		if t == "\"" {
			// a straight mark closes when it follows the quote's own
			// punctuation at once: 'Y on Tuesday," he said'
			p := x.toks[j-1].text
			if !x.toks[j].space && (p == "," || p == "." || p == "?" || p == "!") {
				return true
			}
			break
		}
	}
	open := false
	for j := s.t0; j < k; j++ {
		switch x.toks[j].text {
		case "\u2018":
			open = true
		case "\u2019":
			if j+1 < k && x.toks[j+1].kind != tkWord || j+1 == k {
				open = false // a closing mark, not an apostrophe ("Samoa’s")
			}
		}
	}
	return open
}

// othersWords reports that the "I" at token k, outside quote marks, is
// still someone else's: the sentence puts a verb of saying before it
// ("Faleolo said: I met Y", "Oakes added that I met Y"), its line
// follows a line that ends in ":" ("Quotes attributable to X:"), or the
// text before it names whose words follow ("Quotes attributable to").
func (x *doc) othersWords(si, k int) bool {
	s := &x.sents[si]
	for j := s.t0; j < k; j++ {
		if l := x.toks[j].lower; x.toks[j].kind == tkWord && (x.lx.speech[l] || x.lx.speechWk[l] || x.lx.speechTh[l]) {
			return true
		}
	}
	st := x.toks[k].start
	if strings.Contains(x.text[:st], "ttributable to") {
		return true
	}
	ls := strings.LastIndexByte(x.text[:st], '\n')
	prev := strings.TrimRight(x.text[:max(ls, 0)], " \t\r\n")
	return strings.HasSuffix(prev, ":")
}
