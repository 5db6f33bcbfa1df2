package extract

import (
	"strings"

	"sumber"
)

// The prepositional frame: "according to X", "menurut X", "theo X".

// prep handles "according to X, CONTENT" and "CONTENT, according to X".
// It returns the token to continue from: j, or past a cue inside X that
// it has read.
func (d *doc) prep(si int, s sentence, c *cue, i, j, lastCueEnd int) int {
	a := j
	b := d.npRight(a, s.last)
	// "theo số liệu từ Bộ Y tế", "theo thông tin từ X": a document named
	// with its issuer reads on past the preposition that would end it
	if n := d.l.is(wVehicle, d.toks, a); n > 0 && a+n > b && a+n < s.last {
		b = d.npRight(a+n, s.last)
	}
	// "theo báo cáo sáng 17/9 của Ban Chỉ đạo": a dated document with its
	// issuer after the date
	if d.l.is(wSourceNoun, d.toks, a) > 0 && b < s.last {
		if n := d.l.is(wTemporal, d.toks, b); n > 0 {
			m := b + n
			for m < s.last && m-b < 6 && d.dateLike(m, m+1) && !d.toks[m].upper {
				m++
			}
			if m > b+n && m+1 < s.last && d.l.is(wGenitive, d.toks, m) > 0 {
				b = d.npRight(m+1, s.last)
			}
		}
	}
	a, b = d.trimNP(a, b)
	// "according to a report released on Friday": the date of the
	// participle stays in the source, with the participle
	if b > a+1 && b < s.last && d.participleDate(b) {
		m := b + d.l.is(wTemporal, d.toks, b)
		e := m
		for e < s.last && e-m < 4 && !d.isComma(e) && d.dateLike(e, e+1) {
			e++
		}
		if e > m && d.strictDate(m, e) {
			b = e
		}
	}
	// "according to shipping records seen by Reuters": a participle with
	// its agent says whose the records are and stays in the source
	if b > a && b+2 < s.last && d.toks[b].kind == word && !d.toks[b].upper && d.l.suffix(aPast, d.toks[b].low) &&
		d.l.is(wAux, d.toks, b) == 0 && d.l.is(wAgent, d.toks, b+1) == 1 && d.toks[b+2].kind == word {
		if e := d.npRight(b+2, s.last); e > b+2 {
			b = e
		}
	}
	// "menurut laporan audit yang disampaikan pada Maret lalu": a passive
	// relative clause dated and with no agent stays in the source, with
	// its date (the date is when the document came out, not the claim's)
	if b > a+1 && b+2 < s.last && d.l.ends(wRelativeNp, d.toks, b-1) > 0 && d.l.prefix(aPassive, d.toks[b].low, 0) {
		if ic := d.l.cueAt(d.toks[:s.last], b); ic != nil && ic.frame != fPrep && ic.frame != fPrepC {
			m := b + len(ic.seq)
			if n := d.l.is(wTemporal, d.toks, m); n > 0 {
				m += n
			}
			e := m
			for e < s.last && e-m < 4 && !d.isComma(e) && d.dateLike(e, e+1) {
				e++
			}
			if e > m && d.strictDate(m, e) {
				b = e
			}
		}
	}
	// "Theo báo cáo của X", "Theo thông tin từ X": in Vietnamese the body
	// that issued the document is the source, the document its vehicle
	// (or a body named by its kind, lower-case, before its name: "Theo dữ
	// liệu của sàn giao dịch Orvane"), or by common nouns, after a plural
	// determiner or not ("Theo đơn tố cáo của các hộ dân", "Theo thông tin
	// từ gia đình")
	if n := d.l.is(wVehicle, d.toks, a); d.l.has(fDocumentSource) && n > 0 && a+n < b && (d.namedAt(a+n, b) || d.kindThenName(a+n, b) || d.pluralOwner(a+n, b) || d.commonOwner(a+n, b)) {
		a += n
	} else if d.l.has(fDocumentSource) && (d.l.is(wDocument, d.toks, a) > 0 || d.l.is(wSourceNoun, d.toks, a) > 0) {
		// "Theo thống kê ban đầu của Cục X", "Theo lời kể của anh Y": a
		// document with lower-case words after its noun, then "của" and
		// the one who issued it
		for m := a + 1; m < b-1 && m-a <= 5 && d.toks[m].kind == word && !d.toks[m].upper; m++ {
			if d.l.is(wGenitive, d.toks, m) > 0 {
				if d.namedAt(m+1, b) || d.commonOwner(m+1, b) {
					a = m + 1
				}
				break
			}
		}
	}
	// "Menurut data manifes dari Kantor Syahbandar Kalden", "menurut
	// catatan dari Basarnas": a document followed by the body that issued
	// it (class issued-by) has the body as its source, as "Theo báo cáo
	// của X"; one lower-case word may name the document's kind
	if n := d.l.is(wDocument, d.toks, a); n > 0 && a+n < b {
		k := a + n
		if d.l.is(wIssuedBy, d.toks, k) == 0 && d.toks[k].kind == word && !d.toks[k].upper {
			k++
		}
		if m := d.l.is(wIssuedBy, d.toks, k); m > 0 && k+m < b && d.toks[k+m].upper {
			a = k + m
		}
	}
	// "Menurut keterangan sejumlah penumpang", "menurut pengakuan
	// tersangka": an account named before its speaker; the speaker is
	// the source
	if n := d.l.is(wAccount, d.toks, a); n > 0 && a+n < b && d.toks[a+n].kind == word && d.l.is(wVehicle, d.toks, a) <= n &&
		d.l.is(wIssuedBy, d.toks, a+n) == 0 && d.l.is(wPronSg, d.toks, a+n) == 0 && d.l.is(wAccount, d.toks, a+n) == 0 {
		a += n
	}
	if e := d.relativeToEnd(a, b, s); e > b {
		b = e
	}
	if b-a >= 2 && d.isComma(b) && d.l.is(wAppositive, d.toks, b+1) == 0 && d.withName(b, s.last) > b+1 && d.isComma(d.withName(b, s.last)) {
		// "menurut Kepala Dinas X, Elsa Marvin, …": the name after a title of
		// two words or more ("menurut polisi, Budi Santoso, …" is the content)
		b = d.withName(b, s.last)
	} else if h := b + 1 + d.l.is(wHonorific, d.toks, b+1); b-a >= 2 && h > b+1 && d.isComma(b) && d.l.is(wHonorific, d.toks, a) == 0 {
		// "Theo HLV trưởng Tân Sorel, ông Ngô Văn Trelly, …": the title,
		// then an honorific and the name between commas; the content
		// follows the second comma
		e := h
		for e < s.last && e-h <= 5 && d.toks[e].kind == word && d.toks[e].upper {
			e++
		}
		if e > h && e < s.last-1 && d.isComma(e) {
			b = e
		}
	} else if b > a && d.isComma(b) && d.endsInName(b-1, b) && d.l.is(wApposTitle, d.toks, b+1) > 0 {
		// "Theo ông Karel Dunn, Giám đốc Sở Y tế, …": a name, then its title
		// between commas; the content follows the second comma
		e := b + 1
		for e < s.last && e-b <= 12 && !d.isComma(e) && !d.hard(e) && d.toks[e].kind != quote && !d.hasCue(e, e+1) {
			e++
		}
		if e < s.last-1 && e-b <= 12 && d.isComma(e) {
			b = e
		}
	}
	if e := d.finalAppositive(b, s); e > b && d.l.has(fFinalAppositive) && d.leadingConnectors(s.first, i) < i {
		// "…, according to an analysis by Castell Research, a nonpartisan
		// think tank.": an appositive closing the sentence names the source
		b = e
	}
	if c.nya {
		// "Menurutnya, …": the suffix is the source
		t := d.toks[j-1]
		x := att{source: span{t.end - 3, t.end}, srcFirst: -1, srcLast: -1, pronoun: 1, cue: span{d.toks[i].start, t.end - 3},
			c: c, sent: si, nestedIn: -1, rule: "prep-nya"}
		// "utang proyek yang disebutnya mencapai Rp 20 triliun": in a
		// relative clause the suffix is the subject of the clause the
		// relative hangs from
		if i-1 > s.first && d.l.is(wRelativeNp, d.toks, i-1) > 0 {
			x.nyaRel = true
			if sa, sb := d.nyaClauseSubject(s, i-1); sb > sa {
				x.nyaFirst, x.nyaLast = sa, sb
			}
		}
		k := j
		if k < s.last && d.isComma(k) {
			k++
		}
		if x.content = d.contentRight(k, s, false); !x.content.empty() {
			d.atts = append(d.atts, x)
		}
		return j
	}
	if b <= a {
		return j
	}
	if c.stance == sumber.Neither {
		// "There was no immediate comment from the ministry.": the body
		// after the cue declines; nothing is claimed, so no content
		d.atts = append(d.atts, att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(i, j), c: c,
			sent: si, nestedIn: -1, rule: "prep-neither"})
		return b
	}
	next, srcEnd := j, b
	// "according to X" opens a clause at its start, after connectors, or
	// right after a complementizer: "nói rằng theo X, …", "said that,
	// according to X, …"
	opening := d.leadingConnectors(lastCueEnd, i) == i || (i-1 >= s.first && d.l.ends(wComp, d.toks, i-1) > 0) ||
		(i-2 >= s.first && d.isComma(i-1) && d.l.ends(wComp, d.toks, i-2) > 0) || d.cueEndsAt(i, s.first)
	if !opening {
		// "Cũng theo ông Tuấn, …", "And according to X, …": adverbs and
		// connectors in front still open the clause
		k := d.leadingConnectors(lastCueEnd, i)
		for k < i {
			n := d.l.is(wTrim, d.toks, k)
			if n == 0 {
				break
			}
			k += n
		}
		opening = k == i
	}
	var relayVia []via
	if nb, aa, ab, ic, ce, ok := d.innerPassive(a, b, s.last); ok && opening {
		if ic.frame == fRelay || ic.frame == fRelayC {
			// "theo một nguồn tin được AP dẫn lời", "menurut sumber yang
			// dikutip AP": the noun is the source, the agent relays it
			o, _ := d.outlet(aa, ab)
			if o == "" {
				o = d.actorName(aa, ab)
			}
			relayVia = append(relayVia, via{sp: d.tokSpan(aa, ab), actor: o})
			b = nb
		} else {
			// "theo số liệu được Bộ Y tế công bố", "menurut data yang dirilis
			// Kementerian": the agent of the verb inside the phrase is the
			// source and that verb the cue
			a, b, i, j, c = aa, ab, b, b+len(ic.seq), ic
		}
		next, srcEnd = ce, ce
	} else if ic := d.l.cueAt(d.toks[:s.last], b); !ok && opening && ic != nil && ic.frame == fRelay && b < s.last {
		// "theo hãng tin Reuters dẫn lời một quan chức, …": the one quoted
		// is the source, the outlet relays it ("menurut laporan kantor
		// berita Reuters yang mengutip …": without the relative word)
		ob := b - d.l.ends(wRelativeNp, d.toks, b-1)
		o := ""
		for oa := a; oa < ob && o == ""; oa++ {
			o, _ = d.outlet(oa, ob) // "laporan kantor berita Reuters"
		}
		ra := b + len(ic.seq)
		rb := d.npRight(ra, s.last)
		if ta, tb := d.trimNP(ra, rb); tb > ta && ob > a {
			if o == "" {
				o = d.actorName(a, ob)
			}
			relayVia = append(relayVia, via{sp: d.tokSpan(a, ob), actor: o})
			// "Theo TTXVN dẫn hãng tin Reuters, X cho biết …": an outlet
			// citing an outlet before a clause with a cue of its own is a
			// chain of relays for the sentence's claims, nearest first
			if ro, ok := d.outlet(ta, tb); ok && rb < s.last && d.isComma(rb) && d.sentenceHasVerbCue(sentence{rb, s.last}, -1) {
				d.sentVia = append(d.sentVia, via{sp: d.tokSpan(ta, tb), actor: ro}, relayVia[0])
				return rb
			}
			a, b, next, srcEnd = ta, tb, rb, rb
		}
	}
	// "Theo ông Ivo Renat, Giám đốc Sở Y tế, …", "According to Ana Ruiz,
	// Deputy Minister of Health, …": a capitalised title between commas
	// after a person's name is part of the source
	if opening && next == j && relayVia == nil && b < s.last && d.isComma(b) && d.endsInName(a, b) {
		c := b + 1
		for c < s.last && c-b <= 12 && !d.isComma(c) && !d.hard(c) && d.toks[c].kind != number {
			c++
		}
		if c > b+1 && c+1 < s.last && d.isComma(c) && d.toks[b+1].upper && !d.hasCue(b+1, c) && !d.allNames(b+1, c) {
			b, srcEnd = c, c
		}
	}
	// "Theo Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07),
	// …": an agency's name with commas inside it runs on to its bracketed
	// acronym before the comma that ends the source
	if opening && next == j && relayVia == nil && b < s.last && d.isComma(b) && d.toks[a].upper {
		if e := d.acronymEnd(b+1, s.last); e > b {
			b, srcEnd = e, e
		}
	}
	// "according to a report by the works office seen by Reuters": the
	// outlet (or anyone) that saw or obtained the document is neither its
	// source nor its agent (words.tsv seen-by); an outlet is the channel
	// the claim came through, as an outlet told is (the report's own
	// outlet is dropped with the dateline's credit)
	var seenVia []via
	if next == j && relayVia == nil {
		for r := a + 1; r < b-1; r++ {
			if n := d.l.is(wSeenBy, d.toks, r); n > 0 && r+n < b {
				if o := d.outletAt(r + n); o > 0 && r+n+o == b {
					name, _ := d.outlet(r+n, b)
					seenVia = append(seenVia, via{sp: d.tokSpan(r+n, b), actor: name, told: true})
				}
				if ta, tb := d.trimNP(a, r); tb > ta {
					a, b = ta, tb
				}
				// "a memo from the party's lawyers seen by AFP": the
				// document seen is the vehicle, who issued it the source
				v := a + d.l.is(wDet, d.toks, a)
				if n := d.l.is(wVehicle, d.toks, v); n > 0 && v+n < b {
					a = v + n
				}
				break
			}
		}
	}
	agent := ""
	if next == j && relayVia == nil {
		for r := a + 1; r < b-1; r++ {
			// "according to figures released by the UN": the agent is the
			// actor; "according to a source quoted by AP": the agent relays
			if n := d.l.is(wPassiveAgent, d.toks, r); n > 0 && d.verbBy(r, n) {
				if ta, tb := d.trimNP(r+n, b); tb > ta {
					agent = d.actorName(ta, tb)
				}
				break
			}
			if ic := d.l.cueAt(d.toks[:b], r); ic != nil && (ic.frame == fRelay || ic.frame == fRelayC) && d.verbBy(r, len(ic.seq)) {
				if ta, tb := d.trimNP(r+len(ic.seq), b); tb > ta {
					o, _ := d.outlet(ta, tb)
					if o == "" {
						o = d.actorName(ta, tb)
					}
					relayVia = append(relayVia, via{sp: d.tokSpan(ta, tb), actor: o})
					_, b = d.trimNP(a, r)
				}
				break
			}
		}
	}
	src := d.tokSpan(a, b)
	// the outlet relays the other claims in the sentence, if it has any;
	// "…, according to AP." after a sentence that claims nothing else is
	// the outlet's own report
	// ("…, according to KNA, which cited …": a relative clause on the
	// outlet makes no other claim of the sentence)
	relClause := b+1 < s.last && d.isComma(b) && d.l.is(wRelative, d.toks, b+1) > 0
	if o, ok := d.outlet(a, b); ok && !d.ownReport && (first(d.atts, s, si) < len(d.atts) || !relClause && d.sentenceHasVerbCue(sentence{b, s.last}, -1)) && next == j {
		d.sentVia = append(d.sentVia, via{sp: src, actor: o})
		if first(d.atts, s, si) == len(d.atts) {
			d.outletPrep = &prepCall{c: c, i: i, j: j, lastCueEnd: lastCueEnd}
		}
		return next
	}
	// between commas after a subject, "according to X" relays the claim that
	// follows: "the NIS, according to lawmaker Han, told parliament …"
	// ("…, according to the guard, which said …" is a relative clause on X)
	// (also when the subject opens a clause coordinated with an earlier
	// one: "X said that A, and the NIS, according to Han, told …")
	if i > s.first && d.isComma(i-1) && b < s.last && d.isComma(b) && i-1-d.coordinatedSubject(d.leadingConnectors(lastCueEnd, i-1), i-1) <= 6 &&
		d.l.is(wRelative, d.toks, b+1) == 0 && d.sentenceHasVerbCue(sentence{b, s.last}, -1) {
		d.pendingVia = append(d.pendingVia[:0], via{sp: src, actor: d.actorName(a, b)})
		return next
	}
	x := att{source: src, srcFirst: a, srcLast: b, cue: d.tokSpan(i, j), c: c, sent: si, nestedIn: -1, via: append(relayVia, seenVia...), actor: agent}
	lead := d.leadingConnectors(lastCueEnd, i)
	// "The lab has not confirmed the account, according to a spokesman":
	// a final according-to credits the whole clause, its attribution
	// included, which it relays (the inner claim is nested in it)
	final := true // nothing but the sentence's end after the source
	for m := srcEnd; m < s.last; m++ {
		if !isTerminal(d.toks[m]) {
			final = false
			break
		}
	}
	if !opening && final && d.l.has(fFinalAccording) && i > s.first && d.isComma(i-1) {
		if f := first(d.atts, s, si); f < len(d.atts) {
			y := &d.atts[len(d.atts)-1]
			if y.c.frame != fPrep && y.c.frame != fPrepC && y.srcFirst >= s.first && y.srcLast <= d.tokenAt(y.cue.s) &&
				y.content.e <= d.toks[i-1].start && y.content.e > 0 && len(y.via) == 0 {
				if st := d.leadingConnectors(s.first, i); st <= y.srcFirst {
					lead = st
				}
			}
		}
	}
	if opening { // cue opens the clause: content follows the source
		k := srcEnd
		for k < s.last && (d.isComma(k) || d.hard(k) && d.toks[k].kind != quote) {
			k++
		}
		// skip a temporal tail of the source ("menurut AFP pada 24 Desember,")
		if k < s.last && !d.isComma(srcEnd) {
			for k < s.last && !d.isComma(k) && k-b < 8 {
				k++
			}
			if k < s.last && d.isComma(k) {
				k++
			} else {
				k = srcEnd
			}
		}
		// a time between commas before the claim is when it happened, no
		// part of it: "Theo cáo trạng, từ năm 2019 đến năm 2022, X …"
		if k > srcEnd && k < s.last && d.isComma(k-1) && d.l.has(fTimeAside) {
			if e := d.frontedTimeEnd(k, s.last); e > k {
				x.eventTime = span{d.toks[k].start, d.toks[e-2].end}
				k = e
			}
		}
		x.content = d.contentRight(k, s, false)
		// "Theo X, A; B": the clauses after a semicolon that credit no one
		// else go on with what X says
		for tries := 0; tries < 3 && !x.content.empty(); tries++ {
			e := d.tokenAt(x.content.e)
			if e < 0 || e+1 >= s.last || d.toks[e].low != ";" || d.sentenceHasVerbCue(sentence{first: e + 1, last: s.last}, -1) {
				break
			}
			rest := d.contentRight(e+1, s, false)
			if rest.empty() {
				break
			}
			x.content.e = rest.e
		}
		x.rule = "prep-initial"
		if c.frame != fPrep && c.frame != fPrepC {
			x.rule = "prep-passive"
		}
	} else {
		// "…, now expects X, according to its quarterly report": the
		// subject's own document, after a claim the sentence already
		// attributes to that subject, is where it said so, not a new source
		if d.l.is(wPronPoss, d.toks, a) > 0 && first(d.atts, s, si) < len(d.atts) && d.atts[len(d.atts)-1].c.frame != fPrep &&
			d.atts[len(d.atts)-1].c.frame != fPrepC && d.atts[len(d.atts)-1].cue.e <= d.toks[i].start {
			return next
		}
		// "Menteri X, Nama, dikutip dari Antara, meminta perusahaan …": an
		// according-to aside between a subject and the rest of its clause,
		// which asks for something (class request-act), relays a request,
		// no claim
		if i-1 > lead && d.isComma(i-1) && srcEnd+1 < s.last && d.isComma(srcEnd) && d.l.is(wRequestAct, d.toks, srcEnd+1) > 0 {
			// the outlet still relays what the subject says next
			// ("Yohana mengatakan …" in the next sentence)
			if o, ok := d.outlet(a, b); ok {
				d.relayedAsk = append(d.relayedAsk, relayedSubject{sent: si, a: lead, b: i - 1, v: via{sp: d.tokSpan(a, b), actor: o}})
			}
			return next
		}
		end := i
		for end > lead {
			if d.isComma(end-1) || d.toks[end-1].low == "(" {
				end--
			} else if n := d.l.ends(wTrim, d.toks, end-1); n > 0 && end-n-1 > lead && d.isComma(end-n-1) {
				end -= n // "…, cũng theo X": the adverb goes with the cue
			} else {
				break
			}
		}
		x.content = d.trimSpan(d.tokSpan(lead, end))
		x.rule = "prep-final"
		// "Kementerian Sosial, menurut keterangan tertulisnya, telah
		// menyalurkan …": an aside after a short subject inside the clause;
		// the content is the whole clause around it
		if i-1 > lead && i-1-lead <= 5 && d.isComma(i-1) && srcEnd+1 < s.last && d.isComma(srcEnd) && !isTerminal(d.toks[srcEnd+1]) && d.toks[srcEnd+1].kind != quote {
			last := s.last
			for last > srcEnd+1 && isTerminal(d.toks[last-1]) {
				last--
			}
			x.content = d.trimSpan(d.tokSpan(lead, last))
			x.rule = "prep-parenthetical"
		}
	}
	if x.content.empty() {
		return next
	}
	// "Theo ước tính ban đầu của Sở X, …": an estimate or an assessment
	// (a claim noun of stance believe) named before the one who made it
	// is that one's belief
	if nc := d.l.cueAt(d.toks[:s.last], j); nc != nil && nc.stance == sumber.Believe && x.srcFirst > j {
		x.echo = nc
	}
	d.atts = append(d.atts, x)
	return next
}

