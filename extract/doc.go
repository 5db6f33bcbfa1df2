package extract

import (
	"strings"
	"unicode"

	"sumber"
)

// maxNP bounds how many tokens a source noun phrase may have; Vietnamese
// writes one token per syllable, so its phrases are longer.
const maxNP = 16

// npLimit is maxNP for the document's language.
func (d *doc) npLimit() int {
	if d.l.code == "vi" {
		return maxNP * 3 / 2
	}
	return maxNP
}

// span is a byte range [s, e) of the document text; e <= s means none.
type span struct{ s, e int }

func (x span) empty() bool { return x.e <= x.s }

func (x span) contains(y span) bool { return !x.empty() && x.s <= y.s && y.e <= x.e }

// via is one relay found in the text.
type via struct {
	sp    span
	actor string
}

// att is an attribution under construction, in byte offsets.
type att struct {
	source, cue, content span
	srcFirst, srcLast    int // source token range [first, last) in the document, -1 when none
	c                    *cue
	neg                  bool
	timing               sumber.Timing
	via                  []via
	origin               *via // a relay's origin ("citing X") replaces the source
	rule                 string
	sent                 int
	actor                string
	resolved             *span
	pronoun              int // 0 none, 1 singular, 2 plural, 3 relative
	plural               bool
	nestedIn             int  // index of the attribution whose content holds this cue, -1 none
	commaBefore          bool // the source follows a comma: a new clause, not nested
	clauseStart          int  // byte offset of the comma opening this attribution's clause, 0 if none
	passiveSubject       span // "Thông tin trên được Bộ X công bố": what the agent said
	date                 *sumber.ClaimDate
	figures              []sumber.Figure
}

// doc is the working state for one text. It is reused through a pool.
type doc struct {
	text, low  string
	l          *lexicon
	opt        sumber.ExtractOptions
	toks       []token
	sents      []sentence
	atts       []att
	sentVia    []via   // outlet relays for the current sentence ("menurut AFP")
	inq        []bool  // token is inside a quotation
	pendingVia []via   // a parenthetical "according to X" waiting for the next claim
	key        []byte  // scratch for outlet look-ups
	runes      []int32 // scratch for byte → code point offsets
}

func (d *doc) reset(text string, l *lexicon, opt sumber.ExtractOptions) {
	d.text, d.l, d.opt = text, l, opt
	d.low = lowerSameLen(text)
	d.toks = tokenize(text, d.low, l.isAbbrev, d.toks)
	l.annotate(d.toks)
	d.sents = l.splitSentences(d.toks, d.sents)
	d.atts = d.atts[:0]
	d.quotations()
}

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

func (d *doc) run() {
	for si, s := range d.sents {
		d.sentence(si, s)
	}
	d.resolve()
	d.attach()
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
		switch t.low {
		case "-":
			// a spaced dash separates ("Jakarta - Korea Utara membantah");
			// a tight one joins ("D-Wis")
			return i > 0 && d.toks[i-1].end < t.start && i+1 < len(d.toks) && d.toks[i+1].start > t.end
		case "/", "&", "'", "’":
			return false
		}
		return true
	}
	return false
}

