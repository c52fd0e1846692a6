package graph

import (
	"container/list"
	"context"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var queryNbNodes = cypher.Query("q_nb_nodes")

// nodeCache keeps the nodes of recent neighbourhood views with their
// neighbour lists, so that the next view around the same part of the graph
// (popular entities appear in most views) reads from Neo4j only the nodes
// it has not seen: a 500-node view is otherwise two queries returning
// every node and list again. Entries are valid for one graph version
// (Store.Version), which is read at most once per interval, so a view is
// never older than the interval; this process's own writes empty the cache
// at once. Bounded by an estimate of the bytes held; the least recently
// used entry goes first.
type nodeCache struct {
	max      int64
	interval time.Duration

	mu      sync.Mutex
	used    int64
	order   *list.List // of *cachedNode, most recent first
	byID    map[string]*list.Element
	version int64
	checked time.Time
}

// cachedNode is a view node and its neighbour list (nil for an article).
type cachedNode struct {
	id    string
	node  Node
	list  []nbEntry
	total int64
	size  int64
}

func newNodeCache(max int64, interval time.Duration) *nodeCache {
	if max <= 0 {
		return nil
	}
	return &nodeCache{max: max, interval: interval, order: list.New(), byID: map[string]*list.Element{}}
}

// clear drops every entry (after a write of this process).
func (c *nodeCache) clear() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.order.Init()
	c.byID = map[string]*list.Element{}
	c.used = 0
	c.checked = time.Time{}
	c.mu.Unlock()
}

// fresh drops every entry when the graph's version has changed since it
// was last read, reading it at most once per interval.
func (c *nodeCache) fresh(ctx context.Context, version func(context.Context) (int64, error)) error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	due := time.Since(c.checked) >= c.interval
	c.mu.Unlock()
	if !due {
		return nil
	}
	v, err := version(ctx)
	if err != nil {
		return err
	}
	c.mu.Lock()
	if v != c.version {
		c.order.Init()
		c.byID = map[string]*list.Element{}
		c.used = 0
		c.version = v
	}
	c.checked = time.Now()
	c.mu.Unlock()
	return nil
}

func (c *nodeCache) get(id string) (*cachedNode, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byID[id]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cachedNode), true
}

func (c *nodeCache) put(n *cachedNode) {
	if c == nil || n.size > c.max/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byID[n.id]; ok {
		c.used -= e.Value.(*cachedNode).size
		c.order.Remove(e)
	}
	c.byID[n.id] = c.order.PushFront(n)
	c.used += n.size
	for c.used > c.max {
		last := c.order.Back()
		old := last.Value.(*cachedNode)
		c.order.Remove(last)
		delete(c.byID, old.id)
		c.used -= old.size
	}
}

// viewNodes returns the cached node and list of every id that names a node
// (an unknown id is left out), reading the ones not cached in one query.
func (s *Store) viewNodes(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*cachedNode, error) {
	out := make(map[string]*cachedNode, len(ids))
	var missing []string
	asked := make(map[string]bool, len(ids))
	for _, id := range ids {
		if asked[id] {
			continue
		}
		asked[id] = true
		if n, ok := s.nodes.get(id); ok {
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
		n := &cachedNode{id: recStr(r, "id")}
		n.node = nodeFromMap(map[string]any{
			"id": n.id, "labels": recList(r, "labels"), "props": recMap(r, "props"), "degree": recInt(r, "degree"),
		})
		others, rels, counts := recStrings(r, "others"), recStrings(r, "rels"), recList(r, "counts")
		firsts, lasts := recStrings(r, "firsts"), recStrings(r, "lasts")
		n.total = recInt(r, "total")
		n.size = 512 + int64(len(n.id))
		for k, v := range n.node.Properties {
			n.size += int64(len(k)) + approxSize(v)
		}
		for i, o := range others {
			if i >= len(rels) || i >= len(counts) || i >= len(firsts) || i >= len(lasts) {
				break
			}
			c, _ := counts[i].(int64)
			n.list = append(n.list, nbEntry{other: o, rel: rels[i], count: c, first: firsts[i], last: lasts[i]})
			n.size += 96 + int64(len(o)+len(rels[i])+len(firsts[i])+len(lasts[i]))
		}
		out[n.id] = n
		s.nodes.put(n)
	}
	return out, nil
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