// prepCall is a call of prep kept to be made again: an outlet's
// "according to" first read as the relay of the sentence's other claims.
type prepCall struct {
	c                *cue
	i, j, lastCueEnd int
}

// coordinatedSubject returns where the subject ending at b starts: after
// the last comma and coordinator in [a, b) ("…, and the NIS"), else a.
func (d *doc) coordinatedSubject(a, b int) int {
	for k := b - 2; k > a; k-- {
		if d.isComma(k) {
			if n := d.l.is(wCoord, d.toks, k+1); n > 0 && k+1+n < b {
				return k + 1 + n
			}
			return a
		}
	}
	return a
}

// innerPassive finds a passive verb with its agent at the end of the noun
// phrase [a, b) read after a prepositional cue, with the verb's cue at b:
// "số liệu được|do Bộ Y tế | công bố" (noun, marker, agent, verb) or
// "data yang | dirilis [oleh] Kementerian" (noun, relative, verb, agent).
// It returns the end of the noun (nb), the agent [aa, ab), the inner cue
// and the token after the whole phrase.
func (d *doc) innerPassive(a, b, last int) (nb, aa, ab int, ic *cue, end int, ok bool) {
	if b >= last {
		return
	}
	ic = d.l.cueAt(d.toks[:last], b)
	if ic == nil || ic.frame == fPrep || ic.frame == fPrepC || ic.frame == fNoun {
		return
	}
	for r := a + 1; r < b-1; r++ {
		if n := d.l.is(wPassiveAgent, d.toks, r); n > 0 && r+n < b {
			ta, tb := d.trimNP(r+n, b)
			return r, ta, tb, ic, b + len(ic.seq), tb > ta
		}
	}
	if b-1 > a && d.l.ends(wRelativeNp, d.toks, b-1) > 0 && (ic.passv || d.l.prefix(aPassive, d.toks[b].low, 0)) {
		k := b + len(ic.seq)
		k += d.l.is(wAgent, d.toks, k)
		e := d.npRight(k, last)
		ta, tb := d.trimNP(k, e)
		return b - d.l.ends(wRelativeNp, d.toks, b-1), ta, tb, ic, e, tb > ta
	}
	return
}

