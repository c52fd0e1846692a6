package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/ingest"
)

// byteSize is a flag value for sizes written as people write them: "4MB",
// "512KB", "1.5GB" or a plain number of bytes (units are powers of 1024).
type byteSize int64

func (b *byteSize) String() string { return formatSize(int64(*b)) }

func (b *byteSize) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	*b = byteSize(n)
	return nil
}

// offOrSize is a byteSize where 0 means "off" (the cache size).
type offOrSize int64

func (b *offOrSize) String() string { return (*byteSize)(b).String() }

func (b *offOrSize) Set(s string) error {
	if t := strings.TrimSpace(s); t == "0" || strings.EqualFold(t, "off") {
		*b = 0
		return nil
	}
	return (*byteSize)(b).Set(s)
}

func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f <= 0 || f*float64(mult) > 1<<40 {
		return 0, fmt.Errorf("size %q: want a positive number of bytes, optionally with KB, MB or GB", s)
	}
	return int64(f * float64(mult)), nil
}

func formatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKB", n>>10)
	}
	return strconv.FormatInt(n, 10)
}

// addMaxSizeFlag adds --max-size, the largest article a command reads
// (ingest.MaxDocumentSize): larger files are skipped with the reason, so
// one stray dump cannot take the machine's memory. The returned function
// applies the parsed value; call it after parsing.
func addMaxSizeFlag(fs *flag.FlagSet) func() {
	size := byteSize(ingest.DefaultMaxDocumentSize)
	fs.Var(&size, "max-size", "largest article to read, e.g. 4MB or 16MB; larger files are skipped with the reason")
	return func() { ingest.SetMaxDocumentSize(int64(size)) }
}
