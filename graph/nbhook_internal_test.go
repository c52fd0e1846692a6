package graph

import "context"

// SetNeighbourListSize makes neighbour lists keep n entries until the
// returned function restores the size: a small size makes a small test
// corpus overflow its lists, so eviction is exercised.
func SetNeighbourListSize(n int) (restore func()) {
	old := nbListSize
	nbListSize = n
	return func() { nbListSize = old }
}

// SetNeighbourViews turns the neighbour-list views of Neighbourhood on or
// off (the query path answers when off) until restore is called.
func SetNeighbourViews(on bool) (restore func()) {
	old := nbViews
	nbViews = on
	return func() { nbViews = old }
}

// UsesSearchIndex reports whether a search now would answer from the
// in-memory index (built for the graph as it is).
func UsesSearchIndex(st *Store, ctx context.Context) bool {
	return st.searchIndexFor(ctx) != nil
}

// DropViewIndex forgets the view index, so that views take the list path.
func DropViewIndex(st *Store) { st.vidx.Store(nil) }

// UsesViewIndex reports whether a default view now would be drawn from the
// in-memory view index.
func UsesViewIndex(st *Store, ctx context.Context) bool {
	return st.viewIndexFor(ctx) != nil
}
