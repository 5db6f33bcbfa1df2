// Package figures finds numbers in news text and reads them as figures:
// a value or range with a bound (=, ~, >=, >, <=, <), the unit counted
// ("troops", "percent", "USD"), the measure ("killed", "deployed"), whose
// things are counted when the text says, and whether the figure stands for
// an earlier one ("jumlahnya lebih dari 3.000", "the figure").
//
// Every word it knows is data: lang/<code>/numbers.tsv holds number words,
// scales, vague amounts, bounds, range connectors, anaphors and the
// contexts that make a number not a figure (ordinals, dates, times);
// lang/<code>/measures.tsv holds units, currencies and measures. Each
// language is loaded once into a token trie.
//
// Find tokenizes the text once (letters, digit groups, single marks) and
// only looks closer at digit tokens and words that can start a number, so
// text without numbers costs one pass over the bytes. Lines are read
// independently (a figure never crosses a line break) and very long lines
// are cut into bounded chunks, so memory and time stay linear in the input.
package figures

import (
	"math"
	"strings"
	"sync"

	"sumber"
)

// Match is one figure found in a text. Start/End are BYTE offsets into the
// text given to Find; Text is text[Start:End].
type Match struct {
	Start, End int
	Text       string
	// Value is the best estimate (the middle of a range); Low==High==Value
	// when the text gives a single number.
	Value, Low, High float64
	// Bound relates the value to the true quantity: = ~ >= > <= <.
	Bound sumber.Bound
	// Unit is what is counted: "troops", "people", "civilians", "shells",
	// "containers", "missiles", "percent", a currency code ("USD"), "km"...;
	// "" when unknown.
	Unit string
	// Measure is what happened to the counted things: "deployed",
	// "killed", "wounded", "killed-or-wounded", "captured", "missing"...;
	// "" when unknown.
	Measure string
	// Subject is the raw text naming whose things are counted, when stated
	// next to the unit ("Korea Utara" in "1.000 tentara Korea Utara",
	// "North Korean" in "3,000 North Korean troops"); "" otherwise.
	Subject string
	// Anaphoric is set when the figure stands for an earlier figure's
	// measure ("jumlahnya lebih dari 3.000", "the figure was 3,000",
	// "con số này là hơn 3.000"). Unit and Measure then come only from
	// words after the number, usually none: the caller inherits them.
	Anaphoric bool
	// Rule says which pattern read the figure and which lexicon phrases
	// fired, e.g. "id:bound=setidaknya+number+unit=tentara+measure=mengerahkan".
	Rule string
}

// maxChunk bounds the text read at once; lines longer than this are cut
// at a space near the limit.
const maxChunk = 1 << 15

// Kinds of words that can start a number expression.
var startMask = bit(kAtom) | bit(kVague) | bit(kSeveral) | bit(kScale) | bit(kShare)

// Find returns the figures in text, in order. lang is "id", "en" or "vi";
// any other value reads digits (and language-neutral signs such as "%",
// "$") only. Years, dates, times, ordinals, phone numbers and codes
// ("F-16", "G20") are not figures and are skipped.
func Find(text, lang string) []Match {
	lx := getLexicon(lang)
	var out []Match
	low := lowerSameLen(text)
	s := scannerPool.Get().(*scanner)
	s.lx = lx
	for start := 0; start < len(text); {
		end := chunkEnd(text, start)
		s.text, s.low = text[start:end], low[start:end]
		s.toks = tokenize(s.text, s.toks[:0])
		s.index()
		n := len(out)
		out = s.scan(start, out)
		s.shareCoordMeasure(start, out[n:])
		start = end
	}
	if cap(s.toks) <= 1<<14 {
		s.text, s.low = "", ""
		scannerPool.Put(s)
	}
	return out
}

var scannerPool = sync.Pool{New: func() any {
	return &scanner{toks: make([]token, 0, 1024), first: make([]*node, 0, 1024)}
}}

