package ingest

import (
	"sort"
	"strings"
)

// entity is a resolved real-world thing while the article is processed.
type entity struct {
	typ, kind, name, key string
	aliases              []string
	seen                 map[string]bool // lower-case name and aliases
	spans                []Span
	conf                 float64
	weak                 bool // only demonyms so far
	used                 bool // a relation needs it
	toks                 []string
	roles                []string // role words known for a person
	states               []string // state keys a person works for
}

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	for _, p := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	if s == "" {
		return
	}
	l := strings.ToLower(strings.ReplaceAll(s, "\u2019", "'"))
	if e.seen == nil {
		e.seen = map[string]bool{strings.ToLower(e.name): true}
	}
	if e.seen[l] {
		return
	}
	e.seen[l] = true
	e.aliases = append(e.aliases, s)
}

func (x *doc) attach(mi, ei int) {
	m := &x.ments[mi]
	e := x.ents[ei]
	m.ent = ei
	e.spans = append(e.spans, Span{x.toks[m.t0].start, x.toks[m.t1-1].end})
	if !m.weak {
		e.weak = false
	}
	if m.conf > e.conf {
		e.conf = m.conf
	} else {
		e.conf += 0.02
	}
	if m.typ != TypeEvent {
		e.addAlias(normText(x.spanText(m.t0, m.t1)))
	} else {
		e.addAlias(m.name)
	}
}

func (x *doc) newEntity(m *mention) int {
	e := &entity{typ: m.typ, kind: m.kind, name: m.name, key: m.key, weak: true}
	e.seen = map[string]bool{strings.ToLower(e.name): true}
	if e.typ == TypeEvent && m.name != "" {
		e.addAlias(m.name)
	}
	x.ents = append(x.ents, e)
	return len(x.ents) - 1
}

// similarGiven tells spelling variants of a given name apart from
// different people: "Anthony"/"Antony" match, "Jane"/"Robert" do not.
func similarGiven(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) >= 3 && len(b) >= 3 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a)) {
		return true
	}
	return len(a) >= 5 && len(b) >= 5 && editDistanceAtMost1(a, b)
}

func editDistanceAtMost1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i, j, diff := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] == b[j] {
			i++
			j++
			continue
		}
		diff++
		if diff > 1 {
			return false
		}
		if len(a) == len(b) {
			i++
		}
		j++
	}
	return diff+(len(b)-j)-(len(a)-i) <= 1
}

// samePerson compares two full names by surname and given name;
// middle names may be missing from one of them.
func samePerson(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	return similarGiven(a[0], b[0])
}

// initials of an institution name: "Council on Foreign Relations" → "CFR".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "on" || lw == "for" || lw == "and" || lw == "the" || lw == "in" || lw == "&" {
			continue
		}
		r, _ := decode(w, 0)
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}