// verbBy reports whether the n-token phrase at r is a participle with its
// agent word ("released by", "quoted by"), not a bare passive marker
// ("được", "do"): the noun before it is what the verb acted on.
func (d *doc) verbBy(r, n int) bool {
	return n > 1 && d.l.is(wAgent, d.toks, r+n-1) > 0
}

// nextCueContent finds a reporting verb shortly after k, before any comma
// ("… công bố hôm thứ Hai cho thấy …"), and returns where its content
// starts.
func (d *doc) nextCueContent(k int, s sentence) (int, bool) {
	for m := k; m < s.last && m-k <= 8; m++ {
		if d.isComma(m) || d.hard(m) {
			break
		}
		c := d.l.cueAt(d.toks[:s.last], m)
		if c == nil {
			continue
		}
		if c.frame == fPrep || c.frame == fPrepC || c.frame == fNoun || c.frame == fRelay || c.frame == fRelayC {
			break
		}
		e := m + len(c.seq)
		e += d.l.is(wComp, d.toks, e)
		return e, e < s.last
	}
	return 0, false
}

// relPassiveAgent reads "yang dirilis [oleh] AGENT" at r, inside a subject
// ending at b ("Data yang dirilis BNPB menunjukkan …"), and returns the
// agent's name: the one who made the thing that reports.
func (d *doc) relPassiveAgent(r, b int) string {
	n := d.l.is(wRelativeNp, d.toks, r)
	if n == 0 || r+n >= b {
		return ""
	}
	ic := d.l.cueAt(d.toks[:b], r+n)
	if ic == nil || !(ic.passv || d.l.prefix(aPassive, d.toks[r+n].low, 0)) {
		return ""
	}
	k := r + n + len(ic.seq)
	k += d.l.is(wAgent, d.toks, k)
	if ta, tb := d.trimNP(k, b); tb > ta {
		return d.actorName(ta, tb)
	}
	return ""
}

