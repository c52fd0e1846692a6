package ingest

// Events written with lower-case heads ("the war in Ukraine").

import "strings"

// eventPass finds events written with lower-case heads: "the war in
// Ukraine", "the Ukraine conflict", "the attack at Riverside Arena".
func (x *doc) eventPass(si int) {
	s := &x.sents[si]
	toks := x.toks
	for i := s.t0; i < s.t1; i++ {
		cls, ok := eventHeads[toks[i].lower]
		if !ok || x.used[i] {
			continue
		}
		// <state> war / conflict
		if (cls == "war" || cls == "crisis") && i > s.t0 {
			if mi := x.mentionEndingAt(i); mi >= 0 {
				m := &x.ments[mi]
				// "Israel-Hamas war", "the Gaza war", "the Ukraine conflict"
				if (m.kind == "state" && m.typ == TypeInstitution || m.kind == "armed_group" || m.kind == "place" && m.typ == TypePlace) && m.gzRole == gzName && cls == "war" || m.kind == "state" && m.typ == TypeInstitution && m.gzRole == gzName {
					a := m.t0
					if a-2 >= s.t0 && toks[a-1].text == "-" {
						if mj := x.mentionEndingAt(a - 1); mj >= 0 && (x.ments[mj].kind == "state" || x.ments[mj].kind == "armed_group") {
							a = x.ments[mj].t0
						}
					}
					name := normText(x.spanText(a, i)) + " " + toks[i].lower
					x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + m.key, name: name, conf: 0.75, gzRole: -1})
					continue
				}
			}
		}
		// "the 2024 U.S. presidential election": a year makes it one event
		if cls == "election" && !toks[i].cap {
			if y := x.yearBefore(i, s.t0); y >= 0 {
				name := normText(x.spanText(y, i+1))
				x.addMention(mention{t0: y, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:election:" + strings.ToLower(name), name: name, conf: 0.7, gzRole: -1})
				continue
			}
		}
		if i+1 >= s.t1 {
			continue
		}
		p := i + 1
		prep := toks[p].lower
		if prep != "in" && prep != "at" && prep != "on" && prep != "against" && prep != "of" {
			continue
		}
		q := p + 1
		if q < s.t1 && toks[q].lower == "the" {
			q++
		}
		if q >= s.t1 {
			continue
		}
		// "the attack on a grain terminal in Odesa"
		if cls == "attack" && (prep == "on" || prep == "at") && (toks[q].lower == "a" || toks[q].lower == "the" || toks[q].lower == "an" || q == p+2) {
			r := q
			if toks[r].lower == "a" || toks[r].lower == "an" {
				r++
			}
			if n := x.lowerNouns(r, s.t1); n > 0 && r+n+1 < s.t1 && toks[r+n].lower == "in" {
				if pm := x.mentionStartingAt(r + n + 1); pm >= 0 && x.ments[pm].typ == TypePlace {
					pl := &x.ments[pm]
					name := pl.name + " " + normText(x.spanText(r, r+n)) + " " + toks[i].lower
					x.addMention(mention{t0: i, t1: r + n, sent: si, typ: TypeEvent, kind: cls, key: "ev:attack:" + strings.ToLower(toks[pl.t0].text), name: name, conf: 0.65, gzRole: -1})
					continue
				}
			}
		}
		mi := x.mentionStartingAt(q)
		if mi < 0 {
			continue
		}
		m := &x.ments[mi]
		switch {
		case cls == "war" && (prep == "of" || prep == "on" || prep == "against") && toks[i].lower != "battle" && m.kind == "state" && m.typ == TypeInstitution && !m.weak:
			// "the invasion of Ukraine", "the war on Ukraine": one event
			// with "the war in Ukraine"
			name := toks[i].lower + " " + prep + " " + m.name
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + m.key, name: name, conf: 0.7, gzRole: -1})
		case (cls == "war" || cls == "crisis") && prep == "in" && m.kind == "state" && m.typ == TypeInstitution:
			name := toks[i].lower + " in " + m.name
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:" + cls + ":" + m.key, name: name, conf: 0.75, gzRole: -1})
		case cls == "attack" && prep == "on" && m.typ == TypePlace && m.t1+1 < s.t1 && x.lowerNouns(m.t1, s.t1) > 0:
			// "attack on Odesa grain terminal"
			n := x.lowerNouns(m.t1, s.t1)
			name := m.name + " " + normText(x.spanText(m.t1, m.t1+n)) + " " + toks[i].lower
			m.dead = true
			x.addMention(mention{t0: i, t1: m.t1 + n, sent: si, typ: TypeEvent, kind: cls, key: "ev:attack:" + strings.ToLower(toks[m.t0].text), name: name, conf: 0.7, gzRole: -1})
		case cls == "attack" && (prep == "at" || prep == "in" || prep == "on") && m.typ == TypePlace && m.kind == "place":
			// a named venue, not a city or a country
			name := m.name + " " + toks[i].lower
			first := strings.ToLower(x.toks[m.t0].text)
			m.dead = true
			x.addMention(mention{t0: i, t1: m.t1, sent: si, typ: TypeEvent, kind: cls, key: "ev:attack:" + first, name: name, conf: 0.75, gzRole: -1})
		case cls == "summit" && (prep == "in" || prep == "at") && m.typ == TypePlace:
			name := m.name + " " + toks[i].lower
			x.addMention(mention{t0: i, t1: i + 1, sent: si, typ: TypeEvent, kind: cls, key: "ev:summit:" + strings.ToLower(x.toks[m.t0].text), name: name, conf: 0.7, gzRole: -1})
		}
	}
}

// mentionEndingAt finds a live mention of the current sentence ending at
// token i; mentions of earlier sentences are never searched, which keeps
// recognition linear.
// yearBefore finds a year (1900–2100) at most four words before token i
// with only adjectives, states and demonyms between ("2024 U.S.
// presidential"), and returns its index or -1.
func (x *doc) yearBefore(i, lo int) int {
	for k := i - 1; k >= lo && k >= i-5; k-- {
		t := &x.toks[k]
		if t.kind == tkNum && len(t.text) == 4 {
			if y := atoiSmall(t.text); y >= 1900 && y <= 2100 {
				return k
			}
			return -1
		}
		if t.kind != tkWord && t.text != "-" || stopCaps[t.lower] && !x.used[k] {
			return -1
		}
	}
	return -1
}

// lowerNouns counts up to three ordinary lower-case words from token k
// ("grain terminal").
func (x *doc) lowerNouns(k, end int) int {
	n := 0
	for k+n < end && n < 3 {
		t := &x.toks[k+n]
		if t.kind != tkWord || t.cap || x.used[k+n] || stopCaps[t.lower] || prepositions[t.lower] || !x.isCommon(t.lower) {
			break
		}
		n++
	}
	return n
}

func (x *doc) mentionEndingAt(i int) int {
	for k := len(x.ments) - 1; k >= 0 && x.ments[k].sent == x.ments[len(x.ments)-1].sent; k-- {
		if x.ments[k].t1 == i && !x.ments[k].dead {
			return k
		}
	}
	return -1
}

func (x *doc) mentionStartingAt(i int) int {
	for k := len(x.ments) - 1; k >= 0 && x.ments[k].sent == x.ments[len(x.ments)-1].sent; k-- {
		if x.ments[k].t0 == i && !x.ments[k].dead {
			return k
		}
	}
	return -1
}
