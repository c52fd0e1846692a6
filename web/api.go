package web

import (
	"bytes"
	"context"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/newsgraph/newsgraph/graph"
)

// The graph endpoints. Each reads its parameters through params (which
// rejects unknown ones and checks bounds), then answers through serve:
// from the response cache, keyed by the route and the validated
// parameters, or by calling one Graph method. Every error goes through
// writeError.

func (s *Server) search(c *gin.Context) {
	p := newParams(c, "q", "types", "limit")
	q := p.str("q", maxQueryLen)
	if q == "" {
		p.fail(invalid("q is required"))
	}
	types := p.list("types", graph.EntityTypes)
	limit := p.int("limit", 10, 1, maxSearchLimit)
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	s.serve(c, cacheKey("search", q, types, limit), func(ctx context.Context) (answer, error) {
		hits, err := s.g.Search(ctx, q, types, limit)
		if err != nil {
			return answer{}, err
		}
		return jsonAnswer(gin.H{"query": q, "results": hits})
	})
}

func (s *Server) top(c *gin.Context) {
	p := newParams(c, "types", "limit")
	types := p.list("types", graph.EntityTypes)
	limit := p.int("limit", defaultTopLimit, 1, maxTopLimit)
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	s.serve(c, cacheKey("top", types, limit), func(ctx context.Context) (answer, error) {
		top, err := s.g.Top(ctx, types, limit)
		if err != nil {
			return answer{}, err
		}
		return jsonAnswer(gin.H{"results": top})
	})
}

func (s *Server) entity(c *gin.Context) {
	p := newParams(c)
	id := p.id("entity id", c.Param("id"), true)
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	s.serve(c, cacheKey("entity", id), func(ctx context.Context) (answer, error) {
		d, err := s.g.Entity(ctx, id)
		if err != nil {
			return answer{}, err
		}
		return jsonAnswer(d)
	})
}

func (s *Server) neighbourhood(c *gin.Context) {
	p := newParams(c, "depth", "labels", "types", "mentions", "from", "to", "limit", "max_links")
	o := graph.NeighbourhoodOptions{
		ID:       p.id("entity id", c.Param("id"), true),
		Depth:    p.int("depth", 1, 1, maxDepth),
		Labels:   p.list("labels", graph.NodeLabels),
		RelTypes: p.list("types", graph.LinkTypes),
		Mentions: p.bool("mentions"),
		Limit:    p.int("limit", defaultNodes, 1, maxNodes),
		MaxLinks: p.int("max_links", graph.DefaultViewLinks, 1, graph.MaxViewLinks),
	}
	o.From, o.To = p.dateRange("from", "to")
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	ve, encodes := s.g.(viewEncoder)
	compute := func(ctx context.Context) (answer, error) {
		if encodes {
			return jsonAnswer(appendFunc(func(b []byte) ([]byte, error) { return ve.NeighbourhoodJSON(ctx, o, b) }))
		}
		g, err := s.g.Neighbourhood(ctx, o)
		if err != nil {
			return answer{}, err
		}
		return jsonAnswer(g)
	}
	// A view drawn from memory costs about a millisecond: it does not
	// queue behind paths and exports for a heavy slot.
	if encodes && ve.ViewFromIndex(c.Request.Context(), o) {
		compute = s.fromMemory(compute)
	} else {
		compute = s.heavy(compute)
	}
	s.serve(c, cacheKey("neighbourhood", o), compute)
}

// viewEncoder is a graph that encodes a neighbourhood view itself
// (graph.Store: a view from its view index is written without being made
// first; the answer is the same JSON) and says when a view will come from
// memory.
type viewEncoder interface {
	NeighbourhoodJSON(ctx context.Context, o graph.NeighbourhoodOptions, b []byte) ([]byte, error)
	ViewFromIndex(ctx context.Context, o graph.NeighbourhoodOptions) bool
}

func (s *Server) timeline(c *gin.Context) {
	p := newParams(c, "from", "to")
	id := p.id("entity id", c.Param("id"), true)
	from, to := p.dateRange("from", "to")
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	s.serve(c, cacheKey("timeline", id, from, to), s.heavy(func(ctx context.Context) (answer, error) {
		tl, err := s.g.Timeline(ctx, id, from, to)
		if err != nil {
			return answer{}, err
		}
		return jsonAnswer(tl)
	}))
}

func (s *Server) paths(c *gin.Context) {
	p := newParams(c, "source", "target", "max_length", "types")
	from := p.id("source", c.Query("source"), true)
	to := p.id("target", c.Query("target"), true)
	maxLen := p.int("max_length", maxPathLength, 1, maxPathLength)
	types := p.list("types", graph.LinkTypes)
	if p.err == nil && from == to {
		p.fail(invalid("source and target are the same entity"))
	}
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	s.serve(c, cacheKey("paths", from, to, maxLen, types), s.heavy(func(ctx context.Context) (answer, error) {
		res, err := s.g.Paths(ctx, from, to, maxLen, types)
		if err != nil {
			return answer{}, err
		}
		return jsonAnswer(res)
	}))
}

