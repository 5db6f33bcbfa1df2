package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"sumber/store"
)

var _ store.FeedStore = (*DB)(nil)

// AddFeed implements store.FeedStore.
func (db *DB) AddFeed(ctx context.Context, url string, every time.Duration) (store.Feed, error) {
	if every < time.Minute {
		return store.Feed{}, fmt.Errorf("store: feed interval %v: want at least a minute", every)
	}
	secs := int64(every / time.Second)
	_, err := db.write.ExecContext(ctx, db.q(`INSERT INTO feeds (url, every_seconds, added_at) VALUES (?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds`), url, secs, db.now().Unix())
	if err != nil {
		return store.Feed{}, fmt.Errorf("store: add feed: %w", err)
	}
	fs, err := db.feeds(ctx, db.write, `WHERE url = ?`, url)
	if err != nil {
		return store.Feed{}, err
	}
	if len(fs) != 1 {
		return store.Feed{}, errors.New("store: add feed: the subscription vanished")
	}
	return fs[0], nil
}

// Feeds implements store.FeedStore.
func (db *DB) Feeds(ctx context.Context) ([]store.Feed, error) {
	return db.feeds(ctx, db.read, ``)
}

func (db *DB) feeds(ctx context.Context, q querier, where string, args ...any) ([]store.Feed, error) {
	rows, err := q.QueryContext(ctx, db.q(`SELECT id, url, title, every_seconds, added_at, polled_at, items, error FROM feeds `+where+` ORDER BY id`), args...)
	if err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	defer rows.Close()
	var out []store.Feed
	for rows.Next() {
		var f store.Feed
		var every, added int64
		var polled sql.NullInt64
		if err := rows.Scan(&f.ID, &f.URL, &f.Title, &every, &added, &polled, &f.Items, &f.Error); err != nil {
			return nil, fmt.Errorf("store: feeds: %w", err)
		}
		f.Every = time.Duration(every) * time.Second
		f.Added = time.Unix(added, 0).UTC()
		if polled.Valid {
			f.Polled = time.Unix(polled.Int64, 0).UTC()
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// RemoveFeed implements store.FeedStore.
func (db *DB) RemoveFeed(ctx context.Context, id int64) error {
	res, err := db.write.ExecContext(ctx, db.q(`DELETE FROM feeds WHERE id = ?`), id)
	if err != nil {
		return fmt.Errorf("store: remove feed: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return store.ErrNotFound
	}
	return nil
}

// FeedPolled implements store.FeedStore.
func (db *DB) FeedPolled(ctx context.Context, id int64, at time.Time, title string, added int, pollErr error) error {
	msg := ""
	if pollErr != nil {
		msg = pollErr.Error()
	}
	res, err := db.write.ExecContext(ctx, db.q(`UPDATE feeds SET polled_at = ?, items = items + ?, error = ?,
		title = CASE WHEN ? = '' THEN title ELSE ? END WHERE id = ?`), at.Unix(), added, msg, title, title, id)
	if err != nil {
		return fmt.Errorf("store: feed polled: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return store.ErrNotFound
	}
	return nil
}
