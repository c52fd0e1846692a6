// Package lru is the cache newsgraph's readers share: least recently used
// entries go first to keep the values under a byte budget, and every entry
// holds for one version of the graph (graph.Store.Version, which every
// committed write increases, from whichever process). The version is read
// at most once per interval and the cache is emptied when it has changed,
// so nothing served from it is older than the interval; a value computed
// under an older version than the current one is not kept, so a
// computation that raced a write cannot outlive it.
//
// The web server's response cache and the graph store's node cache are
// both one of these.
package lru

import (
	"container/list"
	"context"
	"sync"
	"time"
)

// Cache is a versioned, byte-bounded LRU cache; its methods are safe for
// concurrent use.
type Cache[V any] struct {
	maxBytes int64
	interval time.Duration

	checkMu sync.Mutex // one version read at a time
	mu      sync.Mutex // everything below
	version int64
	known   bool      // version was read successfully
	checked time.Time // when version was last read
	order   *list.List
	items   map[string]*list.Element
	bytes   int64
}

type entry[V any] struct {
	key  string
	val  V
	size int64
}

// New returns a cache of at most maxBytes that reads the version at most
// once per interval.
func New[V any](maxBytes int64, interval time.Duration) *Cache[V] {
	return &Cache[V]{maxBytes: maxBytes, interval: interval, order: list.New(), items: map[string]*list.Element{}}
}

// Current returns the graph's version, calling read when the last read is
// older than the interval, and empties the cache when the version has
// changed; ok is false when the version cannot be read (then the caller
// goes without the cache; the entries stay until the version is known to
// differ).
func (c *Cache[V]) Current(ctx context.Context, read func(context.Context) (int64, error)) (v int64, ok bool) {
	if v, ok := c.fresh(); ok {
		return v, true
	}
	c.checkMu.Lock()
	defer c.checkMu.Unlock()
	if v, ok := c.fresh(); ok { // another caller just read it
		return v, true
	}
	v, err := read(ctx)
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil {
		c.checked = time.Time{}
		return 0, false
	}
	if !c.known || v != c.version {
		c.dropLocked()
	}
	c.version, c.known, c.checked = v, true, time.Now()
	return v, true
}

func (c *Cache[V]) fresh() (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.version, c.known && time.Since(c.checked) < c.interval
}

// Purge empties the cache and makes the next Current read the version:
// after a write of this process.
func (c *Cache[V]) Purge() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dropLocked()
	c.known = false
}

func (c *Cache[V]) dropLocked() {
	c.order.Init()
	clear(c.items)
	c.bytes = 0
}

// Get returns the value under key, if any, and marks it recently used.
func (c *Cache[V]) Get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry[V]).val, true
}

// Put stores a value of about size bytes computed at version v, unless the
// graph has moved on since (the value may predate the write) or the value
// would take more than a quarter of the budget.
func (c *Cache[V]) Put(key string, v int64, val V, size int64) {
	if size > c.maxBytes/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.known || c.version != v {
		return
	}
	if el, ok := c.items[key]; ok {
		c.bytes -= el.Value.(*entry[V]).size
		c.order.Remove(el)
	}
	c.items[key] = c.order.PushFront(&entry[V]{key: key, val: val, size: size})
	c.bytes += size
	for c.bytes > c.maxBytes {
		el := c.order.Back()
		e := el.Value.(*entry[V])
		c.order.Remove(el)
		delete(c.items, e.key)
		c.bytes -= e.size
	}
}

// Len and Bytes report the entries held and their estimated size.
func (c *Cache[V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}

func (c *Cache[V]) Bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes
}
