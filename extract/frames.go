package extract

// Frames without a verb cue: speaker labels, quotations credited after a
// dash, claim nouns and polls.

import (
	"slices"
	"sumber"
	"unicode"
)

// roster reports a list of names in [a, b): only capitalised words, commas
// and coordinators, at least three items split by commas, each of one to
// three words ("Iowa: Ana Reyes, Tom Lind, Vera Holm and Ed Marsh"; not a
// title-case headline "Fares, Fees, Tolls Must Fall"). It says nothing.
func (d *doc) roster(a, b int) bool {
	commas, n := 0, 0
	for k := a; k < b; k++ {
		switch t := d.toks[k]; {
		case d.isComma(k) || d.l.is(wCoord, d.toks, k) > 0:
			if n == 0 {
				return false
			}
			if d.isComma(k) {
				commas++
			}
			n = 0
		case t.kind == word && t.upper && n < 3:
			n++
		default:
			return false
		}
	}
	return commas >= 2 && n > 0
}

// speakerLabel reads "WALLACE: …" and headline "Graham: …" forms: one to
// four capitalised words opening a sentence, then a colon; the content is
// the rest of the paragraph.
func (d *doc) speakerLabel(si int, s sentence) bool {
	first := s.first
	if d.toks[first].kind == quote && first+1 < s.last { // a transcript paragraph in quotes
		first++
	}
	// a headline's topic before the speaker: "Soal Penangkapan Aktivis,
	// Polisi: Sesuai Prosedur", "Terkait Banjir, Bupati: …"
	if d.l.is(wTopic, d.toks, first) > 0 && d.toks[first].upper {
		for m := first + 1; m < s.last && m-first <= 8; m++ {
			if d.isComma(m) {
				if m+1 < s.last && d.toks[m+1].upper {
					first = m + 1
				}
				break
			}
			if d.toks[m].kind != word {
				break
			}
		}
	}
	if first == s.first {
		first = d.headlineClauseSpeaker(s, first)
	}
	c := first
	// a body's name keeps lower-case syllables in id and vi: "Bộ Y tế:",
	// "Sở Giao thông vận tải:"
	body := d.l.has(fBodyLabel) && d.toks[first].upper && (d.l.is(wBody, d.toks, first) > 0 || d.l.is(wSourceNoun, d.toks, first) > 0)
	for c < s.last && (c-first < 4 || body && c-first < 7) && d.toks[c].kind == word &&
		(d.toks[c].upper || (c > first && c-first < 3 && d.l.is(wSourceNoun, d.toks, c) > 0) || body && c > first && d.l.cueAt(d.toks[:s.last], c) == nil) &&
		!(c > first && d.toks[c].upper && d.l.is(wToPrep, d.toks, c) > 0 && d.titleCase(s)) {
		c++ // "WALLACE:", "Graham:", "Clinton camp:", "Poll:"
	}
	spk, name := c, c // the speaker ends at spk, its name at name
	if e := d.headlineAddressee(s, first, c); e > c {
		// "Clinton to Planned Parenthood: …", "Mukasey at RNC: …": a
		// headline's speaker, then whom it was said to or where; the
		// addressee is left out of the source, the place kept
		if d.l.is(wNPPrep, d.toks, c) > 0 {
			spk = e
		}
		c = e
	}
	if c == first || c+1 >= s.last || d.toks[c].low != ":" || d.l.cueAt(d.toks[:s.last], first) != nil {
		return false
	}
	// a capitalised function word makes the label a headline's: "Stealth
	// Over Health: …"
	for k := first + 1; k < name; k++ {
		if d.l.is(wLabelStop, d.toks, k) > 0 {
			return false
		}
	}
	s.first = first
	// page furniture, not speakers: "Sumber: https://…", "Foto: …", "Baca juga: …";
	// an event named as a headline's kicker: "Bão Kerra: …", "Vụ cháy xưởng may: …"
	if d.l.is(wLabel, d.toks, s.first) > 0 || d.l.is(wKicker, d.toks, s.first) > 0 || d.toks[c+1].low == "http" || d.toks[c+1].low == "https" {
		return false
	}
	end := d.paragraphEnd(c)
	if d.headlineCueAfterColon(c, end) {
		return false
	}
	// a quoted turn followed by another speaker's label on the same line
	// ends there: `Vell: "…" Reyes: "…"`
	if q := c + 1; d.toks[q].kind == quote && !d.closingLike(q) {
		if e := d.closingQuote(q); e > q && e+1 < end && d.labelAt(e+1, end) {
			end = e + 1
		}
	}
	end = d.beforeTerminal(c+1, end)
	// a tally, not speech: "Morrow: 1,204."; a headline's kicker, not a
	// speaker: "The Long Winter: A Valley Waits …"
	words := false
	for k := c + 1; k < end && !words; k++ {
		words = d.toks[k].kind == word
	}
	if !words || (d.l.is(wDet, d.toks, s.first) > 0 && d.titleCase(s)) || d.roster(c+1, end) {
		return false
	}
	x := att{source: d.tokSpan(s.first, spk), srcFirst: s.first, srcLast: spk, cue: d.tokSpan(c, c+1), c: colonCue,
		content: d.tokSpan(c+1, end), sent: si, nestedIn: -1, rule: "speaker-colon"}
	// the speaker's turn is quoted speech: "I think" in it is the speaker's
	for k := c + 1; k < end; k++ {
		d.inq[k] = true
	}
	if x.content.empty() {
		return false
	}
	d.atts = append(d.atts, x)
	return true
}

// labelAt reports a speaker's label at k, before end: one to four
// capitalised words, a colon and an opening quotation mark ("Reyes: “").
func (d *doc) labelAt(k, end int) bool {
	m := k
	for m < end && m-k < 4 && d.toks[m].kind == word && d.toks[m].upper {
		m++
	}
	return m > k && m+1 < end && d.toks[m].low == ":" && d.toks[m+1].kind == quote && !d.closingLike(m+1)
}

