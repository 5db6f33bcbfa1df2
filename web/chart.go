package web

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"
	"time"

	"sumber"
)

// palette holds colour-blind-safe colours (Okabe–Ito) for origins and
// stances, in order.
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999"}

// originColour gives the i-th origin its colour.
func originColour(i int) string { return palette[i%len(palette)] }

// timeScale maps days onto [x0, x1].
type timeScale struct {
	t0, t1 time.Time
	x0, x1 float64
}

func newTimeScale(days []time.Time, x0, x1 float64) timeScale {
	s := timeScale{x0: x0, x1: x1}
	for i, d := range days {
		if i == 0 || d.Before(s.t0) {
			s.t0 = d
		}
		if i == 0 || d.After(s.t1) {
			s.t1 = d
		}
	}
	if len(days) == 0 {
		s.t0 = time.Now()
		s.t1 = s.t0
	}
	pad := s.t1.Sub(s.t0) / 20
	if pad < 24*time.Hour {
		pad = 24 * time.Hour
	}
	s.t0, s.t1 = s.t0.Add(-pad), s.t1.Add(pad)
	return s
}

func (s timeScale) x(t time.Time) float64 {
	return s.x0 + (s.x1-s.x0)*float64(t.Sub(s.t0))/float64(s.t1.Sub(s.t0))
}

// ticks returns whole days at least span/n apart across the scale, so
// that labels never crowd.
func (s timeScale) ticks(n int) []time.Time {
	const day = 24 * time.Hour
	step := int(math.Ceil(s.t1.Sub(s.t0).Hours() / 24 / float64(n)))
	step = max(step, 1)
	t := s.t0.Truncate(day)
	if t.Before(s.t0) {
		t = t.Add(day)
	}
	var out []time.Time
	for ; !t.After(s.t1); t = t.Add(time.Duration(step) * day) {
		out = append(out, t)
	}
	return out
}

// niceMax rounds v up to 1, 2, 2.5 or 5 times a power of ten.
func niceMax(v float64) float64 {
	if v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

// pointKind says how a figure is drawn: "range" (a bar from low to
// high), "up" (at least / more than: an arrow up), "down" (at most /
// less than: an arrow down) or "point".
func pointKind(p Point) string {
	switch sumber.Bound(p.Bound) {
	case sumber.AtLeast, sumber.More:
		return "up"
	case sumber.AtMost, sumber.Less:
		return "down"
	}
	if p.Low < p.High {
		return "range"
	}
	return "point"
}

// measureChart draws a measure's figures over time as SVG: x is the
// claim date, y the value from 0; one colour per origin (in the order of
// m.Origins); ranges as bars, lower bounds as arrows up, upper bounds as
// arrows down, others as dots (hollow when approximate). Every mark is a
// link to its attribution in its document, with a <title> for hover and
// data- attributes that tests read.
func measureChart(m *MeasureInfo, l Localizer) template.HTML {
	const W, H, left, right, top, bottom = 720.0, 340.0, 72.0, 16.0, 16.0, 44.0
	colour := map[string]int{}
	for i, o := range m.Origins {
		colour[o] = i
	}
	var days []time.Time
	ymax := 0.0
	for _, p := range m.Points {
		if t, ok := sumber.ParseDateValue(p.Date); ok {
			days = append(days, t)
		}
		top := p.Value
		if pointKind(p) == "range" && !math.IsInf(p.High, 0) {
			top = math.Max(top, p.High)
		}
		if pointKind(p) == "up" {
			top *= 1.25
		}
		ymax = math.Max(ymax, top)
	}
	ymax = niceMax(ymax * 1.05)
	xs := newTimeScale(days, left+10, W-right-10)
	y := func(v float64) float64 { return top + (H-top-bottom)*(1-math.Min(v, ymax)/ymax) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %g %g" role="img" aria-labelledby="chart-title" data-points="%d" xmlns="http://www.w3.org/2000/svg">`, W, H, len(m.Points))
	fmt.Fprintf(&b, `<title id="chart-title">%s</title>`, html.EscapeString(l.F("chart.title", l.MeasureLabel(m.Key, m.Label))))
	// Axes and grid.
	for i := 0; i <= 5; i++ {
		v := ymax * float64(i) / 5
		fmt.Fprintf(&b, `<line class="grid" x1="%g" x2="%g" y1="%.1f" y2="%.1f"/>`, left, W-right, y(v), y(v))
		fmt.Fprintf(&b, `<text class="ytick" x="%g" y="%.1f" text-anchor="end">%s</text>`, left-6, y(v)+4, formatNum(v))
	}
	fmt.Fprintf(&b, `<line class="axis" x1="%g" x2="%g" y1="%g" y2="%g"/>`, left, W-right, H-bottom, H-bottom)
	for _, t := range xs.ticks(5) {
		x := xs.x(t)
		fmt.Fprintf(&b, `<line class="axis" x1="%.1f" x2="%.1f" y1="%g" y2="%g"/>`, x, x, H-bottom, H-bottom+5)
		fmt.Fprintf(&b, `<text class="xtick" x="%.1f" y="%g" text-anchor="%s">%s</text>`, x, H-bottom+20, anchor(x, left, W-right), t.Format("2006-01-02"))
	}
	// Marks. Figures of one day are spread a little by origin.
	n := float64(len(m.Origins))
	for _, p := range m.Points {
		t, ok := sumber.ParseDateValue(p.Date)
		if !ok {
			continue
		}
		ci := colour[p.Origin]
		x := xs.x(t) + (float64(ci)-(n-1)/2)*7
		c := originColour(ci)
		kind := pointKind(p)
		label := fmt.Sprintf("%s: %s (%s, %s)", p.Origin, fmtPoint(p), p.Date, p.Outlet)
		if len(p.Via) > 0 {
			label += " " + l.T("via") + " " + strings.Join(p.Via, ", ")
		}
		fmt.Fprintf(&b, `<a href="/documents/%d#a%d" class="mark" data-kind="%s" data-origin="%s" data-value="%g" data-low="%g" data-high="%g" data-bound="%s" data-date="%s" data-attr="%d" aria-label="%s"><title>%s</title>`,
			p.DocumentID, p.AttributionID, kind, html.EscapeString(p.Origin), p.Value, finite(p.Low), finite(p.High), html.EscapeString(p.Bound), html.EscapeString(p.Date), p.AttributionID, html.EscapeString(label), html.EscapeString(label))
		yv := y(p.Value)
		switch kind {
		case "range":
			y1, y2 := y(p.Low), y(finite(p.High))
			fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.55"/>`, x, x, y1, y2, c)
			fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s" stroke-width="2"/><line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s" stroke-width="2"/>`, x-5, x+5, y1, y1, c, x-5, x+5, y2, y2, c)
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="4" fill="%s"/>`, x, yv, c)
		case "up", "down":
			d := -26.0
			if kind == "down" {
				d = 26
			}
			tip := yv + d
			fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s" stroke-width="2.5"/>`, x, x, yv, tip, c)
			fmt.Fprintf(&b, `<path d="M%.1f %.1f L%.1f %.1f L%.1f %.1f Z" fill="%s"/>`, x-6, tip-d/4, x+6, tip-d/4, x, tip, c)
			fill := c
			if p.Bound == string(sumber.More) || p.Bound == string(sumber.Less) {
				fill = "#fff"
			}
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="9" height="3" fill="%s" stroke="%s"/>`, x-4.5, yv-1.5, fill, c)
		default:
			fill := c
			if p.Bound == string(sumber.About) {
				fill = "#fff"
			}
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="5" fill="%s" stroke="%s" stroke-width="2"/>`, x, yv, fill, c)
		}
		b.WriteString(`</a>`)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// anchor keeps a tick label inside the plot: labels near an edge are
// aligned to it.
func anchor(x, lo, hi float64) string {
	switch {
	case x-lo < 40:
		return "start"
	case hi-x < 40:
		return "end"
	}
	return "middle"
}

func finite(v float64) float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0
	}
	return v
}

