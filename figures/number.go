package figures

import (
	"strconv"

	"sumber"
)

// scanner holds one chunk of text being read.
type scanner struct {
	lx   *lexicon
	text string // original text (for offsets and output)
	low  string // text lowercased, same byte length
	toks []token
	// first[i] is the trie node of token i as the first token of a
	// phrase (nil when no phrase starts with it), looked up once per token.
	first []*node
	// lastUnit is the unit of the last figure read in this chunk and
	// lastEnd the token after it: "others" after a later number takes it.
	lastUnit string
	lastEnd  int
	// lastMeasure is the measure of that figure: a figure opening an
	// aside after it ("14 người tử vong, trong đó có 9 công nhân") counts
	// part of it and shares it.
	lastMeasure string
	// verbMeas is the measure the figure being read took from a verb
	// before its number ("huy động 14 máy xúc"), lastVerbMeas that of the
	// last figure read: a second object joined to it shares the verb.
	verbMeas, lastVerbMeas *entry
	// changeTo is the token where the connector of a change read by the
	// last figure starts ("naik dari 12.000 hingga 14.000"): it is not a
	// bound of the next figure. -1 when none.
	changeTo int
	// changeCount is the count noun of the first figure of a change, with
	// the unit and measure read from it, and changeAt the token where the
	// second figure starts: "korban tewas naik dari 45 menjadi 67 orang"
	// counts the dead at both ends.
	changeCount   *entry
	changeAt      int
	changeUnit    string
	changeMeasure string
	// prevStart and prevFloor are where the number of the last figure
	// read starts and the floor it was read with, prevEnd the token after
	// it: "giảm 12%, còn 410.000 lượt" reads the count before "giảm 12%".
	prevStart, prevFloor, prevEnd int
	// part is set by the figure being read when it counts a part of the
	// figure before it ("24 of them children"): the whole's unit stays
	// the one later figures inherit.
	part bool
}

// index fills s.first for the current tokens.
func (s *scanner) index() {
	s.first = s.first[:0]
	next := s.lx.root.next
	for _, t := range s.toks {
		var c *node
		if t.k != tBreak && t.k != tNum && next != nil {
			c = next[s.low[t.s:t.e]]
		}
		s.first = append(s.first, c)
	}
}

func (s *scanner) isPunct(i int, p string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	return t.k == tPunct && s.text[t.s:t.e] == p
}

// glued reports whether token i touches the token before it.
func (s *scanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].sp && s.toks[i-1].k != tBreak
}

// match returns the longest entry of a kind in m whose phrase starts at
// token i, and the index of the token after it.
func (s *scanner) match(i int, m mask) (*entry, int) {
	var best *entry
	bestEnd := i
	if i >= len(s.toks) {
		return nil, i
	}
	var n *node
	for j := i; j < len(s.toks); j++ {
		var c *node
		if j == i {
			c = s.first[i]
		} else {
			t := s.toks[j]
			if t.k == tBreak || n.next == nil {
				break
			}
			c = n.next[s.low[t.s:t.e]]
		}
		if c == nil || c.below&m == 0 {
			break
		}
		for _, e := range c.entries {
			if bit(e.kind)&m != 0 {
				best, bestEnd = e, j+1
				break
			}
		}
		n = c
	}
	return best, bestEnd
}

// matchSpan returns an entry of a kind in m whose phrase is exactly
// tokens [i, end).
func (s *scanner) matchSpan(i, end int, m mask) *entry {
	if i >= end {
		return nil
	}
	var n *node
	for j := i; j < end; j++ {
		var c *node
		if j == i {
			c = s.first[i]
		} else {
			t := s.toks[j]
			if t.k == tBreak || n.next == nil {
				return nil
			}
			c = n.next[s.low[t.s:t.e]]
		}
		if c == nil || c.below&m == 0 {
			return nil
		}
		n = c
	}
	for _, e := range n.entries {
		if bit(e.kind)&m != 0 {
			return e
		}
	}
	return nil
}

