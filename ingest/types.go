package ingest

import (
	"errors"
	"fmt"
)

// Document is one raw input article.
type Document struct {
	ID     string // article id chosen by the caller (stable); if empty, Extract derives one
	File   string // path or name it came from (JSON "file" is its base name)
	Source string // optional URL/origin
	Text   []byte // raw bytes as read
}

// Result is everything extracted from one article.
type Result struct {
	File      string     `json:"file"`
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Article describes the article itself.
type Article struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Published  string `json:"published"` // YYYY-MM-DD or ""
	Byline     string `json:"byline"`
	BylineRole string `json:"byline_role,omitempty"`
	Source     string `json:"source,omitempty"`
	SHA256     string `json:"sha256"`
	Words      int    `json:"words"`
	// Text is the cleaned article text that all offsets refer to. It is
	// left out of the JSON lines to keep them small.
	Text string `json:"-"`
}

// Entity is one real-world thing mentioned in the article.
type Entity struct {
	ID         string   `json:"id"`
	Type       string   `json:"type"` // Person | Institution | Event | Place
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Kind       string   `json:"kind,omitempty"`
	Mentions   int      `json:"mentions"`
	Confidence float64  `json:"confidence"`
	// Spans are the byte offsets of every mention in Article.Text.
	Spans []Span `json:"-"`
}

// Span is a half-open byte range [Start, End) in the cleaned text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Relation is one typed edge with the sentence it came from.
type Relation struct {
	Type       string  `json:"type"` // SAID | MET | SANCTIONED | AFFILIATED_WITH | PARTICIPATED_IN
	Source     string  `json:"source"`
	Target     string  `json:"target"`
	Role       string  `json:"role,omitempty"`
	Quote      string  `json:"quote,omitempty"`
	Date       string  `json:"date,omitempty"`
	Evidence   string  `json:"evidence"`
	Sentence   int     `json:"sentence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
}

// Entity types.
const (
	TypePerson      = "Person"
	TypeInstitution = "Institution"
	TypeEvent       = "Event"
	TypePlace       = "Place"
)

// Relation types.
const (
	RelSaid           = "SAID"
	RelMet            = "MET"
	RelSanctioned     = "SANCTIONED"
	RelAffiliatedWith = "AFFILIATED_WITH"
	RelParticipatedIn = "PARTICIPATED_IN"
)

// ErrInvalidInput is matched (errors.Is) by every *InputError.
var ErrInvalidInput = errors.New("invalid input")

// ErrInternal is matched by errors from a bug in the extractor met on some
// input (a recovered panic): the article is reported and skipped, and the
// log holds the stack.
var ErrInternal = errors.New("internal extractor error")

// InputError reports input that is not an article: empty, not UTF-8,
// binary or too large. Reason is a short lower-case explanation.
type InputError struct {
	File   string
	Reason string
}

func (e *InputError) Error() string {
	if e.File == "" {
		return "invalid input: " + e.Reason
	}
	return fmt.Sprintf("%s: invalid input: %s", e.File, e.Reason)
}

// Is makes errors.Is(err, ErrInvalidInput) true.
func (e *InputError) Is(target error) bool { return target == ErrInvalidInput }
