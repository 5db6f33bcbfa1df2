package web

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"sumber"
	"sumber/gazetteer"
	"sumber/store"
)

// Claim is one attribution as shown on an actor page or as evidence of a
// finding.
type Claim struct {
	AttributionID int64    `json:"attribution_id"`
	DocumentID    int64    `json:"document_id"`
	Actor         string   `json:"actor"`
	Source        string   `json:"source"`
	Stance        string   `json:"stance"`
	Negated       bool     `json:"negated,omitempty"`
	Timing        string   `json:"timing,omitempty"`
	Via           []string `json:"via,omitempty"`
	Date          string   `json:"date"`
	Outlet        string   `json:"outlet,omitempty"`
	Content       string   `json:"content"`
	Figures       []string `json:"figures,omitempty"`
}

// Basic is a store-only Analysis: it reads the whole ledger, groups
// figures into measures by subject, unit and measure, takes each claim's
// origin from the gazetteer (a person stands for the body they speak
// for), and reports revisions (one origin, changing figures or deny →
// confirm), conflicts (origins whose latest figures are disjoint and at
// least 1.5 times apart) and corroborations (independent origins within
// 10 %). Near-duplicate documents are left out. It recomputes at most
// once per MinAge, only when the ledger changed, and, after the first
// time, in the background while requests get the previous result.
type Basic struct {
	Store store.Store
	// MinAge is the least time between recomputations; 0 means 2 s.
	MinAge time.Duration

	mu        sync.Mutex
	first     sync.Mutex // serialises the first load
	reloading atomic.Bool
	snap      *basicSnap
	stats     store.Stats
	at        time.Time
}

type basicSnap struct {
	actors   []ActorInfo
	claims   map[string][]Claim // actor id → claims
	byAttr   map[int64]Claim
	measures []MeasureInfo
	byKey    map[string]*MeasureInfo
	findings []FindingInfo
}

func (b *Basic) load(ctx context.Context) (*basicSnap, error) {
	min := b.MinAge
	if min == 0 {
		min = 2 * time.Second
	}
	b.mu.Lock()
	snap, at := b.snap, b.at
	b.mu.Unlock()
	if snap != nil {
		// Stale while revalidating: answer now, reload in the background.
		if time.Since(at) >= min && b.reloading.CompareAndSwap(false, true) {
			go func() {
				defer b.reloading.Store(false)
				if _, err := b.reload(context.Background()); err != nil {
					b.mu.Lock()
					b.at = time.Now()
					b.mu.Unlock()
				}
			}()
		}
		return snap, nil
	}
	b.first.Lock()
	defer b.first.Unlock()
	b.mu.Lock()
	snap = b.snap
	b.mu.Unlock()
	if snap != nil {
		return snap, nil
	}
	return b.reload(ctx)
}

// reload reads the ledger again when its counts changed.
func (b *Basic) reload(ctx context.Context) (*basicSnap, error) {
	st, err := b.Store.Stats(ctx)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	if b.snap != nil && st == b.stats {
		b.at = time.Now()
		snap := b.snap
		b.mu.Unlock()
		return snap, nil
	}
	b.mu.Unlock()
	var recs []store.Record
	var after store.Cursor
	for {
		page, next, err := b.Store.Attributions(ctx, store.Filter{After: after, Limit: store.MaxLimit})
		if err != nil {
			return nil, err
		}
		recs = append(recs, page...)
		if next == 0 {
			break
		}
		after = next
	}
	snap := buildSnap(recs)
	b.mu.Lock()
	b.snap, b.stats, b.at = snap, st, time.Now()
	b.mu.Unlock()
	return snap, nil
}

// actorOf resolves the source of a record through the gazetteer.
func actorOf(r *store.Record) sumber.Actor {
	name := r.Actor
	if name == "" {
		name = r.Source.Text
	}
	a, _ := gazetteer.Identify(name)
	return a
}

// originOf is the body an actor speaks for.
func originOf(a sumber.Actor) sumber.Actor {
	if o := gazetteer.Origin(a.ID); o != a.ID {
		if oa, ok := gazetteer.ActorByID(o); ok {
			return oa
		}
	}
	return a
}

func slug(s string) string { return strings.ReplaceAll(gazetteer.Fold(s), " ", "-") }

