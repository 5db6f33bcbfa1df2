package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"sumber"
	"sumber/analyze"
	"sumber/interchange"
	"sumber/store"
)

func init() {
	register(command{name: "export", summary: "write the whole ledger as JSON Lines (lossless), CSV, W3C PROV-JSON, a STIX 2.1 bundle or schema.org Claims", run: runExport})
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", "sumber export [--db DSN] [--format jsonl|csv|prov|stix|schema] [-o FILE]", stderr)
	db := dbFlag(fs)
	format := fs.String("format", "jsonl", "jsonl (one document per line with its attributions; 'sumber import' reads it back), csv (one attribution per row), prov (W3C PROV-JSON: claims attributed to actors, quoted from documents, relayed, revised) stix (a STIX 2.1 bundle: reports, identities, a note per claim and per finding) or schema (schema.org Claims in JSON-LD, for ClaimReview)")
	out := fs.String("o", "-", "output file (- for standard output)")
	if err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	switch *format {
	case "jsonl", "csv", "prov", "stix", "schema":
	default:
		return fmt.Errorf("--format %q: want jsonl, csv, prov, stix or schema", *format)
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	write := func(w io.Writer) error {
		switch *format {
		case "csv":
			return st.ExportCSV(ctx, w)
		case "prov", "stix", "schema":
			return exportGraph(ctx, st, *format, w)
		}
		return st.Export(ctx, w)
	}
	if *out == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	// Write beside the target and rename, so a failed export never
	// leaves a truncated file that looks complete.
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".sumber-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), *out)
}

// exportGraph writes the ledger and its findings as PROV-JSON or STIX:
// the JSON Lines export read back as records, the findings brought up to
// date first.
func exportGraph(ctx context.Context, st store.Store, format string, w io.Writer) error {
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
	var recs []*interchange.Record
	err = interchange.Decode(pr, func(r *interchange.Record) error {
		recs = append(recs, r)
		return nil
	})
	pr.CloseWithError(err)
	if err != nil {
		return err
	}
	switch format {
	case "prov":
		return interchange.WritePROV(w, recs, findings)
	case "schema":
		return interchange.WriteClaims(w, recs)
	}
	return interchange.WriteSTIX(w, recs, findings, time.Now())
}
