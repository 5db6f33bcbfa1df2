package sqlstore

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"sumber"
	"sumber/store"
)

// exportPage is how many documents Export reads at a time.
const exportPage = 500

// eachPage calls fn with successive pages of documents (with
// attributions and their ids) in one read transaction, so that the
// whole export sees one state of the ledger.
func (db *DB) eachPage(ctx context.Context, fn func(docs []*sumber.Document, ids [][]int64) error) error {
	tx, err := db.read.BeginTx(ctx, db.d.Snapshot)
	if err != nil {
		return fmt.Errorf("store: export: %w", err)
	}
	defer tx.Rollback()
	var after int64
	for {
		rs, err := tx.QueryContext(ctx, db.q(`SELECT `+docCols+` FROM documents d WHERE d.id > ? ORDER BY d.id LIMIT ?`), after, exportPage)
		if err != nil {
			return fmt.Errorf("store: export: %w", err)
		}
		var docs []*sumber.Document
		for rs.Next() {
			d, err := scanDocument(rs)
			if err != nil {
				rs.Close()
				return err
			}
			docs = append(docs, d)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		if len(docs) == 0 {
			return nil
		}
		after = docs[len(docs)-1].ID
		byID := make(map[int64]int, len(docs))
		for i, d := range docs {
			byID[d.ID] = i
		}
		recs, err := db.records(ctx, tx, `SELECT `+recCols+` FROM attributions a JOIN documents d ON d.id = a.document_id
			WHERE a.document_id BETWEEN ? AND ? ORDER BY a.document_id, a.ord`, docs[0].ID, after)
		if err != nil {
			return err
		}
		ids := make([][]int64, len(docs))
		for _, r := range recs {
			i := byID[r.DocumentID]
			docs[i].Attributions = append(docs[i].Attributions, r.Attribution)
			ids[i] = append(ids[i], r.ID)
		}
		if err := fn(docs, ids); err != nil {
			return err
		}
	}
}

// exportDoc is one line of the JSON Lines export.
type exportDoc struct {
	sumber.Document
	Attributions []exportAttribution `json:"attributions,omitempty"`
}

// exportAttribution is an attribution with its store id.
type exportAttribution struct {
	ID int64 `json:"id"`
	sumber.Attribution
}

// Export implements store.Store.
func (db *DB) Export(ctx context.Context, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := db.eachPage(ctx, func(docs []*sumber.Document, ids [][]int64) error {
		for i, d := range docs {
			line := exportDoc{Document: *d}
			line.Attributions = make([]exportAttribution, len(d.Attributions))
			for j, a := range d.Attributions {
				line.Attributions[j] = exportAttribution{ID: ids[i][j], Attribution: a}
			}
			line.Document.Attributions = nil
			if err := enc.Encode(line); err != nil {
				return fmt.Errorf("store: export document %d: %w", d.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// csvHeader names the columns of ExportCSV.
var csvHeader = []string{"attribution_id", "document_id", "url", "outlet", "published", "lang", "duplicate_of",
	"actor", "source", "cue", "lemma", "stance", "negated", "timing", "content", "via", "claim_date",
	"date_precision", "figures", "rule", "entry", "sentence", "source_start", "source_end",
	"cue_start", "cue_end", "content_start", "content_end"}

// ExportCSV implements store.Store.
func (db *DB) ExportCSV(ctx context.Context, w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	itoa := func(n int) string { return strconv.Itoa(n) }
	err := db.eachPage(ctx, func(docs []*sumber.Document, ids [][]int64) error {
		for i, d := range docs {
			published := timeText(d.Published)
			for j, a := range d.Attributions {
				var via, figs []string
				for _, v := range a.Via {
					name := v.Actor
					if name == "" {
						name = v.Span.Text
					}
					via = append(via, name)
				}
				for _, f := range a.Figures {
					figs = append(figs, f.Note())
				}
				date, precision := "", ""
				if a.Date != nil {
					date, precision = a.Date.Value, string(a.Date.Precision)
				}
				dup := ""
				if d.DuplicateOf != 0 {
					dup = strconv.FormatInt(d.DuplicateOf, 10)
				}
				rec := []string{strconv.FormatInt(ids[i][j], 10), strconv.FormatInt(d.ID, 10), d.URL, d.Outlet,
					published, d.Lang, dup, a.Actor, a.Source.Text, a.Cue.Text, a.Lemma, string(a.Stance),
					strconv.FormatBool(a.Negated), string(a.Timing), a.Content.Text, strings.Join(via, "; "), date,
					precision, strings.Join(figs, "; "), a.Rule, a.Entry, itoa(a.Sentence),
					itoa(a.Source.Start), itoa(a.Source.End), itoa(a.Cue.Start), itoa(a.Cue.End),
					itoa(a.Content.Start), itoa(a.Content.End)}
				if err := cw.Write(rec); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// importBatch is how many documents one import transaction writes.
const importBatch = 200

// Import implements store.Store.
func (db *DB) Import(ctx context.Context, r io.Reader) (store.ImportStats, error) {
	var st store.ImportStats
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<16))
	line := 0
	for {
		var batch []*prepared
		for len(batch) < importBatch {
			var e exportDoc
			err := dec.Decode(&e)
			if errors.Is(err, io.EOF) {
				break
			}
			line++
			if err != nil {
				return st, fmt.Errorf("store: import line %d: %w", line, err)
			}
			if e.ID == 0 {
				return st, fmt.Errorf("store: import line %d: document without id", line)
			}
			doc := e.Document
			doc.Attributions = make([]sumber.Attribution, len(e.Attributions))
			ids := make([]int64, len(e.Attributions))
			for i, a := range e.Attributions {
				doc.Attributions[i], ids[i] = a.Attribution, a.ID
				if a.ID == 0 {
					return st, fmt.Errorf("store: import line %d: attribution without id", line)
				}
			}
			p := prepare(&doc)
			p.explicit, p.attIDs = true, ids
			batch = append(batch, p)
		}
		if len(batch) == 0 {
			return st, nil
		}
		if err := db.importBatch(ctx, batch, &st); err != nil {
			return st, err
		}
	}
}

func (db *DB) importBatch(ctx context.Context, batch []*prepared, st *store.ImportStats) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: import: %w", err)
	}
	defer tx.Rollback()
	var n store.ImportStats
	for _, p := range batch {
		_, created, err := db.saveTx(ctx, tx, p)
		if err != nil {
			return fmt.Errorf("store: import document %d: %w", p.doc.ID, err)
		}
		if created {
			n.Documents++
			n.Attributions += len(p.doc.Attributions)
		} else {
			n.Skipped++
		}
	}
	if db.d.AfterImport != nil {
		if err := db.d.AfterImport(ctx, tx); err != nil {
			return fmt.Errorf("store: import: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: import: %w", err)
	}
	st.Documents += n.Documents
	st.Attributions += n.Attributions
	st.Skipped += n.Skipped
	return nil
}

// Enqueue implements store.Store.
func (db *DB) Enqueue(ctx context.Context, url string) (int64, bool, error) {
	for try := 0; try < 3; try++ {
		var id int64
		err := db.write.QueryRowContext(ctx, db.q(`INSERT INTO jobs (url, state, enqueued_at) VALUES (?, 'queued', ?)
			ON CONFLICT (url) WHERE state IN ('queued', 'running') DO NOTHING RETURNING id`), url, db.d.Time(db.now())).Scan(&id)
		if err == nil {
			return id, true, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, false, fmt.Errorf("store: enqueue: %w", err)
		}
		err = db.write.QueryRowContext(ctx, db.q(`SELECT id FROM jobs WHERE url = ? AND state IN ('queued', 'running')`), url).Scan(&id)
		if err == nil {
			return id, false, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, false, fmt.Errorf("store: enqueue: %w", err)
		}
		// The pending job finished in between: try again.
	}
	return 0, false, errors.New("store: enqueue: job keeps finishing; try again")
}

// ClaimJob implements store.Store.
func (db *DB) ClaimJob(ctx context.Context, worker string) (store.Job, bool, error) {
	now := db.now()
	j := store.Job{State: store.JobRunning, Worker: worker}
	err := db.write.QueryRowContext(ctx, db.q(`UPDATE jobs SET state = 'running', worker = ?, attempts = attempts + 1,
			started_at = ?, lease_until = ?, error = ''
		WHERE id = (SELECT id FROM jobs
			WHERE state = 'queued' OR (state = 'running' AND lease_until < ?)
			ORDER BY id LIMIT 1`+db.d.SkipLocked+`)
		RETURNING id, url, attempts`),
		worker, db.d.Time(now), db.d.Time(now.Add(store.JobLease)), db.d.Time(now)).Scan(&j.ID, &j.URL, &j.Attempts)
	if errors.Is(err, sql.ErrNoRows) {
		return store.Job{}, false, nil
	}
	if err != nil {
		return store.Job{}, false, fmt.Errorf("store: claim job: %w", err)
	}
	return j, true, nil
}

// FinishJob implements store.Store.
func (db *DB) FinishJob(ctx context.Context, id int64, jobErr error) error {
	state, msg := store.JobDone, ""
	if jobErr != nil {
		state, msg = store.JobFailed, jobErr.Error()
	}
	res, err := db.write.ExecContext(ctx, db.q(`UPDATE jobs SET state = ?, error = ?, finished_at = ?, lease_until = NULL
		WHERE id = ?`), state, msg, db.d.Time(db.now()), id)
	if err != nil {
		return fmt.Errorf("store: finish job: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return store.ErrNotFound
	}
	return nil
}

// Job returns one job (for tests and status pages).
func (db *DB) Job(ctx context.Context, id int64) (store.Job, error) {
	var j store.Job
	err := db.read.QueryRowContext(ctx, db.q(`SELECT id, url, state, worker, attempts, error FROM jobs WHERE id = ?`), id).
		Scan(&j.ID, &j.URL, &j.State, &j.Worker, &j.Attempts, &j.Error)
	if errors.Is(err, sql.ErrNoRows) {
		return j, store.ErrNotFound
	}
	return j, err
}
