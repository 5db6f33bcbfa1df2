package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"sumber"
)

// PRFJSON is a precision / recall / F1 triple as written in JSON.
type PRFJSON struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// RoleJSON is one role's scores as written in JSON.
type RoleJSON struct {
	Exact   PRFJSON `json:"exact"`
	Overlap PRFJSON `json:"overlap"`
}

// RolesJSON holds the roles in report order.
type RolesJSON struct {
	Source  RoleJSON `json:"source"`
	Cue     RoleJSON `json:"cue"`
	Content RoleJSON `json:"content"`
	All     RoleJSON `json:"all"`
}

// SupportJSON gives the denominators behind the attribute scores, so a
// reader can tell "0" from "not measured".
type SupportJSON struct {
	Stance     int `json:"stance"`
	Date       int `json:"date"`
	ViaGold    int `json:"via_gold"`
	ViaPred    int `json:"via_predicted"`
	FigureGold int `json:"figure_gold"`
	FigurePred int `json:"figure_predicted"`
}

// JSON is the machine-readable summary written by "sumber eval --json".
// The keys up to figure_f1 are a stable contract; later keys are extras.
type JSON struct {
	Documents      int       `json:"documents"`
	Gold           int       `json:"gold"`
	Predicted      int       `json:"predicted"`
	Roles          RolesJSON `json:"roles"`
	StanceAccuracy float64   `json:"stance_accuracy"`
	ViaF1          float64   `json:"via_f1"`
	DateAccuracy   float64   `json:"date_accuracy"`
	FigureF1       float64   `json:"figure_f1"`

	Paired          int         `json:"paired"`
	NegatedAccuracy float64     `json:"negated_accuracy"`
	TimingAccuracy  float64     `json:"timing_accuracy"`
	Support         SupportJSON `json:"support"`
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

func prfJSON(c Counts) PRFJSON { return PRFJSON{round(c.P()), round(c.R()), round(c.F1())} }

func roleJSON(s RoleScore) RoleJSON { return RoleJSON{prfJSON(s.Exact), prfJSON(s.Overlap)} }

// JSON returns the summary, with scores as fractions rounded to four
// decimals; an unmeasured score is 0 and its support 0.
func (s *Scores) JSON() JSON {
	return JSON{
		Documents: s.Documents, Gold: s.Gold, Predicted: s.Predicted,
		Roles: RolesJSON{
			Source:  roleJSON(s.Roles[Source]),
			Cue:     roleJSON(s.Roles[Cue]),
			Content: roleJSON(s.Roles[Content]),
			All:     roleJSON(s.All),
		},
		StanceAccuracy:  round(s.Stance.Value()),
		ViaF1:           round(s.Via.F1()),
		DateAccuracy:    round(s.Date.Value()),
		FigureF1:        round(s.Figure.F1()),
		Paired:          s.Paired,
		NegatedAccuracy: round(s.Negated.Value()),
		TimingAccuracy:  round(s.Timing.Value()),
		Support: SupportJSON{
			Stance: s.Stance.Total, Date: s.Date.Total,
			ViaGold: s.Via.Gold, ViaPred: s.Via.Predicted,
			FigureGold: s.Figure.Gold, FigurePred: s.Figure.Predicted,
		},
	}
}

// MarshalJSON writes s as JSON (the summary shape).
func (s *Scores) MarshalJSON() ([]byte, error) { return json.Marshal(s.JSON()) }

func pct(x float64) string { return fmt.Sprintf("%5.1f", 100*x) }

// WriteTable writes the scores as a human-readable table, in percent.
func (s *Scores) WriteTable(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "documents %d   gold %d   predicted %d   paired %d\n\n", s.Documents, s.Gold, s.Predicted, s.Paired)
	fmt.Fprintf(bw, "%-8s  %-19s  %-19s  %s\n", "", "exact", "overlap", "counts (exact/overlap matched, predicted, gold)")
	fmt.Fprintf(bw, "%-8s  %5s %5s %5s  %5s %5s %5s\n", "role", "P", "R", "F1", "P", "R", "F1")
	row := func(name string, r RoleScore) {
		fmt.Fprintf(bw, "%-8s  %s %s %s  %s %s %s  %d/%d, %d, %d\n", name,
			pct(r.Exact.P()), pct(r.Exact.R()), pct(r.Exact.F1()),
			pct(r.Overlap.P()), pct(r.Overlap.R()), pct(r.Overlap.F1()),
			r.Exact.Matched, r.Overlap.Matched, r.Exact.Predicted, r.Exact.Gold)
	}
	for r := range numRoles {
		row(r.String(), s.Roles[r])
	}
	row("all", s.All)
	fmt.Fprintln(bw)
	acc := func(name string, a Accuracy, what string) {
		if a.Total == 0 {
			fmt.Fprintf(bw, "%-17s   n/a  (no paired attribution %s)\n", name, what)
			return
		}
		fmt.Fprintf(bw, "%-17s %s  (%d of %d paired %s)\n", name, pct(a.Value()), a.Correct, a.Total, what)
	}
	f1 := func(name string, c Counts) {
		if c.Gold == 0 && c.Predicted == 0 {
			fmt.Fprintf(bw, "%-17s   n/a  (none in gold or predicted; paired, in documents annotated with sumber attributes)\n", name)
			return
		}
		fmt.Fprintf(bw, "%-17s %s  (P %s, R %s: %d matched, %d predicted, %d gold; paired, in documents annotated with sumber attributes)\n",
			name, pct(c.F1()), strings.TrimSpace(pct(c.P())), strings.TrimSpace(pct(c.R())), c.Matched, c.Predicted, c.Gold)
	}
	acc("stance accuracy", s.Stance, "with a gold stance")
	acc("negated accuracy", s.Negated, "with a gold stance")
	acc("timing accuracy", s.Timing, "with a gold stance")
	acc("date accuracy", s.Date, "with a gold date note")
	f1("via F1", s.Via)
	f1("figure F1", s.Figure)
	return bw.Flush()
}

