package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

var (
	queryServerInfo       = cypher.Query("server_info")
	queryMigrationApplied = cypher.Query("migration_applied")
	queryMigrationRecord  = cypher.Query("migration_record")
)

// Migrate applies the schema files of package cypher that the database has
// not recorded yet, in order, and records each as a (:SchemaMigration) node.
// Statements are idempotent (IF NOT EXISTS), so two processes migrating at
// once are harmless. A recorded migration whose file has since changed is an
// error: schema changes go into a new numbered file. It returns the names of
// the files applied by this call.
func (s *Store) Migrate(ctx context.Context) ([]string, error) {
	migs, err := cypher.Migrations()
	if err != nil {
		return nil, err
	}
	var applied []string
	for _, m := range migs {
		sum := sha256.Sum256([]byte(m.Text))
		checksum := hex.EncodeToString(sum[:])
		res, err := neo4j.ExecuteQuery(ctx, s.driver, queryMigrationApplied,
			map[string]any{"version": m.Version}, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.cfg.Database))
		if err != nil {
			return applied, classify(err, "schema %s", m.Name)
		}
		if len(res.Records) > 0 {
			got, _, _ := neo4j.GetRecordValue[string](res.Records[0], "checksum")
			if got != checksum {
				return applied, errorf(CodeConflict, nil,
					"schema %s was changed after it was applied; put changes in a new numbered file", m.Name)
			}
			continue
		}
		// Schema commands cannot share a transaction with data writes, so
		// each runs on its own before the migration is recorded.
		for i, stmt := range m.Statements {
			if _, err := neo4j.ExecuteQuery(ctx, s.driver, stmt, nil, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(s.cfg.Database)); err != nil {
				return applied, classify(err, "schema %s statement %d", m.Name, i+1)
			}
		}
		if _, err := neo4j.ExecuteQuery(ctx, s.driver, queryMigrationRecord,
			map[string]any{"version": m.Version, "name": m.Name, "checksum": checksum},
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database)); err != nil {
			return applied, classify(err, "record schema %s", m.Name)
		}
		s.log.Info("schema applied", "migration", m.Name, "statements", len(m.Statements))
		applied = append(applied, m.Name)
	}
	if err := s.awaitIndexes(ctx); err != nil {
		return applied, err
	}
	if err := s.backfillNeighbours(ctx); err != nil {
		return applied, err
	}
	return applied, nil
}

// awaitIndexes waits until new indexes are online, so that the first search
// after start-up sees every entity.
func (s *Store) awaitIndexes(ctx context.Context) error {
	_, err := neo4j.ExecuteQuery(ctx, s.driver, cypher.Query("await_indexes"), nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database))
	if err != nil {
		return classify(err, "wait for indexes")
	}
	return nil
}

// Migrations lists the applied schema migrations, oldest first.
func (s *Store) Migrations(ctx context.Context) ([]string, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher.Query("migrations_list"), nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database),
		neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, classify(err, "list schema migrations")
	}
	out := make([]string, 0, len(res.Records))
	for _, r := range res.Records {
		name, _, err := neo4j.GetRecordValue[string](r, "name")
		if err != nil {
			return nil, errorf(CodeInternal, err, "list schema migrations: bad record")
		}
		out = append(out, name)
	}
	return out, nil
}
