package extract

// The prepositional frame: "according to X", "menurut X", "theo X".

// prep handles "according to X, CONTENT" and "CONTENT, according to X".
func (d *doc) prep(si int, s sentence, c *cue, i, j, lastCueEnd int) {
	a := j
	b := d.npRight(a, s.last)
	a, b = d.trimNP(a, b)
	if c.nya {
		// "Menurutnya, …": the suffix is the source
		t := d.toks[j-1]
		x := att{source: span{t.end - 3, t.end}, srcFirst: -1, srcLast: -1, pronoun: 1, cue: span{d.toks[i].start, t.end - 3},
			c: c, sent: si, nestedIn: -1, rule: "prep-nya"}
		k := j
		if k < s.last && d.isComma(k) {
			k++
		}
		if x.content = d.contentRight(k, s, false); !x.content.empty() {
			d.atts = append(d.atts, x)
		}
		return
	}
	if b <= a {
		return
	}
	src := d.tokSpan(a, b)
	// the outlet relays the other claims in the sentence
	if o, ok := d.outlet(a, b); ok && d.sentenceHasVerbCue(s, i) {
		d.sentVia = append(d.sentVia, via{sp: src, actor: o})
		return
	}
	// between commas after a subject, "according to X" relays the claim that
	// follows: "the NIS, according to lawmaker Han, told parliament …"
	if i > s.first && d.isComma(i-1) && b < s.last && d.isComma(b) && i-1-d.leadingConnectors(lastCueEnd, i-1) <= 6 &&
		d.sentenceHasVerbCue(sentence{b, s.last}, -1) {
		d.pendingVia = append(d.pendingVia[:0], via{sp: src, actor: d.actorName(a, b)})
		return
	}
	x := att{source: src, srcFirst: a, srcLast: b, cue: d.tokSpan(i, j), c: c, sent: si, nestedIn: -1}
	lead := d.leadingConnectors(lastCueEnd, i)
	if lead == i { // cue opens the clause: content follows the source
		k := b
		for k < s.last && (d.isComma(k) || d.hard(k) && d.toks[k].kind != quote) {
			k++
		}
		// skip a temporal tail of the source ("menurut AFP pada 24 Desember,")
		if k < s.last && !d.isComma(b) {
			for k < s.last && !d.isComma(k) && k-b < 8 {
				k++
			}
			if k < s.last && d.isComma(k) {
				k++
			} else {
				k = b
			}
		}
		x.content = d.contentRight(k, s, false)
		x.rule = "prep-initial"
	} else {
		end := i
		for end > lead && (d.isComma(end-1) || d.toks[end-1].low == "(") {
			end--
		}
		x.content = d.trimSpan(d.tokSpan(lead, end))
		x.rule = "prep-final"
	}
	if x.content.empty() {
		return
	}
	d.atts = append(d.atts, x)
}