// matchEnding returns the longest entry of a kind in m whose phrase ends
// just before token end and starts at or after floor.
func (s *scanner) matchEnding(end, floor int, m mask) (*entry, int) {
	for l := s.lx.maxLen; l >= 1; l-- {
		j := end - l
		if j < floor {
			continue
		}
		if e := s.matchSpan(j, end, m); e != nil {
			return e, j
		}
	}
	return nil, end
}

// quantity is a number expression read from tokens [s, e).
type quantity struct {
	s, e     int
	lo, hi   float64
	op       sumber.Bound // bound implied by a vague word, else ""
	vague    bool
	digits   bool    // contains a digit token
	scale    float64 // largest scale word applied
	year     bool    // a lone four-digit number that reads as a year
	share    bool    // a fraction word read as a percent ("một nửa", "separuh")
	rule     string
	firstEnt *entry
}

// Part kinds seen while accumulating a number.
const (
	pNone = iota
	pDigit
	pWord
	pSmall // small scale (< 1000)
	pLarge // large scale (>= 1000)
	pDone  // atom completed by "belas"/"setengah": no more atoms
)

// quantityAt reads a number expression starting at token i. money says a
// currency stands right before it (allowing "m" for million).
func (s *scanner) quantityAt(i int, money bool) (q quantity, ok bool) {
	n := len(s.toks)
	t := s.toks[i]
	if t.k == tWord {
		if e, end := s.match(i, bit(kShare)); e != nil {
			return quantity{s: i, e: end, lo: e.v1, hi: e.v1, share: true, rule: "share=" + e.phrase, firstEnt: e}, true
		}
		if e, end := s.match(i, bit(kVague)); e != nil {
			return quantity{s: i, e: end, lo: e.v1, hi: e.v2, op: sumber.Bound(e.val), vague: true, rule: "vague=" + e.phrase, firstEnt: e}, true
		}
		if e, end := s.match(i, bit(kSeveral)); e != nil && end < n {
			if sc, end2 := s.match(end, bit(kScale)); sc != nil && sc.flags&(fAttach|fMoney|fSelf) == 0 {
				q = quantity{s: i, e: end2, lo: e.v1 * sc.v1, hi: e.v2 * sc.v1, op: sumber.About, vague: true, scale: sc.v1, rule: "several=" + e.phrase + "+scale", firstEnt: e}
				for q.e < n {
					sc2, end3 := s.match(q.e, bit(kScale))
					if sc2 == nil || sc2.v1 <= q.scale || sc2.v1 < 1000 || sc2.flags&(fAttach|fMoney|fSelf) != 0 {
						break
					}
					q.lo *= sc2.v1
					q.hi *= sc2.v1
					q.scale = sc2.v1
					q.e = end3
				}
				return q, true
			}
			// without a scale it counts the noun after it: "several
			// soldiers", "beberapa kapal", "several others"
			k := end
			if _, x := s.match(k, bit(kSkip)); x > k {
				k = x
			}
			if u, _ := s.match(k, bit(kUnit)|bit(kOthers)); e.flags&fBare != 0 && u != nil && u.val != "duration" {
				return quantity{s: i, e: end, lo: e.v1, hi: e.v2, op: sumber.About, vague: true, rule: "several=" + e.phrase, firstEnt: e}, true
			}
		}
	}

	var total, group, atom, lastSmall, lastLarge float64
	last := pNone
	article := false
	halfDone := false
	words := false
	j, end := i, i
	for j < n {
		k := j
		hyphen := false
		if j > i {
			// Connectors between parts: a hyphen glued on both sides
			// ("twenty-five", "15-hundred"), or a join word ("and").
			if s.isPunct(j, "-") && s.glued(j) && j+1 < n && s.glued(j+1) {
				k = j + 1
				hyphen = true
			} else if last == pSmall || last == pLarge {
				if e, x := s.match(j, bit(kJoin)); e != nil && x < n {
					k = x
				}
			}
		}
		if k >= n {
			break
		}
		t := s.toks[k]
		if t.k == tNum {
			if last != pNone && !(last == pLarge && hyphen) {
				break
			}
			v, ok := s.digitsAt(k)
			if !ok {
				if k == i {
					return q, false
				}
				break
			}
			if last == pLarge && (v >= lastLarge || v != float64(int64(v))) {
				break
			}
			atom = v
			last = pDigit
			q.digits = true
			j = k + 1
			end = j
			continue
		}
		if t.k != tWord {
			break
		}
		if last != pNone && last != pDigit && last != pWord && last != pDone && !halfDone {
			// "rưỡi", "and a half" after a scale.
			if e, x := s.match(k, bit(kHalf)); e != nil {
				if last == pLarge {
					total += e.v1 * lastLarge
				} else {
					group += e.v1 * lastSmall
				}
				halfDone = true
				j, end = x, x
				continue
			}
		}
		if e, x := s.match(k, bit(kScale)); e != nil {
			if e.flags&fAttach != 0 && (t.sp || last != pDigit) {
				break
			}
			if e.flags&fMoney != 0 && (!money || last != pDigit) {
				break
			}
			have := atom
			if last == pNone {
				if e.flags&fSelf == 0 {
					return q, false
				}
				have = 1
			} else if e.flags&fSelf != 0 {
				break
			}
			v := e.v1
			if v < 1000 {
				if last == pSmall || last == pLarge || have == 0 {
					break
				}
				group += have * v
				lastSmall = v
				last = pSmall
			} else {
				if last == pLarge && v <= lastLarge {
					break
				}
				if last == pLarge {
					total = (total + group + have) * v
				} else {
					x := group + have
					if x == 0 {
						break
					}
					total += x * v
				}
				group = 0
				lastLarge = v
				last = pLarge
			}
			atom = 0
			article = false
			halfDone = false
			if v > q.scale {
				q.scale = v
			}
			j, end = x, x
			continue
		}
		if last == pDigit || last == pWord || last == pDone {
			if e, x := s.match(k, bit(kAdd)); e != nil && last == pWord && atom >= 1 && atom < 10 {
				atom += e.v1
				last = pDone
				j, end = x, x
				continue
			}
			if e, x := s.match(k, bit(kHalf)); e != nil && !halfDone {
				atom += e.v1
				last = pDone
				halfDone = true
				j, end = x, x
				continue
			}
		}
		e, x := s.match(k, bit(kAtom))
		if e == nil {
			break
		}
		v := e.v1
		if e.flags&fTensOnly != 0 && !((last == pSmall && lastSmall == 10) || (last == pWord && atom == 10)) {
			break
		}
		switch last {
		case pNone:
			atom = v
			article = e.flags&fArticle != 0
		case pSmall, pLarge:
			lim := lastSmall
			if last == pLarge {
				lim = lastLarge
			}
			if v >= lim || e.flags&fArticle != 0 {
				goto done
			}
			atom = v
		case pWord:
			if !(v < 10 && v >= 1 && ((atom >= 20 && atom < 100 && int(atom)%10 == 0) || atom == 10)) {
				goto done
			}
			atom += v
		default:
			goto done
		}
		last = pWord
		words = true
		j, end = x, x
	}
done:
	if end == i || article && last == pWord {
		return q, false
	}
	if last == pWord && article {
		return q, false
	}
	_ = words
	v := total + group + atom
	q.s, q.e = i, end
	q.lo, q.hi = v, v
	switch {
	case q.digits && q.scale > 0:
		q.rule = "number+scale"
	case q.digits:
		q.rule = "number"
	default:
		q.rule = "words"
	}
	if end == i+1 && q.digits {
		if s.yearAt(i) {
			q.year = true
		}
	}
	// A spelled number right before a year is no number but the word for
	// "year" ("điều chỉnh năm 2025", "kế hoạch năm 2026").
	if !q.digits && end < len(s.toks) && s.yearAt(end) {
		return quantity{}, false
	}
	return q, true
}