// FormatFigure writes a figure as an analyst reads it: "≥ 10,000 troops".
func FormatFigure(f sumber.Figure) string {
	var b strings.Builder
	if f.Low < f.High && f.Bound != sumber.AtLeast && f.Bound != sumber.More && f.Bound != sumber.AtMost && f.Bound != sumber.Less {
		if f.Bound == sumber.About {
			b.WriteString("≈ ")
		}
		b.WriteString(formatNum(f.Low) + "–" + formatNum(f.High))
	} else {
		if s := boundSymbol(f.Bound); s != "" && s != "=" {
			b.WriteString(s + " ")
		}
		b.WriteString(formatNum(f.Value))
	}
	if f.Unit != "" {
		b.WriteString(" " + f.Unit)
	}
	if f.Measure != "" {
		b.WriteString(" " + f.Measure)
	}
	return b.String()
}

func boundSymbol(b sumber.Bound) string {
	switch b {
	case sumber.About:
		return "≈"
	case sumber.AtLeast:
		return "≥"
	case sumber.AtMost:
		return "≤"
	}
	return string(b)
}

// formatNum writes a number with thousands separators and at most two
// decimals.
func formatNum(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return "∞"
	}
	neg := v < 0
	v = math.Abs(v)
	whole := math.Floor(v)
	frac := v - whole
	s := fmt.Sprintf("%.0f", whole)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	r := string(out)
	if frac > 0.005 {
		r += strings.TrimRight(fmt.Sprintf("%.2f", frac)[1:], "0")
	}
	if neg {
		r = "-" + r
	}
	return r
}

func claimOf(r *store.Record, a sumber.Actor) Claim {
	c := Claim{
		AttributionID: r.ID, DocumentID: r.DocumentID, Actor: a.Name, Source: r.Source.Text,
		Stance: string(r.Stance), Negated: r.Negated, Timing: string(r.Timing),
		Date: r.ClaimDate, Outlet: r.Outlet, Content: r.Content.Text,
	}
	for _, v := range r.Via {
		name := v.Actor
		if name == "" {
			name = v.Span.Text
		}
		c.Via = append(c.Via, name)
	}
	for _, f := range r.Figures {
		c.Figures = append(c.Figures, FormatFigure(f))
	}
	return c
}

