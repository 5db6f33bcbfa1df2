package extract

// Contents: reading what is claimed to the right or left of a cue, and
// fixing contents across the attributions of one sentence.

import (
	"strings"

	"sumber"
	"sumber/gazetteer"
)

// contentRight reads a content span starting at token k to the end of
// the clause: the sentence end, a closing quote when it opens with one,
// or a comma before a break word. A nested content stops at any comma
// before a clause boundary.
func (d *doc) contentRight(k int, s sentence, nested bool) span {
	end := d.beforeTerminal(k, s.last)
	if k >= end {
		return span{}
	}
	if d.toks[k].kind == quote {
		// a quotation opening the content is all of it, unless the
		// reporter's clause goes on after it: "that \"dozens\" of cases
		// were reported"
		// (in Vietnamese after "và": "rằng “…” và công ty đã …")
		if m := d.closingQuote(k); m > k && !(m+1 < end && d.toks[m+1].kind == word && !d.toks[m+1].upper && !d.isComma(m-1) && !isTerminal(d.toks[m-1]) &&
			(d.l.has(fQuoteEndsContent) || d.l.has(fQuoteCoordContent) && d.quoteGoesOn(m+1, end))) {
			return d.tokSpan(k, m+1)
		}
	}
	// a claim reported inside a quotation ends with the quotation
	if d.inq[k] {
		for o := k - 1; o >= 0 && k-o < 400; o-- {
			if d.toks[o].kind == quote && !d.closingLike(o) {
				if m := d.closingQuote(o); m > k && m < end {
					end = m
				}
				break
			}
		}
	}
	for m := k + 1; m < end; m++ {
		if !d.isComma(m) && d.toks[m].low != "—" && d.toks[m].low != "–" {
			continue
		}
		if d.toks[m].low == ";" {
			end = m
			break
		}
		if !nested && d.joinsContent(m+1, end) {
			continue
		}
		if d.beforeNumber(wChangeTo, m+1, end) {
			continue // "giảm 12%, còn khoảng 410.000 lượt": down to, no contrast
		}
		if nested && d.beforeNumber(wCompareFrom, m+1, end) {
			continue // "said an audit found 40 faults, up from 12 in 2024"
		}
		// "said the river had peaked, but that more rain was expected": a
		// second complement clause is still what was said ("but that was
		// before the storm" is a demonstrative before its verb)
		if n := d.l.is(wBreak, d.toks, m+1); n > 0 && !nested && d.l.is(wComp, d.toks, m+1+n) > 0 &&
			d.l.is(wAux, d.toks, m+2+n) == 0 && d.l.is(wModal, d.toks, m+2+n) == 0 {
			continue
		}
		if !nested && d.subjectlessContrast(m+1, end) {
			continue // "…, namun belum menetapkan tersangka": the same subject goes on
		}
		if d.l.is(wBreak, d.toks, m+1) > 0 || (nested && d.l.is(wBoundary, d.toks, m+1) > 0) {
			end = m
			break
		}
	}
	for end > k && (d.isComma(end-1) || d.toks[end-1].low == ":") {
		end--
	}
	// "He did not rule out that water had reached the sea, however.": a
	// word of contrast closing the sentence after a comma links it to the
	// one before and is no part of what was said
	if end-2 > k && d.isComma(end-2) && d.l.is(wContrast, d.toks, end-1) == 1 {
		end -= 2
	}
	// "…, Selasa (3/12/2024).": a date after the last comma dates the
	// statement, it is not part of what was said; one closed by a part of
	// the day ("…, Rabu (11/11) malam") tells when the event happened
	for m := end - 1; m > k && end-m <= 8; m-- {
		if d.isComma(m) {
			if d.dateLike(m+1, end) && d.l.is(wDateWord, d.toks, m+1) > 0 && !d.clockBefore(m) && d.l.ends(wDayPart, d.toks, end-1) == 0 {
				end = m
			}
			break
		}
	}
	return d.tokSpan(k, end)
}

