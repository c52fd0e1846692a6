package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"hash/maphash"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/newsgraph/newsgraph/internal/lru"
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
	// buf, when set, is the pooled buffer body was encoded into: the
	// answer must be copied (owned) before it outlives the request, and
	// given back (release) once written.
	buf *[]byte
}

// owned returns the answer with a body of its own.
func (a answer) owned() answer {
	if a.buf != nil {
		a.body, a.buf = bytes.Clone(a.body), nil
	}
	return a
}

// release gives a pooled body's buffer back; the answer is not used after.
func (a answer) release() {
	if a.buf == nil {
		return
	}
	if poisonReleased {
		for i := range a.body {
			a.body[i] = 'X'
		}
	}
	if cap(a.body) <= maxScratch {
		*a.buf = a.body
	}
	scratch.Put(a.buf)
}

// poisonReleased makes release overwrite a body, so that tests see any
// use of it after its release.
var poisonReleased = false

// jsonAppender is a value that encodes itself without reflection
// (graph.NeighbourhoodGraph: a depth-2 view is 2,000 links).
type jsonAppender interface {
	AppendJSON(b []byte) ([]byte, error)
}

// appendFunc makes a function that appends JSON a jsonAppender.
type appendFunc func(b []byte) ([]byte, error)

func (f appendFunc) AppendJSON(b []byte) ([]byte, error) { return f(b) }

// scratch holds the buffers answers are encoded into; an answer the cache
// keeps is copied out at its size.
var scratch = sync.Pool{New: func() any { return new([]byte) }}

// maxScratch is the largest buffer put back in scratch: an export of
// 5,000 nodes should not pin megabytes per pooled buffer.
const maxScratch = 1 << 20

func jsonAnswer(v any) (answer, error) {
	const contentType = "application/json; charset=utf-8"
	if a, ok := v.(jsonAppender); ok {
		buf := scratch.Get().(*[]byte)
		out, err := a.AppendJSON((*buf)[:0])
		if err != nil {
			scratch.Put(buf)
			return answer{}, err
		}
		return answer{body: out, contentType: contentType, buf: buf}, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return answer{}, err
	}
	return answer{body: b, contentType: contentType}, nil
}

// cacheKey is a request's key: its route and validated parameters.
func cacheKey(route string, params ...any) string {
	b, _ := json.Marshal(params)
	return route + " " + string(b)
}

func (a answer) size() int64 {
	return int64(len(a.body)+len(a.contentType)+len(a.disposition)) + 64
}

// flight is one computation that identical requests share.
type flight struct {
	done    chan struct{}
	ans     answer // owned when waiters share it
	err     error
	waiters int // joined while the flight was listed (under responseCache.mu)
	// abandoned: the leader's own client went away, so its error says
	// nothing about the request; waiters compute for themselves.
	abandoned bool
}

// responseCache is the answers (an lru.Cache, which also follows the
// graph's version) and the computations in flight.
type responseCache struct {
	*lru.Cache[answer]
	ver Versioner

	mu      sync.Mutex // flights
	flights map[string]*flight
	// seen remembers the keys of large answers computed once and not
	// kept (admit).
	seen [seenSlots]atomic.Uint64

	hits, misses, shared atomic.Int64
}

// An answer of up to admitBytes is kept at once; a larger one (a depth-2
// view is 100–700 KB) only when its key is asked for a second time while
// its trace is in seen. Under a stream of views of distinct entities,
// copying each answer into the cache only to evict it unread was three
// quarters of the server's allocations, and the collector's work with
// them (docs/bench-query.md, round 5); a view someone returns to is kept
// from its second request on.
const (
	admitBytes = 64 << 10
	seenBits   = 14
	seenSlots  = 1 << seenBits
)

// admit reports whether an answer of size bytes under key is kept.
func (rc *responseCache) admit(key string, size int) bool {
	if size <= admitBytes {
		return true
	}
	h := maphash.String(seenSeed, key) | 1 // never 0, the empty slot
	slot := &rc.seen[h>>(64-seenBits)]     // the top bits: the low one is set
	if slot.Load() == h {
		slot.Store(0)
		return true
	}
	slot.Store(h)
	return false
}

var seenSeed = maphash.MakeSeed()

func newResponseCache(maxBytes int64, interval time.Duration, v Versioner) *responseCache {
	if interval <= 0 {
		interval = DefaultCacheInterval
	}
	return &responseCache{Cache: lru.New[answer](maxBytes, interval), ver: v, flights: map[string]*flight{}}
}

// current returns the graph's version (see lru.Cache.Current); ok is false
// when it cannot be read, and the request is answered without the cache.
func (rc *responseCache) current(ctx context.Context) (int64, bool) {
	return rc.Current(ctx, rc.ver.Version)
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
	return CacheStats{Enabled: true, Hits: rc.hits.Load(), Misses: rc.misses.Load(), Shared: rc.shared.Load(),
		Entries: rc.Len(), Bytes: rc.Bytes()}
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
	if a, ok := rc.Get(key); ok {
		rc.hits.Add(1)
		writeAnswer(c, "hit", a)
		return
	}
	rc.mu.Lock()
	if f, ok := rc.flights[key]; ok {
		f.waiters++
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
	// abandoned stays set and they compute for themselves). unlist ends
	// the flight's listing (no waiter joins after it) and says how many
	// joined.
	unlist := func() int {
		rc.mu.Lock()
		defer rc.mu.Unlock()
		if rc.flights[key] == f {
			delete(rc.flights, key)
		}
		return f.waiters
	}
	var once sync.Once
	release := func() {
		once.Do(func() {
			unlist()
			close(f.done)
		})
	}
	defer release()
	ans, err := compute(ctx)
	f.err = err
	// An error because the leader's own client went away says nothing
	// about the request: waiters then compute for themselves.
	f.abandoned = err != nil && ctx.Err() != nil && !errors.Is(ctx.Err(), context.DeadlineExceeded)
	if err != nil {
		release()
		s.writeError(c, f.err)
		return
	}
	keep := rc.admit(key, len(ans.body))
	if waiters := unlist(); keep || waiters > 0 {
		// Kept or shared: the answer outlives this request.
		owned := ans.owned()
		ans.release()
		ans = owned
	}
	f.ans = ans
	release()
	if keep {
		rc.Put(key, v, ans, ans.size())
	}
	writeAnswer(c, "miss", ans)
	ans.release()
}

func (s *Server) compute(c *gin.Context, how string, compute func(ctx context.Context) (answer, error)) {
	a, err := compute(c.Request.Context())
	if err != nil {
		s.writeError(c, err)
		return
	}
	writeAnswer(c, how, a)
	a.release()
}

func writeAnswer(c *gin.Context, how string, a answer) {
	c.Header("X-Cache", how)
	if a.disposition != "" {
		c.Header("Content-Disposition", a.disposition)
	}
	c.Data(http.StatusOK, a.contentType, a.body)
}
