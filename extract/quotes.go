package extract

import "sort"

// Quotation marks: which tokens are quoted, and which marks pair.

// quotations marks the tokens inside quotation marks, paragraph by paragraph.
func (d *doc) quotations() {
	if cap(d.inq) < len(d.toks) {
		d.inq = make([]bool, len(d.toks))
	}
	d.inq = d.inq[:len(d.toks)]
	open := false
	for i, t := range d.toks {
		if t.blank {
			open = false
		}
		if t.kind == quote {
			if d.closingLike(i) {
				open = false
			} else {
				open = true
			}
			d.inq[i] = false
			continue
		}
		d.inq[i] = open
	}
}

// closingLike reports whether the quote token at m closes a quotation.
func (d *doc) closingLike(m int) bool {
	t := d.toks[m]
	hugsBefore := m > 0 && d.toks[m-1].end == t.start && d.toks[m-1].kind != quote
	hugsAfter := m+1 < len(d.toks) && d.toks[m+1].start == t.end && d.toks[m+1].kind != quote
	switch d.text[t.start:t.end] {
	case "”":
		// a closing mark typed where an opening one belongs: ” He said
		return !(hugsAfter && !hugsBefore)
	case "“":
		// an opening mark typed at the end of a quotation: “It's unusual,“ said
		return hugsBefore && !hugsAfter
	case "»", "’", "」":
		return true
	case "«", "„", "「", "‘", "``":
		return false
	}
	// a straight quote closes when it hugs the previous token, or follows a
	// closing single quote: "… 'Sari,' " said Anya
	if !hugsBefore && m > 0 && (d.toks[m-1].kind == quote || d.toks[m-1].low == "'") && d.text[d.toks[m-1].start:d.toks[m-1].end] != "\"" && !hugsAfter {
		return true
	}
	// a straight quote glued to a colon and to the word after it opens:
	// `Rep. Tara Gow (R-S.C.):"I have not …"`
	if hugsBefore && hugsAfter && d.toks[m-1].low == ":" {
		return false
	}
	return hugsBefore
}

// openingQuote finds the quotation mark that opens the quotation closed at
// token q, or -1.
func (d *doc) openingQuote(q int) int { return d.matchQuote(q, -1) }

// closingQuote finds the quotation mark that closes the quotation opened
// at token o, or -1.
func (d *doc) closingQuote(o int) int { return d.matchQuote(o, +1) }

// matchQuote finds the mark that pairs with the quotation mark at token q,
// looking back (step -1) from a closing mark or forward (step +1) from an
// opening one, within the paragraph and at most 400 tokens away. Marks of
// another kind nested inside are passed over (‘…’ within “…”); double
// quotation marks do not nest.
func (d *doc) matchQuote(q, step int) int {
	fam := quoteFamily(d.text[d.toks[q].start:d.toks[q].end])
	depth := 0
	for m := q + step; m >= 0 && m < len(d.toks) && (m-q)*step < 400; m += step {
		if (step < 0 && d.toks[m+1].blank) || (step > 0 && d.toks[m].blank) {
			return -1
		}
		t := d.toks[m]
		if t.kind != quote || quoteFamily(d.text[t.start:t.end]) != fam {
			continue
		}
		if d.closingLike(m) == (step < 0) { // another mark facing the same way: nested
			if fam == '"' {
				return -1
			}
			depth++
			continue
		}
		if depth == 0 {
			return m
		}
		depth--
	}
	return -1
}

// quoteFamily maps a quotation mark to its kind, so that an opening mark
// is matched with a closing one of the same kind.
func quoteFamily(q string) rune {
	switch q {
	case "“", "”", "„", "\"", "''", "``":
		return '"' // double quotation marks pair whatever their glyphs: “…" and "…”
	case "‘", "’", "‚":
		return '‘'
	case "«", "»":
		return '«'
	case "‹", "›":
		return '‹'
	case "「", "」":
		return '「'
	}
	return '"'
}

