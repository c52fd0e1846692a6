package web

import (
	"bytes"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/newsgraph/newsgraph/graph"
)

// The graph endpoints. Each reads its parameters through params (which
// rejects unknown ones and checks bounds), calls one Graph method and
// answers JSON; every error goes through writeError.

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
	hits, err := s.g.Search(c.Request.Context(), q, types, limit)
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"query": q, "results": hits})
}

func (s *Server) top(c *gin.Context) {
	p := newParams(c, "types", "limit")
	types := p.list("types", graph.EntityTypes)
	limit := p.int("limit", defaultTopLimit, 1, maxTopLimit)
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	top, err := s.g.Top(c.Request.Context(), types, limit)
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"results": top})
}

func (s *Server) entity(c *gin.Context) {
	p := newParams(c)
	id := p.id("entity id", c.Param("id"), true)
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	d, err := s.g.Entity(c.Request.Context(), id)
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, d)
}

func (s *Server) neighbourhood(c *gin.Context) {
	p := newParams(c, "depth", "labels", "types", "mentions", "from", "to", "limit")
	o := graph.NeighbourhoodOptions{
		ID:       p.id("entity id", c.Param("id"), true),
		Depth:    p.int("depth", 1, 1, maxDepth),
		Labels:   p.list("labels", graph.NodeLabels),
		RelTypes: p.list("types", graph.LinkTypes),
		Mentions: p.bool("mentions"),
		Limit:    p.int("limit", defaultNodes, 1, maxNodes),
	}
	o.From, o.To = p.dateRange("from", "to")
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	g, err := s.g.Neighbourhood(c.Request.Context(), o)
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, g)
}

func (s *Server) timeline(c *gin.Context) {
	p := newParams(c, "from", "to")
	id := p.id("entity id", c.Param("id"), true)
	from, to := p.dateRange("from", "to")
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	tl, err := s.g.Timeline(c.Request.Context(), id, from, to)
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, tl)
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
	res, err := s.g.Paths(c.Request.Context(), from, to, maxLen, types)
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, res)
}

func (s *Server) article(c *gin.Context) {
	p := newParams(c)
	id := p.id("article id", c.Param("id"), true)
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	a, err := s.g.Article(c.Request.Context(), id)
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, a)
}

// relations answers the evidence of the relations between two nodes
// (a, b), or of one relationship (key, with entity, one of its ends, to
// make the look-up quick).
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
		ev, err := s.g.RelationByKey(c.Request.Context(), key, entity)
		if err != nil {
			s.writeError(c, err)
			return
		}
		c.JSON(http.StatusOK, gin.H{"relations": []graph.RelationEvidence{ev}})
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
	rels, err := s.g.Relations(c.Request.Context(), a, b, types)
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"relations": rels})
}

// export answers a download: the export format (docs/export.schema.json)
// or GraphML.
func (s *Server) export(c *gin.Context) {
	p := newParams(c, "seeds", "depth", "labels", "types", "from", "to", "limit", "format")
	o := graph.ExportOptions{
		Seeds:  p.ids("seeds"),
		Labels: p.list("labels", graph.NodeLabels),
		Types:  p.list("types", graph.LinkTypes),
		Limit:  p.int("limit", graph.DefaultExportNodes, 1, maxExportNodes),
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
	g, err := s.g.Export(c.Request.Context(), o)
	if err != nil {
		s.writeError(c, err)
		return
	}
	name := "newsgraph-export-" + time.Now().UTC().Format("20060102-150405")
	if format == "graphml" {
		var buf bytes.Buffer
		if err := graph.WriteGraphML(&buf, g); err != nil {
			s.writeError(c, err)
			return
		}
		c.Header("Content-Disposition", `attachment; filename="`+name+`.graphml"`)
		c.Data(http.StatusOK, "application/graphml+xml; charset=utf-8", buf.Bytes())
		return
	}
	c.Header("Content-Disposition", `attachment; filename="`+name+`.json"`)
	c.JSON(http.StatusOK, g)
}
