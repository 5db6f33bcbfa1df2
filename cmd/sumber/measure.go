package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"sumber/analyze"
	"sumber/store"
)

func init() {
	register(command{name: "measure", summary: "one measure's figures by origin over time, low/best/high, or --list", run: runMeasure})
}

func runMeasure(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("measure", "sumber measure [--db DSN] [--format table|json] [--ach [--hypotheses '<1000|1000-3000|>=3000']] NAME|--list", stderr, "  NAME is a measure key (north-korea/troops/killed-or-wounded) or a unique part of one")
	db := dbFlag(fs)
	list := fs.Bool("list", false, "list every measure with its estimate")
	ach := fs.Bool("ach", false, "weigh competing hypotheses about the true figure (Analysis of Competing Hypotheses): which bands each origin's latest figure is consistent with")
	hypotheses := fs.String("hypotheses", "", "with --ach: the bands to weigh, separated by | (<N, <=N, >N, >=N, LOW-HIGH); default: bands split at the origins' figures")
	format := fs.String("format", "table", "output: table or json")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *list == (fs.NArg() == 1) || fs.NArg() > 1 {
		fs.Usage()
		return errUsage
	}
	if *format != "table" && *format != "json" {
		return fmt.Errorf("--format %q: want table or json", *format)
	}
	var hyps []analyze.Hypothesis
	if *hypotheses != "" {
		if !*ach {
			return fmt.Errorf("--hypotheses needs --ach")
		}
		var err error
		if hyps, err = analyze.ParseHypotheses(*hypotheses); err != nil {
			return err
		}
	}
	if *ach && *list {
		return fmt.Errorf("--ach weighs one measure: give its NAME, not --list")
	}
	a, closeFn, err := openAnalyzer(*db, false)
	if err != nil {
		return err
	}
	defer closeFn()
	ctx := context.Background()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	ms, err := a.Measures(ctx)
	if err != nil {
		return err
	}
	if *list {
		sort.Slice(ms, func(i, j int) bool { return ms[i].Key < ms[j].Key })
		if *format == "json" {
			if ms == nil {
				ms = []analyze.MeasureSummary{}
			}
			return analyze.WriteJSON(w, ms)
		}
		return analyze.WriteMeasureList(w, ms)
	}
	key, err := pickMeasure(fs.Arg(0), ms)
	if err != nil {
		return err
	}
	m, err := a.Measure(ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no measure %q; see 'sumber measure --list'", key)
	}
	if err != nil {
		return err
	}
	if *ach {
		matrix := m.ACH(hyps)
		if *format == "json" {
			return analyze.WriteJSON(w, matrix)
		}
		return analyze.WriteACH(w, matrix)
	}
	if *format == "json" {
		e, _ := m.Estimate()
		return analyze.WriteJSON(w, struct {
			*analyze.Measure
			Estimate analyze.Estimate `json:"estimate"`
		}{m, e})
	}
	return analyze.WriteMeasure(w, m)
}

// pickMeasure accepts a full key or a part of exactly one key
// ("killed-or-wounded").
func pickMeasure(name string, ms []analyze.MeasureSummary) (string, error) {
	var hits []string
	for _, m := range ms {
		if m.Key == name {
			return name, nil
		}
		if strings.Contains(m.Key, name) {
			hits = append(hits, m.Key)
		}
	}
	switch len(hits) {
	case 0:
		return "", fmt.Errorf("no measure matches %q; see 'sumber measure --list'", name)
	case 1:
		return hits[0], nil
	}
	sort.Strings(hits)
	return "", fmt.Errorf("%q matches %d measures: %s", name, len(hits), strings.Join(hits, ", "))
}
