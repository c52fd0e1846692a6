package gen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// ErrNotEmpty is returned by WriteDir when the directory already holds
// files and Force is not set.
var ErrNotEmpty = errors.New("directory is not empty")

// WriteOptions says where and how to write a corpus.
type WriteOptions struct {
	Dir      string
	Articles int
	Workers  int  // goroutines generating and writing (default 1)
	Force    bool // write into a non-empty directory, replacing same-named files
	// Progress, if set, is called with the number of articles written
	// so far, from any worker goroutine, every few dozen articles.
	Progress func(done int)
}

// Summary totals a written corpus.
type Summary struct {
	Articles int           `json:"articles"`
	Bytes    int64         `json:"bytes"`
	Words    int64         `json:"words"`
	Elapsed  time.Duration `json:"elapsed_ns"`
}

// chunk is how many consecutive articles a worker claims at once: large
// enough to keep the shared counter cold, small enough to balance.
const chunk = 50

// WriteDir writes articles 0..Articles-1 as Dir/SHARD/NNNNNN.txt, a
// thousand to a shard directory. Workers claim chunks of consecutive
// indices; since every article depends only on its index, the files are
// the same whatever the number of workers. Memory stays flat: each
// worker holds one article at a time.
func (g *Generator) WriteDir(ctx context.Context, o WriteOptions) (Summary, error) {
	start := time.Now()
	if o.Articles < 0 {
		return Summary{}, fmt.Errorf("gen: negative article count %d", o.Articles)
	}
	if err := prepareDir(o.Dir, o.Force); err != nil {
		return Summary{}, err
	}
	for sh := 0; sh*1000 < o.Articles; sh++ {
		d := filepath.Join(o.Dir, shardName(sh, o.Articles))
		if err := os.MkdirAll(d, 0o755); err != nil {
			return Summary{}, fmt.Errorf("gen %s: %w", d, err)
		}
	}
	workers := max(o.Workers, 1)
	var (
		next          atomic.Int64
		done          atomic.Int64
		bytes, words  atomic.Int64
		errOnce       sync.Once
		firstErr      error
		stop          atomic.Bool
		wg            sync.WaitGroup
		fail          = func(err error) { errOnce.Do(func() { firstErr = err; stop.Store(true) }) }
		total         = int64(o.Articles)
		reportedEvery = int64(chunk)
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			src := g.Source()
			var a Article
			for !stop.Load() {
				if err := ctx.Err(); err != nil {
					fail(err)
					return
				}
				lo := next.Add(chunk) - chunk
				if lo >= total {
					return
				}
				hi := min(lo+chunk, total)
				var nb, nw int64
				for i := lo; i < hi; i++ {
					src.Generate(int(i), &a)
					p := filepath.Join(o.Dir, Path(int(i), o.Articles))
					if err := os.WriteFile(p, a.Text, 0o644); err != nil {
						fail(fmt.Errorf("gen %s: %w", p, err))
						return
					}
					nb += int64(len(a.Text))
					nw += int64(a.Words)
				}
				bytes.Add(nb)
				words.Add(nw)
				d := done.Add(hi - lo)
				if o.Progress != nil && (d%reportedEvery == 0 || d == total) {
					o.Progress(int(d))
				}
			}
		}()
	}
	wg.Wait()
	sum := Summary{Articles: int(done.Load()), Bytes: bytes.Load(), Words: words.Load(), Elapsed: time.Since(start)}
	return sum, firstErr
}

// prepareDir creates dir, or checks that it is empty unless force.
func prepareDir(dir string, force bool) error {
	if dir == "" {
		return errors.New("gen: no output directory")
	}
	f, err := os.Open(dir)
	if errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("gen %s: %w", dir, err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("gen %s: %w", dir, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil {
		return fmt.Errorf("gen %s: %w", dir, err)
	} else if !fi.IsDir() {
		return fmt.Errorf("gen %s: not a directory", dir)
	}
	if _, err := f.Readdirnames(1); err == nil && !force {
		return fmt.Errorf("gen %s: %w (use --force to write into it)", dir, ErrNotEmpty)
	} else if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("gen %s: %w", dir, err)
	}
	return nil
}

// Path is the file of article i in a corpus of n articles, relative to
// its directory: "000/000123.txt". Numbers have six digits, more when n
// needs them, so that names sort in article order.
func Path(i, n int) string {
	w := width(n)
	b := make([]byte, 0, 2*w+6)
	b = pad(b, i/1000, w-3)
	b = append(b, filepath.Separator)
	b = pad(b, i, w)
	return string(append(b, ".txt"...))
}

func shardName(sh, n int) string { return string(pad(nil, sh, width(n)-3)) }

func width(n int) int { return max(6, len(strconv.Itoa(max(n-1, 0)))) }

func pad(b []byte, v, w int) []byte {
	s := strconv.Itoa(v)
	for k := len(s); k < w; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
