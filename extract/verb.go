package extract

// The verb frames: a cue with its subject before or after it, what stands
// between the cue and its content, relays and passives.

import (
	"slices"
	"strings"

	"sumber"
	"sumber/dates"
	"sumber/figures"
)

// passiveBy reads "SUBJECT was CUE by AGENT": the agent is the source and
// the subject, with what follows, the content.
func (d *doc) passiveBy(si int, s sentence, c *cue, k, j, by int, neg bool) {
	a := by + d.l.is(wAgent, d.toks, by)
	b := d.npRight(a, s.last)
	if c.frame == fRevise && by == j {
		for m := a + 1; m < b; m++ {
			if d.l.is(wChangeTo, d.toks, m) > 0 {
				b = m // "oleh BNPB menjadi 67 orang": the agent ends at the change
				break
			}
		}
	}
	a, b = d.trimNP(a, b)
	if b <= a || d.amountBy(a, b) {
		return
	}
	// ("jobs can be added by threatening tariffs": a participle after
	// "by" tells how, and names no agent)
	// ("by right-wing groups", "by the king" name one)
	if t := d.toks[a]; t.kind == word && !t.upper && len(t.low) > 5 && !strings.Contains(t.low, "-") && d.l.suffix(aGerund, t.low) {
		return
	}
	// the subject ends before the auxiliaries and the adverbs among them
	// ("The plan was also criticized by …": "also" bounds no clause here)
	p := k
	for p-1 > s.first {
		if n := d.l.ends(wPassive, d.toks, p-1); n > 0 {
			p -= n
		} else if t := d.toks[p-1]; t.kind == word && !t.upper && (d.l.is(wTrim, d.toks, p-1) == 1 && d.l.is(wCoord, d.toks, p-1) == 0 ||
			d.l.suffix(aAdverb, t.low) && d.l.is(wLyNoun, d.toks, p-1) == 0) {
			p--
		} else {
			break
		}
	}
	// "Varga, meanwhile, is backed by …": a connector between commas
	// after the subject
	aside := -1
	if p-3 > s.first && d.isComma(p-1) && d.isComma(p-3) && d.toks[p-2].kind == word &&
		(d.l.is(wBoundary, d.toks, p-2) == 1 || d.l.is(wContrast, d.toks, p-2) == 1 || d.l.is(wTrim, d.toks, p-2) == 1) {
		p -= 3
		aside = p
	}
	q := d.npLeft(p-1, s.first)
	for q+1 < k && d.l.is(wPassive, d.toks, q+1) == 0 && d.l.is(wTrim, d.toks, q+1) > 0 {
		q++
	}
	subjEnd := k
	for subjEnd > q+1 {
		if n := d.l.ends(wNeg, d.toks, subjEnd-1); n > 0 && subjEnd-n > q+1 {
			// "the figures have not been verified by X": X has not confirmed them
			neg = true
			subjEnd -= n
			continue
		}
		if d.l.ends(wPassive, d.toks, subjEnd-1) == 0 && d.l.ends(wTrim, d.toks, subjEnd-1) == 0 {
			break
		}
		subjEnd--
	}
	if aside > q+1 && subjEnd > aside {
		subjEnd = aside
	}
	if subjEnd <= q+1 {
		return
	}
	x := att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(k, j), c: c, neg: neg, sent: si, nestedIn: -1, rule: "passive-by"}
	x.content = d.tokSpan(q+1, subjEnd)
	if by > j {
		x.content = d.trimSpan(d.tokSpan(q+1, by)) // "the death toll was revised to 67"
	} else if c.frame == fRevise {
		// "jumlah korban tewas direvisi oleh BNPB menjadi 67 orang": the
		// clause up to the end of the new figure
		e := b
		for e < s.last && !d.hard(e) && !d.isComma(e) && !isTerminal(d.toks[e]) {
			e++
		}
		x.content = d.trimSpan(d.tokSpan(q+1, e))
	}
	d.atts = append(d.atts, x)
}

