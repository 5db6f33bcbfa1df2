// Package sqlstore implements store.Store over database/sql once for every
// SQL dialect. A driver package (store/sqlite, store/postgres) opens the
// connections, runs its migrations and describes its dialect; the SQL
// here is written with ? placeholders and the portable subset SQLite and
// PostgreSQL share (INSERT … RETURNING, ON CONFLICT, row values).
package sqlstore

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"time"
)

// Dialect is what differs between databases.
type Dialect struct {
	// Name is "sqlite" or "postgres".
	Name string
	// Numbered placeholders ($1, $2…) instead of ?.
	Numbered bool
	// Time converts a time for a timestamp column.
	Time func(time.Time) any
	// SearchInsert starts a multi-row insert into the full-text index;
	// SearchRow is one row of it, taking the attribution id and its
	// search text (folded words separated by spaces).
	SearchInsert, SearchRow string
	// SearchDelete deletes the index rows of one document's attributions,
	// taking the document id.
	SearchDelete string
	// SearchMatch is a condition on attributions a, taking one query
	// argument made by SearchQuery.
	SearchMatch string
	// SearchQuery turns query words (folded, non-empty) into the
	// argument of SearchMatch: every word must occur.
	SearchQuery func(words []string) string
	// SkipLocked ends the subquery that picks a job to claim.
	SkipLocked string
	// Snapshot are the options of a read transaction that sees one
	// consistent state (for Export).
	Snapshot *sql.TxOptions
	// AfterImport runs in the import transaction, e.g. to move id
	// sequences past imported ids.
	AfterImport func(ctx context.Context, tx *sql.Tx) error
	// LockKeys, when set, takes transaction-scoped locks on a document's
	// content hash and near-duplicate keys before it is compared with the
	// stored ones, so that two writers saving copies of one story at the
	// same moment see each other (SQLite needs none: it has one writer).
	LockKeys func(ctx context.Context, tx *sql.Tx, hash string, keys []int64) error
}

// rebind rewrites ? placeholders for dialects that number them.
func (d *Dialect) rebind(q string) string {
	if !d.Numbered || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// SQLiteTime formats a time for a SQLite TEXT column: UTC with a fixed
// width, so that text order is time order.
func SQLiteTime(t time.Time) any {
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z")
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// placeholders returns "?, ?, …" with n marks.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}
