package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunGen checks the gen subcommand end to end: sharded files, the
// JSON summary, the same bytes with another worker count, the refusal
// to write into a non-empty directory and --force.
func TestRunGen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	var out, errb bytes.Buffer
	args := []string{"gen", "--articles", "1005", "--seed", "42", "--out", dir, "--workers", "2", "--json", "--quiet"}
	if err := run(context.Background(), args, nil, &out, &errb); err != nil {
		t.Fatalf("gen: %v\n%s", err, errb.String())
	}
	var sum struct {
		Articles int     `json:"articles"`
		Bytes    int64   `json:"bytes"`
		Words    int64   `json:"words"`
		Seconds  float64 `json:"seconds"`
		People   int     `json:"people"`
	}
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		t.Fatalf("gen --json: %v\n%s", err, out.String())
	}
	if sum.Articles != 1005 || sum.Words < 300*1005 || sum.Bytes < sum.Words || sum.People != 502 {
		t.Errorf("summary %+v", sum)
	}
	last, err := os.ReadFile(filepath.Join(dir, "001", "001004.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "001", "001005.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("article beyond --articles written: %v", err)
	}

	// not empty now: refused (a usage error), then forced with one
	// worker, giving the same bytes
	errb.Reset()
	err = run(context.Background(), []string{"gen", "--articles", "1005", "--seed", "42", "--out", dir, "--quiet"}, nil, &out, &errb)
	var u errUsage
	if !errors.As(err, &u) || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("second run into the same directory: %v, want a not-empty usage error", err)
	}
	errb.Reset()
	args = []string{"gen", "--articles", "1005", "--seed", "42", "--out", dir, "--workers", "1", "--force"}
	if err := run(context.Background(), args, nil, &out, &errb); err != nil {
		t.Fatalf("gen --force: %v\n%s", err, errb.String())
	}
	again, err := os.ReadFile(filepath.Join(dir, "001", "001004.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(last, again) {
		t.Error("same seed with another worker count wrote different bytes")
	}
	if !strings.Contains(errb.String(), "gen: 1005 articles") {
		t.Errorf("no summary line on stderr: %q", errb.String())
	}
}

func TestGenUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"gen", "--articles", "10"}, "--out"},
		{[]string{"gen", "--articles", "0", "--out", "x"}, "at least 1"},
		{[]string{"gen", "--workers", "0", "--out", "x"}, "at least 1"},
		{[]string{"gen", "--out", "x", "extra"}, "unexpected argument"},
		{[]string{"gen", "--people", "-1", "--out", "x"}, "negative"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		err := run(context.Background(), tt.args, nil, &out, &errb)
		var u errUsage
		if !errors.As(err, &u) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want a usage error containing %q", tt.args, err, tt.want)
		}
	}
}
