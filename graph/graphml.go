package graph

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// GraphML namespaces.
const (
	graphMLNS     = "http://graphml.graphdrawing.org/xmlns"
	graphMLSchema = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
)

type gmlDoc struct {
	XMLName        xml.Name `xml:"graphml"`
	XMLNS          string   `xml:"xmlns,attr"`
	XSI            string   `xml:"xmlns:xsi,attr"`
	SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
	Keys           []gmlKey `xml:"key"`
	Graph          gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Desc        string    `xml:"desc,omitempty"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// WriteGraphML writes g as GraphML for Gephi, Cytoscape or yEd. Every
// attribute is declared by a <key> with its attr.type (long, double,
// boolean, or string; lists are written as JSON strings). Nodes carry
// "label" (name or title, the caption Gephi shows), "labels"
// (":Entity:Person"), "type" and their properties; edges carry "label" and
// "type" (the relationship type), the evidence fields and their properties.
// The graph is directed; MET, undirected in meaning, has the boolean
// attribute directed=false (rather than GraphML's per-edge directed="false",
// which networkx and others refuse in a directed graph).
func WriteGraphML(w io.Writer, g Subgraph) error {
	nodeAttrs := make([]map[string]any, len(g.Nodes))
	for i, n := range g.Nodes {
		a := map[string]any{}
		for k, v := range n.Properties {
			a[k] = v
		}
		labels := ""
		for _, l := range n.Labels {
			labels += ":" + l
		}
		a["labels"], a["label"], a["type"] = labels, n.Name, n.Type
		nodeAttrs[i] = a
	}
	edgeAttrs := make([]map[string]any, len(g.Links))
	for i, l := range g.Links {
		a := map[string]any{}
		for k, v := range l.Properties {
			a[k] = v
		}
		l.Evidence.putProps(a)
		a["type"], a["label"], a["directed"] = l.Type, l.Type, l.Directed
		edgeAttrs[i] = a
	}
	doc := gmlDoc{XMLNS: graphMLNS, XSI: "http://www.w3.org/2001/XMLSchema-instance", SchemaLocation: graphMLSchema}
	nodeKeys := declare(&doc, "node", "n", nodeAttrs)
	edgeKeys := declare(&doc, "edge", "e", edgeAttrs)
	doc.Graph = gmlGraph{ID: "newsgraph", EdgeDefault: "directed"}
	if g.Meta != nil {
		if b, err := json.Marshal(g.Meta); err == nil {
			doc.Graph.Desc = string(b)
		}
	}
	for i, n := range g.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gmlNode{ID: n.ID, Data: data(nodeAttrs[i], nodeKeys)})
	}
	for i, l := range g.Links {
		doc.Graph.Edges = append(doc.Graph.Edges, gmlEdge{ID: l.ID, Source: l.Source, Target: l.Target, Data: data(edgeAttrs[i], edgeKeys)})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// declare adds a <key> for every attribute name in attrs, with the type
// that fits all its values, and returns name -> key.
type gmlAttr struct{ id, typ string }

func declare(doc *gmlDoc, forWhat, prefix string, attrs []map[string]any) map[string]gmlAttr {
	types := map[string]string{}
	for _, a := range attrs {
		for k, v := range a {
			types[k] = widen(types[k], graphMLType(v))
		}
	}
	keys := map[string]gmlAttr{}
	for i, name := range sortedKeys(types) {
		k := gmlAttr{id: prefix + strconv.Itoa(i), typ: types[name]}
		keys[name] = k
		doc.Keys = append(doc.Keys, gmlKey{ID: k.id, For: forWhat, Name: name, Type: k.typ})
	}
	return keys
}

func graphMLType(v any) string {
	switch v.(type) {
	case int64, int:
		return "long"
	case float64:
		return "double"
	case bool:
		return "boolean"
	}
	return "string"
}

// widen returns the GraphML type that holds values of both types.
func widen(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case (a == "long" && b == "double") || (a == "double" && b == "long"):
		return "double"
	}
	return "string"
}

func data(attrs map[string]any, keys map[string]gmlAttr) []gmlData {
	out := make([]gmlData, 0, len(attrs))
	for _, name := range sortedKeys(attrs) {
		k := keys[name]
		out = append(out, gmlData{Key: k.id, Value: graphMLValue(attrs[name], k.typ)})
	}
	return out
}

func graphMLValue(v any, typ string) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		if typ == "double" {
			return strconv.FormatFloat(float64(x), 'g', -1, 64)
		}
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
