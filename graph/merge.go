package graph

import (
	"context"
	"errors"
	"sort"

	"github.com/google/uuid"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var (
	queryMergeSource = cypher.Query("merge_source")
	queryMergeRecord = cypher.Query("merge_record")
	queryMergeMove   = cypher.Query("merge_move")
	queryMergeGet    = cypher.Query("merge_get")
	queryMergeUndo   = cypher.Query("merge_undo")
	queryMergeList   = cypher.Query("merge_list")
	queryArticleDel  = cypher.Query("article_delete")
	queryVersionBump = cypher.Query("graph_version_bump")
	queryVersion     = cypher.Query("graph_version")
)

// MergeRecord describes one recorded merge.
type MergeRecord struct {
	ID       string `json:"id"`
	From     string `json:"from"`
	FromName string `json:"from_name"`
	Into     string `json:"into"`
	IntoName string `json:"into_name"`
	Reason   string `json:"reason"` // "user" or "surname" (automatic)
	At       string `json:"at"`
	UndoneAt string `json:"undone_at,omitempty"`
}

// Merge merges entity from into entity into: every relationship of from,
// with its evidence, moves to into; from is deleted; the merge is recorded
// and its id returned, for Unmerge. Later articles naming from resolve to
// into. Both must exist (CodeNotFound) and be of the same type (CodeInvalid).
func (s *Store) Merge(ctx context.Context, into, from string) (string, error) {
	if into == from {
		return "", errorf(CodeInvalid, nil, "cannot merge an entity into itself")
	}
	record := uuid.NewString()
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		if _, err := mergeTx(ctx, tx, from, into, "user", record); err != nil {
			return nil, err
		}
		return nil, bumpVersion(ctx, tx)
	})
	if err != nil {
		return "", s.wrap(err, "merge %s into %s", from, into)
	}
	return record, nil
}

// mergeTx merges from into into inside tx and refreshes into's name,
// aliases and counts.
func mergeTx(ctx context.Context, tx neo4j.ManagedTransaction, from, into, reason, record string) (string, error) {
	recs, err := collectTx(ctx, tx, queryMergeSource, map[string]any{"from": from, "into": into})
	if err != nil {
		return "", err
	}
	r := recs[0]
	fromType, fromNil, _ := neo4j.GetRecordValue[string](r, "from_type")
	intoType, intoNil, _ := neo4j.GetRecordValue[string](r, "into_type")
	if fromNil {
		return "", errorf(CodeNotFound, nil, "no entity %s", from)
	}
	if intoNil {
		return "", errorf(CodeNotFound, nil, "no entity %s", into)
	}
	if fromType != intoType {
		return "", errorf(CodeInvalid, nil, "cannot merge a %s into a %s", fromType, intoType)
	}
	labels, _, _ := neo4j.GetRecordValue[[]any](r, "from_labels")
	fromName, _, _ := neo4j.GetRecordValue[string](r, "from_name")
	intoName, _, _ := neo4j.GetRecordValue[string](r, "into_name")
	kind, _ := r.Get("from_kind")
	surname, _ := r.Get("from_surname")
	params := map[string]any{
		"record": record, "from": from, "into": into, "reason": reason, "labels": labels,
		"name": fromName, "type": fromType, "kind": kind, "surname": surname, "into_name": intoName,
	}
	// The entities related to from list it; after the move they must list
	// into instead.
	related, err := nbNeighbourIDs(ctx, tx, from)
	if err != nil {
		return "", err
	}
	for _, q := range []string{queryMergeRecord, queryMergeMove} {
		if err := run(ctx, tx, q, params); err != nil {
			return "", err
		}
	}
	if err := run(ctx, tx, queryEntityRefresh, map[string]any{"ids": []string{into}}); err != nil {
		return "", err
	}
	if err := nbRebuild(ctx, tx, append(related, from, into)); err != nil {
		return "", err
	}
	return record, nil
}

// Unmerge undoes the merge with the given record id: the merged-away entity
// comes back with the relationships the merge moved. A merge whose
// relationships were merged again since must wait for the later merge to be
// undone first (CodeConflict).
func (s *Store) Unmerge(ctx context.Context, record string) (MergeRecord, error) {
	var out MergeRecord
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := collectTx(ctx, tx, queryMergeGet, map[string]any{"record": record})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, errorf(CodeNotFound, nil, "no merge %s", record)
		}
		r := recs[0]
		get := func(k string) string { v, _, _ := neo4j.GetRecordValue[string](r, k); return v }
		flag := func(k string) bool { v, _, _ := neo4j.GetRecordValue[bool](r, k); return v }
		later, _, _ := neo4j.GetRecordValue[int64](r, "later")
		switch {
		case flag("undone"):
			return nil, errorf(CodeConflict, nil, "merge %s was already undone", record)
		case flag("from_exists"):
			return nil, errorf(CodeConflict, nil, "entity %s exists again; merge it by hand instead", get("from"))
		case !flag("into_exists"):
			return nil, errorf(CodeConflict, nil, "entity %s it was merged into no longer exists", get("into"))
		case later > 0:
			return nil, errorf(CodeConflict, nil, "%d relationships were merged again after merge %s; undo the later merge first", later, record)
		}
		labels, _, _ := neo4j.GetRecordValue[[]any](r, "labels")
		var ls []string
		for _, l := range labels {
			if s, ok := l.(string); ok && (s == "Entity" || validType(EntityTypes, s)) {
				ls = append(ls, s)
			}
		}
		sort.Strings(ls)
		props := map[string]any{"id": get("from"), "name": get("name"), "type": get("type")}
		if k := get("kind"); k != "" {
			props["kind"] = k
		}
		if sn := get("surname"); sn != "" {
			props["surname"] = sn
		}
		out = MergeRecord{ID: record, From: get("from"), FromName: get("name"), Into: get("into")}
		params := map[string]any{"record": record, "from": out.From, "into": out.Into, "labels": ls, "props": props}
		if err := run(ctx, tx, queryMergeUndo, params); err != nil {
			return nil, err
		}
		ids := []string{out.From, out.Into}
		if _, err := single[int64](ctx, tx, queryEntityPrune, map[string]any{"ids": ids}, "removed"); err != nil {
			return nil, err
		}
		if err := run(ctx, tx, queryEntityRefresh, map[string]any{"ids": ids}); err != nil {
			return nil, err
		}
		// The relations that went back to from: their other ends list into.
		related, err := nbNeighbourIDs(ctx, tx, out.From)
		if err != nil {
			return nil, err
		}
		if err := nbRebuild(ctx, tx, append(related, ids...)); err != nil {
			return nil, err
		}
		return nil, bumpVersion(ctx, tx)
	})
	if err != nil {
		return MergeRecord{}, s.wrap(err, "unmerge %s", record)
	}
	return out, nil
}

