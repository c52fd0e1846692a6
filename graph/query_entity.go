package graph

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var (
	querySearch             = cypher.Query("q_search")
	queryEntity             = cypher.Query("q_entity")
	queryTop                = cypher.Query("q_top")
	queryCooccurrence       = cypher.Query("q_cooccurrence")
	queryCooccurrenceGlobal = cypher.Query("q_cooccurrence_global")
	queryEntityExists       = cypher.Query("q_entity_exists")
)

// Search finds entities whose name or an alias matches q, best first: every
// word of q must match exactly or as a prefix (so the last, half-typed word
// of an autocomplete box matches); only when nothing matches so are words
// within a small edit distance accepted (a typo). types
// restricts the entity types (nil: all four, places included). limit is
// 1..1000, 0 meaning 10. Input with no letter or digit finds nothing (no
// error); q never reaches Cypher or Lucene unescaped.
func (s *Store) Search(ctx context.Context, q string, types []string, limit int) ([]EntitySummary, error) {
	types, err := checkList("entity type", types, EntityTypes, nil)
	if err != nil {
		return nil, err
	}
	if limit, err = checkLimit("search limit", limit, 10, MaxListLimit); err != nil {
		return nil, err
	}
	words := searchWords(q)
	if len(words) == 0 {
		return []EntitySummary{}, nil
	}
	params := map[string]any{"types": types, "limit": limit, "scan": max(searchScanFactor*limit, minSearchScan)}
	// Exact and prefix terms first. Fuzzy terms cost most of a search
	// (each expands to every indexed word within the edit distance: 9-13
	// ms of Neo4j CPU against under 2 ms, BENCHMARKS.md), and they are
	// for typos: when every word already matches some name exactly or as
	// a prefix, those names are the answer, as an autocomplete box shows
	// the names that complete what was typed. (Until round 4 the fuzzy
	// query also ran whenever fewer than limit names matched, which was
	// most autocomplete searches.)
	typos := slices.ContainsFunc(words, func(w string) bool { return fuzzyEdits(w) > 0 })
	if ix := s.searchIndexFor(ctx); ix != nil {
		// The in-memory index answers exact and prefix matches for the
		// graph as it is (searchindex.go); typos still go to Lucene.
		if out := ix.search(words, types, limit); len(out) > 0 || !typos {
			return out, nil
		}
	} else if typos {
		params["lucene"] = luceneQuery(words, false)
		out, err := s.search(ctx, params)
		if err != nil || len(out) > 0 {
			return out, err
		}
	}
	params["lucene"] = luceneQuery(words, true)
	return s.search(ctx, params)
}

func (s *Store) search(ctx context.Context, params map[string]any) ([]EntitySummary, error) {
	recs, err := s.query(ctx, "search", querySearch, params)
	if err != nil {
		return nil, err
	}
	out := make([]EntitySummary, 0, len(recs))
	for _, r := range recs {
		out = append(out, EntitySummary{
			ID: recStr(r, "id"), Name: recStr(r, "name"), Type: recStr(r, "type"),
			Aliases: recStrings(r, "aliases"), Score: recFloat(r, "score"),
			Mentions: recInt(r, "mentions"), Articles: recInt(r, "articles"),
		})
	}
	return out, nil
}

// entityDense is the mention count above which an entity's detail is
// found through the publication-date index rather than by reading every
// mention (see q_entity.cypher).
const entityDense = 2000

// Limits on what a search may ask of Lucene.
const (
	// A search ranks (by score, then mentions) only the best
	// searchScanFactor × limit hits by relevance, at least minSearchScan:
	// a one- or two-letter prefix matches tens of thousands of names.
	searchScanFactor = 10
	minSearchScan    = 200

	maxSearchWords   = 8
	maxSearchWordLen = 64
)

// LuceneQuery turns user input into a Lucene query for the full-text index:
// the input is cut into words (runs of letters and digits, apostrophes
// inside a word kept, as the index's analyzer does), lower-cased (so AND,
// OR, NOT lose their meaning) and escaped; each word becomes
// (word^4 OR word*^2 OR word~N), with N = 0 below 4 letters, 1 below 7, else
// 2, and all words are required. It returns "" when there is no word.
func LuceneQuery(input string) string {
	return luceneQuery(searchWords(input), true)
}

// searchWords cuts input into lower-cased words as LuceneQuery does.
func searchWords(input string) []string {
	return appendWords(nil, input, maxSearchWords)
}

