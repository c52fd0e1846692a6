package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/graphtest"
)

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "no command"},
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"ingest"}, "no input"},
		{[]string{"ingest", "--workers", "0", "x"}, "at least 1"},
		{[]string{"serve", "extra"}, "unexpected argument"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		err := run(context.Background(), tt.args, nil, &out, &errb)
		var u errUsage
		if !errors.As(err, &u) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want a usage error containing %q", tt.args, err, tt.want)
		}
		if exitCode(err) != 2 {
			t.Errorf("run(%q): exit code %d, want 2", tt.args, exitCode(err))
		}
	}
}

// The demo path end to end: ingest the sample articles into a real Neo4j,
// serve, and read health and statistics over HTTP.
func TestIngestThenServe(t *testing.T) {
	graphtest.Open(t) // empty database with schema, and the test lock
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ingest", "--json", "--quiet", "../../testdata/articles"}, nil, &out, &errb); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errb.String())
	}
	var sum struct {
		Files   int `json:"files"`
		Written int `json:"written"`
	}
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		t.Fatalf("ingest --json: %v\n%s", err, out.String())
	}
	if sum.Files < 20 || sum.Written != sum.Files {
		t.Errorf("ingest summary %+v: want every sample article written", sum)
	}
	// Ingesting the same files again changes nothing, byte for byte.
	first := graphtest.Snapshot(t)
	out.Reset()
	if err := run(context.Background(), []string{"ingest", "--json", "--quiet", "--workers", "1", "--batch", "7", "../../testdata/articles"}, nil, &out, &errb); err != nil {
		t.Fatalf("second ingest: %v\n%s", err, errb.String())
	}
	if second := graphtest.Snapshot(t); second != first {
		t.Error("re-ingesting the sample articles changed the graph")
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "--addr", addr}, nil, &out, &bytes.Buffer{}) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve did not shut down cleanly: %v", err)
		}
	}()
	var resp *http.Response
	for i := 0; i < 100; i++ {
		resp, err = http.Get("http://" + addr + "/api/health")
		if err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("server never answered: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("health: %s", resp.Status)
	}
	resp, err = http.Get("http://" + addr + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var st map[string]int
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		t.Fatal(err)
	}
	if st["articles"] != sum.Files || st["people"] == 0 || st["said"] == 0 {
		t.Errorf("stats after ingest: %v", st)
	}
}

// merge, merges, unmerge and delete-article from the command line.
func TestMergeCommands(t *testing.T) {
	graphtest.Open(t)
	ctx := context.Background()
	var out, errb bytes.Buffer
	if err := run(ctx, []string{"ingest", "--quiet", "../../testdata/articles"}, nil, &out, &errb); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errb.String())
	}
	rows := graphtest.Exec(t, `MATCH (i:Institution) WITH i ORDER BY i.mentions DESC LIMIT 2 RETURN collect(i.id) AS ids`, nil)
	ids := rows[0]["ids"].([]any)
	keep, gone := ids[0].(string), ids[1].(string)

	out.Reset()
	if err := run(ctx, []string{"merge", keep, gone}, nil, &out, &errb); err != nil {
		t.Fatalf("merge: %v", err)
	}
	fields := strings.Fields(out.String())
	record := fields[len(fields)-1]
	record = strings.TrimSuffix(record, ")")
	if n := graphtest.Exec(t, "MATCH (e:Entity {id: $id}) RETURN count(e) AS n", map[string]any{"id": gone})[0]["n"].(int64); n != 0 {
		t.Fatal("merged entity still exists")
	}
	out.Reset()
	if err := run(ctx, []string{"merges"}, nil, &out, &errb); err != nil || !strings.Contains(out.String(), record) {
		t.Fatalf("merges: %v\n%s", err, out.String())
	}
	if err := run(ctx, []string{"unmerge", record}, nil, &out, &errb); err != nil {
		t.Fatalf("unmerge: %v", err)
	}
	if n := graphtest.Exec(t, "MATCH (e:Entity {id: $id}) RETURN count(e) AS n", map[string]any{"id": gone})[0]["n"].(int64); n != 1 {
		t.Fatal("unmerge did not restore the entity")
	}
	err := run(ctx, []string{"delete-article", "00000000-0000-0000-0000-000000000000"}, nil, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "no article") {
		t.Errorf("delete-article of an unknown id: %v", err)
	}
}

// A run with a broken file still writes the good ones, names the broken
// one and its reason in the summary, and exits 1 so a script notices.
func TestIngestExitStatusReportsSkippedFiles(t *testing.T) {
	graphtest.Open(t)
	dir := t.TempDir()
	good := "Talks in Vienna\n\nForeign Minister Ada Quill met Ambassador Bo Tarn in Vienna on Tuesday.\n"
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("Caf\xe9 talks\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"ingest", "--quiet", dir}, nil, &out, &errb)
	if err == nil || exitCode(err) != 1 {
		t.Fatalf("err = %v (exit %d), want a failure with exit status 1", err, exitCode(err))
	}
	if !strings.Contains(errb.String(), "1 articles written") || !strings.Contains(errb.String(), "bad.txt: ") ||
		!strings.Contains(errb.String(), "not valid utf-8") {
		t.Errorf("summary does not name the written article and the skipped file with its reason:\n%s", errb.String())
	}
	if err := os.Remove(filepath.Join(dir, "bad.txt")); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"ingest", "--quiet", dir}, nil, &out, &errb); err != nil {
		t.Errorf("a clean re-run failed: %v", err)
	}
}
