package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunExtract checks the extract subcommand end to end: directory
// recursion, JSON Lines, a bad file reported and skipped, and the final
// error.
func TestRunExtract(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Leaders meet\nFrench President Emile Durand met German Chancellor Hanna Vogel in Paris.\n")
	write("sub/b.txt", "Envoy speaks\nAnatoly Antonov said the talks were useful.\n")
	write("sub/bad.txt", "binary\x00data")
	write("notes.md", "not an article")

	var out, errb bytes.Buffer
	err := runExtract(context.Background(), []string{"--json", dir}, &out, &errb)
	if err == nil {
		t.Fatal("expected an error for the bad file")
	}
	if !strings.Contains(errb.String(), "bad.txt: binary data") {
		t.Errorf("stderr = %q", errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d JSON lines, want 2:\n%s", len(lines), out.String())
	}
	var first struct {
		File      string            `json:"file"`
		Entities  []json.RawMessage `json:"entities"`
		Relations []json.RawMessage `json:"relations"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.File != "a.txt" || len(first.Entities) == 0 || len(first.Relations) == 0 {
		t.Errorf("first line: %+v", first)
	}

	out.Reset()
	errb.Reset()
	if err := runExtract(context.Background(), []string{filepath.Join(dir, "a.txt")}, &out, &errb); err != nil {
		t.Fatalf("summary mode: %v (%s)", err, errb.String())
	}
	if !strings.Contains(out.String(), "MET") {
		t.Errorf("summary lacks the meeting:\n%s", out.String())
	}
}
