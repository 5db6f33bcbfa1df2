// Package dates finds date expressions in news text (Indonesian, English,
// Vietnamese) and resolves them against the publication date.
//
// It is a small lexicon-driven scanner, not a general date parser: the
// words come from lang/<code>/dates.tsv (month names, weekdays, seasons,
// relative phrases, modifiers and the prepositions that make a bare number
// a date); the patterns are in this package. Find skips quickly over text
// that cannot start a date (only digits and lexicon words are looked at),
// uses no regular expressions, and is linear in the input.
//
// # What is read
//
//   - numeric dates: ISO "2024-12-23"; "23/10/2024", "23-10-2024",
//     "23.10.2024" (day first in id and vi; month first in en, unless the
//     first number is over 12, then day first; in id and vi a date that is
//     only valid month first, "12/23/2024", is read month first);
//     "23/10" without a year only after a licensing word ("tanggal",
//     "ngày", "on", …), after a weekday ("Senin (21/10)") or in
//     parentheses "(23/10)"; vi also "18.10" with such a licence. So "3/5",
//     "24/7", fractions, phone and version numbers are not dates.
//   - day and month name: "23 Desember", "23rd of December",
//     "December 23, 2024", "Dec. 23", "ngày 23 tháng 12 năm 2024";
//     month and year: "September 2023", "tháng 10/2024", "tháng 10 năm 2024".
//   - a bare month name only after a licence ("pada", "bulan", "in",
//     "since", "awal", "last", …) or with a modifier ("Agustus lalu");
//     English month names must be capitalised ("may" is a verb).
//   - a bare 4-digit year (1900-2099) only after a licence ("pada 2023",
//     "tahun 2023", "in 2023", "năm 2023"); "2.023 tentara" is a number.
//   - weekdays: "Senin", "hari Senin", "on Monday", "thứ Hai", "thứ 2"
//     (licensed), "Chủ nhật"; with a date after them the date wins.
//   - relative phrases: "kemarin", "yesterday", "hôm qua", "pekan lalu",
//     "last week", "tuần trước", "bulan lalu", "tháng trước", "tahun lalu",
//     "năm ngoái", "3 hari lalu", "2 weeks ago", …; combinations such as
//     "Senin pekan lalu", "thứ Hai tuần trước", "tháng 10 năm ngoái",
//     "Oktober tahun lalu", "mùa thu năm ngoái".
//   - seasons (northern hemisphere, meteorological: spring Mar-May, summer
//     Jun-Aug, autumn Sep-Nov, winter Dec-Feb): "musim panas", "last fall",
//     "this summer", "mùa thu vừa qua", "summer 2023".
//   - "awal Desember", "early December", "mid-2024", "đầu tháng 12",
//     "earlier this month": the span grows, the precision stays.
//
// # How values are resolved
//
// The publication date (its calendar day in its own location) anchors:
//
//   - a day or month without a year takes the publication year, unless that
//     puts it more than 7 days after publication; then the year before (a
//     5 January article's "23 Desember" is last year's);
//   - a bare weekday ("Senin", "on Monday") is the most recent such day on
//     or before publication; with a past modifier ("Senin lalu", "last
//     Monday", "thứ Hai vừa qua") strictly before it (a Tuesday article's
//     "Selasa lalu" is a week ago, not today); with a next modifier strictly
//     after; with a week ("Senin pekan lalu") that day in that week;
//   - weeks start on Monday; a week's Value is its Monday, a weekend's
//     ("akhir pekan lalu", "last weekend") its Saturday, precision week;
//   - a month with a past modifier ("Agustus lalu", "last August") is the
//     most recent such month before publication's month, with "this" the
//     one in publication's year, with "next" the next one;
//   - a season's Value is its first day: bare ("musim panas") the most
//     recent one that has begun, past ("last autumn") the most recent one
//     that has ended, "this" the one of publication's year (for winter, the
//     one that began in December before a January or February article),
//     next the next one to begin; with a year ("summer 2023", "mùa thu năm
//     ngoái") the one beginning in that year (winter: December of it).
//
// When published is the zero time, relative expressions are skipped, and
// a day or month without a year is still reported (span, precision, rule)
// with an empty Value: the caller knows a date is there but not which.
package dates

import (
	"time"

	"sumber"
)

// Match is one date expression found in a text.
type Match struct {
	// Start and End are byte offsets into the text given to Find (End
	// exclusive); Text is text[Start:End]. Prepositions ("pada", "on",
	// "vào") are outside the span; date nouns ("tanggal", "hari", "ngày",
	// "tháng", "tahun") and parts ("awal", "early") are inside.
	Start, End int
	Text       string
	// Value is ISO 8601: "2024-12-23", "2024-12" or "2024"; for a week or a
	// season its first day. Empty when the year could not be known
	// (published was zero).
	Value     string
	Precision sumber.Precision
	// Relative is set when the date was given relative to publication
	// ("Monday", "last autumn", "kemarin"); a date whose only missing part
	// was the year ("23 Desember") is not relative.
	Relative bool
	// Rule names the pattern, prefixed by the language: "id:day-month",
	// "en:weekday", "vi:rel-year" …
	Rule string
}

// Find returns the date expressions in text, in order and not
// overlapping, resolved against published. lang is "id", "en" or "vi";
// another code finds only numeric dates (day first, rule prefix "und"). See the package
// comment for what is read and how it is resolved.
func Find(text, lang string, published time.Time) []Match {
	p := newParser(text, lang, published, false)
	return p.run()
}

// Resolve reads one date expression, such as an annotated span or a
// field value, and resolves it against published. The expression is
// trusted to be a date, so the licences that Find needs ("pada", "in")
// are not required and capitalisation is not checked; but apart from
// spaces, punctuation and prepositions the whole expression must be read.
func Resolve(expr, lang string, published time.Time) (Match, bool) {
	if len(expr) > 1024 {
		return Match{}, false
	}
	p := newParser(expr, lang, published, true)
	ms := p.run()
	best := -1
	for i, m := range ms {
		if best < 0 || m.End-m.Start > ms[best].End-ms[best].Start {
			best = i
		}
	}
	if best < 0 {
		return Match{}, false
	}
	m := ms[best]
	if !p.onlyFiller(0, m.Start) || !p.onlyFiller(m.End, len(expr)) {
		return Match{}, false
	}
	return m, true
}