func buildSnap(recs []store.Record) *basicSnap {
	s := &basicSnap{claims: map[string][]Claim{}, byAttr: map[int64]Claim{}, byKey: map[string]*MeasureInfo{}}
	actors := map[string]*ActorInfo{}
	measures := map[string]*MeasureInfo{}
	type stanceEv struct {
		origin, name string
		c            Claim
	}
	var stances []stanceEv
	for i := range recs {
		r := &recs[i]
		a := actorOf(r)
		c := claimOf(r, a)
		s.byAttr[r.ID] = c
		ai := actors[a.ID]
		if ai == nil {
			filter := r.Actor
			if filter == "" {
				filter = r.Source.Text
			}
			ai = &ActorInfo{ID: a.ID, Name: a.Name, Kind: a.Kind, Filter: filter, Stances: map[string]int{}}
			actors[a.ID] = ai
		}
		ai.Claims++
		ai.Stances[string(r.Stance)]++
		s.claims[a.ID] = append(s.claims[a.ID], c)
		if r.DuplicateOf != 0 {
			continue // a copy adds no evidence
		}
		o := originOf(a)
		if r.Stance == sumber.Deny || r.Stance == sumber.Confirm {
			stances = append(stances, stanceEv{o.ID, o.Name, c})
		}
		for _, f := range r.Figures {
			if f.Measure == "" {
				continue
			}
			subj, subjName := "any", ""
			if f.Subject != "" {
				sa, _ := gazetteer.Identify(f.Subject)
				subj, subjName = slug(sa.Name), sa.Name
			}
			unit := f.Unit
			if unit == "" {
				unit = "count"
			}
			key := subj + "/" + slug(unit) + "/" + slug(f.Measure)
			m := measures[key]
			if m == nil {
				label := f.Measure + " (" + unit + ")"
				if subjName != "" {
					label = subjName + ": " + label
				}
				m = &MeasureInfo{Key: key, Label: label, Unit: f.Unit, Measure: f.Measure, Subject: f.Subject}
				measures[key] = m
			}
			m.Points = append(m.Points, Point{
				AttributionID: r.ID, DocumentID: r.DocumentID, Origin: o.Name, Via: c.Via, Outlet: r.Outlet,
				Date: r.ClaimDate, Bound: string(f.Bound), Value: f.Value, Low: f.Low, High: f.High, Text: f.Span.Text,
				root: gazetteer.Root(o.ID),
			})
		}
	}
	for _, a := range actors {
		s.actors = append(s.actors, *a)
	}
	sort.Slice(s.actors, func(i, j int) bool {
		if s.actors[i].Claims != s.actors[j].Claims {
			return s.actors[i].Claims > s.actors[j].Claims
		}
		return s.actors[i].Name < s.actors[j].Name
	})
	for _, cs := range s.claims {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Date < cs[j].Date })
	}
	for _, m := range measures {
		summarise(m)
		s.findings = append(s.findings, measureFindings(m)...)
		s.measures = append(s.measures, *m)
	}
	sort.Slice(s.measures, func(i, j int) bool {
		if s.measures[i].Count != s.measures[j].Count {
			return s.measures[i].Count > s.measures[j].Count
		}
		return s.measures[i].Key < s.measures[j].Key
	})
	for i := range s.measures {
		s.byKey[s.measures[i].Key] = &s.measures[i]
	}
	// Changes of position: an origin denies, then later confirms.
	sort.SliceStable(stances, func(i, j int) bool { return stances[i].c.Date < stances[j].c.Date })
	firstDeny := map[string]Claim{}
	done := map[string]bool{}
	for _, e := range stances {
		if e.c.Negated {
			continue
		}
		if e.c.Stance == string(sumber.Deny) {
			if _, ok := firstDeny[e.origin]; !ok {
				firstDeny[e.origin] = e.c
			}
			continue
		}
		if d, ok := firstDeny[e.origin]; ok && !done[e.origin] && d.Date < e.c.Date {
			done[e.origin] = true
			s.findings = append(s.findings, FindingInfo{Finding: sumber.Finding{
				Kind:        sumber.Revision,
				Explanation: fmt.Sprintf("%s denied (%s), then confirmed (%s): a change of position.", e.name, d.Date, e.c.Date),
				Evidence:    []int64{d.AttributionID, e.c.AttributionID},
			}})
		}
	}
	sort.SliceStable(s.findings, func(i, j int) bool {
		if s.findings[i].Kind != s.findings[j].Kind {
			return s.findings[i].Kind < s.findings[j].Kind
		}
		return s.findings[i].Explanation < s.findings[j].Explanation
	})
	for i := range s.findings {
		f := &s.findings[i]
		f.ID = fmt.Sprintf("f%d", i+1)
		seen := map[int64]bool{}
		for _, id := range f.Evidence {
			if c, ok := s.byAttr[id]; ok && !seen[c.DocumentID] {
				seen[c.DocumentID] = true
				f.Documents = append(f.Documents, c.DocumentID)
			}
		}
	}
	return s
}

// summarise orders a measure's points and computes its summary.
func summarise(m *MeasureInfo) {
	sort.SliceStable(m.Points, func(i, j int) bool {
		if m.Points[i].Date != m.Points[j].Date {
			return m.Points[i].Date < m.Points[j].Date
		}
		return m.Points[i].AttributionID < m.Points[j].AttributionID
	})
	m.Count = len(m.Points)
	m.Low, m.High = math.Inf(1), math.Inf(-1)
	seen := map[string]bool{}
	latest := map[string]int{}
	for i, p := range m.Points {
		if !seen[p.Origin] {
			seen[p.Origin] = true
			m.Origins = append(m.Origins, p.Origin)
		}
		latest[p.Origin] = i
		m.Low = math.Min(m.Low, p.Low)
		m.High = math.Max(m.High, p.High)
	}
	var bests []float64
	var cons *Point
	for _, o := range m.Origins {
		p := m.Points[latest[o]]
		bests = append(bests, p.Value)
		if cons == nil || p.Value < cons.Value {
			pp := p
			cons = &pp
		}
	}
	sort.Float64s(bests)
	if n := len(bests); n > 0 {
		m.Best = bests[n/2]
		if n%2 == 0 {
			m.Best = (bests[n/2-1] + bests[n/2]) / 2
		}
	}
	m.Conservative = cons
	m.OriginCount = len(m.Origins)
	if m.Count == 0 {
		m.Low, m.High = 0, 0
	}
}