// ByLang sums the scores of the report's documents per language ("id",
// "en", "vi"; "" when a document's language is unknown).
func (r *Report) ByLang() map[string]*Scores {
	out := map[string]*Scores{}
	for _, d := range r.Docs {
		s := out[d.Doc.Lang]
		if s == nil {
			s = &Scores{}
			out[d.Doc.Lang] = s
		}
		s.add(d.Scores)
	}
	return out
}

// WriteLangTable writes one line per language of the report, when it
// holds more than one: documents, gold and predicted attributions,
// overlap F1 of cues and of all roles, exact F1 of all roles, stance
// accuracy, via and figure F1, in percent.
func (r *Report) WriteLangTable(w io.Writer) error {
	by := r.ByLang()
	if len(by) < 2 {
		return nil
	}
	langs := make([]string, 0, len(by))
	for l := range by {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "\n%-4s  %5s  %5s  %5s  %6s  %6s  %6s  %6s  %6s  %6s\n", "lang", "docs", "gold", "pred", "cue", "all", "all ex", "stance", "via", "figure")
	opt := func(ok bool, v float64) string {
		if !ok {
			return "   n/a"
		}
		return " " + pct(v)
	}
	for _, l := range langs {
		s := by[l]
		name := l
		if name == "" {
			name = "?"
		}
		fmt.Fprintf(bw, "%-4s  %5d  %5d  %5d  %6s  %6s  %6s  %6s  %6s  %6s\n", name, s.Documents, s.Gold, s.Predicted,
			pct(s.Roles[Cue].Overlap.F1()), pct(s.All.Overlap.F1()), pct(s.All.Exact.F1()),
			opt(s.Stance.Total > 0, s.Stance.Value()), opt(s.Via.Gold+s.Via.Predicted > 0, s.Via.F1()), opt(s.Figure.Gold+s.Figure.Predicted > 0, s.Figure.F1()))
	}
	fmt.Fprintln(bw, "(cue and all: overlap F1; all ex: exact F1; stance: accuracy; via, figure: F1)")
	return bw.Flush()
}

// Error dump tags, one per kind of block written by WriteErrors.
const (
	TagMiss     = "MISS"     // a gold attribution nothing was paired with
	TagSpurious = "SPURIOUS" // a prediction paired with no gold attribution
	TagSource   = "SOURCE≠"  // a paired attribution whose source is not an exact match
	TagCue      = "CUE≠"
	TagContent  = "CONTENT≠"
	TagStance   = "STANCE≠"
	TagNegated  = "NEGATED≠"
	TagTiming   = "TIMING≠"
	TagDate     = "DATE≠"
	TagVia      = "VIA≠"
	TagFigure   = "FIGURE≠"
	TagPanic    = "PANIC"
)

