package ingest

// sentence is a run of tokens [t0, t1) covering text[start:end].
type sentence struct {
	start, end int
	t0, t1     int
	heading    bool // a whole line without final punctuation (headline, subhead, table row)
	question   bool // ends with a question mark
	table      bool // a row of a flattened table
	title      bool // the article title
}

// maxSentenceTokens bounds a sentence; real ones are far shorter.
const maxSentenceTokens = 200

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "st": true, "jr": true,
	"sr": true, "inc": true, "corp": true, "ltd": true, "co": true, "no": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "dept": true, "univ": true, "est": true,
	"approx": true, "fig": true, "mt": true, "ft": true, "pres": true, "amb": true, "adm": true,
	"cmdr": true, "brig": true, "pte": true, "hon": true, "rev": true, "messrs": true, "al": true, "ca": true,
	"cf": true, "vol": true, "pp": true, "nos": true, "op": true, "smt": true,
	// abbreviated given names and styles: "Ma. Luisa", "Md. Rahman", "Eng. Ali"
	"ma": true, "md": true, "mohd": true, "wm": true, "jos": true, "fco": true, "chas": true, "thos": true,
	"eng": true, "engr": true,
	// styles of other systems before a name (round 36): Australian
	// councillors ("Cr."), Ethiopian married women ("Wzo.")
	"cr": true, "wzo": true,
}

// abbreviations that also often end a sentence ("… Acme Inc. The …",
// "… raised Rs 1,200 Cr. The …": crore).
var abbrevCanEnd = map[string]bool{"jr": true, "sr": true, "inc": true, "corp": true, "ltd": true, "co": true, "etc": true, "al": true, "md": true, "ma": true, "cr": true}

// sentenceStarters are words that begin sentences far more often than
// they continue a name, so "U.S. The" is a boundary but "U.S. President"
// is not.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "in": true, "on": true, "at": true, "but": true, "and": true, "this": true, "that": true,
	"these": true, "those": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"however": true, "meanwhile": true, "there": true, "as": true, "after": true, "before": true,
	"while": true, "when": true, "if": true, "for": true, "according": true, "during": true, "since": true,
	"although": true, "though": true, "yet": true, "so": true, "then": true, "still": true, "also": true,
	"some": true, "many": true, "both": true, "earlier": true, "later": true, "officials": true, "such": true,
}

func isClosing(t *token) bool {
	switch t.text {
	case "\u201d", "\"", "\u2019", "'", ")", "]", "\u00bb":
		return true
	}
	return false
}

// isOpenQuote reports a double quotation mark that can open a quote
// ("“", '"', "«"). isOpening takes any opening mark, single
// quotes, brackets and dashes too; a quote of spoken words needs this one.
func isOpenQuote(t *token) bool {
	switch t.text {
	case "\u201c", "\"", "\u00ab":
		return true
	}
	return false
}

func isOpening(t *token) bool {
	switch t.text {
	case "\u201c", "\"", "\u2018", "'", "(", "[", "\u00ab", "*", "\u2022", "-", "\u2013", "\u2014":
		return true
	}
	return false
}

// splitSentences cuts the token stream into sentences. Line breaks always
// end a sentence (the cleaner keeps one paragraph, heading or table row
// per line); inside a line the usual punctuation rules apply with the
// exceptions for abbreviations, initials and missing spaces.
func splitSentences(text string, toks []token, dst []sentence) []sentence {
	sents := dst[:0]
	n := len(toks)
	s0 := 0
	emit := func(a, b int) {
		if a >= b {
			return
		}
		sents = append(sents, sentence{start: toks[a].start, end: toks[b-1].end, t0: a, t1: b})
	}
	for i := 0; i < n; i++ {
		if i > s0 && toks[i].nl {
			emit(s0, i)
			s0 = i
		}
		if i-s0 >= maxSentenceTokens {
			// a run-on "sentence" (a flattened page, a list without
			// punctuation): cut it, at a comma if one is near, so that
			// every later stage works on bounded windows
			cut := i
			for k := i - 1; k > i-64; k-- {
				if toks[k].text == "," || toks[k].text == ";" {
					cut = k + 1
					break
				}
			}
			emit(s0, cut)
			s0 = cut
		}
		t := &toks[i]
		var cut int = -1
		switch {
		case t.kind == tkPunct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "\u2026"):
			j := i + 1
			for j < n && !toks[j].nl && isClosing(&toks[j]) && !(toks[j].space && j+1 < n && !toks[j+1].space) {
				j++
			}
			if j >= n || toks[j].nl {
				break
			}
			next := &toks[j]
			if t.text == "." {
				if i > s0 {
					prev := &toks[i-1]
					if prev.kind == tkWord && !t.space && abbrevs[prev.lower] {
						if !(abbrevCanEnd[prev.lower] && next.cap && sentenceStarters[next.lower]) {
							break
						}
					} else if prev.kind == tkWord && !t.space && len(prev.text) == 1 && prev.cap {
						break // an initial: "John F. Kennedy"
					}
				}
				// a dot directly followed by a lower-case letter is
				// not a boundary ("example.com", "U.S.-made")
			}
			if next.cap || next.kind == tkNum || isOpening(next) {
				cut = j
			} else if t.text == "." && next.space && sentenceStarters[next.lower] && next.kind == tkWord && i > s0 && toks[i-1].kind == tkWord && len(toks[i-1].text) > 2 && !abbrevs[toks[i-1].lower] {
				// a sentence typed without its capital: "… lawmakers.
				// according to him, …"
				cut = j
			}
		case t.dotted:
			if i+1 < n && !toks[i+1].nl && toks[i+1].cap && sentenceStarters[toks[i+1].lower] {
				cut = i + 1
			}
		}
		if cut > s0 {
			emit(s0, cut)
			s0 = cut
			i = cut - 1
		}
	}
	emit(s0, n)
	markSentences(text, toks, sents)
	return sents
}