// sentence finds the cues of one sentence and builds their attributions.
func (d *doc) sentence(si int, s sentence) {
	l := d.l
	d.sentVia = d.sentVia[:0]
	d.pendingVia = d.pendingVia[:0]
	first := len(d.atts)
	lastCueEnd := s.first
	if (s.first == 0 || d.toks[s.first].nl) && d.speakerLabel(si, s) {
		lastCueEnd = s.first + 1
	}
	for i := s.first; i < s.last; {
		c := l.cueAt(d.toks[:s.last], i)
		if c == nil {
			i++
			continue
		}
		j := i + len(c.seq)
		if i < lastCueEnd || !d.cueContext(s, i) {
			i++
			continue
		}
		before := len(d.atts)
		switch c.frame {
		case fRelay, fRelayC:
			if c.frame == fRelay || d.citesSource(j) {
				// handled from the verb it follows or precedes
				i = j
				continue
			}
			d.verb(si, s, c, i, j, lastCueEnd) // "…, citing low growth": a reason given

		case fPrep, fPrepC:
			d.prep(si, s, c, i, j, lastCueEnd)
		default:
			d.verb(si, s, c, i, j, lastCueEnd)
		}
		if len(d.atts) > before || d.sentViaAt(j) {
			lastCueEnd = j // a rejected cue does not bound the next subject
		}
		i = j
	}
	d.dashCredit(si, s)
	d.claimNouns(si, s)
	d.inPolls(si, s)
	// an outlet credited with "menurut AFP" relays the other claims of the sentence
	if len(d.sentVia) > 0 {
		for k := first; k < len(d.atts); k++ {
			d.atts[k].via = append(d.atts[k].via, d.sentVia...)
		}
	}
	d.clauses(first)
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
// capitalised ("Obama Says Museum Will Tell of Suffering"): there a
// capital does not mark a name.
func (d *doc) titleCase(s sentence) bool {
	words, upper := 0, 0
	for k := s.first; k < s.last; k++ {
		if t := d.toks[k]; t.kind == word && len(t.low) > 3 {
			words++
			if t.upper {
				upper++
			}
		}
	}
	return words >= 3 && upper*10 >= words*8
}

// cueContext rejects cue words used as names or nouns: a capitalised word
// inside a sentence ("The New York Post", "United States") or a word after
// a determiner ("the think tank", "các cáo buộc").
func (d *doc) cueContext(s sentence, i int) bool {
	t := d.toks[i]
	if t.upper && i > s.first && !d.titleCase(s) {
		p := d.toks[i-1]
		if p.kind == word || p.kind == number || p.low == "," {
			return false
		}
	}
	if i > s.first && (d.l.ends(wNounDet, d.toks, i-1) > 0 || isPossessive(d.toks[i-1].low)) {
		return false // "the claims", "Trump's claim"
	}
	// a participle after a count is an adjective: "758 pledged delegates"
	// (but not a date: "ngày 12/3 tuyên bố")
	if i > s.first && d.toks[i-1].kind == number && !strings.ContainsAny(d.toks[i-1].low, "/.:") && strings.HasSuffix(t.low, "ed") {
		return false
	}
	// "báo cáo của NIS": a word followed by a genitive is a noun
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && i+len(c.seq) < s.last && d.l.is(wNounNext, d.toks, i+len(c.seq)) > 0 {
		return false
	}
	// a passive marker makes the subject the target, not the source: "bị cáo buộc"
	if i > s.first && d.l.ends(wPassive, d.toks, i-1) > 0 && !(d.l.code == "en" && strings.HasSuffix(t.low, "ing")) {
		// ("is demanding" is progressive, not passive)
		if c := d.l.cueAt(d.toks[:s.last], i); c == nil || i+len(c.seq) >= s.last || d.l.is(wAgent, d.toks, i+len(c.seq)) == 0 {
			return false
		}
	}
	// "according to", "menurut", "theo" open a clause: mid-clause "theo" is
	// "following" ("tấn công theo đội hình")
	if c := d.l.cueAt(d.toks[:s.last], i); c != nil && c.frame == fPrepC && i > s.first {
		p := d.toks[i-1]
		if !(d.isComma(i-1) || p.kind == quote || p.low == ":" || p.low == "(" || p.low == "—" || d.l.ends(wComp, d.toks, i-1) > 0) {
			return false
		}
	}
	// compounds that contain a cue word: "thông tin", "theo dõi", "tiếp theo"
	if n := d.l.is(wNotCue, d.toks, i); n > 0 {
		return false
	}
	if i > s.first {
		if n := d.l.is(wNotCue, d.toks, i-1); n > 1 {
			return false
		}
	}
	return true
}

// sentViaAt reports whether the last sentence-level via ends at token j.
func (d *doc) sentViaAt(j int) bool {
	return len(d.sentVia) > 0 && j > 0 && d.sentVia[len(d.sentVia)-1].sp.s >= d.toks[j-1].end
}

// withName extends a source phrase [a, b) read rightwards by the name
// that follows it between commas: "Ketua Palang Merah Varesia, Doran
// Ilves," / "juru bicara EMRA, Sandra Kovic".
func (d *doc) withName(b, limit int) int {
	if b >= limit || !d.isComma(b) {
		return b
	}
	e := b + 1
	for e < limit && e-b <= 5 && d.toks[e].kind == word && d.toks[e].upper {
		e++
	}
	if e-(b+1) >= 2 && (e >= limit || d.isComma(e) || isTerminal(d.toks[e]) || !d.toks[e].upper) {
		return e
	}
	return b
}

// npRight reads a noun phrase starting at token a: up to a comma, a
// terminal, a quote, a boundary word or a temporal preposition.
func (d *doc) npRight(a, limit int) int {
	b := a
	for b < limit && b-a < d.npLimit() {
		if d.hard(b) || (b > a && (d.l.is(wBoundary, d.toks, b) > 0 || d.l.is(wAddressee, d.toks, b) > 0 || d.l.is(wBreak, d.toks, b) > 0 ||
			d.l.is(wTemporal, d.toks, b) > 0 || d.l.is(wToPrep, d.toks, b) > 0)) {
			break
		}
		if b > a && d.l.cueAt(d.toks[:limit], b) != nil && d.cueContext(sentence{a, limit}, b) {
			break
		}
		b++
	}
	return b
}

// npLeft scans a subject noun phrase leftwards from token p and returns
// the index of the token that stopped it (a comma, quote, boundary word,
// or the limit minus one). Parenthesised asides such as "(D-Wis.)" are
// part of the phrase.
func (d *doc) npLeft(p, limit int) int {
	q := p
	for q >= limit && p-q < d.npLimit() {
		if d.toks[q].low == ")" {
			o := q - 1
			for o >= limit && d.toks[o].low != "(" && q-o < 10 {
				o--
			}
			if o >= limit && d.toks[o].low == "(" {
				q = o - 1
				continue
			}
			break
		}
		if d.hard(q) || d.l.ends(wBoundary, d.toks, q) > 0 || d.l.ends(wContrary, d.toks, q) > 0 || d.l.ends(wWh, d.toks, q) > 0 {
			break
		}
		// "the town halls which he said …": a relative word ends the subject
		if q < p && d.l.ends(wRelative, d.toks, q) > 0 {
			break
		}
		// "Merrill says X and said Y": a coordination after a lower-case word
		// joins verb phrases, not names ("Trump and Clinton said")
		if d.l.ends(wCoord, d.toks, q) > 0 && q-1 >= limit && !(d.toks[q-1].kind == word && d.toks[q-1].upper) {
			break
		}
		q--
	}
	return q
}

// first returns the index of the first attribution of sentence si.
func first(atts []att, s sentence, si int) int {
	k := len(atts)
	for k > 0 && atts[k-1].sent == si {
		k--
	}
	return k
}

// clauseSubject finds the subject for a cue that continues a clause:
// the source of the sentence's previous attribution, or else the noun
// phrase opening the sentence (up to an auxiliary or a verb-like word).
func (d *doc) clauseSubject(s sentence, q, firstAtt int) (int, int) {
	// the main clause's subject is the first source of the sentence: "A said
	// B suggested C, but declined to say D" – A declined
	for k := firstAtt; k < len(d.atts); k++ {
		y := d.atts[k]
		if y.srcFirst >= 0 && y.srcLast == y.srcFirst+1 && d.l.is(wRelative, d.toks, y.srcFirst) > 0 {
			continue // "Hale, who had denied X, confirmed Y": Hale confirmed
		}
		if y.srcFirst >= 0 && y.srcLast > y.srcFirst && y.srcLast <= q {
			return y.srcFirst, y.srcLast
		}
	}
	a := d.leadingConnectors(s.first, q)
	for a < q && (d.l.is(wTrim, d.toks, a) > 0 || d.l.is(wContrast, d.toks, a) > 0 || d.l.is(wCoord, d.toks, a) > 0) {
		a++ // "But Megan Hester, …, said"
	}
	// "On September 27 they …": a date opening the sentence
	if n := d.l.is(wTemporal, d.toks, a); n > 0 {
		e := a + n
		for e < q && e-a < 6 && d.dateLike(e, e+1) {
			e++
		}
		if e > a+n {
			a = e
			if a < q && d.isComma(a) {
				a++
			}
		}
	}
	b := a
	for b < q && b-a < 6 && d.toks[b].kind == word && d.l.is(wTrim, d.toks, b) == 0 && d.l.is(wBoundary, d.toks, b) == 0 {
		w := d.toks[b].low
		if b > a && !d.toks[b].upper && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			break
		}
		if d.l.cueAt(d.toks, b) != nil && b > a {
			break
		}
		// a name ends at the first lower-case word: "Hillary Clinton spoke …"
		if b > a && d.toks[a].upper && d.l.is(wAppositive, d.toks, a) == 0 && d.l.is(wDet, d.toks, a) == 0 && !d.toks[b].upper && d.toks[b-1].upper {
			break
		}
		b++
	}
	if b-a > 5 {
		return 0, 0
	}
	// not a subject: "In the next weeks …", "the …", an imperative "Get …"
	if b > a && (d.l.is(wAside, d.toks, a) > 0 || d.l.is(wTemporal, d.toks, a) > 0 ||
		(b-a == 1 && (d.l.is(wAppositive, d.toks, a) > 0 || d.l.is(wDet, d.toks, a) > 0))) {
		return 0, 0
	}
	return a, b
}

