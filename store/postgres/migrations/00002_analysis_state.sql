-- Derived state of cross-document analysis (package analyze): small
-- values under string keys (per-measure aggregates, the analysis
-- watermark). It can always be rebuilt from the ledger, so Export and
-- Import leave it out.

-- +goose Up
CREATE TABLE analysis_state (
    key   text PRIMARY KEY,
    value bytea NOT NULL
);

-- +goose Down
DROP TABLE analysis_state;
