package web

import (
	"context"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"runtime/debug"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/newsgraph/newsgraph/graph"
)

// Graph is what the web server needs of the graph store. Each method
// validates its input again and returns a *graph.Error with a code that
// writeError maps to an HTTP status.
type Graph interface {
	Health(ctx context.Context) graph.Health
	Stats(ctx context.Context) (graph.Stats, error)
	Search(ctx context.Context, q string, types []string, limit int) ([]graph.EntitySummary, error)
	Top(ctx context.Context, types []string, limit int) ([]graph.EntitySummary, error)
	Entity(ctx context.Context, id string) (graph.EntityDetail, error)
	Neighbourhood(ctx context.Context, o graph.NeighbourhoodOptions) (graph.NeighbourhoodGraph, error)
	Paths(ctx context.Context, fromID, toID string, maxLen int, relTypes []string) (graph.PathsResult, error)
	Timeline(ctx context.Context, id, from, to string) (graph.Timeline, error)
	Article(ctx context.Context, id string) (graph.ArticleDetail, error)
	Relations(ctx context.Context, a, b string, types []string) ([]graph.RelationEvidence, error)
	RelationByKey(ctx context.Context, key, entity string) (graph.RelationEvidence, error)
	Export(ctx context.Context, o graph.ExportOptions) (graph.Subgraph, error)
}

var (
	_ Graph     = (*graph.Store)(nil)
	_ Versioner = (*graph.Store)(nil)
)

// uiFiles is the explorer: index.html, and dist/ with the bundle that
// `make build` writes (esbuild, from frontend/src). A build before npm ran
// has no bundle, and the page says so.
//
//go:embed ui
var uiFiles embed.FS

// openAPI describes every /api route (a test keeps it in step with them).
//
//go:embed openapi.json
var openAPI []byte

// DefaultMaxBody bounds a request body when Options.MaxBodyBytes is 0: news
// articles are kilobytes, and no other request needs more than a few
// hundred bytes.
const DefaultMaxBody = 1 << 20

// Options configure the server. The zero value is a read-only server on
// a store that is always ready, without CORS.
type Options struct {
	// BrowserURL is where Neo4j Browser is, shown to users; empty hides it.
	BrowserURL string
	Logger     *slog.Logger
	// Ready, when set, gates the graph endpoints: while it returns an
	// error they answer 503 (code unavailable, its message) and
	// /api/health says degraded. serve passes graph.Store.Ready, which
	// fails until Neo4j has been reached and migrated.
	Ready func() error
	// Writer enables the write endpoints. Nil (the default) leaves them
	// answering 403; so does an empty Token, so a server cannot be made
	// writable without a token by mistake.
	Writer Writer
	// Token is the bearer token every write request must carry.
	Token string
	// CORSOrigins are the browser origins (scheme://host[:port]) allowed
	// to call the API from another site; empty means no CORS headers at
	// all (ParseOrigins checks a list).
	CORSOrigins []string
	// MaxBodyBytes bounds a request body (413 beyond); 0 means
	// DefaultMaxBody.
	MaxBodyBytes int64
	// RequestTimeout bounds each graph request, reading or writing, through
	// its context (504, code timeout, beyond); 0 means no bound beyond the
	// store's own query time-out. serve sets it to --query-timeout, so a
	// request stopped anywhere (waiting for a connection, in the Bolt
	// handshake, in the query) answers the same way.
	RequestTimeout time.Duration
	// ExportTimeout replaces RequestTimeout (and the store's query
	// time-out) for /api/export: an export is a download of up to
	// thousands of nodes, slower than a view by nature. 0 means
	// RequestTimeout.
	ExportTimeout time.Duration
	// HeavyQueries bounds how many expensive reads (neighbourhoods not
	// drawn from the view index, timelines, paths, exports) run at once; the others wait
	// for a slot within their deadline. 0 means DefaultHeavyQueries; a
	// negative value removes the bound.
	HeavyQueries int
	// CacheBytes bounds the response cache of the read endpoints (the
	// bodies it holds, least recently used evicted first); 0 disables it.
	// The cache needs the graph to be a Versioner (graph.Store is): it
	// drops every entry when the graph's version changes. serve sets it
	// from --cache-size.
	CacheBytes int64
	// CacheInterval is how often the graph's version is read, so the most
	// an answer can lag behind a write by another process; 0 means
	// DefaultCacheInterval (1 s). The server's own writes drop the cache at
	// once.
	CacheInterval time.Duration
}

