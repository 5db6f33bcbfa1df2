-- The ledger: documents, attributions, figures, near-duplicate keys,
-- full-text index and the ingest job queue. Times that must survive a
-- round trip are RFC 3339 text with their original offset; *_at columns
-- are UTC text of fixed width for ordering and filtering.

-- +goose Up
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    url           TEXT    NOT NULL DEFAULT '',
    canonical_url TEXT    NOT NULL DEFAULT '',
    outlet        TEXT    NOT NULL DEFAULT '',
    title         TEXT    NOT NULL DEFAULT '',
    author        TEXT    NOT NULL DEFAULT '',
    published     TEXT    NOT NULL DEFAULT '',
    published_at  TEXT,
    lang          TEXT    NOT NULL DEFAULT '',
    text          TEXT    NOT NULL,
    hash          TEXT    NOT NULL UNIQUE,
    derived_from  TEXT,
    wire          TEXT    NOT NULL DEFAULT '',
    duplicate_of  INTEGER REFERENCES documents (id) DEFERRABLE INITIALLY DEFERRED,
    fetched_at    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX documents_url ON documents (url);
CREATE INDEX documents_canonical_url ON documents (canonical_url) WHERE canonical_url <> '';
CREATE INDEX documents_published_at ON documents (published_at);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE attributions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    source_start  INTEGER NOT NULL,
    source_end    INTEGER NOT NULL,
    source_text   TEXT    NOT NULL,
    actor         TEXT    NOT NULL DEFAULT '',
    actor_key     TEXT    NOT NULL DEFAULT '',
    resolved_from TEXT,
    cue_start     INTEGER NOT NULL,
    cue_end       INTEGER NOT NULL,
    cue_text      TEXT    NOT NULL,
    lemma         TEXT    NOT NULL DEFAULT '',
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    content_text  TEXT    NOT NULL,
    stance        TEXT    NOT NULL DEFAULT '',
    negated       INTEGER NOT NULL DEFAULT 0,
    timing        TEXT    NOT NULL DEFAULT '',
    via           TEXT,
    date          TEXT,
    claim_date    TEXT,
    rule          TEXT    NOT NULL DEFAULT '',
    entry         TEXT    NOT NULL DEFAULT '',
    sentence      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, ord)
);
CREATE INDEX attributions_actor ON attributions (actor_key, id);
CREATE INDEX attributions_stance ON attributions (stance, id);
CREATE INDEX attributions_claim_date ON attributions (claim_date, id);

CREATE TABLE figures (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    attribution_id INTEGER NOT NULL REFERENCES attributions (id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    span_text      TEXT    NOT NULL,
    value          REAL    NOT NULL,
    low            REAL    NOT NULL,
    high           REAL    NOT NULL,
    bound          TEXT    NOT NULL DEFAULT '',
    unit           TEXT    NOT NULL DEFAULT '',
    measure        TEXT    NOT NULL DEFAULT '',
    subject        TEXT    NOT NULL DEFAULT '',
    inherited      INTEGER NOT NULL DEFAULT 0,
    rule           TEXT    NOT NULL DEFAULT '',
    claim_date     TEXT
);
CREATE INDEX figures_attribution ON figures (attribution_id, ord);
CREATE INDEX figures_measure ON figures (measure, claim_date);
CREATE INDEX figures_measure_attribution ON figures (measure, attribution_id);

CREATE TABLE document_keys (
    key         INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (key, document_id)
) WITHOUT ROWID;
CREATE INDEX document_keys_document ON document_keys (document_id);

-- Contentless: the text lives in attributions; rowid is the attribution id;
-- body is store.Words of content, source, cue and actor.
CREATE VIRTUAL TABLE attributions_fts USING fts5 (
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    url         TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'queued',
    worker      TEXT    NOT NULL DEFAULT '',
    attempts    INTEGER NOT NULL DEFAULT 0,
    error       TEXT    NOT NULL DEFAULT '',
    enqueued_at TEXT    NOT NULL,
    started_at  TEXT,
    finished_at TEXT,
    lease_until TEXT
);
CREATE UNIQUE INDEX jobs_pending_url ON jobs (url) WHERE state IN ('queued', 'running');
CREATE INDEX jobs_state ON jobs (state, id);

-- +goose Down
DROP TABLE jobs;
DROP TABLE attributions_fts;
DROP TABLE document_keys;
DROP TABLE figures;
DROP TABLE attributions;
DROP TABLE documents;
