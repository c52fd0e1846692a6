package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/newsgraph/newsgraph/cypher"
)

var (
	queryImportCheck     = cypher.Query("import_check")
	queryImportArticles  = cypher.Query("import_articles")
	queryImportEntities  = cypher.Query("import_entities")
	queryImportMentions  = cypher.Query("import_mentions")
	queryImportMerged    = cypher.Query("import_mentions_merged")
	queryImportRelations = cypher.Query("import_relations")
)

// importBatch is the number of rows per statement.
const importBatch = 1000

// ReadExport decodes an export written by Export (JSON). Numbers become
// int64 when integral and float64 otherwise; Import restores the stored
// types named in meta.property_types. CodeInvalid when the input is not an
// export of a format version this program reads.
func ReadExport(r io.Reader) (Subgraph, error) {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	var g Subgraph
	if err := dec.Decode(&g); err != nil {
		return Subgraph{}, errorf(CodeInvalid, err, "read export: not a JSON export: %v", err)
	}
	if dec.More() {
		return Subgraph{}, errorf(CodeInvalid, nil, "read export: data after the export object")
	}
	if g.Meta == nil || g.Meta.Format != ExportFormat {
		return Subgraph{}, errorf(CodeInvalid, nil, "read export: meta.format is not %q", ExportFormat)
	}
	if g.Meta.Version != ExportVersion {
		return Subgraph{}, errorf(CodeInvalid, nil, "read export: format version %d, this program reads %d", g.Meta.Version, ExportVersion)
	}
	for i := range g.Nodes {
		g.Nodes[i].Properties = numbers(g.Nodes[i].Properties).(map[string]any)
	}
	for i := range g.Links {
		g.Links[i].Properties = numbers(g.Links[i].Properties).(map[string]any)
	}
	return g, nil
}

// numbers replaces json.Number values by int64 or float64.
func numbers(v any) any {
	switch x := v.(type) {
	case nil:
		return map[string]any{}
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i, e := range x {
			x[i] = numbers(e)
		}
		return x
	case map[string]any:
		for k, e := range x {
			if e == nil {
				delete(x, k)
				continue
			}
			x[k] = numbers(e)
		}
		return x
	}
	return v
}

// ImportOptions control Import.
type ImportOptions struct {
	// Force imports into a database that already holds articles or
	// entities: nodes and relationships with the same ids and keys are
	// overwritten, others added.
	Force bool
}

// ImportSummary counts what Import wrote.
type ImportSummary struct {
	Articles  int `json:"articles"`
	Entities  int `json:"entities"`
	Mentions  int `json:"mentions"`
	Relations int `json:"relations"`
}

// Import writes the subgraph of an export into the database in one
// transaction, so that a later Export with the same options returns it
// again. It refuses (CodeConflict) when the database already holds
// articles or entities, unless opts.Force; CodeInvalid when the export is
// inconsistent (an unknown label or type, a link to a node it lacks).
func (s *Store) Import(ctx context.Context, g Subgraph, opts ImportOptions) (ImportSummary, error) {
	var sum ImportSummary
	p, err := planImport(g)
	if err != nil {
		return sum, err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	var own error
	sum, err = neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (ImportSummary, error) {
		own = nil
		var sum ImportSummary
		recs, err := collect(ctx, tx, queryImportCheck, nil)
		if err != nil {
			return sum, err
		}
		if len(recs) == 1 && !opts.Force {
			if a, e := recInt(recs[0], "articles"), recInt(recs[0], "entities"); a+e > 0 {
				own = errorf(CodeConflict, nil,
					"import: the database is not empty (%d articles, %d entities): import into an empty database, or force it to merge", a, e)
				return sum, own
			}
		}
		steps := []struct {
			q    string
			key  string
			rows []map[string]any
			n    *int
		}{
			{queryImportArticles, "nodes", p.articles, &sum.Articles},
			{queryImportEntities, "nodes", p.entities, &sum.Entities},
			{queryImportMentions, "links", p.mentions, &sum.Mentions},
			{queryImportMerged, "links", p.mergedMentions, &sum.Mentions},
			{queryImportRelations, "links", p.relations, &sum.Relations},
		}
		for _, st := range steps {
			for i := 0; i < len(st.rows); i += importBatch {
				batch := st.rows[i:min(i+importBatch, len(st.rows))]
				n, err := single[int64](ctx, tx, st.q, map[string]any{st.key: batch}, "n")
				if err != nil {
					return sum, err
				}
				if int(n) != len(batch) {
					own = errorf(CodeInvalid, nil, "import: %d of %d %s could not be written (an end is missing)", len(batch)-int(n), len(batch), st.key)
					return sum, own
				}
				*st.n += int(n)
			}
		}
		ids := make([]string, len(p.entities))
		for i, e := range p.entities {
			ids[i], _ = e["id"].(string)
		}
		if err := nbRebuild(ctx, tx, ids); err != nil {
			return sum, err
		}
		return sum, bumpVersion(ctx, tx)
	}, neo4j.WithTxTimeout(max(s.cfg.QueryTimeout, 5*time.Minute)))
	s.purgeNodes()
	if cerr := sess.Close(context.Background()); cerr != nil && err == nil {
		s.log.Warn("close session", "err", cerr)
	}
	if own != nil {
		return ImportSummary{}, own
	}
	if err != nil {
		return ImportSummary{}, classify(err, "import %d nodes and %d links", len(g.Nodes), len(g.Links))
	}
	return sum, nil
}