func (s *Server) article(c *gin.Context) {
	p := newParams(c)
	id := p.id("article id", c.Param("id"), true)
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	s.serve(c, cacheKey("article", id), func(ctx context.Context) (answer, error) {
		a, err := s.g.Article(ctx, id)
		if err != nil {
			return answer{}, err
		}
		return jsonAnswer(a)
	})
}

// relations answers the evidence of the relations between two nodes
// (a, b), or of one relationship (key, with entity, one of its ends, to
// make the look-up quick). The explorer calls it when a link of a
// neighbourhood (which carries counts, not evidence) is opened.
func (s *Server) relations(c *gin.Context) {
	p := newParams(c, "a", "b", "types", "key", "entity")
	key := p.str("key", 120)
	if key != "" {
		if !keyRE.MatchString(key) {
			p.fail(invalid("key must be a relationship key (40 hexadecimal digits) or mention:ENTITY:ARTICLE"))
		}
		if c.Query("a") != "" || c.Query("b") != "" || c.Query("types") != "" {
			p.fail(invalid("give either key (with entity) or a and b"))
		}
		entity := p.id("entity", c.Query("entity"), false)
		if p.err != nil {
			s.writeError(c, p.err)
			return
		}
		s.serve(c, cacheKey("relation", key, entity), func(ctx context.Context) (answer, error) {
			ev, err := s.g.RelationByKey(ctx, key, entity)
			if err != nil {
				return answer{}, err
			}
			return jsonAnswer(gin.H{"relations": []graph.RelationEvidence{ev}})
		})
		return
	}
	a := p.id("a", c.Query("a"), true)
	b := p.id("b", c.Query("b"), true)
	types := p.list("types", graph.LinkTypes)
	if c.Query("entity") != "" {
		p.fail(invalid("entity goes with key"))
	}
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	s.serve(c, cacheKey("relations", a, b, types), func(ctx context.Context) (answer, error) {
		rels, err := s.g.Relations(ctx, a, b, types)
		if err != nil {
			return answer{}, err
		}
		return jsonAnswer(gin.H{"relations": rels})
	})
}

// Bounds of an API export (graph.ExportOptions.LinkScan and MaxLinks; the
// command line reads 1,000 relationships per node and exports every link
// it finds): around hubs a 5,000-node export held 180,000 links (90 MB, 6
// to 11 s alone); bounded it is 5–6 MB and answers within the query
// time-out with 16 clients at once.
const (
	apiExportLinkScan = 100
	apiExportMaxLinks = 5000
)

// export answers a download: the export format (docs/export.schema.json)
// or GraphML.
func (s *Server) export(c *gin.Context) {
	p := newParams(c, "seeds", "depth", "labels", "types", "from", "to", "limit", "format")
	o := graph.ExportOptions{
		Seeds:    p.ids("seeds"),
		Labels:   p.list("labels", graph.NodeLabels),
		Types:    p.list("types", graph.LinkTypes),
		Limit:    p.int("limit", graph.DefaultExportNodes, 1, maxExportNodes),
		LinkScan: apiExportLinkScan, // not in the JSON of o: the cache key adds them
		MaxLinks: apiExportMaxLinks,
		Timeout:  s.exportTimeout(),
	}
	if len(o.Seeds) > 0 {
		o.Depth = p.int("depth", 1, 1, maxDepth)
	} else if c.Query("depth") != "" {
		p.int("depth", 0, 0, maxDepth) // checked, but without seeds it means nothing
	}
	o.From, o.To = p.dateRange("from", "to")
	format := p.str("format", 10)
	switch format {
	case "", "json", "graphml":
	default:
		p.fail(invalid("format must be json or graphml"))
	}
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	if format == "" {
		format = "json"
	}
	s.serve(c, cacheKey("export", o, o.LinkScan, o.MaxLinks, format), s.heavy(func(ctx context.Context) (answer, error) {
		g, err := s.g.Export(ctx, o)
		if err != nil {
			return answer{}, err
		}
		name := "newsgraph-export-" + time.Now().UTC().Format("20060102-150405")
		if format == "graphml" {
			var buf bytes.Buffer
			if err := graph.WriteGraphML(&buf, g); err != nil {
				return answer{}, err
			}
			return answer{body: buf.Bytes(), contentType: "application/graphml+xml; charset=utf-8",
				disposition: `attachment; filename="` + name + `.graphml"`}, nil
		}
		a, err := jsonAnswer(g)
		a.disposition = `attachment; filename="` + name + `.json"`
		return a, err
	}))
}