// contentLeft reads the content of a post-posed cue: the quotation or
// clause ending at token q (a comma or a closing quote).
func (d *doc) contentLeft(q int, s sentence) span {
	if q < 0 || q < s.first-200 {
		return span{}
	}
	e := q // exclusive end of the content
	// “…,” said X  /  “…” kata dia  /  …, kata dia
	if q >= 0 && d.toks[q].kind == quote {
		if o := d.openingQuote(q); o >= 0 {
			return d.tokSpan(o, q+1)
		}
		// a quotation carried over from an earlier paragraph has no opening
		// mark in this one: take the paragraph up to the closing mark
		if d.closingLike(q) {
			start := q
			for start > 0 && !d.toks[start].nl && q-start < 400 {
				start--
			}
			if start < q && start >= s.first-200 {
				return d.tokSpan(start, q+1)
			}
		}
		return span{}
	}
	if q-1 >= 0 && d.isComma(q) && d.toks[q-1].kind == quote {
		if o := d.openingQuote(q - 1); o >= 0 {
			// "A deal is “within reach”, the minister said": a quoted phrase
			// ending a clause of the reporter's is no direct quotation
			if st := d.leadingConnectors(s.first, q); !(d.l.has(fQuotedPhraseClause) && o > st+1 && o-1 >= s.first && d.toks[o-1].kind == word && !d.hasComma(st, o)) {
				return d.tokSpan(o, q)
			}
		}
	}
	if !d.isComma(q) {
		return span{}
	}
	// a clause: from the sentence start (after connectors) to the comma
	start := d.leadingConnectors(s.first, e)
	// a quote opened before and closed inside: take the whole quotation
	for m := e - 1; m >= start; m-- {
		if d.toks[m].kind == quote && d.closingLike(m) {
			if o := d.openingQuote(m); o >= 0 && o < start {
				start = o
			}
			break
		}
	}
	return d.trimSpan(d.tokSpan(start, e))
}

// hasComma reports a comma among tokens [a, b).
func (d *doc) hasComma(a, b int) bool {
	for k := a; k < b; k++ {
		if d.isComma(k) {
			return true
		}
	}
	return false
}

// clauses fixes the contents of one sentence's attributions: a content
// stops before a later attribution that starts a new clause (after a
// comma), and a cue inside another's content is nested in it.
func (d *doc) clauses(first int) {
	for k := first; k < len(d.atts); k++ {
		x := &d.atts[k]
		for m := first; m < len(d.atts); m++ {
			if m == k {
				continue
			}
			y := &d.atts[m]
			// (a content that stops at an aside after the next clause's
			// subject holds that subject, not its cue: "X said A, and the
			// NIS, according to Han, told …")
			inCue := x.content.contains(y.cue)
			if !inCue && !(y.source.s > x.content.s && y.source.s < x.content.e && y.cue.s >= x.content.e) {
				continue
			}
			if y.clauseStart > x.cue.e && y.clauseStart >= x.content.s && y.clauseStart < x.content.e && x.rule != "speaker-colon" && x.rule != "dash-credit" {
				// a new clause: "X said A, and Y said B" – cut X's content
				cut := y.clauseStart
				for cut > x.content.s && strings.ContainsRune(" ,;", rune(d.text[cut-1])) {
					cut--
				}
				x.content.e = cut
				continue
			}
			if inCue && y.nestedIn < 0 {
				y.nestedIn = k
			}
		}
	}
	// a quotation running over several sentences holds the claims of
	// its earlier sentences: "“Keponakan saya bilang …. Kami minta …,”
	// ujar X" (X relays the nephew's claim)
	for k := first; k < len(d.atts); k++ {
		x := &d.atts[k]
		for m := first - 1; m >= 0 && d.atts[m].cue.s >= x.content.s; m-- {
			y := &d.atts[m]
			if c := d.tokenAt(y.cue.s); y.nestedIn < 0 && c >= 0 && d.inq[c] && x.content.contains(y.cue) {
				y.nestedIn = k
			}
		}
	}
	// nested contents stop at the inner clause boundary
	for k := first; k < len(d.atts); k++ {
		x := &d.atts[k]
		if x.nestedIn < 0 || x.rule == "prep-final" || x.srcLast < 0 {
			continue
		}
		start := d.tokenAt(x.content.s)
		if start < 0 {
			continue
		}
		s := d.sents[x.sent]
		if inner := d.contentRight(start, s, true); !inner.empty() && inner.e < x.content.e {
			x.content.e = inner.e
		}
	}
}

