package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"sumber"
	"sumber/ingest"
	"sumber/samples"
	"sumber/store"
)

func init() {
	register(command{name: "demo", summary: "ingest the bundled sample reports (no network) and show their ledger", run: runDemo})
}

func runDemo(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("demo", "sumber demo [--db DSN]", stderr, "Ingests the eight sample reports bundled with sumber (fiction written for the project,", "see samples/README.md) and prints their ledger. Running it again adds nothing.")
	db := dbFlag(fs)
	if err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	return demo(ctx, st, describeDSN(*db), w)
}

// demo ingests samples.FS through the same pipeline as files on disk,
// then prints the ledger of the sample documents, a summary of each
// document, and the findings.
func demo(ctx context.Context, st store.Store, where string, w io.Writer) error {
	// One worker: the sample documents get the same ids on every fresh
	// database, in file order.
	p := &ingest.Pipeline{Store: st, Workers: 1}
	sum, err := p.Run(ctx, []ingest.Source{{Kind: ingest.SourceFS, FS: samples.FS, Ref: "."}})
	if err != nil {
		return err
	}
	n := sum.New + sum.Duplicate + sum.NearDuplicate + sum.Failed
	fmt.Fprintf(w, "sumber demo: %d sample reports bundled with sumber (fiction written for the project; see samples/README.md)\n", n)
	if sum.New+sum.NearDuplicate == 0 && sum.Failed == 0 {
		fmt.Fprintf(w, "nothing new: all %d are already in %s (same content hashes)\n", n, where)
	} else {
		fmt.Fprintf(w, "ingested into %s: ", where)
		printSummary(w, sum)
	}

	var ids []int64
	seen := map[int64]bool{}
	for _, r := range sum.Results {
		if r.DocumentID != 0 && !seen[r.DocumentID] {
			seen[r.DocumentID] = true
			ids = append(ids, r.DocumentID)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var docs []*sumber.Document
	var recs []store.Record
	for _, id := range ids {
		d, err := st.Document(ctx, id)
		if err != nil {
			return fmt.Errorf("document %d: %w", id, err)
		}
		docs = append(docs, d)
		rs, err := listClaims(ctx, st, store.Filter{DocumentID: id}, 0)
		if err != nil {
			return err
		}
		recs = append(recs, rs...)
	}

	fmt.Fprintf(w, "\nLedger: %d claims (sumber claims --db … shows more, with filters)\n\n", len(recs))
	if err := writeClaimsTable(w, recs); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nDocuments\n\n")
	if err := writeDocSummary(w, docs); err != nil {
		return err
	}
	return demoFindings(ctx, st, w)
}

// writeDocSummary prints one line per document: outlet, language,
// publication time, provenance and attribution count.
func writeDocSummary(w io.Writer, docs []*sumber.Document) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DOC\tOUTLET\tLANG\tPUBLISHED\tWIRE\tDERIVED FROM\tCOPY OF\tCLAIMS\tTITLE")
	for _, d := range docs {
		pub := ""
		if !d.Published.IsZero() {
			pub = d.Published.Format("2006-01-02 15:04 -07:00")
		}
		dup := ""
		if d.DuplicateOf != 0 {
			dup = fmt.Sprintf("#%d", d.DuplicateOf)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", d.ID, clip(d.Outlet, 22), d.Lang, pub, d.Wire,
			clip(shortURLs(d.DerivedFrom), 60), dup, len(d.Attributions), clip(d.Title, 50))
	}
	return tw.Flush()
}

// shortURLs joins URLs without their scheme, for a table cell.
func shortURLs(urls []string) string {
	var out []string
	for _, u := range urls {
		u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
		out = append(out, u)
	}
	return strings.Join(out, ", ")
}
