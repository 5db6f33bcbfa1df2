package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func init() {
	register(command{name: "export", summary: "write the whole ledger as JSON Lines (lossless) or CSV", run: runExport})
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", "sumber export [--db DSN] [--format jsonl|csv] [-o FILE]", stderr)
	db := dbFlag(fs)
	format := fs.String("format", "jsonl", "jsonl (one document per line with its attributions; 'sumber import' reads it back) or csv (one attribution per row)")
	out := fs.String("o", "-", "output file (- for standard output)")
	if err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *format != "jsonl" && *format != "csv" {
		return fmt.Errorf("--format %q: want jsonl or csv", *format)
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	write := func(w io.Writer) error {
		if *format == "csv" {
			return st.ExportCSV(ctx, w)
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