var roleTags = [numRoles]string{TagSource, TagCue, TagContent}

// WriteErrors writes a per-document dump of what went wrong, for tuning
// an extractor. Each item is one block: a first line starting with its tag
// (MISS, SPURIOUS, SOURCE≠, CUE≠, CONTENT≠, STANCE≠, NEGATED≠, TIMING≠,
// DATE≠, VIA≠, FIGURE≠, PANIC) and "doc=LABEL", then indented detail
// lines, then a blank line. Blocks come in text order within a document;
// documents without errors are left out.
func (r *Report) WriteErrors(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, d := range r.Docs {
		writeDocErrors(bw, d)
	}
	return bw.Flush()
}

type errBlock struct {
	pos  int
	text string
}

func writeDocErrors(w io.Writer, d *DocResult) {
	t := d.text
	if t == nil {
		t = newText(d.Doc.Text)
	}
	label := d.Doc.Label()
	extended := Extended(d.Doc.Gold)
	var blocks []errBlock
	add := func(pos int, format string, a ...any) {
		blocks = append(blocks, errBlock{pos, fmt.Sprintf(format, a...)})
	}
	if d.Panic != "" {
		add(-1, "%s doc=%s\n\textractor panicked: %s\n", TagPanic, label, d.Panic)
	}
	for _, gi := range d.UnpairedGold {
		g := &d.Doc.Gold[gi]
		h := anchor(g)
		add(h.Start, "%s doc=%s gold=%s cue=%s\n\tsource:   %s\n\tcontent:  %s\n%s\tsentence: %s\n",
			TagMiss, label, g.ID, gq(g.Cue), gq(g.Source), gq(g.Content), goldExtras(g), t.sentence(h.Start, h.End))
	}
	for _, pi := range d.UnpairedPred {
		p := &d.Predicted[pi]
		h := p.Cue
		if h.Empty() {
			h = p.Content
		}
		add(h.Start, "%s doc=%s cue=%s rule=%s entry=%s\n\tsource:   %s\n\tcontent:  %s\n\tsentence: %s\n",
			TagSpurious, label, pq(t, p.Cue), orDash(p.Rule), orDash(p.Entry), pq(t, p.Source), pq(t, p.Content), t.sentence(h.Start, h.End))
	}
	for _, pr := range d.Pairs {
		g, p := &d.Doc.Gold[pr.Gold], &d.Predicted[pr.Pred]
		h := anchor(g)
		head := func(tag string) string {
			return fmt.Sprintf("%s doc=%s gold=%s cue=%s rule=%s entry=%s", tag, label, g.ID, gq(g.Cue), orDash(p.Rule), orDash(p.Entry))
		}
		for r := range numRoles {
			gs, ps := goldRole(g, r), predRole(p, r)
			var how string
			switch {
			case gs.Empty() && ps.Empty():
				continue
			case gs.Empty():
				how = "extra"
			case ps.Empty():
				how = "missing"
			case t.exact(gs, ps):
				continue
			case t.overlap(gs, ps):
				how = "partial"
			default:
				how = "disjoint"
			}
			add(h.Start, "%s %s\n\tgold: %s\n\tpred: %s\n\tsentence: %s\n", head(roleTags[r]), how, gq(gs), pq(t, ps), t.sentence(h.Start, h.End))
		}
		if g.Stance != "" {
			if p.Stance != g.Stance {
				add(h.Start, "%s gold=%s pred=%s\n\tsentence: %s\n", head(TagStance), g.Stance, orDash(string(p.Stance)), t.sentence(h.Start, h.End))
			}
			if p.Negated != g.Negated {
				add(h.Start, "%s gold=%t pred=%t\n\tsentence: %s\n", head(TagNegated), g.Negated, p.Negated, t.sentence(h.Start, h.End))
			}
			if p.Timing != g.Timing {
				add(h.Start, "%s gold=%s pred=%s\n\tsentence: %s\n", head(TagTiming), orDash(string(g.Timing)), orDash(string(p.Timing)), t.sentence(h.Start, h.End))
			}
		}
		if g.DateValue != "" && (p.Date == nil || p.Date.Value != g.DateValue) {
			pd := "-"
			if p.Date != nil {
				pd = p.Date.Value + " " + pq(t, p.Date.Span)
			}
			add(h.Start, "%s gold=%s %s pred=%s\n", head(TagDate), g.DateValue, gq(*g.Date), pd)
		}
		if !extended {
			continue
		}
		if c := matchVia(t, g, p); c.Matched != c.Gold || c.Matched != c.Predicted {
			var gv, pv []string
			for _, v := range g.Via {
				gv = append(gv, gq(v))
			}
			for _, v := range p.Via {
				pv = append(pv, pq(t, v.Span))
			}
			add(h.Start, "%s\n\tgold: %s\n\tpred: %s\n", head(TagVia), orDash(strings.Join(gv, ", ")), orDash(strings.Join(pv, ", ")))
		}
		if c := matchFigures(t, g, p); c.Matched != c.Gold || c.Matched != c.Predicted {
			var b strings.Builder
			b.WriteString(head(TagFigure) + "\n")
			for _, f := range g.Figures {
				fmt.Fprintf(&b, "\tgold: %s %s\n", gq(f.Span), orDash(f.Note))
			}
			for _, f := range p.Figures {
				fmt.Fprintf(&b, "\tpred: %s %s\n", pq(t, f.Span), figureNote(&f))
			}
			add(h.Start, "%s", b.String())
		}
	}
	if len(blocks) == 0 {
		return
	}
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].pos < blocks[j].pos })
	fmt.Fprintf(w, "=== %s  (%s)  gold %d, predicted %d, paired %d\n\n", label, d.Doc.AnnPath, len(d.Doc.Gold), len(d.Predicted), len(d.Pairs))
	for _, b := range blocks {
		fmt.Fprintln(w, b.text)
	}
}

