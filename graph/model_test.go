package graph

import "testing"

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Anatoly Antonov", "anatoly antonov"},
		{"  anatoly   ANTONOV ", "anatoly antonov"},
		{"U.S.", "us"},
		{"the Kremlin", "kremlin"},
		{"Russia's", "russia"},
		{"Russia’s", "russia"},
		{"Sergey Lavrov’s", "sergey lavrov"},
		{"Ahmet Davutoğlu", "ahmet davutoglu"},
		{"Crédit Agricole", "credit agricole"},
		{"Goldman Sachs & Co.", "goldman sachs and co"},
		{"O'Brien", "obrien"},
		{"Al-Qaeda", "al qaeda"},
		{"Theodore Roosevelt", "theodore roosevelt"}, // "the" only as a word
		{"", ""},
		{"...", ""},
	}
	for _, tt := range tests {
		if got := NameKey(tt.in); got != tt.want {
			t.Errorf("NameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIDsAreStableAndDistinct(t *testing.T) {
	a := EntityID("Person", "Anatoly Antonov")
	if a != EntityID("Person", "anatoly  ANTONOV") {
		t.Error("case and spacing variants got different ids")
	}
	if a == EntityID("Institution", "Anatoly Antonov") {
		t.Error("a person and an institution of the same name share an id")
	}
	if a == EntityID("Person", "Antonov") {
		t.Error("a surname alone got the full name's id")
	}
	// The id is a pure function of its inputs: a fixed value guards against
	// an accidental change of namespace, which would orphan stored graphs.
	if got, want := ArticleID("articles/001.txt"), ArticleID("articles/001.txt"); got != want || len(got) != 36 {
		t.Errorf("ArticleID not stable or not a UUID: %q", got)
	}
	if ArticleID("a/1.txt") == ArticleID("b/1.txt") {
		t.Error("different keys share an article id")
	}
}

func TestPlanArticleRejectsBadInput(t *testing.T) {
	base := func() Article {
		return Article{ID: "a1", File: "x.txt", Entities: []Entity{
			{Ref: "e1", Type: "Person", Name: "Ada Example"},
			{Ref: "e2", Type: "Institution", Name: "Example Ministry"},
		}}
	}
	tests := []struct {
		name string
		edit func(*Article)
	}{
		{"no id", func(a *Article) { a.ID = "" }},
		{"unknown entity type", func(a *Article) { a.Entities[0].Type = "Person`) DETACH DELETE n //" }},
		{"empty name", func(a *Article) { a.Entities[0].Name = " ." }},
		{"unknown relation type", func(a *Article) {
			a.Relations = []Relation{{Type: "KNOWS", Source: "e1", Target: "e2"}}
		}},
		{"dangling source", func(a *Article) { a.Relations = []Relation{{Type: "SAID", Source: "e9"}} }},
		{"dangling target", func(a *Article) {
			a.Relations = []Relation{{Type: "MET", Source: "e1", Target: "e9"}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := base()
			tt.edit(&a)
			_, err := planArticle(&a)
			if ErrorCode(err) != CodeInvalid {
				t.Fatalf("planArticle: got %v (code %q), want CodeInvalid", err, ErrorCode(err))
			}
		})
	}
	a := base()
	if _, err := planArticle(&a); err != nil {
		t.Fatalf("valid article refused: %v", err)
	}
}

func TestPlanArticleStoresMetOnce(t *testing.T) {
	a := Article{ID: "a1", File: "x.txt", Entities: []Entity{
		{Ref: "e1", Type: "Person", Name: "Zed Zulu"},
		{Ref: "e2", Type: "Person", Name: "Amy Alpha"},
	}, Relations: []Relation{
		{Type: "MET", Source: "e1", Target: "e2", Sentence: 1},
		{Type: "MET", Source: "e2", Target: "e1", Sentence: 1},
	}}
	p, err := planArticle(&a)
	if err != nil {
		t.Fatal(err)
	}
	var rows planRows
	p.rows(resolution{}.get, &rows)
	// Both directions normalise to one key, so one row is sent (the
	// statement CREATEs, it does not MERGE).
	if len(rows.relations) != 1 {
		t.Fatalf("MET in both directions should be one relationship, got %d rows: %v", len(rows.relations), rows.relations)
	}
	r0 := rows.relations[0]
	if r0["source"].(string) > r0["target"].(string) {
		t.Error("MET not stored from the smaller id")
	}
}

func TestRowsJoinEntitiesResolvedToOneID(t *testing.T) {
	a := Article{ID: "a1", File: "x.txt", Entities: []Entity{
		{Ref: "e1", Type: "Person", Name: "Antonov", Mentions: 2, Confidence: 0.6},
		{Ref: "e2", Type: "Person", Name: "Anatoly Antonov", Aliases: []string{"A. Antonov"}, Mentions: 1, Confidence: 0.9},
	}, Relations: []Relation{{Type: "MET", Source: "e1", Target: "e2"}}}
	p, err := planArticle(&a)
	if err != nil {
		t.Fatal(err)
	}
	full := EntityID("Person", "Anatoly Antonov")
	var rows planRows
	p.rows(resolution{all: map[string]string{EntityID("Person", "Antonov"): full}}.get, &rows)
	if len(rows.mentions) != 1 {
		t.Fatalf("mentions = %v, want one", rows.mentions)
	}
	m := rows.mentions[0]
	if m["entity_id"] != full || m["count"] != 3 || m["name"] != "Anatoly Antonov" || m["confidence"] != 0.9 {
		t.Errorf("joined mention = %v", m)
	}
	if al := m["aliases"].([]string); len(al) != 2 || al[0] != "A. Antonov" || al[1] != "Antonov" {
		t.Errorf("aliases = %v", al)
	}
	if len(rows.relations) != 0 {
		t.Errorf("a relation of an entity with itself was kept: %v", rows.relations)
	}
}

func TestSurname(t *testing.T) {
	for in, want := range map[string]string{
		"anatoly antonov": "antonov", "antonov": "", "martin luther king jr": "king",
		"anna paulina luna": "luna", "jr": "", "": "",
	} {
		if got := Surname(in); got != want {
			t.Errorf("Surname(%q) = %q, want %q", in, got, want)
		}
	}
}
