package ingest

import "strings"

// Interviews printed as questions and answers ("Q: …" / "A: …"): the
// answers are the interviewee's words, "I" in an answer and "you" in a
// question stand for the interviewee.

// lineLabel returns 'Q' or 'A' when the sentence si lies on a line that
// starts "Q:" or "A:", else 0.
func (x *doc) lineLabel(si int) byte {
	st := x.sents[si].start
	ls := strings.LastIndexByte(x.text[:st], '\n') + 1
	line := x.text[ls:]
	if len(line) >= 2 && line[1] == ':' && (line[0] == 'Q' || line[0] == 'A') {
		return line[0]
	}
	return 0
}

// findInterviewee returns the person interviewed: named after "interview
// with" in the headline, else the first person named outside the
// questions; -1 when the text has no Q:/A: lines.
func (x *doc) findInterviewee() int {
	if !(strings.HasPrefix(x.text, "Q:") || strings.Contains(x.text, "\nQ:")) || !strings.Contains(x.text, "\nA:") {
		return -1
	}
	first := -1
	for i := range x.ments {
		m := &x.ments[i]
		if m.ent < 0 || !x.isPerson(m.ent) || m.dead {
			continue
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

// interviewRef resolves "I" in an answer and "you" in a statement put by
// the interviewer.
func (x *doc) interviewRef(si, k int) int {
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
