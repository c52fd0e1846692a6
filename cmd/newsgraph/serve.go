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
	"os"
	"time"

	"github.com/newsgraph/newsgraph/web"
)

func runServe(ctx context.Context, args []string, stderr io.Writer, logger *slog.Logger) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlags(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address; binding beyond loopback (e.g. 0.0.0.0:8080) must be asked for")
	browser := fs.String("browser-url", os.Getenv("NEO4J_BROWSER_URL"), "Neo4j Browser address to show users (env NEO4J_BROWSER_URL)")
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	if fs.NArg() > 0 {
		return errUsage{fmt.Sprintf("serve: unexpected argument %q", fs.Arg(0))}
	}
	st, err := db.open(ctx, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer closeStore(st, logger)

	srv := &http.Server{
		Handler:           web.New(st, web.Options{BrowserURL: *browser, Logger: logger}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    1 << 20,
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: listen on %s: %w", *addr, err)
	}
	logger.Info("serving", "url", "http://"+displayAddr(ln.Addr()), "neo4j", st.URI(), "neo4j_browser", *browser)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down: finishing requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
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
