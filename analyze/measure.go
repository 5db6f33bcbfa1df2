package analyze

import (
	"math"
	"sort"
)

// Measure is everything known about one measure: every figure with its
// origin, via chain, date and document, the range of estimates and the
// findings within it.
type Measure struct {
	Key          string        `json:"key"`
	Observations []Observation `json:"observations"`
	Findings     []Finding     `json:"findings,omitempty"`
}

// Estimate summarises a measure as UCDP and ACLED do, over the latest
// current figure of each independent origin (copies of a story and
// relays of one origin count once; recalled, forecast and ambiguous
// figures and unknown sources are left out):
//
//   - Low: the smallest lower bound ("more than 1,100" → 1,100; an
//     upper-bounded figure has none);
//   - High: the largest upper bound (a lower-bounded figure has none; 0
//     when no figure has one);
//   - Best: the median of those origins' values, so that no origin
//     weighs more for being relayed more often;
//   - Conservative: the lowest of those values, with its evidence (the
//     ACLED rule: report the most conservative figure, note the
//     dispute).
type Estimate struct {
	Origins      int         `json:"origins"`
	Low          float64     `json:"low"`
	Best         float64     `json:"best"`
	High         float64     `json:"high"`
	Conservative Observation `json:"conservative"`
}

// Estimate computes the measure's estimate; ok is false when no usable
// figure is left.
func (m *Measure) Estimate() (Estimate, bool) {
	latest := map[string]Observation{}
	for _, o := range m.Observations {
		if !usable(o) {
			continue
		}
		if p, ok := latest[o.Independence]; !ok || o.Date > p.Date || o.Date == p.Date && o.AttributionID > p.AttributionID {
			latest[o.Independence] = o
		}
	}
	if len(latest) == 0 {
		return Estimate{}, false
	}
	keys := make([]string, 0, len(latest))
	for k := range latest {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	e := Estimate{Origins: len(latest), Low: math.Inf(1)}
	var vals []float64
	for i, k := range keys {
		o := latest[k]
		vals = append(vals, o.Value)
		lo, hi := interval(o)
		if o.Bound == "~" {
			lo, hi = o.Low, o.High
		}
		if o.Bound != "<" && o.Bound != "<=" {
			e.Low = math.Min(e.Low, lo)
		}
		if !math.IsInf(hi, 1) {
			e.High = math.Max(e.High, hi)
		}
		if i == 0 || o.Value < e.Conservative.Value {
			e.Conservative = o
		}
	}
	if math.IsInf(e.Low, 1) {
		e.Low = 0
	}
	e.Best = median(vals)
	return e, true
}

// merge adds observations, replacing those of the same attribution and
// position, and keeps them ordered by date then attribution.
func (m *Measure) merge(obs []Observation) {
	type k struct {
		id  int64
		ord int
	}
	idx := map[k]int{}
	for i, o := range m.Observations {
		idx[k{o.AttributionID, o.Ord}] = i
	}
	for _, o := range obs {
		if i, ok := idx[k{o.AttributionID, o.Ord}]; ok {
			m.Observations[i] = o
			continue
		}
		idx[k{o.AttributionID, o.Ord}] = len(m.Observations)
		m.Observations = append(m.Observations, o)
	}
	sort.SliceStable(m.Observations, func(i, j int) bool {
		a, b := m.Observations[i], m.Observations[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.AttributionID != b.AttributionID {
			return a.AttributionID < b.AttributionID
		}
		return a.Ord < b.Ord
	})
	m.Findings = MeasureFindings(m.Key, m.Observations)
}

// Proposition is every statement of one concept bucket and the stance
// findings among them.
type Proposition struct {
	Bucket     string      `json:"bucket"`
	Statements []Statement `json:"statements"`
	Findings   []Finding   `json:"findings,omitempty"`
}

func (p *Proposition) merge(sts []Statement) {
	seen := map[int64]int{}
	for i, s := range p.Statements {
		seen[s.AttributionID] = i
	}
	for _, s := range sts {
		if i, ok := seen[s.AttributionID]; ok {
			p.Statements[i] = s
			continue
		}
		seen[s.AttributionID] = len(p.Statements)
		p.Statements = append(p.Statements, s)
	}
	sort.SliceStable(p.Statements, func(i, j int) bool { return p.Statements[i].AttributionID < p.Statements[j].AttributionID })
	p.Findings = StanceFindings(p.Bucket, p.Statements)
}

// ActorHistory is every claim resolved to one actor.
type ActorHistory struct {
	Actor  string  `json:"actor"`
	Claims []Claim `json:"claims"`
}

func (h *ActorHistory) merge(cls []Claim) {
	seen := map[int64]int{}
	for i, c := range h.Claims {
		seen[c.AttributionID] = i
	}
	for _, c := range cls {
		if i, ok := seen[c.AttributionID]; ok {
			h.Claims[i] = c
			continue
		}
		seen[c.AttributionID] = len(h.Claims)
		h.Claims = append(h.Claims, c)
	}
	sort.SliceStable(h.Claims, func(i, j int) bool {
		a, b := h.Claims[i], h.Claims[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.AttributionID < b.AttributionID
	})
}
