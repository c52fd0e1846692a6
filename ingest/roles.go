package ingest

// Roles and titles ("Deputy Foreign Minister") with their modifiers.

import "strings"

// partnerRanks before "Partners" name a rank of partners, not a firm.
var partnerRanks = set("managing", "limited", "founding", "senior", "general", "junior", "equity", "named")

// rolePass finds titles and roles, with the modifiers before them.
func (x *doc) rolePass(si int) {
	s := &x.sents[si]
	toks := x.toks
	for i := s.t0; i < s.t1; i++ {
		t := &toks[i]
		if x.used[i] || t.kind != tkWord {
			continue
		}
		var hit *titlePhrase
		plural := false
		for _, tp := range x.lx.titlesAt(t.lower) {
			n := len(tp.toks)
			if i+n > s.t1 {
				continue
			}
			ok := true
			for k := 0; k < n; k++ {
				w := toks[i+k].lower
				if k == n-1 && w != tp.toks[k] && len(w) > 3 && w[len(w)-1] == 's' && !tp.honor && !x.tc[i+k] {
					w = w[:len(w)-1] // plural: "foreign ministers"
					plural = w == tp.toks[k]
				}
				if w != tp.toks[k] || x.used[i+k] {
					ok = false
					break
				}
			}
			if ok {
				hit = tp
				break
			}
		}
		if hit == nil && len(t.lower) > 3 && t.lower[len(t.lower)-1] == 's' && !x.tc[i] {
			for _, tp := range x.lx.titlesAt(t.lower[:len(t.lower)-1]) {
				if len(tp.toks) == 1 && !tp.honor {
					hit = tp
					plural = true
					break
				}
			}
		}
		if hit == nil {
			continue
		}
		if plural && t.cap && instHeads[t.lower] == "company" && i-1 >= s.t0 && toks[i-1].cap && toks[i-1].kind == tkWord &&
			(!partnerRanks[toks[i-1].lower] && !roleModifiers[toks[i-1].lower] || instHeads[toks[i-1].lower] == "company") {
			// "Quillmark Capital Partners", "Hollin Energy Partners": a
			// firm's head, not partners; "the Senior Partners", "Managing
			// Partners" are ranks of people
			continue
		}
		n := len(hit.toks)
		if i+n+1 < s.t1 && t.cap && patronymLinks[toks[i+n].lower] && toks[i+n+1].cap {
			continue // "Prince Sultan bin Rakan": a given name before its patronymic
		}
		if i-1 >= s.t0 && t.cap && patronymLinks[toks[i-1].lower] && !toks[i-1].cap {
			continue // "Talal bin Sultan", "Rusli bin Haji Omar": the father's name
		}
		if styleAbbrevs[t.lower] && !x.styleAbbrevAt(i, s) {
			continue // "Rs 300 cr Reliance", "traces of Cr. Nickel": a unit or a symbol
		}
		if acronymTitles[t.lower] && i+n < s.t1 && toks[i+n].cap && !x.acronymTitleName(si, i, i+n) {
			continue // "the MSP Kaseya hack": a firm's acronym before a name
		}
		// "Lee" is a name in "Mr Lee", but "Pro Tip" is not a title.
		if hit.honor && (i+n >= s.t1 || !toks[i+n].cap && !(i+n+1 < s.t1 && toks[i+n].text == "." && toks[i+n+1].cap)) {
			continue
		}
		if hit.honor && x.lx.honourableTitle(x.lx.titles[t.lower]) && x.honouredNoun(i+n, s.t1) {
			continue // "the Honourable Court", "an Honorable Mention"
		}
		r := roleSpan{t0: i, t1: i + n, h0: i, sent: si, tp: hit, head: hit.toks[n-1], plural: plural}
		if hit.honor && r.t1 < s.t1 && toks[r.t1].text == "." {
			r.t1++
		}
		for k := i - 1; k >= s.t0; k-- {
			tk := &toks[k]
			if j := x.hyphenModifierStart(k, s.t0); j < k {
				r.t0, k = j, j // "vice-chairman", "third-generation owner"
				continue
			}
			if x.used[k] || tk.kind != tkWord {
				break
			}
			if roleModifiers[tk.lower] || tk.cap && !x.tc[k] && x.lx.isCommon(tk.lower) && !stopCaps[tk.lower] && k > s.t0 && toks[k-1].kind != tkWord {
				r.t0 = k
				continue
			}
			if tk.cap && x.lx.isCommon(tk.lower) && !stopCaps[tk.lower] && k+1 == r.t0 && toks[r.t0].cap && !x.lx.first[tk.lower] {
				r.t0 = k // "Chief Trade Negotiator"
				continue
			}
			break
		}
		r.text = strings.ToLower(normText(x.spanText(r.t0, r.t1)))
		r.text = strings.TrimSuffix(r.text, ".")
		x.roles = append(x.roles, r)
		for k := r.t0; k < r.t1; k++ {
			x.used[k] = true
		}
		i = r.t1 - 1
	}
}

// honouredNouns follow "Honourable" or "Hon." as nouns, not names: "an
// Honorable Mention", "the Honourable Member for X", "the Hon. Speaker".
var honouredNouns = set("mention", "mentions", "member", "members", "speaker")

// honouredNoun reports whether the word at token k (after a "." that
// closes "Hon.") is an institution's head or one of honouredNouns, so
// that the minister's honorific before it names no person.
func (x *doc) honouredNoun(k, end int) bool {
	if k < end && x.toks[k].text == "." {
		k++
	}
	if k >= end {
		return false
	}
	w := x.toks[k].lower
	return instHeads[w] != "" || honouredNouns[w]
}

// styleAbbrevs are styles of other systems spelt as two or three letters
// that are also units or symbols: "Cr" (an Australian councillor) is the
// Indian crore ("Rs 300 cr") and chromium ("traces of Cr").
var styleAbbrevs = set("cr", "wzo")

// styleAbbrevAt reports a style abbreviation at i used as one: written
// with its capital, not after a number (a unit) nor after "of", "and" or
// "or" (a symbol in a list: "traces of Cr. Nickel levels").
func (x *doc) styleAbbrevAt(i int, s *sentence) bool {
	t := &x.toks[i]
	if !t.cap || t.upper {
		return false
	}
	if i-1 < s.t0 {
		return true
	}
	p := &x.toks[i-1]
	return p.kind != tkNum && p.lower != "of" && p.lower != "and" && p.lower != "or"
}

// acronymTitles are titles written as acronyms that other trades use too
// ("MSP", a member of the Scottish Parliament or a managed service
// provider).
var acronymTitles = set("msp")

// acronymTitleName reports a person's name after an acronym title at i:
// a known given name and one more capitalised word, or any two after
// "Local" ("Local MSP Ailsa Brodie").
func (x *doc) acronymTitleName(si, i, j int) bool {
	s := &x.sents[si]
	if j+1 >= s.t1 || !x.toks[j+1].cap || x.toks[j+1].kind != tkWord {
		return false
	}
	return x.lx.first[x.toks[j].lower] || i-1 >= s.t0 && x.toks[i-1].lower == "local"
}