// habitual reports whether y's cue follows an adverb of frequency after
// its subject ("korban sudah berulang kali mengeluh …"): inside another's
// report it tells a habit, not a claim.
func (d *doc) habitual(y *att) bool {
	k := d.tokenAt(y.cue.s)
	if k < 0 || y.srcLast < 0 {
		return false
	}
	for m := k - 1; m >= y.srcLast && k-m <= 4; m-- {
		if d.toks[m].kind != word {
			return false
		}
		if d.l.ends(wFrequency, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// echoes folds a speaker's report of their own view into one claim: in
// "Morrow said she believed that the dam would hold" the pronoun opening
// the content is the speaker again, so "he believed" is not a second
// source but the stance of the first claim (believe, not assert). The
// inner attribution is dropped; its figures and anything nested in it
// pass to the holder.
func (d *doc) echoes(first int) {
	drop := false
	for m := first; m < len(d.atts); m++ {
		y := &d.atts[m]
		k := y.nestedIn
		if k < 0 || y.srcFirst < 0 || y.srcLast != y.srcFirst+1 || y.origin != nil {
			continue
		}
		x := &d.atts[k]
		if x.echo != nil || x.c.stance != sumber.Assert || (y.c.stance == sumber.Assert && y.c.object) || !d.pronounLike(y.srcFirst, y.srcLast) || d.l.is(wRelative, d.toks, y.srcFirst) > 0 {
			continue // ("Varga said he told Morrow …": a second statement, nested)
		}

		// the pronoun opens the holder's content, after an optional "that"
		c := d.tokenAt(x.content.s)
		if c >= 0 && d.l.is(wComp, d.toks, c) > 0 {
			c += d.l.is(wComp, d.toks, c)
		}
		if c != y.srcFirst || d.toks[y.srcFirst].start < x.cue.e {
			continue
		}
		if y.neg && (y.c.factive || d.whContent(y)) {
			// "Brill said he did not know who approved the payments": the
			// speaker reports an ignorance of their own, which is no view;
			// the claim stays the holder's report, not a negated belief
			// ("said it had not yet decided whether …": an open question
			// is no view either)
			y.c = nil
			drop = true
			continue
		}
		x.echo = y.c
		// ("telling the committee that he would not discuss it": a refusal
		// to speak negates no report)
		refusal := y.c.stance == sumber.Assert && d.tokenAt(y.cue.s) >= 0 && d.l.is(wRefusal, d.toks, d.tokenAt(y.cue.s)) > 0
		if y.neg && y.c.stance != sumber.Neither && !refusal {
			x.neg = true // ("said she could not comment": a no-comment negates nothing)
		}
		y.c = nil // dropped below
		drop = true
	}
	// a view ascribed to someone inside another's report is the reporter's
	// characterisation, not a claim of theirs: in "Dunn said Sari wants
	// to abolish it", Sari claims nothing; but an informant's assessment
	// is reported as theirs: "officials said intelligence agencies believe".
	// An act (showed, offered, attacked) inside a report is narrated: in
	// "officials said Russia offered to mediate" Russia states nothing
	// A document's finding is its claim, though: in "the ministry said an
	// audit had found that …" the audit reports something (class
	// document); "said satellite images showed …" stays narrated.
	for m := first; m < len(d.atts); m++ {
		if y := &d.atts[m]; y.c != nil && y.nestedIn >= 0 && y.origin == nil && (y.c.narrated || y.c.stance == sumber.Believe && !d.informant(y) || d.habitual(y)) && !(y.c.finding && d.namesDocument(y)) {
			y.c = nil
			drop = true
		}
	}
	if drop {
		d.dropCleared(first)
	}
}

// dropCleared removes the attributions from first on whose cue was
// cleared (c == nil), re-pointing what was nested in a dropped one at its
// nearest kept holder.
func (d *doc) dropCleared(first int) {
	parent := make([]int, len(d.atts))
	newIdx := make([]int, len(d.atts))
	n := first
	for m := range d.atts {
		parent[m] = d.atts[m].nestedIn
		newIdx[m] = m
		if m >= first {
			newIdx[m] = -1
			if d.atts[m].c != nil {
				newIdx[m] = n
				n++
			}
		}
	}
	n = first
	for m := first; m < len(d.atts); m++ {
		y := d.atts[m]
		if y.c == nil {
			continue
		}
		h := parent[m]
		for steps := 0; h >= 0 && newIdx[h] < 0; steps++ {
			if steps == len(parent) { // contents that hold each other's cues
				h = -1
				break
			}
			h = parent[h]
		}
		y.nestedIn = -1
		if h >= 0 && h != m {
			// ("A vote is expected on Thursday, officials said": the
			// dropped passive view and the report held each other's cues;
			// the report is nested in nothing, not in itself)
			y.nestedIn = newIdx[h]
		}
		d.atts[n] = y
		n++
	}
	d.atts = d.atts[:n]
}

// whContent reports whether an attribution's content opens with a
// question word (class wh: "whether", "how"), an open question rather
// than a view.
func (d *doc) whContent(y *att) bool {
	c := d.tokenAt(y.content.s)
	return c >= 0 && d.l.is(wWh, d.toks, c) > 0
}

// namesDocument reports whether a word of an attribution's source names
// a document (class document: "an internal review", "its analysis of
// images").
func (d *doc) namesDocument(x *att) bool {
	for k := x.srcFirst; k >= 0 && k < x.srcLast && k < len(d.toks); k++ {
		if d.l.is(wDocument, d.toks, k) > 0 {
			return true
		}
	}
	return false
}

// informant reports whether an attribution's source is a body that
// informs: named by a source noun ("intelligence agencies", "analysts",
// "the ministry") or the head of a body ("the central bank", "Cục Thống
// kê"), by an acronym ("NIS", "JCS"), or a body the gazetteer
// knows (an agency, ministry, military, legislature, government or
// organisation, not a person or a country).
func (d *doc) informant(x *att) bool {
	for k := x.srcFirst; k >= 0 && k < x.srcLast; k++ {
		if d.l.is(wSourceNoun, d.toks, k) > 0 || d.l.is(wBody, d.toks, k) > 0 {
			return true
		}
		if w := d.text[d.toks[k].start:d.toks[k].end]; len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	if x.srcFirst < 0 || x.srcLast <= x.srcFirst {
		return false
	}
	m, ok := gazetteer.FindActor(d.text[d.toks[x.srcFirst].start:d.toks[x.srcLast-1].end])
	if !ok {
		return false
	}
	switch m.Actor.Kind {
	case "agency", "intelligence", "military", "ministry", "legislature", "government", "organisation":
		return true
	}
	return false
}

// beforeNumber reports whether a phrase of class c at token k is
// followed by a number, at most one word (a bound: "khoảng", "about")
// after it: a word of change ("còn", down to; class change-to), which
// continues the figure before it and breaks nothing, or a comparison
// with an earlier figure ("up from", "down from"; class compare-from).
func (d *doc) beforeNumber(c wclass, k, end int) bool {
	n := d.l.is(c, d.toks, k)
	if n == 0 {
		return false
	}
	for m := k + n; m < end && m <= k+n+1; m++ {
		if d.toks[m].kind == number {
			return true
		}
		if d.toks[m].kind != word {
			return false
		}
	}
	return false
}

// joinsContent reports whether a contrast opening a clause at token k
// (class join: "…, sementara sembilan warga masih hilang", "…, tetapi dua
// tersangka lain ditangkap kemudian") goes on with what the speaker said:
// nobody else is cited in the rest of the sentence up to end (no quote, no
// cue but an agentless passive such as "dinyatakan hilang"), and it does
// not open a new topic ("sementara itu").
func (d *doc) joinsContent(k, end int) bool {
	n := d.l.is(wJoin, d.toks, k)
	// a longer connector opens a new topic: "trong khi đó", "sementara itu"
	if n == 0 || k+n >= end || d.l.is(wContentAnaphor, d.toks, k+n) > 0 || d.l.is(wDet, d.toks, k+n) > 0 || d.l.is(wTrim, d.toks, k) > n {
		return false
	}
	for m := k + n; m < end; m++ {
		if d.toks[m].kind == quote {
			return false
		}
		if c := d.l.cueAt(d.toks[:end], m); c != nil && !c.passv {
			return false
		}
	}
	return true
}

// subjectlessContrast reports, in id and vi, a contrast word after a comma
// followed right away by a negator or an aspect word, with no subject of
// its own: the clause goes on with the subject of the claim ("polisi telah
// memeriksa saksi, namun belum menetapkan tersangka", "cảnh sát đã lấy
// lời khai, nhưng chưa khởi tố").
func (d *doc) subjectlessContrast(k, end int) bool {
	l := d.l
	if !l.has(fSubjectlessContrast) {
		return false
	}
	n := l.is(wBreak, d.toks, k)
	if n == 0 || l.is(wContrast, d.toks, k) == 0 && l.is(wBoundary, d.toks, k) == 0 || k+n >= end {
		return false
	}
	m := l.is(wNeg, d.toks, k+n)
	if m == 0 {
		m = l.is(wTrim, d.toks, k+n)
	}
	if m == 0 || k+n+m >= end {
		return false
	}
	// (a verb of saying after it is the speaker's: "cho rằng …, song không
	// nêu lý do", "mengatakan …, namun tidak merinci")
	v := k + n + m
	return l.cueAt(d.toks, v) == nil && len(l.cues[d.toks[v].low]) == 0
}

// requestAfterView ends the content of a view (stance believe) before a
// request joined to it by "and": one cannot believe a request, so it is
// the speaker's own act ("Bà cho rằng Bộ đã chậm điều tiết thị trường và
// đề nghị Bộ trưởng làm rõ trách nhiệm"). A report keeps it ("cho biết
// đã thành lập đoàn kiểm tra và yêu cầu tạm dừng thanh toán"), unless
// the report quoted the speaker's words and the narration goes on with the
// request after the quotation ("nói Sundara “không chọn bên” và đề nghị
// các bên kiềm chế": the quotation closes what was said).
func (d *doc) requestAfterView(first int) {
	for i := first; i < len(d.atts); i++ {
		x := &d.atts[i]
		if x.c == nil || x.content.empty() {
			continue
		}
		view := x.c.stance == sumber.Believe
		a := d.tokenAt(x.content.s)
		if a < 0 {
			continue
		}
		for m := a + 2; m < len(d.toks) && d.toks[m].end <= x.content.e; m++ {
			if !view && !(d.toks[m-1].kind == quote && !d.inq[m-1]) {
				continue
			}
			if n := d.l.is(wCoord, d.toks, m); n > 0 && !d.inq[m] && m+n < len(d.toks) && d.toks[m+n].end <= x.content.e && d.l.is(wRequestAct, d.toks, m+n) > 0 {
				x.content = d.tokSpan(a, m)
				break
			}
		}
	}
}

// quoteGoesOn reports, after a quotation opening a content, a coordinator
// or a conjunction of reason or result (class reason-conj) and a word after
// it: the claim goes on ("rằng “…” và công ty đã …", "khẳng định “…” vì
// chênh lệch …").
func (d *doc) quoteGoesOn(k, end int) bool {
	n := d.l.is(wCoord, d.toks, k)
	if n != 1 {
		n = d.l.is(wReasonConj, d.toks, k)
	}
	return n > 0 && k+n < end && d.toks[k+n].kind == word
}

// clockBefore reports whether the clause before the comma at m ends in a
// clock time ("sekitar pukul 14.30 WIB"): a date after the comma goes on
// with that time, when something happened, and is no date of the claim.
func (d *doc) clockBefore(m int) bool {
	for k := m - 1; k >= 0 && m-k <= 4; k-- {
		if d.isComma(k) || d.hard(k) {
			return false
		}
		if n := d.l.is(wClockTime, d.toks, k); n > 0 && k+n < m && d.toks[k+n].kind == number {
			return true
		}
	}
	return false
}
