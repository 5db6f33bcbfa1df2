package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"sumber/interchange"
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
	if !slices.Contains(interchange.Formats, *format) {
		return fmt.Errorf("--format %q: want jsonl, csv, prov, stix or schema", *format)
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	write := func(w io.Writer) error { return interchange.Write(ctx, st, *format, w) }
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
