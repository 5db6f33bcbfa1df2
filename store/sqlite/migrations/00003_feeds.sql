-- Feed subscriptions: feeds polled again and again, their new items
-- ingested each time. Times are Unix seconds; every_seconds is the
-- polling interval.

-- +goose Up
CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    url           TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL DEFAULT '',
    every_seconds INTEGER NOT NULL,
    added_at      INTEGER NOT NULL,
    polled_at     INTEGER,
    items         INTEGER NOT NULL DEFAULT 0,
    error         TEXT    NOT NULL DEFAULT ''
);

-- +goose Down
DROP TABLE feeds;
