package graph

import (
	"context"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var (
	queryNeighbourhoodExpand = cypher.Query("q_neighbourhood_expand")
	querySubgraphNodes       = cypher.Query("q_subgraph_nodes")
	queryNeighbourhoodLinks  = cypher.Query("q_neighbourhood_links")
	queryPaths               = cypher.Query("q_paths")
	queryPathsMentions       = cypher.Query("q_paths_mentions")
	queryTimeline            = cypher.Query("q_timeline")
)

// NeighbourhoodOptions choose the part of the graph around one entity.
type NeighbourhoodOptions struct {
	ID    string `json:"id"`
	Depth int    `json:"depth"` // relations away from ID, 1..3; 0 means 1
	// Labels are the node labels to include (Person, Institution, Event,
	// Place, Article); nil means all. The entity ID itself is always included.
	Labels []string `json:"labels,omitempty"`
	// RelTypes are the relationship types to follow; nil means the entity
	// relations (MET, SANCTIONED, AFFILIATED_WITH, PARTICIPATED_IN) and SAID,
	// which brings in the articles where the entity spoke. MENTIONED_IN is
	// followed only when named here or when Mentions is set.
	RelTypes []string `json:"types,omitempty"`
	Mentions bool     `json:"mentions,omitempty"` // also follow MENTIONED_IN
	// From and To (YYYY-MM-DD, either may be "") keep only relations whose
	// day — their own date, else their article's publication date — is in
	// the range; with a bound set, undated relations are left out.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Limit is the most nodes returned, the entity included: 1..5000, 0
	// meaning 500. Nearer nodes come first; then, in the default view
	// (neighbour lists, listView), the most strongly linked, and in a
	// filtered one those of higher degree.
	Limit int `json:"limit"`
	// MaxLinks is the most links returned: 1..20000, 0 meaning 2000. The
	// strongest (most relationships) are kept; NeighbourhoodGraph.LinksMore
	// counts the others.
	MaxLinks int `json:"max_links,omitempty"`
}

// Link limits of a neighbourhood view.
const (
	DefaultViewLinks = 2000
	MaxViewLinks     = 20000
)

// LinkSummary stands for all the relationships of one type from Source to
// Target: how many there are and the range of their stated dates. A view
// draws one line per summary; the evidence (a sentence per relationship)
// is fetched when the user opens the link (Store.Relations), which keeps a
// neighbourhood around a hub to kilobytes instead of megabytes.
type LinkSummary struct {
	ID       string `json:"id"` // "TYPE:source:target"
	Source   string `json:"source"`
	Target   string `json:"target"`
	Type     string `json:"type"`
	Directed bool   `json:"directed"`
	Count    int64  `json:"count"`           // relationships summarised, at least 1
	First    string `json:"first,omitempty"` // earliest stated date (YYYY-MM-DD), "" when none is dated
	Last     string `json:"last,omitempty"`  // latest stated date
}

// NeighbourhoodGraph is a neighbourhood view: nodes and compact links.
type NeighbourhoodGraph struct {
	Nodes []Node        `json:"nodes"`
	Links []LinkSummary `json:"links"`
	// More counts nodes found next to the returned ones but left out by
	// the node limit (a lower bound, as in Subgraph).
	More int `json:"more"`
	// LinksMore counts links among the returned nodes left out by MaxLinks.
	LinksMore int `json:"links_more"`
}

// filter is a validated set of node and relation filters.
type filter struct {
	labels, types []string
	from, to      string
}

func (f filter) params() map[string]any {
	return map[string]any{"labels": f.labels, "types": f.types, "from": f.from, "to": f.to}
}

// plain reports whether f is the default view (every label, the relation
// types of RelationTypes, no date range), which neighbour lists answer.
func (f filter) plain() bool {
	return f.from == "" && f.to == "" && sameSet(f.labels, NodeLabels) && sameSet(f.types, RelationTypes)
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !validType(b, x) {
			return false
		}
	}
	return true
}

