package web

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"sumber"
	"sumber/analyze"
	"sumber/gazetteer"
	"sumber/store"
)

// Analyzed is the Analysis of package analyze: measures with UCDP/ACLED
// estimates over independent origins, and findings that know syndicated
// copies, translations and relays. It brings the analysis up to date
// (Analyzer.Update, incremental) when the ledger has changed, at most
// once per MinAge and never making more than one request wait for it.
// The actor list comes from Basic, which groups claims by gazetteer
// identity the same way.
type Analyzed struct {
	An    *analyze.Analyzer
	Store store.Store
	// MinAge is the least time between checks for new attributions; 0
	// means 1 s.
	MinAge time.Duration

	basic    Basic
	once     sync.Once
	updating sync.Mutex
	mu       sync.Mutex
	checked  time.Time
	stats    store.Stats
	docOf    map[int64]int64 // evidence attribution → document
	claims   map[int64]Claim
	// Results are cached until the next update.
	findings []analyze.Finding
	measures []MeasureInfo
	// raw keeps the analysis of each measure read, for its page (Measure)
	// and its ACH matrix
	raw map[string]*analyze.Measure
}

// NewAnalyzed returns the analyze-backed Analysis of st.
func NewAnalyzed(st store.Store) *Analyzed {
	return &Analyzed{An: analyze.New(st), Store: st}
}

func (a *Analyzed) init() {
	a.once.Do(func() {
		a.basic.Store = a.Store
		a.basic.MinAge = a.MinAge
		a.docOf = map[int64]int64{}
		a.claims = map[int64]Claim{}
		a.raw = map[string]*analyze.Measure{}
	})
}

// ensure keeps the analysis up to date. The first call updates it and
// makes concurrent callers wait; later calls, at most once per MinAge,
// start an update in the background when none is running, and answer
// from the state as it is (a page may lag the ledger by one update).
func (a *Analyzed) ensure(ctx context.Context) error {
	a.init()
	min := a.MinAge
	if min == 0 {
		min = time.Second
	}
	a.mu.Lock()
	checked := a.checked
	a.mu.Unlock()
	if !checked.IsZero() {
		if time.Since(checked) >= min && a.updating.TryLock() {
			go func() {
				defer a.updating.Unlock()
				if err := a.refresh(context.Background()); err != nil {
					a.mu.Lock()
					a.checked = time.Now() // retry after MinAge
					a.mu.Unlock()
				}
			}()
		}
		return nil
	}
	a.updating.Lock()
	defer a.updating.Unlock()
	a.mu.Lock()
	done := !a.checked.IsZero()
	a.mu.Unlock()
	if done { // another request did it meanwhile
		return nil
	}
	return a.refresh(ctx)
}

// refresh runs Analyzer.Update when the ledger's counts changed and
// drops the cached results. The caller holds a.updating.
func (a *Analyzed) refresh(ctx context.Context) error {
	st, err := a.Store.Stats(ctx)
	if err != nil {
		return err
	}
	a.mu.Lock()
	changed := st != a.stats || a.checked.IsZero()
	a.mu.Unlock()
	if changed {
		if _, err := a.An.Update(ctx); err != nil {
			return err
		}
	}
	a.mu.Lock()
	a.stats, a.checked = st, time.Now()
	if changed {
		a.claims = map[int64]Claim{}
		a.findings, a.measures, a.raw = nil, nil, map[string]*analyze.Measure{}
	}
	a.mu.Unlock()
	return nil
}

// Actors implements Analysis.
func (a *Analyzed) Actors(ctx context.Context) ([]ActorInfo, error) {
	a.init()
	return a.basic.Actors(ctx)
}

// Actor implements Analysis: the actor from the list, its claims from
// the analysis (falling back to the list's when analysis has none).
func (a *Analyzed) Actor(ctx context.Context, id string) (*ActorInfo, []Claim, bool, error) {
	a.init()
	info, claims, ok, err := a.basic.Actor(ctx, id)
	if err != nil || !ok {
		return info, claims, ok, err
	}
	if err := a.ensure(ctx); err != nil {
		return nil, nil, false, err
	}
	_, cls, err := a.An.Actor(ctx, info.Name, false)
	if err != nil || len(cls) == 0 {
		return info, claims, true, err
	}
	out := make([]Claim, len(cls))
	for i, c := range cls {
		out[i] = Claim{AttributionID: c.AttributionID, DocumentID: c.DocumentID, Actor: c.Actor, Source: c.Source,
			Stance: c.Stance, Negated: c.Negated, Timing: c.Timing, Via: c.Via, Date: c.Date, Outlet: c.Outlet,
			Content: c.Content, Figures: c.Figures}
	}
	return info, out, true, nil
}

