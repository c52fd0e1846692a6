// Package webtest holds fakes of web.Graph and web.Writer for handler
// tests that need no database.
package webtest

import (
	"bytes"
	"context"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
)

// Down is a web.Graph whose database cannot be reached: Health says so and
// every other method fails at once with graph.CodeUnavailable. A request
// the handlers accept therefore answers 503, one they refuse 400, without
// waiting for a connection time-out.
type Down struct{}

var errDown = &graph.Error{Code: graph.CodeUnavailable, Message: "graph database unavailable"}

func (Down) Health(context.Context) graph.Health {
	return graph.Health{Reachable: false, Error: "graph database unavailable"}
}
func (Down) Stats(context.Context) (graph.Stats, error) { return graph.Stats{}, errDown }
func (Down) Search(context.Context, string, []string, int) ([]graph.EntitySummary, error) {
	return nil, errDown
}
func (Down) Top(context.Context, []string, int) ([]graph.EntitySummary, error) { return nil, errDown }
func (Down) Entity(context.Context, string) (graph.EntityDetail, error) {
	return graph.EntityDetail{}, errDown
}
func (Down) Neighbourhood(context.Context, graph.NeighbourhoodOptions) (graph.NeighbourhoodGraph, error) {
	return graph.NeighbourhoodGraph{}, errDown
}
func (Down) Paths(context.Context, string, string, int, []string) (graph.PathsResult, error) {
	return graph.PathsResult{}, errDown
}
func (Down) Timeline(context.Context, string, string, string) (graph.Timeline, error) {
	return graph.Timeline{}, errDown
}
func (Down) Article(context.Context, string) (graph.ArticleDetail, error) {
	return graph.ArticleDetail{}, errDown
}
func (Down) Relations(context.Context, string, string, []string) ([]graph.RelationEvidence, error) {
	return nil, errDown
}
func (Down) RelationByKey(context.Context, string, string) (graph.RelationEvidence, error) {
	return graph.RelationEvidence{}, errDown
}
func (Down) Export(context.Context, graph.ExportOptions) (graph.Subgraph, error) {
	return graph.Subgraph{}, errDown
}

// Writer is a web.Writer that records what it is asked and succeeds, for
// tests of the write endpoints' routing, authentication and parsing.
type Writer struct {
	mu    sync.Mutex
	Calls []string // "merge INTO FROM", "unmerge RECORD", "delete ID", "write ID"
}

func (w *Writer) record(s string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.Calls = append(w.Calls, s)
}

// Called returns the calls so far.
func (w *Writer) Called() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.Calls...)
}

func (w *Writer) WriteArticles(_ context.Context, arts []graph.Article) (graph.WriteSummary, error) {
	for _, a := range arts {
		w.record("write " + a.ID)
	}
	return graph.WriteSummary{Written: len(arts)}, nil
}

func (w *Writer) Merge(_ context.Context, into, from string) (string, error) {
	w.record("merge " + into + " " + from)
	return "00000000-0000-4000-8000-0000000000ee", nil
}

func (w *Writer) Unmerge(_ context.Context, record string) (graph.MergeRecord, error) {
	w.record("unmerge " + record)
	return graph.MergeRecord{ID: record}, nil
}

func (w *Writer) DeleteArticle(_ context.Context, id string) (graph.WriteSummary, error) {
	w.record("delete " + id)
	return graph.WriteSummary{}, nil
}

// LogBuffer collects a log written from the server's goroutines; String
// may be called while they still write.
type LogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
