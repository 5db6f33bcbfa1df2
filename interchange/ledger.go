package interchange

import (
	"context"
	"fmt"
	"io"
	"time"

	"sumber"
	"sumber/analyze"
	"sumber/store"
)

// Formats are the export formats Write knows, in the order to offer them.
var Formats = []string{"jsonl", "csv", "stix", "prov", "schema"}

// ContentType is the media type of an export format.
func ContentType(format string) string {
	switch format {
	case "csv":
		return "text/csv; charset=utf-8"
	case "jsonl":
		return "application/jsonl; charset=utf-8"
	case "schema":
		return "application/ld+json; charset=utf-8"
	}
	return "application/json; charset=utf-8"
}

// Extension is the file name extension of an export format.
func Extension(format string) string {
	switch format {
	case "csv", "jsonl":
		return "." + format
	}
	return "." + format + ".json"
}

// Write writes the whole ledger of st in format: jsonl (lossless, what
// `sumber import` reads), csv (one attribution per row), stix, prov or
// schema. For the last three the analysis is brought up to date first,
// so that findings and revisions are current.
func Write(ctx context.Context, st store.Store, format string, w io.Writer) error {
	switch format {
	case "jsonl":
		return st.Export(ctx, w)
	case "csv":
		return st.ExportCSV(ctx, w)
	case "stix", "prov", "schema":
	default:
		return fmt.Errorf("format %q: want one of %v", format, Formats)
	}
	a := analyze.New(st)
	if _, err := a.Update(ctx); err != nil {
		return fmt.Errorf("analysis: %w", err)
	}
	found, err := a.Findings(ctx, "")
	if err != nil {
		return err
	}
	findings := make([]sumber.Finding, len(found))
	for i, f := range found {
		findings[i] = f.Finding
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(st.Export(ctx, pw)) }()
	var recs []*Record
	err = Decode(pr, func(r *Record) error {
		recs = append(recs, r)
		return nil
	})
	pr.CloseWithError(err)
	if err != nil {
		return err
	}
	switch format {
	case "prov":
		return WritePROV(w, recs, findings)
	case "schema":
		return WriteClaims(w, recs)
	}
	return WriteSTIX(w, recs, findings, time.Now())
}
