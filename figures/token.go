package figures

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  uint8 = iota // a run of letters (and combining marks)
	tNum                // a run of ASCII digits with inner '.' or ',' between digits
	tPunct              // any other single character
	tBreak              // a line break (never crossed by a figure)
)

// token is a stretch of text; s and e are byte offsets.
type token struct {
	s, e int32
	k    uint8
	sp   bool // whitespace (or the start of the text) precedes it
	cap  bool // a word starting with an upper-case letter
}

// Byte classes for the ASCII fast path.
const (
	cOther uint8 = iota
	cLetter
	cDigit
	cSpace
	cNewline
	cHigh // >= 0x80: decode the rune
)

var class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			t[c] = cLetter
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case c == '\n' || c == '\r':
			t[c] = cNewline
		case c == ' ' || c == '\t' || c == '\v' || c == '\f' || c < 0x20 || c == 0x7f:
			t[c] = cSpace
		case c >= 0x80:
			t[c] = cHigh
		}
	}
	return
}()

func isLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// runeClass classifies the rune at s[i] and returns its size.
func runeClass(s string, i int) (uint8, int, rune) {
	c := class[s[i]]
	if c != cHigh {
		return c, 1, rune(s[i])
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError:
		return cSpace, n, r
	case r == '\u2028' || r == '\u2029' || r == '\u0085':
		return cNewline, n, r
	case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
		return cSpace, n, r
	case isLetter(r):
		return cLetter, n, r
	case unicode.IsControl(r):
		return cSpace, n, r
	}
	return cOther, n, r
}

// tokenize appends the tokens of s to buf.
func tokenize(s string, buf []token) []token {
	sp := true
	i := 0
	for i < len(s) {
		c, n, r := runeClass(s, i)
		switch c {
		case cSpace:
			sp = true
			i += n
		case cNewline:
			if len(buf) == 0 || buf[len(buf)-1].k != tBreak {
				buf = append(buf, token{s: int32(i), e: int32(i + n), k: tBreak, sp: sp})
			}
			sp = true
			i += n
		case cDigit:
			j := i + 1
			for j < len(s) {
				b := s[j]
				if b >= '0' && b <= '9' {
					j++
				} else if (b == '.' || b == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j += 2
				} else {
					break
				}
			}
			buf = append(buf, token{s: int32(i), e: int32(j), k: tNum, sp: sp})
			sp = false
			i = j
		case cLetter:
			up := unicode.IsUpper(r)
			j := i + n
			for j < len(s) {
				c2, n2, _ := runeClass(s, j)
				if c2 != cLetter {
					break
				}
				j += n2
			}
			buf = append(buf, token{s: int32(i), e: int32(j), k: tWord, sp: sp, cap: up})
			sp = false
			i = j
		default:
			buf = append(buf, token{s: int32(i), e: int32(i + n), k: tPunct, sp: sp})
			sp = false
			i += n
		}
	}
	return buf
}

// lowerSameLen lowercases s rune by rune, keeping every rune whose lower
// case has a different UTF-8 length, so byte offsets stay valid.
func lowerSameLen(s string) string {
	ascii := true
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if ascii && !upper {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 32
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError {
			if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
				utf8.EncodeRune(b[i:], l)
			}
		}
		i += n
	}
	return string(b)
}