// quoteBeforeSubject looks back from the cue at k for a closing quotation
// mark (or one followed by a comma) that is separated from the cue only by
// a short run of name and appositive chunks; it returns the index of the
// mark or the comma after it, or -1.
func (d *doc) quoteBeforeSubject(k, lim int) int {
	words := 0
	for m := k - 1; m >= lim && k-m <= 30; m-- {
		t := d.toks[m]
		switch {
		case t.kind == quote:
			if !d.closingLike(m) || words == 0 {
				return -1
			}
			return m
		case d.isComma(m) && m > lim && d.toks[m-1].kind == quote && d.closingLike(m-1):
			if words == 0 {
				return -1
			}
			return m
		case t.kind == word || t.kind == number:
			if d.l.cueAt(d.toks[:k], m) != nil && d.cueContext(sentence{lim, k}, m) {
				return -1
			}
			words++
		case d.isComma(m) || t.low == "(" || t.low == ")" || t.low == "-":
		default:
			return -1
		}
	}
	return -1
}

// endsInName reports whether tokens [a, b) end in at least two
// capitalised words (or are one), with at most a short lower-case title
// before them: "Han Min-jae", "đại tá Lena Morrow", "Kolonel Adrik Veltan".
func (d *doc) endsInName(a, b int) bool {
	if b <= a {
		return false
	}
	n := 0
	for k := b - 1; k >= a && d.toks[k].kind == word && d.toks[k].upper; k-- {
		n++
	}
	return n == b-a || (n >= 2 && b-a-n <= 3)
}

// hasCue reports whether a cue starts inside tokens [a, b).
func (d *doc) hasCue(a, b int) bool {
	for k := a; k < b; k++ {
		if d.l.cueAt(d.toks[:b], k) != nil {
			return true
		}
	}
	return false
}

// nameBefore reports whether the words before the comma at q, back to the
// previous boundary, are all capitalised: a name an appositive can follow
// ("Phil Lovas, a spokesman"), not a clause ("During the rally Monday").
func (d *doc) nameBefore(q, lim int) bool {
	n := 0
	k := q - 1
	for ; k >= lim && !d.hard(k); k-- {
		if d.toks[k].kind == word && !d.toks[k].upper {
			return false
		}
		n++
	}
	// "In June, the senator said": a time, not a name
	return n > 0 && d.l.is(wTemporal, d.toks, k+1) == 0 && d.l.is(wAside, d.toks, k+1) == 0 && d.l.is(wDateWord, d.toks, k+1) == 0
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

// speakerLabel reads "WALLACE: …" and headline "Graham: …" forms: one to
// four capitalised words opening a sentence, then a colon; the content is
// the rest of the paragraph.
func (d *doc) speakerLabel(si int, s sentence) bool {
	first := s.first
	if d.toks[first].kind == quote && first+1 < s.last { // a transcript paragraph in quotes
		first++
	}
	c := first
	for c < s.last && c-first < 4 && d.toks[c].kind == word && (d.toks[c].upper || (c > first && c-first < 3 && d.l.is(wSourceNoun, d.toks, c) > 0)) {
		c++ // "WALLACE:", "Graham:", "Clinton camp:", "Poll:"
	}
	if c == first || c+1 >= s.last || d.toks[c].low != ":" || d.l.cueAt(d.toks[:s.last], first) != nil {
		return false
	}
	s.first = first
	// page furniture, not speakers: "Sumber: https://…", "Foto: …", "Baca juga: …"
	if d.l.is(wLabel, d.toks, s.first) > 0 || d.toks[c+1].low == "http" || d.toks[c+1].low == "https" {
		return false
	}
	end := d.paragraphEnd(c)
	for end > c+1 && isTerminal(d.toks[end-1]) {
		end--
	}
	x := att{source: d.tokSpan(s.first, c), srcFirst: s.first, srcLast: c, cue: d.tokSpan(c, c+1), c: colonCue,
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
		if c == nil || d.insideAttribution(i, si) {
			continue
		}
		var a, b, after int
		if i > s.first && isPossessive(d.toks[i-1].low) {
			// the possessor: capitalised words ending in 's
			b = i
			a = i - 1
			for a > s.first && i-a < 4 && d.toks[a-1].kind == word && d.toks[a-1].upper {
				a--
			}
			after = i + 1
		} else {
			a = i + 1
			if a < s.last && l.is(wGenitive, d.toks, a) > 0 {
				a += l.is(wGenitive, d.toks, a)
			}
			if a >= s.last || !d.toks[a].upper {
				continue
			}
			b = a
			for b < s.last && b-a < 6 && l.is(wComp, d.toks, b) == 0 && !d.hard(b) {
				b++
			}
			after = b
		}
		if after >= s.last || l.is(wComp, d.toks, after) == 0 || b <= a {
			continue
		}
		content := d.contentRight(after+l.is(wComp, d.toks, after), s, false)
		if content.empty() {
			continue
		}
		src := d.tokSpan(a, b)
		if isPossessive(d.toks[b-1].low) && b-1 == a {
			src = span{d.toks[a].start, d.toks[a].end}
		}
		d.atts = append(d.atts, att{source: src, srcFirst: a, srcLast: b, cue: d.tokSpan(i, i+1), c: c,
			content: content, sent: si, nestedIn: -1, rule: "noun-claim"})
	}
}

// inPolls reads "Trump leads in the latest poll" / "unggul dalam survei
// terbaru": a poll or survey after "in" is the source of the clause
// before it.
func (d *doc) inPolls(si int, s sentence) {
	for i := s.first + 2; i < s.last-1; i++ {
		if d.l.is(wInSource, d.toks, i) == 0 {
			continue
		}
		b := d.npRight(i+1, s.last)
		poll := false
		for m := i + 1; m < b; m++ {
			if d.l.is(wPollNoun, d.toks, m) > 0 {
				poll = true
			}
		}
		if !poll || d.insideAttribution(i, si) {
			continue
		}
		start := d.leadingConnectors(s.first, i)
		end := i
		for end > start && d.isComma(end-1) {
			end--
		}
		if end-start < 3 {
			continue
		}
		a, bb := d.trimNP(i+1, b)
		if bb <= a {
			continue
		}
		d.atts = append(d.atts, att{source: d.tokSpan(a, bb), srcFirst: a, srcLast: bb, cue: d.tokSpan(i, i+1), c: pollCue,
			content: d.tokSpan(start, end), sent: si, nestedIn: -1, rule: "in-poll"})
		return
	}
}

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

// allNames reports whether tokens [a, b) are capitalised words and
// commas only, as in the dateline "Kabar Timur, Jakarta".
func (d *doc) allNames(a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.toks[k]; !(t.kind == word && t.upper) && !d.isComma(k) {
			return false
		}
	}
	return b > a && b-a <= 6
}

