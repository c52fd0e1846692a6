package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// This file holds what the read queries share: the node and link types the
// explorer (D3) consumes, option validation, and conversions from driver
// values. The queries themselves are in query_*.go, each statement in
// cypher/queries/q_*.cypher.

// Node labels and relationship types the queries accept in filters.
var (
	// NodeLabels are the labels a filter may name: the entity types and Article.
	NodeLabels = []string{"Person", "Institution", "Event", "Place", "Article"}
	// LinkTypes are the relationship types a filter may name.
	LinkTypes = []string{"SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN", "MENTIONED_IN"}
	// entityLinkTypes connect two entities (no Article at either end).
	entityLinkTypes = []string{"MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"}
)

// Limits that keep every query bounded.
const (
	MaxDepth      = 3    // Neighbourhood and Export depth
	MaxNodes      = 5000 // Neighbourhood limit
	DefaultNodes  = 500  // Neighbourhood limit when none is given
	MaxPathLength = 6    // Paths
	maxPaths      = 25   // shortest paths returned at most
	// PathHubMentions is the most mentions an entity on a path may have,
	// its ends excepted: paths do not pass through hubs (25 entities of
	// the 800,000 of the bench graph).
	PathHubMentions   = 20000
	MaxListLimit      = 1000 // Search, Top, Cooccurrence
	maxTimeline       = 5000 // Timeline events returned at most
	maxEntityArticles = 100  // articles listed in an EntityDetail
)

// Node is a node of a returned subgraph. Links name nodes by ID, so the
// result feeds d3.forceLink(links).id(d => d.id) as it is.
type Node struct {
	ID     string   `json:"id"`
	Labels []string `json:"labels"` // sorted: ["Entity", "Person"], ["Article"]
	Type   string   `json:"type"`   // Person, Institution, Event, Place or Article
	Name   string   `json:"name"`   // the entity's name, the article's title
	// Degree is the node's number of relationships other than MENTIONED_IN,
	// in the whole graph; set by the queries, not by Export.
	Degree int64 `json:"degree,omitempty"`
	// Properties are the stored properties but id (queries leave out an
	// article's text). Dates are "YYYY-MM-DD", date-times RFC 3339.
	Properties map[string]any `json:"properties"`

	// encoded is the node's JSON when the node cache keeps it (see
	// viewjson.go); nil otherwise.
	encoded []byte
}

// Link is one relationship with its evidence. MET is stored in one
// direction only and is undirected in meaning (Directed false).
type Link struct {
	ID       string   `json:"id"` // the relationship's key; for MENTIONED_IN "mention:ENTITY:ARTICLE" (+ "@MERGES" when moved by a merge)
	Source   string   `json:"source"`
	Target   string   `json:"target"`
	Type     string   `json:"type"`
	Directed bool     `json:"directed"`
	Evidence Evidence `json:"evidence"`
	// Properties are the other stored properties: key, quote (SAID), role
	// (AFFILIATED_WITH), count/name/aliases (MENTIONED_IN), merged_from.
	Properties map[string]any `json:"properties"`
}

// Evidence says where a relation is stated. The JSON names are the stored
// property names.
type Evidence struct {
	ArticleID  string   `json:"article_id"`
	Text       string   `json:"evidence,omitempty"` // the sentence
	Sentence   *int64   `json:"sentence,omitempty"` // its index in the article
	Start      *int64   `json:"start,omitempty"`    // character offsets in the article text
	End        *int64   `json:"end,omitempty"`
	Confidence *float64 `json:"confidence,omitempty"`
	Date       string   `json:"date,omitempty"` // the date the text gives, YYYY-MM-DD
}

// putProps writes the evidence into m under the stored property names, the
// inverse of reading a relationship: export (GraphML attributes) and import
// (relationship properties) both need it.
func (e Evidence) putProps(m map[string]any) {
	m["article_id"] = e.ArticleID
	if e.Text != "" {
		m["evidence"] = e.Text
	}
	if e.Date != "" {
		m["date"] = e.Date
	}
	for k, p := range map[string]*int64{"sentence": e.Sentence, "start": e.Start, "end": e.End} {
		if p != nil {
			m[k] = *p
		}
	}
	if e.Confidence != nil {
		m["confidence"] = *e.Confidence
	}
}