// headlineAddressee returns the colon that closes a headline speaker's
// addressee or place ("Clinton to Planned Parenthood:", "Mukasey at
// RNC:"): the speaker [first, c) is capitalised, then "to" or a
// preposition of a noun phrase and up to five words before the colon, in
// a headline: the text's first line, or a paragraph that ends without a
// stop. Otherwise it returns c.
func (d *doc) headlineAddressee(s sentence, first, c int) int {
	if c == first || c+2 >= s.last || d.l.is(wToPrep, d.toks, c) == 0 && d.l.is(wNPPrep, d.toks, c) == 0 {
		return c
	}
	e := c + 1
	for e < s.last && e-c <= 6 && d.toks[e].kind == word && (!d.hasCue(e, e+1) || d.toks[e].upper && d.titleCase(s)) {
		e++
	}
	if e >= s.last || e == c+1 || d.toks[e].low != ":" {
		return c
	}
	// (the text's first line is its headline, whatever closes it)
	end := d.paragraphEnd(e)
	if isTerminal(d.toks[end-1]) && s.first > 0 {
		return c
	}
	return e
}

// headlineClauseSpeaker returns where a speaker label starts after a
// title-case headline's own clause and comma: "Kejari Tahan Kades,
// Pengacara: Klien Kami Dijebak". The label is one to four capitalised
// words before the sentence's first colon, opened by a role, a source noun,
// a body or the police; otherwise it returns first.
func (d *doc) headlineClauseSpeaker(s sentence, first int) int {
	colon := -1
	for k := first + 1; k < s.last && k-first <= 24; k++ {
		if d.toks[k].low == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return first
	}
	m := colon - 1
	for m > first && colon-m <= 5 && !d.isComma(m) {
		if d.toks[m].kind != word || !d.toks[m].upper {
			return first
		}
		m--
	}
	if m <= first || !d.isComma(m) || m+1 >= colon || !d.titleCase(s) {
		return first
	}
	l := d.l
	if l.is(wRole, d.toks, m+1) == 0 && l.is(wSourceNoun, d.toks, m+1) == 0 && l.is(wBody, d.toks, m+1) == 0 && l.is(wPolice, d.toks, m+1) == 0 &&
		l.is(wAgencyShort, d.toks, m+1) == 0 && !(colon == m+2 && d.acronym(m+1)) {
		return first
	}
	return m + 1
}

// acronym reports a word token k written in capitals only, two letters
// or more: "BPBD", "KPK".
func (d *doc) acronym(k int) bool {
	t := d.toks[k]
	if t.kind != word || t.end-t.start < 2 {
		return false
	}
	for _, r := range d.text[t.start:t.end] {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// headlineSource reads an English headline that names its source after a
// colon at its end: "Death toll climbs to 85 in floods: officials",
// "Troops left the town overnight: army". The headline is a paragraph of
// its own without a stop; the source is a short noun phrase of names or
// source nouns. It returns the index of the colon, or 0.
func (d *doc) headlineSource(si int, s sentence) int {
	if !d.l.has(fHeadlineSource) || !(s.first == 0 || d.toks[s.first].nl) || s.last-s.first < 5 ||
		(s.last < len(d.toks) && !d.toks[s.last].nl) || isTerminal(d.toks[s.last-1]) {
		return 0
	}
	c := s.last - 2
	for c > s.first+2 && s.last-c <= 5 && d.toks[c].low != ":" {
		c--
	}
	if d.toks[c].low != ":" || c <= s.first+2 || s.last-c > 5 {
		return 0
	}
	named := false
	for k := c + 1; k < s.last; k++ {
		t := d.toks[k]
		if t.kind != word || d.l.cueAt(d.toks[:s.last], k) != nil {
			return 0
		}
		named = named || t.upper || d.l.is(wSourceNoun, d.toks, k) > 0
	}
	if !named {
		return 0
	}
	a, b := d.trimNP(c+1, s.last)
	if b <= a {
		return 0
	}
	d.atts = append(d.atts, att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(c, c+1), c: colonCue,
		content: d.trimSpan(d.tokSpan(s.first, c)), sent: si, nestedIn: -1, rule: "headline-colon"})
	return c
}

// headlineVerbLabel reads a headline (the text's first line) that names
// its speaker before a colon, with what the speaker did, the topic, or a
// word that introduces the speaker: "Senator Scolds Port Chief: ‘Resign.’"
// (a verb cue and up to six words), "Mayor Vell on the Flood: We Were
// Not Warned" (a topic word and up to ten words), "A Warning From Ana
// Reyes: ‘Leave Now.’" (a quote-intro word and a name). A verb or an
// introducer needs a quotation right after the colon, a topic quoted or
// first-person words after it ("Spotlight on Tavor: Port Reopens" is a
// kicker); a verb of saying reads its own colon ("She Says to Farmers:
// …"). The source is the speaker, the
// colon the cue, the rest of the paragraph the content. It returns the
// colon's index, or 0.
func (d *doc) headlineVerbLabel(si int, s sentence) int {
	l := d.l
	if !l.has(fHeadlineSource) || s.first != 0 {
		return 0
	}
	c := -1
	for k := s.first + 1; k < s.last && k-s.first <= 16; k++ {
		if d.toks[k].low == ":" {
			c = k
			break
		}
		if d.toks[k].kind != word && d.toks[k].kind != number {
			return 0
		}
	}
	if c < 0 || c+1 >= s.last {
		return 0
	}
	quoted := (d.toks[c+1].kind == quote || d.toks[c+1].low == "'") && !d.closingLike(c+1) // (a straight single quote is no quote token)
	// the speaker: one to four capitalised words that are no cue
	a, b := s.first, s.first
	for b < c && b-a < 4 && d.toks[b].upper && l.cueAt(d.toks[:c], b) == nil && l.is(wTopic, d.toks, b) == 0 && l.is(wQuoteIntro, d.toks, b) == 0 {
		b++
	}
	if b == a || b >= c || l.is(wLabel, d.toks, a) > 0 || l.is(wKicker, d.toks, a) > 0 || l.is(wDet, d.toks, a) > 0 && b-a == 1 {
		a, b = 0, 0
	}
	switch cu := l.cueAt(d.toks[:c], b); {
	case b > a && cu != nil && (cu.frame == fVerb || cu.frame == fVerbC || cu.frame == fVerbN) && !cu.says && quoted && c-b-len(cu.seq) <= 6:
		// "Senator Scolds Port Chief: ‘…’"
	case b > a && l.is(wTopic, d.toks, b) > 0 && !d.toks[b].upper && c-b-1 >= 1 && c-b-1 <= 10 && l.is(wDet, d.toks, a) == 0 && d.speechAfter(c+1, s.last):
		// "Mayor Vell on the Flood: …" (with quoted or first-person words
		// after the colon; "Spotlight on Tavor: Port Reopens" is a kicker)
	default:
		// "A Warning From Ana Reyes: ‘…’": the name after the introducer
		a = -1
		for m := c - 2; m > s.first && c-m <= 5; m-- {
			if n := l.is(wQuoteIntro, d.toks, m); n > 0 && m+n < c {
				a = m + n
				break
			}
		}
		if a < 0 || !quoted || a-s.first > 5 {
			return 0
		}
		for k := a; k < c; k++ {
			if !d.toks[k].upper {
				return 0
			}
		}
		b = c
	}
	end := d.beforeTerminal(c+1, d.paragraphEnd(c))
	x := att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(c, c+1), c: colonCue,
		content: d.tokSpan(c+1, end), sent: si, nestedIn: -1, rule: "headline-label"}
	if x.content.empty() {
		return 0
	}
	// the speaker's turn is quoted speech: "I think" in it is the speaker's
	for k := c + 1; k < end; k++ {
		d.inq[k] = true
	}
	d.atts = append(d.atts, x)
	return c
}

