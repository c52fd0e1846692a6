package graph

import (
	"context"
	"errors"
	"runtime/debug"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var (
	queryViewIndexPage = cypher.Query("view_index_page")
	queryViewNodes     = cypher.Query("q_view_nodes")
)

// viewIndexPage is how many lists one read of the index build takes.
const viewIndexPage = 5000

// ViewIndexStats describes a built view index.
type ViewIndexStats struct {
	Version int64
	Nodes   int // entities with a list and the nodes their lists name
	Lists   int
	Entries int
	Bytes   int64
	Took    time.Duration
}

// BuildViewIndex reads every neighbour list and makes default
// neighbourhood views answer from memory while the graph stays at the
// version it was read at (see viewindex.go); like BuildSearchIndex, a write
// committed during the read discards it with an error. It needs the lists
// (a graph migrated by this version); without them it builds nothing.
func (s *Store) BuildViewIndex(ctx context.Context) (ViewIndexStats, error) {
	v, err := s.Version(ctx)
	if err != nil {
		return ViewIndexStats{}, err
	}
	return s.buildViewIndexAt(ctx, v)
}

func (s *Store) buildViewIndexAt(ctx context.Context, v0 int64) (ViewIndexStats, error) {
	start := time.Now()
	var ready bool
	if err := s.read(ctx, "neighbour list state", func(ctx context.Context, tx neo4j.ManagedTransaction) (err error) {
		ready, err = s.neighbourListsReady(ctx, tx)
		return err
	}); err != nil {
		return ViewIndexStats{}, err
	}
	if !ready {
		return ViewIndexStats{}, errors.New("the graph's neighbour lists are not built yet (run newsgraph migrate)")
	}
	b := newIxBuilder()
	lists := 0
	err := s.readPages(ctx, "read neighbour lists for the view index", queryViewIndexPage, viewIndexPage, v0,
		func(r *neo4j.Record) error {
			lists++
			return b.add(ixList{id: recStr(r, "id"), others: recStrings(r, "others"), rels: recStrings(r, "rels"),
				firsts: recStrings(r, "firsts"), lasts: recStrings(r, "lasts"), counts: recList(r, "counts"), total: recInt(r, "total")})
		})
	if err != nil {
		return ViewIndexStats{}, err
	}
	ix, err := b.finish(v0)
	if err != nil {
		return ViewIndexStats{}, err
	}
	s.vidx.Store(ix)
	return ViewIndexStats{Version: v0, Nodes: ix.len(), Lists: lists, Entries: len(ix.entries), Bytes: ix.size(),
		Took: time.Since(start)}, nil
}

// KeepViewIndex keeps the view index in step with the graph until ctx
// ends, as KeepSearchIndex keeps the search index.
func (s *Store) KeepViewIndex(ctx context.Context, interval time.Duration) {
	s.keep(ctx, interval, "view index", func() (int64, bool) {
		ix := s.vidx.Load()
		if ix == nil {
			return 0, false
		}
		return ix.version, true
	}, func(ctx context.Context, v int64) ([]any, error) {
		st, err := s.buildViewIndexAt(ctx, v)
		if err != nil {
			return nil, err
		}
		return []any{"nodes", st.Nodes, "lists", st.Lists, "entries", st.Entries, "mb", st.Bytes >> 20,
			"took", st.Took.Round(time.Millisecond).String(), "version", st.Version}, nil
	})
}

// ViewIndexState is what /api/health reports of the view index.
type ViewIndexState struct {
	Nodes   int   `json:"nodes"`
	Entries int   `json:"entries"`
	Version int64 `json:"version"` // the graph's version it was built for
	// InUse says default neighbourhood views answer from it now.
	InUse bool `json:"in_use"`
}

// ViewIndex reports the view index, ok false while none is built.
func (s *Store) ViewIndex(ctx context.Context) (st ViewIndexState, ok bool) {
	ix := s.vidx.Load()
	if ix == nil {
		return ViewIndexState{}, false
	}
	return ViewIndexState{Nodes: ix.len(), Entries: len(ix.entries), Version: ix.version,
		InUse: s.viewIndexFor(ctx) == ix}, true
}

// viewIndexFor returns the view index when it was built for the graph as
// it is now, else nil.
func (s *Store) viewIndexFor(ctx context.Context) *viewIndex {
	if ix := s.vidx.Load(); ix != nil && s.inStep(ctx, ix.version) {
		return ix
	}
	return nil
}

// indexNodes returns the nodes of a view drawn from the index (nil for one
// that vanished), from the node cache or, for those it lacks, in one read;
// jsonOnly: the view is only written as JSON, so nodes without their
// properties do. ok is false when the node cache has seen another version
// than the index's (a write came between): the caller takes the list path.
func (s *Store) indexNodes(ctx context.Context, ix *viewIndex, nums []uint32, jsonOnly bool) (nodes []*cachedNode, ok bool, err error) {
	nodes = make([]*cachedNode, len(nums))
	cached := false
	if s.nodes != nil {
		v, known := s.nodes.Current(ctx, s.Version)
		if known && v != ix.version {
			return nil, false, nil
		}
		cached = known
	}
	var missing []string
	at := map[string]int{}
	for i, n := range nums {
		id := ix.id(n)
		if c, hit := s.cachedNode(id, cached); hit && (jsonOnly || !c.jsonOnly) {
			nodes[i] = c
			continue
		}
		missing = append(missing, id)
		at[id] = i
	}
	if len(missing) == 0 {
		return nodes, true, nil
	}
	err = s.read(ctx, "nodes of a neighbourhood view", func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		recs, err := collect(ctx, tx, queryViewNodes, map[string]any{"ids": missing})
		if err != nil {
			return err
		}
		for _, r := range recs {
			n := viewNodeFrom(r, false, jsonOnly)
			if i, ok := at[n.node.ID]; ok {
				nodes[i] = n
				s.keepNode(n, ix.version, cached)
			}
		}
		return nil
	})
	return nodes, err == nil, err
}

// keep rebuilds an in-memory index (the search or the view index) until
// ctx ends: at once, then every interval it reads the graph's version and
// rebuilds once the version has changed and then held still for an
// interval (during a long ingest every batch changes it; reads use Neo4j
// meanwhile). built reports the version of the index in use; build builds
// one for version v and returns what to log.
func (s *Store) keep(ctx context.Context, interval time.Duration, what string, built func() (int64, bool),
	build func(ctx context.Context, v int64) ([]any, error)) {
	if interval <= 0 {
		interval = 5 * time.Second
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	var last int64 = -1
	for {
		if v, err := s.Version(ctx); err == nil {
			have, ok := built()
			if (!ok || have != v) && (v == last || last < 0) {
				attrs, err := build(ctx, v)
				switch {
				case err == nil:
					s.log.Info(what+" built", attrs...)
					// A build reads every entity once (hundreds of MB of
					// short-lived strings on a big graph): hand that back to
					// the system now rather than keep it resident.
					debug.FreeOSMemory()
				case ctx.Err() != nil:
					return
				case errors.Is(err, errGraphChanged):
					s.log.Debug(what + ": the graph changed while it was read; trying again later")
				default:
					s.log.Warn(what+" not built; reads use Neo4j", "err", err)
				}
			}
			last = v
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
