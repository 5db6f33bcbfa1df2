package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sumber/gazetteer"
	"text/tabwriter"
	"time"

	"sumber"
	"sumber/store"
)

func init() {
	register(command{name: "claims", summary: "list the ledger: who claims what, via whom, when, with which figures", run: runClaims})
}

func runClaims(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("claims", "sumber claims [--db DSN] [--actor A] [--stance S] [--lang L] [--since D] [--until D] [--q TEXT] [--measure M] [--doc ID] [--limit N] [--format table|json|csv]", stderr)
	db := dbFlag(fs)
	actor := fs.String("actor", "", "only claims by this actor (or source text), ignoring case and diacritics")
	stance := fs.String("stance", "", "only this stance: "+stanceList())
	langFlag := fs.String("lang", "", "only documents in this language (id, en, vi)")
	since := fs.String("since", "", "only claims made on or after YYYY-MM-DD (claim date, else publication date)")
	until := fs.String("until", "", "only claims made on or before YYYY-MM-DD")
	q := fs.String("q", "", "full-text search over content, source, cue and actor: every word must occur")
	measure := fs.String("measure", "", "only claims with a figure of this measure (killed, deployed, killed-or-wounded…)")
	docID := fs.Int64("doc", 0, "only the claims of this document id")
	limit := fs.Int("limit", 100, "at most N claims, newest first (0: all)")
	format := fs.String("format", "table", "output: table, json (JSON Lines) or csv")
	if err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	f := store.Filter{Actor: *actor, Lang: *langFlag, Query: *q, Measure: *measure, DocumentID: *docID, Desc: true}
	if *stance != "" {
		f.Stance = sumber.Stance(strings.ToLower(*stance))
		if !validStance(f.Stance) {
			return fmt.Errorf("--stance %q: want one of %s", *stance, stanceList())
		}
	}
	var err error
	if f.Since, err = parseDay("--since", *since); err != nil {
		return err
	}
	if f.Until, err = parseDay("--until", *until); err != nil {
		return err
	}
	if *limit < 0 {
		return fmt.Errorf("--limit must be 0 or more")
	}
	if *format != "table" && *format != "json" && *format != "csv" {
		return fmt.Errorf("--format %q: want table, json or csv", *format)
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	recs, err := listActorClaims(ctx, st, f, *limit)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	switch *format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range recs {
			if err := enc.Encode(&recs[i]); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		return writeClaimsCSV(w, recs)
	}
	if len(recs) == 0 {
		fmt.Fprintln(w, "no claims match")
		return nil
	}
	return writeClaimsTable(w, recs)
}

// listClaims pages through the store until limit records (0: all).
func listClaims(ctx context.Context, st store.Store, f store.Filter, limit int) ([]store.Record, error) {
	var out []store.Record
	for {
		f.Limit = store.MaxLimit
		if limit > 0 && limit-len(out) < f.Limit {
			f.Limit = limit - len(out)
		}
		recs, next, err := st.Attributions(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
		if next == 0 || limit > 0 && len(out) >= limit {
			return out, nil
		}
		f.After = next
	}
}

// listActorClaims is listClaims for an actor under all its names: when
// the gazetteer knows the name ("North Korea"), the claims stored under
// each alias ("Korea Utara", "Triều Tiên", "Pyongyang" …) are merged,
// newest first.
func listActorClaims(ctx context.Context, st store.Store, f store.Filter, limit int) ([]store.Record, error) {
	a, known := gazetteer.Identify(f.Actor)
	if f.Actor == "" || !known {
		return listClaims(ctx, st, f, limit)
	}
	names := append([]string{a.Name}, a.Aliases...)
	seen := map[int64]bool{}
	var out []store.Record
	for _, n := range names {
		g := f
		g.Actor = n
		recs, err := listClaims(ctx, st, g, limit)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			if !seen[r.ID] {
				seen[r.ID] = true
				out = append(out, r)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID > out[j].ID })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func stanceList() string {
	var s []string
	for _, st := range sumber.Stances {
		s = append(s, string(st))
	}
	return strings.Join(s, ", ")
}

func validStance(s sumber.Stance) bool {
	for _, st := range sumber.Stances {
		if st == s {
			return true
		}
	}
	return false
}

func parseDay(flagName, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%s %q: want YYYY-MM-DD", flagName, s)
}

// who is the resolved actor, else the source text.
func who(a sumber.Attribution) string {
	if a.Actor != "" {
		return a.Actor
	}
	return a.Source.Text
}

// stanceString renders stance, negation and timing: "not believe
// (earlier)".
func stanceString(a sumber.Attribution) string {
	s := string(a.Stance)
	if a.Negated {
		s = "not " + s
	}
	if a.Timing != "" {
		s += " (" + string(a.Timing) + ")"
	}
	return s
}

// viaString renders the relay chain, nearest to the reader first.
func viaString(a sumber.Attribution) string {
	var vias []string
	for _, v := range a.Via {
		n := v.Actor
		if n == "" {
			n = v.Span.Text
		}
		vias = append(vias, n)
	}
	return strings.Join(vias, " ← ")
}

func figuresString(a sumber.Attribution) string {
	var figs []string
	for _, f := range a.Figures {
		figs = append(figs, figureString(f))
	}
	return strings.Join(figs, "; ")
}

// claimDay is the claim date, marked "(pub.)" when it is only the
// publication date.
func claimDay(r store.Record) string {
	if r.Date != nil && r.Date.Value != "" {
		return r.Date.Value
	}
	if r.ClaimDate != "" {
		return r.ClaimDate + " (pub.)"
	}
	return ""
}

func writeClaimsTable(w io.Writer, recs []store.Record) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tWHO\tSTANCE\tCUE\tVIA\tFIGURES\tCONTENT\tOUTLET\tDOC")
	for _, r := range recs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", r.ID, claimDay(r), clip(who(r.Attribution), 28),
			stanceString(r.Attribution), clip(r.Cue.Text, 20), clip(viaString(r.Attribution), 24),
			clip(figuresString(r.Attribution), 44), clip(r.Content.Text, 60), clip(r.Outlet, 20), r.DocumentID)
	}
	return tw.Flush()
}

// claimsCSVHeader names the columns of claims --format csv.
var claimsCSVHeader = []string{"id", "document_id", "claim_date", "actor", "source", "cue", "lemma", "stance", "negated", "timing",
	"via", "figures", "content", "outlet", "lang", "published", "url", "rule", "entry"}

func writeClaimsCSV(w io.Writer, recs []store.Record) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(claimsCSVHeader); err != nil {
		return err
	}
	for _, r := range recs {
		pub := ""
		if !r.Published.IsZero() {
			pub = r.Published.Format(time.RFC3339)
		}
		date := r.ClaimDate
		if r.Date != nil && r.Date.Value != "" {
			date = r.Date.Value
		}
		row := []string{strconv.FormatInt(r.ID, 10), strconv.FormatInt(r.DocumentID, 10), date, r.Actor, r.Source.Text,
			r.Cue.Text, r.Lemma, string(r.Stance), strconv.FormatBool(r.Negated), string(r.Timing), viaString(r.Attribution),
			figuresString(r.Attribution), r.Content.Text, r.Outlet, r.Lang, pub, r.URL, r.Rule, r.Entry}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