// relativeToEnd returns the end of an English source whose relative clause
// runs to the end of the sentence past a preposition that stopped the noun
// phrase: "…, according to two people familiar with the talks who spoke on
// condition of anonymity", "according to two bankers involved in the deal
// who …". Otherwise -1.
func (d *doc) relativeToEnd(a, b int, s sentence) int {
	if !d.l.has(fCommaRelative) || b <= a {
		return -1
	}
	e := s.last
	for e > b && isTerminal(d.toks[e-1]) {
		e--
	}
	if e <= b {
		return -1
	}
	// ("two people briefed on the talks", "officials involved in the
	// negotiations": a participle goes on with the noun phrase too)
	participle := func(p token) bool {
		return p.kind == word && !p.upper && len(p.low) > 4 && (d.l.suffix(aPast, p.low) || d.l.suffix(aGerund, p.low))
	}
	// (the participle may end the noun phrase itself when it is no cue:
	// "people briefed | on the talks")
	rel := participle(d.toks[b]) || b-1 > a && d.l.is(wNounPrep, d.toks, b) > 0 && participle(d.toks[b-1])
	for k := a + 1; k < e && !rel; k++ {
		rel = d.l.is(wRelative, d.toks, k) > 0
	}
	if !rel || e <= b || e-b > 14 {
		return -1
	}
	for k := b; k < e; k++ {
		// (a cue right after the noun is its participle: "people briefed on";
		// after "to" it is an infinitive: "not authorized to discuss")
		// ("who asked not to be named": a cue before an infinitive asks
		// for something and claims nothing, one after "to be" is
		// passive, one after a preposition a noun: "for fear of")
		if d.isComma(k) || d.hard(k) || k > b && d.l.is(wInfinitive, d.toks, k-1) == 0 && !(k >= 2 && d.l.is(wToBe, d.toks, k-2) == 2) && d.l.is(wNounPrep, d.toks, k-1) == 0 && d.hasCue(k, k+1) && !d.cueBeforeInfinitive(k, e) || d.l.is(wDateWord, d.toks, k) > 0 || d.toks[k].kind == number {
			return -1 // ("a report released on Tuesday": the date dates the claim)
		}
	}
	return e
}

