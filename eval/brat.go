package eval

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"sumber"
)

// GoldSpan is an annotated stretch of text. BRAT allows discontinuous
// spans ("T9	Content 315 448;463 553"), so it keeps every segment, in text
// order; a role spread over several entities (Content and Content2) is
// one GoldSpan with the segments of both.
type GoldSpan struct {
	Segments []sumber.Span
}

// Empty reports whether the span covers nothing.
func (g GoldSpan) Empty() bool {
	for _, s := range g.Segments {
		if !s.Empty() {
			return false
		}
	}
	return true
}

// Hull is the contiguous span from the first segment's start to the last
// segment's end.
func (g GoldSpan) Hull() sumber.Span {
	if len(g.Segments) == 0 {
		return sumber.Span{}
	}
	h := sumber.Span{Start: g.Segments[0].Start, End: g.Segments[0].End}
	for _, s := range g.Segments[1:] {
		h.Start = min(h.Start, s.Start)
		h.End = max(h.End, s.End)
	}
	return h
}

// Text joins the segments' texts with " … ".
func (g GoldSpan) Text() string {
	parts := make([]string, len(g.Segments))
	for i, s := range g.Segments {
		parts[i] = s.Text
	}
	return strings.Join(parts, " … ")
}

func (g *GoldSpan) add(o GoldSpan) {
	g.Segments = append(g.Segments, o.Segments...)
	sort.SliceStable(g.Segments, func(i, j int) bool { return g.Segments[i].Start < g.Segments[j].Start })
}

// GoldFigure is an annotated Quantity span with its normalised value, read
// from the annotator note "OP VALUE UNIT MEASURE" (">= 10000 troops
// deployed", "~ 200-900 troops killed-or-wounded").
type GoldFigure struct {
	Span GoldSpan
	// Note is the raw annotator note; empty when the span has none.
	Note string
	// Normalised is set when Note parsed; only then are the fields below
	// meaningful.
	Normalised bool
	Bound      sumber.Bound
	Low, High  float64
	Unit       string
	Measure    string
}

// GoldAttribution is one annotated claim: an E line with its roles and
// attributes.
type GoldAttribution struct {
	// ID is the E line's id ("E3").
	ID      string
	Source  GoldSpan // may be empty (PolNeAR's Attribution-no-source)
	Cue     GoldSpan
	Content GoldSpan
	Via     []GoldSpan
	// Date is the claim date span; DateValue its normalised note
	// ("2024-12-23"), empty when not given.
	Date      *GoldSpan
	DateValue string
	Figures   []GoldFigure
	// Stance is empty when the annotation gives none (PolNeAR).
	Stance  sumber.Stance
	Negated bool
	Timing  sumber.Timing
}

// Warning is a problem met while reading annotations: a malformed or
// inconsistent line that was skipped or repaired.
type Warning struct {
	File string
	Line int // 1-based; 0 when not tied to a line
	Msg  string
}

func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg)
	}
	return fmt.Sprintf("%s: %s", w.File, w.Msg)
}

type bratEntity struct {
	line int
	typ  string
	span GoldSpan
	text string // as written in the .ann file
}

type bratEvent struct {
	line int
	id   string
	args [][2]string // role, target id
}

type bratAttr struct {
	line                int
	name, target, value string
}

