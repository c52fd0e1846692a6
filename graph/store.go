package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/newsgraph/newsgraph/internal/lru"
)

// Store is newsgraph's graph in Neo4j. One Store (one driver) per process;
// it is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	log    *slog.Logger
	// pending says why the store is not ready while Start's loop runs; nil
	// once it is, and for a store that was never started (its caller
	// verified and migrated it before use).
	pending atomic.Pointer[Error]
	// nbReady is set once the graph is known to hold every entity's
	// neighbour list (neighbours.go); until then views use the slow path.
	nbReady atomic.Bool
	// nodes caches view nodes and their neighbour lists (nil when off).
	nodes *lru.Cache[*cachedNode]
	// sidx is the in-memory search index (searchindex.go), nil until one
	// is built; sclock reads the graph's version for it (it holds nothing).
	sidx   atomic.Pointer[searchIndex]
	sclock *lru.Cache[struct{}]
	// vidx is the in-memory view index (viewindex.go), nil until one is
	// built; it is read against sclock too.
	vidx atomic.Pointer[viewIndex]
}

// New creates a Store without contacting the server, so that a server can
// start while Neo4j is still coming up; call Verify before relying on it.
func New(cfg Config, logger *slog.Logger) (*Store, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	if logger == nil {
		logger = slog.Default()
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = cfg.ConnectTimeout
			c.ConnectionAcquisitionTimeout = cfg.ConnectTimeout
			c.MaxTransactionRetryTime = cfg.MaxRetryTime
		})
	if err != nil {
		return nil, fmt.Errorf("graph: driver for %s: %w", cfg.URI, err)
	}
	return &Store{driver: drv, cfg: cfg, log: logger, nodes: newNodeCache(cfg.NodeCacheBytes, cfg.NodeCacheInterval),
		sclock: lru.New[struct{}](0, cfg.NodeCacheInterval)}, nil
}

// Open is New followed by Verify: the usual start of a command that needs
// the database now.
func Open(ctx context.Context, cfg Config, logger *slog.Logger) (*Store, error) {
	s, err := New(cfg, logger)
	if err != nil {
		return nil, err
	}
	if err := s.Verify(ctx); err != nil {
		_ = s.Close(context.Background())
		return nil, err
	}
	return s, nil
}

// session opens a session on the configured database. Every session of a
// store shares the driver's bookmark manager (the one ExecuteQuery uses),
// so on a cluster a read that follows a write in this process waits until
// the member it is routed to has that write: read-your-writes without
// callers passing bookmarks around (docs/scaling.md).
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.cfg.Database,
		AccessMode:      mode,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("graph: close driver: %w", err)
	}
	return nil
}

// URI is the server address the store uses, for logs and the health
// answer: a user name or password written into NEO4J_URI is cut out.
func (s *Store) URI() string { return redactURI(s.cfg.URI) }

func redactURI(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		// An unparsable URI may still hold "user:pass@": keep only
		// what follows the last @.
		if i := strings.LastIndex(raw, "@"); i >= 0 {
			return raw[i+1:]
		}
		return raw
	}
	u.User = nil
	return u.String()
}

// QueryTimeout is the bound on every read transaction (Config.QueryTimeout
// after defaults).
func (s *Store) QueryTimeout() time.Duration { return s.cfg.QueryTimeout }

// Verify checks that Neo4j answers and the credentials are accepted. The
// error has CodeUnavailable when the server cannot be reached (or does not
// answer within ConnectTimeout) and CodeInvalid when it rejects the
// credentials.
func (s *Store) Verify(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ConnectTimeout)
	defer cancel()
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return classifyConnect(err, "neo4j at %s", s.URI())
	}
	return nil
}

// Backoff is Start's retry schedule: the first wait is Min, each next one
// twice the last, at most Max, each shortened by up to a fifth at random
// so that servers restarted together do not knock on Neo4j in step.
type Backoff struct {
	Min, Max time.Duration
}

