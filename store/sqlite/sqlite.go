// Package sqlite is the default store: one SQLite file through
// modernc.org/sqlite (pure Go, no cgo), in WAL mode, with FTS5 for full
// text. Importing it registers the "sqlite" driver with store.Open.
//
// Writes go through a single connection whose transactions begin
// IMMEDIATE, so concurrent writers in one process queue in Go rather
// than failing with SQLITE_BUSY, and writers in other processes wait up
// to the busy timeout. Reads use a separate pool of read-only
// connections, which WAL lets run beside the writer.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"sumber/store"
	"sumber/store/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

func init() {
	store.Register("sqlite", func(ctx context.Context, dsn string) (store.Store, error) {
		return Open(ctx, dsn)
	})
}

// BusyTimeout is how long, in milliseconds, a connection waits for
// another process's write lock.
const BusyTimeout = 10000

// Dialect describes SQLite to the shared SQL code.
var Dialect = sqlstore.Dialect{
	Name:         "sqlite",
	Time:         sqlstore.SQLiteTime,
	SearchInsert: `INSERT INTO attributions_fts (rowid, body) VALUES `,
	SearchRow:    `(?, ?)`,
	SearchDelete: `DELETE FROM attributions_fts WHERE rowid IN (SELECT id FROM attributions WHERE document_id = ?)`,
	SearchMatch:  `a.id IN (SELECT rowid FROM attributions_fts WHERE attributions_fts MATCH ?)`,
	SearchQuery: func(words []string) string {
		// Each word quoted: a phrase of one token, never FTS5 syntax.
		q := make([]string, len(words))
		for i, w := range words {
			q[i] = `"` + w + `"`
		}
		return strings.Join(q, " ")
	},
	SkipLocked: "",
	Snapshot:   &sql.TxOptions{ReadOnly: true},
}

// DSN returns the modernc.org/sqlite data source name for a file, with
// the pragmas every connection needs; writer connections begin their
// transactions IMMEDIATE, reader connections are query-only.
func DSN(path string, writer bool) string {
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if writer {
		q.Set("_txlock", "immediate")
	} else {
		q.Set("_query_only", "1")
	}
	return "file:" + path + "?" + q.Encode()
}

// Open opens (creating and migrating) the SQLite database at path; ""
// means store.DefaultPath.
func Open(ctx context.Context, path string) (*sqlstore.DB, error) {
	if path == "" {
		path = store.DefaultPath
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
	}
	write, err := sql.Open("sqlite", DSN(path, true))
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	write.SetConnMaxLifetime(0)
	write.SetConnMaxIdleTime(0)
	if err := migrate(ctx, write); err != nil {
		write.Close()
		return nil, err
	}
	read, err := sql.Open("sqlite", DSN(path, false))
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	read.SetMaxOpenConns(4)
	read.SetMaxIdleConns(4)
	return sqlstore.New(Dialect, write, read), nil
}

func migrate(ctx context.Context, db *sql.DB) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("sqlite: migrations: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys)
	if err != nil {
		return fmt.Errorf("sqlite: migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("sqlite: migrate: %w", err)
	}
	return nil
}
