package graph

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/internal/lru"
)

var queryNbNodes = cypher.Query("q_nb_nodes")

// The node cache keeps the nodes of recent neighbourhood views with their
// neighbour lists, so that the next view around the same part of the graph
// (popular entities appear in most views) reads from Neo4j only the nodes
// it has not seen: a 500-node view is otherwise two queries returning
// every node and list again. It is an lru.Cache: entries hold for one
// graph version, read at most once per interval (so a view is never older
// than the interval), and this process's own writes empty it at once.

// cachedNode is a view node and its neighbour list (empty for an
// article). A partial one was read without its list, for a view drawn from
// the view index (viewindex.go): the list path reads it again. A jsonOnly
// one (partial too) keeps the node's JSON but not its Properties, for the
// web server's views, which only write that JSON: a third of the memory,
// so the cache holds three times the nodes (docs/bench-query.md, round 5).
type cachedNode struct {
	node     Node
	list     viewList
	total    int64
	partial  bool
	jsonOnly bool
}

func newNodeCache(maxBytes int64, interval time.Duration) *lru.Cache[*cachedNode] {
	if maxBytes <= 0 {
		return nil
	}
	return lru.New[*cachedNode](maxBytes, interval)
}

// purgeNodes empties the node cache after a write of this process, and
// makes the search index's next use read the version (the index is not
// used once the graph has moved past it).
func (s *Store) purgeNodes() {
	if s.nodes != nil {
		s.nodes.Purge()
	}
	s.sclock.Purge()
}

// nodeCacheVersion is the graph's version for the node cache, read in tx;
// ok is false when the cache is off or the version could not be read.
func (s *Store) nodeCacheVersion(ctx context.Context, tx neo4j.ManagedTransaction) (int64, bool) {
	if s.nodes == nil {
		return 0, false
	}
	return s.nodes.Current(ctx, func(ctx context.Context) (int64, error) {
		return single[int64](ctx, tx, queryVersion, nil, "version")
	})
}

// viewNodes returns the node and list of every id that names a node (an
// unknown id is left out), reading the ones not in the node cache in one
// query and keeping them there under version v when cached is set.
func (s *Store) viewNodes(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, v int64, cached bool) (map[string]*cachedNode, error) {
	out := make(map[string]*cachedNode, len(ids))
	var missing []string
	asked := make(map[string]bool, len(ids))
	for _, id := range ids {
		if asked[id] {
			continue
		}
		asked[id] = true
		if n, ok := s.cachedNode(id, cached); ok && !n.partial {
			out[id] = n
		} else {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	recs, err := collect(ctx, tx, queryNbNodes, map[string]any{"ids": missing, "k": nbListSize})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		n := viewNodeFrom(r, true, false)
		out[n.node.ID] = n
		s.keepNode(n, v, cached)
	}
	return out, nil
}

// viewNodeFrom decodes a row of q_nb_nodes (withList) or q_view_nodes
// (jsonOnly: drop the properties once encoded).
func viewNodeFrom(r *neo4j.Record, withList, jsonOnly bool) *cachedNode {
	n := &cachedNode{partial: !withList, jsonOnly: jsonOnly && !withList}
	n.node = nodeFromMap(map[string]any{
		"id": recStr(r, "id"), "labels": recList(r, "labels"), "props": recMap(r, "props"), "degree": recInt(r, "degree"),
	})
	if withList {
		n.list = newViewList(recStrings(r, "others"), recStrings(r, "rels"), recStrings(r, "firsts"),
			recStrings(r, "lasts"), recList(r, "counts"))
		n.total = recInt(r, "total")
	}
	// The node's JSON, for every view that shows it while cached; a node
	// encoding/json cannot encode is left to fail in the view (and keeps
	// its properties for that).
	if n.node.encode() == nil && n.jsonOnly {
		n.node.Properties = nil
	}
	return n
}

// keepNode puts a node read at version v in the node cache, when cached.
func (s *Store) keepNode(n *cachedNode, v int64, cached bool) {
	if !cached {
		return
	}
	size := 512 + int64(len(n.node.ID)+len(n.node.encoded)) + n.list.size()
	for k, p := range n.node.Properties {
		size += int64(len(k)) + approxSize(p)
	}
	s.nodes.Put(n.node.ID, v, n, size)
}

func (s *Store) cachedNode(id string, cached bool) (*cachedNode, bool) {
	if !cached {
		return nil, false
	}
	return s.nodes.Get(id)
}

// approxSize estimates the memory a property value holds.
func approxSize(v any) int64 {
	switch x := v.(type) {
	case string:
		return 16 + int64(len(x))
	case []any:
		n := int64(24)
		for _, e := range x {
			n += approxSize(e)
		}
		return n
	default:
		return 16
	}
}