// headlineSecondVerb reads a headline's verb in the third person with no
// subject after a comma, colon or semicolon, when an earlier clause of the headline has a
// claim: "Vell Says Port Will Reopen, Calls Strike ‘Reckless’", "Port to
// reopen, Vell says; Urges calm". The earlier claim's source is the
// source, the rest of the clause the content, and the earlier claim's
// content ends at the separator. A subject read for the verb across the
// separator ("Port Will Reopen") is replaced.
func (d *doc) headlineSecondVerb(si int, s sentence, first int) {
	l := d.l
	if !l.has(fHeadlineSecondVerb) {
		return
	}
	if s.last > 200 {
		return // (a headline is short; this keeps the scan below bounded)
	}
	for m := 1; m < s.last; m++ {
		if d.toks[m].nl {
			return // only in the text's first line
		}
	}
	for i := max(s.first, 1); i < s.last; i++ {
		sep := d.toks[i-1]
		if !(d.isComma(i-1) || sep.low == ":" || sep.low == ";") || d.toks[i].kind != word || d.inq[i] {
			continue
		}
		c := l.cueAt(d.toks[:s.last], i)
		if c == nil || c.frame != fVerb && c.frame != fVerbC && c.frame != fVerbN {
			continue
		}
		// a finite verb in the third person, as the subject it shares
		// ("Calls", not an infinitive joined to the clause: "…, Show Compassion")
		if w := d.toks[i].low; !l.suffix(aPlural, w) || l.suffix(aSingular, w) {
			continue
		}
		j := i + len(c.seq)
		if j >= s.last {
			continue
		}
		// the headline's earlier claim before the separator, and the claim
		// read at i, if any
		var prev, here *att
		for k := len(d.atts) - 1; k >= 0; k-- {
			y := &d.atts[k]
			if y.cue.s >= d.toks[i].start {
				if y.cue.s == d.toks[i].start {
					here = y
				}
				continue
			}
			if y.srcFirst >= 0 && y.srcLast > y.srcFirst && y.srcLast < i && y.nestedIn < 0 && y.cue.e <= sep.start {
				prev = y
			}
			break
		}
		if prev == nil {
			continue
		}
		if here != nil {
			// a subject read across the separator, inside the earlier claim
			if here.srcLast != i-1 || here.srcFirst < 0 || here.source.s < prev.cue.e {
				continue
			}
			here.source, here.srcFirst, here.srcLast = prev.source, prev.srcFirst, prev.srcLast
			here.rule = "headline-second-verb"
		} else {
			x := att{cue: d.tokSpan(i, j), c: c, sent: si, nestedIn: -1, rule: "headline-second-verb",
				source: prev.source, srcFirst: prev.srcFirst, srcLast: prev.srcLast}
			xs := d.rightContext(&x, j, s)
			x.content = d.contentRight(xs.next, s, false)
			if x.content.empty() {
				continue
			}
			d.atts = append(d.atts, x)
			prev = &d.atts[len(d.atts)-2] // (the append may have moved the slice)
		}
		// the earlier claim's content ends before this clause
		if prev.content.s < sep.start && prev.content.e > sep.start {
			prev.content = d.trimSpan(span{prev.content.s, d.toks[i-2].end})
		}
	}
}

