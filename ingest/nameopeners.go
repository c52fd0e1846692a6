package ingest

import "strings"

// wordOpensName reports that the word at a, an ordinary word ("Oh",
// "Saw", "Grace"), a short function word ("Do") or a state's name
// ("Chad"), is the first word of the person's name after it: the words
// after it are two or more capitalised words the lexicon knows as no
// ordinary word, place or body ("Do Thi Thanh Ha", "Saw Eh Klo Htoo"),
// or one such word and a hyphenated half ("Oh Se-yeon"), and the run is
// cued as a person's name. Mid-sentence, where the capital is the
// word's own, the cue is a speech verb or a title right before it ("said
// Oh Se-yeon", "Minister Do Thi Thanh Ha"), a role in apposition, or
// commas round a run of two such words (", Do Thi Thanh Ha, co-chaired";
// not ", Costruzioni Brandi-Sala," a firm after its noun). Opening a
// sentence, where every word is capitalised, only a role in apposition
// after a comma will do ("Saw Eh Klo Htoo, a spokesman for …"), and an
// adverb ("Separately"), a function word ("By" of a byline), a
// determiner, a title or a speech verb opens no name. Names the lexicon knows words of ("Thomas Lee") are left to
// the other rules.
func (x *doc) wordOpensName(si, a int) bool {
	s := &x.sents[si]
	toks := x.toks
	t := &toks[a]
	if t.kind != tkWord || !t.cap || t.upper || x.used[a] || len(t.lower) < 2 || determiners[t.lower] ||
		len(x.lx.titles[t.lower]) > 0 || x.lx.speech[t.lower] || x.lx.first[t.lower] || strings.HasSuffix(t.lower, "ly") {
		return false
	}
	if _, ok := monthNames[t.lower]; ok {
		return false
	}
	if !x.isCommon(t.lower) && !stopCaps[t.lower] && len(x.lx.gz[t.lower]) == 0 {
		return false // a word that is nothing but a name needs no rule
	}
	if x.roleCovering(a) != nil {
		return false // "Archbishop X": a title
	}
	if stopCaps[t.lower] {
		// a function word opens a name only after a comma mid-line
		// (", Do Thi Thanh Ha,"), never a byline's "By Ana Ruiz-Otero"
		if a == s.t0 || x.tc[a] || t.nl || toks[a-1].text != "," {
			return false
		}
	}
	b, words, hyph := a+1, 0, false
	for b < s.t1 {
		k := &toks[b]
		if k.kind == tkWord && k.cap && !k.upper && k.space && !k.nl && !x.used[b] && !x.isCommon(k.lower) && len(x.lx.gz[k.lower]) == 0 && len(x.lx.titles[k.lower]) == 0 {
			words++
			b++
			continue
		}
		if words > 0 && k.text == "-" && !k.space && b+1 < s.t1 && toks[b+1].kind == tkWord && !toks[b+1].space && !x.isCommon(toks[b+1].lower) {
			hyph = true
			b += 2
			continue
		}
		break
	}
	if words < 2 && !(words == 1 && hyph) {
		return false
	}
	if b < s.t1 && toks[b].kind == tkWord && toks[b].cap {
		return false
	}
	start := a == s.t0 || x.tc[a]
	if (!start || len(t.lower) <= 3 || len(x.lx.gz[t.lower]) > 0) && (x.roleAfterComma(si, b) || x.appositiveCue(si, a+1, b) && b < s.t1 && toks[b].text == ",") {
		// (opening a sentence, a longer ordinary word is more likely a
		// role the lexicon lacks: "Archbishop X, chairman of …")
		return true
	}
	if start {
		return false
	}
	p := &toks[a-1]
	if x.lx.speech[p.lower] {
		return true // "said Oh Se-yeon"
	}
	if r := x.roleBefore(a); r != nil && r.tp.title {
		return true // "Vice Minister Do Thi Thanh Ha"
	}
	return words >= 2 && p.text == "," && b < s.t1 && toks[b].text == ","
}

// roleAfterComma reports a comma at b and a person's role after it, within
// a few words: ", a spokesman for …", ", an agricultural economist at …",
// ", Kenya's trade secretary". A plural role ("officials") is no one
// person's.
func (x *doc) roleAfterComma(si, b int) bool {
	s := &x.sents[si]
	toks := x.toks
	if b+1 >= s.t1 || toks[b].text != "," {
		return false
	}
	lower := 0
	for k := b + 1; k < s.t1 && k < b+6; k++ {
		if r := x.roleCovering(k); r != nil {
			return !r.plural
		}
		t := &toks[k]
		switch {
		case determiners[t.lower] || t.kind == tkPoss || t.cap && t.kind == tkWord:
		case t.kind == tkWord && !stopCaps[t.lower] && !x.lx.speech[t.lower] && lower < 2:
			lower++ // "an agricultural economist"
		default:
			return false
		}
	}
	return false
}
