package graph

import (
	"fmt"
	"testing"
	"time"
)

// TestNodeCacheEvictsLeastRecent fills the cache past its bound: the least
// recently used entries go, the one just read stays.
func TestNodeCacheEvictsLeastRecent(t *testing.T) {
	c := newNodeCache(1000, time.Second)
	for i := range 10 {
		c.put(&cachedNode{id: fmt.Sprint(i), size: 100})
	}
	if _, ok := c.get("0"); !ok {
		t.Fatal("entry 0 missing from a full cache")
	}
	c.put(&cachedNode{id: "new", size: 250})
	if c.used > c.max {
		t.Errorf("used %d > max %d", c.used, c.max)
	}
	for _, id := range []string{"1", "2", "3"} {
		if _, ok := c.get(id); ok {
			t.Errorf("entry %s (least recently used) survived", id)
		}
	}
	for _, id := range []string{"0", "4", "9", "new"} {
		if _, ok := c.get(id); !ok {
			t.Errorf("entry %s was evicted", id)
		}
	}
	c.put(&cachedNode{id: "huge", size: 251}) // more than a quarter: not kept
	if _, ok := c.get("huge"); ok {
		t.Error("an entry over a quarter of the budget was kept")
	}
	c.clear()
	if _, ok := c.get("0"); ok || c.used != 0 {
		t.Error("clear left entries")
	}
	var off *nodeCache = newNodeCache(-1, time.Second)
	off.put(&cachedNode{id: "x", size: 1})
	if _, ok := off.get("x"); ok || off != nil {
		t.Error("a disabled cache kept an entry")
	}
}