// isCaps reports whether a word of two or more letters is all capitals.
func isCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
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

// trimNP drops conjunctions and adverbs from both ends of tokens [a, b).
func (d *doc) trimNP(a, b int) (int, int) {
	for a < b {
		if n := d.l.is(wTrim, d.toks, a); n > 0 && a+n <= b && !d.toks[a].upper {
			a += n
			continue
		}
		if n := d.l.is(wTrim, d.toks, a); n > 0 && a+n < b && d.toks[a].upper && a > 0 && !d.isComma(a-1) {
			a += n
			continue
		}
		break
	}
	for a < b {
		if n := d.l.ends(wTrim, d.toks, b-1); n > 0 && b-n >= a {
			b -= n
			continue
		}
		break
	}
	// "…, an accusation Varesia swiftly denied" / "a figure Oskaria rejected":
	// a determiner and common nouns before a name describe the content
	if b-a >= 3 && a > 0 && d.isComma(a-1) && d.l.is(wAppositive, d.toks, a) > 0 && !d.toks[a+1].upper {
		for k := a + 2; k < b; k++ {
			if d.toks[k].upper && d.toks[k].kind == word {
				a = k
				break
			}
		}
	}
	// English adverbs in -ly between the subject and the cue: "Varesia swiftly"
	for b > a+1 && d.l.code == "en" && strings.HasSuffix(d.toks[b-1].low, "ly") && !d.toks[b-1].upper && d.toks[b-1].kind == word {
		b--
	}
	// a date before the subject: "said on Monday it estimated"
	if n := d.l.is(wTemporal, d.toks, a); n > 0 {
		for k := a + n; k < b && k-a < 6; k++ {
			if !d.dateLike(a+n, k+1) {
				if k > a+n {
					a = k
				}
				break
			}
		}
	}
	// a date between the subject and the cue: "Zelensky pada 23 Desember"
	for k := a + 1; k < b && k-a < 12; k++ {
		if d.l.is(wTemporal, d.toks, k) > 0 && b-k <= 6 && d.dateLike(k+d.l.is(wTemporal, d.toks, k), b) {
			b = k
			break
		}
	}
	return a, b
}

// dateLike reports whether tokens [a, b) look like a date or time: a
// number, a weekday or month name from the date lexicon, or a capitalised
// day name in parentheses.
func (d *doc) dateLike(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.kind == number || t.low == "(" || t.low == ")" {
			continue
		}
		if t.kind == word && (t.upper || d.l.is(wDateWord, d.toks, k) > 0) {
			continue
		}
		return false
	}
	return true
}

// passiveBy reads "SUBJECT was CUE by AGENT": the agent is the source and
// the subject, with what follows, the content.
func (d *doc) passiveBy(si int, s sentence, c *cue, k, j, by int, neg bool) {
	a := by + d.l.is(wAgent, d.toks, by)
	b := d.npRight(a, s.last)
	a, b = d.trimNP(a, b)
	if b <= a {
		return
	}
	q := d.npLeft(k-1, s.first)
	for q+1 < k && d.l.is(wPassive, d.toks, q+1) == 0 && d.l.is(wTrim, d.toks, q+1) > 0 {
		q++
	}
	subjEnd := k
	for subjEnd > q+1 && (d.l.ends(wPassive, d.toks, subjEnd-1) > 0 || d.l.ends(wTrim, d.toks, subjEnd-1) > 0) {
		subjEnd--
	}
	if subjEnd <= q+1 {
		return
	}
	x := att{source: d.tokSpan(a, b), srcFirst: a, srcLast: b, cue: d.tokSpan(k, j), c: c, neg: neg, sent: si, nestedIn: -1, rule: "passive-by"}
	x.content = d.tokSpan(q+1, subjEnd)
	d.atts = append(d.atts, x)
}

// passive reads an Indonesian passive cue: "hal itu disampaikan oleh
// Menteri X" or "…, dikatakan Menteri X." The agent after the verb is the
// source; the subject before it, or the clause, is the content.
func (d *doc) passive(si int, s sentence, c *cue, k, j int, neg bool) {
	a := j
	switch {
	case d.toks[a-1].low != "oleh" && a < s.last && d.toks[a].low == "oleh":
		a++
	case a < s.last && d.toks[a].upper && d.toks[a].kind == word:
		// "Hal itu disampaikan Juru Bicara Kemlu …": the agent follows directly
	case k > s.first && d.isComma(k-1):
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
		start := d.leadingConnectors(s.first, k)
		x.content = d.trimSpan(d.tokSpan(start, k))
	}
	d.contentAnaphor(&x, s)
	if x.content.empty() {
		return
	}
	d.atts = append(d.atts, x)
}

