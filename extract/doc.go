package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sumber"
	"sumber/figures"
)

// maxNP bounds how many tokens a source noun phrase may have; Vietnamese
// writes one token per syllable, so its phrases are longer.
const maxNP = 16

// npLimit is maxNP for the document's language.
func (d *doc) npLimit() int {
	if d.l.has(fSyllables) {
		return maxNP * 3 / 2
	}
	return maxNP
}

// syllables scales a length in words to tokens: Vietnamese writes a word
// as one or more syllables, and names of bodies run long ("Đại diện Công
// ty CP Xây dựng Orvel" is eight tokens).
func (d *doc) syllables(n int) int {
	if d.l.has(fSyllables) {
		return n * 2
	}
	return n
}

// span is a byte range [s, e) of the document text; e <= s means none.
type span struct{ s, e int }

func (x span) empty() bool { return x.e <= x.s }

func (x span) contains(y span) bool { return !x.empty() && x.s <= y.s && y.e <= x.e }

// via is one relay found in the text.
type via struct {
	sp    span
	actor string
	// told is set for an outlet the claim was told to ("told Reuters",
	// "nói với AFP"): it relays this claim only, not the speaker's next one
	told bool
}

// att is an attribution under construction, in byte offsets.
type att struct {
	source, cue, content span
	// compared is a comparison cut off the end of a revision's content
	// (", từ mức 6,1% hồi tháng 7", ", up from 52 a day earlier"): a date
	// in it dates the old figure, not the claim
	compared span
	// eventTime is a time phrase fronted before the content ("Theo cáo
	// trạng, từ tháng 5/2021 đến tháng 8/2023, …"): when what is claimed
	// happened, not when it was claimed
	eventTime         span
	srcFirst, srcLast int // source token range [first, last) in the document, -1 when none
	c                 *cue
	neg               bool
	timing            sumber.Timing
	via               []via
	origin            *via // a relay's origin ("citing X") replaces the source
	rule              string
	sent              int
	actor             string
	resolved          *span
	pronoun           int // 0 none, 1 singular, 2 plural, 3 relative
	plural            bool
	nestedIn          int  // index of the attribution whose content holds this cue, -1 none
	commaBefore       bool // the source follows a comma: a new clause, not nested
	clauseStart       int  // byte offset of the comma opening this attribution's clause, 0 if none
	passiveSubject    span // "Thông tin trên được Bộ X công bố": what the agent said
	echo              *cue // "said he believed": the inner cue whose stance the claim takes
	comment           bool // "…, an accusation X denied": the claims in its content are not relayed by it
	date              *sumber.ClaimDate
	figures           []sumber.Figure
	finding           bool // "the survey found": a document's finding is asserted
	relAntecedent     bool // "Hale, who had denied it": the source pronoun's antecedent is the noun phrase before its comma
	asker             bool // "When asked by a reporter whether …, he said": the source asks; a pronoun after it is the one asked
	// gaps are the stretches inside a content that are not its own: the
	// reporter's clause interrupting a quotation, or the sentence between
	// a quotation and its continuation (joinQuotes); figures there are not
	// the claim's
	gaps      []span
	self      sumber.Stance // a self-report read from its content: admission or contested claim
	laterWord bool          // the later timing came from a marker before the cue ("sau đó thừa nhận")
	// nyaSubject is the clause subject a -nya cue in a relative clause
	// refers to ("Polisi memamerkan sabu yang diklaimnya …": the police),
	// as token range [first, last); empty when none
	nyaFirst, nyaLast int
	nyaRel            bool // a -nya cue after "yang"

	// viaFrom is 1 + the attribution whose relays this one goes on with
	// (continueVia), 0 when none
	viaFrom int
}

// doc is the working state for one text. It is reused through a pool.
type doc struct {
	text, low  string
	l          *lexicon
	opt        sumber.ExtractOptions
	toks       []token
	sents      []sentence
	atts       []att
	sentVia    []via             // outlet relays for the current sentence ("menurut AFP")
	inq        []bool            // token is inside a quotation
	pendingVia []via             // a parenthetical "according to X" waiting for the next claim
	relayedAsk []relayedSubject  // subjects whose request an outlet relayed, with no claim to carry it
	outletPrep *prepCall         // the "according to OUTLET" made a relay of the sentence's claims
	ownReport  bool              // prep reads an outlet as the source, never as a relay
	key        []byte            // scratch for outlet look-ups
	roots      map[string]string // actor name → gazetteer root (rootOf)
	runes      []int32           // scratch for byte → code point offsets
}

func (d *doc) reset(text string, l *lexicon, opt sumber.ExtractOptions) {
	d.text, d.l, d.opt = text, l, opt
	d.low = lowerSameLen(text)
	d.toks = tokenize(text, d.low, l.isAbbrev, d.toks)
	l.annotate(d.toks)
	d.acronyms()
	d.sents = l.splitSentences(d.toks, d.sents)
	d.atts = d.atts[:0]
	d.relayedAsk = d.relayedAsk[:0]
	clear(d.roots)
	d.quotations()
}

func (d *doc) run() {
	skipTo := -1 // the first token after a paragraph of links to other articles
	for si, s := range d.sents {
		if s.first < skipTo {
			continue
		}
		if e := d.linkParagraphs(s.first); e > s.first {
			skipTo = e
			continue
		}
		d.sentence(si, s)
	}
	d.dropDirectives()
	d.frontedInterviews()
	d.joinQuotes()
	d.resolve()
	d.askedRelays()
	d.finders()
	d.attach()
	d.datedEarlier()
}

// dropDirectives drops a cue that gives an order: its content opens with
// an infinitive ("residents told to stay indoors") or with a short object
// before one ("officials told about 500 families to leave", "told her
// to leave", also when that object was read as the addressee). A clause
// with its own subject and verb ("told reporters he expected to win")
// stays a claim.
func (d *doc) dropDirectives() {
	drop := false
	for k := range d.atts {
		if d.directive(d.atts[k]) {
			d.atts[k].c = nil
			drop = true
		}
	}
	if drop {
		d.dropCleared(0) // (keeping what was nested in a directive nested in its holder)
	}
}

func (d *doc) directive(x att) bool {
	k := d.tokenAt(x.cue.s)
	if k < 0 || d.l.is(wDirective, d.toks, k) == 0 || x.content.s < x.cue.e {
		return false
	}
	m := k + d.l.is(wDirective, d.toks, k)
	if m >= len(d.toks) {
		return false
	}
	if d.toks[m].start != x.content.s {
		// "told her to leave the hall": an object read as the addressee
		// before a content that opens with the infinitive
		c := d.tokenAt(x.content.s)
		return c > m && c-m <= 3 && c+1 < len(d.toks) && d.l.is(wInfinitive, d.toks, c) > 0 && d.toks[c+1].kind == word && !d.subjectIn(m, c)
	}
	for n := 0; n < 6 && m+1 < len(d.toks) && d.toks[m].end <= x.content.e; n, m = n+1, m+1 {
		t := d.toks[m]
		if d.l.is(wInfinitive, d.toks, m) > 0 {
			return d.toks[m+1].kind == word
		}
		// (an object pronoun is the object told: "told her to leave"; a
		// subject pronoun opens a clause: "told reporters he expected …")
		if t.kind != word && t.kind != number || d.l.is(wPronSubj, d.toks, m) > 0 ||
			d.l.is(wAux, d.toks, m) > 0 || d.l.is(wModal, d.toks, m) > 0 || d.l.is(wBoundary, d.toks, m) > 0 ||
			d.l.suffix(aPast, t.low) || d.hasCue(m, m+1) {
			return false
		}
	}
	return false
}