// Subgraph is a set of nodes and the links between them.
type Subgraph struct {
	Meta  *ExportMeta `json:"meta,omitempty"` // set by Export only
	Nodes []Node      `json:"nodes"`
	Links []Link      `json:"links"`
	// More counts nodes that were found next to the returned ones but left
	// out by the node limit (nodes further out are not explored once the
	// limit is reached, so it is a lower bound).
	More int `json:"more"`
}

// EntitySummary is one entity in a list (search hits, top entities,
// co-occurrences).
type EntitySummary struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Mentions int64    `json:"mentions"`
	Articles int64    `json:"articles"`
	Degree   int64    `json:"degree,omitempty"` // Top: relations other than MENTIONED_IN
	Score    float64  `json:"score,omitempty"`  // Search: full-text relevance
}

// evidenceKeys are the relationship properties that go into Evidence.
var evidenceKeys = map[string]bool{
	"article_id": true, "evidence": true, "sentence": true, "start": true, "end": true,
	"confidence": true, "date": true,
}

// read runs fn in one read transaction bounded by the query timeout. An
// *Error that fn returns is passed through; driver errors are classified.
func (s *Store) read(ctx context.Context, what string, fn func(ctx context.Context, tx neo4j.ManagedTransaction) error) error {
	return s.readFor(ctx, what, 0, fn)
}

// readFor is read with its own time-out (0: the store's query time-out).
func (s *Store) readFor(ctx context.Context, what string, timeout time.Duration, fn func(ctx context.Context, tx neo4j.ManagedTransaction) error) error {
	if timeout <= 0 {
		timeout = s.cfg.QueryTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	sess := s.session(ctx, neo4j.AccessModeRead)
	var own error
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		own = nil
		if err := fn(ctx, tx); err != nil {
			var e *Error
			if errors.As(err, &e) {
				own = err
			}
			return nil, err
		}
		return nil, nil
	}, neo4j.WithTxTimeout(timeout))
	if cerr := sess.Close(context.Background()); cerr != nil && err == nil {
		s.log.Warn("close session", "err", cerr)
	}
	if own != nil {
		return own
	}
	if err != nil {
		return classifyCtx(ctx, err, "%s", what)
	}
	return nil
}

// query runs one read statement in an auto-committed transaction.
func (s *Store) query(ctx context.Context, what, q string, params map[string]any) ([]*neo4j.Record, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, q, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(s.cfg.QueryTimeout)))
	if err != nil {
		return nil, classifyCtx(ctx, err, "%s", what)
	}
	return res.Records, nil
}

// collect runs q in tx and returns all its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// --- validation ---

// checkList returns the values of in (deduplicated, in the order of allowed),
// or all of def when in is empty; an unknown value is CodeInvalid.
func checkList(what string, in, allowed, def []string) ([]string, error) {
	if len(in) == 0 {
		return append([]string(nil), def...), nil
	}
	want := map[string]bool{}
	for _, v := range in {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if !validType(allowed, v) {
			return nil, errorf(CodeInvalid, nil, "unknown %s %q (want one of %s)", what, v, strings.Join(allowed, ", "))
		}
		want[v] = true
	}
	if len(want) == 0 {
		return append([]string(nil), def...), nil
	}
	out := make([]string, 0, len(want))
	for _, v := range allowed {
		if want[v] {
			out = append(out, v)
		}
	}
	return out, nil
}

// checkDate accepts "" or a YYYY-MM-DD date.
func checkDate(what, d string) (string, error) {
	d = strings.TrimSpace(d)
	if d == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return "", errorf(CodeInvalid, nil, "%s date %q: want YYYY-MM-DD", what, d)
	}
	return d, nil
}

