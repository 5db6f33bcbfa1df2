-- Browser sessions of `sumber serve`, kept across restarts. id_digest is
-- the SHA-256 digest (hex) of the session cookie, token_digest that of
-- the access token the session was opened with; expires_at is Unix
-- seconds.

-- +goose Up
CREATE TABLE sessions (
    id_digest    TEXT    NOT NULL PRIMARY KEY,
    token_digest TEXT    NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- +goose Down
DROP TABLE sessions;