// finalAppositive returns the end of an appositive noun phrase that
// follows a comma at b and closes sentence s (", a nonpartisan think
// tank."), or -1: it opens with an appositive word (an article), holds no
// comma, quotation, cue or auxiliary (", the two candidates are tied" is
// a clause), and only terminals follow it.
func (d *doc) finalAppositive(b int, s sentence) int {
	if b+2 >= s.last || !d.isComma(b) || d.l.is(wAppositive, d.toks, b+1) == 0 {
		return -1
	}
	e := b + 1
	for e < s.last && e-b <= 10 && !isTerminal(d.toks[e]) {
		if d.isComma(e) || d.hard(e) || d.toks[e].kind == quote || d.hasCue(e, e+1) || d.l.is(wAux, d.toks, e) > 0 || d.l.is(wNounAux, d.toks, e) > 0 {
			return -1
		}
		e++
	}
	if e-b > 10 || e <= b+2 {
		return -1
	}
	for m := e; m < s.last; m++ {
		if !isTerminal(d.toks[m]) && !isCloser(d.toks[m]) {
			return -1
		}
	}
	return e
}

// frontedTimeEnd returns the token after a time phrase and its comma that
// opens the clause at k ("từ tháng 5/2021 đến tháng 8/2023, …", "trong giai
// đoạn 2019-2022, …", "sejak awal 2024, …"), or k when there is none. The
// phrase opens with a temporal or circumstantial preposition, has a date
// word or a date-like number (a year, a day/month), no other number (a
// count) and no cue.
func (d *doc) frontedTimeEnd(k, end int) int {
	l := d.l
	if l.is(wTemporal, d.toks, k) == 0 && l.is(wCircumstance, d.toks, k) == 0 {
		return k
	}
	dated := false
	for m := k + 1; m < end && m-k <= 10; m++ {
		t := d.toks[m]
		if d.isComma(m) {
			if dated && m+1 < end && !d.hasCue(k, m) {
				return m + 1
			}
			return k
		}
		if d.hard(m) || t.kind == quote {
			return k
		}
		if l.is(wDateWord, d.toks, m) > 0 || t.kind == number && dateNumber(t.low) {
			dated = true
		} else if t.kind == number && l.ends(wDateWord, d.toks, m-1) == 0 {
			// a count makes it a clause of the claim: "đến sáng nay đã có
			// 245 người xuất viện, …" (not "từ ngày 3 đến ngày 9 tháng 5")
			return k
		}
	}
	return k
}

