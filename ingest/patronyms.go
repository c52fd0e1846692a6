package ingest

// joinTrailingPatronyms extends a person's name over a Turkic patronymic
// word right after it: Kyrgyz "Sadyr Toktogulov uulu" (son of Toktogul),
// "Aizada Nurlanova kyzy". A lone candidate word ("Toktogulov") joins
// only when a person's full name ends in the same two words, so "the
// residents of Naryn uulu" makes no person.
func (x *doc) joinTrailingPatronyms() {
	for pass := 0; pass < 2; pass++ {
		for i := range x.ments {
			m := &x.ments[i]
			b := m.t1
			if m.dead || b >= x.sents[m.sent].t1 || !x.trailingPatronymAt(b) {
				continue
			}
			name := normText(x.spanText(m.t0, b+1))
			switch {
			case pass == 0 && m.typ == TypePerson && b-m.t0 > 1:
			case pass == 1 && (m.typ == TypePerson || m.typ == "" && m.single) && x.personNameEnds(name, 0.6):
			default:
				continue
			}
			m.t1, m.name = b+1, name
			m.typ, m.single, m.gzRole = TypePerson, false, -1
			m.key = lowerKey("per:", m.name)
			if m.conf < 0.7 {
				m.conf = 0.7
			}
		}
	}
}

// trailingPatronymAt reports a lower-case Turkic patronymic word at b.
func (x *doc) trailingPatronymAt(b int) bool {
	t := &x.toks[b]
	return t.space && !t.cap && t.kind == tkWord && turkicPatronyms[t.lower]
}
