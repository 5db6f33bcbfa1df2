package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"sumber"
	"sumber/store"
)

func limit(n int) int {
	switch {
	case n <= 0:
		return store.DefaultLimit
	case n > store.MaxLimit:
		return store.MaxLimit
	}
	return n
}

// where collects conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

const docCols = `d.id, d.url, d.canonical_url, d.outlet, d.title, d.author, d.published, d.lang, d.text, d.hash,
	d.derived_from, d.wire, d.duplicate_of, d.fetched_at`

func scanDocument(rs interface{ Scan(...any) error }) (*sumber.Document, error) {
	var d sumber.Document
	var published, fetched string
	var derived sql.NullString
	var dupOf sql.NullInt64
	if err := rs.Scan(&d.ID, &d.URL, &d.CanonicalURL, &d.Outlet, &d.Title, &d.Author, &published, &d.Lang,
		&d.Text, &d.Hash, &derived, &d.Wire, &dupOf, &fetched); err != nil {
		return nil, err
	}
	var err error
	if d.Published, err = parseTimeText(published); err != nil {
		return nil, fmt.Errorf("store: document %d: published: %w", d.ID, err)
	}
	if d.FetchedAt, err = parseTimeText(fetched); err != nil {
		return nil, fmt.Errorf("store: document %d: fetched_at: %w", d.ID, err)
	}
	if derived.Valid && derived.String != "" {
		if err := json.Unmarshal([]byte(derived.String), &d.DerivedFrom); err != nil {
			return nil, fmt.Errorf("store: document %d: derived_from: %w", d.ID, err)
		}
	}
	d.DuplicateOf = dupOf.Int64
	return &d, nil
}

