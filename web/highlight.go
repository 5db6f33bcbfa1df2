package web

import (
	"html"
	"html/template"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/microcosm-cc/bluemonday"

	"sumber"
	"sumber/store"
)

// hlSpan is one stretch of a document's text to highlight: a source, cue
// or content span of an attribution. Offsets are code points.
type hlSpan struct {
	start, end int
	role       string // "source", "cue", "content", "via", "figure"
	attr       int64
	title      string
}

var roleOrder = map[string]int{"content": 0, "source": 1, "via": 2, "cue": 3, "figure": 4}

// spansOf lists the highlighted spans of a document's attributions.
func spansOf(recs []store.Record, l Localizer) []hlSpan {
	var out []hlSpan
	for _, r := range recs {
		why := attrTitle(r, l)
		add := func(s sumber.Span, role string) {
			if !s.Empty() {
				out = append(out, hlSpan{s.Start, s.End, role, r.ID, l.T("role."+role) + " · " + why})
			}
		}
		add(r.Content, "content")
		add(r.Source, "source")
		add(r.Cue, "cue")
		for _, v := range r.Via {
			add(v.Span, "via")
		}
		for _, f := range r.Figures {
			out = append(out, hlSpan{f.Span.Start, f.Span.End, "figure", r.ID, l.T("role.figure") + " · " + FormatFigure(f) + " · " + l.T("rule") + ": " + f.Rule})
		}
	}
	return out
}

// attrTitle says why an attribution was extracted: its stance, rule and
// lexicon entry.
func attrTitle(r store.Record, l Localizer) string {
	s := "#" + strconv.FormatInt(r.ID, 10) + " · " + l.T("stance."+string(r.Stance))
	if r.Negated {
		s += " (" + l.T("negated") + ")"
	}
	return s + " · " + l.T("rule") + ": " + r.Rule + " · " + l.T("entry") + ": " + r.Entry
}

// highlight renders text with the spans as nested <span class="hl
// hl-ROLE"> elements. Spans that cross rather than nest are closed and
// reopened (the reopened part has class hl-cont), so the markup is
// always well formed. The first element of each cue carries the id
// "aN" of its attribution and is focusable, so that a link can target
// it and the keyboard can reach it; its title says which rule and
// lexicon entry produced it. Text is escaped; the result is also passed
// through a bluemonday policy that allows nothing but these spans.
func highlight(text string, spans []hlSpan) template.HTML {
	rs := []rune(text)
	n := len(rs)
	var sp []hlSpan
	bounds := []int{0, n}
	for _, s := range spans {
		s.start, s.end = max(0, s.start), min(n, s.end)
		if s.end <= s.start {
			continue
		}
		sp = append(sp, s)
		bounds = append(bounds, s.start, s.end)
	}
	sort.SliceStable(sp, func(i, j int) bool {
		a, b := sp[i], sp[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		if roleOrder[a.role] != roleOrder[b.role] {
			return roleOrder[a.role] < roleOrder[b.role]
		}
		return a.attr < b.attr
	})
	sort.Ints(bounds)
	var b strings.Builder
	var stack []int // indexes into sp
	opened := make([]bool, len(sp))
	cueSeen := map[int64]bool{}
	var cover []int
	for k := 0; k+1 < len(bounds); k++ {
		lo, hi := bounds[k], bounds[k+1]
		if lo == hi {
			continue
		}
		cover = cover[:0]
		for i, s := range sp {
			if s.start > lo {
				break
			}
			if s.end >= hi {
				cover = append(cover, i)
			}
		}
		p := 0
		for p < len(stack) && p < len(cover) && stack[p] == cover[p] {
			p++
		}
		for i := len(stack) - 1; i >= p; i-- {
			b.WriteString("</span>")
		}
		stack = append(stack[:p], cover[p:]...)
		for _, i := range cover[p:] {
			s := sp[i]
			b.WriteString(`<span class="hl hl-` + s.role)
			if opened[i] {
				b.WriteString(` hl-cont`)
			}
			b.WriteString(`" data-a="` + strconv.FormatInt(s.attr, 10) + `" data-role="` + s.role + `"`)
			if s.role == "cue" && !cueSeen[s.attr] {
				cueSeen[s.attr] = true
				b.WriteString(` id="a` + strconv.FormatInt(s.attr, 10) + `" tabindex="0"`)
			}
			b.WriteString(` title="` + html.EscapeString(s.title) + `" aria-label="` + html.EscapeString(s.title) + `">`)
			opened[i] = true
		}
		b.WriteString(html.EscapeString(string(rs[lo:hi])))
	}
	for range stack {
		b.WriteString("</span>")
	}
	return template.HTML(hlPolicy().Sanitize(b.String()))
}

var (
	hlOnce sync.Once
	hlPol  *bluemonday.Policy
)

// hlPolicy allows only the markup highlight writes: spans with these
// attributes and an id of the form "aN".
func hlPolicy() *bluemonday.Policy {
	hlOnce.Do(func() {
		p := bluemonday.NewPolicy()
		p.AllowAttrs("class", "title", "aria-label", "tabindex").OnElements("span")
		p.AllowAttrs("id").Matching(regexp.MustCompile(`^a[0-9]+$`)).OnElements("span")
		p.AllowDataAttributes()
		hlPol = p
	})
	return hlPol
}
