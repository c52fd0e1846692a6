package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/loader"
)

// Writer is what the write endpoints need of the graph store. They exist
// only when serve runs with --enable-writes and a token.
type Writer interface {
	WriteArticles(ctx context.Context, arts []graph.Article) (graph.WriteSummary, error)
	Merge(ctx context.Context, into, from string) (string, error)
	Unmerge(ctx context.Context, record string) (graph.MergeRecord, error)
	DeleteArticle(ctx context.Context, id string) (graph.WriteSummary, error)
}

var _ Writer = (*graph.Store)(nil)

// requireWriter refuses write requests with 403 while writes are off and
// with 401 without the right bearer token, before the body is read.
func (s *Server) requireWriter() gin.HandlerFunc {
	return func(c *gin.Context) {
		if s.w == nil {
			s.writeError(c, &graph.Error{Code: codeForbidden, Message: "writes are disabled on this server (start it with serve --enable-writes and NEWSGRAPH_TOKEN)"})
			return
		}
		tok, ok := bearerToken(c.GetHeader("Authorization"))
		if !ok || !s.tokenMatches(tok) {
			s.writeError(c, &graph.Error{Code: codeUnauthorized, Message: "missing or wrong bearer token (Authorization: Bearer …)"})
			return
		}
		c.Next()
	}
}

// tokenMatches compares in constant time. Both sides are hashed first, so
// neither the comparison's time nor its length check says anything about
// the token's length.
func (s *Server) tokenMatches(tok string) bool {
	h := sha256.Sum256([]byte(tok))
	return subtle.ConstantTimeCompare(h[:], s.token[:]) == 1
}

// bearerToken returns the credentials of an "Authorization: Bearer X"
// header (the scheme is case-insensitive, RFC 9110).
func bearerToken(header string) (string, bool) {
	scheme, tok, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	tok = strings.TrimSpace(tok)
	if tok == "" || strings.ContainsFunc(tok, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return "", false
	}
	return tok, true
}

// ParseOrigins checks a list of CORS origins (each "scheme://host[:port]",
// entries may be comma lists) and returns them normalised. "*" is refused:
// every allowed site is named.
func ParseOrigins(list []string) ([]string, error) {
	var out []string
	for _, item := range list {
		for _, o := range strings.Split(item, ",") {
			o = strings.TrimSpace(o)
			if o == "" {
				continue
			}
			u, err := url.Parse(o)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
				u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
				return nil, fmt.Errorf("cors origin %q: want scheme://host[:port], e.g. https://example.org", o)
			}
			out = append(out, strings.ToLower(u.Scheme+"://"+u.Host))
		}
	}
	return out, nil
}

// --- request bodies ---

// maxFileName bounds an uploaded article's file name.
const maxFileName = 255

// upload is one article to store, from POST /api/articles.
type upload struct {
	File string // the article's key: its id is graph.ArticleID(File)
	Text []byte
}

// parseUpload reads POST /api/articles: the article as text/plain (its
// file name in the query parameter file) or as JSON {"file", "text"}.
// Without a file name the article is keyed by its content hash, so the
// same text uploaded twice is one article. Every error is CodeInvalid.
func parseUpload(contentType, file string, body []byte) (upload, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return upload{}, invalid("Content-Type must be text/plain or application/json")
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return upload{}, invalid("charset must be utf-8")
	}
	var u upload
	switch mt {
	case "text/plain":
		u = upload{File: file, Text: body}
	case "application/json":
		if file != "" {
			return upload{}, invalid("with JSON the file name goes in the body")
		}
		var in struct {
			File *string `json:"file"`
			Text *string `json:"text"`
		}
		if err := decodeJSON(body, &in); err != nil {
			return upload{}, err
		}
		if in.Text == nil {
			return upload{}, invalid("text is required")
		}
		u.Text = []byte(*in.Text)
		if in.File != nil {
			u.File = *in.File
		}
	default:
		return upload{}, invalid("Content-Type must be text/plain or application/json")
	}
	if len(bytes.TrimSpace(u.Text)) == 0 {
		return upload{}, invalid("the article is empty")
	}
	u.File = strings.TrimSpace(u.File)
	if u.File == "" {
		sum := sha256.Sum256(u.Text)
		u.File = "upload-" + hex.EncodeToString(sum[:8]) + ".txt"
	} else if err := checkFileName(u.File); err != nil {
		return upload{}, err
	}
	return u, nil
}

// checkFileName accepts a relative name like the keys ingest gives files
// ("a.txt", "2025/a.txt"): printable, no backslash, no empty, "." or ".."
// segment, no leading slash.
func checkFileName(f string) error {
	if len(f) > maxFileName || !utf8.ValidString(f) {
		return invalid("file must be a valid UTF-8 name of at most %d bytes", maxFileName)
	}
	if strings.ContainsFunc(f, func(r rune) bool { return !unicode.IsPrint(r) || r == '\\' }) {
		return invalid("file must not contain control characters or backslashes")
	}
	for _, seg := range strings.Split(f, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return invalid("file must be a relative name without empty, . or .. parts")
		}
	}
	return nil
}

// mergeRequest is the body of POST /api/merge.
type mergeRequest struct {
	From string `json:"from"` // the entity that goes away
	Into string `json:"into"` // the entity that stays
}