// appendWords appends the words of input as searchWords cuts them, at most
// max in all (-1: every word).
func appendWords(words []string, input string, max int) []string {
	for _, w := range strings.FieldsFunc(input, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '\u2019'
	}) {
		w = strings.Trim(w, "'\u2019")
		if w == "" {
			continue
		}
		if utf8.RuneCountInString(w) > maxSearchWordLen {
			w = string([]rune(w)[:maxSearchWordLen])
		}
		words = append(words, strings.ToLower(w))
		if len(words) == max {
			break
		}
	}
	return words
}

// luceneQuery builds the query of words, with fuzzy terms or (the fast
// path of Search) without.
func luceneQuery(words []string, fuzzy bool) string {
	clauses := make([]string, 0, len(words))
	for _, w := range words {
		e := luceneEscape(w)
		c := "(" + e + "^4 OR " + e + "*^2"
		if n := fuzzyEdits(w); fuzzy && n > 0 {
			c += " OR " + e + "~" + strconv.Itoa(n)
		}
		clauses = append(clauses, c+")")
	}
	return strings.Join(clauses, " AND ")
}

// fuzzyEdits is the edit distance a typo of w may have: none below 4
// letters (every short word is a near miss of thousands), 1 below 7, 2.
func fuzzyEdits(w string) int {
	switch n := utf8.RuneCountInString(w); {
	case n >= 7:
		return 2
	case n >= 4:
		return 1
	}
	return 0
}

// luceneEscape backslash-escapes every character with a meaning in the
// Lucene query syntax.
func luceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\+-&|!(){}[]^"~*?:/'`, r) || unicode.IsSpace(r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Role is one AFFILIATED_WITH relation summarised: the institution (for a
// person's roles) or the member (for an institution's members), the role
// and how many statements give it.
type Role struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Type  string `json:"type"`
	Role  string `json:"role"`
	Count int64  `json:"count"`
}

// RelCount counts an entity's relations of one type: Out of them start at
// the entity (for MET, stored once per pair, the direction means nothing).
type RelCount struct {
	Out   int64 `json:"out"`
	In    int64 `json:"in"`
	Total int64 `json:"total"`
}

// ArticleRef is an article in a list.
type ArticleRef struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	Mentions  int64  `json:"mentions,omitempty"`  // how often the entity is mentioned in it
}

// EntityDetail is one entity with what the explorer shows beside it.
type EntityDetail struct {
	Node
	Aliases      []string            `json:"aliases"`
	Mentions     int64               `json:"mentions"`
	Roles        []Role              `json:"roles"`   // AFFILIATED_WITH from the entity
	Members      []Role              `json:"members"` // AFFILIATED_WITH to it (up to 100)
	Relations    map[string]RelCount `json:"relations"`
	ArticleCount int64               `json:"article_count"`
	Articles     []ArticleRef        `json:"articles"` // the latest 100, newest first
	FirstSeen    string              `json:"first_seen,omitempty"`
	LastSeen     string              `json:"last_seen,omitempty"`
}

// Entity returns the entity with this id; CodeNotFound when there is none.
func (s *Store) Entity(ctx context.Context, id string) (EntityDetail, error) {
	id, err := checkID("entity", id)
	if err != nil {
		return EntityDetail{}, err
	}
	recs, err := s.query(ctx, "entity "+id, queryEntity, map[string]any{"id": id, "articles": maxEntityArticles, "dense": entityDense})
	if err != nil {
		return EntityDetail{}, err
	}
	if len(recs) == 0 {
		return EntityDetail{}, errorf(CodeNotFound, nil, "no entity %s", id)
	}
	r := recs[0]
	d := EntityDetail{
		Node:         nodeFromMap(map[string]any{"id": recStr(r, "id"), "labels": recList(r, "labels"), "props": recMap(r, "props")}),
		ArticleCount: recInt(r, "article_count"), FirstSeen: recStr(r, "first_seen"), LastSeen: recStr(r, "last_seen"),
		Relations: map[string]RelCount{}, Roles: []Role{}, Members: []Role{}, Articles: []ArticleRef{},
	}
	d.Aliases = strs(mList(d.Properties, "aliases"))
	d.Mentions = mInt(d.Properties, "mentions")
	for _, key := range []string{"roles", "members"} {
		for _, x := range recList(r, key) {
			m, _ := x.(map[string]any)
			role := Role{ID: mStr(m, "id"), Name: mStr(m, "name"), Type: mStr(m, "type"), Role: mStr(m, "role"), Count: mInt(m, "count")}
			if key == "roles" {
				d.Roles = append(d.Roles, role)
			} else {
				d.Members = append(d.Members, role)
			}
		}
	}
	for _, x := range recList(r, "relations") {
		m, _ := x.(map[string]any)
		out, total := mInt(m, "out"), mInt(m, "total")
		d.Relations[mStr(m, "type")] = RelCount{Out: out, In: total - out, Total: total}
	}
	for _, x := range recList(r, "articles") {
		m, _ := x.(map[string]any)
		d.Articles = append(d.Articles, ArticleRef{ID: mStr(m, "id"), Title: mStr(m, "title"),
			Published: mStr(m, "published"), Mentions: mInt(m, "mentions")})
	}
	return d, nil
}

