package analyze

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Hypothesis is one band the true figure of a measure may lie in:
// Low ≤ figure < High (High is +Inf for an open band, null in JSON).
type Hypothesis struct {
	Low   float64 `json:"low"`
	High  float64 `json:"high"`
	Label string  `json:"label"`
}

// MarshalJSON writes an open band's High as null (JSON has no infinity).
func (h Hypothesis) MarshalJSON() ([]byte, error) {
	var hi *float64
	if !math.IsInf(h.High, 1) {
		hi = &h.High
	}
	return json.Marshal(struct {
		Low   float64  `json:"low"`
		High  *float64 `json:"high"`
		Label string   `json:"label"`
	}{h.Low, hi, h.Label})
}

// ACHRow is one independent origin's evidence in an ACH matrix: its
// latest usable figure, whether that figure is consistent with each
// hypothesis, and whether it tells them apart at all.
type ACHRow struct {
	Obs        Observation `json:"observation"`
	Consistent []bool      `json:"consistent"`
	// Diagnostic is false when the figure is consistent with every
	// hypothesis (or with none): it cannot help to choose.
	Diagnostic bool `json:"diagnostic"`
}

// ACH is an Analysis of Competing Hypotheses (Heuer) over one measure:
// hypotheses are bands of the true figure, evidence is each independent
// origin's latest figure (copies and relays of one origin count once;
// recalled, forecast and ambiguous figures are left out, as in the
// estimate). The method works by refutation: the hypotheses with the
// fewest inconsistent origins are the ones left standing.
type ACH struct {
	Measure    string       `json:"measure"`
	Hypotheses []Hypothesis `json:"hypotheses"`
	Rows       []ACHRow     `json:"rows"`
	// Inconsistency counts, per hypothesis, the origins inconsistent
	// with it.
	Inconsistency []int `json:"inconsistency"`
	// Least lists the hypotheses with the smallest inconsistency.
	Least []int `json:"least"`
}

// ACH builds the matrix for the measure over hyps, or over bands split
// at the origins' own figures when hyps is empty.
func (m *Measure) ACH(hyps []Hypothesis) ACH {
	keys := make([]string, 0, len(m.est.Latest))
	for k := range m.est.Latest {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var obs []Observation
	for _, k := range keys {
		obs = append(obs, m.est.Latest[k])
	}
	sort.SliceStable(obs, func(i, j int) bool { return obs[i].Value < obs[j].Value })
	if len(hyps) == 0 {
		hyps = splitAt(obs)
	}
	a := ACH{Measure: m.Key, Hypotheses: hyps, Inconsistency: make([]int, len(hyps))}
	for _, o := range obs {
		lo, hi := interval(o)
		row := ACHRow{Obs: o, Consistent: make([]bool, len(hyps))}
		n := 0
		for i, h := range hyps {
			// the figure's interval overlaps the band [Low, High)
			row.Consistent[i] = lo < h.High && hi >= h.Low
			if row.Consistent[i] {
				n++
			} else {
				a.Inconsistency[i]++
			}
		}
		row.Diagnostic = n > 0 && n < len(hyps)
		a.Rows = append(a.Rows, row)
	}
	best := math.MaxInt
	for i, n := range a.Inconsistency {
		switch {
		case n < best:
			best, a.Least = n, []int{i}
		case n == best:
			a.Least = append(a.Least, i)
		}
	}
	return a
}

// splitAt makes bands between the origins' distinct values: for figures
// of 1,100, 3,000 and 3,800, "< 1,100", "1,100–3,000", "3,000–3,800",
// "≥ 3,800".
func splitAt(obs []Observation) []Hypothesis {
	var cuts []float64
	for _, o := range obs {
		if o.Value > 0 && (len(cuts) == 0 || o.Value != cuts[len(cuts)-1]) {
			cuts = append(cuts, o.Value)
		}
	}
	if len(cuts) == 0 {
		return []Hypothesis{band(0, math.Inf(1))}
	}
	hyps := []Hypothesis{band(0, cuts[0])}
	for i := 1; i < len(cuts); i++ {
		hyps = append(hyps, band(cuts[i-1], cuts[i]))
	}
	return append(hyps, band(cuts[len(cuts)-1], math.Inf(1)))
}

// band is the hypothesis Low ≤ figure < High, labelled.
func band(lo, hi float64) Hypothesis {
	h := Hypothesis{Low: lo, High: hi}
	switch {
	case lo == 0 && math.IsInf(hi, 1):
		h.Label = "any"
	case lo == 0:
		h.Label = "< " + FormatValue("=", hi, hi, hi)
	case math.IsInf(hi, 1):
		h.Label = "≥ " + FormatValue("=", lo, lo, lo)
	default:
		h.Label = FormatValue("=", lo, lo, lo) + "–" + FormatValue("=", hi, hi, hi)
	}
	return h
}

// ParseHypotheses reads bands written "<1000,1000-3000,>=3000" (also
// ">3000", "<=1000"; thousands separators and spaces are ignored). The
// bands need not cover every value or be disjoint: they are the
// analyst's hypotheses.
func ParseHypotheses(s string) ([]Hypothesis, error) {
	var out []Hypothesis
	num := func(t string) (float64, error) {
		t = strings.NewReplacer(",", "", "_", "", " ", "").Replace(t)
		v, err := strconv.ParseFloat(t, 64)
		if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return 0, fmt.Errorf("hypothesis: %q is not a number", t)
		}
		return v, nil
	}
	for _, part := range strings.Split(s, ";") {
		for _, p := range strings.Split(part, "|") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			var lo, hi float64 = 0, math.Inf(1)
			var err error
			switch {
			case strings.HasPrefix(p, ">="), strings.HasPrefix(p, ">"):
				lo, err = num(strings.TrimLeft(p, ">="))
			case strings.HasPrefix(p, "<="):
				hi, err = num(p[2:])
				hi = math.Nextafter(hi, math.Inf(1))
			case strings.HasPrefix(p, "<"):
				hi, err = num(p[1:])
			case strings.Contains(p, "-"):
				a, b, _ := strings.Cut(p, "-")
				if lo, err = num(a); err == nil {
					hi, err = num(b)
				}
				if err == nil && hi <= lo {
					err = fmt.Errorf("hypothesis %q: the band is empty", p)
				}
			default:
				err = fmt.Errorf("hypothesis %q: want <N, <=N, >N, >=N or LOW-HIGH", p)
			}
			if err != nil {
				return nil, err
			}
			h := band(lo, hi)
			h.Label = p
			out = append(out, h)
		}
	}
	if len(out) < 2 {
		return nil, fmt.Errorf("hypotheses %q: give at least two, separated by | or ;", s)
	}
	return out, nil
}