func splitKey(key string) (subject, unit, measure string) {
	p := strings.SplitN(key, "/", 3)
	if len(p) != 3 {
		return "", "", key
	}
	return p[0], p[1], p[2]
}

func originName(id, fallback string) string {
	if a, ok := gazetteer.ActorByID(id); ok {
		return a.Name
	}
	if fallback != "" {
		return fallback
	}
	return strings.TrimPrefix(id, "name:")
}

func obsPoint(o analyze.Observation) Point {
	return Point{AttributionID: o.AttributionID, DocumentID: o.DocumentID, Origin: originName(o.Origin, o.ActorName),
		Via: o.Via, Outlet: o.Outlet, Date: o.Date, Bound: o.Bound, Value: o.Value, Low: o.Low, High: o.High,
		Text: o.Text, Qualifier: o.Qualifier, root: o.Root}
}

func measureInfo(key string) MeasureInfo {
	s, u, m := splitKey(key)
	if s == "any" {
		s = ""
	}
	return MeasureInfo{Key: key, Label: analyze.MeasurePhrase(key), Subject: s, Unit: u, Measure: m}
}

// Measures implements Analysis.
func (a *Analyzed) Measures(ctx context.Context) ([]MeasureInfo, error) {
	if err := a.ensure(ctx); err != nil {
		return nil, err
	}
	a.mu.Lock()
	cached := a.measures
	a.mu.Unlock()
	if cached != nil {
		return cached, nil
	}
	ms, err := a.An.Measures(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]MeasureInfo, 0, len(ms))
	for _, m := range ms {
		mi := measureInfo(m.Key)
		mi.Count, mi.OriginCount = m.Figures, m.Estimate.Origins
		if m.HasEst {
			mi.Low, mi.Best, mi.High = m.Estimate.Low, m.Estimate.Best, m.Estimate.High
			p := obsPoint(m.Estimate.Conservative)
			mi.Conservative = &p
		}
		out = append(out, mi)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Key < out[j].Key
	})
	a.mu.Lock()
	a.measures = out
	a.mu.Unlock()
	return out, nil
}

// Measure implements Analysis.
func (a *Analyzed) Measure(ctx context.Context, key string) (*MeasureInfo, bool, error) {
	if err := a.ensure(ctx); err != nil {
		return nil, false, err
	}
	m, ok, err := a.rawMeasure(ctx, key)
	if !ok || err != nil {
		return nil, false, err
	}
	mi := measureInfo(key)
	seen := map[string]bool{}
	for _, o := range m.Observations {
		p := obsPoint(o)
		mi.Points = append(mi.Points, p)
		if !seen[p.Origin] {
			seen[p.Origin] = true
			mi.Origins = append(mi.Origins, p.Origin)
		}
	}
	sort.SliceStable(mi.Points, func(i, j int) bool { return mi.Points[i].Date < mi.Points[j].Date })
	mi.Count = len(mi.Points)
	if e, ok := m.Estimate(); ok {
		mi.Low, mi.Best, mi.High, mi.OriginCount = e.Low, e.Best, e.High, e.Origins
		p := obsPoint(e.Conservative)
		mi.Conservative = &p
	}
	return &mi, true, nil
}

