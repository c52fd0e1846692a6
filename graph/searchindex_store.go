package graph

import (
	"context"
	"errors"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var querySearchIndexPage = cypher.Query("search_index_page")

// searchIndexPage is how many entities one read of the index build takes.
const searchIndexPage = 5000

// errGraphChanged says the graph was written while an in-memory index
// was read: the pages do not make one consistent picture, so the index is
// not used.
var errGraphChanged = errors.New("the graph changed while it was read")

// readPages reads a whole-graph query page by page in id order (its
// parameters $after, the last id read, and $page), calling each for every
// record, and fails with errGraphChanged when the graph's version is no
// longer v0 at the end (the pages could mix two versions).
func (s *Store) readPages(ctx context.Context, what, q string, page int, v0 int64, each func(r *neo4j.Record) error) error {
	after := ""
	for {
		recs, err := s.query(ctx, what, q, map[string]any{"after": after, "page": page})
		if err != nil {
			return err
		}
		for _, r := range recs {
			if err := each(r); err != nil {
				return err
			}
			after = recStr(r, "id")
		}
		if len(recs) < page {
			break
		}
	}
	v1, err := s.Version(ctx)
	if err != nil {
		return err
	}
	if v1 != v0 {
		return errGraphChanged
	}
	return nil
}

// SearchIndexStats describes a built search index.
type SearchIndexStats struct {
	Version  int64
	Entities int
	Words    int
	Bytes    int64
	Took     time.Duration
}

// BuildSearchIndex reads every entity's names and makes searches answer
// from memory while the graph stays at the version it was read at (see
// searchindex.go). The read goes page by page through the id index; when a
// write commits in the meantime the index is discarded with an error, as it
// could mix two versions.
func (s *Store) BuildSearchIndex(ctx context.Context) (SearchIndexStats, error) {
	v, err := s.Version(ctx)
	if err != nil {
		return SearchIndexStats{}, err
	}
	return s.buildSearchIndexAt(ctx, v)
}

// buildSearchIndexAt builds the index for version v0, read by the caller
// just before.
func (s *Store) buildSearchIndexAt(ctx context.Context, v0 int64) (SearchIndexStats, error) {
	start := time.Now()
	var ents []indexEntity
	err := s.readPages(ctx, "read entities for the search index", querySearchIndexPage, searchIndexPage, v0,
		func(r *neo4j.Record) error {
			ents = append(ents, indexEntity{ID: recStr(r, "id"), Name: recStr(r, "name"), Type: recStr(r, "type"),
				Aliases: recStrings(r, "aliases"), Mentions: recInt(r, "mentions"), Articles: recInt(r, "articles")})
			return nil
		})
	if err != nil {
		return SearchIndexStats{}, err
	}
	ix := buildSearchIndex(v0, ents)
	s.sidx.Store(ix)
	return SearchIndexStats{Version: v0, Entities: len(ix.ents), Words: len(ix.wordAt) - 1, Bytes: ix.size(),
		Took: time.Since(start)}, nil
}

// KeepSearchIndex keeps the search index in step with the graph until ctx
// ends: it builds the index at once, then every interval reads the
// version and rebuilds the index once the version has changed and then
// held still for an interval (during a long ingest every batch changes it;
// searches use Neo4j meanwhile).
func (s *Store) KeepSearchIndex(ctx context.Context, interval time.Duration) {
	s.keep(ctx, interval, "search index", func() (int64, bool) {
		ix := s.sidx.Load()
		if ix == nil {
			return 0, false
		}
		return ix.version, true
	}, func(ctx context.Context, v int64) ([]any, error) {
		st, err := s.buildSearchIndexAt(ctx, v)
		if err != nil {
			return nil, err
		}
		return []any{"entities", st.Entities, "words", st.Words, "mb", st.Bytes >> 20,
			"took", st.Took.Round(time.Millisecond).String(), "version", st.Version}, nil
	})
}

// SearchIndexState is what /api/health reports of the search index.
type SearchIndexState struct {
	Entities int   `json:"entities"`
	Version  int64 `json:"version"` // the graph's version it was built for
	// InUse says searches answer from it now: the graph is still at
	// Version (else they go to Neo4j until it is rebuilt).
	InUse bool `json:"in_use"`
}

// SearchIndex reports the search index, ok false while none is built.
func (s *Store) SearchIndex(ctx context.Context) (st SearchIndexState, ok bool) {
	ix := s.sidx.Load()
	if ix == nil {
		return SearchIndexState{}, false
	}
	return SearchIndexState{Entities: len(ix.ents), Version: ix.version, InUse: s.searchIndexFor(ctx) == ix}, true
}

// searchIndexFor returns the search index when it was built for the graph
// as it is now (the version read at most once per node-cache interval, at
// once after this process's own writes), else nil.
func (s *Store) searchIndexFor(ctx context.Context) *searchIndex {
	if ix := s.sidx.Load(); ix != nil && s.inStep(ctx, ix.version) {
		return ix
	}
	return nil
}

// inStep reports whether the graph is still at version built: read at
// most once per node-cache interval, at once after this process's own
// writes (an in-memory index is used only while it holds).
func (s *Store) inStep(ctx context.Context, built int64) bool {
	v, ok := s.sclock.Current(ctx, s.Version)
	return ok && v == built
}
