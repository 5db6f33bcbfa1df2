package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"sumber"
	"sumber/analyze"
)

func init() {
	register(command{name: "findings", summary: "cross-document findings: conflicts, revisions, corroborations", run: runFindings})
}

func runFindings(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("findings", "sumber findings [--db DSN] [--kind conflict|revision|corroboration] [--format table|json] [--rebuild]", stderr)
	db := dbFlag(fs)
	kind := fs.String("kind", "", "only this kind: conflict, revision or corroboration")
	format := fs.String("format", "table", "output: table or json")
	rebuild := fs.Bool("rebuild", false, "discard the analysis state and analyse the whole ledger again")
	if err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	k := sumber.FindingKind(*kind)
	switch k {
	case "", sumber.Conflict, sumber.Revision, sumber.Corroboration:
	default:
		return fmt.Errorf("--kind %q: want conflict, revision or corroboration", *kind)
	}
	if *format != "table" && *format != "json" {
		return fmt.Errorf("--format %q: want table or json", *format)
	}
	a, closeFn, err := openAnalyzer(*db, *rebuild)
	if err != nil {
		return err
	}
	defer closeFn()
	ctx := context.Background()
	found, err := a.Findings(ctx, k)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *format == "json" {
		if found == nil {
			found = []analyze.Finding{}
		}
		return analyze.WriteJSON(w, found)
	}
	return analyze.WriteFindingsTable(w, found)
}

// openAnalyzer opens the ledger and brings its analysis up to date
// (incrementally, or from scratch when rebuild).
func openAnalyzer(dsn string, rebuild bool) (*analyze.Analyzer, func(), error) {
	ctx := context.Background()
	st, err := openStore(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	a := analyze.New(st)
	if rebuild {
		_, err = a.Rebuild(ctx)
	} else {
		_, err = a.Update(ctx)
	}
	if err != nil {
		st.Close()
		return nil, nil, fmt.Errorf("analysis: %w", err)
	}
	return a, func() { st.Close() }, nil
}