// contentAnaphor replaces a content that only points back ("hal itu",
// "this", "điều này") with the sentence before, which is what was said.
func (d *doc) contentAnaphor(x *att, s sentence) {
	k := d.tokenAt(x.content.s)
	if k < 0 || x.sent == 0 {
		return
	}
	n := d.l.is(wContentAnaphor, d.toks, k)
	if n == 0 || d.toks[k+n-1].end != x.content.e {
		return
	}
	prev := d.sents[x.sent-1]
	end := prev.last
	for end > prev.first && isTerminal(d.toks[end-1]) {
		end--
	}
	if end > prev.first {
		x.content = d.tokSpan(prev.first, end)
	}
}

// prep handles "according to X, CONTENT" and "CONTENT, according to X".
func (d *doc) prep(si int, s sentence, c *cue, i, j, lastCueEnd int) {
	a := j
	b := d.npRight(a, s.last)
	a, b = d.trimNP(a, b)
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

// leadingConnectors skips clause-initial connectors and commas from a to b
// ("Namun,", "But", "Sebaliknya,") and returns the first content token.
func (d *doc) leadingConnectors(a, b int) int {
	// a dateline: "SEOUL, Nov. 13 (APA) — …", "HARIAN TIMUR - …"
	for k := a; k < b && k-a < 12; k++ {
		if isDash(d.toks[k]) && d.hard(k) && k > a && (d.toks[k-1].low == ")" || isCaps(d.text[d.toks[a].start:d.toks[a].end]) || d.allNames(a, k)) {
			a = k + 1
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

func (d *doc) sentenceHasVerbCue(s sentence, except int) bool {
	for k := s.first; k < s.last; k++ {
		if k == except {
			continue
		}
		if c := d.l.cueAt(d.toks[:s.last], k); c != nil && c.frame != fPrep && c.frame != fPrepC && c.frame != fRelay && c.frame != fRelayC {
			return true
		}
	}
	return false
}

// trimSpan narrows a span to exclude surrounding spaces and a final
// sentence terminal.
func (d *doc) trimSpan(x span) span {
	for x.e > x.s && strings.ContainsRune(" \t\n\r", rune(d.text[x.e-1])) {
		x.e--
	}
	return x
}

// verb handles the verb frames: pre-posed ("X said that …") and
// post-posed ("…, X said." / "“…,” kata dia." / "ujarnya").
func (d *doc) verb(si int, s sentence, c *cue, i, j, lastCueEnd int) {
	l := d.l
	k := i // start of the cue span, extended left over a negator
	neg := false
	if n := l.ends(wNeg, d.toks, k-1); n > 0 && k-n >= lastCueEnd {
		neg = c.stance != sumber.Neither // "belum mengonfirmasi maupun membantah" is neither, not a negation
		k -= n
	}
	// Indonesian passive: "dikatakan oleh X" names the source after the
	// verb; without an agent the source is unknown and nothing is claimed
	if c.passv {
		d.passive(si, s, c, k, j, neg)
		return
	}
	// English passive with an agent: "was first reported by The Post"
	if n := l.ends(wPassive, d.toks, k-1); n > 0 || (k-2 >= s.first && l.ends(wPassive, d.toks, k-2) > 0 && l.is(wTrim, d.toks, k-1) > 0) {
		if by := j; by < s.last && l.is(wAgent, d.toks, by) > 0 {
			d.passiveBy(si, s, c, k, j, by, neg)
			return
		}
	}
	// a gerund after "by", "while", "after": "by saying he would serve" is a
	// claim by the clause's subject when a clause follows
	gerund := false
	if n := l.ends(wGerundPrep, d.toks, k-1); n > 0 && k-n >= s.first && strings.HasSuffix(c.seq[len(c.seq)-1], "ing") && j < s.last {
		nx := j
		if d.isComma(nx) && nx+1 < s.last {
			nx++
		}
		if l.is(wComp, d.toks, nx) > 0 || d.pronounLike(nx, nx+1) || d.toks[nx].kind == quote {
			gerund = true
		}
	}
	// hypothetical: "may hope", "dapat berharap", "to say"; but a negated
	// ability is a negated claim: "could not confirm", "belum bisa mengonfirmasi"
	if n := l.ends(wModal, d.toks, k-1); n > 0 && k-n >= s.first && !gerund {
		if m := l.ends(wNeg, d.toks, k-n-1); m > 0 && !neg && d.toks[k-1].low != "to" {
			neg = c.stance != sumber.Neither
			k -= n + m
		} else if !neg || d.toks[k-1].low == "to" {
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
	for p >= lastCueEnd {
		n := l.ends(wTrim, d.toks, p)
		if n == 0 || p-n+1 < s.first || l.ends(wCoord, d.toks, p) > 0 {
			break
		}
		if l.ends(wEarlier, d.toks, p) > 0 {
			x.timing = sumber.Earlier
		} else if l.ends(wLater, d.toks, p) > 0 {
			x.timing = sumber.Later
		}
		p -= n
	}
	// "Hale, who on Wednesday had denied": a date between subject and cue
	for m := p; m >= lastCueEnd && m >= s.first && p-m < 5; m-- {
		if n := l.is(wTemporal, d.toks, m); n > 0 && m+n <= p && d.dateLike(m+n, p+1) {
			p = m - 1
			for p >= lastCueEnd && l.ends(wTrim, d.toks, p) > 0 && l.ends(wCoord, d.toks, p) == 0 {
				p -= l.ends(wTrim, d.toks, p)
			}
			break
		}
	}
	// relative pronouns: "Smith, who said" (the pronoun is the source) and
	// "penilaian yang menyatakan" (the noun before it is)
	relSelf := p >= s.first && l.ends(wRelative, d.toks, p) > 0
	relNP := false
	if n := l.ends(wRelativeNp, d.toks, p); n > 0 && p-n >= s.first {
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
	}
	a, b := q+1, p+1
	if !relSelf {
		b0 := b
		a, b = d.trimNP(a, b)
		if relNP {
			b = b0 // "penilaian sebelumnya yang": keep the whole noun phrase
		}
		// an aside between commas: "Clinton, at a press gaggle, said" /
		// "Culpepper, who runs the effort, said": the subject is before it
		// "The Times, citing officials, reported": the relay is skipped too
		lim := max(lastCueEnd, s.first)
		xs0 := d.rightContext(&att{c: c}, j, s)
		// "“…,” Senate Majority Leader Mitch McConnell, R-Ky., said": after a
		// quotation, everything up to the cue names the speaker
		if b <= a && d.isComma(q) {
			if m := d.quoteBeforeSubject(k, lim); m >= 0 {
				if ta, tb := d.trimNP(m+1, q); tb > ta {
					a, b, q = ta, tb, m
				}
			}
		}
		if b > a && d.isComma(q) && q > lim {
			if c0 := d.npLeft(q-1, lim); d.isRelay(c0 + 1) {
				d.relay(&x, c0+1, q)
			}
		}
		for tries := 0; tries < 3 && d.isSep(q) && q > lim; tries++ {
			appos := l.is(wAppositive, d.toks, a) > 0 && q-1 >= lim && d.toks[q-1].upper && d.nameBefore(q, lim)
			if b > a && l.is(wAside, d.toks, a) == 0 && l.is(wRelative, d.toks, a) == 0 && !appos {
				break
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
			if b <= a {
				// nothing between the comma and the cue: look at the chunk before
				c0 := d.npLeft(q-1, lim)
				switch {
				case d.isRelay(c0 + 1):
					d.relay(&x, c0+1, q)
				case len(d.pendingVia) > 0 && d.pendingVia[0].sp.s >= d.toks[c0+1].start:
					// "NIS, according to Han, told": skip the relay, keep the subject
					lim = s.first
				case d.parentheticalIn(c0+1, q):
					// "NIS, kata dia, menduga": skip the parenthetical cue and
					// take the subject before it
					c0 = d.tokenAt(d.atts[len(d.atts)-1].cue.s) - 1
					lim = s.first
				case l.is(wAside, d.toks, c0+1) > 0:
				default:
					// "anggota parlemen, Han Min-jae, mengatakan bahwa …": a short
					// capitalised chunk between commas is the subject's name
					if c.frame != fPost && !strings.HasSuffix(c.seq[len(c.seq)-1], "ing") && (xs0.comp || xs0.tail >= 2) && q-(c0+1) <= 6 && d.endsInName(c0+1, q) && d.l.cueAt(d.toks[:q], c0+1) == nil {
						a, b = d.trimNP(c0+1, q)
						q = c0
						// with its title before it: "người phát ngôn quân đội Varesia, đại tá Lena Morrow,"
						if d.isComma(c0) && c0 > lim {
							c1 := d.npLeft(c0-1, lim)
							if c0-(c1+1) <= d.npLimit()/2 && c1+1 < c0 && !d.hasCue(c1+1, c0) && l.is(wAside, d.toks, c1+1) == 0 {
								if ta, _ := d.trimNP(c1+1, c0); ta < c0 {
									a, q = ta, c1
								}
							}
						}
					} else if c.frame != fPost && !strings.HasSuffix(c.seq[len(c.seq)-1], "ing") && d.isComma(c0) && c0 > lim &&
						q-(c0+1) <= d.npLimit() && !d.hasCue(c0+1, q) {
						// "Ông Karel Dunn, chuyên gia quân sự tại Viện …, đánh giá rằng":
						// a name opening the clause, then its appositive
						c1 := d.npLeft(c0-1, lim)
						if na := d.leadingConnectors(c1+1, c0); na < c0 && c0-na <= 5 && d.endsInName(na, c0) && d.toks[na].upper && (c1 < s.first || d.hard(c1)) {
							a, b, q = na, q, c1
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
			a2, b2 := d.trimNP(q2+1, q)
			if b2 <= a2 {
				break
			}
			q, a, b = q2, a2, b2
		}
	}
	// "Thông tin trên được Bộ Quốc phòng công bố": the agent follows the
	// passive marker; the subject before it is what was said
	for r := a + 1; r < b-1; r++ {
		if n := l.is(wPassiveAgent, d.toks, r); n > 0 && r+n < b {
			x.passiveSubject = d.tokSpan(a, r)
			a = r + n
			break
		}
	}
	// "Yonhap dẫn lời nghị sĩ Lee cho biết": the relay splits the subject
	var relayedBy []via
	for r := a; r < b; r++ {
		if d.isRelay(r) {
			c := l.cueAt(d.toks, r)
			if pa, pb := d.trimNP(a, r); pb > pa {
				o, _ := d.outlet(pa, pb)
				if o == "" {
					o = d.actorName(pa, pb)
				}
				relayedBy = append(relayedBy, via{sp: d.tokSpan(pa, pb), actor: o})
			}
			a = r + len(c.seq)
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
	if b > a && d.inq[k] && (l.is(wPronSelf, d.toks, a) > 0 || l.ends(wPronSelf, d.toks, b-1) > 0) {
		return
	}
	// inside a quotation, only a named third party is a new source: “…
	// what Obama said when he said …” is the speaker's own account
	if d.inq[k] && !d.namedIn(a, b) {
		return
	}
	// q now points at what stopped the scan (or before the sentence)
	right := j
	xs := d.rightContext(&x, right, s)
	hasComp, compEnd := xs.comp, xs.next

	switch {
	case gerund:
		sa, sb := d.clauseSubject(s, k, first(d.atts, s, si))
		if sb <= sa {
			return
		}
		x.source, x.srcFirst, x.srcLast = d.tokSpan(sa, sb), sa, sb
		x.content = d.contentRight(compEnd, s, false)
		x.rule = "verb-gerund"
		x.clauseStart = d.toks[k-1].start
	case b > a && (relSelf || !(d.postposedRight(xs, s) || d.quoteTail(q, xs))):
		// pre-posed: SOURCE CUE [that] CONTENT
		if c.frame == fPost {
			return
		}
		x.source, x.srcFirst, x.srcLast = d.tokSpan(a, b), a, b
		x.commaBefore = q >= s.first && d.isComma(q)
		if x.commaBefore {
			x.clauseStart = d.toks[q].start
		}
		if c.frame == fVerbC && !hasComp && !xs.colon && !xs.quoteNext && !d.pronounLike(a, b) && !relSelf && !d.asFrame(j, s) {
			return
		}
		if c.frame == fVerbN && !(d.pronounLike(a, b) || relSelf || (b-a <= 4 && d.namedIn(a, b) && d.toks[b-1].upper)) {
			return
		}
		if l.is(wContrary, d.toks, q-1) > 0 || (q >= s.first && l.ends(wContrary, d.toks, q) > 0) {
			x.timing = sumber.Superseded
		}
		x.content = d.contentRight(compEnd, s, false)
		if !x.passiveSubject.empty() {
			x.content = x.passiveSubject
			d.contentAnaphor(&x, s)
		}
		if x.content.empty() && xs.colon && s.last < len(d.toks) {
			// "He said:" and the quotation in the next paragraph
			x.content = d.trimSpan(d.tokSpan(s.last, d.paragraphEnd(s.last)))
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
		x.source, x.srcFirst, x.srcLast = d.tokSpan(a, b), a, b
		if d.isComma(q) && q > s.first && !(d.toks[q-1].kind == quote) {
			x.clauseStart = d.toks[q].start
		}
		x.content = d.contentLeft(q, s)
		x.rule = "verb-postposed"
	case (d.isSep(q) || l.ends(wCoord, d.toks, q) > 0) && q > s.first && (!d.postposedRight(xs, s) || c.stance == sumber.Neither) && c.frame != fPost && !(d.isComma(q) && d.invertedSubject(c, j, s)):
		// "…, saying X" / "… and said X": the subject of the clause before
		sa, sb := d.clauseSubject(s, q, first(d.atts, s, si))
		if sb <= sa {
			return
		}
		// "had said on March 10 that …, and warned that …": the same moment
		for m := first(d.atts, s, si); m < len(d.atts); m++ {
			if y := d.atts[m]; y.srcFirst == sa && y.timing == sumber.Earlier && x.timing == "" {
				x.timing = sumber.Earlier
			}
		}
		x.source, x.srcFirst, x.srcLast = d.tokSpan(sa, sb), sa, sb
		x.content = d.contentRight(compEnd, s, false)
		x.rule = "verb-participle"
		x.clauseStart = d.toks[q].start
	default:
		// nothing before the cue: "…,” said X." / "…, ujarnya." / "…, kata dia."
		if c.nya {
			t := d.toks[j-1]
			x.source = span{t.end - 3, t.end}
			x.pronoun = 1
			x.rule = "post-nya"
		} else {
			sa := j
			for sa < s.last && l.is(wAddressee, d.toks, sa) > 0 {
				sa += l.is(wAddressee, d.toks, sa)
			}
			sb := d.npRight(sa, s.last)
			sa, sb = d.trimNP(sa, sb)
			if sb <= sa {
				return
			}
			sb = d.withName(sb, s.last)
			x.source, x.srcFirst, x.srcLast = d.tokSpan(sa, sb), sa, sb
			x.rule = "verb-inverted"
		}
		x.content = d.contentLeft(q, s)
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
	paren := x.rule == "verb-inverted" || x.rule == "post-nya" || x.rule == "verb-postposed" ||
		(x.rule == "verb-preposed" && !xs.quoteNext && !xs.colon && d.isComma(j))
	if paren && q >= s.first && d.isComma(q) && q-d.leadingConnectors(s.first, q) <= 4 {
		if e := d.afterSource(&x, j); e < s.last && d.isComma(e) && e+1 < s.last && !isTerminal(d.toks[e+1]) {
			end := s.last
			for end > e && isTerminal(d.toks[end-1]) {
				end--
			}
			start := d.leadingConnectors(s.first, q)
			x.content = d.tokSpan(start, end)
			x.rule = "verb-parenthetical"
		}
	}
	if x.source.empty() || (x.content.empty() && c.stance != sumber.Neither) {
		return // "declined to comment." stands without a content
	}
	d.atts = append(d.atts, x)
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

// afterSource returns the index of the first token after both the cue
// (ending at token j) and the source.
func (d *doc) afterSource(x *att, j int) int {
	e := j
	for e < len(d.toks) && d.toks[e].end <= x.source.e {
		e++
	}
	return e
}

// rightCtx describes what follows a cue.
type rightCtx struct {
	next      int  // first content token, after complementizer/colon/relays
	comp      bool // a complementizer (that, bahwa, rằng) introduces the content
	colon     bool
	quoteNext bool
	tail      int // tokens left in the sentence after the cue, minus the terminal
}

// rightContext skips what stands between a cue and its content:
// addressees and via ("told Reuters", "kepada wartawan"), relays
// (", mengutip X,"), a complementizer or a colon.
func (d *doc) rightContext(x *att, j int, s sentence) rightCtx {
	l := d.l
	r := rightCtx{next: j}
	end := s.last
	for end > j && isTerminal(d.toks[end-1]) {
		end--
	}
	r.tail = end - j
	k := j
	for steps := 0; k < end && steps < 6; steps++ {
		switch {
		case l.is(wAddressee, d.toks, k) > 0:
			k += l.is(wAddressee, d.toks, k)
		case d.isComma(k) && k+1 < end && d.isRelay(k+1):
			k = d.relay(x, k+1, end)
		case d.isRelay(k):
			k = d.relay(x, k, end)
		case d.outletAt(k) > 0:
			// "told Reuters", "nói với AFP"
			n := d.outletAt(k)
			o, _ := d.outlet(k, k+n)
			x.via = append(x.via, via{sp: d.tokSpan(k, k+n), actor: o})
			k += n
		default:
			steps = 99
			continue
		}
	}
	// "said Wednesday night that", "mengatakan pada Senin (21/10) bahwa"
	if l.is(wComp, d.toks, k) == 0 {
		for look := k + 1; look < end && look-k <= 6; look++ {
			if l.is(wComp, d.toks, look) > 0 {
				from := k
				if n := l.is(wTemporal, d.toks, k); n > 0 {
					from += n
				}
				if d.dateLike(from, look) && !d.isComma(look-1) {
					k = look
				}
				break
			}
		}
	}
	if n := l.is(wComp, d.toks, k); n > 0 && k+n+1 < end {
		r.comp = true
		k += n
	} else if x.c.object || l.is(wToPrep, d.toks, k) > 0 {
		// "told X that", "mengatakan kepada parlemen bahwa", "nói với báo chí rằng"
		// "told Breitbart host Alex Marlow on Thursday that/how …"
		for look := k + 1; look < end && look-k < 10; look++ {
			if d.hard(look) {
				break
			}
			if n := l.is(wComp, d.toks, look); n > 0 && look+n < end {
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
	if j >= s.last || strings.HasSuffix(c.seq[len(c.seq)-1], "ing") {
		return false
	}
	t := d.toks[j]
	if !((t.kind == word && t.upper) || d.l.is(wAppositive, d.toks, j) > 0) {
		return false
	}
	// the subject is a short phrase ending the sentence or an appositive's comma
	b := d.npRight(j, s.last)
	return b-j <= 6 && (b >= s.last || d.isComma(b) || isTerminal(d.toks[b]))
}

// quoteTail reports a quotation closing just before the subject and only
// a short tail after the cue: "“…,” ông viết trên mạng xã hội." / "“…,” he
// told reporters in Brussels."
func (d *doc) quoteTail(q int, r rightCtx) bool {
	if r.comp || r.colon || r.quoteNext || q < 0 {
		return false
	}
	// "…,” Zelensky said in his nightly video address, citing military intelligence."
	// "…,” he told the group, adding that …": a short object, then a participle
	// "…,” Melanie said, and soon the balloons were dropping": a new clause
	if r.tail > 8 && !(r.tail <= 16 && (d.l.is(wAside, d.toks, r.next) > 0 || d.isComma(r.next) || d.isRelay(r.next))) &&
		!d.objectThenParticiple(r.next) && !d.shortThenComma(r.next) {
		return false
	}
	if d.toks[q].kind == quote && d.closingLike(q) {
		return true
	}
	return d.isComma(q) && q > 0 && d.toks[q-1].kind == quote && d.closingLike(q-1)
}

// asFrame reports "see X as Y" / "view X as Y": an "as" within a few
// tokens after the cue, before any comma.
func (d *doc) asFrame(j int, s sentence) bool {
	for m := j + 1; m < s.last && m-j <= 6; m++ {
		if d.hard(m) || d.isComma(m) {
			return false
		}
		if d.toks[m].low == "as" || d.toks[m].low == "sebagai" || d.toks[m].low == "là" {
			return true
		}
	}
	return false
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
			return c != nil && strings.HasSuffix(c.seq[len(c.seq)-1], "ing")
		}
		if d.hard(m) {
			return false
		}
	}
	return false
}

// postposedRight reports whether what follows the cue is only a tail
// ("…, he said." / "…, he told Reuters on Monday."), so that the content
// is before it.
func (d *doc) postposedRight(r rightCtx, s sentence) bool {
	if r.comp || r.colon {
		return false
	}
	end := s.last
	for end > r.next && isTerminal(d.toks[end-1]) {
		end--
	}
	if r.next >= end {
		return true
	}
	// "…, aid groups said Tuesday, as both sides traded blame": a date
	// and then a new clause after a comma
	k := r.next
	if n := d.l.is(wTemporal, d.toks, k); n > 0 {
		k += n
	}
	m := k
	for m < end && m-k < 5 && !d.isComma(m) {
		m++
	}
	return m < end && d.isComma(m) && d.dateLike(k, m) && (d.l.is(wBoundary, d.toks, m+1) > 0 || d.l.is(wBreak, d.toks, m+1) > 0)
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
// subject a via. It returns the token after the relay phrase.
func (d *doc) relay(x *att, k, end int) int {
	c := d.l.cueAt(d.toks, k)
	a := k + len(c.seq)
	b := d.npRight(a, end)
	a2, b2 := d.trimNP(a, b)
	if b2 > a2 {
		o, _ := d.outlet(a2, b2)
		x.origin = &via{sp: d.tokSpan(a2, b2), actor: o}
	}
	if b < end && d.isComma(b) {
		b++
	}
	return b
}

// contentRight reads a content span starting at token k to the end of
// the clause: the sentence end, a closing quote when it opens with one,
// or a comma before a break word. A nested content stops at any comma
// before a clause boundary.
func (d *doc) contentRight(k int, s sentence, nested bool) span {
	end := s.last
	for end > k && isTerminal(d.toks[end-1]) {
		end--
	}
	if k >= end {
		return span{}
	}
	if d.toks[k].kind == quote {
		if m := d.closingQuote(k); m > k {
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
		if d.l.is(wBreak, d.toks, m+1) > 0 || (nested && d.l.is(wBoundary, d.toks, m+1) > 0) {
			end = m
			break
		}
	}
	for end > k && (d.isComma(end-1) || d.toks[end-1].low == ":") {
		end--
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
		return span{}
	}
	if q-1 >= 0 && d.isComma(q) && d.toks[q-1].kind == quote {
		if o := d.openingQuote(q - 1); o >= 0 {
			return d.tokSpan(o, q)
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
	// a straight quote closes when it hugs the previous token
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

// outletAt returns the length of an outlet name starting at token k.
func (d *doc) outletAt(k int) int {
	for n := maxOutletWords(); n >= 1; n-- {
		if k+n > len(d.toks) {
			continue
		}
		if _, ok := d.outlet(k, k+n); ok {
			return n
		}
	}
	return 0
}

// pronounLike reports whether tokens [a, b) are a personal or relative pronoun.
func (d *doc) pronounLike(a, b int) bool {
	for _, c := range []wclass{wPronSg, wPronPl, wRelative} {
		if n := d.l.is(c, d.toks, a); n > 0 && a+n == b {
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
			if !x.content.contains(y.cue) {
				continue
			}
			if y.clauseStart > x.cue.e && y.clauseStart > x.content.s && x.rule != "speaker-colon" && x.rule != "dash-credit" {
				// a new clause: "X said A, and Y said B" – cut X's content
				cut := y.clauseStart
				for cut > x.content.s && strings.ContainsRune(" ,;", rune(d.text[cut-1])) {
					cut--
				}
				x.content.e = cut
				continue
			}
			if y.nestedIn < 0 {
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
