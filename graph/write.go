package graph

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var (
	queryArticleLock     = cypher.Query("article_lock")
	queryArticleEntities = cypher.Query("article_entities")
	queryArticleClear    = cypher.Query("article_clear")
	queryArticleUpsert   = cypher.Query("article_upsert")
	queryEntityUpsert    = cypher.Query("entity_upsert")
	queryMentionWrite    = cypher.Query("mention_write")
	querySaidWrite       = cypher.Query("said_write")
	queryRelationWrite   = cypher.Query("relation_write")
	queryEntityPrune     = cypher.Query("entity_prune")
	queryEntityRefresh   = cypher.Query("entity_refresh")
	queryEntityAccum     = cypher.Query("entity_accumulate")
)

// WriteSummary counts what one WriteArticles call did.
type WriteSummary struct {
	Written   int `json:"written"`   // articles new or changed, now stored
	Unchanged int `json:"unchanged"` // articles already stored with the same content hash
	Entities  int `json:"mentions"`  // entity mentions written (one per entity and article)
	Relations int `json:"relations"` // relations written
	Pruned    int `json:"pruned"`    // entities removed because no article mentions them any more
}

// Add accumulates another summary into s.
func (s *WriteSummary) Add(o WriteSummary) {
	s.Written += o.Written
	s.Unchanged += o.Unchanged
	s.Entities += o.Entities
	s.Relations += o.Relations
	s.Pruned += o.Pruned
}

// WriteArticles stores a batch of whole articles in one transaction, so no
// half-written article is ever visible. An article already stored with the
// same SHA256 is left untouched; a changed one has everything it contributed
// before replaced. The transaction function is retried by the driver on
// transient errors, so every step is idempotent (MERGE on constrained keys).
// Invalid input (an unknown type, a relation naming a missing entity) fails
// the whole batch with CodeInvalid before anything is sent.
func (s *Store) WriteArticles(ctx context.Context, arts []Article) (WriteSummary, error) {
	plans := make([]articlePlan, 0, len(arts))
	for i := range arts {
		p, err := planArticle(&arts[i])
		if err != nil {
			return WriteSummary{}, err
		}
		plans = append(plans, p)
	}
	if len(plans) == 0 {
		return WriteSummary{}, nil
	}
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return writeTx(ctx, tx, plans)
	})
	if err != nil {
		return WriteSummary{}, s.wrap(err, "write %d articles", len(plans))
	}
	return out.(WriteSummary), nil
}

// articlePlan is a validated Article with provisional entity ids; the
// write transaction resolves them across articles (resolveIDs) before
// turning the plan into Cypher parameter rows (rows).
type articlePlan struct {
	id        string
	sha       string
	file      string
	article   map[string]any
	entities  []plannedEntity
	relations []Relation
	refs      map[string]string // entity ref -> provisional id
}

type plannedEntity struct {
	Entity
	id      string // provisional: EntityID(Type, Name)
	key     string // NameKey(Name)
	surname string // surname key of a multi-word person name, else ""
}

// single reports whether e is a one-word person name ("Antonov"), which
// may stand for a person known by their full name.
func (e plannedEntity) single() bool {
	return e.Type == "Person" && e.key != "" && !strings.Contains(e.key, " ")
}

