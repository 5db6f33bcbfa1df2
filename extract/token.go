package extract

import (
	"unicode"
	"unicode/utf8"
)

// kind classifies a token.
type kind uint8

const (
	word   kind = iota // letters, possibly with inner hyphens, apostrophes or dots (U.S, Jong-un)
	number             // digits with inner separators: 10.000, 1,5, 21/10/2024
	punct              // any other single character
	quote              // a quotation mark, straight or curly
)

// token is one token of a text. Offsets are bytes into the text.
type token struct {
	start, end int
	kind       kind
	low        string // lower-cased text, a slice of the lower-cased document
	upper      bool   // first rune is upper case
	nl         bool   // a line break stands between this token and the previous one
	blank      bool   // a blank line (paragraph break) stands before this token
	annot      bool   // info has been looked up
	info       *wordInfo
}

// lowerSameLen lower-cases s rune by rune, keeping every rune's byte length
// so that offsets into the result are offsets into s. A rune whose lower
// case would change length is kept as it is.
func lowerSameLen(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	b := make([]byte, len(s))
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		} else {
			copy(b[i:i+n], s[i:i+n])
		}
		i += n
	}
	return string(b)
}

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '’', '‚', '‹', '›', '「', '」':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text into tokens. abbrev reports whether a lower-cased
// word followed by a dot is an abbreviation whose dot belongs to it.
func tokenize(text, low string, abbrev func(string) bool, toks []token) []token {
	toks = toks[:0]
	nl, blank := false, false
	single := false // a single quotation mark is open on the line
	i := 0
	for i < len(text) {
		c := text[i]
		var r rune
		var n int
		if c < utf8.RuneSelf {
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if c == '\n' {
			if nl {
				blank = true
			}
			single = false
			nl = true
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' || (c >= utf8.RuneSelf && unicode.IsSpace(r)) {
			i += n
			continue
		}
		start := i
		t := token{start: start, nl: nl, blank: blank}
		nl, blank = false, false
		switch {
		case unicode.IsDigit(r):
			t.kind = number
			i += n
			for i < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if unicode.IsDigit(r2) {
					i += n2
					continue
				}
				// inner separator followed by a digit: 10.000, 1,5, 21/10, 10:30
				if (r2 == '.' || r2 == ',' || r2 == '/' || r2 == ':') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
					i++
					continue
				}
				if isWordRune(r2) { // 24-hour words like 3rd, 10th, 1.000km
					i += n2
					continue
				}
				break
			}
		case isWordRune(r):
			t.kind = word
			t.upper = unicode.IsUpper(r)
			i += n
			for i < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if isWordRune(r2) {
					i += n2
					continue
				}
				// a decimal after a word ending in a digit: PM2.5, PM2,5
				if (r2 == '.' || r2 == ',') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' && text[i-1] >= '0' && text[i-1] <= '9' {
					i++
					continue
				}
				// inner hyphen, apostrophe or dot followed by a letter: Jong-un, don't, U.S
				if (r2 == '\'' || r2 == '’') && clitic(low[i+n2:]) {
					break // "He’s predicting": the clitic is a word of its own
				}
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '‐' {
					if i+n2 < len(text) {
						r3, _ := utf8.DecodeRuneInString(text[i+n2:])
						if unicode.IsLetter(r3) || (r2 == '-' && unicode.IsDigit(r3)) {
							i += n2
							continue
						}
					}
				}
				break
			}
			// an abbreviation keeps its final dot: Mr. Jan. U.S.
			if i < len(text) && text[i] == '.' && abbrev != nil {
				// a dot right before a comma cannot end a sentence: "R-Ky., said"
				beforeComma := i+1 < len(text) && text[i+1] == ','
				if abbrev(low[start:i+1]) || isInitial(text[start:i]) || isAcronym(text[start:i]) || beforeComma {
					i++
				}
			}
		case (r == '\'' || r == '’') && len(toks) > 0 && toks[len(toks)-1].end == i && toks[len(toks)-1].kind == word && clitic(low[i+n:]):
			t.kind = word
			i += n
			for i < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r2) {
					break
				}
				i += n2
			}
		default:
			switch {
			case c == '\'' && i+1 < len(text) && text[i+1] == '\'':
				t.kind = quote // '' as a quotation mark, as some papers write it
				n = 2
			case c == '`' && i+1 < len(text) && text[i+1] == '`':
				t.kind = quote
				n = 2
			case r == '’' && !single && len(toks) > 0 && toks[len(toks)-1].end == i && toks[len(toks)-1].kind == word &&
				i+n < len(text) && text[i+n] == ' ':
				// "the voters’ choice": a curly apostrophe tight after a word
				// and before a space that closes no single quotation mark
				// opened on its line is no quotation mark (a straight one never is)
				t.kind = punct
			case isQuote(r):
				t.kind = quote
				if r == '‘' {
					single = true
				} else if r == '’' {
					single = false
				}
			default:
				t.kind = punct
			}
			i += n
		}
		t.end = i
		t.low = low[t.start:t.end]
		toks = append(toks, t)
	}
	return toks
}

// isInitial reports whether w is a single upper-case letter (an initial
// such as the J in Donald J. Trump).
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// isAcronym reports whether w is dotted letters such as U.S or S.E.C, whose
// final dot belongs to the word.
func isAcronym(w string) bool {
	dots := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			dots++
		}
	}
	return dots > 0 && dots*2+1 >= len(w)-dots
}

// clitic reports whether rest, the text after an apostrophe inside a
// word, is an English clitic that tokenizes as a word of its own: the
// possessive or "is"/"has" 's, 're, 've, 'll, 'd, 'm ("He’s predicting",
// "Trump’s campaign"). "n't" stays with its verb ("don't").
func clitic(rest string) bool {
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	if n < len(rest) {
		if r, _ := utf8.DecodeRuneInString(rest[n:]); isWordRune(r) {
			return false
		}
	}
	switch rest[:n] {
	case "s", "re", "ve", "ll", "d", "m":
		return true
	}
	return false
}

// isClitic reports whether a token is a clitic split off by tokenize.
func isClitic(low string) bool {
	r, n := utf8.DecodeRuneInString(low)
	return (r == '\'' || r == '’') && len(low) > n && clitic(low[n:])
}
