package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// schemaValidator checks JSON against the subset of JSON Schema (draft
// 2020-12) that docs/export.schema.json uses. A keyword it does not know
// is an error, so the schema cannot silently outgrow the check.
type schemaValidator struct {
	root map[string]any
	errs []string
}

var schemaKnown = map[string]bool{
	"$schema": true, "$id": true, "$defs": true, "$ref": true, "title": true, "description": true, "format": true,
	"type": true, "properties": true, "required": true, "additionalProperties": true, "items": true,
	"enum": true, "const": true, "pattern": true, "minimum": true, "maximum": true,
	"minItems": true, "maxItems": true, "minLength": true,
}

func loadSchema(t *testing.T, path string) *schemaValidator {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var root map[string]any
	if err := dec.Decode(&root); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if root["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Fatalf("%s: $schema is not draft 2020-12", path)
	}
	return &schemaValidator{root: root}
}

// validate returns the violations of doc (JSON text) against the schema.
func (v *schemaValidator) validate(doc []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var inst any
	if err := dec.Decode(&inst); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	v.errs = nil
	v.check(v.root, inst, "$")
	return v.errs
}

func (v *schemaValidator) fail(path, format string, args ...any) {
	if len(v.errs) < 50 {
		v.errs = append(v.errs, path+": "+fmt.Sprintf(format, args...))
	}
}

func (v *schemaValidator) check(s map[string]any, inst any, path string) {
	for k := range s {
		if !schemaKnown[k] {
			v.fail(path, "schema keyword %q not supported by the test validator", k)
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		target := v.resolve(ref)
		if target == nil {
			v.fail(path, "unresolved $ref %s", ref)
		} else {
			v.check(target, inst, path)
		}
	}
	if t, ok := s["type"]; ok && !typeMatches(t, inst) {
		v.fail(path, "type %v, have %s", t, jsonType(inst))
		return
	}
	if c, ok := s["const"]; ok && !jsonEqual(c, inst) {
		v.fail(path, "want const %v, have %v", c, inst)
	}
	if e, ok := s["enum"].([]any); ok {
		found := false
		for _, x := range e {
			found = found || jsonEqual(x, inst)
		}
		if !found {
			v.fail(path, "%v not in enum %v", inst, e)
		}
	}
	switch x := inst.(type) {
	case string:
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			v.fail(path, "%q does not match %s", x, p)
		}
		if n, ok := s["minLength"].(json.Number); ok {
			if m, _ := n.Int64(); int64(len([]rune(x))) < m {
				v.fail(path, "shorter than %d", m)
			}
		}
	case json.Number:
		f, _ := x.Float64()
		if n, ok := s["minimum"].(json.Number); ok {
			if m, _ := n.Float64(); f < m {
				v.fail(path, "%v < minimum %v", f, m)
			}
		}
		if n, ok := s["maximum"].(json.Number); ok {
			if m, _ := n.Float64(); f > m {
				v.fail(path, "%v > maximum %v", f, m)
			}
		}
	case []any:
		if n, ok := s["minItems"].(json.Number); ok {
			if m, _ := n.Int64(); int64(len(x)) < m {
				v.fail(path, "fewer than %d items", m)
			}
		}
		if n, ok := s["maxItems"].(json.Number); ok {
			if m, _ := n.Int64(); int64(len(x)) > m {
				v.fail(path, "more than %d items", m)
			}
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				v.check(items, e, fmt.Sprintf("%s[%d]", path, i))
			}
		}
	case map[string]any:
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := x[r.(string)]; !ok {
					v.fail(path, "missing required %q", r)
				}
			}
		}
		props, _ := s["properties"].(map[string]any)
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if ps, ok := props[k].(map[string]any); ok {
				v.check(ps, x[k], path+"."+k)
				continue
			}
			switch ap := s["additionalProperties"].(type) {
			case bool:
				if !ap {
					v.fail(path, "property %q not allowed", k)
				}
			case map[string]any:
				v.check(ap, x[k], path+"."+k)
			}
		}
	}
}

func (v *schemaValidator) resolve(ref string) map[string]any {
	if !strings.HasPrefix(ref, "#/") {
		return nil
	}
	var cur any = v.root
	for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[part]
	}
	m, _ := cur.(map[string]any)
	return m
}

func jsonType(inst any) string {
	switch x := inst.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		if f, err := x.Float64(); err == nil && f == math.Trunc(f) {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", inst)
}

func typeMatches(t any, inst any) bool {
	have := jsonType(inst)
	one := func(want string) bool { return want == have || (want == "number" && have == "integer") }
	switch x := t.(type) {
	case string:
		return one(x)
	case []any:
		for _, w := range x {
			if s, _ := w.(string); one(s) {
				return true
			}
		}
	}
	return false
}

func jsonEqual(a, b any) bool {
	if na, ok := a.(json.Number); ok {
		if nb, ok := b.(json.Number); ok {
			fa, _ := na.Float64()
			fb, _ := nb.Float64()
			return fa == fb
		}
		return false
	}
	return reflect.DeepEqual(a, b)
}

// The validator must reject what the schema forbids, or its passes mean
// nothing.
func TestSchemaValidatorRejects(t *testing.T) {
	v := loadSchema(t, "../docs/export.schema.json")
	good := `{"meta": {"format": "newsgraph-export", "version": 1, "generator": "newsgraph", "exported_at": "2026-01-02T03:04:05Z",
		"options": {"seeds": [], "depth": 0, "labels": ["Person"], "types": ["MET"], "from": "", "to": "", "limit": 10},
		"nodes": 1, "links": 0, "property_types": {"created_at": "datetime"}},
		"nodes": [{"id": "a", "labels": ["Entity", "Person"], "type": "Person", "name": "A", "properties": {"aliases": ["x"], "mentions": 2}}],
		"links": [], "more": 0}`
	if errs := v.validate([]byte(good)); len(errs) != 0 {
		t.Fatalf("a valid export rejected: %v", errs)
	}
	for name, bad := range map[string]string{
		"version 2":       strings.Replace(good, `"version": 1`, `"version": 2`, 1),
		"no more":         strings.Replace(good, `, "more": 0`, ``, 1),
		"extra top-level": strings.Replace(good, `"more": 0`, `"more": 0, "x": 1`, 1),
		"unknown label":   strings.Replace(good, `"labels": ["Entity", "Person"]`, `"labels": ["Entity", "Robot"]`, 1),
		"map property":    strings.Replace(good, `"mentions": 2`, `"mentions": {"a": 1}`, 1),
		"fractional more": strings.Replace(good, `"more": 0`, `"more": 0.5`, 1),
		"bad date":        strings.Replace(good, `"from": ""`, `"from": "March"`, 1),
		"link no evidence": strings.Replace(good, `"links": []`,
			`"links": [{"id": "k", "source": "a", "target": "a", "type": "MET", "directed": false, "properties": {}}]`, 1),
	} {
		if errs := v.validate([]byte(bad)); len(errs) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
}
