package ingest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDebugDump prints the mentions and roles found in the text of
// $NG_DEBUG (a file name or literal text); a development aid that does
// nothing otherwise.
func TestDebugDump(t *testing.T) {
	in := os.Getenv("NG_DEBUG")
	if in == "" {
		t.Skip("set NG_DEBUG to a file or text to dump")
	}
	if b, err := os.ReadFile(in); err == nil {
		in = string(b)
	}
	c := clean(in)
	x := &doc{lx: getLexicon(), text: c.text, id: "debug", interviewee: -1}
	x.toks = tokenize(x.text, nil)
	x.sents = splitSentences(x.text, x.toks, nil)
	if c.hasTitle && len(x.sents) > 0 {
		x.sents[0].title, x.sents[0].heading = true, true
	}
	x.tc = titleContext(x.toks, x.sents, nil)
	x.lowerSeen = map[string]bool{}
	for i := range x.toks {
		if t := &x.toks[i]; t.kind == tkWord && !t.cap && len(t.lower) >= 3 && !x.lx.first[t.lower] {
			_, ok := x.lowerSeen[t.lower]
			x.lowerSeen[t.lower] = ok
		}
	}
	x.used = make([]bool, len(x.toks))
	x.tokMent = make([]int32, len(x.toks))
	x.tokRole = make([]int32, len(x.toks))
	x.recognize()
	x.resolve()
	x.relations()
	filter := os.Getenv("NG_GREP")
	for si, s := range x.sents {
		txt := x.text[s.start:s.end]
		if filter != "" && !strings.Contains(txt, filter) {
			continue
		}
		fmt.Printf("[%d h=%v t=%v q=%v] %s\n", si, s.heading, s.table, s.question, txt)
		for _, m := range x.ments {
			if m.sent == si {
				name := "-"
				if m.ent >= 0 {
					name = x.ents[m.ent].typ + ":" + x.ents[m.ent].name
				}
				fmt.Printf("    M %q typ=%s key=%s weak=%v -> %s\n", x.spanText(m.t0, m.t1), m.typ, m.key, m.weak, name)
			}
		}
		for _, r := range x.roles {
			if r.sent == si {
				fmt.Printf("    R %q\n", r.text)
			}
		}
	}
	res, _ := Extract(context.Background(), Document{File: "d.txt", Text: []byte(in)})
	fmt.Print(dump(res))
}
