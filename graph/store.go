package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Store is newsgraph's graph in Neo4j. One Store (one driver) per process;
// it is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	log    *slog.Logger
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
	return &Store{driver: drv, cfg: cfg, log: logger}, nil
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

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("graph: close driver: %w", err)
	}
	return nil
}

// URI is the server address the store uses (no credentials in it).
func (s *Store) URI() string { return s.cfg.URI }

// Verify checks that Neo4j answers and the credentials are accepted. The
// error has CodeUnavailable when the server cannot be reached and
// CodeInvalid when it rejects the credentials.
func (s *Store) Verify(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ConnectTimeout)
	defer cancel()
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return classify(err, "neo4j at %s", s.cfg.URI)
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

// Health never fails: an unreachable database is a fact to report.
func (s *Store) Health(ctx context.Context) Health {
	h := Health{URI: s.cfg.URI, Database: s.cfg.Database}
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ConnectTimeout)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, queryServerInfo, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
	h.LatencyMS = time.Since(start).Milliseconds()
	if err != nil {
		h.Error = ErrorMessage(classify(err, "neo4j at %s", s.cfg.URI))
		return h
	}
	h.Reachable = true
	if len(res.Records) > 0 {
		h.Version, _, _ = neo4j.GetRecordValue[string](res.Records[0], "version")
		h.Edition, _, _ = neo4j.GetRecordValue[string](res.Records[0], "edition")
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
	switch {
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