type importPlan struct {
	articles, entities, mentions, mergedMentions, relations []map[string]any
}

// planImport checks the export and turns it into parameter rows, with
// every property converted back to its stored type.
func planImport(g Subgraph) (importPlan, error) {
	var p importPlan
	var types map[string]string
	if g.Meta != nil {
		types = g.Meta.PropertyTypes
	}
	kind := map[string]string{} // id -> "Article" or "Entity"
	for i, n := range g.Nodes {
		if n.ID == "" {
			return p, errorf(CodeInvalid, nil, "import: node %d has no id", i)
		}
		if _, dup := kind[n.ID]; dup {
			return p, errorf(CodeInvalid, nil, "import: node %s appears twice", n.ID)
		}
		props, err := storedProps(n.Properties, types)
		if err != nil {
			return p, errorf(CodeInvalid, err, "import: node %s: %v", n.ID, err)
		}
		props["id"] = n.ID
		var article, entity bool
		var extra []string
		for _, l := range n.Labels {
			switch {
			case l == "Article":
				article = true
			case l == "Entity":
				entity = true
			case validType(EntityTypes, l):
				extra = append(extra, l)
			default:
				return p, errorf(CodeInvalid, nil, "import: node %s: unknown label %q", n.ID, l)
			}
		}
		switch {
		case article && !entity && len(extra) == 0:
			kind[n.ID] = "Article"
			p.articles = append(p.articles, map[string]any{"id": n.ID, "props": props})
		case entity && !article && len(extra) == 1:
			kind[n.ID] = "Entity"
			p.entities = append(p.entities, map[string]any{"id": n.ID, "labels": extra, "props": props})
		default:
			return p, errorf(CodeInvalid, nil, "import: node %s: labels %v are neither an article nor an entity of one type", n.ID, n.Labels)
		}
	}
	for i, l := range g.Links {
		what := fmt.Sprintf("link %d (%s %s->%s)", i, l.Type, l.Source, l.Target)
		if !validType(LinkTypes, l.Type) {
			return p, errorf(CodeInvalid, nil, "import: %s: unknown type", what)
		}
		if kind[l.Source] != "Entity" {
			return p, errorf(CodeInvalid, nil, "import: %s: the source is not an entity of the export", what)
		}
		wantTarget := "Entity"
		if l.Type == "SAID" || l.Type == "MENTIONED_IN" {
			wantTarget = "Article"
		}
		if kind[l.Target] != wantTarget {
			return p, errorf(CodeInvalid, nil, "import: %s: the target is not an %s of the export", what, strings.ToLower(wantTarget))
		}
		props, err := storedProps(l.Properties, types)
		if err != nil {
			return p, errorf(CodeInvalid, err, "import: %s: %v", what, err)
		}
		ev := l.Evidence
		if ev.ArticleID == "" {
			return p, errorf(CodeInvalid, nil, "import: %s: no evidence.article_id", what)
		}
		ev.putProps(props)
		row := map[string]any{"type": l.Type, "source": l.Source, "target": l.Target, "props": props}
		if l.Type == "MENTIONED_IN" {
			if props["merged_from"] != nil {
				p.mergedMentions = append(p.mergedMentions, row)
			} else {
				p.mentions = append(p.mentions, row)
			}
			continue
		}
		key, _ := props["key"].(string)
		if key == "" {
			return p, errorf(CodeInvalid, nil, "import: %s: no properties.key", what)
		}
		row["key"] = key
		p.relations = append(p.relations, row)
	}
	return p, nil
}

// storedProps copies props, converting the properties types names back to
// their stored type.
func storedProps(props map[string]any, types map[string]string) (map[string]any, error) {
	out := make(map[string]any, len(props)+1)
	for k, v := range props {
		if v == nil {
			continue
		}
		c, err := storedValue(v, types[k])
		if err != nil {
			return nil, fmt.Errorf("property %s: %w", k, err)
		}
		out[k] = c
	}
	return out, nil
}

func storedValue(v any, typ string) (any, error) {
	if l, ok := v.([]any); ok {
		out := make([]any, len(l))
		for i, e := range l {
			c, err := storedValue(e, typ)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	}
	if _, ok := v.(map[string]any); ok {
		return nil, errors.New("a map is no property value")
	}
	switch typ {
	case "":
		return v, nil
	case "float":
		switch x := v.(type) {
		case int64:
			return float64(x), nil
		case float64:
			return x, nil
		}
		return nil, fmt.Errorf("want a number, have %T", v)
	case "date", "datetime", "localdatetime":
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("want a %s string, have %T", typ, v)
		}
		switch typ {
		case "date":
			t, err := time.Parse(time.DateOnly, s)
			if err != nil {
				return nil, fmt.Errorf("date %q: want YYYY-MM-DD", s)
			}
			return dbtype.Date(t), nil
		case "datetime":
			t, err := time.Parse(time.RFC3339Nano, s)
			if err != nil {
				return nil, fmt.Errorf("datetime %q: want RFC 3339", s)
			}
			// An export keeps the offset, not a zone name: store it as an
			// offset, as datetime() does ("Offset" tells the driver so).
			_, off := t.Zone()
			return t.In(time.FixedZone("Offset", off)), nil
		default:
			t, err := time.Parse("2006-01-02T15:04:05.999999999", s)
			if err != nil {
				return nil, fmt.Errorf("local datetime %q", s)
			}
			return dbtype.LocalDateTime(t), nil
		}
	}
	return nil, fmt.Errorf("unknown property type %q", typ)
}
