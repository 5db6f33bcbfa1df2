// Package store is the ledger behind one interface: documents, the
// attributions extracted from them, their figures, and the ingest job
// queue, in SQLite (the default, no setup) or PostgreSQL.
//
// # Opening
//
// Open picks the driver from the DSN (see ParseDSN): "" uses $SUMBER_DB
// or ./sumber.db; "postgres://…" and "postgresql://…" use PostgreSQL;
// "sqlite:PATH" or a plain path use SQLite. Drivers register themselves,
// as database/sql drivers do, so a program links the ones it wants:
//
//	import (
//		"sumber/store"
//		_ "sumber/store/postgres"
//		_ "sumber/store/sqlite"
//	)
//
//	s, err := store.Open(dsn)
//
// Opening migrates the database with goose; the migrations are plain SQL
// files per dialect, embedded in the driver packages
// (store/sqlite/migrations, store/postgres/migrations).
//
// # Layout
//
//	store                 the Store interface, filters, records, Open,
//	                      ContentHash and Words (the text normalisations
//	                      every dialect shares)
//	store/neardup         word shingles, MinHash, LSH keys
//	store/internal/sqlstore  the SQL, written once for both dialects
//	store/sqlite          modernc.org/sqlite: WAL, FTS5, one writer
//	store/postgres        pgx: tsvector, FOR UPDATE SKIP LOCKED
//	store/storetest       the conformance suite and benchmarks
//
// # Schema
//
// documents: one row per report; hash (ContentHash of the text) is
// unique, so saving the same content twice is a no-op. published and
// fetched_at keep the time losslessly as RFC 3339 text (offset,
// nanoseconds); published_at is the same instant as a sortable UTC value
// for filters. duplicate_of points to the original of a near-duplicate.
//
// attributions: one row per claim, ord its position in the document.
// Spans are integer columns (source_start, source_end, source_text, cue_…,
// content_…), code-point offsets as in package sumber. Via, the claim
// date and resolved_from are small JSON texts. actor_key is Fold of the
// actor (or of the source text when no actor was resolved), for
// filtering; an actors table can replace it later. claim_date is the
// effective claim day ("2006-01-02"): the resolved date, else the
// publication day in the outlet's own zone. Indexed (actor_key, id),
// (stance, id), (claim_date, id) for keyset pages.
//
// figures: one row per figure with document_id, attribution_id, ord,
// span, value/low/high/bound/unit/measure/subject/inherited/rule and the
// claim day, indexed by (measure, claim_date), (measure, attribution_id)
// and (attribution_id, ord).
// They are the single copy of figures: attributions are loaded with
// their figures from here.
//
// document_keys: the near-duplicate LSH keys, (key, document_id).
//
// Full text: attributions_fts (FTS5, contentless) in SQLite,
// attribution_search (tsvector, GIN, 'simple' configuration) in
// PostgreSQL. Both index Words of content, source, cue and actor: lower
// case, diacritics removed, split at non-letters, so "Triều Tiên",
// "trieu tien" and "TRIỀU TIÊN" all match and both dialects answer the
// same. A query matches when every word occurs; no query syntax leaks
// through.
//
// jobs: the ingest queue (url, state queued/running/done/failed,
// worker, attempts, error, lease_until). A partial unique index keeps a
// URL from being queued twice while pending.
//
// analysis_state: derived state of cross-document analysis (package
// analyze), opaque values under text keys, behind the optional
// StateStore interface. It is rebuilt from the ledger when lost, and
// Export/Import leave it out.
//
// # Writing
//
// SaveDocument writes a document, its attributions, figures, search rows
// and near-duplicate keys in one transaction: a process killed half-way
// (tested with SIGKILL) leaves nothing of the document, and saving again
// completes the work. Multi-row INSERTs keep round trips few. In SQLite
// all writes of a Store go through one connection whose transactions
// begin IMMEDIATE, so writers in one process queue in Go instead of
// failing with SQLITE_BUSY; other processes wait up to the busy timeout;
// reads use a separate read-only pool that WAL lets run beside the
// writer.
//
// # Near-duplicates
//
// Syndicated copies and the same wire story on two sites differ in
// headers, footers and small edits. SaveDocument computes the 3-word
// shingles of the text, their MinHash (75 values) and 25 LSH band keys;
// documents sharing a key are candidates (an index lookup, no scan), the
// best 20 are compared exactly, and the new document is linked to the
// most similar one that contains at least 70% of the shorter text's
// shingles with Jaccard similarity at least 0.4 — or rather to that
// one's original, so copies always point at the first. See package
// neardup for why not SimHash.
//
// # Reading
//
// Attributions, Documents and Figures page by keyset on the id: pass the
// returned next Cursor as After; 0 means no more. A walk never repeats
// or skips a row that existed when it started, whatever is added
// meanwhile. Ids are stable int64s that Export and Import keep.
//
// # Export and import
//
// Export writes JSON Lines, one document per line in id order, with its
// attributions and their ids; Import restores it with the same ids
// (sequences move past them), so export → import → export gives the same
// bytes. ExportCSV writes one attribution per row for spreadsheets.
//
// # Queue
//
// Enqueue adds a URL; ClaimJob hands the oldest queued job (or one whose
// worker's lease expired) to one worker: in PostgreSQL with SELECT … FOR
// UPDATE SKIP LOCKED inside the claiming UPDATE, so workers on several
// machines share one database without waiting on or double-claiming each
// other; in SQLite the same UPDATE … RETURNING is atomic because writers
// are serialised. FinishJob records done or failed.
//
// # For later work
//
// Cross-document analysis (issue 4) can read figures by measure and
// claim day from the figures table and attributions by actor_key.
// Beware that PostgreSQL ids come from sequences and are not handed out
// in commit order: an incremental reader that keeps "the highest id
// seen" must re-read a window behind it (or a commit-ordered log must be
// added). The web API (issue 5) can expose Cursor as an opaque token.
//
// # Benchmarks
//
//	go test -run '^$' -bench SaveDocument ./store/sqlite ./store/postgres
//
// (PostgreSQL needs SUMBER_TEST_POSTGRES) reports docs/s and
// attributions/s for one and two writing goroutines, documents of
// storetest.BenchAttributions attributions with one figure each.
package store
