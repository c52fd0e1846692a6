package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/google/uuid"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

// Cross-article entity resolution.
//
// Within an article the extractor already joins "Antonov" to "Anatoly
// Antonov". Across articles, ids do most of the work: the same name (up to
// case, accents and punctuation) always gets the same id. What ids cannot
// do is join a one-word person name to the full name it stands for, so:
//
//   - a one-word person name resolves to the one person whose multi-word
//     name has that surname, if exactly one exists in the graph or in its
//     own or an earlier article of the batch (so batching never changes the
//     outcome); with two candidates (two different Lees) it stays apart;
//   - when a multi-word name is written and a one-word entity with its
//     surname already exists, the one-word entity is absorbed into it, again
//     only when the full name is the only candidate. The absorption is a
//     recorded merge, so `newsgraph unmerge` can undo it;
//   - entities merged away (automatically or by `newsgraph merge`) redirect
//     to the entity they went into, so later articles naming them join it.
//
// The outcome does not depend on how articles are batched. It depends on
// their order in one case: a one-word name joined while its surname was
// unambiguous stays joined when a second person with that surname appears
// later.

var (
	queryEntityBySurname   = cypher.Query("entity_by_surname")
	queryEntityRedirects   = cypher.Query("entity_redirects")
	queryEntityAbsorbCands = cypher.Query("entity_absorb_candidates")
	maxRedirectHops        = 8
	nameSuffixes           = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}
)

// Surname returns the surname key of a person's name key ("anatoly
// antonov" → "antonov", "martin luther king jr" → "king"), or "" for a
// one-word name.
func Surname(key string) string {
	toks := strings.Fields(key)
	for len(toks) > 1 && nameSuffixes[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	if len(toks) < 2 {
		return ""
	}
	return toks[len(toks)-1]
}

// resolution maps provisional entity ids to final ones: for the whole
// batch, and, for one-word names, per article (plan index), since a
// one-word name resolves against the full names of the articles before
// it, as it would had each article been written alone.
type resolution struct {
	all    map[string]string
	single []map[string]string // per plan: one-word id -> full-name id
}

func (r resolution) get(id string) string {
	if to, ok := r.all[id]; ok {
		return to
	}
	return id
}

// forPlan returns the resolver of plan i's ids.
func (r resolution) forPlan(i int) func(string) string {
	return func(id string) string {
		if to, ok := r.single[i][id]; ok {
			return r.get(to)
		}
		return r.get(id)
	}
}

func resolveIDs(ctx context.Context, tx neo4j.ManagedTransaction, plans []articlePlan) (resolution, error) {
	res := resolution{all: map[string]string{}, single: make([]map[string]string, len(plans))}
	singleKeys := map[string]bool{}
	var all []string
	for _, p := range plans {
		for _, e := range p.entities {
			all = append(all, e.id)
			if e.surname == "" && e.single() {
				singleKeys[e.key] = true
			}
		}
	}
	// Stored full names by surname, for every one-word name of the batch.
	stored := map[string][]string{}
	if len(singleKeys) > 0 {
		keys := make([]string, 0, len(singleKeys))
		for k := range singleKeys {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		recs, err := collectTx(ctx, tx, queryEntityBySurname, map[string]any{"keys": keys})
		if err != nil {
			return resolution{}, err
		}
		for _, rec := range recs {
			k, _, _ := neo4j.GetRecordValue[string](rec, "key")
			ids, _, _ := neo4j.GetRecordValue[[]any](rec, "ids")
			for _, v := range ids {
				if s, ok := v.(string); ok {
					stored[k] = append(stored[k], s)
				}
			}
		}
	}
	// Full names written by the batch, in article order, for the surnames
	// some one-word name of the batch has (a list per surname, not a slot
	// per article: a batch may hold a thousand articles).
	type written struct {
		plan int
		id   string
	}
	fulls := map[string][]written{}
	for i, p := range plans {
		for _, e := range p.entities {
			if e.surname != "" && singleKeys[e.surname] {
				fulls[e.surname] = append(fulls[e.surname], written{i, e.id})
			}
		}
	}
	// Article by article, in batch order, as if each were written alone: a
	// one-word name joins the one full name with its surname that is stored
	// or written by this article or one before it. With none, the first
	// later article that writes full names with that surname absorbs it
	// when it writes exactly one (absorbSurnames does the same to a stored
	// one-word name).
	var targets []string
	for i, p := range plans {
		for _, e := range p.entities {
			if e.surname != "" || !e.single() {
				continue
			}
			cands := map[string]bool{}
			for _, id := range stored[e.key] {
				cands[id] = true
			}
			later := -1 // the first later article writing this surname
			for _, w := range fulls[e.key] {
				if w.plan > i {
					if later < 0 && len(cands) > 0 || later >= 0 && w.plan != later {
						break
					}
					later = w.plan
				}
				cands[w.id] = true
			}
			if len(cands) != 1 {
				continue
			}
			for id := range cands {
				if res.single[i] == nil {
					res.single[i] = map[string]string{}
				}
				res.single[i][e.id] = id
				targets = append(targets, id)
			}
		}
	}
	// Follow merge redirects, hop by hop (a merged entity may itself have
	// been merged into another since). ids is its own array: uniqueStrings
	// sorts and compacts in place.
	ids := append(all[:len(all):len(all)], targets...)
	pending := uniqueStrings(append([]string(nil), ids...))
	for hop := 0; hop < maxRedirectHops && len(pending) > 0; hop++ {
		recs, err := collectTx(ctx, tx, queryEntityRedirects, map[string]any{"ids": pending})
		if err != nil {
			return resolution{}, err
		}
		next := map[string]string{}
		for _, rec := range recs {
			from, _, _ := neo4j.GetRecordValue[string](rec, "id")
			into, _, _ := neo4j.GetRecordValue[string](rec, "into")
			next[from] = into
		}
		if len(next) == 0 {
			break
		}
		for _, id := range ids {
			if to, ok := next[res.get(id)]; ok {
				res.all[id] = to
			}
		}
		pending = uniqueStrings(values(next))
	}
	return res, nil
}

// absorbSurnames merges stored one-word person entities into the full
// names written in this batch when the full name is the only person with
// that surname (mergeTx recomputes the entity that absorbed one).
func absorbSurnames(ctx context.Context, tx neo4j.ManagedTransaction, plans []articlePlan, res resolution) error {
	var rows []map[string]any
	seen := map[string]bool{}
	for _, p := range plans {
		for _, e := range p.entities {
			if e.surname == "" || res.get(e.id) != e.id {
				continue
			}
			single := EntityID("Person", e.surname)
			if seen[single] {
				continue
			}
			seen[single] = true
			rows = append(rows, map[string]any{"single": single, "surname": e.surname})
		}
	}
	if len(rows) == 0 {
		return nil
	}
	recs, err := collectTx(ctx, tx, queryEntityAbsorbCands, map[string]any{"rows": rows})
	if err != nil {
		return err
	}
	for _, rec := range recs {
		single, _, _ := neo4j.GetRecordValue[string](rec, "single")
		ids, _, _ := neo4j.GetRecordValue[[]any](rec, "ids")
		if len(ids) != 1 {
			continue
		}
		full, _ := ids[0].(string)
		if full == "" || full == single {
			continue
		}
		if _, err := mergeTx(ctx, tx, single, full, "surname", uuid.NewString()); err != nil {
			return err
		}
	}
	return nil
}

func values(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func uniqueStrings(in []string) []string {
	sort.Strings(in)
	out := in[:0]
	for i, s := range in {
		if i == 0 || s != in[i-1] {
			out = append(out, s)
		}
	}
	return out
}
