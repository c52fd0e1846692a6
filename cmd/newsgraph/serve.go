package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/web"
)

// Defaults of serve. A person waiting in a browser gives up long before
// 10 s, so a read that takes longer is stopped (the batch commands keep
// graph's longer default).
const (
	defaultAddr         = "127.0.0.1:8080"
	defaultQueryTimeout = 10 * time.Second
	// An export is a download a person waits for knowingly; under load a
	// 5,000-node export takes several seconds (BENCHMARKS.md).
	defaultExportTimeout = 60 * time.Second
	shutdownGrace        = 20 * time.Second
	// indexEvery is how often serve checks whether the in-memory indexes
	// need rebuilding; after writes stop they are rebuilt within two of these.
	indexEvery  = 5 * time.Second
	minTokenLen = 16
)

// reconnect is the schedule on which serve retries an unreachable Neo4j;
// tests shorten it.
var reconnect = graph.DefaultBackoff

// serveConfig is serve's command line.
type serveConfig struct {
	db            *dbFlags
	addr          string
	browser       string
	queryTimeout  time.Duration
	exportTimeout time.Duration
	heavy         int
	maxBody       int64
	cacheSize     int64
	cacheEvery    time.Duration
	nodeCache     int64
	enableWrites  bool
	cors          []string
	pprof         string
	searchIndex   bool
	viewIndex     bool
}

func serveFlags(stderr io.Writer) (*flag.FlagSet, *serveConfig) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &serveConfig{db: addDBFlags(fs)}
	fs.StringVar(&c.addr, "addr", defaultAddr, "listen address; binding beyond loopback (e.g. 0.0.0.0:8080) must be asked for")
	fs.StringVar(&c.browser, "browser-url", os.Getenv("NEO4J_BROWSER_URL"), "Neo4j Browser address to show users (env NEO4J_BROWSER_URL)")
	fs.DurationVar(&c.queryTimeout, "query-timeout", defaultQueryTimeout, "longest a read query may run before it is stopped (answer 504)")
	fs.IntVar(&c.heavy, "heavy-queries", 0, "expensive reads (neighbourhoods not drawn from the view index, timelines, paths, exports) run at once; others wait their turn (0: two per core)")
	fs.DurationVar(&c.exportTimeout, "export-timeout", defaultExportTimeout, "longest an export (a download, up to 5,000 nodes) may run (answer 504)")
	fs.Int64Var(&c.maxBody, "max-body", web.DefaultMaxBody, "largest request body in bytes (answer 413)")
	c.cacheSize = 64 << 20
	fs.Var((*offOrSize)(&c.cacheSize), "cache-size", "memory for cached read answers, e.g. 64MB (least recently used evicted first); 0 disables the cache")
	fs.DurationVar(&c.cacheEvery, "cache-interval", web.DefaultCacheInterval, "how often the caches check the graph's version: the most an answer lags behind another process's write")
	c.nodeCache = graph.DefaultNodeCacheBytes
	fs.Var((*offOrSize)(&c.nodeCache), "node-cache", "memory for the nodes and neighbour lists of recent neighbourhood views, e.g. 128MB; 0 disables it")
	fs.BoolVar(&c.enableWrites, "enable-writes", false, "enable POST /api/articles, /api/merge, /api/unmerge and DELETE /api/articles/{id}; needs NEWSGRAPH_TOKEN")
	fs.BoolVar(&c.searchIndex, "search-index", true, "answer searches from an in-memory index of entity names, rebuilt after writes (about 150 MB for 800,000 entities); false: always Neo4j's full-text index")
	fs.BoolVar(&c.viewIndex, "view-index", true, "draw neighbourhood views from an in-memory copy of every neighbour list, rebuilt after writes (about 100 MB for a million nodes); false: read the lists from Neo4j per view")
	fs.StringVar(&c.pprof, "pprof", "", "serve Go runtime profiles (/debug/pprof/) on this separate address, e.g. 127.0.0.1:6060; off by default")
	fs.Func("cors-origin", "allow browser calls from this origin (scheme://host[:port]; repeatable or comma list); default none", func(v string) error {
		c.cors = append(c.cors, v)
		return nil
	})
	return fs, c
}

