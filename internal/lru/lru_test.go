package lru

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

func version(v int64) func(context.Context) (int64, error) {
	return func(context.Context) (int64, error) { return v, nil }
}

// TestEvictsLeastRecent fills the cache past its bound: the least recently
// used entries go, the one just read stays, and a value over a quarter of
// the budget is not kept.
func TestEvictsLeastRecent(t *testing.T) {
	c := New[string](1000, time.Hour)
	v, ok := c.Current(context.Background(), version(1))
	if !ok || v != 1 {
		t.Fatalf("Current = %d, %v", v, ok)
	}
	for i := range 10 {
		c.Put(fmt.Sprint(i), v, "x", 100)
	}
	if _, ok := c.Get("0"); !ok {
		t.Fatal("entry 0 missing from a full cache")
	}
	c.Put("new", v, "x", 250)
	if c.Bytes() > 1000 {
		t.Errorf("bytes %d > 1000", c.Bytes())
	}
	for _, k := range []string{"1", "2", "3"} {
		if _, ok := c.Get(k); ok {
			t.Errorf("entry %s (least recently used) survived", k)
		}
	}
	for _, k := range []string{"0", "4", "9", "new"} {
		if _, ok := c.Get(k); !ok {
			t.Errorf("entry %s was evicted", k)
		}
	}
	c.Put("huge", v, "x", 251)
	if _, ok := c.Get("huge"); ok {
		t.Error("an entry over a quarter of the budget was kept")
	}
	c.Purge()
	if _, ok := c.Get("0"); ok || c.Len() != 0 || c.Bytes() != 0 {
		t.Error("Purge left entries")
	}
}

// TestFollowsVersion checks the version rules: a changed version empties
// the cache, a value computed under an older version is not kept, the
// version is read at most once per interval, and an unreadable version
// keeps the entries but answers without the cache.
func TestFollowsVersion(t *testing.T) {
	ctx := context.Background()
	c := New[string](1000, 50*time.Millisecond)
	reads := 0
	read := func(v int64) func(context.Context) (int64, error) {
		return func(context.Context) (int64, error) { reads++; return v, nil }
	}
	c.Current(ctx, read(1))
	c.Put("a", 1, "x", 10)
	if v, _ := c.Current(ctx, read(2)); v != 1 || reads != 1 {
		t.Errorf("within the interval: version %d after %d reads, want 1 after 1", v, reads)
	}
	time.Sleep(60 * time.Millisecond)
	if v, _ := c.Current(ctx, read(2)); v != 2 {
		t.Errorf("after the interval: version %d, want 2", v)
	}
	if _, ok := c.Get("a"); ok {
		t.Error("an entry of version 1 survived version 2")
	}
	c.Put("stale", 1, "x", 10) // computed before the write
	if _, ok := c.Get("stale"); ok {
		t.Error("a value computed under an older version was kept")
	}
	c.Put("b", 2, "x", 10)
	time.Sleep(60 * time.Millisecond)
	if _, ok := c.Current(ctx, func(context.Context) (int64, error) { return 0, errors.New("down") }); ok {
		t.Error("Current ok with an unreadable version")
	}
	if _, ok := c.Get("b"); !ok {
		t.Error("an unreadable version dropped the entries")
	}
	c.Purge()
	if v, _ := c.Current(ctx, read(2)); v != 2 || reads != 3 {
		t.Errorf("after Purge the version was not read again (%d reads)", reads)
	}
}