// clitIsPassive reports that the participle cue [k, j) after a clitic
// "’s" is a passive: "as" ends the cue or follows it, an agent follows in
// the clause before a comma, or the clitic follows an expletive "it" and
// a complementizer follows the cue.
func (d *doc) clitIsPassive(s sentence, k, j int) bool {
	l := d.l
	if l.is(wAsWord, d.toks, j-1) > 0 || j < s.last && l.is(wAsWord, d.toks, j) > 0 {
		return true
	}
	if j < s.last && l.is(wComp, d.toks, j) > 0 && k-2 >= s.first && l.is(wPronSg, d.toks, k-2) > 0 && l.is(wPronSubj, d.toks, k-2) == 0 {
		return true
	}
	for m := j; m < s.last && m-j < 8 && !d.isComma(m) && !d.hard(m); m++ {
		if l.is(wAgent, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// reducedPassiveBy reads "NP, [adverb] CUE-ed by AGENT": a past
// participle after a comma, with its agent at j, heads a passive clause
// about the noun phrase before the comma, which starts after the last cue
// (lastCueEnd). A gerund or a bare singular noun after "by" is a means,
// no agent, and the verb an active one after an aside ("Hale, now 81,
// said by telephone", "She, clearly tired, responded by leaving"). It
// reports whether the cue was read so (an attribution made, or none when
// the agent is an amount).
func (d *doc) reducedPassiveBy(si int, s sentence, c *cue, k, j, lastCueEnd int) bool {
	l := d.l
	if t := d.toks[k]; t.kind != word || t.upper || !l.suffix(aPast, t.low) && !l.isWord(wPastIrregular, t.low) {
		return false
	}
	m := k - 1
	if m > s.first && d.toks[m].kind == word && !d.toks[m].upper && (l.is(wTrim, d.toks, m) == 1 && l.is(wCoord, d.toks, m) == 0 && l.is(wAux, d.toks, m) == 0 ||
		l.suffix(aAdverb, d.toks[m].low) && l.is(wLyNoun, d.toks, m) == 0) {
		m-- // ", first reported by", ", widely backed by"
	}
	if m <= s.first || !d.isComma(m) {
		return false
	}
	q := d.npLeft(m-1, max(s.first, lastCueEnd))
	if q+1 >= m {
		return false
	}
	// "The council approved the levy, opposed by …": the noun phrase
	// opens at its last determiner that no preposition governs ("the
	// head of the port, backed by …" keeps its head)
	for n := m - 1; n > q+1; n-- {
		if l.is(wNounDet, d.toks, n) > 0 && !d.toks[n].upper && l.is(wNounPrep, d.toks, n-1) == 0 && l.is(wNPPrep, d.toks, n-1) == 0 {
			q = n - 1
			break
		}
	}
	a := j + l.is(wAgent, d.toks, j)
	if a >= s.last {
		return false
	}
	if f := d.toks[a]; f.kind == word && !f.upper && (l.suffix(aGerund, f.low) ||
		!l.suffix(aPlural, f.low) && l.is(wDet, d.toks, a) == 0 && l.ends(wNounDet, d.toks, a) == 0 && l.is(wQuantifier, d.toks, a) == 0 && !d.pronounLike(a, a+1)) {
		return false
	}
	b := d.npRight(a, s.last)
	for n := a + 1; n+1 < b; n++ {
		if l.is(wAgentOf, d.toks, n) > 0 && l.suffix(aGerund, d.toks[n+1].low) {
			b = n // "accused by the council of hiding …": the charge is no part of the agent
			break
		}
	}
	a, b = d.trimNP(a, b)
	if b <= a {
		return false
	}
	if d.amountBy(a, b) {
		return true // ", cut by a third,": no agent, no claim
	}
	d.atts = append(d.atts, att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(k, j), c: c, sent: si, nestedIn: -1,
		rule: "passive-by", content: d.trimSpan(d.tokSpan(q+1, m))})
	return true
}

// amountBy reports an amount alone in the span a..b after a passive's
// "by": "output was cut by roughly half", "sales were raised by 40%" say
// how much changed, and the amount is no agent and no source. A share of
// a group still speaks ("was rejected by 60% of the staff").
func (d *doc) amountBy(a, b int) bool {
	for m := a + 1; m < b; m++ {
		if d.l.is(wAgentOf, d.toks, m) > 0 {
			return false
		}
	}
	if n := d.l.is(wMultBound, d.toks, a); n > 0 && a+n < b {
		a += n
	}
	if d.l.is(wMultiple, d.toks, a) > 0 || d.toks[a].kind == number || d.numberWord(a) {
		return true
	}
	return a+1 < b && d.indefinite(a) && d.numberWord(a+1)
}

// revisedBy returns the agent marker after a passive revision's change to a
// number ("[the death toll] was revised to 67 by …"), or -1: the subject
// before the cue at k must hold a figure noun.
func (d *doc) revisedBy(k, j int, s sentence) int {
	l := d.l
	noun := false
	for m := d.npLeft(k-1, s.first) + 1; m < k; m++ {
		noun = noun || l.is(wFigureNoun, d.toks, m) > 0
	}
	if !noun || j >= s.last {
		return -1
	}
	// the agent before the new figure: "jumlah korban tewas direvisi oleh
	// BNPB menjadi 67 orang"
	if n := l.is(wAgent, d.toks, j); n > 0 {
		for m := j + n + 1; m < s.last && m-j < 8 && !d.hard(m) && !d.isComma(m); m++ {
			if c := l.is(wChangeTo, d.toks, m); c > 0 {
				if m+c < s.last && d.toks[m+c].kind == number {
					return j
				}
				break
			}
		}
		return -1
	}
	if l.is(wChangeTo, d.toks, j) == 0 {
		return -1
	}
	num := false
	for m := j + l.is(wChangeTo, d.toks, j); m < s.last && m-j < 8 && !d.hard(m) && !d.isComma(m); m++ {
		if d.toks[m].kind == number {
			num = true
		} else if num && l.is(wAgent, d.toks, m) > 0 {
			return m
		}
	}
	return -1
}

// passive reads an Indonesian passive cue: "hal itu disampaikan oleh
// Menteri X" or "…, dikatakan Menteri X." The agent after the verb is the
// source; the subject before it, or the clause, is the content.
func (d *doc) passive(si int, s sentence, c *cue, k, j int, neg bool) {
	a := j
	switch {
	case d.l.is(wAgentMarker, d.toks, a-1) == 0 && a < s.last && d.l.is(wAgentMarker, d.toks, a) > 0:
		a += d.l.is(wAgentMarker, d.toks, a)
	case a < s.last && d.toks[a].upper && d.toks[a].kind == word && !d.titleVerb(a, s):
		// "Hal itu disampaikan Juru Bicara Kemlu …": the agent follows
		// directly (in a title-case headline a passive verb after it is
		// the hedged claim's own: "Santri Diduga Dianiaya Senior")
	case a < s.last && d.l.is(wRole, d.toks, a) > 0 && d.pointsBackTo(s, k):
		// "Keputusan itu diumumkan juru bicara kementerian, …": after a
		// subject that points back, a lower-case title (class role) is the
		// agent too
	case k > s.first && d.isComma(k-1) && !(a < s.last && d.l.has(fVerbPrefixes) && d.idVerbLike(a)):
		// ("Uang itu, kata Arman, diduga diberikan oleh …": a verb after
		// the passive is the hedged claim's own, no agent)
	case a < s.last && (c.stance == sumber.Deny || c.stance == sumber.Confirm) && d.bareAgent(s, k, a):
		// "Klaim soal asap itu dibantah maskapai": after a subject that
		// points back, a bare noun phrase up to the end is the agent
	default:
		return // no agent: "Pyongyang diyakini telah …" names no source
	}
	b := d.npRight(a, s.last)
	a, b = d.trimNP(a, b)
	if b <= a {
		return
	}
	b = d.withName(b, s.last)
	x := att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(k, j), c: c, neg: neg, sent: si, nestedIn: -1, rule: "passive-agent"}
	if k > s.first && d.isComma(k-1) {
		x.content = d.contentLeft(k-1, s)
	} else {
		if d.l.ends(wRelativeNp, d.toks, k-1) > 0 {
			return // "Data yang dirilis BNPB menunjukkan …": a noun phrase, the next verb reports
		}
		start := d.leadingConnectors(s.first, k)
		x.content = d.trimSpan(d.tokSpan(start, k))
	}
	// a denial or a confirmation of a thing named by a noun ("Keterangan
	// itu dibantah keluarga korban") has that noun as content, as the
	// active "membantah keterangan itu" does; "Hal itu dibantah X" points
	// back to the sentence before
	if !(c.stance == sumber.Deny || c.stance == sumber.Confirm) || d.l.is(wContentAnaphor, d.toks, d.tokenAt(x.content.s)) > 0 {
		d.contentAnaphor(&x, s)
	}
	if x.content.empty() {
		return
	}
	d.atts = append(d.atts, x)
}

// bareAgent reports whether the words from a to the end of the sentence
// are the bare agent of the passive denial or confirmation at k: the subject before the cue
// is a short noun phrase that points back ("Keterangan itu", "Klaim soal
// asap itu"), and the agent is a lower-case noun phrase, no circumstance,
// time, place or manner ("dibantah keras"), that runs to the end of the sentence ("dibantah
// keluarga korban.", "dibantah sejumlah penumpang.").
func (d *doc) bareAgent(s sentence, k, a int) bool {
	l := d.l
	lead := d.leadingConnectors(s.first, k)
	if k-lead < 2 || k-lead > 6 || l.is(wContentAnaphor, d.toks, k-1) != 1 || d.toks[lead].kind != word {
		return false
	}
	for m := lead; m < k; m++ {
		if d.toks[m].kind != word {
			return false
		}
	}
	if d.toks[a].kind != word || d.toks[a].upper || l.is(wPlacePrep, d.toks, a) > 0 || l.is(wCircumstance, d.toks, a) > 0 ||
		l.is(wTemporal, d.toks, a) > 0 || l.is(wAside, d.toks, a) > 0 || l.is(wTrim, d.toks, a) > 0 || l.is(wNeg, d.toks, a) > 0 ||
		l.is(wDateWord, d.toks, a) > 0 || l.is(wMedium, d.toks, a) > 0 || l.is(wSameDay, d.toks, a) > 0 || l.is(wAddressee, d.toks, a) > 0 {
		return false
	}
	e := a
	for e < s.last && d.toks[e].kind == word && e-a < 6 {
		e++
	}
	return e > a && e < s.last+1 && (e == s.last || isTerminal(d.toks[e]))
}

// pointsBackTo reports whether the clause before the passive cue at k is
// only a phrase that points back: "Hal itu", "Keputusan itu".
func (d *doc) pointsBackTo(s sentence, k int) bool {
	lead := d.leadingConnectors(s.first, k)
	if n := d.l.is(wContentAnaphor, d.toks, lead); n > 0 && lead+n == k {
		return true
	}
	return k-lead == 2 && d.toks[lead].kind == word && d.l.is(wContentAnaphor, d.toks, lead+1) == 1
}

// contentAnaphor replaces a content that only points back ("hal itu",
// "this", "điều này") with the sentence before, which is what was said.
func (d *doc) contentAnaphor(x *att, s sentence) {
	d.pointBack(x, true, 1)
}

// pointBack replaces a content that only points back with the sentence
// before: an anaphor of at least min words, then only a circumstance
// ("menyampaikan hal itu di kantornya"); with nounDem, also a noun and a
// demonstrative ("Penetapan itu diumumkan X").
func (d *doc) pointBack(x *att, nounDem bool, min int) {
	k := d.tokenAt(x.content.s)
	if k < 0 || x.sent == 0 {
		return
	}
	n := d.l.is(wContentAnaphor, d.toks, k)
	if n == 0 && nounDem && k+2 <= len(d.toks) && d.toks[k].kind == word && d.l.is(wContentAnaphor, d.toks, k+1) == 1 {
		n = 2 // a noun and a demonstrative: "Penetapan itu diumumkan X", "Temuan tersebut dipaparkan X"
	}
	if n < min {
		return
	}
	// "menyampaikan hal itu di kantornya", "said this on Monday": only a
	// circumstance follows the anaphor
	if e := k + n; d.toks[e-1].end != x.content.e && !(e < len(d.toks) && d.toks[e].start < x.content.e &&
		(d.l.is(wPlacePrep, d.toks, e) > 0 || d.l.is(wCircumstance, d.toks, e) > 0 || d.l.is(wTemporal, d.toks, e) > 0) && d.l.cueAt(d.toks, e) == nil) {
		return
	}
	prev := d.sents[x.sent-1]
	end := d.beforeTerminal(prev.first, prev.last)
	// (without the dateline: "Jakarta - Pemerintah …")
	if start := d.leadingConnectors(prev.first, end); end > start {
		x.content = d.tokSpan(start, end)
	}
}

// verb handles the verb frames: pre-posed ("X said that …") and
// post-posed ("…, X said." / "“…,” kata dia." / "ujarnya").
func (d *doc) verb(si int, s sentence, c *cue, i, j, lastCueEnd int) {
	l := d.l
	if d.inPassiveAside(s, i, j) {
		return
	}
	// "the court rules that …": a finder's verb; "party rules allow …" a noun
	if c.finderVerb && l.suffix(aPlural, d.toks[i].low) && (i == s.first || l.is(wFinder, d.toks, i-1) == 0) {
		return
	}
	// "Vell questions the audit": a verb before its object; "questions
	// about the audit" a noun
	if c.objectVerb && l.suffix(aPlural, d.toks[i].low) {
		// (and after its subject: "the internal questions it must resolve"
		// has an adjective before the noun)
		if p := i - 1; !d.objectAfter(s, j) || p >= s.first && d.toks[p].kind == word && !d.toks[p].upper && l.is(wTrim, d.toks, p) == 0 && l.is(wRelative, d.toks, p) == 0 && !d.pronounLike(p, i) {
			return
		}
	}
	k := i // start of the cue span, extended left over a negator
	neg := false
	// an adverb between the negator and the cue: "could not independently
	// verify", "did not immediately confirm"
	adv := 0
	if k-2 >= lastCueEnd && k-2 >= s.first && l.is(wTrim, d.toks, k-1) == 1 && l.is(wAux, d.toks, k-1) == 0 &&
		l.is(wPassive, d.toks, k-1) == 0 && l.is(wCoord, d.toks, k-1) == 0 && l.ends(wNeg, d.toks, k-2) > 0 {
		adv = 1
	}
	if n := l.ends(wNeg, d.toks, k-1-adv); n > 0 && k-adv-n >= lastCueEnd {
		neg = c.stance != sumber.Neither // "belum mengonfirmasi maupun membantah" is neither, not a negation
		k -= n + adv
	}
	// Indonesian passive: "dikatakan oleh X" names the source after the
	// verb; without an agent the source is unknown and nothing is claimed
	if c.passv {
		if c.frame == fRevise {
			// "jumlah korban tewas direvisi menjadi 67 orang oleh BNPB": as
			// in English, a figure noun before, the agent after the figure
			if by := d.revisedBy(k, j, s); by > 0 {
				d.passiveBy(si, s, c, k, j, by, neg)
			}
			return
		}
		d.passive(si, s, c, k, j, neg)
		return
	}
	// "As reported by the Sentinel, …", "…, as first reported by the
	// Sentinel": an as-clause in the passive whose agent claims the clause
	// it is set against
	if j < s.last && l.is(wAgent, d.toks, j) > 0 && d.asPassive(si, s, c, k, j) {
		return
	}
	if d.askedBy(si, s, c, k, j) {
		return
	}
	// "The bill, opposed by the union, never passed", "The deal, first
	// reported by the Herald, fell through": a past participle after a
	// comma, perhaps after an adverb, with an agent right after it is a
	// passive clause about the noun phrase before the comma: the agent is
	// the source, that noun phrase the content
	if k == i && j < s.last && l.is(wAgent, d.toks, j) > 0 && d.reducedPassiveBy(si, s, c, k, j, lastCueEnd) {
		return
	}
	// "Hale, who’s viewed as honest by most voters", "It’s implied that
	// …": a clitic "’s" before a participle is "is", a passive, when "as"
	// or an agent follows the participle in its clause, or when it follows
	// "it" and a complementizer comes next ("who’s argued for years that
	// …" is "has" and claims); the subject is then no source
	if k == i && k-1 > s.first && isClitic(d.toks[k-1].low) && l.suffix(aPossessive, d.toks[k-1].low) && l.suffix(aPast, d.toks[k].low) && d.clitIsPassive(s, k, j) {
		return
	}
	// English passive with an agent: "was first reported by The Post"
	// ("wasn't confirmed by": the negator is the auxiliary)
	// ("was widely criticized": an adverb in -ly between them)
	lyPassive := k-2 >= s.first && l.ends(wPassive, d.toks, k-2) > 0 && d.toks[k-1].kind == word && !d.toks[k-1].upper &&
		l.suffix(aAdverb, d.toks[k-1].low) && l.is(wLyNoun, d.toks, k-1) == 0 && l.is(wTrim, d.toks, k-1) == 0
	trimPassive := k-2 >= s.first && l.ends(wPassive, d.toks, k-2) > 0 && l.is(wTrim, d.toks, k-1) > 0
	// ("has been critical of": a copula before a predicate is no passive)
	if d.reducedPassive(k, j) {
		d.passiveBy(si, s, c, k, j, j, neg) // "…, a view echoed by the union"
		return
	}
	if n := l.ends(wPassive, d.toks, k-1); !c.predicate && (n > 0 || (neg && l.is(wPassive, d.toks, k) > 0) || trimPassive || lyPassive) {
		if by := j; by < s.last && l.is(wAgent, d.toks, by) > 0 {
			d.passiveBy(si, s, c, k, j, by, neg)
			return
		}
		if c.frame == fRevise {
			// "the death toll was revised to 67 by the ministry": a figure
			// noun before, a change to a number, then the agent; without an
			// agent nobody is named and nothing is claimed
			if by := d.revisedBy(k, j, s); by > 0 {
				d.passiveBy(si, s, c, k, j, by, neg)
			}
			return
		}
		if lyPassive || trimPassive && c.frame == fVerbN && l.suffix(aPast, d.toks[j-1].low) {
			// "The plan was widely criticized.", "Brandt, the chair, is now
			// considered the favourite": nobody is named
			return
		}
	}
	// a gerund after "by", "while", "after": "by saying he would serve" is a
	// claim by the clause's subject when a clause follows
	// "Citing a theory, Trump accused …" / "In defending himself, Trump …" /
	// "After saying X, she …": a participle opening the sentence lends the
	// claim to the subject after its comma
	if d.l.gerund(c) && c.frame != fRevise { // ("Raising the prospect of …, X has …": no revision)
		lead := d.leadingConnectors(s.first, k)
		if lead < k && l.is(wGerundPrep, d.toks, lead) > 0 && lead+l.is(wGerundPrep, d.toks, lead) == k {
			// "After saying X, …" needs a clause: "In offering analysis, …" is no claim
			// ("After blasting the mayor for the delays, …": a reason after the object)
			if nx := j; nx < s.last && (l.is(wComp, d.toks, nx) > 0 || d.pronounLike(nx, nx+1) || d.toks[nx].kind == quote || d.reasonObject(c, i, j, s)) {
				lead = k
			}
		}
		if lead == k {
			if comma := d.nextComma(j, s); comma > 0 {
				end := comma // the content's end
				if comma+1 < s.last && d.toks[comma+1].kind == quote {
					comma++ // "After saying it was “a mistake,” she …": the quotation closes after the comma
					end = comma + 1
				}
				sub := sentence{comma + 1, s.last}
				if sa, sb := d.clauseSubject(sub, s.last, len(d.atts)); sb > sa {
					x := att{cue: d.tokSpan(k, j), c: c, sent: si, nestedIn: -1, rule: "verb-opening-participle",
						source: d.tokSpan(sa, sb), srcFirst: sa, srcLast: sb, content: d.trimSpan(d.tokSpan(j, end))}
					if xs := d.rightContext(&x, j, s); xs.comp && xs.next < comma {
						x.content = d.trimSpan(d.tokSpan(xs.next, end))
					}
					if !x.content.empty() {
						d.atts = append(d.atts, x)
					}
					return
				}
			}
		}
	}
	if d.quotedAs(si, s, c, k, j) {
		return
	}
	if d.asClause(si, s, c, k, j, lastCueEnd, neg) {
		return
	}
	gerund := false
	if n := l.ends(wGerundPrep, d.toks, k-1); n > 0 && k-n >= s.first && d.l.participle(c) && j < s.last {
		nx := j
		if d.isComma(nx) && nx+1 < s.last {
			nx++
		}
		// ("after blasting the mayor for the delays, …": a reason after the object)
		if l.is(wComp, d.toks, nx) > 0 || d.pronounLike(nx, nx+1) || d.toks[nx].kind == quote || d.reasonObject(c, i, j, s) {
			gerund = true
		}
		// "…, before raising the toll to 17": a revision of a figure after
		// "before", "after" or "by" is the clause subject's new figure
		if c.frame == fRevise && d.changeAhead(j, s) {
			gerund = true
		}
		// "Varga rallied thousands by promising to cut taxes", "was booed
		// after telling the crowd …": after a preposition of a done act
		// (class act-prep) in a clause with no modal or negator before it,
		// the act was done by the clause's subject
		// (not inside another's report: "said developers had drawn the
		// areas by adding …" tells the developers' act)
		if l.ends(wActPrep, d.toks, k-1) == n && l.gerund(c) && d.factualClause(s.first, k-n) && !d.insideSpeech(k, first(d.atts, s, si)) {
			gerund = true
		}
	}
	// a subject that negates its verb: "Neither government would
	// confirm …" (class neg-subject)
	negSubj := !neg && d.negSubject(k, s)
	if negSubj {
		neg = c.stance != sumber.Neither
	}
	causeObj := false // the subject is the object of a cause verb before "to"
	// hypothetical: "may hope", "dapat berharap", "to say"; but a negated
	// ability is a negated claim: "could not confirm", "belum bisa mengonfirmasi"
	if n := l.ends(wModal, d.toks, k-1); n > 0 && k-n >= s.first && !gerund && !d.nameModal(c, k-1) {
		if r := l.ends(wDoneTo, d.toks, k-1); r > 0 && k-r >= max(s.first, lastCueEnd) && !neg && d.doneAct(k-r-1, s) {
			k -= r // "was quick to add that …": the act is done; the phrase joins the cue
		} else if m := d.purposeVerb(k-1, max(s.first, lastCueEnd)); m >= 0 && !neg && d.doneAct(m-1, s) {
			k = m // "took to the radio to accuse …": so is the purpose of a past act
		} else if m := d.causeVerb(k-1, max(s.first, lastCueEnd)); m >= 0 && !neg && d.doneAct(m-1, s) {
			// "the defeat led the chair to declare …": the one caused to
			// speak is the source, between the verb and "to"
			lastCueEnd, causeObj = m+1, true
		} else if negSubj && d.l.is(wInfinitive, d.toks, k-1) == 0 {
			k -= n // "Neither side would confirm": the modal joins the cue
		} else if m := l.ends(wNeg, d.toks, k-n-1); m > 0 && !neg && d.l.is(wInfinitive, d.toks, k-1) == 0 {
			neg = c.stance != sumber.Neither
			k -= n + m
		} else if !neg || d.l.is(wInfinitive, d.toks, k-1) > 0 {
			return
		} else {
			k -= n // "could not confirm": the modal joins the cue
		}
	}
	x := att{cue: d.tokSpan(k, j), c: c, neg: neg, sent: si, nestedIn: -1, srcFirst: -1, srcLast: -1}
	if c.nya {
		t := d.toks[j-1]
		x.cue = span{d.toks[k].start, t.end - 3}
	}
	// adverbs between the subject and the cue carry timing: "awalnya", "kemudian"
	p := k - 1
	if causeObj {
		p = k - 2 // before "to"
	}
	// "Juru bicara itu kemarin mengatakan", "Menteri itu akhir pekan lalu
	// menyatakan": a date between the subject and the cue
	if m := d.dateEndingAt(p, max(lastCueEnd, s.first)); m > max(lastCueEnd, s.first) {
		m -= l.ends(wTemporal, d.toks, m-1) // "pada 23 Desember", "on Monday"
		// ("A poll released Monday found": the date is the participle's,
		// inside the subject)
		if m > max(lastCueEnd, s.first) && !d.participleDate(m) {
			p = m - 1
		}
	}
	for p >= lastCueEnd {
		n := l.ends(wTrim, d.toks, p)
		// ("a comment that egregiously described …": an adverb in -ly
		// after a relative word is the verb's, not the subject)
		if t := d.toks[p]; n == 0 && p > s.first && t.kind == word && !t.upper && len(t.low) > 4 && l.suffix(aAdverb, t.low) && l.is(wLyNoun, d.toks, p) == 0 &&
			(l.ends(wRelative, d.toks, p-1) > 0 || l.is(wThatWord, d.toks, p-1) > 0 || d.lyAfter(p-1)) {
			n = 1
		}
		if n == 0 || p-n+1 < s.first || l.ends(wCoord, d.toks, p) > 0 || p == k-1 && d.nameModal(c, p) {
			break
		}
		// ("pada 5 April lalu menyatakan": "lalu" closing a date is "last", not "then")
		dateEnd := p-n >= s.first && (d.toks[p-n].kind == number || d.l.ends(wDateWord, d.toks, p-n) > 0 || d.toks[p-n].low == ")")
		// ("Brandt said the engineers had told him …": a bare pluperfect
		// under an English reporting verb before it in the sentence is the
		// tense of the report, no earlier statement)
		backshift := d.l.has(fBackshift) && n == 1 && d.l.is(wPluperfect, d.toks, p) > 0 && lastCueEnd > s.first && d.pastCueBefore(x.sent, d.toks[k].start)
		if l.ends(wEarlier, d.toks, p) > 0 && !backshift {
			x.timing = sumber.Earlier
		} else if l.ends(wLater, d.toks, p) > 0 && !dateEnd {
			x.timing = sumber.Later
			x.laterWord = true
		}
		p -= n
	}
	// "Hale, who on Wednesday had denied": a date between subject and cue
	for m := p; m >= lastCueEnd && m >= s.first && p-m < 5; m-- {
		if n := l.is(wTemporal, d.toks, m); n > 0 && m+n <= p && d.timeLike(m+n, p+1) && !d.participleDate(m) {
			p = m - 1
			for p >= lastCueEnd && l.ends(wTrim, d.toks, p) > 0 && l.ends(wCoord, d.toks, p) == 0 {
				p -= l.ends(wTrim, d.toks, p)
			}
			break
		}
	}
	// "Sugiono, Senin (21/10), mengatakan": a date between commas after the
	// subject (every word a date word, a number or a bracket)
	if p-2 > lastCueEnd && p-2 > s.first && d.isComma(p) {
		for m := p - 1; m > lastCueEnd && m > s.first && p-m <= 6; m-- {
			if d.isComma(m) {
				// ("Sugiono, pada Senin (21/10), mengatakan")
				// ("Bộ Công an trước đó, hôm 2/8, thông báo": a day word
				// that is also a preposition before digits alone)
				if d.strictDate(m+1+l.is(wTemporal, d.toks, m+1), p) || d.strictDate(m+1, p) {
					p = d.placeBeforeDate(m, max(lastCueEnd, s.first))
					// "Kementerian sebelumnya, pada Agustus, menyatakan": an
					// earlier-word before the dated aside marks the statement
					if n := l.ends(wEarlier, d.toks, p); n > 0 && p-n >= s.first && p-n >= lastCueEnd {
						x.timing = sumber.Earlier
						p -= n
					}
				}
				break
			}
		}
	}
	// relative pronouns: "Smith, who said" (the pronoun is the source) and
	// "penilaian yang menyatakan" (the noun before it is)
	relSelf := p >= s.first && l.ends(wRelative, d.toks, p) > 0
	relNP := false
	// "an agency that still sees prices rising": "that" right before a
	// verb is no complementizer but a relative pronoun, and the noun
	// phrase before it is the source
	thatRel := l.has(fThatRelative) && !relSelf && p-1 >= s.first && d.l.is(wThatWord, d.toks, p) > 0 && d.toks[p-1].kind == word &&
		l.cueAt(d.toks[:s.last], p-1) == nil && l.ends(wComp, d.toks, p-1) == 0 && l.ends(wBoundary, d.toks, p-1) == 0 &&
		l.ends(wCoord, d.toks, p-1) == 0 && !(j < s.last && l.is(wNPPrep, d.toks, j) > 0) // ("and that reports of strikes were …")
	if n := l.ends(wRelativeNp, d.toks, p); n > 0 && p-n >= s.first || thatRel {
		if thatRel {
			n = 1
		}
		p -= n
		relNP = true
		if p > s.first && d.isComma(p) { // "Kremlin, yang … membantah"
			p--
		}
	}
	// the subject: leftwards to a comma, a quote, a boundary word or another cue
	q := p
	if relSelf {
		q = p - 1
	} else {
		q = d.npLeft(p, max(lastCueEnd, s.first))
		if thatRel {
			q = d.thatAntecedent(p, q)
		} else if q2 := d.relativeSubject(q, p, max(lastCueEnd, s.first)); q2 < q {
			q = q2 // "Residents who fled the fire said", "The laboratory that analyzed the samples has not confirmed"
		} else if q2 := d.reasonInRelative(q, p, max(lastCueEnd, s.first)); q2 < q {
			q = q2 // "an aide who asked not to be named because he was not authorized to speak said"
		}
		if relNP && l.has(fYangObject) {
			// "Polisi menangkap seorang pria yang mengaku …": the
			// antecedent of "yang" is the object after the main clause's
			// verb, not the clause
			for m := p - 1; m > q; m-- {
				if d.idVerbLike(m) && l.is(wRole, d.toks, m) == 0 && l.is(wTitle, d.toks, m) == 0 && l.is(wSuspect, d.toks, m) == 0 &&
					l.is(wBody, d.toks, m) == 0 && l.is(wTrim, d.toks, m) == 0 && l.is(wAux, d.toks, m) == 0 && l.is(wNeg, d.toks, m) == 0 {
					q = m
					break
				}
			}
			// "… dibantah oleh Dinas X, yang menyebut …": the agent of a
			// passive before the relative is its antecedent, without the
			// preposition that marks it
			if q+1 < p && l.is(wAgent, d.toks, q+1) == 1 {
				q++
			}
		}
	}
	// "…, current and former officials said.": after a content, the
	// subject of a verb of speech that closes its clause may join two nouns
	if !relSelf && c.says && q-1 > max(lastCueEnd, s.first) && l.ends(wCoord, d.toks, q) == 1 && d.clauseEndsAfter(j, s) {
		if q2 := d.npLeft(q-1, max(lastCueEnd, s.first)); q2 > s.first && q2 < q-1 && q-1-q2 <= 3 && (d.isComma(q2) || d.toks[q2].kind == quote && d.isComma(q2-1)) && !d.hasCue(q2+1, q) && d.nounsOnly(q2+1, q) {
			q = q2
		}
	}
	a, b := q+1, p+1
	// "…, a day after the chair accused …": the reporter's time frame opens
	// a clause of its own, outside any content before it
	if fc := d.timeFrameBefore(q, s); fc >= 0 {
		x.clauseStart = d.toks[fc].start
	}
	// what follows the cue, read once: its effects on x (relays, vias, a
	// later timing) are applied below, after the subject's own
	rc := att{c: c}
	xs := d.rightContext(&rc, j, s)
	keepAside := -1    // "Lemkin, who coined the word, said": the aside stays in the source span
	subClause := false // opened by "trong đó": subordinate, inside a claim before it
	var commentNP span // "a figure" in "…, a figure the army denied"
	if !relSelf {
		b0, a0 := b, a
		a, b = d.trimNP(a, b)
		// "…, with a council survey showing the mayor ahead": a participle
		// after "with" and a noun phrase has that phrase for its subject
		if l.gerund(c) {
			a = d.withSubject(a, b)
		}
		// "the $18 million he says he raised": a subject pronoun right
		// before the cue is the whole subject of a reduced relative
		// clause, unless a coordinator joins it ("Lena and I said")
		// (after a cue's addressee the pair is left as it was: "told
		// investigators he feared …")
		if b-a >= 2 && l.is(wPronSubj, d.toks, b-1) == 1 && l.ends(wCoord, d.toks, b-2) == 0 && !d.isSep(b-2) && !(a > s.first && d.hasCue(a-1, a)) {
			a = b - 1
		}
		a = d.timingOpener(&x, a, b, s)
		a = d.phraseOpener(a, b, s)
		// "…, an accusation Varesia denied", "…, a figure the government
		// disputes": the claim before is commented on, not relayed
		x.comment = a > a0+1 && a0 > s.first && d.isSep(a0-1) && l.is(wAppositive, d.toks, a0) > 0
		if x.comment {
			commentNP = d.tokSpan(a0, a)
		}
		if relNP {
			b = b0 // "penilaian sebelumnya yang": keep the whole noun phrase
		}
		// an aside between commas: "Clinton, at a press gaggle, said" /
		// "Culpepper, who runs the effort, said": the subject is before it
		// "The Times, citing officials, reported": the relay is skipped too
		lim := max(lastCueEnd, s.first)
		// "Direktur X, Mika Stern, seperti dilansir AFP, menilai": the
		// outlet of an according-to aside is no subject; look before it
		if b <= a && d.isComma(q) {
			if m := d.prepAside(q, s.first); m >= 0 {
				q, lim = m, s.first
				// a name before it is read below with its title ("Direktur X,
				// Mika Stern,"); any other noun phrase is the subject itself
				// ("…, and the NIS, according to Han, told": a subject after
				// a comma and a coordinator opens a clause of its own)
				c0 := d.npLeft(m-1, lim)
				if n := l.ends(wCoord, d.toks, c0); n > 0 && c0-n >= s.first && d.isComma(c0-n) {
					if ta, tb := d.trimNP(c0+1, m); tb > ta {
						q, a, b = c0-n, ta, tb
					}
				} else if !d.endsInName(c0+1, m) {
					if ta, tb := d.trimNP(c0+1, m); tb > ta {
						q, a, b = c0, ta, tb
					}
				}
			}
		}
		// "Camat Suryo saat dihubungi, Senin, mengatakan", "Kepala sekolah
		// ketika ditemui di kantornya mengatakan": a circumstance of being
		// asked or met (class asked) between the subject and its cue; the
		// subject is before it
		if b > a && q > lim && l.is(wCircumstance, d.toks, q) > 0 && l.is(wBoundary, d.toks, q) > 0 && l.is(wAsked, d.toks, a) > 0 {
			if d.isComma(q - 1) {
				q, a, b = q-1, q, q // "Juru bicara X, Rina, saat dikonfirmasi": read below
			} else if q2 := d.npLeft(q-1, lim); q2 < q-1 {
				if a2, b2 := d.trimNP(q2+1, q); b2 > a2 {
					q, a, b = q2, a2, b2
				}
			}
		}
		// "“…,” Senate Majority Leader Tom Reyes, R-Nev., said": after a
		// quotation, everything up to the cue names the speaker
		if b <= a && d.isComma(q) {
			if m := d.quoteBeforeSubject(k, lim); m >= 0 {
				if ta, tb := d.trimNP(m+1, q); tb > ta {
					a, b, q = ta, tb, m
				}
			}
		}
		if na, ok := d.placeTail(a, b, q, lim); ok {
			// "Hơn 200 hộ dân ở phường Kerl, quận Dorvan cho rằng": the
			// chunk before the cue is the larger place of the place the
			// subject is from; the subject opens the chunk before it
			a, q = na, d.npLeft(na-1, lim)
		}
		if b > a && d.isComma(q) && q > lim {
			c0 := d.npLeft(q-1, lim)
			if c0 > lim && d.isComma(c0) && !d.isRelay(c0+1) {
				// "Dẫn lời bác sĩ X, giám đốc bệnh viện, báo Y cho biết": the
				// one cited before the subject keeps the apposition after
				// the name, and is the origin
				if c1 := d.npLeft(c0-1, lim); d.isRelay(c1 + 1) {
					ra := c1 + 1 + len(l.cueAt(d.toks, c1+1).seq)
					if _, ok := d.outlet(ra, c0); !ok && d.l.is(wAppositive, d.toks, c0+1) == 0 {
						if oa, ob := d.trimNP(ra, q); ob > oa && !d.hasCue(c0+1, q) {
							x.origin = &via{sp: d.tokSpan(oa, ob)}
						}
					}
				}
			}
			if d.isRelay(c0 + 1) {
				// "Mengutip Antara, Wali Kota X mengatakan": a news outlet
				// cited before the subject relays it; anyone else cited is
				// the origin ("Citing officials, the ministry said")
				ra := c0 + 1 + len(l.cueAt(d.toks, c0+1).seq)
				if o, _ := d.outlet(ra, q); o != "" {
					x.via = append(x.via, via{sp: d.tokSpan(ra, q), actor: o})
				} else {
					d.relay(&x, c0+1, q)
				}
			}
		}
		// "Pihak operator kapal, PT Samudra Jaya, melalui kuasa hukumnya
		// membantah": a medium right after the subject's closing comma is
		// no subject; the cue is read as if it followed the comma
		if b > a && d.isComma(q) && q > lim && l.is(wMedium, d.toks, a) > 0 && !d.toks[a].upper && b-a <= 4 && !d.hasCue(a, b) && !d.isComma(b-1) {
			a, b = q, q
		}
		// "…, trong đó một người tự xưng là nhân viên ngân hàng nói …": a
		// clause opener after the comma (class clause-open) is no aside;
		// the subject follows it
		if n := l.is(wClauseOpen, d.toks, a); n > 0 && a+n < b && d.isComma(q) && q == a-1 {
			a += n
			subClause = true
		}
		circ := false // a circumstance between commas was skipped
		for tries := 0; tries < 3 && d.isSep(q) && q > lim; tries++ {
			appos := l.is(wAppositive, d.toks, a) > 0 && q-1 >= lim && d.toks[q-1].upper && d.nameBefore(q, lim) && !d.datelineDash(s, q)
			if b > a && l.is(wAside, d.toks, a) == 0 && l.is(wRelative, d.toks, a) == 0 && !appos {
				break
			}
			if b > a && l.is(wRecipient, d.toks, a) > 0 && d.isComma(q) {
				// "Anggota Ombudsman, Teguh Sasongko, kepada wartawan,
				// mengatakan": a recipient between commas; what stands before
				// it is read as if it closed on the cue (an outlet told in
				// another outlet's story, "…, Lukman Hakim, kepada Kompas
				// mengatakan", is the channel the claim came through, as
				// after the cue)
				if m := a + l.is(wRecipient, d.toks, a); m < b && d.outletAt(m) == b-m && d.datelineCredit() != "" {
					o, _ := d.outlet(m, b)
					x.via = append(x.via, via{sp: d.tokSpan(m, b), actor: o, told: true})
				}
				a, b = q, q
				continue
			}
			if b <= a && isDash(d.toks[q]) {
				// "Many speakers — including Muslims, Jews — said": skip the aside
				o := q - 1
				for o > lim && q-o < 30 && !(isDash(d.toks[o]) && d.hard(o)) {
					o--
				}
				if o > lim && isDash(d.toks[o]) {
					q2 := d.npLeft(o-1, lim)
					if a2, b2 := d.trimNP(q2+1, o); b2 > a2 {
						q, a, b = q2, a2, b2
					}
				}
				break
			}
			if b <= a && q-2 > lim && d.isComma(q-2) && (l.is(wTrim, d.toks, q-1) > 0 || l.is(wBoundary, d.toks, q-1) > 0) {
				// "Varesia, however, insists": skip the adverb between commas
				q -= 2
				q2 := d.npLeft(q-1, lim)
				if a2, b2 := d.trimNP(q2+1, q); b2 > a2 {
					q, a, b = q2, a2, b2
				}
				break
			}
			if b <= a && l.has(fDegrees) {
				// "dr. Maya Kusuma, Sp.A, M.Kes, menegaskan": academic
				// degrees between commas after a name stay in the source;
				// the name and its title are read before them
				m := q
				for m-2 > lim && d.isComma(m-2) && d.degreeAt(m-1) {
					m -= 2
				}
				if m < q {
					if keepAside < 0 {
						keepAside = q
					}
					q = m
				}
			}
			if b <= a {
				// nothing between the comma and the cue: look at the chunk before
				c0 := d.npLeft(q-1, lim)
				if m, e := d.passiveRelay(c0+1, q); e > m && c0 > lim && d.isComma(c0) && d.isComma(q) {
					// "Chuyên gia X, được báo Thanh Niên dẫn lời, nhận định …":
					// an outlet relaying the subject in a passive aside
					// between commas is the via; the subject stands before it
					o, _ := d.outlet(m, e)
					x.via = append(x.via, via{sp: d.tokSpan(m, e), actor: o})
					q = c0
					// (a subject opening the clause is all of the chunk before
					// it; one after another comma is read as an apposition)
					if c2 := d.npLeft(q-1, lim); c2 < s.first || !d.isComma(c2) && (c2 <= lim || d.hard(c2)) {
						if ta, tb := d.trimNP(c2+1, q); tb > ta && !d.hasCue(ta, tb) {
							a, b, q = ta, tb, c2
							break
						}
					}
					continue
				}
				if rc := d.relativeAside(si, q); rc >= 0 {
					// "A source, who declined to be identified, said": the
					// relative clause held a cue of its own; the subject is
					// its antecedent
					c0, lim = rc, s.first
				}
				if la := d.longAside(c0, lim); la >= 0 {
					// "Officials, speaking on condition of anonymity because
					// they were not authorized to …, said": a long aside
					// with a clause inside it; it stays in the source span
					c0 = la
					if keepAside < 0 {
						keepAside = q
					}
				}
				// "Tempo, mengutip juru bicara Kemenkes, Dian Permatasari,
				// melaporkan": the one cited is named after a comma; the
				// relay opens the chunk before, and the origin keeps the name
				var named *via
				if c0 > lim && d.isComma(c0) && !d.isRelay(c0+1) && q-c0 <= 5 && d.endsInName(c0+1, q) {
					if c1 := d.npLeft(c0-1, lim); c1 > lim && d.isComma(c1) && d.isRelay(c1+1) {
						ra := c1 + 1 + len(l.cueAt(d.toks, c1+1).seq)
						if _, ok := d.outlet(ra, c0); !ok && l.is(wAppositive, d.toks, c0+1) == 0 {
							if oa, ob := d.trimNP(ra, q); ob > oa && !d.hasCue(ra, q) {
								named, c0 = &via{sp: d.tokSpan(oa, ob)}, c1
							}
						}
					}
				}
				switch {
				case d.isRelay(c0 + 1):
					d.relay(&x, c0+1, q)
					if named != nil {
						x.origin = named
					}
				case len(d.pendingVia) > 0 && d.pendingVia[0].sp.s >= d.toks[c0+1].start:
					// "NIS, according to Han, told": skip the relay, keep the subject
					lim = s.first
				case d.parentheticalIn(c0+1, q):
					// "NIS, kata dia, menduga": skip the parenthetical cue and
					// take the subject before it
					c0 = d.tokenAt(d.atts[len(d.atts)-1].cue.s) - 1
					lim = s.first
				case l.is(wAside, d.toks, c0+1) > 0:
					// "Culpepper, who runs the effort, said" / "Tomi Lass, yang
					// juga ketua koperasi, mengatakan" / "The mayor, whose
					// party has governed since 2018, said": the relative
					// clause stays in the source span
					if ((l.is(wRelative, d.toks, c0+1) > 0 || l.is(wRelWhose, d.toks, c0+1) > 0) && d.l.has(fCommaRelative) || l.is(wRelativeNp, d.toks, c0+1) > 0) && keepAside < 0 {
						keepAside = q
					} else if keepAside < 0 && l.is(wAnonymous, d.toks, c0+1) > 0 {
						// "Một quan chức bộ này, đề nghị giấu tên, cho biết":
						// the anonymity aside describes the speaker and stays
						keepAside = q
					} else if keepAside < 0 {
						circ = true
						// "Công ty X, trong một tuyên bố gửi hãng tin Reuters,
						// khẳng định": an outlet a document in the aside was
						// sent to is the channel the claim came through
						d.asideOutlet(&x, c0+1, q)
					}
				case c0-1 > lim && l.is(wRelative, d.toks, c0) > 0 && d.isComma(c0-1) && d.l.has(fCommaRelative):
					// "Culpepper, who runs the effort, said": the relative
					// clause is an aside, the subject is before it
					c0--
					if keepAside < 0 {
						keepAside = q
					}
				case c0 > lim && l.ends(wAside, d.toks, c0) > 1 && d.isComma(c0-l.ends(wAside, d.toks, c0)):
					// "the agency, known as HUR, said": an alias, the subject is before it
					c0 -= l.ends(wAside, d.toks, c0)
					if d.l.has(fCommaRelative) && keepAside < 0 {
						keepAside = q
					}
				default:
					// "anggota parlemen, Han Min-jae, mengatakan bahwa …": a short
					// capitalised chunk between commas is the subject's name
					// (so is one after a title between commas, whatever
					// follows the cue: "…, the service's chief, Matti
					// Lahti, told AFP.")
					tq, _ := d.postAppositive(q, lim)
					if c.frame != fPost && !d.l.gerund(c) && (xs.comp || xs.tail >= 2 || c.stance == sumber.Neither || tq >= 0) && q-(c0+1) <= 6 && d.endsInName(c0+1, q) && d.l.cueAt(d.toks[:q], c0+1) == nil {
						a, b = d.trimNP(c0+1, q)
						q = c0
						if na, nb, nq, ok := d.beforePlace(q, lim); ok {
							// "Marta Ilyin, 34, of Kestrel, Varesia, said": the
							// name was a place; the speaker comes before it
							// (in vi with the asides, as its appositions are
							// kept: "Bà X, 58 tuổi, ở thôn Y, xã Z")
							if l.has(fAppositionAsides) {
								nb = b
							}
							a, b, q = na, nb, nq
						} else if d.isComma(c0) && c0 > lim {
							// with its title before it: "người phát ngôn quân đội Varesia, đại tá Lena Morrow,"
							c1 := d.npLeft(c0-1, lim)
							// (an outlet relaying the title and name opens the
							// chunk: "Hãng tin AFP dẫn lời người phát ngôn X,
							// ông Y, nói"; the title is what follows the relay,
							// and the relay is split off below)
							t1 := c1
							for r := c1 + 1; r < c0; r++ {
								if d.isRelay(r) {
									t1 = r + len(l.cueAt(d.toks, r).seq) - 1
									break
								}
							}
							if c0-(t1+1)-d.bracketed(t1+1, c0)-d.codeNumbers(t1+1, c0) <= d.npLimit()/2 && t1+1 < c0 && !d.hasVerbCue(t1+1, c0) && l.is(wAside, d.toks, t1+1) == 0 {
								if ta, _ := d.trimNP(c1+1, c0); ta < c0 {
									a, q = ta, c1
									// "PT X, melalui kuasa hukumnya, Dedi Kurnia,
									// membantah": the medium's chunk is no title;
									// the subject before it speaks through the
									// named one (cut below, who relays)
									if l.is(wMedium, d.toks, ta) > 0 && !d.toks[ta].upper && d.isComma(c1) && c1 > lim {
										if c2 := d.npLeft(c1-1, lim); c2+1 < c1 {
											if sa, _ := d.trimNP(c2+1, c1); sa < c1 {
												a, q = sa, c2
											}
										}
									}
								}
							}
						}
					} else if c.frame != fPost && !d.l.gerund(c) && d.isComma(c0) && c0 > lim &&
						q-(c0+1) <= d.npLimit() && !d.hasCue(c0+1, q) {
						// "Ông Karel Dunn, chuyên gia quân sự tại Viện …, đánh giá rằng":
						// a name opening the clause, then its appositive
						c1 := d.npLeft(c0-1, lim)
						// ("Ngược lại, bị cáo Karl Benn, …": after a connector
						// opening the sentence, the name still opens the clause)
						afterConn := c1 >= s.first && d.connectorOnly(s.first, c1)
						// (a short body's name opens and ends capitalised around
						// its lower-case classifier: "Công ty Xây dựng Varo")
						na := d.leadingConnectors(c1+1, c0)
						// (an acronym in brackets closing it marks a body's
						// name, however long: "Tổng công ty Than Khoáng sản
						// Marel (MKC)")
						cn := c0
						if cn-3 > na && d.toks[cn-1].low == ")" && d.toks[cn-3].low == "(" && d.toks[cn-2].kind == word && d.toks[cn-2].upper {
							cn -= 3
						}
						// (an outlet relaying the name opens the chunk: "Báo X dẫn
						// lời bác sĩ Y, Trưởng khoa Z, cho biết"; the name is what
						// follows the relay, split off below)
						nn := na
						for r := na; r < cn; r++ {
							if d.isRelay(r) {
								nn = r + len(l.cueAt(d.toks, r).seq)
								break
							}
						}
						// (a body's full name in a language of syllables runs
						// longer, lower-case syllables inside: "Đại diện Công ty
						// CP Đầu tư Bất động sản Orlen, chủ đầu tư dự án,")
						longName := d.l.has(fSyllables) && nn < cn && cn-nn <= d.syllables(6) && !d.hasCue(nn, cn)
						// (after an opening aside up to its comma, "Trả lời Tuổi
						// Trẻ, đại diện Công ty X, chủ đầu tư, khẳng định", the
						// name opens the clause, a lower-case title before it)
						// (so after a time opening the sentence: "Chiều 19/8, ông
						// X, Vụ trưởng Y (Bộ Z), cho biết")
						afterAside := c1 > s.first && d.isComma(c1) && d.npLeft(c1-1, lim) < s.first &&
							(l.has(fOpeningAside) && l.is(wAside, d.toks, s.first) > 0 || d.dateThenComma(s.first, c1+1) == c1)
						up := nn
						if n := l.is(wApposTitle, d.toks, nn); afterAside && n > 0 && !d.toks[nn].upper && nn+n < cn {
							up = nn + n
						}
						nameLike := nn < c0 && (d.endsInName(nn, c0) || (cn-nn <= d.syllables(3) || cn < c0 && cn-nn <= d.syllables(5) || longName) && d.toks[up].upper && d.toks[cn-1].upper && d.toks[cn-1].kind == word)
						if nameLike && (cn-nn <= d.syllables(5) || longName) && (d.toks[na].upper || afterConn || afterAside) && (c1 < s.first || d.hard(c1) || afterConn || afterAside) {
							a, b, q = na, q, c1
						} else if na < c0 && c0-na <= d.syllables(6) && d.endsInName(na, c0) && d.isComma(c1) && c1 > lim && !d.hasCue(na, c0) &&
							l.is(wAside, d.toks, na) == 0 && l.is(wTemporal, d.toks, na) == 0 && l.is(wPlacePrep, d.toks, na) == 0 &&
							d.postposedRight(xs, s, c1, c.stance, true) {
							// "NHNN dự báo …, ông Nguyễn Văn Minh, Phó Thống đốc, cho
							// biết tại họp báo chiều 5/10.": only a place or a time
							// follows the cue; the name and its title between commas
							// are the speaker, and the clause before them is what
							// was said
							a, b, q = na, q, c1
						} else {
							// "Ông Kern, 52 tuổi, chủ một cửa hàng gần chợ, kể":
							// two appositives between commas after the name;
							// "Bà X, 58 tuổi, ở thôn Y, xã Z, kể": three (an
							// age, then a place and its commune)
							for hi, cl := c0, c1; hi-cl < 12 && cl > lim && d.isComma(cl) && hi-(cl+1) <= d.syllables(4) && !d.hasCue(cl+1, hi); {
								c2 := d.npLeft(cl-1, lim)
								afterConn2 := c2 >= s.first && d.connectorOnly(s.first, c2)
								if na2 := d.leadingConnectors(c2+1, cl); na2 < cl && cl-na2 <= d.syllables(3) && d.endsInName(na2, cl) &&
									(d.toks[na2].upper || afterConn2) && (c2 < s.first || d.hard(c2) || afterConn2) {
									a, b, q = na2, q, c2
									break
								}
								if c0-cl > d.syllables(10) {
									break
								}
								hi, cl = cl, c2
							}
						}
					}
					tries = 99
					continue
				}
				if !d.isSep(c0) || c0 <= lim {
					break
				}
				q = c0
			}
			q2 := d.npLeft(q-1, lim)
			if keepAside >= 0 && d.l.has(fCommaRelative) && q2 > lim && q2 > s.first && l.is(wRelative, d.toks, q2) > 0 && !d.isComma(q2-1) && !d.hard(q2-1) {
				// "An engineer who took part in the inspection, speaking
				// on condition of anonymity …, said": a restrictive
				// relative clause before a kept aside stays with its
				// antecedent
				if q3 := d.npLeft(q2-1, lim); q3 < q2-1 {
					q2 = q3
				}
			}
			a2, b2 := d.trimNP(q2+1, q)
			if b2 <= a2 {
				break
			}
			q, a, b = q2, a2, b2
			// "Menteri X, Gerd Hallin, dalam wawancara …, mengklaim": a
			// name between commas before the aside keeps its title (a
			// phrase opening with a title or role word); so does one before a
			// relative clause kept in the source ("Gubernur X, Sari Wulan,
			// yang menemui buruh, menyatakan"; English keeps the antecedent)
			if (circ || keepAside >= 0 && d.l.has(fAsideKeepsTitle)) && b-a <= d.syllables(4) && d.endsInName(a, b) && d.isComma(q) && q > lim && l.is(wAside, d.toks, a) == 0 {
				c1 := d.npLeft(q-1, lim)
				if q-(c1+1) <= d.npLimit()/2 && c1+1 < q && !d.hasVerbCue(c1+1, q) && l.is(wAside, d.toks, c1+1) == 0 {
					if ta, _ := d.trimNP(c1+1, q); ta < q && (l.is(wRole, d.toks, ta) > 0 || l.is(wTitle, d.toks, ta) > 0) {
						a, q = ta, c1
					}
				}
			}
		}
	}
	if !relSelf {
		if m, person := d.mediumCut(a, b); m < b {
			if person {
				// "Yusuf melalui kuasa hukumnya, Hendra Wijaya, menyatakan":
				// the one who speaks for the subject relays
				pa := m + 1
				for r := m + 1; r < b; r++ {
					if d.isComma(r) {
						pa = r + 1 // by name only
					}
				}
				if pa, pb := d.trimNP(pa, b); pb > pa {
					x.via = append(x.via, via{sp: d.tokSpan(pa, pb), actor: d.actorName(pa, pb)})
				}
			}
			b = m
			for b > a && d.isComma(b-1) {
				b-- // "Terdakwa, melalui pengacaranya, membantah"
			}
			if ta, tb := d.trimNP(a, b); tb > ta {
				a, b = ta, tb // "Bộ X hôm 12/3 ra thông cáo": the time goes too
			}
		}
	}
	// "Trả lời báo X, ông Y, Cục trưởng Z, xác nhận": an opening aside up
	// to its comma is never part of the source, however the appositions
	// after it were joined
	if l.has(fOpeningAside) && l.is(wAside, d.toks, a) > 0 {
		e := max(b, keepAside)
		for m := a + 1; m < e && m-a <= 15; m++ {
			if d.isComma(m) {
				if m+1 < e && l.is(wAside, d.toks, m+1) == 0 {
					// (the aside may have been read as the subject and
					// the name after it as its apposition)
					if a = m + 1; b <= a {
						b, keepAside = e, -1
					}
				}
				break
			}
			if d.hard(m) {
				break
			}
		}
	}
	if d.figureSubject(a, b, j, s) || d.dateOnly(a, b) || d.objectRelative(a, b) {
		return // "hồi tháng 8, báo cáo …": a time is no subject
	}
	// "Một quan chức được AFP dẫn lời cho biết …": quoted by an agent,
	// the one before the passive marker speaks and the agent relays
	var passiveRelay []via
	for r := a + 1; r < b-2; r++ {
		if n := l.is(wPassiveAgent, d.toks, r); n > 0 {
			for t := r + n + 1; t < b; t++ {
				if c := l.cueAt(d.toks, t); c != nil && d.isRelay(t) && t+len(c.seq) == b {
					if pa, pb := d.trimNP(r+n, t); pb > pa {
						o, _ := d.outlet(pa, pb)
						if o == "" {
							o = d.actorName(pa, pb)
						}
						passiveRelay = append(passiveRelay, via{sp: d.tokSpan(pa, pb), actor: o})
						b = r
					}
					break
				}
			}
			break
		}
	}
	x.via = append(x.via, passiveRelay...)
	// "Thông tin trên được Bộ Quốc phòng công bố": the agent follows the
	// passive marker; the subject before it is what was said
	// ("Anh X, 29 tuổi, một hành khách được cứu, kể": a passive closed by
	// a comma before the cue is an apposition, not the said thing)
	for r := a + 1; r < b-1 && passiveRelay == nil; r++ {
		if n := l.is(wPassiveAgent, d.toks, r); n > 0 && r+n < b && !(l.has(fCommaAgent) && d.hasComma(r+n, k)) {
			if d.verbBy(r, n) {
				// "Figures released by the UN show …": the whole phrase is
				// the source, its agent the actor
				if ta, tb := d.trimNP(r+n, b); tb > ta {
					x.actor = d.actorName(ta, tb)
				}
				break
			}
			x.passiveSubject = d.tokSpan(a, r)
			a = r + n
			break
		}
		if ag := d.relPassiveAgent(r, b); ag != "" {
			x.actor = ag // "Data yang dirilis BNPB menunjukkan …"
			break
		}
	}
	// "Yonhap dẫn lời nghị sĩ Lee cho biết": the relay splits the subject
	var relayedBy []via
	for r := a; r < b; r++ {
		if d.isRelay(r) {
			c := l.cueAt(d.toks, r)
			pa, pb := d.trimNP(a, r)
			ra := r + len(c.seq)
			if d.verbBy(r, len(c.seq)) {
				// "a source quoted by AP said": the agent relays
				pa, pb = d.trimNP(ra, b)
				b = r
			} else {
				a = ra
				// "dẫn nguồn tin giấu tên": a relay that ends in a source noun of
				// its own before a modifier leaves that noun to the origin
				// (not the "lời", words, of "dẫn lời")
				if n := l.ends(wSourceNoun, d.toks, ra-1); n >= 2 && ra-n > r && ra < b && !d.toks[ra].upper {
					a = ra - n
				}
			}
			if pb > pa {
				o, _ := d.outlet(pa, pb)
				if o == "" {
					o = d.actorName(pa, pb)
				}
				relayedBy = append(relayedBy, via{sp: d.tokSpan(pa, pb), actor: o})
			}
			break
		}
	}
	x.via = append(x.via, relayedBy...)
	if len(d.pendingVia) > 0 && d.pendingVia[0].sp.e <= d.toks[k].start {
		x.via = append(x.via, d.pendingVia...)
		d.pendingVia = d.pendingVia[:0]
	}
	// first or second person inside a quotation is the quoted speaker
	// talking, not a new source: "“I think …,” she said"
	// (a document of theirs is a source of its own: "“Survei internal
	// kami menunjukkan kami unggul,” kata Dimas")
	// (or "Citra satelit kami menunjukkan …": a document of class document)
	ownDoc := b > a && (l.is(wVehicle, d.toks, a) > 0 || l.is(wDocument, d.toks, a) > 0) && l.is(wPronSelf, d.toks, a) == 0 && c.frame == fVerb && reports(c.stance)
	// (a relative of the speaker is someone else: "“Keponakan saya bilang
	// dia sering dipukul,” ujar X")
	kin := b-a >= 2 && l.is(wKin, d.toks, a) > 0 && l.ends(wPronSelf, d.toks, b-1) > 0 && l.is(wKin, d.toks, a)+l.ends(wPronSelf, d.toks, b-1) == b-a
	if b > a && d.inq[k] && !ownDoc && !kin && (l.is(wPronSelf, d.toks, a) > 0 || l.ends(wPronSelf, d.toks, b-1) > 0) {
		return
	}
	// inside a quotation, only a named third party reporting something is
	// a new source: “… what Morrow said when he said …” is the speaker's
	// own account, and “… voters believe …” the speaker's view of them
	// (a third person's pronoun reporting something is a third party too:
	// "“… Mereka mengaku tidak mengenal pemilik barang,” ujar X")
	third := l.has(fQuotedThirdPerson) && b-a == 1 && (l.is(wPronSg, d.toks, a) > 0 || l.is(wPronPl, d.toks, a) > 0) && l.is(wPronSelf, d.toks, a) == 0
	if d.inq[k] && !ownDoc && !((d.namedIn(a, b) || kin || third) && c.frame == fVerb && reports(c.stance)) {
		return
	}
	// q now points at what stopped the scan (or before the sentence)
	x.via = append(x.via, rc.via...)
	if rc.origin != nil {
		x.origin = rc.origin
	}
	if x.timing == "" {
		x.timing = rc.timing
	}
	x.eventTime = rc.eventTime
	hasComp, compEnd := xs.comp, xs.next
	// a revision verb reports a figure only before a figure noun, a change
	// marker and a number: "revised its estimate to 67", "menaikkan jumlah
	// korban menjadi 67", "nâng số người chết lên 80"; "raised rates to 5
	// percent" is an act, and "…, it revised" no report
	if c.frame == fRevise {
		if !d.changeAhead(j, s) {
			return
		}
		if !gerund && !(b > a && (relSelf || !(d.postposedRight(xs, s, q, c.stance, true) || d.quoteTail(q, xs)))) && !(b <= a && q > s.first && (d.isSep(q) || l.ends(wCoord, d.toks, q) > 0)) {
			return // only pre-posed, or a participle after its clause
		}
	}

	// "menyampaikan nota protes", "menyampaikan belasungkawa": a verb of
	// saying whose object is a message it hands over (class act-object)
	// does an act and claims nothing
	if !hasComp && !gerund && compEnd < s.last && l.is(wActObject, d.toks, compEnd) > 0 && c.frame == fVerb {
		return
	}
	// "Dinas itu mencatat angka yang berbeda lagi.": a content that only
	// says a figure or an account differs (class differs) and ends the
	// sentence claims nothing ("…, yakni 2.300 orang" would name it)
	if n := l.is(wDiffers, d.toks, compEnd); n > 0 && !hasComp && !gerund && c.frame == fVerb && d.onlyStopAfter(compEnd+n, s) {
		return
	}

	// a headline-only form ("Menkes Sebut …", "Pengacara Bantah …") is a
	// verb only right after the capitalised subject of a title-case headline
	if c.frame == fHead && !d.headlineVerb(a, b, k, s) {
		return
	}

	// "“…”, Đại tá X nói và cho biết thêm …", "…, the colonel said and
	// added that …": a coordinator right after the cue of a post-posed
	// attribution joins a second cue of the same subject
	if b <= a && q >= s.first && q+1 < k {
		if n := l.is(wCoord, d.toks, q+1); n > 0 && q+1+n == k && len(d.atts) > first(d.atts, s, si) {
			if y := d.atts[len(d.atts)-1]; y.cue.e == d.toks[q].end && y.rule == "verb-postposed" {
				q = k - 1
			}
		}
	}
	switch {
	case gerund:
		// "waited a week before deciding and then set the vote", "paused
		// before answering, then said": a gerund with a coordinator or a
		// comma right after it has no content of its own
		if j < s.last && !hasComp && !xs.quoteNext && (l.is(wCoord, d.toks, j) > 0 || d.isComma(j) && j+1 < s.last && d.toks[j+1].kind != quote) {
			return
		}
		sa, sb := d.clauseSubject(s, k, first(d.atts, s, si))
		oa, ob, comma := d.openingGerundSubject(s, k, j)
		if ob > oa {
			sa, sb = oa, ob
		} else if ia, ib := d.innerClauseSubject(s, k); ib > ia {
			sa, sb = ia, ib
		}
		if sb <= sa {
			return
		}
		x.source, x.srcFirst, x.srcLast = d.tokSpan(sa, sb), sa, sb
		x.content = d.contentRight(compEnd, s, false)
		if ob > oa && x.content.e > d.toks[comma].start && x.content.s < d.toks[comma].start {
			x.content.e = d.toks[comma].start // "One month after announcing his support, Rubio …"
			x.content = d.trimSpan(x.content)
		}
		if c.frame == fRevise {
			d.trimTime(&x, j, s)
		}
		x.rule = "verb-gerund"
		x.clauseStart = d.toks[k-1].start
	// (a subject opening a paragraph, as its first words, has nothing
	// before it to post-pose: "He endorsed Lind, but said …" is pre-posed)
	case b > a && (relSelf || q < s.first && (s.first == 0 || d.toks[s.first].nl) && a <= d.leadingConnectors(s.first, b) || !(d.postposedRight(xs, s, q, c.stance, true) || d.quoteTail(q, xs))):
		// pre-posed: SOURCE CUE [that] CONTENT; a post-posed form ("sebut",
		// "ungkap") is pre-posed only as a headline's verb
		if c.frame == fPost && !d.headlineVerb(a, b, k, s) {
			return
		}
		if d.requestedAct(a, b) {
			return // "Ratna meminta pemerintah menjelaskan …": what was asked for, no claim
		}
		if d.reducedRelative(a, b, xs, s) {
			return // "according to a video it posted in November": the verb describes the video
		}
		if ta := d.titleBeforeAged(a, b, s); ta < a {
			a, q = ta, ta-1 // "Kestrel's chief executive, Henrik Adler, 58, disputed …"
		}
		x.source, x.srcFirst, x.srcLast = d.tokSpan(a, b), a, b
		// "Hendra sebelumnya, dalam konferensi pers pada 4 Agustus,
		// menyebut …": an earlier-word right after the subject, before an
		// aside, marks the statement as the aside's date-word form does
		if n := l.is(wEarlier, d.toks, b); x.timing == "" && n > 0 && b+n < k && d.isComma(b+n) {
			x.timing = sumber.Earlier
		}
		x.commaBefore = q >= s.first && d.isComma(q)
		if x.commaBefore && subClause {
			// a clause in which something is said ("…, trong đó X nói …")
			// belongs to the claim it is part of: nested, not a new clause
		} else if x.commaBefore {
			x.clauseStart = d.toks[q].start
		} else if n := l.ends(wCoord, d.toks, q); n > 0 && q-n >= s.first && (d.isComma(q-n) || q-n-1 >= s.first && d.toks[q-n].kind == quote && d.isComma(q-n-1)) {
			// "…, and officials declined to comment": a new clause
			// ("… was “contained,” but aid workers disputed that")
			x.clauseStart = d.toks[q-n].start
		} else if q-1 >= s.first && d.isComma(q-1) && l.is(wRelThat, d.toks, q) == 1 && l.is(wThatWord, d.toks, q) == 0 && b-a <= 2 && d.pronounLike(a, b) &&
			d.nextComma(j, s) < 0 {
			// "…, which he believes will …": a relative clause after a
			// comma that runs to the end with a view of its own
			x.clauseStart = d.toks[q-1].start
		} else if n := l.ends(wBoundary, d.toks, q); n > 0 && q-n >= s.first && d.isComma(q-n) && l.ends(wComp, d.toks, q) == 0 && d.l.has(fSubordinateClause) {
			// "…, as the agency said cases had passed 1,000": a
			// subordinate clause with a claim of its own
			x.clauseStart = d.toks[q-n].start
		}
		// a short name as the subject: "Sari wants …", "Morrow calls Dunn …"
		named := (b-a <= 4 || keepAside > b && b-a <= 8) && d.namedIn(a, b) && d.toks[b-1].upper // ("the East European Coalition, which …, wants")
		if o := d.closingAside(a, b); !named && o > a && d.l.has(fClosingAside) {
			// "Tài xế Kavin Dross (34 tuổi, trú tại bản Nà Sel) khai …": a
			// short name with its asides in brackets after it
			named = o-a <= 4 && d.namedIn(a, o) && d.toks[o-1].upper
		}
		// a form that is also a noun is a verb with evidence: a complementizer,
		// colon or quotation after it, a pronoun, relative or short name
		// before it (outside headlines), an auxiliary, a headline
		// (Vietnamese also marks reported speech with a comma: "Một nhân
		// chứng kể, khi anh chạy tới …")
		viComma := d.l.has(fCommaSpeech) && j+1 < s.last && d.isComma(j) && d.toks[j+1].kind == word
		// (and a pronoun opening the clause after the cue: "Những người
		// sống sót kể họ đã phải đi bộ …")
		viPron := d.l.has(fCommaSpeech) && compEnd < s.last && (l.is(wPronSg, d.toks, compEnd) > 0 || l.is(wPronPl, d.toks, compEnd) > 0)
		// (and a subject that is a person named with an honorific or a
		// body: "Chị X, 34 tuổi, công nhân …, kể món ăn …", "Cơ quan điều
		// tra xác định tài xế …"; "kể từ", "xác định danh tính" are no cues)
		viSubj := d.l.has(fHonorificSubject) && (l.is(wHonorific, d.toks, a) > 0 || l.is(wBody, d.toks, a) > 0 || l.is(wInstitution, d.toks, a) > 0 || l.is(wSourceNoun, d.toks, a) > 0 || d.peopleSubject(a, b))
		// "the college admitted 46 applicants", "admits dozens of
		// patients": a count right after the verb is what it acts on
		// (class count-act), no claim
		// ("admitted 12 soldiers had died": a clause after the count reports)
		if !hasComp && !xs.colon && !xs.quoteNext && l.is(wCountAct, d.toks, i) > 0 && j < s.last && (d.figureNext(j, s) || l.is(wCount, d.toks, j) > 0) && !d.clauseVerbWithin(j, 6, s) {
			return
		}
		if c.frame == fVerbC && !(hasComp || xs.colon || xs.quoteNext || viComma || viPron || viSubj || d.pronounLike(a, b) || relSelf || d.asFrame(j, s) || d.claimObject(compEnd, s) || d.commentObject(compEnd, s) || d.reasonObject(c, i, j, s) || d.rulingSide(c, j, s) >= 0 || d.clauseObject(c, j, s) || causeObj || c.stance == sumber.Believe && d.figureObject(compEnd, s) ||
			d.verbalAfterAux(k, j, s) || d.headlineVerb(a, b, k, s) || d.bareHeadlineVerb(a, b, k, s) && !c.aspect || named && !d.titleCase(s)) {
			return
		}
		// (or, before a past form, the people a source noun names: "said
		// investigators believed …"; "a letter supporting X" is no claim)
		// (or a body or a source noun that a name opens: "The Hale campaign
		// plans …", "the Dunn administration wants …")
		namedBody := b-a >= 2 && b-a <= 4 && (l.is(wSourceNoun, d.toks, b-1) == 1 || l.is(wBody, d.toks, b-1) == 1) && !d.toks[b-1].upper &&
			d.toks[b-2].kind == word && d.toks[b-2].upper && (b-2 > s.first || b-2 > a)
		if c.frame == fVerbN && !(d.pronounLike(a, b) || relSelf || named || namedBody || d.bareHeadlineVerb(a, b, k, s) || d.namedAppositive(a, b) || b-1 >= a && l.is(wSourceNoun, d.toks, b-1) == 1 && !d.toks[b-1].upper && l.suffix(aPast, d.toks[j-1].low)) {
			return
		}
		if c.frame == fVerbQ && !(hasComp || xs.colon || xs.quoteNext) {
			return
		}
		// "Unjuk rasa menolak penangkapan itu berujung ricuh": a protest
		// or a petition named by what it stands for is no speaker
		if !hasComp && !xs.colon && !xs.quoteNext && d.onlyEvents(a, b) {
			return
		}
		// not a subject: "of Republican claims", "disparaging remarks"
		if l.is(wNotSubject, d.toks, a) > 0 || (b-a == 1 && !d.toks[a].upper && d.l.suffix(aGerund, d.toks[a].low)) || (b-a == l.is(wTopic, d.toks, a)) || d.amountAt(a, b) {
			return
		}
		if (l.is(wContrary, d.toks, q-1) > 0 || (q >= s.first && l.ends(wContrary, d.toks, q) > 0)) && d.earlierIn(a, b) {
			// "bertentangan dengan penilaian sebelumnya yang menyatakan …":
			// an earlier position set against the current one; "berbeda
			// dengan catatan polisi yang menyebut …" is only another source
			x.timing = sumber.Superseded
		}
		// "Paul interjected, calling the credit “a welfare payment”": a
		// reporting verb with nothing of its own before a comma and a
		// participle of speech leaves the claim to the participle
		if !hasComp && c.stance == sumber.Assert && !c.asks && j+1 < s.last && d.isComma(j) && j == compEnd-1 && !d.quoteBefore(s.first, a) && (s.first == 0 || d.toks[s.first-1].kind != quote) {
			if c2 := l.cueAt(d.toks[:s.last], j+1); c2 != nil && l.gerund(c2) && c2.frame != fRelay && c2.frame != fRelayC && c2.frame != fPrep {
				return
			}
		}
		if m := d.rulingSide(c, j, s); m > compEnd && !hasComp {
			compEnd = m // the date before the side is the ruling's: "ruled Friday against …"
		}
		x.content = d.contentRight(compEnd, s, false)
		viHead := d.l.has(fPlainHeadline) && d.plainHeadline(s)
		if (c.frame == fHead || c.frame == fPost || viHead) && !x.content.empty() {
			// "PPV Klaim Stok Aman, Pedagang Keluhkan Harga Naik": a headline's
			// second clause after a comma has its own verb (a Vietnamese
			// headline joins its clauses with a comma, whatever their
			// verbs: "X bác tin …, 4 người bị bắt vì …")
			for m := j; m < s.last && d.toks[m].start < x.content.e; m++ {
				if d.isComma(m) && m > j && (viHead || d.hasCue(m+1, s.last)) {
					x.content = d.trimSpan(span{x.content.s, d.toks[m-1].end})
					break
				}
			}
		}
		if x.passiveSubject.empty() && !hasComp && c.stance == sumber.Assert {
			d.pointBack(&x, false, 2) // "Gubernur menyampaikan hal itu di kantornya"
		}
		if xs.thatPron {
			x.content = d.tokSpan(compEnd, compEnd+1)
		}
		if c.stance == sumber.Deny && !hasComp && !xs.quoteNext && !xs.colon {
			d.rejectedAs(&x, compEnd)
		}
		d.headlineParticiple(&x, compEnd, s)
		if x.comment && !commentNP.empty() {
			// "…, a claim the army rejected as propaganda": the noun is
			// what was rejected, the rest the verdict
			if t := d.tokenAt(x.content.s); x.content.empty() || t >= 0 && d.l.is(wAsWord, d.toks, t) > 0 {
				x.content = commentNP
			}
		}
		if !x.passiveSubject.empty() {
			if m, ok := d.nextCueContent(compEnd, s); ok {
				// "Kết quả điều tra được Bộ Y tế công bố hôm thứ Hai cho
				// thấy …": what the published thing shows is the content
				x.content = d.contentRight(m, s, false)
			} else {
				x.content = x.passiveSubject
				d.contentAnaphor(&x, s)
			}
		}
		if x.content.empty() && xs.colon && s.last < len(d.toks) {
			// "He said:" and the quotation in the next paragraph
			x.content = d.trimSpan(d.tokSpan(s.last, d.paragraphEnd(s.last)))
		}
		if c.frame == fRevise {
			d.trimTime(&x, j, s)
		} else if !hasComp {
			d.trimCountTime(&x, j, s)
			d.trimLeadDay(&x, j, s)
		}
		d.trimMediumTail(&x, j, s)
		if c.stance == sumber.Neither {
			d.trimEndTime(&x, j, s)
		}
		if keepAside > b {
			x.source = d.tokSpan(a, keepAside) // the actor stays the head before the aside
		}
		if !hasComp && d.onlyAddressee(x.content) {
			return // "sở chưa báo cáo lên Bộ": reporting to someone, nothing said
		}
		if !hasComp && c.findOut && d.onlyUnknown(x.content) {
			return // "sở chưa thể kết luận nguyên nhân": what is yet to be found, nothing said
		}
		x.rule = "verb-preposed"
		if hasComp {
			x.rule = "verb-preposed-comp"
		}
		if relSelf {
			x.rule = "verb-relative"
		}
		if relNP || relSelf {
			// a relative clause ends at its closing comma: "Kremlin, yang … membantah X, menolak …"
			for m := compEnd; m < s.last && d.toks[m].start < x.content.e; m++ {
				if d.isComma(m) && d.toks[m].start > x.content.s {
					x.content.e = d.toks[m-1].end
					break
				}
			}
		}
	case b > a:
		// post-posed with the subject before the cue: "…, X said."
		if d.objectGap(a) {
			return // "…, not the 1,800 the company had announced": what was announced
		}
		if q < s.first && d.toks[s.first].nl {
			// "Committee chair Dana Wessel was not persuaded.": a sentence
			// opening a paragraph post-poses nothing from the paragraph before
			return
		}
		x.source, x.srcFirst, x.srcLast = d.tokSpan(a, b), a, b
		d.tailOutlet(&x, j, s)
		if d.isComma(q) && q > s.first && !(d.toks[q-1].kind == quote) || x.comment && d.isSep(q) && q > s.first {
			// ("…" — a charge the office has dismissed": the comment closes
			// the quotation's clause too)
			x.clauseStart = d.toks[q].start
		}
		x.content = d.contentLeft(q, s)
		if ca, cb := d.tokens(x.content); ca >= 0 && cb > ca {
			// "According to the Post, the mayor had not replied.": an
			// opening "according to X" is who reports the clause, not
			// what its subject said
			if pc := l.cueAt(d.toks[:s.last], ca); pc != nil && (pc.frame == fPrep || pc.frame == fPrepC) && d.npRight(ca+len(pc.seq), s.last) >= cb {
				return
			}
		}
		timeOnly := false
		if ca, cb := d.tokens(x.content); ca >= 0 && cb > ca && q+1 == a && d.isComma(q) {
			// "Sáng 12/3, công ty từ chối bình luận.", "Đến chiều nay, X
			// vẫn chưa có phản hồi.": a time fronted before the subject is
			// when it was said, nothing said before the cue
			if n := l.is(wTemporal, d.toks, ca); d.timeLike(ca+n, cb) || d.dateCovers(ca+n, cb) || d.dateCovers(ca, cb) {
				x.content, timeOnly = span{}, true
			}
		}
		if c.stance == sumber.Neither {
			d.questionTopic(&x)
		}
		if x.comment && !commentNP.empty() {
			// what the subject denied is the noun summing up the claim
			x.content = commentNP
		}
		x.rule = "verb-postposed"
		if timeOnly {
			x.rule = "verb-preposed"
		}
	case (d.isSep(q) || l.ends(wCoord, d.toks, q) > 0 || d.quotedSep(q, c)) && q > s.first && c.frame != fPost &&
		((!d.postposedRight(xs, s, q, c.stance, false) || c.stance == sumber.Neither) && !(d.isComma(q) && c.frame != fRevise && d.invertedSubject(c, j, s)) || d.documentAside(s, si, q, k)):
		// "…, saying X" / "… and said X": the subject of the clause before
		// (a revision, only pre-posed, has no subject after it)
		if c.frame == fRevise && d.isSep(q) && l.ends(wCoord, d.toks, q) == 0 && !d.finiteAfterAside(s, q, k) {
			return // "…, nâng tổng số người chết lên 19": the result, bringing the toll up, is no claim
		}
		if l.ends(wCoord, d.toks, q) > 0 && d.bareUnderModal(c, j-1, q, s) {
			return // "said Voss would appeal the ban and ask for …": still what was said
		}
		if l.ends(wCoord, d.toks, q) > 0 && d.pluperfectGoesOn(k, q, s) {
			return // "said her client had acted … and had first raised concerns": still what was said
		}
		if c.stance == sumber.Believe && d.isComma(q) && d.l.has(fBelieveFigure) && d.figureNext(compEnd, s) {
			return // "…, ước tính hơn 3 tỷ đồng": an estimate hedging a figure, no claim of its own
		}
		sa, sb := d.clauseSubject(s, q, first(d.atts, s, si))
		// "Harian itu mengutip dua pejabat, mengatakan …": the clause
		// before is a relay; its subject relays the one it cites
		if d.isComma(q) && first(d.atts, s, si) == len(d.atts) {
			lead := d.leadingConnectors(s.first, q)
			for r := lead + 1; r < q-1 && r-lead <= d.npLimit(); r++ {
				if d.isRelay(r) {
					if ra, rb := d.trimNP(lead, r); rb > ra && !d.hasCue(ra, rb) {
						sa, sb = ra, rb
						d.relay(&x, r, q)
					}
					break
				}
				if d.isSep(r) || d.hard(r) {
					break
				}
			}
		}
		if sb <= sa {
			return
		}
		// "had said on March 10 that …, and warned that …": the same moment
		// (but "had earlier put the toll at 40, but said on Friday that …":
		// a contrast turns from the earlier statement to a later one)
		contrast := l.ends(wContrast, d.toks, q) > 0
		for m := first(d.atts, s, si); m < len(d.atts); m++ {
			if y := d.atts[m]; y.srcFirst == sa && y.timing == sumber.Earlier && x.timing == "" {
				if contrast {
					x.timing, x.laterWord = sumber.Later, true
				} else {
					x.timing = sumber.Earlier
				}
			}
		}
		// "Calder revised its figure upward, saying …": the clause before
		// revises, so what it says is later (if an earlier claim of the
		// same actor frames the change: unframedLater)
		if x.timing == "" && d.l.has(fReviseThenParticiple) && d.isComma(q) {
			for m := sb; m < q; m++ {
				// (a form an auxiliary follows is a noun, the subject of
				// its clause: "denied that budget cuts had delayed
				// repairs, saying …")
				if c2 := l.cueAt(d.toks[:q], m); c2 != nil && c2.frame == fRevise && !(m+len(c2.seq) < q && (l.is(wAux, d.toks, m+len(c2.seq)) > 0 || l.is(wModal, d.toks, m+len(c2.seq)) > 0)) {
					x.timing, x.laterWord = sumber.Later, true
					break
				}
			}
		}
		x.source, x.srcFirst, x.srcLast = d.tokSpan(sa, sb), sa, sb
		if e := d.subjectAside(sb, q, k); e > sb {
			// "The survey, conducted by X, found …": the aside between
			// the subject and its verb stays in the source span
			x.source = d.tokSpan(sa, e)
		} else if d.l.has(fRepeatApposition) {
			// "Công ty X, nhà thầu thi công, khẳng định … và cho rằng …": a
			// second verb of the same subject repeats its source with the
			// apposition the first one kept
			for m := first(d.atts, s, si); m < len(d.atts); m++ {
				if y := d.atts[m]; y.srcFirst == sa && y.nestedIn < 0 && y.source.s == x.source.s && y.source.e > x.source.e && y.source.e < d.toks[k].start {
					x.source = y.source
				}
			}
		}
		x.content = d.contentRight(compEnd, s, false)
		if c.frame == fRevise {
			d.trimTime(&x, j, s)
		}
		if c.stance == sumber.Neither {
			d.trimEndTime(&x, j, s)
			if x.content.empty() {
				// "Khi được hỏi về X, ông … nói … và không bình luận thêm":
				// the question opening the sentence names the topic
				x.content = d.openingQuestionTopic(s, q)
			}
		}
		x.rule = "verb-participle"
		x.clauseStart = d.toks[q-max(l.ends(wCoord, d.toks, q), 1)+1].start // "…, đồng thời kêu gọi"
	default:
		// nothing before the cue: "…,” said X." / "…, ujarnya." / "…, kata dia."
		if c.nya {
			t := d.toks[j-1]
			x.source = span{t.end - 3, t.end}
			x.pronoun = 1
			x.rule = "post-nya"
			d.recipientOutlet(&x, j, s) // "…," katanya kepada Kompas.com
		} else {
			sa := j
			for sa < s.last && l.is(wAddressee, d.toks, sa) > 0 {
				sa += l.is(wAddressee, d.toks, sa)
			}
			// "the “more than 40,000” claimed by organisers": the agent of
			// a participle after its quotation is the source, without "by"
			if sa+1 < s.last && l.is(wAgent, d.toks, sa) > 0 && d.l.suffix(aPast, d.toks[j-1].low) {
				sa += l.is(wAgent, d.toks, sa)
			}
			sb := d.npRight(sa, s.last)
			for m := sa + 1; m < sb; m++ {
				if l.is(wPlacePrep, d.toks, m) > 0 {
					sb = m // "…, kata Perry di Jakarta, Rabu (12/6)."
					break
				}
				if l.is(wDateWord, d.toks, m) > 0 && d.strictDate(m, sb) {
					sb = m // "…, kata Kepala BPS pekan lalu."
					break
				}
			}
			sa, sb = d.trimNP(sa, sb)
			if sb <= sa {
				return
			}
			// an age in brackets after the name is part of it: "kata Martha (41)"
			if sb+2 < s.last && d.toks[sb].low == "(" && d.toks[sb+1].kind == number && d.toks[sb+2].low == ")" {
				sb += 3
			}
			sb = d.withRole(d.withAppositive(d.withName(sb, s.last), s.last), s.last)
			if q >= s.first && !d.parentheticalGoesOn(q, sb, s) {
				sb = d.appositiveToEnd(sb, s.last) // (not after a fronted "Kata Rudi, …")
			}
			sb = d.appositiveTail(sa, sb, s)
			// (also after a quotation closed by its comma: "“…,” said a
			// fisherman who asked not to be named")
			if e := d.relativeToEnd(sa, sb, s); e > sb && (d.isComma(sa-2) || sa >= 3 && d.toks[sa-2].kind == quote && d.isComma(sa-3)) {
				sb = e // "…, said a senior official who was not authorized to speak publicly."
			} else if e := d.relativeAfterComma(sb, s); e > sb {
				sb = e // "…,” said Marta Eklund, 67, whose house burned down."
			}
			// the subject after the cue is not also its own relay ("…, demikian
			// dilaporkan kantor berita Yonhap")
			src := d.tokSpan(sa, sb)
			vs := x.via[:0]
			for _, v := range x.via {
				if !(v.sp.s < src.e && src.s < v.sp.e) {
					vs = append(vs, v)
				}
			}
			x.via = vs
			// "…, lapor Yonhap mengutip NIS.": the outlet relays the origin
			if sb < s.last && d.isRelay(sb) {
				d.relay(&x, sb, s.last)
			}
			// the cue opens the sentence and its content follows the
			// source, after a comma or a colon
			opening := ""
			switch {
			case sb+1 < s.last && d.isComma(sb) && q < s.first && c.frame == fPost && !d.inq[k]:
				opening = "verb-fronted" // "Kata Rudi, harga cabai sudah turun."
			case sb < s.last && d.toks[sb].low == ":" && q < s.first:
				opening = "verb-inverted-colon" // "Said Ellis: “…”"
			case sb+1 < s.last && d.isComma(sb) && d.toks[sb+1].kind == quote && q < s.first && !d.inq[k]:
				opening = "verb-inverted-quote" // "Said Ellis, “…”"
			}
			if opening != "" {
				x.source, x.srcFirst, x.srcLast = d.tokSpan(sa, sb), sa, sb
				x.content = d.contentRight(sb+1, s, false)
				x.rule = opening
				if !x.content.empty() {
					d.atts = append(d.atts, x)
				}
				return
			}
			x.source, x.srcFirst, x.srcLast = d.tokSpan(sa, sb), sa, sb
			x.rule = "verb-inverted"
			d.recipientOutlet(&x, sb, s) // "…," kata Rudi, penumpang, kepada Kompas.com
		}
		// "NIS menduga A, kata Han.": the comma before the cue closes the
		// clause of a claim that holds it, as in the post-posed case
		if d.isComma(q) && q > s.first && d.toks[q-1].kind != quote {
			x.clauseStart = d.toks[q].start
		}
		// (a cue opening a paragraph has nothing of it to its left: "Asked
		// about X, she replied …" after a quotation that ends the paragraph before)
		if !d.toks[i].nl {
			x.content = d.contentLeft(q, s)
		}
	}
	// "“…” Jordan said in a phone interview.": only a circumstance follows
	// the cue, and the quotation just before is what was said
	if (x.rule == "verb-preposed" || x.rule == "verb-participle") && !hasComp && !xs.colon && xs.tail <= 8 &&
		(c.stance == sumber.Assert || c.stance == sumber.Claim) && l.is(wCircumstance, d.toks, compEnd) > 0 && s.first > 0 {
		if m := s.first - 1; d.toks[m].kind == quote && d.closingLike(m) {
			if o := d.openingQuote(m); o >= 0 {
				x.content = d.tokSpan(o, m+1)
				x.rule = "verb-after-quotation"
			}
		}
	}
	// a parenthetical cue inside the sentence: "NIS, kata dia, menduga …" /
	// "The count, he said, is rising": the content is the whole sentence
	// "The statute, she told the justices, had …": the addressee of a cue
	// that takes one stands before the comma that closes the parenthetical
	addrComma := -1
	if x.rule == "verb-preposed" && c.object && !xs.quoteNext && !xs.colon && !d.isComma(j) {
		for m := j; m < s.last && m-j <= 5; m++ {
			if d.isComma(m) {
				if m > j {
					addrComma = m
				}
				break
			}
			if d.hard(m) || l.cueAt(d.toks[:s.last], m) != nil || l.is(wComp, d.toks, m) > 0 {
				break
			}
		}
	}
	paren := x.rule == "verb-inverted" || x.rule == "post-nya" || x.rule == "verb-postposed" ||
		(x.rule == "verb-preposed" && !xs.quoteNext && !xs.colon && (d.isComma(j) || addrComma > 0))
	if paren && q >= s.first && d.isComma(q) && q-d.leadingConnectors(s.first, q) <= 4 {
		end := d.beforeTerminal(q, s.last)
		// (not when only a time or place follows: "…, kata Perry, Rabu (12/6).")
		e := d.afterSource(&x, j)
		if addrComma > 0 {
			e = addrComma
		}
		if e < s.last && d.isComma(e) && e+1 < s.last && !isTerminal(d.toks[e+1]) && !(e+1 < end && d.namesDates(e+1, end) && d.timeLike(e+1, end)) {
			// "…, hãng tin X đưa tin, giới chức Y cho biết …": an outlet
			// reporting, set off by commas before a clause with its own cue,
			// relays that clause (its Via) and claims nothing of its own
			if x.rule == "verb-preposed" && c.stance == sumber.Assert && x.srcLast > x.srcFirst {
				if o, ok := d.outlet(x.srcFirst, x.srcLast); ok && d.sentenceHasVerbCue(sentence{e, s.last}, -1) {
					d.sentVia = append(d.sentVia, via{sp: x.source, actor: o})
					return
				}
			}
			start := d.leadingConnectors(s.first, q)
			x.content = d.tokSpan(start, end)
			x.rule = "verb-parenthetical"
		}
	}
	if c.stance == sumber.Neither && !x.content.empty() && x.content.s >= d.toks[j-1].end {
		d.commentTopic(&x, j, s)
	}
	if x.source.empty() || (x.content.empty() && c.stance != sumber.Neither) {
		return // "declined to comment." stands without a content
	}
	if c.stance == sumber.Neither && x.content.s >= x.cue.e {
		d.topic(&x)
	} else if c.stance == sumber.Neither && !x.content.empty() && x.content.e <= x.cue.s {
		d.frontedTopic(&x)
	}
	// "a budget the prime minister wrote himself": a reflexive alone after
	// the cue is an emphasis, no content
	if c0, b := d.tokens(x.content); c0 >= 0 && b > c0 && d.toks[b-1].end == x.content.e && x.content.s >= x.cue.e && l.is(wReflexive, d.toks, c0) == 1 {
		c1 := b - 1
		for c1 > c0 && (isTerminal(d.toks[c1]) || d.toks[c1].kind == quote) {
			c1--
		}
		if c1 == c0 {
			return
		}
	}
	if c.cites {
		d.citedAs(&x, s)
	}
	d.atts = append(d.atts, x)
}

// rejectedAs ends the content of a rejection at "as" and the verdict
// after it: in "rejected the forecast as too gloomy" what was rejected is
// "the forecast". Only a short noun phrase before "as" is cut, with no
// clause in it.
func (d *doc) rejectedAs(x *att, k int) {
	if !d.l.has(fRejectedAs) {
		return
	}
	for m := k + 1; m < len(d.toks) && m-k <= 8 && d.toks[m].start < x.content.e; m++ {
		t := d.toks[m]
		if t.kind == quote || d.isComma(m) || d.l.is(wComp, d.toks, m) > 0 || d.l.cueAt(d.toks, m) != nil {
			return
		}
		if d.l.is(wAsWord, d.toks, m) > 0 {
			if m+1 < len(d.toks) && d.l.is(wComp, d.toks, m+1) == 0 && d.l.is(wAsWell, d.toks, m) != 2 {
				x.content = d.trimSpan(d.tokSpan(k, m))
			}
			return
		}
	}
}

// claimObject reports an object that is a claim with its content right
// after the cue: "disputed the central bank's view that …", "disputes the
// idea that …" (a claim noun, or a noun naming a proposition: words.tsv
// idea-noun).
func (d *doc) claimObject(k int, s sentence) bool {
	for m := k; m < s.last-1 && m-k < 6; m++ {
		if d.hard(m) || d.isComma(m) {
			return false
		}
		if in := d.toks[m].info; in != nil && (in.noun != nil || d.l.is(wIdeaNoun, d.toks, m) == 1) && d.l.is(wComp, d.toks, m+1) > 0 {
			return true
		}
	}
	return false
}

// reasonObject reports a short object after the active cue [i, j) and then
// the preposition that names what the object is accused or praised of
// (words.tsv reason-object): "prosecutors charged two aides, Hale and
// Moss, with fraud", "blasted the mayor for the delays". A number in the
// object is a price ("charged members $50 for"), a date word first a
// passive's circumstance ("was charged Monday with").
func (d *doc) reasonObject(c *cue, i, j int, s sentence) bool {
	l := d.l
	if len(c.reasonPreps) == 0 || j+1 >= s.last || l.ends(wPassive, d.toks, i-1) > 0 || d.toks[j].kind != word || l.is(wDateWord, d.toks, j) > 0 {
		return false
	}
	for m := j + 1; m < s.last && m-j <= 10; m++ {
		t := d.toks[m]
		if d.isComma(m) {
			continue // a name in apposition: "two aides, Hale and Moss, with"
		}
		if d.hard(m) || isTerminal(t) || t.kind == number {
			return false
		}
		if slices.Contains(c.reasonPreps, t.low) {
			return true
		}
	}
	return false
}

// clauseObject reports, for a lemma whose object may be a clause without
// "that" (words.tsv clause-lemma), a short noun phrase after the cue
// ending at j and then an auxiliary or a modal (clause-verb): "many
// critics fear the new rules will hurt them", "observers doubt they
// would". "fears of a slowdown" has none.
func (d *doc) clauseObject(c *cue, j int, s sentence) bool {
	l := d.l
	if !c.clause || j >= s.last || l.is(wClauseVerb, d.toks, j) > 0 {
		return false
	}
	for m := j; m < s.last && m-j <= 5; m++ {
		t := d.toks[m]
		if t.kind != word || l.is(wComp, d.toks, m) > 0 || l.is(wRelative, d.toks, m) > 0 || l.is(wNounPrep, d.toks, m) > 0 {
			return false
		}
		if m > j && l.is(wClauseVerb, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// askedBy reads a participle cue of asking or pressing (words.tsv
// ask-lemma) with its agent, opening the sentence or a clause, bare or
// after "when", "after" or "if" (class boundary): "Asked by the host about
// the strike, …", "When pressed by the host about how he would pay for
// it, …", "…; when asked by a reporter whether …". The agent is the
// source, what follows it up to the comma the question asked, and a
// pronoun after it is the one asked. An infinitive after the agent is a
// request and claims nothing ("Asked by the host to respond, …").
func (d *doc) askedBy(si int, s sentence, c *cue, k, j int) bool {
	l := d.l
	if j >= s.last || l.is(wAgent, d.toks, j) == 0 || !c.asks ||
		!(l.suffix(aPast, d.toks[j-1].low) || l.isWord(wPastIrregular, d.toks[j-1].low)) {
		return false
	}
	w := k // where the opening starts: the cue, or the boundary word before it ("when asked" may be the cue itself)
	if !(j-k >= 2 && l.is(wBoundary, d.toks, k) == 1) && k-1 >= s.first && l.is(wBoundary, d.toks, k-1) == 1 {
		w = k - 1
	}
	// bare, it opens the sentence; after its boundary word, a clause too
	boundary := w < k || l.is(wBoundary, d.toks, k) == 1
	if !(w == d.leadingConnectors(s.first, w+1) || boundary && w > s.first && d.isSep(w-1)) {
		return false
	}
	a := j + l.is(wAgent, d.toks, j)
	b := a
	for b < s.last && b-a < 6 && d.toks[b].kind == word && l.is(wNounPrep, d.toks, b) == 0 && l.is(wWh, d.toks, b) == 0 &&
		l.is(wBoundary, d.toks, b) == 0 && l.is(wComp, d.toks, b) == 0 && l.is(wTopic, d.toks, b) == 0 && l.is(wInfinitive, d.toks, b) == 0 {
		b++
	}
	a, b = d.trimNP(a, b)
	if b <= a || b >= s.last || l.is(wInfinitive, d.toks, b) > 0 || d.amountBy(a, b) ||
		!d.namedIn(a, b) && l.is(wDet, d.toks, a) == 0 && l.is(wSourceNoun, d.toks, b-1) == 0 {
		return false
	}
	e := d.nextComma(b, s)
	if e <= b {
		return false
	}
	d.atts = append(d.atts, att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(k, j), c: c, sent: si, nestedIn: -1,
		content: d.trimSpan(d.tokSpan(b, e)), rule: "passive-by", asker: true})
	return true
}

// rulingSide returns where the words that take a side (words.tsv
// ruling-prep) start, right after the cue ending at j or after a date: "a
// federal court ruled Friday against the state's purge", "ruled in favor
// of the city"; or -1.
func (d *doc) rulingSide(c *cue, j int, s sentence) int {
	if len(c.rulingPreps) == 0 {
		return -1
	}
	m := j
	for m < s.last && m-j < 4 && (d.l.is(wDateWord, d.toks, m) > 0 || d.l.is(wOnDate, d.toks, m) > 0 || d.toks[m].kind == number) {
		m++
	}
	for _, p := range c.rulingPreps {
		if m+len(p) <= s.last && seqEq(d.toks[m:m+len(p)], p) {
			return m
		}
	}
	return -1
}

// figureObject reports a number in the object right after the cue, before
// any comma: "projects growth of 3.2% next year", "estimates losses at
// 300" read as an assessment.
func (d *doc) figureObject(k int, s sentence) bool {
	for m := k + 1; m < s.last && m-k < 6; m++ {
		if d.hard(m) || d.isComma(m) {
			return false
		}
		if d.toks[m].kind == number {
			return true
		}
	}
	return false
}

// thatAntecedent narrows the noun phrase (q, p] before a relative "that"
// to its head: from the nearest determiner ("clashed with a housing
// agency that …" → "a housing agency", "a roster of donors that …"),
// else up to three plain words before it. It returns the new q.
func (d *doc) thatAntecedent(p, q int) int {
	for m := p; m > q && p-m < 7; m-- {
		t := d.toks[m]
		if m < p && (d.l.suffix(aPossessive, t.low) || t.low == "'" || t.low == "’") {
			continue // "a farmers' union that …"
		}
		if t.kind != word || d.l.is(wTemporal, d.toks, m) > 0 || d.l.cueAt(d.toks, m) != nil {
			break
		}
		if d.l.is(wNounDet, d.toks, m) > 0 || d.l.is(wDet, d.toks, m) > 0 {
			return m - 1
		}
	}
	// no determiner: a few plain words ("entrance poll results that show")
	m := p
	for m > q && p-m < 3 && d.toks[m].kind == word && d.l.is(wNPPrep, d.toks, m) == 0 && d.l.cueAt(d.toks, m) == nil &&
		d.l.is(wBoundary, d.toks, m) == 0 && d.l.is(wAux, d.toks, m) == 0 {
		m--
	}
	return max(q, min(m, p-1))
}

// citedAs rewrites "X cited Y as saying Z" ("KNA, which quoted an army
// commander as saying the search went on"): Y is the source, the
// participle after "as" the cue, Z the content, and X relays it.
func (d *doc) citedAs(x *att, s sentence) {
	k := d.tokenAt(x.content.s)
	if k < 0 || x.srcFirst < 0 {
		return
	}
	for m := k + 1; m < s.last && m-k <= d.npLimit(); m++ {
		if d.l.is(wAsWord, d.toks, m) == 0 {
			if d.isComma(m) || d.hard(m) {
				return
			}
			continue
		}
		c := d.l.cueAt(d.toks[:s.last], m+1)
		if c == nil || c.frame != fVerb && c.frame != fVerbC || !d.l.suffix(aGerund, c.seq[len(c.seq)-1]) {
			return
		}
		a, b := d.trimNP(k, m)
		if b <= a {
			return
		}
		j := m + 1 + len(c.seq)
		tmp := att{c: c}
		xs := d.rightContext(&tmp, j, s)
		content := d.contentRight(xs.next, s, false)
		if x.rule == "verb-relative" {
			// the relative clause ends at its closing comma
			for e := xs.next; e < s.last && d.toks[e].start < content.e; e++ {
				if d.isComma(e) && d.toks[e].start > content.s {
					content.e = d.toks[e-1].end
					break
				}
			}
		}
		if content.empty() {
			return
		}
		// the relay: the citing subject, or the antecedent of "which"
		va, vb := x.srcFirst, x.srcLast
		if vb-va == 1 && d.l.is(wRelative, d.toks, va) > 0 && va-1 > s.first && d.isComma(va-1) {
			if a2, b2 := d.trimNP(d.npLeft(va-2, s.first)+1, va-1); b2 > a2 {
				if c2 := d.l.cueAt(d.toks[:b2], a2); c2 != nil && (c2.frame == fPrep || c2.frame == fPrepC) {
					a2 += len(c2.seq) // "according to KNA, which cited …"
				}
				if b2 > a2 {
					va, vb = a2, b2
				}
			}
		}
		o, _ := d.outlet(va, vb)
		if o == "" {
			o = d.actorName(va, vb)
		}
		x.via = append([]via{{sp: d.tokSpan(va, vb), actor: o}}, x.via...)
		x.source, x.srcFirst, x.srcLast = d.tokSpan(a, b), a, b
		x.cue, x.c, x.content = d.tokSpan(m+1, j), c, content
		x.pronoun, x.actor, x.resolved = 0, "", nil
		x.rule = "verb-cited-as"
		return
	}
}

// topic trims the content of a no-comment to its topic: the preposition
// before it and a circumstance after it are left out ("declined to
// comment on the report when asked" → "the report"; "menolak
// berkomentar tentang laporan itu ketika ditanya" → "laporan itu").
// A complementizer or wh-word does not end it: "on reports that …",
// "on whether …" are the topic. After a request (class request) the topic
// opens at its preposition ("tidak menanggapi pertanyaan wartawan soal
// X" → "X"); a request naming none leaves no content ("tidak menjawab
// telepon wartawan").
func (d *doc) topic(x *att) {
	if x.content.empty() {
		return
	}
	k := d.tokenAt(x.content.s)
	if k < 0 {
		return
	}
	// (a circumstance clause opening the content may name its topic after
	// a preposition too: "khi được hỏi về các con số này" → "các con số
	// này"; without one it stays: "did not say when …")
	n, circ := d.l.is(wRequest, d.toks, k), false
	if n == 0 && d.l.is(wCircumstance, d.toks, k) > 0 && d.l.is(wBoundary, d.toks, k) > 0 {
		n, circ = 1, true
	}
	if n > 0 {
		found := false
		for m := k + n; m < len(d.toks) && d.toks[m].start < x.content.e && m-k <= 6; m++ {
			if d.isSep(m) || d.hard(m) {
				break
			}
			if d.l.is(wTopic, d.toks, m) > 0 {
				k, found = m, true
				break
			}
		}
		if !found && !circ {
			x.content = span{}
			return
		}
	}
	for k < len(d.toks) && d.toks[k].start < x.content.e && d.l.is(wTopic, d.toks, k) > 0 {
		k += d.l.is(wTopic, d.toks, k) // "yang menanyakan soal X"
	}
	// "… hingga berita ini diturunkan", "as of press time": the time of
	// writing ends the topic
	if k < len(d.toks) && d.l.is(wPressTime, d.toks, k) > 0 {
		x.content = span{}
		return
	}
	e := k
	// (a question's own period stays in it: "would not say how much had
	// been sold since March" asks about the months since then; class since)
	question := d.l.is(wWh, d.toks, k) > 0
	for e < len(d.toks) && d.toks[e].start < x.content.e {
		if question && e > k && d.l.is(wSince, d.toks, e) > 0 {
			e++
			continue
		}
		// a relative clause between commas goes on with the topic: "on
		// whether the plant, which employs 600 people, would close"
		if e > k && d.isComma(e) && d.l.is(wRelative, d.toks, e+1) > 0 {
			if c := d.closingComma(e+1, x.content.e); c > 0 {
				e = c + 1
				continue
			}
		}
		if e > k && (d.isComma(e) || d.l.is(wPressTime, d.toks, e) > 0 ||
			d.l.is(wBoundary, d.toks, e) > 0 && d.l.is(wComp, d.toks, e) == 0 && d.l.is(wWh, d.toks, e) == 0) {
			break
		}
		e++
	}
	if e > k {
		x.content = d.trimSpan(d.tokSpan(k, e))
	}
}

// frontedTopic drops the preposition of a topic that opens the sentence
// before a post-posed no-comment ("Liên quan đến việc có khởi tố hay
// không, công an chưa bình luận" → "có khởi tố hay không"), as topic does
// after the cue; the time of writing alone there (class press-time) is no
// topic.
func (d *doc) frontedTopic(x *att) {
	k := d.tokenAt(x.content.s)
	if k < 0 {
		return
	}
	// "Hingga berita ini diturunkan, X belum memberikan tanggapan": the
	// time of writing before a no-comment is no topic
	if n := d.l.is(wPressTime, d.toks, k); n > 0 && (k+n >= len(d.toks) || d.toks[k+n].start >= x.content.e) {
		x.content = span{}
		return
	}
	n := d.l.is(wTopic, d.toks, k)
	if n == 0 || k+n >= len(d.toks) || d.toks[k+n].start >= x.content.e || d.toks[k+n].kind != word {
		return
	}
	x.content.s = d.toks[k+n].start
}

// relativeSubject extends a subject that stopped at a relative pronoun
// (token r) over its antecedent: "Residents who fled the fire said",
// "The laboratory that analyzed the samples has not confirmed". The
// relative clause runs to the cue (ending at token p) without a comma;
// "that" and "which" must open it with a verb form (a past participle, an
// auxiliary, a modal or a negator), so that a complement clause ("the
// fact that officials said") is left alone. It returns the token before
// the antecedent, or r when there is none.
func (d *doc) relativeSubject(r, p, lim int) int {
	if !d.l.has(fCommaRelative) || r <= lim || r >= p || p-r > 8 || d.toks[r].kind != word {
		return r
	}
	who := d.l.is(wRelWho, d.toks, r) > 0
	if !who && d.l.is(wRelThat, d.toks, r) == 0 {
		return r
	}
	if !who {
		n := d.toks[r+1]
		if !(n.kind == word && !n.upper && d.l.suffix(aPast, n.low) || d.l.is(wAux, d.toks, r+1) > 0 || d.l.is(wNeg, d.toks, r+1) > 0) {
			return r
		}
	}
	// the cue is the main verb, not the relative clause's own: "a
	// supporter who has vociferously criticized", "those who lose should
	// concede", "who at least said" (the clause opens with no preposition,
	// has a word of its own before the cue, which is no auxiliary, modal or
	// adverb, and the cue is a finite verb)
	if d.l.suffix(aGerund, d.toks[p+1].low) || d.auxLike(p) || d.l.is(wNPPrep, d.toks, r+1) > 0 || d.l.is(wNounPrep, d.toks, r+1) > 0 {
		return r
	}
	lexical := false
	for m := r + 1; m <= p; m++ {
		if d.isSep(m) || d.hard(m) || d.toks[m].kind == quote {
			return r
		}
		if !d.auxLike(m) && d.l.is(wTrim, d.toks, m) == 0 && d.l.ends(wTrim, d.toks, m) == 0 {
			lexical = true
		}
	}
	if !lexical {
		return r
	}
	// "one that is best known for": an auxiliary and one word that is no
	// participle leave the cue to the auxiliary ("who were surveyed said"
	// keeps its own)
	if d.l.is(wAux, d.toks, r+1) > 0 && p == r+2 && !(d.l.suffix(aPast, d.toks[p].low) || d.l.suffix(aParticiple, d.toks[p].low)) {
		return r
	}
	if q2, ok := d.antecedentStart(r-1, lim); ok {
		return q2
	}
	return r
}

// antecedentStart returns the token before the noun phrase that ends at
// token h, before a relative word (npLeft), and whether there is one: h
// ends none when it is no word, or a cue, a boundary word, a
// coordinator, a complementizer, an auxiliary or a negator.
func (d *doc) antecedentStart(h, lim int) (int, bool) {
	if t := d.toks[h]; t.kind != word || d.l.cueAt(d.toks, h) != nil || d.l.is(wBoundary, d.toks, h) > 0 ||
		d.l.is(wCoord, d.toks, h) > 0 || d.l.is(wComp, d.toks, h) > 0 || d.l.is(wAux, d.toks, h) > 0 || d.l.is(wNeg, d.toks, h) > 0 {
		return h, false
	}
	q := d.npLeft(h, lim)
	return q, q < h
}

// reasonInRelative extends a subject that stopped at a reason opener
// (token q, class reason-opener) over the relative clause it ends: in
// "An aide who asked not to be named because he was not authorized to
// speak said …" the words after "because" are a clause of their own (a
// verb of class clause-verb stands in them), so they cannot be the cue's
// subject; the noun phrase before "who", with its relative clause, is.
// The relative pronoun must stand before q with no separator between. It
// returns the token before the antecedent, or q when there is none.
func (d *doc) reasonInRelative(q, p, lim int) int {
	if q <= lim || q >= p || d.l.is(wReasonOpener, d.toks, q) != 1 {
		return q
	}
	clause := false
	for m := q + 2; m <= p && !clause; m++ {
		clause = d.l.is(wClauseVerb, d.toks, m) > 0
	}
	if !clause {
		return q // ("… because the minister said …": the minister speaks)
	}
	for r := q - 1; r > lim && q-r <= 16; r-- {
		if d.isSep(r) || d.hard(r) || d.toks[r].kind != word || d.l.ends(wBoundary, d.toks, r) > 0 {
			return q
		}
		if d.l.is(wRelWho, d.toks, r) == 0 {
			continue
		}
		if h := r - 1; h >= lim && h >= 0 {
			if q2, ok := d.antecedentStart(h, lim); ok {
				return q2
			}
		}
		return q
	}
	return q
}

// auxLike reports whether token m is an auxiliary, a modal, a negator or
// an adverb in -ly: a word that does not end a relative clause.
func (d *doc) auxLike(m int) bool {
	t := d.toks[m]
	return d.l.is(wAux, d.toks, m) > 0 || d.l.is(wModal, d.toks, m) > 0 || d.l.is(wNeg, d.toks, m) > 0 ||
		t.kind == word && len(t.low) > 4 && d.l.suffix(aAdverb, t.low)
}

// relativeAfterComma returns the end of a relative clause that opens
// after a comma at token b and runs to the end of the sentence, closing a
// post-posed source: "…,” said Marta Eklund, 67, whose house burned
// down on Tuesday." (no quotation or cue follows in it); -1 otherwise.
func (d *doc) relativeAfterComma(b int, s sentence) int {
	if !d.l.has(fCommaRelative) || b+1 >= s.last || !d.isComma(b) || !(d.l.is(wRelative, d.toks, b+1) > 0 || d.l.is(wRelWhose, d.toks, b+1) > 0) {
		return -1
	}
	e := s.last
	for e > b && isTerminal(d.toks[e-1]) {
		e--
	}
	if e-b > 24 {
		return -1
	}
	// (an appositive between commas may stand in it: "…, whose son, a
	// 27-year-old engineer, was seized")
	commas := 0
	for k := b + 2; k < e; k++ {
		if d.isComma(k) {
			if commas++; commas > 2 {
				return -1
			}
			continue
		}
		if d.toks[k].kind == quote || d.hard(k) || d.hasCue(k, k+1) && !d.cueBeforeInfinitive(k, e) {
			return -1
		}
	}
	if commas == 1 {
		return -1 // ("…, who lives in Tavor, said to be …": no closing comma)
	}
	return e
}

// cueBeforeInfinitive reports a cue at token k followed by an infinitive,
// after an optional negator: in a source's relative clause ("who asked
// not to be named", "who asked to remain anonymous") it asks for
// something and claims nothing.
func (d *doc) cueBeforeInfinitive(k, e int) bool {
	c := d.l.cueAt(d.toks[:e], k)
	if c == nil {
		return false
	}
	m := k + len(c.seq)
	if m < e {
		m += d.l.is(wNeg, d.toks, m)
	}
	return m+1 < e && d.l.is(wInfinitive, d.toks, m) > 0 && d.toks[m+1].kind == word
}

// phraseOpener skips a prepositional phrase opening the sentence without
// a comma before the subject [a, b): "In a statement the ministry said",
// "At the briefing Falk said", "In the morning he had put". The phrase is
// a preposition, an optional determiner and lower-case words; the
// subject opens at a determiner, a pronoun or a capitalised word after
// them. It returns the subject's first token, or a.
func (d *doc) phraseOpener(a, b int, s sentence) int {
	l := d.l
	if !l.has(fPhraseOpener) || a != d.leadingConnectors(s.first, a) || b-a < 3 {
		return a
	}
	if l.is(wNPPrep, d.toks, a) == 0 && l.is(wNounPrep, d.toks, a) == 0 && l.is(wGerundPrep, d.toks, a) == 0 || l.is(wAgent, d.toks, a) > 0 {
		return a // ("By the time those primaries concluded": a clause, not a phrase)
	}
	m := a + 1
	if l.is(wDet, d.toks, m) > 0 {
		m++
	}
	words := 0
	for ; m < b && d.toks[m].kind == word && !d.toks[m].upper && l.is(wDet, d.toks, m) == 0 &&
		l.is(wPronSg, d.toks, m) == 0 && l.is(wPronPl, d.toks, m) == 0; m++ {
		// the phrase goes on ("In a series of Twitter posts"), or it is a
		// bound of a count ("At least four senators")
		if l.is(wNPPrep, d.toks, m) > 0 || l.is(wNounPrep, d.toks, m) > 0 {
			return a
		}
		if _, ok := figures.ParseNumber(d.toks[m].low, l.code); ok {
			return a
		}
		words++
	}
	if words == 0 || words > 3 || m >= b {
		return a
	}
	if _, ok := figures.ParseNumber(d.toks[m].low, l.code); ok {
		return a // "At least three riders"
	}
	if t := d.toks[m]; t.kind == word && (t.upper || l.is(wDet, d.toks, m) > 0 || l.is(wPronSg, d.toks, m) > 0 || l.is(wPronPl, d.toks, m) > 0) {
		return m
	}
	return a
}

// objectGap reports whether the subject [a, b) of a post-posed cue is the
// cue's object with the real subject after it, a relative clause without
// "that" that a negator opens: "…, not the 1,800 the company had
// announced" (a contrast, never a speaker).
func (d *doc) objectGap(a int) bool {
	return d.l.is(wNeg, d.toks, a) > 0
}

// bareUnderModal reports whether the cue at token j, after a
// coordinator ending at token q, is a bare verb going on with a clause a
// modal governs after an earlier cue of the sentence: in "Krell said Voss
// would appeal the ban and ask for …" the "ask" continues "would appeal",
// the reported act.
func (d *doc) bareUnderModal(c *cue, j, q int, s sentence) bool {
	if len(c.seq) != 1 || c.seq[0] != c.lemma || d.toks[j].low != c.lemma {
		return false
	}
	modal := false
	for m := q - 1; m >= s.first; m-- {
		if d.isSep(m) || d.hard(m) || d.toks[m].kind == quote {
			return false
		}
		if d.l.cueAt(d.toks[:q], m) != nil {
			return modal
		}
		// (the preposition of a part after a number governs no verb:
		// "said nine of the batches had left and put the number at …")
		if n := d.l.is(wModal, d.toks, m); n > 0 && !(m > s.first && m+n < q && (d.toks[m-1].kind == number || d.numberWord(m-1)) && (d.l.is(wDet, d.toks, m+n) > 0 || d.article(m+n))) {
			modal = true
		}
	}
	return false
}

// closingComma returns the comma closing a relative clause that opens at
// token k, when the content (ending at byte end) goes on after it with a
// word that opens no new clause ("…, would close", not "…, when asked");
// -1 when the clause runs to the end or a harder separator comes first.
func (d *doc) closingComma(k, end int) int {
	for m := k; m < len(d.toks) && d.toks[m].start < end; m++ {
		if d.isComma(m) {
			if m+1 < len(d.toks) && d.toks[m+1].start < end && d.toks[m+1].kind == word &&
				d.l.is(wBoundary, d.toks, m+1) == 0 && d.l.is(wBreak, d.toks, m+1) == 0 && d.l.is(wCircumstance, d.toks, m+1) == 0 && d.l.is(wPressTime, d.toks, m+1) == 0 {
				return m
			}
			return -1
		}
		if d.isSep(m) || d.hard(m) || d.toks[m].kind == quote {
			return -1
		}
	}
	return -1
}

// parentheticalIn reports whether the attribution found last has its cue
// within tokens [a, b) and was read as a parenthetical.
func (d *doc) parentheticalIn(a, b int) bool {
	if len(d.atts) == 0 || a >= b {
		return false
	}
	x := d.atts[len(d.atts)-1]
	lo, hi := d.toks[a].start, d.toks[b-1].end
	return x.rule == "verb-parenthetical" && lo <= x.source.s && x.source.e <= hi
}

// connectorOnly reports whether tokens [a, c) are one connector opening
// the sentence ("Ngược lại", "Tuy nhiên", "Trong khi đó") and c is the
// comma after it.
func (d *doc) connectorOnly(a, c int) bool {
	if !d.isComma(c) {
		return false
	}
	for _, w := range [...]wclass{wContrast, wBoundary, wBreak, wTrim} {
		if n := d.l.is(w, d.toks, a); n > 0 && a+n == c {
			return true
		}
	}
	return false
}

// afterSource returns the index of the first token after both the cue
// (ending at token j) and the source.
func (d *doc) afterSource(x *att, j int) int {
	e := j
	for e < len(d.toks) && d.toks[e].end <= x.source.e {
		e++
	}
	return e
}

// withRole extends a post-posed speaker ending at b over an appositive
// after a comma ("…, kata Rina, warga setempat yang juga korban."): a
// phrase opening with a word of the class role, up to the next comma or
// the end, and not a date or a place.
func (d *doc) withRole(b, limit int) int {
	if b+1 >= limit || !d.isComma(b) || d.toks[b+1].upper {
		return b
	}
	if d.l.is(wRole, d.toks, b+1) == 0 {
		return b
	}
	e := b + 1
	for e < limit && e-b <= 12 && !d.isComma(e) && !isTerminal(d.toks[e]) && d.toks[e].kind != quote {
		if d.hard(e) || (e > b+1 && (d.l.is(wPlacePrep, d.toks, e) > 0 || d.l.is(wRecipient, d.toks, e) > 0 ||
			(d.l.is(wDateWord, d.toks, e) > 0 && d.strictDate(e, limit)))) {
			break
		}
		e++
	}
	if e > b+1 {
		return e
	}
	return b
}

// appositiveToEnd extends, in Indonesian, a post-posed speaker ending at
// the comma b over a short lower-case noun phrase that closes the
// sentence ("…," kata Martha (41), istri seorang penambang.): words only,
// no cue, and not opening with a place, a time, a circumstance, a manner
// or a recipient.
func (d *doc) appositiveToEnd(b, limit int) int {
	l := d.l
	a := b + 1
	if a >= limit || !d.isComma(b) || d.toks[a].upper || !l.has(fAppositiveToEnd) || l.is(wPlacePrep, d.toks, a) > 0 || l.is(wCircumstance, d.toks, a) > 0 || l.is(wTemporal, d.toks, a) > 0 ||
		l.is(wDateWord, d.toks, a) > 0 || l.is(wAside, d.toks, a) > 0 || l.is(wAddressee, d.toks, a) > 0 || l.is(wTrim, d.toks, a) > 0 ||
		l.is(wRecipient, d.toks, a) > 0 || l.is(wSameDay, d.toks, a) > 0 {
		return b
	}
	e := a
	for e < limit && e-a < 8 && d.toks[e].kind == word {
		if l.cueAt(d.toks[:limit], e) != nil {
			return b
		}
		e++
	}
	if e > a+1 && (e == limit || isTerminal(d.toks[e])) {
		return e
	}
	return b
}

// parentheticalGoesOn reports an Indonesian cue set off by commas after a
// short subject that is no quotation, with the clause going on after the
// source's comma with a verb ("Uang itu, kata Arman, berasal dari …",
// "Proyek itu, ujar Rina, sudah rampung"): what follows is the rest of the
// claim, not an appositive of the source. A verb is a lower-case word with
// a verbal prefix (me-, ber-, di-, ter-), an auxiliary, a negator or an
// aspect word (class trim).
func (d *doc) parentheticalGoesOn(q, sb int, s sentence) bool {
	if !d.l.has(fVerbPrefixes) || q <= s.first || d.toks[q-1].kind == quote || q-d.leadingConnectors(s.first, q) > 4 ||
		!d.isComma(sb) || sb+1 >= s.last {
		return false
	}
	return d.idVerbLike(sb + 1)
}

// titleVerb reports whether the capitalised word at k of a title-case
// headline is a verb by its prefix ("Dianiaya", "Disekap") rather than a
// title or a body that could be an agent ("Direktur", "Dinas").
func (d *doc) titleVerb(k int, s sentence) bool {
	l := d.l
	t := d.toks[k]
	if !l.has(fVerbPrefixes) || !l.prefix(aPassive, t.low, 4) || !d.titleCase(s) {
		return false
	}
	return l.is(wRole, d.toks, k) == 0 && l.is(wBody, d.toks, k) == 0 && l.is(wInstitution, d.toks, k) == 0 &&
		l.is(wSourceNoun, d.toks, k) == 0 && l.is(wPolice, d.toks, k) == 0
}

// idVerbLike reports an Indonesian verb-like token at k: a lower-case
// word with a verbal prefix (me-, ber-, di-, ter-), or an auxiliary, a
// negator or an aspect word (class trim).
func (d *doc) idVerbLike(k int) bool {
	t := d.toks[k]
	if t.kind != word || t.upper {
		return false
	}
	if d.l.is(wAux, d.toks, k) > 0 || d.l.is(wNeg, d.toks, k) > 0 || d.l.is(wTrim, d.toks, k) > 0 {
		return true
	}
	if d.l.prefix(aActive, t.low, 4) || d.l.prefix(aPassive, t.low, 4) || d.l.prefix(aStative, t.low, 4) {
		return true
	}
	return false
}

// timeAsideEnd returns the token after a time between commas that opens
// at the comma k ("…, Rabu pekan lalu, …", "…, on Monday, …"), or -1.
func (d *doc) timeAsideEnd(k, end int) int {
	for m := k + 2; m < end && m-k <= 8; m++ {
		if d.isComma(m) {
			a := k + 1 + d.l.is(wTemporal, d.toks, k+1)
			if a < m && m+1 < end && d.timeLike(a, m) {
				return m + 1
			}
			return -1
		}
		if d.hard(m) && d.toks[m].low != "(" && d.toks[m].low != ")" {
			return -1
		}
	}
	return -1
}

// dateEndingAt returns the first token of a date expression that ends
// with token e and starts after lim ("kemarin", "akhir pekan lalu", "dua
// pekan lalu", "on Monday"), or -1.
func (d *doc) dateEndingAt(e, lim int) int {
	if e <= lim || e >= len(d.toks) || d.toks[e].kind == punct {
		return -1
	}
	w := max(lim+1, e-5)
	text := d.text[d.toks[w].start:d.toks[e].end]
	best := -1
	for _, m := range dates.Find(text, d.l.code, d.opt.Published) {
		if m.End != len(text) || m.Value == "" {
			continue
		}
		if t := d.tokenAt(d.toks[w].start + m.Start); t >= 0 && (best < 0 || t < best) {
			best = t
		}
	}
	return best
}

// dateCovers reports whether tokens [a, b) are one date expression
// ("tiga hari lalu", "last week").
func (d *doc) dateCovers(a, b int) bool {
	if a >= b || b-a > 6 {
		return false
	}
	text := d.text[d.toks[a].start:d.toks[b-1].end]
	for _, m := range dates.Find(text, d.l.code, d.opt.Published) {
		if m.Start == 0 && m.End == len(text) && m.Value != "" {
			return true
		}
	}
	return false
}

// prepAsideEnd returns the token after an according-to aside between
// commas that opens at the comma k ("…, seperti dikutip Reuters, …",
// "…, according to AP, …"), or -1.
func (d *doc) prepAsideEnd(k, end int) int {
	c := d.l.cueAt(d.toks[:end], k+1)
	if c == nil || (c.frame != fPrep && c.frame != fPrepC) {
		return -1
	}
	for m := k + 1 + len(c.seq); m < end && m-k <= 8; m++ {
		if d.isComma(m) {
			if m > k+1+len(c.seq) && m+1 < end {
				return m + 1
			}
			return -1
		}
		if d.hard(m) {
			return -1
		}
	}
	return -1
}

// recipientEnd returns the end of a recipient after a cue ("kepada
// ANTARA", "kepada Gubernur Harjo", "kepada para petani,"): a word of
// the class recipient and an outlet, a short run of capitalised words, or a short
// phrase closed by a comma; or -1.
func (d *doc) recipientEnd(k, end int) int {
	n := d.l.is(wRecipient, d.toks, k)
	if n == 0 || k+n >= end {
		return -1
	}
	m := k + n
	if o := d.outletAt(m); o > 0 {
		return m + o
	}
	c := 0
	for m+c < end && c < 5 && d.toks[m+c].kind == word && d.toks[m+c].upper {
		c++
	}
	if c > 0 && c <= 4 && m+c < end {
		return m + c
	}
	for i := m; i < end && i-m <= 4; i++ {
		if d.isComma(i) {
			if i > m {
				return i
			}
			break
		}
		if d.hard(i) || d.l.cueAt(d.toks, i) != nil {
			break
		}
	}
	return -1
}

// rightCtx describes what follows a cue.
type rightCtx struct {
	next      int  // first content token, after complementizer/colon/relays
	comp      bool // a complementizer (that, bahwa, rằng) introduces the content
	colon     bool
	quoteNext bool
	tail      int  // tokens left in the sentence after the cue, minus the terminal
	end       int  // the sentence's last token before its terminal
	thatPron  bool // "disputed that, saying …": the pronoun "that" is the content
}

// rightContext skips what stands between a cue and its content:
// addressees and via ("told Reuters", "kepada wartawan"), relays
// (", mengutip X,"), a complementizer or a colon.
func (d *doc) rightContext(x *att, j int, s sentence) rightCtx {
	l := d.l
	r := rightCtx{next: j}
	end := s.last
	// "reported earlier that …": a word of an earlier position right after
	// the cue, before its complementizer, marks the statement as earlier
	// ("said at the time that …")
	if n := l.is(wEarlier, d.toks, j); n > 0 && x.timing == "" && j+n < s.last && !d.toks[j].upper && l.is(wAux, d.toks, j) == 0 && l.is(wComp, d.toks, j+n) > 0 {
		x.timing = sumber.Earlier
	}
	end = d.beforeTerminal(j, end)
	r.tail = end - j
	r.end = end
	k := j
	addr := -1 // where the last addressee skipped began ("in a statement")
	for steps := 0; k < end && steps < 6; steps++ {
		if e := d.placeThenTime(k, end); e > k {
			// "mengatakan di Lerang, Senin, pencarian diperpanjang": a place
			// and a time between commas before the content
			k = e
			continue
		}
		if e := d.dateThenComma(k, end); e > k && e+1 < end && d.isRelay(e+1) {
			// "reported in June, citing people familiar with the matter,
			// that …": a date before a relay between commas
			k = e
			continue
		}
		rcpt := d.recipientEnd(k, end)
		// ("told the Tavor Herald": an outlet named by its own word, after a
		// cue that takes an addressee)
		told := 0
		if x.c != nil && x.c.object && k == j {
			told = d.headOutlet(k)
		}
		if told > 0 && d.outletAt(k) == 0 {
			o := strings.TrimPrefix(d.text[d.toks[k].start:d.toks[k+told-1].end], "the ")
			f := k
			if d.l.is(wDet, d.toks, k) == 1 {
				f++
			}
			x.via = append(x.via, via{sp: d.tokSpan(f, k+told), actor: o, told: true})
			k += told
			continue
		}
		// "told investigators he feared …", "told aid workers the boat
		// left …", "told the agency by telephone": a plain noun phrase
		// right after a cue that takes an addressee, before a new subject
		// (a question's object is no addressee: "asked voters the question")
		if k == j && x.c != nil && x.c.object && rcpt < 0 && d.outletAt(k) == 0 && l.is(wQuestionCue, d.toks, j-1) == 0 {
			if n := d.bareAddressee(k, end); n > 0 {
				k += n
				continue
			}
		}
		// (a revision's figure noun is no addressee: "put the crowd at 6,000")
		revise := x.c != nil && x.c.frame == fRevise && k == j
		if (d.addresseeLen(k) == 0 || revise) && !d.isComma(k) && !d.isRelay(k) && d.outletAt(k) == 0 && rcpt < 0 {
			if addr >= 0 && d.interviewWith(k-1) && d.l.is(wWithWord, d.toks, k) > 0 && k+1 < end {
				if n := d.interviewer(k + 1); n > 0 {
					// "said in an interview with VTV", "in an interview with
					// The Washington Post": the outlet that interviewed the
					// speaker is the channel the claim came through, as
					// "told Reuters" is (what follows is read as before)
					m := k + 1
					if d.l.is(wDet, d.toks, m) == 1 && d.outletAt(m) == 0 {
						m++
					}
					o, ok := d.outlet(m, k+1+n)
					if !ok {
						o = d.text[d.toks[m].start:d.toks[k+n].end]
					}
					x.via = append(x.via, via{sp: d.tokSpan(m, k+1+n), actor: o, told: true})
				}
			}
			break
		}
		// an outlet right after an addressee is the addressee's ("nói với
		// phóng viên Tuổi Trẻ", "cho biết với báo chí VnExpress"): where it
		// was said, no relay
		prevAddr := addr >= 0
		addr = -1
		switch {
		case prevAddr && d.outletAt(k) > 0 && !d.isComma(k-1):
			k += d.outletAt(k)
		case rcpt > k:
			// "mengatakan kepada ANTARA …", "kepada Menteri Harjo, …": a
			// recipient, not a relay; but an outlet told in another
			// outlet's story ("mengatakan kepada Kompas.com bahwa …" in a
			// Liputan6 report) is the channel the claim came through, as
			// "told Reuters" is (the report's own outlet is dropped with the
			// dateline's credit; with none, the one told may be the report's
			// own, as "kepada detikcom" under a bare "Kalden -")
			if m := k + l.is(wRecipient, d.toks, k); m < rcpt && d.outletAt(m) == rcpt-m && d.datelineCredit() != "" {
				o, _ := d.outlet(m, rcpt)
				x.via = append(x.via, via{sp: d.tokSpan(m, rcpt), actor: o, told: true})
			}
			k = rcpt
		case d.addresseeLen(k) > 0:
			addr = k
			if l.is(wLater, d.toks, k) > 0 && x.timing == "" {
				x.timing = sumber.Later // "acknowledged for the first time that …"
			}
			k += d.addresseeLen(k)
		case d.isComma(k) && k+1 < end && d.isRelay(k+1):
			k = d.relay(x, k+1, end)
		case d.isComma(k) && d.timeAsideEnd(k, end) > k:
			// "mengatakan, Rabu pekan lalu, penyidik …", "said, on Monday, the
			// toll …": a time between commas before the content
			e := d.timeAsideEnd(k, end)
			if l.is(wSince, d.toks, k+1) > 0 {
				// "cho biết, từ ngày 1/6, giá điện …": a time since which
				// something holds is when it happens, not when it was said
				x.eventTime = span{d.toks[k+1].start, d.toks[e-2].end}
			}
			k = e
		case d.isComma(k) && d.prepAsideEnd(k, end) > k:
			// "mengatakan, seperti dikutip Reuters, bahwa …": the aside
			// gives a via (read with the sentence); the content follows it
			k = d.prepAsideEnd(k, end)
		case d.isRelay(k):
			k = d.relay(x, k, end)
		case d.outletAt(k) > 0:
			// "told Reuters", "nói với AFP"
			n := d.outletAt(k)
			o, _ := d.outlet(k, k+n)
			x.via = append(x.via, via{sp: d.tokSpan(k, k+n), actor: o, told: true})
			k += n
		default:
			steps = 99
			continue
		}
	}
	// "said Tuesday it had retaken …", "said late Thursday the toll …",
	// "said on Oct. 2 it had …": a bare date before the content's subject
	if n := d.bareDate(k, end); n > 0 {
		k += n
	} else if k < end && d.l.is(wOnDate, d.toks, k) > 0 {
		if n := d.bareDate(k+1, end); n > 0 {
			k += 1 + n
		}
	}
	// "admitted last year to paying fees": a date right after the cue, then
	// "to" and a gerund; the claim is the gerund's clause
	if k == j {
		for m := k + 1; m < end-1 && m-k <= 4; m++ {
			if t := d.toks[m+1]; l.is(wToPrep, d.toks, m) == 1 && t.kind == word && !t.upper && d.l.suffix(aGerund, t.low) && d.strictDate(k, m) {
				k = m + 1
				break
			}
		}
	} else if k > j && k < end-1 && l.is(wToPrep, d.toks, k) == 1 && d.strictDate(j, k) {
		// (the date already skipped as a time of the saying: "admitted
		// last month to hiding …")
		if t := d.toks[k+1]; t.kind == word && !t.upper && d.l.suffix(aGerund, t.low) {
			k++
		}
	}
	// "said Wednesday night that", "mengatakan pada Senin (21/10) bahwa"
	if l.is(wComp, d.toks, k) == 0 {
		for look := k + 1; look < end && (look-k <= 10 || d.isComma(k) && look-k <= 16); look++ {
			// "said in a letter to the company, seen by Reuters, that …":
			// an outlet that saw the document, between commas before the
			// complementizer, is a via (dropped in its own story, as an
			// outlet told is); the circumstance before it is skipped whole
			if d.isComma(look) && look > k+1 {
				if n := l.is(wSeenBy, d.toks, look+1); n > 0 {
					o := d.outletAt(look + 1 + n)
					e := look + 1 + n + o
					if o > 0 && e+1 < end && d.isComma(e) && l.is(wComp, d.toks, e+1) > 0 && d.circumstance(k, look) {
						name, _ := d.outlet(look+1+n, e)
						x.via = append(x.via, via{sp: d.tokSpan(look+1+n, e), actor: name, told: true})
						k = e + 1
						break
					}
				}
			}
			// (a nominaliser is no complementizer this far from the cue:
			// "nói tại buổi làm việc sáng 12/10")
			if l.is(wComp, d.toks, look) > 0 && l.is(wBoundary, d.toks, look) > 0 {
				if look-k >= 3 && l.ends(wCoord, d.toks, look-1) > 0 {
					break // "… the toll was too low and that …": a second clause
				}
				from := k
				if n := l.is(wTemporal, d.toks, k); n > 0 {
					from += n
				} else if n := l.is(wDateWord, d.toks, k); n > 0 && k+n < look && l.is(wTemporal, d.toks, k+n) > 0 && !d.toks[k].upper {
					// "said late on Sunday that", "had said early on Monday
					// that": a part of the day before its preposition
					from += n + l.is(wTemporal, d.toks, k+n)
				}
				// ("said in a statement posted on its website that": the
				// circumstance began before the skipped "in a statement")
				// ("said only that", "said simply that": one adverb in -ly
				// before the complementizer)
				lyAdverb := look == k+1 && d.toks[k].kind == word && !d.toks[k].upper && d.l.suffix(aAdverb, d.toks[k].low)
				if (d.dateLike(from, look) || d.dateCovers(from, look) || d.circumstance(k, look) || lyAdverb || (addr >= 0 && d.afterVehicle(addr, k, look))) && !d.isComma(look-1) {
					k = look
				} else if d.isComma(k) && d.isComma(look-1) && look-k > 2 && d.timeLike(k+1+l.is(wTemporal, d.toks, k+1), look-1) {
					k = look // "mengatakan, Senin (21/10), bahwa", "said, on Monday, that"
				} else if d.isComma(k) && d.isComma(look-1) && look-k > 3 && l.is(wFrontedPrep, d.toks, d.adverbsEnd(k+1, k+3)) > 0 && d.plainRun(k+1, look-1) {
					// "conceded, under questioning from the judge, that": a
					// circumstance between commas ("insists, most recently in an
					// interview, that": adverbs may open it)
					k = look
				}
				break
			}
			// "says to the farmers: “…”", "added about Dunn: “…”": a short
			// phrase before a colon that opens a quotation
			if d.toks[look].low == ":" && look+1 < end && d.toks[look+1].kind == quote && look-k <= 5 && !d.hasCue(k, look) {
				plain := true
				for m := k; m < look && plain; m++ {
					plain = !d.hard(m)
				}
				if plain {
					k = look
				}
				break
			}
		}
	}
	// "disputed that, saying …": "that" before a participle clause or a
	// coordinated verb is the pronoun that is the content
	if k < end && d.l.is(wThatWord, d.toks, k) > 0 {
		pron := k+1 == end || l.is(wCoord, d.toks, k+1) > 0 // "disputed that.", "rejected that and …"
		// ("denied that on Wednesday, saying …": a date may stand before the comma)
		cm := k + 1
		if e := d.dateThenComma(k+1, end); e > k+1 {
			cm = e
		}
		if !pron && cm+1 < end && d.isComma(cm) && d.toks[cm+1].kind == word &&
			(d.l.suffix(aGerund, d.toks[cm+1].low) || l.is(wCoord, d.toks, cm+1) > 0) {
			c := l.cueAt(d.toks[:end], cm+1)
			pron = c == nil || c.frame != fPrep && c.frame != fPrepC
		}
		if pron {
			r.next, r.comp, r.thatPron = k, true, true
			return r
		}
	}
	// "denied that account, telling …": "that" and one noun closed by a
	// comma is a determiner and its noun, the object, not a clause (also
	// a noun that names a claim: "rejected that claim, saying …")
	thatNoun := k+2 < end && d.l.is(wThatWord, d.toks, k) > 0 && d.isComma(k+2) && d.toks[k+1].kind == word && !d.toks[k+1].upper && !d.pronounLike(k+1, k+2) &&
		(l.cueAt(d.toks[:end], k+1) == nil || l.is(wCommentNoun, d.toks, k+1) == 1 && !(d.l.suffix(aPlural, d.toks[k+1].low) && !d.l.suffix(aSingular, d.toks[k+1].low)))
	// "revised that figure to 2.3 million": a revision takes a noun, so
	// "that" before a figure noun is its determiner
	thatNoun = thatNoun || x.c != nil && x.c.frame == fRevise && k+1 < end && d.l.is(wThatWord, d.toks, k) > 0 && l.is(wFigureNoun, d.toks, k+1) > 0
	if n := l.is(wComp, d.toks, k); n > 0 && k+n+1 < end && !thatNoun && l.is(wContentAnaphor, d.toks, k) <= n && l.is(wGenitive, d.toks, k+n) == 0 && !d.judgedInformation(x, k, n, end) {
		// ("xác nhận thông tin này": the anaphor is the content, not a nominaliser;
		// "bác bỏ cáo buộc của phe đối lập": a noun with its owner is the object)
		r.comp = true
		k += n
		if d.isComma(k) && k+1 < end { // "said that, according to X, …"
			k++
		}
	} else if x.c.object || l.is(wToPrep, d.toks, k) > 0 {
		// "told X that", "mengatakan kepada parlemen bahwa", "nói với báo chí rằng"
		// "told Radio Lumora host Aris Tan on Thursday that/how …"
		// ("told several thousand supporters at a rally in this steel
		// town on Tuesday that …": an addressee's long phrase reads on,
		// but not into "such a risk that", "that night")
		limit := 10
		if x.c.object {
			limit = 16
		}
		for look := k + 1; look < end && look-k < limit; look++ {
			if d.hard(look) {
				break
			}
			if look-k >= 10 && l.is(wComp, d.toks, look) > 0 && (d.l.is(wDateWord, d.toks, look+1) > 0 || d.l.is(wSoSuch, d.toks, look-1) > 0) {
				break
			}
			// "told reporters the toll was too low and that at least 70
			// had died": a complementizer after a coordinator begins the
			// second of two clauses; the first began after the addressee
			if look-k >= 3 && l.is(wComp, d.toks, look) > 0 && l.ends(wCoord, d.toks, look-1) > 0 {
				break
			}
			// ("told our teams there were 200 people on that boat": after
			// a preposition "that" is a determiner, no complementizer)
			if n := l.is(wComp, d.toks, look); n > 0 && look+n < end && l.is(wNounPrep, d.toks, look-1) == 0 {
				r.comp = true
				k = look + n
				break
			}
			if l.is(wWh, d.toks, look) > 0 {
				r.comp = true
				k = look
				break
			}
		}
	}
	if x.c.object && !r.comp && k < end && d.l.has(fAddresseeClause) {
		// "told Morrow the deal was dead", "told him the plan had failed": a
		// named or pronoun addressee, then a clause without "that"
		m := k
		for m < end && m-k < 3 && d.toks[m].kind == word && d.toks[m].upper && d.l.is(wDet, d.toks, m) == 0 {
			m++
		}
		if m-k >= 2 && m < end && (d.l.is(wAux, d.toks, m) > 0 || d.l.is(wModal, d.toks, m) > 0) {
			m-- // "told Congress Iran had broken …": the last name is the subject
		}
		if m == k && k == j && d.pronounLike(k, k+1) && !d.toks[k].upper {
			m = k + 1 // (after an addressee, "told reporters her client …" is possessive)
		}
		if m > k && end-m >= 3 && d.toks[m].kind == word && d.l.is(wComp, d.toks, m) == 0 && !d.hard(m) && d.clauseAhead(m, end) {
			k = m
		}
	}
	// "said separately it would appeal": one adverb in -ly right after the
	// cue, before a pronoun that opens a clause, is the verb's, no part of
	// the claim ("said nearly half had left" keeps its bound word: no
	// pronoun follows it)
	if k == j && !r.comp && k+2 < end && d.toks[k].kind == word && !d.toks[k].upper && d.l.suffix(aAdverb, d.toks[k].low) &&
		d.pronounLike(k+1, k+2) && d.l.is(wRelative, d.toks, k+1) == 0 && d.clauseAhead(k+1, end) {
		k++
	}
	if k < end && d.toks[k].low == ":" {
		r.colon = true
		k++
	}
	if k < end && d.isComma(k) && d.toks[k].low == "," && !r.comp && k+1 < end {
		// "X said, …" / "Dia menambahkan, …" / "Ông X cho biết, …"
		k++
	}
	if k < end && d.toks[k].kind == quote {
		r.quoteNext = true
	}
	r.next = k
	return r
}

// invertedSubject reports whether a named or determined subject follows
// the cue directly, as in "…, said Howard Rubel, an analyst" or "…, said
// the official", rather than a participle's complement ("…, saying the
// count was right").
func (d *doc) invertedSubject(c *cue, j int, s sentence) bool {
	if j >= s.last || d.l.gerund(c) || c.stance == sumber.Neither {
		return false // "… has not commented on the allegations": an object
	}
	t := d.toks[j]
	if c.says && !t.upper && d.bareHeadlineSubject(j, s) {
		return true // "Ferry fares to rise, says harbour chief"
	}
	// "…, said one source", "…, said two officials", "…, said several
	// lawmakers": a count or quantifier opens the subject as an article does
	if !((t.kind == word && t.upper) || d.l.is(wAppositive, d.toks, j) > 0 || c.says && (d.l.is(wQuantifier, d.toks, j) > 0 ||
		d.l.is(wCount, d.toks, j) > 0 || d.l.is(wPluralDet, d.toks, j) > 0)) {
		return false
	}
	// the subject is a short phrase ending the sentence or an appositive's comma
	b := d.npRight(j, s.last)
	for k := j + 1; k < b; k++ {
		if d.l.is(wRelative, d.toks, k) > 0 {
			break // "said a senior official who was …"
		}
		// (a preposition after a speaker's noun, of class modal for the
		// gerunds after it, opens no clause: "…, said a spokesman for the
		// ministry"; "endorsed Ted Cruz for president" has an object)
		if d.l.is(wModal, d.toks, k) > 0 && d.l.is(wInfinitive, d.toks, k) == 0 && !(c.says && d.speakerNounPrep(k)) ||
			d.l.is(wAux, d.toks, k) > 0 && !d.possessiveClitic(k) {
			return false // "…, said the budget would pass", "said a strike was likely": a clause, no subject
		}
	}
	for r := j + 1; r < s.last && r-j <= 6 && !d.isComma(r) && !d.hard(r); r++ {
		if d.l.is(wRelative, d.toks, r) == 0 {
			continue
		}
		// "…, said a senior official who was not authorized to speak
		// publicly.": a relative clause running to the end of the sentence
		e := r + 1
		for e < s.last && e-r <= 16 && !d.isComma(e) && !d.hard(e) {
			e++
		}
		if e >= s.last || isTerminal(d.toks[e]) {
			return true
		}
		break
	}
	if c.says && b-j <= 6 && b < s.last && (d.l.is(wNPPrep, d.toks, b) > 0 || d.l.is(wAside, d.toks, b) > 0 && d.l.is(wRelative, d.toks, b) == 0) {
		// "…, said a source in the room.", "…, said two officials at the
		// ministry": a short phrase after the subject closes the sentence
		e := b + 1
		for e < s.last && e-b <= 5 && !d.isComma(e) && !d.hard(e) && !d.hasCue(e, e+1) {
			e++
		}
		if e > b+1 && (e >= s.last || isTerminal(d.toks[e])) {
			return true
		}
	}
	return b-j <= 6 && (b >= s.last || d.isComma(b) || isTerminal(d.toks[b]))
}

// speakerNounPrep reports whether token k is a preposition inside a
// source noun phrase (class np-prep or agent) right after a speaker's
// noun: a title, or a source noun that also points back as an anaphor
// ("a spokesman for", "officials of"; not "an assessment of", a document
// written).
func (d *doc) speakerNounPrep(k int) bool {
	if k < 1 || d.l.is(wNPPrep, d.toks, k) == 0 && d.l.is(wAgent, d.toks, k) == 0 {
		return false
	}
	return d.l.is(wTitle, d.toks, k-1) > 0 || d.l.is(wSourceNoun, d.toks, k-1) > 0 && d.l.is(wAnaphor, d.toks, k-1) > 0
}

// bareHeadlineSubject reports a headline's subject after its cue without
// an article, as headlines drop articles: "Ferry fares to rise, says
// harbour chief". It is a short run of lower-case words closing the
// document's opening line, with no auxiliary, modal, past form or cue
// among them ("…, says reform failed" has a clause).
func (d *doc) bareHeadlineSubject(j int, s sentence) bool {
	if !d.plainHeadline(s) || s.last-j > 4 {
		return false
	}
	for k := j; k < s.last; k++ {
		t := d.toks[k]
		if t.kind != word || d.l.is(wAux, d.toks, k) > 0 || d.l.is(wModal, d.toks, k) > 0 || d.l.suffix(aPast, t.low) ||
			d.l.is(wDet, d.toks, k) > 0 || d.l.is(wComp, d.toks, k) > 0 || d.hasCue(k, k+1) {
			return false
		}
	}
	return true
}

// quoteTail reports a quotation closing just before the subject and only
// a short tail after the cue: "“…,” ông viết trên mạng xã hội." / "“…,” he
// told reporters in Brussels."
func (d *doc) quoteTail(q int, r rightCtx) bool {
	if r.comp || r.colon || r.quoteNext || q < 0 {
		return false
	}
	// a quotation ending its paragraph (a line) is not what a subject
	// opening the next one says: "“…”¶Both sides agree on …", "“…”¶Kapolres
	// menyebut …"
	if q+1 < len(d.toks) && d.toks[q+1].nl {
		return false
	}
	// "…,” Zelensky said in his nightly video address, citing military intelligence."
	// "…,” he told the group, adding that …": a short object, then a participle
	// "…,” Rina said, and soon the crowd was singing": a new clause
	if r.tail > 8 && !(r.tail <= 16 && (d.l.is(wAside, d.toks, r.next) > 0 || d.isComma(r.next) || d.isRelay(r.next))) &&
		!d.objectThenParticiple(r.next) && !d.shortThenComma(r.next) {
		return false
	}
	if d.toks[q].kind == quote && d.closingLike(q) {
		// a quotation closed with its own stop before a new sentence
		// ("… “under review.” Farmers accused the mayor of …") is what
		// this cue says only when nothing but a place or a time follows it
		if q > 0 && isTerminal(d.toks[q-1]) && q+1 < len(d.toks) && d.toks[q+1].upper && r.next < r.end &&
			!d.placeTime(r.next, r.end) && !d.strictDate(d.skipTiming(r.next, r.end), r.end) {
			return false
		}
		return true
	}
	return d.isComma(q) && q > 0 && d.toks[q-1].kind == quote && d.closingLike(q-1)
}

// questionTopic drops the question that opens a no-comment's content:
// in "Asked on Tuesday whether the plant would close, a spokesman declined
// to comment" the topic is "whether the plant would close", and the date
// of the question, now outside the content, dates the claim.
func (d *doc) questionTopic(x *att) {
	t := d.tokenAt(x.content.s)
	if t < 0 {
		return
	}
	n := d.l.is(wQuestionIntro, d.toks, t)
	if n == 0 {
		return
	}
	k := t + n
	if m := d.l.is(wTemporal, d.toks, k); m > 0 && d.dateLike(k+m, k+m+1) {
		k += m
		for k < len(d.toks) && d.toks[k].start < x.content.e && d.dateLike(k, k+1) {
			k++
		}
	}
	k += d.l.is(wTopic, d.toks, k)
	if k < len(d.toks) && d.toks[k].start < x.content.e {
		x.content.s = d.toks[k].start
	}
}

// openingQuestionTopic returns the topic of a question or a request for
// comment opening sentence s before token q ("Khi được hỏi về X,", "Được
// đề nghị bình luận về X,", "Asked about X,"): X, up to the comma that
// closes it; or no span.
func (d *doc) openingQuestionTopic(s sentence, q int) span {
	t := d.leadingConnectors(s.first, q)
	n := d.l.is(wQuestionIntro, d.toks, t)
	if n == 0 {
		return span{}
	}
	k := t + n
	k += d.l.is(wTopic, d.toks, k)
	e := k
	for e < q && !d.isComma(e) && !d.hard(e) {
		e++
	}
	if e >= q || e == k || !d.isComma(e) {
		return span{}
	}
	return d.tokSpan(k, e)
}

// appositiveTail extends an English speaker named after the cue over the
// appositive that ends the sentence: in "…,” said Ilsa Brandt, the
// agency's coordinator in Virel." the source is the name and its title
// (and a relative clause: "…, who visited the site"). A circumstance
// ("…, in a statement"), a date or another cue after the comma is no
// appositive.
func (d *doc) appositiveTail(sa, sb int, s sentence) int {
	if !d.l.has(fAppositiveTail) || sb+1 >= s.last || !d.isComma(sb) || !d.toks[sb-1].upper {
		return sb
	}
	end := d.beforeTerminal(sb, s.last)
	t := sb + 1
	// an age after the name: "…,” said Tomas Vir, 63, the mayor."
	none := sb
	if d.toks[t].kind == number && len(d.toks[t].low) <= 2 {
		if t+1 >= end {
			return end
		}
		if !d.isComma(t + 1) {
			return sb
		}
		none = t + 1
		t += 2
	}
	if end-t < 2 || end-t > 20 || d.toks[end-1].kind == quote || d.hasCue(t, end) {
		return none
	}
	l := d.l
	if l.is(wAside, d.toks, t) > 0 && l.is(wRelative, d.toks, t) == 0 || l.is(wTemporal, d.toks, t) > 0 || l.is(wPlacePrep, d.toks, t) > 0 ||
		l.is(wCoord, d.toks, t) > 0 || d.dateLike(t, t+1) || d.isRelay(t) {
		return none
	}
	return end
}

// relativeAside returns the comma before the relative pronoun of the
// last attribution found when that attribution is an English relative
// clause of sentence si declining something and closing at the comma q
// ("X, who declined to be identified, said"), or -1.
func (d *doc) relativeAside(si, q int) int {
	if !d.l.has(fCommaRelative) || len(d.atts) == 0 {
		return -1
	}
	y := d.atts[len(d.atts)-1]
	if y.sent != si || y.rule != "verb-relative" || y.c.stance != sumber.Neither || y.srcFirst <= 0 || !d.isComma(y.srcFirst-1) || d.toks[y.srcFirst].start >= d.toks[q].start {
		return -1
	}
	if c := d.tokenAt(y.cue.s); c < 0 || q-c > 12 {
		return -1
	}
	return y.srcFirst - 1
}

// longAside looks back from c0, the start of the chunk before a cue's
// comma, for the comma that opens an English aside ("speaking on condition
// of anonymity because …", "who …") when a boundary word inside the
// aside cut the chunk short; it returns that comma, or -1.
func (d *doc) longAside(c0, lim int) int {
	if !d.l.has(fLongAside) || c0 < 0 {
		return -1
	}
	if d.isComma(c0) {
		// "Officials, speaking on condition of anonymity to discuss …,
		// said": the chunk before the cue was the whole aside, which
		// qualifies the speakers ("Kim, speaking at a briefing, said"
		// gives a circumstance and is left to the other rules)
		if d.anonAside(c0 + 1) {
			return c0
		}
		return -1
	}
	for m := c0; m > lim && c0-m < 25; m-- {
		if d.isComma(m) {
			if d.l.is(wRelative, d.toks, m+1) > 0 || d.l.is(wRelWhose, d.toks, m+1) > 0 || d.l.is(wSpeaking, d.toks, m+1) > 0 || d.anonAside(m+1) {
				return m
			}
			return -1
		}
		if d.hard(m) {
			return -1
		}
	}
	return -1
}

// asFrame reports "see X as Y" / "view X as Y": an "as" within a few
// tokens after the cue, before any comma.
func (d *doc) asFrame(j int, s sentence) bool {
	for m := j + 1; m < s.last && m-j <= 6; m++ {
		if d.hard(m) || d.isComma(m) {
			return false
		}
		if d.l.is(wAsFrame, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// nextComma returns the first comma after token j within the sentence
// and forty tokens, or -1 ("Declaring that he alone can fix the port and
// …, the mayor offered …" runs long).
func (d *doc) nextComma(j int, s sentence) int {
	for m := j; m < s.last && m-j < 40; m++ {
		if d.isComma(m) {
			return m
		}
		if d.hard(m) && d.toks[m].kind != quote {
			return -1
		}
	}
	return -1
}

// tailOutlet adds an outlet named in a post-posed cue's tail as a via:
// "“…”, một quan chức nói với Yonhap." / "“…,” he told Reuters by phone."
func (d *doc) tailOutlet(x *att, j int, s sentence) {
	if x.c != nil && x.c.object && j < s.last && d.outletAt(j) == 0 {
		// "…, a spokesman told the Tavor Herald.": an outlet named by its
		// own word right after a cue that takes an addressee
		if n := d.headOutlet(j); n > 0 {
			f := j
			if d.l.is(wDet, d.toks, j) == 1 {
				f++
			}
			x.via = append(x.via, via{sp: d.tokSpan(f, j+n), actor: d.text[d.toks[f].start:d.toks[j+n-1].end], told: true})
			return
		}
	}
	for m := j; m < s.last && m-j < 8 && !d.isComma(m); m++ {
		if n := d.outletAt(m); n > 0 {
			if m > j && d.l.ends(wAddressee, d.toks, m-1) > 0 {
				// "“…”, ông X nói với phóng viên TTXVN.": the outlet of the
				// reporters addressed is where it was said, no relay (as
				// in a pre-posed cue's tail)
				return
			}
			d.addToldVia(x, m, m+n)
			return
		}
	}
}

// earlierIn reports a word marking a previous position (class earlier)
// among tokens [a, b): "penilaian sebelumnya yang …".
func (d *doc) earlierIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.l.is(wEarlier, d.toks, k) > 0 {
			return true
		}
	}
	return false
}

// recipientOutlet adds an outlet the speaker told, named after the source
// of a post-posed cue ("…," kata Rudi kepada Kompas.com; "…," katanya
// kepada Tempo), as a via: the channel the claim came through (the
// report's own outlet is dropped with the dateline's credit; with no
// outlet in the dateline none is added).
func (d *doc) recipientOutlet(x *att, k int, s sentence) {
	if k < s.last && d.isComma(k) {
		k++
	}
	n := d.l.is(wRecipient, d.toks, k)
	if n == 0 || k+n >= s.last {
		return
	}
	o := d.outletAt(k + n)
	if o == 0 {
		return
	}
	if d.datelineCredit() == "" && !d.namedByKind(k+n, k+n+o) {
		return // (with no outlet in the dateline, the one told may be the report's own: "kepada detikcom")
	}
	name, _ := d.outlet(k+n, k+n+o)
	for _, v := range x.via {
		if v.actor == name {
			return
		}
	}
	x.via = append(x.via, via{sp: d.tokSpan(k+n, k+n+o), actor: name, told: true})
}

// shortThenComma reports at most eight tokens from k (no complementizer)
// followed by a comma: the cue's own tail before a new clause.
func (d *doc) shortThenComma(k int) bool {
	for m := k; m < len(d.toks) && m-k <= 8; m++ {
		if d.isComma(m) {
			return true
		}
		if d.hard(m) || d.l.is(wComp, d.toks, m) > 0 {
			return false
		}
	}
	return false
}

// objectThenParticiple reports a short phrase from k, a comma, and a cue
// in -ing: "the group, adding that …".
func (d *doc) objectThenParticiple(k int) bool {
	for m := k; m < len(d.toks) && m-k <= 5; m++ {
		if d.isComma(m) {
			c := d.l.cueAt(d.toks, m+1)
			return c != nil && d.l.gerund(c)
		}
		if d.hard(m) {
			return false
		}
	}
	return false
}

// placeThenTime returns the end of a place after a cue closed by a comma
// and followed by a time aside ("di Lerang, Senin,", "dalam konferensi
// pers, Selasa (4/11),"), or k when none stands at k.
func (d *doc) placeThenTime(k, end int) int {
	if k >= end || d.l.is(wPlacePrep, d.toks, k) == 0 || d.isComma(k) {
		return k
	}
	for m := k + 1; m < end && m-k <= 5; m++ {
		if d.isComma(m) {
			if e := d.timeAsideEnd(m, end); e > m && m > k+1 {
				return e
			}
			return k
		}
		if d.hard(m) || d.toks[m].kind != word || d.l.cueAt(d.toks[:end], m) != nil {
			return k
		}
	}
	return k
}

// postposedRight reports whether what follows the cue is only a tail
// ("…, he said." / "…, he told Reuters on Monday."), so that the content
// is before it.
func (d *doc) postposedRight(r rightCtx, s sentence, q int, st sumber.Stance, subject bool) bool {
	if r.comp || r.colon {
		return false
	}
	end := d.beforeTerminal(r.next, s.last)
	if r.next >= end {
		// "…, and officials declined to comment.": a new clause, not a tail;
		// "The director, Ivo Stam, declined to comment.": the subject opens
		// the sentence
		return !(st == sumber.Neither && (q >= s.first && d.l.ends(wCoord, d.toks, q) > 0 || q < d.leadingConnectors(s.first, s.last)))
	}
	// "…, the coast guard estimated on Friday, four times the company's
	// figure": after the time skipped between commas, a comparison with
	// another figure sums up the claim before the subject
	if subject && q > s.first && d.isComma(q) && st != sumber.Neither && d.isComma(r.next-1) && d.comparisonAt(r.next, end) {
		return true
	}
	// "…, Lopez said in Jakarta on Wednesday." / "…, ông Minh cho biết tại
	// Hà Nội hôm 12/6.": only a place and a time follow the cue
	if subject && q > s.first && d.isComma(q) && st != sumber.Neither && d.placeTime(r.next, end) {
		return true
	}
	// "Riot leaves nine dead, ministry says; union puts toll higher": a
	// semicolon right after the cue closes its clause, as a period would
	if subject && q > s.first && d.isComma(q) && d.toks[r.next].low == ";" {
		return true
	}
	// "…, Trung tá Oren Pask nói với Lao Động.": only the one told, by name
	if subject && q > s.first && d.isComma(q) && st != sumber.Neither {
		if n := d.l.is(wToPrep, d.toks, r.next); n > 0 && r.next+n < end && end-(r.next+n) <= 5 && d.allNames(r.next+n, end) {
			return true
		}
	}
	// "“…”, Đại tá X nói và cho biết thêm …", "“…,” the colonel said and
	// added that …": a second cue of the same subject follows; the first
	// one's content is before it
	if subject && q > s.first && d.isComma(q) {
		if n := d.l.is(wCoord, d.toks, r.next); n > 0 && r.next+n < end && d.l.cueAt(d.toks[:end], r.next+n) != nil {
			return true
		}
	}
	// "…, the commission said on Monday after revising its count": an
	// optional date, then a clause of time opened by a preposition and a
	// gerund, with no complementizer in it, ends the sentence
	if subject && q > s.first && d.isComma(q) && st != sumber.Neither && d.gerundTail(r.next, end) {
		return true
	}
	// "…, officials said earlier this month.", "…, kata Kepala BPS pekan
	// lalu.", "…, Bộ Công Thương cho biết tuần trước.": only a time follows
	if subject && q > s.first && d.isComma(q) && st != sumber.Neither && d.strictDate(d.skipTiming(r.next, end), end) {
		return true
	}
	if subject && q > s.first && d.isComma(q) && st != sumber.Neither && d.dateThenParticiple(r.end-r.tail, r.end) {
		return true
	}
	// "…, the operator said, in the third attack on shipping this month.":
	// after a comma, a prepositional phrase with no verb of its own ends
	// the sentence; it frames the event, and the clause before the subject
	// is what was said
	if subject && q > s.first && d.isComma(q) && st != sumber.Neither && d.isComma(r.next-1) && d.prepTail(r.next, end) {
		return true
	}
	// "…, aid groups said Tuesday, as both sides traded blame": a date
	// and then a new clause after a comma
	k := r.next
	if n := d.l.is(wTemporal, d.toks, k); n > 0 {
		k += n
	}
	m := k
	for m < end && m-k < 8 && !d.isComma(m) {
		m++
	}
	if k > 0 && d.isComma(k-1) && d.toks[k-1].low == "," {
		// "…, a spokesman said, adding that …": the comma right after the cue
		// was skipped
		m = k - 1
	}
	if m >= end || !d.isComma(m) {
		return false
	}
	// "…, X said in a statement, saying …": a date or a short circumstance
	// before the comma (in a title-case headline every word is capitalised,
	// so only a date word or a number makes a date: "Vell Says Port Is
	// Safe, But …" has its content after the cue)
	if d.dateLike(k, m) && (!d.titleCase(s) || d.timeLike(k, m)) && (d.l.is(wBoundary, d.toks, m+1) > 0 || d.l.is(wBreak, d.toks, m+1) > 0) {
		return true
	}
	// "…, the envoy said Thursday, four months after both sides denied
	// …": a date, then a clause of time measured from it
	if subject && q > s.first && d.isComma(q) && st != sumber.Neither && d.dateLike(k, m) && d.l.is(wBoundary, d.toks, d.spanBefore(m+1, end)) > 0 {
		return true
	}
	// "…, the agency said Tuesday, a sharp revision that …": a date, then
	// a noun phrase that sums up what was said before the subject
	if subject && q > s.first && d.isComma(q) && st != sumber.Neither && (m > k && d.strictDate(k, m) || m == k) &&
		d.indefinite(m+1) {
		return true
	}
	// "…, a spokesman said, adding that …", "…, X said in a statement,
	// saying …": with a clause before the subject to be the content, and
	// nothing but a date or a circumstance between the cue and the comma
	// ("…, it declined, citing …" declines without a content)
	before := q > s.first && (d.isComma(q) || d.toks[q].kind == quote)
	// (a circumstance may open with a preposition of time: "on a call
	// with analysts")
	if !before || st == sumber.Neither || !(m < k || d.strictDate(k, m) || d.circumstance(k, m) || d.circumstance(r.next, m) || d.placeTime(r.next, m)) || d.l.is(wComp, d.toks, m+1) > 0 {
		return false
	}
	if d.l.is(wBoundary, d.toks, m+1) > 0 || d.l.is(wBreak, d.toks, m+1) > 0 {
		return true
	}
	// (also a phrasal verb's participle: "…, the bureau said Tuesday,
	// pointing to fuel costs")
	c := d.l.cueAt(d.toks, m+1)
	return c != nil && d.l.participle(c)
}

// negSubject reports a subject opened by a word that negates the verb
// (class neg-subject: "Neither government would confirm", "Neither the
// ministry nor the company responded"): it stands at the start of the
// sentence or after a comma, at most eight tokens before the cue at k,
// with no other cue between.
func (d *doc) negSubject(k int, s sentence) bool {
	for m := k - 1; m >= s.first && k-m <= 8; m-- {
		if d.isSep(m) || d.toks[m].kind == quote {
			return false
		}
		if d.l.is(wNegSubject, d.toks, m) > 0 {
			return m == s.first || d.isSep(m-1) || m == d.leadingConnectors(s.first, k)
		}
		if d.hasCue(m, m+1) {
			return false
		}
	}
	return false
}

// titleBeforeAged returns the start of a title that opens the sentence
// before a subject [a, b) made of a name and an age between commas
// ("Kestrel's chief executive, Henrik Adler, 58, disputed …": the title,
// the name and the age are the source), or a. The title is short, holds
// no cue and ends in a lower-case word (English only).
func (d *doc) titleBeforeAged(a, b int, s sentence) int {
	if !d.l.has(fTitleBeforeAged) || b-a < 3 || d.toks[b-1].kind != number || !d.isComma(b-2) || !d.endsInName(a, b-2) || a-2 < s.first || !d.isComma(a-1) {
		return a
	}
	t := d.leadingConnectors(s.first, a-1)
	if a-1-t < 2 || a-1-t > 6 || d.hasCue(t, a-1) || d.toks[a-2].kind != word || d.toks[a-2].upper {
		return a
	}
	for m := t; m < a-1; m++ {
		if d.isSep(m) || d.hard(m) || d.toks[m].kind == quote {
			return a
		}
	}
	return t
}

// spanBefore skips a span of time that measures a clause of time
// ("weeks after", "four months after", "a day before") from token k: at
// most one word before a unit of time (class span-unit). It returns k
// when there is none.
func (d *doc) spanBefore(k, end int) int {
	for m := k; m < end && m <= k+1; m++ {
		if n := d.l.is(wSpanUnit, d.toks, m); n > 0 {
			return m + n
		}
		if d.toks[m].kind != word && d.toks[m].kind != number {
			break
		}
	}
	return k
}

// inPassiveAside reports a cue [i, j) that closes a passive relative
// aside between commas ("Ông X, người được bộ thông báo, nói …", class
// passive-relative): it tells what was done to the noun before the
// aside, who is no speaker of it, and the aside stays in that noun's
// source.
func (d *doc) inPassiveAside(s sentence, i, j int) bool {
	if j >= s.last || !d.isComma(j) {
		return false
	}
	for m := i - 1; m > s.first && i-m <= 10; m-- {
		if d.isComma(m) {
			return m+1 < i && d.l.is(wPassiveRelative, d.toks, m+1) > 0
		}
		if d.hard(m) || d.toks[m].kind == quote {
			return false
		}
	}
	return false
}

// pastCueBefore reports an attribution of sentence si, found before
// offset pos, whose cue is an English past form ("said", "told",
// "reported"), so that a clause after it is told in the past.
func (d *doc) pastCueBefore(si, pos int) bool {
	for k := len(d.atts) - 1; k >= 0 && d.atts[k].sent == si; k-- {
		if y := d.atts[k]; y.cue.e <= pos {
			w := strings.ToLower(d.text[y.cue.s:y.cue.e])
			if d.l.suffix(aPast, w) || d.l.isWord(wPastIrregular, w) {
				return true
			}
		}
	}
	return false
}

// amountAt reports an amount of money that a preposition follows where a
// subject would stand at [a, b): "spent $2 billion of its reserves
// defending the ren", "400 dollars of it". Such an amount says nothing;
// the cue after it is a participle of the clause. (A share may speak, "52
// percent said", and a speaker may follow an amount in a relative clause
// without "that": "the $20 million experts say it costs".)
func (d *doc) amountAt(a, b int) bool {
	if !d.l.has(fAmountSubject) || a >= b || d.toks[a].kind != number {
		return false
	}
	m := a + 1
	cur := a > 0 && isCurrencySign(d.toks[a-1].low)
	for m < b {
		if d.l.is(wAmountScale, d.toks, m) == 1 {
			m++
			continue
		}
		if d.l.is(wAmountCurrency, d.toks, m) == 1 {
			cur = true
			m++
			continue
		}
		break
	}
	if !cur || m >= b {
		return false
	}
	return d.l.is(wAmountPrep, d.toks, m) > 0
}

// comparisonAt reports an English multiple at k that compares a figure
// with another: "four times the figure", "3 times", "twice", "double",
// also after a bound ("more than twice").
func (d *doc) comparisonAt(k, end int) bool {
	if !d.l.has(fComparison) || k >= end {
		return false
	}
	if n := d.l.is(wMultBound, d.toks, k); n > 0 && k+n < end {
		k += n // "more than twice the toll", "nearly three times the figure"
	}
	if d.l.is(wMultiple, d.toks, k) > 0 {
		return true
	}
	return k+1 < end && (d.toks[k].kind == number || d.l.is(wCount, d.toks, k) > 0) && d.l.is(wTimes, d.toks, k+1) > 0
}

// dateThenParticiple reports "…, the office said on Wednesday, raising an
// earlier toll": after the cue ending at j only a date, a comma and a
// participle clause of the reporter's follow.
func (d *doc) dateThenParticiple(j, end int) bool {
	m := j
	for m < end && m-j < 6 && !d.isComma(m) {
		m++
	}
	if m == j || m+1 >= end || !d.isComma(m) {
		return false
	}
	t := d.toks[m+1]
	if t.kind != word || t.upper || len(t.low) <= 4 || !d.l.suffix(aGerund, t.low) || d.l.cueAt(d.toks, m+1) != nil {
		return false
	}
	from := j
	if n := d.l.is(wTemporal, d.toks, from); n > 0 {
		from += n
	}
	return d.strictDate(from, m)
}

// placeTime reports whether tokens [a, b) are a short circumstance of
// place and time after a cue: "in Jakarta on Wednesday", "di Jakarta,
// Rabu (12/6)", "tại Hà Nội hôm 12/6", "in a statement": it opens with a
// preposition, and every later word is a name, a number, a date word, a
// preposition or a determiner (or it is at most four tokens long).
func (d *doc) placeTime(a, b int) bool {
	l := d.l
	if b-a < 2 || b-a > 12 || (l.is(wTemporal, d.toks, a) == 0 && l.is(wAside, d.toks, a) == 0) {
		return false
	}
	if b-a <= 4 && d.circumstance(a, b) {
		return true
	}
	// "at a briefing on Monday", "tại họp báo chiều 5/10": a short
	// circumstance that ends in a date
	if b-a <= 8 && d.circumstance(a, b) {
		for m := a + 2; m < b; m++ {
			if d.strictDate(m, b) {
				return true
			}
		}
	}
	return d.namesDates(a, b)
}

// namesDates reports whether tokens [a, b) hold only names, numbers, date
// words, prepositions, determiners, brackets and commas: "Rabu (12/6)",
// "Senayan, Jakarta, Selasa".
func (d *doc) namesDates(a, b int) bool {
	l := d.l
	for k := a; k < b; k++ {
		t := d.toks[k]
		switch {
		case t.kind == number, t.low == "(", t.low == ")", t.low == ",", t.kind == word && t.upper:
		case l.is(wDateWord, d.toks, k) > 0, l.is(wTemporal, d.toks, k) > 0, l.is(wAside, d.toks, k) > 0, l.is(wDet, d.toks, k) > 0:
		default:
			return false
		}
	}
	return true
}

func (d *doc) isRelay(k int) bool {
	c := d.l.cueAt(d.toks, k)
	return c != nil && (c.frame == fRelay || (c.frame == fRelayC && d.citesSource(k+len(c.seq))))
}

// citesSource reports whether the phrase at k names a source that can be
// relayed: an outlet, a name, or a source noun ("officials", "a report",
// "sumber intelijen", "nguồn tin"). "Citing low growth" gives a reason,
// and is a claim of its own.
func (d *doc) citesSource(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	b := d.npRight(k, min(len(d.toks), k+d.npLimit()))
	if _, ok := d.outlet(k, b); ok {
		return true
	}
	for m := k; m < b; m++ {
		if d.l.is(wSourceNoun, d.toks, m) > 0 {
			return true
		}
	}
	for m := k; m < b && m-k < 3; m++ {
		if d.toks[m].upper && d.toks[m].kind == word {
			return true
		}
	}
	return false
}

// relay reads "mengutip X" at k: X becomes the origin, and the clause
// subject a via; a passive relay ("quoted by X") makes X a via of the
// subject instead. It returns the token after the relay phrase.
func (d *doc) relay(x *att, k, end int) int {
	c := d.l.cueAt(d.toks, k)
	a := k + len(c.seq)
	b := d.npRight(a, end)
	a2, b2 := d.trimNP(a, b)
	if b2 > a2 {
		o, _ := d.outlet(a2, b2)
		if d.verbBy(k, len(c.seq)) {
			// "the ministry, quoted by AP, said": the agent relays the subject
			if o == "" {
				o = d.actorName(a2, b2)
			}
			x.via = append(x.via, via{sp: d.tokSpan(a2, b2), actor: o})
		} else {
			x.origin = &via{sp: d.tokSpan(a2, b2), actor: o}
		}
	}
	if b < end && d.isComma(b) {
		b++
	}
	return b
}

// verbalAfterAux reports whether the cue [k, j) is a verb by its form: a
// participle after an auxiliary ("is questioning", "has questioned", "’s
// thanking") followed by a wh-clause or an object rather than a
// preposition ("Governor Sari is questioning whether …").
func (d *doc) verbalAfterAux(k, j int, s sentence) bool {
	if !d.l.has(fVerbalAfterAux) || k-1 < s.first || j >= s.last {
		return false
	}
	last := d.toks[j-1].low
	if !d.l.suffix(aGerund, last) && !d.l.suffix(aPast, last) {
		return false
	}
	p := k - 1
	for p > s.first && d.l.ends(wTrim, d.toks, p) > 0 && d.l.ends(wAux, d.toks, p) == 0 {
		p -= d.l.ends(wTrim, d.toks, p)
	}
	if d.l.ends(wAux, d.toks, p) == 0 {
		return false
	}
	n := d.toks[j]
	return d.l.is(wWh, d.toks, j) > 0 || (n.kind == word && d.l.is(wNotSubject, d.toks, j) == 0 && !isTerminal(n))
}

// reports reports whether a stance is a report of what was said rather
// than a view held: assert, claim, confirm, deny, neither.
func reports(st sumber.Stance) bool {
	switch st {
	case sumber.Assert, sumber.Claim, sumber.Confirm, sumber.Deny, sumber.Neither:
		return true
	}
	return false
}

// beforePlace looks left from the comma at q, which follows a name, for
// the asides of a person's description: a place introduced by "of" or
// "from" and an age ("Marta Ilyin, 34, of Kestrel, Varesia, says"). When
// it finds one, it returns the name before them and the comma before
// that name's chunk.
//
// In Vietnamese the place may run on in a lower-case chunk of its own (a
// commune after the village: "Bà X, 58 tuổi, ở thôn Y, xã Z, kể") and the
// age has its word ("58 tuổi").
func (d *doc) beforePlace(q, lim int) (a, b, nq int, ok bool) {
	place := false
	for tries := 0; tries < 4 && d.isComma(q) && q > lim; tries++ {
		c := d.npLeft(q-1, lim)
		if c+1 >= q {
			return 0, 0, 0, false
		}
		switch {
		case d.l.is(wNotSubject, d.toks, c+1) > 0 && q-(c+1) <= 5:
			place = true
		case d.l.has(fPlaceName) && !place && tries == 0 && !d.toks[c+1].upper && d.toks[c+1].kind == word && q-(c+1) <= 5 && d.endsInName(c+1, q):
			// (a place named by its kind, the commune of the village)
		case q-(c+1) == 2 && d.toks[c+1].kind == number && d.l.is(wAge, d.toks, c+2) == 1:
		case q-(c+1) == 1 && d.toks[c+1].kind == number:
		case place && d.endsInName(c+1, q):
			a, b = d.trimNP(c+1, q)
			return a, b, c, b > a
		default:
			return 0, 0, 0, false
		}
		q = c
	}
	return 0, 0, 0, false
}

// placeTail reports a Vietnamese subject chunk [a, b) after the comma q
// that is a place named by its kind ("quận Dorvan", "xã Tân Perl") while
// the chunk before the comma ends in a place after "ở" (class
// not-subject): "Hơn 200 hộ dân ở phường Kerl, quận Dorvan". It returns
// where the subject opens, the start of the chunk before the comma.
func (d *doc) placeTail(a, b, q, lim int) (int, bool) {
	if o := d.closingAside(a, b); o > a {
		b = o // "quận Dorvan (thành phố Orvik)"
	}
	if !d.l.has(fPlaceName) || b-a < 2 || b-a > 5 || !d.isComma(q) || q <= lim || d.toks[a].upper || d.toks[a].kind != word || !d.kindName(a+1, b) {
		return 0, false
	}
	for p := q - 2; p > lim+1 && q-p <= 5; p-- {
		if d.isSep(p) {
			return 0, false
		}
		if d.l.is(wAtPlace, d.toks, p) > 0 && d.l.is(wNotSubject, d.toks, p) > 0 && q-p >= 3 && !d.toks[p+1].upper && d.kindName(p+2, q) {
			c := d.npLeft(p-1, lim)
			// (not a circumstance: "Sau buổi họp ở phường X, quận Y …")
			if na, nb := d.trimNP(c+1, p); nb > na && !d.hasCue(na, nb) && d.l.is(wCircumstance, d.toks, na) == 0 && d.l.is(wBoundary, d.toks, na) == 0 && d.l.is(wAside, d.toks, na) == 0 {
				return na, true
			}
			return 0, false
		}
		// "Nhiều nông dân xã Tân Brell, huyện Long Orsa": a place named by
		// its kind right after a noun of people, who live there
		if !d.toks[p].upper && d.toks[p].kind == word && d.l.is(wAtPlace, d.toks, p) == 0 && d.kindName(p+1, q) && p-1 > lim && d.l.ends(wPeopleNoun, d.toks, p-1) > 0 {
			c := d.npLeft(p-1, lim)
			if na, nb := d.trimNP(c+1, p); nb > na && !d.hasCue(na, nb) && d.l.is(wCircumstance, d.toks, na) == 0 && d.l.is(wBoundary, d.toks, na) == 0 && d.l.is(wAside, d.toks, na) == 0 {
				return na, true
			}
			return 0, false
		}
	}
	return 0, false
}

// kindName reports tokens [a, b) that are all capitalised words: the
// name after a place's kind ("Dorvan" in "quận Dorvan").
func (d *doc) kindName(a, b int) bool {
	if b <= a {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind != word || !d.toks[k].upper {
			return false
		}
	}
	return true
}

// mediumCut ends a subject [a, b) before the medium it speaks through:
// "Polisi dalam laporannya menyebutkan", "Kementerian dalam keterangan
// tertulis menyatakan", "Lembaga survei X dalam hitung cepatnya mencatat".
// The medium is a lower-case preposition of the class medium opening a
// short phrase that ends in a possessive -nya or starts with a document
// (class vehicle) or a statement phrase (class addressee).
//
// A medium whose phrase is a possessed noun and a name between commas
// ("melalui kuasa hukumnya, Hendra Wijaya") is a person speaking for the
// subject: person is then true.
func (d *doc) mediumCut(a, b int) (cut int, person bool) {
	for r := a + 1; r < b-1; r++ {
		if d.toks[r].upper || d.l.is(wMedium, d.toks, r) == 0 {
			continue
		}
		for m := r + 2; m < b-1 && m-r <= 5; m++ {
			if d.isComma(m) && d.l.suffix(aNya, d.toks[m-1].low) && d.endsInName(m+1, b) && b-m <= 5 {
				return r, true
			}
		}
		if b-r > 6 {
			return b, false
		}
		last := d.toks[b-1].low
		// (a medium of several words is whole by itself: "ra thông cáo")
		if (d.l.suffix(aNya, last) && len(last) > 4) || d.l.is(wVehicle, d.toks, r+1) > 0 || d.l.is(wAddressee, d.toks, r) > 0 || d.l.is(wMedium, d.toks, r) > 1 {
			return r, false
		}
		return b, false
	}
	return b, false
}

// prepAside returns the comma that opens an according-to aside closed by
// the comma q just before a cue, as in "Mika Stern, seperti dilansir
// AFP, menilai" or "the agency, according to Reuters, said", or -1. The
// aside's outlet relays; the subject is before it.
func (d *doc) prepAside(q, lim int) int {
	for m := q - 1; m > lim && q-m <= 7; m-- {
		if d.isComma(m) {
			c := d.l.cueAt(d.toks, m+1)
			if c != nil && (c.frame == fPrep || c.frame == fPrepC) && m+1+len(c.seq) < q {
				return m
			}
			return -1
		}
	}
	return -1
}

// headlineParticiple ends the content of an English headline's cue
// before a comma and a participle of the writer's: in "Bank sees slower
// growth, clashing with ministry" the bank sees "slower growth". A
// headline is a line of its own without a stop.
//
// An Indonesian title-case headline joins its clauses with a comma: in
// "Dinkes Bantah Obat Batuk Picu Gagal Ginjal, Tiga Penjual Ditangkap"
// the denial ends at the comma, and the next clause is the writer's.
func (d *doc) headlineParticiple(x *att, k int, s sentence) {
	if !(s.first == 0 || d.toks[s.first].nl) || isTerminal(d.toks[s.last-1]) ||
		s.last < len(d.toks) && !d.toks[s.last].nl {
		return
	}
	if d.l.has(fTitlecaseHeadline) {
		if !d.titleCase(s) {
			return
		}
		for m := k + 2; m+2 < s.last && d.toks[m].start < x.content.e; m++ {
			if d.isComma(m) && d.toks[m+1].kind == word && d.toks[m+1].upper && d.toks[m+2].kind == word {
				x.content.e = d.toks[m-1].end
				return
			}
		}
		return
	}
	if !d.l.has(fHeadlineParticiple) {
		return
	}
	for m := k + 1; m+1 < s.last && d.toks[m].start < x.content.e; m++ {
		if t := d.toks[m+1]; d.isComma(m) && t.kind == word && !t.upper && len(t.low) > 4 && d.l.suffix(aGerund, t.low) {
			x.content.e = d.toks[m-1].end
			return
		}
	}
}

// headlineVerb reports whether the cue at k is the verb of a title-case
// headline after a capitalised subject [a, b) that is a name, not a
// determined noun: "Glenn Beck Blasts Drudge", not "The Hellish View".
// Headlines give no other evidence that a form such as "Blasts" is a verb.
// A teaser word is no subject: "Ini Kata BMKG soal …" ("here is what …").
// A sentence-case headline (Vietnamese and Indonesian sites write them so)
// gives its bare verb after a subject that follows the event it comments
// on: "Hơn 70 tấn cá chết trên sông Meren, sở môi trường nghi do nhà máy
// xả thải".
func (d *doc) headlineVerb(a, b, k int, s sentence) bool {
	if b > a && b == k && a > s.first && d.isComma(a-1) && d.plainHeadline(s) && d.l.is(wDet, d.toks, a) == 0 {
		return true
	}
	return b > a && b == k && d.toks[k].upper && d.toks[b-1].upper && d.l.is(wDet, d.toks, a) == 0 && d.l.is(wTeaser, d.toks, a) == 0 && d.titleCase(s)
}

// bareHeadlineVerb reports whether the cue at k is the verb of a
// sentence-case headline, the text's first line with its body after it,
// right after the bare noun phrase of one to four words that opens the
// line, its head noun the only lower-case word besides hyphenated ones:
// "Port officials welcome ferry plan", "Tavor lawmaker wants port sold".
// Headlines drop the article a subject would have in running text, so no
// determiner opens it. It is evidence for a form that is also a noun and
// for one that needs a named subject.
func (d *doc) bareHeadlineVerb(a, b, k int, s sentence) bool {
	if !d.l.has(fBareHeadlineVerb) || s.first != 0 || a != s.first || b != k || b-a > 4 || s.last >= len(d.toks) || !d.toks[s.last].nl ||
		d.toks[k].upper || d.l.is(wDet, d.toks, a) > 0 || d.titleCase(s) {
		return false
	}
	// (the head noun ends the subject, after capitalised or hyphenated
	// modifiers: "E.U. leaders weigh plans" has a verb before the cue)
	for m := a; m < b; m++ {
		if d.toks[m].kind != word || m < b-1 && !d.toks[m].upper && d.l.is(wDet, d.toks, m) == 0 && !strings.Contains(d.toks[m].low, "-") {
			return false
		}
	}
	return true
}

// plainHeadline reports the document's opening line when it is a
// headline: a paragraph of its own that ends without a full stop.
func (d *doc) plainHeadline(s sentence) bool {
	if s.first != 0 || s.last <= s.first || isTerminal(d.toks[s.last-1]) {
		return false
	}
	return s.last == len(d.toks) || d.toks[s.last].nl
}

// circumstance reports whether tokens [a, b) are a prepositional phrase
// of circumstance between a cue and its complementizer: "said in a
// statement on its website that", "mengatakan dalam konferensi pers di
// Jakarta bahwa", "cho biết trong bài phát biểu tối rằng". It must open
// with a preposition and hold no punctuation, quotation or other cue.
func (d *doc) circumstance(a, b int) bool {
	if b-a < 2 || (d.l.is(wAside, d.toks, a) == 0 && d.l.is(wTemporal, d.toks, a) == 0) {
		return false
	}
	for m := a; m < b; m++ {
		if d.hard(m) && d.toks[m].low != "(" && d.toks[m].low != ")" {
			return false
		}
		// (a bare cue form right after the preposition is a claim noun whose
		// complement the clause is: "comment on reports that …")
		if m > a && d.l.cueAt(d.toks[:b], m) != nil && (m == a+1 || d.cueContext(sentence{a, b}, m) && !d.nounParticiple(a, m)) {
			return false
		}
	}
	return true
}

// bareDate returns the length of a short date at k, of date words and
// numbers with a name or a number in it, that stands before the subject
// of a clause (a pronoun, a determiner or a name): "Tuesday it had", "late
// Monday the ministry". It returns 0 otherwise.
func (d *doc) bareDate(k, end int) int {
	for n := 5; n >= 1; n-- {
		b := k + n
		if b+1 >= end || !d.strictDate(k, b) {
			continue
		}
		named := false
		for m := k; m < b; m++ {
			named = named || d.toks[m].upper || d.toks[m].kind == number
		}
		t := d.toks[b]
		if named && t.kind == word && d.l.is(wComp, d.toks, b) == 0 && (d.l.is(wPronSg, d.toks, b) > 0 || d.l.is(wPronPl, d.toks, b) > 0 || d.l.is(wDet, d.toks, b) > 0 || t.upper) {
			return n
		}
	}
	return 0
}

// afterVehicle reports that tokens [k, look) continue a circumstance
// skipped from addr ("in a statement") up to a complementizer at look: a
// participle of its noun ("in a statement posted on Telegram that") or a
// few plain words ("in a statement on its website that").
func (d *doc) afterVehicle(addr, k, look int) bool {
	if !d.nounParticiple(addr, k) && look-k > 3 {
		return false
	}
	for m := k; m < look; m++ {
		if d.toks[m].kind != word && d.toks[m].kind != number {
			return false
		}
	}
	return d.circumstance(addr, look)
}

// nounParticiple reports a participle at m that modifies the determined
// noun before it inside a phrase opening at a with a preposition: "in a
// statement posted on Telegram", "in a video released late Monday". It is
// no cue there.
func (d *doc) nounParticiple(a, m int) bool {
	t := d.toks[m]
	if m-3 < a || !d.l.suffix(aPast, t.low) || t.upper {
		return false
	}
	p, n := m-3, m+1
	// a circumstance follows it ("posted on", "released late Monday"), not
	// an object ("someone in the crowd shouted “…”", "in the past described X")
	if n >= len(d.toks) || !(d.l.is(wAside, d.toks, n) > 0 || d.l.is(wTemporal, d.toks, n) > 0 || d.l.is(wDateWord, d.toks, n) > 0) {
		return false
	}
	return (d.l.is(wAside, d.toks, p) > 0 || d.l.is(wTemporal, d.toks, p) > 0) &&
		d.l.is(wDet, d.toks, m-2) > 0 && d.toks[m-1].kind == word && !d.toks[m-1].upper
}

// commentTopic drops the content after a no-comment cue when it is a
// request for comment, which is no topic ("chưa phản hồi đề nghị bình
// luận của báo Lumora" has none).
func (d *doc) commentTopic(x *att, j int, s sentence) {
	k := d.tokenAt(x.content.s)
	if k < j || k >= s.last {
		return
	}
	if n := d.l.is(wCommentRequest, d.toks, k); n > 0 {
		// a request naming its topic after a preposition keeps the topic:
		// "từ chối trả lời câu hỏi về nguyên nhân vụ cháy" → "nguyên nhân vụ cháy"
		for m := k + n; m < s.last && m-k <= 6 && d.toks[m].start < x.content.e && !d.isSep(m) && !d.hard(m); m++ {
			if t := d.l.is(wTopic, d.toks, m); t > 0 && m+t < s.last && d.toks[m+t].start < x.content.e {
				x.content = d.trimSpan(span{d.toks[m+t].start, x.content.e})
				return
			}
		}
		x.content = span{}
	}
}

// objectRelative reports a subject that holds a relative word standing for
// the object of the cue: in "con số 3.500 tỷ đồng mà cơ quan quản lý công
// bố" the cue describes the figure before it and claims nothing of its own.
func (d *doc) objectRelative(a, b int) bool {
	for k := a; k < b; k++ {
		if d.l.is(wObjectRelative, d.toks, k) > 0 {
			return true
		}
	}
	return false
}

// dateOnly reports a Vietnamese span [a, b) of date words and numbers
// only that opens with a date word: "hồi tháng 8", "tuần qua" (a bare
// number, "43 said", is a count of people; English date words such as
// "this", "early", "night" also begin subjects).
func (d *doc) dateOnly(a, b int) bool {
	if b <= a || !d.l.has(fDateOnly) || d.l.is(wDateWord, d.toks, a) == 0 {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind != number && d.l.is(wDateWord, d.toks, k) == 0 {
			return false
		}
	}
	return true
}

// figureSubject reports a subject [a, b) headed by a figure noun, naming
// no agent, before a cue that a number follows: "thiệt hại ban đầu ước tính 1.450 tỷ đồng",
// "con số dự báo 6%" say what a figure is estimated at; nobody claims it.
func (d *doc) figureSubject(a, b, j int, s sentence) bool {
	if b <= a {
		return false
	}
	for a < b-1 && d.l.is(wDet, d.toks, a) > 0 {
		a += d.l.is(wDet, d.toks, a)
	}
	if d.namedIn(a, b) {
		return false // "Data yang dirilis Kementerian Kesehatan menunjukkan 52 …" names its agent
	}
	// the figure noun heads the subject, or follows a verb of a clause
	// that caused it: "…, gây thiệt hại ước tính 480 tỷ đồng"
	noun := false
	for m := a; m < b && m <= a+2 && !noun; m++ {
		noun = d.l.is(wFigureNoun, d.toks, m) > 0 && (m == a || a > 0 && d.isComma(a-1))
	}
	if !noun {
		return false
	}
	for m := j; m < s.last && m <= j+2; m++ {
		if t := d.toks[m]; t.kind == number {
			return true
		} else if t.kind != word || t.upper {
			return false
		}
	}
	return false
}

// dateThenComma returns the comma that closes a date starting at token k,
// after an optional preposition of time ("in June,", "on Monday,",
// "last week,"), or -1.
func (d *doc) dateThenComma(k, end int) int {
	for e := k + 1; e < end && e-k <= 5; e++ {
		if d.isComma(e) {
			a := k + d.l.is(wTemporal, d.toks, k)
			// (a part of the day that is also a preposition before digits
			// alone: "Chiều 19/8,")
			if a < e && (d.strictDate(a, e) || d.strictDate(k, e) || d.dateCovers(k, e)) {
				return e
			}
			return -1
		}
		if d.hard(e) {
			return -1
		}
	}
	return -1
}

// gerundTail reports whether tokens [k, end) are an optional date and
// then a preposition with a gerund ("on Monday after revising its count",
// "before leaving the talks"), with no complementizer after it.
func (d *doc) gerundTail(k, end int) bool {
	for g := k; g < end && g-k <= 5; g++ {
		n := d.l.is(wGerundPrep, d.toks, g)
		if n == 0 {
			continue
		}
		if g+n >= end || d.toks[g+n].kind != word || !d.l.suffix(aGerund, d.toks[g+n].low) {
			return false
		}
		a := k
		if t := d.l.is(wTemporal, d.toks, a); t > 0 {
			a += t
		}
		if g != k && !d.strictDate(a, g) {
			return false
		}
		for m := g + n; m < end; m++ {
			if d.l.is(wComp, d.toks, m) > 0 || d.isComma(m) {
				return false
			}
		}
		return true
	}
	return false
}

// skipTiming skips a timing word ("earlier", "sebelumnya") at k, before a
// time: "earlier this month".
func (d *doc) skipTiming(k, end int) int {
	if n := d.l.is(wEarlier, d.toks, k); n > 0 && k+n < end {
		return k + n
	}
	if n := d.l.is(wLater, d.toks, k); n > 0 && k+n < end {
		return k + n
	}
	return k
}

// clauseAhead reports whether tokens [a, end) hold an auxiliary or a
// copula within their first five words: "the deal was dead".
func (d *doc) clauseAhead(a, end int) bool {
	for k := a; k < end && k-a < 6; k++ {
		if d.isComma(k) {
			return false
		}
		if d.l.is(wAux, d.toks, k) > 0 || d.l.is(wModal, d.toks, k) > 0 {
			return true
		}
	}
	return false
}

// changeAhead reports whether the clause after a revision verb at j names
// a figure noun, then a change marker and a number within a few words:
// "its estimate of the dead to 67", "jumlah korban tewas menjadi 67 orang",
// "con số lên 67 người", "the death toll at 81".
func (d *doc) changeAhead(j int, s sentence) bool {
	l := d.l
	noun, quantity := false, false
	for m := j; m < s.last && m-j < 20; m++ {
		if d.hard(m) || d.isComma(m) {
			return false
		}
		// (in Vietnamese the revised noun opens the object: "nâng số người
		// chết lên 80", "hạ dự báo xuống"; a figure noun's syllable inside
		// another noun is none: "nâng lưu lượng xả lên 2.400 m³/s" is an act)
		if l.is(wFigureNoun, d.toks, m) > 0 && (!l.has(fSyllables) || m == j || m == j+1 && (l.is(wDet, d.toks, j) > 0 || l.is(wNounDet, d.toks, j) > 0)) {
			noun = true
		}
		// "put the number of pangolins far higher": a comparative after a
		// figure noun, or a noun of quantity (class compare-noun), places
		// the figure without a number (class estimate-compare)
		if (noun || quantity) && l.is(wEstimateCompare, d.toks, m) > 0 {
			return true
		}
		if l.is(wCompareNoun, d.toks, m) > 0 {
			quantity = true
		}
		if n := l.is(wChangeTo, d.toks, m); n > 0 {
			// a currency sign may stand before the number: "at $40 million";
			// and a quotation mark: "at "no more than 90 tonnes""
			q := 0
			if m+n < s.last && d.toks[m+n].kind == quote {
				q = 1
			}
			for t := m + n + q; t < s.last && t-(m+n+q) < 4 && (!d.hard(t) || isCurrencySign(d.toks[t].low)); t++ {
				if d.toks[t].kind == number || d.numberWord(t) {
					// "put the crowd at 8,000": a figure placed at a number
					// (class estimate-at) is an estimate whatever it counts
					if noun || l.is(wEstimateAt, d.toks, m) > 0 || d.countsVictims(j, t, s) {
						return true
					}
					break // "who travelled to the final at 12,000": a later marker may place it
				}
			}
		}
	}
	return false
}

// postAppositive reads a speaker named after a title between commas
// before the comma p that precedes the cue: "…, the service's chief,
// Matti Lahti, told AFP", "…, Amsel Ferries' chief executive, Petra
// Sund, said". The title opens with an article, a possessive pronoun or
// a possessive name and ends in a lower-case word. It returns the comma
// before the title and the last token of the name, or -1, -1.
func (d *doc) postAppositive(p, floor int) (int, int) {
	if !d.l.has(fTitleAfterClaim) || p-3 <= floor || !d.isComma(p) {
		return -1, -1
	}
	nm := p
	for nm-1 > floor && p-nm < 4 && d.toks[nm-1].kind == word && d.toks[nm-1].upper {
		nm--
	}
	if nm == p || nm-2 <= floor || !d.isComma(nm-1) || d.toks[nm-2].kind != word || d.toks[nm-2].upper {
		return -1, -1
	}
	for t := nm - 2; t > floor && nm-1-t <= 7; t-- {
		if d.isComma(t) {
			if t+1 >= nm-1 || d.hasCue(t+1, nm-1) {
				return -1, -1
			}
			opened := d.article(t+1) || d.l.is(wPronPoss, d.toks, t+1) > 0
			for m := t + 1; m < nm-1 && !opened; m++ {
				// ("Amsel Ferries' chief executive": a plural's apostrophe)
				tk := d.toks[m]
				opened = d.possessiveAt(m) || tk.kind != word && (tk.low == "'" || tk.low == "’") && m > t+1 &&
					d.toks[m-1].end == tk.start && d.l.suffix(aPlural, d.toks[m-1].low)
			}
			if !opened {
				return -1, -1
			}
			return t, p - 1
		}
		if d.isSep(t) || d.hard(t) && !d.possessiveAt(t) || d.toks[t].kind == quote {
			return -1, -1
		}
	}
	return -1, -1
}

// numberWord reports a number spelled as a word at token k ("put the toll
// at seven"), not an article read as one ("at a later date").
func (d *doc) numberWord(k int) bool {
	if d.toks[k].kind != word || d.l.is(wDet, d.toks, k) > 0 || d.indefinite(k) {
		return false
	}
	_, ok := figures.ParseNumber(d.toks[k].low, d.l.code)
	return ok
}

// finiteAfterAside reports an English finite verb form at k (not a
// gerund) right after the comma q that closes an apposition or relative
// clause of the sentence's subject: "The group, which flies its own
// aircraft, put the spill at 15,000 barrels" is a claim of the group, not
// the result of a clause before, as "…, raising the toll to 19" is.
func (d *doc) finiteAfterAside(s sentence, q, k int) bool {
	if !d.l.has(fFiniteAfterAside) || !d.isComma(q) || d.l.suffix(aGerund, d.toks[k].low) {
		return false
	}
	for m := s.first; m < q; m++ {
		if d.isComma(m) {
			return m > s.first && d.toks[s.first].upper
		}
	}
	return false
}

// countsVictims reports whether the number at token t, read as a figure
// from token j on, counts what happened to someone through a count noun
// ("put the number of Lumoran troops killed at nearly 300"): a count of
// victims is reported like a figure noun's; "cut the number of bus routes
// to 12" counts things nothing happened to.
func (d *doc) countsVictims(j, t int, s sentence) bool {
	lo, hi := d.toks[j].start, d.toks[s.last-1].end
	for _, m := range figures.Find(d.text[lo:hi], d.l.code) {
		if lo+m.Start <= d.toks[t].start && d.toks[t].start < lo+m.End {
			return m.Measure != "" && strings.Contains(m.Rule, "count=")
		}
	}
	return false
}

// isCurrencySign reports a currency sign written before an amount.
func isCurrencySign(s string) bool {
	return s == "$" || s == "€" || s == "£" || s == "¥" || s == "₫"
}

// trimTime ends a revision's content before a time, a comma or a clause
// opener (setelah, because) after its figure: in "raised the death toll to
// 81 on Tuesday" the time is when it was said.
func (d *doc) trimTime(x *att, j int, s sentence) {
	end := j
	for end < s.last && d.toks[end].end <= x.content.e {
		end++
	}
	num := false
	for m := j; m < end; m++ {
		if n := d.l.is(wTemporal, d.toks, m); n > 0 && num && m+n < end && d.timeLike(m+n, d.clauseEnd(m+n, end)) {
			x.content.e = d.toks[m-1].end
			return
		}
		// "hạ dự báo xuống 5,6%, từ mức 6,1% hồi tháng 7": the old figure
		// after a comma is no part of the revision
		if num && d.isComma(m) && m > j {
			x.compared = span{d.toks[m].start, x.content.e}
			x.content.e = d.toks[m-1].end
			return
		}
		// "merevisi angka itu menjadi 3.980 ekor setelah hasil uji
		// masuk": a clause opened after the new figure gives the reason or
		// time of the revision, no part of it (a coordinator may join a
		// second figure)
		if num && m > j && d.l.is(wBoundary, d.toks, m) > 0 && d.l.is(wCoord, d.toks, m) == 0 {
			x.content.e = d.toks[m-1].end
			return
		}
		num = num || d.toks[m].kind == number || d.numberWord(m)
	}
}

// onlyStopAfter reports whether nothing but closing punctuation (no comma
// or colon) stands from token m to the end of sentence s.
func (d *doc) onlyStopAfter(m int, s sentence) bool {
	for ; m < s.last; m++ {
		if t := d.toks[m]; t.kind != punct || t.low == "," || t.low == ":" || t.low == ";" {
			return false
		}
	}
	return true
}

// addresseeLen returns the length of an addressee phrase (class
// addressee) at k, or 0. A time phrase that is the subject or the owner of
// what follows is the content's own, no time of the saying: "said last
// year's deficit was …", "said last year was the worst" (a possessive or
// an auxiliary right after it).
func (d *doc) addresseeLen(k int) int {
	n := d.l.is(wAddressee, d.toks, k)
	if n == 0 || k+n >= len(d.toks) {
		return n
	}
	if d.possessiveClitic(k+n) || d.l.is(wAux, d.toks, k+n) > 0 || d.l.is(wCopula, d.toks, k+n) > 0 {
		return 0
	}
	return n
}

// bareAddressee returns the length of a plain noun phrase at k that is
// the addressee of a cue such as "told": an optional article and one to
// three lower-case words that are no cue, pronoun or complementizer,
// followed by what opens the content's clause (a personal pronoun or an
// article) or by an addressee phrase ("by telephone"). It returns 0
// otherwise.
func (d *doc) bareAddressee(k, end int) int {
	l := d.l
	m := k
	if n := l.is(wDet, d.toks, m); n == 1 && d.article(m) {
		m++
	} else if l.is(wNounDet, d.toks, m) == 1 && !d.toks[m].upper && l.is(wDet, d.toks, m) == 0 {
		m++ // "told our teams there were …", "told his staff the plant was safe"
	}
	start := m
	for m < end && m-start < 3 {
		t := d.toks[m]
		if t.kind != word || t.upper || l.is(wComp, d.toks, m) > 0 || l.is(wDet, d.toks, m) > 0 || d.pronounLike(m, m+1) ||
			l.is(wAddressee, d.toks, m) > 0 || l.is(wTemporal, d.toks, m) > 0 || l.is(wExistential, d.toks, m) > 0 || d.hasCue(m, m+1) {
			break
		}
		if l.is(wNounPrep, d.toks, m) > 0 || l.is(wFrontedPrep, d.toks, m) > 0 {
			return 0 // "told the truth about …": a preposition, no bare addressee
		}
		m++
	}
	if m == start || m+1 >= end {
		return 0
	}
	switch {
	case l.is(wPronSg, d.toks, m) > 0 || l.is(wPronPl, d.toks, m) > 0:
	case d.article(m):
	case l.is(wAddressee, d.toks, m) > 0:
	case l.is(wExistential, d.toks, m) > 0: // "told our teams there were …"
	default:
		return 0
	}
	return m - k
}

// trimCountTime ends a content that is a short counted object at a time
// after it: "reported nine deaths on Dec. 5 before …" reports "nine
// deaths", and the date is the report's. Only a count and at most two
// words before the time qualify, and no participle or past tense right
// before it, so that a clause ("said 12 people had died on Monday", "said
// 40 homes burned on Sunday") keeps its own time. English only: an
// Indonesian count keeps its time and what follows ("mencatat 120 titik
// api pada Senin (3/2), naik dari …").
func (d *doc) trimCountTime(x *att, j int, s sentence) {
	if !d.l.has(fTrimCountTime) || j >= s.last || d.toks[j].start != x.content.s || !(d.toks[j].kind == number || d.l.is(wCount, d.toks, j) > 0) {
		return
	}
	for m := j + 1; m < s.last && m <= j+3 && d.toks[m].end <= x.content.e; m++ {
		if d.isComma(m) || d.hasCue(m, m+1) {
			return
		}
		if n := d.l.is(wTemporal, d.toks, m); n > 0 && m+n < s.last && !d.l.suffix(aPast, d.toks[m-1].low) {
			for e := m + n + 1; e <= s.last && e <= m+n+3; e++ {
				if d.timeLike(m+n, e) {
					x.content.e = d.toks[m-1].end
					return
				}
			}
		}
	}
}

// trimLeadDay starts a Vietnamese content after a day that opens it right
// after the cue: in "X cho biết sáng 16/11 bệnh viện đang thiếu …" the
// day (date words and a day/month number) is when X spoke, and what
// follows is what was said. A year alone ("năm 2025 tập đoàn lỗ …") or a
// span ("từ ngày 1/12") stays in the content.
func (d *doc) trimLeadDay(x *att, j int, s sentence) {
	if !d.l.has(fDateOnly) || j >= s.last || d.toks[j].start != x.content.s {
		return
	}
	m, day := j, false
	for m < s.last && m-j < 4 && (d.toks[m].kind == number || d.l.is(wDateWord, d.toks, m) > 0) {
		if d.toks[m].kind == number && strings.Contains(d.toks[m].low, "/") {
			day = true
		}
		m++
	}
	// (it opens with a part of the day or "hôm", "ngày", both a time and a
	// date word: "trước đêm 12/9" (before) stays in the content)
	if !day || m == j || d.l.is(wTemporal, d.toks, j) == 0 || d.l.is(wDateWord, d.toks, j) == 0 {
		return
	}
	if d.isComma(m) {
		m++
	}
	if m+2 < s.last && d.toks[m].kind == word && d.toks[m].end <= x.content.e && !d.hasCue(m, m+1) {
		x.content.s = d.toks[m].start
	}
}

// trimEndTime ends a no-comment's topic before a time that closes it:
// "did not comment on the video on Wednesday" is silent on "the video",
// and Wednesday is when.
func (d *doc) trimEndTime(x *att, j int, s sentence) {
	end := j
	for end < s.last && d.toks[end].end <= x.content.e {
		end++
	}
	for m := j + 1; m < end && end-m <= 5; m++ {
		if n := d.l.is(wTemporal, d.toks, m); n > 0 && m+n < end && d.strictDate(m+n, end) {
			x.content.e = d.toks[m-1].end
			return
		}
	}
}

// clauseEnd returns the first comma in [a, end), or end.
func (d *doc) clauseEnd(a, end int) int {
	for m := a; m < end; m++ {
		if d.isComma(m) {
			return m
		}
	}
	return end
}

// placeBeforeDate returns where the subject ends when a date aside opens
// at the comma m ("Sugiono, Senin (21/10), mengatakan"). A place in front
// of the date is skipped too: between commas ("Rendra, di Virel, Rabu,
// mengatakan", the comma before it kept so that a title and name between
// commas are read as when nothing stood there) or right after a name
// ("Kepala BNPB Rendra di Virel, Rabu, mengatakan").
func (d *doc) placeBeforeDate(m, lim int) int {
	l := d.l
	for k := m - 1; k > lim && m-k <= 5; k-- {
		if l.is(wPlacePrep, d.toks, k) == 0 {
			continue
		}
		if !d.toks[k+1].upper || !d.namesDates(k+1, m) {
			break
		}
		if d.isComma(k-1) && k-1 > lim {
			return k - 1
		}
		if d.toks[k-1].upper && d.toks[k-1].kind == word {
			return k - 1
		}
		break
	}
	// a name between commas ("Kepala X, Mira Solen, Kamis,"): keep the
	// comma after it, read as if it closed on the cue
	n := m - 1
	for n > lim && m-n <= 4 && d.toks[n].kind == word && d.toks[n].upper {
		n--
	}
	if n < m-1 && n > lim && d.isComma(n) {
		return m
	}
	return m - 1
}

// timingOpener strips a word of earlier or later time opening the subject
// at the start of a clause ("Sebelumnya polisi menyebut …", "…,
// sebelumnya polisi menyebut …", "Awalnya kementerian membantah …") and
// gives its timing to the claim. It returns the new start of the subject.
func (d *doc) timingOpener(x *att, a, b int, s sentence) int {
	l := d.l
	if a >= b {
		return a
	}
	// the word left out of the subject already: "…, sebelumnya polisi menyebut"
	if a-1 >= s.first && x.timing == "" {
		if n := l.ends(wEarlier, d.toks, a-1); n > 0 && a-n-1 >= s.first && d.isComma(a-n-1) && !d.toks[a-n].upper {
			x.timing = sumber.Earlier
			return a
		}
	}
	if !(a == s.first || d.isComma(a-1)) {
		return a
	}
	var t sumber.Timing
	n := l.is(wEarlier, d.toks, a)
	if n > 0 {
		t = sumber.Earlier
	} else if n = l.is(wLater, d.toks, a); n > 0 {
		t = sumber.Later
	}
	// followed by a word of the subject, not by an auxiliary ("had") or
	// a comma
	if n == 0 || a+n >= b || d.toks[a+n].kind != word || l.is(wAux, d.toks, a+n) > 0 || d.isComma(a+n) {
		return a
	}
	// two capitals may be one name or title ("First Deputy Minister …")
	if d.toks[a].upper && d.toks[a+n].upper {
		return a
	}
	if x.timing == "" {
		x.timing = t
	}
	return a + n
}

// onlyEvents reports a subject [a, b) made only of event nouns (class
// event: a protest, a march, a petition) and determiners.
func (d *doc) onlyEvents(a, b int) bool {
	l := d.l
	ev := false
	for k := a; k < b; {
		if n := l.is(wEvent, d.toks, k); n > 0 {
			ev = true
			k += n
		} else if n := l.is(wDet, d.toks, k); n > 0 {
			k += n
		} else {
			return false
		}
	}
	return ev
}

// subjectAside returns the end of an English aside set off by commas right
// after a clause subject ending at sb and right before the cue at j
// ("Mr. Pell, a moderate who …, said"; "The survey, conducted by …,
// found"), or -1. An aside holding a cue of its own ("Hale, who had
// denied it, insisted") is left out. The aside opens
// with a relative pronoun, a determiner (an appositive) or a participle.
func (d *doc) subjectAside(sb, q, k int) int {
	if !d.l.has(fSubjectAside) {
		return d.appositionAside(sb, q, k)
	}
	if q != k-1 || !d.isComma(q) {
		return -1
	}
	if !d.isComma(sb) {
		// "A survey by the housing office, published on Monday, found":
		// the subject stopped at the agent or preposition that goes on
		// its noun phrase; the aside opens at the comma after it
		if sb >= q || d.l.is(wAgent, d.toks, sb) == 0 && d.l.is(wNPPrep, d.toks, sb) == 0 {
			return -1
		}
		c := sb + 1
		for c < q && c-sb <= 8 && d.toks[c].kind == word && d.l.cueAt(d.toks[:q], c) == nil && d.l.is(wBoundary, d.toks, c) == 0 {
			c++
		}
		if c >= q || !d.isComma(c) || c == sb+1 {
			return -1
		}
		sb = c
	}
	if q-sb < 3 || q-sb > 25 {
		return -1
	}
	participle := func(m int) bool {
		t := d.toks[m]
		return t.kind == word && !t.upper && len(t.low) > 4 && (d.l.suffix(aPast, t.low) || d.l.suffix(aGerund, t.low))
	}
	// ("first published by …": an adverb may come before the participle)
	if !(d.l.is(wRelative, d.toks, sb+1) > 0 || d.l.is(wDet, d.toks, sb+1) > 0 || participle(sb+1) ||
		d.toks[sb+1].kind == word && !d.toks[sb+1].upper && participle(sb+2)) {
		return -1
	}
	for m := sb + 1; m < q; m++ {
		if d.hard(m) || d.isComma(m) {
			return -1
		}
	}
	for m := sb + 1; m < q; m++ {
		// (a not-cue compound begun earlier in the aside covers its later
		// words: "who asked not to be named")
		if c := d.l.cueAt(d.toks[:q], m); c != nil && d.l.is(wInfinitive, d.toks, m-1) == 0 && d.hasCue(m, m+1) && !d.notCueFrom(sb+1, m, m+len(c.seq)) {
			return -1 // "Hale, who had denied X, confirmed Y": the aside is a claim of its own
		}
	}
	return q
}

// documentAside reports whether the clause before the comma q opening
// the cue at k is a document's name and a participle aside describing it
// ("A survey by the housing office, published on Monday, estimated the
// shortfall at 4,000 homes"): the document is the cue's subject, and the
// noun phrase after the cue its object, not a speaker named after it.
func (d *doc) documentAside(s sentence, si, q, k int) bool {
	if !d.l.has(fSubjectAside) || !d.isComma(q) || q != k-1 || q <= s.first {
		return false
	}
	sa, sb := d.clauseSubject(s, q, first(d.atts, s, si))
	if sb <= sa || d.subjectAside(sb, q, k) <= sb {
		return false
	}
	for m := sa; m < sb; m++ {
		if d.l.is(wDocument, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// notCueFrom reports whether a not-cue compound starting anywhere in
// [a, i] covers the cue word at [i, end), however long the compound
// ("who asked not to be named" covers "named").
func (d *doc) notCueFrom(a, i, end int) bool {
	for p := i; p >= a; p-- {
		if n := d.l.is(wNotCue, d.toks, p); n > 0 && p+n >= end {
			return true
		}
	}
	return false
}

// degreeAt reports an academic or professional degree written after a
// name: a capitalised abbreviation with a dot inside it ("Sp.A", "S.H.",
// "M.Kes", "Ph.D") or one of class academic ("SH", "MBA").
func (d *doc) degreeAt(k int) bool {
	t := d.toks[k]
	if t.kind != word || !t.upper {
		return false
	}
	if d.l.is(wAcademic, d.toks, k) == 1 {
		return true
	}
	w := d.text[t.start:t.end]
	i := strings.IndexByte(w, '.')
	return len(w) <= 8 && i > 0 && i < len(w)-1
}

// codeNumbers counts the tokens of [a, b) that a code word and its number
// take ("nomor urut 2"): a title naming a ballot number is as long a title
// as one without it.
func (d *doc) codeNumbers(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if m := d.l.is(wCodeWord, d.toks, k); m > 0 && k+m < b && d.toks[k+m].kind == number {
			n += m + 1
			k += m
		}
	}
	return n
}

// closingAside returns where a bracketed aside that closes the span
// [a, b) opens ("Kavin Dross (34 tuổi, trú tại …)"), or -1.
func (d *doc) closingAside(a, b int) int {
	if b-1 <= a || d.toks[b-1].low != ")" {
		return -1
	}
	for o := b - 2; o > a && b-o <= 20; o-- {
		switch d.toks[o].low {
		case "(":
			return o
		case ")":
			return -1
		}
	}
	return -1
}

// bracketed counts the tokens of [a, b) that a bracketed acronym takes,
// brackets included: "Lembaga Bantuan Hukum (LBH) Kalden" is as long a
// title as "Lembaga Bantuan Hukum Kalden". The acronym may run to three
// capitalised words: "Komisi Nasional Hak Asasi Manusia (Komnas HAM)".
func (d *doc) bracketed(a, b int) int {
	n := 0
	for k := a; k+2 < b; k++ {
		if d.toks[k].low != "(" {
			continue
		}
		w := 0
		for k+1+w < b && w < 3 && d.toks[k+1+w].kind == word && d.toks[k+1+w].upper {
			w++
		}
		if w > 0 && k+1+w < b && d.toks[k+1+w].low == ")" {
			n += w + 2
			k += w + 1
		}
	}
	return n
}

// figureNext reports a number within the first three tokens from k, with
// nothing but words before it ("hơn 3 tỷ", "khoảng 200", "sekitar Rp 3
// miliar").
func (d *doc) figureNext(k int, s sentence) bool {
	for m := k; m < s.last && m-k < 3; m++ {
		if d.toks[m].kind == number {
			return true
		}
		if d.toks[m].kind != word {
			return false
		}
	}
	return false
}

// clauseVerbWithin reports whether an auxiliary or a modal (class
// clause-verb) stands within n tokens from k, before a separator: the
// words after k open a clause.
func (d *doc) clauseVerbWithin(k, n int, s sentence) bool {
	for m := k; m < s.last && m-k < n && !d.isSep(m) && !d.hard(m); m++ {
		if d.l.is(wClauseVerb, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// appositionAside returns the end of an apposition between commas after a
// clause subject and before its cue in id and vi ("Công ty Orsa, nhà thầu
// thi công, khẳng định …", "Trả lời phỏng vấn, ông Dorn, Chủ tịch UBND
// huyện, cho biết …"), or -1: a short run of words with no cue, no mark
// and no opening boundary, circumstance or time word ("ông Dorn, sau khi
// thị sát, cho biết": a circumstance stays out).
func (d *doc) appositionAside(sb, q, k int) int {
	l := d.l
	// a short bracket after the name, a place or an age, then the
	// apposition: "Chị X (TP Orvik), khách hàng của Y, kể …"
	if sb+2 < q && d.toks[sb].low == "(" && d.toks[sb+1].kind != punct {
		for m := sb + 1; m < q && m-sb <= 6 && !d.isComma(m); m++ {
			if d.toks[m].low == ")" {
				if m+1 < q && d.isComma(m+1) {
					return d.appositionAside(m+1, q, k)
				}
				break
			}
			if d.hard(m) {
				break
			}
		}
	}
	// (a Vietnamese title names a long body: "Tổng giám đốc Công ty Xuất
	// nhập khẩu Nông sản Tây Arden")
	if q != k-1 || !d.isComma(q) || !d.isComma(sb) || q-sb < 2 || q-sb > max(12, d.syllables(10)) {
		return -1
	}
	if d.toks[sb+1].kind == number && sb+2 < q && l.is(wAge, d.toks, sb+2) == q-sb-2 {
		return q // an age: "chủ nhà Borin Tessa, 58 tuổi, khẳng định …"
	}
	if l.is(wBoundary, d.toks, sb+1) > 0 || l.is(wCircumstance, d.toks, sb+1) > 0 || l.is(wAside, d.toks, sb+1) > 0 ||
		l.is(wTemporal, d.toks, sb+1) > 0 || l.is(wAsked, d.toks, sb+1) > 0 || d.toks[sb+1].kind != word {
		return -1
	}
	for m := sb + 1; m < q; m++ {
		if d.hard(m) || d.isComma(m) || d.toks[m].kind == number {
			return -1
		}
	}
	// a cue of several words or syllables in it ("…, phủ nhận việc …, cho
	// rằng …") makes it a clause of its own, not an apposition
	if d.hasCue(sb+1, q) {
		return -1
	}
	return q
}

// quotedAs reads "VARPRESS quoted the minister as saying X": the one
// quoted is the source, the one quoting relays (Via), and what follows the
// participle is the content. It reports whether it handled the cue.
func (d *doc) quotedAs(si int, s sentence, c *cue, k, j int) bool {
	if !d.l.has(fQuotedAs) || !d.l.gerund(c) || k-2 < s.first || d.l.is(wAsWord, d.toks, k-1) == 0 {
		return false
	}
	r := -1
	for m := k - 2; m >= s.first && k-m <= 14; m-- {
		if d.l.is(wQuoteForm, d.toks, m) > 0 {
			r = m
			break
		}
		if d.hard(m) || d.isComma(m) {
			return false
		}
	}
	if r < 0 {
		return false
	}
	a, b := d.trimNP(r+1, k-1)
	if b <= a {
		return false
	}
	// the cue is the quoting verb ("quoted"), as PolNeAR marks it
	x := att{cue: d.tokSpan(r, r+1), c: c, sent: si, nestedIn: -1, rule: "verb-quoted-as",
		source: d.tokSpan(a, b), srcFirst: a, srcLast: b}
	if va, vb := d.clauseSubject(s, r, len(d.atts)); vb > va && vb <= r {
		o, ok := d.outlet(va, vb)
		// by name only: "the state news agency OTA" → "OTA"
		n := vb
		for n > va && d.toks[n-1].upper && d.toks[n-1].kind == word {
			n--
		}
		if n < vb && n > va && !d.toks[n-1].upper {
			va = n
		}
		if !ok {
			o = d.actorName(va, vb)
		}
		x.via = append(x.via, via{sp: d.tokSpan(va, vb), actor: o})
	}
	xs := d.rightContext(&x, j, s)
	start := j
	if xs.comp {
		start = xs.next
	}
	if start < s.last && d.toks[start].low == ":" {
		start++
	}
	x.content = d.contentRight(start, s, false)
	if !x.content.empty() {
		d.atts = append(d.atts, x)
	}
	return true
}

// commentObject reports an English object that names a statement right
// after the cue: "disputed the account", "did not dispute those figures",
// "contested the claims", "disputed the researcher's count", "disputed
// both figures" (words.tsv comment-noun; a quantifier opens it as a
// determiner does).
func (d *doc) commentObject(k int, s sentence) bool {
	poss := func(m int) bool { return m < s.last && d.possessiveClitic(m) }
	// (a name's possessive opens it too: "disputed Kestrel's figures")
	name := k+1 < s.last && d.toks[k].kind == word && d.toks[k].upper && poss(k+1)
	// (or a possessive pronoun: "disputed their account")
	if !d.l.has(fCommentObject) || k >= s.last || !name && d.l.is(wDet, d.toks, k) == 0 && d.l.is(wAppositive, d.toks, k) == 0 && d.l.is(wDemonstrative, d.toks, k) == 0 && d.l.is(wQuantifier, d.toks, k) == 0 &&
		d.l.is(wPronPoss, d.toks, k) == 0 {
		return false
	}
	m := k + 1
	// a possessive before the noun: "the researcher's count"
	if poss(m) {
		m++
	} else if m+1 < s.last && d.toks[m].kind == word && poss(m+1) {
		m += 2
	}
	if m < s.last && d.l.is(wCommentNoun, d.toks, m) == 0 && d.toks[m].kind == word && !d.toks[m].upper {
		m++ // one adjective: "the official account"
	}
	if m >= s.last || d.l.is(wCommentNoun, d.toks, m) == 0 {
		return false
	}
	e := m + d.l.is(wCommentNoun, d.toks, m)
	return e >= s.last || isTerminal(d.toks[e]) || d.isComma(e) || d.l.is(wAgentOf, d.toks, e) > 0
}

// anonAside reports an aside at k that qualifies the speakers' anonymity:
// "speaking on condition of anonymity", "speaking anonymously", "granted
// anonymity to discuss …".
func (d *doc) anonAside(k int) bool {
	if k+2 >= len(d.toks) {
		return false
	}
	a, b, c := d.toks[k].low, d.toks[k+1].low, d.toks[k+2].low
	return a == "speaking" && (b == "on" && c == "condition" || b == "anonymously") || a == "granted" && b == "anonymity"
}

// datelineDash reports whether the dash at q closes a dateline that opens
// sentence s ("MARENZ — The head of the service said", "TAVOR, Varesia
// (AP) — …"): what follows it is the subject, not an apposition to the
// place before it.
func (d *doc) datelineDash(s sentence, q int) bool {
	if !isDash(d.toks[q]) || q <= s.first || q-s.first > 8 {
		return false
	}
	return isCaps(d.text[d.toks[s.first].start:d.toks[s.first].end]) || d.toks[q-1].low == ")"
}

// participleDate reports whether the date starting at token m follows an
// English past participle of the subject ("A poll released Monday found",
// "a report published on Wednesday concluded"): the date is the
// participle's and stays in the subject.
func (d *doc) participleDate(m int) bool {
	if !d.l.has(fParticipleDate) || m < 1 {
		return false
	}
	t := d.toks[m-1]
	return t.kind == word && !t.upper && d.l.suffix(aPast, t.low) && d.l.is(wAux, d.toks, m-1) == 0
}

// interviewWith reports whether token k ends the addressee "in an
// interview" (class addressee), so that "with" and an outlet may follow.
func (d *doc) interviewWith(k int) bool {
	return k >= 0 && d.l.is(wInterview, d.toks, k) > 0
}

// interviewer returns the length of the outlet named at token k after "in
// an interview with": an outlet of the gazetteer, or a bare acronym of two
// to five capitals ("VTV", "the BBC"), or 0.
func (d *doc) interviewer(k int) int {
	m := k
	if d.l.is(wDet, d.toks, m) == 1 {
		m++
	}
	if m >= len(d.toks) {
		return 0
	}
	n := 0
	if w := d.text[d.toks[m].start:d.toks[m].end]; len(w) >= 2 && len(w) <= 5 && isCaps(w) && d.toks[m].kind == word {
		n = m - k + 1
	}
	// a name of capitalised words that ends in an outlet's own word
	// ("the Tavor Herald", "Calder Radio"; class outlet-head)
	if h := d.headOutlet(k); n == 0 && h > 0 {
		n = h
	}
	// a known outlet, unless the capitalised name goes on past it to an
	// outlet's own word ("Bloomberg Television", "Reuters TV")
	if o := d.outletAt(k); o > n {
		n = o
	}
	// the outlet itself, not one of its people ("with CNN's Gloria
	// Borger", "with FOX Business Network's Maria Bartiromo")
	if e := k + n; n > 0 && e < len(d.toks) && (d.toks[e].upper && d.toks[e].kind == word || d.possessiveClitic(e) || d.toks[e].low == "'" || d.toks[e].low == "’") {
		return 0
	}
	return n
}

// headOutlet returns the length of an outlet named at token k by two to
// five capitalised words that end in an outlet's own word, or by two or
// three that open with it, after an optional determiner ("the Tavor
// Herald", "Calder Radio", "Radio Calder"; class outlet-head), or 0.
func (d *doc) headOutlet(k int) int {
	m := k
	if m < len(d.toks) && d.l.is(wDet, d.toks, m) == 1 {
		m++
	}
	e := m
	for e < len(d.toks) && e-m < 5 && d.toks[e].upper && d.toks[e].kind == word {
		e++
	}
	if e > m+1 && d.l.is(wOutletHead, d.toks, e-1) == 1 {
		return e - k
	}
	// the outlet's word may open the name instead: "Radio Halden",
	// "Television Norvik" (two or three capitalised words)
	if e > m+1 && e-m <= 3 && d.l.is(wOutletHead, d.toks, m) == 1 {
		return e - k
	}
	return 0
}

// plainRun reports whether tokens [a, b) hold no quotation mark, dash or
// other hard punctuation.
func (d *doc) plainRun(a, b int) bool {
	for m := a; m < b; m++ {
		if d.hard(m) {
			return false
		}
	}
	return b > a
}

// frontedInterviews gives an attribution whose subject follows a fronted
// "In an interview with OUTLET," the outlet as its Via, as "said in an
// interview with OUTLET" has it: "In an interview with the Tavor Herald,
// she said …".
func (d *doc) frontedInterviews() {
	for i := range d.atts {
		x := &d.atts[i]
		if x.srcFirst <= 0 || len(x.via) > 0 || x.sent < 0 || x.sent >= len(d.sents) {
			continue
		}
		f := d.sents[x.sent].first
		n := d.l.is(wAddressee, d.toks, f)
		if n == 0 || !d.interviewWith(f+n-1) || f+n+1 >= x.srcFirst || d.l.is(wWithWord, d.toks, f+n) == 0 {
			continue
		}
		k := f + n + 1
		o := d.interviewer(k)
		if o == 0 || k+o != x.srcFirst-1 || !d.isComma(k+o) {
			continue
		}
		m := k
		if d.l.is(wDet, d.toks, m) == 1 && d.outletAt(m) == 0 {
			m++
		}
		name, ok := d.outlet(m, k+o)
		if !ok {
			name = d.text[d.toks[m].start:d.toks[k+o-1].end]
		}
		x.via = append(x.via, via{sp: d.tokSpan(m, k+o), actor: name, told: true})
	}
}

// timeFrameBefore returns the comma that opens a reporter's time frame
// ending at token q, ", a day after", ", hours before", ", shortly
// after" (classes frame-span and frame-conj), or -1.
func (d *doc) timeFrameBefore(q int, s sentence) int {
	if q <= s.first || q >= s.last || d.l.is(wFrameConj, d.toks, q) == 0 {
		return -1
	}
	m := q - 1
	for m > s.first && q-m <= 4 && !d.isComma(m) && d.toks[m].kind != quote {
		if _, ok := figures.ParseNumber(d.toks[m].low, d.l.code); !ok && d.l.is(wFrameSpan, d.toks, m) == 0 {
			return -1
		}
		m--
	}
	if m <= s.first || m == q-1 {
		return -1
	}
	if d.toks[m].kind == quote && d.isComma(m-1) {
		return m // "…had been \"incomplete,\" a day after …": the closing mark
	}
	if !d.isComma(m) {
		return -1
	}
	return m
}

// pluperfectGoesOn reports whether a cue at token k after the coordinator
// at q carries the pluperfect "had" of a reported clause before it: in
// "said her client had acted in good faith and had first raised concerns"
// the second "had" goes on with what was said (English only).
func (d *doc) pluperfectGoesOn(k, q int, s sentence) bool {
	if !d.l.has(fBackshift) {
		return false
	}
	had := false
	for m := q + 1; m < k; m++ {
		had = had || d.l.is(wPluperfect, d.toks, m) > 0
	}
	if !had {
		return false
	}
	for m := q - 1; m >= s.first; m-- {
		if d.hard(m) || d.toks[m].kind == quote {
			return false
		}
		if c := d.l.cueAt(d.toks[:q], m); c != nil {
			return false // the "had" must be the reported clause's, after the cue
		}
		if d.l.is(wPluperfect, d.toks, m) > 0 {
			// a cue before it says the clause is reported
			for n := m - 1; n >= s.first; n-- {
				if d.hard(n) {
					return false
				}
				if d.l.cueAt(d.toks[:m], n) != nil {
					return true
				}
			}
			return false
		}
	}
	return false
}

// peopleSubject reports a Vietnamese subject [a, b) that names people by
// what they are, after a determiner or none ("Nhiều công nhân", "Một số
// phụ huynh", "Người dân xã X"): people who can tell what happened, as a
// person with an honorific can.
func (d *doc) peopleSubject(a, b int) bool {
	k := a
	if n := d.l.is(wDet, d.toks, k); n > 0 {
		k += n
	}
	n := d.l.is(wPeopleNoun, d.toks, k)
	return n > 0 && k+n <= b
}

// onlyAddressee reports a Vietnamese content that is only the one told
// (class to-prep, then at most four words, no quotation): "báo cáo lên
// Bộ", "chưa báo cáo với UBND tỉnh".
func (d *doc) onlyAddressee(sp span) bool {
	if !d.l.has(fAddresseeOnly) || sp.empty() {
		return false
	}
	a := d.tokenAt(sp.s)
	if a < 0 || d.l.is(wToPrep, d.toks, a) == 0 {
		return false
	}
	n := 0
	for k := a + d.l.is(wToPrep, d.toks, a); k < len(d.toks) && d.toks[k].start < sp.e; k++ {
		if t := d.toks[k]; t.kind != word || d.inq[k] {
			return false
		}
		n++
	}
	return n > 0 && n <= 4
}

// onlyUnknown reports a Vietnamese content that is only a noun naming
// what is yet to be found out, for a cue of finding out (find-out) (class unknown-noun: "nguyên nhân", "danh
// tính", "người cầm đầu"), with at most four words after it, no
// quotation and no "là" or "rằng": "chưa thể xác định người cầm đầu",
// "chưa kết luận nguyên nhân vụ cháy" identify, they say nothing ("xác
// định nguyên nhân là chập điện" still does).
func (d *doc) onlyUnknown(sp span) bool {
	if !d.l.has(fUnknownOnly) || sp.empty() {
		return false
	}
	a := d.tokenAt(sp.s)
	if a < 0 {
		return false
	}
	u := d.l.is(wUnknownNoun, d.toks, a)
	if u == 0 {
		return false
	}
	n := 0
	for k := a; k < len(d.toks) && d.toks[k].start < sp.e; k++ {
		if t := d.toks[k]; t.kind != word || d.inq[k] || d.l.is(wComp, d.toks, k) > 0 {
			return false
		}
		n++
	}
	return n-u <= 4
}

// judgedInformation reports a Vietnamese "thông tin" (class
// information-noun) after a cue of saying (not of denying or confirming)
// that is the subject of a judgement with "là" (class copula) in the clause ("khẳng định thông tin X là sai sự thật"): what
// is said is about the information itself, so the noun is no nominaliser
// and stays in the content ("bác bỏ thông tin X" still leaves it out).
func (d *doc) judgedInformation(x *att, k, n, end int) bool {
	if n == 0 || d.l.is(wInformationNoun, d.toks, k) != n {
		return false
	}
	switch x.c.stance {
	case sumber.Assert, sumber.Claim, sumber.Believe:
	default:
		return false
	}
	for m := k + n; m < end && m-k < 30; m++ {
		if low := d.toks[m].low; low == "(" || low == ")" {
			continue // "thông tin Ngân hàng X (XBank) sắp … là …"
		}
		if d.hard(m) || d.l.is(wBoundary, d.toks, m) > 0 {
			return false
		}
		if d.l.is(wCopula, d.toks, m) > 0 && !d.inq[m] {
			return true
		}
	}
	return false
}

// requestedAct reports a subject chunk [a, b) that holds a request verb
// with its addressee after it (words.tsv request-act: "meminta
// pemerintah", "yêu cầu công ty", or none: "yêu cầu thông báo"): the cue
// that follows is the act asked
// for ("meminta pemerintah menjelaskan"), not a claim of anyone's.
func (d *doc) requestedAct(a, b int) bool {
	if a > 0 && d.l.ends(wRequestAct, d.toks, a-1) > 0 {
		return true // the request verb is a cue of its own: "Ratna mendesak menteri menjelaskan"
	}
	for k := a; k < b; k++ {
		// ("Một quan chức yêu cầu giấu tên cho biết": asking not to be
		// named is an aside of the subject, class aside)
		// (a request right before the cue asks for that act itself: "quy
		// định yêu cầu thông báo cho người dân")
		if n := d.l.is(wRequestAct, d.toks, k); n > 0 && k+n <= b && d.l.is(wAside, d.toks, k) == 0 {
			return true
		}
	}
	return false
}

// trimMediumTail ends a content before the document it was said in, when
// that closes the sentence: in "Kementerian melaporkan 2.640 kasus dalam
// laporan mingguan yang dirilis Jumat" the report (class medium, then
// class document) is how it was said, and its date the claim's.
func (d *doc) trimMediumTail(x *att, j int, s sentence) {
	if x.content.empty() {
		return
	}
	l := d.l
	for m := j + 2; m+1 < s.last && d.toks[m].end <= x.content.e; m++ {
		n := l.is(wMedium, d.toks, m)
		if n == 0 || l.is(wDocument, d.toks, m+n) == 0 {
			continue
		}
		// the document runs to the content's end, and the sentence ends there
		end := m + n
		for end < s.last && d.toks[end].end <= x.content.e {
			end++
		}
		if end < s.last && !isTerminal(d.toks[end]) && d.toks[end].kind != quote {
			return
		}
		x.content.e = d.toks[m-1].end
		return
	}
}

// passiveRelay reads tokens [a, b) as a passive relay by a news outlet:
// a passive word, the outlet (with its kind: "báo Thanh Niên") and a relay
// cue ending the chunk ("được báo Thanh Niên dẫn lời"). It returns the
// outlet's tokens, or an empty range.
func (d *doc) passiveRelay(a, b int) (int, int) {
	n := d.l.is(wPassive, d.toks, a)
	if n == 0 {
		return 0, 0
	}
	m := a + n
	if k := d.l.is(wOutletWord, d.toks, m); k > 0 && d.outletAt(m) == 0 {
		m += k
	}
	o := d.outletAt(m)
	if o == 0 || m+o >= b {
		return 0, 0
	}
	c := d.l.cueAt(d.toks[:b], m+o)
	if c == nil || c.frame != fRelay && c.frame != fRelayC || m+o+len(c.seq) != b {
		return 0, 0
	}
	return m, m + o
}

// asClause reads a clause closed by "as X said": in "Scott had a gun, as
// police have said." the subject after "as" claims the clause before the
// comma. Only a short tail may follow the cue (a time, a place, "in a
// statement"); "…, as officials said that …" is left to the other frames.
func (d *doc) asClause(si int, s sentence, c *cue, k, j, lastCueEnd int, neg bool) bool {
	l := d.l
	if c.frame == fPrep || c.frame == fPrepC || c.frame == fRelay || c.frame == fRelayC || c.frame == fRevise || c.frame == fVerbN || c.narrated || l.gerund(c) {
		return false
	}
	// "…,” she said, as the crowd applauded": after a claim of the
	// sentence, "as" tells the time, not who says it
	if lastCueEnd > s.first {
		return false
	}
	// the subject: a few words after "as" (and an adverb before it), no comma
	b := k
	for b > s.first && l.is(wTrim, d.toks, b-1) > 0 && l.is(wAsWord, d.toks, b-1) == 0 {
		b-- // "as police have said": the auxiliary joins neither
	}
	a := b
	for a > s.first && b-a < 6 && d.toks[a-1].kind == word && l.is(wAsWord, d.toks, a-1) == 0 && !d.hasCue(a-1, a) {
		a--
	}
	if a == b || a-1 <= s.first || l.is(wAsWord, d.toks, a-1) == 0 {
		return false
	}
	q := a - 2 // the comma before "as" (or before "just as")
	if q > s.first && !d.isComma(q) && l.is(wTrim, d.toks, q) > 0 {
		q--
	}
	if q > s.first && d.toks[q].kind == quote && d.isComma(q-1) {
		q-- // "… a “lawful source of income,” as a memo put it."
	}
	if q <= s.first || !d.isComma(q) || l.is(wRelative, d.toks, a) > 0 || l.is(wComp, d.toks, a) > 0 {
		return false
	}
	// after the cue: the sentence ends, or a short tail of time or place
	// does ("as he called for calm" has an object: "as" is a time there)
	e := j
	if e < s.last && !isTerminal(d.toks[e]) && l.is(wAside, d.toks, e) == 0 && l.is(wTemporal, d.toks, e) == 0 && !d.dateLike(e, e+1) {
		return false
	}
	for e < s.last && e-j <= 6 && !d.isComma(e) && !d.hard(e) && l.is(wComp, d.toks, e) == 0 && !d.hasCue(e, e+1) {
		e++
	}
	if e < s.last && !isTerminal(d.toks[e]) {
		return false
	}
	for m := a + 1; m < b; m++ {
		if l.is(wAux, d.toks, m) > 0 || l.is(wTrim, d.toks, m) > 0 {
			b = m // "as Sanders has sometimes acknowledged"
			break
		}
	}
	sa, sb := d.trimNP(a, b)
	if sb <= sa {
		return false
	}
	x := att{cue: d.tokSpan(k, j), c: c, neg: neg, sent: si, nestedIn: -1, rule: "verb-as-clause",
		source: d.tokSpan(sa, sb), srcFirst: sa, srcLast: sb, content: d.contentLeft(q, s)}
	if x.content.empty() {
		return false
	}
	d.atts = append(d.atts, x)
	return true
}

// asPassive reads a passive cue at k..j after "as" (over adverbs), with
// its agent at j: opening the sentence, it claims the clause after the
// agent's comma ("As reported by the Sentinel, the audit …"); after a
// comma, the clause before it ("…, as first reported by the Sentinel.").
func (d *doc) asPassive(si int, s sentence, c *cue, k, j int) bool {
	l := d.l
	if c.frame != fVerb || !l.suffix(aPast, d.toks[j-1].low) && l.is(wPastIrregular, d.toks, j-1) == 0 {
		return false
	}
	m := k - 1
	for m > s.first && d.toks[m].kind == word && !d.toks[m].upper && (l.is(wTrim, d.toks, m) == 1 || l.suffix(aAdverb, d.toks[m].low)) {
		m--
	}
	if m < s.first || l.is(wAsWord, d.toks, m) != 1 {
		return false
	}
	a := j + l.is(wAgent, d.toks, j)
	b := d.npRight(a, s.last)
	a, b = d.trimNP(a, b)
	if b <= a {
		return false
	}
	x := att{cue: d.tokSpan(k, j), c: c, sent: si, nestedIn: -1, rule: "passive-as",
		source: d.tokSpan(a, b), srcFirst: a, srcLast: b}
	switch {
	case d.leadingConnectors(s.first, m) == m:
		e := b
		for e < s.last && !d.isComma(e) && e-b <= 4 && !d.hard(e) {
			e++ // "As reported by the Sentinel on Monday, …"
		}
		if e >= s.last-1 || !d.isComma(e) {
			return false
		}
		x.content = d.contentRight(e+1, s, false)
	case m-1 > s.first && d.isComma(m-1):
		x.content = d.contentLeft(m-1, s)
	default:
		return false
	}
	if x.content.empty() {
		return false
	}
	d.atts = append(d.atts, x)
	return true
}

// quotedSep reports a closing quotation mark after a comma before a
// participle cue: "… “…,” adding, “…”" goes on from the clause before.
func (d *doc) quotedSep(q int, c *cue) bool {
	return d.l.gerund(c) && q-1 >= 0 && d.toks[q].kind == quote && d.isComma(q-1)
}

// quoteBefore reports a quotation mark among the tokens a..b-1.
func (d *doc) quoteBefore(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].kind == quote {
			return true
		}
	}
	return false
}

// namedAppositive reports a subject that is a short name with an
// appositive between commas, either way round: "Jan Brook, an early
// supporter of the mayor," or "Her chief aide, Jake Sorel,".
func (d *doc) namedAppositive(a, b int) bool {
	m := a
	for m < b && !d.isComma(m) {
		m++
	}
	if m == a || m >= b-1 {
		return false
	}
	short := func(p, q int) bool { return q > p && q-p <= 4 && d.namedIn(p, q) && d.toks[q-1].upper }
	e := m + 1
	for e < b && !d.isComma(e) {
		e++
	}
	return short(a, m) || short(m+1, e)
}

// clauseEndsAfter reports whether the clause ends soon after the cue ending
// at j: within four tokens, at a comma or the sentence's end, with no other
// cue, quotation, complementizer, clause opener or wh word in between
// ("said.", "told the Herald.", "said in a statement, adding …").
func (d *doc) clauseEndsAfter(j int, s sentence) bool {
	// (a lower-case word right after it other than an addressee or a time
	// makes the cue a modifier or a noun: "alleged communist groups")
	if j < s.last && d.toks[j].kind == word && !d.toks[j].upper && d.l.is(wAddressee, d.toks, j) == 0 && d.l.is(wTemporal, d.toks, j) == 0 {
		return false
	}
	for m := j; m < s.last && m-j <= 4; m++ {
		if d.isComma(m) || isTerminal(d.toks[m]) {
			return true
		}
		if d.toks[m].kind == quote || d.hasCue(m, m+1) || d.l.is(wComp, d.toks, m) > 0 || d.l.is(wBoundary, d.toks, m) > 0 || d.l.is(wWh, d.toks, m) > 0 {
			return false
		}
	}
	return j >= s.last
}

// nounsOnly reports whether the tokens a..b-1 are words none of which is a
// lower-case past form or gerund or an auxiliary (a verb phrase such as "I
// laughed", "is bleak").
func (d *doc) nounsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.kind != word || d.l.is(wAux, d.toks, k) > 0 || !t.upper && (d.l.suffix(aPast, t.low) || d.l.suffix(aGerund, t.low)) {
			return false
		}
	}
	return true
}

// doneAct reports whether the verb group ending at m leaves the act after a
// done-to phrase done: no modal ("would be quick to say") and no negator
// ("was not quick to say") before it, over at most two adverbs or a bare "be",
// nor before the auxiliary ("would have tried to say").
func (d *doc) doneAct(m int, s sentence) bool {
	for n := 0; n < 2 && m >= s.first && d.l.is(wTrim, d.toks, m) == 1 && d.l.is(wAux, d.toks, m) == 0 && d.l.is(wModal, d.toks, m) == 0; n++ {
		m--
	}
	// ("would have tried to explain": a modal before the perfect)
	if m > s.first && d.l.is(wAux, d.toks, m) == 1 && d.l.ends(wModal, d.toks, m-1) > 0 {
		return false
	}
	return m < s.first || d.l.ends(wModal, d.toks, m) == 0 && d.l.ends(wNeg, d.toks, m) == 0
}

// adverbsEnd returns the first token from k on (at most up to lim) that
// is no adverb: a word of class trim or in -ly, or a quantifier before
// one ("most recently").
func (d *doc) adverbsEnd(k, lim int) int {
	for k < lim && k < len(d.toks) && d.toks[k].kind == word && !d.toks[k].upper {
		t := d.toks[k]
		if d.l.is(wTrim, d.toks, k) == 1 || d.l.suffix(aAdverb, t.low) && d.l.is(wLyNoun, d.toks, k) == 0 ||
			d.l.is(wQuantifier, d.toks, k) == 1 && k+1 < len(d.toks) && (d.l.is(wTrim, d.toks, k+1) == 1 || d.l.suffix(aAdverb, d.toks[k+1].low)) {
			k++
			continue
		}
		break
	}
	return k
}

// addToldVia adds the outlet at tokens [a, b) to x's vias as the one the
// claim was told to, unless it is there already.
func (d *doc) addToldVia(x *att, a, b int) {
	o, _ := d.outlet(a, b)
	for _, v := range x.via {
		if v.actor == o {
			return
		}
	}
	x.via = append(x.via, via{sp: d.tokSpan(a, b), actor: o, told: true})
}

// asideOutlet adds as a via the outlet named in a circumstance aside
// [a, q) that holds a document noun before it: "trong một tuyên bố gửi
// hãng tin Reuters", "in a statement to Reuters".
func (d *doc) asideOutlet(x *att, a, q int) {
	doc := false
	for m := a; m < q && m-a <= 12; m++ {
		if d.l.is(wDocument, d.toks, m) > 0 {
			doc = true
			continue
		}
		if n := d.outletAt(m); n > 0 && doc && m+n <= q {
			for n > 1 && d.outletAt(m+1) == n-1 {
				m, n = m+1, n-1 // by name only: "Reuters" in "tin Reuters"
			}
			d.addToldVia(x, m, m+n)
			return
		}
	}
}

// prepTail reports whether tokens [a, end) are one prepositional phrase
// (class fronted-prep) with no comma, no auxiliary, modal or relative
// word, no gerund or past form right after the preposition ("after
// revising", a clause of time) and no cue in it: "in the third attack on
// shipping this month".
func (d *doc) prepTail(a, end int) bool {
	n := d.l.is(wFrontedPrep, d.toks, a)
	if n == 0 || a+n >= end || !d.plainRun(a, end) {
		return false
	}
	for m := a + n; m < end; m++ {
		t := d.toks[m]
		if d.isComma(m) || t.kind == quote || d.l.is(wAux, d.toks, m) > 0 || d.l.is(wModal, d.toks, m) > 0 && d.l.is(wFrontedPrep, d.toks, m) == 0 || d.l.is(wComp, d.toks, m) > 0 ||
			m == a+n && t.kind == word && !t.upper && (d.l.suffix(aGerund, t.low) || d.l.suffix(aPast, t.low)) || d.l.cueAt(d.toks[:end], m) != nil {
			return false
		}
	}
	return true
}

// reducedRelative reports a subject [a, b) that ends in a subject pronoun
// after a lower-case noun with no relative word between them, before a cue
// followed by nothing but a time ("a video it posted in
// November", "the report they published last week"): a relative clause
// without "that" describing the noun, which claims nothing. A clause
// after the cue ("In his statement he said the toll had risen") keeps it.
func (d *doc) reducedRelative(a, b int, xs rightCtx, s sentence) bool {
	// (the subject may be the pronoun alone, the noun before it cut off)
	if b-2 < s.first || xs.comp || xs.colon || xs.quoteNext {
		return false
	}
	if !d.relativePronounAt(b - 1) {
		return false
	}
	end := xs.end
	k := xs.next
	if k < end {
		k += d.l.is(wTemporal, d.toks, k)
	}
	return xs.next >= end || d.isComma(xs.next) || k < end && d.strictDate(k, end)
}

// nameModal reports a capitalised modal right before a cue form that is
// not the lemma itself, which no modal takes ("Theresa May said", "Will
// wrote"): the word is a name, the subject's last, and the cue is finite.
// (The prepositions of class modal, "In offering …", are none.)
func (d *doc) nameModal(c *cue, m int) bool {
	if m < 0 || !d.toks[m].upper || d.l.is(wModal, d.toks, m) != 1 || d.l.gerund(c) ||
		d.l.is(wInfinitive, d.toks, m) > 0 || d.l.is(wGerundPrep, d.toks, m) > 0 || d.l.is(wNounPrep, d.toks, m) > 0 {
		return false
	}
	lemma, _, _ := strings.Cut(c.lemma, " ")
	return c.seq[0] != lemma
}

// nameModalBefore reports a name read as a modal right before the cue
// starting at token k (nameModal).
func (d *doc) nameModalBefore(k int) bool {
	c := d.l.cueAt(d.toks, k)
	return c != nil && d.nameModal(c, k-1)
}

// purposeVerb returns the start of a past verb of class purpose-verb that
// the infinitive marker at t completes as its purpose ("took to the radio
// overnight to", "used the speech to"); see verbBeforeTo.
func (d *doc) purposeVerb(t, lim int) int { return d.verbBeforeTo(wPurposeVerb, t, lim) }

// verbBeforeTo returns the start of a verb of word class w before the
// infinitive marker at t, at most six words back and from lim on, with no
// separator, quotation, cue or other infinitive between; -1 if there is
// none.
func (d *doc) verbBeforeTo(w wclass, t, lim int) int {
	if d.l.is(wInfinitive, d.toks, t) != 1 {
		return -1
	}
	for m := t - 2; m >= lim && t-m <= 7; m-- {
		if n := d.l.ends(w, d.toks, m); n > 0 && m-n+1 >= lim {
			return m - n + 1
		}
		if d.isSep(m) || d.hard(m) || d.toks[m].kind == quote || d.l.is(wInfinitive, d.toks, m) > 0 || d.l.cueAt(d.toks, m) != nil {
			return -1
		}
	}
	return -1
}

// withSubject returns the start of the noun phrase after the last
// with-word in the subject [a, b) of a participle cue, when the word opens
// the span or follows a comma or a coordinator ("…, with a council survey
// showing …", "and with polls showing …"), or a when there is none or
// nothing follows it.
func (d *doc) withSubject(a, b int) int {
	for m := b - 2; m >= a; m-- {
		if d.l.is(wWithWord, d.toks, m) > 0 {
			// (after a comma, a coordinator or at the start: "filed a
			// petition with the court asking …" is the petition's)
			opens := m == a || m > 0 && (d.isSep(m-1) || d.l.is(wCoord, d.toks, m-1) > 0)
			if e := d.l.is(wWithWord, d.toks, m); opens && m+e < b && d.toks[m+e].kind == word && d.l.is(wWh, d.toks, m+e) == 0 && d.l.is(wThatWord, d.toks, m+e) == 0 {
				return m + e
			}
			return a
		}
	}
	return a
}

// reducedPassive reports a past participle cue from k to j right after
// a noun naming a statement (class comment-noun) and before an agent: a
// reduced passive relative whose agent takes that statement up ("…, a
// view echoed by the union", "an allegation rejected by two inquiries").
// A figure noun is left out: "twice the toll reported by the ministry"
// compares the figures.
func (d *doc) reducedPassive(k, j int) bool {
	return k > 0 && j < len(d.toks) && d.l.suffix(aPast, d.toks[j-1].low) && d.l.is(wCommentNoun, d.toks, k-1) == 1 &&
		d.l.is(wFigureNoun, d.toks, k-1) == 0 && d.l.is(wAgent, d.toks, j) > 0
}

// factualClause reports that no token in [a, b) is a negator or a modal
// (the prepositions of class modal aside): what the clause tells was
// done ("rallied thousands by promising …", unlike "would respond by
// finding …" or "is not going to win by attacking …").
func (d *doc) factualClause(a, b int) bool {
	for m := a; m < b; m++ {
		if d.l.is(wNeg, d.toks, m) > 0 || d.l.is(wModal, d.toks, m) > 0 && d.l.is(wNounPrep, d.toks, m) == 0 && d.l.is(wGerundPrep, d.toks, m) == 0 {
			return false
		}
	}
	return true
}

// openingGerundSubject returns the subject after the comma that closes a
// phrase opening the sentence and holding the participle cue at k to j,
// with no verb before the cue's preposition ("One month after announcing
// his support, Rubio …", "By offering him the post, the mayor …"), and
// that comma; an empty span when there is none.
func (d *doc) openingGerundSubject(s sentence, k, j int) (int, int, int) {
	p := k - 1 - d.l.ends(wGerundPrep, d.toks, k-1) // the last token before the preposition
	for m := d.leadingConnectors(s.first, k); m <= p; m++ {
		t := d.toks[m]
		if d.isSep(m) || t.kind == quote || t.kind == word && !t.upper && (d.l.is(wAux, d.toks, m) > 0 || d.l.is(wModal, d.toks, m) > 0 ||
			d.l.suffix(aPast, t.low) || d.l.is(wPastIrregular, d.toks, m) > 0 || d.l.cueAt(d.toks, m) != nil) {
			return 0, 0, -1
		}
	}
	comma := d.nextComma(j, s)
	if comma < 0 || comma+1 >= s.last {
		return 0, 0, -1
	}
	next := comma + 1
	if d.toks[next].kind == quote && d.toks[next].start == d.toks[comma].end {
		next++ // "After calling it “a disgrace,” the mayor …"
	}
	sa, sb := d.clauseSubject(sentence{next, s.last}, s.last, len(d.atts))
	if sb <= sa || sa != next {
		return 0, 0, -1
	}
	return sa, sb, comma
}

// innerClauseSubject returns the subject of the clause that holds the
// preposition before the participle cue at k, when that clause opens
// after a comma, a semicolon or a dash later in the sentence ("Christie
// attacked Rubio, and the governor tripped him up by calling him out …",
// "Years after X claimed …, Obama won the nomination by promising …");
// an empty span when there is none.
func (d *doc) innerClauseSubject(s sentence, k int) (int, int) {
	p := k - 1 - d.l.ends(wGerundPrep, d.toks, k-1)
	for m := p; m > s.first; m-- {
		if d.toks[m].kind == quote {
			return 0, 0
		}
		if !d.isSep(m) {
			continue
		}
		a := m + 1 + d.l.is(wCoord, d.toks, m+1)
		if a >= p {
			return 0, 0
		}
		sa, sb := d.clauseSubject(sentence{a, s.last}, p+1, len(d.atts))
		if sb <= sa || sa != a || sb > p {
			return 0, 0
		}
		if t := d.toks[sb]; t.kind != word || t.upper || !(d.l.suffix(aPast, t.low) || d.l.is(wPastIrregular, d.toks, sb) > 0 || d.l.is(wAux, d.toks, sb) > 0) {
			return 0, 0 // a verb right after the subject: the clause is a main one
		}
		return sa, sb
	}
	return 0, 0
}

// causeVerb returns the position of a past verb of class cause-verb whose
// object, before the infinitive marker at t, is made to do the cue after
// it ("led the chair to declare …", "prompted the host to accuse …"); see
// verbBeforeTo.
func (d *doc) causeVerb(t, lim int) int { return d.verbBeforeTo(wCauseVerb, t, lim) }

// insideSpeech reports whether token k lies in the content of an
// attribution of the sentence (from first on) whose lemma reports speech
// (words.tsv say-lemma).
func (d *doc) insideSpeech(k, first int) bool {
	for m := first; m < len(d.atts); m++ {
		if y := &d.atts[m]; y.c.says && y.content.s <= d.toks[k].start && d.toks[k].end <= y.content.e {
			return true
		}
	}
	return false
}

// lyAfter reports whether the token at m leaves an -ly adverb after it to
// the verb that follows: a comma after a name (closing the subject or its
// apposition), an auxiliary, or a word the subject finder trims.
func (d *doc) lyAfter(m int) bool {
	l := d.l
	if l.is(wModal, d.toks, m) > 0 || l.is(wGerundPrep, d.toks, m) > 0 || l.is(wInfinitive, d.toks, m) > 0 {
		return false
	}
	if d.isComma(m) {
		// ("Manafort, the campaign chief, bluntly suggested"; not "he
		// really, really wants")
		return m > 0 && d.toks[m-1].kind == word && d.toks[m-1].upper
	}
	return l.is(wAux, d.toks, m) > 0 || l.ends(wTrim, d.toks, m) > 0
}
