package extract

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
