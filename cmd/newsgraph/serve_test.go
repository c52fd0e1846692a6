package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/web/webtest"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServe runs `newsgraph serve args…` until the test ends and returns
// its base URL and log.
func startServe(t *testing.T, args ...string) (string, *webtest.LogBuffer) {
	t.Helper()
	old := reconnect
	reconnect = graph.Backoff{Min: 50 * time.Millisecond, Max: 200 * time.Millisecond}
	addr := freeAddr(t)
	logs := &webtest.LogBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", addr}, args...), nil, io.Discard, logs)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v\n%s", err, logs)
		}
		reconnect = old
	})
	base := "http://" + addr
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(base + "/api/config")
		if err == nil {
			resp.Body.Close()
			return base, logs
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended early: %v\n%s", err, logs)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not answer: %v\n%s", err, logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func getJSON(t *testing.T, url string, header ...string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	var body map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("GET %s: %d, body not JSON: %v", url, resp.StatusCode, err)
	}
	return resp.StatusCode, body
}

func TestServeBindsLoopbackByDefault(t *testing.T) {
	fs, c := serveFlags(io.Discard)
	if err := fs.Parse(nil); err != nil {
		t.Fatal(err)
	}
	host, _, err := net.SplitHostPort(c.addr)
	if err != nil {
		t.Fatal(err)
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		t.Errorf("default listen address %q is not loopback", c.addr)
	}
	if c.enableWrites || len(c.cors) != 0 {
		t.Errorf("writes or CORS on by default: %+v", c)
	}
	if c.queryTimeout <= 0 || c.queryTimeout > 30*time.Second {
		t.Errorf("default query time-out %v", c.queryTimeout)
	}
}

// Writes cannot be switched on without a usable token, and bad flag
// values are usage errors; none of this needs the database.
func TestServeRefusesUnsafeConfig(t *testing.T) {
	t.Setenv("NEO4J_PASSWORD", "unused")
	tests := []struct {
		token string
		args  []string
		want  string
	}{
		{"", []string{"--enable-writes"}, "NEWSGRAPH_TOKEN"},
		{"short", []string{"--enable-writes"}, "at least 16"},
		{" padded-token-0123456789 ", []string{"--enable-writes"}, "at least 16"},
		{"", []string{"--cors-origin", "*"}, "cors origin"},
		{"", []string{"--cors-origin", "https://ok.example,example.org"}, "cors origin"},
		{"", []string{"--max-body", "0"}, "positive"},
	}
	for _, tt := range tests {
		t.Setenv("NEWSGRAPH_TOKEN", tt.token)
		err := run(context.Background(), append([]string{"serve", "--addr", "127.0.0.1:0"}, tt.args...), nil, io.Discard, io.Discard)
		var u errUsage
		if !errors.As(err, &u) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("serve %v (token %q): %v, want a usage error about %q", tt.args, tt.token, err, tt.want)
		}
		if tt.token != "" && strings.Contains(err.Error(), strings.TrimSpace(tt.token)) {
			t.Errorf("the error shows the token: %v", err)
		}
	}
}

// With nothing listening where Neo4j should be, serve starts anyway:
// health is 503 degraded with the reason, graph endpoints 503 with code
// unavailable, the explorer's config still answers.
func TestServeWithoutNeo4j(t *testing.T) {
	t.Setenv("NEO4J_PASSWORD", "unused-password")
	base, logs := startServe(t, "--neo4j-uri", "bolt://127.0.0.1:1")
	code, body := getJSON(t, base+"/api/health")
	if code != http.StatusServiceUnavailable || body["status"] != "degraded" || !strings.Contains(body["reason"].(string), "unavailable") {
		t.Errorf("health: %d %v", code, body)
	}
	for _, path := range []string{"/api/stats", "/api/search?q=envoy", "/api/top"} {
		code, body := getJSON(t, base+path)
		e, _ := body["error"].(map[string]any)
		if code != http.StatusServiceUnavailable || e["code"] != "unavailable" || !strings.Contains(e["message"].(string), "not ready") {
			t.Errorf("GET %s: %d %v", path, code, body)
		}
	}
	if code, _ := getJSON(t, base+"/api/config"); code != http.StatusOK {
		t.Errorf("config: %d", code)
	}
	if !strings.Contains(logs.String(), "neo4j not ready, retrying") {
		t.Errorf("no retry logged:\n%s", logs)
	}
}

// flakyProxy forwards TCP connections to target once open is set and
// hangs up on them before: a Neo4j that is down and then comes back.
type flakyProxy struct {
	ln     net.Listener
	target string
	open   atomic.Bool
}

func newFlakyProxy(t *testing.T, target string) *flakyProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &flakyProxy{ln: ln, target: target}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			if !p.open.Load() {
				c.Close()
				continue
			}
			go p.forward(c)
		}
	}()
	return p
}

func (p *flakyProxy) forward(c net.Conn) {
	defer c.Close()
	up, err := net.Dial("tcp", p.target)
	if err != nil {
		return
	}
	defer up.Close()
	go func() { _, _ = io.Copy(up, c); up.Close() }()
	_, _ = io.Copy(c, up)
}

