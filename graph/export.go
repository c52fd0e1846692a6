package graph

import (
	"context"
	"math"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var (
	queryExportNodesAll = cypher.Query("export_nodes_all")
	queryExportNodes    = cypher.Query("export_nodes")
	queryExportLinks    = cypher.Query("export_links")
	queryExportCited    = cypher.Query("export_links_cited")
)

// The export format (docs/export.schema.json).
const (
	ExportFormat  = "newsgraph-export"
	ExportVersion = 1
)

// Export limits.
const (
	DefaultExportNodes = 10000
	MaxExportNodes     = 100000
)

// ExportOptions choose the subgraph to export.
type ExportOptions struct {
	// Seeds are entity ids; the export holds them and the nodes within Depth
	// relations of them. No seeds exports the whole graph.
	Seeds []string `json:"seeds"`
	Depth int      `json:"depth"` // 1..3 with seeds (0 means 1); ignored without
	// Labels are the node labels to include (Person, Institution, Event,
	// Place, Article); nil means all. Seeds are always included.
	Labels []string `json:"labels"`
	// Types are the relationship types to include; nil means all of them,
	// MENTIONED_IN included, so that an export of everything can be
	// imported into an empty database as a copy.
	Types []string `json:"types"`
	// From and To (YYYY-MM-DD, either "") keep relations whose day (their
	// own date, else their article's publication date) is in the range.
	// Without seeds they also choose the nodes: articles published in the
	// range, entities with a relation in it.
	From string `json:"from"`
	To   string `json:"to"`
	// Limit is the most nodes exported: 1..100000, 0 meaning 10000. With
	// seeds nearer nodes come first, then those of higher degree; without,
	// nodes of higher degree. Subgraph.More counts those left out. The
	// articles that the exported links cite are added beyond the limit
	// (when Article is among the labels), at most Limit of them, the most
	// cited first (More counts those left out too).
	Limit int `json:"limit"`
	// LinkScan is the most relationships read per node (from the node with
	// fewer, see export_links.cypher): 1..1000, 0 meaning 1000. Links
	// between two nodes that both have more can be missed. The API asks
	// for fewer than the command line: around hubs a 5,000-node export
	// holds 180,000 links (90 MB) at 1,000. Not part of the export format.
	LinkScan int `json:"-"`
	// MaxLinks, when above 0, is the most links exported (those read
	// first), the links to the cited articles included. Not part of the
	// export format.
	MaxLinks int `json:"-"`
	// Timeout, when above 0, replaces the store's query time-out for this
	// export: an export is a download, slower than a view by nature, and
	// the server gives it a time of its own (serve --export-timeout). Not
	// part of the export format.
	Timeout time.Duration `json:"-"`
}

// ExportMeta describes an export: its format, when it was made and how.
type ExportMeta struct {
	Format     string        `json:"format"`  // "newsgraph-export"
	Version    int           `json:"version"` // of the format: 1
	Generator  string        `json:"generator"`
	ExportedAt string        `json:"exported_at"` // RFC 3339
	Options    ExportOptions `json:"options"`     // as applied, defaults filled in
	Nodes      int           `json:"nodes"`
	Links      int           `json:"links"`
	// PropertyTypes names the stored type of each property whose JSON value
	// alone would lose it: "date" (YYYY-MM-DD), "datetime" (RFC 3339),
	// "localdatetime", "float" (a number that must stay floating point).
	// Import restores them.
	PropertyTypes map[string]string `json:"property_types"`
}

func (o ExportOptions) normalise() (ExportOptions, filter, error) {
	var f filter
	var err error
	seeds := []string{}
	seen := map[string]bool{}
	for _, id := range o.Seeds {
		id, err := checkID("export seed", id)
		if err != nil {
			return o, f, err
		}
		if !seen[id] {
			seen[id] = true
			seeds = append(seeds, id)
		}
	}
	o.Seeds = seeds
	if len(seeds) == 0 {
		if o.Depth < 0 || o.Depth > MaxDepth {
			return o, f, errorf(CodeInvalid, nil, "depth %d out of range 1..%d", o.Depth, MaxDepth)
		}
		o.Depth = 0
	} else if o.Depth, err = checkDepth(o.Depth); err != nil {
		return o, f, err
	}
	if o.Limit, err = checkLimit("export limit", o.Limit, DefaultExportNodes, MaxExportNodes); err != nil {
		return o, f, err
	}
	if o.LinkScan, err = checkLimit("links read per node", o.LinkScan, linkScan, linkScan); err != nil {
		return o, f, err
	}
	if f, err = newFilter(o.Labels, o.Types, false, LinkTypes, o.From, o.To); err != nil {
		return o, f, err
	}
	o.Labels, o.Types, o.From, o.To = f.labels, f.types, f.from, f.to
	return o, f, nil
}

// Export returns the subgraph o chooses with every property of its nodes
// and links (articles with their text), and Meta filled in: the JSON
// encoding of the result is the export format of docs/export.schema.json,
// and WriteGraphML writes it as GraphML. CodeInvalid for a bad option,
// CodeNotFound when a seed names no entity.
func (s *Store) Export(ctx context.Context, o ExportOptions) (Subgraph, error) {
	o, f, err := o.normalise()
	if err != nil {
		return Subgraph{}, err
	}
	g := Subgraph{Nodes: []Node{}, Links: []Link{}}
	types := map[string]string{}
	err = s.readFor(ctx, "export", o.Timeout, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		g, types = Subgraph{Nodes: []Node{}, Links: []Link{}}, map[string]string{}
		var ids []string
		if len(o.Seeds) > 0 {
			if err := requireEntities(ctx, tx, o.Seeds...); err != nil {
				return err
			}
			var err error
			if ids, g.More, err = expand(ctx, tx, o.Seeds, o.Depth, f, o.Limit); err != nil {
				return err
			}
		} else {
			params := f.params()
			params["limit"] = o.Limit
			recs, err := collect(ctx, tx, queryExportNodesAll, params)
			if err != nil {
				return err
			}
			if len(recs) == 1 {
				ids = recStrings(recs[0], "ids")
				g.More = int(recInt(recs[0], "total")) - len(ids)
			}
		}
		nodes, err := collect(ctx, tx, queryExportNodes, map[string]any{"ids": ids})
		if err != nil {
			return err
		}
		eids := make([]string, 0, len(nodes))
		have := make(map[string]bool, len(nodes))
		for _, r := range nodes {
			eids = append(eids, recStr(r, "eid"))
			have[recStr(r, "id")] = true
		}
		params := f.params()
		maxLinks := o.MaxLinks
		if maxLinks <= 0 {
			maxLinks = math.MaxInt32
		}
		params["eids"], params["scan"], params["max_links"] = eids, o.LinkScan, maxLinks
		links, err := collect(ctx, tx, queryExportLinks, params)
		if err != nil {
			return err
		}
		// The articles the links cite come along, so that the evidence
		// (title, date, text) travels with them and an imported export
		// dates its relations as the original graph does: at most Limit
		// of them, the most cited first (around hubs a 5,000-node export
		// cites 85,000 articles, whose mentions of the exported entities
		// made it 400 MB and 70 s).
		if validType(f.labels, "Article") {
			cites := map[string]int{}
			for _, r := range links {
				if a := mStr(recMap(r, "props"), "article_id"); a != "" && !have[a] {
					cites[a]++
				}
			}
			cited := sortedKeys(cites)
			sort.SliceStable(cited, func(i, j int) bool { return cites[cited[i]] > cites[cited[j]] })
			if len(cited) > o.Limit {
				g.More += len(cited) - o.Limit
				cited = cited[:o.Limit]
			}
			if len(cited) > 0 {
				more, err := collect(ctx, tx, queryExportNodes, map[string]any{"ids": cited})
				if err != nil {
					return err
				}
				citedEids := make([]string, 0, len(more))
				for _, r := range more {
					citedEids = append(citedEids, recStr(r, "eid"))
				}
				nodes = append(nodes, more...)
				if len(links) < maxLinks {
					params["cited"], params["eids"] = citedEids, append(eids, citedEids...)
					params["max_links"] = maxLinks - len(links)
					extra, err := collect(ctx, tx, queryExportCited, params)
					if err != nil {
						return err
					}
					links = append(links, extra...)
				}
			}
		}
		for _, r := range nodes {
			props := recMap(r, "props")
			noteTypes(types, props)
			g.Nodes = append(g.Nodes, nodeFromMap(map[string]any{"id": recStr(r, "id"), "labels": recList(r, "labels"), "props": props}))
		}
		for _, r := range links {
			props := recMap(r, "props")
			noteTypes(types, props)
			g.Links = append(g.Links, linkFromMap(map[string]any{
				"source": recStr(r, "source"), "target": recStr(r, "target"), "type": recStr(r, "type"), "props": props,
			}))
		}
		return nil
	})
	if err != nil {
		return Subgraph{}, err
	}
	sortSubgraph(&g)
	g.Meta = &ExportMeta{
		Format: ExportFormat, Version: ExportVersion, Generator: "newsgraph",
		ExportedAt: time.Now().UTC().Format(time.RFC3339), Options: o,
		Nodes: len(g.Nodes), Links: len(g.Links), PropertyTypes: types,
	}
	return g, nil
}

// noteTypes records in types the stored type of each property of props
// that JSON would lose.
func noteTypes(types map[string]string, props map[string]any) {
	for k, v := range props {
		if t := propertyType(v); t != "" {
			if _, dup := types[k]; !dup {
				types[k] = t
			}
		}
	}
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
