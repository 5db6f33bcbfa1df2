package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"sumber"
	"sumber/store"
	"sumber/store/neardup"
)

// DB is a store.Store over one SQL database. Writes go through write
// (a single connection for SQLite, so writers queue in Go instead of
// failing with SQLITE_BUSY), reads through read.
type DB struct {
	d     Dialect
	write *sql.DB
	read  *sql.DB
	// closers run on Close, after the pools are closed.
	closers []func() error
	// now is the clock, replaceable in tests.
	now func() time.Time
}

var _ store.Store = (*DB)(nil)

// New makes a store over migrated databases. write and read may be the
// same pool.
func New(d Dialect, write, read *sql.DB, closers ...func() error) *DB {
	return &DB{d: d, write: write, read: read, closers: closers, now: time.Now}
}

// SetClock replaces the clock used for job times and leases (tests).
func (db *DB) SetClock(now func() time.Time) { db.now = now }

// WriteDB returns the pool writes go through (for tests and benchmarks).
func (db *DB) WriteDB() *sql.DB { return db.write }

// Close closes both pools.
func (db *DB) Close() error {
	err := db.write.Close()
	if db.read != db.write {
		err = errors.Join(err, db.read.Close())
	}
	for _, c := range db.closers {
		err = errors.Join(err, c())
	}
	return err
}

func (db *DB) q(s string) string { return db.d.rebind(s) }

// prepared is a document with everything computed before the
// transaction starts.
type prepared struct {
	doc     *sumber.Document
	shingle map[uint64]struct{}
	keys    []int64
	// attIDs are the ids to give the attributions (import), or nil.
	attIDs []int64
	// explicit keeps doc.ID and doc.DuplicateOf as given (import).
	explicit bool
}

func prepare(doc *sumber.Document) *prepared {
	if doc.Hash == "" {
		doc.Hash = store.ContentHash(doc.Text)
	}
	p := &prepared{doc: doc}
	p.shingle = neardup.Shingles(store.Words(doc.Text))
	if len(p.shingle) >= neardup.MinShingles {
		p.keys = neardup.Keys(neardup.MinHash(p.shingle))
	}
	return p
}

// SaveDocument implements store.Store.
func (db *DB) SaveDocument(ctx context.Context, doc *sumber.Document) (int64, bool, error) {
	if doc == nil {
		return 0, false, errors.New("store: nil document")
	}
	p := prepare(doc)
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, fmt.Errorf("store: begin: %w", err)
	}
	defer tx.Rollback()
	id, created, err := db.saveTx(ctx, tx, p)
	if err != nil {
		return 0, false, err
	}
	if err := tx.Commit(); err != nil {
		return 0, false, fmt.Errorf("store: commit: %w", err)
	}
	doc.ID = id
	return id, created, nil
}