func newFilter(labels, types []string, mentions bool, defTypes []string, from, to string) (filter, error) {
	var f filter
	var err error
	if f.labels, err = checkList("label", labels, NodeLabels, NodeLabels); err != nil {
		return f, err
	}
	if f.types, err = checkList("relationship type", types, LinkTypes, defTypes); err != nil {
		return f, err
	}
	if mentions && !validType(f.types, "MENTIONED_IN") {
		f.types = append(f.types, "MENTIONED_IN")
	}
	if f.from, f.to, err = checkRange(from, to); err != nil {
		return f, err
	}
	return f, nil
}

func checkDepth(d int) (int, error) {
	switch {
	case d == 0:
		return 1, nil
	case d < 0 || d > MaxDepth:
		return 0, errorf(CodeInvalid, nil, "depth %d out of range 1..%d", d, MaxDepth)
	}
	return d, nil
}

// Neighbourhood returns the nodes within Depth relations of an entity and
// the links among them (see NeighbourhoodOptions). It expands one level at
// a time and never keeps more than Limit nodes; Subgraph.More counts the
// nodes it found but had no room for. CodeInvalid for a bad option,
// CodeNotFound when ID names no entity.
func (s *Store) Neighbourhood(ctx context.Context, o NeighbourhoodOptions) (NeighbourhoodGraph, error) {
	var g NeighbourhoodGraph
	a, err := checkNeighbourhood(o)
	if err != nil {
		return g, err
	}
	if v, ok, err := s.fromViewIndex(ctx, a, false); ok || err != nil {
		if err != nil {
			return g, err
		}
		defer v.release()
		return v.graph(), nil
	}
	return s.neighbourhoodFromNeo4j(ctx, a)
}

// neighbourhoodFromNeo4j is a view read in a transaction: from the
// neighbour lists for a default view, else by the bounded expansion.
func (s *Store) neighbourhoodFromNeo4j(ctx context.Context, a nbArgs) (g NeighbourhoodGraph, err error) {
	err = s.read(ctx, "neighbourhood of "+a.id, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		if err := requireEntities(ctx, tx, a.id); err != nil {
			return err
		}
		if nbViews && a.f.plain() {
			ready, err := s.neighbourListsReady(ctx, tx)
			if err != nil {
				return err
			}
			if ready {
				g, err = s.listView(ctx, tx, a.id, a.depth, a.limit, a.maxLinks)
				return err
			}
		}
		ids, more, err := expand(ctx, tx, []string{a.id}, a.depth, a.f, a.limit)
		if err != nil {
			return err
		}
		g, err = viewGraph(ctx, tx, ids, a.f, a.maxLinks)
		g.More = more
		return err
	})
	return g, err
}

// NeighbourhoodJSON appends to b the JSON of Neighbourhood(ctx, o), byte
// for byte what encoding/json writes for it. A view drawn from the view
// index is encoded straight from the index, without making the graph
// first: the web server answers with this.
func (s *Store) NeighbourhoodJSON(ctx context.Context, o NeighbourhoodOptions, b []byte) ([]byte, error) {
	a, err := checkNeighbourhood(o)
	if err != nil {
		return nil, err
	}
	if v, ok, err := s.fromViewIndex(ctx, a, true); ok || err != nil {
		if err != nil {
			return nil, err
		}
		defer v.release()
		return v.appendJSON(b)
	}
	g, err := s.neighbourhoodFromNeo4j(ctx, a)
	if err != nil {
		return nil, err
	}
	return g.AppendJSON(b)
}

// ViewFromIndex reports whether a view with these options would now be
// drawn from the in-memory view index (valid options, no filter, an index
// built for the graph as it is): the web server lets such views skip the
// queue of expensive reads. A seed the index lacks still takes the list
// path, which is bounded too.
func (s *Store) ViewFromIndex(ctx context.Context, o NeighbourhoodOptions) bool {
	a, err := checkNeighbourhood(o)
	return err == nil && nbViews && a.f.plain() && s.viewIndexFor(ctx) != nil
}

// nbArgs are a neighbourhood's validated options.
type nbArgs struct {
	id                     string
	depth, limit, maxLinks int
	f                      filter
}

