package web

import (
	"context"
	"runtime"
)

// Expensive reads — neighbourhoods, timelines, paths and exports — can
// each keep a Neo4j core busy for a second or more around a popular
// entity. Run fifty of them at once on a small machine and every one of
// them takes fifty times longer, until they all miss their time-out
// together. A bounded number run at once instead; the others wait their
// turn (within their own deadline), which keeps each one's running time
// close to what it costs alone and leaves the cheap requests (search,
// entity detail, evidence) unqueued. Cache hits never wait: the gate is
// around the computation only.

// DefaultHeavyQueries is how many expensive reads run at once when
// Options.HeavyQueries is 0: two per core, enough to keep the cores busy
// while one query waits on the page cache or the network.
func DefaultHeavyQueries() int { return max(2, 2*runtime.GOMAXPROCS(0)) }

// gate is a counting semaphore; nil lets everything through.
type gate chan struct{}

func newGate(n int) gate {
	if n <= 0 {
		n = DefaultHeavyQueries()
	}
	return make(gate, n)
}

// heavy wraps an expensive computation so that it waits for a free slot
// (or for its request's deadline, which then answers 504 like any
// time-out).
func (s *Server) heavy(compute func(ctx context.Context) (answer, error)) func(ctx context.Context) (answer, error) {
	return through(s.gate, compute)
}

// fromMemory wraps a neighbourhood view drawn from the view index: about
// a millisecond of CPU, so it does not wait behind paths and exports, but
// such views still run a bounded number at once, in a gate of their own
// (sixteen at once gave a longer tail than four, docs/bench-query.md).
func (s *Server) fromMemory(compute func(ctx context.Context) (answer, error)) func(ctx context.Context) (answer, error) {
	return through(s.memGate, compute)
}

func through(g gate, compute func(ctx context.Context) (answer, error)) func(ctx context.Context) (answer, error) {
	if g == nil {
		return compute
	}
	return func(ctx context.Context) (answer, error) {
		select {
		case g <- struct{}{}:
		case <-ctx.Done():
			return answer{}, ctx.Err()
		}
		defer func() { <-g }()
		return compute(ctx)
	}
}
