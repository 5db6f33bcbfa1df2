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
	est          EstimateState
}

// Estimate summarises a measure as UCDP and ACLED do, over the latest
// current figure of each origin, by root (copies of a story and relays
// of one origin count once; recalled, forecast and ambiguous
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
	latest := m.est.Latest
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

func sortObservations(obs []Observation) {
	sort.SliceStable(obs, func(i, j int) bool {
		a, b := obs[i], obs[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.AttributionID != b.AttributionID {
			return a.AttributionID < b.AttributionID
		}
		return a.Ord < b.Ord
	})
}

// Proposition is every statement of one concept bucket.
type Proposition struct {
	Bucket     string      `json:"bucket"`
	Statements []Statement `json:"statements"`
}

// ActorHistory is one actor's claims (in one month, as stored).
type ActorHistory struct {
	Actor  string  `json:"actor"`
	Claims []Claim `json:"claims"`
}