func checkRange(from, to string) (string, string, error) {
	f, err := checkDate("from", from)
	if err != nil {
		return "", "", err
	}
	t, err := checkDate("to", to)
	if err != nil {
		return "", "", err
	}
	if f != "" && t != "" && t < f {
		return "", "", errorf(CodeInvalid, nil, "date range %s to %s is empty", f, t)
	}
	return f, t, nil
}

func checkLimit(what string, n, def, max int) (int, error) {
	switch {
	case n == 0:
		return def, nil
	case n < 0 || n > max:
		return 0, errorf(CodeInvalid, nil, "%s %d out of range 1..%d", what, n, max)
	}
	return n, nil
}

func checkID(what, id string) (string, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		return "", errorf(CodeInvalid, nil, "%s: no id given", what)
	}
	if len(id) > 200 {
		return "", errorf(CodeInvalid, nil, "%s: id too long", what)
	}
	return id, nil
}

// --- conversions from driver values ---

func recStr(r *neo4j.Record, key string) string {
	v, _, _ := neo4j.GetRecordValue[string](r, key)
	return v
}

func recInt(r *neo4j.Record, key string) int64 {
	v, _, _ := neo4j.GetRecordValue[int64](r, key)
	return v
}

func recFloat(r *neo4j.Record, key string) float64 {
	v, _, _ := neo4j.GetRecordValue[float64](r, key)
	return v
}

func recValue(r *neo4j.Record, key string) any {
	v, _ := r.Get(key)
	return v
}

func recMap(r *neo4j.Record, key string) map[string]any {
	v, _, _ := neo4j.GetRecordValue[map[string]any](r, key)
	return v
}

func recList(r *neo4j.Record, key string) []any {
	v, _, _ := neo4j.GetRecordValue[[]any](r, key)
	return v
}

func recStrings(r *neo4j.Record, key string) []string {
	return strs(recList(r, key))
}

