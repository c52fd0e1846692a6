package web

import (
	"context"
	"embed"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
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
	Neighbourhood(ctx context.Context, o graph.NeighbourhoodOptions) (graph.Subgraph, error)
	Paths(ctx context.Context, fromID, toID string, maxLen int, relTypes []string) (graph.PathsResult, error)
	Timeline(ctx context.Context, id, from, to string) (graph.Timeline, error)
	Article(ctx context.Context, id string) (graph.ArticleDetail, error)
	Relations(ctx context.Context, a, b string, types []string) ([]graph.RelationEvidence, error)
	RelationByKey(ctx context.Context, key, entity string) (graph.RelationEvidence, error)
	Export(ctx context.Context, o graph.ExportOptions) (graph.Subgraph, error)
}

var _ Graph = (*graph.Store)(nil)

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

// Options configure the server.
type Options struct {
	// BrowserURL is where Neo4j Browser is, shown to users; empty hides it.
	BrowserURL string
	Logger     *slog.Logger
}

// Server is the HTTP API and explorer.
type Server struct {
	g    Graph
	opts Options
	log  *slog.Logger
	h    *gin.Engine
}

// New builds the server's routes over g.
func New(g Graph, opts Options) *Server {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	gin.SetMode(gin.ReleaseMode)
	s := &Server{g: g, opts: opts, log: opts.Logger, h: gin.New()}
	s.h.Use(s.recoverer(), securityHeaders(), s.accessLog())
	api := s.h.Group("/api")
	api.GET("/health", s.health)
	api.GET("/stats", s.stats)
	api.GET("/config", s.config)
	api.GET("/openapi.json", s.openapi)
	api.GET("/search", s.search)
	api.GET("/top", s.top)
	api.GET("/entities/:id", s.entity)
	api.GET("/entities/:id/neighbourhood", s.neighbourhood)
	api.GET("/entities/:id/timeline", s.timeline)
	api.GET("/paths", s.paths)
	api.GET("/articles/:id", s.article)
	api.GET("/relations", s.relations)
	api.GET("/export", s.export)
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

// health answers 200 when Neo4j is reachable and 503 ("degraded") when it
// is not, so load balancers and Compose health checks can use it directly.
func (s *Server) health(c *gin.Context) {
	h := s.g.Health(c.Request.Context())
	status, code := "ok", http.StatusOK
	if !h.Reachable {
		status, code = "degraded", http.StatusServiceUnavailable
	}
	c.JSON(code, gin.H{"status": status, "neo4j": h, "time": time.Now().UTC().Format(time.RFC3339)})
}

func (s *Server) stats(c *gin.Context) {
	st, err := s.g.Stats(c.Request.Context())
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, st)
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

var statusOf = map[graph.Code]int{
	graph.CodeInvalid:     http.StatusBadRequest,
	graph.CodeNotFound:    http.StatusNotFound,
	graph.CodeConflict:    http.StatusConflict,
	graph.CodeUnavailable: http.StatusServiceUnavailable,
	graph.CodeInternal:    http.StatusInternalServerError,
}

// writeError is the one place errors become HTTP answers.
func (s *Server) writeError(c *gin.Context, err error) {
	code := graph.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status, code = http.StatusInternalServerError, graph.CodeInternal
	}
	if status >= 500 {
		s.log.Error("request failed", "path", c.Request.URL.Path, "code", code, "err", err)
	}
	c.AbortWithStatusJSON(status, errorBody(code, graph.ErrorMessage(err)))
}

func errorBody(code graph.Code, msg string) gin.H {
	return gin.H{"error": gin.H{"code": code, "message": msg}}
}

// recoverer turns a panic into a logged 500 without a stack trace on the wire.
func (s *Server) recoverer() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("panic in handler", "path", c.Request.URL.Path, "panic", v)
				c.AbortWithStatusJSON(http.StatusInternalServerError, errorBody(graph.CodeInternal, "internal error"))
			}
		}()
		c.Next()
	}
}

func (s *Server) accessLog() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		s.log.Info("http", "method", c.Request.Method, "path", c.Request.URL.Path,
			"status", c.Writer.Status(), "ms", time.Since(start).Milliseconds(), "bytes", c.Writer.Size())
	}
}