// dateNumber reports whether a number token reads as a year (1900–2099),
// a span of years or a day and month ("2021", "2019-2022", "5/2021",
// "12/3").
func dateNumber(s string) bool {
	if strings.ContainsRune(s, '/') {
		return true
	}
	if a, _, ok := strings.Cut(s, "-"); ok {
		s = a
	}
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
}

// acronymEnd returns the token after a bracketed acronym ("(PC07)") that
// closes a run of plain words and commas from k and is followed by a
// comma, or -1: the rest of a name with commas inside it ("chữa cháy và
// cứu nạn, cứu hộ (PC07)").
func (d *doc) acronymEnd(k, end int) int {
	for c := k; c+3 < end && c-k <= 14; c++ {
		t := d.toks[c]
		if t.low == "(" {
			if c > k && d.toks[c+2].low == ")" && d.toks[c+1].upper && d.toks[c+1].kind == word && d.isComma(c+3) && !d.hasCue(k, c) {
				return c + 3
			}
			return -1
		}
		if !(t.kind == word || d.isComma(c)) || d.isComma(c) && c == k {
			return -1
		}
	}
	return -1
}

// namedAt reports whether a name opens the phrase at k (before b): a
// capitalised word, or an honorific and a capitalised word ("anh Minh").
func (d *doc) namedAt(k, b int) bool {
	if k >= b || d.toks[k].kind != word {
		return false
	}
	if d.toks[k].upper {
		return true
	}
	// (so are bodies acting jointly: "Theo thông báo của liên Bộ Công
	// Thương - Tài chính")
	n := max(d.l.is(wHonorific, d.toks, k), d.l.is(wJoint, d.toks, k))
	return n > 0 && k+n < b && d.toks[k+n].upper && d.toks[k+n].kind == word
}