func mStr(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func mInt(m map[string]any, k string) int64 {
	switch v := m[k].(type) {
	case int64:
		return v
	case float64:
		return int64(v)
	}
	return 0
}

func mMap(m map[string]any, k string) map[string]any {
	v, _ := m[k].(map[string]any)
	return v
}

func mList(m map[string]any, k string) []any {
	v, _ := m[k].([]any)
	return v
}

func strs(l []any) []string {
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// jsonValue turns a driver value into one that encodes to JSON faithfully:
// temporal values become strings (Date "YYYY-MM-DD", DateTime RFC 3339 with
// nanoseconds), lists and maps are converted element by element.
func jsonValue(v any) any {
	switch x := v.(type) {
	case nil, string, bool, int64, float64:
		return x
	case time.Time: // DATETIME
		return x.Format(time.RFC3339Nano)
	case dbtype.Date:
		return x.Time().Format(time.DateOnly)
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999")
	case dbtype.LocalTime:
		return x.Time().Format("15:04:05.999999999")
	case dbtype.Time:
		return x.Time().Format("15:04:05.999999999Z07:00")
	case dbtype.Duration:
		return x.String()
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonValue(e)
		}
		return out
	default:
		return fmt.Sprint(x)
	}
}

// propertyType names the stored type of v when JSON alone would lose it
// ("date", "datetime", "float"), or "".
func propertyType(v any) string {
	switch x := v.(type) {
	case time.Time:
		return "datetime"
	case dbtype.Date:
		return "date"
	case dbtype.LocalDateTime:
		return "localdatetime"
	case float64:
		return "float" // 1.0 encodes as 1 and would come back as an integer
	case []any:
		for _, e := range x {
			if t := propertyType(e); t != "" {
				return t
			}
		}
	}
	return ""
}

// nodeFromMap builds a Node from {id, labels, props, degree} as the queries
// return it.
func nodeFromMap(m map[string]any) Node {
	labels := strs(mList(m, "labels"))
	sort.Strings(labels)
	n := Node{ID: mStr(m, "id"), Labels: labels, Degree: mInt(m, "degree"), Properties: map[string]any{}}
	for k, v := range mMap(m, "props") {
		if v == nil || k == "id" {
			continue
		}
		n.Properties[k] = jsonValue(v)
	}
	n.Type = nodeType(labels, mStr(n.Properties, "type"))
	if n.Type == "Article" {
		n.Name = mStr(n.Properties, "title")
	} else {
		n.Name = mStr(n.Properties, "name")
	}
	return n
}

func nodeType(labels []string, typ string) string {
	for _, l := range labels {
		if l == "Article" {
			return "Article"
		}
	}
	if validType(EntityTypes, typ) {
		return typ
	}
	for _, l := range labels {
		if validType(EntityTypes, l) {
			return l
		}
	}
	return typ
}

// linkFromMap builds a Link from {source, target, type, props}.
func linkFromMap(m map[string]any) Link {
	props := mMap(m, "props")
	l := Link{Source: mStr(m, "source"), Target: mStr(m, "target"), Type: mStr(m, "type"), Properties: map[string]any{}}
	l.Directed = l.Type != "MET"
	for k, v := range props {
		if v == nil {
			continue
		}
		if !evidenceKeys[k] {
			l.Properties[k] = jsonValue(v)
			continue
		}
		switch k {
		case "article_id":
			l.Evidence.ArticleID, _ = v.(string)
		case "evidence":
			l.Evidence.Text, _ = v.(string)
		case "date":
			if s, ok := jsonValue(v).(string); ok {
				l.Evidence.Date = s
			}
		case "sentence", "start", "end":
			if i, ok := v.(int64); ok {
				switch k {
				case "sentence":
					l.Evidence.Sentence = &i
				case "start":
					l.Evidence.Start = &i
				default:
					l.Evidence.End = &i
				}
			} else {
				l.Properties[k] = jsonValue(v) // not an integer: keep it as stored
			}
		case "confidence":
			switch f := v.(type) {
			case float64:
				l.Evidence.Confidence = &f
			case int64:
				ff := float64(f)
				l.Evidence.Confidence = &ff
			default:
				l.Properties[k] = jsonValue(v)
			}
		}
	}
	l.ID = linkID(l)
	return l
}

// linkID is the relationship's key, which every relationship but
// MENTIONED_IN carries; MENTIONED_IN is one per entity and article.
func linkID(l Link) string {
	if k, ok := l.Properties["key"].(string); ok && k != "" {
		return k
	}
	if l.Type == "MENTIONED_IN" {
		id := "mention:" + l.Source + ":" + l.Target
		// A merge can give an entity a second mention of an article; the
		// merge records that moved it tell the two apart.
		if from := strs(mList(l.Properties, "merged_from")); len(from) > 0 {
			id += "@" + strings.Join(from, ",")
		}
		return id
	}
	var sent int64
	if l.Evidence.Sentence != nil {
		sent = *l.Evidence.Sentence
	}
	return fmt.Sprintf("%s:%s:%s:%s:%d", strings.ToLower(l.Type), l.Source, l.Target, l.Evidence.ArticleID, sent)
}

// sortSubgraph orders nodes by degree (highest first) then id, and links by
// id, so results are deterministic.
func sortSubgraph(g *Subgraph) {
	sortNodes(g.Nodes)
	sort.SliceStable(g.Links, func(i, j int) bool {
		if g.Links[i].ID != g.Links[j].ID {
			return g.Links[i].ID < g.Links[j].ID
		}
		return g.Links[i].Source+g.Links[i].Target < g.Links[j].Source+g.Links[j].Target
	})
	if g.Nodes == nil {
		g.Nodes = []Node{}
	}
	if g.Links == nil {
		g.Links = []Link{}
	}
}

// sortNodes orders nodes by degree, highest first, then by id.
func sortNodes(nodes []Node) {
	slices.SortStableFunc(nodes, func(a, b Node) int { return compareNodes(&a, &b) })
}

func compareNodes(a, b *Node) int {
	return cmp.Or(cmp.Compare(b.Degree, a.Degree), strings.Compare(a.ID, b.ID))
}
