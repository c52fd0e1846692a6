package loader

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"
)

// progress shows articles done, articles/s and ETA: a redrawn bar on a
// terminal, a log line every interval otherwise (CI logs, pipes).
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	total int
	n     int
	start time.Time
	last  time.Time
	every time.Duration
	log   *slog.Logger
}

func newProgress(w io.Writer, total int, every time.Duration, log *slog.Logger) *progress {
	p := &progress{w: w, total: total, start: time.Now(), every: every, log: log}
	p.last = p.start
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

func (p *progress) add(n int) {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n += n
	now := time.Now()
	if p.tty {
		if now.Sub(p.last) >= 100*time.Millisecond || p.n == p.total {
			p.last = now
			fmt.Fprintf(p.w, "\r%s", p.line(now))
		}
		return
	}
	if now.Sub(p.last) >= p.every {
		p.last = now
		el := now.Sub(p.start).Seconds()
		p.log.Info("ingest progress", "done", p.n, "total", p.total,
			"articles_per_s", round1(float64(p.n)/el), "eta", p.eta(el).String())
	}
}

func (p *progress) done() {
	if p == nil || p.w == nil || !p.tty {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\r%s\n", p.line(time.Now()))
}

func (p *progress) eta(elapsed float64) time.Duration {
	if p.n == 0 {
		return 0
	}
	rate := float64(p.n) / elapsed
	return time.Duration(float64(p.total-p.n) / rate * float64(time.Second)).Round(time.Second)
}

func (p *progress) line(now time.Time) string {
	const width = 30
	el := now.Sub(p.start).Seconds()
	frac := 1.0
	if p.total > 0 {
		frac = float64(p.n) / float64(p.total)
	}
	fill := int(frac * width)
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
	rate := 0.0
	if el > 0 {
		rate = float64(p.n) / el
	}
	return fmt.Sprintf("[%s] %d/%d articles  %.1f/s  ETA %s ", bar, p.n, p.total, rate, p.eta(el))
}

func round1(f float64) float64 { return float64(int(f*10+0.5)) / 10 }