// parseMerge reads {"from": ID, "into": ID}; both are required UUIDs and
// must differ. Every error is CodeInvalid.
func parseMerge(body []byte) (mergeRequest, error) {
	var m mergeRequest
	if err := decodeJSON(body, &m); err != nil {
		return mergeRequest{}, err
	}
	var err error
	if m.From, err = checkID("from", m.From); err != nil {
		return mergeRequest{}, err
	}
	if m.Into, err = checkID("into", m.Into); err != nil {
		return mergeRequest{}, err
	}
	if m.From == m.Into {
		return mergeRequest{}, invalid("from and into are the same entity")
	}
	return m, nil
}

// parseUnmerge reads {"record": ID} (a merge record id, from POST
// /api/merge or newsgraph merges). Every error is CodeInvalid.
func parseUnmerge(body []byte) (string, error) {
	var in struct {
		Record string `json:"record"`
	}
	if err := decodeJSON(body, &in); err != nil {
		return "", err
	}
	return checkID("record", in.Record)
}

func checkID(name, v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", invalid("%s is required", name)
	}
	if !uuidRE.MatchString(v) {
		return "", invalid("%s is not an id (want a UUID)", name)
	}
	return strings.ToLower(v), nil
}

// decodeJSON decodes exactly one JSON object with known fields only.
func decodeJSON(body []byte, v any) error {
	if !utf8.Valid(body) {
		return invalid("the body is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return invalid("the body is not JSON (at byte %d)", se.Offset)
		case errors.As(err, &te):
			return invalid("%s must be a %s", te.Field, te.Type)
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return invalid("unknown field %s", strings.TrimPrefix(err.Error(), "json: unknown field "))
		default:
			return invalid("the body is not a JSON object of the expected form")
		}
	}
	if dec.More() {
		return invalid("the body holds more than one JSON value")
	}
	if _, err := dec.Token(); err == nil {
		return invalid("the body holds more than one JSON value")
	}
	return nil
}

// --- handlers ---

// uploadArticle extracts one article and stores it, replacing the article
// with the same file name if its text changed. 201 when written, 200
// when the same text was already stored.
func (s *Server) uploadArticle(c *gin.Context) {
	p := newParams(c, "file")
	file := p.str("file", maxFileName)
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	body, err := s.readBody(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	u, err := parseUpload(c.GetHeader("Content-Type"), file, body)
	if err != nil {
		s.writeError(c, err)
		return
	}
	doc := ingest.Document{ID: graph.ArticleID(u.File), File: u.File, Source: u.File, Text: u.Text}
	res, err := ingest.Extract(c.Request.Context(), doc)
	switch {
	case errors.Is(err, ingest.ErrInvalidInput):
		var ie *ingest.InputError
		msg := "not an article"
		if errors.As(err, &ie) {
			msg = "not an article: " + ie.Reason
		}
		s.writeError(c, invalid("%s", msg))
		return
	case err != nil:
		s.writeError(c, &graph.Error{Code: graph.CodeInternal, Message: "extraction failed", Err: err})
		return
	}
	art := loader.ToArticle(doc, doc.File, res)
	sum, err := s.w.WriteArticles(c.Request.Context(), []graph.Article{art})
	if err != nil {
		s.writeError(c, err)
		return
	}
	status := http.StatusCreated
	if sum.Written == 0 {
		status = http.StatusOK
	}
	s.log.Info("article uploaded", "id", art.ID, "file", art.File, "written", sum.Written)
	c.JSON(status, gin.H{"id": art.ID, "file": art.File, "title": art.Title, "summary": sum})
}

func (s *Server) deleteArticle(c *gin.Context) {
	p := newParams(c)
	id := p.id("article id", c.Param("id"), true)
	if p.err != nil {
		s.writeError(c, p.err)
		return
	}
	sum, err := s.w.DeleteArticle(c.Request.Context(), id)
	if err != nil {
		s.writeError(c, err)
		return
	}
	s.log.Info("article deleted", "id", id)
	c.JSON(http.StatusOK, gin.H{"id": id, "summary": sum})
}

func (s *Server) merge(c *gin.Context) {
	m, ok := parseBody(s, c, parseMerge)
	if !ok {
		return
	}
	record, err := s.w.Merge(c.Request.Context(), m.Into, m.From)
	if err != nil {
		s.writeError(c, err)
		return
	}
	s.log.Info("entities merged", "from", m.From, "into", m.Into, "record", record)
	c.JSON(http.StatusOK, gin.H{"record": record, "from": m.From, "into": m.Into})
}

func (s *Server) unmerge(c *gin.Context) {
	record, ok := parseBody(s, c, parseUnmerge)
	if !ok {
		return
	}
	rec, err := s.w.Unmerge(c.Request.Context(), record)
	if err != nil {
		s.writeError(c, err)
		return
	}
	s.log.Info("merge undone", "record", record)
	c.JSON(http.StatusOK, rec)
}

// parseBody reads the body of a route that takes no query parameters
// through parse. On any error it answers it and ok is false.
func parseBody[T any](s *Server, c *gin.Context, parse func([]byte) (T, error)) (v T, ok bool) {
	if p := newParams(c); p.err != nil {
		s.writeError(c, p.err)
		return v, false
	}
	body, err := s.readBody(c)
	if err == nil {
		v, err = parse(body)
	}
	if err != nil {
		s.writeError(c, err)
		return v, false
	}
	return v, true
}
