package dates

import (
	"fmt"
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
	case r.prec == sumber.Year || r.m == 0:
		return fmt.Sprintf("%04d", r.y)
	case r.prec == sumber.Month || r.d == 0:
		return fmt.Sprintf("%04d-%02d", r.y, r.m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", r.y, r.m, r.d)
}