// pluralOwner reports whether the tokens a..b are a plural determiner
// and a short common noun phrase after it ("các hộ dân", "những người
// lao động"): a group that files a document, owning it as a named body
// does.
func (d *doc) pluralOwner(a, b int) bool {
	n := d.l.is(wPluralDet, d.toks, a)
	return n > 0 && d.commonOwner(a+n, b)
}

// commonOwner reports a short owner [a, b) of a document named by common
// nouns only ("Theo danh sách hành khách của nhà xe"): the one who keeps
// the list is the source, as a named body would be.
func (d *doc) commonOwner(a, b int) bool {
	if b <= a || b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.kind != word || t.upper || d.l.is(wDet, d.toks, k) > 0 {
			return false
		}
	}
	return true
}

// nyaClauseSubject returns the subject of the Indonesian clause a relative
// "yang" at r hangs from: the words opening the clause up to its verb,
// the first lower-case word with an active prefix (me-, ber-) before r
// ("Petugas bea cukai memajang ganja yang …"); empty when there is none.
func (d *doc) nyaClauseSubject(s sentence, r int) (int, int) {
	a := d.leadingConnectors(s.first, r)
	for m := a + 1; m < r && m-a <= d.npLimit(); m++ {
		t := d.toks[m]
		if d.hard(m) {
			return 0, 0
		}
		if t.kind == word && !t.upper && len(t.low) > 4 && d.l.prefix(aActive, t.low, 0) {
			return d.trimNP(a, m)
		}
	}
	return 0, 0
}

// kindThenName reports tokens [a, b) that are a body's kind in up to three
// lower-case words and then its capitalised name ("sàn giao dịch Orvane",
// "công ty Halvex").
func (d *doc) kindThenName(a, b int) bool {
	for m := a + 1; m < b && m-a <= 3; m++ {
		if t := d.toks[m-1]; t.kind != word || t.upper {
			return false
		}
		if d.kindName(m, b) {
			return true
		}
	}
	return false
}