// rawMeasure is the analysis of one measure, read once until the next
// update; ok is false when there is no such measure.
func (a *Analyzed) rawMeasure(ctx context.Context, key string) (*analyze.Measure, bool, error) {
	a.mu.Lock()
	m, ok := a.raw[key]
	a.mu.Unlock()
	if ok {
		return m, true, nil
	}
	m, err := a.An.Measure(ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	a.mu.Lock()
	if a.raw != nil && len(a.raw) < 10000 {
		a.raw[key] = m
	}
	a.mu.Unlock()
	return m, true, nil
}

// Findings implements Analysis. Ids are positions in the full list, so
// that they do not change with the kind filter.
func (a *Analyzed) Findings(ctx context.Context, kind sumber.FindingKind) ([]FindingInfo, error) {
	if err := a.ensure(ctx); err != nil {
		return nil, err
	}
	a.mu.Lock()
	fs := a.findings
	a.mu.Unlock()
	if fs == nil {
		var err error
		if fs, err = a.An.Findings(ctx, ""); err != nil {
			return nil, err
		}
		if fs == nil {
			fs = []analyze.Finding{}
		}
	}
	var out []FindingInfo
	a.mu.Lock()
	defer a.mu.Unlock()
	a.findings = fs
	for i, f := range fs {
		fi := FindingInfo{ID: fmt.Sprintf("f%d", i+1), Finding: f.Finding, Documents: []int64{}, Template: f.Template, Args: f.Args}
		if strings.Count(f.Measure, "/") == 2 {
			fi.MeasureKey = f.Measure
			fi.Measure = analyze.MeasurePhrase(f.Measure)
		} else if f.Proposition != "" {
			fi.Measure = f.Proposition
		}
		seen := map[int64]bool{}
		for _, it := range f.Items {
			a.docOf[it.AttributionID] = it.DocumentID
			if !seen[it.DocumentID] {
				seen[it.DocumentID] = true
				fi.Documents = append(fi.Documents, it.DocumentID)
			}
		}
		if fi.Evidence == nil {
			fi.Evidence = []int64{}
		}
		if kind == "" || f.Kind == kind {
			out = append(out, fi)
		}
	}
	return out, nil
}

// Claims implements Analysis for the evidence of findings: the claims
// are read from their documents in the store.
func (a *Analyzed) Claims(ctx context.Context, ids []int64) ([]Claim, error) {
	a.init()
	a.mu.Lock()
	need := map[int64]bool{}
	for _, id := range ids {
		if _, ok := a.claims[id]; !ok {
			if d, ok := a.docOf[id]; ok {
				need[d] = true
			}
		}
	}
	a.mu.Unlock()
	for d := range need {
		var after store.Cursor
		for {
			recs, next, err := a.Store.Attributions(ctx, store.Filter{DocumentID: d, After: after, Limit: store.MaxLimit})
			if err != nil {
				return nil, err
			}
			a.mu.Lock()
			for i := range recs {
				a.claims[recs[i].ID] = claimOf(&recs[i], actorOf(&recs[i]))
			}
			a.mu.Unlock()
			if next == 0 {
				break
			}
			after = next
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []Claim
	for _, id := range ids {
		if c, ok := a.claims[id]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// ACHInfo is an Analysis of Competing Hypotheses over one measure, for
// the measure page: the hypotheses (bands of the true figure), a row per
// independent origin's latest figure, the inconsistency count of each
// hypothesis and which are the least inconsistent.
type ACHInfo struct {
	Hypotheses    []string `json:"hypotheses"`
	Rows          []ACHRow `json:"rows"`
	Inconsistency []int    `json:"inconsistency"`
	// Least marks the least inconsistent hypotheses by index; LeastBands
	// names them.
	Least      map[int]bool `json:"-"`
	LeastBands []string     `json:"least"`
}

// ACHRow is one origin's evidence in an ACHInfo.
type ACHRow struct {
	Point      Point  `json:"point"`
	Consistent []bool `json:"consistent"`
	Diagnostic bool   `json:"diagnostic"`
}

// ACH weighs hyps (bands split at the origins' figures when empty)
// against a measure's figures (see analyze.Measure.ACH); ok is false
// when there is no such measure.
func (a *Analyzed) ACH(ctx context.Context, key string, hyps []analyze.Hypothesis) (*ACHInfo, bool, error) {
	if err := a.ensure(ctx); err != nil {
		return nil, false, err
	}
	m, ok, err := a.rawMeasure(ctx, key)
	if !ok || err != nil {
		return nil, false, err
	}
	x := m.ACH(hyps)
	info := &ACHInfo{Inconsistency: x.Inconsistency, Least: map[int]bool{}}
	for _, h := range x.Hypotheses {
		info.Hypotheses = append(info.Hypotheses, h.Label)
	}
	for _, r := range x.Rows {
		info.Rows = append(info.Rows, ACHRow{Point: obsPoint(r.Obs), Consistent: r.Consistent, Diagnostic: r.Diagnostic})
	}
	for _, i := range x.Least {
		info.Least[i] = true
		info.LeastBands = append(info.LeastBands, x.Hypotheses[i].Label)
	}
	return info, true, nil
}
