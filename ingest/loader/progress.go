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

// Progress shows articles done, articles/s and ETA: a redrawn bar on a
// terminal, a log line every interval otherwise (CI logs, pipes). The
// loader reports through it, and so does `newsgraph gen`, so long runs
// look the same whatever the command. A nil *Progress, or one without a
// writer, reports nothing. Safe for concurrent use.
type Progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	what  string // "ingest", "gen": the log message is "<what> progress"
	total int
	n     int
	start time.Time
	last  time.Time
	every time.Duration
	log   *slog.Logger
}

// NewProgress reports on w for total articles; what names the run in log
// lines, every is their interval.
func NewProgress(w io.Writer, what string, total int, every time.Duration, log *slog.Logger) *Progress {
	if log == nil {
		log = slog.Default()
	}
	p := &Progress{w: w, what: what, total: total, start: time.Now(), every: every, log: log}
	p.last = p.start
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

// Add records n more articles done.
func (p *Progress) Add(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.report(p.n + n)
}

// Set records a running total (from a source that counts for itself);
// a total lower than one already seen is ignored.
func (p *Progress) Set(done int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.report(max(done, p.n))
}

func (p *Progress) report(n int) {
	p.n = n
	if p.w == nil {
		return
	}
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
		p.log.Info(p.what+" progress", "done", p.n, "total", p.total,
			"articles_per_s", round1(float64(p.n)/el), "eta", p.eta(el).String())
	}
}

// Done ends the bar on a terminal with a last redraw and a newline.
func (p *Progress) Done() {
	if p == nil || p.w == nil || !p.tty {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\r%s\n", p.line(time.Now()))
}

func (p *Progress) eta(elapsed float64) time.Duration {
	if p.n == 0 {
		return 0
	}
	rate := float64(p.n) / elapsed
	return time.Duration(float64(p.total-p.n) / rate * float64(time.Second)).Round(time.Second)
}

func (p *Progress) line(now time.Time) string {
	const width = 30
	el := now.Sub(p.start).Seconds()
	frac := 1.0
	if p.total > 0 {
		frac = min(float64(p.n)/float64(p.total), 1)
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
