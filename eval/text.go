package eval

import (
	"strings"
	"unicode"

	"sumber"
)

// text is a document's text prepared for scoring: its code points and a
// token index per code point.
type text struct {
	runes []rune
	// tok[i] is the index of the word token containing code point i, or -1.
	tok []int
	// ntok is the number of tokens.
	ntok int
}

// isTokenRune reports whether r belongs to a word token: letters, digits
// and combining marks (so decomposed Vietnamese stays one token).
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func newText(s string) *text {
	t := &text{runes: []rune(s)}
	t.tok = make([]int, len(t.runes))
	in := false
	for i, r := range t.runes {
		if isTokenRune(r) {
			if !in {
				t.ntok++
				in = true
			}
			t.tok[i] = t.ntok - 1
		} else {
			in = false
			t.tok[i] = -1
		}
	}
	return t
}

// clamp limits a span to the text; the result may be empty.
func (t *text) clamp(s sumber.Span) sumber.Span {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(t.runes) {
		s.End = len(t.runes)
	}
	if s.End < s.Start {
		s.End = s.Start
	}
	return s
}

// slice returns the text of [start, end), clamped.
func (t *text) slice(start, end int) string {
	s := t.clamp(sumber.Span{Start: start, End: end})
	return string(t.runes[s.Start:s.End])
}

// isTrimRune reports whether r is dropped from the ends of a span before
// exact comparison: white space, punctuation (which includes straight and
// curly quotes) and a few quote-like symbols.
func isTrimRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '`' || r == '´' || r == '\u00a0'
}

// trim narrows [start, end) past white space and punctuation at both ends.
func (t *text) trim(start, end int) (int, int) {
	s := t.clamp(sumber.Span{Start: start, End: end})
	start, end = s.Start, s.End
	for start < end && isTrimRune(t.runes[start]) {
		start++
	}
	for end > start && isTrimRune(t.runes[end-1]) {
		end--
	}
	return start, end
}

// tokRange returns the first and last token index touching [start, end);
// ok is false when the stretch holds no token.
func (t *text) tokRange(start, end int) (lo, hi int, ok bool) {
	s := t.clamp(sumber.Span{Start: start, End: end})
	lo, hi = -1, -1
	for i := s.Start; i < s.End; i++ {
		if t.tok[i] >= 0 {
			lo = t.tok[i]
			break
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	for i := s.End - 1; i >= s.Start; i-- {
		if t.tok[i] >= 0 {
			hi = t.tok[i]
			break
		}
	}
	return lo, hi, true
}

// sentence returns the sentence (or line) around [start, end), shortened
// to a readable length, with newlines flattened.
func (t *text) sentence(start, end int) string {
	const limit = 300
	s := t.clamp(sumber.Span{Start: start, End: end})
	a := s.Start
	for a > 0 && s.Start-a < limit {
		r := t.runes[a-1]
		if r == '\n' {
			break
		}
		if a >= 2 && unicode.IsSpace(r) && strings.ContainsRune(".!?", t.runes[a-2]) {
			break
		}
		a--
	}
	b := s.End
	for b < len(t.runes) && b-s.End < limit {
		r := t.runes[b]
		if r == '\n' {
			break
		}
		b++
		if strings.ContainsRune(".!?", r) && (b == len(t.runes) || unicode.IsSpace(t.runes[b])) {
			break
		}
	}
	out := strings.TrimSpace(string(t.runes[a:b]))
	if a > 0 && s.Start-a >= limit {
		out = "…" + out
	}
	if b < len(t.runes) && b-s.End >= limit {
		out += "…"
	}
	return strings.Join(strings.Fields(out), " ")
}
