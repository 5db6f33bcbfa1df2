// Package postgres stores the ledger in PostgreSQL through pgx, with a
// tsvector index for full text. Importing it registers the "postgres"
// driver with store.Open, which picks it for postgres:// and
// postgresql:// DSNs.
//
// Several ingest workers on different machines can share one database
// as their job queue: ClaimJob takes a job with SELECT … FOR UPDATE SKIP
// LOCKED, so claimers never wait on nor double-claim each other.
// Migrations run under a PostgreSQL advisory lock, so workers starting
// together migrate once.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"hash/fnv"
	"io/fs"
	"slices"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"sumber/store"
	"sumber/store/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

func init() {
	store.Register("postgres", func(ctx context.Context, dsn string) (store.Store, error) {
		return Open(ctx, dsn)
	})
}

// Dialect describes PostgreSQL to the shared SQL code.
var Dialect = sqlstore.Dialect{
	Name:         "postgres",
	Numbered:     true,
	Time:         func(t time.Time) any { return t },
	SearchInsert: `INSERT INTO attribution_search (attribution_id, tsv) VALUES `,
	SearchRow:    `(?, to_tsvector('simple', ?))`,
	SearchDelete: `DELETE FROM attribution_search WHERE attribution_id IN (SELECT id FROM attributions WHERE document_id = ?)`,
	SearchMatch:  `a.id IN (SELECT attribution_id FROM attribution_search WHERE tsv @@ to_tsquery('simple', ?))`,
	SearchQuery: func(words []string) string {
		// Words are letters and digits only, so they need no quoting.
		return strings.Join(words, " & ")
	},
	SkipLocked:  " FOR UPDATE SKIP LOCKED",
	Snapshot:    &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true},
	AfterImport: resetSequences,
	LockKeys:    lockKeys,
}

// lockKeys takes advisory transaction locks on the content hash and on
// every near-duplicate key, in ascending order so that two writers never
// deadlock. Copies of one story share keys and so are saved one after the
// other; unrelated documents rarely share one and go on in parallel.
func lockKeys(ctx context.Context, tx *sql.Tx, hash string, keys []int64) error {
	ids := make([]int64, 0, len(keys)+1)
	h := fnv.New64a()
	h.Write([]byte(hash))
	ids = append(ids, int64(h.Sum64()))
	ids = append(ids, keys...)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	_, err := tx.ExecContext(ctx, `SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k`, ids)
	return err
}

// resetSequences moves the identity sequences past ids written
// explicitly by an import.
func resetSequences(ctx context.Context, tx *sql.Tx) error {
	for _, table := range []string{"documents", "attributions", "figures"} {
		_, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence('`+table+`', 'id'), m)
			FROM (SELECT max(id) AS m FROM `+table+`) t WHERE m IS NOT NULL`)
		if err != nil {
			return fmt.Errorf("reset %s sequence: %w", table, err)
		}
	}
	return nil
}

// Open connects to the PostgreSQL database named by dsn (a postgres://
// URL or key=value string, as pgx reads it) and migrates it.
func Open(ctx context.Context, dsn string) (*sqlstore.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return sqlstore.New(Dialect, db, db), nil
}

func migrate(ctx context.Context, db *sql.DB) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("postgres: migrations: %w", err)
	}
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return fmt.Errorf("postgres: migrations: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, fsys, goose.WithSessionLocker(locker))
	if err != nil {
		return fmt.Errorf("postgres: migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	return nil
}
