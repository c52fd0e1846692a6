package web

import (
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"
)

// The response cache of the read endpoints. A read answer depends only on
// the request (its route and validated parameters, which make the key) and
// on the graph, whose version (graph.Store.Version) every committed write
// increases, from whichever process. The cache reads the version at most
// once per interval and drops every entry when it has changed, so an
// answer is never older than the interval; the server's own writes drop
// the cache at once. Entries are evicted least recently used first to keep
// the bodies under a byte budget. Identical requests that miss at the same
// time are computed once: the others wait for that answer.

// Versioner is what the cache needs of the graph: a number that changes
// whenever the graph does. graph.Store implements it.
type Versioner interface {
	Version(ctx context.Context) (int64, error)
}

// DefaultCacheInterval is how often the graph's version is read when
// Options.CacheInterval is 0: the most an answer can lag behind a write
// made by another process.
const DefaultCacheInterval = time.Second

// answer is a response body ready to be written.
type answer struct {
	body        []byte
	contentType string
	disposition string // Content-Disposition (exports), "" for none
}

func jsonAnswer(v any) (answer, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return answer{}, err
	}
	return answer{body: b, contentType: "application/json; charset=utf-8"}, nil
}

// cacheKey is a request's key: its route and validated parameters.
func cacheKey(route string, params ...any) string {
	b, _ := json.Marshal(params)
	return route + " " + string(b)
}

func (a answer) size() int64 {
	return int64(len(a.body)+len(a.contentType)+len(a.disposition)) + 64
}

type cacheEntry struct {
	key string
	ans answer
}

// flight is one computation that identical requests share.
type flight struct {
	done chan struct{}
	ans  answer
	err  error
	// abandoned: the leader's own client went away, so its error says
	// nothing about the request; waiters compute for themselves.
	abandoned bool
}

type responseCache struct {
	maxBytes int64
	interval time.Duration
	ver      Versioner
	now      func() time.Time

	checkMu sync.Mutex // one version read at a time
	mu      sync.Mutex // everything below
	version int64
	known   bool      // version was read successfully
	checked time.Time // when version was last read
	lru     *list.List
	items   map[string]*list.Element
	bytes   int64
	flights map[string]*flight

	hits, misses, shared atomic.Int64
}

func newResponseCache(maxBytes int64, interval time.Duration, v Versioner) *responseCache {
	if interval <= 0 {
		interval = DefaultCacheInterval
	}
	return &responseCache{maxBytes: maxBytes, interval: interval, ver: v, now: time.Now,
		lru: list.New(), items: map[string]*list.Element{}, flights: map[string]*flight{}}
}

// current returns the graph's version, reading it when the last read is
// older than the interval; ok is false when it cannot be read (then the
// request is answered without the cache).
func (rc *responseCache) current(ctx context.Context) (int64, bool) {
	rc.mu.Lock()
	if rc.known && rc.now().Sub(rc.checked) < rc.interval {
		v := rc.version
		rc.mu.Unlock()
		return v, true
	}
	rc.mu.Unlock()
	rc.checkMu.Lock()
	defer rc.checkMu.Unlock()
	rc.mu.Lock()
	if rc.known && rc.now().Sub(rc.checked) < rc.interval { // another request just read it
		v := rc.version
		rc.mu.Unlock()
		return v, true
	}
	rc.mu.Unlock()
	v, err := rc.ver.Version(ctx)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if err != nil {
		rc.checked = time.Time{} // read again next time; the entries stay until the version is known to differ
		return 0, false
	}
	if !rc.known || v != rc.version {
		rc.dropLocked()
	}
	rc.version, rc.known, rc.checked = v, true, rc.now()
	return v, true
}

// purge drops every entry and forces the next request to read the version:
// the server's own writes call it.
func (rc *responseCache) purge() {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.dropLocked()
	rc.known = false
}

func (rc *responseCache) dropLocked() {
	rc.lru.Init()
	clear(rc.items)
	rc.bytes = 0
}

func (rc *responseCache) get(key string) (answer, bool) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	el, ok := rc.items[key]
	if !ok {
		return answer{}, false
	}
	rc.lru.MoveToFront(el)
	return el.Value.(*cacheEntry).ans, true
}

