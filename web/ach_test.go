package web_test

import (
	"regexp"
	"strings"
	"testing"
)

var achCell = regexp.MustCompile(`<td class="(c|i)">`)

// TestMeasureACH: a measure page weighs competing hypotheses about the
// true figure: bands split at the origins' figures by default, the
// analyst's own bands from ?h=, a C or I per origin and band, and the
// least inconsistent bands marked; bad bands are a 400 that says why.
func TestMeasureACH(t *testing.T) {
	e := newEnv(t, sqliteDSN(t), nil)
	e.seed()
	const page = "/measures/north-korea/troops/killed-or-wounded"
	code, body, _ := e.do(nil, "GET", page, nil, nil)
	if code != 200 || !strings.Contains(body, `class="ach-matrix"`) {
		t.Fatalf("%s: %d, no ACH matrix", page, code)
	}
	// South Korea's "> 1,100" and Ukraine's "≈ 3,800": the default bands
	// are split at 1,100 and 3,800, and "< 1,100" is refuted by both
	for _, want := range []string{"&lt; 1,100", "1,100–3,800", "≥ 3,800"} {
		if !strings.Contains(body, want) {
			t.Errorf("default bands: no %q", want)
		}
	}
	code, body, _ = e.do(nil, "GET", page+"?h=%3C1000%7C1000-3000%7C%3E%3D3000", nil, nil)
	if code != 200 {
		t.Fatalf("custom bands: %d", code)
	}
	matrix := body[strings.Index(body, `class="ach-matrix"`):]
	matrix = matrix[:strings.Index(matrix, "</table>")]
	cells := achCell.FindAllStringSubmatch(matrix, -1)
	var marks []string
	for _, c := range cells {
		marks = append(marks, c[1])
	}
	// rows by value: > 1,100 (I C C), ≈ 3,800 (I I C)
	if got := strings.Join(marks, ""); got != "icciic" {
		t.Errorf("cells %q, want icciic", got)
	}
	if !regexp.MustCompile(`<th scope="col" class="least">&gt;=3000</th>`).MatchString(matrix) {
		t.Errorf("the band refuted by nobody is not marked least:\n%s", matrix)
	}
	code, body, _ = e.do(nil, "GET", page+"?h=lots", nil, nil)
	if code != 400 || !strings.Contains(body, "want &lt;N") {
		t.Errorf("bad bands: %d %s", code, clip(body))
	}
	// the API gives the same matrix
	var m struct {
		ACH struct {
			Hypotheses []string `json:"hypotheses"`
			Rows       []struct {
				Consistent []bool `json:"consistent"`
			} `json:"rows"`
			Least []string `json:"least"`
		} `json:"ach"`
	}
	e.getJSON("/api/v1/measures/north-korea/troops/killed-or-wounded?hypotheses=%3C1000%7C1000-3000%7C%3E%3D3000", nil, &m)
	if len(m.ACH.Rows) != 2 || len(m.ACH.Least) != 1 || m.ACH.Least[0] != ">=3000" {
		t.Errorf("API ACH: %+v", m.ACH)
	}
	var plain map[string]any
	e.getJSON("/api/v1/measures/north-korea/troops/killed-or-wounded", nil, &plain)
	if _, ok := plain["ach"]; ok {
		t.Errorf("ACH in a measure not asked for it")
	}
	// in Indonesian the marks are K and T
	_, body, _ = e.do(nil, "GET", page, nil, map[string]string{"Accept-Language": "id"})
	if !strings.Contains(body, `<td class="c">K</td>`) || !strings.Contains(body, "Hipotesis yang bersaing") {
		t.Errorf("Indonesian ACH section missing")
	}
}