// Server is the HTTP API and explorer.
type Server struct {
	g      Graph
	w      Writer // nil when writes are off
	opts   Options
	log    *slog.Logger
	h      *gin.Engine
	token  [sha256.Size]byte // hash of Options.Token, for a constant-time compare
	origin map[string]bool   // CORS origins
	cache  *responseCache    // nil when off
	gate   gate              // bounds expensive reads in flight (heavy.go)
	// memGate bounds views drawn from the view index, apart from gate.
	memGate gate
}

// New builds the server's routes over g.
func New(g Graph, opts Options) *Server {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBody
	}
	gin.SetMode(gin.ReleaseMode)
	s := &Server{g: g, opts: opts, log: opts.Logger, h: gin.New(), origin: map[string]bool{}}
	if opts.HeavyQueries >= 0 {
		s.gate, s.memGate = newGate(opts.HeavyQueries), newGate(opts.HeavyQueries)
	}
	if opts.Writer != nil && opts.Token != "" {
		s.w = opts.Writer
		s.token = sha256.Sum256([]byte(opts.Token))
	} else if opts.Writer != nil {
		s.log.Error("write endpoints stay off: no token configured")
	}
	for _, o := range opts.CORSOrigins {
		s.origin[o] = true
	}
	if v, ok := g.(Versioner); ok && opts.CacheBytes > 0 {
		s.cache = newResponseCache(opts.CacheBytes, opts.CacheInterval, v)
	}
	// Client addresses in the access log come from the connection, never
	// from a forgeable X-Forwarded-For.
	_ = s.h.SetTrustedProxies(nil)
	s.h.Use(s.accessLog(), s.recoverer(), securityHeaders(), s.cors(), s.limitBody())
	api := s.h.Group("/api")
	api.GET("/health", s.health)
	api.GET("/config", s.config)
	api.GET("/openapi.json", s.openapi)

	rd := api.Group("", s.requireReady(), s.deadline())
	rd.GET("/stats", s.stats)
	rd.GET("/search", s.search)
	rd.GET("/top", s.top)
	rd.GET("/entities/:id", s.entity)
	rd.GET("/entities/:id/neighbourhood", s.neighbourhood)
	rd.GET("/entities/:id/timeline", s.timeline)
	rd.GET("/paths", s.paths)
	rd.GET("/articles/:id", s.article)
	rd.GET("/relations", s.relations)
	api.GET("/export", s.requireReady(), s.deadlineFor(s.exportTimeout()), s.export)

	// Writes: refused unless enabled, then authenticated before anything
	// else is looked at.
	wr := api.Group("", s.requireWriter(), s.requireReady(), s.deadline(), s.purgeAfter())
	wr.POST("/articles", s.uploadArticle)
	wr.DELETE("/articles/:id", s.deleteArticle)
	wr.POST("/merge", s.merge)
	wr.POST("/unmerge", s.unmerge)

	ui, _ := fs.Sub(uiFiles, "ui")
	s.h.NoRoute(s.notFound(uiHandler(ui)))
	return s
}

// Routes lists the API's routes as "METHOD /path" (Gin syntax, :id), for
// the test that holds openapi.json to them.
func (s *Server) Routes() []string {
	var out []string
	for _, r := range s.h.Routes() {
		out = append(out, r.Method+" "+r.Path)
	}
	return out
}

func (s *Server) openapi(c *gin.Context) {
	c.Data(http.StatusOK, "application/json; charset=utf-8", openAPI)
}