// put stores an answer computed at version v, unless the graph has moved
// on since (the answer may predate the write) or the answer is too big to
// be worth a quarter of the budget.
func (rc *responseCache) put(key string, v int64, a answer) {
	size := a.size()
	if size > rc.maxBytes/4 {
		return
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if !rc.known || rc.version != v {
		return
	}
	if el, ok := rc.items[key]; ok {
		rc.bytes -= el.Value.(*cacheEntry).ans.size()
		rc.lru.Remove(el)
	}
	rc.items[key] = rc.lru.PushFront(&cacheEntry{key: key, ans: a})
	rc.bytes += size
	for rc.bytes > rc.maxBytes {
		el := rc.lru.Back()
		e := el.Value.(*cacheEntry)
		rc.lru.Remove(el)
		delete(rc.items, e.key)
		rc.bytes -= e.ans.size()
	}
}

// CacheStats are the cache's counters since the server started.
type CacheStats struct {
	Enabled bool  `json:"enabled"`
	Hits    int64 `json:"hits"`
	Misses  int64 `json:"misses"`
	Shared  int64 `json:"shared"` // misses answered by an identical request's computation
	Entries int   `json:"entries"`
	Bytes   int64 `json:"bytes"`
}

// CacheStats reports the response cache's counters.
func (s *Server) CacheStats() CacheStats {
	rc := s.cache
	if rc == nil {
		return CacheStats{}
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return CacheStats{Enabled: true, Hits: rc.hits.Load(), Misses: rc.misses.Load(), Shared: rc.shared.Load(),
		Entries: len(rc.items), Bytes: rc.bytes}
}

// serve answers c from the cache under key, or by compute (once for all
// identical requests waiting at the same time), and stores the answer. The
// X-Cache header says which: hit, miss, shared (waited for an identical
// request's computation) or off.
func (s *Server) serve(c *gin.Context, key string, compute func(ctx context.Context) (answer, error)) {
	rc := s.cache
	if rc == nil {
		s.compute(c, "off", compute)
		return
	}
	ctx := c.Request.Context()
	v, ok := rc.current(ctx)
	if !ok {
		s.compute(c, "off", compute)
		return
	}
	if a, ok := rc.get(key); ok {
		rc.hits.Add(1)
		writeAnswer(c, "hit", a)
		return
	}
	rc.mu.Lock()
	if f, ok := rc.flights[key]; ok {
		rc.mu.Unlock()
		select {
		case <-f.done:
		case <-ctx.Done():
			s.writeError(c, ctx.Err())
			return
		}
		if f.abandoned {
			s.compute(c, "miss", compute)
			return
		}
		rc.shared.Add(1)
		if f.err != nil {
			s.writeError(c, f.err)
			return
		}
		writeAnswer(c, "shared", f.ans)
		return
	}
	f := &flight{done: make(chan struct{}), abandoned: true}
	rc.flights[key] = f
	rc.mu.Unlock()
	rc.misses.Add(1)
	// Waiters are released however compute ends, a panic included (then
	// abandoned stays set and they compute for themselves).
	var once sync.Once
	release := func() {
		once.Do(func() {
			rc.mu.Lock()
			delete(rc.flights, key)
			rc.mu.Unlock()
			close(f.done)
		})
	}
	defer release()
	ans, err := compute(ctx)
	f.ans, f.err = ans, err
	// An error because the leader's own client went away says nothing
	// about the request: waiters then compute for themselves.
	f.abandoned = err != nil && ctx.Err() != nil && !errors.Is(ctx.Err(), context.DeadlineExceeded)
	release()
	if f.err != nil {
		s.writeError(c, f.err)
		return
	}
	rc.put(key, v, f.ans)
	writeAnswer(c, "miss", f.ans)
}

func (s *Server) compute(c *gin.Context, how string, compute func(ctx context.Context) (answer, error)) {
	a, err := compute(c.Request.Context())
	if err != nil {
		s.writeError(c, err)
		return
	}
	writeAnswer(c, how, a)
}

func writeAnswer(c *gin.Context, how string, a answer) {
	c.Header("X-Cache", how)
	if a.disposition != "" {
		c.Header("Content-Disposition", a.disposition)
	}
	c.Data(http.StatusOK, a.contentType, a.body)
}
