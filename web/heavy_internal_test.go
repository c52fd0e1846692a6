package web

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// At most HeavyQueries computations run at once; a request whose deadline
// ends while it waits for a slot gives up without running.
func TestHeavyGateBoundsConcurrency(t *testing.T) {
	s := &Server{gate: newGate(2)}
	var running, peak atomic.Int32
	work := s.heavy(func(ctx context.Context) (answer, error) {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		running.Add(-1)
		return answer{}, nil
	})
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := work(context.Background()); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Errorf("peak concurrency %d, want 2", p)
	}

	// Both slots taken: a caller with a short deadline gives up.
	hold, holding := make(chan struct{}), make(chan struct{}, 2)
	block := s.heavy(func(ctx context.Context) (answer, error) { holding <- struct{}{}; <-hold; return answer{}, nil })
	for range 2 {
		go block(context.Background())
	}
	<-holding
	<-holding
	ran := false
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	_, err := s.heavy(func(ctx context.Context) (answer, error) { ran = true; return answer{}, nil })(ctx)
	close(hold)
	if !errors.Is(err, context.DeadlineExceeded) || ran {
		t.Errorf("waiting past the deadline: err %v, ran %v", err, ran)
	}
	// No gate: everything runs.
	if _, err := (&Server{}).heavy(func(ctx context.Context) (answer, error) { return answer{}, nil })(ctx); err != nil {
		t.Errorf("ungated: %v", err)
	}
}
