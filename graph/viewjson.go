package graph

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// Encoding a neighbourhood view without reflection.
//
// A depth-2 view is up to 500 nodes and 2,000 links, about 400 KB of JSON,
// and under load encoding it with encoding/json was a fifth of the
// server's CPU (reflection over every link, sorting every node's property
// keys) and a third of its allocations. AppendJSON writes the same bytes
// directly: links field by field, and nodes from the JSON the node cache
// keeps beside each node (encoded once when the node is read, reused by
// every view that shows it). TestViewJSONMatchesEncodingJSON holds the
// output to encoding/json's, byte for byte.

// AppendJSON appends g as JSON to b: exactly what json.Marshal(g) gives.
func (g NeighbourhoodGraph) AppendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"nodes":`...)
	b, err := appendJSONArray(b, g.Nodes, (*Node).appendJSON)
	if err != nil {
		return nil, err
	}
	b = append(b, `,"links":`...)
	b, _ = appendJSONArray(b, g.Links, func(l *LinkSummary, b []byte) ([]byte, error) { return l.appendJSON(b), nil })
	b = append(b, `,"more":`...)
	b = strconv.AppendInt(b, int64(g.More), 10)
	b = append(b, `,"links_more":`...)
	b = strconv.AppendInt(b, int64(g.LinksMore), 10)
	return append(b, '}'), nil
}

// appendJSONArray appends items as a JSON array, null for a nil slice (as
// encoding/json does).
func appendJSONArray[T any](b []byte, items []T, enc func(*T, []byte) ([]byte, error)) ([]byte, error) {
	if items == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i := range items {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = enc(&items[i], b); err != nil {
			return nil, err
		}
	}
	return append(b, ']'), nil
}

// appendJSON appends the node's JSON: the encoding kept with it when there
// is one, else encoding/json's.
func (n *Node) appendJSON(b []byte) ([]byte, error) {
	if n.encoded != nil {
		return append(b, n.encoded...), nil
	}
	e, err := json.Marshal(n)
	if err != nil {
		return nil, err
	}
	return append(b, e...), nil
}

// encode keeps the node's JSON with it (the node must not change after).
func (n *Node) encode() error {
	n.encoded = nil
	e, err := json.Marshal(n)
	if err != nil {
		return err
	}
	n.encoded = e
	return nil
}

func (l *LinkSummary) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, l.ID)
	b = append(b, `,"source":`...)
	b = appendJSONString(b, l.Source)
	b = append(b, `,"target":`...)
	b = appendJSONString(b, l.Target)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, l.Type)
	b = append(b, `,"directed":`...)
	b = strconv.AppendBool(b, l.Directed)
	b = append(b, `,"count":`...)
	b = strconv.AppendInt(b, l.Count, 10)
	if l.First != "" {
		b = append(b, `,"first":`...)
		b = appendJSONString(b, l.First)
	}
	if l.Last != "" {
		b = append(b, `,"last":`...)
		b = appendJSONString(b, l.Last)
	}
	return append(b, '}')
}

// jsonSafe marks the ASCII bytes encoding/json writes as they are (with
// its HTML escaping: <, > and & are escaped too).
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string the way encoding/json does:
// quotes, backslashes and control characters escaped (\b, \f, \n, \r,
// \t short),
// <, >, & and U+2028/U+2029 as \u escapes, invalid UTF-8 as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
