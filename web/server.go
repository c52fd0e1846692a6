package web

import (
	"context"
	"embed"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/newsgraph/newsgraph/graph"
)

// Graph is what the web server needs of the graph store.
type Graph interface {
	Health(ctx context.Context) graph.Health
	Stats(ctx context.Context) (graph.Stats, error)
}

var _ Graph = (*graph.Store)(nil)

//go:embed ui
var uiFiles embed.FS

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
	s.h.Use(s.recoverer(), s.accessLog())
	api := s.h.Group("/api")
	api.GET("/health", s.health)
	api.GET("/stats", s.stats)
	api.GET("/config", s.config)
	ui, _ := fs.Sub(uiFiles, "ui")
	s.h.NoRoute(s.notFound(http.FileServer(http.FS(ui))))
	return s
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