var tableHeaderWords = map[string]bool{
	"role": true, "position": true, "title": true, "name": true, "figure": true, "country": true,
	"nation": true, "organization": true, "organisation": true, "affiliation": true, "party": true,
	"office": true, "person": true, "people": true, "state": true, "institution": true, "who": true,
	"target": true, "targets": true, "measures": true, "designation": true, "entity": true,
}

// hasBar reports a "|" cell separator in sentence s (a flattened table
// row may then be longer).
func hasBar(toks []token, s sentence) bool {
	for k := s.t0; k < s.t1; k++ {
		if toks[k].text == "|" {
			return true
		}
	}
	return false
}

// markSentences sets the heading, question and table flags.
func markSentences(text string, toks []token, sents []sentence) {
	for i := range sents {
		s := &sents[i]
		lineStart := toks[s.t0].nl
		lineEnd := s.t1 == len(toks) || toks[s.t1].nl
		last := s.t1 - 1
		for last > s.t0 && isClosing(&toks[last]) {
			last--
		}
		lt := toks[last].text
		s.question = lt == "?"
		term := lt == "." || lt == "!" || lt == "?" || lt == ":" || lt == ";" || lt == "\u2026" || lt == ","
		if lineStart && lineEnd && !term && s.t1-s.t0 <= 30 {
			s.heading = true
		}
	}
	// Flattened tables: a short header line naming columns, followed by
	// rows that are short lines without final punctuation.
	for i := 0; i < len(sents); i++ {
		s := &sents[i]
		if !s.heading {
			continue
		}
		words, hits := 0, 0
		for k := s.t0; k < s.t1; k++ {
			if toks[k].kind == tkWord {
				words++
				if tableHeaderWords[toks[k].lower] {
					hits++
				}
			}
		}
		if words < 2 || words > 8 || hits == 0 {
			continue
		}
		j := i + 1
		for j < len(sents) && sents[j].heading && (sents[j].t1-sents[j].t0 <= 14 || sents[j].t1-sents[j].t0 <= 30 && hasBar(toks, sents[j])) {
			j++
		}
		if j-i-1 >= 2 {
			s.table = true
			for k := i + 1; k < j; k++ {
				sents[k].table = true
			}
			i = j - 1
		}
	}
}

// titleContext marks tokens whose capital letter says nothing about
// being a name: every token of a heading, the first word of a sentence,
// of a quotation, after a colon, and short labels before a colon.
func titleContext(toks []token, sents []sentence, tc []bool) []bool {
	if cap(tc) < len(toks) {
		tc = make([]bool, len(toks))
	} else {
		tc = tc[:len(toks)]
		clear(tc)
	}
	for _, s := range sents {
		if s.heading || s.table {
			for k := s.t0; k < s.t1; k++ {
				tc[k] = true
			}
			continue
		}
		first := true
		for k := s.t0; k < s.t1; k++ {
			t := &toks[k]
			if t.kind == tkPunct {
				switch t.text {
				case "\u201c", "\"", ":", "\u2018", "(", "[", "*", "\u2022", "\u2013", "\u2014":
					first = true
				}
				continue
			}
			if first {
				tc[k] = true
				first = false
			}
		}
		// Label before a colon at the start: "Media Bias: The ambassador …"
		for k := s.t0; k < s.t1 && k < s.t0+8; k++ {
			if toks[k].text == ":" {
				for m := s.t0; m < k; m++ {
					tc[m] = true
				}
				break
			}
		}
	}
	return tc
}
