package sqlstore

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"sort"
	"strings"

	"sumber/store"
)

var _ store.StateStore = (*DB)(nil)

// stateChunk bounds the keys of one IN (…) list.
const stateChunk = 500

// LoadState implements store.StateStore.
func (db *DB) LoadState(ctx context.Context, keys []string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(keys))
	for len(keys) > 0 {
		n := min(len(keys), stateChunk)
		args := make([]any, n)
		for i, k := range keys[:n] {
			args[i] = k
		}
		rows, err := db.read.QueryContext(ctx, db.q(`SELECT key, value FROM analysis_state WHERE key IN (`+placeholders(n)+`)`), args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var k string
			var v []byte
			if err := rows.Scan(&k, &v); err != nil {
				rows.Close()
				return nil, err
			}
			out[k] = v
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
		keys = keys[n:]
	}
	return out, nil
}

// ScanState implements store.StateStore.
func (db *DB) ScanState(ctx context.Context, prefix string, fn func(key string, value []byte) error) error {
	rows, err := db.read.QueryContext(ctx, db.q(`SELECT key, value FROM analysis_state WHERE substr(key, 1, ?) = ?`), len(prefix), prefix)
	if err != nil {
		return err
	}
	type kv struct {
		k string
		v []byte
	}
	var all []kv
	for rows.Next() {
		var e kv
		if err := rows.Scan(&e.k, &e.v); err != nil {
			rows.Close()
			return err
		}
		all = append(all, e)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return err
	}
	// Byte order, whatever the database collation.
	sort.Slice(all, func(i, j int) bool { return all[i].k < all[j].k })
	for _, e := range all {
		if !strings.HasPrefix(e.k, prefix) {
			continue
		}
		if err := fn(e.k, e.v); err != nil {
			return err
		}
	}
	return nil
}

// SaveState implements store.StateStore.
func (db *DB) SaveState(ctx context.Context, puts map[string][]byte, dels []string) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := db.saveState(ctx, tx, puts, dels); err != nil {
		return err
	}
	return tx.Commit()
}

// SaveStateIf implements store.StateStore. The write transaction holds
// SQLite's write lock from its start (the write pool begins IMMEDIATE
// transactions); PostgreSQL takes an advisory transaction lock on the
// guard key first, so that two processes check and write in turn.
func (db *DB) SaveStateIf(ctx context.Context, guard string, expect []byte, puts map[string][]byte, dels []string) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if db.d.LockKeys != nil {
		if err := db.d.LockKeys(ctx, tx, "analysis_state:"+guard, nil); err != nil {
			return err
		}
	}
	var cur []byte
	err = tx.QueryRowContext(ctx, db.q(`SELECT value FROM analysis_state WHERE key = ?`), guard).Scan(&cur)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if expect != nil {
			return store.ErrStateChanged
		}
	case err != nil:
		return err
	case expect == nil || !bytes.Equal(cur, expect):
		return store.ErrStateChanged
	}
	if err := db.saveState(ctx, tx, puts, dels); err != nil {
		return err
	}
	return tx.Commit()
}

func (db *DB) saveState(ctx context.Context, tx *sql.Tx, puts map[string][]byte, dels []string) error {
	for len(dels) > 0 {
		n := min(len(dels), stateChunk)
		args := make([]any, n)
		for i, k := range dels[:n] {
			args[i] = k
		}
		if _, err := tx.ExecContext(ctx, db.q(`DELETE FROM analysis_state WHERE key IN (`+placeholders(n)+`)`), args...); err != nil {
			return err
		}
		dels = dels[n:]
	}
	keys := make([]string, 0, len(puts))
	for k := range puts {
		keys = append(keys, k)
	}
	sort.Strings(keys) // a stable lock order for concurrent writers
	const rowsPerInsert = 200
	for len(keys) > 0 {
		n := min(len(keys), rowsPerInsert)
		args := make([]any, 0, 2*n)
		for _, k := range keys[:n] {
			args = append(args, k, puts[k])
		}
		q := `INSERT INTO analysis_state (key, value) VALUES ` + strings.TrimSuffix(strings.Repeat("(?, ?), ", n), ", ") +
			` ON CONFLICT (key) DO UPDATE SET value = excluded.value`
		if _, err := tx.ExecContext(ctx, db.q(q), args...); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}