// stanceTimeline draws an actor's claims over time as SVG: one lane per
// stance label, one dot per claim (hollow when negated), each a link to
// the claim in its document.
func stanceTimeline(claims []Claim, l Localizer) template.HTML {
	const W, lane, left, right, top, bottom = 760.0, 26.0, 175.0, 16.0, 10.0, 30.0
	H := top + bottom + lane*float64(len(sumber.Stances))
	var days []time.Time
	for _, c := range claims {
		if t, ok := sumber.ParseDateValue(c.Date); ok {
			days = append(days, t)
		}
	}
	xs := newTimeScale(days, left+10, W-right-10)
	laneOf := map[string]int{}
	for i, s := range sumber.Stances {
		laneOf[string(s)] = i
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %g %g" role="img" aria-labelledby="tl-title" data-claims="%d" xmlns="http://www.w3.org/2000/svg">`, W, H, len(claims))
	fmt.Fprintf(&b, `<title id="tl-title">%s</title>`, html.EscapeString(l.T("actor.timeline")))
	for i, s := range sumber.Stances {
		yy := top + lane*float64(i) + lane/2
		fmt.Fprintf(&b, `<line class="grid" x1="%g" x2="%g" y1="%g" y2="%g"/>`, left, W-right, yy, yy)
		fmt.Fprintf(&b, `<text class="ytick" x="%g" y="%g" text-anchor="end">%s</text>`, left-6, yy+4, html.EscapeString(l.T("stance."+string(s))))
	}
	for _, t := range xs.ticks(5) {
		x := xs.x(t)
		fmt.Fprintf(&b, `<text class="xtick" x="%.1f" y="%g" text-anchor="%s">%s</text>`, x, H-8, anchor(x, left, W-right), t.Format("2006-01-02"))
	}
	for _, c := range claims {
		t, ok := sumber.ParseDateValue(c.Date)
		if !ok {
			continue
		}
		i, ok := laneOf[c.Stance]
		if !ok {
			continue
		}
		colour := palette[i%len(palette)]
		fill := colour
		if c.Negated {
			fill = "#fff"
		}
		label := fmt.Sprintf("%s · %s · %s", c.Date, l.T("stance."+c.Stance), c.Content)
		fmt.Fprintf(&b, `<a href="/documents/%d#a%d" class="mark" data-stance="%s" data-date="%s" aria-label="%s"><title>%s</title><circle cx="%.1f" cy="%g" r="6" fill="%s" stroke="%s" stroke-width="2"/></a>`,
			c.DocumentID, c.AttributionID, html.EscapeString(c.Stance), html.EscapeString(c.Date), html.EscapeString(label), html.EscapeString(label), xs.x(t), top+lane*float64(i)+lane/2, fill, colour)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