func planArticle(a *Article) (articlePlan, error) {
	if a.ID == "" {
		return articlePlan{}, errorf(CodeInvalid, nil, "article %q has no id", a.File)
	}
	p := articlePlan{id: a.ID, sha: a.SHA256, file: a.File, refs: make(map[string]string, len(a.Entities))}
	p.article = map[string]any{
		"id": a.ID, "title": a.Title, "byline": a.Byline, "published": a.Published,
		"source": a.Source, "file": a.File, "sha256": a.SHA256, "text": a.Text, "words": a.Words,
	}
	for _, e := range a.Entities {
		if !validType(EntityTypes, e.Type) {
			return p, errorf(CodeInvalid, nil, "article %s: entity %q: unknown type %q", a.File, e.Name, e.Type)
		}
		key := NameKey(e.Name)
		if key == "" {
			return p, errorf(CodeInvalid, nil, "article %s: entity %s has an empty name", a.File, e.Ref)
		}
		id := EntityID(e.Type, e.Name)
		if prev, dup := p.refs[e.Ref]; dup {
			if prev != id {
				return p, errorf(CodeInvalid, nil, "article %s: entity ref %s used twice", a.File, e.Ref)
			}
			continue
		}
		p.refs[e.Ref] = id
		pe := plannedEntity{Entity: e, id: id, key: key}
		if e.Type == "Person" {
			pe.surname = Surname(key)
		}
		p.entities = append(p.entities, pe)
	}
	for i, r := range a.Relations {
		if !validType(RelationTypes, r.Type) {
			return p, errorf(CodeInvalid, nil, "article %s: relation %d: unknown type %q", a.File, i, r.Type)
		}
		if _, ok := p.refs[r.Source]; !ok {
			return p, errorf(CodeInvalid, nil, "article %s: relation %d (%s): no entity %q", a.File, i, r.Type, r.Source)
		}
		if r.Type != "SAID" {
			if _, ok := p.refs[r.Target]; !ok {
				return p, errorf(CodeInvalid, nil, "article %s: relation %d (%s): no entity %q", a.File, i, r.Type, r.Target)
			}
		}
		p.relations = append(p.relations, r)
	}
	return p, nil
}

// planRows are one batch's Cypher parameter rows.
type planRows struct {
	articles, entities, mentions, said, relations []map[string]any
	keys                                          map[relSeen]bool // relations sent, so each goes once
	acc                                           map[string]*entityAcc
	entityRow                                     map[string]map[string]any // id -> its row in entities
}

// entityAcc is what one batch adds to an entity: the main names and all
// surface forms its mentions use, and the counts (entity_accumulate).
type entityAcc struct {
	names, surfaces    []string
	mentions, articles int
}

// entity adds an entity row, one per id and batch: the first name seen
// names a new node; a later kind or surname overrides an earlier one, as
// when the rows were applied one after another.
func (out *planRows) entity(id, typ, name string, kind, surname any) {
	if out.entityRow == nil {
		out.entityRow = map[string]map[string]any{}
	}
	if row, ok := out.entityRow[id]; ok {
		if kind != nil {
			row["kind"] = kind
		}
		if surname != nil {
			row["surname"] = surname
		}
		return
	}
	row := map[string]any{"id": id, "type": typ, "name": name, "kind": kind, "surname": surname}
	out.entityRow[id] = row
	out.entities = append(out.entities, row)
}

func (a *entityAcc) row(id string) map[string]any {
	return map[string]any{
		"id": id, "names": uniqueSorted(a.names, ""), "surfaces": uniqueSorted(a.surfaces, ""),
		"mentions": a.mentions, "articles": a.articles,
	}
}