// Document implements store.Store.
func (db *DB) Document(ctx context.Context, id int64) (*sumber.Document, error) {
	row := db.read.QueryRowContext(ctx, db.q(`SELECT `+docCols+` FROM documents d WHERE d.id = ?`), id)
	d, err := scanDocument(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if err := db.attachAttributions(ctx, db.read, []*sumber.Document{d}); err != nil {
		return nil, err
	}
	return d, nil
}

// Documents implements store.Store.
func (db *DB) Documents(ctx context.Context, f store.DocFilter) ([]*sumber.Document, store.Cursor, error) {
	var w where
	if f.Lang != "" {
		w.add("d.lang = ?", f.Lang)
	}
	if f.Outlet != "" {
		w.add("d.outlet = ?", f.Outlet)
	}
	if f.URL != "" {
		w.add("(d.url = ? OR d.canonical_url = ?)", f.URL, f.URL)
	}
	if f.Hash != "" {
		w.add("d.hash = ?", f.Hash)
	}
	if !f.Since.IsZero() {
		w.add("d.published_at >= ?", db.d.Time(f.Since))
	}
	if !f.Until.IsZero() {
		w.add("d.published_at < ?", db.d.Time(f.Until))
	}
	switch {
	case f.Duplicates > 0:
		w.add("d.duplicate_of IS NOT NULL")
	case f.Duplicates < 0:
		w.add("d.duplicate_of IS NULL")
	}
	order := "ASC"
	if f.Desc {
		order = "DESC"
		if f.After != 0 {
			w.add("d.id < ?", int64(f.After))
		}
	} else if f.After != 0 {
		w.add("d.id > ?", int64(f.After))
	}
	n := limit(f.Limit)
	rs, err := db.read.QueryContext(ctx, db.q(`SELECT `+docCols+` FROM documents d`+w.String()+
		` ORDER BY d.id `+order+fmt.Sprintf(" LIMIT %d", n+1)), w.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: documents: %w", err)
	}
	defer rs.Close()
	var docs []*sumber.Document
	for rs.Next() {
		d, err := scanDocument(rs)
		if err != nil {
			return nil, 0, err
		}
		docs = append(docs, d)
	}
	if err := rs.Err(); err != nil {
		return nil, 0, err
	}
	rs.Close()
	var next store.Cursor
	if len(docs) > n {
		docs = docs[:n]
		next = store.Cursor(docs[n-1].ID)
	}
	if f.WithAttributions && len(docs) > 0 {
		if err := db.attachAttributions(ctx, db.read, docs); err != nil {
			return nil, 0, err
		}
	}
	return docs, next, nil
}

// recCols are the columns scanRecord reads.
const recCols = `a.id, a.document_id, d.url, d.outlet, d.published, d.lang, d.duplicate_of, a.claim_date,
	a.source_start, a.source_end, a.source_text, a.actor, a.resolved_from,
	a.cue_start, a.cue_end, a.cue_text, a.lemma,
	a.content_start, a.content_end, a.content_text,
	a.stance, a.negated, a.timing, a.via, a.date, a.rule, a.entry, a.sentence`

func scanRecord(rs *sql.Rows) (store.Record, error) {
	var r store.Record
	a := &r.Attribution
	var published string
	var dupOf sql.NullInt64
	var claimDay, resolved, via, date sql.NullString
	var stance, timing string
	if err := rs.Scan(&r.ID, &r.DocumentID, &r.URL, &r.Outlet, &published, &r.Lang, &dupOf, &claimDay,
		&a.Source.Start, &a.Source.End, &a.Source.Text, &a.Actor, &resolved,
		&a.Cue.Start, &a.Cue.End, &a.Cue.Text, &a.Lemma,
		&a.Content.Start, &a.Content.End, &a.Content.Text,
		&stance, &a.Negated, &timing, &via, &date, &a.Rule, &a.Entry, &a.Sentence); err != nil {
		return r, err
	}
	a.Stance, a.Timing = sumber.Stance(stance), sumber.Timing(timing)
	r.DuplicateOf, r.ClaimDate = dupOf.Int64, claimDay.String
	var err error
	if r.Published, err = parseTimeText(published); err != nil {
		return r, err
	}
	if resolved.Valid {
		if err := json.Unmarshal([]byte(resolved.String), &a.ResolvedFrom); err != nil {
			return r, fmt.Errorf("store: attribution %d: resolved_from: %w", r.ID, err)
		}
	}
	if via.Valid {
		if err := json.Unmarshal([]byte(via.String), &a.Via); err != nil {
			return r, fmt.Errorf("store: attribution %d: via: %w", r.ID, err)
		}
	}
	if date.Valid {
		if err := json.Unmarshal([]byte(date.String), &a.Date); err != nil {
			return r, fmt.Errorf("store: attribution %d: date: %w", r.ID, err)
		}
	}
	return r, nil
}

// records runs a query over recCols and attaches the figures.
func (db *DB) records(ctx context.Context, q querier, query string, args ...any) ([]store.Record, error) {
	rs, err := q.QueryContext(ctx, db.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("store: attributions: %w", err)
	}
	defer rs.Close()
	var recs []store.Record
	for rs.Next() {
		r, err := scanRecord(rs)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r)
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	rs.Close()
	if err := db.attachFigures(ctx, q, recs); err != nil {
		return nil, err
	}
	return recs, nil
}

// attachFigures loads the figures of recs.
func (db *DB) attachFigures(ctx context.Context, q querier, recs []store.Record) error {
	if len(recs) == 0 {
		return nil
	}
	byID := make(map[int64]int, len(recs))
	lo, hi := recs[0].ID, recs[0].ID
	for i, r := range recs {
		byID[r.ID] = i
		lo, hi = min(lo, r.ID), max(hi, r.ID)
	}
	var rs *sql.Rows
	var err error
	const cols = `SELECT attribution_id, span_start, span_end, span_text, value, low, high, bound, unit, measure, subject, inherited, rule FROM figures `
	if hi-lo < int64(4*len(recs)) {
		// Dense ids: a range scan beats a long IN list.
		rs, err = q.QueryContext(ctx, db.q(cols+`WHERE attribution_id BETWEEN ? AND ? ORDER BY attribution_id, ord`), lo, hi)
	} else {
		args := make([]any, len(recs))
		for i, r := range recs {
			args[i] = r.ID
		}
		rs, err = q.QueryContext(ctx, db.q(cols+`WHERE attribution_id IN (`+placeholders(len(args))+`) ORDER BY attribution_id, ord`), args...)
	}
	if err != nil {
		return fmt.Errorf("store: figures: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var aid int64
		var f sumber.Figure
		var bound string
		if err := rs.Scan(&aid, &f.Span.Start, &f.Span.End, &f.Span.Text, &f.Value, &f.Low, &f.High, &bound,
			&f.Unit, &f.Measure, &f.Subject, &f.Inherited, &f.Rule); err != nil {
			return err
		}
		f.Bound = sumber.Bound(bound)
		if i, ok := byID[aid]; ok {
			recs[i].Figures = append(recs[i].Figures, f)
		}
	}
	return rs.Err()
}

// attachAttributions loads the attributions of docs (ordered by id).
func (db *DB) attachAttributions(ctx context.Context, q querier, docs []*sumber.Document) error {
	if len(docs) == 0 {
		return nil
	}
	byID := make(map[int64]*sumber.Document, len(docs))
	lo, hi := docs[0].ID, docs[0].ID
	args := make([]any, len(docs))
	for i, d := range docs {
		byID[d.ID] = d
		d.Attributions = nil
		lo, hi = min(lo, d.ID), max(hi, d.ID)
		args[i] = d.ID
	}
	query := `SELECT ` + recCols + ` FROM attributions a JOIN documents d ON d.id = a.document_id `
	if hi-lo < int64(2*len(docs)) {
		query += `WHERE a.document_id BETWEEN ? AND ?`
		args = []any{lo, hi}
	} else {
		query += `WHERE a.document_id IN (` + placeholders(len(args)) + `)`
	}
	recs, err := db.records(ctx, q, query+` ORDER BY a.document_id, a.ord`, args...)
	if err != nil {
		return err
	}
	for _, r := range recs {
		if d, ok := byID[r.DocumentID]; ok {
			d.Attributions = append(d.Attributions, r.Attribution)
		}
	}
	return nil
}

// attributionFilter turns f into conditions on attributions a joined
// with documents d.
func (db *DB) attributionFilter(f store.Filter) *where {
	var w where
	if f.Actor != "" {
		w.add("a.actor_key = ?", store.Fold(f.Actor))
	}
	if f.Stance != "" {
		w.add("a.stance = ?", string(f.Stance))
	}
	if f.Lang != "" {
		w.add("d.lang = ?", f.Lang)
	}
	if !f.Since.IsZero() {
		w.add("a.claim_date >= ?", f.Since.Format("2006-01-02"))
	}
	if !f.Until.IsZero() {
		w.add("a.claim_date <= ?", f.Until.Format("2006-01-02"))
	}
	if f.Query != "" {
		words := store.Words(f.Query)
		if len(words) == 0 {
			w.add("1 = 0")
		} else {
			w.add(db.d.SearchMatch, db.d.SearchQuery(words))
		}
	}
	if f.Measure != "" {
		w.add("a.id IN (SELECT attribution_id FROM figures WHERE measure = ?)", f.Measure)
	}
	if f.DocumentID != 0 {
		w.add("a.document_id = ?", f.DocumentID)
	}
	return &w
}

// Attributions implements store.Store.
func (db *DB) Attributions(ctx context.Context, f store.Filter) ([]store.Record, store.Cursor, error) {
	w := db.attributionFilter(f)
	order := "ASC"
	if f.Desc {
		order = "DESC"
		if f.After != 0 {
			w.add("a.id < ?", int64(f.After))
		}
	} else if f.After != 0 {
		w.add("a.id > ?", int64(f.After))
	}
	n := limit(f.Limit)
	recs, err := db.records(ctx, db.read, `SELECT `+recCols+` FROM attributions a JOIN documents d ON d.id = a.document_id`+
		w.String()+` ORDER BY a.id `+order+fmt.Sprintf(" LIMIT %d", n+1), w.args...)
	if err != nil {
		return nil, 0, err
	}
	var next store.Cursor
	if len(recs) > n {
		recs = recs[:n]
		next = store.Cursor(recs[n-1].ID)
	}
	return recs, next, nil
}

// Figures implements store.Store.
func (db *DB) Figures(ctx context.Context, f store.FigureFilter) ([]store.FigureRecord, store.Cursor, error) {
	var w where
	if f.Measure != "" {
		w.add("f.measure = ?", f.Measure)
	}
	if f.Unit != "" {
		w.add("f.unit = ?", f.Unit)
	}
	if f.Subject != "" {
		w.add("f.subject = ?", f.Subject)
	}
	if !f.Since.IsZero() {
		w.add("f.claim_date >= ?", f.Since.Format("2006-01-02"))
	}
	if !f.Until.IsZero() {
		w.add("f.claim_date <= ?", f.Until.Format("2006-01-02"))
	}
	if f.DocumentID != 0 {
		w.add("f.document_id = ?", f.DocumentID)
	}
	if f.After != 0 {
		w.add("f.id > ?", int64(f.After))
	}
	n := limit(f.Limit)
	rs, err := db.read.QueryContext(ctx, db.q(`SELECT f.id, f.document_id, f.attribution_id, a.actor, f.claim_date,
		f.span_start, f.span_end, f.span_text, f.value, f.low, f.high, f.bound, f.unit, f.measure, f.subject, f.inherited, f.rule
		FROM figures f JOIN attributions a ON a.id = f.attribution_id`+w.String()+
		fmt.Sprintf(" ORDER BY f.id LIMIT %d", n+1)), w.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: figures: %w", err)
	}
	defer rs.Close()
	var figs []store.FigureRecord
	for rs.Next() {
		var r store.FigureRecord
		var day sql.NullString
		var bound string
		if err := rs.Scan(&r.ID, &r.DocumentID, &r.AttributionID, &r.Actor, &day,
			&r.Span.Start, &r.Span.End, &r.Span.Text, &r.Value, &r.Low, &r.High, &bound,
			&r.Unit, &r.Measure, &r.Subject, &r.Inherited, &r.Rule); err != nil {
			return nil, 0, err
		}
		r.ClaimDate, r.Bound = day.String, sumber.Bound(bound)
		figs = append(figs, r)
	}
	if err := rs.Err(); err != nil {
		return nil, 0, err
	}
	var next store.Cursor
	if len(figs) > n {
		figs = figs[:n]
		next = store.Cursor(figs[n-1].ID)
	}
	return figs, next, nil
}

// Stats implements store.Store.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.read.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM documents),
		(SELECT COUNT(*) FROM attributions),
		(SELECT COUNT(*) FROM figures),
		(SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL),
		(SELECT COUNT(*) FROM jobs WHERE state = 'queued'),
		(SELECT COUNT(*) FROM jobs WHERE state = 'running'),
		(SELECT COUNT(*) FROM jobs WHERE state = 'done'),
		(SELECT COUNT(*) FROM jobs WHERE state = 'failed')`).Scan(
		&s.Documents, &s.Attributions, &s.Figures, &s.Duplicates,
		&s.JobsQueued, &s.JobsRunning, &s.JobsDone, &s.JobsFailed)
	if err != nil {
		return s, fmt.Errorf("store: stats: %w", err)
	}
	return s, nil
}