// measureFindings finds revisions, conflicts and corroborations in one
// measure.
func measureFindings(m *MeasureInfo) []FindingInfo {
	var out []FindingInfo
	byOrigin := map[string][]Point{}
	for _, p := range m.Points {
		byOrigin[p.Origin] = append(byOrigin[p.Origin], p)
	}
	latest := map[string]Point{}
	for _, o := range m.Origins {
		ps := byOrigin[o]
		latest[o] = ps[len(ps)-1]
		// Revision: the origin's figure changes over time.
		ev := []int64{ps[0].AttributionID}
		steps := []string{fmt.Sprintf("%s (%s)", fmtPoint(ps[0]), ps[0].Date)}
		last := ps[0]
		for _, p := range ps[1:] {
			if p.Date > last.Date && ratio(p.Value, last.Value) > 1.05 {
				ev = append(ev, p.AttributionID)
				steps = append(steps, fmt.Sprintf("%s (%s)", fmtPoint(p), p.Date))
				last = p
			}
		}
		if len(ev) > 1 {
			out = append(out, FindingInfo{MeasureKey: m.Key, Finding: sumber.Finding{
				Kind: sumber.Revision, Measure: m.Label, Evidence: ev,
				Explanation: fmt.Sprintf("%s revised %s: %s.", o, m.Label, strings.Join(steps, " → ")),
			}})
		}
	}
	for i, a := range m.Origins {
		for _, b := range m.Origins[i+1:] {
			pa, pb := latest[a], latest[b]
			if pa.DocumentID == pb.DocumentID && pa.AttributionID == pb.AttributionID {
				continue
			}
			r := ratio(pa.Value, pb.Value)
			switch {
			case r >= 1.5 && (pa.High < pb.Low || pb.High < pa.Low):
				out = append(out, FindingInfo{MeasureKey: m.Key, Finding: sumber.Finding{
					Kind: sumber.Conflict, Measure: m.Label, Evidence: []int64{pa.AttributionID, pb.AttributionID},
					Explanation: fmt.Sprintf("%s says %s, %s says %s: %.1f times apart.", a, fmtPoint(pa), b, fmtPoint(pb), r),
				}})
			case r <= 1.1 && pa.root != pb.root:
				out = append(out, FindingInfo{MeasureKey: m.Key, Finding: sumber.Finding{
					Kind: sumber.Corroboration, Measure: m.Label, Evidence: []int64{pa.AttributionID, pb.AttributionID},
					Explanation: fmt.Sprintf("%s (%s) and %s (%s) agree.", a, fmtPoint(pa), b, fmtPoint(pb)),
				}})
			}
		}
	}
	return out
}

func fmtPoint(p Point) string {
	return FormatFigure(sumber.Figure{Value: p.Value, Low: p.Low, High: p.High, Bound: sumber.Bound(p.Bound)})
}

func ratio(a, b float64) float64 {
	a, b = math.Abs(a), math.Abs(b)
	if a == 0 || b == 0 {
		if a == b {
			return 1
		}
		return math.Inf(1)
	}
	return math.Max(a, b) / math.Min(a, b)
}

// Actors implements Analysis.
func (b *Basic) Actors(ctx context.Context) ([]ActorInfo, error) {
	s, err := b.load(ctx)
	if err != nil {
		return nil, err
	}
	return s.actors, nil
}

// Measures implements Analysis; the points are left out.
func (b *Basic) Measures(ctx context.Context) ([]MeasureInfo, error) {
	s, err := b.load(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]MeasureInfo, len(s.measures))
	for i, m := range s.measures {
		m.Points, m.Origins = nil, nil
		out[i] = m
	}
	return out, nil
}

// Measure implements Analysis.
func (b *Basic) Measure(ctx context.Context, key string) (*MeasureInfo, bool, error) {
	s, err := b.load(ctx)
	if err != nil {
		return nil, false, err
	}
	m, ok := s.byKey[key]
	return m, ok, nil
}

// Findings implements Analysis.
func (b *Basic) Findings(ctx context.Context, kind sumber.FindingKind) ([]FindingInfo, error) {
	s, err := b.load(ctx)
	if err != nil {
		return nil, err
	}
	if kind == "" {
		return s.findings, nil
	}
	var out []FindingInfo
	for _, f := range s.findings {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out, nil
}

// Actor implements Analysis.
func (b *Basic) Actor(ctx context.Context, id string) (*ActorInfo, []Claim, bool, error) {
	s, err := b.load(ctx)
	if err != nil {
		return nil, nil, false, err
	}
	for i := range s.actors {
		if s.actors[i].ID == id {
			return &s.actors[i], s.claims[id], true, nil
		}
	}
	return nil, nil, false, nil
}

// Claims implements Analysis.
func (b *Basic) Claims(ctx context.Context, ids []int64) ([]Claim, error) {
	s, err := b.load(ctx)
	if err != nil {
		return nil, err
	}
	var out []Claim
	for _, id := range ids {
		if c, ok := s.byAttr[id]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}