// ParseAnn reads BRAT standoff annotations for the document text and
// returns its gold attributions, in the order of their E lines. Offsets
// are code points into text. Lines that cannot be read are skipped and
// reported as warnings naming file; ParseAnn never fails.
func ParseAnn(ann, text, file string) ([]GoldAttribution, []Warning) {
	runes := []rune(text)
	var warns []Warning
	warn := func(line int, format string, a ...any) {
		warns = append(warns, Warning{File: file, Line: line, Msg: fmt.Sprintf(format, a...)})
	}
	ents := map[string]*bratEntity{}
	notes := map[string]string{}
	var events []bratEvent
	var attrs []bratAttr
	var last *bratEntity // the previous T, for texts that span lines

	lines := strings.Split(ann, "\n")
	for i, line := range lines {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			if last != nil {
				last.text += "\n"
			}
			continue
		}
		id, rest, hasTab := strings.Cut(line, "\t")
		kind := bratKind(id)
		if kind == 0 || !hasTab {
			if last != nil {
				// The annotated text contained a newline: this line
				// continues the previous T's text.
				last.text += "\n" + line
				continue
			}
			warn(n, "malformed line %q", short(line))
			continue
		}
		last = nil
		switch kind {
		case 'T':
			head, txt, _ := strings.Cut(rest, "\t")
			typ, offs, ok := strings.Cut(head, " ")
			if !ok || typ == "" {
				warn(n, "malformed entity %q", short(line))
				continue
			}
			span, err := parseOffsets(offs, runes)
			if err != nil {
				warn(n, "entity %s: %v", id, err)
				continue
			}
			if _, dup := ents[id]; dup {
				warn(n, "duplicate id %s", id)
			}
			e := &bratEntity{line: n, typ: typ, span: span, text: txt}
			ents[id] = e
			last = e
		case 'E':
			ev := bratEvent{line: n, id: id}
			for _, f := range strings.Fields(rest) {
				role, target, ok := strings.Cut(f, ":")
				if !ok || role == "" || target == "" {
					warn(n, "event %s: malformed argument %q", id, f)
					continue
				}
				ev.args = append(ev.args, [2]string{role, target})
			}
			events = append(events, ev)
		case 'A':
			f := strings.Fields(rest)
			if len(f) < 2 {
				warn(n, "malformed attribute %q", short(line))
				continue
			}
			a := bratAttr{line: n, name: f[0], target: f[1]}
			if len(f) > 2 {
				a.value = strings.Join(f[2:], " ")
			}
			attrs = append(attrs, a)
		case '#':
			f := strings.SplitN(rest, "\t", 2)
			hf := strings.Fields(f[0])
			if len(hf) < 2 || len(f) < 2 {
				warn(n, "malformed note %q", short(line))
				continue
			}
			if hf[0] == "AnnotatorNotes" {
				notes[hf[1]] = strings.TrimSpace(f[1])
			}
		default:
			// R, N, M and * lines are valid BRAT but carry nothing we score.
		}
	}

	// Check the annotated texts against the document.
	for id, e := range ents {
		got := collapse(e.text)
		var parts []string
		for _, s := range e.span.Segments {
			parts = append(parts, s.Text)
		}
		if want := collapse(strings.Join(parts, " ")); got != "" && got != want && !sameWords(got, want) {
			warn(e.line, "entity %s: text %q does not match the document's %q at its offsets", id, short(got), short(want))
		}
	}

	byEvent := map[string]*GoldAttribution{}
	var gold []GoldAttribution
	for _, ev := range events {
		g := GoldAttribution{ID: ev.id}
		var trigger *GoldSpan
		for _, a := range ev.args {
			role, target := a[0], a[1]
			e, ok := ents[target]
			if !ok {
				warn(ev.line, "event %s: %s refers to unknown entity %s", ev.id, role, target)
				continue
			}
			base := strings.TrimRight(role, "0123456789")
			switch {
			case strings.HasPrefix(base, "Attribution"):
				sp := e.span
				trigger = &sp
			case base == "Source":
				g.Source.add(e.span)
			case base == "Cue":
				g.Cue.add(e.span)
			case base == "Content":
				g.Content.add(e.span)
			case base == "Via":
				g.Via = append(g.Via, e.span)
			case base == "Date":
				if g.Date != nil {
					warn(ev.line, "event %s: more than one Date, keeping the first", ev.id)
					continue
				}
				sp := e.span
				g.Date = &sp
				g.DateValue = notes[target]
			case base == "Quantity":
				fig := GoldFigure{Span: e.span, Note: notes[target]}
				if fig.Note != "" {
					if err := parseFigureNote(&fig); err != nil {
						warn(ev.line, "event %s: figure note of %s: %v", ev.id, target, err)
					}
				}
				g.Figures = append(g.Figures, fig)
			default:
				warn(ev.line, "event %s: unknown role %q", ev.id, role)
			}
		}
		if g.Cue.Empty() && trigger != nil {
			g.Cue = *trigger
		}
		if g.Cue.Empty() && g.Content.Empty() {
			warn(ev.line, "event %s has neither cue nor content; skipped", ev.id)
			continue
		}
		gold = append(gold, g)
	}
	for i := range gold {
		byEvent[gold[i].ID] = &gold[i]
	}
	for _, a := range attrs {
		g, ok := byEvent[a.target]
		if !ok {
			warn(a.line, "attribute %s refers to unknown attribution %s", a.name, a.target)
			continue
		}
		v := strings.ToLower(a.value)
		switch a.name {
		case "Stance":
			if !validStance(v) {
				warn(a.line, "unknown stance %q; ignored", a.value)
				continue
			}
			g.Stance = sumber.Stance(v)
		case "Negated":
			g.Negated = v == "" || v == "true" || v == "yes"
		case "Timing":
			switch sumber.Timing(v) {
			case sumber.Earlier, sumber.Later, sumber.Superseded:
				g.Timing = sumber.Timing(v)
			case "current":
				g.Timing = sumber.Current
			default:
				warn(a.line, "unknown timing %q", a.value)
			}
		default:
			warn(a.line, "unknown attribute %q", a.name)
		}
	}
	sort.SliceStable(warns, func(i, j int) bool { return warns[i].Line < warns[j].Line })
	return gold, warns
}

