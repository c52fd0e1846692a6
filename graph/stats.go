package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var queryStats = cypher.Query("stats")

// Stats counts the graph's nodes by label and relationships by type.
type Stats struct {
	Articles       int64 `json:"articles"`
	People         int64 `json:"people"`
	Institutions   int64 `json:"institutions"`
	Events         int64 `json:"events"`
	Places         int64 `json:"places"`
	MentionedIn    int64 `json:"mentioned_in"`
	Said           int64 `json:"said"`
	Met            int64 `json:"met"`
	Sanctioned     int64 `json:"sanctioned"`
	AffiliatedWith int64 `json:"affiliated_with"`
	ParticipatedIn int64 `json:"participated_in"`
}

// Stats returns the counts; the error has CodeUnavailable when Neo4j is down.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, queryStats, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(s.cfg.QueryTimeout)))
	if err != nil {
		return Stats{}, classifyCtx(ctx, err, "graph statistics")
	}
	if len(res.Records) != 1 {
		return Stats{}, errorf(CodeInternal, nil, "graph statistics: %d records", len(res.Records))
	}
	r := res.Records[0]
	get := func(k string) int64 { v, _, _ := neo4j.GetRecordValue[int64](r, k); return v }
	return Stats{
		Articles: get("articles"), People: get("people"), Institutions: get("institutions"),
		Events: get("events"), Places: get("places"), MentionedIn: get("mentioned_in"),
		Said: get("said"), Met: get("met"), Sanctioned: get("sanctioned"),
		AffiliatedWith: get("affiliated_with"), ParticipatedIn: get("participated_in"),
	}, nil
}