// The Content-Security-Policy of the explorer: everything from this
// origin, no inline script or style, no framing.
const (
	uiCSP  = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	apiCSP = "default-src 'none'; frame-ancestors 'none'"
)

// securityHeaders sets the headers every answer carries.
func securityHeaders() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if strings.HasPrefix(c.Request.URL.Path, "/api/") || c.Request.URL.Path == "/api" {
			h.Set("Content-Security-Policy", apiCSP)
			h.Set("Cache-Control", "no-store")
		} else {
			h.Set("Content-Security-Policy", uiCSP)
			h.Set("Cache-Control", "no-cache")
		}
		c.Next()
	}
}

// notBuilt is the page served when the binary was built before the front
// end was bundled (a fresh clone built with go build alone).
const notBuilt = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph: front end not built</title></head>
<body><h1>newsgraph</h1><p>front end not built: run make build</p>
<p>The API answers under <a href="/api/health">/api/health</a>.</p></body></html>
`

// uiHandler serves the explorer's files, or the notBuilt page for "/"
// when the bundle is missing.
func uiHandler(ui fs.FS) http.Handler {
	files := http.FileServer(http.FS(ui))
	_, err := fs.Stat(ui, "dist/app.js")
	built := err == nil
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A name the file system cannot hold (e.g. invalid UTF-8 from
		// "/%81") is simply not there; the file server would answer 500.
		if name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/"); name != "" && !fs.ValidPath(name) {
			http.NotFound(w, r)
			return
		}
		if !built && (r.URL.Path == "/" || r.URL.Path == "/index.html") {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusOK)
			_, _ = io.WriteString(w, notBuilt)
			return
		}
		files.ServeHTTP(w, r)
	})
}

// ServeHTTP makes Server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.h.ServeHTTP(w, r) }

// health answers 200 when Neo4j is reachable and the store is ready, and
// 503 ("degraded", with the reason) when not, so load balancers and
// Compose health checks can use it directly.
func (s *Server) health(c *gin.Context) {
	h := s.g.Health(c.Request.Context())
	status, code, reason := "ok", http.StatusOK, ""
	if !h.Reachable {
		status, code, reason = "degraded", http.StatusServiceUnavailable, h.Error
	} else if err := s.ready(); err != nil {
		status, code, reason = "degraded", http.StatusServiceUnavailable, graph.ErrorMessage(err)
	}
	body := gin.H{"status": status, "neo4j": h, "writes": s.w != nil, "time": time.Now().UTC().Format(time.RFC3339)}
	if si, ok := s.g.(searchIndexer); ok {
		if st, built := si.SearchIndex(c.Request.Context()); built {
			body["search_index"] = st
		}
	}
	if vi, ok := s.g.(viewIndexer); ok {
		if st, built := vi.ViewIndex(c.Request.Context()); built {
			body["view_index"] = st
		}
	}
	if reason != "" {
		body["reason"] = reason
	}
	c.JSON(code, body)
}

// searchIndexer is a graph that keeps an in-memory search index
// (graph.Store); health reports it, so that a deployment (or the
// benchmark) can tell when searches answer from memory.
type searchIndexer interface {
	SearchIndex(ctx context.Context) (graph.SearchIndexState, bool)
}

// viewIndexer is a graph that keeps an in-memory view index
// (graph.Store), reported by health like the search index.
type viewIndexer interface {
	ViewIndex(ctx context.Context) (graph.ViewIndexState, bool)
}

func (s *Server) ready() error {
	if s.opts.Ready == nil {
		return nil
	}
	return s.opts.Ready()
}

// deadline bounds the request's context by RequestTimeout.
func (s *Server) deadline() gin.HandlerFunc { return s.deadlineFor(s.opts.RequestTimeout) }

// exportTimeout is the bound of an export request.
func (s *Server) exportTimeout() time.Duration {
	if s.opts.ExportTimeout > 0 {
		return s.opts.ExportTimeout
	}
	return s.opts.RequestTimeout
}

// deadlineFor bounds the request's context by d (0: no bound here) and
// records d for the time-out message.
func (s *Server) deadlineFor(d time.Duration) gin.HandlerFunc {
	return func(c *gin.Context) {
		if d <= 0 {
			c.Next()
			return
		}
		c.Set(timeoutKey, d)
		ctx, cancel := context.WithTimeout(c.Request.Context(), d)
		defer cancel()
		c.Request = c.Request.WithContext(ctx)
		c.Next()
	}
}

// requireReady answers 503 while the store is still connecting, so a
// request never meets a database without its schema.
func (s *Server) requireReady() gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := s.ready(); err != nil {
			// Not logged beyond the access line: the store logs the
			// outage once, not once per request.
			c.AbortWithStatusJSON(http.StatusServiceUnavailable,
				errorBody(graph.CodeUnavailable, "graph database not ready: "+graph.ErrorMessage(err)))
			return
		}
		c.Next()
	}
}

func (s *Server) stats(c *gin.Context) {
	s.serve(c, cacheKey("stats"), func(ctx context.Context) (answer, error) {
		st, err := s.g.Stats(ctx)
		if err != nil {
			return answer{}, err
		}
		return jsonAnswer(st)
	})
}

// purgeAfter drops the response cache after a write request, so the
// writer sees its own write at once (other processes' writes are noticed
// within CacheInterval).
func (s *Server) purgeAfter() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
		if s.cache != nil {
			s.cache.Purge()
		}
	}
}

// config tells the front end what it may link to.
func (s *Server) config(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"neo4j_browser": s.opts.BrowserURL})
}

// notFound serves the explorer's files and answers JSON 404 under /api.
func (s *Server) notFound(files http.Handler) gin.HandlerFunc {
	return func(c *gin.Context) {
		if len(c.Request.URL.Path) >= 4 && c.Request.URL.Path[:4] == "/api" {
			c.JSON(http.StatusNotFound, errorBody(graph.CodeNotFound, "no such endpoint"))
			return
		}
		if c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead {
			c.JSON(http.StatusMethodNotAllowed, errorBody(graph.CodeInvalid, "method not allowed"))
			return
		}
		files.ServeHTTP(c.Writer, c.Request)
	}
}

// Codes of the HTTP layer itself, beside graph's vocabulary.
const (
	codeUnauthorized graph.Code = "unauthorized" // no or wrong bearer token
	codeForbidden    graph.Code = "forbidden"    // writes are off
	codeTooLarge     graph.Code = "too_large"    // request body over the limit
)

var statusOf = map[graph.Code]int{
	graph.CodeInvalid:     http.StatusBadRequest,
	graph.CodeNotFound:    http.StatusNotFound,
	graph.CodeConflict:    http.StatusConflict,
	graph.CodeUnavailable: http.StatusServiceUnavailable,
	graph.CodeTimeout:     http.StatusGatewayTimeout,
	graph.CodeInternal:    http.StatusInternalServerError,
	codeUnauthorized:      http.StatusUnauthorized,
	codeForbidden:         http.StatusForbidden,
	codeTooLarge:          http.StatusRequestEntityTooLarge,
}

// statusClientGone is logged (nginx's convention) for a request whose
// client hung up before the answer: nobody receives it.
const statusClientGone = 499

// timeoutKey holds, in a request's Gin context, the time-out deadlineFor
// gave it, for the message that says it ran out.
const timeoutKey = "newsgraph.timeout"

// writeError is the one place errors become HTTP answers.
func (s *Server) writeError(c *gin.Context, err error) {
	switch ctxErr := c.Request.Context().Err(); {
	case errors.Is(ctxErr, context.DeadlineExceeded):
		// The request's own deadline ended it, wherever it was.
		err = &graph.Error{Code: graph.CodeTimeout, Err: err,
			Message: fmt.Sprintf("the request took longer than %v and was stopped", c.GetDuration(timeoutKey))}
	case ctxErr != nil:
		// The client went away; its context cancelled the query. Not a
		// server fault, so no error log.
		s.log.Info("client went away", "path", c.Request.URL.Path, "err", err)
		c.AbortWithStatus(statusClientGone)
		return
	}
	code := graph.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status, code = http.StatusInternalServerError, graph.CodeInternal
	}
	switch {
	case status >= 500 && code != graph.CodeUnavailable && code != graph.CodeTimeout:
		s.log.Error("request failed", "method", c.Request.Method, "path", c.Request.URL.Path, "code", code, "err", err)
	case status >= 500:
		s.log.Warn("request failed", "method", c.Request.Method, "path", c.Request.URL.Path, "code", code, "err", err)
	}
	if status == http.StatusUnauthorized {
		c.Header("WWW-Authenticate", `Bearer realm="newsgraph"`)
	}
	c.AbortWithStatusJSON(status, errorBody(code, graph.ErrorMessage(err)))
}

func errorBody(code graph.Code, msg string) gin.H {
	return gin.H{"error": gin.H{"code": code, "message": msg}}
}

// recoverer turns a panic into a logged 500 (with the stack, in the log
// only) and a JSON error without it on the wire.
func (s *Server) recoverer() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v) // net/http's way to drop a connection on purpose
			}
			s.log.Error("panic in handler", "method", c.Request.Method, "path", c.Request.URL.Path,
				"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if c.Writer.Written() {
				c.Abort()
				return
			}
			c.AbortWithStatusJSON(http.StatusInternalServerError, errorBody(graph.CodeInternal, "internal error"))
		}()
		c.Next()
	}
}

// accessLog writes one line per request. It runs outside the recoverer so
// a request that panicked is logged with its 500 too. The query string
// is left out (it is the user's search text); headers never are logged,
// so neither is the bearer token.
func (s *Server) accessLog() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		s.log.Info("http", "method", c.Request.Method, "path", c.Request.URL.Path,
			"status", c.Writer.Status(), "duration", time.Since(start), "bytes", max(c.Writer.Size(), 0),
			"remote", c.ClientIP())
	}
}

// limitBody refuses a body longer than MaxBodyBytes: at once with 413 when
// Content-Length says so, and through http.MaxBytesReader (readBody turns
// its error into 413) when the body is streamed.
func (s *Server) limitBody() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.ContentLength > s.opts.MaxBodyBytes {
			s.writeError(c, tooLarge(s.opts.MaxBodyBytes))
			return
		}
		if c.Request.Body != nil && c.Request.Body != http.NoBody {
			c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, s.opts.MaxBodyBytes)
		}
		c.Next()
	}
}

func tooLarge(limit int64) error {
	return &graph.Error{Code: codeTooLarge, Message: fmt.Sprintf("request body larger than %d bytes", limit)}
}

// readBody reads the whole (limited) request body.
func (s *Server) readBody(c *gin.Context) ([]byte, error) {
	if c.Request.Body == nil {
		return nil, nil
	}
	b, err := io.ReadAll(c.Request.Body)
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, tooLarge(mbe.Limit)
	case err != nil:
		return nil, &graph.Error{Code: graph.CodeInvalid, Message: "could not read the request body", Err: err}
	}
	return b, nil
}

// cors answers preflight requests and marks answers readable by the
// configured origins only; with none configured it does nothing, and the
// browser's same-origin policy applies.
func (s *Server) cors() gin.HandlerFunc {
	return func(c *gin.Context) {
		if len(s.origin) == 0 {
			c.Next()
			return
		}
		h := c.Writer.Header()
		h.Add("Vary", "Origin")
		origin := c.GetHeader("Origin")
		if origin == "" || !s.origin[origin] {
			c.Next()
			return
		}
		h.Set("Access-Control-Allow-Origin", origin)
		if c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != "" {
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			h.Set("Access-Control-Allow-Methods", "GET, POST, DELETE")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Set("Access-Control-Max-Age", "600")
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		h.Set("Access-Control-Expose-Headers", "Content-Disposition")
		c.Next()
	}
}