// bratKind returns the annotation kind of a BRAT id ('T', 'E', 'A', '#',
// 'R', 'N', 'M', '*'), or 0 when id is not one.
func bratKind(id string) rune {
	if id == "*" {
		return '*'
	}
	if len(id) < 2 || !strings.ContainsRune("TEARNM#", rune(id[0])) {
		return 0
	}
	for _, c := range id[1:] {
		if c < '0' || c > '9' {
			return 0
		}
	}
	return rune(id[0])
}

// parseOffsets reads "S E;S E" and checks it against the text.
func parseOffsets(s string, runes []rune) (GoldSpan, error) {
	var g GoldSpan
	for _, seg := range strings.Split(s, ";") {
		f := strings.Fields(seg)
		if len(f) != 2 {
			return g, fmt.Errorf("malformed offsets %q", s)
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil {
			return g, fmt.Errorf("malformed offsets %q", s)
		}
		if a < 0 || b < a || b > len(runes) {
			return g, fmt.Errorf("offsets %d-%d outside the text (%d code points)", a, b, len(runes))
		}
		g.Segments = append(g.Segments, sumber.Span{Start: a, End: b, Text: string(runes[a:b])})
	}
	sort.SliceStable(g.Segments, func(i, j int) bool { return g.Segments[i].Start < g.Segments[j].Start })
	return g, nil
}

// parseFigureNote reads "OP VALUE [UNIT [MEASURE...]]" into fig.
func parseFigureNote(fig *GoldFigure) error {
	f := strings.Fields(fig.Note)
	if len(f) < 2 {
		return fmt.Errorf("want OP VALUE UNIT MEASURE, got %q", fig.Note)
	}
	switch b := sumber.Bound(f[0]); b {
	case sumber.Exact, sumber.About, sumber.AtLeast, sumber.More, sumber.AtMost, sumber.Less:
		fig.Bound = b
	default:
		return fmt.Errorf("unknown operator %q", f[0])
	}
	lo, hi, err := parseRange(f[1])
	if err != nil {
		return err
	}
	fig.Low, fig.High = lo, hi
	if len(f) > 2 {
		fig.Unit = f[2]
	}
	if len(f) > 3 {
		fig.Measure = strings.Join(f[3:], " ")
	}
	fig.Normalised = true
	return nil
}

// parseRange reads "10000", "1.5", "200-900".
func parseRange(s string) (lo, hi float64, err error) {
	num := func(x string) (float64, error) {
		return strconv.ParseFloat(strings.ReplaceAll(x, ",", ""), 64)
	}
	if a, b, ok := strings.Cut(s, "-"); ok && a != "" {
		lo, err1 := num(a)
		hi, err2 := num(b)
		if err1 != nil || err2 != nil || hi < lo {
			return 0, 0, fmt.Errorf("bad range %q", s)
		}
		return lo, hi, nil
	}
	v, err := num(s)
	if err != nil {
		return 0, 0, fmt.Errorf("bad value %q", s)
	}
	return v, v, nil
}

func validStance(v string) bool {
	for _, s := range sumber.Stances {
		if string(s) == v {
			return true
		}
	}
	return false
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func short(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// sameWords reports whether a and b hold the same words in any order:
// BRAT writes a discontinuous span's text in the order the annotator
// marked its segments.
func sameWords(a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) != len(y) {
		return false
	}
	sort.Strings(x)
	sort.Strings(y)
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}
