package dates

import (
	"time"

	"sumber"
)

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func firstOfMonth(t time.Time) time.Time { return date(t.Year(), int(t.Month()), 1) }

// isoWeekday is 1 for Monday ... 7 for Sunday.
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return date(y, m, d).Day() == d
}

func (r *res) setDay(t time.Time) {
	r.y, r.m, r.d = t.Year(), int(t.Month()), t.Day()
	if r.prec == "" {
		r.prec = sumber.Day
	}
}

func (r *res) setMonth(t time.Time) {
	r.y, r.m, r.d = t.Year(), int(t.Month()), 0
	r.prec = sumber.Month
}

// format renders the ISO value of a resolved expression.
func format(r res) string {
	switch {
	case r.y < 0 || r.y > 9999:
		return ""
	}
	b := make([]byte, 0, 10)
	b = append(b, byte('0'+r.y/1000), byte('0'+r.y/100%10), byte('0'+r.y/10%10), byte('0'+r.y%10))
	if r.prec == sumber.Year || r.m == 0 {
		return string(b)
	}
	b = append(b, '-', byte('0'+r.m/10), byte('0'+r.m%10))
	if r.prec == sumber.Month || r.d == 0 {
		return string(b)
	}
	b = append(b, '-', byte('0'+r.d/10), byte('0'+r.d%10))
	return string(b)
}
