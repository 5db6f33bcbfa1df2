package dates

import (
	"time"
	"unicode"
	"unicode/utf8"

	"sumber"
)

// maxGap is the most whitespace (in bytes) allowed between the words of
// one expression.
const maxGap = 4

// maxDepth bounds nesting of noun and part words ("awal bulan Desember").
const maxDepth = 3

type tkind uint8

const (
	tNone tkind = iota
	tWord
	tNum
	tPunct
)

// tok is a token read ahead of a trigger.
type tok struct {
	k    tkind
	s, e int // byte span; for words the matched phrase
	we   int // end of the first word
	n    int // number value (digits capped)
	nd   int // number of digits
	ph   *phrase
	up   bool // first letter of the last word is upper case
}

// res is a parsed expression before it becomes a Match.
type res struct {
	s, e    int
	y, m, d int // d = 0 for month precision, m = 0 for year
	prec    sumber.Precision
	rel     bool
	noYear  bool // y unknown (no publication date)
	rule    string
}

type mod uint8

const (
	modNone mod = iota
	modPast
	modThis
	modNext
)

type parser struct {
	text    string
	lx      *lexicon
	pub     time.Time // publication day, UTC midnight
	hasPub  bool
	relaxed bool
	buf     [64]byte
}

func newParser(text, code string, published time.Time, relaxed bool) *parser {
	p := &parser{text: text, lx: lexiconFor(code), relaxed: relaxed}
	if !published.IsZero() {
		y, m, d := published.Date()
		p.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		p.hasPub = true
	}
	return p
}

