package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
)

func init() {
	register(command{name: "import", summary: "restore a ledger written by 'sumber export' (JSON Lines)", run: runImport})
}

func runImport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("import", "sumber import [--db DSN] FILE|-", stderr, "Documents whose content is already stored are skipped; ids are kept.")
	db := dbFlag(fs)
	if err := parseFlags(fs, args, 1, 1); err != nil {
		return err
	}
	var r io.Reader = os.Stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Import(ctx, bufio.NewReaderSize(r, 1<<20))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "imported %d %s with %d %s; %d already stored\n", stats.Documents, plural(stats.Documents, "document", "documents"),
		stats.Attributions, plural(stats.Attributions, "attribution", "attributions"), stats.Skipped)
	return nil
}
