package ingest

// trailingPatronyms are the lower-case words that close a Central Asian
// name after the father's name: Kyrgyz "uulu" (son of) and "kyzy"
// (daughter of), Kazakh "uly" and "qyzy". They belong to the name
// ("Sadyr Toktogulov uulu"), and to its short form ("Toktogulov uulu").
var trailingPatronyms = set("uulu", "kyzy", "uly", "qyzy")

// joinTrailingPatronyms extends every person's name, or a candidate
// name, over a trailing patronymic word right after it.
func (x *doc) joinTrailingPatronyms() {
	for i := range x.ments {
		m := &x.ments[i]
		b := m.t1
		if m.dead || m.typ != TypePerson && m.typ != "" || b >= len(x.toks) || b >= x.sents[m.sent].t1 {
			continue
		}
		if t := &x.toks[b]; !t.space || t.cap || t.kind != tkWord || !trailingPatronyms[t.lower] {
			continue
		}
		m.t1 = b + 1
		m.name = normText(x.spanText(m.t0, m.t1))
		m.typ, m.single, m.gzRole = TypePerson, false, -1
		m.key = lowerKey("per:", m.name)
		if m.conf < 0.7 {
			m.conf = 0.7
		}
	}
}
