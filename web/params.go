package web

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/newsgraph/newsgraph/graph"
)

// Bounds on request parameters. The graph package checks its own limits
// again; these are the API's, documented in openapi.json.
const (
	maxQueryLen     = 200  // search text
	maxSearchLimit  = 100  // search hits
	maxTopLimit     = 1000 // top entities
	maxListItems    = 64   // values in one list parameter (types, labels, seeds)
	maxDepth        = graph.MaxDepth
	maxNodes        = graph.MaxNodes
	maxPathLength   = graph.MaxPathLength
	maxExportNodes  = graph.MaxExportNodes
	maxParamLen     = 2000 // any one parameter value
	defaultNodes    = graph.DefaultNodes
	defaultTopLimit = 20
)

var (
	uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	keyRE  = regexp.MustCompile(`^([0-9a-f]{40}|mention:[0-9a-f-]{36}:[0-9a-f-]{36})$`)
)

func invalid(format string, args ...any) error {
	return &graph.Error{Code: graph.CodeInvalid, Message: fmt.Sprintf(format, args...)}
}

// params reads and validates one request's query string. The first problem
// is kept in err; later reads then return zero values, so a handler reads
// everything and checks err once.
type params struct {
	c   *gin.Context
	err error
}

// newParams rejects parameters a route does not know (so a misspelt
// "depht" is an error, not silently ignored) and values that are too long.
func newParams(c *gin.Context, known ...string) *params {
	p := &params{c: c}
	allowed := map[string]bool{}
	for _, k := range known {
		allowed[k] = true
	}
	for k, vs := range c.Request.URL.Query() {
		if !allowed[k] {
			p.fail(invalid("unknown parameter %q (want one of %s)", k, strings.Join(known, ", ")))
			return p
		}
		for _, v := range vs {
			if len(v) > maxParamLen {
				p.fail(invalid("parameter %q is too long", k))
				return p
			}
		}
	}
	return p
}

func (p *params) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// str returns the parameter's value, trimmed, at most max runes.
func (p *params) str(name string, max int) string {
	v := strings.TrimSpace(p.c.Query(name))
	if utf8.RuneCountInString(v) > max {
		p.fail(invalid("%s is longer than %d characters", name, max))
		return ""
	}
	if !utf8.ValidString(v) {
		p.fail(invalid("%s is not valid UTF-8", name))
		return ""
	}
	return v
}

// int returns the parameter in min..max, def when absent.
func (p *params) int(name string, def, min, max int) int {
	v := strings.TrimSpace(p.c.Query(name))
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		p.fail(invalid("%s must be an integer from %d to %d", name, min, max))
		return def
	}
	return n
}

func (p *params) bool(name string) bool {
	switch strings.ToLower(strings.TrimSpace(p.c.Query(name))) {
	case "", "0", "false", "no":
		return false
	case "1", "true", "yes":
		return true
	}
	p.fail(invalid("%s must be true or false", name))
	return false
}

// list returns the values of a list parameter, given repeated
// (types=MET&types=SAID) or comma-separated (types=MET,SAID), each one of
// allowed (nil allows any). Empty means none given.
func (p *params) list(name string, allowed []string) []string {
	var out []string
	for _, v := range p.c.QueryArray(name) {
		for _, x := range strings.Split(v, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
	}
	if len(out) > maxListItems {
		p.fail(invalid("%s has more than %d values", name, maxListItems))
		return nil
	}
	if allowed != nil {
		for _, x := range out {
			if !contains(allowed, x) {
				p.fail(invalid("%s: unknown value %q (want one of %s)", name, x, strings.Join(allowed, ", ")))
				return nil
			}
		}
	}
	return out
}

// date returns a YYYY-MM-DD parameter or "".
func (p *params) date(name string) string {
	v := strings.TrimSpace(p.c.Query(name))
	if v == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil || len(v) != 10 {
		p.fail(invalid("%s must be a date YYYY-MM-DD", name))
		return ""
	}
	return v
}

// dateRange returns from and to, checking from <= to.
func (p *params) dateRange(fromName, toName string) (string, string) {
	from, to := p.date(fromName), p.date(toName)
	if from != "" && to != "" && to < from {
		p.fail(invalid("%s %s is after %s %s", fromName, from, toName, to))
	}
	return from, to
}

// id checks a UUID-shaped id (from the path or the query) and returns it in
// lower case; required ids must be present.
func (p *params) id(name, v string, required bool) string {
	v = strings.TrimSpace(v)
	if v == "" {
		if required {
			p.fail(invalid("%s is required", name))
		}
		return ""
	}
	if !uuidRE.MatchString(v) {
		p.fail(invalid("%s %q is not an id (want a UUID)", name, truncate(v, 60)))
		return ""
	}
	return strings.ToLower(v)
}

func (p *params) ids(name string) []string {
	vs := p.list(name, nil)
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if id := p.id(name, v, false); id != "" {
			out = append(out, id)
		}
	}
	return out
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