// speechAfter reports a quotation mark or a first- or second-person
// pronoun in tokens [k, end): words that someone speaks.
func (d *doc) speechAfter(k, end int) bool {
	for m := k; m < end; m++ {
		if d.toks[m].kind == quote || d.toks[m].low == "'" || d.l.is(wPronSelf, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// colonCue is the pseudo-entry for speaker labels.
var colonCue = &cue{lemma: ":", stance: sumber.Assert, frame: fVerb, form: ":", seq: []string{":"}}

// claimNouns reads nominal attributions: "Trump's claim that …" (a
// possessive before the noun), "klaim Pentagon bahwa …" and "tuyên bố của
// NIS rằng …" (the source after the noun). A complementizer is required:
// without one the noun names a topic, not a claim.
func (d *doc) claimNouns(si int, s sentence) {
	l := d.l
	if len(l.nouns) == 0 {
		return
	}
	for i := s.first; i < s.last; i++ {
		var c *cue
		if d.toks[i].info != nil {
			c = d.toks[i].info.noun
		}
		if c == nil || d.insideAttribution(i, si) || d.betweenCueAndContent(i, si) {
			continue
		}
		var a, b, after int
		// (one or two modifiers may stand between the possessor and the
		// noun: "his recent claim that …", "Trump's repeated complaints
		// that …")
		p := i
		for p-1 > s.first && i-p < 2 && d.nounModifier(p-1) {
			p--
		}
		if p > s.first && !(d.possessiveAt(p-1) || l.is(wPronPoss, d.toks, p-1) > 0) {
			p = i
		}
		if p > s.first && l.is(wPronPoss, d.toks, p-1) > 0 && (d.pronounLike(p-1, p) || l.is(wPronSelf, d.toks, p-1) > 0) {
			// "his claim that …": the possessive pronoun, resolved like any other
			a, b, after = p-1, p, i+1
		} else if p > s.first && d.possessiveAt(p-1) {
			// the possessor: capitalised words ending in 's
			b = p
			a = p - 1
			// (not a preposition opening the sentence: "Despite Hale's call to …")
			for a > s.first && p-a < 5 && d.toks[a-1].kind == word && d.toks[a-1].upper && l.is(wFrontedPrep, d.toks, a-1) == 0 {
				a--
			}
			if a == p-1 {
				// a common noun as the possessor: "the central bank's view"
				for m := a - 1; m >= s.first && p-m < 6 && d.toks[m].kind == word; m-- {
					if l.is(wDet, d.toks, m) > 0 || l.is(wNounDet, d.toks, m) > 0 {
						a = m
						break
					}
				}
			}
			after = i + 1
		} else {
			a = i + 1
			if a < s.last && l.is(wGenitive, d.toks, a) > 0 {
				a += l.is(wGenitive, d.toks, a)
			}
			// (a date after the noun is no source: "assertion Tuesday night that")
			if a >= s.last || !d.toks[a].upper || l.is(wDateWord, d.toks, a) > 0 {
				continue
			}
			b = a
			for b < s.last && b-a < 6 && l.is(wComp, d.toks, b) == 0 && !d.hard(b) {
				b++
			}
			after = b
		}
		// after a possessor, a time before the complementizer ("his
		// statement on Wednesday that …", "her claim in November that …")
		// or a copula ("Their fear is that …") still lets the noun say it
		if after == i+1 && b <= i && after < s.last && l.is(wComp, d.toks, after) == 0 {
			if e := d.timeBeforeComp(after, s); e > after {
				after = e
			} else if b == i && l.is(wAux, d.toks, after) == 1 && l.is(wPassive, d.toks, after) == 1 && after+1 < s.last && l.is(wComp, d.toks, after+1) > 0 {
				after++ // (not after a modifier: "Mexico's best argument is that …" is what it could say)
			}
		}
		// (a noun of a promise or a call takes an infinitive after its
		// possessor: "his pledge to close the plant"; words.tsv to-noun)
		toInf := after < s.last && after == i+1 && l.is(wInfinitive, d.toks, after) == 1 && l.is(wToNoun, d.toks, i) == 1 &&
			after+1 < s.last && d.toks[after+1].kind == word && !d.toks[after+1].upper
		if after >= s.last || l.is(wComp, d.toks, after) == 0 && !toInf || b <= a {
			continue
		}
		content := d.contentRight(after+l.is(wComp, d.toks, after), s, false)
		if toInf {
			// the infinitive's phrase ends at a comma: "Despite Hale's call
			// to abandon the plan, he still leads"
			for m := after + 1; m < s.last && d.toks[m].start < content.e; m++ {
				if d.isComma(m) {
					content = d.trimSpan(span{content.s, d.toks[m-1].end})
					break
				}
			}
		}
		if content.empty() {
			continue
		}
		src := d.tokSpan(a, b)
		if d.l.suffix(aPossessive, d.toks[b-1].low) && b-1 == a {
			src = span{d.toks[a].start, d.toks[a].end}
		}
		d.atts = append(d.atts, att{source: src, srcFirst: a, srcLast: b, cue: d.tokSpan(i, i+1), c: c,
			content: content, sent: si, nestedIn: -1, rule: "noun-claim"})
	}
}

// betweenCueAndContent reports a token i of sentence si between the cue
// and the content of one of its attributions: "had said in its first
// statement on Sunday that …" names the vehicle of the saying, no claim
// of its own.
func (d *doc) betweenCueAndContent(i, si int) bool {
	t := d.toks[i]
	for k := len(d.atts) - 1; k >= 0 && d.atts[k].sent == si; k-- {
		if x := d.atts[k]; x.cue.e <= t.start && t.end <= x.content.s {
			return true
		}
	}
	return false
}

// timeBeforeComp returns the complementizer after a short time phrase at
// k ("on Wednesday that", "in November that", "during the debate that",
// "last month that"): a preposition of time or a date word first, then at
// most three words, dates or numbers; or k when there is none.
func (d *doc) timeBeforeComp(k int, s sentence) int {
	l := d.l
	if l.is(wTemporal, d.toks, k) == 0 && l.is(wDateWord, d.toks, k) == 0 {
		return k
	}
	for m := k + 1; m < s.last && m-k <= 4; m++ {
		if l.is(wComp, d.toks, m) > 0 {
			return m
		}
		if t := d.toks[m]; t.kind != word && t.kind != number || d.isComma(m) || l.cueAt(d.toks[:s.last], m) != nil {
			return k
		}
	}
	return k
}

// nounModifier reports a lower-case word at k that may modify a claim
// noun after a possessor ("his recent claim", "their smug assurances"):
// no function word, number or cue.
func (d *doc) nounModifier(k int) bool {
	t := d.toks[k]
	l := d.l
	if t.kind != word || t.upper || d.possessiveAt(k) {
		return false
	}
	if l.is(wNounAdj, d.toks, k) > 0 || l.suffix(aPast, t.low) && l.is(wAux, d.toks, k) == 0 {
		return true // "his recent claim", "his repeated complaints"
	}
	for _, c := range []wclass{wDet, wNounPrep, wComp, wAux, wModal, wCoord, wBoundary, wNeg, wTrim, wPronPoss, wRelative} {
		if l.is(c, d.toks, k) > 0 {
			return false
		}
	}
	return l.cueAt(d.toks, k) == nil
}

// opinionFrames reads a claim noun framing a clause through a preposition
// and a possessor (words.tsv opinion-frame, the preposition and the noun;
// "own" of class own-word may stand between): "In Dunn's view, the plan
// is too costly", "By her own admission, the count was rushed", "…, in
// the mayor's view." The possessor is the source, the clause after the
// comma (or before it, when the phrase closes the sentence) the content.
func (d *doc) opinionFrames(si int, s sentence) {
	l := d.l
	for i := s.first + 2; i < s.last; i++ {
		in := d.toks[i].info
		if in == nil || in.noun == nil || len(in.noun.openPreps) == 0 || d.insideAttribution(i, si) {
			continue
		}
		c := in.noun
		b := i
		if l.is(wOwnWord, d.toks, b-1) == 1 {
			b--
		}
		var a int
		switch {
		case b-1 > s.first && l.is(wPronPoss, d.toks, b-1) > 0 && d.pronounLike(b-1, b):
			a = b - 1 // "in his view"
		case b-1 > s.first && d.possessiveAt(b-1):
			// "in Dunn's view", "in Professor Dunn's view", "in the mayor's view"
			a = b - 1
			for a-1 > s.first && b-a < 5 && d.toks[a-1].kind == word && d.toks[a-1].upper {
				a--
			}
			if a == b-1 || a == b-2 && !d.toks[a].upper {
				for m := a - 1; m > s.first && b-m < 6 && d.toks[m].kind == word; m-- {
					if l.is(wDet, d.toks, m) > 0 || l.is(wNounDet, d.toks, m) > 0 {
						a = m
						break
					}
				}
			}
			if a == b-1 {
				continue
			}
		default:
			continue
		}
		p := a - 1
		if !slices.Contains(c.openPreps, d.toks[p].low) {
			continue
		}
		// the phrase opens the clause and a comma closes it, or a comma
		// opens it and it ends the sentence
		var content span
		switch {
		case i+1 < s.last && d.isComma(i+1) && (d.leadingConnectors(s.first, p) == p || d.isComma(p-1)):
			if d.isComma(p - 1) {
				continue // "X, in his view, is …": the clause is around it
			}
			content = d.contentRight(i+2, s, false)
		case p-1 > s.first && d.isComma(p-1) && (i+1 == s.last || isTerminal(d.toks[i+1])):
			content = d.trimSpan(d.tokSpan(d.leadingConnectors(s.first, p-1), p-1))
		default:
			continue
		}
		if content.empty() {
			continue
		}
		src := d.tokSpan(a, b)
		if a == b-1 && d.l.suffix(aPossessive, d.toks[a].low) {
			src = span{d.toks[a].start, d.toks[a].end}
		}
		d.atts = append(d.atts, att{source: src, srcFirst: a, srcLast: b, cue: d.tokSpan(i, i+1), c: c,
			content: content, sent: si, nestedIn: -1, rule: "noun-frame"})
	}
}

// issuedDocuments reads a document the subject issues (words.tsv
// issue-verb, issued-doc) and what it says: "the union issued a statement
// saying …", "sent a letter to the council urging …", "released the
// following statement: …". A participle cue after the document keeps its
// claim, with the subject before the verb as its source (not "the union
// issued a statement") and the verb and the document in its cue; a cue
// reading of the verb alone gives way to it. A participle that is no cue,
// or a colon, makes a claim of the document when the document or the
// verb is a cue word (the noun "statement", the verb "issued").
func (d *doc) issuedDocuments(si int, s sentence, first int) {
	l := d.l
	for v := s.first + 1; v < s.last; v++ {
		n := l.is(wIssueVerb, d.toks, v)
		if n == 0 || d.toks[v].upper {
			continue
		}
		k := v + n
		if k >= s.last || l.is(wNounDet, d.toks, k) == 0 {
			continue
		}
		m := k + l.is(wNounDet, d.toks, k)
		for m < s.last && m-k < 3 && l.is(wIssuedDoc, d.toks, m) == 0 && d.toks[m].kind == word && !d.toks[m].upper {
			m++ // "a joint statement", "the following statement"
		}
		dn := l.is(wIssuedDoc, d.toks, m)
		if dn == 0 {
			continue
		}
		e := m + dn
		// what follows the document: a participle, perhaps after a date,
		// a comma or the recipient ("to the council"), or a colon
		g := -1
		colon := false
		for h := e; h < s.last && h-e <= 10; h++ {
			t := d.toks[h]
			if t.low == ":" && h == e {
				colon = true
				g = h
				break
			}
			if d.isComma(h) || t.kind == number || t.kind == word && (t.upper || l.is(wDateWord, d.toks, h) > 0 || !l.suffix(aGerund, t.low) && l.cueAt(d.toks[:s.last], h) == nil && l.is(wComp, d.toks, h) == 0 && l.is(wRelative, d.toks, h) == 0) {
				if t.kind == word && !t.upper && l.suffix(aPast, t.low) {
					break // a verb of the clause: "issued a statement praised by …"
				}
				continue
			}
			if t.kind == word && l.suffix(aGerund, t.low) && len(t.low) > 4 {
				g = h
			}
			break
		}
		if g < 0 {
			continue
		}
		// the subject ends before the verb and its auxiliaries ("has
		// published")
		b := v
		for b > s.first && (l.ends(wAux, d.toks, b-1) > 0 || l.ends(wTrim, d.toks, b-1) > 0) && !d.isComma(b-1) {
			b -= max(l.ends(wAux, d.toks, b-1), l.ends(wTrim, d.toks, b-1))
		}
		own := -1 // an attribution of the verb alone ("issued" with its object as content)
		part := -1
		for i := first; i < len(d.atts); i++ {
			if d.atts[i].cue.s == d.toks[v].start {
				own = i
			}
			if !colon && d.atts[i].cue.s == d.toks[g].start {
				part = i
			}
		}
		switch {
		case part >= 0:
			x := &d.atts[part]
			if x.srcFirst < 0 || x.srcFirst >= b || x.srcLast <= v {
				continue // a clause subject of its own: "…, saying"
			}
			x.source, x.srcLast = d.tokSpan(x.srcFirst, b), b
			x.cue = span{d.toks[v].start, x.cue.e}
		case own >= 0:
			continue // "issued a statement: …" reads already
		default:
			sa, sb := d.clauseSubject(s, b, len(d.atts))
			if sb != b || sb <= sa {
				continue
			}
			c := l.cueAt(d.toks[:s.last], v)
			if in := d.toks[m].info; c == nil && in != nil && in.noun != nil {
				c = in.noun
			}
			if c == nil {
				continue
			}
			cueEnd, from := g+1, g+1
			if colon {
				cueEnd = e
			}
			content := d.contentRight(from, s, false)
			if content.empty() {
				continue
			}
			d.atts = append(d.atts, att{source: d.tokSpan(sa, sb), srcFirst: sa, srcLast: sb, cue: d.tokSpan(v, cueEnd), c: c,
				content: content, sent: si, nestedIn: -1, rule: "issued-document"})
			continue
		}
		if own >= 0 {
			d.atts = append(d.atts[:own], d.atts[own+1:]...)
		}
	}
}

// inPolls reads "Trump leads in the latest poll" / "unggul dalam survei
// terbaru": a poll or survey after "in" is the source of the clause
// before it.
func (d *doc) inPolls(si int, s sentence) {
	lead := d.leadingConnectors(s.first, s.last)
	for i := lead; i < s.last-1; i++ {
		if d.l.is(wInSource, d.toks, i) == 0 {
			continue
		}
		b := d.npRight(i+1, s.last)
		poll := false
		for m := i + 1; m < b && m-i <= 8; m++ {
			if n := d.l.is(wPollNoun, d.toks, m); n > 0 {
				poll = true
				b = m + n // the source ends with the poll: "in the polls behind Dunn"
				break
			}
		}
		if !poll || d.insideAttribution(i, si) || d.comparedBefore(i, lead) {
			continue
		}
		a, bb := d.trimNP(i+1, b)
		if bb <= a {
			continue
		}
		var content span
		if i == lead {
			// "In a Kompas poll released Monday, 50 percent chose Sari."
			e := bb
			for e < s.last && e-bb < 6 && !d.isComma(e) && !d.hard(e) {
				e++
			}
			if e >= s.last || !d.isComma(e) {
				continue
			}
			end := d.beforeTerminal(e+1, s.last)
			content = d.tokSpan(e+1, end)
		} else {
			end := i
			for end > lead && d.isComma(end-1) {
				end--
			}
			if end-lead < 3 {
				continue
			}
			content = d.tokSpan(lead, end)
		}
		if content.empty() {
			continue
		}
		d.atts = append(d.atts, att{source: d.tokSpan(a, bb), srcFirst: a, srcLast: bb, cue: d.tokSpan(i, i+1), c: pollCue,
			content: content, sent: si, nestedIn: -1, rule: "in-poll"})
		return
	}
}

// byEstimates reads "…, by one estimate." / "By his own count, …": a
// short noun phrase after a preposition of class by-source that ends in
// a noun of an estimate or an account (estimate-noun), between a comma
// and the end of the sentence or after the sentence's opening and before
// a comma, is the source of the clause on the other side of that comma,
// with the preposition its cue (as "according to one estimate" is).
func (d *doc) byEstimates(si int, s sentence) {
	l := d.l
	lead := d.leadingConnectors(s.first, s.last)
	for i := lead; i < s.last-2; i++ {
		if l.is(wBySource, d.toks, i) == 0 || !(i == lead || d.isComma(i-1)) {
			continue
		}
		b := i + 1
		for b < s.last && b-i <= 4 && d.toks[b].kind == word && l.is(wEstimateNoun, d.toks, b) == 0 {
			b++
		}
		if b >= s.last || l.is(wEstimateNoun, d.toks, b) == 0 || b+1 >= s.last {
			continue
		}
		b++
		var content span
		if i == lead {
			if !d.isComma(b) {
				continue
			}
			end := d.beforeTerminal(b+1, s.last)
			content = d.tokSpan(b+1, end)
		} else {
			if !isTerminal(d.toks[b]) && !d.isComma(b) || i-1-lead < 3 {
				continue
			}
			content = d.trimSpan(d.tokSpan(lead, i-1))
		}
		if content.empty() || d.cueIn(si, i, i+1) {
			continue
		}
		// the estimate noun read as a verb ("…, by one estimate.") is
		// this source's head
		first, cleared := len(d.atts), false
		for k := len(d.atts) - 1; k >= 0 && d.atts[k].sent == si; k-- {
			first = k
			if c := d.atts[k].cue; c.s >= d.toks[i+1].start && c.e <= d.toks[b-1].end {
				d.atts[k].c, cleared = nil, true
			}
		}
		if cleared {
			d.dropCleared(first)
		}
		d.atts = append(d.atts, att{source: d.tokSpan(i+1, b), srcFirst: i + 1, srcLast: b, cue: d.tokSpan(i, i+1), c: byCue,
			content: content, sent: si, nestedIn: -1, rule: "by-estimate"})
		return
	}
}

// cueIn reports an attribution of sentence si whose cue overlaps tokens
// [a, b).
func (d *doc) cueIn(si, a, b int) bool {
	sp := d.tokSpan(a, b)
	for k := len(d.atts) - 1; k >= 0 && d.atts[k].sent == si; k-- {
		if c := d.atts[k].cue; c.s < sp.e && sp.s < c.e {
			return true
		}
	}
	return false
}

// byCue is the pseudo-entry of "by one estimate".
var byCue = &cue{lemma: "by", stance: sumber.Believe, frame: fVerb, form: "by", seq: []string{"by"}}

// pollCue is the pseudo-entry of "in the poll".
var pollCue = &cue{lemma: "in", stance: sumber.Assert, frame: fVerb, form: "in", seq: []string{"in"}}

// insideAttribution reports whether token i is the cue or source of an
// attribution already found in sentence si.
func (d *doc) insideAttribution(i, si int) bool {
	t := d.toks[i]
	for k := len(d.atts) - 1; k >= 0 && d.atts[k].sent == si; k-- {
		x := d.atts[k]
		if (x.cue.s <= t.start && t.end <= x.cue.e) || (x.source.s <= t.start && t.end <= x.source.e) {
			return true
		}
	}
	return false
}

// dashCue is the pseudo-entry for quotations credited after a dash.
var dashCue = &cue{lemma: "―", stance: sumber.Assert, frame: fVerb, form: "―", seq: []string{"―"}}

func isDash(t token) bool {
	switch t.low {
	case "―", "—", "–", "-":
		return t.kind == punct
	}
	return false
}

// dashCredit reads a quotation credited after a dash at the end of a
// paragraph: "“…” ― Sonya Herridge" / "“…” -- Carla Sanchez, teacher".
func (d *doc) dashCredit(si int, s sentence) {
	for q := s.first; q < s.last-1; q++ {
		if d.toks[q].kind != quote || !d.closingLike(q) || !isDash(d.toks[q+1]) {
			continue
		}
		a := q + 1
		for a < s.last && isDash(d.toks[a]) {
			a++
		}
		end := d.paragraphEnd(a)
		if end > s.last {
			end = s.last
		}
		b := a
		for b < end && d.toks[b].kind == word && d.toks[b].upper && b-a < 5 {
			b++
		}
		if b == a || (b < end && !d.isComma(b) && !isTerminal(d.toks[b])) {
			continue
		}
		o := d.openingQuote(q)
		if o < 0 {
			continue
		}
		d.atts = append(d.atts, att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(q+1, q+2), c: dashCue,
			content: d.tokSpan(o, q+1), sent: si, nestedIn: -1, rule: "dash-credit"})
	}
}

// colonQuotes reads a quotation introduced by a name and a colon inside a
// sentence: "… - Olena Kovalenko: “…”", "More from the report: “…”", "Here's
// Morrow in March 2023: “…”". The colon is the cue; words that only
// introduce ("more from", "here's") are not part of the source.
func (d *doc) colonQuotes(si int, s sentence) {
	l := d.l
	for c := s.first + 1; c+1 < len(d.toks) && c < s.last; c++ {
		if d.toks[c].low != ":" || d.toks[c+1].kind != quote || d.closingLike(c+1) || d.inq[c] {
			continue
		}
		if d.hasCueEndingAt(c, si) {
			continue // "He said:" is read by the verb
		}
		// a bracketed party or state after the name: "Rep. Tara Gow (R-S.C.): “…”"
		e0 := c
		if d.toks[c-1].low == ")" {
			for o := c - 2; o > s.first && c-o <= 8; o-- {
				if d.toks[o].low == "(" {
					e0 = o
					break
				}
			}
		}
		a := e0
		for a > s.first && e0-a < 8 && (d.toks[a-1].kind == word || d.toks[a-1].kind == number || d.toks[a-1].low == "’" || d.toks[a-1].low == "'") {
			a--
		}
		for a < c {
			n := l.is(wQuoteIntro, d.toks, a)
			if n == 0 {
				break
			}
			a += n
		}
		// the source ends before a circumstance: "Morrow in March 2023"
		b := a
		for b < e0 && l.is(wAside, d.toks, b) == 0 && l.is(wTemporal, d.toks, b) == 0 {
			b++
		}
		// (a title before a name may run long: "Former secretary of state
		// Hillary Rodham Clane: “…”")
		if b <= a || b-a > 5 && !(b-a <= 8 && d.toks[b-1].upper && d.toks[b-2].upper && d.titleThenName(a, b) && !d.titleCase(s)) || !(d.toks[b-1].upper || l.ends(wSourceNoun, d.toks, b-1) > 0) || d.hasCue(a, c) ||
			l.is(wAgent, d.toks, a) > 0 || l.is(wPronPoss, d.toks, a) > 0 {
			continue // a verb before the colon reads it; "by X:" is a byline; "His assessment:" a summary
		}
		if b-a == 1 && (l.is(wLabel, d.toks, a) > 0 || d.pronounLike(a, b)) {
			continue
		}
		if b == e0 {
			b = c // the bracket stays with the name, as before a verb
		}
		e := d.closingQuote(c + 1)
		if e < 0 {
			e = d.paragraphEnd(c+1) - 1
		}
		x := att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(c, c+1), c: colonCue,
			content: d.tokSpan(c+1, e+1), sent: si, nestedIn: -1, rule: "colon-quote"}
		if x.content.empty() {
			continue
		}
		d.atts = append(d.atts, x)
	}
}

// clauseColon reads a clause with no cue of its own that introduces a
// quotation with a colon: "In a radio interview, Vell went further: “…”",
// "She went on:" with the quotation opening the next paragraph. The
// clause's subject is the source, the predicate up to the colon the cue
// and the quotation the content. A quotation followed by a cue of its
// own ("…: “…,” the man shouted") is that cue's.
func (d *doc) clauseColon(si int, s sentence, first int) {
	l := d.l
	if !l.has(fClauseColon) || s.first == 0 {
		return
	}
	c := -1
	for k := s.first + 2; k < s.last; k++ {
		if d.toks[k].low == ":" {
			c = k
			break
		}
		if d.toks[k].kind == quote || d.inq[k] {
			return
		}
	}
	if c < 0 || c+1 >= len(d.toks) {
		return
	}
	o := c + 1
	if t := d.toks[o]; !(t.kind == quote || t.low == "'") || d.closingLike(o) || o == s.last && !t.nl {
		return
	}
	// speech opens with a capital; a quoted phrase ("a new title: “song
	// anthropologist”") is a name for something
	if o+1 >= len(d.toks) || d.toks[o+1].kind != word || !d.toks[o+1].upper {
		return
	}
	e := d.closingQuote(o)
	if e < 0 {
		return
	}
	// a cue of its own after the quotation: "“…,” the man shouted" (a
	// sentence of its own after a closing stop is another matter: "“….” He
	// left.")
	end := d.paragraphEnd(e)
	if e+1 < end && !(isTerminal(d.toks[e-1]) && d.toks[e+1].upper) && (d.hasCue(e+1, min(end, e+7)) || d.isComma(e-1)) {
		return // (a comma closing the quotation: a speaker follows, "“…,” exhorted X")
	}
	for k := first; k < len(d.atts); k++ {
		if d.atts[k].cue.s >= d.toks[e].end {
			return
		}
	}
	a, b := d.clauseSubject(s, c, len(d.atts))
	if b <= a {
		// a long fronted phrase: the subject opens the clause after the
		// last comma before the colon
		for m := c - 1; m > s.first; m-- {
			if d.isComma(m) {
				a, b = d.clauseSubject(sentence{m + 1, s.last}, c, len(d.atts))
				break
			}
		}
	}
	if b <= a || b+1 < c && !d.toks[b].upper && (d.toks[b+1].upper || l.is(wTitle, d.toks, b) > 0) {
		// a name after its title runs past the opening noun phrase: "The
		// Tavor harbour spokesman Ana Reyes went on:" (titles of class title)
		a0 := d.leadingConnectors(s.first, c)
		if b > a {
			a0 = a
		}
		t0 := a0
		if l.is(wDet, d.toks, t0) > 0 {
			t0++
		}
		n := t0
		for n < c && n-t0 < 10 && d.toks[n].kind == word && (d.toks[n].upper || l.is(wTitle, d.toks, n) > 0 || l.is(wNPPrep, d.toks, n) > 0) {
			n++
		}
		if n > t0 && d.toks[n-1].upper && d.titleThenName(t0, n) && n > b {
			a, b = a0, n
		}
	}
	if b <= a || b >= c || c-b > 14 || d.toks[b].kind != word || d.toks[b].upper || b+1 < c && d.toks[b+1].upper {
		return // ("Harbour master Tom Vell …": the subject goes on past its first lower-case word)
	}
	for m := b + 1; m < c && m-b <= 3 && d.toks[m].kind == word; m++ {
		if d.toks[m].upper && l.is(wTitle, d.toks, m-1) > 0 {
			return // ("The Tavor harbour spokesman Ana Reyes": a title before a name)
		}
	}
	// "He added:" is the verb's, "Rubio: “…”" a label's; a claim in a
	// fronted phrase before the subject is another matter
	for k := first; k < len(d.atts); k++ {
		if y := d.atts[k].cue; y.s < d.toks[c].end && y.e > d.toks[a].start {
			return
		}
	}
	// the predicate introduces the quotation, no clause of its own: "she is
	// sure that …: “…”" says more than the quotation
	for k := b; k < c; k++ {
		if d.hard(k) && !d.isComma(k) || l.is(wComp, d.toks, k) > 0 {
			return
		}
	}
	// ("there's a simple explanation:" names no one; "His message was
	// blunt:" is cut after the possessive)
	if l.is(wExistential, d.toks, a) > 0 || l.is(wPronPoss, d.toks, b-1) > 0 {
		return
	}
	// an imperative read as a subject: "Consider the following: “…”" (a
	// determiner opens an object, not a predicate)
	if l.is(wDet, d.toks, b) > 0 || l.is(wPronPoss, d.toks, b) > 0 {
		return
	}
	// a copula and an adjective say how something is, not who spoke: "The
	// reason is simple: “…”" names no speaker, "She was blunt: “…”" does,
	// and "Vell’s response was: “…”" gives the words themselves
	if l.is(wPassive, d.toks, b) > 0 && c > b+1 && !(d.namedIn(a, b) && d.toks[b-1].upper || d.pronounLike(a, b) || l.ends(wSourceNoun, d.toks, b-1) > 0 ||
		l.ends(wBody, d.toks, b-1) > 0 || l.ends(wInstitution, d.toks, b-1) > 0) {
		return
	}
	x := att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(b, c), c: colonCue,
		content: d.tokSpan(o, e+1), sent: si, nestedIn: -1, rule: "clause-colon"}
	if x.content.empty() {
		return
	}
	if a > s.first && d.isComma(a-1) {
		x.clauseStart = d.toks[a-1].start // a new clause after a fronted one: not part of its claim
	}
	d.atts = append(d.atts, x)
}

