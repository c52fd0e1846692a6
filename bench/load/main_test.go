package main

import (
	"testing"
	"time"
)

// The figures in BENCHMARKS.md come from these two functions: percentiles
// by nearest rank, and every failed request counted, by status.
func TestSummarise(t *testing.T) {
	var ss []sample
	for i := 1; i <= 100; i++ { // 1 ms … 100 ms
		s := sample{endpoint: "search", dur: time.Duration(i) * time.Millisecond, bytes: 10, cache: "miss"}
		if i%25 == 0 {
			s.status = "504"
		}
		if i%10 == 0 {
			s.cache = "hit"
		}
		ss = append(ss, s)
	}
	st := summarise("search", ss, 2*time.Second)
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"p50", st.P50, 50}, {"p95", st.P95, 95}, {"p99", st.P99, 99}, {"max", st.Max, 100},
		{"mean", st.Mean, 50.5}, {"req/s", st.ReqPerSec, 50}, {"hit rate", st.HitRate, 0.1},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if st.Errors != 4 || st.ByStatus["504"] != 4 || st.Requests != 100 {
		t.Errorf("errors %d %v of %d requests, want 4 × 504 of 100", st.Errors, st.ByStatus, st.Requests)
	}
	if one := summarise("x", []sample{{dur: 7 * time.Millisecond}}, time.Second); one.P50 != 7 || one.P99 != 7 {
		t.Errorf("one sample: p50 %v p99 %v", one.P50, one.P99)
	}
	if empty := summarise("x", nil, time.Second); empty.Requests != 0 || empty.P99 != 0 {
		t.Errorf("no samples: %+v", empty)
	}
}

func TestPct(t *testing.T) {
	vals := make([]float64, 1000)
	for i := range vals {
		vals[i] = float64(i + 1)
	}
	for p, want := range map[float64]float64{50: 500, 95: 950, 99: 990, 100: 1000, 0.1: 1} {
		if got := pct(vals, p); got != want {
			t.Errorf("pct(%v) = %v, want %v", p, got, want)
		}
	}
}