// anchor is where a gold attribution sits: its cue, else its content.
func anchor(g *GoldAttribution) sumber.Span {
	if !g.Cue.Empty() {
		return g.Cue.Hull()
	}
	return g.Content.Hull()
}

// figureNote writes a predicted figure in the gold note format.
func figureNote(f *sumber.Figure) string {
	lo, hi := f.Low, f.High
	if lo == 0 && hi == 0 {
		lo, hi = f.Value, f.Value
	}
	v := fmt.Sprint(lo)
	if hi != lo {
		v += "-" + fmt.Sprint(hi)
	}
	return strings.TrimSpace(fmt.Sprintf("%s %s %s %s", orDash(string(f.Bound)), v, orDash(f.Unit), orDash(f.Measure)))
}

// gq quotes a gold span with its offsets.
func gq(g GoldSpan) string {
	if g.Empty() {
		return "-"
	}
	var offs []string
	for _, s := range g.Segments {
		offs = append(offs, fmt.Sprintf("%d-%d", s.Start, s.End))
	}
	return fmt.Sprintf("%q [%s]", elide(g.Text()), strings.Join(offs, ";"))
}

// pq quotes a predicted span (its text taken from the document) with its offsets.
func pq(t *text, s sumber.Span) string {
	s = t.clamp(s)
	if s.Empty() {
		return "-"
	}
	return fmt.Sprintf("%q [%d-%d]", elide(t.slice(s.Start, s.End)), s.Start, s.End)
}

// elide shortens long texts in the middle, keeping both boundaries visible.
func elide(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= 240 {
		return s
	}
	return string(r[:120]) + " … " + string(r[len(r)-100:])
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// goldExtras lists a gold attribution's attributes, one indented line
// each, for MISS blocks.
func goldExtras(g *GoldAttribution) string {
	var b strings.Builder
	if g.Stance != "" {
		fmt.Fprintf(&b, "\tstance:   %s", g.Stance)
		if g.Negated {
			b.WriteString(", negated")
		}
		if g.Timing != "" {
			fmt.Fprintf(&b, ", %s", g.Timing)
		}
		b.WriteString("\n")
	}
	for _, v := range g.Via {
		fmt.Fprintf(&b, "\tvia:      %s\n", gq(v))
	}
	if g.Date != nil {
		fmt.Fprintf(&b, "\tdate:     %s %s\n", gq(*g.Date), orDash(g.DateValue))
	}
	for _, f := range g.Figures {
		fmt.Fprintf(&b, "\tfigure:   %s %s\n", gq(f.Span), orDash(f.Note))
	}
	return b.String()
}