// rows turns a plan into parameter rows using final entity ids (resolve
// maps a provisional id to its final one). Entities of one article that
// resolve to the same final id become one mention.
func (p *articlePlan) rows(resolve func(string) string, out *planRows) {
	out.articles = append(out.articles, p.article)
	byID := map[string]map[string]any{}
	var order []string
	for _, e := range p.entities {
		id := resolve(e.id)
		m, seen := byID[id]
		if !seen {
			var kind any
			if e.Kind != "" {
				kind = e.Kind
			}
			var surname any
			if e.surname != "" && id == e.id {
				surname = e.surname
			}
			out.entity(id, e.Type, e.Name, kind, surname)
			m = map[string]any{"entity_id": id, "article_id": p.id, "count": 0, "name": e.Name,
				"aliases": []string{}, "confidence": e.Confidence}
			byID[id] = m
			order = append(order, id)
		}
		m["count"] = m["count"].(int) + max(e.Mentions, 1)
		names := append(m["aliases"].([]string), e.Aliases...)
		if cur := m["name"].(string); len(e.Name) > len(cur) {
			names = append(names, cur)
			m["name"] = e.Name
		} else if e.Name != cur {
			names = append(names, e.Name)
		}
		m["aliases"] = uniqueSorted(names, m["name"].(string))
		if e.Confidence > m["confidence"].(float64) {
			m["confidence"] = e.Confidence
		}
	}
	if out.acc == nil {
		out.acc = map[string]*entityAcc{}
		out.keys = map[relSeen]bool{}
	}
	for _, id := range order {
		m := byID[id]
		out.mentions = append(out.mentions, m)
		a := out.acc[id]
		if a == nil {
			a = &entityAcc{}
			out.acc[id] = a
		}
		name := m["name"].(string)
		a.names = append(a.names, name)
		a.surfaces = append(append(a.surfaces, name), m["aliases"].([]string)...)
		a.mentions += m["count"].(int)
		a.articles++
	}
	for _, r := range p.relations {
		src := resolve(p.refs[r.Source])
		props := map[string]any{
			"evidence": r.Evidence, "sentence": r.Sentence, "start": r.Start, "end": r.End,
			"confidence": r.Confidence,
		}
		if r.Date != "" {
			props["date"] = r.Date
		}
		if r.Type == "SAID" {
			if r.Quote != "" {
				props["quote"] = r.Quote
			}
			seen := relSeen{p.id, r.Type, src, "", r.Sentence, r.Start, r.Role}
			if out.keys[seen] {
				continue // the same statement twice: stored once
			}
			out.keys[seen] = true
			out.said = append(out.said, map[string]any{
				"source": src, "article_id": p.id, "key": relKey(p.id, r.Type, p.refs[r.Source], "", r), "props": props,
			})
			continue
		}
		tgt := resolve(p.refs[r.Target])
		if src == tgt {
			continue // a self-relation says nothing
		}
		ps, pt := p.refs[r.Source], p.refs[r.Target]
		if r.Type == "MET" && tgt < src {
			src, tgt = tgt, src
		}
		if r.Type == "MET" && pt < ps {
			ps, pt = pt, ps
		}
		if r.Role != "" {
			props["role"] = r.Role
		}
		seen := relSeen{p.id, r.Type, src, tgt, r.Sentence, r.Start, r.Role}
		if out.keys[seen] {
			continue
		}
		out.keys[seen] = true
		out.relations = append(out.relations, map[string]any{
			"type": r.Type, "source": src, "target": tgt, "article_id": p.id,
			"key": relKey(p.id, r.Type, ps, pt, r), "props": props,
		})
	}
}

