package ingest

import (
	"context"
	"encoding/json"
	"fmt"

	"sumber"
	"sumber/store"
)

// Reextracted is what a new extraction changed in one stored document.
type Reextracted struct {
	DocumentID int64
	Outlet     string
	URL        string
	// Before and After count the document's attributions.
	Before, After int
	// Added and Removed count attributions that are in one extraction and
	// not in the other (an attribution whose span, stance, via, date or
	// figures changed counts in both).
	Added, Removed int
}

// ReextractSummary totals a Reextract run.
type ReextractSummary struct {
	Documents, Changed int
	Before, After      int
	Added, Removed     int
}

// Reextract runs the pipeline's extractor again over stored documents (the
// given ids, or all when ids is empty) and, unless dryRun, replaces the
// attributions of each document whose extraction changed, one document
// per transaction (store.Store.ReplaceAttributions): the ledger catches
// up with a newer extractor without fetching anything. report, when set,
// is called for each changed document. The attributions of a changed
// document get new ids; the cross-document analysis must be rebuilt
// after (analyze.Analyzer.Rebuild).
func (p *Pipeline) Reextract(ctx context.Context, ids []int64, dryRun bool, report func(Reextracted)) (ReextractSummary, error) {
	p.init()
	var sum ReextractSummary
	one := func(doc *sumber.Document) error {
		atts := p.ex.Extract(doc.Text, extractOptions(doc))
		r, err := compareExtractions(doc, atts)
		if err != nil {
			return err
		}
		sum.Documents++
		sum.Before += r.Before
		sum.After += r.After
		if r.Added == 0 && r.Removed == 0 {
			return nil
		}
		if !dryRun {
			if err := p.Store.ReplaceAttributions(ctx, doc.ID, atts); err != nil {
				return fmt.Errorf("document %d: %w", doc.ID, err)
			}
		}
		sum.Changed++
		sum.Added += r.Added
		sum.Removed += r.Removed
		if report != nil {
			report(r)
		}
		return nil
	}
	if len(ids) > 0 {
		for _, id := range ids {
			doc, err := p.Store.Document(ctx, id)
			if err != nil {
				return sum, fmt.Errorf("document %d: %w", id, err)
			}
			if err := one(doc); err != nil {
				return sum, err
			}
		}
		return sum, nil
	}
	var after store.Cursor
	for {
		docs, next, err := p.Store.Documents(ctx, store.DocFilter{WithAttributions: true, After: after, Limit: 100})
		if err != nil {
			return sum, err
		}
		for _, doc := range docs {
			if err := ctx.Err(); err != nil {
				return sum, err
			}
			if err := one(doc); err != nil {
				return sum, err
			}
		}
		if next == 0 {
			return sum, nil
		}
		after = next
	}
}

// compareExtractions counts the attributions of doc (as stored) and atts
// (a new extraction of its text) that the other lacks, comparing whole
// attributions.
func compareExtractions(doc *sumber.Document, atts []sumber.Attribution) (Reextracted, error) {
	r := Reextracted{DocumentID: doc.ID, Outlet: doc.Outlet, URL: doc.URL, Before: len(doc.Attributions), After: len(atts)}
	old := map[string]int{}
	for i := range doc.Attributions {
		k, err := json.Marshal(&doc.Attributions[i])
		if err != nil {
			return r, err
		}
		old[string(k)]++
	}
	for i := range atts {
		k, err := json.Marshal(&atts[i])
		if err != nil {
			return r, err
		}
		if old[string(k)] > 0 {
			old[string(k)]--
			continue
		}
		r.Added++
	}
	for _, n := range old {
		r.Removed += n
	}
	return r, nil
}