func checkNeighbourhood(o NeighbourhoodOptions) (a nbArgs, err error) {
	if a.id, err = checkID("neighbourhood", o.ID); err != nil {
		return a, err
	}
	if a.depth, err = checkDepth(o.Depth); err != nil {
		return a, err
	}
	if a.limit, err = checkLimit("node limit", o.Limit, DefaultNodes, MaxNodes); err != nil {
		return a, err
	}
	if a.maxLinks, err = checkLimit("link limit", o.MaxLinks, DefaultViewLinks, MaxViewLinks); err != nil {
		return a, err
	}
	a.f, err = newFilter(o.Labels, o.RelTypes, o.Mentions, RelationTypes, o.From, o.To)
	return a, err
}

// fromViewIndex draws a default view (no filter) from the view index when
// one is in use for the graph as it is; ok false: take the other paths.
// jsonOnly: see indexView.
func (s *Store) fromViewIndex(ctx context.Context, a nbArgs, jsonOnly bool) (v *ixView, ok bool, err error) {
	if !nbViews || !a.f.plain() {
		return nil, false, nil
	}
	ix := s.viewIndexFor(ctx)
	if ix == nil {
		return nil, false, nil
	}
	return s.indexView(ctx, ix, a.id, a.depth, a.limit, a.maxLinks, jsonOnly)
}

// Bounds on the work of one expansion level and of reading the links of
// a subgraph, so that a hub (an entity with 100,000+ relationships) costs
// about as much as any other node; see q_neighbourhood_expand.cypher and
// q_neighbourhood_links.cypher and export_links.cypher for what they leave out.
const (
	// perNodeFactor × the node budget (at least minPerNode) is the most
	// new neighbours one frontier node contributes: more than the budget,
	// so that the best connected are chosen among more than fit and More
	// counts some of those left out, and never less than a small graph's
	// whole neighbourhood.
	perNodeFactor = 2
	minPerNode    = 1000
	// expandScanFactor × the node budget is the most candidates one level
	// ranks (at least minExpandScan).
	expandScanFactor = 4
	minExpandScan    = 2000
	// linkScan is the most relationships read per node of an export;
	// viewLinkScan per node of a neighbourhood view, which shows at most
	// DefaultViewLinks links anyway (on the bench graph a 500-node view
	// around a hub still finds 5,500 candidate links with 500, against
	// 7,900 with 1,000, in half the time).
	linkScan     = 1000
	viewLinkScan = 500
)

