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
// after a comma will do ("Saw Eh Klo Htoo, a spokesman for …"), and then
// only for a word that is also a name (nameWordOpeners): "Ask Ngozi
// Okafor, a lawyer, and she will tell you" opens with a verb. A form of
// address ("Madam", "Comrade", "Brother") or a word before a known given
// name is no part of the name but how it is addressed, and a function
// word ("By" of a byline), a determiner, a title or a speech verb opens
// no name. Names the lexicon knows words of ("Thomas Lee") are left to
// the other rules.
//
// It runs for every free capitalised word the chunker cannot read, so
// the cheap test of the next word comes first.
func (x *doc) wordOpensName(si, a int) bool {
	s := &x.sents[si]
	toks := x.toks
	t := &toks[a]
	if t.kind != tkWord || !t.cap || t.upper || x.used[a] || a+1 >= s.t1 || !x.nameOnlyWord(a+1) {
		return false
	}
	if len(t.lower) < 2 || determiners[t.lower] || addressWords[t.lower] || x.lx.first[toks[a+1].lower] ||
		len(x.lx.titles[t.lower]) > 0 || x.lx.speech[t.lower] || x.lx.first[t.lower] {
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
	start := a == s.t0 || x.tc[a]
	if stopCaps[t.lower] {
		// a function word opens a name only after a comma mid-line
		// (", Do Thi Thanh Ha,"), never a byline's "By Ana Ruiz-Otero"
		if start || t.nl || toks[a-1].text != "," {
			return false
		}
	}
	if start && len(x.lx.gz[t.lower]) == 0 && !nameWordOpeners[t.lower] {
		return false // "Ask Ngozi Okafor, a lawyer": a verb
	}
	b, words, hyph := a+1, 0, false
	for b < s.t1 {
		k := &toks[b]
		if k.space && !k.nl && x.nameOnlyWord(b) {
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
	if x.roleAfterComma(si, b, true) {
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

// nameOnlyWord reports a free capitalised word (not all capitals) the
// lexicon knows as no ordinary word, place, body or title: a word of a
// name only.
func (x *doc) nameOnlyWord(k int) bool {
	t := &x.toks[k]
	return t.kind == tkWord && t.cap && !t.upper && !x.used[k] && !x.isCommon(t.lower) && len(x.lx.gz[t.lower]) == 0 && len(x.lx.titles[t.lower]) == 0
}

// addressWords are forms of address written before a name ("Madam
// Ngozi Okafor", "Comrade Ayuba Danjuma", "Brother Tunde Adeyemi"): they
// are no part of it, so the name must not open with them.
var addressWords = set("madam", "madame", "comrade", "brother", "sister", "elder", "mama", "papa", "uncle",
	"aunt", "auntie", "father", "mother", "sir", "dame", "lady", "lord", "master", "mister", "miss", "brethren")

// nameWordOpeners are ordinary English words that are also common
// surnames or name particles in Asia ("Do", "Oh", "So", "Ho", "Ma" of
// Vietnam, Korea and China; "Saw", "Naw", "Daw" of Burma), which may
// open a sentence as a name's first word.
var nameWordOpeners = set("do", "oh", "so", "ho", "ma", "ha", "mo", "bo", "yu", "an", "ko", "saw", "naw", "daw", "nan", "mi", "ye")

// roleAfterComma reports a comma at b and a person's role after it,
// within a few words: ", spokesman for the party", ", China's special
// representative". A bare title right after the comma must not open
// another name (", chairman Olu Banjo said"). Loose, as wordOpensName
// reads it, it also takes a role the lexicon's role spans cover past up
// to two unknown lower-case words (", an agricultural economist at …",
// ", Kenya's trade secretary"), but no plural one ("officials" is no
// one person's). appositiveCue and wordOpensName share it so their
// notions of a role in apposition do not drift apart.
func (x *doc) roleAfterComma(si, b int, loose bool) bool {
	s := &x.sents[si]
	toks := x.toks
	if b+1 >= s.t1 || toks[b].text != "," {
		return false
	}
	lower := 0
	for k := b + 1; k < s.t1 && k < b+6; k++ {
		l := toks[k].lower
		r := x.roleCovering(k)
		if k == b+1 && r != nil && r.t0 == k && r.sent == si {
			// "Ousmane Kane-Sy, spokesman for the party": a bare title
			// right after the comma, not one before another name
			// ("Families in Ndola, chairman Olu Banjo said")
			return r.tp.title && !r.plural && r.t1 < s.t1 && !x.toks[r.t1].cap && x.toks[r.t1].kind != tkPoss
		}
		if loose && r != nil {
			return !r.plural
		}
		if l == "the" || l == "a" || l == "an" || l == "former" || toks[k].kind == tkPoss || x.used[k] || toks[k].cap {
			continue
		}
		if tps := x.lx.titles[l]; len(tps) > 0 && tps[len(tps)-1].title {
			// the lexicon keys a title by its first word: "state" of
			// "state secretary" or "national" of "national security
			// adviser" opens no title in ", the state copper company",
			// whose noun is a body's (orgAppositive); ", a fisheries
			// spokeswoman" keeps its reading ("spokeswoman" is the role
			// pass's, so the loop would pass it as used)
			if r != nil || oneWordTitle(tps) || !x.orgAppositive(s, b) {
				return true
			}
			continue
		}
		for _, w := range []string{"minister", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "adviser", "representative", "president", "official", "diplomat", "director", "chief", "head"} {
			if strings.HasSuffix(l, w) {
				return true
			}
		}
		if roleModifiers[l] {
			continue
		}
		if loose && toks[k].kind == tkWord && !stopCaps[l] && !x.lx.speech[l] && lower < 2 {
			lower++ // "an agricultural economist"
			continue
		}
		break
	}
	return false
}

// oneWordTitle reports a title of one word among the phrases the lexicon
// keys by that word ("secretary", not only "state secretary").
func oneWordTitle(tps []*titlePhrase) bool {
	for _, tp := range tps {
		if tp.title && len(tp.toks) == 1 {
			return true
		}
	}
	return false
}