// subjectIn reports a subject pronoun, an auxiliary or a word of a clause
// boundary among tokens [a, b).
func (d *doc) subjectIn(a, b int) bool {
	for m := a; m < b; m++ {
		if d.toks[m].kind != word || d.l.is(wPronSubj, d.toks, m) > 0 || d.l.is(wAux, d.toks, m) > 0 || d.l.is(wBoundary, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// relayedSubject is the subject of a request an outlet relayed in an
// according-to aside ("Menteri X, Nama, dikutip dari Antara, meminta …"):
// tokens [a, b) of sentence sent, and the outlet as a via.
type relayedSubject struct {
	sent, a, b int
	v          via
}

// askedRelays gives the outlet that relayed a subject's request to the
// claim that subject makes in the next sentence, named short ("Yohana
// mengatakan …" after "Menteri …, Yohana Rumbiak, dikutip dari Antara,
// meminta …"), when that claim names no relay of its own.
func (d *doc) askedRelays() {
	for _, r := range d.relayedAsk {
		for k := range d.atts {
			x := &d.atts[k]
			if x.sent != r.sent+1 || len(x.via) > 0 || x.nestedIn >= 0 || x.srcFirst < 0 {
				continue
			}
			if d.nameIn(x.srcFirst, x.srcLast, r.a, r.b) {
				x.via = append(x.via, r.v)
			}
			break // only the sentence's first claim goes on with the request
		}
	}
}

// nameIn reports whether tokens [a, b), one or two capitalised words, stand
// as whole words in tokens [c, e).
func (d *doc) nameIn(a, b, c, e int) bool {
	n := b - a
	if n < 1 || n > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind != word || !d.toks[k].upper {
			return false
		}
	}
	for k := c; k+n <= e; k++ {
		same := true
		for m := 0; m < n && same; m++ {
			same = d.toks[k+m].low == d.toks[a+m].low
		}
		if same {
			return true
		}
	}
	return false
}

// tokSpan is the byte span of tokens [a, b).
func (d *doc) tokSpan(a, b int) span {
	if b <= a {
		return span{}
	}
	return span{d.toks[a].start, d.toks[b-1].end}
}

func (d *doc) isComma(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == punct && (d.toks[i].low == "," || d.toks[i].low == ";")
}

// isSep reports a comma or a spaced dash: the marks that set off asides.
func (d *doc) isSep(i int) bool {
	return d.isComma(i) || (i >= 0 && i < len(d.toks) && isDash(d.toks[i]) && d.hard(i))
}

// hard reports whether token i ends a noun-phrase scan.
func (d *doc) hard(i int) bool {
	t := d.toks[i]
	if t.kind == quote {
		return true
	}
	if t.kind == punct {
		if d.dashInName(i) {
			return false
		}
		switch t.low {
		case "-":
			// a spaced dash separates ("Jakarta - Korea Utara membantah");
			// a tight one joins ("D-Wis"); a spaced "--" is a dash too
			pre := i > 0 && d.toks[i-1].end < t.start
			post := i+1 < len(d.toks) && d.toks[i+1].start > t.end
			if pre && !post && i+1 < len(d.toks) && d.toks[i+1].low == "-" {
				post = i+2 >= len(d.toks) || d.toks[i+2].start > d.toks[i+1].end
			} else if post && !pre && i > 0 && d.toks[i-1].low == "-" {
				pre = i-2 < 0 || d.toks[i-2].end < d.toks[i-1].start
			}
			return pre && post
		case "/", "&", "'", "’", "%":
			return false
		}
		return true
	}
	return false
}

// dashInName reports a spaced dash inside the name of a Vietnamese body:
// it joins a lower-case syllable of a capitalised run to a capitalised
// word ("Bộ Lao động – Thương binh và Xã hội", "Hiệp hội Cà phê – Ca
// cao"). A dash after a capitalised word ("Tavor – Port Velin", a
// dateline "Hà Nội –") still separates, unless a word of class joint
// opens the run ("liên Bộ Công Thương - Tài chính").
func (d *doc) dashInName(i int) bool {
	if !d.l.has(fNameDash) || i < 2 || i+1 >= len(d.toks) || d.toks[i].kind != punct || d.toks[i].low != "–" && d.toks[i].low != "-" {
		return false
	}
	p, n := d.toks[i-1], d.toks[i+1]
	if p.kind != word || n.kind != word || !n.upper || p.end >= d.toks[i].start || n.start <= d.toks[i].end {
		return false
	}
	if p.upper {
		// bodies acting jointly join their names with a dash whatever
		// ends the first: "liên Bộ Công Thương - Tài chính"
		for k := i - 2; k >= 0 && k >= i-6 && d.toks[k].kind == word; k-- {
			if d.l.is(wJoint, d.toks, k) > 0 {
				return true
			}
		}
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if d.toks[k].kind != word {
			return false
		}
		if d.toks[k].upper {
			return true
		}
	}
	return false
}

// sentence finds the cues of one sentence and builds their attributions.
func (d *doc) sentence(si int, s sentence) {
	l := d.l
	d.sentVia = d.sentVia[:0]
	d.pendingVia = d.pendingVia[:0]
	d.outletPrep = nil
	first := len(d.atts)
	lastCueEnd := s.first
	if e := d.headlineVerbLabel(si, s); e > 0 {
		lastCueEnd = e + 1
	} else if (s.first == 0 || d.toks[s.first].nl) && d.speakerLabel(si, s) {
		lastCueEnd = s.first + 1
		// (a cue word in a headline's addressee, between the speaker and
		// the colon, is none: "Mayor To Residents Worried About Floods: …")
		if x := d.atts[len(d.atts)-1]; x.srcLast >= 0 && x.srcLast < d.tokenAt(x.cue.s) {
			lastCueEnd = d.tokenAt(x.cue.s) + 1
		}
	} else if e := d.headlineSource(si, s); e > 0 {
		lastCueEnd = e
	}
	after := d.afterSpanCue(s)
	if after > lastCueEnd {
		lastCueEnd = after + 1
	}
	for i := s.first; i < s.last; {
		c := l.cueAt(d.toks[:s.last], i)
		if c == nil {
			i++
			continue
		}
		j := i + len(c.seq)
		// ("went on to explain that …": a form that ends in "to" itself)
		to := 0
		if j+1 < s.last && l.is(wInfinitive, d.toks, j) == 1 {
			to = 1
		} else if j < s.last && l.is(wInfinitive, d.toks, j-1) == 1 {
			to = -1
		}
		if c.aspect && to != 0 && d.leadingConnectors(s.first, i) < i {
			// "continues to insist that …": the cue after "to" says what
			// is claimed, the whole phrase is the cue ("Continuing to
			// explain his view, X said …" opens the sentence: the
			// participle frame reads it)
			at := j + max(to, 0) // the verb after "to"
			if c2 := l.cueAt(d.toks[:s.last], at); c2 != nil && (c2.frame == fVerb || c2.frame == fVerbC || c2.frame == fVerbN) {
				c, j = c2, at+len(c2.seq)
			} else if l.is(wToBe, d.toks, at-1) == 2 {
				// "continues to be unpopular", "went on to be elected":
				// the lemma carries on a state, and no claim
				i = j
				continue
			}
		}
		if i < lastCueEnd || !d.cueContext(s, i) {
			i++
			continue
		}
		before, vias := len(d.atts), len(d.sentVia)
		switch c.frame {
		case fRelay, fRelayC:
			if c.frame == fRelay || d.citesSource(j) {
				// handled from the verb it follows or precedes
				i = j
				continue
			}
			d.verb(si, s, c, i, j, lastCueEnd) // "…, citing low growth": a reason given

		case fPrep, fPrepC:
			j = d.prep(si, s, c, i, j, lastCueEnd)
		default:
			d.verb(si, s, c, i, j, lastCueEnd)
		}
		if len(d.atts) > before || d.sentViaAt(j) {
			lastCueEnd = j // a rejected cue does not bound the next subject
		}
		for _, v := range d.sentVia[vias:] {
			// "According to Reuters, the president said …": the outlet
			// relaying the claim is no part of its subject
			if _, e := d.tokens(v.sp); e > lastCueEnd {
				lastCueEnd = e
			}
		}
		i = j
	}
	if p := d.outletPrep; p != nil && len(d.atts) == first {
		// "According to the Post, the mayor failed to reply.": the cue the
		// outlet was to relay made no claim, so the report is the outlet's
		d.sentVia = d.sentVia[:len(d.sentVia)-1]
		d.ownReport = true
		d.prep(si, s, p.c, p.i, p.j, p.lastCueEnd)
		d.ownReport = false
	}
	d.openingClauseCut(s, first)
	d.requestAfterView(first)
	d.dashCredit(si, s)
	d.colonQuotes(si, s)
	d.clauseColon(si, s, first)
	d.headlineSecondVerb(si, s, first)
	d.claimNouns(si, s)
	d.opinionFrames(si, s)
	d.issuedDocuments(si, s, first)
	d.inPolls(si, s)
	d.byEstimates(si, s)
	d.openingTiming(s, first)
	if after >= 0 {
		// "Sau ba ngày phủ nhận, Bộ … thừa nhận …": what is said after a
		// span of earlier statements is a change of position
		for m := first; m < len(d.atts); m++ {
			if x := &d.atts[m]; x.timing == "" && x.cue.s > d.toks[after].start {
				x.timing = sumber.Later
			}
		}
	}
	d.documentGoesOn(si, first)
	d.tailRelay(s, first)
	d.findings(first)
	d.tailCiting(s, first)
	// an outlet credited with "menurut AFP" relays the other claims of the sentence
	if len(d.sentVia) > 0 {
		for k := first; k < len(d.atts); k++ {
			d.atts[k].via = append(d.atts[k].via, d.sentVia...)
		}
	}
	d.clauses(first)
	d.echoes(first)
	d.medialTails(s, first)
	d.reversalAfter(s, first)
}

// tailOn reports whether token k opens a phrase that goes on with a
// claim (class tail-on), or an apposition of a figure to it: an
// indefinite article before a number ("…, court records show, a 40%
// increase on the year before").
func (d *doc) tailOn(k int) bool {
	if d.l.is(wTailOn, d.toks, k) > 0 {
		return true
	}
	return d.l.is(wIndefArticle, d.toks, k) == 1 && k+1 < len(d.toks) && d.toks[k+1].kind == number
}

// medialTails joins to a claim the words that go on with it after a
// reporter's clause in mid-sentence: in "Five people were hurt, police
// said, including two children" and "Exports fell 4%, according to the
// agency, down from 6% in May" the phrase after the second comma (class
// tail-on) is no clause of its own but the rest of what was said before
// the cue, so the content is both parts, the reporter's clause a gap.
func (d *doc) medialTails(s sentence, first int) {
	end := d.beforeTerminal(s.first, s.last)
	for m := first; m < len(d.atts); m++ {
		x := &d.atts[m]
		if x.c == nil || x.source.empty() || x.content.empty() || x.nestedIn >= 0 || len(x.gaps) > 0 {
			continue
		}
		held := span{min(x.source.s, x.cue.s), max(x.source.e, x.cue.e)}
		h0, h1 := d.tokens(held)
		c0, c1 := d.tokens(x.content)
		if h0 <= s.first || h1 < 0 || c0 < 0 || !d.isComma(h0-1) {
			continue
		}
		switch {
		case x.content.s >= held.e && c0 == h1+1 && d.isComma(h1) && d.tailOn(c0):
			// read as pre-posed with the tail as its content
			a := d.leadingConnectors(s.first, h0-1)
			if a >= h0-1 {
				continue
			}
			x.gaps = append(x.gaps, span{d.toks[h0-2].end, x.content.s})
			x.content.s = d.toks[a].start
		case x.content.e <= held.s && c1 == h0-1 && h1+1 < end && d.isComma(h1) && d.tailOn(h1+1):
			// read as post-posed, the tail left out
			x.gaps = append(x.gaps, span{x.content.e, d.toks[h1+1].start})
			x.content.e = d.toks[end-1].end
		}
	}
}

// reversalAfter marks a change of position framed by the reporter's time
// frame: in "X confirmed …, a week after it denied that …" the pronoun's
// denial, after "a week after", came first (earlier) and the main
// claim reverses it (later). One of the two must be a denial.
func (d *doc) reversalAfter(s sentence, first int) {
	for m := first; m < len(d.atts); m++ {
		y := &d.atts[m]
		p := y.srcFirst
		if y.timing != "" || p <= s.first || y.srcLast != p+1 || d.l.is(wPronSg, d.toks, p) == 0 && d.l.is(wPronPl, d.toks, p) == 0 ||
			d.l.is(wFrameAfter, d.toks, p-1) == 0 || d.timeFrameBefore(p-1, s) < 0 {
			continue
		}
		for k := first; k < m; k++ {
			x := &d.atts[k]
			if x.nestedIn >= 0 || x.timing != "" || x.c == nil || y.c == nil || x.cue.e > y.cue.s ||
				(x.c.stance == sumber.Deny) == (y.c.stance == sumber.Deny) {
				continue
			}
			x.timing, y.timing = sumber.Later, sumber.Earlier
			break
		}
	}
}

// cueEndsAt reports a reporting verb ending right before token i, as in
// "ông Hal cho biết theo thống kê của sở, …": what follows is its content.
func (d *doc) cueEndsAt(i, first int) bool {
	for k := i - 1; k >= first && i-k <= 4; k-- {
		if c := d.l.cueAt(d.toks, k); c != nil && k+len(c.seq) == i && c.frame != fPrep && c.frame != fPrepC && c.frame != fRelay && c.frame != fRelayC {
			return true
		}
	}
	return false
}

// relayEndsAt reports a relay cue ending right before token i ("dẫn lời").
func (d *doc) relayEndsAt(i, first int) bool {
	for k := i - 1; k >= first && i-k <= 4; k-- {
		if c := d.l.cueAt(d.toks, k); c != nil && k+len(c.seq) == i && (c.frame == fRelay || c.frame == fRelayC) {
			return true
		}
	}
	return false
}

// namedIn reports whether tokens [a, b) contain a capitalised word that
// does not merely open the sentence.
func (d *doc) namedIn(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.kind == word && t.upper && d.l.is(wPronSg, d.toks, k) == 0 && d.l.is(wPronPl, d.toks, k) == 0 &&
			d.l.is(wPronSelf, d.toks, k) == 0 && d.l.is(wAppositive, d.toks, k) == 0 && d.l.is(wRelative, d.toks, k) == 0 {
			return true
		}
	}
	return false
}

// titleCase reports a headline-style sentence in which most words are
// capitalised ("Sari Says Museum Will Tell of Flood"), not counting, in
// the text's first line, the prepositions and conjunctions a title leaves
// in lower case (class label-stop): there a capital does not mark a name.
func (d *doc) titleCase(s sentence) bool {
	words, upper := 0, 0
	for k := s.first; k < s.last; k++ {
		// (a preposition, an article or a conjunction stays lower-case in the
		// text's title: "Calls for Inquiry into Vell’s Meetings with Donors")
		if t := d.toks[k]; t.kind == word && len(t.low) > 3 && (t.upper || s.first > 0 || d.l.is(wLabelStop, d.toks, k) == 0) {
			words++
			if t.upper {
				upper++
			}
		}
	}
	return words >= 3 && upper*10 >= words*8
}

// afterSpanCue returns the comma that ends an opening "after a span of
// saying" (class after-span, then a count and time words, then a cue:
// "Sau ba ngày phủ nhận,", "Sau nhiều tuần im lặng và bác bỏ,"), or -1.
// The cue in it has no subject and makes no claim of its own; the
// sentence's claims after it are later.
func (d *doc) afterSpanCue(s sentence) int {
	l := d.l
	k := s.first
	n := l.is(wAfterSpan, d.toks, k)
	if n == 0 {
		return -1
	}
	k += n
	m := k
	for m < s.last && m-k < 4 && (d.toks[m].kind == number || l.is(wDateWord, d.toks, m) > 0 || l.is(wDet, d.toks, m) > 0 || l.is(wNounDet, d.toks, m) > 0) {
		m++
	}
	if m == k || m >= s.last {
		return -1
	}
	for e := m; e < s.last && e-m < 6; e++ {
		if d.isComma(e) {
			if d.hasCue(m, e) {
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

// openingTiming applies a timing word that opens the sentence before a
// comma ("Earlier,", "Sebelumnya,", "Trước đó,", "Later,") to the
// sentence's own claims that have none.
func (d *doc) openingTiming(s sentence, first int) {
	k := s.first
	for k < s.last && (d.l.is(wContrast, d.toks, k) > 0 || d.isComma(k)) {
		k++ // "Tuy nhiên, trước đó, …"
	}
	var t sumber.Timing
	if n := d.l.is(wEarlier, d.toks, k); n > 0 && k+n < s.last && d.isComma(k+n) {
		t = sumber.Earlier
	} else if n := d.l.is(wLater, d.toks, k); n > 0 && k+n < s.last && d.isComma(k+n) {
		t = sumber.Later
	} else if d.spanEarlier(k, s) {
		t = sumber.Earlier
	}
	if t == "" {
		return
	}
	for m := first; m < len(d.atts); m++ {
		if x := &d.atts[m]; x.timing == "" && x.sent == d.atts[first].sent {
			x.timing = t
		}
	}
}

// cueContext rejects cue words used as names or nouns: a capitalised word
// inside a sentence ("The New York Post", "United States") or a word after
// a determiner ("the think tank", "các cáo buộc").
func (d *doc) cueContext(s sentence, i int) bool {
	t := d.toks[i]
	// a participle right after a common noun and before "of"/"by" is an
	// adjective: "people accused of rape", "PACs supported by the Kochs"
	if i > s.first && i+1 < s.last && d.l.suffix(aPast, t.low) {
		p := d.toks[i-1]
		// ("a view echoed by the union": a noun naming a statement is
		// what the agent takes up, read as a passive)
		if d.l.is(wAgentOf, d.toks, i+1) > 0 && p.kind == word && !p.upper && d.l.is(wPassive, d.toks, i-1) == 0 && !d.reducedPassive(i, i+1) &&
			d.l.is(wTrim, d.toks, i-1) == 0 && d.l.ends(wNeg, d.toks, i-1) == 0 && !d.pronounLike(i-1, i) {
			return false
		}
	}
	if d.attributive(s, i) {
		return false // "came from suspected cases", "confirmed and suspected cases"
	}
	if d.questionAt(s, i) {
		return false // "How do you think he will fare?": a question claims nothing
	}
	if d.anySubjectOf(s, i) {
		return false // "Anyone claiming that …", "anybody who complains …"
	}
	// "But please know that …": a request to the reader claims nothing
	if m := i - 1; m >= s.first && (d.l.is(wImperative, d.toks, m) > 0 || m > s.first && d.l.suffix(aAdverb, d.toks[m].low) && d.l.is(wImperative, d.toks, m-1) > 0) {
		return false
	}
	// "the company ignored repeated warnings": a past form right after
	// another past verb (not after an auxiliary) and before a plural common
	// noun is that noun's adjective, the other verb's object
	if i-2 >= s.first && i+1 < s.last && d.l.suffix(aPast, t.low) && !t.upper {
		p, n := d.toks[i-1], d.toks[i+1]
		if p.kind == word && !p.upper && d.l.suffix(aPast, p.low) && d.l.cueAt(d.toks[:s.last], i-1) == nil &&
			d.l.is(wAux, d.toks, i-2) == 0 && d.l.is(wPassive, d.toks, i-2) == 0 && d.l.ends(wNeg, d.toks, i-2) == 0 &&
			n.kind == word && !n.upper && len(n.low) > 3 && d.l.suffix(aPlural, n.low) && d.l.is(wDet, d.toks, i+1) == 0 && !d.pronounLike(i+1, i+2) &&
			d.l.is(wAside, d.toks, i+1) == 0 && d.l.is(wNounPrep, d.toks, i+1) == 0 && d.l.is(wAsWord, d.toks, i+1) == 0 {
			return false
		}
	}
	if i-3 >= s.first && d.nounParticiple(i-3, i) {
		return false // "in a video posted on X": a participle of the noun
	}
	if t.upper && i > s.first {
		p := d.toks[i-1]
		if !d.titleCase(s) && (p.kind == word || p.kind == number || p.low == ",") {
			return false
		}
		// in a headline, the last word of an outlet's name: "Washington Post
		// Hit Piece Exploits …"
		for a := i - 1; a >= s.first && i-a <= 3 && d.toks[a].upper; a-- {
			if _, ok := d.lookupOutlet(a, i+1); ok {
				return false
			}
		}
	}
	if d.l.has(fNounAfterPrep) && i > s.first && !d.l.suffix(aGerund, t.low) {
		// "updated with comment from X", "for comment": after a preposition a
		// bare form is a noun ("a ministry for emergencies said" has a noun between)
		if !d.toks[i-1].upper && d.l.is(wNounPrep, d.toks, i-1) > 0 {
			return false
		}
		// "for a range of research projects.", "a record of empty
		// promises by X": after a preposition and one modifier, a plural
		// form with only punctuation or a preposition after it is a noun
		// ("an average of polls shows that …" has a plural subject and a
		// clause, "evidence from trade suggests American …" an object;
		// a phrase after a comma or a quotation, "…, the head of security
		// says.", may be a post-posed subject)
		if i-2 >= s.first && d.l.suffix(aPlural, t.low) && !d.l.suffix(aSingular, t.low) && !d.toks[i-2].upper && d.l.is(wNounPrep, d.toks, i-2) > 0 && !d.afterClauseEdge(s, i-3) {
			m := d.toks[i-1]
			if m.kind == word && !m.upper && !(d.l.suffix(aPlural, m.low) && !d.l.suffix(aSingular, m.low)) && !d.l.suffix(aAdverb, m.low) &&
				d.l.is(wDet, d.toks, i-1) == 0 && d.l.is(wNounDet, d.toks, i-1) == 0 && !d.pronounLike(i-1, i) &&
				(i+1 >= s.last || d.toks[i+1].kind == punct || d.l.is(wNounPrep, d.toks, i+1) > 0) {
				return false
			}
		}
		// "to make an improbable remark": an indefinite article and one word
		// before a form that is also a noun make it the noun ("a source said")
		if c := d.l.cueAt(d.toks[:s.last], i); c != nil && c.frame == fVerbC && i-2 >= s.first &&
			d.indefinite(i-2) && d.toks[i-1].kind == word {
			return false
		}
		// "gave a far higher estimate.", "a much lower estimate of 40":
		// two modifiers, the last no plural noun ("a few analysts
		// estimate that …" has its subject there), and nothing after the
		// form but punctuation or a preposition ("a small minority
		// dispute the figures" has an object)
		if c := d.l.cueAt(d.toks[:s.last], i); c != nil && c.frame == fVerbC && i-3 >= s.first && d.indefinite(i-3) &&
			d.toks[i-2].kind == word && !d.toks[i-2].upper && d.toks[i-1].kind == word && !d.toks[i-1].upper &&
			!d.l.suffix(aPlural, d.toks[i-1].low) && d.l.cueAt(d.toks[:s.last], i-1) == nil && d.l.cueAt(d.toks[:s.last], i-2) == nil &&
			(i+1 >= s.last || d.toks[i+1].kind != word && d.toks[i+1].kind != number && d.toks[i+1].kind != quote || d.l.is(wNounPrep, d.toks, i+1) > 0) {
			return false
		}
	}
	// "the early warning system had failed": an English -ing form between
	// a singular common noun or adjective and a common noun that an
	// auxiliary follows modifies that noun, the subject of the clause
	// ("calls saying shots had been fired", "a name suggesting there are"
	// report a clause)
	if d.l.suffix(aGerund, t.low) && i > s.first && i+2 < s.last {
		p, n := d.toks[i-1], d.toks[i+1]
		if p.kind == word && !p.upper && !d.l.suffix(aPlural, p.low) && d.l.is(wAux, d.toks, i-1) == 0 && n.kind == word && !n.upper && d.l.is(wExistential, d.toks, i+1) == 0 &&
			d.l.is(wDet, d.toks, i+1) == 0 && d.l.is(wComp, d.toks, i+1) == 0 && !d.pronounLike(i+1, i+2) && d.l.is(wAux, d.toks, i+2) > 0 {
			return false
		}
		// "captured no warning call from …": after "no" or a determiner,
		// an -ing form before a common noun (not a preposition or "that")
		// is that noun's modifier
		if (d.l.is(wNoDet, d.toks, i-1) > 0 || d.l.is(wNounDet, d.toks, i-1) > 0) && n.kind == word && !n.upper && d.l.is(wDet, d.toks, i+1) == 0 &&
			d.l.is(wComp, d.toks, i+1) == 0 && !d.pronounLike(i+1, i+2) && d.l.is(wAside, d.toks, i+1) == 0 && d.l.is(wCircumstance, d.toks, i+1) == 0 &&
			d.l.is(wModifierStop, d.toks, i+1) == 0 && !d.l.suffix(aAdverb, n.low) {
			return false
		}
	}
	if i > s.first && (d.l.ends(wNounDet, d.toks, i-1) > 0 && !d.relayEndsAt(i, s.first) || d.possessiveAt(i-1)) {
		return false // "the claims", "Trump's claim" (but "được AFP dẫn lời cho biết": the relay's "lời")
	}
	// "đã gửi 6 thông báo xả lũ": in Vietnamese a cue word counted by a
	// number right before it is a noun (not a day or a year: "ngày 6/12
	// công bố", "năm 2025 cho thấy", "lúc 9 giờ")
	if d.l.has(fCountedCueNoun) && i-2 >= s.first && d.toks[i-1].kind == number && d.toks[i-2].kind == word && d.l.is(wDateWord, d.toks, i-2) == 0 && d.l.is(wTemporal, d.toks, i-2) == 0 {
		return false
	}
	// "trong báo cáo công bố ngày 3/10", "qua thông báo phát đi tối qua":
	// right after a document noun that a preposition governs, a cue word
	// is that document's participle ("the report released on …"), not a
	// claim (English participles: nounParticiple)
	if d.l.has(fDocumentParticiple) && i > s.first {
		if n := d.l.ends(wSourceNoun, d.toks, i-1); n > 0 && i-1-n >= s.first && !d.toks[i-n].upper {
			p := i - 1 - n
			if m := d.l.ends(wDet, d.toks, p); m > 0 && p-m >= s.first {
				p -= m
			}
			// (a preposition, not a determiner or "lời": "Một quan chức cho
			// biết", "dẫn lời quan chức cho biết" report)
			if d.l.is(wCircumstance, d.toks, p) > 0 {
				return false
			}
		}
	}
	// "the bank's 2.5% estimate", "a 3 percent forecast": a cue word after
	// a percentage with a determiner or possessor before it is a noun
	// ("52 percent say …" is a verb)
	// ("Some 22 percent said …": a determiner that bounds the number is
	// no determiner of a noun)
	if i-3 >= s.first && (d.toks[i-1].low == "%" || d.l.is(wPercentWord, d.toks, i-1) > 0) && d.toks[i-2].kind == number &&
		(d.l.is(wDet, d.toks, i-3) > 0 && d.l.is(wMultBound, d.toks, i-3) == 0 || d.l.is(wNounDet, d.toks, i-3) > 0 || d.possessiveAt(i-3)) {
		return false
	}
	// "the government's growth forecast for this year", "the bank's
	// inflation estimate of 6%": a word for a figure after a determiner or
	// possessor and a common noun, with "for" or "of" after it, is a
	// compound noun ("the economist forecast that …" is a verb)
	if d.l.has(fFigureCompound) && i-2 >= s.first && i+1 < s.last && d.l.is(wFigurePrep, d.toks, i+1) > 0 &&
		d.l.is(wFigureNoun, d.toks, i) > 0 && d.toks[i-1].kind == word && !d.toks[i-1].upper &&
		(d.l.ends(wNounDet, d.toks, i-2) > 0 || d.l.ends(wDet, d.toks, i-2) > 0 || d.possessiveAt(i-2)) {
		return false
	}
	// "a UN estimate", "an AP report": an indefinite article and a name
	// before a bare form make it a noun
	if i-2 >= s.first && d.toks[i-1].upper && d.toks[i-1].kind == word && d.indefinite(i-2) &&
		!d.l.suffix(aPlural, t.low) && !d.l.suffix(aPast, t.low) {
		return false
	}
	// "Contrary to its earlier claim, …": a determiner and an adjective of
	// time before the word make it a noun, which names a claim only with
	// a complementizer after it ("the police's earlier claim that …")
	if n := d.l.ends(wSuperseded, d.toks, i-1); n > 0 && i-1-n >= s.first && (d.l.ends(wNounDet, d.toks, i-1-n) > 0 || d.possessiveAt(i-1-n)) {
		if c := d.l.cueAt(d.toks[:s.last], i); c == nil || d.l.is(wComp, d.toks, i+len(c.seq)) == 0 {
			return false
		}
	}
	// "his recent claim, first made in May", "a sharp reply from X", "the
	// relatively similar views": a determiner or possessor and adjectives
	// that modify only nouns (words.tsv noun-adj, an adverb before one)
	// make the word a noun, as the determiner alone does ("his claim")
	if d.nounAdjBefore(s, i) {
		return false
	}
	// "a widely denounced tweet", "their newly identified emails", "a
	// highly anticipated United Nations treaty": a participle between a
	// determiner or possessor with its adverb in -ly and a noun modifies
	// that noun
	if i-2 >= s.first && i+1 < s.last && (d.l.suffix(aPast, t.low) || d.l.suffix(aGerund, t.low)) && !t.upper {
		a, n := d.toks[i-1], d.toks[i+1]
		if a.kind == word && !a.upper && d.l.suffix(aAdverb, a.low) && d.l.is(wLyNoun, d.toks, i-1) == 0 && (d.l.ends(wNounDet, d.toks, i-2) > 0 || d.possessiveAt(i-2)) &&
			n.kind == word && d.l.is(wDet, d.toks, i+1) == 0 && d.l.is(wComp, d.toks, i+1) == 0 && d.l.is(wNounPrep, d.toks, i+1) == 0 && !d.pronounLike(i+1, i+2) {
			return false
		}
	}
	// a participle after a count is an adjective: "758 pledged delegates"
	// (but not a date: "ngày 12/3 tuyên bố", "an ad in 2008 questioned
	// whether …", "a study from 2011 noted …"); a plural after a count is a
	// noun: "12 suspects", "three suspects" (but "mother of three replied"),
	// as after a plural determiner, whose verb would have no -s ("many
	// promises", "several judges")
	if i > s.first && d.toks[i-1].kind == number && !strings.ContainsAny(d.toks[i-1].low, "/.:") && d.l.suffix(aPast, t.low) &&
		!(i-2 >= s.first && (d.l.is(wTemporal, d.toks, i-2) > 0 || d.l.is(wNounPrep, d.toks, i-2) > 0 && yearLike(d.toks[i-1].low))) {
		return false
	}
	if i > s.first && !t.upper && d.l.suffix(aPlural, t.low) && !d.l.suffix(aSingular, t.low) &&
		((d.toks[i-1].kind == number && !strings.ContainsAny(d.toks[i-1].low, "/:") && !(i-2 >= s.first && d.toks[i-2].upper)) || d.l.is(wCount, d.toks, i-1) > 0 || d.l.is(wPluralDet, d.toks, i-1) > 0) {
		return false
	}
	// "báo cáo của NIS": a word followed by a genitive is a noun
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && i+len(c.seq) < s.last && (d.l.is(wNounNext, d.toks, i+len(c.seq)) > 0 ||
		c.frame == fVerbC && d.l.is(wNounAux, d.toks, i+len(c.seq)) > 0) {
		return false // (and "Health worries have dogged her": a form that is also a noun, then an auxiliary)
	}
	// "Clinton maintains a wide lead", "the town boasts 4,000 residents": a
	// lemma of two senses (words.tsv np-sense) with an article, a
	// possessive or a number right after it has an object, not a claim
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && c.npSense && i+len(c.seq) < s.last {
		// ("maintains the charges are false" has a clause: an auxiliary
		// after the noun phrase)
		if d.objectAfter(s, i+len(c.seq)) {
			return false
		}
	}
	// "fees declined 12% to $281 million", "the economy added 90,000 jobs",
	// "exports declined sharply from 2019": a lemma that also names a
	// change in a value (words.tsv change-lemma) reports that change
	// ("added 40 people had died" has a clause: an auxiliary after it)
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && c.change && d.valueAfter(s, i+len(c.seq)) && !d.auxAhead(s, i+len(c.seq)) {
		return false
	}
	// "U.S.-backed rebels", "Tamsk-led talks": a cue word glued by a
	// hyphen to the word before it is the end of a compound adjective
	// (grammar feature hyphen-compound)
	if d.l.has(fHyphenCompound) && i-1 > s.first && d.toks[i-1].end == t.start && strings.HasSuffix(d.toks[i-1].low, "-") &&
		(len(d.toks[i-1].low) > 1 || d.toks[i-2].end == d.toks[i-1].start && d.toks[i-2].kind != punct) {
		return false
	}
	// "a psychology class called “Perception”", "a band called Lumen
	// played": a naming lemma (words.tsv naming-lemma) as a participle
	// after an indefinite noun phrase, with a name after it, names the
	// thing
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && c.naming && len(c.seq) == 1 && d.l.suffix(aPast, t.low) && d.namingAt(s, i) {
		return false
	}
	// "profits declined in most states", "the rate has declined sharply
	// for all groups": a change lemma that is no lemma of speech (not
	// say-lemma, as "added in a statement that …" is) with a preposition,
	// perhaps after an -ly adverb, and no infinitive in the rest of its
	// clause names a change ("declined on Monday to comment" refuses)
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && c.change && !c.says && d.changeGoesOn(s, i+len(c.seq)) {
		return false
	}
	// "rated 22% of Republican claims as false", "making dubious medical
	// claims on air", "worked to calm Varesian fears, …": a plural form
	// that is also a noun, after a modifier and before "as", a preposition
	// or punctuation (a comma or a full stop too), is a noun, unless its
	// phrase may be a post-posed subject ("…, Hale of the port claims.")
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && len(c.seq) == 1 && i > s.first && i+1 < s.last && d.l.suffix(aPlural, t.low) && !d.l.suffix(aSingular, t.low) &&
		(c.frame == fVerbC || c.frame == fVerbN || t.info != nil && t.info.noun != nil) {
		p, n := d.toks[i-1], d.toks[i+1]
		// (the modifier a name, an adjective of the class noun-adj or a
		// participle: "the headline reads in …" has a noun subject; a
		// colon after the form opens what it says; after a comma a
		// possessor before the modifier still makes a noun phrase, no
		// post-posed subject: "…, at odds with Hale’s stated plans.")
		modifier := p.upper && i-1 > s.first || d.l.is(wNounAdj, d.toks, i-1) > 0 || d.l.suffix(aPast, p.low)
		if p.kind == word && modifier && d.l.is(wDet, d.toks, i-1) == 0 && !d.pronounLike(i-1, i) &&
			(n.kind == punct && n.low != ":" || d.l.is(wNounPrep, d.toks, i+1) > 0 || d.l.is(wAsWord, d.toks, i+1) > 0) && (!d.phraseAfterEdge(s, i-1) || i-2 >= s.first && d.possessiveAt(i-2)) {
			return false
		}
	}
	// "In TV interviews and tweets, he …", "their call and claims of
	// momentum", "short messages, or tweets, …": a plural form that is
	// also a noun, right after a coordinator and with punctuation or a
	// preposition after it, is a noun joined to the one before; a verb
	// there takes an object or a clause ("and claims that …"; after a
	// comma alone the phrase before may be its subject: "Hale, a
	// professor, writes in the Herald that …")
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && len(c.seq) == 1 && i > s.first && i+1 < s.last && !t.upper && d.l.suffix(aPlural, t.low) && !d.l.suffix(aSingular, t.low) &&
		(c.frame == fVerbC || c.frame == fVerbN || t.info != nil && t.info.noun != nil) && d.l.is(wCoord, d.toks, i-1) > 0 {
		if n := d.toks[i+1]; n.kind == punct && n.low != ":" || d.l.is(wNounPrep, d.toks, i+1) > 0 {
			return false
		}
	}
	// "Other estimates put the total at …", "FEC reports show that …": a
	// plural form that is also a noun (frame verbc) right before a verb
	// of its own is that verb's subject
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && c.frame == fVerbC && len(c.seq) == 1 && d.l.suffix(aPlural, t.low) && !d.l.suffix(aSingular, t.low) && i+1 < s.last {
		if c2 := d.l.cueAt(d.toks[:s.last], i+1); c2 != nil && !d.toks[i+1].upper && (c2.frame == fVerb || c2.frame == fRevise) {
			return false
		}
	}
	// a cue word opening a clause and followed by a passive marker is the
	// subject noun of that clause: "…, thông báo được đăng trên mạng"
	// (the announcement was posted), "Tuyên bố bị xóa sau đó"
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && d.subjectNoun(s, i, c) {
		return false
	}
	// a passive marker makes the subject the target, not the source: "bị cáo buộc"
	if i > s.first && d.l.ends(wPassive, d.toks, i-1) > 0 && !d.l.suffix(aGerund, t.low) {
		// ("is demanding" is progressive, not passive)
		// ("the toll was revised to 67 by the ministry": the agent after the figure)
		// (a prepositional cue is no verb: "There was no comment from X")
		if c := d.l.cueAt(d.toks[:s.last], i); c == nil || c.frame != fPrep && !c.predicate && (i+len(c.seq) >= s.last || (d.l.is(wAgent, d.toks, i+len(c.seq)) == 0 && !(c.frame == fRevise && d.revisedBy(i, i+len(c.seq), s) > 0))) {
			return false
		}
	}
	// "according to", "menurut", "theo" open a clause: mid-clause "theo" is
	// "following" ("tấn công theo đội hình")
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && c.frame == fPrepC && i > s.first {
		// ("Cũng theo ông Tuấn, …", "Và theo X, …": adverbs and connectors
		// that open the clause do not make it mid-clause)
		o := i - 1
		for o >= s.first {
			n := d.l.ends(wTrim, d.toks, o)
			if n == 0 || o-n+1 < s.first {
				break
			}
			o -= n
		}
		p := d.toks[max(o, s.first)]
		if o >= s.first && !(d.isComma(o) || p.kind == quote || p.low == ":" || p.low == "(" || p.low == "—" || d.l.ends(wComp, d.toks, o) > 0 || d.cueEndsAt(o+1, s.first)) {
			return false
		}
	}
	// compounds that contain a cue word: "thông tin", "theo dõi", "tiếp
	// theo", "also called"; a longer cue still wins: "also called on"
	end := i + 1
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil {
		end = i + len(c.seq)
	}
	if n := d.l.is(wNotCue, d.toks, i); n > 0 && i+n >= end {
		return false
	}
	if d.refusalToAct(s, i, end) {
		return false
	}
	for p := i - 1; p >= s.first && p >= i-3; p-- {
		// "binh sĩ bổ sung": a compound starting before the cue
		if n := d.l.is(wNotCue, d.toks, p); n > i-p && p+n >= end && !d.definiteThenObject(s, p, end) {
			return false
		}
		// Vietnamese words are syllables: a compound before the cue that
		// takes its first syllable leaves none of it ("thời điểm chính xác
		// nhận được cuộc gọi": "chính xác", not "xác nhận")
		if n := d.l.is(wNotCue, d.toks, p); d.l.has(fSyllables) && n > i-p && p+n < end && !d.definiteThenObject(s, p, end) {
			return false
		}
	}
	return true
}

// questionAt reports a cue at i in a question: the sentence ends in a
// question mark, and before the cue (and a negator or an adverb in -ly)
// stands its subject, a pronoun or one to three capitalised words, after
// an auxiliary fronted before it (words.tsv question-aux) that opens the
// clause or follows a question word ("Do you think …?", "What should we
// talk about next?", "How did you determine that …?"), or a question
// word opening the clause is its subject ("Who told you that?"). A
// question asks and claims nothing.
func (d *doc) questionAt(s sentence, i int) bool {
	l := d.l
	e := s.last - 1
	for e > i && d.toks[e].kind == quote {
		e--
	}
	if e <= i || d.toks[e].low != "?" {
		return false
	}
	k := i - 1
	if k > s.first && (l.ends(wNeg, d.toks, k) > 0 || d.toks[k].kind == word && !d.toks[k].upper && l.suffix(aAdverb, d.toks[k].low)) {
		k--
	}
	// "Who told you that?": a question word opening the clause is the
	// subject asked about
	if k >= s.first && l.is(wRelative, d.toks, k) > 0 && (k == s.first || k-1 < d.leadingConnectors(s.first, k) || d.toks[k-1].low == ":" || d.toks[k-1].kind == quote) {
		return true
	}
	switch {
	case k > s.first && d.pronounLike(k, k+1) || k > s.first && l.is(wPronSelf, d.toks, k) > 0:
		k--
	case k > s.first && d.toks[k].upper && d.toks[k].kind == word:
		for n := 0; n < 3 && k > s.first && d.toks[k].upper && d.toks[k].kind == word && l.is(wQuestionAux, d.toks, k) == 0; n++ {
			k--
		}
	default:
		return false
	}
	if k < s.first || l.is(wQuestionAux, d.toks, k) == 0 {
		return false
	}
	// the auxiliary opens the clause, or a question word comes before it
	// (perhaps with one word: "Which candidate do you …")
	// (a coordinator may open the sentence: "Or would you say …?")
	p := k - 1
	if p < d.leadingConnectors(s.first, k) || d.toks[p].low == ":" || d.toks[p].kind == quote || p == s.first && l.is(wCoord, d.toks, p) > 0 {
		return true
	}
	for n := 0; n < 2 && p >= s.first; n, p = n+1, p-1 {
		if l.is(wWh, d.toks, p) > 0 || l.is(wRelative, d.toks, p) > 0 {
			return true
		}
	}
	return false
}

// anySubjectOf reports a cue at i whose subject names no one (words.tsv
// any-subject), right before it or before a relative pronoun right
// before it, perhaps with an adverb in -ly before the cue and one word
// after the subject ("Anyone claiming that …", "anybody who complains",
// "anyone today who wants …").
func (d *doc) anySubjectOf(s sentence, i int) bool {
	l := d.l
	k := i - 1
	if k > s.first && d.toks[k].kind == word && !d.toks[k].upper && l.suffix(aAdverb, d.toks[k].low) {
		k--
	}
	if k < s.first {
		return false
	}
	if l.is(wAnySubject, d.toks, k) > 0 {
		return true
	}
	if l.is(wRelative, d.toks, k) == 0 {
		return false
	}
	return k-1 >= s.first && l.is(wAnySubject, d.toks, k-1) > 0 || k-2 >= s.first && d.toks[k-1].kind == word && l.is(wAnySubject, d.toks, k-2) > 0
}

// objectAfter reports a noun phrase at k that is the object of the verb
// before it, not the subject of a clause: an article, a possessive, a
// number or an object pronoun with no auxiliary ahead ("a wide lead",
// "them", not "the charges are false"), or a name with no verb after it
// ("has known Hale for years", not "knew Hale lied").
func (d *doc) objectAfter(s sentence, k int) bool {
	if k >= s.last {
		return false
	}
	l := d.l
	if l.is(wPronSubj, d.toks, k) > 0 || l.is(wDateWord, d.toks, k) > 0 {
		return false // "knew I had won", "boasted Monday that …"
	}
	det := l.is(wDet, d.toks, k) > 0 && l.is(wComp, d.toks, k) == 0 && l.is(wThatWord, d.toks, k) == 0 // ("this faith", "some clout"; not "that …")
	if l.is(wDefArticle, d.toks, k) > 0 || l.is(wIndefArticle, d.toks, k) > 0 || l.is(wPronPoss, d.toks, k) > 0 || d.toks[k].kind == number || det ||
		l.is(wPronSg, d.toks, k) > 0 || l.is(wPronPl, d.toks, k) > 0 {
		return !d.auxAhead(s, k+1)
	}
	if d.toks[k].kind != word || !d.toks[k].upper {
		return false
	}
	m := k
	for m < s.last && d.toks[m].kind == word && d.toks[m].upper && m-k < 4 {
		m++
	}
	if m < s.last && d.possessiveAt(m) {
		return !d.auxAhead(s, m+1)
	}
	if m >= s.last || d.toks[m].kind != word {
		return true
	}
	n := d.toks[m].low
	// (the modal class also holds prepositions: "known Hale for years")
	modal := l.is(wModal, d.toks, m) > 0 && l.is(wNounPrep, d.toks, m) == 0 && l.is(wInfinitive, d.toks, m) == 0
	return l.is(wAux, d.toks, m) == 0 && !modal && !l.suffix(aPast, n) && !(l.suffix(aPlural, n) && !l.suffix(aSingular, n))
}

// changeGoesOn reports a preposition at k, perhaps after an -ly adverb,
// with no infinitive marker after it before the clause ends: what a
// change lemma before k changed where or for whom ("declined in most
// states"), not what someone refused to do.
func (d *doc) changeGoesOn(s sentence, k int) bool {
	if k < s.last && d.toks[k].kind == word && !d.toks[k].upper && d.l.suffix(aAdverb, d.toks[k].low) && d.l.is(wLyNoun, d.toks, k) == 0 {
		k++
	}
	if k >= s.last || d.l.is(wNounPrep, d.toks, k) == 0 {
		return false
	}
	for m := k; m < s.last && !d.isComma(m) && !d.hard(m) && !isTerminal(d.toks[m]); m++ {
		if d.l.is(wInfinitive, d.toks, m) > 0 {
			return false
		}
	}
	return true
}

// namingAt reports a naming participle at i ("called"): after a common
// noun phrase opened by an indefinite article at most four words before
// it ("a 2002 psychology class called"; after a comma the phrase before
// is mostly an appositive subject: "Hale, a port official, called …"),
// and before a name or a quoted title that opens with a
// capital, with nothing after the name that could be a second object (an
// end, punctuation, a preposition other than an agent's, a relative, an
// auxiliary or a past form: "a band called Lumen played"). "The mayor
// called Hale a liar", "a plan critics called “reckless”" and "called
// “The Fixer” by his rivals" keep their claims.
func (d *doc) namingAt(s sentence, i int) bool {
	l := d.l
	if i-2 < s.first || i+1 >= s.last {
		return false
	}
	before := false
	if d.toks[i-1].kind == word && !d.toks[i-1].upper && !d.pronounLike(i-1, i) && l.is(wAux, d.toks, i-1) == 0 {
		for k := i - 2; k >= s.first && k >= i-5; k-- {
			if d.indefinite(k) {
				before = true
				break
			}
			if t := d.toks[k]; t.kind != word && t.kind != number || t.upper || d.pronounLike(k, k+1) || l.is(wAux, d.toks, k) > 0 {
				break
			}
		}
	}
	if !before {
		return false
	}
	m := i + 1
	if d.toks[m].kind == quote {
		m++
		if m >= s.last || !d.toks[m].upper {
			return false
		}
		for m < s.last && d.toks[m].kind != quote && m-i < 14 {
			m++
		}
		if m >= s.last || d.toks[m].kind != quote {
			return false
		}
		m++
	} else {
		if d.toks[m].kind != word || !d.toks[m].upper {
			return false
		}
		for m < s.last && (d.toks[m].kind == word && d.toks[m].upper || d.toks[m].kind == number) && m-i < 6 {
			m++
		}
	}
	if m >= s.last {
		return true
	}
	n := d.toks[m]
	if d.possessiveAt(m) {
		return false // "called Hale's plan a failure"
	}
	if n.kind == punct {
		return true
	}
	if n.kind != word || l.is(wAgent, d.toks, m) > 0 {
		return false
	}
	return l.is(wNounPrep, d.toks, m) > 0 || l.is(wRelative, d.toks, m) > 0 || l.is(wAux, d.toks, m) > 0 ||
		l.is(wPastIrregular, d.toks, m) > 0 || l.suffix(aPast, n.low)
}

// auxAhead reports an auxiliary, or a past form after the first word,
// within eight tokens from k, before any comma, hard boundary or relative
// word: the noun phrase before it is the subject of a clause ("the
// charges are false", "his drinking presented a danger").
func (d *doc) auxAhead(s sentence, k int) bool {
	for m := k; m < s.last && m-k < 8; m++ {
		if d.isComma(m) || d.hard(m) || d.l.is(wRelative, d.toks, m) > 0 || d.l.is(wThatWord, d.toks, m) > 0 {
			return false
		}
		if m > k && m+1 < s.last && isClitic(d.toks[m].low) && d.possessiveAt(m) && d.toks[m+1].kind == word && !d.toks[m+1].upper && d.l.is(wAux, d.toks, m+1) == 0 {
			continue // "a firm lock on the party’s leadership": a possessor, no auxiliary
		}
		if t := d.toks[m]; d.l.is(wAux, d.toks, m) > 0 || m > k && t.kind == word && !t.upper && (d.l.suffix(aPast, t.low) || d.l.isWord(wPastIrregular, t.low)) {
			return true
		}
	}
	return false
}

// afterClauseEdge reports whether the noun phrase ending at k (at most
// four words, back to a preposition of a noun) opens its sentence or
// follows a comma, a quotation mark or a dash: it may be the subject of a
// post-posed cue ("…, the head of security says.").
func (d *doc) afterClauseEdge(s sentence, k int) bool {
	for n := 0; n < 4 && k >= s.first && d.toks[k].kind == word && d.l.is(wNounPrep, d.toks, k) == 0; n++ {
		k--
	}
	return d.clauseEdge(s, k)
}

// clauseEdge reports whether token k lies before the sentence or is a
// comma, a quotation mark or a dash: what a phrase after it may open.
func (d *doc) clauseEdge(s sentence, k int) bool {
	if k < s.first {
		return true
	}
	t := d.toks[k]
	return d.isComma(k) || t.kind == quote || t.low == "—" || t.low == "–" || t.low == "-"
}

// phraseAfterEdge reports whether the phrase ending at k, read back over
// words and prepositions of nouns (at most six tokens), opens its
// sentence or follows a comma, a quotation mark or a dash: it may be the
// subject of a post-posed cue.
func (d *doc) phraseAfterEdge(s sentence, k int) bool {
	for n := 0; n < 6 && k >= s.first && d.toks[k].kind == word; n++ {
		k--
	}
	return d.clauseEdge(s, k)
}

// valueAfter reports a value right after a verb at k: a number or a
// currency sign, perhaps after an adverb in -ly and a preposition of
// change (words.tsv change-prep: "to", "by", "from"), or such an adverb
// before that preposition ("declined sharply from 2019").
func (d *doc) valueAfter(s sentence, k int) bool {
	adverb := false
	if k < s.last && d.toks[k].kind == word && !d.toks[k].upper && d.l.suffix(aAdverb, d.toks[k].low) && d.l.is(wLyNoun, d.toks, k) == 0 {
		k, adverb = k+1, true
	}
	if k < s.last && d.l.is(wChangePrep, d.toks, k) > 0 {
		if adverb {
			return true
		}
		k++
	}
	if k >= s.last {
		return false
	}
	t := d.toks[k]
	if t.kind == number {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.low)
	return t.kind == punct && unicode.Is(unicode.Sc, r)
}

// nounAdjBefore reports whether one or two adjectives that modify only
// nouns (words.tsv noun-adj), each perhaps after an adverb, stand between
// a determiner or a possessor and token i, which is no past form ("the final say", "his most
// recent claim" has no adverb: "most" is no adjective of the class and
// ends the run, "the relatively similar views" has one).
func (d *doc) nounAdjBefore(s sentence, i int) bool {
	if d.l.suffix(aPast, d.toks[i].low) || d.l.isWord(wPastIrregular, d.toks[i].low) {
		return false // "the first said …": an ordinal heads its own phrase
	}
	k, adj := i-1, 0
	for k >= s.first && i-k <= 4 {
		t := d.toks[k]
		if t.kind != word || t.upper {
			break
		}
		if d.l.is(wNounAdj, d.toks, k) == 1 {
			adj++
		} else if adj == 0 || !d.l.suffix(aAdverb, t.low) || d.l.is(wLyNoun, d.toks, k) > 0 {
			break
		}
		k--
	}
	return adj > 0 && k >= s.first && (d.l.ends(wNounDet, d.toks, k) > 0 || d.possessiveAt(k))
}

// attributive reports an English participle cue word used as an
// adjective before a common noun: after a preposition of a noun phrase
// or a count word ("from suspected cases", "two alleged smugglers"), or
// after such a preposition and a quantifier ("of each confirmed case"), or coordinated with
// such a participle that follows a cue ("said confirmed and suspected
// cases had doubled"); and a participle after a comma and before a
// preposition of time, a passive aside ("The virus, first identified in
// 2019, …").
func (d *doc) attributive(s sentence, i int) bool {
	l := d.l
	t := d.toks[i]
	if i <= s.first || i+1 >= s.last || t.upper || !d.l.suffix(aPast, t.low) {
		return false
	}
	p := i - 1
	if (l.is(wEarlier, d.toks, p) == 1 || l.is(wLater, d.toks, p) == 1) && l.is(wAux, d.toks, p) == 0 && p-1 >= s.first && d.isComma(p-1) && l.is(wTemporal, d.toks, i+1) > 0 {
		return true // ", first identified in 2019,"
	}
	n := d.toks[i+1]
	if n.kind != word || n.upper || l.is(wDet, d.toks, i+1) > 0 || l.is(wComp, d.toks, i+1) > 0 || d.pronounLike(i+1, i+2) ||
		l.is(wTemporal, d.toks, i+1) > 0 || l.is(wAgent, d.toks, i+1) > 0 || l.is(wNPPrep, d.toks, i+1) > 0 || l.is(wAux, d.toks, i+1) > 0 ||
		l.is(wNeg, d.toks, i+1) > 0 || d.l.suffix(aAdverb, n.low) {
		return false
	}
	if l.is(wNPPrep, d.toks, p) > 0 {
		return true
	}
	// "within a day of each confirmed case", "for every reported breach":
	// a quantifier right after such a preposition opens the noun phrase
	// too (but "the two men each denied wrongdoing" has no preposition)
	if l.is(wQuantifier, d.toks, p) > 0 && p-1 >= s.first && l.is(wNPPrep, d.toks, p-1) > 0 {
		return true
	}
	// "two alleged smugglers", but "the two suggested both …"
	if l.is(wCount, d.toks, p) > 0 && d.l.suffix(aPlural, n.low) && !(p-1 >= s.first && (l.is(wDet, d.toks, p-1) > 0 || l.is(wNounDet, d.toks, p-1) > 0)) {
		return true
	}
	// "said confirmed and suspected cases": the first participle right
	// after a cue
	if l.is(wCoord, d.toks, p) == 1 && p-2 >= s.first && d.l.suffix(aPast, d.toks[p-1].low) && d.l.cueAt(d.toks[:s.last], p-2) != nil {
		return true
	}
	return false
}

// definiteThenObject reports a compound read as a verb after all: a
// definite subject before it and a determiner and a common noun after
// ("The campaign called the charges false", unlike "a campaign called
// Bring Them Home").
// Names may stand between the article and the noun ("The Trump campaign
// called the charges false").
func (d *doc) definiteThenObject(s sentence, p, end int) bool {
	a := p - 1
	for a > s.first && p-a <= 3 && d.toks[a].kind == word && d.toks[a].upper && d.l.is(wDefArticle, d.toks, a) == 0 {
		a--
	}
	return a >= s.first && end+1 < s.last && d.l.is(wDefArticle, d.toks, a) > 0 &&
		d.l.is(wDet, d.toks, end) > 0 && d.toks[end+1].kind == word && !d.toks[end+1].upper
}

// sentViaAt reports whether the last sentence-level via ends at token j.
func (d *doc) sentViaAt(j int) bool {
	return len(d.sentVia) > 0 && j > 0 && d.sentVia[len(d.sentVia)-1].sp.s >= d.toks[j-1].end
}

// first returns the index of the first attribution of sentence si.
func first(atts []att, s sentence, si int) int {
	k := len(atts)
	for k > 0 && atts[k-1].sent == si {
		k--
	}
	return k
}

// paragraphEnd returns the index after the last token of the paragraph
// that token k is in (paragraphs are lines).
func (d *doc) paragraphEnd(k int) int {
	for m := k + 1; m < len(d.toks); m++ {
		if d.toks[m].nl {
			return m
		}
	}
	return len(d.toks)
}

// leadingConnectors skips clause-initial connectors and commas from a to b
// ("Namun,", "But", "Sebaliknya,") and returns the first content token.
func (d *doc) leadingConnectors(a, b int) int {
	// a dateline: "SEOUL, Nov. 13 (APA) — …", "HARIAN TIMUR - …"
	for k := a; k < b && k-a < 12; k++ {
		// (a doubled hyphen is one dash: "Jakarta, CNN Indonesia -- …")
		n := 1
		if k+1 < b && d.toks[k].low == "-" && d.toks[k+1].low == "-" && d.toks[k].end == d.toks[k+1].start &&
			k > 0 && d.toks[k-1].end < d.toks[k].start && (k+2 >= len(d.toks) || d.toks[k+2].start > d.toks[k+1].end) {
			n = 2
		}
		if isDash(d.toks[k]) && (n == 2 || d.hard(k)) && k > a && (d.toks[k-1].low == ")" || isCaps(d.text[d.toks[a].start:d.toks[a].end]) || d.allNames(a, k)) {
			a = k + n
			break
		}
	}
	for a < b {
		if d.isComma(a) || (d.toks[a].kind == punct && d.toks[a].low != "(" && d.toks[a].low != "\"") {
			a++
			continue
		}
		if n := d.l.is(wTrim, d.toks, a); n > 0 && a+n < b && (d.isComma(a+n) || a+n == b) {
			a += n
			continue
		}
		if n := d.l.is(wBoundary, d.toks, a); n > 0 && a+n < b && d.isComma(a+n) {
			a += n
			continue
		}
		break
	}
	return a
}

// subjectNoun reports whether the cue c at token i opens its clause (at
// the start of s or after a comma) and is followed by a passive marker:
// then it is the subject noun of a passive clause ("thông báo được đăng",
// the announcement was posted), not a verb of saying.
func (d *doc) subjectNoun(s sentence, i int, c *cue) bool {
	// (a marker that is also a preposition of place is that preposition:
	// "Kepala X, Y, mengatakan di Jakarta bahwa …")
	j := i + len(c.seq)
	return (i == s.first || i > s.first && d.isComma(i-1)) && j < s.last && d.l.is(wPassive, d.toks, j) > 0 && d.l.is(wPlacePrep, d.toks, j) == 0
}

func (d *doc) sentenceHasVerbCue(s sentence, except int) bool {
	for k := s.first; k < s.last; k++ {
		if k == except {
			continue
		}
		if c := d.l.cueAt(d.toks[:s.last], k); c != nil && c.frame != fPrep && c.frame != fPrepC && c.frame != fRelay && c.frame != fRelayC && !d.subjectNoun(s, k, c) && !d.figureHedge(s, k, c) {
			return true
		}
	}
	return false
}

// figureHedge reports a belief cue at i that only hedges the figure of
// the amount it follows, no claim of its own: "lượng tiền rút ra ước
// tính lên tới 2 tỷ USD", "thiệt hại ước tính 480 tỷ đồng" (so "Theo
// Reuters, …" before it credits the outlet).
func (d *doc) figureHedge(s sentence, i int, c *cue) bool {
	if c.stance != sumber.Believe {
		return false
	}
	a := i
	for a > s.first && !d.isComma(a-1) && !d.hard(a-1) {
		a--
	}
	return d.figureSubject(a, i, i+len(c.seq), s)
}

// trimSpan narrows a span to exclude surrounding spaces and a final
// sentence terminal.
func (d *doc) trimSpan(x span) span {
	for x.e > x.s && strings.ContainsRune(" \t\n\r", rune(d.text[x.e-1])) {
		x.e--
	}
	return x
}

// tokenAt returns the index of the token starting at byte offset off, or -1.
func (d *doc) tokenAt(off int) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if d.toks[m].start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.toks) && d.toks[lo].start == off {
		return lo
	}
	return -1
}

// tokens is the token range [a, b) of a span: a the token starting at
// sp.s, b one past the last token ending at or before sp.e; both are -1
// when no token starts at sp.s.
func (d *doc) tokens(sp span) (a, b int) {
	if a = d.tokenAt(sp.s); a < 0 {
		return -1, -1
	}
	return a, a + sort.Search(len(d.toks)-a, func(i int) bool { return d.toks[a+i].end > sp.e })
}

// acronyms takes the pronoun classes off short words written in capitals
// amid ordinary text: "WHO" and "US" are names, not "who" and "us" (a
// run of capitals, as in a shouted headline, keeps them).
func (d *doc) acronyms() {
	caps := func(i int) bool {
		if i < 0 || i >= len(d.toks) || d.toks[i].kind != word || !d.toks[i].upper {
			return false
		}
		w := d.text[d.toks[i].start:d.toks[i].end]
		return len(w) >= 2 && len(w) <= 3 && isCaps(w)
	}
	pronouns := [...]wclass{wRelative, wRelativeNp, wWh, wPronSg, wPronPl, wPronSelf, wPronPoss}
	for i := range d.toks {
		in := d.toks[i].info
		if in == nil || !caps(i) || caps(i-1) || caps(i+1) {
			continue
		}
		var c *wordInfo
		for _, w := range pronouns {
			if in.first.has(w) || in.last.has(w) {
				if c == nil {
					cp := *in
					c = &cp
				}
				c.first.del(w)
				c.last.del(w)
			}
		}
		if c != nil {
			d.toks[i].info = c
		}
	}
}

// spanEarlier reports a span of time before the comma that opens the
// sentence at k, ending in a word of earlier time: "Sehari sebelumnya,",
// "Dua hari sebelumnya,", "Beberapa jam sebelumnya,", "Two days earlier,".
func (d *doc) spanEarlier(k int, s sentence) bool {
	for c := k + 1; c < s.last && c-k <= 4; c++ {
		if !d.isComma(c) {
			continue
		}
		if d.l.ends(wEarlier, d.toks, c-1) == 0 {
			return false
		}
		if d.l.is(wDayBefore, d.toks, k) > 0 || d.l.is(wDet, d.toks, k) > 0 || d.toks[k].kind == number {
			return true
		}
		_, ok := figures.ParseNumber(d.toks[k].low, d.l.code)
		return ok
	}
	return false
}

// tailRelay handles an outlet reporting at the very end of a sentence whose
// claim is already attributed: "X said Y, the state news agency OTA
// reported." The outlet relays the claims before it (Via); its own verb
// is no claim.
func (d *doc) tailRelay(s sentence, first int) {
	k := len(d.atts) - 1
	if k <= first || !d.l.has(fTailRelay) {
		return
	}
	z := d.atts[k]
	if z.rule != "verb-postposed" || z.srcFirst < 0 || z.c.stance != sumber.Assert || z.content.empty() {
		return
	}
	j := d.tokenAt(z.cue.e)
	if j < 0 {
		j = d.tokenAt(z.cue.s) + len(z.c.seq)
	}
	if j < s.last-1 || z.srcLast != j-len(z.c.seq) {
		return // only the closing period may follow the cue
	}
	// the outlet may have been split into a content and a source ("the
	// state news agency" + "OTA"): look from the comma before them
	c := d.tokenAt(z.content.s) - 1
	if (c < s.first || !d.isComma(c)) && z.srcFirst-2 > s.first && d.toks[z.srcFirst-1].kind == quote && d.isComma(z.srcFirst-2) &&
		z.content.s < d.toks[z.srcFirst-2].start {
		// "X said Y was \"looking for a scapegoat,\" the news agency
		// LPA reported": the verb took the quotation closed by its
		// comma as its content; the comma inside the quote ends the claim
		c = z.srcFirst - 2
	}
	if c < s.first || !d.isComma(c) || z.srcFirst-c > 8 {
		return
	}
	m := c + 1
	o := ""
	for ; m < z.srcLast; m++ {
		if name, ok := d.outlet(m, z.srcLast); ok {
			o = name
			break
		}
	}
	if o == "" {
		return
	}
	for m < z.srcFirst && d.l.is(wDet, d.toks, m) == 0 && !d.toks[m].upper {
		m++
	}
	if m < z.srcFirst {
		m = z.srcFirst // by name only
	}
	relayed := false
	for y := first; y < k; y++ {
		if y := &d.atts[y]; y.cue.e <= d.toks[c].start && !y.content.empty() && y.content.s < d.toks[c].start {
			y.via = append(y.via, via{sp: d.tokSpan(m, z.srcLast), actor: o})
			y.content.e = min(y.content.e, d.toks[c-1].end)
			relayed = true
		}
	}
	if relayed {
		d.atts = d.atts[:k]
	}
}

// tailCiting handles a relay closing a claim: "ORT reported that talks
// would resume, citing a government source." The one cited is the origin
// (the source) and the subject relays it (Via); the relay phrase leaves
// the content.
func (d *doc) tailCiting(s sentence, first int) {
	if !d.l.has(fTailCiting) {
		return
	}
	for k := first; k < len(d.atts); k++ {
		x := &d.atts[k]
		if x.origin != nil || x.content.empty() || x.srcFirst < 0 {
			continue
		}
		a, b := d.tokens(x.content)
		if b = min(b, s.last); a < 0 || b <= a {
			continue
		}
		for m := b - 2; m > a; m-- {
			if !d.isComma(m) || !d.isRelay(m+1) {
				continue
			}
			c := d.l.cueAt(d.toks, m+1)
			if e := d.npRight(m+1+len(c.seq), s.last); e < b {
				break // the relay phrase does not close the content
			}
			inner := false // "X is seeking Y, Reuters reported, citing Z": Reuters cites
			for y := first; y < len(d.atts); y++ {
				inner = inner || y != k && d.atts[y].cue.s > x.cue.s && d.atts[y].cue.s < d.toks[m].start
			}
			if inner {
				break
			}
			d.relay(x, m+1, s.last)
			if x.origin != nil {
				x.content.e = d.toks[m-1].end
			}
			break
		}
	}
}

// findings marks what a document found ("the survey found", "a committee
// report found that", "…, poll finds"): it is asserted, not believed.
func (d *doc) findings(first int) {
	for k := first; k < len(d.atts); k++ {
		x := &d.atts[k]
		if !x.c.finding || x.srcFirst < 0 {
			continue
		}
		for m := x.srcFirst; m < x.srcLast && m < len(d.toks); m++ {
			if d.l.is(wDocument, d.toks, m) > 0 {
				x.finding = true
				break
			}
		}
	}
}

// documentGoesOn carries an earlier statement into the next sentence
// when that sentence's source is nothing but the bare noun of a document
// ("Trước đó, Đại sứ quán … ra thông cáo cáo buộc … Thông cáo khẳng định
// …"): it is the same earlier document speaking on.
func (d *doc) documentGoesOn(si, first int) {
	if si == 0 || first >= len(d.atts) {
		return
	}
	earlier := false
	for k := first - 1; k >= 0 && d.atts[k].sent == si-1; k-- {
		earlier = earlier || d.atts[k].timing == sumber.Earlier
	}
	if !earlier {
		return
	}
	for k := first; k < len(d.atts); k++ {
		x := &d.atts[k]
		a, b := x.srcFirst, x.srcLast
		if x.timing != "" || a < 0 || b <= a {
			continue
		}
		n := d.l.is(wSourceNoun, d.toks, a)
		if n == 0 {
			continue
		}
		if a+n < b && d.l.is(wDet, d.toks, a+n) != b-a-n {
			continue // "Thông cáo này" goes on, "Thông cáo của Bộ Y tế" is another
		}
		if d.l.is(wDocument, d.toks, a) == 0 && d.l.is(wVehicle, d.toks, a) == 0 {
			continue
		}
		x.timing = sumber.Earlier
	}
}

// finders marks what a judge or a court found ("Holl found that the
// warrant was valid", after "Judge Marten Holl ruled …"): a ruling's
// finding is asserted, like a document's. The actor, resolved from a
// short name, carries the title (class finder).
func (d *doc) finders() {
	for k := range d.atts {
		x := &d.atts[k]
		if x.c == nil || !x.c.finding || x.finding {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(x.actor)) {
			if d.l.isWord(wFinder, w) {
				x.finding = true
				break
			}
		}
	}
}

// refusalToAct reports a verb of refusal (class refuse, "menolak") at i
// whose cue form ends at end and is followed by a prefixed verb (ber-,
// me-, di-) that is no cue and no noun of class ber-noun: refusing to do
// something is no denial of a claim ("anaknya sempat menolak berangkat
// sekolah", "warga menolak dipindahkan").
func (d *doc) refusalToAct(s sentence, i, end int) bool {
	if end != i+1 || end >= s.last || d.l.is(wRefuse, d.toks, i) == 0 {
		return false
	}
	t := d.toks[end]
	if t.kind != word || t.upper || strings.Contains(t.low, "-") || len(t.low) < 6 || d.l.is(wBerNoun, d.toks, end) > 0 || d.l.cueAt(d.toks[:s.last], end) != nil {
		return false
	}
	if d.l.prefix(aActive, t.low, 0) || d.l.prefix(aPassive, t.low, 0) {
		return true
	}
	return false
}

// linkParagraphs returns where the links to other articles that open at
// token k end, or k: a paragraph opened by a link label and a colon
// ("Baca juga: …", "Read more: …"), and, after a label alone on its line,
// the lines after it that end with no full stop (the linked headlines).
func (d *doc) linkParagraphs(k int) int {
	if k >= len(d.toks) || (k > 0 && !d.toks[k].nl) {
		return k
	}
	n := d.l.links.at(d.toks, k)
	if n == 0 {
		return k
	}
	m := k + n
	if m < len(d.toks) && !d.toks[m].nl && d.toks[m].low == ":" {
		m++
	}
	if m < len(d.toks) && !d.toks[m].nl {
		if d.toks[m-1].low != ":" {
			return k // "Related stories are …": no label
		}
		return d.paragraphEnd(k) // "Baca juga: <headline>"
	}
	// a label alone on its line: the headlines under it
	for m < len(d.toks) {
		e := d.paragraphEnd(m)
		if e-m > 30 || isTerminal(d.toks[e-1]) {
			break
		}
		m = e
	}
	return m
}

// openingClauseCut ends at its comma the content of a cue inside a
// subordinate clause that opens the sentence with a boundary word, when a
// main clause with a subject of its own follows the comma ("When the poll
// asked about the candidates, the mayor led …", "If the board rejects
// the plan, the union will strike"). An as-clause is left: it mostly
// claims the main clause ("As Varga said, the port will close"). A cue
// whose only content was the main clause claims nothing and goes ("When
// the crowd chanted, Varga was joined …").
func (d *doc) openingClauseCut(s sentence, first int) {
	l := d.l
	a := d.leadingConnectors(s.first, s.last)
	if a >= s.last || !d.toks[a].upper || l.is(wBoundary, d.toks, a) == 0 || l.is(wTrim, d.toks, a) > 0 || l.is(wComp, d.toks, a) > 0 ||
		l.is(wCoord, d.toks, a) > 0 || l.is(wContrast, d.toks, a) > 0 || l.is(wAsWord, d.toks, a) > 0 {
		return
	}
	comma := -1
	for m := a + 1; m < s.last && m-a <= 25; m++ {
		if d.isComma(m) {
			comma = m
			break
		}
		if d.hard(m) && d.toks[m].kind != quote {
			return
		}
	}
	if comma < 0 || comma+1 >= s.last {
		return
	}
	end := d.toks[comma].start
	next := comma + 1
	if d.toks[next].kind == quote {
		if d.toks[next].start > d.toks[comma].end {
			return // "As one paper put it, “…”": the quotation opening after the comma is the content
		}
		end, next = d.toks[next].end, next+1 // "When she called it “a disgrace,” the mayor …"
	}
	if sa, sb := d.clauseSubject(sentence{next, s.last}, s.last, len(d.atts)); sb <= sa || sa != next {
		return
	}
	kept := d.atts[:first]
	for k := first; k < len(d.atts); k++ {
		x := d.atts[k]
		if x.rule != "verb-as-clause" && x.cue.s >= d.toks[a].start && x.cue.e <= d.toks[comma].start && x.content.e > end {
			if x.content.s < end {
				x.content.e = end
			} else if x.c.stance != sumber.Neither && x.content.s >= d.toks[next].start {
				continue // "As the crowd chanted, Varga was joined …": nothing was chanted
			}
		}
		kept = append(kept, x)
	}
	d.atts = kept
}

// yearLike reports a number of four digits from 1800 to 2099, read as a
// year after a preposition ("a study from 2011").
func yearLike(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[:2] == "18" || w[:2] == "19" || w[:2] == "20"
}

// beforeTerminal moves end back over the sentence's closing punctuation
// (full stops, question and exclamation marks), never below a.
func (d *doc) beforeTerminal(a, end int) int {
	for end > a && isTerminal(d.toks[end-1]) {
		end--
	}
	return end
}
