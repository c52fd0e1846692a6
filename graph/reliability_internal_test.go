package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestClassifyTimeoutsAndCancellation(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		code    Code
		connect Code // classifyConnect's code
	}{
		{"server time-out", &neo4j.Neo4jError{Code: "Neo.ClientError.Transaction.TransactionTimedOut"}, CodeTimeout, CodeUnavailable},
		{"server time-out (client config)", &neo4j.Neo4jError{Code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"}, CodeTimeout, CodeUnavailable},
		{"deadline", fmt.Errorf("run: %w", context.DeadlineExceeded), CodeTimeout, CodeUnavailable},
		{"deadline while connecting", &neo4j.ConnectivityError{Inner: context.DeadlineExceeded}, CodeTimeout, CodeUnavailable},
		{"cancelled", &neo4j.ConnectivityError{Inner: context.Canceled}, CodeUnavailable, CodeUnavailable},
		{"refused", &neo4j.ConnectivityError{Inner: errors.New("dial tcp: connection refused")}, CodeUnavailable, CodeUnavailable},
		{"auth", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized"}, CodeInvalid, CodeInvalid},
		{"syntax", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "Invalid input 'MATCH'"}, CodeInvalid, CodeInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := classify(tt.err, "reading")
			if ErrorCode(e) != tt.code {
				t.Errorf("classify: %q, want %q", ErrorCode(e), tt.code)
			}
			if c := ErrorCode(classifyConnect(tt.err, "connecting")); c != tt.connect {
				t.Errorf("classifyConnect: %q, want %q", c, tt.connect)
			}
			if msg := ErrorMessage(e); strings.Contains(msg, "Neo.") || strings.Contains(msg, "Invalid input") || strings.Contains(msg, "Connectivity") {
				t.Errorf("client message shows driver text: %q", msg)
			}
		})
	}
}

// A deadline that passed during the Bolt handshake surfaces as an
// unrelated protocol error; the context says what happened.
func TestClassifyCtx(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	handshake := errors.New("none of the server offered Bolt versions are supported")
	if c := ErrorCode(classifyCtx(ctx, handshake, "top")); c != CodeTimeout {
		t.Errorf("after the deadline: %q, want timeout", c)
	}
	if c := ErrorCode(classifyCtx(context.Background(), handshake, "top")); c != CodeInternal {
		t.Errorf("without a deadline: %q, want internal", c)
	}
}

// The server's own transaction time-out (not the context's deadline,
// which is far away here) is classified as a time-out: the status codes
// isTimeout knows are the ones Neo4j 5 sends.
func TestServerTimeoutIsCodeTimeout(t *testing.T) {
	if os.Getenv("NEWSGRAPH_TEST_NEO4J") == "" {
		t.Skip("no test Neo4j (set NEWSGRAPH_TEST_NEO4J=1 with NEO4J_*)")
	}
	cfg := ConfigFromEnv()
	cfg.QueryTimeout = 200 * time.Millisecond
	s, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	start := time.Now()
	// Read-only and slow: a few seconds of arithmetic unless stopped.
	_, err = sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "UNWIND range(1, 200000000) AS x RETURN sum(x % 7) AS s", nil)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	}, neo4j.WithTxTimeout(s.cfg.QueryTimeout))
	took := time.Since(start)
	if err == nil {
		t.Fatalf("the slow read finished in %v despite a %v time-out", took, s.cfg.QueryTimeout)
	}
	if e := classify(err, "slow read"); ErrorCode(e) != CodeTimeout {
		t.Errorf("server time-out classified %q (%v)", ErrorCode(e), err)
	}
	if took > 20*time.Second {
		t.Errorf("the read held the database for %v", took)
	}
	t.Logf("stopped after %v: %v", took, err)
}

func TestStartReadyAndBackoff(t *testing.T) {
	s, err := New(Config{URI: "bolt://127.0.0.1:1", Password: "x", ConnectTimeout: time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	if err := s.Ready(); err != nil {
		t.Errorf("a store never started is ready, got %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := s.Start(ctx, Backoff{Min: 10 * time.Millisecond, Max: 40 * time.Millisecond})
	time.Sleep(200 * time.Millisecond)
	err = s.Ready()
	if ErrorCode(err) != CodeUnavailable || !strings.Contains(ErrorMessage(err), "127.0.0.1:1") {
		t.Errorf("Ready while nothing listens: %v", err)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Start's loop did not end with its context")
	}

	b := Backoff{Min: 100 * time.Millisecond, Max: time.Second}
	var w time.Duration
	var got []time.Duration
	for range 6 {
		w = b.next(w)
		got = append(got, w)
		if j := jitter(w); j > w || j < w*4/5 {
			t.Errorf("jitter(%v) = %v", w, j)
		}
	}
	if fmt.Sprint(got) != "[100ms 200ms 400ms 800ms 1s 1s]" {
		t.Errorf("backoff %v", got)
	}
}

func TestRedactURI(t *testing.T) {
	for in, want := range map[string]string{
		"bolt://127.0.0.1:7687":                  "bolt://127.0.0.1:7687",
		"neo4j://user:s3cret@db.example:7687":    "neo4j://db.example:7687",
		"bolt://s3cret@db.example":               "bolt://db.example",
		"bolt://user:s3cret@db.example:bad%port": "db.example:bad%port",
	} {
		if got := redactURI(in); got != want || strings.Contains(got, "s3cret") {
			t.Errorf("redactURI(%q) = %q, want %q", in, got, want)
		}
	}
}
