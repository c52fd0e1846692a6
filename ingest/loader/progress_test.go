package loader

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// Off a terminal, progress is a log line per interval naming the run, the
// count and the total; a running total never goes back.
func TestProgressLogLines(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	p := NewProgress(&bytes.Buffer{}, "gen", 100, time.Nanosecond, log)
	p.Set(40)
	p.Set(30) // an older total from a slower worker
	p.Add(5)
	p.Done()
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d log lines, want 3:\n%s", len(lines), logs.String())
	}
	for i, want := range []string{"done=40", "done=40", "done=45"} {
		if !strings.Contains(lines[i], `msg="gen progress"`) || !strings.Contains(lines[i], want) || !strings.Contains(lines[i], "total=100") {
			t.Errorf("line %d = %q, want gen progress with %s of 100", i, lines[i], want)
		}
	}
	var nilP *Progress
	nilP.Add(1) // a nil Progress reports nothing and does not panic
	nilP.Done()
	quiet := NewProgress(nil, "ingest", 10, time.Nanosecond, log)
	quiet.Add(1) // no writer: nothing either
	if strings.Count(logs.String(), "\n") != 3 {
		t.Error("a progress without a writer logged")
	}
}