// Merges lists recorded merges, newest first.
func (s *Store) Merges(ctx context.Context, limit int) ([]MergeRecord, error) {
	if limit <= 0 || limit > 10000 {
		limit = 100
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, queryMergeList, map[string]any{"limit": limit},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(s.cfg.QueryTimeout)))
	if err != nil {
		return nil, classifyCtx(ctx, err, "list merges")
	}
	out := make([]MergeRecord, 0, len(res.Records))
	for _, r := range res.Records {
		get := func(k string) string { v, _, _ := neo4j.GetRecordValue[string](r, k); return v }
		out = append(out, MergeRecord{ID: get("id"), From: get("from"), FromName: get("from_name"), Into: get("into"),
			IntoName: get("into_name"), Reason: get("reason"), At: get("at"), UndoneAt: get("undone_at")})
	}
	return out, nil
}

// DeleteArticle removes an article and everything it contributed, then
// removes entities no other article mentions. CodeNotFound if there is no
// such article.
func (s *Store) DeleteArticle(ctx context.Context, id string) (WriteSummary, error) {
	var sum WriteSummary
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		sum = WriteSummary{}
		touched, err := single[[]any](ctx, tx, queryArticleEntities, map[string]any{"ids": []string{id}}, "ids")
		if err != nil {
			return nil, err
		}
		if err := run(ctx, tx, queryArticleClear, map[string]any{"ids": []string{id}}); err != nil {
			return nil, err
		}
		n, err := single[int64](ctx, tx, queryArticleDel, map[string]any{"id": id}, "deleted")
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, errorf(CodeNotFound, nil, "no article %s", id)
		}
		ids := make([]string, 0, len(touched))
		for _, t := range touched {
			if s, ok := t.(string); ok {
				ids = append(ids, s)
			}
		}
		pruned, err := single[int64](ctx, tx, queryEntityPrune, map[string]any{"ids": ids}, "removed")
		if err != nil {
			return nil, err
		}
		sum.Pruned = int(pruned)
		if err := run(ctx, tx, queryEntityRefresh, map[string]any{"ids": ids}); err != nil {
			return nil, err
		}
		if err := nbRebuild(ctx, tx, ids); err != nil {
			return nil, err
		}
		return nil, bumpVersion(ctx, tx)
	})
	if err != nil {
		return WriteSummary{}, s.wrap(err, "delete article %s", id)
	}
	return sum, nil
}

// Version returns the graph's version, which every committed write
// increases (schema 006): a reader that cached answers under one version
// knows they may be stale once it reads another.
func (s *Store) Version(ctx context.Context) (int64, error) {
	recs, err := s.query(ctx, "graph version", queryVersion, nil)
	if err != nil {
		return 0, err
	}
	if len(recs) != 1 {
		return 0, errorf(CodeInternal, nil, "graph version: %d records", len(recs))
	}
	v, _, err := neo4j.GetRecordValue[int64](recs[0], "version")
	if err != nil {
		return 0, errorf(CodeInternal, err, "graph version")
	}
	return v, nil
}

// bumpVersion increases the graph's version; every write transaction that
// changed something calls it last.
func bumpVersion(ctx context.Context, tx neo4j.ManagedTransaction) error {
	return run(ctx, tx, queryVersionBump, nil)
}

// write runs fn in a retried write transaction.
func (s *Store) write(ctx context.Context, fn func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	// The driver's generic helper cannot return a nil interface, so the
	// result travels in a box.
	type box struct{ v any }
	b, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (box, error) {
		v, err := fn(tx)
		return box{v}, err
	})
	out := b.v
	s.purgeNodes() // even after an error: the outcome may be unknown
	if cerr := sess.Close(ctx); cerr != nil && err == nil {
		s.log.Warn("close session", "err", cerr)
	}
	return out, err
}

// wrap keeps an *Error from inside a transaction as it is and classifies
// anything else (a driver error).
func (s *Store) wrap(err error, format string, args ...any) error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return classify(err, format, args...)
}
