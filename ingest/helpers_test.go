package ingest

import (
	"context"
	"strings"
	"testing"
)

// run extracts one article given as text.
func run(t testing.TB, text string) Result {
	t.Helper()
	res, err := Extract(context.Background(), Document{File: "t.txt", Text: []byte(text)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return res
}

func entityByName(res Result, name string) *Entity {
	for i := range res.Entities {
		if strings.EqualFold(res.Entities[i].Name, name) {
			return &res.Entities[i]
		}
		for _, a := range res.Entities[i].Aliases {
			if strings.EqualFold(a, name) {
				return &res.Entities[i]
			}
		}
	}
	return nil
}

// hasRel reports a relation of type typ between the entities named a and
// b (b ignored for SAID; MET is symmetric).
func hasRel(res Result, typ, a, b string) bool {
	ea := entityByName(res, a)
	if ea == nil {
		return false
	}
	var eb *Entity
	if typ != RelSaid {
		if eb = entityByName(res, b); eb == nil {
			return false
		}
	}
	for _, r := range res.Relations {
		if r.Type != typ {
			continue
		}
		switch {
		case typ == RelSaid && r.Source == ea.ID:
			return true
		case typ == RelMet && (r.Source == ea.ID && r.Target == eb.ID || r.Source == eb.ID && r.Target == ea.ID):
			return true
		case typ != RelSaid && typ != RelMet && r.Source == ea.ID && r.Target == eb.ID:
			return true
		}
	}
	return false
}

func dump(res Result) string {
	var b strings.Builder
	names := map[string]string{}
	for _, e := range res.Entities {
		names[e.ID] = e.Name
		b.WriteString(e.ID + " " + e.Type + " " + e.Name + " " + strings.Join(e.Aliases, "|") + "\n")
	}
	for _, r := range res.Relations {
		b.WriteString(r.Type + " " + names[r.Source] + " -> " + names[r.Target] + " (" + r.Role + ")\n")
	}
	return b.String()
}

// wantTypes checks the type of each named entity ("" = no such entity).
func wantTypes(t *testing.T, res Result, want map[string]string) {
	t.Helper()
	for name, typ := range want {
		found := ""
		for _, e := range res.Entities {
			if e.Name == name {
				found = e.Type
			}
		}
		if found != typ {
			t.Errorf("%q: type %q, want %q\n%s", name, found, typ, dump(res))
		}
	}
}

// wantRel checks that the relation typ between the entities named a and b
// is (want) or is not (!want) extracted.
func wantRel(t *testing.T, res Result, typ, a, b string, want bool) {
	t.Helper()
	if got := hasRel(res, typ, a, b); got != want {
		t.Errorf("%s(%s, %s) = %v, want %v\n%s", typ, a, b, got, want, dump(res))
	}
}

// relCase is one row of a relation rule table: the relation between the
// entities named a and b is (want) or is not (!want) extracted from text.
type relCase struct {
	name, text, a, b string
	want             bool
}

// checkRels runs a rule table for the relation type typ, one subtest a
// row.
func checkRels(t *testing.T, typ string, cases []relCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantRel(t, run(t, tc.text), typ, tc.a, tc.b, tc.want)
		})
	}
}

// titleCase is one row of a title table: the cleaner picks want as the
// title of page in; gone lists text that must leave the cleaned text,
// kept text that must stay.
type titleCase struct {
	name, in, want string
	gone, kept     []string
}

// checkTitles runs a title table. With firstLine, the title must also be
// the first line of the cleaned text (not so where the title drops a
// wire tag the text keeps).
func checkTitles(t *testing.T, firstLine bool, cases []titleCase) {
	t.Helper()
	for _, tc := range cases {
		c := clean(tc.in)
		if c.title != tc.want {
			t.Errorf("%s: title = %q, want %q", tc.name, c.title, tc.want)
		}
		if first, _, _ := strings.Cut(c.text, "\n"); firstLine && (!c.hasTitle || headlineText(first) != c.title) {
			t.Errorf("%s: the title is not the first line of the text:\n%s", tc.name, c.text)
		}
		for _, g := range tc.gone {
			if strings.Contains(c.text, g) {
				t.Errorf("%s: %q left in text:\n%s", tc.name, g, c.text)
			}
		}
		for _, k := range tc.kept {
			if !strings.Contains(c.text, k) {
				t.Errorf("%s: %q dropped:\n%s", tc.name, k, c.text)
			}
		}
	}
}

// eventsNamed counts the events of an article whose name holds one of
// words (in lower case), and lists their names.
func eventsNamed(t *testing.T, words []string, text string) (n int, names string) {
	t.Helper()
	for _, e := range run(t, text).Entities {
		l := strings.ToLower(e.Name)
		for _, w := range words {
			if e.Type == TypeEvent && strings.Contains(l, w) {
				n++
				names += e.Name + "; "
				break
			}
		}
	}
	return n, names
}

// eventCount is eventsNamed's count for one word.
func eventCount(t *testing.T, word, text string) int {
	t.Helper()
	n, _ := eventsNamed(t, []string{word}, text)
	return n
}

// nameCase is one article with the entities it must yield (name → type;
// an empty type accepts any) and the names it must not.
type nameCase struct {
	name string
	text string
	want map[string]string
	gone []string
}

// checkNames extracts each row's text and checks that every wanted name
// is an entity's own name (not only an alias) with the wanted type, and
// that no unwanted name is an entity's name or alias.
func checkNames(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, tc := range cases {
		res := run(t, tc.text)
		for w, typ := range tc.want {
			var e *Entity
			for i := range res.Entities {
				if strings.EqualFold(res.Entities[i].Name, w) {
					e = &res.Entities[i]
					break
				}
			}
			if e == nil {
				t.Errorf("%s: no entity %q\n%s", tc.name, w, dump(res))
			} else if typ != "" && e.Type != typ {
				t.Errorf("%s: %q is a %s, want %s\n%s", tc.name, w, e.Type, typ, dump(res))
			}
		}
		for _, g := range tc.gone {
			if entityByName(res, g) != nil {
				t.Errorf("%s: unwanted entity %q\n%s", tc.name, g, dump(res))
			}
		}
	}
}
