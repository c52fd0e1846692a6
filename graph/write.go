package graph

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"

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
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	sum, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (WriteSummary, error) {
		return writeTx(ctx, tx, plans)
	})
	if cerr := sess.Close(ctx); cerr != nil && err == nil {
		s.log.Warn("close session", "err", cerr)
	}
	if err != nil {
		return WriteSummary{}, classify(err, "write %d articles", len(plans))
	}
	return sum, nil
}

// articlePlan is an Article turned into Cypher parameter rows.
type articlePlan struct {
	id        string
	sha       string
	article   map[string]any
	entities  []map[string]any
	mentions  []map[string]any
	said      []map[string]any
	relations []map[string]any
	entityIDs []string
}

func planArticle(a *Article) (articlePlan, error) {
	if a.ID == "" {
		return articlePlan{}, errorf(CodeInvalid, nil, "article %q has no id", a.File)
	}
	p := articlePlan{id: a.ID, sha: a.SHA256}
	p.article = map[string]any{
		"id": a.ID, "title": a.Title, "byline": a.Byline, "published": a.Published,
		"source": a.Source, "file": a.File, "sha256": a.SHA256, "text": a.Text, "words": a.Words,
	}
	ids := make(map[string]string, len(a.Entities)) // ref -> entity id
	for _, e := range a.Entities {
		if !validType(EntityTypes, e.Type) {
			return p, errorf(CodeInvalid, nil, "article %s: entity %q: unknown type %q", a.File, e.Name, e.Type)
		}
		if NameKey(e.Name) == "" {
			return p, errorf(CodeInvalid, nil, "article %s: entity %s has an empty name", a.File, e.Ref)
		}
		id := EntityID(e.Type, e.Name)
		if prev, dup := ids[e.Ref]; dup && prev != id {
			return p, errorf(CodeInvalid, nil, "article %s: entity ref %s used twice", a.File, e.Ref)
		}
		if _, seen := ids[e.Ref]; seen {
			continue
		}
		ids[e.Ref] = id
		aliases := append([]string(nil), e.Aliases...)
		sort.Strings(aliases)
		var kind any
		if e.Kind != "" {
			kind = e.Kind
		}
		p.entities = append(p.entities, map[string]any{"id": id, "type": e.Type, "name": e.Name, "kind": kind})
		p.mentions = append(p.mentions, map[string]any{
			"entity_id": id, "article_id": a.ID, "count": max(e.Mentions, 1),
			"name": e.Name, "aliases": aliases, "confidence": e.Confidence,
		})
		p.entityIDs = append(p.entityIDs, id)
	}
	for i, r := range a.Relations {
		if !validType(RelationTypes, r.Type) {
			return p, errorf(CodeInvalid, nil, "article %s: relation %d: unknown type %q", a.File, i, r.Type)
		}
		src, ok := ids[r.Source]
		if !ok {
			return p, errorf(CodeInvalid, nil, "article %s: relation %d (%s): no entity %q", a.File, i, r.Type, r.Source)
		}
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
			p.said = append(p.said, map[string]any{
				"source": src, "article_id": a.ID, "key": relKey(a.ID, r.Type, src, "", r), "props": props,
			})
			continue
		}
		tgt, ok := ids[r.Target]
		if !ok {
			return p, errorf(CodeInvalid, nil, "article %s: relation %d (%s): no entity %q", a.File, i, r.Type, r.Target)
		}
		if src == tgt {
			continue // a self-relation says nothing
		}
		if r.Type == "MET" && tgt < src {
			src, tgt = tgt, src
		}
		if r.Role != "" {
			props["role"] = r.Role
		}
		p.relations = append(p.relations, map[string]any{
			"type": r.Type, "source": src, "target": tgt, "article_id": a.ID,
			"key": relKey(a.ID, r.Type, src, tgt, r), "props": props,
		})
	}
	return p, nil
}

// relKey identifies a relation by where its evidence is, so that writing
// the same article twice merges onto the same relationship.
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
	res, err := tx.Run(ctx, queryArticleLock, map[string]any{"articles": lockRows})
	if err != nil {
		return sum, err
	}
	stored := map[string]string{}
	recs, err := res.Collect(ctx)
	if err != nil {
		return sum, err
	}
	for _, rec := range recs {
		id, _, _ := neo4j.GetRecordValue[string](rec, "id")
		sha, _, _ := neo4j.GetRecordValue[string](rec, "sha256") // null for a new article
		stored[id] = sha
	}
	var changed []articlePlan
	seen := map[string]bool{}
	for _, p := range plans {
		if seen[p.id] {
			return sum, errorf(CodeInvalid, nil, "article id %s appears twice in one batch", p.id)
		}
		seen[p.id] = true
		if stored[p.id] != "" && stored[p.id] == p.sha {
			sum.Unchanged++
			continue
		}
		changed = append(changed, p)
	}
	if len(changed) == 0 {
		return sum, nil
	}
	ids := make([]string, len(changed))
	for i, p := range changed {
		ids[i] = p.id
	}
	touched, err := single[[]any](ctx, tx, queryArticleEntities, map[string]any{"ids": ids}, "ids")
	if err != nil {
		return sum, err
	}
	if err := run(ctx, tx, queryArticleClear, map[string]any{"ids": ids}); err != nil {
		return sum, err
	}
	var arts, ents, ments, said, rels []map[string]any
	touchedSet := map[string]bool{}
	for _, t := range touched {
		if s, ok := t.(string); ok {
			touchedSet[s] = true
		}
	}
	for _, p := range changed {
		arts = append(arts, p.article)
		ents = append(ents, p.entities...)
		ments = append(ments, p.mentions...)
		said = append(said, p.said...)
		rels = append(rels, p.relations...)
		for _, id := range p.entityIDs {
			touchedSet[id] = true
		}
	}
	steps := []struct {
		q    string
		rows []map[string]any
		key  string
	}{
		{queryArticleUpsert, arts, "articles"},
		{queryEntityUpsert, ents, "entities"},
		{queryMentionWrite, ments, "mentions"},
		{querySaidWrite, said, "rels"},
		{queryRelationWrite, rels, "rels"},
	}
	for _, st := range steps {
		if len(st.rows) == 0 {
			continue
		}
		if err := run(ctx, tx, st.q, map[string]any{st.key: st.rows}); err != nil {
			return sum, err
		}
	}
	all := make([]string, 0, len(touchedSet))
	for id := range touchedSet {
		all = append(all, id)
	}
	sort.Strings(all)
	pruned, err := single[int64](ctx, tx, queryEntityPrune, map[string]any{"ids": all}, "removed")
	if err != nil {
		return sum, err
	}
	if err := run(ctx, tx, queryEntityRefresh, map[string]any{"ids": all}); err != nil {
		return sum, err
	}
	sum.Written = len(changed)
	sum.Entities = len(ments)
	sum.Relations = len(said) + len(rels)
	sum.Pruned = int(pruned)
	return sum, nil
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