// resolve groups mentions into entities: gazetteer and head-word names by
// key, people by surname and given name, lone surnames to the nearest
// compatible person, acronyms to the long form whose initials they are.
func (x *doc) resolve() {
	byKey := map[string]int{}
	var persons []int
	// full names and keyed mentions
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.single || m.acronym || m.typ == "" {
			continue
		}
		if m.typ == TypePerson {
			toks := strings.Fields(strings.ToLower(m.name))
			if len(toks) >= 2 {
				found := -1
				for _, pi := range persons {
					if samePerson(x.ents[pi].toks, toks) {
						found = pi
						break
					}
				}
				if found < 0 {
					found = x.newEntity(m)
					x.ents[found].toks = toks
					persons = append(persons, found)
				} else if e := x.ents[found]; len(toks) > len(e.toks) {
					e.addAlias(e.name)
					e.name, e.toks = m.name, toks
				}
				x.attach(mi, found)
				continue
			}
		}
		ei, ok := byKey[m.key]
		if !ok {
			ei = x.newEntity(m)
			byKey[m.key] = ei
		}
		x.attach(mi, ei)
	}
	// lone surnames, titled surnames and acronyms
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.ent >= 0 {
			continue
		}
		if m.acronym {
			x.resolveAcronym(mi, byKey)
			continue
		}
		if !m.single && !(m.typ == TypePerson) {
			continue
		}
		l := strings.ToLower(m.name)
		start := x.toks[m.t0].start
		best, bestDist := -1, 1<<62
		for _, pi := range persons {
			e := x.ents[pi]
			if e.toks[len(e.toks)-1] != l && !(e.toks[0] == l && !x.lx.first[l]) {
				continue
			}
			// nearest mention of that person, preferring earlier ones
			for _, sp := range e.spans {
				d := start - sp.Start
				if d < 0 {
					d = -d + 1<<30
				}
				if d < bestDist {
					best, bestDist = pi, d
				}
			}
		}
		if best >= 0 {
			x.attach(mi, best)
			continue
		}
		if m.titled || m.speaker {
			m.typ = TypePerson
			m.key = "per:" + l
			ei, ok := byKey[m.key]
			if !ok {
				ei = x.newEntity(m)
				x.ents[ei].toks = []string{l}
				byKey[m.key] = ei
			}
			x.attach(mi, ei)
			continue
		}
		// "Stanford" for "Stanford University"
		for ei, e := range x.ents {
			if e.typ == TypeInstitution && strings.HasPrefix(strings.ToLower(e.name), l+" ") && !x.tc[m.t0] {
				m.typ = TypeInstitution
				x.attach(mi, ei)
				break
			}
		}
	}
	x.orderEntities()
}

func (x *doc) resolveAcronym(mi int, byKey map[string]int) {
	m := &x.ments[mi]
	acr := strings.ReplaceAll(m.name, ".", "")
	// "Council on Foreign Relations (CFR)"
	if m.t0 >= 2 && x.toks[m.t0-1].text == "(" {
		if pm := x.tokMent[m.t0-2]; pm >= 0 || true {
			for k := mi - 1; k >= 0; k-- {
				if x.ments[k].t1 == m.t0-1 && x.ments[k].ent >= 0 && x.ents[x.ments[k].ent].typ == TypeInstitution {
					m.typ = TypeInstitution
					x.attach(mi, x.ments[k].ent)
					return
				}
			}
		}
	}
	for ei, e := range x.ents {
		if e.typ == TypeInstitution && len(acr) >= 2 && initials(e.name) == acr {
			m.typ = TypeInstitution
			x.attach(mi, ei)
			return
		}
	}
}

// orderEntities sorts entities by first mention so that ids are stable
// and readable, and renumbers the mentions' references.
func (x *doc) orderEntities() {
	n := len(x.ents)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	first := func(i int) int {
		if len(x.ents[i].spans) == 0 {
			return 1 << 62
		}
		min := x.ents[i].spans[0].Start
		for _, s := range x.ents[i].spans {
			if s.Start < min {
				min = s.Start
			}
		}
		return min
	}
	sort.SliceStable(order, func(a, b int) bool { return first(order[a]) < first(order[b]) })
	newIdx := make([]int, n)
	ents := make([]*entity, n)
	for to, from := range order {
		newIdx[from] = to
		ents[to] = x.ents[from]
	}
	x.ents = ents
	for i := range x.ments {
		if x.ments[i].ent >= 0 {
			x.ments[i].ent = newIdx[x.ments[i].ent]
		}
	}
	for _, e := range x.ents {
		sort.Slice(e.spans, func(a, b int) bool { return e.spans[a].Start < e.spans[b].Start })
	}
}

// entityByName finds or creates an institution the lexicon knows
// (used for institutions implied by a role, such as a congresswoman's).
func (x *doc) entityByName(name string) int {
	for i, e := range x.ents {
		if strings.EqualFold(e.name, name) {
			return i
		}
	}
	ge := x.lx.orgs[strings.ToLower(name)]
	if ge == nil {
		return -1
	}
	e := &entity{typ: ge.typ, kind: ge.kind, name: ge.canon, key: ge.key, conf: 0.6}
	e.seen = map[string]bool{strings.ToLower(e.name): true}
	x.ents = append(x.ents, e)
	return len(x.ents) - 1
}
