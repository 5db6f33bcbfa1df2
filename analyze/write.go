package analyze

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"sumber"
	"sumber/store"
)

// WriteFindings brings the analysis of st up to date and writes its
// findings as readable text: each finding with its explanation and a
// table of the evidence (actor, figure or stance, date, outlet, document
// and attribution ids). kind "" writes every kind. The demo command
// calls it after ingesting the samples.
func WriteFindings(ctx context.Context, st store.Store, w io.Writer, kind sumber.FindingKind) error {
	a := New(st)
	if _, err := a.Update(ctx); err != nil {
		return err
	}
	fs, err := a.Findings(ctx, kind)
	if err != nil {
		return err
	}
	return WriteFindingsTable(w, fs)
}

// WriteFindingsTable writes findings as text.
func WriteFindingsTable(w io.Writer, fs []Finding) error {
	if len(fs) == 0 {
		_, err := fmt.Fprintln(w, "no findings")
		return err
	}
	for i, f := range fs {
		head := strings.ToUpper(string(f.Kind))
		if f.Measure != "" {
			head += "  " + f.Measure
		} else if f.Proposition != "" {
			head += "  " + f.Proposition
		}
		fmt.Fprintf(w, "%d. %s\n   %s\n", i+1, head, f.Explanation)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "   \tACTOR\tVIA\tFIGURE\tDATE\tOUTLET\tDOC\tATTR")
		for _, it := range f.Items {
			fmt.Fprintf(tw, "   \t%s\t%s\t%s\t%s\t%s\t%d\t%d\n", clip(it.Actor, 40), clip(strings.Join(it.Via, " ← "), 30),
				it.Figure, it.Date, clip(it.Outlet, 22), it.DocumentID, it.AttributionID)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintln(w)
	}
	return nil
}

// WriteJSON writes v as indented JSON.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// WriteMeasure writes one measure: its estimate, every figure by origin
// over time, and its findings.
func WriteMeasure(w io.Writer, m *Measure) error {
	fmt.Fprintf(w, "%s (%s)\n", m.Key, MeasurePhrase(m.Key))
	if e, ok := m.Estimate(); ok {
		c := e.Conservative
		fmt.Fprintf(w, "  estimate over %d independent origin(s): low %s, best %s, high %s\n", e.Origins, group(e.Low), group(e.Best), highText(e.High))
		fmt.Fprintf(w, "  most conservative: %s by %s (%s, %s, doc %d)\n", FormatValue(c.Bound, c.Value, c.Low, c.High), c.ActorName, c.Date, c.Outlet, c.DocumentID)
	} else {
		fmt.Fprintln(w, "  no usable figure for an estimate")
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ORIGIN\tACTOR\tVIA\tFIGURE\tDATE\tOUTLET\tDOC\tATTR\tNOTE")
	for _, o := range m.Observations {
		note := o.Qualifier
		if !o.Known {
			note = strings.TrimSpace(note + " unknown source")
		}
		if o.Timing != "" {
			note = strings.TrimSpace(note + " " + o.Timing)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", clip(rootName(o.Origin), 30), clip(o.ActorName, 30),
			clip(strings.Join(o.Via, " ← "), 30), FormatValue(o.Bound, o.Value, o.Low, o.High), o.Date, clip(o.Outlet, 22),
			o.DocumentID, o.AttributionID, note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(m.Findings) > 0 {
		fmt.Fprintln(w)
		return WriteFindingsTable(w, m.Findings)
	}
	return nil
}

func highText(h float64) string {
	if h == 0 {
		return "open"
	}
	return group(h)
}

// WriteMeasureList writes one line per measure.
func WriteMeasureList(w io.Writer, ms []MeasureSummary) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "MEASURE\tFIGURES\tORIGINS\tLOW\tBEST\tHIGH\tCONSERVATIVE\tFINDINGS")
	for _, m := range ms {
		if !m.HasEst {
			fmt.Fprintf(tw, "%s\t%d\t0\t\t\t\t\t%d\n", m.Key, m.Figures, m.Findings)
			continue
		}
		e := m.Estimate
		c := e.Conservative
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%s (%s)\t%d\n", m.Key, m.Figures, e.Origins, group(e.Low), group(e.Best),
			highText(e.High), FormatValue(c.Bound, c.Value, c.Low, c.High), clip(c.ActorName, 24), m.Findings)
	}
	return tw.Flush()
}

// WriteActor writes an actor's claims and stance over time.
func WriteActor(w io.Writer, a sumber.Actor, cls []Claim) error {
	fmt.Fprintf(w, "%s (%s)", a.Name, a.ID)
	if a.Kind != "" {
		fmt.Fprintf(w, ", %s", a.Kind)
	}
	if a.Parent != "" {
		fmt.Fprintf(w, ", part of %s", rootName(a.Parent))
	}
	fmt.Fprintf(w, ": %d claim(s)\n\n", len(cls))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSTANCE\tSOURCE\tVIA\tFIGURES\tOUTLET\tDOC\tATTR\tCONTENT")
	for _, c := range cls {
		st := c.Stance
		if c.Negated {
			st = "not " + st
		}
		if c.Timing != "" {
			st += " (" + c.Timing + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", c.Date, st, clip(c.Source, 28), clip(strings.Join(c.Via, " ← "), 24),
			clip(strings.Join(c.Figures, "; "), 60), clip(c.Outlet, 20), c.DocumentID, c.AttributionID, clip(c.Content, 60))
	}
	return tw.Flush()
}

// WriteACH writes an ACH matrix: a row per independent origin's latest
// figure, a column per hypothesis, C where the figure is consistent with
// it and I where it is not, then the inconsistency counts; the
// hypotheses with the fewest are marked.
func WriteACH(w io.Writer, a ACH) error {
	fmt.Fprintf(w, "%s (%s): competing hypotheses about the true figure\n\n", a.Measure, MeasurePhrase(a.Measure))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "ORIGIN\tFIGURE\tDATE")
	for _, h := range a.Hypotheses {
		fmt.Fprintf(tw, "\t%s", h.Label)
	}
	fmt.Fprintln(tw, "\t")
	for _, r := range a.Rows {
		o := r.Obs
		fmt.Fprintf(tw, "%s\t%s\t%s", clip(rootName(o.Origin), 34), FormatValue(o.Bound, o.Value, o.Low, o.High), o.Date)
		for _, c := range r.Consistent {
			mark := "I"
			if c {
				mark = "C"
			}
			fmt.Fprintf(tw, "\t%s", mark)
		}
		note := ""
		if !r.Diagnostic {
			note = "(not diagnostic)"
		}
		fmt.Fprintf(tw, "\t%s\n", note)
	}
	fmt.Fprint(tw, "INCONSISTENT ORIGINS\t\t")
	for _, n := range a.Inconsistency {
		fmt.Fprintf(tw, "\t%d", n)
	}
	fmt.Fprintln(tw, "\t")
	if err := tw.Flush(); err != nil {
		return err
	}
	var least []string
	for _, i := range a.Least {
		least = append(least, a.Hypotheses[i].Label)
	}
	if len(a.Rows) == 0 {
		_, err := fmt.Fprintln(w, "\nno usable figure: nothing to weigh")
		return err
	}
	_, err := fmt.Fprintf(w, "\nleast inconsistent: %s (ACH keeps the hypotheses the evidence refutes least; it does not prove them)\n", strings.Join(least, ", "))
	return err
}