// yearAt reports whether token k is a lone four-digit number that reads
// as a year (1800–2100).
func (s *scanner) yearAt(k int) bool {
	tk := s.toks[k]
	str := s.text[tk.s:tk.e]
	if len(str) != 4 {
		return false
	}
	v := 0
	for i := 0; i < 4; i++ {
		c := str[i]
		if c < '0' || c > '9' {
			return false
		}
		v = v*10 + int(c-'0')
	}
	return v >= 1800 && v <= 2100
}

// digitsAt parses the digit token at k in the language's locale, looking
// at the next token to settle ambiguous separators.
func (s *scanner) digitsAt(k int) (float64, bool) {
	t := s.toks[k]
	scaleNext := false
	if k+1 < len(s.toks) && s.toks[k+1].k == tWord {
		if e, _ := s.match(k+1, bit(kScale)|bit(kUnit)); e != nil && (e.kind == kScale || e.val == "percent") {
			scaleNext = true
		}
	} else if k+1 < len(s.toks) && s.isPunct(k+1, "%") {
		scaleNext = true
	}
	return parseDigits(s.text[t.s:t.e], s.lx.decimal, s.lx.thousands, scaleNext)
}

// parseDigits reads digits with '.' and ',' separators. dec and th are the
// locale's decimal and thousands marks. A single separator followed by
// exactly three digits is a thousands mark unless a scale word or percent
// follows (scaleNext): "1.000 troops" in English and "1,000 tentara" in
// Indonesian are machine-translation artefacts for one thousand, while
// "1.500 million" and "1,500 juta" are one and a half.
func parseDigits(str string, dec, th byte, scaleNext bool) (float64, bool) {
	if len(str) == 0 || len(str) > 24 {
		return 0, false
	}
	nd, nc, lastSep := 0, 0, -1
	for i := 0; i < len(str); i++ {
		switch str[i] {
		case '.':
			nd++
			lastSep = i
		case ',':
			nc++
			lastSep = i
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		default:
			return 0, false
		}
	}
	var thSep, decSep byte
	switch {
	case nd == 0 && nc == 0:
		if len(str) > 1 && str[0] == '0' || len(str) > 15 {
			return 0, false
		}
	case nd > 0 && nc > 0:
		decSep = str[lastSep]
		thSep = '.'
		if decSep == '.' {
			thSep = ','
		}
		if (decSep == '.' && nd != 1) || (decSep == ',' && nc != 1) {
			return 0, false
		}
	case nd+nc > 1:
		thSep = str[lastSep]
	default:
		x := str[lastSep]
		frac := len(str) - lastSep - 1
		intPart := str[:lastSep]
		if x == dec {
			if frac == 3 && intPart != "0" && !scaleNext {
				thSep = x
			} else {
				decSep = x
			}
		} else if x == th && frac == 3 {
			thSep = x
		} else {
			decSep = x
		}
	}
	var buf [32]byte
	b := buf[:0]
	group := 0
	seenTh := false
	for i := 0; i < len(str); i++ {
		c := str[i]
		switch {
		case c == thSep && thSep != 0:
			if (!seenTh && (group < 1 || group > 3)) || (seenTh && group != 3) {
				return 0, false
			}
			seenTh = true
			group = 0
		case c == decSep && decSep != 0:
			if seenTh && group != 3 {
				return 0, false
			}
			b = append(b, '.')
			seenTh = false
			group = -1000
		case c == '.' || c == ',':
			return 0, false
		default:
			b = append(b, c)
			group++
		}
	}
	if seenTh && group != 3 {
		return 0, false
	}
	if seenTh || decSep != 0 {
		// "0812.345" and "01,5" are codes, not numbers; "0,5" is fine.
		if str[0] == '0' && len(str) > 1 && str[1] >= '0' && str[1] <= '9' {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return 0, false
	}
	return v, true
}
