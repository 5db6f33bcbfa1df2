package analyze

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestParseHypotheses(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		in      string
		want    [][2]float64
		wantErr string
	}{
		{"<1000|1000-3000|>=3000", [][2]float64{{0, 1000}, {1000, 3000}, {3000, inf}}, ""},
		{"< 1,000 ; 1,000 - 3,000 ; > 3,000", [][2]float64{{0, 1000}, {1000, 3000}, {3000, inf}}, ""},
		{"<=500|>500", [][2]float64{{0, math.Nextafter(500, inf)}, {500, inf}}, ""},
		{"<1000", nil, "at least two"},
		{"3000-1000|>5", nil, "empty"},
		{"many|few", nil, "want <N"},
		{"<lots|>5", nil, "not a number"},
	}
	for _, tc := range tests {
		got, err := ParseHypotheses(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%q: err %v, want one with %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		var bands [][2]float64
		for _, h := range got {
			bands = append(bands, [2]float64{h.Low, h.High})
		}
		if !reflect.DeepEqual(bands, tc.want) {
			t.Errorf("%q: %v, want %v", tc.in, bands, tc.want)
		}
	}
}

// achMeasure is a measure whose independent origins' latest figures are
// "more than 1,100" (A), "about 3,000" (B) and "at most 500" (C).
func achMeasure() *Measure {
	m := &Measure{Key: "varesia/troops/killed-or-wounded"}
	m.est.Latest = map[string]Observation{
		"a": {Origin: "name:a", Bound: ">", Value: 1100, Low: 1100, High: 1100, Date: "2025-03-01"},
		"b": {Origin: "name:b", Bound: "~", Value: 3000, Low: 3000, High: 3000, Date: "2025-03-02"},
		"c": {Origin: "name:c", Bound: "<=", Value: 500, Low: 500, High: 500, Date: "2025-03-03"},
	}
	return m
}

func TestACHWeighsTheAnalystsHypotheses(t *testing.T) {
	hyps, err := ParseHypotheses("<1000|1000-2000|>=2000")
	if err != nil {
		t.Fatal(err)
	}
	a := achMeasure().ACH(hyps)
	// rows sorted by value: C (≤ 500), A (> 1,100), B (≈ 3,000)
	want := [][]bool{{true, false, false}, {false, true, true}, {false, false, true}}
	for i, r := range a.Rows {
		if !reflect.DeepEqual(r.Consistent, want[i]) || !r.Diagnostic {
			t.Errorf("row %d (%s %v): %v, want %v, diagnostic", i, r.Obs.Bound, r.Obs.Value, r.Consistent, want[i])
		}
	}
	if !reflect.DeepEqual(a.Inconsistency, []int{2, 2, 1}) || !reflect.DeepEqual(a.Least, []int{2}) {
		t.Errorf("inconsistency %v, least %v; want [2 2 1], [2]", a.Inconsistency, a.Least)
	}
}

func TestACHDefaultBandsSplitAtTheFigures(t *testing.T) {
	a := achMeasure().ACH(nil)
	var labels []string
	for _, h := range a.Hypotheses {
		labels = append(labels, h.Label)
	}
	if want := []string{"< 500", "500–1,100", "1,100–3,000", "≥ 3,000"}; !reflect.DeepEqual(labels, want) {
		t.Errorf("bands %q, want %q", labels, want)
	}
	// no band is consistent with all three: each is refuted by someone
	for i, n := range a.Inconsistency {
		if n == 0 {
			t.Errorf("band %q refuted by nobody", labels[i])
		}
	}
}

func TestACHWithoutFigures(t *testing.T) {
	a := (&Measure{Key: "x/y/z"}).ACH(nil)
	if len(a.Rows) != 0 || len(a.Hypotheses) != 1 {
		t.Errorf("%+v", a)
	}
}