// DefaultBackoff retries quickly at first (a Neo4j that is starting) and
// settles at once every 30 s (a Neo4j that is down for longer).
var DefaultBackoff = Backoff{Min: 500 * time.Millisecond, Max: 30 * time.Second}

// next returns the wait after w.
func (b Backoff) next(w time.Duration) time.Duration {
	if w <= 0 {
		return b.Min
	}
	return min(2*w, b.Max)
}

func jitter(w time.Duration) time.Duration {
	if w <= 0 {
		return 0
	}
	return w - time.Duration(rand.Int64N(int64(w)/5+1))
}

// Start brings the store up in the background, for a server that must
// answer even while Neo4j is down: it verifies the connection and applies
// pending schema migrations, and on any failure tries again after the
// backoff's wait, until both succeed or ctx ends. Until then Ready returns
// a CodeUnavailable error that says why. The channel is closed when the
// loop ends (ready, or ctx done).
func (s *Store) Start(ctx context.Context, b Backoff) <-chan struct{} {
	if b.Min <= 0 || b.Max < b.Min {
		b = DefaultBackoff
	}
	s.pending.Store(&Error{Code: CodeUnavailable, Message: fmt.Sprintf("neo4j at %s: connecting", s.URI())})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var wait time.Duration
		var last string
		for attempt := 1; ; attempt++ {
			err := s.Verify(ctx)
			if err == nil {
				var applied []string
				applied, err = s.Migrate(ctx)
				if err == nil && len(applied) > 0 {
					s.log.Info("schema migrations applied", "migrations", applied)
				}
			}
			if err == nil {
				s.pending.Store(nil)
				s.log.Info("neo4j ready", "uri", s.URI(), "attempts", attempt)
				return
			}
			if ctx.Err() != nil {
				return
			}
			msg := ErrorMessage(err)
			s.pending.Store(&Error{Code: CodeUnavailable, Message: msg, Err: errors.Unwrap(err)})
			wait = b.next(wait)
			// One warning per distinct reason; the repeats go to DEBUG so
			// a long outage does not flood the log.
			level := slog.LevelDebug
			if msg != last {
				level, last = slog.LevelWarn, msg
			}
			s.log.Log(ctx, level, "neo4j not ready, retrying", "uri", s.URI(), "reason", err, "attempt", attempt, "retry_in", wait)
			select {
			case <-ctx.Done():
				return
			case <-time.After(jitter(wait)):
			}
		}
	}()
	return done
}

// Ready returns nil when the store can serve queries, and while Start is
// still connecting a CodeUnavailable error whose message says why (safe to
// show to a client). A store that was never started is ready.
func (s *Store) Ready() error {
	if e := s.pending.Load(); e != nil {
		return e
	}
	return nil
}

// WaitReady calls Verify until it succeeds, the error is not transient, or
// ctx ends. Compose and make demo start the app next to a Neo4j that may
// need a minute to come up.
func (s *Store) WaitReady(ctx context.Context, every time.Duration) error {
	for {
		err := s.Verify(ctx)
		if err == nil || ErrorCode(err) != CodeUnavailable {
			return err
		}
		s.log.Info("waiting for neo4j", "uri", s.cfg.URI, "reason", err)
		select {
		case <-ctx.Done():
			return fmt.Errorf("graph: gave up waiting for %s: %w", s.cfg.URI, err)
		case <-time.After(every):
		}
	}
}

// Health reports whether the database answers and which server it is.
type Health struct {
	Reachable bool   `json:"reachable"`
	URI       string `json:"uri"`
	Database  string `json:"database"`
	Version   string `json:"version,omitempty"`
	Edition   string `json:"edition,omitempty"`
	Error     string `json:"error,omitempty"`
	LatencyMS int64  `json:"latency_ms"`
}