// Top returns the entities with the most relations other than MENTIONED_IN
// (degree), ties broken by mentions; types restricts the entity types.
// limit is 1..1000, 0 meaning 20.
func (s *Store) Top(ctx context.Context, types []string, limit int) ([]EntitySummary, error) {
	types, err := checkList("entity type", types, EntityTypes, nil)
	if err != nil {
		return nil, err
	}
	if limit, err = checkLimit("top limit", limit, 20, MaxListLimit); err != nil {
		return nil, err
	}
	recs, err := s.query(ctx, "top entities", queryTop, map[string]any{"types": types, "limit": limit})
	if err != nil {
		return nil, err
	}
	out := make([]EntitySummary, 0, len(recs))
	for _, r := range recs {
		out = append(out, EntitySummary{
			ID: recStr(r, "id"), Name: recStr(r, "name"), Type: recStr(r, "type"), Aliases: recStrings(r, "aliases"),
			Degree: recInt(r, "degree"), Mentions: recInt(r, "mentions"), Articles: recInt(r, "articles"),
		})
	}
	return out, nil
}

// Cooccurrence is a pair of entities mentioned in the same articles.
type Cooccurrence struct {
	A          EntitySummary `json:"a"` // for Cooccurrence(id): the entity asked about
	B          EntitySummary `json:"b"`
	Articles   int64         `json:"articles"`    // articles mentioning both
	ArticleIDs []string      `json:"article_ids"` // up to 10 of them
}

// Cooccurrence returns the entities mentioned in the most articles together
// with entity id, most shared articles first; with id "" it returns the top
// pairs of the whole graph. limit is 1..1000, 0 meaning 20. CodeNotFound
// when id names no entity.
func (s *Store) Cooccurrence(ctx context.Context, id string, limit int) ([]Cooccurrence, error) {
	limit, err := checkLimit("co-occurrence limit", limit, 20, MaxListLimit)
	if err != nil {
		return nil, err
	}
	var out []Cooccurrence
	err = s.read(ctx, "co-occurrence", func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		q, params := queryCooccurrenceGlobal, map[string]any{"limit": limit}
		if id != "" {
			if err := requireEntities(ctx, tx, id); err != nil {
				return err
			}
			q, params = queryCooccurrence, map[string]any{"id": id, "limit": limit}
		}
		recs, err := collect(ctx, tx, q, params)
		if err != nil {
			return err
		}
		out = make([]Cooccurrence, 0, len(recs))
		for _, r := range recs {
			out = append(out, Cooccurrence{
				A: summaryFromMap(recMap(r, "a")), B: summaryFromMap(recMap(r, "b")),
				Articles: recInt(r, "shared"), ArticleIDs: recStrings(r, "article_ids"),
			})
		}
		return nil
	})
	return out, err
}

func summaryFromMap(m map[string]any) EntitySummary {
	return EntitySummary{ID: mStr(m, "id"), Name: mStr(m, "name"), Type: mStr(m, "type"),
		Aliases: strs(mList(m, "aliases")), Mentions: mInt(m, "mentions"), Articles: mInt(m, "articles")}
}

// requireEntities fails with CodeNotFound naming the first id that is no
// entity.
func requireEntities(ctx context.Context, tx neo4j.ManagedTransaction, ids ...string) error {
	for _, id := range ids {
		if _, err := checkID("entity", id); err != nil {
			return err
		}
	}
	recs, err := collect(ctx, tx, queryEntityExists, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	found := map[string]bool{}
	if len(recs) > 0 {
		for _, f := range recStrings(recs[0], "found") {
			found[f] = true
		}
	}
	for _, id := range ids {
		if !found[id] {
			return errorf(CodeNotFound, nil, "no entity %s", id)
		}
	}
	return nil
}
