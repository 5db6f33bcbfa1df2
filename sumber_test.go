package sumber

import "testing"

func TestFigureNote(t *testing.T) {
	for _, c := range []struct {
		f    Figure
		want string
	}{
		{Figure{Value: 1100, Low: 1100, High: 1100, Bound: More, Unit: "troops", Measure: "killed-or-wounded"}, "> 1100 troops killed-or-wounded"},
		{Figure{Value: 550, Low: 200, High: 900, Bound: About, Unit: "troops"}, "~ 200-900 troops"},
		{Figure{Value: 2.5, Low: 2.5, High: 2.5, Bound: Exact}, "= 2.5"},
	} {
		if got := c.f.Note(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.f, got, c.want)
		}
	}
}

func TestParseDateValue(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"2024-12-23", "2024-12-23", true},
		{"2024-12", "2024-12-01", true},
		{"2024", "2024-01-01", true},
		{"23/12/2024", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := ParseDateValue(c.in)
		if ok != c.ok || ok && got.Format("2006-01-02") != c.want {
			t.Errorf("ParseDateValue(%q) = %v, %v; want %s, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