func runServe(ctx context.Context, args []string, stderr io.Writer, logger *slog.Logger) error {
	fs, c := serveFlags(stderr)
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	if fs.NArg() > 0 {
		return errUsage{fmt.Sprintf("serve: unexpected argument %q", fs.Arg(0))}
	}
	opts := web.Options{BrowserURL: c.browser, Logger: logger, MaxBodyBytes: c.maxBody, RequestTimeout: c.queryTimeout,
		ExportTimeout: c.exportTimeout, HeavyQueries: c.heavy,
		CacheBytes: c.cacheSize, CacheInterval: c.cacheEvery}
	var err error
	if opts.CORSOrigins, err = web.ParseOrigins(c.cors); err != nil {
		return errUsage{"serve: " + err.Error()}
	}
	if c.maxBody <= 0 || c.queryTimeout <= 0 || c.exportTimeout <= 0 {
		return errUsage{"serve: --max-body, --query-timeout and --export-timeout must be positive"}
	}
	token := os.Getenv("NEWSGRAPH_TOKEN")
	if c.enableWrites {
		switch {
		case token == "":
			return errUsage{"serve: --enable-writes needs a bearer token in NEWSGRAPH_TOKEN"}
		case len(token) < minTokenLen || strings.TrimSpace(token) != token:
			return errUsage{fmt.Sprintf("serve: NEWSGRAPH_TOKEN must be at least %d characters without surrounding spaces", minTokenLen)}
		}
	}

	// The server starts whether or not Neo4j is up: the store connects
	// and migrates in the background, and until it has, graph endpoints
	// answer 503 and /api/health says why.
	cfg := c.db.cfg
	cfg.QueryTimeout = c.queryTimeout
	cfg.NodeCacheBytes, cfg.NodeCacheInterval = c.nodeCache, c.cacheEvery
	if c.nodeCache == 0 {
		cfg.NodeCacheBytes = -1 // off (0 in graph.Config means the default)
	}
	// A request should not wait out ten seconds of driver retries
	// against a Neo4j that is down: it answers 503 and the client retries.
	if cfg.MaxRetryTime <= 0 {
		cfg.MaxRetryTime = min(3*time.Second, c.queryTimeout)
	}
	st, err := graph.New(cfg, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	// One attempt (or, with --wait, attempts for that long) before
	// listening, so that with Neo4j up the server is healthy from its
	// first request; otherwise the background loop takes over.
	sctx, stopStore := context.WithCancel(ctx)
	var started <-chan struct{}
	if err := connectOnce(ctx, st, c.db.wait); err != nil {
		if ctx.Err() != nil {
			stopStore()
			closeStore(st, logger)
			return fmt.Errorf("serve: %w", ctx.Err())
		}
		logger.Warn("neo4j not ready: serving degraded until it is", "reason", err)
		started = st.Start(sctx, reconnect)
	} else {
		done := make(chan struct{})
		close(done)
		started = done
	}
	// The in-memory indexes are built once the store is ready and kept in
	// step with the graph until shutdown.
	var keepers sync.WaitGroup
	keep := func(on bool, fn func(context.Context, time.Duration)) {
		if on {
			keepers.Go(func() {
				<-started
				fn(sctx, indexEvery)
			})
		}
	}
	keep(c.searchIndex, st.KeepSearchIndex)
	keep(c.viewIndex, st.KeepViewIndex)
	defer func() {
		stopStore()
		<-started
		keepers.Wait()
		closeStore(st, logger)
	}()
	opts.Ready = st.Ready
	if c.enableWrites {
		opts.Writer, opts.Token = st, token
	}

	srv := &http.Server{
		Handler:           web.New(st, opts),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// Long enough for the slowest query and its answer.
		WriteTimeout:   max(60*time.Second, c.queryTimeout, c.exportTimeout) + 15*time.Second,
		IdleTimeout:    120 * time.Second,
		MaxHeaderBytes: 1 << 20,
	}
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("serve: listen on %s: %w", c.addr, err)
	}
	if c.pprof != "" {
		stopProfiles, err := serveProfiles(c.pprof, logger)
		if err != nil {
			ln.Close()
			return fmt.Errorf("serve: %w", err)
		}
		defer stopProfiles()
	}
	logger.Info("serving", "url", "http://"+displayAddr(ln.Addr()), "neo4j", st.URI(), "neo4j_browser", c.browser,
		"writes", c.enableWrites, "cors_origins", opts.CORSOrigins, "query_timeout", c.queryTimeout)
	if err := serveUntilDone(ctx, srv, ln, shutdownGrace, logger); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// serveProfiles serves net/http/pprof on its own listener, so that the
// profiles (which reveal internals and cost CPU) are never on the API's
// address; the returned function stops it.
func serveProfiles(addr string, logger *slog.Logger) (func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen for profiles on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Warn("profile server stopped", "err", err)
		}
	}()
	logger.Info("serving runtime profiles", "url", "http://"+displayAddr(ln.Addr())+"/debug/pprof/")
	return func() { srv.Close() }, nil
}

// connectOnce verifies the connection (waiting up to wait for a Neo4j that
// is starting) and applies pending migrations.
func connectOnce(ctx context.Context, st *graph.Store, wait time.Duration) error {
	var err error
	if wait > 0 {
		wctx, cancel := context.WithTimeout(ctx, wait)
		err = st.WaitReady(wctx, 2*time.Second)
		cancel()
	} else {
		err = st.Verify(ctx)
	}
	if err != nil {
		return err
	}
	_, err = st.Migrate(ctx)
	return err
}

// serveUntilDone serves on ln until ctx ends (SIGINT or SIGTERM in main),
// then stops accepting connections and lets requests in flight finish,
// for at most grace.
func serveUntilDone(ctx context.Context, srv *http.Server, ln net.Listener, grace time.Duration, logger *slog.Logger) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down: finishing requests in flight", "grace", grace)
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}

// displayAddr shows a wildcard listen address as localhost, which is what a
// person on this machine types.
func displayAddr(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return a.String()
	}
	return fmt.Sprintf("localhost:%d", tcp.Port)
}

func usageErr(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return errUsage{err.Error()}
}
