package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"sumber/store"
)

var _ store.SessionStore = (*DB)(nil)

// SaveSession implements store.SessionStore.
func (db *DB) SaveSession(ctx context.Context, key string, s store.Session) error {
	_, err := db.write.ExecContext(ctx, db.q(`INSERT INTO sessions (id_digest, token_digest, expires_at) VALUES (?, ?, ?)
		ON CONFLICT (id_digest) DO UPDATE SET token_digest = excluded.token_digest, expires_at = excluded.expires_at`),
		key, s.TokenDigest, s.Expires.Unix())
	if err != nil {
		return fmt.Errorf("store: save session: %w", err)
	}
	return nil
}

// Session implements store.SessionStore.
func (db *DB) Session(ctx context.Context, key string) (store.Session, error) {
	var s store.Session
	var exp int64
	err := db.read.QueryRowContext(ctx, db.q(`SELECT token_digest, expires_at FROM sessions WHERE id_digest = ? AND expires_at > ?`),
		key, db.now().Unix()).Scan(&s.TokenDigest, &exp)
	if errors.Is(err, sql.ErrNoRows) {
		return store.Session{}, store.ErrNotFound
	}
	if err != nil {
		return store.Session{}, fmt.Errorf("store: session: %w", err)
	}
	s.Expires = time.Unix(exp, 0).UTC()
	return s, nil
}

// DeleteSession implements store.SessionStore.
func (db *DB) DeleteSession(ctx context.Context, key string) error {
	if _, err := db.write.ExecContext(ctx, db.q(`DELETE FROM sessions WHERE id_digest = ?`), key); err != nil {
		return fmt.Errorf("store: delete session: %w", err)
	}
	return nil
}

// PruneSessions implements store.SessionStore.
func (db *DB) PruneSessions(ctx context.Context, now time.Time) (int64, error) {
	res, err := db.write.ExecContext(ctx, db.q(`DELETE FROM sessions WHERE expires_at <= ?`), now.Unix())
	if err != nil {
		return 0, fmt.Errorf("store: prune sessions: %w", err)
	}
	return res.RowsAffected()
}
