package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
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
}

// jsonAppender is a value that encodes itself without reflection
// (graph.NeighbourhoodGraph: a depth-2 view is 2,000 links).
type jsonAppender interface {
	AppendJSON(b []byte) ([]byte, error)
}

// scratch holds the buffers answers are encoded into before they are
// copied out at their size (the copy is what the cache keeps).
var scratch = sync.Pool{New: func() any { return new([]byte) }}

// maxScratch is the largest buffer put back in scratch: an export of
// 5,000 nodes should not pin megabytes per pooled buffer.
const maxScratch = 1 << 20

func jsonAnswer(v any) (answer, error) {
	var b []byte
	if a, ok := v.(jsonAppender); ok {
		buf := scratch.Get().(*[]byte)
		out, err := a.AppendJSON((*buf)[:0])
		if err != nil {
			scratch.Put(buf)
			return answer{}, err
		}
		b = bytes.Clone(out)
		if cap(out) <= maxScratch {
			*buf = out
		}
		scratch.Put(buf)
	} else {
		var err error
		if b, err = json.Marshal(v); err != nil {
			return answer{}, err
		}
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

// flight is one computation that identical requests share.
type flight struct {
	done chan struct{}
	ans  answer
	err  error
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

	hits, misses, shared atomic.Int64
}

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
	rc.Put(key, v, f.ans, f.ans.size())
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
