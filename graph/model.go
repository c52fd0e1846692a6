package graph

import (
	"strings"
	"unicode"

	"github.com/google/uuid"
	"golang.org/x/text/unicode/norm"
)

// Node labels and relationship types newsgraph writes. Cypher receives a
// label or type only after it has been checked against these lists.
var (
	EntityTypes   = []string{"Person", "Institution", "Event", "Place"}
	RelationTypes = []string{"SAID", "MET", "SANCTIONED", "AFFILIATED_WITH", "PARTICIPATED_IN"}
)

// Article is one extracted article ready to be written: its metadata, the
// entities it mentions and the relations it states, each with evidence.
type Article struct {
	ID        string // stable: see ArticleID
	Title     string
	Byline    string
	Published string // YYYY-MM-DD or ""
	Source    string // URL or origin, if known
	File      string // file name it was read from
	SHA256    string // of the raw bytes: an unchanged article is not rewritten
	Text      string // cleaned article text, which evidence offsets index
	Words     int
	Entities  []Entity
	Relations []Relation
}

// Entity is an entity as one article mentions it.
type Entity struct {
	Ref        string // article-local reference used by Relations ("e1")
	Type       string // one of EntityTypes
	Name       string
	Aliases    []string
	Kind       string // institution or event kind, if known
	Mentions   int
	Confidence float64
}

// Relation is one stated relation with its evidence. Source and Target are
// Entity.Ref values; the target of SAID is the article itself and is ignored.
type Relation struct {
	Type       string // one of RelationTypes
	Source     string
	Target     string
	Role       string // AFFILIATED_WITH
	Quote      string // SAID
	Date       string // YYYY-MM-DD when the text gives one
	Evidence   string // the sentence
	Sentence   int    // index of the sentence in the article
	Start, End int    // character offsets of the evidence in Article.Text
	Confidence float64
}

// namespace roots every newsgraph id (UUID v5), so ids are stable across
// runs and machines and never collide with another application's v5 ids.
var namespace = uuid.MustParse("6c1d3f0e-2b8a-5f4e-9a61-7d0c4e2b9f13")

// ArticleID is the id of the article read from key (its source URL or its
// file name). The key, not the text, names an article, so an edited article
// replaces its earlier version instead of standing beside it.
func ArticleID(key string) string {
	return uuid.NewSHA1(namespace, []byte("article\x00"+key)).String()
}

// EntityID is the id of the entity of type typ whose normalised name is the
// NameKey of name: "Anatoly Antonov" and "anatoly  antonov" share one id.
func EntityID(typ, name string) string {
	return uuid.NewSHA1(namespace, []byte("entity\x00"+typ+"\x00"+NameKey(name))).String()
}

// NameKey normalises a name for identity: Unicode compatibility form without
// diacritics, lower case, "’s" and dots removed, "&" as "and", a leading
// "the" dropped and every run of other characters folded to one space.
func NameKey(name string) string {
	name = strings.TrimSpace(name)
	for _, suffix := range []string{"'s", "\u2019s"} {
		name = strings.TrimSuffix(name, suffix)
	}
	name = norm.NFKD.String(name)
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.':
			continue
		case r == '&':
			if b.Len() > 0 && !space {
				b.WriteByte(' ')
			}
			b.WriteString("and ")
			space = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '\'' || r == '\u2019':
			// apostrophes join: "O'Brien" → "obrien"; a trailing 's is cut below
		default:
			if b.Len() > 0 && !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimPrefix(strings.TrimSpace(b.String()), "the ")
}

func validType(list []string, t string) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}