// Neo4j down when serve starts, back later: serve recovers by itself
// (the background loop verifies and migrates) without a restart.
func TestServeRecoversWhenNeo4jComesBack(t *testing.T) {
	graphtest.Open(t) // the test lock, and a database with data wiped
	u, err := url.Parse(graphtest.Config().URI)
	if err != nil || u.Host == "" {
		t.Fatalf("NEO4J_URI %q", graphtest.Config().URI)
	}
	proxy := newFlakyProxy(t, u.Host)
	base, logs := startServe(t, "--neo4j-uri", "bolt://"+proxy.ln.Addr().String())

	if code, body := getJSON(t, base+"/api/health"); code != http.StatusServiceUnavailable {
		t.Fatalf("health while Neo4j is away: %d %v", code, body)
	}
	if code, _ := getJSON(t, base+"/api/stats"); code != http.StatusServiceUnavailable {
		t.Fatalf("stats while Neo4j is away: %d", code)
	}
	time.Sleep(300 * time.Millisecond) // a few failed attempts
	proxy.open.Store(true)
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, body := getJSON(t, base+"/api/health")
		if code == http.StatusOK && body["status"] == "ok" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not recovered 30 s after Neo4j came back: %d %v\n%s", code, body, logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code, body := getJSON(t, base+"/api/stats"); code != http.StatusOK {
		t.Errorf("stats after recovery: %d %v", code, body)
	}
	if l := logs.String(); !strings.Contains(l, "neo4j ready") || !strings.Contains(l, "neo4j not ready, retrying") {
		t.Errorf("log does not show the outage and the recovery:\n%s", l)
	}
}

// Neither the bearer token nor the Neo4j password reaches the log, even
// when requests carry the token (right and wrong) and Neo4j refuses the
// credentials. (The user does not exist, so Neo4j's lock-out of a user
// after failed logins cannot affect the shared test user.)
func TestServeLogsNoSecrets(t *testing.T) {
	graphtest.Require(t)
	const password = "pw-must-not-be-logged-7f3a9c"
	const token = "tok-must-not-be-logged-51d2e8b0"
	t.Setenv("NEO4J_PASSWORD", password)
	t.Setenv("NEO4J_USER", "newsgraph-no-such-user")
	t.Setenv("NEWSGRAPH_TOKEN", token)
	base, logs := startServe(t, "--neo4j-uri", graphtest.Config().URI, "--enable-writes")

	deadline := time.Now().Add(15 * time.Second)
	for {
		code, body := getJSON(t, base+"/api/health", "Authorization", "Bearer "+token)
		reason, _ := body["reason"].(string)
		if code == http.StatusServiceUnavailable && strings.Contains(reason, "authentication failed") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("health never reported the refused credentials: %d %v", code, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, auth := range []string{"Bearer " + token, "Bearer " + token + "-wrong", "Basic " + token} {
		req, _ := http.NewRequest(http.MethodPost, base+"/api/merge?token="+url.QueryEscape(token),
			strings.NewReader(`{"from":"00000000-0000-5000-8000-000000000001","into":"00000000-0000-5000-8000-000000000002"}`))
		req.Header.Set("Authorization", auth)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(b), token) || strings.Contains(string(b), password) {
			t.Errorf("answer shows a secret: %s", b)
		}
	}
	getJSON(t, base+"/api/stats", "Authorization", "Bearer "+token)
	l := logs.String()
	if !strings.Contains(l, "msg=http") || !strings.Contains(l, "authentication failed") {
		t.Fatalf("expected access and failure lines in the log:\n%s", l)
	}
	for _, secret := range []string{password, token} {
		if strings.Contains(l, secret) {
			t.Errorf("log contains a secret (%.6s…):\n%s", secret, l)
		}
	}
}

// serveUntilDone lets a request in flight finish after shutdown started,
// and takes no new connections meanwhile.
func TestGracefulShutdownFinishesInFlight(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		io.WriteString(w, "finished")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- serveUntilDone(ctx, &http.Server{Handler: h}, ln, 10*time.Second, discardLogger())
	}()
	type result struct {
		body string
		err  error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			got <- result{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- result{string(b), err}
	}()
	<-entered
	cancel() // what SIGINT/SIGTERM do in main
	time.Sleep(200 * time.Millisecond)
	select {
	case err := <-done:
		t.Fatalf("server stopped with a request in flight: %v", err)
	default:
	}
	if c, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		c.Close()
		t.Error("new connection accepted after shutdown started")
	}
	close(release)
	r := <-got
	if r.err != nil || r.body != "finished" {
		t.Errorf("in-flight request: %q, %v", r.body, r.err)
	}
	if err := <-done; err != nil {
		t.Errorf("serveUntilDone: %v", err)
	}
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// --pprof serves the runtime profiles on their own address only: the API's
// address never exposes them, and an address that cannot be bound is an
// error, not a silent loss of the profiles.
func TestServeProfiles(t *testing.T) {
	addr := freeAddr(t)
	stop, err := serveProfiles(addr, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	resp, err := http.Get("http://" + addr + "/debug/pprof/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "heap") {
		t.Errorf("profile index: %d %.100q", resp.StatusCode, body)
	}
	if _, err := serveProfiles(addr, slog.New(slog.NewTextHandler(io.Discard, nil))); err == nil {
		t.Error("a second listener on the same address: no error")
	}
	stop()
	if _, err := http.Get("http://" + addr + "/debug/pprof/"); err == nil {
		t.Error("profiles still served after stop")
	}
}
