package ingest

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestLowerEventGate checks that lowerEventGate and namedEventGate list
// every head word of eventPass's detectors: the repository's articles
// (golden and development sets) must extract the same with the gates
// shut as with them open (every word let through to the detectors). A
// detector whose heads are missing from a gate loses its events here.
func TestLowerEventGate(t *testing.T) {
	checkGateOpenShut(t, "lowerEventGate or namedEventGate", &lowerEventGate, &namedEventGate)
}

// TestMeetFrameGate checks meetFrameGate as TestLowerEventGate checks the
// event gates.
func TestMeetFrameGate(t *testing.T) {
	checkGateOpenShut(t, "meetFrameGate", &meetFrameGate)
}

// TestFrameTriggerGate checks frameTriggerGate as TestLowerEventGate
// checks the event gates.
func TestFrameTriggerGate(t *testing.T) {
	checkGateOpenShut(t, "frameTriggerGate", &frameTriggerGate)
}

// checkGateOpenShut extracts the golden and development articles with the
// gates as built and with them open, and fails on any difference.
func checkGateOpenShut(t *testing.T, what string, gates ...*smallBits) {
	t.Helper()
	files := goldenAndDevArticles(t)
	ctx := context.Background()
	extractAll := func() []Result {
		out := make([]Result, len(files))
		for k, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if out[k], err = Extract(ctx, Document{File: filepath.Base(f), Text: text}); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		return out
	}
	gated := extractAll()
	for _, g := range gates {
		saved := *g
		defer func() { *g = saved }()
		for k := range g {
			g[k] = ^uint64(0)
		}
	}
	open := extractAll()
	for k := range files {
		if !reflect.DeepEqual(gated[k], open[k]) {
			t.Errorf("%s: the gate changes the extraction: a head word is missing from %s", files[k], what)
		}
	}
}