func uniqueSorted(names []string, except string) []string {
	sort.Strings(names)
	out := names[:0]
	for i, n := range names {
		if n == except || n == "" || (i > 0 && n == names[i-1]) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// relSeen is a relation on resolved entity ids: two relations of one batch
// with the same relSeen are the same statement, stored once. It holds what
// relKey hashes, so finding duplicates costs no hashing.
type relSeen struct {
	article, typ, src, tgt string
	sentence, start        int
	role                   string
}

// relKey identifies a relation by where its evidence is, so that writing
// the same article twice merges onto the same relationship. The stored
// key is made from the entity ids the article alone gives (EntityID of
// its names), not the ones resolution picks: a surname-only speaker may
// join a full name in this batch or only when a later article arrives,
// and the key must not depend on which. Duplicates within a batch are
// still found on the resolved ids.
func relKey(articleID, typ, src, tgt string, r Relation) string {
	h := sha1.New()
	for _, s := range []string{articleID, typ, src, tgt, strconv.Itoa(r.Sentence), strconv.Itoa(r.Start), r.Role} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func writeTx(ctx context.Context, tx neo4j.ManagedTransaction, plans []articlePlan) (WriteSummary, error) {
	var sum WriteSummary
	lockRows := make([]map[string]any, len(plans))
	for i, p := range plans {
		lockRows[i] = map[string]any{"id": p.id}
	}
	recs, err := collectTx(ctx, tx, queryArticleLock, map[string]any{"articles": lockRows})
	if err != nil {
		return sum, err
	}
	stored := map[string]string{}
	for _, rec := range recs {
		id, _, _ := neo4j.GetRecordValue[string](rec, "id")
		sha, _, _ := neo4j.GetRecordValue[string](rec, "sha256") // null for a new article
		stored[id] = sha
	}
	var changed []articlePlan
	var replaced []string // changed articles stored before: what they contributed goes first
	seen := map[string]bool{}
	for _, p := range plans {
		if seen[p.id] {
			return sum, errorf(CodeInvalid, nil, "article id %s appears twice in one batch", p.id)
		}
		seen[p.id] = true
		switch old := stored[p.id]; {
		case old != "" && old == p.sha:
			sum.Unchanged++
			continue
		case old != "":
			replaced = append(replaced, p.id)
		}
		changed = append(changed, p)
	}
	if len(changed) == 0 {
		return sum, nil
	}
	// Entities that lose mentions (those of replaced articles) are
	// recomputed from all their mentions at the end and pruned if none are
	// left; every other entity only gains, so the batch's additions are
	// folded in (entity_accumulate) at a cost that does not grow with the
	// graph. A new article has nothing to clear.
	full := map[string]bool{}
	if len(replaced) > 0 {
		touched, err := single[[]any](ctx, tx, queryArticleEntities, map[string]any{"ids": replaced}, "ids")
		if err != nil {
			return sum, err
		}
		for _, t := range touched {
			if s, ok := t.(string); ok {
				full[s] = true
			}
		}
		if err := run(ctx, tx, queryArticleClear, map[string]any{"ids": replaced}); err != nil {
			return sum, err
		}
	}
	resolved, err := resolveIDs(ctx, tx, changed)
	if err != nil {
		return sum, err
	}
	var rows planRows
	for i := range changed {
		changed[i].rows(resolved.forPlan(i), &rows)
	}
	accIDs := make([]string, 0, len(rows.acc))
	for id := range rows.acc {
		if !full[id] {
			accIDs = append(accIDs, id)
		}
	}
	sort.Strings(accIDs)
	acc := make([]map[string]any, len(accIDs))
	for i, id := range accIDs {
		acc[i] = rows.acc[id].row(id)
	}
	steps := []struct {
		q    string
		rows []map[string]any
		key  string
	}{
		{queryArticleUpsert, rows.articles, "articles"},
		{queryEntityUpsert, rows.entities, "entities"},
		{queryMentionWrite, rows.mentions, "mentions"},
		{querySaidWrite, rows.said, "rels"},
		{queryRelationWrite, rows.relations, "rels"},
		{queryEntityAccum, acc, "rows"},
	}
	for _, st := range steps {
		if len(st.rows) == 0 {
			continue
		}
		if err := run(ctx, tx, st.q, map[string]any{st.key: st.rows}); err != nil {
			return sum, err
		}
	}
	// Neighbour lists: the batch's new relations are folded into the lists
	// of entities that lost none; the others are rebuilt below.
	if err := nbMaintain(ctx, tx, nbPairs(rows.said, rows.relations), full); err != nil {
		return sum, err
	}
	// An absorbed one-word entity is merged away (mergeTx recomputes the
	// entity it went into), so only the ids losing mentions remain.
	if err := absorbSurnames(ctx, tx, changed, resolved); err != nil {
		return sum, err
	}
	var pruned int64
	if len(full) > 0 {
		ids := make([]string, 0, len(full))
		for id := range full {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		if pruned, err = single[int64](ctx, tx, queryEntityPrune, map[string]any{"ids": ids}, "removed"); err != nil {
			return sum, err
		}
		if err := run(ctx, tx, queryEntityRefresh, map[string]any{"ids": ids}); err != nil {
			return sum, err
		}
		if err := nbRebuild(ctx, tx, ids); err != nil {
			return sum, err
		}
	}
	if err := bumpVersion(ctx, tx); err != nil {
		return sum, err
	}
	sum.Written = len(changed)
	sum.Entities = len(rows.mentions)
	sum.Relations = len(rows.said) + len(rows.relations)
	sum.Pruned = int(pruned)
	return sum, nil
}

func collectTx(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

func run(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) error {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// single runs q and returns column key of its only record (the zero value
// when there is no record).
func single[T neo4j.RecordValue](ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any, key string) (T, error) {
	var zero T
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return zero, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return zero, err
	}
	if len(recs) == 0 {
		return zero, nil
	}
	v, isNil, err := neo4j.GetRecordValue[T](recs[0], key)
	if err != nil && !isNil {
		return zero, fmt.Errorf("column %s: %w", key, err)
	}
	return v, nil
}
