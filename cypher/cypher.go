// Package cypher holds every Cypher statement newsgraph runs, as .cypher files,
// so that the same text runs from Go and, with :param, in Neo4j Browser.
//
//   - schema/NNN_name.cypher: numbered migrations, applied in order at start-up
//     and recorded as (:SchemaMigration) nodes; statements end with ";".
//   - queries/name.cypher: one parameterised statement each, loaded by name.
//
// Labels and relationship types are never built from user input: where a
// statement needs one from data it uses Cypher 5.26 dynamic labels ($(…)) on
// a value the Go side has checked against a fixed list.
package cypher

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed schema/*.cypher queries/*.cypher
var files embed.FS

// Migration is one numbered schema file.
type Migration struct {
	Version    string   // "001"
	Name       string   // "001_constraints.cypher"
	Text       string   // the whole file, for the checksum
	Statements []string // statements in order, comments removed
}

// Migrations returns the schema files in version order.
func Migrations() ([]Migration, error) {
	names, err := fs.Glob(files, "schema/*.cypher")
	if err != nil {
		return nil, fmt.Errorf("cypher: list schema: %w", err)
	}
	sort.Strings(names)
	out := make([]Migration, 0, len(names))
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("cypher: read %s: %w", n, err)
		}
		base := strings.TrimPrefix(n, "schema/")
		v, _, ok := strings.Cut(base, "_")
		if !ok || v == "" {
			return nil, fmt.Errorf("cypher: schema file %s: name must be NNN_description.cypher", base)
		}
		out = append(out, Migration{Version: v, Name: base, Text: string(b), Statements: Split(string(b))})
	}
	return out, nil
}

// Query returns the statement in queries/name.cypher. It panics on a missing
// name because names are constants in the graph package: a typo is a
// programming error caught by that package's tests, not a runtime condition.
func Query(name string) string {
	b, err := files.ReadFile("queries/" + name + ".cypher")
	if err != nil {
		panic(fmt.Sprintf("cypher: no query %q: %v", name, err))
	}
	return strings.TrimSpace(stripComments(string(b)))
}

// QueryNames lists the names of all queries, for tests that check each one.
func QueryNames() []string {
	names, _ := fs.Glob(files, "queries/*.cypher")
	out := make([]string, 0, len(names))
	for _, n := range names {
		out = append(out, strings.TrimSuffix(strings.TrimPrefix(n, "queries/"), ".cypher"))
	}
	sort.Strings(out)
	return out
}

// Split cuts a script into statements at lines that end with ";". Schema
// files keep one statement per line group, so a ";" inside a string literal
// never ends a line here.
func Split(script string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(stripComments(script), "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		if strings.HasSuffix(t, ";") {
			cur.WriteString(strings.TrimSuffix(t, ";"))
			out = append(out, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteString(t)
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

// stripComments drops whole-line // comments (the only kind the files use).
func stripComments(s string) string {
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "//") {
			continue
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "\n")
}