// chunkEnd returns the end of the chunk starting at start: the end of the
// line, or a cut at a space (or rune boundary) near maxChunk.
func chunkEnd(text string, start int) int {
	rest := text[start:]
	if len(rest) <= maxChunk {
		return len(text)
	}
	if i := strings.IndexByte(rest[:maxChunk], '\n'); i >= 0 {
		return start + i + 1
	}
	cut := maxChunk
	if i := strings.LastIndexByte(rest[maxChunk-512:maxChunk], ' '); i >= 0 {
		cut = maxChunk - 512 + i + 1
	} else {
		for cut > maxChunk-4 && rest[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return start + cut
}

// scan reads the figures of the current chunk, whose text starts at base.
func (s *scanner) scan(base int, out []Match) []Match {
	floor := 0
	s.lastUnit, s.lastEnd, s.lastMeasure = "", 0, ""
	s.lastVerbMeas = nil
	s.changeTo = -1
	s.changeCount, s.changeAt = nil, -1
	s.prevStart, s.prevFloor, s.prevEnd = -1, 0, -1
	for i := 0; i < len(s.toks); {
		t := s.toks[i]
		trig := t.k == tNum
		if t.k == tWord {
			if c := s.first[i]; c != nil && c.below&startMask != 0 {
				trig = true
			}
		}
		if !trig {
			i++
			continue
		}
		m, next, ok := s.figureAt(i, floor)
		if ok {
			m.Start += base
			m.End += base
			out = append(out, m)
			s.prevStart, s.prevFloor, s.prevEnd = i, floor, next
			floor = next
			if m.Unit != "" && !s.part {
				// a figure with no measure between a counted group and a
				// part of it keeps the group's measure for the part: "đưa
				// 640 công dân về nước bằng bốn chuyến bay, trong đó có 90
				// trẻ em"
				keep := m.Measure == "" && s.lastMeasure != "" && i-s.lastEnd <= 6
				s.lastUnit, s.lastEnd = m.Unit, next
				if !keep {
					s.lastMeasure = m.Measure
				}
				s.lastVerbMeas = s.verbMeas
			} else if s.part {
				s.lastEnd = next
			}
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

// skipChain returns the index after a run of glued digit and date/time
// punctuation tokens starting at j ("/10/2024", ":30", "-3456-7890").
func (s *scanner) skipChain(j int) int {
	for j < len(s.toks) && s.glued(j) {
		t := s.toks[j]
		if t.k == tNum {
			j++
			continue
		}
		if t.k == tPunct {
			switch s.text[t.s:t.e] {
			case "/", ":", "-", ".":
				if j+1 < len(s.toks) && s.toks[j+1].k == tNum && s.glued(j+1) {
					j++
					continue
				}
			}
		}
		break
	}
	return j
}

func isDateSep(p string) bool { return p == "/" || p == ":" || p == "." }

// figureAt reads the figure whose number starts at token i. It returns
// the match, the token index to continue from, and whether a figure was
// read. floor is the first token not used by an earlier figure.
func (s *scanner) figureAt(i, floor int) (Match, int, bool) {
	n := len(s.toks)
	var rangeEnt *entry
	s.verbMeas = nil
	inherited := false // the unit was taken over from the figure before

	// A currency right before the number: "US$2 juta", "$5 million".
	cur, curStart := s.matchEnding(i, floor, bit(kCurrency))
	if cur != nil && cur.flags&fBefore == 0 {
		cur, curStart = nil, i
	}
	// Plain digit groups set apart by spaces are a phone or account
	// number, not figures: "0800 555 214", "021 555 0199".
	if s.toks[i].k == tNum && cur == nil {
		if j := s.spacedDigits(i); j > i {
			return Match{}, j, false
		}
	}
	q, ok := s.quantityAt(i, cur != nil)
	if !ok {
		return Match{}, i + 1, false
	}

	// Not figures: codes glued to words ("G20", "F-16"), parts of dates
	// and times ("21/10/2024", "14:30"), ordinals, days next to months.
	if s.toks[i].k == tNum {
		if s.glued(i) && cur == nil {
			p := s.toks[i-1]
			if p.k == tWord {
				return Match{}, s.skipChain(i + 1), false
			}
			if s.isPunct(i-1, "+") || s.isPunct(i-1, "#") {
				return Match{}, s.skipChain(i + 1), false
			}
			if p.k == tPunct && i >= 2 && s.glued(i-1) {
				ps := s.text[p.s:p.e]
				if ps == "-" && (s.toks[i-2].k == tWord || s.toks[i-2].k == tNum) || isDateSep(ps) && s.toks[i-2].k == tNum {
					return Match{}, s.skipChain(i + 1), false
				}
			}
		}
		// (a row flagged unsigned holds only for a number without a unit
		// sign glued to it: "trung bình nhiều năm 35%" is no year)
		signed := false
		if q.e < n && s.glued(q.e) && s.toks[q.e].k != tWord {
			u, _ := s.match(q.e, bit(kUnit))
			signed = u != nil
		}
		if e, st := s.matchEnding(i, floor, bit(kNotBefore)); e != nil && !(signed && e.flags&fUnsigned != 0) && !s.longerBefore(i, st, floor) {
			// and the number coordinated with it: "aged 58 and 61",
			// "Pasal 14 dan 15", "articles 5 to 7"
			return Match{}, s.skipCoordinated(s.skipChain(i + 1)), false
		}
		if e, st := s.matchEnding(i, floor, bit(kMonth)); e != nil && s.toks[st].cap {
			return Match{}, s.skipChain(i + 1), false
		}
	} else if e, st := s.matchEnding(i, floor, bit(kNotBefore)); e != nil && !s.longerBefore(i, st, floor) {
		// a spelled number after the same words is no count either:
		// "mỗi năm" (every year, "năm" also being five), "lần thứ tư"
		return Match{}, q.e, false
	}
	if q.digits && q.e < n && s.glued(q.e) && s.toks[q.e].k == tPunct && q.e+1 < n && s.toks[q.e+1].k == tNum && s.glued(q.e+1) {
		p := s.text[s.toks[q.e].s:s.toks[q.e].e]
		if isDateSep(p) || p == "-" && s.isPunct(q.e+2, "-") && s.glued(q.e+2) {
			return Match{}, s.skipChain(q.e), false
		}
	}

	if m, next, ok := s.ratioAt(q); ok && cur == nil {
		return m, next, true
	}

	lo, hi := q.lo, q.hi
	endTok := q.e
	isRange, pair := false, false
	vague := q.vague
	bound := q.op

	// A range: "200-900", "200 hingga 900", "between 200 and 900".
	changeNext := -1 // after "from X to", where the second figure starts
	if endTok < n {
		if e, x := s.match(endTok, bit(kRange)); e != nil && x < n {
			opener, _ := s.matchEnding(q.s, floor, bit(kRangeOpen))
			if cur != nil {
				opener, _ = s.matchEnding(curStart, floor, bit(kRangeOpen))
			}
			if opener != nil && (s.changeBefore(q.s, curStart, cur != nil, floor) && !s.rateRange(e, opener, x, q.lo) || e.flags&fChange != 0) {
				// "naik dari 12.000 hingga 14.000", "tăng từ 22.000 đến
				// 24.000", "rose from 3.2 billion to 4.1 billion": a change,
				// two figures; the connector is no bound of the second
				s.changeTo = endTok
				changeNext = x
			} else if e.flags&fChange == 0 && (e.flags&fNeedsOpen == 0 || opener != nil) {
				if cur != nil {
					// "between $35 million and $50 million": the currency again
					if c2, x2 := s.match(x, bit(kCurrency)); c2 != nil && c2.val == cur.val && c2.flags&fBefore != 0 && x2 < n {
						x = x2
					}
				}
				if q2, ok := s.quantityAt(x, cur != nil); ok {
					if q.year && q2.year {
						return Match{}, q2.e, false
					}
					a := q.lo
					if q.scale == 0 && q2.scale >= 1000 && !q.vague && q.lo*q2.scale <= q2.hi {
						a = q.lo * q2.scale
					}
					if a < q2.hi && !q2.year {
						// "dua-tiga orang", "two or three people", "hai ba
						// người": neighbouring spelled numbers are a guess;
						// joined by a word other than "or" they are an
						// explicit range ("hai đến ba thí sinh", "two to three")
						pair = !q.digits && !q2.digits && !q.vague && !q2.vague && q2.lo-a == 1 &&
							(s.toks[endTok].k != tWord || e.flags&fAlt != 0)
						// "30 or 40 trucks": two numbers offered as
						// alternatives are a guess too
						pair = pair || e.flags&fAlt != 0 && !q.vague && !q2.vague
						lo, hi = a, q2.hi
						endTok = q2.e
						isRange = true
						vague = vague || q2.vague
						if bound == "" {
							bound = q2.op
						}
						rangeEnt = e
					}
				}
			}
		}
	}

	// A range with the unit on both ends: "2,5 persen hingga 3,5 persen",
	// "between 2% and 3%" (but "rose from 2% to 3%" is a change, and
	// "15% or 20%" two figures)
	if !isRange && cur == nil && endTok < n {
		if u, ux := s.match(endTok, bit(kUnit)); u != nil && ux < n {
			if e, x := s.match(ux, bit(kRange)); e != nil && x < n {
				opener, _ := s.matchEnding(q.s, floor, bit(kRangeOpen))
				rate := opener != nil && s.rateRange(e, opener, x, q.lo)
				change := opener != nil && (s.changeBefore(q.s, curStart, false, floor) && !rate || e.flags&fChange != 0)
				if change {
					s.changeTo = ux // "naik dari 2,5 persen hingga 3,5 persen", "từ 3% lên 4%"
				}
				if !change && e.flags&fChange == 0 && (e.flags&fNeedsOpen == 0 || opener != nil) && e.flags&fAlt == 0 && (opener == nil || opener.flags&fChange == 0) && !(opener != nil && s.changeBefore(q.s, curStart, false, floor) && !rate) {
					if q2, ok := s.quantityAt(x, false); ok && !q.year && !q2.year && q.lo < q2.hi && q2.e < n {
						if u2, _ := s.match(q2.e, bit(kUnit)); u2 != nil && u2.val == u.val {
							lo, hi = q.lo, q2.hi
							endTok = q2.e
							isRange = true
							vague = vague || q2.vague
							rangeEnt = e
						}
					}
				}
			}
		}
	}

	// A bound after the number: "3.000 lebih", "3,000 or more".
	var after *entry
	if endTok < n {
		if e, x := s.match(endTok, bit(kBoundAfter)); e != nil {
			b, bx := s.match(endTok, bit(kBound))
			short := x == endTok+1 && len(e.phrase) < 4
			if (b == nil || bx <= x) && (!short || s.glued(endTok)) {
				after = e
				endTok = x
			}
		}
	}
	// A year with an "about" suffix is a decade, no count: "sejak 1980-an"
	// ("puluhan", "20-an orang" stay counts)
	if after != nil && q.year && !isRange && sumber.Bound(after.val) == sumber.About {
		return Match{}, endTok, false
	}
	// Letters glued to the number that nobody claimed: "5G", "3D", "2nd".
	if q.digits && endTok == q.e && endTok < n && s.glued(endTok) && s.toks[endTok].k == tWord {
		if e, _ := s.match(endTok, bit(kUnit)|bit(kCurrency)); e == nil {
			return Match{}, s.skipChain(endTok + 1), false
		}
	}
	// A house number: "12 Main Street", "5 Jalan Sudirman" (a capitalised
	// street word, after up to three capitalised names)
	if q.digits && !isRange {
		for j := endTok; j < n && j-endTok <= 3 && s.toks[j].k == tWord && s.toks[j].cap; j++ {
			if e, x := s.match(j, bit(kStreet)); e != nil {
				return Match{}, x, false
			}
		}
	}
	if endTok < n {
		// a longer unit or currency at the same place wins: vi "39 độ C" is
		// a temperature where a bare "độ" is an earthquake's strength
		if e, x := s.match(endTok, bit(kNotAfter)); e != nil {
			if u, ux := s.match(endTok, bit(kUnit)|bit(kCurrency)); u == nil || ux <= x {
				return Match{}, endTok, false
			}
		}
		if e, _ := s.match(endTok, bit(kMonth)); e != nil && s.toks[endTok].cap && q.digits {
			return Match{}, endTok + 1, false
		}
	}

	// Money after the number, then the unit noun.
	unit := ""
	var unitEnt *entry
	weak := false // the unit is a plural noun the lexicon does not know
	spanEnd := endTok
	k := endTok
	if q.share {
		unit = "percent" // "gần một nửa số hộ": a share; what follows is what it is of
	} else if cur != nil {
		unit = cur.val
	} else if e, x := s.match(k, bit(kCurrency)); e != nil && e.flags&fAfter != 0 {
		unit, unitEnt = e.val, e
		k, spanEnd = x, x
		if e.flags&fHundredth != 0 {
			// a subunit ("310p", "45 cents") is a hundredth of the money it names
			lo, hi = lo/100, hi/100
		}
	}
	// "rose from 3.2 billion to 4.5 billion dollars", "tăng từ 3,2 tỷ lên
	// 4,5 tỷ USD": the first figure of a change takes the money of the second
	if unit == "" && changeNext >= 0 && changeNext < n {
		if e, _ := s.match(changeNext, bit(kCurrency)); e != nil && e.flags&fAfter == 0 {
			unit = e.val
		} else if q2, ok := s.quantityAt(changeNext, false); ok && q2.e < n {
			if e, _ := s.match(q2.e, bit(kCurrency)); e != nil && e.flags&fAfter != 0 {
				unit = e.val
			} else if u, _ := s.match(q2.e, bit(kUnit)); u != nil && u.val == "percent" {
				// "rose from 3 to 4 percent", "tăng từ 15 đến 20%"
				unit = u.val
			}
		}
	}
	// "\"between 40 and 60\" deaths", "\"more than 100\" missing": a
	// quotation closing right after the number does not hide what it counts
	if unit == "" && k == endTok && s.closingQuote(k) {
		k++
	}
	subjS, subjE := -1, -1
	var preMeas *entry // a measure standing before the unit: "two of the injured officers"
	if unit == "" {
		kk, skipped := k, 0
		for kk < n && skipped <= 4 {
			if e, x := s.match(kk, bit(kUnit)); e != nil {
				// "up from 31 a week earlier": a span of time after an
				// article and before a word of time is when, not what
				if e.val == "duration" && kk > k && s.timeAdverb(x) {
					break
				}
				if e.flags&fClassifier != 0 {
					if e2, x2 := s.match(x, bit(kUnit)); e2 != nil {
						e, x = e2, x2
					} else if e.flags&fRefers != 0 {
						if !s.endsNoun(x, n) {
							kk = x // "12 unit ekskavator": a word between
							skipped++
							continue
						}
						// "kendaraan yang keluar … mencapai 312.450 unit": a
						// bare classifier of things counts the thing named
						// before it in the sentence, or nothing
						k, spanEnd = x, x
						if u := s.unitNamedBefore(kk, floor); u != "" {
							unit, unitEnt = u, e
						}
						break
					}
				}
				unit, unitEnt = e.val, e
				k, spanEnd = x, x
				// "ratusan tentara tambahan", "binh sĩ bổ sung"
				for s.lx.modAfter && k < n {
					if _, x := s.match(k, bit(kSkip)); x > k {
						k, spanEnd = x, x
						continue
					}
					break
				}
				break
			}
			if _, x := s.match(kk, bit(kSkip)); x > kk {
				kk = x
				skipped++
				continue
			}
			if !s.lx.modAfter && s.toks[kk].k == tWord && s.toks[kk].cap {
				if subjS < 0 {
					subjS = kk
				}
				subjE = kk + 1
				kk++
				skipped++
				continue
			}
			// a participle of a measure modifying the unit, after a part
			// ("two of the injured officers", "three of the wounded") or,
			// where modifiers precede the noun, right after the number
			// ("300 wounded soldiers", "6 million stolen records"): the
			// unit is counted, the measure kept for it
			if (kk > k || !s.lx.modAfter) && preMeas == nil {
				if m, x := s.match(kk, bit(kMeasure)); m != nil && x < n {
					if e, _ := s.match(x, bit(kUnit)); e != nil && e.flags&fClassifier == 0 {
						if _, px := s.match(k, bit(kPartOf)); px > k || kk == k && !s.lx.modAfter {
							preMeas = m
							kk = x
							skipped++
							continue
						}
					}
				}
			}
			// a hyphenated compound modifying the unit: "four
			// water-bombing aircraft", "12 rocket-propelled grenades"
			if !s.lx.modAfter && s.toks[kk].k == tWord {
				if j := s.compoundEnd(kk); j > kk+1 && j < n {
					if e, _ := s.match(j, bit(kUnit)); e != nil && e.flags&fClassifier == 0 {
						kk = j
						skipped++
						continue
					}
				}
			}
			// a plural possessive before the unit: "dozens of donors'
			// children", "40 of the farmers' cattle"
			if !s.lx.modAfter && s.toks[kk].k == tWord && kk+2 < n && (s.isPunct(kk+1, "'") || s.isPunct(kk+1, "’")) {
				if e, _ := s.match(kk+2, bit(kUnit)); e != nil && e.flags&fClassifier == 0 {
					kk += 2
					skipped++
					continue
				}
			}
			// a common noun modifying the unit: "3,000 cholera cases",
			// "40 aid convoys"
			if !s.lx.modAfter && s.toks[kk].k == tWord && kk+1 < n {
				if e, _ := s.match(kk+1, bit(kUnit)); e != nil && e.flags&fClassifier == 0 {
					if m, _ := s.match(kk, bit(kMeasure)|bit(kStop)|bit(kBound)|bit(kPrep)); m == nil {
						kk++
						skipped++
						continue
					}
				}
			}
			break
		}
		// A demonym in the plural right after the number counts people:
		// "at least 19 Varesians", "fewer than 5,000 Marovians" (a unit
		// after the name wins: "57 Varesian troops").
		if unitEnt == nil && subjS == k && subjE == k+1 && s.pluralDemonym(subjS) {
			unit = "people"
			k, spanEnd = subjE, subjE
		}
		if unitEnt == nil {
			subjS = -1
			preMeas = nil
		}
		// A plural noun the lexicon does not know, right after the
		// number, is what it counts: "300 hotspots", "40 giraffes".
		if unitEnt == nil && k == endTok && !q.year && s.pluralNoun(k) {
			unit, unitEnt, weak = strings.ToLower(s.text[s.toks[k].s:s.toks[k].e]), s.lx.plural, true
			k, spanEnd = k+1, k+1
		}
		// A distance that places something is no figure of a claim: "12
		// nautical miles off the coast", "140 km to the south", "14
		// kilometer dari ibu kota" (but "300 km from Tavor to Brask" is a
		// route's length).
		// ("within 7 km of the crater": a bound of flag radius before the
		// distance and a radius locator after it draw a zone round a place)
		radius := false
		if b, _ := s.matchEnding(q.s, floor, bit(kBound)); b != nil && b.flags&fRadius != 0 {
			radius = true
		}
		if unitEnt != nil && unitEnt.flags&fDistance != 0 && (s.locates(spanEnd, radius) || s.locatedFrom(q.s, floor)) {
			return Match{}, spanEnd, false
		}
	}
	if unitEnt != nil && unitEnt.kind == kUnit && subjS < 0 {
		kk := k
		if _, x := s.match(kk, bit(kPrep)); x > kk {
			kk = x
		}
		j := kk
		// (a capitalised measure is a headline's word, no name: "9
		// Penambang Tewas")
		for j < n && j-kk < 4 && s.toks[j].k == tWord && s.toks[j].cap {
			if m, _ := s.match(j, bit(kMeasure)); m != nil {
				break
			}
			j++
		}
		// (after the link, a name with lower-case words inside it runs
		// on: "của Tập đoàn Dệt may Halsen")
		if kk != k && j > kk {
			if e := s.nameEnd(kk, n); e > j {
				j = e
			}
		}
		if j > kk && (s.lx.modAfter || kk != k) {
			subjS, subjE = kk, j
			k = j
		}
	}

	// "138 civilians were killed, 24 of them children": a part of the
	// figure before it in the sentence
	s.part = false
	if s.lastUnit != "" && endTok < n && s.lastEnd <= q.s && q.s-s.lastEnd <= 16 && !s.breakBetween(s.lastEnd, q.s) {
		if e, _ := s.match(endTok, bit(kOthers)); e != nil && strings.HasPrefix(e.phrase, "of ") {
			s.part = true
		}
	}
	// "17 of the 23 drones", "17 dari 23 drone": the first number counts
	// what the second does
	if unit == "" && cur == nil {
		_, x := s.match(k, bit(kPartOf))
		// (the whole may have an owner written with a possessive: "23 of
		// the train's 41 wagons", "9,000 of the islands' 14,000 residents")
		if x > k && x+2 < n && s.toks[x].k == tWord && s.isApostrophe(x+1) && s.toks[x+1].s == s.toks[x].e {
			y := x + 2
			if s.toks[y].k == tWord && s.toks[y].s == s.toks[x+1].e {
				y++
			}
			if y < n && s.toks[y].k == tNum {
				x = y
			}
		}
		if x > k && x < n && (s.toks[x].k == tNum || s.first[x] != nil && s.first[x].below&startMask != 0) {
			if q2, ok := s.quantityAt(x, false); ok {
				if e, _ := s.match(q2.e, bit(kUnit)); e != nil {
					unit = e.val
				}
			}
		}
	}
	// "14 warga sipil tewas dan puluhan lainnya terluka", "two workers were
	// killed and several others wounded": "others" counts what the figure
	// before it in the sentence counted; a share is never counted on
	// ("up 18% … and tens of thousands more had come": no percent)
	var others *entry
	if unit == "" && cur == nil && s.lastUnit != "" && s.lastUnit != "percent" {
		if e, x := s.match(k, bit(kOthers)); e != nil && !s.sentenceEndBetween(s.lastEnd, q.s) {
			unit, others = s.lastUnit, e
			k, spanEnd = x, x
		}
	}
	// "The trucks come at night, 30 or 40 of them": with no figure before
	// it, "of them" counts a plural noun of the clause before it
	if unit == "" && cur == nil && others == nil && !s.lx.modAfter {
		if e, x := s.match(k, bit(kOthers)); e != nil && strings.HasPrefix(e.phrase, "of ") {
			if u := s.unitBefore(q.s, floor); u != "" {
				unit, others = u, e
				k, spanEnd = x, x
			}
		}
	}
	// A bare classifier ("người", "orang") coordinated right after a
	// figure of people of one kind counts that kind: "500 binh sĩ thiệt
	// mạng và hơn 100 người bị thương" (100 troops wounded).
	classifierUnit := ""
	if unitEnt != nil && unitEnt.flags&fClassifier != 0 && personUnits[s.lastUnit] && s.lastUnit != unit &&
		q.s-s.lastEnd <= 8 && !s.sentenceEndBetween(s.lastEnd, q.s) && s.stopBetween(s.lastEnd, q.s) {
		classifierUnit, unit = unit, s.lastUnit
	}
	// A bare animal classifier with no animal counted before it counts the
	// animal its clause named a few words earlier: "populasi sapi di desa
	// itu sekitar 4.000 ekor" (cattle).
	if cur == nil && unit != "" && unit == s.lx.animalKind && !s.lx.animals[s.lastUnit] {
		if u := s.animalBefore(q.s, floor); u != "" {
			unit = u
		}
	}
	// "13 awak lainnya", "dua tersangka lain": the word for others after
	// the unit belongs to the figure
	if unitEnt != nil && cur == nil && unit != "percent" && k < n && k == spanEnd && others == nil {
		if e, x := s.match(k, bit(kOthers)); e != nil {
			k, spanEnd = x, x
		}
	}
	// A bound after the unit: "3.000 người trở lên", "3,000 troops or more";
	// also after a rate's denominator glued to the unit: "1.800 USD/tháng
	// trở lên" (the denominator stays out of the figure's span)
	if after == nil && unitEnt != nil && k < n {
		at := k
		if at+2 < n && s.toks[at].k == tPunct && s.text[s.toks[at].s:s.toks[at].e] == "/" && s.glued(at) && s.glued(at+1) && s.toks[at+1].k == tWord {
			at += 2
		}
		if e, x := s.match(at, bit(kBoundAfter)); e != nil && x > at+1 {
			if b, bx := s.match(at, bit(kBound)); b == nil || bx <= x {
				after = e
				if k == spanEnd && at == k {
					spanEnd = x
				}
				k = x
			}
		}
	}

	// Years standing alone, and small spelled-out numbers with nothing
	// counted ("one of the officials", "năm nay"), are not figures.
	if q.year && !isRange && unit == "" && after == nil {
		return Match{}, q.e, false
	}

	// Bound, range opener and currency before the number.
	start := q.s
	if cur != nil {
		start = curStart
	}
	if isRange {
		if op, os := s.matchEnding(start, floor, bit(kRangeOpen)); op != nil {
			start = os
		}
	}
	bnd, bs := s.matchEnding(start, floor, bit(kBound))
	if bnd != nil && s.changeTo >= 0 && bs <= s.changeTo && s.changeTo < start {
		bnd = nil // "dari 12.000 hingga 14.000" after a verb of change
	}
	singleAt := -1
	if bnd != nil && isRange && bnd.flags&fSingle != 0 {
		// "di kisaran 2,5 hingga 3,5 persen": the range is the figure (the
		// bound still ends the clause of the subject that names the unit:
		// "kasus bisa mencapai 500 hingga 600")
		bnd, singleAt = nil, bs
	}
	if bnd != nil {
		start = bs
	}

	// An anaphor before it: "jumlahnya lebih dari 3.000", "the figure was".
	anaph := false
	var anaEnt *entry
	anaStart, anaEnd := -1, -1
	for a, links := start, 0; links < 3; links++ {
		if e, st := s.matchEnding(a, floor, bit(kAnaphor)); e != nil {
			anaph, anaEnt = true, e
			anaStart, anaEnd = st, a
			break
		}
		e, st := s.matchEnding(a, floor, bit(kLink))
		if e == nil {
			break
		}
		a = st
	}

	// The measure: after the unit in the same clause, else before. An
	// aside between commas is skipped: "11 people, including four
	// children, were killed" (and "four children" inside it reads on past
	// its closing comma).
	var meas *entry
	measAt := -1
	inAside := false
	if e, _ := s.matchEnding(start, floor, bit(kAside)); e != nil {
		inAside = true
	}
	asideOpen := inAside
	for j, steps := k, 0; j < n && steps < 8; j, steps = j+1, steps+1 {
		t := s.toks[j]
		if s.isPunct(j, "(") {
			// an acronym or gloss in brackets: "41 anak buah kapal (ABK) ditahan"
			c := j + 1
			for c < n && c-j < 8 && !s.isPunct(c, ")") && s.toks[c].k != tBreak {
				c++
			}
			if c < n && s.isPunct(c, ")") {
				j = c
				continue
			}
		}
		if s.isPunct(j, ",") {
			if inAside {
				inAside = false
				continue
			}
			if e, _ := s.match(j+1, bit(kAside)); e != nil {
				c := j + 1
				for c < n && c-j < 16 && !s.isPunct(c, ",") && s.toks[c].k != tBreak {
					c++
				}
				if c < n && s.isPunct(c, ",") {
					j, steps = c, steps-1
					continue
				}
			}
		}
		// an age with no commas around it is an aside too: "satu siswa
		// SMK berusia 16 tahun tewas" (the aside word, the number and the
		// word of the age cost one step)
		if e, x := s.match(j, bit(kAside)); e != nil && x+1 < n && s.toks[x].k == tNum && s.toks[x+1].k == tWord {
			j = x + 1
			continue
		}
		// where the counted are, with a count of places: "hơn 2.100 ha lúa
		// và hoa màu ở ba huyện ven sông bị ngập" (the preposition, the
		// number word and the place noun cost no step)
		if e, x := s.match(j, bit(kPlace)); e != nil && x+1 < n && s.toks[x].k == tWord && s.toks[x+1].k == tWord {
			if q, ok := s.quantityAt(x, false); ok && q.e == x+1 && !q.vague {
				j, steps = x+1, steps-(x+1-j)
				continue
			}
		}
		// whose the counted are, with a count of its own: "11 ribu warga
		// dari 14 desa mengungsi" (the number and its noun are skipped)
		if e, x := s.match(j, bit(kPrep)); e != nil && x+1 < n && s.toks[x].k == tNum && s.toks[x+1].k == tWord {
			j = x + 1
			continue
		}
		// a name costs no step, nor the "của" before it: "312 công nhân
		// của Công ty TNHH May mặc Orvik ở Khu công nghiệp X phải nhập viện"
		if x := j + s.prefixLen(j, kPrep); x < n && s.toks[x].k == tWord && (x > j && s.toks[x].cap || x == j && j > k && s.toks[j-1].cap && !s.toks[j].cap) {
			if end := s.nameEnd(x, n); end > x+1 {
				j, steps = end-1, steps-1
				continue
			}
		}
		// a possessive written onto the word before it costs no step and
		// ends no clause, nor the letter after it: "120,000 people in the
		// capital's eastern districts had been without water"
		if s.isApostrophe(j) && j > k && s.toks[j-1].k == tWord && s.toks[j-1].e == t.s {
			if j+1 < n && s.toks[j+1].k == tWord && s.toks[j+1].s == t.e {
				j++
			}
			steps = max(steps-1, 0)
			continue
		}
		if t.k == tBreak || t.k == tNum || t.k == tPunct && !s.isPunct(j, "-") {
			break
		}
		// a vague number word opens a figure of its own, whose measure is
		// its own: "lebih dari 900 kasus dengan belasan kematian"
		if j > k && s.first[j] != nil && s.first[j].below&startMask != 0 {
			if q, ok := s.quantityAt(j, false); ok && q.vague {
				break
			}
		}
		// a second noun coordinated with the counted one shares its
		// predicate: "hơn 2.100 ha lúa và hoa màu … bị ngập" (a number
		// after the coordinator opens a figure of its own)
		if _, x := s.match(j, bit(kCoord)); x > j && j > k && x < n && s.toks[x].k == tWord && s.toks[j-1].k == tWord && !s.verbLike(x) {
			if _, ok := s.quantityAt(x, false); !ok {
				if e, _ := s.match(x, bit(kMeasure)); e == nil {
					j, steps = x-1, steps+(x-1-j)
					continue
				}
			}
		}
		// a noun of several words the lexicon knows costs one step, as a
		// word does: "3 cầu thủ đá chính trong trận đấu đã bị CLB tạm
		// đình chỉ" (syllables are tokens in vi)
		if j > k {
			if u, x := s.match(j, bit(kUnit)); u != nil && x > j+1 {
				if m, _ := s.match(j, bit(kMeasure)|bit(kStop)); m == nil {
					j, steps = x-1, steps-(x-1-j)
					continue
				}
			}
		}
		if e, x := s.match(j, bit(kMeasure)); e != nil && !s.longerChange(j, x) {
			// "11 biro perjalanan … dengan total korban lebih dari 4.000
			// orang": a casualty noun that is the count of the number
			// after it measures that number, not this one
			if c, cx := s.match(j, bit(kCount)); j > k && c != nil && cx < n && s.startsNumber(cx) {
				break
			}
			meas, measAt = e, j
			// "sembilan korban dibawa ke klinik": a bare casualty noun
			// (killed-or-wounded) right after the number yields to what
			// the clause says happened to them
			if e.val == "killed-or-wounded" && j == k {
				if e2 := s.measureAhead(x, n); e2 != nil {
					meas = e2
				}
			}
			// "tiga warga yang dirawat di puskesmas meninggal": the
			// treated or injured who then died are killed
			if e.val == "affected" || e.val == "wounded" {
				if e2 := s.deathAhead(x, n); e2 != nil {
					meas = e2
				}
			}
			break
		}
		if e, _ := s.match(j, bit(kStop)); e != nil {
			break
		}
	}
	if meas == nil && !anaph {
	back:
		for j := start - 1; j >= floor && j >= start-6; j-- {
			t := s.toks[j]
			// a quotation opening at the figure: "put the amount spilled
			// at "no more than 90 tonnes""
			if j == start-1 && s.isQuoteMark(j) {
				continue
			}
			if t.k == tBreak || t.k == tNum || t.k == tPunct && !s.isPunct(j, "-") {
				break
			}
			for p := max(j-s.lx.maxLen+1, floor); p <= j; p++ {
				if e, x := s.match(p, bit(kMeasure)); e != nil && x > j && x <= start && !s.longerChange(p, x) {
					meas = e
					s.verbMeas = e
					break back
				}
			}
			if e, _ := s.match(j, bit(kStop)); e != nil {
				break
			}
		}
	}
	if meas == nil && preMeas != nil {
		meas = preMeas
	}
	// "27 officers were injured, four of them seriously", "five soldiers
	// were killed along with 12 others": a part or the others share the
	// measure of the figure before them when they have none of their own.
	if meas == nil && !anaph && (others != nil || s.part) && s.lastMeasure != "" {
		meas = &entry{val: s.lastMeasure}
	}
	// A second object of the verb before the figure right before it,
	// joined by a coordinator and with no measure of its own, shares that
	// verb: "huy động 14 máy xúc cùng hơn 350 người", "mengerahkan 12
	// ekskavator dan 80 sopir", "mobilised 30 excavators and 200 workers";
	// one word the first figure weighs may stand before the coordinator
	// ("menyita 52 kilogram sabu dan 30.000 butir ekstasi").
	if meas == nil && !anaph && cur == nil && unitEnt != nil && s.lastVerbMeas != nil && s.lastEnd == floor && s.lastEnd < start {
		// (a language of syllables may give the thing more words, setting
		// thing-words: "thu giữ hơn 300 kg ma túy tổng hợp và 48.000 viên
		// hồng phiến")
		c, words := s.lastEnd, max(1, s.lx.thingWords)
		for w := 0; w < words && s.toks[c].k == tWord && c+1 < start; w++ {
			if e, _ := s.match(c, ^mask(0)); e != nil {
				break
			}
			c++
		}
		if _, x := s.match(c, bit(kCoord)); x == start {
			meas = s.lastVerbMeas
			s.verbMeas = meas
		}
	}

	// A bare number coordinated right after a figure, with a measure of
	// its own, counts what that figure counted: "12 civilians were killed
	// and 46 wounded".
	// A casualty word counts people, not the things counted before it:
	// "1,046 cases and 71 deaths" are 71 people killed.
	if unit == "" && cur == nil && !anaph && meas != nil && !q.year && inheritUnit(s.lastUnit) &&
		!(peopleMeasures[meas.val] && !countsPeople(s.lastUnit)) &&
		q.s-s.lastEnd <= 8 && !s.sentenceEndBetween(s.lastEnd, q.s) && s.stopBetween(s.lastEnd, q.s) {
		unit = s.lastUnit
		inherited = true
	}
	// A bare number opening a clause of its own after a figure counts
	// what that figure counted: "212 athletes were tested and four had
	// returned adverse findings" (an auxiliary right after it, class
	// subject-verb, makes it the subject).
	if unit == "" && cur == nil && !anaph && meas == nil && !q.year && inheritUnit(s.lastUnit) && k < n &&
		q.s-s.lastEnd <= 8 && !s.sentenceEndBetween(s.lastEnd, q.s) && s.stopBetween(s.lastEnd, q.s) {
		if e, _ := s.match(k, bit(kSubjVerb)); e != nil {
			unit = s.lastUnit
			inherited = true
		}
	}
	// A casualty word right after a bare number is a noun for the people
	// it happened to: "more than 300 wounded", "nearly 90,000 displaced";
	// so it is after a part ("12 of the injured", "three of the dead").
	partOfNoun := false
	if meas != nil && measAt > k {
		_, px := s.match(k, bit(kPartOf))
		partOfNoun = px == measAt
		// so it is after modifiers the reader skips: "1,300 extra
		// deaths", "40 more dead"
		sx := k
		for sx < measAt {
			_, x := s.match(sx, bit(kSkip))
			if x <= sx {
				break
			}
			sx = x
		}
		partOfNoun = partOfNoun || sx == measAt
	}
	if unit == "" && cur == nil && !anaph && meas != nil && (measAt == k || partOfNoun) && !q.year && peopleMeasures[meas.val] {
		unit = "people"
	}
	// A vague amount standing alone as subject or object of a casualty
	// verb counts people too: "shelling kills dozens", "tens of thousands
	// had fled", "ratusan lainnya mengungsi".
	if unit == "" && cur == nil && !anaph && meas != nil && vague && !q.digits && !isRange && peopleMeasures[meas.val] {
		unit = "people"
	}
	// A count noun before the number names what it counts when the
	// number does not: "jumlah warga sipil yang tewas mencapai 20 orang",
	// "the number of troops killed was no more than 300", "the death toll
	// rose to 40".
	measure := ""
	if meas != nil && (cur != nil || unitEnt != nil && unitEnt.kind == kCurrency) {
		// money counts no people: "Rp 5 triliun untuk bantuan korban
		// banjir" is not a casualty figure
		meas = nil
	}
	if meas != nil && peopleMeasures[meas.val] && unitEnt != nil && (unitEnt.flags&fDistance != 0 || sizeUnits[unit]) {
		// nor does a length, volume or share: "4 thi thể dưới lớp bùn
		// sâu 3 m" (the mud is 3 m deep), "30% of the dead"
		meas = nil
	}
	if meas != nil && unit == "percent" {
		// a share has no measure of its own: in "a poll released Monday
		// found Varnholt at 46 percent" nothing was released; the measure
		// of "30% of the dead" is the dead's
		meas = nil
	}
	if meas != nil {
		measure = meas.val
	}
	var countEnt *entry
	if !anaph && cur == nil && (unit == "" || unitEnt != nil && unitEnt.flags&fClassifier != 0 || meas == nil) {
		e, ce := s.countBefore(start, floor)
		countEnd := start
		if e == nil && unit == "" {
			e, ce, countEnd = s.countBeforeChange(start, floor)
		}
		if e != nil && e.kind == kAnaphor {
			// "con số này có thể tăng lên 15.000": an anaphor further back
			anaph, anaEnt = true, e
		} else if e == nil && s.changeCount != nil && start == s.changeAt {
			// the second figure of a change counts what the first counted
			countEnt = s.changeCount
			if s.changeUnit != "" && (unit == "" || unitEnt != nil && unitEnt.flags&fClassifier != 0) {
				unit = s.changeUnit
			}
			if measure == "" {
				measure = s.changeMeasure
			}
		} else if e != nil {
			countEnt = e
			cu, cm := e.val, e.val2
			for j := ce; j < countEnd; j++ {
				// a word the lexicon stops at is read whole: "chỉ số chất
				// lượng không khí" (the air-quality index) counts no taels
				if st, x := s.match(j, bit(kStop)); st != nil && x <= countEnd {
					j = x - 1
					continue
				}
				// a count of people keeps them against a thing named in
				// its genitive: "jumlah korban tewas tenggelamnya kapal
				// itu menjadi 23 orang" counts people, not ships; a span of
				// time there says when, not what ("jumlah pemudik tahun ini
				// mencapai 2 juta orang")
				if u, x := s.match(j, bit(kUnit)); u != nil && x <= countEnd && (cu == "" || cu == e.val) && u.flags&fClassifier == 0 && u.val != "duration" &&
					!(countsPeople(e.val) && !countsPeople(u.val)) {
					cu = u.val
				}
				if m, x := s.match(j, bit(kMeasure)); m != nil && x <= countEnd && (cm == "" || cm == e.val2) {
					cm = m.val
				}
			}
			if cu == "" && peopleMeasures[cm] {
				// "the number of heat-related deaths at 1,500": a casualty
				// noun in the count counts people, as "71 deaths" does
				cu = "people"
			}
			if cu != "" && (unit == "" || unitEnt != nil && unitEnt.flags&fClassifier != 0) {
				unit = cu
			}
			if measure == "" && !(unit == "percent" && s.changedBy(start, floor)) || e.val2 != "" && meas != nil && measAt > k && cm != measure {
				// (a count that rose or fell by a share keeps its measure
				// from the share: "số người chết giảm 11%" is no 11% killed;
				// a count noun with a measure of its own outweighs a
				// measure later in the clause: "the number of missing had
				// fallen to three after a woman was found alive")
				measure = cm
			}
			if changeNext >= 0 {
				s.changeCount, s.changeAt, s.changeUnit, s.changeMeasure = e, changeNext, cu, cm
			}
		}
	}
	// An anaphor that is a count noun of its own ("the toll") names the
	// people its measure happened to when the clause gives the measure:
	// "the toll had risen to 12 after a man died" counts people killed.
	if anaph && unit == "" && cur == nil && anaStart >= 0 {
		for p := anaStart; p < anaEnd; p++ {
			if e, x := s.match(p, bit(kCount)); e != nil && x == anaEnd && e.val != "" && e.val2 != "" && (measure == "" || e.val2 == measure) {
				unit, measure = e.val, e.val2
				break
			}
		}
	}

	// The unit as subject of the bound or change verb before the number:
	// "confirmed cases had passed 1,000", "kasus baru naik menjadi 1.200",
	// "hành khách tăng lên 3.000" (an auxiliary may stand between).
	if unit == "" && cur == nil && !anaph && countEnt == nil {
		a := -1
		if bnd != nil {
			a = bs
		} else if singleAt >= 0 {
			a = singleAt
		} else if c, cs := s.matchEnding(start, floor, bit(kChange)); c != nil {
			a = cs
		} else if r, rs := s.matchEnding(start, floor, bit(kResult)); r != nil {
			if c, cs := s.matchEnding(rs, floor, bit(kChange)); c != nil {
				a = cs
			}
		}
		for j, skipped := a, 0; a > floor && j > floor && skipped <= 1; skipped++ {
			if u, _ := s.matchEnding(j, floor, bit(kUnit)); u != nil && u.flags&fClassifier == 0 {
				unit = u.val
				break
			}
			// (a stop ends the clause: "Polisi menyebut tak sampai 9.000"
			// counts no police)
			if st, _ := s.matchEnding(j, floor, bit(kStop)); st != nil || s.toks[j-1].k != tWord {
				break
			}
			j--
		}
	}
	// A part named in an aside after a figure, with no measure of its own,
	// shares that figure's: "14 người đã tử vong, trong đó có 9 công nhân",
	// "40 people died, including 12 children".
	if measure == "" && meas == nil && !anaph && asideOpen && s.lastMeasure != "" && cur == nil &&
		q.s-s.lastEnd <= 10 && !s.sentenceEndBetween(s.lastEnd, q.s) {
		measure = s.lastMeasure
		meas = &entry{val: measure}
	}

	// A bare number after a preposition of place counts where something
	// happened, not what: "bị thương tại bốn tỉnh", "killed in 12
	// provinces", "mengungsi ke 32 titik" (with a unit it stays: "di 37
	// TPS"). A noun the lexicon does not know is no unit there, nor after
	// "of" or "from": "killed in four districts", "the ruins of three
	// warehouses"; nor is a unit taken over from the figure before: "hơn
	// 2.100 ha lúa ở ba huyện". A unit that names places (flag place)
	// counts them only where no such preposition stands before it:
	// "46 desa dilanda kekeringan", but "warga dari 14 desa".
	place := unitEnt != nil && unitEnt.flags&fPlace != 0
	if (unit == "" || weak || inherited || place) && cur == nil && countEnt == nil && !anaph && !isRange {
		if e, ps := s.matchEnding(start, floor, bit(kPlace)); e != nil {
			// "naik ke 40": after a verb of change it is the new figure
			if c, _ := s.matchEnding(ps, floor, bit(kChange)); c == nil {
				return Match{}, q.e, false
			}
		}
		if e, _ := s.matchEnding(start, floor, bit(kPrep)); e != nil && weak {
			return Match{}, q.e, false
		}
		// "11 ribu warga dari 14 desa": a bare number linked to the figure
		// right before it counts where those came from
		// (but not the figure a change started from, after the one it
		// arrived at: "rose to 45 cases from 30")
		if e, ps := s.matchEnding(start, floor, bit(kPrep)); e != nil && ps == s.prevEnd && !s.changedFrom(start, floor) {
			return Match{}, q.e, false
		}
	}
	// A bare count closing its sentence after a comma, soon after a
	// figure of the same sentence, and opened by a word of contrast
	// (measures.tsv contrast: "only"), is the other side of a contrast
	// and counts what that figure counted, measure included: "Residents
	// say 30 people were hurt, the police say only nine". A number
	// corrected away ("186 units, not 212") or a grade ("burns of degree
	// 2") has no such word before it.
	if unit == "" && measure == "" && cur == nil && !anaph && countEnt == nil && others == nil && !isRange && !q.year &&
		s.lastUnit != "" && s.lastEnd <= q.s && q.s-s.lastEnd <= 12 && s.closesSentence(endTok) &&
		s.commaBetween(s.lastEnd, q.s) && !s.sentenceEndBetween(s.lastEnd, q.s) {
		if c, cs := s.matchEnding(start, floor, bit(kContrast)); c != nil && cs > s.lastEnd {
			unit, measure = s.lastUnit, s.lastMeasure
		}
	}
	if !q.digits && !vague && hi < 10 && countEnt == nil && !(anaph && lo > 1) {
		// (an anaphor before it makes it a figure: "put the toll at seven")
		// a lone "one" counts nothing even near a measure: "diluncurkan
		// dalam satu gelombang" (launched in one wave)
		if lo == 1 && hi == 1 && (meas == nil || unit == "" || weak) || (unit == "" || weak) && meas == nil {
			// (but "naik sekitar empat poin" counts points)
			if p, _ := s.match(endTok, bit(kPoints)); p == nil || lo == 1 && hi == 1 {
				return Match{}, q.e, false
			}
		}
		// a small spelled-out number after a noun's "of", with nothing
		// counted, belongs to that noun, not to a measure before it: "60
		// people are missing under the rubble of two apartment blocks"
		if unit == "" && others == nil && !s.lx.modAfter && start-2 >= floor && s.prefixLen(start-1, kNounOf) == 1 &&
			s.toks[start-2].k == tWord && !s.toks[start-2].cap && s.first[start-2] == nil {
			return Match{}, q.e, false
		}
	}

	switch {
	case bnd != nil && bnd.val == string(sumber.Exact) && vague && bound != "":
		// "đã lên tới hàng chục nghìn người": an exact marker keeps a vague
		// amount's own bound
	case bnd != nil && !(after != nil && bnd.val == string(sumber.Exact)):
		// (an exact "sebanyak", "a total of" yields to the bound after the
		// number: "sebanyak 3.000-an rumah" is about 3,000)
		bound = sumber.Bound(bnd.val)
	case after != nil:
		bound = sumber.Bound(after.val)
	case isRange && pair:
		bound = sumber.About
	case isRange && !vague:
		bound = sumber.Exact
	case bound == "":
		bound = sumber.Exact
	}
	var earlier *entry
	// The earlier value of a change after a figure of the same sentence
	// counts what that figure counted: "some eleven thousand soldiers are
	// in Russia, up from about 10,000 in November", "lebih dari 11 ribu
	// tentara, naik dari 10.000 pada November".
	if unit == "" && measure == "" && cur == nil && !anaph && !isRange && countEnt == nil && s.lastUnit != "" &&
		s.lastEnd <= q.s && q.s-s.lastEnd <= 12 && !s.sentenceEndBetween(s.lastEnd, q.s) {
		if o, os := s.matchEnding(start, floor, bit(kRangeOpen)); o != nil && os >= floor {
			if c, _ := s.matchEnding(os, floor, bit(kChange)); c != nil && os > floor {
				unit, measure = s.lastUnit, s.lastMeasure
				earlier = &entry{phrase: c.phrase + " " + o.phrase}
			} else if s.resultOfChange() && o.flags&fBetween == 0 && s.lastEnd == floor && os-floor <= 3 && !s.commaBetween(floor, os) {
				// "fell to 1.31 children per woman from 1.48", "rose to 45
				// from 30": the figure a change arrived at, then the one it
				// started from
				unit, measure = s.lastUnit, s.lastMeasure
				earlier = o
			}
		}
	}
	// "All 40" with nothing counted after it counts what the figure
	// before it counted: "The government sent 45 buses. All 40 that came
	// on Monday left full."
	if unit == "" && measure == "" && cur == nil && !anaph && countEnt == nil && others == nil && !vague && q.digits &&
		s.lastUnit != "" && s.lastEnd <= q.s && q.s-s.lastEnd <= 40 && start > floor && !s.breakBetween(s.lastEnd, q.s) {
		if s.prefixLen(start-1, kWhole) == 1 {
			unit = s.lastUnit
			start--
		}
	}
	// A bare count that names neither what it counts nor what happened
	// to it is no figure of a claim: "Room 402", "he was 45", "the
	// 12-member panel", "approved 3 proposals". A count noun or an anaphor
	// before it ("the number was 300", "the figure") or a word for points
	// after it ("naik sekitar 4 poin") says what it is. Vague amounts and
	// numbers with a scale word ("hundreds of thousands stayed", "3.2
	// billion") are no codes or ages and stay; languages without a
	// lexicon read digits only and keep them all.
	if unit == "" && measure == "" && !anaph && countEnt == nil && others == nil && !vague && q.scale < 1000 && s.lx.code != "" {
		if p, _ := s.match(endTok, bit(kPoints)); p == nil {
			return Match{}, q.e, false
		}
	}
	m := Match{
		Start:     int(s.toks[start].s),
		End:       int(s.toks[spanEnd-1].e),
		Low:       lo,
		High:      hi,
		Value:     lo,
		Bound:     bound,
		Unit:      unit,
		Anaphoric: anaph,
	}
	if hi != lo {
		m.Value = (lo + hi) / 2
	}
	// the kind a bare classifier took from the figure before it holds for
	// another casualty ("500 binh sĩ thiệt mạng và hơn 100 người bị
	// thương"), not for people detained or moved: "tiga anggota polisi
	// terluka dan 17 orang diamankan" are 17 people, not police
	if classifierUnit != "" && measure != "" && !casualty[measure] {
		unit = classifierUnit
		m.Unit = unit
	}
	if measure == "-" {
		measure = "" // "vonis mati dalam dua perkara": a phrase that looks like a measure and is none
	}
	if to, ok := s.lx.relabel[unit+"\x00"+measure]; ok && measure != "" {
		measure = to // "tiga tersangka ditangkap": suspects are detained, not captured
		if to == "-" {
			measure = "" // "11 pasien dirawat": patients are affected by their unit
		}
	}
	// cases and patients that died are people killed, as a death count
	// is: "17 ca tử vong", "9 kasus meninggal" (deaths among the cases
	// counted), "12 patients died"
	if (unit == "cases" || unit == "patients") && measure == "killed" {
		unit = "people"
		m.Unit = unit
	}
	// refugees are people displaced, whatever word counts them: "jumlah
	// pengungsi mendekati 20.000 orang", "12,000 refugees crossed"
	if unit == "refugees" {
		unit = "people"
		m.Unit = unit
		if measure == "" {
			measure = "displaced"
		}
	}
	m.Measure = measure
	if subjS >= 0 {
		m.Subject = s.text[s.toks[subjS].s:s.toks[subjE-1].e]
	}
	m.Text = s.text[m.Start:m.End]
	code := s.lx.code
	if code == "" {
		code = "digits"
	}
	var b strings.Builder
	b.Grow(96)
	b.WriteString(code)
	sep := ":"
	add := func(label string, e *entry) {
		if e != nil {
			b.WriteString(sep)
			b.WriteString(label)
			b.WriteString(e.phrase)
			sep = "+"
		}
	}
	if anaph {
		add("anaphor=", anaEnt)
	}
	add("bound=", bnd)
	add("currency=", cur)
	b.WriteString(sep)
	b.WriteString(q.rule)
	sep = "+"
	add("range=", rangeEnt)
	add("after=", after)
	if unitEnt != nil && unitEnt == s.lx.plural {
		b.WriteString("+plural-noun=")
		b.WriteString(unit)
	} else {
		add("unit=", unitEnt)
	}
	add("others=", others)
	add("measure=", meas)
	add("count=", countEnt)
	add("earlier-value=", earlier)
	if subjS >= 0 {
		b.WriteString("+subject")
	}
	m.Rule = b.String()
	return m, spanEnd, true
}

// pluralNoun reports whether token i is a lower-case word in the plural
// that starts no lexicon phrase (setting plural-suffix): a noun the
// lexicon does not know.
func (s *scanner) pluralNoun(i int) bool {
	if s.lx.plural == nil || i >= len(s.toks) || s.toks[i].k != tWord || s.toks[i].cap || s.first[i] != nil {
		return false
	}
	w := s.low[s.toks[i].s:s.toks[i].e]
	if len(w) < len(s.lx.pluralSuffix)+3 || !strings.HasSuffix(w, s.lx.pluralSuffix) {
		return false
	}
	// not the first part of a compound or a possessive: "5 cows-worth", "3 cows' milk"
	if s.glued(i+1) && (s.isPunct(i+1, "-") || s.isApostrophe(i+1)) {
		return false
	}
	return !endsWithAny(w, s.lx.notPlural)
}

// compoundEnd returns the token after the hyphenated compound word
// starting at token i ("water-bombing", "rocket-propelled"), or i+1 when
// no hyphen is glued to it.
func (s *scanner) compoundEnd(i int) int {
	j := i + 1
	for j+1 < len(s.toks) && s.isPunct(j, "-") && s.glued(j) && s.glued(j+1) && s.toks[j+1].k == tWord {
		j += 2
	}
	return j
}

// spacedDigits returns the token after a run of plain digit groups set
// apart by single spaces that token i belongs to ("0800 555 214"), or i
// when it stands alone.
func (s *scanner) spacedDigits(i int) int {
	plain := func(j int) bool {
		if j < 0 || j >= len(s.toks) || s.toks[j].k != tNum {
			return false
		}
		return !strings.ContainsAny(s.text[s.toks[j].s:s.toks[j].e], ".,")
	}
	if !plain(i) {
		return i
	}
	if !(s.toks[i].sp && plain(i-1)) && !(i+1 < len(s.toks) && s.toks[i+1].sp && plain(i+1)) {
		return i
	}
	j := i + 1
	for j < len(s.toks) && s.toks[j].sp && plain(j) {
		j++
	}
	return j
}

// locatedFrom reports whether a locator that names the place first
// (locator-before: vi "cách", id "berjarak") stands a few words before
// the distance whose number starts at token i, with no number, mark or
// clause stop between: "cách đỉnh đèo 3 km", "cách biên giới khoảng 12 km".
func (s *scanner) locatedFrom(i, floor int) bool {
	for j := i - 1; j >= floor && j >= i-7; j-- {
		t := s.toks[j]
		if t.k != tWord {
			return false
		}
		if e, x := s.match(j, bit(kLocatorBefore)); e != nil {
			// "bằng cách" (by way of) is no locator
			_, st := s.matchEnding(x, floor, bit(kStop))
			return st >= j
		}
		if e, _ := s.match(j, bit(kStop)|bit(kMeasure)); e != nil {
			return false
		}
	}
	return false
}

// longerBefore reports whether an anaphor, a part-of phrase or a count
// noun longer than the not-before phrase starting at st ends before token
// i: vi "số 3" is a label ("cầu cảng số 3"), but "con số 680", "trong số
// 23" and "tổng số 300" are figures.
func (s *scanner) longerBefore(i, st, floor int) bool {
	_, at := s.matchEnding(i, floor, bit(kAnaphor)|bit(kPartOf)|bit(kCount))
	return at < st
}

// skipCoordinated returns the token after a number coordinated with the
// one that ends before j ("58 and 61", "14 dan 15"), or j when none is.
func (s *scanner) skipCoordinated(j int) int {
	if j >= len(s.toks) {
		return j
	}
	if _, x := s.match(j, bit(kRange)); x > j && x < len(s.toks) && s.toks[x].k == tNum {
		if u, _ := s.match(x+1, bit(kUnit)|bit(kCurrency)); u == nil || u.val == "duration" {
			return s.skipChain(x + 1)
		}
	}
	return j
}

// locates reports whether a locating phrase (locator) starts at token j,
// right after a distance: "from", "off", "to the south", "di sebelah".
// A route's "from A to B" does not locate; a locator of flag radius
// ("of") locates only after a bound of flag radius ("within").
func (s *scanner) locates(j int, radius bool) bool {
	e, x := s.match(j, bit(kLocator))
	if e == nil || e.flags&fRadius != 0 && !radius {
		return false
	}
	if e.flags&fRoute != 0 {
		for k := x; k < len(s.toks) && k < x+6; k++ {
			if s.toks[k].k == tPunct || s.toks[k].k == tBreak {
				break
			}
			if r, _ := s.match(k, bit(kRange)); r != nil && r.flags&fNeedsOpen == 0 {
				return false
			}
		}
	}
	return true
}

// longerChange reports whether a change verb or a clause stop longer than
// the measure phrase [i, x) starts at i: "điều chỉnh" (adjusted) and
// "điều tra" (investigate) are no "điều" (deployed).
func (s *scanner) longerChange(i, x int) bool {
	_, cx := s.match(i, bit(kChange)|bit(kStop))
	return cx > x
}

// maxCountGap bounds how far before a number a count noun is looked for:
// "the number of people killed in Sunday's earthquake in Kessa rose to 312".
const maxCountGap = 16

// isQuoteMark reports a straight or curly double quotation mark at token j.
func (s *scanner) isQuoteMark(j int) bool {
	return s.isPunct(j, "\"") || s.isPunct(j, "\u201c") || s.isPunct(j, "\u201d")
}

// isApostrophe reports a possessive apostrophe at token j ("Sunday's").
func (s *scanner) isApostrophe(j int) bool {
	return s.isPunct(j, "'") || s.isPunct(j, "\u2019")
}

// countBefore finds a count noun ("jumlah", "số", "the number of", "death
// toll") in the clause before token start and returns it with the token
// after it; or an anaphor ("con số này") standing there.
func (s *scanner) countBefore(start, floor int) (*entry, int) {
	for j := start - 1; j >= floor && j >= start-maxCountGap; j-- {
		t := s.toks[j]
		// a quotation opening at the figure: "the figure would be "in
		// the region of 900""
		if j == start-1 && s.isQuoteMark(j) {
			continue
		}
		// (a year after a word says when: "jumlah korban PHK sepanjang 2026
		// sekitar 9.000 orang")
		if t.k == tNum && j > floor && s.toks[j-1].k == tWord && s.yearAt(j) {
			continue
		}
		if t.k == tBreak || t.k == tNum || t.k == tPunct && !s.isPunct(j, "-") && !s.isApostrophe(j) {
			return nil, 0
		}
		for p := max(j-s.lx.maxLen+1, floor); p <= j; p++ {
			if e, x := s.match(p, bit(kAnaphor)); e != nil && x > j && x <= start && !s.countPast(p, x) {
				return e, x
			}
		}
		if e, x := s.match(j, bit(kCount)); e != nil && x <= start {
			// a longer count ending with it wins: "the civilian toll"
			for p := j - 1; p >= floor && p > j-s.lx.maxLen; p-- {
				if e2, x2 := s.match(p, bit(kCount)); e2 != nil && x2 == x {
					e, j = e2, p
				}
			}
			if j > floor && s.toks[j-1].k == tWord {
				if a, ax := s.match(j-1, bit(kAtom)|bit(kSeveral)); a != nil && ax == j {
					return nil, 0 // "một số binh sĩ": a number, not a count
				}
			}
			return e, x
		}
		if e, _ := s.match(j, bit(kStop)); e != nil && !s.inMeasure(j, floor) {
			return nil, 0
		}
	}
	return nil, 0
}

// changedFrom reports whether a range opener ending at start follows
// the figure a change arrived at: "fell to 1.31 from 1.48".
func (s *scanner) changedFrom(start, floor int) bool {
	o, os := s.matchEnding(start, floor, bit(kRangeOpen))
	return o != nil && o.flags&fBetween == 0 && os == s.prevEnd && s.resultOfChange()
}

// resultOfChange reports whether the last figure read is the result of a
// change: a result word (change-result) right before it, and a verb of
// change right before that ("fell to 1.31", "naik menjadi 98,6").
func (s *scanner) resultOfChange() bool {
	if s.prevStart < 0 {
		return false
	}
	r, rs := s.matchEnding(s.prevStart, s.prevFloor, bit(kResult))
	if r == nil {
		return false
	}
	c, _ := s.matchEnding(rs, s.prevFloor, bit(kChange))
	return c != nil
}

// countBeforeChange finds the count noun of a figure that is the result
// of a change read just before it: "số hành khách giảm 12%, còn khoảng
// 410.000 lượt", "passenger numbers fell 12% to 410,000". A result word
// (change-result) stands before the number, the last figure ends a few
// tokens before it ("trong tháng 9,") and a verb of change stands before that
// figure; the count is looked for before the verb. It returns the count,
// the token after it and where the count's clause ends.
func (s *scanner) countBeforeChange(start, floor int) (*entry, int, int) {
	r, rs := s.matchEnding(start, floor, bit(kResult))
	if r == nil || s.prevEnd < 0 || s.prevStart < 0 {
		return nil, 0, 0
	}
	if rs < s.prevEnd || rs-s.prevEnd > 6 || s.sentenceEndBetween(s.prevEnd, rs) {
		return nil, 0, 0
	}
	for j := s.prevEnd; j < rs; j++ {
		if s.toks[j].k == tBreak {
			return nil, 0, 0
		}
	}
	c, cs := s.matchEnding(s.prevStart, s.prevFloor, bit(kChange))
	if c == nil {
		// (the amount of the change after its preposition: "fell by 1.3%
		// to 8.42 million", "naik sebesar 4 persen menjadi …")
		at := s.prevStart
		if bd, bds := s.matchEnding(at, s.prevFloor, bit(kBound)); bd != nil {
			at = bds // "fell by about 1.3%"
		}
		if b, bs := s.matchEnding(at, s.prevFloor, bit(kChangeBy)); b != nil {
			c, cs = s.matchEnding(bs, s.prevFloor, bit(kChange))
		}
	}
	if c == nil {
		return nil, 0, 0
	}
	e, ce := s.countBefore(cs, s.prevFloor)
	if e == nil || e.kind == kAnaphor {
		return nil, 0, 0
	}
	return e, ce, cs
}

// countPast reports whether a count phrase starting in [a, b) runs past b:
// "the number of" is a count, not the anaphor "the number".
func (s *scanner) countPast(a, b int) bool {
	for q := a; q < b; q++ {
		if e, x := s.match(q, bit(kCount)); e != nil && x > b {
			return true
		}
	}
	return false
}

// inMeasure reports whether token j lies inside a measure phrase ("tewas
// dan terluka").
func (s *scanner) inMeasure(j, floor int) bool {
	for p := max(j-s.lx.maxLen+1, floor); p <= j; p++ {
		if e, x := s.match(p, bit(kMeasure)); e != nil && x > j {
			return true
		}
	}
	return false
}

// peopleMeasures are the measures whose word, standing alone after a
// number, names the people it happened to ("300 wounded", "40 dead").
var peopleMeasures = map[string]bool{
	"killed": true, "wounded": true, "killed-or-wounded": true, "displaced": true,
	"missing": true, "detained": true, "rescued": true,
}

// sizeUnits are units of amount, not of things that a casualty measure
// can happen to (a mass can be of living things: "hơn 70 tấn cá chết").
var sizeUnits = map[string]bool{"percent": true, "m3": true, "mm": true, "hectares": true}

// personUnits are the units that count people of one kind.
var personUnits = map[string]bool{
	"troops": true, "civilians": true, "refugees": true, "workers": true,
	"prisoners": true, "mercenaries": true, "observers": true, "members": true,
	"suspects": true, "protesters": true, "police": true,
}

// countsPeople reports whether unit counts people: "people", a kind of
// person, children or patients.
func countsPeople(unit string) bool {
	return unit == "people" || unit == "children" || unit == "patients" || personUnits[unit]
}

// CountsPeople reports whether unit counts people: "people", a kind of
// person, children or patients.
func CountsPeople(unit string) bool { return countsPeople(unit) }

// closingQuote reports whether token i is a quotation mark glued to the
// token before it and followed by a space or the end: a closing mark.
func (s *scanner) closingQuote(i int) bool {
	if i <= 0 || i >= len(s.toks) || s.toks[i].k != tPunct || s.toks[i].sp {
		return false
	}
	switch s.text[s.toks[i].s:s.toks[i].e] {
	case "\"", "\u201d", "'", "\u2019":
		return i+1 >= len(s.toks) || s.toks[i+1].sp
	}
	return false
}

// casualty lists the measures of harm to people, which a bare classifier
// after a figure of one kind of people shares that kind for.
var casualty = map[string]bool{"killed": true, "wounded": true, "missing": true, "killed-or-wounded": true}

// inheritUnit reports whether a later bare number may count unit: things
// and people, not percent, distances, durations or money.
func inheritUnit(unit string) bool {
	switch unit {
	case "", "percent", "km", "tonnes", "duration":
		return false
	}
	return strings.ToUpper(unit) != unit // currency codes
}

// stopBetween reports whether a clause stop ("và", "dan", "and") stands
// between tokens a and b.
func (s *scanner) stopBetween(a, b int) bool {
	for j := a; j < b && j < len(s.toks); j++ {
		if e, _ := s.match(j, bit(kStop)); e != nil {
			return true
		}
	}
	return false
}

// sentenceEndBetween reports whether a full stop, question or exclamation
// mark stands between tokens a and b.
func (s *scanner) sentenceEndBetween(a, b int) bool {
	for j := a; j < b && j < len(s.toks); j++ {
		if s.isPunct(j, ".") && !s.glued(j+1) || s.isPunct(j, "!") || s.isPunct(j, "?") || s.toks[j].k == tBreak {
			return true
		}
	}
	return false
}

// ParseNumber reads one number expression in the given language: "10.000",
// "1,5 juta", "11 ribu", "sepuluh ribu", "ten thousand", "mười nghìn",
// "15-hundred", "four-thousand-100", "2.5 million". A vague amount
// ("ribuan") gives the middle of its range. It reports false when s is
// not exactly one number.
func ParseNumber(str, lang string) (float64, bool) {
	s := &scanner{lx: getLexicon(lang), text: str, low: lowerSameLen(str)}
	s.toks = tokenize(str, nil)
	s.index()
	if len(s.toks) == 0 || s.toks[0].k == tBreak {
		return 0, false
	}
	q, ok := s.quantityAt(0, true)
	if !ok || q.e != len(s.toks) {
		return 0, false
	}
	return (q.lo + q.hi) / 2, true
}

// rateRange reports whether a range after a verb of change, whose
// connector reads so (flag rate), ascends to a percent: the
// change's rate given as a range ("GDP tăng từ 6,5% đến 6,7%", "giá tăng
// từ 15 đến 20%"), not a move from one figure to the other ("tăng từ 3%
// lên 4%", "rose from 3% to 4%").
func (s *scanner) rateRange(conn, opener *entry, x int, lo float64) bool {
	if conn.flags&fRate == 0 || opener.flags&fChange != 0 {
		return false
	}
	q2, ok := s.quantityAt(x, false)
	if !ok || q2.e >= len(s.toks) || lo >= q2.hi {
		return false // "turun dari 3,5 persen hingga 2,8 persen" moves
	}
	u, _ := s.match(q2.e, bit(kUnit))
	return u != nil && u.val == "percent"
}

// changeBefore reports whether a verb of change stands right before the
// range opener in front of the number at i (or its currency at curStart):
// "naik dari", "tăng từ", "rose from".
func (s *scanner) changeBefore(i, curStart int, hasCur bool, floor int) bool {
	if hasCur {
		i = curStart
	}
	op, os := s.matchEnding(i, floor, bit(kRangeOpen))
	if os <= floor || op != nil && op.flags&fBetween != 0 {
		// ("naik antara 4 dan 6 persen": a change by a range, no move)
		return false
	}
	e, _ := s.matchEnding(os, floor, bit(kChange))
	return e != nil
}

// changedBy reports whether a change verb stands right before the figure
// starting at token i ("giảm 11%", "rose 4%"): the figure is the size of
// the change.
func (s *scanner) changedBy(i, floor int) bool {
	e, _ := s.matchEnding(i, floor, bit(kChange))
	return e != nil
}

// groupUnits are kinds of people that personUnits leaves out because a
// casualty measure does not need them to count people.
var groupUnits = map[string]bool{"students": true, "fishermen": true, "athletes": true, "firefighters": true, "drivers": true, "witnesses": true, "guards": true, "parents": true}

// shareCoordMeasure gives a figure with no measure the measure of the
// figure coordinated right after it: "Sebanyak 5 warga dan 3 polisi
// tewas", "87 siswa dan tiga guru yang kami tangani", "12 học sinh và 3
// giáo viên bị thương". Only counts of people share it: money, sizes and
// things do not ("Rp 5 miliar dan 3 rumah rusak", "1,046 cases and 71
// deaths"), nor do patients, whom their unit already says are affected.
// base is the chunk's offset in the text.
func (s *scanner) shareCoordMeasure(base int, ms []Match) {
	// people only: "1,046 cases and 71 deaths", "680 ca mắc và 9 ca tử
	// vong" name a second count, not a shared predicate
	counted := func(u string) bool {
		return u != "patients" && (countsPeople(u) || groupUnits[u])
	}
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		// the second must name its own unit ("71 deaths" and "500-plus
		// casualties" are casualty nouns, no predicate) and not be the
		// others beside the first ("… warga dan jutaan orang lain
		// terdampak" keeps its measure to itself)
		// (what is mobilised is people and machines alike: "hơn 300 người
		// cùng 12 máy bơm đã được huy động", "40 firefighters and 9 engines
		// were deployed")
		mobilised := b.Measure == "deployed" && inheritUnit(a.Unit) && inheritUnit(b.Unit)
		if a.Measure != "" || b.Measure == "" || !(counted(a.Unit) && counted(b.Unit) || mobilised) || !strings.Contains(b.Rule, "+unit=") {
			continue
		}
		e := 0
		for e < len(s.toks) && int(s.toks[e].e)+base < b.End {
			e++
		}
		if e < len(s.toks) {
			if o, _ := s.matchEnding(e+1, 0, bit(kOthers)); o != nil {
				continue
			}
		}
		k := 0
		for k < len(s.toks) && int(s.toks[k].s)+base < a.End {
			k++
		}
		if _, x := s.match(k, bit(kCoord)); x > k && x < len(s.toks) && int(s.toks[x].s)+base == b.Start {
			a.Measure = b.Measure
			a.Rule += "+coord-measure=" + b.Measure
		}
	}
}

// ratioAt reads a share given as a ratio of two plain numbers, "one in
// five", "1 in 4", "satu dari lima", "1 trên 3", as a figure in percent
// (= 20 percent). The first number must be the smaller, neither vague,
// scaled or a year, and the second not followed by a duration ("two in
// three days" is no share) nor, when either is in digits, by any unit. The connector is data (numbers.tsv, kind
// ratio); the unit after the ratio is what the share is of, not its unit.
func (s *scanner) ratioAt(q quantity) (Match, int, bool) {
	n := len(s.toks)
	if q.vague || q.year || q.scale != 0 || q.lo != q.hi || q.lo <= 0 || q.e >= n {
		return Match{}, 0, false
	}
	r, x := s.match(q.e, bit(kRatio))
	if r == nil || x >= n {
		return Match{}, 0, false
	}
	q2, ok := s.quantityAt(x, false)
	if !ok || q2.vague || q2.year || q2.scale != 0 || q2.lo != q2.hi || q2.lo <= q.lo {
		return Match{}, 0, false
	}
	// digits with a unit after them are a part and its whole, two
	// counts ("mencegat 17 dari 23 drone"); spelled shares stay shares
	if u, _ := s.match(q2.e, bit(kUnit)); u != nil && (u.val == "duration" || q.digits || q2.digits) {
		return Match{}, 0, false
	}
	// so are digits before any noun, known as a unit or not: "di 14
	// dari 21 kecamatan" names places, no share
	if q.digits && q2.digits && q2.e < n && s.toks[q2.e].k == tWord && !s.toks[q2.e].cap {
		return Match{}, 0, false
	}
	v := math.Round(q.lo/q2.lo*10000) / 100
	m := Match{Start: int(s.toks[q.s].s), End: int(s.toks[q2.e-1].e), Value: v, Low: v, High: v, Bound: sumber.Exact, Unit: "percent"}
	m.Text = s.text[m.Start:m.End]
	code := s.lx.code
	if code == "" {
		code = "digits"
	}
	m.Rule = code + ":ratio=" + r.phrase
	return m, q2.e, true
}

// nameEnd returns the end of a name opening at x: capitalised words, and
// lower-case words between them ("Công ty TNHH May mặc Orvik"), at most
// ten tokens; x itself if no name opens there.
func (s *scanner) nameEnd(x, n int) int {
	end := x
	for k := x; k < n && k-x < 10 && s.toks[k].k == tWord; k++ {
		if s.toks[k].cap {
			end = k + 1
		} else if !s.lx.lowerInName || k+2 >= n || s.prefixLen(k, kPlace) > 0 || s.prefixLen(k, kPrep) > 0 || s.prefixLen(k, kStop) > 0 ||
			!(s.toks[k+1].k == tWord && s.toks[k+1].cap || s.toks[k+1].k == tWord && k+2 < n && s.toks[k+2].k == tWord && s.toks[k+2].cap) {
			break // (a place or a link word ends it: "Orvik ở Khu …")
		}
	}
	return end
}

// prefixLen is the length of a phrase of kind kd at j, or 0.
func (s *scanner) prefixLen(j int, kd kind) int {
	if e, x := s.match(j, bit(kd)); e != nil {
		return x - j
	}
	return 0
}

// timeAdverb reports whether token j is a word placing a span of time
// before or after another moment: "a week earlier", "a day later".
func (s *scanner) timeAdverb(j int) bool {
	if j >= len(s.toks) || s.toks[j].k != tWord {
		return false
	}
	switch s.low[s.toks[j].s:s.toks[j].e] {
	case "earlier", "later", "before", "ago", "previously", "prior":
		return true
	}
	return false
}

// pluralDemonym reports whether token j is a capitalised plural of a
// people's name, "Varesians", "Marovians", "Sudanese", in languages whose
// settings give its endings (demonym-plural).
func (s *scanner) pluralDemonym(j int) bool {
	if len(s.lx.demonymPlural) == 0 || j >= len(s.toks) || s.toks[j].k != tWord || !s.toks[j].cap {
		return false
	}
	w := s.low[s.toks[j].s:s.toks[j].e]
	return len(w) >= 6 && endsWithAny(w, s.lx.demonymPlural)
}

// endsWithAny reports whether w ends in one of ends.
func endsWithAny(w string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// breakBetween reports whether a paragraph break lies between tokens a
// and b.
func (s *scanner) breakBetween(a, b int) bool {
	for j := a; j < b && j < len(s.toks); j++ {
		if s.toks[j].k == tBreak {
			return true
		}
	}
	return false
}

// unitBefore returns the unit of the nearest unit noun standing before
// token i in its sentence, within a few words and after floor: "The
// trucks come at night, 30 or 40 of them" (trucks). It returns "" when
// there is none.
func (s *scanner) unitBefore(i, floor int) string {
	return s.nounBefore(i, floor, 12, false, func(e *entry) bool { return e.val != "duration" && e.flags&fClassifier == 0 })
}

// nounBefore returns the unit of the nearest unit noun that ok accepts,
// standing before token i in its sentence, within reach tokens and after
// floor; "" when there is none. A number on the way ends the search
// unless overNumbers.
func (s *scanner) nounBefore(i, floor, reach int, overNumbers bool, ok func(*entry) bool) string {
	for j := i - 1; j >= floor && j >= i-reach; j-- {
		t := s.toks[j]
		if s.closesSentence(j) || t.k == tNum && !overNumbers {
			return ""
		}
		if t.k != tWord {
			continue
		}
		if e, x := s.match(j, bit(kUnit)); e != nil && x <= i && ok(e) {
			return e.val
		}
	}
	return ""
}

// endsNoun reports whether the noun phrase ends before token x: no word
// but a measure, a stop or a bound word follows ("312.450 unit, naik …",
// "40 unit rusak"), so that a classifier there stands alone.
func (s *scanner) endsNoun(x, n int) bool {
	if x >= n || s.toks[x].k != tWord {
		return true
	}
	e, _ := s.match(x, bit(kMeasure)|bit(kStop)|bit(kBoundAfter))
	return e != nil
}

// unitNamedBefore returns the unit of the nearest unit noun before token
// i in its sentence, up to 24 tokens back and after floor, passing over
// numbers and dates ("volume kendaraan … pada Kamis (19/3), mencapai
// 312.450 unit": vehicles); classifiers, spans of time and percentages
// are skipped. It returns "" when there is none.
func (s *scanner) unitNamedBefore(i, floor int) string {
	return s.nounBefore(i, floor, 24, true, func(e *entry) bool {
		return e.val != "duration" && e.val != "percent" && e.flags&fClassifier == 0
	})
}

// measureAhead returns a casualty measure other than killed-or-wounded
// found in the clause from token j on (up to six tokens), or nil.
func (s *scanner) measureAhead(j, n int) *entry {
	return s.measureInClause(j, n, 6, func(e *entry) bool { return e.val != "killed-or-wounded" && peopleMeasures[e.val] })
}

// deathAhead returns a killed measure that follows in the clause from
// token j on (up to eight tokens), or nil.
func (s *scanner) deathAhead(j, n int) *entry {
	return s.measureInClause(j, n, 8, func(e *entry) bool { return e.val == "killed" })
}

// measureInClause returns the first measure in the clause from token j on,
// at most reach tokens and before token n, if want accepts it; nil when
// want rejects it or a stop, a punctuation mark, a number or a break
// comes first.
func (s *scanner) measureInClause(j, n, reach int, want func(*entry) bool) *entry {
	for c := j; c < n && c < j+reach; c++ {
		t := s.toks[c]
		if t.k == tBreak || t.k == tNum || t.k == tPunct {
			return nil
		}
		if e, _ := s.match(c, bit(kMeasure)); e != nil {
			if want(e) {
				return e
			}
			return nil
		}
		if e, _ := s.match(c, bit(kStop)); e != nil {
			return nil
		}
	}
	return nil
}

// startsNumber reports a number, or a bound or a number word opening one,
// at token i.
func (s *scanner) startsNumber(i int) bool {
	if s.toks[i].k == tNum {
		return true
	}
	if b, x := s.match(i, bit(kBound)); b != nil && x < len(s.toks) && (s.toks[x].k == tNum || s.first[x] != nil && s.first[x].below&startMask != 0) {
		return true
	}
	return s.first[i] != nil && s.first[i].below&startMask != 0
}

// verbLike reports a word at token i that begins with one of the
// language's verb prefixes and runs at least three letters past it
// ("menagih", "dipulangkan"): a verb, which opens a clause of its own.
func (s *scanner) verbLike(i int) bool {
	w := s.low[s.toks[i].s:s.toks[i].e]
	for _, p := range s.lx.verbPrefixes {
		if strings.HasPrefix(w, p) && len(w) >= len(p)+3 {
			return true
		}
	}
	return false
}

// closesSentence reports that token i ends a sentence or the text: a
// line break, a full stop, "!" or "?", or nothing at all.
func (s *scanner) closesSentence(i int) bool {
	return i >= len(s.toks) || s.toks[i].k == tBreak || s.isPunct(i, ".") || s.isPunct(i, "!") || s.isPunct(i, "?")
}

// commaBetween reports a comma among the tokens [a, b).
func (s *scanner) commaBetween(a, b int) bool {
	for j := a; j < b && j < len(s.toks); j++ {
		if s.isPunct(j, ",") {
			return true
		}
	}
	return false
}

// animalBefore returns the unit of the nearest animal noun (unit flag
// animal) standing before token i in its sentence, within a few words and
// after floor, past other nouns ("sapi di desa itu"); "" when there is none.
func (s *scanner) animalBefore(i, floor int) string {
	return s.nounBefore(i, floor, 12, false, func(e *entry) bool { return s.lx.animals[e.val] })
}