// ReplaceAttributions implements store.Store.
func (db *DB) ReplaceAttributions(ctx context.Context, id int64, atts []sumber.Attribution) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	defer tx.Rollback()
	// the publication date dates the claims that have none (ClaimDay)
	var pub string
	err = tx.QueryRowContext(ctx, db.q(`SELECT published FROM documents WHERE id = ?`), id).Scan(&pub)
	if errors.Is(err, sql.ErrNoRows) {
		return store.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("store: look up document %d: %w", id, err)
	}
	doc := &sumber.Document{Attributions: atts}
	if doc.Published, err = parseTimeText(pub); err != nil {
		return fmt.Errorf("store: document %d: published: %w", id, err)
	}
	for _, q := range []string{db.d.SearchDelete, `DELETE FROM figures WHERE document_id = ?`, `DELETE FROM attributions WHERE document_id = ?`} {
		if _, err := tx.ExecContext(ctx, db.q(q), id); err != nil {
			return fmt.Errorf("store: delete the attributions of document %d: %w", id, err)
		}
	}
	if err := db.insertAttributions(ctx, tx, id, &prepared{doc: doc}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// saveTx writes one prepared document in tx. It returns the id of the
// document with the same hash and created == false when there is one.
func (db *DB) saveTx(ctx context.Context, tx *sql.Tx, p *prepared) (int64, bool, error) {
	doc := p.doc
	if db.d.LockKeys != nil {
		if err := db.d.LockKeys(ctx, tx, doc.Hash, p.keys); err != nil {
			return 0, false, fmt.Errorf("store: lock keys: %w", err)
		}
	}
	var id int64
	err := tx.QueryRowContext(ctx, db.q(`SELECT id FROM documents WHERE hash = ?`), doc.Hash).Scan(&id)
	if err == nil {
		return id, false, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, false, fmt.Errorf("store: look up hash: %w", err)
	}
	if !p.explicit {
		doc.DuplicateOf = 0
		if p.keys != nil {
			dup, err := db.findDuplicate(ctx, tx, p)
			if err != nil {
				return 0, false, err
			}
			doc.DuplicateOf = dup
		}
	}

	cols := []string{"url", "canonical_url", "outlet", "title", "author", "published", "published_at",
		"lang", "text", "hash", "derived_from", "wire", "duplicate_of", "fetched_at"}
	args := []any{doc.URL, doc.CanonicalURL, doc.Outlet, doc.Title, doc.Author,
		timeText(doc.Published), db.timeArg(doc.Published), doc.Lang, doc.Text, doc.Hash,
		jsonOrNil(doc.DerivedFrom, len(doc.DerivedFrom) == 0), doc.Wire, nullID(doc.DuplicateOf), timeText(doc.FetchedAt)}
	if p.explicit {
		cols = append(cols, "id")
		args = append(args, doc.ID)
	}
	q := `INSERT INTO documents (` + strings.Join(cols, ", ") + `) VALUES (` + placeholders(len(cols)) +
		`) ON CONFLICT (hash) DO NOTHING RETURNING id`
	err = tx.QueryRowContext(ctx, db.q(q), args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		// Another writer stored the same content meanwhile.
		err = tx.QueryRowContext(ctx, db.q(`SELECT id FROM documents WHERE hash = ?`), doc.Hash).Scan(&id)
		if err != nil {
			return 0, false, fmt.Errorf("store: look up hash: %w", err)
		}
		return id, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: insert document: %w", err)
	}

	if len(p.keys) > 0 {
		vals := make([]string, len(p.keys))
		kargs := make([]any, 0, 2*len(p.keys))
		for i, k := range p.keys {
			vals[i] = "(?, ?)"
			kargs = append(kargs, k, id)
		}
		if _, err := tx.ExecContext(ctx, db.q(`INSERT INTO document_keys (key, document_id) VALUES `+
			strings.Join(vals, ", ")+` ON CONFLICT DO NOTHING`), kargs...); err != nil {
			return 0, false, fmt.Errorf("store: insert keys: %w", err)
		}
	}
	if err := db.insertAttributions(ctx, tx, id, p); err != nil {
		return 0, false, err
	}
	return id, true, nil
}

// attCols are the columns of an attribution row, in insert order.
var attCols = []string{"document_id", "ord",
	"source_start", "source_end", "source_text", "actor", "actor_key", "resolved_from",
	"cue_start", "cue_end", "cue_text", "lemma",
	"content_start", "content_end", "content_text",
	"stance", "negated", "timing", "via", "date", "claim_date", "rule", "entry", "sentence"}

var figCols = []string{"document_id", "attribution_id", "ord", "span_start", "span_end", "span_text",
	"value", "low", "high", "bound", "unit", "measure", "subject", "inherited", "rule", "claim_date"}

// chunk is how many rows go in one multi-row INSERT (well under the
// bind-parameter limits of SQLite, 32766, and PostgreSQL, 65535).
const chunk = 400

func (db *DB) insertAttributions(ctx context.Context, tx *sql.Tx, docID int64, p *prepared) error {
	atts := p.doc.Attributions
	ids := make([]int64, len(atts))
	days := make([]string, len(atts))
	for start := 0; start < len(atts); start += chunk {
		end := min(start+chunk, len(atts))
		cols := attCols
		if p.attIDs != nil {
			cols = append(append([]string{}, attCols...), "id")
		}
		row := "(" + placeholders(len(cols)) + ")"
		rows := make([]string, 0, end-start)
		args := make([]any, 0, (end-start)*len(cols))
		for i := start; i < end; i++ {
			a := &atts[i]
			days[i] = ClaimDay(a, p.doc.Published)
			actorKey := store.Fold(a.Actor)
			if actorKey == "" {
				actorKey = store.Fold(a.Source.Text)
			}
			rows = append(rows, row)
			args = append(args, docID, i,
				a.Source.Start, a.Source.End, a.Source.Text, a.Actor, actorKey, jsonOrNil(a.ResolvedFrom, a.ResolvedFrom == nil),
				a.Cue.Start, a.Cue.End, a.Cue.Text, a.Lemma,
				a.Content.Start, a.Content.End, a.Content.Text,
				string(a.Stance), a.Negated, string(a.Timing), jsonOrNil(a.Via, len(a.Via) == 0), jsonOrNil(a.Date, a.Date == nil),
				nullString(days[i]), a.Rule, a.Entry, a.Sentence)
			if p.attIDs != nil {
				args = append(args, p.attIDs[i])
			}
		}
		q := `INSERT INTO attributions (` + strings.Join(cols, ", ") + `) VALUES ` + strings.Join(rows, ", ") + ` RETURNING id, ord`
		rs, err := tx.QueryContext(ctx, db.q(q), args...)
		if err != nil {
			return fmt.Errorf("store: insert attributions: %w", err)
		}
		for rs.Next() {
			var id int64
			var ord int
			if err := rs.Scan(&id, &ord); err != nil {
				rs.Close()
				return fmt.Errorf("store: insert attributions: %w", err)
			}
			ids[ord] = id
		}
		if err := rs.Close(); err != nil {
			return fmt.Errorf("store: insert attributions: %w", err)
		}
		if err := rs.Err(); err != nil {
			return fmt.Errorf("store: insert attributions: %w", err)
		}
	}

	// Full-text index.
	for start := 0; start < len(atts); start += chunk {
		end := min(start+chunk, len(atts))
		rows := make([]string, 0, end-start)
		args := make([]any, 0, 2*(end-start))
		for i := start; i < end; i++ {
			a := &atts[i]
			body := strings.Join(store.Words(a.Content.Text+" "+a.Source.Text+" "+a.Cue.Text+" "+a.Actor), " ")
			rows = append(rows, db.d.SearchRow)
			args = append(args, ids[i], body)
		}
		if _, err := tx.ExecContext(ctx, db.q(db.d.SearchInsert+strings.Join(rows, ", ")), args...); err != nil {
			return fmt.Errorf("store: index attributions: %w", err)
		}
	}

	// Figures.
	row := "(" + placeholders(len(figCols)) + ")"
	var rows []string
	var args []any
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		q := `INSERT INTO figures (` + strings.Join(figCols, ", ") + `) VALUES ` + strings.Join(rows, ", ")
		if _, err := tx.ExecContext(ctx, db.q(q), args...); err != nil {
			return fmt.Errorf("store: insert figures: %w", err)
		}
		rows, args = rows[:0], args[:0]
		return nil
	}
	for i := range atts {
		for j, f := range atts[i].Figures {
			rows = append(rows, row)
			args = append(args, docID, ids[i], j, f.Span.Start, f.Span.End, f.Span.Text,
				f.Value, f.Low, f.High, string(f.Bound), f.Unit, f.Measure, f.Subject, f.Inherited, f.Rule,
				nullString(days[i]))
			if len(rows) == chunk {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	return flush()
}

// maxCandidates bounds how many stored documents sharing LSH keys with a
// new one are compared with it exactly.
const maxCandidates = 20

// findDuplicate returns the id of the original of which p is a
// near-duplicate, or 0.
func (db *DB) findDuplicate(ctx context.Context, tx *sql.Tx, p *prepared) (int64, error) {
	args := make([]any, len(p.keys))
	for i, k := range p.keys {
		args[i] = k
	}
	rs, err := tx.QueryContext(ctx, db.q(`SELECT document_id, COUNT(*) AS n FROM document_keys WHERE key IN (`+
		placeholders(len(args))+`) GROUP BY document_id ORDER BY n DESC, document_id LIMIT `+fmt.Sprint(maxCandidates)), args...)
	if err != nil {
		return 0, fmt.Errorf("store: near-duplicate candidates: %w", err)
	}
	var cands []any
	for rs.Next() {
		var id, n int64
		if err := rs.Scan(&id, &n); err != nil {
			rs.Close()
			return 0, err
		}
		cands = append(cands, id)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return 0, err
	}
	if len(cands) == 0 {
		return 0, nil
	}
	rs, err = tx.QueryContext(ctx, db.q(`SELECT id, text, duplicate_of FROM documents WHERE id IN (`+
		placeholders(len(cands))+`) ORDER BY id`), cands...)
	if err != nil {
		return 0, fmt.Errorf("store: near-duplicate texts: %w", err)
	}
	defer rs.Close()
	var best int64
	bestJ := 0.0
	for rs.Next() {
		var id int64
		var text string
		var dupOf sql.NullInt64
		if err := rs.Scan(&id, &text, &dupOf); err != nil {
			return 0, err
		}
		other := neardup.Shingles(store.Words(text))
		if !neardup.Similar(p.shingle, other) {
			continue
		}
		j, _ := neardup.Similarity(p.shingle, other)
		if j > bestJ {
			bestJ = j
			best = id
			if dupOf.Valid {
				best = dupOf.Int64 // link to the original, not to another copy
			}
		}
	}
	return best, rs.Err()
}

// ClaimDay is the effective claim day of an attribution: its resolved
// date (the first day of the period), else the publication day in the
// document's own zone, else "".
func ClaimDay(a *sumber.Attribution, published time.Time) string {
	if a.Date != nil {
		v := a.Date.Value
		for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
			if len(v) >= len(layout) {
				if t, err := time.Parse(layout, v[:len(layout)]); err == nil {
					return t.Format("2006-01-02")
				}
			}
		}
	}
	if !published.IsZero() {
		return published.Format("2006-01-02")
	}
	return ""
}

func (db *DB) timeArg(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return db.d.Time(t)
}

// timeText keeps a time losslessly (offset and nanoseconds) as text; ""
// for the zero time.
func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func parseTimeText(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, err
	}
	if _, off := t.Zone(); off == 0 && strings.HasSuffix(s, "Z") {
		t = t.UTC()
	}
	return t, nil
}

func jsonOrNil(v any, empty bool) any {
	if empty {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return string(b)
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
