package analyze

import (
	"strings"
	"testing"

	"sumber"
)

// TestSiblingConflicts checks the findings between two bodies of one
// root: a disagreement on the same or the next day is a conflict, their
// agreement is no corroboration (they are not independent), and a body
// and the whole it belongs to ("South Korea" and its JCS) or two days
// further apart do not conflict.
func TestSiblingConflicts(t *testing.T) {
	const (
		nis   = "name:national-intelligence-service"
		jcs   = "name:south-korea-joint-chiefs-of-staff"
		korea = "Q884"
	)
	ob := func(id int64, origin, date string, v float64) Observation {
		return Observation{AttributionID: id, DocumentID: id, Measure: "north-korea/troops/killed", Actor: origin, ActorName: origin,
			Origin: origin, Root: korea, Known: true, Independence: korea, Date: date, When: date,
			Stance: string(sumber.Assert), Bound: string(sumber.Exact), Value: v, Low: v, High: v}
	}
	tests := []struct {
		name string
		obs  []Observation
		want []string // kind and origins of each finding
	}{
		{"siblings disagree on the same day", []Observation{ob(1, nis, "2024-12-20", 100), ob(2, jcs, "2024-12-20", 400)},
			[]string{"conflict " + nis + " " + jcs}},
		{"siblings disagree on the next day", []Observation{ob(1, nis, "2024-12-20", 100), ob(2, jcs, "2024-12-21", 400)},
			[]string{"conflict " + nis + " " + jcs}},
		{"siblings two days apart may have newer news", []Observation{ob(1, nis, "2024-12-20", 100), ob(2, jcs, "2024-12-22", 400)}, nil},
		{"siblings agreeing corroborate nothing", []Observation{ob(1, nis, "2024-12-20", 100), ob(2, jcs, "2024-12-20", 105)}, nil},
		{"a body and the country it belongs to", []Observation{ob(1, korea, "2024-12-20", 100), ob(2, jcs, "2024-12-20", 400)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range MeasureFindings("north-korea/troops/killed", tt.obs) {
				got = append(got, string(f.Kind)+" "+strings.Join(f.Origins, " "))
			}
			// origins are named as the gazetteer says them
			for i := range tt.want {
				tt.want[i] = strings.NewReplacer(nis, "National Intelligence Service (South Korea)", jcs, "Joint Chiefs of Staff (South Korea)").Replace(tt.want[i])
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
		})
	}
}
