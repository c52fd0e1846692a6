package graph

import (
	"context"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var (
	queryArticle           = cypher.Query("q_article")
	queryRelationsBetween  = cypher.Query("q_relations_between")
	queryRelationByKey     = cypher.Query("q_relation_by_key")
	relationKeyRE          = regexp.MustCompile(`^[0-9a-f]{40}$`)
	maxRelationsBetween    = 1000
	maxMentionSpansPerName = 200
)

// EntityRef names an entity (or, as the target of SAID, an article).
type EntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// Span is a stretch of an article's text that evidence points at. Start and
// End are the stored offsets: UTF-8 byte offsets into ArticleDetail.Text,
// half-open.
type Span struct {
	Start int64 `json:"start"`
	End   int64 `json:"end"`
	// Kind is "relation" (the evidence sentence of a stated relation) or
	// "mention" (a name of an entity the article mentions).
	Kind   string    `json:"kind"`
	Type   string    `json:"type"`   // the relationship type; MENTIONED_IN for mentions
	Entity EntityRef `json:"entity"` // the relation's source, the mentioned entity
	// Other is the relation's target (the article itself for SAID); nil for
	// mentions.
	Other  *EntityRef `json:"other,omitempty"`
	LinkID string     `json:"link_id"` // Link.ID of the relationship
	Text   string     `json:"text"`    // the evidence sentence, or the name as written
	Quote  string     `json:"quote,omitempty"`
	Role   string     `json:"role,omitempty"`
	Date   string     `json:"date,omitempty"`
}

// ArticleDetail is one article with its text and the spans of the text that
// evidence points at, ordered by Start (then End, longest first).
type ArticleDetail struct {
	ID        string          `json:"id"`
	Title     string          `json:"title"`
	Byline    string          `json:"byline,omitempty"`
	Published string          `json:"published,omitempty"` // YYYY-MM-DD
	Source    string          `json:"source,omitempty"`
	File      string          `json:"file,omitempty"`
	Words     int64           `json:"words,omitempty"`
	Text      string          `json:"text"`
	Entities  []EntitySummary `json:"entities"` // mentioned, most mentions first
	Spans     []Span          `json:"spans"`
}

// Article returns the article with this id, its text, the entities it
// mentions and the evidence spans of every relation it states and of every
// mention (each occurrence of a name the article uses for a mentioned
// entity, found in the text). CodeNotFound when there is no such article.
func (s *Store) Article(ctx context.Context, id string) (ArticleDetail, error) {
	id, err := checkID("article", id)
	if err != nil {
		return ArticleDetail{}, err
	}
	recs, err := s.query(ctx, "article "+id, queryArticle, map[string]any{"id": id})
	if err != nil {
		return ArticleDetail{}, err
	}
	if len(recs) == 0 {
		return ArticleDetail{}, errorf(CodeNotFound, nil, "no article %s", id)
	}
	r := recs[0]
	props := recMap(r, "props")
	d := ArticleDetail{
		ID: recStr(r, "id"), Title: mStr(props, "title"), Byline: mStr(props, "byline"),
		Source: mStr(props, "source"), File: mStr(props, "file"), Words: mInt(props, "words"),
		Text: mStr(props, "text"), Entities: []EntitySummary{}, Spans: []Span{},
	}
	if p, ok := jsonValue(props["published"]).(string); ok {
		d.Published = p
	}
	n := int64(len(d.Text))
	for _, x := range recList(r, "relations") {
		m, _ := x.(map[string]any)
		l := linkFromMap(m)
		if l.Evidence.Start == nil || l.Evidence.End == nil {
			continue
		}
		st, en := *l.Evidence.Start, *l.Evidence.End
		if st < 0 || en > n || st >= en {
			continue
		}
		sp := Span{
			Start: st, End: en, Kind: "relation", Type: l.Type, LinkID: l.ID, Text: l.Evidence.Text, Date: l.Evidence.Date,
			Entity: EntityRef{ID: l.Source, Name: mStr(m, "source_name"), Type: mStr(m, "source_type")},
			Other:  &EntityRef{ID: l.Target, Name: mStr(m, "target_name"), Type: mStr(m, "target_type")},
		}
		sp.Quote, _ = l.Properties["quote"].(string)
		sp.Role, _ = l.Properties["role"].(string)
		d.Spans = append(d.Spans, sp)
	}
	for _, x := range recList(r, "mentions") {
		m, _ := x.(map[string]any)
		ref := EntityRef{ID: mStr(m, "id"), Name: mStr(m, "name"), Type: mStr(m, "type")}
		d.Entities = append(d.Entities, EntitySummary{ID: ref.ID, Name: ref.Name, Type: ref.Type,
			Aliases: strs(mList(m, "names")), Mentions: mInt(m, "count"), Articles: 1})
		for _, at := range nameSpans(d.Text, strs(mList(m, "names"))) {
			d.Spans = append(d.Spans, Span{Start: int64(at[0]), End: int64(at[1]), Kind: "mention", Type: "MENTIONED_IN",
				Entity: ref, LinkID: "mention:" + ref.ID + ":" + d.ID, Text: d.Text[at[0]:at[1]]})
		}
	}
	sort.SliceStable(d.Entities, func(i, j int) bool {
		if d.Entities[i].Mentions != d.Entities[j].Mentions {
			return d.Entities[i].Mentions > d.Entities[j].Mentions
		}
		return d.Entities[i].Name < d.Entities[j].Name
	})
	sort.SliceStable(d.Spans, func(i, j int) bool {
		a, b := d.Spans[i], d.Spans[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.LinkID < b.LinkID
	})
	return d, nil
}

// nameSpans returns the byte ranges where one of names occurs in text as
// whole words (longer names first, so "Anatoly Antonov" wins over
// "Antonov"), not overlapping one another.
func nameSpans(text string, names []string) [][2]int {
	sorted := append([]string(nil), names...)
	sort.Slice(sorted, func(i, j int) bool { return len(sorted[i]) > len(sorted[j]) })
	var out [][2]int
	taken := func(a, b int) bool {
		for _, s := range out {
			if a < s[1] && s[0] < b {
				return true
			}
		}
		return false
	}
	seen := map[string]bool{}
	for _, name := range sorted {
		name = strings.TrimSpace(name)
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		found := 0
		for from := 0; from < len(text) && found < maxMentionSpansPerName; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(name)
			from = b
			if !wordEdge(text, a, true) || !wordEdge(text, b, false) || taken(a, b) {
				continue
			}
			out = append(out, [2]int{a, b})
			found++
		}
	}
	return out
}

// wordEdge reports whether byte offset i of text is a word boundary: the
// rune before it (start) or at it (end) is no letter or digit.
func wordEdge(text string, i int, start bool) bool {
	var r rune
	if start {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(text[:i])
	} else {
		if i >= len(text) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// RelationEvidence is one relationship with the article that states it.
type RelationEvidence struct {
	Link    Link        `json:"link"`
	Article *ArticleRef `json:"article,omitempty"`
}

// Relations returns the relationships between node a (an entity) and node
// b (an entity or an article), in either direction, of types (nil: all six,
// MENTIONED_IN included), each with its evidence and article, at most 1000.
// No relation is not an error: the result is empty. CodeNotFound when a
// names no entity.
func (s *Store) Relations(ctx context.Context, a, b string, types []string) ([]RelationEvidence, error) {
	a, err := checkID("relations", a)
	if err != nil {
		return nil, err
	}
	if b, err = checkID("relations", b); err != nil {
		return nil, err
	}
	if types, err = checkList("relationship type", types, LinkTypes, LinkTypes); err != nil {
		return nil, err
	}
	var out []RelationEvidence
	err = s.read(ctx, "relations", func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		if err := requireEntities(ctx, tx, a); err != nil {
			return err
		}
		recs, err := collect(ctx, tx, queryRelationsBetween, map[string]any{"a": a, "b": b, "types": types, "limit": maxRelationsBetween})
		if err != nil {
			return err
		}
		out = relationEvidence(recs)
		return nil
	})
	return out, err
}

// RelationByKey returns the relationship with this key (Link.ID), with its
// article. entity, when not "", is one end of it and makes the look-up
// quick. A MENTIONED_IN id ("mention:ENTITY:ARTICLE") is looked up by its
// two ends. CodeInvalid for a malformed key, CodeNotFound when none has it.
func (s *Store) RelationByKey(ctx context.Context, key, entity string) (RelationEvidence, error) {
	key = strings.TrimSpace(key)
	if rest, ok := strings.CutPrefix(key, "mention:"); ok {
		e, art, ok := strings.Cut(rest, ":")
		if !ok || e == "" || art == "" {
			return RelationEvidence{}, errorf(CodeInvalid, nil, "relation key %q: want mention:ENTITY:ARTICLE", key)
		}
		rels, err := s.Relations(ctx, e, art, []string{"MENTIONED_IN"})
		if err != nil {
			return RelationEvidence{}, err
		}
		if len(rels) == 0 {
			return RelationEvidence{}, errorf(CodeNotFound, nil, "no relation %s", key)
		}
		return rels[0], nil
	}
	if !relationKeyRE.MatchString(key) {
		return RelationEvidence{}, errorf(CodeInvalid, nil, "relation key %q: want 40 hexadecimal digits", key)
	}
	if entity != "" {
		var err error
		if entity, err = checkID("relation", entity); err != nil {
			return RelationEvidence{}, err
		}
	}
	recs, err := s.query(ctx, "relation "+key, queryRelationByKey, map[string]any{"key": key, "entity": entity})
	if err != nil {
		return RelationEvidence{}, err
	}
	if len(recs) == 0 {
		return RelationEvidence{}, errorf(CodeNotFound, nil, "no relation %s", key)
	}
	return relationEvidence(recs)[0], nil
}

func relationEvidence(recs []*neo4j.Record) []RelationEvidence {
	out := make([]RelationEvidence, 0, len(recs))
	for _, r := range recs {
		ev := RelationEvidence{Link: linkFromMap(map[string]any{
			"source": recStr(r, "source"), "target": recStr(r, "target"), "type": recStr(r, "type"), "props": recMap(r, "props"),
		})}
		if a := recMap(r, "article"); a != nil {
			ev.Article = &ArticleRef{ID: mStr(a, "id"), Title: mStr(a, "title"), Published: mStr(a, "published")}
		}
		out = append(out, ev)
	}
	return out
}
