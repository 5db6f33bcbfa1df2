package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"

	"sumber/analyze"
	"sumber/ingest"
)

func init() {
	register(command{name: "reextract", summary: "run the current extractor again over stored documents and update their attributions", run: runReextract})
}

func runReextract(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("reextract", "sumber reextract [--db DSN] [--dry-run] [DOC-ID...]", stderr,
		"Runs this version's extractor over the stored text of every document (or the given ones)",
		"and replaces the attributions of each document whose extraction changed, one document per",
		"transaction, then rebuilds the cross-document analysis. Nothing is fetched. The attributions",
		"of a changed document get new ids. --dry-run only says what would change.")
	db := dbFlag(fs)
	dry := fs.Bool("dry-run", false, "say what would change, write nothing")
	if err := parseFlags(fs, args, 0, -1); err != nil {
		return err
	}
	var ids []int64
	for _, a := range fs.Args() {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return fmt.Errorf("not a document id: %q", a)
		}
		ids = append(ids, id)
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	p := &ingest.Pipeline{Store: st}
	sum, err := p.Reextract(ctx, ids, *dry, func(r ingest.Reextracted) {
		fmt.Fprintf(w, "document %d  %s  %d → %d attributions (+%d −%d)\n", r.DocumentID, dash(r.Outlet), r.Before, r.After, r.Added, r.Removed)
	})
	verb := "updated"
	if *dry {
		verb = "would update"
	}
	fmt.Fprintf(w, "%d %s checked: %s %d (%d → %d attributions, +%d −%d), %d unchanged\n",
		sum.Documents, plural(sum.Documents, "document", "documents"), verb, sum.Changed, sum.Before, sum.After, sum.Added, sum.Removed, sum.Documents-sum.Changed)
	if err != nil {
		return err
	}
	if *dry || sum.Changed == 0 {
		return nil
	}
	if _, err := analyze.New(st).Rebuild(ctx); err != nil {
		return fmt.Errorf("analysis: %w", err)
	}
	fmt.Fprintln(w, "analysis rebuilt")
	return nil
}

// dash is s, or "-" when s is empty.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
