-- Derived state of cross-document analysis (package analyze): small
-- values under string keys (per-measure aggregates, the analysis
-- watermark). It can always be rebuilt from the ledger, so Export and
-- Import leave it out.

-- +goose Up
CREATE TABLE analysis_state (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

-- +goose Down
DROP TABLE analysis_state;