// expand collects the ids of the seeds and of the nodes up to depth
// relations away, level by level, keeping at most limit ids in all; more
// counts the distinct nodes found next to kept ones but left out.
func expand(ctx context.Context, tx neo4j.ManagedTransaction, seeds []string, depth int, f filter, limit int) (ids []string, more int, err error) {
	seen := map[string]bool{}
	for _, id := range seeds {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	frontier := append([]string(nil), ids...)
	omitted := map[string]bool{}
	for level := 1; level <= depth && len(frontier) > 0; level++ {
		budget := max(limit-len(ids), 0)
		params := f.params()
		params["frontier"], params["seen"], params["limit"] = frontier, ids, budget
		params["per_node"] = max(perNodeFactor*budget, minPerNode)
		params["scan"] = max(expandScanFactor*budget, minExpandScan)
		recs, err := collect(ctx, tx, queryNeighbourhoodExpand, params)
		if err != nil {
			return nil, 0, err
		}
		frontier = nil
		for _, r := range recs {
			for _, x := range recList(r, "kept") {
				m, _ := x.(map[string]any)
				id := mStr(m, "id")
				if id == "" || seen[id] {
					continue
				}
				seen[id] = true
				ids = append(ids, id)
				if e, _ := m["entity"].(bool); e {
					frontier = append(frontier, id)
				}
			}
			for _, id := range recStrings(r, "omitted") {
				omitted[id] = true
			}
		}
		if budget == 0 || len(omitted) > 0 {
			break // the budget is spent: do not explore further out
		}
	}
	for id := range omitted {
		if !seen[id] {
			more++
		}
	}
	return ids, more, nil
}

// viewGraph loads the nodes with these ids and the compact links among them
// that pass f, the maxLinks strongest.
func viewGraph(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, f filter, maxLinks int) (NeighbourhoodGraph, error) {
	g := NeighbourhoodGraph{Nodes: []Node{}, Links: []LinkSummary{}}
	nodes, err := collect(ctx, tx, querySubgraphNodes, map[string]any{"ids": ids})
	if err != nil {
		return g, err
	}
	idOf := make(map[string]string, len(nodes))
	eids := make([]string, 0, len(nodes))
	for _, r := range nodes {
		n := nodeFromMap(map[string]any{
			"id": recStr(r, "id"), "labels": recList(r, "labels"), "props": recMap(r, "props"), "degree": recInt(r, "degree"),
		})
		g.Nodes = append(g.Nodes, n)
		eid := recStr(r, "eid")
		idOf[eid] = n.ID
		eids = append(eids, eid)
	}
	params := f.params()
	params["eids"], params["scan"] = eids, viewLinkScan
	links, err := collect(ctx, tx, queryNeighbourhoodLinks, params)
	if err != nil {
		return g, err
	}
	for _, r := range links {
		src, tgt := idOf[recStr(r, "source")], idOf[recStr(r, "target")]
		if src == "" || tgt == "" {
			continue
		}
		l := LinkSummary{Source: src, Target: tgt, Type: recStr(r, "type"), Count: recInt(r, "count")}
		l.ID = l.Type + ":" + src + ":" + tgt
		l.Directed = l.Type != "MET"
		l.First, _ = jsonValue(recValue(r, "first")).(string)
		l.Last, _ = jsonValue(recValue(r, "last")).(string)
		g.Links = append(g.Links, l)
	}
	// Strongest first, then by id, so the cut is deterministic.
	sort.Slice(g.Links, func(i, j int) bool {
		if g.Links[i].Count != g.Links[j].Count {
			return g.Links[i].Count > g.Links[j].Count
		}
		return g.Links[i].ID < g.Links[j].ID
	})
	if len(g.Links) > maxLinks {
		g.LinksMore = len(g.Links) - maxLinks
		g.Links = g.Links[:maxLinks]
	}
	sortNodes(g.Nodes)
	return g, nil
}

// Path is one path as the ids of its nodes and links, in order.
type Path struct {
	Nodes []string `json:"nodes"`
	Links []string `json:"links"`
}

// PathsResult holds the shortest paths between two entities: the union of
// their nodes and links, and each path.
type PathsResult struct {
	Subgraph
	Length int    `json:"length"` // relations per path; 0 when there is none
	Paths  []Path `json:"paths"`
}

// Paths returns the shortest paths (up to 25) between two entities, of at
// most maxLen relations (1..6, 0 meaning 6), following relTypes (nil means
// MET, SANCTIONED, AFFILIATED_WITH and PARTICIPATED_IN; with SAID or
// MENTIONED_IN a path may run through an article). No path is not an error:
// the result is empty. CodeNotFound when either id names no entity,
// CodeInvalid for the same id twice or a bad option.
func (s *Store) Paths(ctx context.Context, fromID, toID string, maxLen int, relTypes []string) (PathsResult, error) {
	res := PathsResult{Subgraph: Subgraph{Nodes: []Node{}, Links: []Link{}}, Paths: []Path{}}
	from, err := checkID("paths", fromID)
	if err != nil {
		return res, err
	}
	to, err := checkID("paths", toID)
	if err != nil {
		return res, err
	}
	if from == to {
		return res, errorf(CodeInvalid, nil, "paths: from and to are the same entity")
	}
	if maxLen, err = checkLimit("path length", maxLen, MaxPathLength, MaxPathLength); err != nil {
		return res, err
	}
	types, err := checkList("relationship type", relTypes, LinkTypes, entityLinkTypes)
	if err != nil {
		return res, err
	}
	err = s.read(ctx, "paths", func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		if err := requireEntities(ctx, tx, from, to); err != nil {
			return err
		}
		q := queryPaths
		if validType(types, "MENTIONED_IN") {
			q = queryPathsMentions
		}
		recs, err := collect(ctx, tx, q, map[string]any{"from": from, "to": to, "types": types, "limit": maxPaths, "hub": PathHubMentions})
		if err != nil {
			return err
		}
		var ids []string
		seenNode, seenLink := map[string]bool{}, map[string]bool{}
		for _, r := range recs {
			nodes := recStrings(r, "nodes")
			if len(nodes)-1 > maxLen {
				continue
			}
			p := Path{Nodes: nodes}
			for _, x := range recList(r, "links") {
				m, _ := x.(map[string]any)
				l := linkFromMap(m)
				p.Links = append(p.Links, l.ID)
				if !seenLink[l.ID] {
					seenLink[l.ID] = true
					res.Links = append(res.Links, l)
				}
			}
			for _, n := range nodes {
				if !seenNode[n] {
					seenNode[n] = true
					ids = append(ids, n)
				}
			}
			res.Length = len(p.Links)
			res.Paths = append(res.Paths, p)
		}
		if len(ids) == 0 {
			return nil
		}
		nodes, err := collect(ctx, tx, querySubgraphNodes, map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		for _, r := range nodes {
			res.Nodes = append(res.Nodes, nodeFromMap(map[string]any{
				"id": recStr(r, "id"), "labels": recList(r, "labels"), "props": recMap(r, "props"), "degree": recInt(r, "degree"),
			}))
		}
		return nil
	})
	sortSubgraph(&res.Subgraph)
	return res, err
}

// TimelineEvent is one relation of the entity on its timeline.
type TimelineEvent struct {
	Date       string      `json:"date,omitempty"`        // YYYY-MM-DD
	DateSource string      `json:"date_source,omitempty"` // "relation" (stated) or "article" (published)
	Direction  string      `json:"direction"`             // "out", "in", or "both" for MET
	Other      Node        `json:"other"`                 // the entity or article at the other end
	Link       Link        `json:"link"`
	Article    *ArticleRef `json:"article,omitempty"` // where it is stated
}

// Timeline is an entity's relations in time order.
type Timeline struct {
	Entity    string          `json:"entity"`
	Events    []TimelineEvent `json:"events"`
	Truncated bool            `json:"truncated"` // more than 5000 events: the latest are left out
}

// Timeline returns the relations of entity id other than MENTIONED_IN,
// ordered by day (the relation's own date, else its article's publication
// date), undated ones last. from and to (YYYY-MM-DD or "") bound the day;
// with a bound set, undated relations are left out. CodeNotFound when id
// names no entity.
func (s *Store) Timeline(ctx context.Context, id, from, to string) (Timeline, error) {
	tl := Timeline{Events: []TimelineEvent{}}
	id, err := checkID("timeline", id)
	if err != nil {
		return tl, err
	}
	tl.Entity = id
	if from, to, err = checkRange(from, to); err != nil {
		return tl, err
	}
	err = s.read(ctx, "timeline of "+id, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		if err := requireEntities(ctx, tx, id); err != nil {
			return err
		}
		recs, err := collect(ctx, tx, queryTimeline, map[string]any{"id": id, "from": from, "to": to, "limit": maxTimeline + 1})
		if err != nil {
			return err
		}
		if len(recs) > maxTimeline {
			recs, tl.Truncated = recs[:maxTimeline], true
		}
		for _, r := range recs {
			ev := TimelineEvent{
				Date: recStr(r, "day"), DateSource: recStr(r, "date_source"),
				Other: nodeFromMap(recMap(r, "other")), Link: linkFromMap(recMap(r, "link")),
			}
			out, _, _ := neo4j.GetRecordValue[bool](r, "outgoing")
			switch {
			case ev.Link.Type == "MET":
				ev.Direction = "both"
			case out:
				ev.Direction = "out"
			default:
				ev.Direction = "in"
			}
			if a := recMap(r, "article"); a != nil {
				ev.Article = &ArticleRef{ID: mStr(a, "id"), Title: mStr(a, "title"), Published: mStr(a, "published")}
			}
			tl.Events = append(tl.Events, ev)
		}
		return nil
	})
	return tl, err
}