// Health never fails: an unreachable database is a fact to report. While
// Start is still connecting it reports why without asking Neo4j again;
// otherwise it runs one query, without the driver's retries, so that a
// down server is reported at once rather than after MaxRetryTime.
func (s *Store) Health(ctx context.Context) Health {
	h := Health{URI: s.URI(), Database: s.cfg.Database}
	if p := s.pending.Load(); p != nil {
		h.Error = p.Message
		return h
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ConnectTimeout)
	defer cancel()
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { _ = sess.Close(context.Background()) }()
	var recs []*neo4j.Record
	res, err := sess.Run(ctx, queryServerInfo, nil)
	if err == nil {
		recs, err = res.Collect(ctx)
	}
	h.LatencyMS = time.Since(start).Milliseconds()
	if err != nil {
		h.Error = ErrorMessage(classifyConnect(err, "neo4j at %s", s.URI()))
		return h
	}
	h.Reachable = true
	if len(recs) > 0 {
		h.Version, _, _ = neo4j.GetRecordValue[string](recs[0], "version")
		h.Edition, _, _ = neo4j.GetRecordValue[string](recs[0], "edition")
	}
	return h
}

// classify wraps a driver error with a Code and a message that names what
// was being done, without the driver's text (which stays in Err for logs).
func classify(err error, format string, args ...any) error {
	what := fmt.Sprintf(format, args...)
	// The driver's retry loop reports its attempts without unwrapping them:
	// the last attempt's error says what went wrong.
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		if n := len(limit.Errors); n > 0 {
			return classify(limit.Errors[n-1], format, args...)
		}
		return errorf(CodeUnavailable, err, "%s: unavailable", what)
	}
	var nerr *neo4j.Neo4jError
	var cerr *neo4j.ConnectivityError
	var netErr net.Error
	// The driver reports a context that ended while it waited on the
	// connection as a ConnectivityError that does not unwrap.
	ctxErr := err
	if errors.As(err, &cerr) && cerr.Inner != nil {
		ctxErr = cerr.Inner
	}
	switch {
	case errors.As(err, &nerr) && isTimeout(nerr.Code), errors.Is(ctxErr, context.DeadlineExceeded):
		// The server stopped the transaction at its time-out, or the
		// context's deadline (the same time-out) came first.
		return errorf(CodeTimeout, err, "%s: took longer than the time-out and was stopped", what)
	case errors.Is(ctxErr, context.Canceled):
		return errorf(CodeUnavailable, err, "%s: cancelled", what)
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Security.Unauthorized":
		return errorf(CodeInvalid, err, "%s: authentication failed (check NEO4J_USER / NEO4J_PASSWORD)", what)
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
		return errorf(CodeInvalid, err, "%s: database not found (check NEO4J_DATABASE)", what)
	case errors.As(err, &cerr), errors.As(err, &netErr), errors.Is(err, context.DeadlineExceeded),
		neo4j.IsRetryable(err):
		return errorf(CodeUnavailable, err, "%s: unavailable", what)
	case errors.As(err, &nerr) && nerr.Classification() == "ClientError":
		return errorf(CodeInvalid, err, "%s: rejected by the database", what)
	default:
		return errorf(CodeInternal, err, "%s: failed", what)
	}
}

// isTimeout reports whether a Neo4j status code means the server ended the
// transaction at its time-out (Neo4j 5 uses both names).
func isTimeout(code string) bool {
	return code == "Neo.ClientError.Transaction.TransactionTimedOut" ||
		code == "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
}

// classifyConnect is classify for connecting: a server that does not answer
// in time is unavailable (worth waiting for), not a slow query.
func classifyConnect(err error, format string, args ...any) error {
	e := classify(err, format, args...)
	if ErrorCode(e) == CodeTimeout {
		return errorf(CodeUnavailable, err, "%s: unavailable (no answer in time)", fmt.Sprintf(format, args...))
	}
	return e
}

// classifyCtx is classify for an operation bounded by ctx: when ctx's
// deadline has passed the answer is CodeTimeout whatever the driver said
// (stopped in the Bolt handshake it reports an unrelated protocol error).
func classifyCtx(ctx context.Context, err error, format string, args ...any) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return errorf(CodeTimeout, err, "%s: took longer than the time-out and was stopped", fmt.Sprintf(format, args...))
	}
	return classify(err, format, args...)
}
