package analyze

import (
	"strings"
	"testing"
	"unicode/utf8"

	"sumber"
	"sumber/store"
)

// tollRecord is one attribution whose content holds the figure text fig,
// counted as unit/measure.
func tollRecord(id int64, content, fig string, v float64, unit, measure string) store.Record {
	r := store.Record{ID: id, DocumentID: 1, ClaimDate: "2025-02-10"}
	r.Content = sumber.Span{Start: 0, End: utf8.RuneCountInString(content), Text: content}
	if fig != "" {
		i := utf8.RuneCountInString(content[:strings.Index(content, fig)])
		r.Figures = []sumber.Figure{{Span: sumber.Span{Start: i, End: i + utf8.RuneCountInString(fig), Text: fig},
			Value: v, Low: v, High: v, Bound: sumber.Exact, Unit: unit, Measure: measure}}
	}
	return r
}

// TestTollSubjectAndIncrement: a disaster's toll is counted in the
// country where the claim, or else its document, places it (troops are
// not); what was added ("seven more bodies", "thêm bốn thi thể") is
// qualified as an increment, not taken for the toll.
func TestTollSubjectAndIncrement(t *testing.T) {
	tests := []struct {
		name    string
		recs    []store.Record
		measure []string // per observation, in order
		qual    []string
	}{
		{"a toll in a country named as a place",
			[]store.Record{tollRecord(1, "Floods in Indonesia have killed 40 people", "40 people", 40, "people", "killed")},
			[]string{"indonesia/people/killed"}, []string{""}},
		{"a toll takes the document's country when its claim names none",
			[]store.Record{tollRecord(1, "the river burst its banks in Indonesia", "", 0, "", ""),
				tollRecord(2, "the toll has risen to 55 people", "55 people", 55, "people", "killed")},
			[]string{"indonesia/people/killed"}, []string{""}},
		{"two countries named: no subject",
			[]store.Record{tollRecord(1, "Floods in Indonesia and in Vietnam have killed 40 people", "40 people", 40, "people", "killed")},
			nil, nil},
		{"troops in a country are not its troops",
			[]store.Record{tollRecord(1, "300 soldiers were killed in Ukraine", "300 soldiers", 300, "soldiers", "killed")},
			nil, nil},
		{"more bodies found are an increment",
			[]store.Record{tollRecord(1, "rescuers in Indonesia found 7 bodies more overnight", "7 bodies", 7, "people", "killed")},
			[]string{"indonesia/people/killed"}, []string{Increment}},
		{"lagi after the figure is an increment",
			[]store.Record{tollRecord(1, "Tim SAR di Indonesia menemukan tujuh jenazah lagi", "tujuh jenazah", 7, "people", "killed")},
			[]string{"indonesia/people/killed"}, []string{Increment}},
		{"thêm before the figure is an increment",
			[]store.Record{tollRecord(1, "lực lượng cứu hộ Indonesia đã tìm thấy thêm bốn thi thể", "bốn thi thể", 4, "people", "killed")},
			[]string{"indonesia/people/killed"}, []string{Increment}},
		{"lagi after a figure read without its noun is an increment",
			[]store.Record{tollRecord(1, "Tim SAR di Indonesia menemukan tujuh jenazah lagi", "tujuh", 7, "people", "killed")},
			[]string{"indonesia/people/killed"}, []string{Increment}},
		{"a comparison after the figure is no increment",
			[]store.Record{tollRecord(1, "Floods in Indonesia have killed 40 people more than the storm of 2019", "40", 40, "people", "killed")},
			[]string{"indonesia/people/killed"}, []string{""}},
		{"more than is a bound, no increment",
			[]store.Record{tollRecord(1, "Floods in Indonesia have displaced more than 6,000 people", "6,000 people", 6000, "people", "displaced")},
			[]string{"indonesia/people/displaced"}, []string{""}},
	}
	for _, tt := range tests {
		obs, _, _ := observeDocument(DocInfo{ID: 1, Story: "s"}, tt.recs)
		if len(obs) != len(tt.measure) {
			t.Errorf("%s: %d observations, want %d (%+v)", tt.name, len(obs), len(tt.measure), obs)
			continue
		}
		for i, o := range obs {
			if o.Measure != tt.measure[i] || o.Qualifier != tt.qual[i] {
				t.Errorf("%s: observation %d = %s (%q), want %s (%q)", tt.name, i, o.Measure, o.Qualifier, tt.measure[i], tt.qual[i])
			}
		}
	}
}

// TestBodyDescriptionBeforeName: a description of a body may precede its
// name when the name ends the source; a name inside a longer phrase is
// still what the source talks about.
func TestBodyDescriptionBeforeName(t *testing.T) {
	for text, want := range map[string]string{
		"the national spy agency NIS":                       "name:national-intelligence-service",
		"lembaga pemantau NIS":                              "name:national-intelligence-service",
		"the regional aid group NIS":                        "name:national-intelligence-service",
		"residents who fled the NIS":                        "",
		"The two governments watching Pyongyang's soldiers": "",
	} {
		m, ok := sourceActor(text)
		got := ""
		if ok {
			got = m.Actor.ID
		}
		if got != want {
			t.Errorf("sourceActor(%q) = %q, want %q", text, got, want)
		}
	}
}