// titleThenName reports whether every lower-case word of a..b-1 is a
// title or a preposition inside a noun phrase ("Former secretary of state
// Hillary Rodham Clane").
func (d *doc) titleThenName(a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.kind != word || !t.upper && d.l.is(wTitle, d.toks, k) == 0 && d.l.is(wNPPrep, d.toks, k) == 0 && d.l.is(wPlacePrep, d.toks, k) == 0 {
			if !(t.kind == word && d.l.is(wNPPrep, d.toks, k-1) > 0) {
				return false // ("secretary of state": the word after "of" is part of the title)
			}
		}
	}
	return true
}

// hasCueEndingAt reports whether an attribution of sentence si has its cue
// or source ending right before token c.
func (d *doc) hasCueEndingAt(c, si int) bool {
	for k := len(d.atts) - 1; k >= 0 && d.atts[k].sent == si; k-- {
		x := d.atts[k]
		if x.cue.e == d.toks[c-1].end || x.source.e == d.toks[c-1].end || x.cue.s == d.toks[c].start {
			return true
		}
	}
	return false
}

// comparedBefore reports a comparison just before token i, in its clause:
// "up from 5.8% in the previous poll", "higher than in the last survey"
// compare with the poll rather than cite it.
func (d *doc) comparedBefore(i, lead int) bool {
	for m := i - 1; m >= lead && i-m <= 4 && !d.isComma(m); m-- {
		if d.l.is(wCompareWord, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// headlineCueAfterColon reports whether a headline (a paragraph without a
// closing stop) names a place or a topic before its colon and its own
// speaker after it: "Sóc Tarn: Mặn vào sâu 60 km, tỉnh nói …", "Tavor: Fire
// spreads, officials say". A verb cue outside quotation marks, after at
// least one word that is not a first- or second-person pronoun ("Kalvos: I
// never said it" stays the speaker's turn), gives the headline its speaker;
// a capitalised cue is a title-case headline's word ("Pat Caddell: Voters
// Worried About …" stays Caddell's).
func (d *doc) headlineCueAfterColon(c, end int) bool {
	if !d.l.has(fHeadlineTopicColon) || end <= c+2 || isTerminal(d.toks[end-1]) {
		return false
	}
	inQuote := false
	for k := c + 1; k < end; k++ {
		t := d.toks[k]
		if t.kind == quote {
			inQuote = !inQuote
			continue
		}
		if inQuote || k < c+2 || t.kind != word || t.upper {
			continue
		}
		cu := d.l.cueAt(d.toks[:end], k)
		if cu == nil || cu.frame != fVerb && cu.frame != fVerbC && cu.frame != fVerbN && cu.frame != fVerbQ {
			continue
		}
		if d.toks[k-1].kind == word && d.l.is(wPronSelf, d.toks, k-1) == 0 {
			return true
		}
	}
	return false
}