// ---- character classes ----

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isLetterRune(r rune) bool {
	switch {
	case r >= 0xC0 && r <= 0x24F: // Latin-1 letters, Latin Extended-A and -B
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional (Vietnamese)
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func toLower(r rune) rune {
	switch {
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 0x20
	case r >= 0xE0 && r <= 0xFF:
		return r
	case r >= 0x1EA0 && r <= 0x1EF9: // Vietnamese: upper even, lower odd
		return r | 1
	}
	return unicode.ToLower(r)
}

// letterAt reports whether a letter starts at i, and its size.
func (p *parser) letterAt(i int) (bool, int) {
	c := p.text[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c), 1
	}
	r, size := utf8.DecodeRuneInString(p.text[i:])
	return isLetterRune(r), size
}

// letterBefore reports whether a letter ends at i.
func (p *parser) letterBefore(i int) bool {
	if i <= 0 {
		return false
	}
	c := p.text[i-1]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeLastRuneInString(p.text[:i])
	return isLetterRune(r)
}

// space reports whether a horizontal space starts at i, and its size.
func (p *parser) space(i int) int {
	t := p.text
	switch t[i] {
	case ' ', '\t':
		return 1
	case 0xc2:
		if i+1 < len(t) && t[i+1] == 0xa0 { // NO-BREAK SPACE
			return 2
		}
	}
	return 0
}

// skipSpace skips at most maxGap bytes of spaces; ok is false when more.
func (p *parser) skipSpace(i int) (int, bool) {
	start := i
	for i < len(p.text) {
		n := p.space(i)
		if n == 0 {
			break
		}
		i += n
		if i-start > maxGap {
			return i, false
		}
	}
	return i, true
}

// readWord reads the run of letters (or, when alnum, letters and digits)
// at i, lower-casing up to len(p.buf) bytes into p.buf. It returns the
// end, the lower-cased length (-1 when too long to be a lexicon word) and
// whether the first letter is upper case. An apostrophe between letters
// ("Jum'at") is part of the word.
func (p *parser) readWord(i int, alnum bool) (end, n int, up bool) {
	t := p.text
	first := true
	for i < len(t) {
		c := t[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			switch {
			case isASCIILetter(c):
				if first {
					up = c <= 'Z'
				}
				c |= 0x20
			case alnum && isDigit(c):
			case (c == '\'') && !first && i+1 < len(t) && isASCIILetter(t[i+1]):
			default:
				return i, n, up
			}
			if n >= 0 && n < len(p.buf) {
				p.buf[n] = c
				n++
			} else {
				n = -1
			}
			i++
			first = false
			continue
		}
		r, size = utf8.DecodeRuneInString(t[i:])
		if !isLetterRune(r) {
			if r == '’' && !first && i+size < len(t) && isASCIILetter(t[i+size]) {
				r = '\''
			} else {
				return i, n, up
			}
		}
		if first {
			up = unicode.IsUpper(r)
		}
		first = false
		if n >= 0 {
			lr := toLower(r)
			if n+utf8.RuneLen(lr) <= len(p.buf) {
				n += utf8.EncodeRune(p.buf[n:], lr)
			} else {
				n = -1
			}
		}
		i += size
	}
	return i, n, up
}

// wordTok reads the word at i and the longest lexicon phrase starting
// with it (only one-word phrases when single).
func (p *parser) wordTok(i int, single bool) tok {
	end, n, up := p.readWord(i, false)
	t := tok{k: tWord, s: i, e: end, we: end, up: up}
	if n <= 0 || n > p.lx.maxLen || !p.lx.hasPair(p.buf[:n]) {
		return t
	}
	cands := p.lx.first[string(p.buf[:n])]
	for _, ph := range cands {
		if len(ph.words) == 1 {
			t.ph = ph
			return t
		}
		if single {
			continue
		}
		if e, lastUp, ok := p.matchRest(end, ph.words[1:]); ok {
			t.ph, t.e, t.up = ph, e, lastUp
			return t
		}
	}
	return t
}

// matchRest matches the remaining words of a phrase from i.
func (p *parser) matchRest(i int, words []string) (end int, up bool, ok bool) {
	for _, w := range words {
		j, ok := p.skipSpace(i)
		if !ok || j == i || j >= len(p.text) {
			return 0, false, false
		}
		e, n, u := p.readWord(j, true)
		if n != len(w) || string(p.buf[:n]) != w {
			return 0, false, false
		}
		i, up = e, u
	}
	return i, up, true
}

// numTok reads the digits at i.
func (p *parser) numTok(i int) tok {
	t := tok{k: tNum, s: i}
	j := i
	for j < len(p.text) && isDigit(p.text[j]) {
		if t.nd < 9 {
			t.n = t.n*10 + int(p.text[j]-'0')
		}
		t.nd++
		j++
	}
	t.e, t.we = j, j
	return t
}

// tokAt skips a short run of spaces and reads one token.
func (p *parser) tokAt(i int, single bool) tok {
	j, ok := p.skipSpace(i)
	if !ok || j >= len(p.text) {
		return tok{}
	}
	c := p.text[j]
	if isDigit(c) {
		return p.numTok(j)
	}
	if isL, size := p.letterAt(j); isL {
		return p.wordTok(j, single)
	} else {
		return tok{k: tPunct, s: j, e: j + size, we: j + size, n: int(c)}
	}
}

func (p *parser) next(i int) tok { return p.tokAt(i, false) }

// ---- number boundaries ----

// numLeftOK: the number at s is not glued to a letter or to another number
// ("A320", "1.23/10", "v2.1").
func (p *parser) numLeftOK(s int) bool {
	if s == 0 {
		return true
	}
	c := p.text[s-1]
	if isDigit(c) || p.letterBefore(s) {
		return false
	}
	switch c {
	case '-':
		if s >= 2 && isDigit(p.text[s-2]) {
			return false
		}
	case '.', ',', '/', ':':
		if s >= 2 && (isDigit(p.text[s-2]) || p.letterBefore(s-1)) {
			return false
		}
	case '+', '#', '$':
		return false
	}
	return true
}

// numRightOK: the number ending at e is not followed by a letter, a digit
// or a separator and a digit ("10.000", "3/5", "12:30").
func (p *parser) numRightOK(e int) bool {
	t := p.text
	if e >= len(t) {
		return true
	}
	c := t[e]
	if isDigit(c) || c == '%' {
		return false
	}
	if l, _ := p.letterAt(e); l {
		return false
	}
	switch c {
	case '.', ',', '/', '-', ':':
		if e+1 < len(t) && isDigit(t[e+1]) {
			return false
		}
	}
	return true
}

// ordinal consumes an English ordinal suffix glued to a day number.
func (p *parser) ordinal(e int) int {
	t := p.text
	if e+2 <= len(t) {
		a, b := t[e]|0x20, t[e+1]|0x20
		if (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h') {
			if e+2 == len(t) {
				return e + 2
			}
			if l, _ := p.letterAt(e + 2); !l {
				return e + 2
			}
		}
	}
	return e
}

// dayNum reports whether t is a plausible day number on its own.
func (p *parser) dayNum(t tok) (d, end int, ok bool) {
	if t.k != tNum || t.nd > 2 || t.n < 1 || t.n > 31 || !p.numLeftOK(t.s) {
		return 0, 0, false
	}
	end = p.ordinal(t.e)
	if end == t.e && !p.numRightOK(t.e) {
		return 0, 0, false
	}
	return t.n, end, true
}

// yearNum reports whether t is a plausible 4-digit year on its own.
func (p *parser) yearNum(t tok) (int, bool) {
	if t.k != tNum || t.nd != 4 || t.n < 1900 || t.n > 2099 || !p.numLeftOK(t.s) || !p.numRightOK(t.e) {
		return 0, false
	}
	// "1990-an" (the 1990s)
	if t.e+1 < len(p.text) && p.text[t.e] == '-' {
		if l, _ := p.letterAt(t.e + 1); l {
			return 0, false
		}
	}
	return t.n, true
}

// ---- the main loop ----

func (p *parser) run() []Match {
	t := p.text
	out := make([]Match, 0, 8)
	var L lic
	Lend := -1
	for i := 0; i < len(t); {
		c := t[i]
		if isDigit(c) {
			tk := p.numTok(i)
			if r, ok := p.fromNum(tk, p.licAt(i, L, Lend), 0); ok {
				out = p.emit(out, r)
				i, L, Lend = r.e, 0, -1
				continue
			}
			i, L, Lend = p.skipNumRun(tk.e), 0, -1
			continue
		}
		if c < utf8.RuneSelf && !isASCIILetter(c) {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(t[i:])
			if !isLetterRune(r) {
				i += size
				continue
			}
		}
		tk := p.wordTok(i, false)
		if tk.ph != nil {
			if r, ok := p.fromWord(tk, p.licAt(i, L, Lend), modNone, 0); ok {
				out = p.emit(out, r)
				i, L, Lend = r.e, 0, -1
				continue
			}
			if l, _ := tk.ph.licence(); l != 0 {
				L, Lend = l, tk.e
				i = tk.e
				continue
			}
		}
		L, Lend = 0, -1
		i = tk.we
	}
	return out
}

// licAt returns the licence in force at i: the one of the word ending at
// Lend when only spaces lie between.
func (p *parser) licAt(i int, L lic, Lend int) lic {
	if p.relaxed {
		return licAll
	}
	if Lend < 0 || i <= Lend || i-Lend > maxGap {
		return 0
	}
	for j := Lend; j < i; {
		n := p.space(j)
		if n == 0 {
			return 0
		}
		j += n
	}
	return L
}

// skipNumRun skips a number-like run ("2.023", "3/5/7", "1.2.3") so that
// its later digits are not read as a date of their own.
func (p *parser) skipNumRun(i int) int {
	t := p.text
	for i < len(t) {
		if isDigit(t[i]) {
			i++
			continue
		}
		switch t[i] {
		case '.', ',', '/', '-', ':':
			if i+1 < len(t) && isDigit(t[i+1]) {
				i++
				continue
			}
		}
		break
	}
	return i
}

func (p *parser) emit(out []Match, r res) []Match {
	m := Match{Start: r.s, End: r.e, Text: p.text[r.s:r.e], Precision: r.prec, Relative: r.rel, Rule: p.lx.rule(r.rule)}
	if !r.noYear {
		m.Value = format(r)
	}
	return append(out, m)
}

// onlyFiller reports whether text[a:b] holds only spaces, punctuation and
// lexicon prepositions (for Resolve).
func (p *parser) onlyFiller(a, b int) bool {
	for i := a; i < b; {
		c := p.text[i]
		if isDigit(c) {
			return false
		}
		if l, size := p.letterAt(i); l {
			end, n, _ := p.readWord(i, false)
			if end > b || n <= 0 {
				return false
			}
			ok := false
			for _, ph := range p.lx.first[string(p.buf[:n])] {
				if len(ph.words) == 1 && (ph.get(kCtx) != nil || ph.get(kOf) != nil) {
					ok = true
				}
			}
			if !ok {
				return false
			}
			i = end
		} else {
			i += size
		}
	}
	return true
}