// joinQuotes gives a quotation that the reporter's clause interrupts, or
// that runs on after it, all of its parts as one content spanning them:
//
//	"We will rebuild the bridge," the governor said, "and nobody will pay."
//	"The river is rising," said Dana Pike. "We expect the crest on Thursday."
//
// A quotation runs on when the next sentence opens with a quotation mark,
// the quotation ends its paragraph and nothing in it is attributed: by
// newsroom convention an unattributed quotation continues the last
// speaker. A question's answer is someone else's, so "asked" never runs on.
func (d *doc) joinQuotes() {
	for k := range d.atts {
		x := &d.atts[k]
		if x.content.empty() || x.c.asks {
			continue
		}
		c0, b := d.tokens(x.content)
		c1 := b - 1
		if c0 < 0 || b <= c0 || d.toks[c1].end != x.content.e {
			continue
		}
		s := d.sents[x.sent]
		held := x.cue.s
		if !x.source.empty() {
			held = min(held, x.source.s)
		}
		switch {
		case x.cue.s >= x.content.e && d.toks[c1].kind == quote && d.closingLike(c1):
			// "A," said X, "B."
			if o2 := d.resumedQuote(c1, max(x.cue.e, x.source.e), s); o2 > 0 {
				if q2 := d.closingQuote(o2); q2 > o2 && d.unattributed(k, o2, q2+1) {
					x.gaps = append(x.gaps, span{x.content.e, d.toks[o2].start})
					x.content.e = d.toks[q2].end
					c1 = q2
				}
			}
		case x.cue.e <= x.content.s && d.toks[c0].kind == quote && !d.closingLike(c0):
			// "A," X said, "B."
			if q1 := d.interruptedQuote(d.tokenAt(held), s); q1 >= 0 {
				if o1 := d.openingQuote(q1); o1 >= s.first && d.unattributed(k, o1, q1+1) {
					x.gaps = append(x.gaps, span{d.toks[q1].end, x.content.s})
					x.content.s = d.toks[o1].start
				}
			}
		}
		if d.toks[c1].kind != quote || !d.closingLike(c1) {
			continue
		}
		// the quotation runs on into the sentences after the reporter's
		for n := 0; n < 3; n++ {
			o := d.nextSentenceStart(max(x.content.e, x.cue.e, x.source.e))
			if o < 0 || d.toks[o].kind != quote || d.closingLike(o) {
				break
			}
			q := d.closingQuote(o)
			if q < 0 || !d.endsParagraph(q) || !d.unattributed(k, o, q+1) {
				break
			}
			x.gaps = append(x.gaps, span{x.content.e, d.toks[o].start})
			x.content.e = d.toks[q].end
		}
	}
}

// endsParagraph reports whether token q is the last of its paragraph, but
// for a full stop after it.
func (d *doc) endsParagraph(q int) bool {
	if q+1 < len(d.toks) && isTerminal(d.toks[q+1]) && !d.toks[q+1].nl {
		q++
	}
	return q+1 >= len(d.toks) || d.toks[q+1].nl
}

// resumedQuote finds the quotation that resumes after the reporter's
// clause: the closing mark at q1 has a comma inside or after it, the
// clause ends before byte offset held, and then, after at most a few
// words of adjunct ("on Monday", ", one of 30 inspectors at the port"),
// a comma and an opening mark follow in the same sentence. It returns
// the opening mark, or -1.
func (d *doc) resumedQuote(q1, held int, s sentence) int {
	if !d.closesAtComma(q1) {
		return -1
	}
	m := q1 + 1
	for m < s.last && d.toks[m].start < held {
		m++
	}
	for n := m; n < s.last && n-m < 12 && !isTerminal(d.toks[n]); n++ {
		if d.toks[n].kind == quote {
			if !d.closingLike(n) && d.isComma(n-1) {
				return n
			}
			return -1
		}
	}
	return -1
}

// interruptedQuote finds the quotation that the reporter's clause
// starting at token h interrupts: h follows a closing mark with a comma
// inside or after it. It returns the closing mark, or -1.
func (d *doc) interruptedQuote(h int, s sentence) int {
	q := h - 1
	if d.isComma(q) {
		q--
	}
	if q <= s.first || !d.closesAtComma(q) {
		return -1
	}
	return q
}

// closesAtComma reports a closing quotation mark at token q with a comma
// inside or right after it: a quotation the reporter's clause breaks off.
func (d *doc) closesAtComma(q int) bool {
	return q >= 0 && q < len(d.toks) && d.toks[q].kind == quote && d.closingLike(q) && (d.isComma(q-1) || d.isComma(q+1))
}

// nextSentenceStart is the first token of the sentence after the one that
// holds byte offset off-1, or -1.
func (d *doc) nextSentenceStart(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool {
		s := d.sents[i]
		return s.last > s.first && d.toks[s.last-1].end >= off
	})
	if i >= len(d.sents) || d.sents[i].last >= len(d.toks) {
		return -1
	}
	return d.sents[i].last
}

// unattributed reports whether no attribution other than k has its cue or
// content among tokens [a, b). The attributions are in sentence order, so
// only those of nearby sentences are looked at: a content reaches at most
// maxQuoteRun tokens past its sentence, either way (a post-posed cue's
// quotation from the paragraph before, a joined quotation).
func (d *doc) unattributed(k, a, b int) bool {
	if a < 0 || b > len(d.toks) || a >= b {
		return false
	}
	lo, hi := d.toks[a].start, d.toks[b-1].end
	touches := func(y *att) bool {
		return (y.cue.s < hi && lo < y.cue.e) || (!y.content.empty() && y.content.s < hi && lo < y.content.e)
	}
	for j := k + 1; j < len(d.atts) && d.sents[d.atts[j].sent].first < b+maxQuoteRun; j++ {
		if touches(&d.atts[j]) {
			return false
		}
	}
	for j := k - 1; j >= 0 && d.sents[d.atts[j].sent].last+maxQuoteRun > a; j-- {
		if touches(&d.atts[j]) {
			return false
		}
	}
	return true
}

// maxQuoteRun bounds how many tokens past its sentence a joined quotation
// can reach (matchQuote looks at most 400 tokens away, three times).
const maxQuoteRun = 1200
