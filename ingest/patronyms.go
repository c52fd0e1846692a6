package ingest

import "strings"

// joinTrailingPatronyms extends a person's name over a Turkic patronymic
// word right after it: Kyrgyz "Sadyr Toktogulov uulu" (son of Toktogul),
// "Aizada Nurlanova kyzy". A lone candidate word ("Toktogulov") joins
// only when a person's full name ends in the same two words, so "the
// residents of Naryn uulu" makes no person.
func (x *doc) joinTrailingPatronyms() {
	var tails map[string]bool // "toktogulov uulu" of every full name extended
	for i := range x.ments {
		m := &x.ments[i]
		if m.dead || m.typ != TypePerson || m.t1-m.t0 < 2 || !x.trailingPatronymAt(m) {
			continue
		}
		x.extendOverPatronym(m)
		if tails == nil {
			tails = map[string]bool{}
		}
		tails[strings.ToLower(normText(x.spanText(m.t1-2, m.t1)))] = true
	}
	if tails == nil {
		return
	}
	for i := range x.ments {
		m := &x.ments[i]
		if !m.dead && (m.typ == TypePerson || m.typ == "" && m.single) && m.t1-m.t0 == 1 && x.trailingPatronymAt(m) &&
			tails[strings.ToLower(normText(x.spanText(m.t0, m.t1+1)))] {
			x.extendOverPatronym(m)
		}
	}
}

// trailingPatronymAt reports a lower-case Turkic patronymic word right
// after m, in its sentence.
func (x *doc) trailingPatronymAt(m *mention) bool {
	b := m.t1
	if b >= x.sents[m.sent].t1 {
		return false
	}
	t := &x.toks[b]
	return t.space && !t.cap && t.kind == tkWord && turkicPatronyms[t.lower]
}

// extendOverPatronym makes m a person's name that ends in the
// patronymic word after it.
func (x *doc) extendOverPatronym(m *mention) {
	m.t1++
	m.name = normText(x.spanText(m.t0, m.t1))
	m.typ, m.single, m.gzRole = TypePerson, false, -1
	m.key = lowerKey("per:", m.name)
	if m.conf < 0.7 {
		m.conf = 0.7
	}
}
